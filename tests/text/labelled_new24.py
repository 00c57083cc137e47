"""Twenty-fourth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product and number is invented (a few
countries, currencies, units and generic institutions such as "the Election Commission", "the
Ministry of Health", "Parliament" or "the Probation Act" appear only as places, units and settings,
and social networks only in share strips and channel lines), and no surname, town or outlet of any
file under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages come
from English-language outlets outside the US and the UK, with the furniture and the prose habits of
such sites: an Indian national daily's politics story (crore and lakh figures, "said in a
statement", a wire credit, "Also Read |" lines in the body, e-paper lines), an Australian public
broadcaster's rural story (a "Key points:" box, a "Posted ..., updated ..." line, state
abbreviations, an acknowledgement of the Traditional Owners), a Nigerian daily's business story on
a rate decision (naira figures, "Mr" and "Mrs", "the apex bank", "Recall that", a circular signed
by a director, a donation box), a Philippine news site's earthquake update (casualty figures, agency
acronyms, an intensity list, "Related Stories"), an Irish regional paper's court report (a garda's
evidence, a victim impact statement, the penalty, short cases "Elsewhere at ..."), a straits
daily's rail-disruption story (an AI summary box, names in several orders, Telegram and WhatsApp
channel lines, a company-registration line), a South African load-shedding explainer (question
subheads, a stage table, a tips box), a New Zealand site's rugby semifinal report (scoring lines,
halftime and card lines, the final's fixture), a Kenyan daily's cholera story (a ministry statement
signed by an official, an MCA's claim and a CECM's denial, a key-facts box), a Canadian public
broadcaster's rent explainer ("What you need to know" bullets, question subheads, an audio notice,
"With files from"), a wire agency's world brief of six datelined items, and a Caribbean daily's
letters page (three letters with their salutations and signatures, an editor's note). The three
things they stress are (1) furniture of every kind worded afresh, at the head, in the middle and at
the tail (edition and e-paper lines, trending strips, "Also Read |", "(With inputs from ...)",
"Topics:", comment-moderation notes, "Posted ..., updated ...", "Key points:", "Related:", "Listen
to ...", acknowledgement and agency lines, "Kindly share this story:", donation boxes, WhatsApp and
Telegram channel lines, commenter handles, "LIVE UPDATES:" and "READ:" lines, intensity lists,
donation notes, "READ MORE:", press-council lines, AI summary boxes with "AI-generated", "LANTERN
PHOTO:" credits, "Co. Regn. No." lines, load-shedding tickers, stage tables with a source line, tips
boxes, "READ MORE:" lists with asterisks, standings widgets, media-council lines, key-facts boxes
with a hotline, "Social Sharing", glued byline-and-posted lines, audio notices, "ABOUT THE AUTHOR",
corrections strips, "• • •" separators, "(Reporting by ...; Compiled by ...; Editing by ...)",
salutations, "Yours etc.,", name and place lines, "Via email", letters policies and "More Letters");
(2) who is speaking ("Opposition calls ..., says ..." in a standfirst, "the Chief Minister's Office
(CMO) said in a statement", "it said", a quote whose cue comes only in its second sentence, "The
ruling ... Party rejected the charge", "alleged", "noted", "A senior official ..., who did not wish
to be named", a caption with "says", a Key points bullet with "The Water Minister says", "WaterSK
figures", "The weather bureau's latest outlook gives", "Reading the communique, X said", "Reacting
to the decision, ..., said", "the apex bank said", "In a circular signed by its Director ..., the
bank said", "Analysts at ... said in a note to clients", "Traders at ... told The Eko Mercury",
"said in its morning bulletin", "In an interview over radio station DXBV, X said", "PSVO records
show", "..., court told", "Tobercashel District Court has heard", "told gardaí", "A breath test ...
showed", "Defending, solicitor X said", "said in a victim impact statement", "she wrote", "said
Madam Rohani", "Mr Aravind said", "Commuters reported", "Health officials blame", "in a statement
signed by ..., said", "The statement said", "denied ..., saying", "Judges found", "according to a
copy of the manifest seen by ONW", "Forecasters expect", "an agent told me"); (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site and
the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new22.py` hold too (consent banners, paywalls, donation
and newsletter boxes "B" line by line; advertisement labels "B" with the story after them labelled
as before; "Also Read:" and "Read more:" lines "B" wherever they fall; captions by content and
credits "B"; standfirsts labelled like headlines, question and topic subheads ""; "Key points" and
"Key takeaways" headings "B" with their bullets by content; an AI summary box's heading and "AI
generated" note "B", its bullets by content; fact-box headings "B" with their lines by content;
warning and signal lists with the heading "B" and each place line "W"; data rows "" with the
table's title and header row "B"; mastheads, kickers, tickers, widgets and share strips "B";
related lists, author bios, comment furniture and readers' comments "B"; reader-service lines and
advice to readers "B", advice spoken by a quoted official keeping its speaker with flags ""; wire
credits, "With files from ..." and separators "B"; a dateline part of the first sentence; score
and fixture lines "W", referee lines ""; a letter writer's own statements without a speaker, the
signature lines "B", an editor's note that states a fact "W"; definitions "", what follows from them
"W"; "Recall that ..." the paper's reminder, not a cue; "X, in a statement signed by Y, said" with
X as speaker; documents, data and records as sources kept as written; plans, votes and fixtures
"W", forecasts ""; what a court DID "W" without a speaker, "the court heard" carrying the court;
titles, honorifics, post-nominals and role words dropped from speakers ("Dr", "Mr.", "Mrs", "Hon.",
"Gov.", "Sgt", "Judge", "Madam", "Associate Professor", "Leader of the Opposition"); a pronoun, a
later surname or a role noun resolved to the full name as first given; "the company", "the
utility" and the like kept as written; "declined to comment", "did not respond" and their kin
labelled like speech with flags ""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* An Indian national daily: the date-and-updated line, "Today's ePaper | Subscribe | Sign In", the
  trending strip, the breadcrumb, the byline with the city ("Kavita Ramanujam-Sethi | Jayangar"),
  the published-and-read-time line, every "Also Read | ..." line (in the body and at its foot),
  "(With inputs from SPA)" (a wire credit, like "(Reporting by ...)"), the "Topics:" line, "Read this
  story in today's ePaper, Page 7", the app line, the comment-moderation sentences, "Latest News" with
  its items and the footer are "B". The capitals dateline ("JAYANGAR:") is part of the first
  sentence. "the Chief Minister's Office (CMO) said in a statement" keeps the office as written
  without its bracketed acronym, as "(PDRRMO)" was dropped in `labelled_new17.py`; "it said" resolves
  to it. A standfirst with two verbs ("Opposition calls the move a ‘poll sop’, says the State cannot
  afford it") carries "Opposition" as written with the first verb as cue and is "" (a
  characterisation). "The ruling Lok Nyay Party (LNP) rejected the charge." drops the descriptor and
  the acronym and carries the party with the cue "rejected", "", as "She rejected ..." did in
  `labelled_new21.py`; "He alleged that ..." has the cue "alleged" and is "W" when the allegation is
  a checkable figure. A quote of two sentences whose cue comes only at the end of the second carries
  that speaker and cue in both; each sentence is flagged by its own content (a drought year "W", a
  flourish ""). The crore, lakh and "₹2-lakh" figures are numbers like any other. "The Election
  Commission is expected to announce ..." is a forecast, "", with no speaker.
* An Australian public broadcaster: "Skip to main content", the section label ("CPB Rural") above
  and below the byline, "Posted Tue 3 Mar 2026 at 5:30am, updated Tue 3 Mar 2026 at 11:12am",
  "Share article", the bracketed caption credits ("(CPB Rural: Name)", "(Supplied: WaterSK)"), the
  "Related: ..." line in the body, the "Listen to Country Hour ..." line, the "Topics:" line (ONE
  "B" sentence, its place names included), "Related stories" and "Top Stories" with their
  headlines, the acknowledgement of the Traditional Owners, the agency-material line and the
  copyright are "B". "Key points:" (with its colon) is the box heading, "B"; its bullets have no
  full stops and each is one sentence, labelled by content; the bullet "The Water Minister says
  ..." resolves the role to the minister named in the body. A caption with its own reporting verb
  ("Irrigator Bryce Wattlebury says he has never seen ...") carries the person with "says" and is
  labelled by content ("" for what a witness has seen). State abbreviations ("SK", "GT") are places;
  the statutory flow under the cross-border agreement is "W". "The weather bureau's latest outlook
  gives the catchment a 35 per cent chance ..." carries the outlook as written with the cue "gives"
  and is "", a forecast. "the state's water regulator, WaterSK," drops the descriptor.
* A Nigerian business story: "Kindly share this story:" is "B", like a share strip; the date line
  in ordinal form is "B". "Reading the communique, X said" and "Reacting to the decision, ..., X
  said" have the cue "said" (the participle opener is scene, like "Speaking to reporters"). "the
  apex bank" is a role noun for a body and is kept as written, like "the company"; "In a circular
  signed by its Director, Banking Supervision, Mrs Y, the bank said" carries "the bank" (the
  subject as written; the signatory is not the source, as in `labelled_new11.py`). "Analysts at
  Gidiwealth Capital said in a note to clients" keeps the whole phrase as cue; "Traders at Okeodan
  Market told The Eko Mercury they feared ..." keeps the group as written and is "" (a fear). The
  donation box is "B" line by line; the commenter's handle, the comment (in Pidgin) and "Reply" are
  "B"; the contact line is "B".
* A Philippine earthquake update: the "LIVE UPDATES:" strip and "READ: ..." line are "B"; the
  "Reported intensities (PSVO)" list is a fact panel like `labelled_new17.py`'s signal list: heading
  "B", each "Intensity VII – places" line "W". "As of 6 a.m. Tuesday, PSVO had recorded ..." is what
  the agency did, stated as fact without a reporting verb: no speaker, "W". "In an interview over
  radio station DXBV, X said" has the cue "said" (the opener comes before the verb, unlike "said in
  Filipino" or "said in a press briefing", which follow it and stay in the cue); "said in its morning
  bulletin" keeps the whole phrase. "PSVO records show" carries the records as written with "show".
  "Gov." and "Senior Fire Officer 2" are dropped. The governor's declaration of a state of calamity
  is what an official DID, "W" without a speaker. A relative of the missing named in one sentence
  without a reporting verb ("Her nephew ... is among the missing.") carries no speaker and is "W".
  The donations note under "Related Stories" is reader service, "B".
* An Irish court report: the headline "..., court told" carries "court" with the cue "told", as "the
  court was told" did in `labelled_new19.py`; the standfirst "Judge disqualifies ..." is what the
  court DID, "W" without a speaker. The age in brackets after a name ("Cormac Keaveney (34),
  of ...") is part of the sentence. "Sgt Ní Chaoimh said that when she asked him whether he had been
  drinking, he replied: “...”" carries the garda (her evidence), ""; "He later told gardaí in
  interview that he had drunk “four or five pints” ..." carries the defendant with the cue "told
  gardaí" and is "W": his own account of what he drank is a claim he is the source of, unlike the
  words that made up an offence in `labelled_new14.py`. "A breath test at ... showed" carries the test
  as written with "showed", like "Ball-tracking shows". "Defending, solicitor X said" drops both role
  words. "said in a victim impact statement" is a cue as written, and the quote from it carries
  "wrote". "Elsewhere at Tobercashel District Court" is a topic subhead, "", and each short case under
  it is a statement of record, "W"; the judge's remark that it was a first offence in 31 years is
  "W". The press-council line and the "Co. Tobercashel" footer are "B".
* A straits daily: the "Summary" heading and "AI-generated" line are "B" with the bullets by content
  ("Commuters reported ..." carries "Commuters" with "reported"); "LANTERN PHOTO: NAME" is a credit,
  "B"; "Get breaking news on the go: join the Lantern's Telegram channel." and the WhatsApp line are
  "B" wherever they fall; "Straits Lantern Media Ltd. Co. Regn. No. ..." is ONE "B" sentence. Names
  are kept in the order given and resolved as written: a Chinese name surname first ("Mr Kwek" ->
  "Kwek Boon Teck"), a Malay name with "Madam" and no surname ("Madam Rohani" -> "Rohani Abdul
  Latiff"), a Tamil name by given name ("Mr Aravind" -> "Aravind Sundaresan"); "Madam", "Mr" and
  "Associate Professor" are dropped. "said in an update on its app" keeps the phrase as cue, like "said
  in its 5 p.m. bulletin". The minister's statement that the board "would consider whether to take
  enforcement action" is a vague plan, ""; the company's offer of a delay chit, spoken by it, is "",
  not a reader-service "B" line. Commuters' own waits and missed tests are personal accounts, "".
* A load-shedding explainer: the load-shedding ticker and the "Explainers" label are "B"; the
  "EXPLAINER | ..." headline is a topic, ""; the standfirst's "Here's what you need to know." is
  "B", as in `labelled_new15.py`; each question subhead is "". "Load-shedding is a planned, rotating
  cut ..." is a definition, "", while the rules of the stages ("Each stage allows ... up to 1,000
  megawatts", what Stage 6 means for households) are "W", like the rules in a consumer column. The
  stage table's title, header row and "Source:" line are "B", its rows "". The answer to "How do I
  find my schedule?" only tells readers where to look and is "B", like any reader-service line,
  though the explainer's other answers are labelled by content; "Nobody can say for certain." is the
  writer's own hedge, ""; the one-word answer "No." to "Will my bill go down?" commits to something
  checkable and is "W", as "Chidozie: No." was in `labelled_new15.py`. "Dr X called that “optimistic”"
  has the cue "called"; "Opposition parties have called for ..." keeps the group with "have called",
  "". The "Tips for Stage 6" box is "B" line by line.
* A New Zealand rugby report: "Kia ora | Sign in | Subscribe" and "5 mins to read" are "B"; "Photo /
  Name" is a credit, "B"; the "READ MORE:" heading and its asterisked items are "B". Tries, cards,
  conversions, the halftime score and an injury that rules a player out of the final are "W";
  "the home side's forwards took control after the break" is a description of play, "". The scoring
  lines ("Manukōwhai Kāhu 31 (... tries; ... cons, pen)"), "HT: ..." and "Yellow card: ..." are
  statements of record, "W"; "Referee:" is ""; the final's fixture line is "W"; "Kahurangi Cup
  standings" and "See full table" are a widget, "B". "No 8" and "First five" are positions, part of
  the sentence; "Kāhu coach", "Storm captain" and "Kāhu wing" are role words and are dropped.
* A Kenyan health story: "Health officials blame ..." in the standfirst keeps the group with the cue
  "blame" and is "W" (the cause is checkable); "County Executive Committee Member (CECM) for Health
  Dr" is a role and is dropped, as is "Water CECM"; "The Ministry of Health, in a statement signed by
  Director-General for Health Dr X, said" carries the ministry and "The statement said" the
  statement, as in `labelled_new16.py`. "X denied that ..., saying ..." has the cue "denied" and is
  "" (a denial). A mother's account of her children's illness is "", her statement that there was no
  ambulance "W". The key-facts box: heading "B", each figure line "W", the hotline "B".
* A Canadian broadcaster's explainer: "Social Sharing", the glued byline line ("Name · TPM News ·
  Posted: ... | Last Updated: ..."), "Listen to this article", "Estimated 6 minutes", the two audio
  notice sentences, "With files from ...", "ABOUT THE AUTHOR" and the bio, the corrections strip and
  the standards line are "B". A headline in two sentences ("Your rent is going up again." / "Here's
  what the new 2.2% cap means for you") is two "" sentences (a general claim and a teaser). "What you
  need to know" is a box heading, "B", like "Key points", and its bullets are labelled by content
  (the rules, "W"). The rules stated in the answers are "W"; the line telling readers what to do if
  a notice seems too high is advice, "B". "according to its annual report" keeps the report as
  written with the possessive.
* A wire agency's world brief: the roundup's title ("World News Briefs, Nov. 18") is a topic, "";
  "Compiled by the ONW world desk", the time line, each "• • •" separator, the combined
  "(Reporting by ...; Compiled by ...; Editing by ...)" line, the standards line and the copyright
  are "B". Each item's headline is labelled like a headline, and each item's capitals dateline is part
  of its first sentence; a pronoun or surname resolves only inside its own item. "Judges found" keeps
  "Judges" with the cue "found"; "His lawyer, X, said he would appeal." is a plan of record, "W";
  "according to a copy of the manifest seen by ONW" keeps the whole phrase; "The ferry's operator,
  Bluefin Maritime, did not respond to requests for comment." is labelled like "did not respond";
  "Dravenko, who has denied wrongdoing throughout, was led from court ..." carries no speaker (the
  denial sits in a relative clause). "Forecasters expect" is "" as in `labelled_new18.py`.
* A Caribbean letters page: the masthead's slogan line, the section's date line, each letter's
  salutation ("THE EDITOR, Sir:", "Dear Editor,", "Dear Sir,"), the stock opening formula ("Please
  allow me space in your newspaper to comment on ...", which carries no claim), "Yours etc.,", each
  signature name line, each place line, "Via email", the letters policy, the views disclaimer, "More
  Letters" with its items and the comment furniture are "B". Each letter's headline is labelled like
  a headline ("" for an opinion). The writers' own statements carry no speaker (figures and records
  "W", memories, feelings, rhetorical questions and appeals ""); "an agent told me" carries "an
  agent" with the cue "told me", "W" for what the authority's line said; "the Hon." is dropped; a
  document the writer cites ("The Water Authority's own schedule, posted at its Kingsport office,
  says") is kept as written, up to its comma. The "Editor's note:" that states what the authority
  said is "W" with "The Water Authority" and the cue "said", like the editor's note of
  `labelled_new20.py`.

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Indian national daily's politics story (State cabinet clears a farm loan waiver months before polls; ePaper lines, trending strip, Also Read | lines in the body, dateline with a colon, crore and lakh figures, said in a statement, With inputs from a wire, Topics, comment-moderation notes)",
    "Australian public broadcaster's rural story (zero water allocation for irrigators; Key points: box, Posted ..., updated ... line, bracketed caption credits, state abbreviations, Related: line, Topics line, acknowledgement of Country)",
    "Nigerian daily's business story (central bank raises its benchmark rate; naira figures, Mr and Mrs, Reading the communique, Recall that, the apex bank, a circular signed by a director, Also Read lines, donation box, commenter)",
    "Philippine news site's earthquake update (death toll, injured and missing; agency acronyms, Filipino quotes with translations, intensity list, radio interview, Related Stories, donations note)",
    "Irish regional paper's court report (drink-driver crashed into a pharmacy; court told headline, garda's evidence, told gardaí in interview, solicitor defending, victim impact statement, penalty, Elsewhere at ... District Court)",
    "straits daily's transport story (signal fault halts a rail line; AI summary box, names in Chinese, Malay and Tamil order, Mr and Madam, Telegram and WhatsApp channel lines, company-registration line)",
    "South African news site's load-shedding explainer (Stage 6 returns; question subheads, definition, stage table, analyst's forecast, a one-word answer, tips box)",
    "New Zealand news site's rugby semifinal report (come-from-behind win; photo credit, coach quoted over two paragraphs, READ MORE list, scoring lines, HT and card lines, referee, fixture of the final)",
    "Kenyan daily's health story (cholera outbreak kills six; CECM and MCA titles, ministry statement signed by the director-general, a denial, definition, key-facts box with hotline)",
    "Canadian public broadcaster's explainer (new rent-increase guideline; Social Sharing, glued byline line, audio notice, What you need to know bullets, question subheads, With files from, About the author)",
    "wire agency's world news brief (six datelined items: emergency powers vote, ferry disaster, rate decision, ex-mayor jailed, heat record, border talks; separators, photo credit, combined reporting line)",
    "Caribbean daily's letters to the editor page (water lock-offs, road deaths, a steel band; salutations, stock opening formula, Yours etc., signature and place lines, Via email, editor's note, letters policy)",
]

ARTICLES = [
    [  # 1. Indian national daily: State cabinet clears a farm loan waiver months before Assembly polls
        [("The Sahyog Times", "", "", "B")],
        [("Sunday, March 8, 2026 | Updated 11:42 AM IST", "", "", "B")],
        [("Today's ePaper | Subscribe | Sign In", "", "", "B")],
        [("Home | India | World | Cities | Opinion | Business | Sports | Entertainment | Elections 2026", "", "", "B")],
        [("Trending: Rajvana Polls · Budget 2026 · Gold Rate Today · Cricket Live Score", "", "", "B")],
        [("News / India / Politics", "", "", "B")],
        [("Rajvana cabinet clears ₹14,820-crore farm loan waiver months before Assembly polls", "", "", "W")],
        [("Opposition calls the move a ‘poll sop’, says the State cannot afford it", "Opposition", "calls", "")],
        [("Kavita Ramanujam-Sethi | Jayangar", "", "", "B")],
        [("Published: March 8, 2026 06:15 AM IST | 4 min read", "", "", "B")],
        [("Share: WhatsApp | Facebook | X | Copy link", "", "", "B")],
        [("Chief Minister Vishwajeet Tolani speaks to reporters after the cabinet meeting at the Secretariat in Jayangar on Saturday.", "", "", ""),
         ("(Photo: SPA)", "", "", "B")],
        [("JAYANGAR: The Rajvana cabinet on Saturday approved a ₹14,820-crore waiver of crop loans taken by small and marginal farmers, a little over three months before the State goes to the polls.", "", "", "W")],
        [("The waiver will cover loans of up to ₹2 lakh per farmer that were outstanding on December 31, 2025, and is expected to benefit about 31.6 lakh farmers, the Chief Minister's Office (CMO) said in a statement.", "the Chief Minister's Office", "said in a statement", "W"),
         ("Loans taken from cooperative banks, regional rural banks and commercial banks will all be covered, it said.", "the Chief Minister's Office", "said", "W")],
        [("“Our annadata carried this State through the droughts of 2023 and 2024.", "Vishwajeet Tolani", "said", "W"),
         ("Today we are returning a small part of that debt,” Chief Minister Vishwajeet Tolani said after the meeting.", "Vishwajeet Tolani", "said", "")],
        [("Also Read | Rajvana Assembly polls likely in June; EC team to visit State next week", "", "", "B")],
        [("Finance Minister Meenakshi Raghuvanshi said the first instalment of ₹5,000 crore would be released before March 31, and the rest in two tranches in the 2026-27 financial year.", "Meenakshi Raghuvanshi", "said", "W")],
        [("She said the government would not raise fresh borrowings to fund the scheme and that the money would come from savings in other departments and higher excise collections.", "Meenakshi Raghuvanshi", "said", "W")],
        [("The State's outstanding debt stood at ₹4.37 lakh crore at the end of 2024-25, or 31.2% of its gross State domestic product, according to the Accountant General's audit report tabled in the Assembly last month.", "the Accountant General's audit report tabled in the Assembly last month", "according to", "W")],
        [("Leader of the Opposition Dinesh Bhadauriya called the waiver “a poll sop paid for with the people's own money”.", "Dinesh Bhadauriya", "called", "")],
        [("“For four years this government told farmers there was no money.", "Dinesh Bhadauriya", "told reporters", ""),
         ("Now, with the model code of conduct round the corner, suddenly there is ₹14,820 crore,” Mr. Bhadauriya told reporters outside the Assembly.", "Dinesh Bhadauriya", "told reporters", "")],
        [("He alleged that only 41% of the farmers promised relief under the government's 2022 crop insurance top-up had received any money so far.", "Dinesh Bhadauriya", "alleged", "W")],
        [("The ruling Lok Nyay Party (LNP) rejected the charge.", "Lok Nyay Party", "rejected", "")],
        [("LNP spokesperson Shalini Mehrotra-Kaul said the party had promised the waiver in its 2021 manifesto and was only keeping its word.", "Shalini Mehrotra-Kaul", "said", "W")],
        [("“Should we have waited until after the elections so that the Opposition could not call it a poll sop?” she asked.", "Shalini Mehrotra-Kaul", "asked", "")],
        [("Advertisement", "", "", "B")],
        [("Ramkishan Jhajharia, president of the Rajvana Kisan Mahasabha, welcomed the decision but said the ₹2-lakh cap would leave out many farmers in the State's cotton belt, where loans are larger.", "Ramkishan Jhajharia", "said", "W")],
        [("“A cotton farmer in Bhimgarh district typically owes ₹3 lakh to ₹4 lakh.", "Ramkishan Jhajharia", "said", "W"),
         ("For him this waiver is half a meal,” he said.", "Ramkishan Jhajharia", "said", "")],
        [("Also Read | Cotton prices fall to three-year low as exports slow", "", "", "B")],
        [("A senior official in the Finance Department, who did not wish to be named, said the department had warned the cabinet in a note last month that the waiver would push the fiscal deficit above 3.5% of GSDP in 2026-27.", "A senior official in the Finance Department", "said", "W")],
        [("“The note is on file.", "A senior official in the Finance Department", "said", "W"),
         ("Whether anyone read it is another matter,” the official said.", "A senior official in the Finance Department", "said", "")],
        [("Economist Anirudh Seshachalam of the Jayangar Institute of Public Finance said loan waivers gave farmers short-term relief but did little to fix the causes of rural distress.", "Anirudh Seshachalam", "said", "")],
        [("Studies of earlier waivers in other States have found that banks cut fresh lending to farmers in the years that followed, he noted.", "Anirudh Seshachalam", "noted", "W")],
        [("The Election Commission is expected to announce the schedule for the 230-member Assembly by the first week of April.", "", "", "")],
        [("The LNP won 128 seats in the 2021 election, against 84 for the Rashtriya Jan Morcha (RJM), Mr. Bhadauriya's party.", "", "", "W")],
        [("(With inputs from SPA)", "", "", "B")],
        [("Also Read | LNP, RJM trade charges over ₹900-crore canal lining contract", "", "", "B")],
        [("Topics: Rajvana Farm Loan Waiver | Vishwajeet Tolani | Rajvana Assembly Elections 2026", "", "", "B")],
        [("Read this story in today's ePaper, Page 7", "", "", "B")],
        [("Download The Sahyog Times app for the latest news and e-paper", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Comments are moderated and will be published only after the site moderator's approval.", "", "", "B"),
         ("Please use a genuine email ID and provide your name.", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Gold price today: Yellow metal slips ₹310 in Jayangar", "", "", "B")],
        [("Rajvana Board Class 12 results likely in second week of May", "", "", "B")],
        [("About Us | Contact Us | Advertise With Us | Privacy Policy | Terms of Use | Grievance Redressal", "", "", "B")],
        [("Copyright © 2026 Sahyog Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Australian public broadcaster: zero water allocation for irrigators, Key points box
        [("Skip to main content", "", "", "B")],
        [("CPB News", "", "", "B")],
        [("Just In   For You   Politics   World   Business   Analysis   Sport   Rural   Local", "", "", "B")],
        [("CPB Rural", "", "", "B")],
        [("Kooloonga Valley irrigators face first zero water allocation in 18 years", "", "", "W")],
        [("By Tahlia Brenkworth and Dimitri Karagounis", "", "", "B")],
        [("CPB Rural", "", "", "B")],
        [("Posted Tue 3 Mar 2026 at 5:30am, updated Tue 3 Mar 2026 at 11:12am", "", "", "B")],
        [("Irrigator Bryce Wattlebury says he has never seen the Kooloonga River this low in March.", "Bryce Wattlebury", "says", ""),
         ("(CPB Rural: Tahlia Brenkworth)", "", "", "B")],
        [("Share article", "", "", "B")],
        [("Key points:", "", "", "B")],
        [("General security irrigators in the Kooloonga Valley will start the water year with a 0 per cent allocation", "", "", "W")],
        [("It is the first zero opening allocation since the 2007–08 season", "", "", "W")],
        [("The Water Minister says the decision reflects the lowest storage levels in almost two decades", "Kirrily Pollnitz", "says", "W")],
        [("Irrigators in South Karrawong's Kooloonga Valley have been told they will receive no water at the start of the new water year, the first zero opening allocation in 18 years.", "", "", "W")],
        [("The state's water regulator, WaterSK, announced on Monday that general security licence holders would start the 2026–27 season on 0 per cent, while high security users, including towns and permanent plantings, would receive 60 per cent.", "WaterSK", "announced", "W")],
        [("Combined storage in the valley's two major dams, Lake Mundaroo and Boolagong Dam, was 14.2 per cent on Monday, according to WaterSK figures.", "WaterSK figures", "according to", "W")],
        [("Third-generation irrigator Bryce Wattlebury grows cotton and wheat on 1,400 hectares near Wendabri.", "", "", "W")],
        [("He said the announcement was not a surprise but was still a blow.", "Bryce Wattlebury", "said", "")],
        [("“We planted 300 hectares of cotton last spring on the strength of a 35 per cent allocation, and we'll be lucky to finish it,” Mr Wattlebury said.", "Bryce Wattlebury", "said", "W")],
        [("“I've got two permanent staff and a seasonal crew of eight.", "Bryce Wattlebury", "said", ""),
         ("I don't know what I'm going to tell them in July.”", "Bryce Wattlebury", "said", "")],
        [("South Karrawong Water Minister Kirrily Pollnitz said the allocation reflected “the hard reality of what is in the dams”.", "Kirrily Pollnitz", "said", "")],
        [("“Inflows over the past 12 months have been the third-lowest on record,” she said.", "Kirrily Pollnitz", "said", "W")],
        [("“I understand how tough this is for irrigators and for the towns that depend on them.”", "Kirrily Pollnitz", "said", "")],
        [("Ms Pollnitz said allocations would be reviewed on the first and 15th of every month and could rise if there was significant rain in the catchment.", "Kirrily Pollnitz", "said", "W")],
        [("Related: Cotton growers brace for smallest crop in a decade", "", "", "B")],
        [("Kooloonga Valley Irrigators' Council chief executive Jodie Macready said the council would ask the state government for a drought support package for the valley's 640 irrigation businesses.", "Jodie Macready", "said", "W")],
        [("She said the council had also asked the government to pause its buyback of water licences in the valley, under which 38 gigalitres had been bought from willing sellers since 2024.", "Jodie Macready", "said", "W")],
        [("“Every licence the government buys is water that never comes back to this valley,” Ms Macready said.", "Jodie Macready", "said", "")],
        [("But environmental group Friends of the Kooloonga said the health of the river had to come first.", "Friends of the Kooloonga", "said", "")],
        [("Its spokeswoman, Rosalind Cheverton, said fish kills had been recorded at four sites downstream of Wendabri since December.", "Rosalind Cheverton", "said", "W")],
        [("“The river is not a tap you turn on for whoever shouts loudest,” she said.", "Rosalind Cheverton", "said", "")],
        [("Opposition water spokesman Damien Hollowell said the government had “sat on its hands” for two dry years.", "Damien Hollowell", "said", "")],
        [("Under the cross-border water sharing agreement, SK must let at least 95 gigalitres a year flow into the Gindara Territory (GT), even in drought years.", "", "", "W")],
        [("The weather bureau's latest outlook gives the catchment a 35 per cent chance of above-median rainfall between April and June.", "The weather bureau's latest outlook", "gives", "")],
        [("Lake Mundaroo was at 9 per cent of capacity on Monday.", "", "", "W"),
         ("(Supplied: WaterSK)", "", "", "B")],
        [("WaterSK will publish its next allocation statement on March 16.", "", "", "W")],
        [("Listen to Country Hour, weekdays from midday on CPB Local Radio", "", "", "B")],
        [("Topics: Agribusiness, Cotton, Drought, Irrigation, Water Management, Wendabri, SK", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Water buyback hits 38 gigalitres as valley towns count the cost", "", "", "B")],
        [("Fish kill reported near Wendabri weir for the second time this summer", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Interest rates on hold as inflation eases", "", "", "B")],
        [("Bushfire emergency warning downgraded near Tallowgum", "", "", "B")],
        [("CPB recognises the First Peoples of this continent as the Traditional Owners of the land, water and sky where our people live and work.", "", "", "B")],
        [("This service may include material from news agencies, which cannot be reproduced.", "", "", "B")],
        [("© 2026 Coolabah Public Broadcasting", "", "", "B")],
    ],
    [  # 3. Nigerian daily's business story: central bank raises its benchmark rate
        [("THE EKO MERCURY", "", "", "B")],
        [("Thursday, March 26, 2026", "", "", "B")],
        [("Home   News   Politics   Business   Economy   Sports   Metro   Opinion   Columns   Jobs", "", "", "B")],
        [("Business", "", "", "B")],
        [("CMA raises benchmark rate to 28.75%, retains CRR at 50%", "", "", "W")],
        [("Adaeze Ezeokafor", "", "", "B")],
        [("26th March 2026 | 5:47 am", "", "", "B")],
        [("Kindly share this story:", "", "", "B")],
        [("The Central Monetary Authority (CMA) has raised the Monetary Policy Rate (MPR), which benchmarks interest rates, by 50 basis points to 28.75 per cent from 28.25 per cent.", "", "", "W")],
        [("The Governor of the CMA, Mr Babatunde Okeniyi-Adeleye, announced this on Wednesday at the end of the two-day meeting of the bank's Monetary Policy Committee (MPC).", "Babatunde Okeniyi-Adeleye", "announced", "W")],
        [("He said 10 of the 12 members of the committee voted for the increase, while two voted to hold the rate.", "Babatunde Okeniyi-Adeleye", "said", "W")],
        [("The committee retained the Cash Reserve Ratio (CRR) at 50 per cent for commercial banks and 16 per cent for merchant banks, and left the asymmetric corridor around the MPR at +500/-100 basis points.", "", "", "W")],
        [("Reading the communique, Okeniyi-Adeleye said headline inflation, which eased to 23.1 per cent in February from 24.4 per cent in January, remained “unacceptably high”.", "Babatunde Okeniyi-Adeleye", "said", "W")],
        [("“The committee is of the view that the gains recorded in the last three months are fragile and must not be reversed by premature easing,” he said.", "Babatunde Okeniyi-Adeleye", "said", "")],
        [("He added that the naira had appreciated by 6.2 per cent at the official window since December, closing at ₦1,487.30 to the dollar on Tuesday.", "Babatunde Okeniyi-Adeleye", "added", "W")],
        [("Also Read: Recapitalisation: 14 banks meet ₦500bn capital threshold", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Recall that the MPC had raised the rate by 75 basis points at its January meeting, its first increase in almost a year.", "", "", "W")],
        [("Reacting to the decision, the Director-General of the Federation of Nigerian Industrialists (FNI), Dr. Segun Ayodeji-Bamgbose, said average lending rates to manufacturers already stood at 34.6 per cent and would rise further.", "Segun Ayodeji-Bamgbose", "said", "W")],
        [("“No manufacturer can borrow at 35 per cent and sell at a price Nigerians can afford.", "Segun Ayodeji-Bamgbose", "said in a statement", ""),
         ("The MPC is fighting inflation with a hammer, and our factories are the nails,” he said in a statement.", "Segun Ayodeji-Bamgbose", "said in a statement", "")],
        [("He said a survey by the federation had found that 412 of its member firms scaled down or shut operations in 2025.", "Segun Ayodeji-Bamgbose", "said", "W")],
        [("But the Managing Director of Ekoview Securities Limited, Mrs Ngozi Ekpenyong, described the decision as “a necessary evil”.", "Ngozi Ekpenyong", "described", "")],
        [("She told The Eko Mercury that the higher rate would keep naira assets attractive to foreign portfolio investors, who pulled about $1.8bn out of the market in the fourth quarter of 2025.", "Ngozi Ekpenyong", "told The Eko Mercury", "W")],
        [("“If the MPC had paused, you would have seen pressure on the naira within weeks,” Mrs Ekpenyong added.", "Ngozi Ekpenyong", "added", "")],
        [("Analysts at Gidiwealth Capital said in a note to clients that 11 of the 15 analysts the firm polled last week had expected an increase.", "Analysts at Gidiwealth Capital", "said in a note to clients", "W")],
        [("Equities on the Eko Stock Exchange fell 1.3 per cent on Wednesday, with banking shares leading the losses.", "", "", "W")],
        [("At the official window, the naira closed at ₦1,491.05 to the dollar on Wednesday, after the announcement.", "", "", "W")],
        [("Also Read: Naira gains at official window as CMA sells $300m to banks", "", "", "B")],
        [("Meanwhile, the apex bank said it would begin enforcing new cash withdrawal limits of ₦500,000 a week for individuals and ₦5m for companies from May 1.", "the apex bank", "said", "W")],
        [("In a circular signed by its Director, Banking Supervision, Mrs Folake Adesina, the bank said withdrawals above the limits would attract a processing fee of three per cent for individuals and five per cent for companies.", "the bank", "said", "W")],
        [("Traders at Okeodan Market told The Eko Mercury they feared the limits would slow business in what is still largely a cash market.", "Traders at Okeodan Market", "told The Eko Mercury", "")],
        [("The MPC will next meet on May 19 and 20.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Support Eko Mercury journalism", "", "", "B")],
        [("Independent journalism is not cheap.", "", "", "B"),
         ("If you value our reporting, please consider making a contribution of any amount.", "", "", "B")],
        [("Contribute", "", "", "B")],
        [("Join The Eko Mercury's WhatsApp channel for breaking business news", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("Chukwudi_O", "", "", "B")],
        [("Na the masses go carry this one again.", "", "", "B"),
         ("When last did a rate hike bring down the price of garri?", "", "", "B")],
        [("Reply", "", "", "B")],
        [("© 2026 Eko Mercury Newspapers Ltd.", "", "", "B"),
         ("No part of this website may be reproduced without the written permission of the publisher.", "", "", "B")],
        [("Contact: business@ekomercury.example", "", "", "B")],
    ],
    [  # 4. Philippine news site: earthquake update with casualty figures, intensity list, Related Stories
        [("Bantay Balita Online", "", "", "B")],
        [("News   Regions   Nation   Business   Sports   Entertainment   Lifestyle   Opinion   Videos", "", "", "B")],
        [("LIVE UPDATES: Magnitude 6.9 quake hits Sulangan", "", "", "B")],
        [("Regions", "", "", "B")],
        [("Sulangan quake death toll climbs to 23; 9 still missing", "", "", "W")],
        [("By Ma. Theresa Bongcawil", "", "", "B")],
        [("Published April 14, 2026 8:40 AM  |  Last updated April 14, 2026 6:05 PM", "", "", "B")],
        [("Rescuers search the collapsed wing of the Sta. Catalina Parish Church in Bagongtanaw, Sulangan, on Monday.", "", "", ""),
         ("(Photo courtesy of Sulangan PDRRMO)", "", "", "B")],
        [("CALIPAYAN CITY, Sulangan — The death toll from the magnitude 6.9 earthquake that struck Sulangan province on Sunday night has risen to 23, with 187 people injured and nine still missing, the provincial disaster office said Tuesday.", "the provincial disaster office", "said", "W")],
        [("Most of the fatalities were recorded in the towns of Bagongtanaw and Sta. Rufina, where old houses and a public market collapsed, according to a 3 p.m. situation report from the Sulangan Provincial Disaster Risk Reduction and Management Office (PDRRMO).", "a 3 p.m. situation report from the Sulangan Provincial Disaster Risk Reduction and Management Office", "according to", "W")],
        [("The Philippine Seismic and Volcanic Observatory (PSVO) said the quake struck at 9:47 p.m. Sunday at a depth of 12 kilometers, with its epicenter about 18 km southeast of Bagongtanaw.", "The Philippine Seismic and Volcanic Observatory", "said", "W"),
         ("It was tectonic in origin and was caused by movement along the Calipayan Fault, PSVO said.", "PSVO", "said", "W")],
        [("As of 6 a.m. Tuesday, PSVO had recorded 1,482 aftershocks, 27 of them strong enough to be felt.", "", "", "W")],
        [("PSVO Director Renato Dumaguing-Salvador warned that aftershocks of magnitude 5 or higher were possible in the coming days.", "Renato Dumaguing-Salvador", "warned", "")],
        [("“Huwag po munang bumalik sa mga bahay na may bitak (Please do not go back to houses with cracks yet),” he said in a press briefing.", "Renato Dumaguing-Salvador", "said in a press briefing", "")],
        [("Reported intensities (PSVO)", "", "", "B")],
        [("Intensity VII – Bagongtanaw, Sta. Rufina", "", "", "W")],
        [("Intensity VI – Calipayan City, Dalipe", "", "", "W")],
        [("Intensity V – Lumbang, Isla Tagpi", "", "", "W")],
        [("The National Calamity Management Council (NCMC) said in its morning bulletin that 11,906 families, or 46,210 people, had been affected in 38 barangays.", "The National Calamity Management Council", "said in its morning bulletin", "W"),
         ("Of these, 14,388 people were staying in 52 evacuation centers, while others chose to sleep in tents outside their homes, it said.", "The National Calamity Management Council", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Gov. Leopoldo Macasaet declared a state of calamity in the province on Monday, allowing the provincial government to tap its quick response fund.", "", "", "W")],
        [("In an interview over radio station DXBV, Macasaet said the province needed at least ₱180 million to repair schools, roads and the Calipayan provincial hospital, whose east wing was evacuated after cracks appeared in its walls.", "Leopoldo Macasaet", "said", "W")],
        [("Seven of the nine missing were last seen inside the Bagongtanaw public market when it collapsed, said Senior Fire Officer 2 Joel Pangilinan-Ortaliza of the Bureau of Fire Services.", "Joel Pangilinan-Ortaliza", "said", "W")],
        [("Retrieval operations were suspended for three hours on Monday afternoon after a magnitude 5.4 aftershock, he said.", "Joel Pangilinan-Ortaliza", "said", "W")],
        [("Vendor Rosalinda Umali-Tiu, 58, said she had just closed her stall when the ground began to shake.", "Rosalinda Umali-Tiu", "said", "")],
        [("“Akala ko katapusan na ng mundo (I thought it was the end of the world),” she said, crying.", "Rosalinda Umali-Tiu", "said", "")],
        [("Her nephew, who worked in the market's fish section, is among the missing.", "", "", "W")],
        [("READ: Sulangan quake: How and where to send help", "", "", "B")],
        [("The Department of Roads and Public Works (DRPW) said two bridges on the Calipayan–Bagongtanaw road were closed to all vehicles pending a structural assessment.", "The Department of Roads and Public Works", "said", "W")],
        [("The Department of Social Services and Relief (DSSR) said it had released ₱14.6 million worth of family food packs and had 48,000 more on standby in its regional warehouse.", "The Department of Social Services and Relief", "said", "W")],
        [("Classes at all levels were suspended in Bagongtanaw and Sta. Rufina until Friday, the provincial government said.", "the provincial government", "said", "W")],
        [("Power was restored in 70% of Calipayan City by Monday evening, the Sulangan Electric Cooperative (SULECO) said, but large parts of Bagongtanaw and Sta. Rufina remained without electricity.", "the Sulangan Electric Cooperative", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The quake was the strongest to hit the province since 1990, when a magnitude 7.1 quake killed 61 people, PSVO records show.", "PSVO records", "show", "W")],
        [("Related Stories", "", "", "B")],
        [("Classes suspended in Sulangan, Isla Tagpi as aftershocks continue", "", "", "B")],
        [("PSVO: No tsunami threat from Sulangan quake", "", "", "B")],
        [("IN PHOTOS: The morning after in Bagongtanaw", "", "", "B")],
        [("Donations may be coursed through the Sulangan provincial relief hub; see the provincial government's page for details.", "", "", "B")],
        [("Tags: Sulangan earthquake, PSVO, NCMC, disaster", "", "", "B")],
        [("Follow us on Facebook | X | YouTube | TikTok", "", "", "B")],
        [("© 2026 Bantay Balita Media, Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Irish regional paper's court report: drink-driver who crashed into a pharmacy, two short cases
        [("Glenanure Vindicator", "", "", "B")],
        [("News   Sport   GAA   Farming   Community Notes   Death Notices   Digital Edition", "", "", "B")],
        [("Subscribe   |   Log in", "", "", "B")],
        [("Court", "", "", "B")],
        [("Man who crashed into Tobercashel pharmacy was almost three times over limit, court told", "court", "told", "W")],
        [("Judge disqualifies Ballycorrig man from driving for four years and fines him €1,200", "", "", "W")],
        [("Eimear Ní Dhubhghaill-Crean", "", "", "B")],
        [("Wednesday, 11 February 2026 5:00 PM", "", "", "B")],
        [("The pharmacy on Main Street, Tobercashel, on the morning after the crash last August.", "", "", ""),
         ("Photo: Vindicator archive", "", "", "B")],
        [("A Ballycorrig man who crashed his car into the front of a pharmacy in Tobercashel town centre had almost three times the legal limit of alcohol in his system, Tobercashel District Court has heard.", "Tobercashel District Court", "has heard", "W")],
        [("Cormac Keaveney (34), of Cnoc an Aifrinn, Ballycorrig, pleaded guilty to drink driving and to dangerous driving causing damage on Main Street, Tobercashel, on August 23 last year.", "", "", "W")],
        [("Sergeant Niamh Ní Chaoimh told the court that gardaí were called to Main Street at 1.52am after a silver hatchback mounted the footpath and went through the front window of Mulqueeny's Pharmacy.", "Niamh Ní Chaoimh", "told the court", "W")],
        [("Nobody was injured, but the damage to the shop came to €38,400, she said.", "Niamh Ní Chaoimh", "said", "W")],
        [("The accused was found sitting in the driver's seat with the engine still running.", "", "", "W")],
        [("Sgt Ní Chaoimh said that when she asked him whether he had been drinking, he replied: “Only a few, I'm grand.”", "Niamh Ní Chaoimh", "said", "")],
        [("He later told gardaí in interview that he had drunk “four or five pints” at a wedding in Glenanure and believed he was fit to drive.", "Cormac Keaveney", "told gardaí", "W")],
        [("A breath test at Tobercashel Garda Station showed 61 micrograms of alcohol per 100 millilitres of breath, against a legal limit of 22.", "A breath test at Tobercashel Garda Station", "showed", "W")],
        [("READ MORE: Main Street traders call for bollards after pharmacy crash", "", "", "B")],
        [("Defending, solicitor Pádraig Ó Beoláin said his client was “mortified” and had paid the pharmacy's €5,000 insurance excess in full.", "Pádraig Ó Beoláin", "said", "W")],
        [("He said Mr Keaveney, a father of two who works as a sales representative, had lost his job as a result of the case.", "Pádraig Ó Beoláin", "said", "W")],
        [("“He is not here to make excuses.", "Pádraig Ó Beoláin", "said", ""),
         ("He made a very bad decision and he knows it,” Mr Ó Beoláin said.", "Pádraig Ó Beoláin", "said", "")],
        [("The court heard that the accused had one previous conviction, for speeding, in 2019.", "The court", "heard", "W")],
        [("Advertisement", "", "", "B")],
        [("Pharmacist Gráinne Mulqueeny said in a victim impact statement, read to the court by Sgt Ní Chaoimh, that the shop had been closed for nine days and that two staff had been on reduced hours until the window was replaced.", "Gráinne Mulqueeny", "said in a victim impact statement", "W")],
        [("“If it had happened at 1.52 in the afternoon instead of 1.52 in the morning, somebody would be dead,” she wrote.", "Gráinne Mulqueeny", "wrote", "")],
        [("Judge Siobhán Ní Ghrianna said the reading was “extraordinarily high” and that it was “pure luck” nobody had been on the footpath.", "Siobhán Ní Ghrianna", "said", "")],
        [("She said she accepted that the accused's remorse was genuine.", "Siobhán Ní Ghrianna", "said", "")],
        [("The judge fined Keaveney €1,200 on the drink-driving charge and disqualified him from driving for four years.", "", "", "W")],
        [("On the dangerous driving charge, she imposed a two-month prison sentence, suspended for 12 months on condition that he keep the peace and be of good behaviour.", "", "", "W"),
         ("Recognisances were fixed in the event of an appeal.", "", "", "W")],
        [("Elsewhere at Tobercashel District Court", "", "", "")],
        [("A 19-year-old Glenanure man found with cannabis worth €140 at the Harvest Moon festival at Tobercashel Castle last July was given the benefit of the Probation Act after he paid €300 to the Glenanure Community First Responders.", "", "", "W")],
        [("A Tobercashel publican was fined €250 for permitting drinking after hours at Tuohig's Corner House on Chapel Lane on December 27.", "", "", "W"),
         ("Judge Ní Ghrianna said she noted it was his first offence in 31 years as a licence holder.", "Siobhán Ní Ghrianna", "said", "W")],
        [("A Ballycorrig woman who had no television licence was fined €150 and given three months to pay.", "", "", "W")],
        [("Share this article", "", "", "B")],
        [("Related", "", "", "B")],
        [("Tobercashel Main Street reopens after pharmacy crash", "", "", "B")],
        [("Glenanure drink-driving detections up 18% in 2025", "", "", "B")],
        [("Get the Vindicator Weekly in your inbox every Thursday", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("This newspaper is a member of the press council and follows its Code of Practice.", "", "", "B")],
        [("© 2026 Vindicator Newspapers Ltd, Market Square, Glenanure, Co. Tobercashel.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. straits daily's transport story: signal fault halts a rail line, AI summary box, Telegram line
        [("The Straits Lantern", "", "", "B")],
        [("Home   Nation   Asia   World   Opinion   Life   Business   Tech   Sport   Videos   Podcasts", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("Nation › Transport", "", "", "B")],
        [("Signal fault halts Tembusu Line trains for six hours, affecting 11 stations", "", "", "W")],
        [("About 120,000 commuters hit; SerayaRail says backup system failed to kick in", "SerayaRail", "says", "W")],
        [("Toh Shu Ting", "", "", "B")],
        [("Transport Correspondent", "", "", "B")],
        [("Updated Apr 22, 2026, 07:45 PM", "", "", "B")],
        [("Published Apr 22, 2026, 11:20 AM", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Summary", "", "", "B")],
        [("A signal fault stopped trains between Tembusu Hill and Pasir Kemboja stations from 5.48am to about noon on April 22.", "", "", "W")],
        [("SerayaRail deployed 140 bridging buses; the TIB has asked for a full report within 14 days.", "", "", "W")],
        [("Commuters reported waits of up to an hour at bus stops near the affected stations.", "Commuters", "reported", "W")],
        [("AI-generated", "", "", "B")],
        [("Commuters queueing for bridging buses outside Pasir Kemboja station on April 22.", "", "", ""),
         ("LANTERN PHOTO: GAVIN PHUA JUN HAO", "", "", "B")],
        [("Train services on an 11-station stretch of the Tembusu Line were halted for about six hours on April 22 after a signal fault during the morning rush hour, affecting about 120,000 commuters.", "", "", "W")],
        [("Operator SerayaRail said the fault was detected at 5.48am in the signalling equipment room at Bukit Cendana station, shortly before the first trains were due to leave the depot.", "SerayaRail", "said", "W")],
        [("Trains between Tembusu Hill and Pasir Kemboja stations did not run until 11.56am, it said in an update on its app at noon.", "SerayaRail", "said in an update on its app", "W")],
        [("The rest of the 24-station line, which runs from Jalan Cengal to Pantai Serai, operated normally.", "", "", "W")],
        [("SerayaRail deployed 140 buses to run free bridging services between the affected stations, and regular bus services near the 11 stations were made free.", "", "", "W")],
        [("Speaking to reporters at Bukit Cendana station at about 2pm, SerayaRail group chief executive Kwek Boon Teck apologised to commuters and said a faulty power supply card in a signalling server had caused the disruption.", "Kwek Boon Teck", "said", "W")],
        [("“We know many of you were late for work and school this morning, and we are sorry,” said Mr Kwek.", "Kwek Boon Teck", "said", ""),
         ("“Our engineers are working with the manufacturer to find out why the backup card did not take over as it was designed to.”", "Kwek Boon Teck", "said", "")],
        [("He said the line's signalling system, installed in 2019, had run without a major fault for more than 700 days before April 22.", "Kwek Boon Teck", "said", "W")],
        [("Get breaking news on the go: join the Lantern's Telegram channel.", "", "", "B")],
        [("The Transit Infrastructure Board (TIB) said it had directed SerayaRail to submit a full report on the incident within 14 days.", "The Transit Infrastructure Board", "said", "W")],
        [("Senior Minister of State for Transport Azlan Mohd Shukri said in a statement that the TIB would consider whether to take enforcement action once its investigation was complete.", "Azlan Mohd Shukri", "said in a statement", "")],
        [("Under its operating licence, SerayaRail can be fined up to $1 million for each breach of the reliability standards set by the board.", "", "", "W")],
        [("In 2024, the TIB fined SerayaRail $620,000 over a power fault that halted the line for four hours.", "", "", "W")],
        [("Read more: Tembusu Line to get six more trains by 2027 to cut waiting times", "", "", "B")],
        [("Madam Rohani Abdul Latiff, 56, a cleaner who travels from Pantai Serai to an office in the city, said she waited 40 minutes for a bridging bus at Pasir Kemboja.", "Rohani Abdul Latiff", "said", "")],
        [("“The first two buses were already full when they reached us,” said Madam Rohani.", "Rohani Abdul Latiff", "said", ""),
         ("“My supervisor understood, but I lost half a day's pay.”", "Rohani Abdul Latiff", "said", "")],
        [("Polytechnic student Aravind Sundaresan, 22, said he missed a mid-term test that started at 8am.", "Aravind Sundaresan", "said", "")],
        [("Mr Aravind said his lecturer had agreed to let him sit it the following week.", "Aravind Sundaresan", "said", "")],
        [("Associate Professor Chia Khim Seng, a transport researcher at the Kemuning Institute of Technology, said a single failed card should not be able to bring down a whole section of a line.", "Chia Khim Seng", "said", "")],
        [("“Redundancy exists precisely so that one component cannot do this,” he said, adding that the operator should publish its findings in full.", "Chia Khim Seng", "said", "")],
        [("SerayaRail said commuters could download a travel chit from its website as proof of delay for employers and schools.", "SerayaRail", "said", "")],
        [("Join the Lantern's WhatsApp channel and get the day's must-reads in one place.", "", "", "B")],
        [("More on this topic", "", "", "B")],
        [("Tembusu Line fault: What went wrong in the signalling room", "", "", "B")],
        [("Forum: Bridging buses were too few and too slow", "", "", "B")],
        [("Sign up for Lantern Commute, our weekday transport newsletter", "", "", "B")],
        [("Terms & Conditions   Data Protection Policy   Advertise With Us   Contact Us", "", "", "B")],
        [("Straits Lantern Media Ltd. Co. Regn. No. 198403117K", "", "", "B")],
        [("Copyright © 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. South African news site's load-shedding explainer: question subheads, stage table, tips box
        [("Mzansi Wire", "", "", "B")],
        [("News  |  Politics  |  Business  |  Sport  |  Lifestyle  |  Opinion  |  Load-shedding", "", "", "B")],
        [("LOAD-SHEDDING TODAY: Stage 6 from 16:00  ·  Check your schedule", "", "", "B")],
        [("Explainers", "", "", "B")],
        [("EXPLAINER | Stage 6 is back: what it means for you and how long it could last", "", "", "")],
        [("Ezweni Power has moved to Stage 6 load-shedding for the first time since 2024.", "", "", "W"),
         ("Here's what you need to know.", "", "", "B")],
        [("Thandeka Zondwa-Booysen", "", "", "B")],
        [("Published: 12 June 2026 | 13:05", "", "", "B")],
        [("Updated: 12 June 2026 | 16:40", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Candles on sale at a spaza shop in Langeni Gardens during load-shedding on Thursday evening.", "", "", ""),
         ("Picture: Sizwe Kekana/Mzansi Wire", "", "", "B")],
        [("Ezweni Power announced at 11:00 on Thursday that Stage 6 load-shedding would be implemented from 16:00 until further notice, after eight generating units broke down in less than 24 hours.", "Ezweni Power", "announced", "W")],
        [("It is the first time the country has been at Stage 6 since November 2024.", "", "", "W")],
        [("What is load-shedding?", "", "", "")],
        [("Load-shedding is a planned, rotating cut in electricity supply to different areas, used when there is not enough power to meet demand.", "", "", "")],
        [("Without it, the national grid could become unstable and collapse, leading to a total blackout that could take days or weeks to reverse, according to the utility.", "the utility", "according to", "W")],
        [("What does Stage 6 mean?", "", "", "")],
        [("Each stage allows Ezweni Power to remove up to 1,000 megawatts (MW) from the grid.", "", "", "W")],
        [("At Stage 6, up to 6,000MW is shed, which means most households can expect to be without power for two to four hours at a time, two or three times a day.", "", "", "W")],
        [("How the stages compare", "", "", "B")],
        [("Stage | Power shed | Typical outages per day", "", "", "B")],
        [("Stage 2 | up to 2,000MW | 1 or 2 slots of 2 hours", "", "", "")],
        [("Stage 4 | up to 4,000MW | 2 or 3 slots of 2 hours", "", "", "")],
        [("Stage 6 | up to 6,000MW | 3 slots of 2 to 4 hours", "", "", "")],
        [("Source: Ezweni Power", "", "", "B")],
        [("Why has it happened now?", "", "", "")],
        [("Ezweni Power chief operating officer Mpho Raseroka said 17,940MW of generating capacity was unavailable on Thursday morning because of breakdowns, against the utility's winter planning limit of 13,500MW.", "Mpho Raseroka", "said", "W")],
        [("“We lost two units at Kwanyoni and two at Matlakeng overnight, and we could not cover the gap with our diesel peaking stations for more than a few hours,” she told a media briefing.", "Mpho Raseroka", "told a media briefing", "W")],
        [("She said diesel spending had already reached R6.2 billion this financial year, against a budget of R4.5 billion.", "Mpho Raseroka", "said", "W")],
        [("How long will it last?", "", "", "")],
        [("Nobody can say for certain.", "", "", "")],
        [("Ezweni Power said it expected to reduce load-shedding to Stage 4 by Sunday if three of the broken units returned to service as planned.", "Ezweni Power", "said", "")],
        [("Independent energy analyst Dr Ayesha Cassim-Steyn called that “optimistic”.", "Ayesha Cassim-Steyn", "called", "")],
        [("“The fleet is old, winter demand is peaking and the utility has cut its maintenance budget twice in two years.", "Ayesha Cassim-Steyn", "said", "W"),
         ("I would plan for Stage 4 to 6 for at least two weeks,” she said.", "Ayesha Cassim-Steyn", "said", "")],
        [("ALSO READ | Diesel bill hits R6.2bn as utility runs peaking stations around the clock", "", "", "B")],
        [("How do I find my schedule?", "", "", "")],
        [("Check your municipality's website or Ezweni Power's online schedule, which lists every suburb by block.", "", "", "B"),
         ("Apps such as ShedWatch send a notification before each slot, but schedules can change at short notice when the stage changes.", "", "", "B")],
        [("Will my bill go down?", "", "", "")],
        [("No.", "", "", "W"),
         ("Municipal tariffs are charged per kilowatt-hour used, so you pay only for the electricity you actually receive, but the fixed monthly service charge still applies.", "", "", "W")],
        [("What is being done about it?", "", "", "")],
        [("Electricity Minister Lwazi Gumede-Harmse said on Thursday that the government would take an emergency plan to buy 2,500MW of battery storage and gas-fired power to the Cabinet meeting next Wednesday.", "Lwazi Gumede-Harmse", "said", "W")],
        [("Opposition parties have called for the utility's board to be dissolved.", "Opposition parties", "have called", "")],
        [("The consumer group Power Users Forum said Stage 6 would cost the economy about R1.2 billion a day, citing a 2023 estimate by the central bank.", "Power Users Forum", "said", "W")],
        [("Tips for Stage 6", "", "", "B")],
        [("Keep phones and power banks charged during the hours you have power.", "", "", "B")],
        [("Switch off geysers and pool pumps before power returns to reduce the surge on the network.", "", "", "B")],
        [("Never run a generator or gas heater indoors.", "", "", "B")],
        [("Tags: Load-shedding   Ezweni Power   Electricity", "", "", "B")],
        [("Mzansi Wire subscribes to the Press Code and the independent press ombud.", "", "", "B")],
        [("Get our morning newsletter: the day's news before you've had your coffee.", "", "", "B")],
        [("© 2026 Mzansi Wire (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. New Zealand news site's rugby match report: semifinal, scoring lines, fixture line
        [("Kōkako News", "", "", "B")],
        [("Kia ora   |   Sign in   |   Subscribe", "", "", "B")],
        [("Home   Aotearoa   World   Business   Climate   Sport   Entertainment   Life & Style   Travel", "", "", "B")],
        [("Sport › Rugby › Kahurangi Cup", "", "", "B")],
        [("Ruatapu double sends Kāhu into Kahurangi Cup final", "", "", "W")],
        [("Manukōwhai come from 10 points down to end the Storm's 11-match unbeaten run", "", "", "W")],
        [("Hamish Coldstream", "", "", "B")],
        [("Sports reporter", "", "", "B")],
        [("Sat, Sep 19, 2026 · 10:04pm", "", "", "B")],
        [("5 mins to read", "", "", "B")],
        [("Kāhu wing Tane Ruatapu dives over for his second try at Matarākau Park.", "", "", "W"),
         ("Photo / Jared Tawhiri-Paku", "", "", "B")],
        [("Tane Ruatapu scored two tries in eight second-half minutes as the Manukōwhai Kāhu came from 10 points down to beat the Tūrangiwai Storm 31-24 in the Kahurangi Cup semifinal at Matarākau Park on Saturday night.", "", "", "W")],
        [("The Kāhu will meet the Kaitāwhiri Falcons in the final after the Falcons beat Pūrerua Rovers 28-19 in Whareatea on Friday.", "", "", "W")],
        [("The Kāhu's only first-half points came from fullback Josh Tukino's try in the 22nd minute.", "", "", "W")],
        [("The Storm led 17-7 at halftime after tries to No 8 Viliami Taufahema and hooker Rawiri Poutama-Moana, both converted by first five-eighth Conor Lafferty, who also kicked a penalty.", "", "", "W")],
        [("But the home side's forwards took control after the break.", "", "", "")],
        [("Kāhu lock Sione Mafileo crashed over from a lineout drive in the 48th minute, and Ruatapu finished twice down the right touchline in the 56th and 64th minutes, the second after a 60-metre break by Tukino.", "", "", "W")],
        [("First five Liam Eastwood converted all four tries and kicked a penalty to finish with 11 points.", "", "", "W")],
        [("Storm prop Tevita Halaholo was yellow-carded in the 62nd minute for a deliberate knock-on.", "", "", "W")],
        [("The Storm hit back through winger Ezra Malaeulu in the 71st minute but could not find a way through in a frantic final five minutes.", "", "", "W")],
        [("Kāhu coach Mere Kawhia-Bridger said her side had been “flat as a pancake” in the first half.", "Mere Kawhia-Bridger", "said", "")],
        [("“I didn't say much at halftime.", "Mere Kawhia-Bridger", "told reporters", ""),
         ("I didn't need to – the boys knew,” Kawhia-Bridger told reporters.", "Mere Kawhia-Bridger", "told reporters", "")],
        [("“Tane's been finishing like that at training for weeks.", "Mere Kawhia-Bridger", "told reporters", ""),
         ("It was only a matter of time before he did it on a Saturday night.”", "Mere Kawhia-Bridger", "told reporters", "")],
        [("She said Mafileo had failed a head injury assessment in the 73rd minute and would miss the final.", "Mere Kawhia-Bridger", "said", "W")],
        [("Storm captain Viliami Taufahema said his side had let the game slip through ill-discipline.", "Viliami Taufahema", "said", "")],
        [("The Storm conceded nine penalties in the second half to the Kāhu's three, according to match statistics.", "match statistics", "according to", "W")],
        [("“You can't give a side like that that many shots at goal and expect to win,” he said.", "Viliami Taufahema", "said", "")],
        [("A crowd of 8412 attended, the biggest at the ground since it was redeveloped in 2021.", "", "", "W")],
        [("Ruatapu now has 11 tries in 10 matches this season, the most in the competition.", "", "", "W")],
        [("READ MORE:", "", "", "B")],
        [("* Falcons hold off Rovers to reach first final since 2017", "", "", "B")],
        [("* Kahurangi Cup: Who's in, who's out for semifinal weekend", "", "", "B")],
        [("Manukōwhai Kāhu 31 (Tane Ruatapu 2, Sione Mafileo, Josh Tukino tries; Liam Eastwood 4 cons, pen)", "", "", "W")],
        [("Tūrangiwai Storm 24 (Viliami Taufahema, Rawiri Poutama-Moana, Ezra Malaeulu tries; Conor Lafferty 3 cons, pen)", "", "", "W")],
        [("HT: Tūrangiwai 17-7", "", "", "W")],
        [("Yellow card: Tevita Halaholo (Tūrangiwai, 62')", "", "", "W")],
        [("Referee: Aniwa Herangi-Scott", "", "", "")],
        [("Kahurangi Cup final: Manukōwhai Kāhu v Kaitāwhiri Falcons, Matarākau Park, Saturday, 7.05pm", "", "", "W")],
        [("Kahurangi Cup standings", "", "", "B")],
        [("See full table", "", "", "B")],
        [("Get the best of Kōkako Sport in your inbox every Monday", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Kōkako News is a member of the media council.", "", "", "B"),
         ("Find out how to make a complaint.", "", "", "B")],
        [("© 2026 Kōkako Media Ltd", "", "", "B")],
    ],
    [  # 9. Kenyan daily's health story: cholera outbreak, ministry statement, key-facts box
        [("THE SAVANNA POST", "", "", "B")],
        [("Home | News | Counties | Politics | Business | Health | Sports | Opinion | ePaper | Premium", "", "", "B")],
        [("Health", "", "", "B")],
        [("Cholera outbreak in Kipsoni kills six as cases rise to 214", "", "", "W")],
        [("Health officials blame contaminated water from the Chepsiro River as families in informal settlements wait for boreholes promised in 2024", "Health officials", "blame", "W")],
        [("By Barasa Ombati", "", "", "B")],
        [("Tuesday, April 07, 2026 | 2:22 pm", "", "", "B")],
        [("Health workers at the cholera treatment centre set up at Kipsoni Sub-County Hospital on Monday.", "", "", ""),
         ("Photo | Tobias Chelule | Savanna Post", "", "", "B")],
        [("Six people have died of cholera in Kipsoni County in the past 12 days, and 214 cases have been recorded in four sub-counties, health officials said on Monday.", "health officials", "said", "W")],
        [("Kipsoni County Executive Committee Member (CECM) for Health Dr Miriam Cherono Tuitoek said 31 patients were still admitted at the cholera treatment centre at Kipsoni Sub-County Hospital, three of them in serious condition.", "Miriam Cherono Tuitoek", "said", "W")],
        [("She said laboratory tests had confirmed Vibrio cholerae in samples taken from the Chepsiro River, which residents of the Kapkures and Sosiot settlements use for drinking and washing.", "Miriam Cherono Tuitoek", "said", "W")],
        [("“Most of our cases are from households that draw water directly from the river without boiling or treating it,” Dr Tuitoek said.", "Miriam Cherono Tuitoek", "said", "W"),
         ("“We are appealing to residents to boil all drinking water and to wash their hands with soap after visiting the toilet.”", "Miriam Cherono Tuitoek", "said", "")],
        [("She said the county had set up oral rehydration points in Kapkures and Sosiot.", "Miriam Cherono Tuitoek", "said", "W")],
        [("Also Read: Ministry issues cholera alert for 11 counties", "", "", "B")],
        [("The Ministry of Health, in a statement signed by Director-General for Health Dr Patrick Amollo Wafula, said it had dispatched a rapid response team and 5,000 doses of oral cholera vaccine to the county.", "The Ministry of Health", "said", "W")],
        [("The statement said the case fatality rate in Kipsoni stood at 2.8 per cent, above the 1 per cent the ministry uses as its threshold for an outbreak under control.", "The statement", "said", "W")],
        [("Kapkures resident Nancy Jepkemboi Chelimo, 34, said her two children fell sick on the same night last week.", "Nancy Jepkemboi Chelimo", "said", "")],
        [("“They were vomiting and had diarrhoea until morning.", "Nancy Jepkemboi Chelimo", "said", ""),
         ("We carried the younger one to hospital on a boda boda because there was no ambulance,” she said.", "Nancy Jepkemboi Chelimo", "said", "W")],
        [("She said the family had been buying water from vendors at Sh20 for a 20-litre jerrycan but could no longer afford it.", "Nancy Jepkemboi Chelimo", "said", "W")],
        [("In 2024, the county government promised to drill 12 boreholes in Kapkures and Sosiot under a Sh86 million project.", "", "", "W"),
         ("Only two have been completed, according to the county's 2025/26 budget implementation report.", "the county's 2025/26 budget implementation report", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Kapkures MCA Hon. Elijah Kipkorir Chumo told the Savanna Post that money for the remaining boreholes had been moved to road works in the supplementary budget passed in October.", "Elijah Kipkorir Chumo", "told the Savanna Post", "W")],
        [("“The people of Kapkures were told to wait for roads.", "Elijah Kipkorir Chumo", "said", ""),
         ("Now they are burying their relatives,” he said.", "Elijah Kipkorir Chumo", "said", "")],
        [("Water CECM Paul Kiprugut Saina denied that the money had been diverted, saying the remaining 10 boreholes would be drilled by September.", "Paul Kiprugut Saina", "denied", "")],
        [("The Kipsoni branch secretary of the National Nurses and Midwives Union, Gladys Moraa Nyaboke, said the treatment centre had only eight nurses for 31 patients.", "Gladys Moraa Nyaboke", "said", "W")],
        [("“Our members are working 16-hour shifts.", "Gladys Moraa Nyaboke", "said", "W"),
         ("Some have not been paid their March salaries,” she said.", "Gladys Moraa Nyaboke", "said", "W")],
        [("Also Read: Nurses threaten strike over delayed salaries in five counties", "", "", "B")],
        [("Cholera is an acute diarrhoeal infection caused by eating food or drinking water contaminated with the bacterium Vibrio cholerae.", "", "", ""),
         ("It can kill within hours if untreated, but most patients recover with prompt oral rehydration.", "", "", "W")],
        [("The last major outbreak in the county, in 2023, infected 1,104 people and killed 19, according to ministry data.", "ministry data", "according to", "W")],
        [("CHOLERA IN KIPSONI: KEY FACTS", "", "", "B")],
        [("Cases recorded since March 26: 214", "", "", "W")],
        [("Deaths: 6", "", "", "W")],
        [("Sub-counties affected: Kipsoni Central, Kapkures, Sosiot, Lelmokwo", "", "", "W")],
        [("Toll-free hotline: 0800 721 316", "", "", "B")],
        [("Follow the Savanna Post on WhatsApp for the latest county news.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Sh2.4bn hospital equipment deal under probe", "", "", "B")],
        [("Form Four candidates to sit exams in October, says ministry", "", "", "B")],
        [("© 2026 Savanna Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Canadian public broadcaster's explainer: rent-increase guideline, What you need to know bullets
        [("Skip to Main Content", "", "", "B")],
        [("TPM News", "", "", "B")],
        [("Menu   Search   Sign In", "", "", "B")],
        [("Lakemount", "", "", "B")],
        [("Your rent is going up again.", "", "", ""),
         ("Here's what the new 2.2% cap means for you", "", "", "")],
        [("Province sets 2026 guideline at 2.2%, the lowest since 2021, but tenant groups say it doesn't go far enough", "tenant groups", "say", "W")],
        [("Social Sharing", "", "", "B")],
        [("Mireille Ouellon · TPM News · Posted: Oct 02, 2026 4:00 AM EDT | Last Updated: 3 hours ago", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Estimated 6 minutes", "", "", "B")],
        [("This article's audio is read by a synthetic voice.", "", "", "B"),
         ("Mispronunciations can occur.", "", "", "B")],
        [("Tenants and supporters rally outside the provincial legislature in Lakemount in June.", "", "", ""),
         ("(Dawit Tesfaye-Lemieux/TPM)", "", "", "B")],
        [("What you need to know", "", "", "B")],
        [("Most landlords can raise rent by no more than 2.2% in 2026, down from 2.8% this year.", "", "", "W")],
        [("The cap applies to increases that take effect between Jan. 1 and Dec. 31, 2026.", "", "", "W")],
        [("Units first occupied after Nov. 15, 2018, are exempt.", "", "", "W")],
        [("Landlords can apply to the tenancy board for a bigger increase if they've done major repairs.", "", "", "W")],
        [("Landlords in the province will be allowed to raise rents by no more than 2.2 per cent next year, Housing Minister Daniel Wiebe-Nolan announced Wednesday.", "Daniel Wiebe-Nolan", "announced", "W")],
        [("“Families told us loud and clear that they can't keep absorbing the increases of the last few years,” Wiebe-Nolan said at a news conference in Lakemount.", "Daniel Wiebe-Nolan", "said", ""),
         ("“A 2.2 per cent guideline protects tenants while still giving landlords room to cover their costs.”", "Daniel Wiebe-Nolan", "said", "")],
        [("What is the rent increase guideline?", "", "", "")],
        [("The guideline is set each year at the average change in the province's consumer price index over the 12 months to August, and can't be higher than 2.5 per cent under a law passed in 2019.", "", "", "W")],
        [("This year, inflation over that period averaged 2.2 per cent, according to the provincial statistics bureau.", "the provincial statistics bureau", "according to", "W")],
        [("Does it apply to me?", "", "", "")],
        [("The guideline covers most private rental units, including apartments, houses, basement suites and rented condos.", "", "", "W"),
         ("It doesn't apply to social housing, long-term care homes or units first occupied as homes after Nov. 15, 2018.", "", "", "W")],
        [("That exemption, brought in by the previous government to encourage construction, means tenants in newer buildings can face increases of any size, as long as their landlord gives 90 days' written notice.", "", "", "W")],
        [("Landlords can only raise the rent once every 12 months.", "", "", "W")],
        [("The province has about 412,000 renter households, according to the most recent census.", "the most recent census", "according to", "W")],
        [("What if my landlord asks for more?", "", "", "")],
        [("A landlord who wants more than 2.2 per cent must apply to the Residential Tenancy Board for an above-guideline increase, usually to cover major repairs or a big jump in property taxes.", "", "", "W")],
        [("The board approved 1,184 such applications in 2025, up from 612 in 2022, according to its annual report.", "its annual report", "according to", "W")],
        [("If you get a notice for an increase that seems too high, contact the board or a community legal clinic before you pay it.", "", "", "B")],
        [("What are tenants and landlords saying?", "", "", "")],
        [("Ruth Kasongo-Bellerose, an organizer with the Lakemount Tenants' Union, said the guideline meant little to the roughly one in four renters in the city who live in exempt units.", "Ruth Kasongo-Bellerose", "said", "W")],
        [("“You can't call it protection when a quarter of us aren't covered,” she told TPM News.", "Ruth Kasongo-Bellerose", "told TPM News", "")],
        [("The Small Landlords' Alliance said the cap was “unsustainable” given rising insurance, mortgage and maintenance costs.", "The Small Landlords' Alliance", "said", "")],
        [("Its president, Gord Hrabchuk, said insurance premiums for small rental buildings had risen by an average of 19 per cent in two years.", "Gord Hrabchuk", "said", "W")],
        [("Economist Priya Raghavendran-Joly, who runs the housing lab at Lakemount Polytechnic, said the cap on its own would not bring rents down.", "Priya Raghavendran-Joly", "said", "")],
        [("“The average asking rent for a vacant one-bedroom in Lakemount is $1,890, up 41 per cent since 2020.", "Priya Raghavendran-Joly", "said", "W"),
         ("The guideline does nothing for people who have to move,” she said.", "Priya Raghavendran-Joly", "said", "")],
        [("Vacant units aren't covered by the guideline, so landlords can set any rent for a new tenant.", "", "", "W")],
        [("With files from Sanjay Basu-Renaud", "", "", "B")],
        [("ABOUT THE AUTHOR", "", "", "B")],
        [("Mireille Ouellon is a reporter with TPM News in Lakemount who covers housing and city hall.", "", "", "B"),
         ("You can reach her at mireille.ouellon@tpm.example.", "", "", "B")],
        [("Corrections and clarifications | Submit a news tip | Report error", "", "", "B")],
        [("TPM's Journalistic Standards and Practices", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Lakemount asking rents hit another record in August", "", "", "B")],
        [("What renters in new buildings need to know about the exemption", "", "", "B")],
        [("©2026 Taiga Public Media", "", "", "B")],
    ],
    [  # 11. wire agency's world brief: six datelined items, photo, separators, credits
        [("ORBIS NEWSWIRE", "", "", "B")],
        [("World   Business   Markets   Sport   Photos   Video   Fact Check", "", "", "B")],
        [("World", "", "", "B")],
        [("World News Briefs, Nov. 18", "", "", "")],
        [("Compiled by the ONW world desk", "", "", "B")],
        [("Nov. 18, 2026 6:00 PM GMT", "", "", "B")],
        [("Vandoria extends emergency powers for fourth time", "", "", "W")],
        [("KARESH, Vandoria (ONW) — Vandoria's parliament voted 212-147 on Wednesday to extend the government's emergency powers for a further six months, as several thousand people protested outside the building.", "", "", "W")],
        [("Prime Minister Teodor Halvani said the powers were needed to stop “foreign-funded sabotage” of the country's energy grid.", "Teodor Halvani", "said", "")],
        [("Opposition leader Mira Sennet-Valko said the extension, the fourth since 2024, had turned an emergency into “a system of government”.", "Mira Sennet-Valko", "said", "W")],
        [("Police said 41 people were detained.", "Police", "said", "W")],
        [("The emergency law allows the government to ban public gatherings and to hold suspects for up to 10 days without charge.", "", "", "W")],
        [("• • •", "", "", "B")],
        [("Ferry capsizes off Esterland, killing at least 17", "", "", "W")],
        [("PORT ELLIMAR, Esterland (ONW) — At least 17 people died when a passenger ferry capsized in rough seas off Esterland's southern coast late on Tuesday, the coast guard said.", "the coast guard", "said", "W")],
        [("The Sea Tern, which was licensed to carry 120 passengers, had 163 people on board, according to a copy of the manifest seen by ONW.", "a copy of the manifest seen by ONW", "according to", "W")],
        [("Rescuers pulled 131 survivors from the water, and 15 people were still missing on Wednesday.", "", "", "W")],
        [("The ferry's operator, Bluefin Maritime, did not respond to requests for comment.", "Bluefin Maritime", "did not respond to requests for comment", "")],
        [("Rescuers carry a survivor ashore at Port Ellimar on Wednesday.", "", "", ""),
         ("ONW/Rafael Lobbenberg", "", "", "B")],
        [("• • •", "", "", "B")],
        [("Qadira's central bank holds rates at 9.5%", "", "", "W")],
        [("MERAZ, Qadira (ONW) — Qadira's central bank kept its main interest rate at 9.5% on Wednesday, as expected, saying inflation was falling more slowly than it had forecast.", "Qadira's central bank", "saying", "W")],
        [("Annual inflation was 7.8% in October, down from 11.2% in June.", "", "", "W")],
        [("Governor Leyla Othmani-Rahal told reporters that a cut in December was “not off the table”.", "Leyla Othmani-Rahal", "told reporters", "")],
        [("• • •", "", "", "B")],
        [("Former capital mayor jailed for nine years", "", "", "W")],
        [("TERBRUCK, Zorvath (ONW) — A court in Zorvath sentenced the former mayor of the capital, Emil Dravenko, to nine years in prison on Wednesday for taking bribes worth 2.4 million lurens from construction companies.", "", "", "W")],
        [("Judges found that Dravenko accepted cash and a holiday villa in exchange for city contracts between 2019 and 2023.", "Judges", "found", "W")],
        [("His lawyer, Ines Karvolak, said he would appeal.", "Ines Karvolak", "said", "W")],
        [("Dravenko, who has denied wrongdoing throughout, was led from court in handcuffs.", "", "", "W")],
        [("• • •", "", "", "B")],
        [("Solvanza records hottest November day", "", "", "W")],
        [("LUZERA, Solvanza (ONW) — Temperatures reached 46.3 degrees Celsius in the southern city of Luzera on Wednesday, a national record for November, the state weather service said.", "the state weather service", "said", "W")],
        [("Schools in three provinces were closed, and the health ministry said hospitals had treated 1,260 people for heat-related illness since Sunday.", "the health ministry", "said", "W")],
        [("Forecasters expect the heat to ease by the weekend.", "Forecasters", "expect", "")],
        [("• • •", "", "", "B")],
        [("Kelmar and Dunravia resume border talks", "", "", "W")],
        [("VESTRAL, Kelmar (ONW) — Kelmar and Dunravia resumed talks on their disputed border on Wednesday for the first time in 14 months, Kelmar's foreign ministry said.", "Kelmar's foreign ministry", "said", "W")],
        [("Neither side gave details of the agenda.", "", "", "")],
        [("A ceasefire along the 80-kilometre Lisgara ridge has held since March, according to observers from the regional security organisation.", "observers from the regional security organisation", "according to", "W")],
        [("(Reporting by Hanne Ostrik in Karesh, ONW bureaus in Port Ellimar, Meraz, Terbruck, Luzera and Vestral; Compiled by Dev Mallari; Editing by Paulette Ibsen)", "", "", "B")],
        [("How we report: the Orbis Newswire editorial code.", "", "", "B")],
        [("© 2026 Orbis Newswire.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be republished without a licence.", "", "", "B")],
    ],
    [  # 12. Caribbean daily's letters page: three letters, salutations and signatures, editor's note
        [("THE LEEWARD SENTINEL", "", "", "B")],
        [("St. Marisse's Newspaper of Record Since 1948", "", "", "B")],
        [("Home | News | Business | Sports | Entertainment | Letters | Editorial | Columns | Obituaries | E-Paper | Classifieds", "", "", "B")],
        [("Letters", "", "", "B")],
        [("Letters to the Editor | Sunday, March 15, 2026 | 12:08 AM", "", "", "B")],
        [("Morne Cachet has suffered the water lock-offs long enough", "", "", "")],
        [("THE EDITOR, Sir:", "", "", "B")],
        [("For the past seven weeks, residents of Morne Cachet have received pipe-borne water on only two days a week, and on some of those days the pressure is so low that nothing reaches the houses on the upper road.", "", "", "W")],
        [("I have lived in this community for 38 years and I have never seen it this bad.", "", "", "")],
        [("The Water Authority's own schedule, posted at its Kingsport office, says Morne Cachet should receive water on Mondays, Wednesdays and Fridays.", "The Water Authority's own schedule", "says", "W"),
         ("Not once since January has that schedule been kept.", "", "", "W")],
        [("When I called the authority's customer line on March 9, an agent told me that a pump at the Rivière Doucette station had been damaged and that parts were “on the way” from overseas.", "an agent", "told me", "W"),
         ("That is the same explanation we were given in 2024.", "", "", "")],
        [("Meanwhile, the Minister of Public Utilities, the Hon. Clement Joachim-Laroque, told Parliament in February that EC$14 million had been set aside to replace the pumps at Rivière Doucette this year.", "Clement Joachim-Laroque", "told Parliament", "W"),
         ("Where is that money?", "", "", "")],
        [("Elderly people on my street are carrying buckets up the hill, and children are going to school without bathing.", "", "", ""),
         ("Something must be done before somebody gets sick.", "", "", "")],
        [("Yvette Charlemagne", "", "", "B")],
        [("Morne Cachet", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Speed bumps alone won't stop the carnage on the East Coast Road", "", "", "")],
        [("Dear Editor,", "", "", "B")],
        [("Please allow me space in your newspaper to comment on the spate of deaths on the East Coast Road.", "", "", "B")],
        [("According to the traffic department of the Police Force, 11 people have died on the stretch between Pointe Gravier and Anse Lavoutte since January 2025, five of them pedestrians.", "the traffic department of the Police Force", "according to", "W")],
        [("The Ministry of Works responded last month by installing six speed bumps near the Pointe Gravier primary school.", "", "", "W"),
         ("Speed bumps are a start, but they are not a plan.", "", "", "")],
        [("The road has no sidewalk for most of its length, and the streetlights between the Lavoutte bridge and the gas station have not worked since Hurricane Marceline in 2024.", "", "", "W")],
        [("I drive that road twice a day, and I have watched minibuses overtake on the blind bend at Cap Chardon at 80 kilometres an hour.", "", "", "")],
        [("Why are there no traffic officers there on weekend nights, when most of the crashes happen?", "", "", "")],
        [("I urge the Minister to meet the residents before another family has to bury a child.", "", "", "")],
        [("Yours etc.,", "", "", "B")],
        [("Desmond Felicien-Auguste", "", "", "B")],
        [("Pointe Gravier", "", "", "B")],
        [("Hats off to the Bois Canot Harmonites", "", "", "")],
        [("Dear Sir,", "", "", "B")],
        [("I wish to congratulate the young members of the Bois Canot Harmonites on winning the junior panorama competition on February 28, their first title since 2011.", "", "", "W")],
        [("Most of these children practise in an open yard with no roof, and the band raised the EC$9,000 for its new tenor pans by selling cakes and washing cars.", "", "", "W"),
         ("They are a credit to our island.", "", "", "")],
        [("Marjorie Blaize-Tondeur", "", "", "B")],
        [("Via email", "", "", "B")],
        [("Editor's note: The Water Authority said on Friday that a replacement pump would be installed at Rivière Doucette by March 31.", "The Water Authority", "said", "W")],
        [("Send your letters to letters@leewardsentinel.example or P.O. Box 411, Kingsport.", "", "", "B"),
         ("Letters must include the writer's full name, address and telephone number, and may be edited for length and clarity.", "", "", "B")],
        [("The views expressed in letters are those of the writers and not necessarily those of The Leeward Sentinel.", "", "", "B")],
        [("More Letters", "", "", "B")],
        [("Teachers deserve better than another promise", "", "", "B")],
        [("Bring back the Sunday bus to the north", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Join the discussion…", "", "", "B")],
        [("Copyright © 2026 Leeward Sentinel Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- Indian daily: Rs. and Mr. with stops mid-sentence, Also Read lines ---------------------------
    ("n24-rs-crore-mister", "The first instalment of Rs. 5,000 crore will be released before March 31. Mr. Bhadauriya called it a poll sop.",
     ["The first instalment of Rs. 5,000 crore will be released before March 31.", "Mr. Bhadauriya called it a poll sop."]),
    ("n24-also-read-pipe", "Also Read | Cotton prices fall to three-year low as exports slow\nRamkishan Jhajharia welcomed the decision but said the ₹2-lakh cap was too low.",
     ["Also Read | Cotton prices fall to three-year low as exports slow", "Ramkishan Jhajharia welcomed the decision but said the ₹2-lakh cap was too low."]),
    # --- Australian broadcaster: posted/updated line, Key points bullets without stops -----------------
    ("n24-posted-key-points", "Posted Tue 3 Mar 2026 at 5:30am, updated Tue 3 Mar 2026 at 11:12am\nKey points:\nGeneral security irrigators will start the water year on 0 per cent\nIt is the first zero opening allocation since the 2007–08 season",
     ["Posted Tue 3 Mar 2026 at 5:30am, updated Tue 3 Mar 2026 at 11:12am", "Key points:", "General security irrigators will start the water year on 0 per cent", "It is the first zero opening allocation since the 2007–08 season"]),
    # --- Nigerian business: i.e. mid-sentence, Dr. and Mrs. before names --------------------------------
    ("n24-naira-ie", "Withdrawals above the limit attract a 3 per cent fee, i.e. ₦15,000 on a ₦500,000 excess. The MPC will next meet on May 19 and 20.",
     ["Withdrawals above the limit attract a 3 per cent fee, i.e. ₦15,000 on a ₦500,000 excess.", "The MPC will next meet on May 19 and 20."]),
    ("n24-dr-mrs-titles", "Reacting, Dr. Segun Ayodeji-Bamgbose said lending rates would rise. But Mrs. Ngozi Ekpenyong described the decision as “a necessary evil”.",
     ["Reacting, Dr. Segun Ayodeji-Bamgbose said lending rates would rise.", "But Mrs. Ngozi Ekpenyong described the decision as “a necessary evil”."]),
    # --- Philippine disaster update: Brgy./Sta., a.m. ending a sentence, intensity lines ----------------
    ("n24-brgy-sta", "Most deaths were in Brgy. Poblacion of Sta. Rufina town. PSVO said the quake struck at 9:47 p.m. Sunday.",
     ["Most deaths were in Brgy. Poblacion of Sta. Rufina town.", "PSVO said the quake struck at 9:47 p.m. Sunday."]),
    ("n24-am-ends", "Retrieval resumed at 6 a.m. The search went on into the night, and by 6 a.m. Tuesday 1,482 aftershocks had been recorded.",
     ["Retrieval resumed at 6 a.m.", "The search went on into the night, and by 6 a.m. Tuesday 1,482 aftershocks had been recorded."]),
    ("n24-intensity-lines", "Reported intensities (PSVO)\nIntensity VII – Bagongtanaw, Sta. Rufina\nIntensity VI – Calipayan City, Dalipe",
     ["Reported intensities (PSVO)", "Intensity VII – Bagongtanaw, Sta. Rufina", "Intensity VI – Calipayan City, Dalipe"]),
    # --- Irish court report: age in brackets, Sgt. and Co. abbreviations --------------------------------
    ("n24-irish-age-sgt", "Cormac Keaveney (34), of Cnoc an Aifrinn, Ballycorrig, pleaded guilty. Sgt. Ní Chaoimh told the court that gardaí were called at 1.52am.",
     ["Cormac Keaveney (34), of Cnoc an Aifrinn, Ballycorrig, pleaded guilty.", "Sgt. Ní Chaoimh told the court that gardaí were called at 1.52am."]),
    ("n24-co-county", "© 2026 Vindicator Newspapers Ltd, Market Square, Glenanure, Co. Tobercashel. All rights reserved.",
     ["© 2026 Vindicator Newspapers Ltd, Market Square, Glenanure, Co. Tobercashel.", "All rights reserved."]),
    # --- straits daily: a quoted question before its attribution, dotted times, registration line -------
    ("n24-quote-question", "“Why did the backup card not take over?” asked Assoc Prof Chia Khim Seng. Mr Kwek said engineers were checking.",
     ["“Why did the backup card not take over?” asked Assoc Prof Chia Khim Seng.", "Mr Kwek said engineers were checking."]),
    ("n24-dotted-times", "The fault was detected at 5.48am. Trains did not run until 11.56am, it said.",
     ["The fault was detected at 5.48am.", "Trains did not run until 11.56am, it said."]),
    ("n24-co-regn", "Straits Lantern Media Ltd. Co. Regn. No. 198403117K\nGet breaking news on the go: join the Lantern's Telegram channel.",
     ["Straits Lantern Media Ltd. Co. Regn. No. 198403117K", "Get breaking news on the go: join the Lantern's Telegram channel."]),
    # --- load-shedding explainer: a table pasted as lines, a one-word answer ----------------------------
    ("n24-stage-table", "How the stages compare\nStage | Power shed | Typical outages per day\nStage 2 | up to 2,000MW | 1 or 2 slots of 2 hours",
     ["How the stages compare", "Stage | Power shed | Typical outages per day", "Stage 2 | up to 2,000MW | 1 or 2 slots of 2 hours"]),
    ("n24-no-answer", "Will my bill go down? No. Municipal tariffs are charged per kilowatt-hour used.",
     ["Will my bill go down?", "No.", "Municipal tariffs are charged per kilowatt-hour used."]),
    # --- rugby report: No 8 without a stop, scoring lines with brackets and semicolons ------------------
    ("n24-no8-position", "The Storm led 17-7 at halftime after tries to No 8 Viliami Taufahema and hooker Rawiri Poutama-Moana. But the home side's forwards took control after the break.",
     ["The Storm led 17-7 at halftime after tries to No 8 Viliami Taufahema and hooker Rawiri Poutama-Moana.", "But the home side's forwards took control after the break."]),
    ("n24-scoring-lines", "Manukōwhai Kāhu 31 (Tane Ruatapu 2, Sione Mafileo, Josh Tukino tries; Liam Eastwood 4 cons, pen)\nHT: Tūrangiwai 17-7\nReferee: Aniwa Herangi-Scott",
     ["Manukōwhai Kāhu 31 (Tane Ruatapu 2, Sione Mafileo, Josh Tukino tries; Liam Eastwood 4 cons, pen)", "HT: Tūrangiwai 17-7", "Referee: Aniwa Herangi-Scott"]),
    # --- Canadian explainer: abbreviated months inside a date range ------------------------------------
    ("n24-month-abbrev", "The cap applies to increases that take effect between Jan. 1 and Dec. 31, 2026. Units first occupied after Nov. 15, 2018, are exempt.",
     ["The cap applies to increases that take effect between Jan. 1 and Dec. 31, 2026.", "Units first occupied after Nov. 15, 2018, are exempt."]),
    # --- wire brief: separator, headline and dateline in a row ----------------------------------------
    ("n24-brief-separator", "Police said 41 people were detained.\n• • •\nFerry capsizes off Esterland, killing at least 17\nPORT ELLIMAR, Esterland (ONW) — At least 17 people died when a ferry capsized late on Tuesday, the coast guard said.",
     ["Police said 41 people were detained.", "• • •", "Ferry capsizes off Esterland, killing at least 17", "PORT ELLIMAR, Esterland (ONW) — At least 17 people died when a ferry capsized late on Tuesday, the coast guard said."]),
    # --- letters page: salutation, St. and P.O. Box --------------------------------------------------
    ("n24-letter-salutation", "THE EDITOR, Sir:\nI wish to congratulate the Bois Canot Harmonites of St. Marisse on their win. Send your letters to P.O. Box 411, Kingsport.",
     ["THE EDITOR, Sir:", "I wish to congratulate the Bois Canot Harmonites of St. Marisse on their win.", "Send your letters to P.O. Box 411, Kingsport."]),
]  # fmt: skip
