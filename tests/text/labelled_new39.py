"""Thirty-ninth set of new hand-labelled pages for the hint engines (tuning set): check-worthiness in everyday genres.

Written from scratch for issue 13 in round twenty, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, club, party, product and number is
invented (New Zealand, Canada, Manitoba and Nova Scotia, South Africa, Scotland, the United States,
Arizona and Ohio, India, Australia, Kenya, Ireland and England appear only as settings; currencies,
units, emergency numbers and generic institutions such as "the Treasury", "Parliament", "the
National Assembly", "the Bureau of Meteorology", "the State Emergency Service", "the federal
fisheries department" or "the legislature" only as settings, and the Kodava cooking tradition only as
a cuisine), and no surname, town, outlet or company of any file under `tests/` is reused (each
capitalised word of the pages was checked with grep over the whole `tests/` tree, the parts of
double-barrelled names included, and every clash renamed; first names recur). Each page is a WHOLE
page, head to tail, as a new user pastes it as plain text after selecting all in a browser, so every
furniture line is a paragraph of its own, but most of each page is body text. The twelve pages are
the genres in which telling a checkable claim from the rest is hardest: a New Zealand city paper's
opinion column mixing claims and argument (a council's airport shares); a Canadian regional daily's
long Q&A with a provincial health minister (questions, evasions, figures); a South African daily's
budget-day live blog; a Scottish sports site's football match report; a US science news site's
story with hedged findings (tree cover and heat emergencies); an Indian city food site's restaurant
review; an Australian regional paper's scene-setting feature from a flooded town; a US local TV
station's transcript of a police chief's news conference; a Kenyan daily's explainer with question
subheads (motorcycle-taxi rules); a Nova Scotia community paper's obituary; an Irish county paper's
human-interest story (a grandmother graduates at 79, feelings in quotes); and an English regional
paper's letters page. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new37.py` and the held-out sets hold too (mastheads,
menus, kickers, bylines, date lines, share strips, related lists, subscribe boxes, comments and
footers "B" line by line; captions by content and credits "B"; standfirsts and subheads labelled
like headlines, topic and question subheads ""; "said:" lines carrying the speaker; a pronoun, a
later surname or a role resolved to the full name as first given; titles and roles dropped from
speakers; "the company", "The trust" and the like kept as written; documents and data as sources
kept as written; "did not respond" labelled like speech; plans, votes and fixtures "W", forecasts
""; glued furniture items without full stops ONE "B" sentence; Q&A answers carrying the
interviewee with "A:", questions no speaker unless they cite a source; a columnist's and a letter
writer's own sentences without a speaker).

Check-worthiness, the point of this set, is labelled by what each sentence asserts. "W": numbers,
dates, quantities, comparisons, causal claims, statements of record by officials, rules in force,
plans with a date, votes, fixtures and results. "": feelings, opinions, judgements, questions,
scene-setting, forecasts and hopes, hedged findings, advice, evasions, greetings. Conventions this
set had to settle, in the same spirit:

* An opinion column: "OPINION:" opening the standfirst is part of its first sentence, which is "W"
  for the council's plan, the second ("It is the wrong fix ...") ""; the columnist's arithmetic
  ("Half of that is $3.7 million, more than the $2.6 million ...", "on the council's own numbers,
  we would give up more income than we would save") and her short factual denials ("Southmere never
  has been.") are "W", her generalisations ("Every few years a council discovers ..."), concessions
  and calls to act "". "Officials estimate" keeps "Officials" with "estimate", "W" (a valuation of
  record); "Its chief executive has told shareholders he expects ..." keeps the unnamed role as
  written, "" (a forecast); "They list" after "the council's own budget papers" resolves to the
  papers. "The mayor, X, says the comparison is unfair" is a position, "". The pull quote is "B".
* A minister's Q&A: the headline "‘I'm not going to put a date on it’: Health Minister X on ..."
  carries X with the cue ":", "" (a refusal); the standfirst's "We asked the minister why ..." is
  "". Evasions and non-answers ("I'd have to check the exact number.", "I don't have that breakdown
  in front of me.", "It's in the ballpark.", "They're measuring different things.", "I can get it to
  you.") are "", and so is an excuse without a fact in it; an admission that states a comparison
  ("It was fewer, I'll be honest about that.") and a figure given to correct the interviewer ("The
  number is closer to $31 million, ...") are "W". The interviewer's own facts ("Q: It was four.",
  "So the number has nearly tripled in a year.", "That didn't happen.") are "W" with no speaker;
  "Q: Your party promised ..." keeps "Your party" with "promised", "W"; "Critics call ..." keeps
  "Critics", "". The minister's plan with a date ("by June we'll have the virtual emergency service
  running in all 11 ...") is "W", his "I'll be the minister who tries." "". "Q: Last question." is
  "", as in `labelled_heldout23.py`.
* A budget-day live blog: the "Budget at a glance" heading is "B" and each of its lines "W"; the
  official projections presented in the speech and the Budget Review (debt peaking at 74.9% of
  GDP, the deficit for the year) are statements of record, "W", like a fiscal office's forecast,
  while "Economists polled by X expect ..." and an analyst's reading of the markets' mood are "".
  "Treasury now sees debt peaking ..." in the standfirst keeps "Treasury" with "sees"; "The Budget
  Review puts" and "tables published with the Budget Review" keep the documents as written; "The
  minister has finished her speech after an hour and 12 minutes." is scene, "", like "The chancellor
  has sat down ..."; the welcome greeting is "B" and the speech's time in the same entry "W"; the
  entry headline "Opposition: ‘...’" carries the spokesperson named in the entry with the cue
  "Opposition:", "". A causal sentence about who pays more ("Because the brackets rise by 3% and not
  by the 4.4% ..., most salaried workers will pay slightly more tax in real terms.") is "W".
* A football report: goals with their minutes, the red card, the scorer's tally, the league position
  and the unbeaten run are "W"; descriptions of the mood and the play ("It was a scrappy, windswept
  afternoon", "The game turned on the stroke of half-time.", "Visiting manager X was furious.") are
  ""; "Television pictures suggested ..." keeps the pictures with "suggested", "" (hedged). A
  manager's injury confirmation and his stated intention to ask the league for a review are "W",
  his feelings and his play-off prediction ""; "He's got five in his last four games now." inside
  a quote is "W". The next fixture is "W"; the scores ticker is "B"; line-ups, "Referee:" and
  "Attendance:" are data, "", and "Man of the match:" "W".
* A science story with hedged findings: what the researchers did, counted and measured, the
  adjusted figure and the study's limitations ("did not measure indoor temperatures") are "W";
  findings given with "may", "could", "suggests" or "the link may not be cause and effect" are "",
  whoever voices them ("the authors wrote", "the researchers say" in the standfirst); "..., study
  finds" keeps "study" with "finds", "W". An outside researcher's general quantitative claim ("Most
  people who get sick from the heat never call 911") is "W", his "tip of the iceberg" "";
  "cautioned" is a cue. The council's 2023 vote on a canopy target is "W" (a vote), the team's plan
  with a start date "W". Funding line, reference line and author bio are "B".
* A restaurant review: the star line, the "reviews anonymously" policy line and the info box's
  address, hours, price and booking lines are "B" (a listing, like a film's credits panel), the
  restaurant's name at its head "". Facts about the restaurant (when it opened, the mill's history,
  seats, the chef's career, the menu's size, "Mains run from ₹320 to ₹610.", the booking rule, the
  missing bar licence) are "W"; the critic's judgements are "", and a price in brackets inside a
  judgement ("The pandi curry (₹540) is the reason to come.") does not make it "W"; the critic's own
  experience on his visits (the waits, the staff on a Friday, what his dinner came to) is "", like
  a diner's account. "The menu says" keeps "The menu"; "told me" is a cue.
* A flood feature: scene-setting is "" even with a figure in it ("400 kilograms of flour rotting in
  the back of ...", "a brown tide mark ... at about shoulder height"), and so are residents' memories
  and feelings in quotes with "says" ("Thirty-one years I've had this shop"); the gauge reading, the
  record it beats, the houses flooded, rescues, people in the evacuation centre, meals served, the
  levee promised in 2022 and the state's plan are "W"; "It has not been." and the mayor's "What we
  haven't had is a levee." are "W" (checkable), her "two studies, a design and a photo opportunity"
  "". The recovery centre's opening is "W" (a fixture of record), the SES phone line "B".
* A police chief's news conference transcript: the label "CHIEF ROSALIND OBERDICK:" and later
  "OBERDICK:" are cues with the full name; her greeting, "I'll take a few questions." and the
  sergeant's closing turn are "B" with their speakers kept; "REPORTER:" turns carry no speaker (a
  reporter's factual preamble "W", "The city's own traffic study in 2022 recommended one." keeping
  the study). Arrest, charges, the victim's age and service, the tips and the arraignment time are
  "W"; "Forensic testing of the vehicle is ongoing." is "" (a status with nothing to check); "We
  believe he was." and "We have nothing right now that tells us ..." are hedged, ""; "I'm not going
  to get into ..." and "That's a question for the city engineer ..." are ""; a bare "Yes." that
  answers a factual question ("Has the family been told?") is "W", a bare "No." to "Is there
  anything you want to say ...?" "". The station's lead-in ("Below is a transcript ...") and the
  tip line are "B".
* An explainer with question subheads: every question subhead is ""; the rules stated as in force
  are "W", "may not operate" in a rule included (a prohibition, not a hedge); "Here is what the new
  rules say." is "B"; "The ministry estimates" and "Riders who spoke to Kilele Daily in Kithenge
  said" (figures) are "W"; the Cabinet Secretary's "Our orthopaedic wards are full of young men ..."
  is a characterisation, ""; "Officials have also said the numbered jackets will make it easier to
  trace riders ..." is an expected effect, ""; the association's threat to go to court "", its
  stated membership "W"; "How strictly the rules will be enforced is another question." "".
* An obituary: life dates, career, the 1986 study, the closure of the beds and the survivors are
  "W", the caption with a year "W"; tributes, "Colleagues remember ..." (cue "remember") and family
  memories are ""; "Her death was confirmed by her son, X, who said ..." carries the son, "W"; "N.S."
  ends a sentence before "She was 88."; the celebration of life, donations line, guest book and
  funeral home line are "B".
* A human-interest story: feelings in quotes ("I'm so proud of her I could burst", "I cried the
  whole way through") are ""; the standfirst "‘I'm so proud of her,’ says granddaughter ..." carries
  the granddaughter named in the story with "says", ""; the dates, distances, counts and the record
  "according to the university" are "W"; a supervisor's praise that carries a fact ("and that the
  university library had asked for a copy") is "W"; "Asked what comes next, Mrs Gilhooley laughed."
  is "". A question inside a quote that another sentence of the quote follows ("... why don't you do
  it properly? So I did.”") ends a sentence. "Have a story from your parish?" and the email line are
  "B".
* A letters page: the page headline listing the letters' topics is ""; each letter's headline is
  labelled by content ("Library hours cut by stealth" "W" for the cut, "The 20mph limit has made our
  street safer" "W" as a causal claim, "Hospital parking charges hit the sickest hardest" ""); the
  writer's own figures and checkable assertions ("Nobody asked the people who use it.", "Other
  hospitals in the county let ... park free.") are "W", opinions, rhetorical questions and personal
  accounts (a husband's dialysis, a collapse on a bus, grandchildren walking to school) "";
  "last week's letter from X calling it “a war on drivers”" carries X with "calling", ""; "The
  paramedics told me later that he had probably saved my life." is hedged and personal, ""; the
  "Editor's note:" stating the trust's figures carries the trust with "says", "W"; signatures and
  the "Write to us" box are "B".

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), taken from these pages and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "New Zealand city paper's opinion column: selling the council's airport shares to hold down rates (skip link, masthead, subscribe and sign-in, menu, section, headline, OPINION: standfirst of two sentences, byline, NZ date line, share strip, columnist's arithmetic, officials estimate, annual reports, pull quote, mayor says, councillor told me, consultation date, bio, read-more list, comments, footer)",
    "Canadian regional daily's Q&A interview with Manitoba's health minister on rural ER closures (masthead, menu, section, quote-colon-name headline, two-sentence standfirst, byline with role, published and updated line with a.m., caption and bracketed credit, intro with data, edited note, glued Q: and A: labels, evasions, interviewer's facts, your own report says, the union says, your party promised, critics call, dated plan, last question, related list, footer)",
    "South African daily's budget-day live blog (masthead, menu, crumb, LIVE, headline, standfirst with Treasury sees, bylines, last-updated line, Refresh, Budget at a glance box, 24-hour stamps, entry bylines, Key event labels, Opposition: entry headline, Budget Review puts, tables published with, official projections, economists expect, scene lines, welcome entry, load-earlier, related, (Pty) Ltd. footer)",
    "Scottish sports site's football match report: a 2-1 home win against ten men (masthead, menu, FT scores ticker, crumb, headline, standfirst, byline, date, share strip, caption and photo credit, goals and minutes, narrative, red card, manager quotes over sentences, television pictures suggested, injury confirmation, table position, fixture, line-ups, referee, attendance, man of the match, related, registration footer)",
    "US science news site's story with hedged findings: tree cover and heat-related emergency calls in an Arizona city (masthead and slogan, menu, kicker, study-finds headline, hedged standfirst, byline, date, reading time, share strip, caption with Ariz. and credit, according to a study published in a journal, Dr. with a long apposition, may and could, the authors wrote, topic subheads, limitations, outside expert cautioned, council vote, forestry office, funding line, reference line, bio, related, donation line, footer)",
    "Indian city food site's restaurant review of a Kodava restaurant (site name, city picker, menu, RESTAURANT REVIEW kicker, verdict headline, standfirst, byline, date, star line, anonymity policy, facts about the restaurant and chef, prices in brackets inside judgements, the menu says, told me, the critic's visits, bar licence, info box with address, hours, price and booking lines, sub-ratings, more reviews, newsletter, Pvt. Ltd. footer)",
    "Australian regional paper's scene-setting feature from a flooded town (masthead, subscribe offer, menu, section, quote-colon headline with a record, two-sentence standfirst, byline, date line, listen line, scene lines with figures, present-tense says quotes over sentences, Bureau of Meteorology, SES says, evacuation centre counts, insurers' estimates, mayor on a levee promised in 2022, state government says, recovery centre opening, SES phone line, bio, more coverage, acknowledgement line, footer)",
    "US local TV station's transcript of a police chief's news conference: arrest in a crossing guard's hit-and-run death (station name, watch-live, menu, weather strip, TRANSCRIPT: headline, byline, published line with PM EDT, lead-in with p.m., video line, edited note, full-name capitals label then surname label, greeting, charges, Feb. and Mr. and a.m., REPORTER: turns, evasions, hedges, bare Yes and No answers, sergeant's closing turn, END line, tip line, copyright, related, public-file footer)",
    "Kenyan daily's explainer with question subheads: new motorcycle-taxi rules (masthead, menu, EXPLAINER kicker, topic headline, standfirst of a rule, byline, date, reading time, gazette notice, ministry estimates, here-is line, question subheads, rules in force with may not, fines in shillings, riders who spoke to the paper, ministry says citing police records, Cabinet Secretary's characterisation, officials have said, association's membership and threat, ALSO READ, tags, footer)",
    "Nova Scotia community paper's obituary of a marine biologist (masthead, menu, section, headline with age, standfirst, byline, published line, caption with a year and courtesy credit, N.S. before She was 88, death confirmed by her son, life and career facts, tributes over sentences, colleagues remember, station's records, family memories, survivors, celebration of life, donations line, guest book, funeral home line, more obituaries, footer)",
    "Irish county paper's human-interest story: a grandmother graduates at 79 (masthead, menu, section, headline with ages, quoted standfirst with says granddaughter, byline, date, share strip, caption and picture credit, record according to the university, feelings in quotes, Mrs and Dr, question inside a quote followed by more of it, supervisor's praise with a fact, university says, shares count, story-tip prompt with a question, most read, footer)",
    "English regional paper's letters page: parking charges, library hours, a 20mph limit and a thank-you (masthead, menu, crumb, page headline, date line, four letters with headlines by content, signatures with street and town, Editor's note with the trust's figures, the council's own figures show, police data published by the council, a reply to last week's letter, personal accounts, paramedics told me, Write to us box, more letters, company and registration lines)",
]

ARTICLES = [
    [  # 1. New Zealand city paper's opinion column: selling the council's airport shares to hold down rates
        [("Skip to content", "", "", "B")],
        [("The Southmere Times", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Home   News   Opinion   Business   Sport   Property   Life & Style   Puzzles", "", "", "B")],
        [("Opinion", "", "", "B")],
        [("Selling our airport shares to fix one year's rates is a mistake we will pay for twice", "", "", "")],
        [("OPINION: The council wants to sell its 34 per cent stake in Southmere Airport to hold this year's rates rise to 6.9 per cent.", "", "", "W"),
         ("It is the wrong fix for the wrong problem.", "", "", "")],
        [("By Tessa Wrenshall", "", "", "B")],
        [("11 Mar, 2026 05:00 AM", "", "", "B")],
        [("Share   Facebook   Email   Copy link", "", "", "B")],
        [("Every few years a council discovers that it owns something valuable and decides that the sensible thing to do is sell it.", "", "", "")],
        [("Last Thursday, the council's finance and audit committee voted 7-4 to consult the public on selling the city's 34 per cent shareholding in Southmere Airport Ltd.", "", "", "W"),
         ("Officials estimate the stake is worth between $48 million and $61 million.", "Officials", "estimate", "W")],
        [("The money would go into a fund to pay down debt, and the interest saved would let the council trim this year's proposed rates rise from 11.2 per cent to 6.9 per cent.", "", "", "W")],
        [("I understand the appeal.", "", "", ""),
         ("Nobody wants an 11 per cent rates rise, least of all the pensioners who have been writing to this paper since January.", "", "", "")],
        [("But look at what the shares actually earn.", "", "", "")],
        [("Over the past five years the airport has paid the council an average of $3.1 million a year in dividends, according to the council's own annual reports.", "the council's own annual reports", "according to", "W"),
         ("The interest the council would save by paying down debt is put at $2.6 million a year.", "", "", "W")],
        [("In other words, on the council's own numbers, we would give up more income than we would save.", "", "", "W")],
        [("That is before anyone asks what happens when passenger numbers recover.", "", "", ""),
         ("They already are: the airport handled 1.42 million passengers in the year to June, up from 1.18 million two years earlier.", "", "", "W")],
        [("Its chief executive has told shareholders he expects dividends to rise once the new terminal is paid off in 2029.", "Its chief executive", "has told shareholders", "")],
        [("“We would give up more income than we save”", "", "", "B")],
        [("This is not the first time we have been here.", "", "", "")],
        [("In 2014 the council sold its half of the city's bus company, Southmere Omnibus, for $9.5 million to help pay for the library rebuild.", "", "", "W"),
         ("Fares rose 40 per cent in the next three years, and the council now pays the new owner $4.8 million a year to run routes it once ran itself.", "", "", "W")],
        [("I do not blame the councillors who made that decision; the library needed rebuilding.", "", "", ""),
         ("But the lesson is that a one-off sale solves one year's problem and leaves every year after it poorer.", "", "", "")],
        [("The mayor, Grant Oddleigh, says the comparison is unfair because an airport is not a bus company.", "Grant Oddleigh", "says", ""),
         ("He is right that it is riskier.", "", "", "")],
        [("Airports need runways and terminals, and a council with a minority stake can be asked to put in money it does not have.", "", "", ""),
         ("Southmere never has been.", "", "", "W"),
         ("The airport's $92 million terminal was paid for with bank loans, not shareholder money.", "", "", "W")],
        [("There is a better way to close this year's gap, and it is sitting in the council's own budget papers.", "", "", "")],
        [("They list $7.4 million of capital projects that have been deferred at least twice and are being carried over again this year.", "the council's own budget papers", "list", "W"),
         ("Half of that is $3.7 million, more than the $2.6 million the share sale would save in interest.", "", "", "W")],
        [("Councillor Amiria Sollitt, who voted against the consultation, told me the deferred list was “the first place any household would look”.", "Amiria Sollitt", "told me", "")],
        [("She is right, and it should not take a councillor in the minority to say it.", "", "", "")],
        [("Consultation opens on March 16 and runs for four weeks.", "", "", "W"),
         ("If you own a share of that airport — and as a ratepayer, you do — now is the time to say whether you want to sell it.", "", "", "")],
        [("Tessa Wrenshall is a former council finance manager who writes about local government every Wednesday.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Airport passenger numbers back above 2019 levels", "", "", "B")],
        [("Rates rise: what 11.2 per cent would mean for your bill", "", "", "B")],
        [("Comments (48)", "", "", "B")],
        [("Sign in to comment", "", "", "B")],
        [("© 2026 Southmere Times Media Ltd", "", "", "B")],
        [("About us   Contact   Advertise   Terms of use   Privacy", "", "", "B")],
    ],

    [  # 2. Canadian regional daily's Q&A interview with a provincial health minister: rural ER closures
        [("Skip to main content", "", "", "B")],
        [("The Wyndmoor Free Press", "", "", "B")],
        [("Subscribe | Log in", "", "", "B")],
        [("News   Politics   Health   Business   Sports   Opinion   Arts & Life", "", "", "B")],
        [("Manitoba Politics", "", "", "B")],
        [("‘I'm not going to put a date on it’: Health Minister Gerrit Vanderkloof on rural ER closures", "Gerrit Vanderkloof", ":", "")],
        [("Eleven of the province's 52 rural emergency departments closed for at least one shift in February.", "", "", "W"),
         ("We asked the minister why, and when that will change.", "", "", "")],
        [("By Anouk Desrameaux", "", "", "B")],
        [("Legislature reporter", "", "", "B")],
        [("Published March 14, 2026 · Updated March 14, 2026 at 9:12 a.m.", "", "", "B")],
        [("Share on Facebook   Share on X   Email", "", "", "B")],
        [("Health Minister Gerrit Vanderkloof in his office at the legislature on Thursday.", "", "", "")],
        [("(Jon Keskitalo / Wyndmoor Free Press)", "", "", "B")],
        [("Gerrit Vanderkloof has been Manitoba's health minister for 14 months.", "", "", "W"),
         ("In that time, rural emergency department closures have become the issue his critics raise most often.", "", "", "")],
        [("Emergency departments in 11 rural communities were closed for at least one shift in February, for a total of 1,318 hours, according to figures from the provincial health authority.", "figures from the provincial health authority", "according to", "W")],
        [("Vanderkloof spoke to the Free Press on Thursday, a day after a closure in Sellwood Lake left residents 94 kilometres from the nearest open emergency room.", "", "", "W")],
        [("The interview has been edited for length and clarity.", "", "", "B")],
        [("Q: Eleven rural ERs closed for at least one shift last month.", "", "", "W"),
         ("How many were closed in February a year ago?", "", "", "")],
        [("A: I'd have to check the exact number.", "Gerrit Vanderkloof", "A:", ""),
         ("It was fewer, I'll be honest about that.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: It was four.", "", "", "W"),
         ("So the number has nearly tripled in a year.", "", "", "W")],
        [("A: I'd caution against reading too much into one month.", "Gerrit Vanderkloof", "A:", ""),
         ("February is when we see the most sick calls, and it's when a lot of locum physicians take their own holidays.", "Gerrit Vanderkloof", "A:", "W"),
         ("What matters is the trend over the year, and over the year we had 6 per cent fewer closure hours in 2025 than in 2024.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: Your own department's annual report says closure hours rose by 9 per cent in 2025.", "Your own department's annual report", "says", "W"),
         ("Which is right?", "", "", "")],
        [("A: They're measuring different things.", "Gerrit Vanderkloof", "A:", ""),
         ("The annual report counts every hour when any service was reduced, including lab and X-ray.", "Gerrit Vanderkloof", "A:", "W"),
         ("The 6 per cent is emergency physician coverage specifically.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: People in Sellwood Lake don't care which column it's in.", "", "", ""),
         ("When their ER is closed, they drive 94 kilometres.", "", "", "W"),
         ("What do you say to them?", "", "", "")],
        [("A: I say I hear them, and I'm sorry.", "Gerrit Vanderkloof", "A:", ""),
         ("That's not good enough, and nobody in this government thinks it is.", "Gerrit Vanderkloof", "A:", ""),
         ("We have added 41 nurses in the Prairie West health region since last spring, and we've signed a deal with the doctors' association that pays rural emergency shifts at time and a half.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: How many of those 41 nurses work in emergency departments?", "", "", "")],
        [("A: I don't have that breakdown in front of me.", "Gerrit Vanderkloof", "A:", ""),
         ("I can get it to you.", "Gerrit Vanderkloof", "A:", "")],
        [("Q: The nurses' union says 212 nursing positions are vacant in the region.", "The nurses' union", "says", "W"),
         ("Is that right?", "", "", "")],
        [("A: It's in the ballpark.", "Gerrit Vanderkloof", "A:", ""),
         ("Vacancies are a snapshot, and they move week to week.", "Gerrit Vanderkloof", "A:", "")],
        [("Q: Your party promised in the 2023 election that no rural ER would close for lack of staff by the end of 2025.", "Your party", "promised", "W"),
         ("That didn't happen.", "", "", "W")],
        [("A: We made that commitment before anybody understood how deep the staffing hole was, and I won't pretend we met it.", "Gerrit Vanderkloof", "A:", "")],
        [("Q: Will every rural ER be open around the clock by the next election?", "", "", "")],
        [("A: I'm not going to put a date on it.", "Gerrit Vanderkloof", "A:", ""),
         ("What I will tell you is that by June we'll have the virtual emergency service running in all 11 of the communities that had closures, so a nurse can connect a patient to an emergency doctor by video.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: Critics call virtual care a closure with a screen on the wall.", "Critics", "call", "")],
        [("A: Critics can call it what they like.", "Gerrit Vanderkloof", "A:", ""),
         ("Last year the pilot in Pembry handled 2,870 video visits, and fewer than one in five of those patients had to be sent on to a hospital.", "Gerrit Vanderkloof", "A:", "W")],
        [("Q: The Opposition says your government has spent $38 million on agency nurses in rural hospitals this fiscal year.", "The Opposition", "says", "W"),
         ("Is that a good use of money?", "", "", "")],
        [("A: The number is closer to $31 million, and no, it isn't how I want to spend it.", "Gerrit Vanderkloof", "A:", "W"),
         ("An agency nurse costs us roughly twice what a staff nurse does.", "Gerrit Vanderkloof", "A:", "W"),
         ("But if the choice is an agency nurse or a locked door, I'll pay for the nurse.", "Gerrit Vanderkloof", "A:", "")],
        [("Q: Last question.", "", "", ""),
         ("Will you be the minister who ends rural ER closures?", "", "", "")],
        [("A: I'll be the minister who tries.", "Gerrit Vanderkloof", "A:", "")],
        [("More from Manitoba Politics", "", "", "B")],
        [("Sellwood Lake residents rally outside shuttered ER", "", "", "B")],
        [("Province signs rural shift deal with doctors", "", "", "B")],
        [("Comments are closed for this story.", "", "", "B")],
        [("© 2026 Wyndmoor Free Press, a division of Ninebark Prairie Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],

    [  # 3. South African daily's budget-day live blog
        [("The Vaalbrook Ledger", "", "", "B")],
        [("News   Business   Politics   Sport   Opinion   Lifestyle   Subscribe", "", "", "B")],
        [("Business › Budget 2026", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Budget 2026 live: Mabuzane freezes fuel levy and leaves VAT at 15% as tax brackets lag inflation", "", "", "W")],
        [("Grants rise below inflation for the second year running; Treasury now sees debt peaking a year earlier", "Treasury", "sees", "W")],
        [("Nomvula Ramatsui and Ruan Swanepohl-Lötter", "", "", "B")],
        [("Last updated: 16:41, 25 February 2026", "", "", "B")],
        [("Refresh", "", "", "B")],
        [("Budget at a glance", "", "", "B")],
        [("VAT unchanged at 15%", "", "", "W")],
        [("Personal income tax brackets raised by 3%, below inflation", "", "", "W")],
        [("Old-age grant up R90 to R2,405 a month", "", "", "W")],
        [("General fuel levy frozen for a second year", "", "", "W")],
        [("Debt projected to peak at 74.9% of GDP in 2026/27", "", "", "W")],
        [("16:41", "", "", "B")],
        [("Rand firms after the speech", "", "", "W")],
        [("The rand firmed 0.8% against the dollar to R17.62 in the hour after the speech, and the yield on the government's 10-year bond fell to 10.1%.", "", "", "W")],
        [("Pieter Kloppersdam, chief economist at Southstream Securities, said markets were relieved that the debt ratio is now projected to peak a year earlier than in October.", "Pieter Kloppersdam", "said", "")],
        [("“The numbers are more believable than a year ago,” he said.", "Pieter Kloppersdam", "said", ""),
         ("“Whether they hold depends on departments actually cutting, and they haven't always.”", "Pieter Kloppersdam", "said", "")],
        [("Ruan Swanepohl-Lötter", "", "", "B")],
        [("16:20", "", "", "B")],
        [("Opposition: ‘A budget for the Treasury, not for families’", "Farouk Ebrahimjee", "Opposition:", "")],
        [("Farouk Ebrahimjee, finance spokesperson for the Unity Reform Party, said the decision not to raise tax brackets in line with inflation amounted to a hidden tax increase of R6.2 billion.", "Farouk Ebrahimjee", "said", "W")],
        [("The Budget Review puts the extra revenue from the smaller adjustment at R5.8 billion.", "The Budget Review", "puts", "W")],
        [("“Every working family will pay more this year, and the minister didn't have the courage to say so,” Ebrahimjee said.", "Farouk Ebrahimjee", "said", "")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("15:52", "", "", "B")],
        [("What the tax changes mean for you", "", "", "")],
        [("Because the brackets rise by 3% and not by the 4.4% inflation the Treasury expects, most salaried workers will pay slightly more tax in real terms.", "", "", "W")],
        [("Someone earning R25,000 a month will pay about R85 a month more than if the brackets had risen in full, according to tables published with the Budget Review.", "tables published with the Budget Review", "according to", "W")],
        [("The tax-free threshold for people under 65 rises to R98,900 a year.", "", "", "W")],
        [("Ruan Swanepohl-Lötter", "", "", "B")],
        [("15:30", "", "", "B")],
        [("Child support grant rises by R20", "", "", "W")],
        [("The old-age and disability grants rise by R90 to R2,405 a month from April.", "", "", "W"),
         ("The child support grant rises by R20 to R580, an increase of 3.6%, below the Treasury's inflation forecast of 4.4% for the year.", "", "", "W")],
        [("Thembeka Nxasana-Steyl of the Grant Watch Collective said the increase would be “swallowed by the first trip to the shops”.", "Thembeka Nxasana-Steyl", "said", ""),
         ("Food prices rose 6.8% in the year to January, according to official figures.", "official figures", "according to", "W")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("15:05", "", "", "B")],
        [("The minister has finished her speech after an hour and 12 minutes.", "", "", "")],
        [("Ruan Swanepohl-Lötter", "", "", "B")],
        [("14:48", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Fuel levy frozen again", "", "", "W")],
        [("Mabuzane announced that the general fuel levy will stay at R4.01 a litre for a second year.", "Lindiwe Mabuzane", "announced", "W"),
         ("The Treasury estimates the freeze will cost R3.9 billion in revenue.", "The Treasury", "estimates", "W")],
        [("“We know what the petrol price does to a family's month,” she told the House.", "Lindiwe Mabuzane", "told the House", "")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("14:30", "", "", "B")],
        [("Sin taxes up 6.5%", "", "", "W")],
        [("Excise duties on alcohol and tobacco will rise by 6.5%, Mabuzane said, adding about R1.20 to a pack of 20 cigarettes and 19c to a 440ml can of beer.", "Lindiwe Mabuzane", "said", "W")],
        [("“Nobody enjoys paying more for a beer,” she said, to laughter from the benches.", "Lindiwe Mabuzane", "said", "")],
        [("Ruan Swanepohl-Lötter", "", "", "B")],
        [("14:12", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Deficit narrower than expected", "", "", "W")],
        [("Mabuzane told Parliament the budget deficit for the year ending in March would be 4.6% of GDP, down from the 5.0% forecast in October.", "Lindiwe Mabuzane", "told Parliament", "W"),
         ("She said gross debt would now peak at 74.9% of GDP in 2026/27 and fall after that.", "Lindiwe Mabuzane", "said", "W")],
        [("“We have turned a corner, but we are not yet out of the woods,” she said.", "Lindiwe Mabuzane", "said", "")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("14:00", "", "", "B")],
        [("The Minister of Finance is on her feet in the National Assembly.", "", "", ""),
         ("You can follow the speech on the stream at the top of this page.", "", "", "B")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("11:30", "", "", "B")],
        [("Good morning and welcome to our live coverage of the 2026 Budget.", "", "", "B"),
         ("Finance Minister Lindiwe Mabuzane is due to deliver her speech in Parliament at 14:00.", "", "", "W")],
        [("Economists polled by Southstream Securities expect no change to the VAT rate.", "Economists polled by Southstream Securities", "expect", ""),
         ("Last year's budget was tabled three weeks late after a dispute over a proposed increase in VAT.", "", "", "W")],
        [("Nomvula Ramatsui", "", "", "B")],
        [("Load earlier updates", "", "", "B")],
        [("Related", "", "", "B")],
        [("Budget 2026: the full speech", "", "", "B")],
        [("© 2026 Vaalbrook Ledger (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],

    [  # 4. Scottish sports site's football match report
        [("Sidelines Scotland", "", "", "B")],
        [("Football   Rugby   Golf   Tennis   Scores & Fixtures   Tables", "", "", "B")],
        [("FT  Glenmarrow Thistle 2-1 Port Darroch Athletic   FT  Kilwhannel Rovers 0-0 Ardlochy United", "", "", "B")],
        [("Football › Championship", "", "", "B")],
        [("Dreghorn double sends Glenmarrow third as ten-man Port Darroch fall short", "", "", "W")],
        [("Thistle extend unbeaten home run to nine games after Rennieston's red card turns a tight contest", "", "", "W")],
        [("By Iain Corstorphan", "", "", "B")],
        [("Saturday 7 March 2026, 5:48pm", "", "", "B")],
        [("Share   Post   WhatsApp", "", "", "B")],
        [("Callum Dreghorn heads Glenmarrow Thistle's opener against Port Darroch Athletic at Braeholm Park.", "", "", "W")],
        [("Photo: Sandy Drumgoyne / Touchlens Images", "", "", "B")],
        [("Callum Dreghorn scored twice as Glenmarrow Thistle came from behind to beat ten-man Port Darroch Athletic 2-1 at Braeholm Park and move up to third in the Championship.", "", "", "W")],
        [("It was a scrappy, windswept afternoon, and for long spells neither side looked capable of stringing three passes together.", "", "", "")],
        [("Port Darroch went ahead in the 17th minute when Kyle Ormiston turned in Lewis Baxendine's low cross at the near post.", "", "", "W"),
         ("It was Ormiston's 11th goal of the season.", "", "", "W")],
        [("Thistle were level six minutes later.", "", "", "W"),
         ("Fraser Lochend swung in a corner from the right and Dreghorn rose above two defenders to head in.", "", "", "W")],
        [("The game turned on the stroke of half-time.", "", "", ""),
         ("Port Darroch captain Scott Rennieston, already booked for a foul on Lochend, slid in late on Ewan Balcaskie and was shown a second yellow card by referee Gavin Strathie.", "", "", "W")],
        [("Visiting manager Neil Gartcosh was furious.", "", "", ""),
         ("“If that's a booking, I've been watching a different sport for 30 years,” he said.", "Neil Gartcosh", "said", ""),
         ("“Scott won the ball.", "Neil Gartcosh", "said", ""),
         ("Everybody in the ground saw it apart from one man.”", "Neil Gartcosh", "said", "")],
        [("Television pictures suggested Rennieston made contact with the ball first, though his trailing leg caught Balcaskie's ankle.", "Television pictures", "suggested", "")],
        [("Thistle pressed for most of the second half and Port Darroch goalkeeper Aaron Mullholm made fine saves from Balcaskie and Lochend.", "", "", "W")],
        [("The winner came in the 78th minute.", "", "", "W"),
         ("Substitute Jordan Fettercairn's shot was blocked, and Dreghorn was first to the rebound, driving it in from eight yards.", "", "", "W")],
        [("“Callum's been brilliant for us since he came back from injury,” said Thistle manager Ally Brackenrig.", "Ally Brackenrig", "said", ""),
         ("“He's got five in his last four games now.", "Ally Brackenrig", "said", "W"),
         ("I'm delighted for him.”", "Ally Brackenrig", "said", "")],
        [("Brackenrig confirmed that centre-back Ross Kinnoull, who limped off in the first half, had a hamstring strain and would miss next Saturday's game.", "Ally Brackenrig", "confirmed", "W")],
        [("“I think we're as good as anyone in this league when we play like that second half,” he said.", "Ally Brackenrig", "said", ""),
         ("“If we keep our heads, we'll be in the play-offs.”", "Ally Brackenrig", "said", "")],
        [("The win leaves Thistle two points behind second-placed Ardlochy United with eight games to play.", "", "", "W"),
         ("They have not lost at home since a 3-0 defeat by Kilwhannel Rovers in October.", "", "", "W")],
        [("Port Darroch have now taken one point from their last five away games.", "", "", "W"),
         ("Gartcosh said he would ask the league to review Rennieston's second booking.", "Neil Gartcosh", "said", "W")],
        [("Thistle travel to Kilwhannel Rovers next Saturday, kick-off 3pm.", "", "", "W")],
        [("Glenmarrow Thistle: Garvock; Lennoxton, Kinnoull (Dalmahoy 34), Muirhouse-Blairdaff, Kilbucho; Lochend, Tannock, Balcaskie; Greig (Fettercairn 70), Dreghorn, Cullross.", "", "", "")],
        [("Port Darroch Athletic: Mullholm; Baxendine, Rennieston, Carnbee, Dunure; Tullibody, Craik, Fintry (Youngson 81); Ormiston, Balfron, Kippendavie.", "", "", "")],
        [("Referee: Gavin Strathie", "", "", "")],
        [("Attendance: 3,418", "", "", "")],
        [("Man of the match: Callum Dreghorn", "", "", "W")],
        [("More Championship", "", "", "B")],
        [("Ardlochy held to goalless draw at Kilwhannel", "", "", "B")],
        [("Comments (27)", "", "", "B")],
        [("Sidelines Scotland Ltd, registered in Scotland No. SC498812.", "", "", "B")],
        [("Privacy   Cookies   Terms   Contact us", "", "", "B")],
    ],

    [  # 5. US science news site: tree cover and heat emergencies, with hedged findings
        [("Fieldnote", "", "", "B")],
        [("Science news for curious people", "", "", "B")],
        [("Health   Climate   Space   Animals   Tech   Newsletters   Donate", "", "", "B")],
        [("CLIMATE & HEALTH", "", "", "B")],
        [("Shadier neighborhoods saw fewer heat emergencies, study finds", "study", "finds", "W")],
        [("But the researchers say the link may not be cause and effect, and that planting trees alone won't fix it", "the researchers", "say", "")],
        [("By Rafaela Zubiarte", "", "", "B")],
        [("March 11, 2026", "", "", "B")],
        [("6 min read", "", "", "B")],
        [("Share:   Email   Copy link   Print", "", "", "B")],
        [("Mesquite trees shade a bus stop on a residential street in Copperbend, Ariz.", "", "", "")],
        [("Photo: Dario Pennefeather/Fieldnote", "", "", "B")],
        [("Neighborhoods in Copperbend, Ariz., with the most tree cover had about 27% fewer heat-related emergency calls on the hottest days than those with the least, according to a study published Wednesday in the journal Urban Health Letters.", "a study published Wednesday in the journal Urban Health Letters", "according to", "W")],
        [("The researchers analyzed 41,600 emergency calls made during the summers of 2018 to 2024 and matched each one to the tree canopy of the census block it came from.", "", "", "W")],
        [("On days above 110 degrees Fahrenheit, blocks in the shadiest fifth averaged 3.1 heat-related calls per 10,000 residents, compared with 4.3 in the least shady fifth.", "", "", "W")],
        [("“What we see is a strong and consistent association,” said Dr. Lucinda Obregón-Tafoya, an environmental epidemiologist at Mesa Calvaria University who led the study.", "Lucinda Obregón-Tafoya", "said", ""),
         ("“What we can't yet tell you is how much of it is the trees.”", "Lucinda Obregón-Tafoya", "said", "")],
        [("Tree-lined blocks also tend to be wealthier, with more air conditioning and fewer people who work outdoors, and those differences could explain part of the gap.", "", "", "")],
        [("When the team adjusted for household income and age, the difference shrank to about 17%.", "", "", "W")],
        [("Shade may lower ground temperatures enough to matter for people waiting at bus stops or walking to work, the authors wrote.", "the authors", "wrote", "")],
        [("In the team's own measurements, surfaces under mature trees were as much as 19 degrees cooler than nearby asphalt on summer afternoons.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("What the study can't show", "", "", "")],
        [("The study did not measure indoor temperatures or whether households ran air conditioning.", "", "", "W"),
         ("It also counted only calls to 911, not visits to urgent care or to a family doctor.", "", "", "W")],
        [("Dr. Samir Khouriyeh-Luckhurst, who studies heat and health at the Kellbrook Institute and was not involved in the research, said the findings fit with earlier work in other desert cities.", "Samir Khouriyeh-Luckhurst", "said", "")],
        [("But he cautioned that emergency calls capture only the most serious cases.", "Samir Khouriyeh-Luckhurst", "cautioned", ""),
         ("“Most people who get sick from the heat never call 911,” he said.", "Samir Khouriyeh-Luckhurst", "said", "W"),
         ("“So this is the tip of the iceberg, and we don't know if the rest of the iceberg looks the same.”", "Samir Khouriyeh-Luckhurst", "said", "")],
        [("Trees may also bring other benefits, from lower power bills to better mental health, though the evidence for some of them is thin.", "", "", "")],
        [("What the city is doing", "", "", "")],
        [("Tree canopy covers about 11% of Copperbend.", "", "", "W"),
         ("The City Council voted in 2023 to raise that to 25% by 2035.", "", "", "W")],
        [("The city planted 3,900 trees last year, most of them in the south and west of the city, according to its forestry office.", "its forestry office", "according to", "W")],
        [("Obregón-Tafoya's team plans to compare blocks that get new trees under the city program with similar blocks that do not, starting this summer.", "", "", "W")],
        [("“If the trees are doing the work, we should see it within a few years,” she said.", "Lucinda Obregón-Tafoya", "said", "")],
        [("The study was funded by the Wrenhallow Trust for Public Health.", "", "", "B")],
        [("Reference", "", "", "B")],
        [("L. Obregón-Tafoya et al. Tree canopy and heat-related emergency calls in a desert city, 2018–2024. Urban Health Letters. Published March 11, 2026. doi: 10.4821/uhl.2026.0037", "", "", "B")],
        [("Rafaela Zubiarte is Fieldnote's health reporter.", "", "", "B"),
         ("She was previously a high school science teacher.", "", "", "B")],
        [("Keep reading", "", "", "B")],
        [("Cool roofs cut attic temperatures, but do they help the people below?", "", "", "B")],
        [("Why nights, not days, may be the deadliest part of a heat wave", "", "", "B")],
        [("Fieldnote is a nonprofit newsroom.", "", "", "B"),
         ("Reader donations keep it free.", "", "", "B")],
        [("© 2026 Fieldnote Media.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],

    [  # 6. Indian city food site's restaurant review
        [("CityPlate", "", "", "B")],
        [("Kodimale   Kottumala   Ambaripet   Velanad", "", "", "B")],
        [("Eat   Drink   Reviews   Guides   Events   Newsletter", "", "", "B")],
        [("RESTAURANT REVIEW", "", "", "B")],
        [("Kaalikhet Kitchen: Kodava cooking that finally gets the pork right, if you can get a table", "", "", "")],
        [("A former hotel chef's first restaurant, in an old textile mill, is the most exciting opening in Kodimale this year", "", "", "")],
        [("Vikram Palathingal", "", "", "B")],
        [("Mar 8, 2026", "", "", "B")],
        [("★★★★☆", "", "", "B")],
        [("CityPlate reviews anonymously and pays for every meal.", "", "", "B")],
        [("There is a moment, about ten minutes after the pandi curry arrives, when the table goes quiet.", "", "", ""),
         ("That is the sound of people eating properly.", "", "", "")],
        [("Kaalikhet Kitchen opened in January on the first floor of the old Vasanth Textile Mill on Doddakere Road, which closed in 1998 and has been turned into offices, a bookshop and three restaurants.", "", "", "W")],
        [("Its chef and owner, Shalini Bollera-Nanjappa, cooked at the Malnad Residency hotel for nine years before leaving to open her own place.", "", "", "W")],
        [("The room seats 44 at long shared tables, and the walls are hung with her grandmother's brass lamps.", "", "", "W"),
         ("It is loud, warm and a little chaotic.", "", "", "")],
        [("The menu is short: six starters, seven mains, rice, breads and two puddings.", "", "", "W"),
         ("Mains run from ₹320 to ₹610.", "", "", "W"),
         ("Most of it is the home cooking of the Kodava community of the coffee hills, which is still hard to find in a restaurant.", "", "", "")],
        [("The pandi curry (₹540) is the reason to come.", "", "", ""),
         ("The pork is cooked slowly with a dark vinegar made from the kachampuli fruit, and the result is sour, smoky and deep.", "", "", ""),
         ("It is the best version I have eaten outside a Kodava home.", "", "", "")],
        [("The menu says the pork comes from a single farm near Kaveribetta run by the chef's cousin.", "The menu", "says", "W"),
         ("Bollera-Nanjappa told me the kachampuli is made by her aunt and brought down in ten-litre cans every month.", "Shalini Bollera-Nanjappa", "told me", "W")],
        [("Not everything works.", "", "", ""),
         ("A chicken fry (₹420) was dry on my first visit and oversalted on my second, and the bamboo shoot curry tasted mostly of oil.", "", "", "")],
        [("The akki otti, thin rice flatbreads cooked to order, are excellent, at ₹60 for two.", "", "", ""),
         ("Order more than you think you need.", "", "", "")],
        [("Kaalikhet does not take bookings for groups smaller than six.", "", "", "W"),
         ("On both of my visits, on a Tuesday and a Friday, I waited more than 40 minutes for a table.", "", "", "")],
        [("Service is friendly but stretched.", "", "", ""),
         ("On a Friday night there were four staff for a full room.", "", "", "")],
        [("Drinks are limited to fresh lime soda, filter coffee and a few hill-grown teas, because the restaurant does not have a bar licence.", "", "", "W"),
         ("Bollera-Nanjappa said she has applied for one and hopes to serve wine by the monsoon.", "Shalini Bollera-Nanjappa", "said", "W")],
        [("Dinner for two, with three dishes, rice, bread and a pudding, came to ₹2,150 before service.", "", "", "")],
        [("Go early, go hungry, and go for the pork.", "", "", "")],
        [("Kaalikhet Kitchen", "", "", "")],
        [("First floor, Vasanth Mill, 14 Doddakere Road, Kodimale", "", "", "B")],
        [("Open: Tue–Sun, 12.30pm–3.30pm and 7pm–11pm", "", "", "B")],
        [("Meal for two: about ₹2,200 without alcohol", "", "", "B")],
        [("Walk-ins only for groups of fewer than six", "", "", "B")],
        [("Food ★★★★½   Service ★★★   Value ★★★★", "", "", "B")],
        [("More reviews", "", "", "B")],
        [("Tarlekere Brew Works: good beer, forgettable burgers", "", "", "B")],
        [("Seven places for a proper filter coffee near the old bus stand", "", "", "B")],
        [("Get our weekly food newsletter", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("© 2026 CityPlate Media Pvt. Ltd.", "", "", "B")],
    ],

    [  # 7. Australian regional paper's scene-setting feature from a flooded town
        [("The Gorrabin Standard", "", "", "B")],
        [("Subscribe now: $1 a week for your first 12 weeks", "", "", "B")],
        [("News   Sport   Community   Rural   Opinion   Obituaries   Puzzles", "", "", "B")],
        [("Floods", "", "", "B")],
        [("‘The river just kept coming’: inside Mullabri Crossing after the highest flood in 52 years", "", "", "W")],
        [("The Wirrangle peaked at 13.6 metres on Tuesday night.", "", "", "W"),
         ("Three days later, the town is counting what it lost, and what it kept.", "", "", "")],
        [("Kirra Tindivale", "", "", "B")],
        [("March 13 2026 - 6:00am", "", "", "B")],
        [("Listen to this article · 7 min", "", "", "B")],
        [("The smell reaches you before the water line does.", "", "", ""),
         ("It is river mud, diesel and something sweeter underneath, which turns out to be 400 kilograms of flour rotting in the back of Darcy Wickenden's bakery.", "", "", "")],
        [("“Thirty-one years I've had this shop,” he says, standing in gumboots in what used to be his kitchen.", "Darcy Wickenden", "says", ""),
         ("“I've never seen it come in the door before.", "Darcy Wickenden", "says", ""),
         ("Not once.”", "Darcy Wickenden", "says", "")],
        [("On Friday morning the main street of Mullabri Crossing is a line of ruined furniture, carpet and fridges, stacked on the footpath for council trucks.", "", "", "")],
        [("A brown tide mark runs along the shopfronts at about shoulder height.", "", "", "")],
        [("The Wirrangle River peaked at 13.6 metres at the Mullabri bridge gauge just before 11pm on Tuesday, according to the Bureau of Meteorology.", "the Bureau of Meteorology", "according to", "W"),
         ("That is the highest level since 1974, when it reached 14.1 metres.", "", "", "W")],
        [("The State Emergency Service says 640 homes and 85 businesses in the town were flooded above floor level.", "The State Emergency Service", "says", "W"),
         ("Nobody died, and the service carried out 112 flood rescues across the valley, most of them from cars and roofs.", "", "", "W")],
        [("Shirley Annersley, 76, was one of them.", "", "", "W")],
        [("She had refused to leave her cottage on Bottlebrush Street on Tuesday afternoon, when the evacuation order came.", "", "", "W"),
         ("By 9pm the water was at her windowsills and she was on the kitchen bench with her cat.", "", "", "")],
        [("“I thought, well, this is it, then,” she says.", "Shirley Annersley", "says", ""),
         ("“And then there was a torch at the window and a young fella in an orange suit telling me to hand him the cat first.”", "Shirley Annersley", "says", "")],
        [("She laughs about it now, mostly.", "", "", "")],
        [("Up the hill at the showground, the evacuation centre is still housing 210 people, down from a peak of 380 on Wednesday morning.", "", "", "W"),
         ("Children chase each other between the stalls of the cattle pavilion, where camp beds have been set out in rows.", "", "", "")],
        [("Volunteers from the Rural Women's Guild have served more than 2,000 meals since Tuesday, says branch president Margaret Ellenby-Scutt.", "Margaret Ellenby-Scutt", "says", "W")],
        [("“People are exhausted,” she says.", "Margaret Ellenby-Scutt", "says", ""),
         ("“They're grateful, but they're exhausted, and the worst bit hasn't started yet.", "Margaret Ellenby-Scutt", "says", ""),
         ("That's when the cameras go and the insurance letters come.”", "Margaret Ellenby-Scutt", "says", "")],
        [("Insurance is the question everyone in town is asking.", "", "", "")],
        [("About a third of the homes in the flood zone have no flood cover, according to estimates an insurers' group gave the shire last year, largely because premiums in the area have risen above $9,000 a year.", "estimates an insurers' group gave the shire last year", "according to", "W")],
        [("Mayor Bronwyn Gilderthorpe says the town was told in 2022 that a levee would be built along the eastern bank.", "Bronwyn Gilderthorpe", "says", "W"),
         ("It has not been.", "", "", "W")],
        [("“We've had two studies, a design and a photo opportunity,” she says.", "Bronwyn Gilderthorpe", "says", ""),
         ("“What we haven't had is a levee.”", "Bronwyn Gilderthorpe", "says", "W")],
        [("The state government says the $46 million levee is still in its infrastructure plan and that construction is expected to begin in 2027.", "The state government", "says", "W")],
        [("Back at the bakery, Wickenden has found his late father's bread knife, still in its drawer, still sharp.", "", "", ""),
         ("He holds it up like a trophy.", "", "", "")],
        [("“We'll open again,” he says.", "Darcy Wickenden", "says", ""),
         ("“Don't ask me when.”", "Darcy Wickenden", "says", "")],
        [("A flood recovery centre opens at the Mullabri Crossing Memorial Hall on Monday from 9am.", "", "", "W")],
        [("For emergency help in floods and storms, call the SES on 132 500.", "", "", "B")],
        [("Kirra Tindivale is a senior journalist at The Gorrabin Standard.", "", "", "B")],
        [("More floods coverage", "", "", "B")],
        [("Wirrangle flood: what we know about the levee that was never built", "", "", "B")],
        [("Disaster payments open for flood-hit residents: how to apply", "", "", "B")],
        [("We acknowledge the traditional custodians of the land on which we work.", "", "", "B")],
        [("© 2026 Gorrabin Standard Pty Ltd", "", "", "B")],
    ],

    [  # 8. US local TV station's transcript of a police chief's news conference: arrest in a hit-and-run
        [("WKVH 10 News", "", "", "B")],
        [("▶ Watch Live", "", "", "B")],
        [("News   Weather   Traffic   Sports   10 Investigates   Contests", "", "", "B")],
        [("48°  Tellerton, OH", "", "", "B")],
        [("TRANSCRIPT: Tellerton police chief announces arrest in crossing guard's hit-and-run death", "", "", "W")],
        [("By WKVH Staff", "", "", "B")],
        [("Published: Mar. 12, 2026 at 4:47 PM EDT", "", "", "B")],
        [("Tellerton police on Thursday arrested a man in the hit-and-run crash that killed crossing guard Evelyn Prusakowski last month.", "", "", "W"),
         ("Police Chief Rosalind Oberdick announced the arrest at a news conference at police headquarters at 2 p.m.", "", "", "W"),
         ("Below is a transcript of her remarks and of the questions that followed.", "", "", "B")],
        [("▶ Watch the full news conference (24:16)", "", "", "B")],
        [("This transcript has been lightly edited for readability.", "", "", "B")],
        [("CHIEF ROSALIND OBERDICK: Good afternoon.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "B"),
         ("Thank you all for coming.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "B")],
        [("At 6:40 this morning, officers from our traffic investigation unit, with help from the county sheriff's office, arrested a 34-year-old Tellerton man, Travis Kimmerle, at his home on Fordoun Avenue.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W"),
         ("He has been charged with aggravated vehicular homicide, failure to stop after an accident and tampering with evidence.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W")],
        [("As many of you know, Evelyn Prusakowski was struck and killed on the morning of Feb. 24 while she was working as a crossing guard at Cressmont Avenue and 9th Street, outside Cressmont Elementary.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W"),
         ("She was 67.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W"),
         ("She had been a crossing guard for this city for 19 years.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W")],
        [("I want to say to Evelyn's family, some of whom are here today, that we never stopped working this case.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "")],
        [("Our investigators received 143 tips from the public.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W"),
         ("One of those tips led us last week to a pickup truck in a garage on the east side, with damage to the front end that is consistent with the crash.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W"),
         ("That truck is registered to Mr. Kimmerle.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W")],
        [("Forensic testing of the vehicle is ongoing.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", ""),
         ("Mr. Kimmerle is being held in the county jail and is scheduled to be arraigned at 9 a.m. tomorrow in Tellerton Municipal Court.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "W")],
        [("I'll take a few questions.", "Rosalind Oberdick", "CHIEF ROSALIND OBERDICK:", "B")],
        [("REPORTER: Chief, has he admitted to it?", "", "", "")],
        [("OBERDICK: I'm not going to get into any statements he may or may not have made.", "Rosalind Oberdick", "OBERDICK:", "")],
        [("REPORTER: Was he alone in the truck?", "", "", "")],
        [("OBERDICK: We believe he was.", "Rosalind Oberdick", "OBERDICK:", ""),
         ("We have nothing right now that tells us anybody else was in that vehicle.", "Rosalind Oberdick", "OBERDICK:", "")],
        [("REPORTER: Does he have a record?", "", "", "")],
        [("OBERDICK: He has two prior convictions for operating a vehicle while intoxicated, in 2015 and in 2019.", "Rosalind Oberdick", "OBERDICK:", "W")],
        [("REPORTER: Why did it take more than two weeks to make an arrest?", "", "", "")],
        [("OBERDICK: Because we wanted to get it right.", "Rosalind Oberdick", "OBERDICK:", ""),
         ("The truck had been repaired and repainted by the time we found it, which is the reason for the tampering charge.", "Rosalind Oberdick", "OBERDICK:", "W"),
         ("We had to be able to prove this was the vehicle and that he was the one driving it.", "Rosalind Oberdick", "OBERDICK:", "")],
        [("REPORTER: Parents have been asking for a traffic light at that corner for years.", "", "", "W"),
         ("The city's own traffic study in 2022 recommended one.", "The city's own traffic study in 2022", "recommended", "W"),
         ("Does the department bear any responsibility?", "", "", "")],
        [("OBERDICK: That's a question for the city engineer and for council, not for me.", "Rosalind Oberdick", "OBERDICK:", ""),
         ("What I can tell you is that we have had an officer at that crossing every school morning since Feb. 25, and we'll keep one there until the city decides what it's going to do.", "Rosalind Oberdick", "OBERDICK:", "W")],
        [("REPORTER: Has the family been told about the arrest?", "", "", "")],
        [("OBERDICK: Yes.", "Rosalind Oberdick", "OBERDICK:", "W"),
         ("I spoke to Evelyn's daughter myself at about 8 o'clock this morning.", "Rosalind Oberdick", "OBERDICK:", "W")],
        [("REPORTER: Is there anything you want to say to Mr. Kimmerle?", "", "", "")],
        [("OBERDICK: No.", "Rosalind Oberdick", "OBERDICK:", ""),
         ("He'll have his day in court.", "Rosalind Oberdick", "OBERDICK:", "")],
        [("SGT. DWAYNE HOLLENBACH: That's all the time we have today.", "Dwayne Hollenbach", "SGT. DWAYNE HOLLENBACH:", "B"),
         ("Thank you, everyone.", "Dwayne Hollenbach", "SGT. DWAYNE HOLLENBACH:", "B")],
        [("[END OF NEWS CONFERENCE]", "", "", "B")],
        [("Anyone with information about the crash is still asked to call the Tellerton Police Department's traffic tip line at 419-555-0193.", "", "", "B")],
        [("Copyright 2026 WKVH.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Crossing guard killed in hit-and-run outside Cressmont Elementary", "", "", "B")],
        [("Vigil held for longtime crossing guard Evelyn Prusakowski", "", "", "B")],
        [("Public File   EEO Report   Closed Captioning   Terms of Service   Privacy Policy", "", "", "B")],
    ],

    [  # 9. Kenyan daily's explainer with question subheads: new motorcycle-taxi rules
        [("Kilele Daily", "", "", "B")],
        [("Home   News   Counties   Business   Politics   Sports   Opinion   ePaper", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("New boda boda rules: What riders and passengers need to know", "", "", "")],
        [("From April 1, every motorcycle taxi rider must belong to a registered sacco and wear a numbered reflective jacket", "", "", "W")],
        [("By Wanjiru Kagondu", "", "", "B")],
        [("Monday, March 9, 2026 8:15 AM", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Transport Cabinet Secretary Ezekiel Kamathi-Osewe published the Traffic (Motorcycle Taxi) Rules, 2026 in a gazette notice on Friday.", "", "", "W"),
         ("The ministry estimates that there are about 1.4 million boda boda riders in the country.", "The ministry", "estimates", "W"),
         ("Here is what the new rules say.", "", "", "B")],
        [("What are the new rules?", "", "", "")],
        [("Every rider must be a member of a savings and credit co-operative (sacco) registered with the county where he or she works.", "", "", "W")],
        [("Riders must wear a reflective jacket showing the sacco's name and a rider number, and must carry a helmet for the passenger.", "", "", "W"),
         ("Carrying more than one passenger is banned.", "", "", "W")],
        [("Motorcycle taxis may not operate between midnight and 5am in the central business districts of the country's five largest towns.", "", "", "W")],
        [("When do they start?", "", "", "")],
        [("The rules take effect on April 1.", "", "", "W"),
         ("Riders who are not yet in a sacco have until June 30 to join one.", "", "", "W")],
        [("What happens to riders who break them?", "", "", "")],
        [("A first offence carries a fine of up to Sh10,000.", "", "", "W"),
         ("A third offence can lead to the motorcycle being impounded for 30 days.", "", "", "W")],
        [("How much will it cost?", "", "", "")],
        [("Riders who spoke to Kilele Daily in Kithenge said their saccos charge between Sh1,500 and Sh3,000 to join, plus a monthly contribution of about Sh500.", "Riders who spoke to Kilele Daily in Kithenge", "said", "W"),
         ("A reflective jacket costs about Sh800 in town.", "", "", "W")],
        [("Why is the government doing this?", "", "", "")],
        [("The ministry says motorcycle crashes killed 1,912 people last year, a third of all road deaths, citing police records.", "The ministry", "says", "W")],
        [("“Our orthopaedic wards are full of young men who were riding without helmets,” Kamathi-Osewe said when he announced the rules in February.", "Ezekiel Kamathi-Osewe", "said", "")],
        [("Officials have also said the numbered jackets will make it easier to trace riders involved in crime.", "Officials", "have also said", "")],
        [("What do riders say?", "", "", "")],
        [("The United Riders Welfare Association, which says it represents 310,000 riders, has welcomed the helmet rule but opposes the night ban.", "The United Riders Welfare Association", "has welcomed", "W")],
        [("“Most of our members earn their money after dark, taking people home from work and from hospital,” said its chairman, Josphat Wachira-Mbogori.", "Josphat Wachira-Mbogori", "said", ""),
         ("“A ban at midnight is a pay cut.”", "Josphat Wachira-Mbogori", "said", "")],
        [("Others are more hopeful.", "", "", ""),
         ("“If the jacket stops the police stopping us every day, I will pay for it,” said Dennis Momanyi-Tanui, who has ridden in Kithenge for six years.", "Dennis Momanyi-Tanui", "said", "")],
        [("What happens next?", "", "", "")],
        [("The rules were tabled in the National Assembly on March 3 and will lapse unless its delegated legislation committee approves them within 28 days.", "", "", "W")],
        [("The association says it will challenge the night ban in court if they are approved.", "The association", "says", ""),
         ("How strictly the rules will be enforced is another question.", "", "", "")],
        [("ALSO READ: Kithenge county to build 40 boda boda shelters", "", "", "B")],
        [("Tags:", "", "", "B")],
        [("boda boda   transport   road safety   saccos", "", "", "B")],
        [("Kilele Daily © 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],

    [  # 10. Canadian community paper's obituary of a marine biologist in Nova Scotia
        [("The Lunenmoor Packet", "", "", "B")],
        [("News   Sports   Community   Obituaries   Opinion   Classifieds   e-Edition", "", "", "B")],
        [("Obituaries", "", "", "B")],
        [("Ione Prevost-Harnish, scientist who warned of the scallop collapse, dies at 88", "", "", "W")],
        [("She spent 34 years at the Ravenhurst Marine Station and was the first woman to lead it", "", "", "W")],
        [("By Gordon Westhaver", "", "", "B")],
        [("Published March 10, 2026", "", "", "B")],
        [("Ione Prevost-Harnish aboard the research vessel Fulmar II in 1979.", "", "", "W")],
        [("Photo courtesy of the Harnish family", "", "", "B")],
        [("Ione Prevost-Harnish, a marine biologist whose warnings about the scallop beds of Sculpin Bank went unheeded for almost a decade, died on Saturday at her home in Port Ellwick, N.S.", "", "", "W"),
         ("She was 88.", "", "", "W")],
        [("Her death was confirmed by her son, Emmett Harnish, who said she had been in failing health since a fall in October.", "Emmett Harnish", "said", "W")],
        [("Born in Lunenmoor on June 3, 1937, the daughter of a dory fisherman and a schoolteacher, she graduated in biology from Harbourmount University in 1959, one of two women in her class.", "", "", "W")],
        [("She joined the Ravenhurst Marine Station in 1962 and became its director in 1981, the first woman to hold the post.", "", "", "W")],
        [("In 1986 she published a study showing that the scallop beds on Sculpin Bank had lost more than half of their spawning stock in six years.", "", "", "W"),
         ("Fishermen's groups called the study alarmist, and the federal fisheries department kept catch limits unchanged until 1995, when the beds were closed.", "", "", "W"),
         ("They have never reopened.", "", "", "W")],
        [("“She was right, and she was right early, which is the hardest way to be right,” said Marcel Arsenault-Ivany, who succeeded her as director in 1996.", "Marcel Arsenault-Ivany", "said", "")],
        [("“She never once said ‘I told you so.’", "Marcel Arsenault-Ivany", "said", ""),
         ("She'd have thought it was a waste of breath.”", "Marcel Arsenault-Ivany", "said", "")],
        [("Colleagues remember a scientist who preferred the deck of a boat to a desk.", "Colleagues", "remember", ""),
         ("She logged more than 1,100 days at sea over her career, according to the station's records.", "the station's records", "according to", "W")],
        [("Her daughter, Claudette Harnish-Surette, said her mother took the children out in the boat at five in the morning to count shells.", "Claudette Harnish-Surette", "said", "")],
        [("“We thought it was a punishment,” she said.", "Claudette Harnish-Surette", "said", ""),
         ("“It was the best thing she ever did for us.”", "Claudette Harnish-Surette", "said", "")],
        [("Harbourmount University gave her an honorary doctorate in 2004.", "", "", "W"),
         ("Outside the lab she sang in the choir of St. Ninian's Anglican Church for 50 years and ran the Port Ellwick Library Society's book sale every August.", "", "", "W")],
        [("She was predeceased by her husband, Aldous Harnish, a ship's carpenter, in 2011.", "", "", "W"),
         ("She is survived by her son and daughter, five grandchildren and two great-grandchildren.", "", "", "W")],
        [("A celebration of her life will be held at St. Ninian's Anglican Church, Port Ellwick, on Saturday, March 21, at 2 p.m.", "", "", "B")],
        [("In lieu of flowers, the family asks that donations be made to the Port Ellwick Library Society.", "", "", "B")],
        [("Sign the guest book", "", "", "B")],
        [("Share a memory", "", "", "B")],
        [("Arrangements entrusted to Keddington & Sproule Funeral Home, Port Ellwick.", "", "", "B")],
        [("More obituaries", "", "", "B")],
        [("Wendell Crouse-Eisnor, 91, harbour master for three decades", "", "", "B")],
        [("© 2026 Lunenmoor Packet Publishing Ltd.", "", "", "B")],
    ],

    [  # 11. Irish county paper's human-interest story: a grandmother graduates at 79
        [("The Drumcallow Champion", "", "", "B")],
        [("News   Sport   Community   Farming   Property   Death Notices   Contact", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Drumcallow grandmother, 79, graduates 65 years after leaving school at 14", "", "", "W")],
        [("‘I'm so proud of her,’ says granddaughter who sat beside her in lectures", "Aoife Gilhooley", "says", "")],
        [("Sinéad Coughlan-Dineen", "", "", "B")],
        [("Saturday, 14 March 2026", "", "", "B")],
        [("Share   Email   Print", "", "", "B")],
        [("Nora Gilhooley with her granddaughter Aoife after the conferring ceremony on Thursday.", "", "", "")],
        [("Picture: Eamon Colgan", "", "", "B")],
        [("Nora Gilhooley left school in 1961, the week after her 14th birthday, to work in a shirt factory in Drumcallow.", "", "", "W")],
        [("On Thursday, at 79, she graduated with a Bachelor of Arts in History from Corrib Bay University, the oldest person to do so in the university's 31-year history, according to the university.", "the university", "according to", "W")],
        [("“I'm so proud of her I could burst,” said her granddaughter, Aoife Gilhooley, 22, who studied on the same campus and sat beside her in several lectures.", "Aoife Gilhooley", "said", ""),
         ("“She had better attendance than me, which is embarrassing.”", "Aoife Gilhooley", "said", "")],
        [("Mrs Gilhooley said she had always wanted to go to college but that “it wasn't something girls like me did back then”.", "Nora Gilhooley", "said", "")],
        [("She enrolled as a mature student in 2021, the year after her husband, Pádraig, died.", "", "", "W")],
        [("“The house was very quiet,” she said.", "Nora Gilhooley", "said", ""),
         ("“My daughter said, Mam, you're always reading history books, why don't you do it properly?", "Nora Gilhooley", "said", ""),
         ("So I did.”", "Nora Gilhooley", "said", "")],
        [("For four years she took the bus 38 kilometres to the campus twice a week, using her free travel pass.", "", "", "W")],
        [("Her final-year dissertation, on the shirt factories of the northwest, drew on interviews with 23 women who had worked in them, 11 of whom had worked alongside her.", "", "", "W")],
        [("Her supervisor, Dr Fintan Ó Mealláin-Rafter, said it was “a genuinely original piece of work” and that the university library had asked for a copy.", "Fintan Ó Mealláin-Rafter", "said", "W")],
        [("“Nora knew things about those factories that aren't written down anywhere,” he said.", "Fintan Ó Mealláin-Rafter", "said", ""),
         ("“Half of what's in that dissertation would have been lost in ten years.”", "Fintan Ó Mealláin-Rafter", "said", "")],
        [("The university says 412 of its 9,800 undergraduates are aged over 50.", "The university", "says", "W")],
        [("Asked what comes next, Mrs Gilhooley laughed.", "", "", ""),
         ("“A master's, if they'll have me,” she said.", "Nora Gilhooley", "said", ""),
         ("“And a new hip.”", "Nora Gilhooley", "said", "")],
        [("Her four children, 11 grandchildren and two great-grandchildren were in the hall for the ceremony.", "", "", "W"),
         ("“I cried the whole way through,” said her daughter, Bríd Gilhooley-Naughten.", "Bríd Gilhooley-Naughten", "said", ""),
         ("“We all did.”", "Bríd Gilhooley-Naughten", "said", "")],
        [("A photograph of Mrs Gilhooley in her gown has been shared more than 40,000 times on the university's social media pages since Thursday.", "", "", "W")],
        [("Have a story from your parish?", "", "", "B"),
         ("Email newsdesk@drumcallowchampion.example.ie", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Mart prices hold firm as spring sales begin", "", "", "B")],
        [("Planning refused for 40 homes at Knockbarra", "", "", "B")],
        [("© 2026 Drumcallow Champion Newspapers Ltd.", "", "", "B")],
    ],

    [  # 12. English regional paper's letters page
        [("The Hetherfold Echo", "", "", "B")],
        [("News   Sport   What's On   Opinion   Letters   Announcements   Jobs", "", "", "B")],
        [("Opinion › Letters", "", "", "B")],
        [("Your letters: parking charges, library hours, 20mph and a stranger on the 47", "", "", "")],
        [("Tuesday 10 March 2026", "", "", "B")],
        [("Hospital parking charges hit the sickest hardest", "", "", "")],
        [("I visit my husband at Hetherfold General three times a week while he has dialysis.", "", "", "")],
        [("Since January the hospital has charged £4.80 for up to two hours, up from £3.20.", "", "", "W"),
         ("That is a 50 per cent rise, in a year when the state pension went up by 4.1 per cent.", "", "", "W")],
        [("The trust says the money goes back into patient care.", "The trust", "says", "W"),
         ("If so, it should publish how much it raises and where it goes.", "", "", "")],
        [("Other hospitals in the county let dialysis patients and their visitors park free.", "", "", "W"),
         ("Why can't ours?", "", "", "")],
        [("Marjorie Tallentyre, Foxwarren Lane, Hetherfold", "", "", "B")],
        [("Editor's note: Hetherfold and Vale Hospitals Trust says its car parks brought in £2.3 million in 2024-25, and that dialysis patients themselves already park free.", "Hetherfold and Vale Hospitals Trust", "says", "W")],
        [("Library hours cut by stealth", "", "", "W")],
        [("Hetherfold Central Library is now open 28 hours a week, down from 42 last year.", "", "", "W"),
         ("Nobody asked the people who use it.", "", "", "W")],
        [("The council's own figures show that visits rose by 11 per cent in 2025, to 186,000.", "The council's own figures", "show", "W"),
         ("So why cut the hours of a service that more people are using?", "", "", "")],
        [("I suspect the answer is that libraries have no lobby.", "", "", ""),
         ("They should have.", "", "", "")],
        [("Dr Ruth Abbinett, Wycherley Road, Hetherfold", "", "", "B")],
        [("The 20mph limit has made our street safer", "", "", "W")],
        [("I was one of the residents who campaigned for the 20mph limit on Hallowmead Road, so I read last week's letter from Colin Clutterbuck calling it “a war on drivers” with some dismay.", "Colin Clutterbuck", "calling", "")],
        [("Since the limit came in, in September 2024, there have been two injury collisions on the road, compared with nine in the previous 18 months, according to police data published by the council.", "police data published by the council", "according to", "W"),
         ("Average speeds have fallen from 29mph to 23mph.", "", "", "W")],
        [("Driving the length of the road takes, at most, a minute longer.", "", "", "W"),
         ("My grandchildren now walk to school on their own.", "", "", ""),
         ("That is worth a minute of anyone's time.", "", "", "")],
        [("Peter Stainthorpe-Choudhury, Hallowmead Road, Hetherfold", "", "", "B")],
        [("Thank you to the stranger on the 47", "", "", "")],
        [("On the morning of Friday 27 February I collapsed on the number 47 bus between Brandle Cross and the town centre.", "", "", "")],
        [("A young man in a green coat, who I am told had done a first-aid course only a month before, gave me CPR until the ambulance came.", "", "", "")],
        [("The paramedics told me later that he had probably saved my life.", "The paramedics", "told me", "")],
        [("I never got his name.", "", "", ""),
         ("If he reads this: thank you, from me and from my three daughters.", "", "", "")],
        [("Lionel Greatrix, Tolley End, Hetherfold", "", "", "B")],
        [("Write to us", "", "", "B")],
        [("Letters should be no longer than 300 words and must include your full name and address.", "", "", "B"),
         ("We may edit letters for length.", "", "", "B")],
        [("Email letters@hetherfoldecho.example.co.uk", "", "", "B")],
        [("More letters", "", "", "B")],
        [("Your letters: the bypass, bin collections and a lost dog found", "", "", "B")],
        [("Hetherfold Echo is part of Wealdmere Regional Media Ltd.", "", "", "B"),
         ("Registered in England and Wales.", "", "", "B")],
    ],

]  # fmt: skip

CASES = [
    ('n39-column-headline-opinion-standfirst', "Selling our airport shares to fix one year's rates is a mistake we will pay for twice\nOPINION: The council wants to sell its 34 per cent stake in Southmere Airport to hold this year's rates rise to 6.9 per cent. It is the wrong fix for the wrong problem.\nBy Tessa Wrenshall",
     ["Selling our airport shares to fix one year's rates is a mistake we will pay for twice", "OPINION: The council wants to sell its 34 per cent stake in Southmere Airport to hold this year's rates rise to 6.9 per cent.", 'It is the wrong fix for the wrong problem.', 'By Tessa Wrenshall']),
    ('n39-column-ltd-ends-sentence', "Last Thursday, the council's finance and audit committee voted 7-4 to consult the public on selling the city's 34 per cent shareholding in Southmere Airport Ltd. Officials estimate the stake is worth between $48 million and $61 million.",
     ["Last Thursday, the council's finance and audit committee voted 7-4 to consult the public on selling the city's 34 per cent shareholding in Southmere Airport Ltd.", 'Officials estimate the stake is worth between $48 million and $61 million.']),
    ('n39-column-colon-after-short-clause', 'That is before anyone asks what happens when passenger numbers recover. They already are: the airport handled 1.42 million passengers in the year to June, up from 1.18 million two years earlier.',
     ['That is before anyone asks what happens when passenger numbers recover.', 'They already are: the airport handled 1.42 million passengers in the year to June, up from 1.18 million two years earlier.']),
    ('n39-qa-quote-colon-headline', "‘I'm not going to put a date on it’: Health Minister Gerrit Vanderkloof on rural ER closures\nEleven of the province's 52 rural emergency departments closed for at least one shift in February. We asked the minister why, and when that will change.",
     ["‘I'm not going to put a date on it’: Health Minister Gerrit Vanderkloof on rural ER closures", "Eleven of the province's 52 rural emergency departments closed for at least one shift in February.", 'We asked the minister why, and when that will change.']),
    ('n39-qa-am-update-caption-credit', 'Published March 14, 2026 · Updated March 14, 2026 at 9:12 a.m.\nShare on Facebook   Share on X   Email\nHealth Minister Gerrit Vanderkloof in his office at the legislature on Thursday.\n(Jon Keskitalo / Wyndmoor Free Press)',
     ['Published March 14, 2026 · Updated March 14, 2026 at 9:12 a.m.', 'Share on Facebook   Share on X   Email', 'Health Minister Gerrit Vanderkloof in his office at the legislature on Thursday.', '(Jon Keskitalo / Wyndmoor Free Press)']),
    ('n39-qa-glued-labels-short-turns', "Q: Eleven rural ERs closed for at least one shift last month. How many were closed in February a year ago?\nA: I'd have to check the exact number. It was fewer, I'll be honest about that.\nQ: It was four. So the number has nearly tripled in a year.",
     ['Q: Eleven rural ERs closed for at least one shift last month.', 'How many were closed in February a year ago?', "A: I'd have to check the exact number.", "It was fewer, I'll be honest about that.", 'Q: It was four.', 'So the number has nearly tripled in a year.']),
    ('n39-qa-x-ray-and-per-cent', "A: They're measuring different things. The annual report counts every hour when any service was reduced, including lab and X-ray. The 6 per cent is emergency physician coverage specifically.",
     ["A: They're measuring different things.", 'The annual report counts every hour when any service was reduced, including lab and X-ray.', 'The 6 per cent is emergency physician coverage specifically.']),
    ('n39-live-glance-box-lines', 'Budget at a glance\nVAT unchanged at 15%\nPersonal income tax brackets raised by 3%, below inflation\nOld-age grant up R90 to R2,405 a month\nGeneral fuel levy frozen for a second year\nDebt projected to peak at 74.9% of GDP in 2026/27',
     ['Budget at a glance', 'VAT unchanged at 15%', 'Personal income tax brackets raised by 3%, below inflation', 'Old-age grant up R90 to R2,405 a month', 'General fuel levy frozen for a second year', 'Debt projected to peak at 74.9% of GDP in 2026/27']),
    ('n39-live-stamp-entry-headline-decimals', "16:41\nRand firms after the speech\nThe rand firmed 0.8% against the dollar to R17.62 in the hour after the speech, and the yield on the government's 10-year bond fell to 10.1%.",
     ['16:41', 'Rand firms after the speech', "The rand firmed 0.8% against the dollar to R17.62 in the hour after the speech, and the yield on the government's 10-year bond fell to 10.1%."]),
    ('n39-live-role-label-headline', '16:20\nOpposition: ‘A budget for the Treasury, not for families’\nFarouk Ebrahimjee, finance spokesperson for the Unity Reform Party, said the decision not to raise tax brackets in line with inflation amounted to a hidden tax increase of R6.2 billion.',
     ['16:20', 'Opposition: ‘A budget for the Treasury, not for families’', 'Farouk Ebrahimjee, finance spokesperson for the Unity Reform Party, said the decision not to raise tax brackets in line with inflation amounted to a hidden tax increase of R6.2 billion.']),
    ('n39-live-deficit-decimals-fiscal-year', 'Mabuzane told Parliament the budget deficit for the year ending in March would be 4.6% of GDP, down from the 5.0% forecast in October. She said gross debt would now peak at 74.9% of GDP in 2026/27 and fall after that.',
     ['Mabuzane told Parliament the budget deficit for the year ending in March would be 4.6% of GDP, down from the 5.0% forecast in October.', 'She said gross debt would now peak at 74.9% of GDP in 2026/27 and fall after that.']),
    ('n39-live-pty-ltd-copyright', '© 2026 Vaalbrook Ledger (Pty) Ltd. All rights reserved.',
     ['© 2026 Vaalbrook Ledger (Pty) Ltd.', 'All rights reserved.']),
    ('n39-match-ticker-headline-standfirst', "FT  Glenmarrow Thistle 2-1 Port Darroch Athletic   FT  Kilwhannel Rovers 0-0 Ardlochy United\nFootball › Championship\nDreghorn double sends Glenmarrow third as ten-man Port Darroch fall short\nThistle extend unbeaten home run to nine games after Rennieston's red card turns a tight contest",
     ['FT  Glenmarrow Thistle 2-1 Port Darroch Athletic   FT  Kilwhannel Rovers 0-0 Ardlochy United', 'Football › Championship', 'Dreghorn double sends Glenmarrow third as ten-man Port Darroch fall short', "Thistle extend unbeaten home run to nine games after Rennieston's red card turns a tight contest"]),
    ('n39-match-quote-over-sentences', "Visiting manager Neil Gartcosh was furious. “If that's a booking, I've been watching a different sport for 30 years,” he said. “Scott won the ball. Everybody in the ground saw it apart from one man.”",
     ['Visiting manager Neil Gartcosh was furious.', "“If that's a booking, I've been watching a different sport for 30 years,” he said.", '“Scott won the ball.', 'Everybody in the ground saw it apart from one man.”']),
    ('n39-match-lineups-and-data-lines', 'Glenmarrow Thistle: Garvock; Lennoxton, Kinnoull (Dalmahoy 34), Muirhouse-Blairdaff, Kilbucho; Lochend, Tannock, Balcaskie; Greig (Fettercairn 70), Dreghorn, Cullross.\nPort Darroch Athletic: Mullholm; Baxendine, Rennieston, Carnbee, Dunure; Tullibody, Craik, Fintry (Youngson 81); Ormiston, Balfron, Kippendavie.\nReferee: Gavin Strathie\nAttendance: 3,418\nMan of the match: Callum Dreghorn',
     ['Glenmarrow Thistle: Garvock; Lennoxton, Kinnoull (Dalmahoy 34), Muirhouse-Blairdaff, Kilbucho; Lochend, Tannock, Balcaskie; Greig (Fettercairn 70), Dreghorn, Cullross.', 'Port Darroch Athletic: Mullholm; Baxendine, Rennieston, Carnbee, Dunure; Tullibody, Craik, Fintry (Youngson 81); Ormiston, Balfron, Kippendavie.', 'Referee: Gavin Strathie', 'Attendance: 3,418', 'Man of the match: Callum Dreghorn']),
    ('n39-science-ariz-caption-and-lead', 'Mesquite trees shade a bus stop on a residential street in Copperbend, Ariz.\nPhoto: Dario Pennefeather/Fieldnote\nNeighborhoods in Copperbend, Ariz., with the most tree cover had about 27% fewer heat-related emergency calls on the hottest days than those with the least, according to a study published Wednesday in the journal Urban Health Letters.',
     ['Mesquite trees shade a bus stop on a residential street in Copperbend, Ariz.', 'Photo: Dario Pennefeather/Fieldnote', 'Neighborhoods in Copperbend, Ariz., with the most tree cover had about 27% fewer heat-related emergency calls on the hottest days than those with the least, according to a study published Wednesday in the journal Urban Health Letters.']),
    ('n39-science-dr-apposition-quote', "“What we see is a strong and consistent association,” said Dr. Lucinda Obregón-Tafoya, an environmental epidemiologist at Mesa Calvaria University who led the study. “What we can't yet tell you is how much of it is the trees.”",
     ['“What we see is a strong and consistent association,” said Dr. Lucinda Obregón-Tafoya, an environmental epidemiologist at Mesa Calvaria University who led the study.', "“What we can't yet tell you is how much of it is the trees.”"]),
    ('n39-science-reference-et-al-doi', "Reference\nL. Obregón-Tafoya et al. Tree canopy and heat-related emergency calls in a desert city, 2018–2024. Urban Health Letters. Published March 11, 2026. doi: 10.4821/uhl.2026.0037\nRafaela Zubiarte is Fieldnote's health reporter. She was previously a high school science teacher.",
     ['Reference', 'L. Obregón-Tafoya et al. Tree canopy and heat-related emergency calls in a desert city, 2018–2024. Urban Health Letters. Published March 11, 2026. doi: 10.4821/uhl.2026.0037', "Rafaela Zubiarte is Fieldnote's health reporter.", 'She was previously a high school science teacher.']),
    ('n39-review-stars-policy-scene', '★★★★☆\nCityPlate reviews anonymously and pays for every meal.\nThere is a moment, about ten minutes after the pandi curry arrives, when the table goes quiet. That is the sound of people eating properly.',
     ['★★★★☆', 'CityPlate reviews anonymously and pays for every meal.', 'There is a moment, about ten minutes after the pandi curry arrives, when the table goes quiet.', 'That is the sound of people eating properly.']),
    ('n39-review-rupee-in-brackets', 'The pandi curry (₹540) is the reason to come. The pork is cooked slowly with a dark vinegar made from the kachampuli fruit, and the result is sour, smoky and deep. It is the best version I have eaten outside a Kodava home.',
     ['The pandi curry (₹540) is the reason to come.', 'The pork is cooked slowly with a dark vinegar made from the kachampuli fruit, and the result is sour, smoky and deep.', 'It is the best version I have eaten outside a Kodava home.']),
    ('n39-review-info-box', 'Kaalikhet Kitchen\nFirst floor, Vasanth Mill, 14 Doddakere Road, Kodimale\nOpen: Tue–Sun, 12.30pm–3.30pm and 7pm–11pm\nMeal for two: about ₹2,200 without alcohol',
     ['Kaalikhet Kitchen', 'First floor, Vasanth Mill, 14 Doddakere Road, Kodimale', 'Open: Tue–Sun, 12.30pm–3.30pm and 7pm–11pm', 'Meal for two: about ₹2,200 without alcohol']),
    ('n39-flood-quote-headline-standfirst', '‘The river just kept coming’: inside Mullabri Crossing after the highest flood in 52 years\nThe Wirrangle peaked at 13.6 metres on Tuesday night. Three days later, the town is counting what it lost, and what it kept.\nKirra Tindivale\nMarch 13 2026 - 6:00am',
     ['‘The river just kept coming’: inside Mullabri Crossing after the highest flood in 52 years', 'The Wirrangle peaked at 13.6 metres on Tuesday night.', 'Three days later, the town is counting what it lost, and what it kept.', 'Kirra Tindivale', 'March 13 2026 - 6:00am']),
    ('n39-flood-says-quote-not-once', "“Thirty-one years I've had this shop,” he says, standing in gumboots in what used to be his kitchen. “I've never seen it come in the door before. Not once.”",
     ["“Thirty-one years I've had this shop,” he says, standing in gumboots in what used to be his kitchen.", "“I've never seen it come in the door before.", 'Not once.”']),
    ('n39-police-capitals-label-greeting', "CHIEF ROSALIND OBERDICK: Good afternoon. Thank you all for coming.\nAt 6:40 this morning, officers from our traffic investigation unit, with help from the county sheriff's office, arrested a 34-year-old Tellerton man, Travis Kimmerle, at his home on Fordoun Avenue. He has been charged with aggravated vehicular homicide, failure to stop after an accident and tampering with evidence.",
     ['CHIEF ROSALIND OBERDICK: Good afternoon.', 'Thank you all for coming.', "At 6:40 this morning, officers from our traffic investigation unit, with help from the county sheriff's office, arrested a 34-year-old Tellerton man, Travis Kimmerle, at his home on Fordoun Avenue.", 'He has been charged with aggravated vehicular homicide, failure to stop after an accident and tampering with evidence.']),
    ('n39-police-mr-am-reporter-turn', "Forensic testing of the vehicle is ongoing. Mr. Kimmerle is being held in the county jail and is scheduled to be arraigned at 9 a.m. tomorrow in Tellerton Municipal Court.\nI'll take a few questions.\nREPORTER: Chief, has he admitted to it?",
     ['Forensic testing of the vehicle is ongoing.', 'Mr. Kimmerle is being held in the county jail and is scheduled to be arraigned at 9 a.m. tomorrow in Tellerton Municipal Court.', "I'll take a few questions.", 'REPORTER: Chief, has he admitted to it?']),
    ('n39-police-yes-and-sergeant-close', "OBERDICK: Yes. I spoke to Evelyn's daughter myself at about 8 o'clock this morning.\nREPORTER: Is there anything you want to say to Mr. Kimmerle?\nOBERDICK: No. He'll have his day in court.\nSGT. DWAYNE HOLLENBACH: That's all the time we have today. Thank you, everyone.\n[END OF NEWS CONFERENCE]",
     ['OBERDICK: Yes.', "I spoke to Evelyn's daughter myself at about 8 o'clock this morning.", 'REPORTER: Is there anything you want to say to Mr. Kimmerle?', 'OBERDICK: No.', "He'll have his day in court.", "SGT. DWAYNE HOLLENBACH: That's all the time we have today.", 'Thank you, everyone.', '[END OF NEWS CONFERENCE]']),
    ('n39-explainer-question-subhead-rules', "What are the new rules?\nEvery rider must be a member of a savings and credit co-operative (sacco) registered with the county where he or she works.\nRiders must wear a reflective jacket showing the sacco's name and a rider number, and must carry a helmet for the passenger. Carrying more than one passenger is banned.",
     ['What are the new rules?', 'Every rider must be a member of a savings and credit co-operative (sacco) registered with the county where he or she works.', "Riders must wear a reflective jacket showing the sacco's name and a rider number, and must carry a helmet for the passenger.", 'Carrying more than one passenger is banned.']),
    ('n39-obit-ns-before-age', 'Ione Prevost-Harnish, a marine biologist whose warnings about the scallop beds of Sculpin Bank went unheeded for almost a decade, died on Saturday at her home in Port Ellwick, N.S. She was 88.\nHer death was confirmed by her son, Emmett Harnish, who said she had been in failing health since a fall in October.',
     ['Ione Prevost-Harnish, a marine biologist whose warnings about the scallop beds of Sculpin Bank went unheeded for almost a decade, died on Saturday at her home in Port Ellwick, N.S.', 'She was 88.', 'Her death was confirmed by her son, Emmett Harnish, who said she had been in failing health since a fall in October.']),
    ('n39-human-question-inside-quote', "“The house was very quiet,” she said. “My daughter said, Mam, you're always reading history books, why don't you do it properly? So I did.”",
     ['“The house was very quiet,” she said.', "“My daughter said, Mam, you're always reading history books, why don't you do it properly?", 'So I did.”']),
    ('n39-letters-signature-note-headline', "Marjorie Tallentyre, Foxwarren Lane, Hetherfold\nEditor's note: Hetherfold and Vale Hospitals Trust says its car parks brought in £2.3 million in 2024-25, and that dialysis patients themselves already park free.\nLibrary hours cut by stealth",
     ['Marjorie Tallentyre, Foxwarren Lane, Hetherfold', "Editor's note: Hetherfold and Vale Hospitals Trust says its car parks brought in £2.3 million in 2024-25, and that dialysis patients themselves already park free.", 'Library hours cut by stealth']),
]  # fmt: skip
