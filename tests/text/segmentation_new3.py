"""Third set of new sentence-splitting cases for issue 13, written for claimreview from scratch.

Same shape as `segmentation_new.py` and the `CASES` of `labelled_new12.py`: (id, text, expected
sentences), compared after stripping. Expected splits are what a careful newsroom reviewer wants
(one claim per sentence), written without looking at the splitter's code or its output. All names,
places and numbers are invented. Shapes, from news copy of several countries: company suffixes
("N.V.", "Pty. Ltd.", "GmbH & Co. KG", "Ltd.)."), "Sr.", "U.K.", "a.m."/"p.m." before time zones
("EDT", "IST", "BST") and before new sentences ("2.30pm."), street abbreviations ("St.", "Ave.",
"Downing St."), units ("ft.", "in.", "lbs."), "vs.", "et al.", "e.g.", "cf.", titles before names
("Lt. Col.", "Rev.", "Hon.", "Msgr.", "Sgt. Maj.", "Det. Supt.", "Insp.", "Supt.", "Cllr", "Ald."),
initials ("J.R.R.", "A. B.", "Mary K."), "vitamin D." ending a sentence, designations ("No. 10",
"Art. IV", "Jan. 2027", "Sept. 2027"), money ("$1.5bn.", "Rs. 400"), questions and exclamations in
quotes followed by lower-case or capitalised attributions and by new sentences, nested quotes,
glued and spaced ellipses, a bracket closing after an abbreviation, URLs and e-mail addresses
ending sentences, a capitals headline line, bullets and numbered items pasted in one paragraph,
and scores.
"""

CASES = [
    # --- company suffixes and name suffixes ---------------------------------------------------
    ("s3-nv-end", "The container terminal was sold to Havermeer Logistiek N.V. The buyer paid €310 million.",
     ["The container terminal was sold to Havermeer Logistiek N.V.", "The buyer paid €310 million."]),
    ("s3-pty-ltd-end", "The lease is held by Wattlebrook Minerals Pty. Ltd. Its licence runs until 2031.",
     ["The lease is held by Wattlebrook Minerals Pty. Ltd.", "Its licence runs until 2031."]),
    ("s3-gmbh-co-kg-mid", "Vossberg Logistik GmbH & Co. KG bought the Lindenau depot in 2019 for €18 million.",
     ["Vossberg Logistik GmbH & Co. KG bought the Lindenau depot in 2019 for €18 million."]),
    ("s3-paren-ltd-end", "The contract went to Corran & Sons (now part of Velmore Holdings Ltd.). It was the only bid.",
     ["The contract went to Corran & Sons (now part of Velmore Holdings Ltd.).", "It was the only bid."]),
    ("s3-sr-end", "The ferry company was founded by Reginald Ottoway Sr. His grandson sold it in 1994.",
     ["The ferry company was founded by Reginald Ottoway Sr.", "His grandson sold it in 1994."]),
    ("s3-uk-border-force", "Officers from U.K. Border Force seized 140 kg of cocaine at Harwick docks on Thursday.",
     ["Officers from U.K. Border Force seized 140 kg of cocaine at Harwick docks on Thursday."]),
    # --- times, time zones, streets and units -----------------------------------------------------
    ("s3-pm-edt-mid", "The launch window opens at 4:12 p.m. EDT and closes 38 minutes later.",
     ["The launch window opens at 4:12 p.m. EDT and closes 38 minutes later."]),
    ("s3-am-ist-end", "Results will be declared at 11 a.m. IST. Counting starts at 8 a.m. in all 42 centres.",
     ["Results will be declared at 11 a.m. IST.", "Counting starts at 8 a.m. in all 42 centres."]),
    ("s3-pm-bst-mid", "The race starts at 2.30 p.m. BST on Sunday and will be shown live in 40 countries.",
     ["The race starts at 2.30 p.m. BST on Sunday and will be shown live in 40 countries."]),
    ("s3-pm-glued-end", "The lorry overturned at about 2.30pm. Police closed the Drovers Way bypass until 6pm.",
     ["The lorry overturned at about 2.30pm.", "Police closed the Drovers Way bypass until 6pm."]),
    ("s3-st-ave-mid", "The march went from St. Wulfran's Square along Kinnerby Ave. to the town hall.",
     ["The march went from St. Wulfran's Square along Kinnerby Ave. to the town hall."]),
    ("s3-downing-st-end", "About 300 nurses rallied outside No. 10 Downing St. The prime minister did not come out.",
     ["About 300 nurses rallied outside No. 10 Downing St.", "The prime minister did not come out."]),
    ("s3-ft-in-lbs", "Police said the man is about 6 ft. 2 in. tall and weighs about 210 lbs. He was last seen near Corran Quay.",
     ["Police said the man is about 6 ft. 2 in. tall and weighs about 210 lbs.", "He was last seen near Corran Quay."]),
    # --- vs., et al., e.g., cf. and designations -----------------------------------------------
    ("s3-vs-mid", "The final, Harrowbeck Rovers vs. Tellin Athletic, kicks off at 3 p.m. on Saturday.",
     ["The final, Harrowbeck Rovers vs. Tellin Athletic, kicks off at 3 p.m. on Saturday."]),
    ("s3-et-al-end", "The estimate comes from a study by Vanderhoeve et al. The authors used hospital records from 1990 to 2020.",
     ["The estimate comes from a study by Vanderhoeve et al.", "The authors used hospital records from 1990 to 2020."]),
    ("s3-eg-mid", "Smaller lenders, e.g. Mallowfield Mutual and Ostley Bank, have already dropped the fee.",
     ["Smaller lenders, e.g. Mallowfield Mutual and Ostley Bank, have already dropped the fee."]),
    ("s3-cf-art-mid", "The ruling (cf. Art. 5 of the 1998 accord) was narrower than expected. Both sides claimed victory.",
     ["The ruling (cf. Art. 5 of the 1998 accord) was narrower than expected.", "Both sides claimed victory."]),
    ("s3-art-roman", "Under Art. IV of the compact, the three provinces share the river's water equally.",
     ["Under Art. IV of the compact, the three provinces share the river's water equally."]),
    # --- titles and initials --------------------------------------------------------------------
    ("s3-lt-col", "Lt. Col. Imogen Farrowmere-Achebe said the battalion would leave Kessel by Friday.",
     ["Lt. Col. Imogen Farrowmere-Achebe said the battalion would leave Kessel by Friday."]),
    ("s3-rev-hon", "The Rev. Tobias Nkemdirim and the Hon. Clarissa Wendt-Moreau both spoke at the vigil.",
     ["The Rev. Tobias Nkemdirim and the Hon. Clarissa Wendt-Moreau both spoke at the vigil."]),
    ("s3-msgr-sgt-maj", "Msgr. Aurelio Benvenuti blessed the memorial, and Sgt. Maj. Dalton Pryce laid the first wreath.",
     ["Msgr. Aurelio Benvenuti blessed the memorial, and Sgt. Maj. Dalton Pryce laid the first wreath."]),
    ("s3-supt-insp", "Det. Supt. Harriet Onwuzulu said Insp. Kieran Blaylock had led the search at Fenwick Moss. Both declined to comment further.",
     ["Det. Supt. Harriet Onwuzulu said Insp. Kieran Blaylock had led the search at Fenwick Moss.", "Both declined to comment further."]),
    ("s3-cllr-mixed", "Cllr Morwenna Treloar called the scheme unaffordable. Cllr. Idris Penhale said it would pay for itself within ten years.",
     ["Cllr Morwenna Treloar called the scheme unaffordable.", "Cllr. Idris Penhale said it would pay for itself within ten years."]),
    ("s3-jrr-initials", "The library holds 212 letters from J.R.R. Ashwell-Pike, the poet who grew up in Kellington.",
     ["The library holds 212 letters from J.R.R. Ashwell-Pike, the poet who grew up in Kellington."]),
    ("s3-spaced-initials", "A. B. Okonkwo-Harte resigned as treasurer on Monday. Mary K. O'Dowling replaces him.",
     ["A. B. Okonkwo-Harte resigned as treasurer on Monday.", "Mary K. O'Dowling replaces him."]),
    ("s3-vitamin-d-end", "Most adults in Harlow Vale lack vitamin D. Doctors there recommend a supplement in winter.",
     ["Most adults in Harlow Vale lack vitamin D.", "Doctors there recommend a supplement in winter."]),
    # --- money ----------------------------------------------------------------------------------
    ("s3-rs-mid", "Entry to the fort costs Rs. 400 for adults and Rs. 150 for children. Foreign visitors pay Rs. 1,100.",
     ["Entry to the fort costs Rs. 400 for adults and Rs. 150 for children.", "Foreign visitors pay Rs. 1,100."]),
    ("s3-bn-digit-start", "The pension fund lost $1.5bn. 2025 was its worst year since it was set up in 1979.",
     ["The pension fund lost $1.5bn.", "2025 was its worst year since it was set up in 1979."]),
    # --- quotes with ? and !, attributions, nested quotes -------------------------------------
    ("s3-q-supt-capital-attrib", "“Who authorised the raid?” Supt. Rhiannon Vale-Okafor asked the inquiry. The witness did not answer.",
     ["“Who authorised the raid?” Supt. Rhiannon Vale-Okafor asked the inquiry.", "The witness did not answer."]),
    ("s3-excl-chant-st", "“Not one more closure!” chanted nurses outside St. Aldhun's Hospital. The health board did not respond.",
     ["“Not one more closure!” chanted nurses outside St. Aldhun's Hospital.", "The health board did not respond."]),
    ("s3-straight-q-ald", "\"Who signed off on this?\" asked Ald. Bronwen Iddon-Shah. \"Nobody will say.\"",
     ["\"Who signed off on this?\" asked Ald. Bronwen Iddon-Shah.", "\"Nobody will say.\""]),
    ("s3-nested-q-attrib", "“My son asked me, ‘Are we going to lose the house?’ What do you say to that?” asked Delphine Marcellini-Obi.",
     ["“My son asked me, ‘Are we going to lose the house?’", "What do you say to that?” asked Delphine Marcellini-Obi."]),
    # --- ellipses ---------------------------------------------------------------------------------
    ("s3-ellipsis-glued-capital", "The bids went £2m, £2.4m, £3m... The auctioneer finally stopped at £3.6m.",
     ["The bids went £2m, £2.4m, £3m...", "The auctioneer finally stopped at £3.6m."]),
    ("s3-four-dot-spaced", "The minister's letter ends: “We will do what we can . . . .” Officials would not say what that meant.",
     ["The minister's letter ends: “We will do what we can . . . .”", "Officials would not say what that meant."]),
    # --- URLs and e-mail addresses ending sentences ------------------------------------------
    ("s3-url-slash-end", "Grant forms are at www.orrinvale-council.org/grants/. Late applications will not be accepted.",
     ["Grant forms are at www.orrinvale-council.org/grants/.", "Late applications will not be accepted."]),
    ("s3-email-end", "Readers can write to letters@corranbay-herald.co.nz. Letters may be edited for length.",
     ["Readers can write to letters@corranbay-herald.co.nz.", "Letters may be edited for length."]),
    # --- headlines, pasted lists, scores -------------------------------------------------------
    ("s3-headline-caps", "DAM BREACH FORCES EVACUATION IN KELLMARSH\nAbout 2,000 people were told to leave their homes on Sunday.",
     ["DAM BREACH FORCES EVACUATION IN KELLMARSH", "About 2,000 people were told to leave their homes on Sunday."]),
    ("s3-bullets-inline", "The council agreed to: • cut the speed limit on Fenn Rd. • add two crossings near St. Olave's School • review the scheme in Sept. 2027",
     ["The council agreed to:", "• cut the speed limit on Fenn Rd.", "• add two crossings near St. Olave's School", "• review the scheme in Sept. 2027"]),
    ("s3-numbered-inline", "The report makes three demands: 1. Publish the contracts. 2. Freeze fees until Jan. 2027. 3. Hold an independent inquiry.",
     ["The report makes three demands:", "1. Publish the contracts.", "2. Freeze fees until Jan. 2027.", "3. Hold an independent inquiry."]),
    ("s3-score-st", "Brackley Town beat St. Meryn Wanderers 3-2. The win lifts them to fourth.",
     ["Brackley Town beat St. Meryn Wanderers 3-2.", "The win lifts them to fourth."]),
]  # fmt: skip
