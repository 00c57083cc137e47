"""Nineteenth set of new hand-labelled pages for the hint engines (tuning set): ten page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product and number is invented (a few
countries, currencies, units and generic institutions such as "the House" appear only as places,
units and settings), and no surname, town or outlet of any file under `tests/` is reused (each was
checked with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head
to tail, as a new user pastes it as plain text after selecting all in a browser, so every furniture
line is a paragraph of its own. The ten pages are kinds the earlier sets lack or have only once: a
parliamentary debate in the style of an official report, a regional paper's Crown Court report, a
police force's witness appeal page, a primary school's newsletter pasted from an email, a tabloid
story of one-line paragraphs, a budget listicle, a recipe page carrying a short food-price news
item, a translated story from an Italian paper's English edition, a fact check with a claim box and
a mobile-web paste of a local story with an app banner and an in-app poll. The three things they
stress are (1) furniture of every kind worded afresh, at the head, in the middle and at the tail
(column and time markers, "Hon. Members: Hear, hear!", "[Interruption.]", chair's procedural turns,
"Contempt of court" notes, sentence panels, reference and "Call 101 quoting" lines, text-relay and
BSL lines, email headers, term-date and diary boxes, "Unsubscribe", pull quotes and their name
lines, picture-agency credits, "Jump to:" strips, budget calculators, recipe cards with ratings,
ingredients, numbered steps, "Print recipe" and reviews, Italian menus and bilingual labels,
translator's notes, claim boxes, numbered sources, "Open in app", "Tap to read more" and polls);
(2) who is speaking (labels with constituency and party, interventions, a member citing others
inside a turn, "the hon. Member for ..." resolved to a name, "Prosecutor X told the court", "For
X, Y said", a judge's remarks over paragraphs, "fumed" and "blasted", "A source at the council
told The Daily Blare:", bracketed original terms beside sources and cues, "the post said", "did not
respond to our messages"); (3) honest check-worthiness, with many ordinary borderline sentences of
both kinds. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new18.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; captions by content and credits "B"; standfirsts, deks and
subheads labelled like headlines, question and topic subheads ""; kickers, mastheads, widgets,
polls, tickers and share strips "B"; fact-box headings "B" with their lines by content; a pull
quote repeated from the text "B" with its attribution line; related lists, "Read more" lines,
author bios, comment furniture and readers' comments "B"; reader-service lines and advice to
readers "B", advice spoken by a quoted official keeping its speaker with flags ""; a police appeal
addressed to readers and the "Call 101 ..." line "B", what officers are doing "W"; email header
lines, "View in browser", greetings, sign-offs and email footers "B"; fact-check "Claim:" lines by
content, "Claimed by:", "Where:" and rating lines "B", the verdict sentence "", numbered sources
one "B" sentence each; "Open in app" and "…more" truncations as in `labelled_new4.py`; transcript
labels as cues with the full name as speaker and a paragraph continuing a turn keeping both;
"Prosecuting, X said" and "Defending, X said" dropping the role word, "the court heard" keeping
"the court", what a court ordered carrying no speaker and the sentence of record "W"; a quote in
another language with its translation in brackets ONE sentence; plans, votes and fixtures "W",
forecasts ""; titles, honorifics and role words dropped from speakers; a pronoun, a later surname
or a role noun resolved to the full name as first given; "the council", "the company" and the like
kept as written; "declined to comment", "did not respond" and their kin labelled like speech with
flags ""; what a court, board or House DID carries no speaker; glued furniture items without full
stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* An official report of a debate: a member's label ("Nerys Caddwell-Pengelow (Cresswater and Holm)
  (Mut):", later "Nerys Caddwell-Pengelow:") and a minister's label ("The Parliamentary
  Under-Secretary of State for ... (Hywel Strattan-Boyce):") work like transcript labels: the
  speaker is the person's full name (constituency, party and office dropped), the cue is the label
  as written, and every sentence of the turn carries both, including what the member reports
  others said or wrote inside the turn ("the Board wrote to me", a constituent's words): the
  member is the source a reviewer names, as with a quote inside a quote. "I beg to move," and the
  motion's wording under it are "" with the member as speaker (a procedural formula, not a claim).
  An intervention phrased as "Does the hon. Lady accept that [figure]?" asserts the figure and is
  "W"; other questions in interventions ("Will the hon. Lady give way?") are "". "The hon. Member
  for Quillinghurst Heath told the House ..." resolves the constituency to that member's full name only
  when it stands OUTSIDE a turn; inside a turn the turn's label decides. The chair's procedural
  turns ("Mr Speaker: Order.", "I call the Minister.") are "B" sentence by sentence, like a media
  adviser's; so are "Hon. Members: Hear, hear!", "[Interruption.]" (its own "B" sentence even inside
  a turn, like "[Laughs]"), "Several hon. Members rose—", column markers, time stamps, volume lines,
  "Previous debate / Next debate" and the edited-record notice. "Question put and agreed to." and
  "Resolved, That ..." are the House's decisions of record, "W", with no speaker; the debate's
  title is a name, "".
* A Crown Court report: "Prosecutor X told the court" drops the role word like "Prosecuting";
  "For [co-defendant], Y said" drops the phrase the same way (speaker Y, cue "said"); "the court
  was told" keeps "the court" with the cue "was told", like "the court heard". A judge's remark
  over two quoted sentences keeps her as speaker; a checkable remark inside it ("These buildings
  have stood for 600 years.") is "W". The "The sentences" panel is a fact panel: heading "B", each
  defendant's line "W". The "Contempt of court" heading and every sentence under it are "B", like
  a reporting-restriction note; "Comments are off" in the share strip is "B".
* A police force's appeal page: the force's own account of the collision, the arrest and bail are
  "W" with no speaker, and so is an update stating what officers have done ("We have now spoken to
  23 witnesses ..."); the reference line, "How to help" and every contact route under it, the
  anonymous-charity line, the description of the car the force wants to trace and "We would still
  like to hear from ..." are the appeal, "B"; the CCTV caption is labelled by content ("", a scene).
  The text-relay, BSL and "change text size" lines of the accessibility footer are "B".
* A school newsletter from an email: the head teacher's message carries no speaker, like a
  newsletter writer's: attendance, inspection, festival results and stated plans "W", thanks and
  feelings "", a vague promise to write again ""; "The county council has told us" keeps "The
  county council" with the cue "has told us". The reminders are advice to parents, "B", except a
  plan stated as news ("Year 3 swimming lessons start on Monday 23 March ...", "W"). The "Term
  dates" and "Dates for your diary" boxes are "B" line by line, like the ticket box of
  `labelled_new17.py` and an events diary: listings for readers, not claims of the newsletter's
  items; the PTA section's own figures are "W" with no speaker.
* A tabloid story: the "EXCLUSIVE" kicker, the comment count, the pull quotes and their capitals
  name lines, "Credit: ..." lines, the video card, the tip-line, "MORE ON ..." and "MOST READ ..."
  lists are "B"; the capitals tag glued to the headline is part of it; captions with a capitals
  tag ("FUMING: ...") are labelled by content ("W" when they state the fine). "fumed", "blasted"
  and "told The Daily Blare" are cues as written (a colon after them is not part of the cue, as
  with "said:"); a quote opened with "fumed:" and continued in the next one-line paragraph keeps the
  speaker and the cue "fumed". "Figures obtained by The Daily
  Blare show" keeps the data as written; "She has tabled a motion ..." is an act of record, "W",
  with no speaker.
* A listicle: each numbered item heading ("2. Fuel duty goes up by 3p a litre in September") is a
  subhead labelled by content, the number part of the sentence ("" for a topic or a forecast like
  "1. Your income tax bill will keep creeping up"); "Here is what we learned." is "B" like "Here is
  what we know."; the "Jump to:" strip and the budget calculator (heading, input, button) are "B".
  A figure from a forecaster's published document ("according to the Fiscal Forecasting Office's
  figures published alongside the budget") is "W", as in `labelled_new15.py`.
* A recipe page carrying a news item: everything belonging to the recipe (title, rating, "Jump to
  recipe", the blurb, timings, "Ingredients" and each ingredient, "Method" and each numbered step,
  the tip, "Print recipe", nutrition, "Rate this recipe", reviews and "More ..." lists) is "B" line
  by line, whatever figures it states: it is other content of the page, like classifieds; the
  "Food news" label and the item's byline are "B"; the item itself is labelled as news.
* A translated story: an original term in brackets after an English one ("birth unit (punto
  nascita)") is part of the sentence and never part of the speaker or the cue ("The local health
  authority (Azienda sanitaria locale, ASL Serrana Nord) said" -> speaker "The local health
  authority", cue "said"; "he told the regional council (consiglio regionale)" -> cue "told the
  regional council"). A translator's note in square brackets that explains a term is a definition,
  "", like a glossary line; the translator's note on the edition ("quotations were translated ..."),
  "Translated from the Italian by ...", "This article first appeared in Italian ...", Italian menus
  and bilingual labels glued on one line are "B". A body that "decided" carries no speaker. A
  committee whose name is translated ("The committee “Born in the Valley” (Nascere in Valle)")
  is named by its English name, the descriptor dropped.
* A fact check: "What we found" is a heading like "Key findings", "B", with its bullets by
  content; "The verdict" is "B" like "Our ruling"; the page's summary sentence before the verdict
  ("The £1.2 million was spent on 46 shelters, not one, ...") is "W" and "The claim is misleading."
  is ""; "the post said" keeps the post as written; "Cllr X told Plumbwarden ..." is resolved like
  any later reference; "The administrators of ... did not respond to our messages" is labelled
  like "did not respond". The "Spotted a claim ...?" prompt and the charter line are "B".
* A mobile-web paste: odd spacing (a space before a comma or a full stop, double spaces, a
  no-break space inside a figure) is kept as written and does not change how a sentence is split
  or labelled; "Tap to read more", the app banner, "Listen · Share · Save", the poll (heading,
  question, each option with its share, the vote count, the caveat) and "Tap to see comments" are
  "B". A standfirst whose source is a company's role noun ("Buyer promises ...") keeps it as
  written, like a body; "The sale is expected to be completed in September." is a forecast, "".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "official report of a parliamentary debate on rural flood defences (skip link, record masthead, breadcrumb, volume line, time stamps, member and minister labels with constituency and party, I beg to move, interventions, Does the hon. Lady accept, Hon. Members: Hear, hear!, chair's Order, [Interruption.], column marker, Several hon. Members rose, Question put and agreed to, Resolved, edited-record notice)",
    "regional paper's Crown Court report, lead stolen from church roofs (masthead with founding line, caption and credit, prosecutor told the court, the court heard / was told, victim personal statement, Defending and For X, judge's remarks over paragraphs, The sentences panel, detective's quote, Contempt of court note, most read)",
    "police force's witness appeal page, hit-and-run (999/101 strip, reference line, force's own account, arrest and bail, sergeant's quote with an appeal inside it, How to help with 101 and online routes, anonymous charity line, update stamp and update, other appeals, text relay and BSL footer)",
    "primary school newsletter pasted from an email (From/Date/Subject/To, view in browser, masthead and motto, head teacher's message without a speaker, the county council has told us, sign-off, reminders, From the PTA, term dates and diary boxes, unsubscribe footer)",
    "tabloid story of one-line paragraphs, pensioner's bin fine (EXCLUSIVE kicker, capitals tag in headline, comment count, capitals-tag captions and agency credits, fumed: quotes over paragraphs, figures obtained by the paper, councillor blasted, source told the paper, pull quotes with name lines, council spokesperson, did not respond, video card, tip line, MORE ON and MOST READ lists)",
    "national paper's budget listicle, 7 things we learned (section kicker, double byline, Jump to strip, numbered item headings, forecaster's published figures, shadow chancellor, trade guild, campaign group, budget calculator widget mid-list, public health researcher, What happens next, Read more lines, topics, newsletter prompt)",
    "recipe page carrying a food-price news item (site nav, recipe title and rating, jump-to strip, blurb, Food news box with byline, price tracker's figures, canner's managing director, analyst expects, recipe timings, ingredients, numbered method steps, tip, Print recipe, nutrition, rate and reviews, more recipes)",
    "Italian regional paper's English edition, birth unit closure (Italian menu, bilingual read-in label, machine-translation line, translated-by line, bracketed original terms beside sources and cues, translator's notes explaining terms, quote in Italian with translation, regional councillor, mayor, health authority and it, committee with translated name, opposition councillor, first-appeared line, company registration line)",
    "fact-check site, a viral claim about a £1.2m bus shelter (claim box with Claimed by, Where and Our rating, What we found bullets, the post said, councillor who repeated it, cabinet papers and contract register as sources, council spokesperson told Plumbwarden, consultant, What the claimant says, did not respond to our messages, The verdict, numbered sources, Spotted a claim prompt)",
    "mobile-web paste of a local story, pier sold for £1 (app banner, Open in app, menu glyph, odd spacing before commas and full stops, no-break space in a figure, Listen/Share/Save strip, Tap to read more, council leader, firm's chief executive, friends group chair, quick poll with options and vote count, comments prompt, more-from list)",
]

ARTICLES = [
    [  # 1. official report of a Commons debate: rural flood defences, labels, interventions, chair's turns
        [("Skip to main content", "", "", "B")],
        [("The Chamber Record  ·  Official Report of proceedings", "", "", "B")],
        [("Sittings   Written answers   Written statements   Divisions   Search the record", "", "", "B")],
        [("Home › Commons › Wednesday 11 March 2026 › Flood Defences: Rural Communities", "", "", "B")],
        [("Flood Defences: Rural Communities", "", "", "")],
        [("Volume 781: debated on Wednesday 11 March 2026", "", "", "B")],
        [("‹ Previous debate      Next debate ›", "", "", "B")],
        [("Copy link to this debate   ·   Download as text   ·   Watch this sitting", "", "", "B")],
        [("2.41 pm", "", "", "B")],
        [("Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut): I beg to move,", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "")],
        [("That this House has considered flood defence funding for rural communities.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "")],
        [("It is a pleasure to open this debate, and I thank the Backbench Business Committee for granting it.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", ""),
         ("I also thank the 41 Members from all parts of the House who supported the application.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "W")],
        [("Three times in the past four winters the River Quenvale has burst its banks at Holmscarth, and three times the same 140 homes have been flooded.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "W"),
         ("The flood wall promised to those families in 2019 has still not been built.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "W")],
        [("In January the Floodwater and Rivers Board wrote to me to say that the scheme had been put back to 2029 because its estimated cost had risen from £6.8 million to £11.2 million.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "W")],
        [("My constituent Ivy Marshallsea, who has lived on Mill Row in Holmscarth for 52 years, keeps her photographs in the loft and her sofa on bricks.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", ""),
         ("She told me, “Every time it rains at night, I sit up and listen to the river.”", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow (Cresswater and Holm) (Mut):", "")],
        [("Gideon Ashthorpe (Quillinghurst Heath) (Shire): Will the hon. Lady give way?", "Gideon Ashthorpe", "Gideon Ashthorpe (Quillinghurst Heath) (Shire):", "")],
        [("Nerys Caddwell-Pengelow: I will give way briefly.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "")],
        [("Gideon Ashthorpe: Does the hon. Lady accept that the Government have spent £5.2 billion on flood defences since 2021, more than any Government in any comparable period?", "Gideon Ashthorpe", "Gideon Ashthorpe:", "W")],
        [("Nerys Caddwell-Pengelow: I accept the figure, but the hon. Gentleman knows that less than a fifth of it has been spent in communities of fewer than 3,000 people.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "W"),
         ("That is not my figure; it is in the Board's own annual report, on page 64.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "W")],
        [("Hon. Members: Hear, hear!", "", "", "B")],
        [("Mr Speaker: Order.", "", "", "B"),
         ("Interventions must be short, and so must the replies to them.", "", "", "B")],
        [("Nerys Caddwell-Pengelow: I am grateful, Mr Speaker.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", ""),
         ("The formula the Board uses to rank schemes counts the value of the property protected, so a scheme that protects a shopping centre will always beat one that protects a village.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "W"),
         ("Holmscarth scored 0.4 on that measure; the threshold for funding is 1.0.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "W")],
        [("Priya Menhinick-Sokunbi (Tamberlow Vale) (Mut): My hon. Friend is making a powerful case.", "Priya Menhinick-Sokunbi", "Priya Menhinick-Sokunbi (Tamberlow Vale) (Mut):", ""),
         ("In my constituency the village of Saxendon Parva lost its only road out for nine days in November, and the county council has told me that repairing the bridge alone will cost £2.4 million.", "Priya Menhinick-Sokunbi", "Priya Menhinick-Sokunbi (Tamberlow Vale) (Mut):", "W"),
         ("Does she agree that a formula that cannot see a village cut off for nine days is not fit for purpose?", "Priya Menhinick-Sokunbi", "Priya Menhinick-Sokunbi (Tamberlow Vale) (Mut):", "")],
        [("Nerys Caddwell-Pengelow: I agree entirely.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", ""),
         ("[Interruption.]", "", "", "B"),
         ("The hon. Member for Quillinghurst Heath shakes his head, but the Board's own chief executive told the Environment Committee on 3 February that the formula was “overdue for review”.", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "W")],
        [("Column 418", "", "", "B")],
        [("Several hon. Members rose—", "", "", "B")],
        [("Mr Speaker: I call the Minister.", "", "", "B")],
        [("2.58 pm", "", "", "B")],
        [("The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce): I congratulate the hon. Member for Cresswater and Holm on securing the debate and on the way she has spoken for her constituents.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", "")],
        [("Let me start with the figures.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", ""),
         ("Since 2021 this Government have completed 312 flood defence schemes, which together better protect about 118,000 homes.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", "W"),
         ("Of those schemes, 96 were in places with fewer than 3,000 residents.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", "W")],
        [("The hon. Lady is right that the Holmscarth scheme has been delayed.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", "W"),
         ("I can tell the House that I have asked the Board to bring forward its detailed design, and it has agreed to start work on site in April 2028, a year earlier than planned.", "Hywel Strattan-Boyce", "The Parliamentary Under-Secretary of State for Environment and Rural Affairs (Hywel Strattan-Boyce):", "W")],
        [("Gideon Ashthorpe: Will the Minister give way?", "Gideon Ashthorpe", "Gideon Ashthorpe:", "")],
        [("Hywel Strattan-Boyce: I give way to my hon. Friend.", "Hywel Strattan-Boyce", "Hywel Strattan-Boyce:", "")],
        [("Gideon Ashthorpe: I thank the Minister.", "Gideon Ashthorpe", "Gideon Ashthorpe:", ""),
         ("The hon. Member for Cresswater and Holm told the House that less than a fifth of the money had reached small communities.", "Gideon Ashthorpe", "Gideon Ashthorpe:", "W"),
         ("Is it not the case that the rule she describes was changed two years ago?", "Gideon Ashthorpe", "Gideon Ashthorpe:", "")],
        [("Hywel Strattan-Boyce: My hon. Friend is right.", "Hywel Strattan-Boyce", "Hywel Strattan-Boyce:", ""),
         ("The partnership funding rules were changed in April 2024 so that schemes can now count the value of farmland and of any road that is a community's only way out, and 22 rural schemes have been approved under the new rules.", "Hywel Strattan-Boyce", "Hywel Strattan-Boyce:", "W"),
         ("I accept that none of them is yet in Cresswater and Holm.", "Hywel Strattan-Boyce", "Hywel Strattan-Boyce:", "W")],
        [("Nerys Caddwell-Pengelow: Will the Minister meet me and the residents of Holmscarth?", "Nerys Caddwell-Pengelow", "Nerys Caddwell-Pengelow:", "")],
        [("Hywel Strattan-Boyce: I will be happy to meet the hon. Lady, and I will visit Holmscarth before the summer recess.", "Hywel Strattan-Boyce", "Hywel Strattan-Boyce:", "W")],
        [("3.19 pm", "", "", "B")],
        [("Question put and agreed to.", "", "", "W")],
        [("Resolved,", "", "", "W")],
        [("That this House has considered flood defence funding for rural communities.", "", "", "W")],
        [("Next debate: Business of the House (Easter Recess)", "", "", "B")],
        [("This is the edited record as published at 7.30 am on 12 March 2026.", "", "", "B"),
         ("Members may suggest corrections to the Editor within two weeks of the sitting.", "", "", "B")],
        [("This content is reproduced under the Open Chamber Licence.", "", "", "B")],
        [("Accessibility   Cookies   Privacy   Contact the Chamber Record", "", "", "B")],
    ],
    [  # 2. regional paper's Crown Court report: lead thefts from church roofs, sentence panel, contempt note
        [("The Quarlton Sentinel", "", "", "B")],
        [("Your paper for Quarlton, Little Oxendrey and the Hollesmere villages since 1902", "", "", "B")],
        [("Home   News   Courts   Sport   Farming   Nostalgia   Jobs   Notices", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Scrap dealer jailed for stripping lead from three village church roofs", "", "", "W")],
        [("Rain poured into St Ethelwyn's at Little Oxendrey for five weeks before the damage was found, Brandwick Crown Court heard", "Brandwick Crown Court", "heard", "W")],
        [("By Ottoline Pargeter-Nunn, Chief Reporter", "", "", "B")],
        [("Published 6.02pm, 19 March 2026", "", "", "B")],
        [("Share  ·  Save  ·  Comments are off", "", "", "B")],
        [("The stripped north aisle roof of St Ethelwyn's Church, Little Oxendrey, last October.", "", "", ""),
         ("Picture: Quarlton Sentinel", "", "", "B")],
        [("A scrap metal dealer who stole lead worth more than £96,000 from the roofs of three village churches has been jailed for three years and eight months.", "", "", "W")],
        [("Carl Dunstaple-Rook, 44, of Cordwainers Lane, Quarlton, admitted three counts of theft and one of converting criminal property when he appeared at Brandwick Crown Court in January.", "", "", "W")],
        [("His co-defendant, Jordan Mabbott-Saye, 23, of Rivelin Close, Little Oxendrey, admitted two counts of theft and was given a suspended sentence.", "", "", "W")],
        [("Prosecutor Fenella Okorafor-Crake told the court that the pair took about 4.1 tonnes of lead from St Ethelwyn's, Little Oxendrey, All Saints', Hollesmere Magna, and St Botolph's, Kelderwick, between August and October 2025.", "Fenella Okorafor-Crake", "told the court", "W")],
        [("They worked at night and used a cherry picker hired under a false name, she said.", "Fenella Okorafor-Crake", "said", "W")],
        [("Rain got into St Ethelwyn's for about five weeks before a bell-ringer noticed water running down the tower wall, ruining a 17th-century painted ceiling, the court heard.", "the court", "heard", "W")],
        [("Dunstaple-Rook sold the lead through his yard, Kelderwick Reclamation, for £38,600, Miss Okorafor-Crake said.", "Fenella Okorafor-Crake", "said", "W")],
        [("Police traced him after a scrap buyer in Brandwick reported being offered rolled lead still stamped with a church's inscription.", "", "", "W")],
        [("In a victim personal statement read to the court, the churchwarden of St Ethelwyn's, Beatrix Hollowmeade-Vasko, said the congregation of 30 had raised £14,000 towards repairs with cake sales, quiz nights and a sponsored abseil.", "Beatrix Hollowmeade-Vasko", "said", "W")],
        [("“We are not a rich parish, and we are not a young one,” she said.", "Beatrix Hollowmeade-Vasko", "said", ""),
         ("“For a while some of us wondered whether it was worth going on.”", "Beatrix Hollowmeade-Vasko", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The Church Fabric Fund has estimated the cost of repairs at the three churches at £412,000, the court was told.", "the court", "was told", "W")],
        [("Defending, Marcus Tolhurst-Asamoah said his client's business had lost money since the price of copper fell in 2024 and that he had borrowed £30,000 from “people you do not want to owe money to”.", "Marcus Tolhurst-Asamoah", "said", "W")],
        [("He said Dunstaple-Rook had written a letter of apology to each of the three parishes.", "Marcus Tolhurst-Asamoah", "said", "W")],
        [("For Mabbott-Saye, Yolanda Verbruggen-Pryce said her client had been paid £600 to drive the van and had no previous convictions.", "Yolanda Verbruggen-Pryce", "said", "W")],
        [("Sentencing, Judge Rosamund Pellatt-Anyaoku told Dunstaple-Rook that he had taken “something that belonged to whole villages, not just to the people who sit in the pews”.", "Rosamund Pellatt-Anyaoku", "told Dunstaple-Rook", "")],
        [("“These buildings have stood for 600 years.", "Rosamund Pellatt-Anyaoku", "said", "W"),
         ("You stripped them in a few nights and sold what you took for a fraction of what it will cost to put back,” the judge said.", "Rosamund Pellatt-Anyaoku", "said", "")],
        [("She said she had reduced his sentence by a quarter because of his guilty plea.", "Rosamund Pellatt-Anyaoku", "said", "W")],
        [("Mabbott-Saye was given 18 months in prison, suspended for two years, and ordered to do 200 hours of unpaid work.", "", "", "W")],
        [("Dunstaple-Rook's scrap metal dealer's licence was revoked, and a proceeds of crime hearing will be held on 22 June.", "", "", "W")],
        [("The sentences", "", "", "B")],
        [("Carl Dunstaple-Rook: 3 years 8 months in prison; scrap metal dealer's licence revoked", "", "", "W")],
        [("Jordan Mabbott-Saye: 18 months, suspended for 2 years; 200 hours' unpaid work; £1,150 costs", "", "", "W")],
        [("After the case, Detective Constable Saoirse Carnegy-Obiefuna, of the county's rural crime team, said:", "Saoirse Carnegy-Obiefuna", "said", "")],
        [("“Lead theft is never a victimless crime.", "Saoirse Carnegy-Obiefuna", "said", ""),
         ("It takes the heart out of a village.”", "Saoirse Carnegy-Obiefuna", "said", "")],
        [("She said thefts of metal from churches in the county had fallen from 41 in 2024 to 17 last year.", "Saoirse Carnegy-Obiefuna", "said", "W")],
        [("Anyone offered lead or other metal they think may be stolen is asked to call 101.", "", "", "B")],
        [("Read more: St Ethelwyn's roof appeal passes £50,000", "", "", "B")],
        [("Contempt of court", "", "", "B")],
        [("Court reports are a fair and accurate record of what was said in open court.", "", "", "B"),
         ("Please do not post comments about this case on our social media pages while any part of it, including the confiscation hearing, is still active.", "", "", "B"),
         ("Doing so could amount to contempt of court and put the proceedings at risk.", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Hollesmere Magna bakery wins regional pie award for third year", "", "", "B")],
        [("Tractor fire closes Brandwick road for six hours", "", "", "B")],
        [("The Quarlton Sentinel is published by Hollesmere Press Ltd, 3 Skinnergate Walk, Quarlton.", "", "", "B")],
        [("© Hollesmere Press Ltd 2026  ·  Privacy  ·  Terms  ·  Complaints  ·  Contact the newsroom", "", "", "B")],
    ],
    [  # 3. police force's witness appeal page: hit-and-run, reference lines, routes to report, accessibility footer
        [("Skip to content", "", "", "B")],
        [("Wensleyholm Police", "", "", "B")],
        [("Emergency?", "", "", "B"),
         ("Call 999.", "", "", "B"),
         ("Not an emergency?", "", "", "B"),
         ("Report online or call 101.", "", "", "B")],
        [("Report it   Contact us   Advice and information   Appeals   News   Jobs   About us", "", "", "B")],
        [("Home > Appeals > Witness appeals", "", "", "B")],
        [("Witness appeal: woman seriously injured in hit-and-run on Fellgarth Road, Quernmoor Cross", "", "", "W")],
        [("Published: 14 February 2026, 10:15  ·  Updated: 16 February 2026, 09:02", "", "", "B")],
        [("Reference: 26000184213", "", "", "B")],
        [("Share this appeal:  Facebook  ·  X  ·  Nextdoor  ·  WhatsApp  ·  Copy link", "", "", "B")],
        [("We are appealing for witnesses and dashcam footage after a 19-year-old woman was seriously injured in a hit-and-run collision in Quernmoor Cross on Thursday evening (12 February).", "", "", "W")],
        [("The woman was crossing Fellgarth Road near its junction with Tanner's Brow at about 6.40pm when she was struck by a car travelling towards the town centre.", "", "", "W"),
         ("The car did not stop.", "", "", "W")],
        [("She was taken to Grimscote General Hospital with serious head and leg injuries, where she remains in a critical but stable condition.", "", "", "W"),
         ("Her family have been told and are being supported by specialist officers.", "", "", "W")],
        [("The car is believed to be a dark grey estate, possibly a Kestora Vantis, and is likely to have damage to its front nearside and windscreen.", "", "", "B")],
        [("A still from a doorbell camera on Fellgarth Road, showing the car we want to trace at 6.38pm.", "", "", "")],
        [("A 34-year-old man from Edgecott Lees was arrested on Saturday on suspicion of causing serious injury by dangerous driving, failing to stop and failing to report a collision.", "", "", "W")],
        [("He has been released on bail until 9 May while our enquiries continue.", "", "", "W"),
         ("A car was seized from an address in Edgecott Lees and is being examined.", "", "", "W")],
        [("Sergeant Ilona Brackstone-Ade, of our Serious Collision Investigation Unit, said:", "Ilona Brackstone-Ade", "said", "")],
        [("“A young woman is in hospital with life-changing injuries, and the driver left her lying in the road.", "Ilona Brackstone-Ade", "said", "W"),
         ("None of us should accept that.", "Ilona Brackstone-Ade", "said", "")],
        [("“Fellgarth Road is busy at that time of the evening, with people heading home from work and to the retail park.", "Ilona Brackstone-Ade", "said", ""),
         ("If you were driving along it between 6.30pm and 6.50pm and you have a dashcam, please check your footage, even if you don't think you saw anything.”", "Ilona Brackstone-Ade", "said", "")],
        [("How to help", "", "", "B")],
        [("If you saw the collision or have footage, please contact us quoting reference 26000184213:", "", "", "B")],
        [("Call 101 quoting 26000184213", "", "", "B")],
        [("Report online at wensleyholm.police.example/report", "", "", "B")],
        [("Upload dashcam, doorbell or mobile phone footage through our secure public portal", "", "", "B")],
        [("If you would rather not give your name, you can pass on information anonymously through the independent charity Quietline on 0800 555 0190.", "", "", "B")],
        [("Update: 16 February 2026, 09:02", "", "", "B")],
        [("We have now spoken to 23 witnesses and received 41 pieces of footage, and we are grateful to everyone who has come forward.", "", "", "W")],
        [("We would still like to hear from the driver of a white van that pulled into the lay-by near Tanner's Brow shortly after the collision, who may have seen the car.", "", "", "B")],
        [("Tags: Witness appeal · Quernmoor Cross · Roads policing", "", "", "B")],
        [("Other appeals near you", "", "", "B")],
        [("Appeal to trace owner of quad bike found in Edgecott Lees", "", "", "B")],
        [("CCTV released after shop window smashed on Quernmoor Cross high street", "", "", "B")],
        [("Was this page useful?  Yes  ·  No", "", "", "B")],
        [("Change text size and colours", "", "", "B")],
        [("Contact us by text relay on 18001 101", "", "", "B")],
        [("Deaf British Sign Language users can reach us through our video relay service.", "", "", "B")],
        [("Wensleyholm Police  ·  Privacy notice  ·  Cookies  ·  Freedom of information  ·  Complaints about officers", "", "", "B")],
        [("© Wensleyholm Police 2026", "", "", "B")],
    ],
    [  # 4. primary school newsletter pasted from an email: head's message, reminders, PTA, term dates
        [("From: Brambleshaw Primary School <office@brambleshaw.sch.example>", "", "", "B")],
        [("Date: Friday 13 March 2026 at 15:31", "", "", "B")],
        [("Subject: Newsletter 14 – choir success, roof works, swimming and Easter dates", "", "", "B")],
        [("To: Parents and Carers", "", "", "B")],
        [("Having trouble reading this email?", "", "", "B"),
         ("View it in your browser", "", "", "B")],
        [("BRAMBLESHAW PRIMARY SCHOOL", "", "", "B")],
        [("Learning together, growing together", "", "", "B")],
        [("Newsletter 14  ·  Spring Term  ·  13 March 2026", "", "", "B")],
        [("A message from our headteacher", "", "", "B")],
        [("Dear Parents and Carers,", "", "", "B")],
        [("What a fortnight it has been!", "", "", "")],
        [("On Thursday our Year 5 and 6 choir came second out of 22 schools at the Wetherburn Schools Music Festival, the best result in the school's history.", "", "", "W"),
         ("I could not have been prouder of them, and I know many of you felt the same from the back of the hall.", "", "", "")],
        [("Attendance this half-term was 95.8%, up from 94.1% in the same half-term last year.", "", "", "W"),
         ("Class 4T had the best attendance in the school, at 98.9%, and will have an extra 30 minutes of golden time next Friday.", "", "", "W"),
         ("Thank you for everything you do to get your children to school on time.", "", "", "")],
        [("As many of you will know, inspectors from the Schools Inspectorate visited us on 3 and 4 February and judged the school to be Good in every area.", "", "", "W"),
         ("The full report was published on Monday.", "", "", "W")],
        [("The county council has told us that the replacement of the roof over the junior block, which will cost about £186,000, will go ahead over the summer holidays.", "The county council", "has told us", "W"),
         ("This means the junior classrooms will be out of use for the first week of the autumn term, and Years 3 to 6 will be taught in the hall and the library during that week.", "", "", "W")],
        [("I will write to you again with the details before Easter.", "", "", "")],
        [("With best wishes,", "", "", "B")],
        [("Mrs J. Ravenstone-Obi", "", "", "B")],
        [("Headteacher", "", "", "B")],
        [("Reminders", "", "", "B")],
        [("Year 3 swimming lessons start on Monday 23 March at Wetherburn Leisure Centre.", "", "", "W"),
         ("Please send your child with a towel, a swimming hat and a named bag.", "", "", "B")],
        [("PE kit is needed on Tuesdays and Thursdays; earrings must be taken out or covered with tape.", "", "", "B")],
        [("Lost property is on the rail outside the school office.", "", "", "B"),
         ("Anything unnamed will go to the PTA's uniform sale at Easter.", "", "", "B")],
        [("Please do not park on the zigzag lines outside the gate.", "", "", "B")],
        [("Please return the Year 6 residential consent form by Friday 20 March.", "", "", "B")],
        [("From the PTA", "", "", "B")],
        [("The Valentine's disco raised £1,214, which will pay for 60 new reading books for the library.", "", "", "W"),
         ("Thank you to everyone who baked, danced and bought glow sticks.", "", "", "")],
        [("The next PTA meeting is on Wednesday 25 March at 6pm in the staff room.", "", "", "W"),
         ("Everyone is welcome.", "", "", "B")],
        [("Term dates", "", "", "B")],
        [("Spring term ends: Friday 27 March (school closes at 2pm)", "", "", "B")],
        [("Training day (school closed to pupils): Monday 13 April", "", "", "B")],
        [("Summer term starts: Tuesday 14 April", "", "", "B")],
        [("May half-term: Monday 25 May to Friday 29 May", "", "", "B")],
        [("Summer term ends: Wednesday 22 July", "", "", "B")],
        [("Dates for your diary", "", "", "B")],
        [("Thu 19 March  ·  Book fair in the hall, 3.15pm to 4.30pm", "", "", "B")],
        [("Fri 20 March  ·  Red nose non-uniform day (£1 donation)", "", "", "B")],
        [("Tue 24 March  ·  Year 2 Easter service at the parish church, 9.30am", "", "", "B")],
        [("Brambleshaw Primary School, Gannister Road, Wetherburn WB4 7HQ  ·  01632 960 218", "", "", "B")],
        [("You are receiving this email because you are a parent or carer of a pupil at Brambleshaw Primary School.", "", "", "B")],
        [("Update your preferences   |   Unsubscribe", "", "", "B")],
        [("Sent with Schoolpost", "", "", "B")],
    ],
    [  # 5. tabloid story: one-line paragraphs, capitals captions, pull quotes, source told the paper
        [("The Daily Blare", "", "", "B")],
        [("News   Sport   TV & Showbiz   Money   Motors   Puzzles   Bingo", "", "", "B")],
        [("NEWS  ›  UK NEWS", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [("BIN THERE, DONE THAT Pensioner, 71, slapped with £150 fine for putting his wheelie bin out ONE DAY early", "", "", "W")],
        [("Retired postie Derek was handed the penalty by a council contractor that issued more than 1,900 fines last year", "", "", "W")],
        [("Holly Vardington-Sowe, Consumer Reporter", "", "", "B")],
        [("Published: 9:14, 22 Apr 2026  |  Updated: 11:02, 22 Apr 2026", "", "", "B")],
        [("💬 212", "", "", "B")],
        [("FUMING: Derek Cattermole-Fry with the £150 penalty notice outside his home in Brinkhampton", "", "", "W")],
        [("Credit: Pinfold Pictures", "", "", "B")],
        [("A PENSIONER has been fined £150 — for putting his wheelie bin out too early.", "", "", "W")],
        [("Derek Cattermole-Fry, 71, wheeled his recycling bin to the kerb at about 4pm on a Wednesday, ready for collection the next morning.", "", "", "W")],
        [("Under Brinkhampton District Council's rules, bins must not go out before 7pm on the evening before collection.", "", "", "W")],
        [("Two days later a £150 fixed penalty notice landed on his doormat.", "", "", "W")],
        [("It gave him 14 days to pay — or face court.", "", "", "W")],
        [("The grandad-of-five fumed: “I've never broken a law in my life.", "Derek Cattermole-Fry", "fumed", "")],
        [("“Now I'm being treated like a criminal for three hours.”", "Derek Cattermole-Fry", "fumed", "")],
        [("“Treated like a criminal for three hours”", "", "", "B")],
        [("DEREK CATTERMOLE-FRY", "", "", "B")],
        [("Derek, who delivered the town's post for 38 years, said he puts the bin out early because he has arthritis and struggles in the dark.", "Derek Cattermole-Fry", "said", "")],
        [("He said: “By seven o'clock in winter I can't see the kerb.", "Derek Cattermole-Fry", "said", "")],
        [("“My wife Sandra has to hold a torch for me.”", "Derek Cattermole-Fry", "said", "")],
        [("BIN AND GONE: The green recycling bin at the centre of the row", "", "", "")],
        [("Credit: Pinfold Pictures", "", "", "B")],
        [("The fine was issued by Wardlock Enforcement, a private firm the council pays to patrol its streets.", "", "", "W")],
        [("Figures obtained by The Daily Blare show the firm handed out 1,912 fines for bin and litter offences in Brinkhampton last year — up from 604 the year before.", "Figures obtained by The Daily Blare", "show", "W")],
        [("Wardlock keeps £45 of every £150 fine paid, according to its contract with the council.", "its contract with the council", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Local councillor Bev Openshaw-Tait blasted the penalty as “petty and heartless”.", "Bev Openshaw-Tait", "blasted", "")],
        [("She said: “This is a man who carried this town's letters for nearly 40 years.", "Bev Openshaw-Tait", "said", "")],
        [("“The council should tear up this fine and tear up the contract with it.”", "Bev Openshaw-Tait", "said", "")],
        [("She has tabled a motion calling for the contract to be scrapped at the full council meeting on May 6.", "", "", "W")],
        [("A source at the council told The Daily Blare: “Officers are embarrassed.", "A source at the council", "told The Daily Blare", "")],
        [("“Nobody signed up to chase pensioners over bins.”", "A source at the council", "told The Daily Blare", "")],
        [("“Petty and heartless”", "", "", "B")],
        [("CLLR BEV OPENSHAW-TAIT", "", "", "B")],
        [("A Brinkhampton District Council spokesperson said: “Bins left out for long periods block pavements for wheelchair and pushchair users.", "A Brinkhampton District Council spokesperson", "said", "")],
        [("“We will review this case, and Mr Cattermole-Fry does not need to pay while we do.”", "A Brinkhampton District Council spokesperson", "said", "W")],
        [("Wardlock Enforcement did not respond to a request for comment.", "Wardlock Enforcement", "did not respond to a request for comment", "")],
        [("▶ Video: Derek shows where he left his bin (0:41)", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email exclusive@dailyblare.example or WhatsApp us on 07700 900 412", "", "", "B")],
        [("MORE ON BIN FINES", "", "", "B")],
        [("Mum fined £400 after fox rips open bin bag on her drive", "", "", "B")],
        [("Council admits bin-fine firm ‘went too far’ with dog walkers", "", "", "B")],
        [("MOST READ IN NEWS", "", "", "B")],
        [("Lottery couple's £2m mansion ‘sinking into old mine’", "", "", "B")],
        [("Comments are subject to our community rules.", "", "", "B")],
        [("© Blare Media Group 2026  ·  Terms  ·  Privacy  ·  Contact  ·  Sign up to our newsletter", "", "", "B")],
    ],
    [  # 6. national paper's budget listicle: numbered items, each with a fact and a quote, calculator widget
        [("The Fairlead", "", "", "B")],
        [("Politics  ·  Economy  ·  Your Money  ·  World  ·  Opinion  ·  Budget 2026", "", "", "B")],
        [("BUDGET 2026", "", "", "B")],
        [("7 things we learned from the budget", "", "", "")],
        [("From a fuel duty rise to a penny off a pint, here is what Rowena Astbury-Kwame's first budget means for you", "", "", "W")],
        [("By Anselm Thackwray, Economics Editor, and Mairead Kilcoyne-Essien", "", "", "B")],
        [("Wednesday 18 November 2026, 4.52pm", "", "", "B")],
        [("Jump to:  1 Tax  ·  2 Fuel  ·  3 Beer  ·  4 Pensions  ·  5 Borrowing  ·  6 Defence  ·  7 Sugar", "", "", "B")],
        [("Chancellor Rowena Astbury-Kwame delivered her first budget on Wednesday afternoon, speaking for 71 minutes.", "", "", "W"),
         ("Here is what we learned.", "", "", "B")],
        [("1. Your income tax bill will keep creeping up", "", "", "")],
        [("The personal allowance and the higher-rate threshold will stay frozen at £13,150 and £52,400 until April 2031, two years longer than planned.", "", "", "W")],
        [("Keeping them frozen will raise £7.9 billion a year by 2030-31, according to the Fiscal Forecasting Office.", "the Fiscal Forecasting Office", "according to", "W")],
        [("“This is a tax rise by the back door, and the Chancellor knows it,” said shadow chancellor Declan Pettifold-Oyo.", "Declan Pettifold-Oyo", "said", "")],
        [("2. Fuel duty goes up by 3p a litre in September", "", "", "W")],
        [("The rise ends a freeze that has lasted since 2022 and will add about £1.65 to the cost of filling a typical 55-litre family car.", "", "", "W")],
        [("The Chancellor told MPs the freeze had cost “£4 billion a year that we simply do not have”.", "Rowena Astbury-Kwame", "told MPs", "W")],
        [("3. A pint will be 1p cheaper", "", "", "W")],
        [("Duty on draught beer and cider sold in pubs will fall by 1p a pint from February.", "", "", "W")],
        [("Tobias Ellerkamp, who chairs the Small Brewers' Guild, said the cut was “welcome but tiny” and that the guild had asked for 5p.", "Tobias Ellerkamp", "said", "W"),
         ("“One penny doesn't keep a pub open,” he said.", "Tobias Ellerkamp", "said", "")],
        [("Try our budget calculator: see how the changes affect your household", "", "", "B")],
        [("Enter your salary", "", "", "B")],
        [("Calculate", "", "", "B")],
        [("4. The state pension rises by 4.4% next April", "", "", "W")],
        [("The full new state pension will go up from £231.50 to £241.70 a week, in line with earnings growth.", "", "", "W")],
        [("Hester Rudgwick-Amadi, director of the campaign group Grey Voice, said many pensioners would still be worse off because of the frozen tax thresholds.", "Hester Rudgwick-Amadi", "said", "")],
        [("5. Borrowing is higher than forecast in the spring", "", "", "W")],
        [("The government will borrow £78.4 billion this year, £9.1 billion more than was forecast in March, according to the Fiscal Forecasting Office's figures published alongside the budget.", "the Fiscal Forecasting Office's figures published alongside the budget", "according to", "W")],
        [("Astbury-Kwame blamed higher interest payments on the national debt, which she said would reach £112 billion this year.", "Rowena Astbury-Kwame", "blamed", "W")],
        [("Advertisement", "", "", "B")],
        [("6. Defence spending will reach 2.5% of national income by 2028", "", "", "W")],
        [("The Chancellor confirmed an extra £3.2 billion for defence next year, most of it for ammunition and air defence.", "Rowena Astbury-Kwame", "confirmed", "W")],
        [("Pettifold-Oyo said his party supported the increase but wanted to know “which hospital waiting list is paying for it”.", "Declan Pettifold-Oyo", "said", "")],
        [("7. Milkshakes join the sugar levy", "", "", "W")],
        [("From April 2028, milk-based drinks with more than 5g of added sugar per 100ml will pay the soft drinks levy, ending an exemption that has been in place since the levy began in 2018.", "", "", "W")],
        [("Dr Imelda Nwachuku-Sharrow, a public health researcher at Dunhallow University, said: “Some of the milkshakes sold in high street chains contain more sugar than three cans of cola.", "Imelda Nwachuku-Sharrow", "said", "W"),
         ("This loophole should have been closed years ago.”", "Imelda Nwachuku-Sharrow", "said", "")],
        [("What happens next", "", "", "")],
        [("MPs will debate the budget for four more days, with the first votes on the Finance Bill due next Tuesday.", "", "", "W")],
        [("Read more: The full speech, annotated by our correspondents", "", "", "B")],
        [("Read more: Who are the winners and losers?", "", "", "B")],
        [("Topics:  Budget 2026  ·  Tax  ·  Pensions  ·  Fuel", "", "", "B")],
        [("Get Dispatch Box, our free politics newsletter, every weekday at 7am", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("© The Fairlead 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. recipe page carrying a food-price news item: recipe card, ingredients, steps, ratings, reviews
        [("Skillet & Crumb", "", "", "B")],
        [("Recipes   Quick & Easy   Budget   Baking   Food News   Shop", "", "", "B")],
        [("Recipes › Pasta › Quick & Easy", "", "", "B")],
        [("Sardine, lemon and chilli spaghetti", "", "", "B")],
        [("★★★★½  4.6 from 318 ratings", "", "", "B")],
        [("Jump to recipe   ·   Save   ·   Print recipe", "", "", "B")],
        [("By Liesel Tremaynard", "", "", "B")],
        [("This cheap store-cupboard supper is ready in 20 minutes and needs only one tin of sardines.", "", "", "B"),
         ("If you have never cooked with tinned fish, start here.", "", "", "B")],
        [("Food news", "", "", "B")],
        [("Tinned fish prices up 18% in a year as sardine catch is cut", "", "", "W")],
        [("By Noor Halvergate-Pike", "", "", "B")],
        [("The average price of a 120g tin of sardines in supermarkets has risen 18% in a year, from 94p to £1.11, according to the price tracker Shelfwatch.", "Shelfwatch", "according to", "W")],
        [("Tinned mackerel is up 11% and tinned tuna 6% over the same period, Shelfwatch's figures show.", "Shelfwatch's figures", "show", "W")],
        [("The rise follows a 30% cut in the sardine quota for the north-east Atlantic, agreed by the Northern Pelagic Council last December.", "", "", "W")],
        [("Ines Carvalhosa-Dunne, managing director of Saltgarth Canning, which packs about 40 million tins a year, said the price the company paid for fresh sardines had risen by more than a third.", "Ines Carvalhosa-Dunne", "said", "W")],
        [("“We have absorbed what we can,” she said.", "Ines Carvalhosa-Dunne", "said", ""),
         ("“Some of it has to reach the shelf.”", "Ines Carvalhosa-Dunne", "said", "")],
        [("Shelfwatch analyst Ravi Coldridge-Mensah said tinned fish was still one of the cheapest sources of protein in the supermarket, at about 46p for every 20g of protein.", "Ravi Coldridge-Mensah", "said", "W")],
        [("He expects prices to level off by the autumn.", "Ravi Coldridge-Mensah", "expects", "")],
        [("More food news: Why your butter costs more this spring", "", "", "B")],
        [("Prep 5 mins  ·  Cook 15 mins  ·  Serves 2  ·  Easy", "", "", "B")],
        [("Ingredients", "", "", "B")],
        [("200g spaghetti", "", "", "B")],
        [("1 x 120g tin sardines in olive oil", "", "", "B")],
        [("2 garlic cloves, thinly sliced", "", "", "B")],
        [("½ tsp chilli flakes", "", "", "B")],
        [("1 unwaxed lemon, zested and juiced", "", "", "B")],
        [("A small bunch of parsley, chopped", "", "", "B")],
        [("Method", "", "", "B")],
        [("1. Cook the spaghetti in a large pan of salted boiling water for 10 mins, or until just tender.", "", "", "B")],
        [("2. Meanwhile, tip the oil from the sardine tin into a frying pan and fry the garlic and chilli for 1 min.", "", "", "B")],
        [("3. Add the sardines, breaking them up with a wooden spoon, then stir in the lemon zest and juice.", "", "", "B")],
        [("4. Drain the pasta, keeping a mugful of the water, and toss it through the sauce with a splash of the water and the parsley.", "", "", "B")],
        [("Tip: a handful of capers or toasted breadcrumbs makes it go further.", "", "", "B")],
        [("Print recipe", "", "", "B")],
        [("Nutrition per serving: 512 kcal  ·  fat 14g  ·  protein 26g  ·  salt 1.1g", "", "", "B")],
        [("Rate this recipe", "", "", "B")],
        [("☆☆☆☆☆", "", "", "B")],
        [("Reviews (87)", "", "", "B")],
        [("JennyB  ·  3 days ago  ·  ★★★★★", "", "", "B")],
        [("Made this twice this week.", "", "", "B"),
         ("Added frozen peas the second time and the kids ate the lot.", "", "", "B")],
        [("More quick pasta suppers", "", "", "B")],
        [("Tuna and sweetcorn pasta bake", "", "", "B")],
        [("One-pan tomato and lentil rigatoni", "", "", "B")],
        [("© Skillet & Crumb Ltd 2026  ·  Terms  ·  Privacy  ·  Cookie settings", "", "", "B")],
    ],
    [  # 8. Italian regional paper's English edition: birth unit closure, bracketed original terms, translator's notes
        [("L'Eco di Valdorsena", "", "", "B")],
        [("Cronaca   Politica   Economia   Sport   Cultura   Valli", "", "", "B")],
        [("Leggi in italiano / Read in Italian", "", "", "B")],
        [("English edition  ·  Machine-assisted translation, reviewed by our staff", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Region to close Valdorsena birth unit in June; mothers face 58 km drive to Castelmonte", "", "", "W")],
        [("Regional health chief says the unit delivered 311 babies last year, below the national minimum of 500", "Ottavio Brambatti-Sorce", "says", "W")],
        [("Elisabetta Roncaglia-Ferri  |  Valdorsena  |  14 April 2026, 18:40", "", "", "B")],
        [("Translated from the Italian by Margit Hollenstein-Reeve", "", "", "B")],
        [("The birth unit (punto nascita) at San Liberto hospital in Valdorsena will close on 30 June, the regional government of the Serrana (Regione Serrana) decided on Monday.", "", "", "W")],
        [("From July, women in the upper valley will have to give birth at Castelmonte, 58 kilometres and, in winter, more than an hour's drive away.", "", "", "W")],
        [("The regional councillor for health (assessore regionale alla sanità), Ottavio Brambatti-Sorce, said the unit had delivered 311 babies in 2025, well below the minimum of 500 a year set by national guidelines for safety reasons.", "Ottavio Brambatti-Sorce", "said", "W")],
        [("“A unit that sees fewer than one birth a day cannot keep its teams trained for the emergencies that matter,” he told the regional council (consiglio regionale).", "Ottavio Brambatti-Sorce", "told the regional council", "")],
        [("[Translator's note: in an Italian region the “assessore” is a member of the regional executive, comparable to a minister.]", "", "", "")],
        [("The decision (delibera n. 412/2026) was approved by the regional executive (giunta) by six votes to two.", "", "", "W")],
        [("The mayor (sindaca) of Valdorsena, Graziella Pintaudi, said the town would challenge the decision before the regional administrative court (TAR).", "Graziella Pintaudi", "said", "W")],
        [("“They are counting births; we are counting kilometres,” she said.", "Graziella Pintaudi", "said", ""),
         ("“In January the road to Castelmonte was closed for three days because of snow.”", "Graziella Pintaudi", "said", "W")],
        [("Pintaudi said that 14 of the 311 babies born at San Liberto last year had arrived less than an hour after their mothers reached the hospital.", "Graziella Pintaudi", "said", "W")],
        [("[Translator's note: the TAR (tribunale amministrativo regionale) hears appeals against the decisions of public bodies.]", "", "", "")],
        [("Pubblicità / Advertisement", "", "", "B")],
        [("The local health authority (Azienda sanitaria locale, ASL Serrana Nord) said it would station an ambulance with a midwife on board at Valdorsena around the clock from 1 July.", "The local health authority", "said", "W"),
         ("It said the six midwives and four obstetricians at the unit would be offered posts at Castelmonte.", "The local health authority", "said", "W")],
        [("Chiara Vallisneri, the unit's head of obstetrics, declined to comment, citing the rules for public employees.", "Chiara Vallisneri", "declined to comment", "")],
        [("The committee “Born in the Valley” (Nascere in Valle), founded by parents in 2023, said it had collected 9,800 signatures against the closure, in a valley of about 24,000 people.", "Born in the Valley", "said", "W")],
        [("Its spokeswoman, Loredana Fassolo, gave birth to her second child at San Liberto in February.", "", "", "W")],
        [("“Con la neve, Castelmonte è un altro mondo (With snow, Castelmonte is another world),” she said.", "Loredana Fassolo", "said", "")],
        [("The Serrana region has closed three other birth units with fewer than 500 births a year since 2019, at Roccafosca, Sant'Elmo di Sopra and Ghiarone.", "", "", "W")],
        [("Opposition regional councillor Fabrizio Lanzerotti (Civic List for the Valleys) said the region had spent €2.3 million renovating the San Liberto unit's delivery rooms in 2022.", "Fabrizio Lanzerotti", "said", "W")],
        [("“Three years ago they cut the ribbon,” he said.", "Fabrizio Lanzerotti", "said", ""),
         ("“Now they are cutting the unit.”", "Fabrizio Lanzerotti", "said", "")],
        [("The regional council will debate an opposition motion on the closure on 28 April.", "", "", "W")],
        [("Translator's note on this edition: quotations were translated from Italian by the translator, and original terms are given in brackets where English has no exact equivalent.", "", "", "B")],
        [("This article first appeared in Italian in L'Eco di Valdorsena on 14 April 2026.", "", "", "B")],
        [("Tag: Sanità · Valdorsena · Regione Serrana", "", "", "B")],
        [("Edizioni Valdorsena S.r.l.  ·  P. IVA 04417720391  ·  Tutti i diritti riservati / All rights reserved", "", "", "B")],
    ],
    [  # 9. fact-check site: viral bus-shelter claim, claim box, What we found, sources list
        [("Plumbwarden", "", "", "B")],
        [("Independent fact-checking since 2017", "", "", "B")],
        [("Fact checks   Explainers   How we work   Donate   Newsletter", "", "", "B")],
        [("Fact check", "", "", "B")],
        [("No, Wexhampton council did not spend £1.2m on a single bus shelter", "", "", "W")],
        [("The figure is the cost of 46 new shelters and the screens in them", "", "", "W")],
        [("By Tamsin Oakridge-Rae", "", "", "B")],
        [("Published 3 June 2026", "", "", "B")],
        [("Claim: Wexhampton Borough Council spent £1.2 million on one bus shelter on Market Cross.", "", "", "W")],
        [("Claimed by: the Facebook page Wexhampton Matters, and shared by Cllr Barry Tenniswood-Hale", "", "", "B")],
        [("Where: Facebook and X, from 28 May 2026", "", "", "B")],
        [("Our rating: Misleading", "", "", "B")],
        [("How our ratings work", "", "", "B")],
        [("What we found", "", "", "B")],
        [("• The council's £1.2 million contract with Shelterworks Ltd covered 46 shelters across the borough, not one.", "", "", "W")],
        [("• The shelter on Market Cross cost £31,400, including its real-time information screen.", "", "", "W")],
        [("• The money came from a government bus grant that could be spent only on bus infrastructure.", "", "", "W")],
        [("A post claiming that Wexhampton Borough Council had spent “£1.2 MILLION on ONE bus shelter” has been shared more than 14,000 times since it appeared on the Wexhampton Matters Facebook page on 28 May.", "", "", "W")],
        [("“Your council tax at work,” the post said, above a photograph of the new shelter on Market Cross.", "the post", "said", "")],
        [("The same claim was repeated on X the next day by Barry Tenniswood-Hale, an independent councillor for Wexhampton North, whose post has been viewed about 96,000 times.", "", "", "W")],
        [("What the council's records show", "", "", "")],
        [("Council cabinet papers from November 2025 show that the £1.2 million contract was awarded to Shelterworks Ltd to supply and install 46 shelters, 38 of them with real-time bus information screens.", "Council cabinet papers from November 2025", "show", "W")],
        [("The council's contract register lists the Market Cross shelter as the most expensive of them, at £31,400.", "The council's contract register", "lists", "W")],
        [("A council spokesperson told Plumbwarden that the scheme was paid for entirely from the Bus Priority Fund, a government grant, and that no council tax was used.", "A council spokesperson", "told Plumbwarden", "W")],
        [("The fund's published rules say the money may be spent only on bus stops, bus lanes and passenger information.", "The fund's published rules", "say", "W")],
        [("Is £31,400 a lot for a bus shelter?", "", "", "")],
        [("Eamon Fairholme-Mkhize, a transport consultant who has advised councils on bus stop design, said a basic shelter cost about £8,000 to £12,000 to install, and one with a screen, a power supply and a raised kerb £25,000 to £35,000.", "Eamon Fairholme-Mkhize", "said", "W")],
        [("“The Market Cross price is at the top end, but it is a big shelter on a busy stop,” he said.", "Eamon Fairholme-Mkhize", "said", "")],
        [("What the claimant says", "", "", "")],
        [("Cllr Tenniswood-Hale told Plumbwarden he had taken the figure from the Facebook post and had deleted his own post after we contacted him.", "Barry Tenniswood-Hale", "told Plumbwarden", "W")],
        [("The administrators of Wexhampton Matters did not respond to our messages.", "The administrators of Wexhampton Matters", "did not respond to our messages", "")],
        [("The verdict", "", "", "B")],
        [("The £1.2 million was spent on 46 shelters, not one, and came from a government grant that could not be used for anything else.", "", "", "W"),
         ("The claim is misleading.", "", "", "")],
        [("RATING: MISLEADING", "", "", "B")],
        [("Sources", "", "", "B")],
        [("1. Wexhampton Borough Council, cabinet report “Bus shelter renewal programme”, 12 Nov. 2025", "", "", "B")],
        [("2. Wexhampton Borough Council, contract register, entry WBC/2025/0917", "", "", "B")],
        [("3. Bus Priority Fund: guidance for local authorities, 2024 edition", "", "", "B")],
        [("4. Interview with Eamon Fairholme-Mkhize, 1 June 2026", "", "", "B")],
        [("5. Email from Wexhampton Borough Council press office, 30 May 2026", "", "", "B")],
        [("Spotted a claim you want us to check?", "", "", "B"),
         ("Send it to claims@plumbwarden.example.", "", "", "B")],
        [("Was this fact check useful?  👍  👎", "", "", "B")],
        [("Plumbwarden follows the Fact-Checkers' Charter and publishes all its funders on its About page.", "", "", "B")],
        [("© Plumbwarden Fact Check CIC 2026", "", "", "B")],
    ],
    [  # 10. mobile-web paste: app banner, odd spacing, Tap to read more, in-app poll
        [("✕   Read this in the Tidewrack app for a faster experience", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("☰", "", "", "B")],
        [("Tidewrack News", "", "", "B")],
        [("Local  ›  Grindlesea", "", "", "B")],
        [("Council votes to sell Grindlesea Pier to leisure firm for £1", "", "", "W")],
        [("Buyer promises £8m of repairs within three years", "Buyer", "promises", "W")],
        [("Ruth Penwarne-Adesola  ·  3 hrs ago  ·  4 min read", "", "", "B")],
        [("🔊 Listen  ·  ⤴ Share  ·  🔖 Save", "", "", "B")],
        [("Grindlesea Town Council has voted to sell the town's  Victorian pier to Tidewell Leisure Group for £1 , after engineers warned that the structure could become unsafe within five years.", "", "", "W")],
        [("Councillors voted 11 to 6 on Tuesday night , with two abstentions .", "", "", "W")],
        [("Under the deal , Tidewell will take on the pier's repair bill , which a survey put at £8.2\u00a0million , and must reopen the pier to the public within three years .", "", "", "W")],
        [("Council leader Dominic Farrowby-Lysaght said the council's entire annual budget for its buildings was £640,000 .", "Dominic Farrowby-Lysaght", "said", "W")],
        [("“If we keep it , we close it .", "Dominic Farrowby-Lysaght", "said", ""),
         ("It is that simple,” he said .", "Dominic Farrowby-Lysaght", "said", "")],
        [("Tap to read more", "", "", "B")],
        [("The pier , which opened in 1893 , has been closed beyond its entrance kiosk since March 2024 , when inspectors found corrosion in 31 of its 212 cast-iron legs .", "", "", "W")],
        [("Tidewell chief executive Pauline Ashwick-Ncube said the company would restore the pier's pavilion as a restaurant and events space and keep free public access to the deck .", "Pauline Ashwick-Ncube", "said", "W")],
        [("“We are not buying a pier to put a fence round it ,” she said .", "Pauline Ashwick-Ncube", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Morwenna Quilter-Ibeabuchi , who chairs the Friends of Grindlesea Pier , said her group had raised £146,000 towards repairs since 2024 and had asked the council for six more months to bid for heritage grants .", "Morwenna Quilter-Ibeabuchi", "said", "W")],
        [("“The town is giving away its history for the price of a bag of chips ,” she said .", "Morwenna Quilter-Ibeabuchi", "said", "")],
        [("She said the group would ask the council to publish the engineers ' report in full .", "Morwenna Quilter-Ibeabuchi", "said", "W")],
        [("The sale is expected to be completed in September .", "", "", "")],
        [("QUICK POLL", "", "", "B")],
        [("Was the council right to sell the pier for £1?", "", "", "B")],
        [("Yes  ·  31%", "", "", "B")],
        [("No  ·  58%", "", "", "B")],
        [("Not sure  ·  11%", "", "", "B")],
        [("2,406 votes  ·  Poll closes in 2 days", "", "", "B")],
        [("Polls are not scientific and reflect only the views of readers who chose to vote.", "", "", "B")],
        [("💬 Tap to see comments (88)", "", "", "B")],
        [("More from Grindlesea", "", "", "B")],
        [("Lifeboat crew rescue two paddleboarders off Grindlesea Point", "", "", "B")],
        [("Seafront café owners fear ‘summer without a pier’", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("Tidewrack News  ·  Terms  ·  Privacy  ·  Manage cookies", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- debate records: labels, chair's turns, stage directions, "hon." before a capital --------------
    ("n19-hansard-interruption", "I will not give way. [Interruption.] I have made my position clear.",
     ["I will not give way.", "[Interruption.]", "I have made my position clear."]),
    ("n19-hon-members-label", "Hon. Members: Hear, hear!\nMr Speaker: Order. Order.",
     ["Hon. Members: Hear, hear!", "Mr Speaker: Order.", "Order."]),
    ("n19-hon-friend-capital", "Hywel Strattan-Boyce: I thank my hon. Friend for his question. Work starts in April.",
     ["Hywel Strattan-Boyce: I thank my hon. Friend for his question.", "Work starts in April."]),
    ("n19-official-report-ref", "[Official Report, 4 March 2026; Vol. 780, c. 412.] The Minister repeated the figure today.",
     ["[Official Report, 4 March 2026; Vol. 780, c. 412.]", "The Minister repeated the figure today."]),
    ("n19-members-rose-dash", "Several hon. Members rose—\nMr Speaker: I call Priya Menhinick-Sokunbi.",
     ["Several hon. Members rose—", "Mr Speaker: I call Priya Menhinick-Sokunbi."]),
    # --- court and police: viz., abbreviated durations, starred reference numbers -------------------
    ("n19-viz-mid", "He faced two charges, viz. theft and going equipped. He admitted both.",
     ["He faced two charges, viz. theft and going equipped.", "He admitted both."]),
    ("n19-yrs-mths-end", "He was jailed for 3 yrs. 4 mths. The judge said he had shown no remorse.",
     ["He was jailed for 3 yrs. 4 mths.", "The judge said he had shown no remorse."]),
    ("n19-ref-asterisk", "Call 101 quoting 26*041182. Or report it online.",
     ["Call 101 quoting 26*041182.", "Or report it online."]),
    # --- translated copy: Italian abbreviations and bracketed notes ---------------------------------
    ("n19-italian-n-dott", "The decision (delibera n. 412/2026) was signed by dott. Elio Brambatti-Sorce. It takes effect on 1 June.",
     ["The decision (delibera n. 412/2026) was signed by dott. Elio Brambatti-Sorce.", "It takes effect on 1 June."]),
    ("n19-translator-note-bracket", "[Translator's note: a “comune” is a municipality.] The comune of Valdorsena has 4,100 residents.",
     ["[Translator's note: a “comune” is a municipality.]", "The comune of Valdorsena has 4,100 residents."]),
    # --- recipes: kitchen abbreviations -------------------------------------------------------------
    ("n19-tbsp-tsp-mid", "Add 2 tbsp. olive oil and ½ tsp. chilli flakes. Stir for a minute.",
     ["Add 2 tbsp. olive oil and ½ tsp. chilli flakes.", "Stir for a minute."]),
    ("n19-mins-end", "Bake for 25 mins. Leave to cool in the tin.",
     ["Bake for 25 mins.", "Leave to cool in the tin."]),
    # --- school newsletters: initialisms and abbreviated weekdays and months -------------------------
    ("n19-pta-end", "Thank you to the P.T.A. Their quiz night raised £1,214.",
     ["Thank you to the P.T.A.", "Their quiz night raised £1,214."]),
    ("n19-weekday-month-abbrev", "Term ends on Fri. 17 July and restarts on Wed. 2 Sept. The training day is Tue. 1 Sept.",
     ["Term ends on Fri. 17 July and restarts on Wed. 2 Sept.", "The training day is Tue. 1 Sept."]),
    # --- listicles, tabloids and fact checks --------------------------------------------------------
    ("n19-listicle-item-number", "3. Beer duty falls by 1p a pint. Brewers had asked for 5p.",
     ["3. Beer duty falls by 1p a pint.", "Brewers had asked for 5p."]),
    ("n19-colon-excl-quote", "Mum-of-two Kayleigh, 34, fumed: “Disgusting!” The council has since apologised.",
     ["Mum-of-two Kayleigh, 34, fumed: “Disgusting!”", "The council has since apologised."]),
    ("n19-claim-verdict-lines", "Claim: “The council spent £1.2m on one bus shelter.”\nVerdict: Misleading.",
     ["Claim: “The council spent £1.2m on one bus shelter.”", "Verdict: Misleading."]),
    # --- mobile pastes: odd spacing, truncation, polls ----------------------------------------------
    ("n19-space-before-stop", "The pier reopens on Monday . Tickets cost £3 .",
     ["The pier reopens on Monday .", "Tickets cost £3 ."]),
    ("n19-ellipsis-more", "Councillors will vote on the sale on 14 April, and campaigners say… more",
     ["Councillors will vote on the sale on 14 April, and campaigners say… more"]),
    ("n19-poll-lines", "QUICK POLL\nShould the pier be sold?\nYes  ·  38%\nNo  ·  62%\n1,842 votes",
     ["QUICK POLL", "Should the pier be sold?", "Yes  ·  38%", "No  ·  62%", "1,842 votes"]),
]  # fmt: skip
