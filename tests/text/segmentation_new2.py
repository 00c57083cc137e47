"""Second set of new sentence-splitting cases for issue 13, written for claimreview from scratch.

Same shape as `segmentation_new.py`: (id, text, expected sentences), compared after stripping;
expected splits are what a reviewer would want (see `labelled_new.py`), written without looking at
the engine's output. Shapes: abbreviations that end a sentence before a capital and ones that do
not ("a.m.", "p.m.", "Inc.", "Co.", "Corp.", "Ltd.", "etc.", "Mass.", "Ill.", "Ariz.", "Pa.",
"Ore.", "Fla."), numbered designations ("S.B. 52", "H.R. 4471", "No. 3", "Art. 9", "Sec. 4",
"Fig. 2", "Vol. 12", "pp. 34–36"), initials in names, a question or exclamation inside quotes
followed by a lower-case attribution, ellipses, decimal numbers and versions, URLs and e-mail
addresses, and list items without final punctuation. All names and places are invented.
"""

CASES = [
    # --- abbreviations that end a sentence before a capital ----------------------------------
    ("pm-end-2", "The polls closed at 7 p.m. Turnout was 62%.",
     ["The polls closed at 7 p.m.", "Turnout was 62%."]),
    ("inc-end-2", "The contract went to Rellford Systems Inc. Two rival bidders have appealed.",
     ["The contract went to Rellford Systems Inc.", "Two rival bidders have appealed."]),
    ("co-end", "The tanker belonged to Halden Shipping Co. Its crew of 19 was rescued.",
     ["The tanker belonged to Halden Shipping Co.", "Its crew of 19 was rescued."]),
    ("corp-end-2", "The tower was sold to Grayling Holdings Corp. The price was not disclosed.",
     ["The tower was sold to Grayling Holdings Corp.", "The price was not disclosed."]),
    ("etc-end-2", "Volunteers brought tents, blankets, stoves, etc. The shelter opened at dusk.",
     ["Volunteers brought tents, blankets, stoves, etc.", "The shelter opened at dusk."]),
    ("mass-end", "The company is based in Quenton, Mass. It employs 900 people.",
     ["The company is based in Quenton, Mass.", "It employs 900 people."]),
    ("ariz-end", "She retired to Copper Mesa, Ariz. Her son still runs the shop.",
     ["She retired to Copper Mesa, Ariz.", "Her son still runs the shop."]),
    ("fla-end-quote", "said Marta Ilves, a grower near Sorrel Key, Fla. “The frost took everything.”",
     ["said Marta Ilves, a grower near Sorrel Key, Fla.", "“The frost took everything.”"]),
    # --- the same abbreviations where the sentence goes on ----------------------------------
    ("am-for", "Doors open at 6:30 a.m. for early voters.", ["Doors open at 6:30 a.m. for early voters."]),
    ("ltd-and", "Tarrow Boats Ltd. and its parent company were fined $40,000.",
     ["Tarrow Boats Ltd. and its parent company were fined $40,000."]),
    ("ill-mid", "A plant in Harlow Falls, Ill., will close in March.", ["A plant in Harlow Falls, Ill., will close in March."]),
    ("pa-dateline", "GLENWARD, Pa. — Fire destroyed a furniture warehouse on Sunday.",
     ["GLENWARD, Pa. — Fire destroyed a furniture warehouse on Sunday."]),
    ("ore-fla-mid", "Flights from Bend Harbor, Ore., to Palm Reach, Fla., resume in May.",
     ["Flights from Bend Harbor, Ore., to Palm Reach, Fla., resume in May."]),
    # --- numbered designations --------------------------------------------------------------
    ("sb-52", "The Assembly passed S.B. 52 on Thursday. It now goes to the governor.",
     ["The Assembly passed S.B. 52 on Thursday.", "It now goes to the governor."]),
    ("hr-4471-start", "H.R. 4471 would spend $38 billion over five years.", ["H.R. 4471 would spend $38 billion over five years."]),
    ("no-3-amendment", "Amendment No. 3 failed by 53 votes. Its sponsor said she would try again.",
     ["Amendment No. 3 failed by 53 votes.", "Its sponsor said she would try again."]),
    ("art-sec", "Art. 9, Sec. 4 of the charter sets the mayor's term at four years.",
     ["Art. 9, Sec. 4 of the charter sets the mayor's term at four years."]),
    ("fig-2", "The spike is shown in Fig. 2 of the report. It began in 2019.",
     ["The spike is shown in Fig. 2 of the report.", "It began in 2019."]),
    ("vol-pp", "The study appeared in Vol. 12, pp. 34–36, of the bulletin. Critics noted the small sample.",
     ["The study appeared in Vol. 12, pp. 34–36, of the bulletin.", "Critics noted the small sample."]),
    # --- initials in names ------------------------------------------------------------------
    ("initials-run", "The novels of E.M.W. Farrant have sold 2 million copies.",
     ["The novels of E.M.W. Farrant have sold 2 million copies."]),
    ("initials-spaced", "The report was written by G. H. Pellingham and R. Osei-Tutu. It runs to 80 pages.",
     ["The report was written by G. H. Pellingham and R. Osei-Tutu.", "It runs to 80 pages."]),
    # --- question or exclamation inside quotes, then a lower-case attribution ---------------
    ("q-asked-rep", "“Who pays for this?” asked Rep. Tomas Vire. Nobody answered him.",
     ["“Who pays for this?” asked Rep. Tomas Vire.", "Nobody answered him."]),
    ("excl-cried", "“It's gone!” cried a neighbor as the roof fell in.", ["“It's gone!” cried a neighbor as the roof fell in."]),
    # --- ellipses ---------------------------------------------------------------------------
    ("ellipsis-lower", "He paused... then signed the order.", ["He paused... then signed the order."]),
    ("ellipsis-capital", "The line went quiet… Then the power came back.",
     ["The line went quiet…", "Then the power came back."]),
    # --- decimals, versions, URLs, e-mail addresses ------------------------------------------
    ("decimal-version", "Version 4.2.1 of the app fixed the bug. Usage rose 3.5% in a week.",
     ["Version 4.2.1 of the app fixed the bug.", "Usage rose 3.5% in a week."]),
    ("url-end", "The full budget is at www.tallowcounty-budget.org. Comments close on Friday.",
     ["The full budget is at www.tallowcounty-budget.org.", "Comments close on Friday."]),
    ("url-mid", "Visit https://data.harnwell.org/v2.1/reports for the full tables.",
     ["Visit https://data.harnwell.org/v2.1/reports for the full tables."]),
    ("email-end", "Send tips to newsdesk@ketterbyledger.com. We read every message.",
     ["Send tips to newsdesk@ketterbyledger.com.", "We read every message."]),
    # --- list items without final punctuation -----------------------------------------------
    ("list-lines", "The plan includes:\nNew bus lanes on Orme Road\nLonger library hours\nA second recycling centre",
     ["The plan includes:", "New bus lanes on Orme Road", "Longer library hours", "A second recycling centre"]),
]  # fmt: skip
