"""Held-out set 30 (round twenty-two): twelve whole pages from smaller and non-Western English-language outlets in twelve countries, and page kinds the sets rarely show.

Written from scratch for issue 13 in round twenty-two as a HELD-OUT set (scored, never tuned on),
blind: neither `claimreview/` nor the scorer's results were opened, and no test, scorer or engine
was run; only an import of this file and `build` were tried, to check its structure and the split
cases. The format and the conventions were read from the docstrings (and first pages) of
`labelled_new.py`, `labelled_new2.py`, `labelled_new40.py`, `labelled_new41.py`,
`labelled_new43.py`, `labelled_heldout27.py`, the `build` helper of `labelled_articles.py`, and the
settled points on honorifics quoted in the docstrings of `labelled_heldout10.py`,
`labelled_heldout19.py`, `labelled_heldout22.py` and `labelled_heldout28.py`. Every person, town,
village, barangay, ward, street, road, school, hospital, organisation, outlet, company, club,
product and number is invented; Nigeria and Kwara State, Jamaica and the parish of St Catherine,
Malta, Malaysia, Kuala Lumpur and Sabah, Ghana, Accra and Belgium, Sri Lanka and its districts
(Ratnapura, Kalutara, Kegalle, Galle), the Philippines and Negros Occidental, Pakistan, Punjab and
Lahore, Nepal, Kathmandu, Pokhara, Beni, Jomsom and the provinces and districts named in the
landslide update, Zimbabwe, Bangladesh and Dhaka, Fiji, Suva, Lautoka and Nadi appear only as
settings, and generic institutions ("the Lahore High Court", "COMELEC", "the Epidemiology Unit",
"the National Emergency Operation Centre", "the Department of Hydrology and Meteorology", "the
Armed Police Force", "the Nepal Army", "the Export Promotion Bureau", "the IMF", "the Fiji Police
Force", "the Land Transport Authority") only as settings, with invented figures. No surname, town,
street, outlet or company of any file under `tests/` is reused: each capitalised word of the pages,
and each part of every double-barrelled name, was grepped as a whole word over the whole `tests/`
tree, and every hit that was a name was changed (first names, titles and ordinary words recur).

The twelve pages, each WHOLE, head to foot, as selected and pasted as plain text, every furniture
line a paragraph of its own, one of each kind the round asked for: a Nigerian state broadcaster's
station site (a subsidised fertiliser sale flagged off by a commissioner); a Jamaican tabloid's
weird-news story (a goat blamed for eating a taxi man's fare money, Creole quotes); a Maltese
community paper's website (a local council votes to pedestrianise the parish square; the mayor's
greeting, notices and the festa programme); a Malaysian business daily's quarterly results story
(a plantation group); a Ghanaian sports site's transfer story (a league top scorer sold to a
Belgian club); a Sri Lankan daily reprinting a Health Ministry media release (leptospirosis after
floods) with its own reporting after it; a Philippine regional daily's plebiscite results page (a
town votes to become a city, with tallies by barangay); a Pakistani daily's court report (a High
Court suspends a waste fee billed with electricity); a Nepali site's monsoon landslide update with a
district toll; a Zimbabwean weekly's opinion column (water bills in US dollars for dry taps); a
Bangladeshi daily's long interview with prefixed turns (a jute exporters' leader); and a Fijian
daily's report of a joint press conference on road deaths with five speakers and reporters'
questions. They use these places' conventions (honorifics, currencies such as ₦, J$, €, RM and sen,
US$ and GH₵, Rs. and Rs, PHP, ZiG, Tk, crore and F$, and date formats such as "18.06.2026",
"2026.06.14", "19/06/2026", "Saturday, 20th June 2026", "Asar 3, 2083" and "Ashar 6, 1433 BS"), and
stress sentence boundaries (designations and titles with stops that never end a sentence,
times that do, initials in names, quotes ending in ? or ! before an attribution, lists and data
rows without stops, furniture without stops) and speakers. `STYLES` names the site, the story and
what each page stresses, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new43.py` and the held-out sets hold too: mastheads, slogans,
listen buttons, menus, crumbs, section labels and kickers, rate and index strips, bylines and
their role lines, date lines, stamps, share strips, views counters and font-size controls,
comment furniture, related, most-read and trending lists, tags, app and WhatsApp lines, subscription
lines, bios, ownership and publisher lines and footers are "B" line by line; captions by content and
their credits "B" ("- Contributed", "PHOTO: ...", "(Pic by ...)", "Picture: ...", "Photo: Courtesy");
headlines and standfirsts labelled by content, a bare quote headline ""; a pronoun, a later surname
or a role resolved to the full name as first given; titles, honorifics, ranks and roles dropped from
speakers ("Alhaji", "Hajiya", "Engr.", "Mrs.", "Mrs", "Ms", "Mr", "Hon.", "Dr", "Dr.", "Datuk Seri",
"Tan Sri", "Atty.", "Mayor", "Police Lt. Col.", "Justice", "Superintendent", "SP", "SSP", "Cde",
"Engineer", "Acting Commissioner of Police", "Chief District Officer", "Chief Epidemiologist",
"Medical Officer of Health"); "the club", "the group", "the statement", "the filing", "the bench"
and "the centre" kept as written; documents and data as sources kept as written, "according to X"
-> X; "declined to comment" and "did not respond to ..." labelled like speech with flags ""; a
quote's cue at its end carried from its first sentence; plans, votes, orders, results and fixtures
"W", forecasts "", reader-service and advice lines "B".

Conventions this set had to settle, in the same spirit:

* More honorifics of these settings are dropped like "Alhaji" and "Datuk": "Hajiya" (Nigeria),
  "Miss" before a name given as the only name ("gave her name only as Miss Gloria" -> "Gloria"),
  "Perit" (a Maltese architect's title), "Dun" (a Maltese priest's title) and "Mons.", "Ch."
  (Chaudhry) and "Mian" as honorific prefixes and "ASC" as a post-nominal (Pakistan), the Fijian
  chiefly titles "Ratu" and "Adi", "Oba" and "Olu" (a Yoruba ruler's title, in a list with no
  speaker). A later "Ratu Josefa" (title and first name, as Fijian papers write it) resolves to the
  full name as first given; "the commissioner said", "the CDO said", "The AAG said", "the Acting
  Commissioner replied" and "the judge remarked" resolve to the person. A nickname inside a name
  stays, in single or double quotes ("Delroy ‘Bigga’ Gooden-Lothian", "Leopoldo “Jun-Jun”
  Sabayle-Mangubat"). "Md." in a Bangladeshi name is part of the name ("Md. Rezaul Karim
  Mridha-Paikar") and never ends a sentence; Sri Lankan initials stay ("K. G. S.
  Amarathunga-Rajapaksege", "W. A. Sunil Jayaweera-Bandara"); a Chinese name in a Malaysian page
  keeps its order ("Quah Ai Ling"), and "Hafizuddin Khaw Boon Kiat" is kept whole after "Datuk Seri"
  is dropped; "Bahadur", "Prasad", "Raj" and "Kumari" are parts of Nepali names.
* Nigerian broadcaster: "disclosed this on Monday while flagging off ..." carries the commissioner
  with the cue "disclosed", "W"; "According to him, ..." resolves the pronoun to the full name with
  the cue "According to"; "commended the government but urged it ..." takes the first verb as cue
  and is "" (praise and a plea); "described the scheme as “...”" is "" with "described"; a list of
  dignitaries at the flag-off, joined by semicolons, is ONE "" sentence; the USSD line telling
  farmers how to check their allocation is a reader-service line, "B"; "Reported by:", "Edited by:",
  the WordPress "Share this:", "Like this:", "Like Loading...", the "Leave a Reply" block (its
  "Your email address will not be published." and "Required fields are marked *" two "B" sentences)
  and the station's ownership line are "B".
* Tabloid: a bare quote headline in Creole with "!" is "" without a speaker; the standfirst "Taxi man
  says" and the lead "A ... taxi operator is swearing that ..." carry the man named in the next
  paragraph (a role resolved forward) with the cues "says" and "is swearing", "W" for the sum; his
  own account of parking and heat is "" (a personal account, as a driver's bill is in
  `labelled_heldout19.py`); a quote paragraph whose cue comes at its end ("... she laughed.", "...
  he claimed.") carries that cue throughout; "“Mi nah lie. Ask anybody inna Bromptonville!” he
  said." is two sentences, the "!" before the lower-case attribution not ending the second; the
  central bank spokesperson's rule on damaged notes is "W" with "A spokesperson for the central
  bank"; the tip line ("Got a weird and wonderful story?" and the phone-and-email sentence ending
  ".com.jm.") is "B".
* Community paper: "Issue 214 · June 2026", the mayor's greeting box (three "B" sentences, the
  Maltese one included), every notice (the lost-cat notice and its "Reward." two "B" sentences) and
  each festa programme line ("Fri.", "Sat.", "Sun." and "Mons." never ending one) are "B"; the
  office-hours line "(Mon.–Fri. 8am–1pm)." is a reader-service line, "B", ending at the bracket's
  full stop; "No. 7" never ends a sentence; "“Is that consultation? I don't think so.”" splits at
  the "?" before a capital, and a paragraph ending "...?” she asked." carries "asked" through.
* Business daily: the standfirst "Group declares ..., but warns of ..." carries the company by its
  full name with the cue "warns", "W"; "the group said in a filing with the stock exchange" keeps
  "the group" and the whole channel phrase; "it said" after a figure resolves to the company;
  "Serimuda said" keeps the short name; "the filing showed" keeps the filing; "He said the group
  expected FFB output ... to be flat" is a forecast, ""; "which it said would be completed" in a
  relative clause gives no speaker ("W", a plan with a cost); the analysts' call and target with
  "saying" is "W"; "X was more cautious." introduces a quote and carries no speaker; the "Q1 at a
  glance" box is a fact box, heading "B" and each line "W"; "Aug 14", "Feb 1", "sen", "RM1.02bil",
  "q-o-q" and "y-o-y" never split.
* Sports transfer: "OFFICIAL ✅:" is part of the headline; "In a statement signed by its Chief
  Executive Officer, Alhaji X, the club said ..." carries the signatory by name with "said" (the
  statement is his), "the statement added" keeps "the statement"; the "Player profile" heading is
  "B" and its glued data line ("Age: 21 | Position: Striker | ...") ONE "" sentence, like a line-up;
  "“Where do you find 17 goals in this league? You don't,” X said with a laugh." is two sentences,
  the second carrying the cue; "admitted" and "thanked" are cues, ""; "confirmed the deal and said
  ..." takes the first verb, "W".
* Reprinted release: the paper's lead-in "The Ministry of Health issued the following media release
  on Sunday ...:" carries the ministry with the cue "issued the following media release" (the time
  phrase dropped), "", and every sentence of the release below it, its title and its district rows
  ("Ratnapura – 318", "W") included, carries that speaker and cue, as "The statement said:" carries
  "The statement" through a quote; the release's own furniture ("MEDIA RELEASE", "Ref: ...",
  "Date: 2026.06.14", the signature and designation lines, "(End of release)") is "B", and its
  advice line ("The public is advised to ...") is "B" as in `labelled_heldout10.py`. A headline's
  closing attribution after a colon ("...: Health Ministry") carries the ministry as the body names
  it, with ":" as cue, as a dash does in `labelled_heldout22.py`; the standfirst "Ministry urges"
  carries it with "urges", "".
* Results page: the results box is a fact box: "Official results as of ..." and "Source: ..." are
  "B", "YES – 41,226 (80.7%)", "NO – ..." and the glued registered-cast-turnout line each ONE "W"
  sentence; "Results by barangay (five largest)" is "B" and each barangay row "W", as published
  results are in `labelled_new40.py`; "Brgy." and "Sto." never end a sentence; the board's
  proclamation is "W" without a speaker; "“Who will pay for the new city hall? The fishermen of
  Tabunok?” Paclibar-Sevilla said ..." splits at the first "?" (a capital follows inside the quote)
  but not at the second, before a capitalised surname attribution; "“Today, San Eufrasio grows up!
  Tomorrow, we get to work,” X said." splits at the "!" before a capital; "had argued" is a cue and
  the argument about taxes "W"; "12 noon" and "10 a.m. and" never end a sentence.
* Court report: "LAHORE:" is part of the first sentence; "argued", "submitted", "contended",
  "observed", "remarked" and "opposed the petition and said" (cue "said") are cues, submissions of
  fact "W", contentions and observations ""; what the court restrained, directed and sought, and the
  adjournment ("till July 2."), are "W" without a speaker; "according to the court's cause list"
  keeps the list; "The spokesperson did not respond to a question about ..." has the cue "did not
  respond to a question"; "Published in The Daily Qandeel, June 18th, 2026", "Comments (19)" and
  "Closed" are "B".
* Disaster update: the Bikram Sambat and AD date line, "Post Report", "Kathmandu, June 17" and
  "UPDATED: 4:15 pm" are "B"; "Deaths by district (NEOC, as of 3 pm)" is a fact-box heading, "B",
  and each district row ("Myagdi – 5 dead, 3 missing") "W"; "the centre said in its 3 pm update"
  keeps "the centre" with "said"; "ward chair X told the Post by phone" has the cue "told the Post";
  the weather department's forecast "has forecast" and its advice "has advised" are "" (a forecast
  and advice, kept with their source); "(With inputs from ...)", the emergency numbers, the
  "Published at : ... | Updated at : ..." line and "Reg. No. 118/076-77, ..." (ONE "B" sentence) are
  "B"; "2:30 am", "7 am", "8:45 am on" never end a sentence.
* Opinion column: the writer's counts, dates and bills ("there were 43 people in the queue", "That
  is 83 days.", "US$31.40, or ZiG829.27") are "W" without a speaker, his asides ("I know, because I
  was number 44."), rhetorical questions, judgements and proposals ""; a proposal that cites a
  checkable precedent ("as the town of Tsindi Falls did ... in 2019") is "W"; a question that carries
  a checkable aside ("— I have seen it sold for that in Senga West —") is "W"; "He said the same
  thing last August." is the writer's check of a claim, "W" without a speaker; "according to its
  chairperson, Mrs X" carries X with "According to"/"according to" as written; "told residents the
  problem would be “solved by August”" is a promise, "".
* Interview: the first turn of each side is prefixed with name and short form ("The Daily Meghbarta
  (TDM):", "Md. Rezaul Karim Mridha-Paikar (RKB):") and later turns with the short form ("TDM:",
  "RKB:"); the interviewee's sentences carry his full name with the prefix as written as cue,
  and the interviewer's turns carry no speaker unless they cite a source ("according to the Export
  Promotion Bureau", "Some economists say", "The finance ministry has said", each "W" when they state
  a checkable figure or position of record); the caption that is only a name ("Md. Rezaul Karim
  Mridha-Paikar.") is "" and "Photo: Courtesy" "B"; "This interview has been edited for length and
  clarity." is "B"; "RKB: I am a jute man, so I have to be!" ends at the "!".
* Press conference: the "WATCH:" line is a video of this story, "", its running time "▶ 24:16" "B";
  each speaker is labelled by full name on every sentence he or she speaks or is reported in,
  "Speaking at a joint press conference ..., Ratu Josefa said" has the cue "said"; "Asked by the
  Watchman why ..., X said: “...”" splits inside the quote, as in `labelled_heldout27.py`; "Another
  reporter asked whether ..." carries "Another reporter" with "asked", ""; "“Will the checkpoints
  move to the Western Division too?” asked a reporter from Nadi." is ONE sentence with "a reporter
  from Nadi" as written; "“Yes. From next week,” the Acting Commissioner replied." is two sentences,
  both with the cue "replied"; "The Fiji Road Users' Association, which was not invited ..., said in
  a statement" drops the relative clause from the speaker; the reader line with the numbers to call
  is "B".

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline), written the same way: what a reviewer wants, not what the engine does. Like every earlier
held-out set, the cases are named `HELDOUT_CASES`, not `CASES`, so that no tuning run picks them up.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Nigerian state broadcaster's station site, subsidised fertiliser sale (station name and slogan, LISTEN LIVE, menu, WordPress posted-by line, naira figures, Alhaji, Engr., Mrs., Hajiya, Oba and Hon. dropped, disclosed this, According to him, the commissioner said, commended, described, 7 a.m. and 11 a.m. inside sentences, USSD reader line, Reported by and Edited by lines, Share this and Like this, Leave a Reply block, ownership line, powered-by footer)",
    "Jamaican tabloid's weird-news story, a goat blamed for eaten fare money (masthead and slogan, section, bare quote headline with !, standfirst 'Taxi man says', byline and writer line, Published line with AM, caption with '- Contributed', lead 'is swearing' resolved forward, nickname in quotes inside a name, J$ and $ figures, 2:30 p.m., Creole quotes, Miss dropped, she laughed, Superintendent then SP, a spokesperson for the central bank, claimed, insists, ! before he said, tip line, related, comments count, Co. Ltd. copyright)",
    "Maltese community paper's website, council votes to pedestrianise a parish square (bilingual masthead and menu, issue line, dd.mm.yyyy date, euro figures, according to the council's minutes, Dr, Perit, Ms, Dun and Mons. titles, No. 7, question before capital and she asked, told the meeting, noted, office hours with Mon.–Fri. in brackets, Mayor's Desk greeting, notices, festa programme lines with Fri., Sat., Sun., copyright)",
    "Malaysian business daily's quarterly results story (index, ringgit and CPO strip, menu, headline with RM148.6mil, standfirst 'Group ... warns', capitals byline, KUALA LUMPUR place-date line with MYT, sen, RMmil and RMbil figures, Aug 14 and Feb 1 without dots, q-o-q and y-o-y, said in a filing with the stock exchange, the filing showed, Datuk Seri and Tan Sri dropped, Sdn Bhd, analysts' call and target, Chinese name order, Q1 at a glance box, a relative-clause 'it said', related, tags, company-registration copyright)",
    "Ghanaian sports site's transfer story (masthead, menu, OFFICIAL ✅ headline with $850,000, standfirst 'Club says' with semicolon, byline, date with 20th and read time, share strip, caption with PHOTO credit, the club announced, statement signed by a CEO with Alhaji, GH₵ figure, the statement added, player profile data line, question before capital then 'said with a laugh', admitted, Mr dropped from a three-part Ga name, thanked in a video, according to the club, advertisement, WhatsApp line, numbered trending list, copyright)",
    "Sri Lankan daily reprinting a Health Ministry media release on leptospirosis (masthead and trilingual date strip, headline with a colon attribution, standfirst 'Ministry urges', views counter, font-size control, caption with (Pic by ...), the paper's lead-in 'issued the following media release:', MEDIA RELEASE, Ref and Date lines with 2026.06.14, the release's district rows, advice line, signature block, (End of release), Chief Epidemiologist Dr., initials in names (H. M. R., K. G. S., W. A.), Rs. 3,500, he asked, comments moderation, latest news, (Pvt.) Ltd. copyright)",
    "Philippine regional daily's plebiscite results page (masthead, date, menu, PLEBISCITE 2026 · RESULTS kicker, headline, standfirst with 11:42 p.m. and semicolon, results box with YES and NO lines, registered-cast-turnout line and Source line, dateline 'SAN EUFRASIO, Negros Occidental –', according to the board of canvassers, Atty., Engr., Mayor Hon. and Police Lt. Col. dropped, nickname inside a name, Brgy. and Sto. never ending, barangay rows, ! then capital, ? before a capitalised surname attribution, PHP figures, With reports from, READ NEXT, subscription line, copyright)",
    "Pakistani daily's court report (masthead, e-paper, Urdu switch and Hijri date strip, menu, headline with Rs300, standfirst 'Bench asks', byline, Published line, LAHORE: dateline, Justice, Ch., Mian, ASC and Assistant Advocate General dropped, the AAG said, argued, submitted, contended, the bench observed, quote whose cue 'the judge remarked' comes at the end, restrained and directed, sought replies, adjourned till, according to the court's cause list, Speaking to The Daily Qandeel, spokesperson did not respond to a question, Published in line, comments Closed, most popular, copyright)",
    "Nepali national site's monsoon landslide update (masthead, Bikram Sambat and AD date line, language switch, menu, kicker, headline and standfirst, Post Report and place-date line, UPDATED stamp, according to the NEOC, the centre said, 2:30 am and 7 am, ward chair told the Post, district toll rows under a B heading, SP, Chief District Officer and the CDO, Home Ministry spokesperson, Rs 200,000, according to NEOC data, forecast and advice by the weather department, Meteorologist, 186 mm and 8:45 am, with-inputs line, emergency numbers, Published and Updated line, related, most read, Pvt. Ltd. and Reg. No. footer)",
    "Zimbabwean regional weekly's opinion column on water bills in US dollars (masthead and slogan, menu, ZiG rate strip, OPINION and IN MY VIEW labels, headline, byline, date, caption with Picture credit, the writer's counts and bills in US$ and ZiG, 5am, according to the council's own figures presented at a meeting, Engineer, Cde and Mrs dropped, told that same meeting, rhetorical questions, a dash-bracketed aside, numbered proposals with a precedent, bio and views line, feedback line, more opinion, publisher line, copyright)",
    "Bangladeshi daily's long interview with a jute exporters' leader (masthead, Dhaka date line with Bangla calendar, menu, crumb with ›, quote headline, two-sentence standfirst with Md., Interviewed by line, Published and Last modified line, caption of a name only and Photo: Courtesy, introduction, 'The Daily Meghbarta (TDM):' and 'Md. ... (RKB):' prefixes then TDM: and RKB:, questions citing the Export Promotion Bureau, some economists and the finance ministry, Tk, crore, $ figures, a rhetorical question inside an answer, ! ending an answer's sentence, edited note, topics, Google News line, related, editor-and-publisher line with Rd., copyright)",
    "Fijian daily's report of a joint press conference on road deaths with several speakers (masthead, dd/mm/yyyy date and weather strip, menu, section, headline, standfirst 'Minister says' with semicolon, byline and reporter line, Updated stamp, share, WATCH video line with running time, Ratu, Adi, Acting Commissioner of Police, SSP, Director Traffic and Dr. dropped, later 'Ratu Josefa' resolved, F$ figures, 30km/h, quotes over three sentences, 'Asked by the Watchman ..., X said:', another reporter asked, 'asked a reporter from Nadi', the Acting Commissioner replied, association said in a statement, did not respond to questions, reader line with numbers, related, comments line, address with St., copyright)",
]

ARTICLES = [
    [  # 1. Nigerian state broadcaster's news page: subsidised fertiliser sale flagged off
        [("GBAGEDE FM 101.9", "", "", "B")],
        [("The People's Station", "", "", "B")],
        [("LISTEN LIVE ▶", "", "", "B")],
        [("Home   News   Programmes   Schedule   Presenters   Jingles & Adverts   Contact Us", "", "", "B")],
        [("News", "", "", "B")],
        [("Kwara begins sale of subsidised fertiliser at ₦18,500 per bag", "", "", "W")],
        [("Posted by: News Desk | June 16, 2026 | Category: Agriculture, State News", "", "", "B")],
        [("The Kwara State Government has begun the sale of 42,000 bags of NPK fertiliser to farmers at a subsidised price of ₦18,500 per 50kg bag, about half of the open-market price.", "", "", "W")],
        [("The State Commissioner for Agriculture and Rural Development, Alhaji Mutiu Adegbemile-Sanni, disclosed this on Monday while flagging off the distribution at the Ojuolape farm service centre in Ilado-Isale.", "Mutiu Adegbemile-Sanni", "disclosed", "W")],
        [("He said each registered farmer would be allowed to buy a maximum of five bags, and that payment would be made only through the state's e-wallet platform to stop middlemen from buying in bulk.", "Mutiu Adegbemile-Sanni", "said", "W")],
        [("“Last season, some people bought fertiliser from us at the subsidised price and resold it in neighbouring states at ₦34,000.", "Mutiu Adegbemile-Sanni", "said", "W"),
         ("That will not happen this time,” the commissioner said.", "Mutiu Adegbemile-Sanni", "said", "")],
        [("According to him, 61,300 farmers have so far been captured in the state's farmer registry, up from 38,900 in 2025.", "Mutiu Adegbemile-Sanni", "According to", "W")],
        [("The Programme Coordinator of the Kwara Agro-Inputs Support Scheme (KAISS), Engr. Folasade Ogunfowora-Ajao, said trucks carrying the fertiliser had been dispatched to all 16 local government areas of the state.", "Folasade Ogunfowora-Ajao", "said", "W")],
        [("She explained that farmers without smartphones could pay at any of the 48 agro-dealer kiosks approved by the scheme, using a USSD code.", "Folasade Ogunfowora-Ajao", "explained", "W")],
        [("Speaking on behalf of the farmers, the state Chairman of the Farmers' Solidarity Union of Nigeria (FSUN), Alhaji Yakubu Dankaka-Oyewo, commended the government but urged it to extend the sale to dry-season rice farmers in the riverine communities.", "Yakubu Dankaka-Oyewo", "commended", "")],
        [("“We thank the government.", "Yakubu Dankaka-Oyewo", "said", ""),
         ("But ₦18,500 is still too much for a woman farming one hectare, and many of our members have not received the text message with their payment code,” he said.", "Yakubu Dankaka-Oyewo", "said", "W")],
        [("A farmer from Ilado-Isale, Mrs. Comfort Ayinla-Olaniwun, told Gbagede News that she queued from 7 a.m. but left without fertiliser because the kiosk's network was down.", "Comfort Ayinla-Olaniwun", "told Gbagede News", "")],
        [("Responding, Engr. Ogunfowora-Ajao said the network problem had been resolved by 11 a.m. and that farmers who missed out would be attended to on Tuesday.", "Folasade Ogunfowora-Ajao", "said", "W")],
        [("The state government had in April approved ₦1.38 billion for the purchase of fertiliser, tractors and improved seedlings for the 2026 wet season.", "", "", "W")],
        [("The Special Adviser to the Governor on Food Security, Hajiya Rukayat Obanikoro-Obadofin, described the scheme as “the backbone of our food security agenda”.", "Rukayat Obanikoro-Obadofin", "described", "")],
        [("She said the price of a 100kg bag of maize in Ilado-Isale market had fallen from ₦72,000 in February to ₦61,500 this month, and credited the state's input support for the drop.", "Rukayat Obanikoro-Obadofin", "said", "W")],
        [("The flag-off was attended by the Olu of Ilado-Isale, Oba Jimoh Adesiyan-Oguntokun; the Chairman of Ilado-Isale Local Government, Hon. Kehinde Olowoporoku-Adegoroye; and officials of the ministry.", "", "", "")],
        [("Farmers who have registered can check their allocation by dialling *347*21# or by visiting any approved kiosk.", "", "", "B")],
        [("Reported by: Abdulrasheed Okanlawon-Eleja", "", "", "B")],
        [("Edited by: Bukola Farintoye", "", "", "B")],
        [("Share this:", "", "", "B")],
        [("Facebook   WhatsApp   X   Telegram   Print", "", "", "B")],
        [("Like this:", "", "", "B")],
        [("Like Loading...", "", "", "B")],
        [("Related", "", "", "B")],
        [("Kwara farmers' registry hits 60,000 — Commissioner", "", "", "B")],
        [("Rainy season: Agency warns residents of riverine communities to relocate", "", "", "B")],
        [("Leave a Reply Cancel reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("Comment *", "", "", "B")],
        [("Post Comment", "", "", "B")],
        [("GBAGEDE FM is owned by the Kwara State Government and operated by the Gbagede Broadcasting Corporation.", "", "", "B")],
        [("Copyright © 2026 Gbagede Broadcasting Corporation | Powered by Ajibodu Web Solutions", "", "", "B")],
    ],
    [  # 2. Jamaican tabloid: goat blamed for eating a taxi man's fare money
        [("THE PEPPERLIGHT", "", "", "B")],
        [("Jamaica's Hottest Read", "", "", "B")],
        [("News   Entertainment   Sport   Dear Pastor   Weird & Wonderful   Pepper Girl   Classifieds", "", "", "B")],
        [("WEIRD & WONDERFUL", "", "", "B")],
        [("GOAT NYAM MI MONEY!", "", "", "")],
        [("Taxi man says billy goat ate J$46,000 in fare money from his glove box", "Delroy ‘Bigga’ Gooden-Lothian", "says", "W")],
        [("Shantelle Ashmeade-Fennell", "", "", "B")],
        [("Pepperlight Writer", "", "", "B")],
        [("Published: Thursday | June 18, 2026 | 12:08 AM", "", "", "B")],
        [("Share   Tweet   WhatsApp   Email", "", "", "B")],
        [("Delroy ‘Bigga’ Gooden-Lothian shows the glove box where he says he kept the money.", "", "", ""),
         ("- Contributed", "", "", "B")],
        [("A Bromptonville Gardens taxi operator is swearing that a billy goat made a meal of J$46,000 he had left in his car's glove box on Tuesday afternoon.", "Delroy ‘Bigga’ Gooden-Lothian", "is swearing", "W")],
        [("Delroy ‘Bigga’ Gooden-Lothian, 43, told THE PEPPERLIGHT that he parked his white station wagon under a guinep tree near the Bromptonville taxi stand around 2:30 p.m. and left the windows down because of the heat.", "Delroy ‘Bigga’ Gooden-Lothian", "told THE PEPPERLIGHT", "")],
        [("“Mi go buy two patty and a box juice, mi come back, and mi see dis goat head inna mi car a chew,” he said.", "Delroy ‘Bigga’ Gooden-Lothian", "said", ""),
         ("“By the time mi run him out, di whole a di money gone.", "Delroy ‘Bigga’ Gooden-Lothian", "said", ""),
         ("Only one $1,000 bill lef and it half-eat.”", "Delroy ‘Bigga’ Gooden-Lothian", "said", "")],
        [("Gooden-Lothian said the money was a week's fare collection, which he had planned to put towards the J$38,500 balance on his car insurance.", "Delroy ‘Bigga’ Gooden-Lothian", "said", "")],
        [("The goat, a brown-and-white ram that residents call ‘Pastor’, belongs to a 71-year-old woman who lives near the stand.", "", "", "")],
        [("Reached by telephone, the owner, who gave her name only as Miss Gloria, said she did not believe the story.", "Gloria", "said", "")],
        [("“Pastor nuh eat money.", "Gloria", "laughed", ""),
         ("Him eat cardboard and mango skin, yes, but if him did eat $46,000, him would dead,” she laughed.", "Gloria", "laughed", "")],
        [("She said no one from the taxi stand had asked her to pay for anything.", "Gloria", "said", "")],
        [("Superintendent Marcia Thorncliffe-Thwaites, commanding officer for the St Catherine North Division, confirmed that a report was made at the Bromptonville Police Station on Tuesday evening.", "Marcia Thorncliffe-Thwaites", "confirmed", "W")],
        [("“We take every report seriously, but I must say this is the first time I have seen a goat listed as a suspect,” SP Thorncliffe-Thwaites said, laughing.", "Marcia Thorncliffe-Thwaites", "said", "")],
        [("She said the police would take no further action because “a goat cannot be charged”, and advised motorists not to leave cash in unattended vehicles.", "Marcia Thorncliffe-Thwaites", "said", "")],
        [("A spokesperson for the central bank said damaged notes can be exchanged at its head office if more than half of the note is present and both serial numbers can be read.", "A spokesperson for the central bank", "said", "W")],
        [("That may be good news for Gooden-Lothian, whose half-eaten $1,000 bill, he said, still has “one whole serial number”.", "Delroy ‘Bigga’ Gooden-Lothian", "said", "")],
        [("Fellow taxi man Owen ‘Scatta’ McFarquhar-Spaulding, who says he saw the whole thing, has another theory.", "", "", "")],
        [("“Bigga did count the money pon the dashboard first, and breeze blow some a it out the window.", "Owen ‘Scatta’ McFarquhar-Spaulding", "claimed", ""),
         ("Mi see two $5,000 bill inna di gully,” he claimed.", "Owen ‘Scatta’ McFarquhar-Spaulding", "claimed", "")],
        [("Gooden-Lothian insists the goat is to blame.", "Delroy ‘Bigga’ Gooden-Lothian", "insists", "")],
        [("“Mi nah lie.", "Delroy ‘Bigga’ Gooden-Lothian", "said", ""),
         ("Ask anybody inna Bromptonville!” he said.", "Delroy ‘Bigga’ Gooden-Lothian", "said", "")],
        [("Got a weird and wonderful story?", "", "", "B"),
         ("Call or WhatsApp us at 876-555-0192 or email weird@pepperlight.com.jm.", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Man says duppy moved his fridge", "", "", "B")],
        [("Dog returns home after three months — wearing new collar", "", "", "B")],
        [("Pepper Girl of the Week: Tashauna, 22, loves cooking and dancehall", "", "", "B")],
        [("COMMENTS (27)", "", "", "B")],
        [("Click here to join the conversation.", "", "", "B")],
        [("Privacy Policy | Terms of Use | Advertise With Us | Contact Us", "", "", "B")],
        [("© 2026 Pepperlight Publishing Co. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Maltese community paper's website: local council votes to pedestrianise the parish square
        [("IL-LEĦEN TA' ĦAL DIMECH", "", "", "B")],
        [("The Voice of Ħal Dimech · Community newspaper since 1987", "", "", "B")],
        [("Home   Kunsill Lokali / Local Council   Parroċċa / Parish   Festa 2026   Sport   Notices   Archive", "", "", "B")],
        [("Issue 214 · June 2026", "", "", "B")],
        [("Local Council", "", "", "B")],
        [("Council votes 4-1 to close Pjazza San Rokku to cars from October", "", "", "W")],
        [("€186,500 project to be part-funded by regional scheme; shop owners fear loss of trade", "", "", "W")],
        [("By the Editorial Board", "", "", "B")],
        [("18.06.2026", "", "", "B")],
        [("The Ħal Dimech Local Council voted 4-1 at its meeting of 11 June to close Pjazza San Rokku to through traffic from 1 October, turning the square in front of the parish church into a pedestrian area.", "", "", "W")],
        [("The project will cost €186,500, of which €120,000 will come from a regional scheme for the regeneration of village cores, according to the council's minutes.", "the council's minutes", "according to", "W"),
         ("The rest will come from the council's own budget over two years.", "", "", "W")],
        [("Mayor Dr Josianne Bonavia-Vellaćek said the square had become “a car park with a church in it”.", "Josianne Bonavia-Vellaćek", "said", "")],
        [("“On a Sunday morning there are 60 cars parked around the square and families walking to Mass in the road.", "Josianne Bonavia-Vellaćek", "said", "W"),
         ("Our grandparents used this square to meet, not to park,” she said.", "Josianne Bonavia-Vellaćek", "said", "")],
        [("The plans, drawn up by Perit Kurt Abela-Xuereb, include new paving, 14 trees, benches, a drinking fountain and a loading bay on Triq il-Kappillan for deliveries between 6am and 10am.", "", "", "W")],
        [("Perit Abela-Xuereb told the meeting that the 38 parking spaces lost in the square would be replaced by 45 spaces in the former school yard on Triq Ġużè Ellul, 200 metres away.", "Kurt Abela-Xuereb", "told the meeting", "W")],
        [("Councillor Ramon Ciappara-Bezzina, the only member to vote against, said the council had not consulted shop owners properly.", "Ramon Ciappara-Bezzina", "said", "")],
        [("“We held one meeting, in August, when half the village was in Għadira,” he said.", "Ramon Ciappara-Bezzina", "said", "W"),
         ("“Is that consultation?", "Ramon Ciappara-Bezzina", "said", ""),
         ("I don't think so.”", "Ramon Ciappara-Bezzina", "said", "")],
        [("Eleven of the 13 businesses around the square signed a letter to the council in May asking it to keep at least ten short-stay parking spaces.", "", "", "W")],
        [("Ms Doris Spiteri-Bonanno, who has run the haberdashery at No. 7 for 31 years, said most of her customers were elderly and came by car.", "Doris Spiteri-Bonanno", "said", "")],
        [("“If they can't stop outside, they will go to the shopping centre.", "Doris Spiteri-Bonanno", "asked", ""),
         ("Who will buy buttons then?” she asked.", "Doris Spiteri-Bonanno", "asked", "")],
        [("The parish priest, Dun Ġorġ Muscat-Azzopardi, said the parish welcomed the decision.", "Ġorġ Muscat-Azzopardi", "said", "")],
        [("He noted that the square would still be open to cars for weddings, funerals and the festa procession, and that the church's side door on Triq il-Kappillan would be made step-free as part of the works.", "Ġorġ Muscat-Azzopardi", "noted", "W")],
        [("Works are expected to start after the festa of San Rokku in August and to take about seven weeks.", "", "", "")],
        [("The full minutes of the meeting are available at the council office, Triq il-Kbira, Ħal Dimech, during office hours (Mon.–Fri. 8am–1pm).", "", "", "B")],
        [("From the Mayor's Desk", "", "", "B")],
        [("Dear residents, summer is here and so is our festa.", "", "", "B"),
         ("Please be patient with the road closures, and let us keep our streets clean.", "", "", "B"),
         ("Il-Festa t-Tajba lil kulħadd!", "", "", "B")],
        [("NOTICES", "", "", "B")],
        [("Bulky refuse collection: every Tuesday, by appointment only.", "", "", "B"),
         ("Call 2144 0000 before noon on Monday.", "", "", "B")],
        [("Lost: grey tabby cat, answers to “Ċikku”, near Triq il-Mitħna.", "", "", "B"),
         ("Reward.", "", "", "B")],
        [("Festa 2026 programme", "", "", "B")],
        [("Fri. 14 August, 7.30pm – Band march with the Għaqda Mużikali San Rokku", "", "", "B")],
        [("Sat. 15 August, 8pm – Fireworks display by the Ħal Dimech Fireworks Society", "", "", "B")],
        [("Sun. 16 August, 7pm – Procession with the statue of San Rokku, led by Mons. Anton Zerafa-Pulis", "", "", "B")],
        [("Il-Leħen ta' Ħal Dimech is published monthly by the Ħal Dimech Local Council and delivered free to every household.", "", "", "B"),
         ("Letters to the editor: editor@lehendimech.org.mt", "", "", "B")],
        [("© 2026 Kunsill Lokali Ħal Dimech", "", "", "B")],
    ],
    [  # 4. Malaysian business daily: plantation group's quarterly results
        [("THE SAUJANA DAILY", "", "", "B")],
        [("KLCI 1,612.44 ▲3.21 (0.20%)   USD/MYR 4.2215   CPO (3rd month) RM4,118 ▼22", "", "", "B")],
        [("Corporate   Markets   Economy   Property   Commodities   Tech   Opinion   E-Paper", "", "", "B")],
        [("Corporate", "", "", "B")],
        [("Serimuda Plantations Q1 net profit jumps 62% to RM148.6mil on higher CPO prices", "", "", "W")],
        [("Group declares 3.5 sen interim dividend, but warns of lower output from ageing estates in Sabah", "Serimuda Plantations Bhd", "warns", "W")],
        [("By NUR AQILAH ZAINUDDIN-HARRIS", "", "", "B")],
        [("KUALA LUMPUR: 19 June 2026 · 7:42 PM MYT", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   WhatsApp   Telegram", "", "", "B")],
        [("Serimuda Plantations Bhd posted a net profit of RM148.6mil for the first quarter ended March 31, up 62% from RM91.7mil a year earlier, as crude palm oil (CPO) prices rose.", "", "", "W")],
        [("Revenue rose 24.3% year-on-year to RM1.02bil, the group said in a filing with the stock exchange on Friday.", "the group", "said in a filing with the stock exchange", "W")],
        [("Earnings per share were 11.84 sen, against 7.31 sen in the same quarter last year.", "", "", "W")],
        [("The group declared an interim dividend of 3.5 sen per share, payable on Aug 14.", "", "", "W")],
        [("The average CPO price it realised in the quarter was RM4,236 per tonne, compared with RM3,612 a year earlier, it said.", "Serimuda Plantations Bhd", "said", "W")],
        [("However, fresh fruit bunch (FFB) production fell 6.8% to 1.21 million tonnes, mainly because of heavy rain in January and the replanting of older estates in Sabah.", "", "", "W")],
        [("Managing director Datuk Seri Hafizuddin Khaw Boon Kiat said about 38% of the group's planted area in Sabah was made up of palms older than 20 years, whose yields were declining.", "Hafizuddin Khaw Boon Kiat", "said", "W")],
        [("“We will replant about 9,000 hectares this year, which means lower output in the short term, but it is the right thing to do for the next 25 years,” he said in a statement.", "Hafizuddin Khaw Boon Kiat", "said in a statement", "W")],
        [("He said the group expected FFB output for the full year to be flat or slightly lower than the 5.02 million tonnes it produced in 2025.", "Hafizuddin Khaw Boon Kiat", "said", "")],
        [("Labour costs rose 11% q-o-q after the group raised the minimum wage at its estates to RM1,900 a month from Feb 1, the filing showed.", "the filing", "showed", "W")],
        [("The group's net gearing stood at 0.31 times as at March 31, down from 0.38 times at end-December.", "", "", "W")],
        [("Serimuda's chairman, Tan Sri Zulkarnain Awang Kechik, is also its largest shareholder, with a 27.4% stake held through Puncak Seroja Holdings Sdn Bhd.", "", "", "W")],
        [("Analysts at Jentayu Research said the results were above expectations, making up 31% of their full-year net profit forecast of RM478mil.", "Analysts at Jentayu Research", "said", "W")],
        [("They kept their “buy” call on the stock with a target price of RM6.85, saying Serimuda's low cost of production of about RM2,050 per tonne left it “well placed” if CPO prices eased.", "Analysts at Jentayu Research", "saying", "W")],
        [("Quah Ai Ling, an analyst at Teratai Securities, was more cautious.", "", "", "")],
        [("“The replanting drag will show up from the third quarter.", "Quah Ai Ling", "said", ""),
         ("We think the market is too optimistic about volumes,” she said, keeping a “hold” call with a target of RM5.90.", "Quah Ai Ling", "said", "W")],
        [("Shares in Serimuda closed 14 sen, or 2.2%, higher at RM6.42 on Friday, before the results were released, valuing the group at RM10.9bil.", "", "", "W")],
        [("Q1 at a glance", "", "", "B")],
        [("Revenue: RM1.02bil (+24.3% y-o-y)", "", "", "W")],
        [("Net profit: RM148.6mil (+62.0%)", "", "", "W")],
        [("FFB output: 1.21 million tonnes (−6.8%)", "", "", "W")],
        [("Interim dividend: 3.5 sen (ex-date: Jul 30)", "", "", "W")],
        [("Serimuda said it had also completed the purchase of a 4,200ha estate in Kalabakan-Tengah from Sri Gading Agro Sdn Bhd for RM214mil in cash in February.", "Serimuda", "said", "W"),
         ("The estate contributed RM6.2mil to revenue in the quarter.", "", "", "W")],
        [("The group is also building a 60-tonne-per-hour palm oil mill at Sungai Kerinting, which it said would be completed in the fourth quarter at a cost of RM88mil.", "", "", "W")],
        [("Related: Planters' Q1 earnings: who gained most from CPO rally?", "", "", "B")],
        [("Related: Estate wage bill to rise further, says planters' body", "", "", "B")],
        [("TAGS / KEYWORDS: Serimuda Plantations, CPO, palm oil, Q1 results, plantation", "", "", "B")],
        [("The Saujana Daily is published by Saujana Daily Media Sdn Bhd (201401022617).", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Ghanaian sports site: league top scorer's transfer to a Belgian club
        [("KICKOFF KASA", "", "", "B")],
        [("Home   Premier League   Black Stars   Transfers   Women's Football   Boxing   Athletics   Videos", "", "", "B")],
        [("Transfers", "", "", "B")],
        [("OFFICIAL ✅: Akyemfo United sell top scorer Asenso-Bediako to Belgium's Oosterdaal for record $850,000", "", "", "W")],
        [("Club says fee is the highest ever received by a domestic side; player signs four-year deal", "Akyemfo United", "says", "W")],
        [("Yaw Afrifa-Mensimah", "", "", "B")],
        [("Saturday, 20th June 2026 · 3 min read", "", "", "B")],
        [("Share on Facebook   Share on X   Share on WhatsApp", "", "", "B")],
        [("Kwadwo Asenso-Bediako celebrates his 17th league goal of the season against Tanoso Rangers at the Akyemfo Park.", "", "", "W"),
         ("PHOTO: Akyemfo United Media", "", "", "B")],
        [("Akyemfo United have completed the sale of striker Kwadwo Asenso-Bediako to Belgian second-tier club KVC Oosterdaal for a fee of US$850,000, the club announced on Friday night.", "the club", "announced", "W")],
        [("The 21-year-old has signed a four-year contract with Oosterdaal and will travel to Belgium on Tuesday to begin pre-season training.", "", "", "W")],
        [("In a statement signed by its Chief Executive Officer, Alhaji Ibrahim Sulemana-Dery, the club said the fee, about GH₵10.2 million at current exchange rates, was the highest ever paid to a club in the domestic league.", "Ibrahim Sulemana-Dery", "said", "W")],
        [("Akyemfo United will also receive 20 per cent of any future transfer fee, the statement added.", "the statement", "added", "W")],
        [("Asenso-Bediako finished the 2025/26 season as the league's top scorer with 17 goals in 29 matches, and made his debut for the national team in March.", "", "", "W")],
        [("Player profile", "", "", "B")],
        [("Age: 21 | Position: Striker | League goals 2025/26: 17 | Appearances: 29 | International caps: 2", "", "", "")],
        [("Speaking to Kickoff Kasa on Saturday, Alhaji Sulemana-Dery said the money would be used to complete the club's training centre at Asuboi, which has been under construction since 2023.", "Ibrahim Sulemana-Dery", "said", "W")],
        [("“This is not just about one player.", "Ibrahim Sulemana-Dery", "said", ""),
         ("When a boy from our academy goes to Europe for this kind of money, every young player in Akyemfo knows the road is open,” he said.", "Ibrahim Sulemana-Dery", "said", "")],
        [("He said the club had turned down an offer of $600,000 from a club in the Gulf in January because the player “wanted Europe”.", "Ibrahim Sulemana-Dery", "said", "W")],
        [("Head coach Kofi Abrefa-Nsiah admitted losing his top scorer would hurt.", "Kofi Abrefa-Nsiah", "admitted", "")],
        [("“Where do you find 17 goals in this league?", "Kofi Abrefa-Nsiah", "said", ""),
         ("You don't,” Abrefa-Nsiah said with a laugh.", "Kofi Abrefa-Nsiah", "said", ""),
         ("He added that the club had “two or three boys” in its under-19 side ready to step up.", "Kofi Abrefa-Nsiah", "added", "")],
        [("The player's agent, Mr Nii Ayitey Sowah-Dodoo of Accra-based Onyame Sports Management, confirmed the deal and said Asenso-Bediako would earn “far more than ten times” his current salary.", "Nii Ayitey Sowah-Dodoo", "confirmed", "W")],
        [("Asenso-Bediako thanked the club's supporters in a video posted on the club's social media pages.", "Kwadwo Asenso-Bediako", "thanked", "")],
        [("“Akyemfo made me.", "Kwadwo Asenso-Bediako", "said", ""),
         ("I will score goals in Belgium and then come back and build something for the youth here,” he said.", "Kwadwo Asenso-Bediako", "said", "")],
        [("Oosterdaal, who finished fourth in the Belgian second tier last season, have now signed three players from West Africa in the past 12 months.", "", "", "W")],
        [("Asenso-Bediako becomes the fifth Akyemfo United academy graduate to move to a European club since 2019, according to the club.", "the club", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Follow Kickoff Kasa on WhatsApp for breaking transfer news.", "", "", "B")],
        [("More Transfer News", "", "", "B")],
        [("Tanoso Rangers agree terms with Ivorian goalkeeper", "", "", "B")],
        [("Black Queens captain joins Moroccan champions on loan", "", "", "B")],
        [("TRENDING", "", "", "B")],
        [("1. Premier League: League board fixes date for 2026/27 season kick-off", "", "", "B")],
        [("2. Boxing: Adjetey-Nortey retains title in Tesanbu thriller", "", "", "B")],
        [("About Us | Advertise | Privacy Policy | Contact", "", "", "B")],
        [("© 2026 Kickoff Kasa.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 6. Sri Lankan daily reprinting a Health Ministry media release on leptospirosis after floods
        [("The Ceylon Sandesha", "", "", "B")],
        [("Monday, 15 June 2026   |   ePaper   |   සිංහල   |   தமிழ்", "", "", "B")],
        [("Home   News   Business   Editorial   Features   Sports   Provincial   Obituaries", "", "", "B")],
        [("News", "", "", "B")],
        [("Rat fever cases up threefold after floods: Health Ministry", "The Ministry of Health", ":", "W")],
        [("Ministry urges paddy farmers in flood-hit districts to take free preventive tablets", "The Ministry of Health", "urges", "")],
        [("Views: 1,206", "", "", "B")],
        [("A A A", "", "", "B")],
        [("A health worker hands out doxycycline tablets to farmers at Welipothana on Saturday.", "", "", ""),
         ("(Pic by Nuwan Samarakkody-Perera)", "", "", "B")],
        [("The Ministry of Health issued the following media release on Sunday on the rise in leptospirosis cases after last month's floods:", "The Ministry of Health", "issued the following media release", "")],
        [("MEDIA RELEASE", "", "", "B")],
        [("Ref: MoH/EPID/MR/47/2026", "", "", "B")],
        [("Date: 2026.06.14", "", "", "B")],
        [("Increase in leptospirosis cases in flood-affected districts", "The Ministry of Health", "issued the following media release", "W")],
        [("A total of 1,184 suspected cases of leptospirosis (rat fever) were reported to the Epidemiology Unit from 18 May to 13 June 2026, compared with 392 cases during the same period in 2025.", "The Ministry of Health", "issued the following media release", "W")],
        [("Nineteen deaths have been reported so far this year, 11 of them after 18 May.", "The Ministry of Health", "issued the following media release", "W")],
        [("The highest numbers of cases were reported from the following districts:", "The Ministry of Health", "issued the following media release", "")],
        [("Ratnapura – 318", "The Ministry of Health", "issued the following media release", "W")],
        [("Kalutara – 241", "The Ministry of Health", "issued the following media release", "W")],
        [("Kegalle – 187", "The Ministry of Health", "issued the following media release", "W")],
        [("Galle – 133", "The Ministry of Health", "issued the following media release", "W")],
        [("The disease spreads through water and soil contaminated with the urine of infected animals, mainly rats, cattle and dogs.", "The Ministry of Health", "issued the following media release", ""),
         ("Paddy farmers, gem miners and those involved in cleaning flooded houses are at the highest risk.", "The Ministry of Health", "issued the following media release", "")],
        [("The public is advised to seek treatment at the nearest government hospital if fever, headache, muscle pain or reddening of the eyes develop within two weeks of contact with flood water.", "", "", "B")],
        [("Free doxycycline tablets are available at all MOH offices in the affected districts for farmers who will be working in paddy fields during the Yala season.", "The Ministry of Health", "issued the following media release", "W")],
        [("Dr. H. M. R. Dissanayake-Kumarage", "", "", "B")],
        [("Director General of Health Services", "", "", "B")],
        [("(End of release)", "", "", "B")],
        [("Speaking to the Sandesha on Sunday, Chief Epidemiologist Dr. Pramila Weerasekera-Gunaratne said the real number of cases was likely to be higher, as many farmers first went to private clinics and were not tested.", "Pramila Weerasekera-Gunaratne", "said", "")],
        [("“We saw the same pattern after the 2024 floods.", "Pramila Weerasekera-Gunaratne", "said", "W"),
         ("The peak came about four weeks after the water went down,” she said.", "Pramila Weerasekera-Gunaratne", "said", "W")],
        [("She said 46,500 doses of doxycycline had been distributed through MOH offices since 25 May, and a further 80,000 would reach the districts by Wednesday.", "Pramila Weerasekera-Gunaratne", "said", "W")],
        [("At the Welipothana MOH office, the Medical Officer of Health, Dr. K. G. S. Amarathunga-Rajapaksege, said only about a third of the 2,100 registered paddy farmers in his area had come for the tablets.", "K. G. S. Amarathunga-Rajapaksege", "said", "W")],
        [("“Some think it is only for people who are already sick.", "K. G. S. Amarathunga-Rajapaksege", "said", ""),
         ("Others cannot come on a weekday because they lose a day's wage of Rs. 3,500,” he said.", "K. G. S. Amarathunga-Rajapaksege", "said", "W")],
        [("A farmer from Welipothana, W. A. Sunil Jayaweera-Bandara, said he had lost his entire crop on two acres and was now clearing mud from the field.", "W. A. Sunil Jayaweera-Bandara", "said", "")],
        [("“We have to go into the mud.", "W. A. Sunil Jayaweera-Bandara", "asked", ""),
         ("What else can we do?” he asked.", "W. A. Sunil Jayaweera-Bandara", "asked", "")],
        [("The Government announced on 3 June that flood-affected farmers would receive compensation of Rs. 40,000 per hectare of damaged paddy, up to a maximum of two hectares.", "", "", "W")],
        [("Comments", "", "", "B")],
        [("Comments will be published after moderation.", "", "", "B"),
         ("The Ceylon Sandesha reserves the right to reject any comment.", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Flood relief: Rs. 2.4 bn released to District Secretariats", "", "", "B")],
        [("A/L results to be released next week", "", "", "B")],
        [("Copyright © 2026 Sandesha Newspapers (Pvt.) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Philippine regional daily's plebiscite results page: a town votes to become a city
        [("VISAYAN DAILY KALIBUTAN", "", "", "B")],
        [("Sunday, June 14, 2026", "", "", "B")],
        [("Home   Negros   Metro   Regions   Nation   Business   Sports   Opinion   Lifestyle", "", "", "B")],
        [("PLEBISCITE 2026 · RESULTS", "", "", "B")],
        [("It's a city: San Eufrasio votes ‘Yes’ by 4 to 1", "", "", "W")],
        [("Board proclaims ratification of cityhood law at 11:42 p.m.; turnout at 58.3 percent", "", "", "W")],
        [("By Maricel Dumalagan-Pacquing", "", "", "B")],
        [("June 14, 2026 | 12:35 AM", "", "", "B")],
        [("Share   Facebook   X   Messenger   Viber", "", "", "B")],
        [("Official results as of 11:42 PM, June 13, 2026 · 100% of clustered precincts reporting", "", "", "B")],
        [("YES – 41,226 (80.7%)", "", "", "W")],
        [("NO – 9,874 (19.3%)", "", "", "W")],
        [("Registered voters: 87,612 · Votes cast: 51,100 · Turnout: 58.3%", "", "", "W")],
        [("Source: Plebiscite Board of Canvassers, San Eufrasio", "", "", "B")],
        [("SAN EUFRASIO, Negros Occidental – Voters in this town approved its conversion into a component city on Saturday, with 41,226 voting “Yes” against 9,874 voting “No”, according to the Plebiscite Board of Canvassers.", "the Plebiscite Board of Canvassers", "according to", "W")],
        [("The board, chaired by COMELEC election officer Atty. Rowena Bacolcol-Tingson, proclaimed the ratification of the cityhood law at 11:42 p.m. after canvassing the results of all 62 clustered precincts.", "", "", "W")],
        [("Turnout was 58.3 percent of the town's 87,612 registered voters, lower than the 71 percent recorded in the 2025 midterm elections, Atty. Bacolcol-Tingson said.", "Rowena Bacolcol-Tingson", "said", "W")],
        [("“The plebiscite was generally peaceful and orderly.", "Rowena Bacolcol-Tingson", "said", ""),
         ("We had two vote-counting machines that jammed in Brgy. Malinao, but they were replaced before 10 a.m. and no votes were lost,” she told reporters.", "Rowena Bacolcol-Tingson", "told reporters", "W")],
        [("“Yes” won in 23 of the town's 24 barangays.", "", "", "W"),
         ("Only Brgy. Tabunok, a fishing village on the coast, voted “No”, by 1,208 to 1,117.", "", "", "W")],
        [("Results by barangay (five largest)", "", "", "B")],
        [("Poblacion – Yes 6,102 · No 1,044", "", "", "W")],
        [("Sto. Cristo – Yes 4,377 · No 688", "", "", "W")],
        [("Brgy. Malinao – Yes 3,905 · No 912", "", "", "W")],
        [("Kalubihan Norte – Yes 3,441 · No 506", "", "", "W")],
        [("Tabunok – Yes 1,117 · No 1,208", "", "", "W")],
        [("Mayor Hon. Leopoldo “Jun-Jun” Sabayle-Mangubat, who led the “Yes” campaign, thanked voters at a victory party at the town plaza shortly after midnight.", "Leopoldo “Jun-Jun” Sabayle-Mangubat", "thanked", "")],
        [("“Today, San Eufrasio grows up!", "Leopoldo “Jun-Jun” Sabayle-Mangubat", "said", ""),
         ("Tomorrow, we get to work,” Sabayle-Mangubat said.", "Leopoldo “Jun-Jun” Sabayle-Mangubat", "said", "")],
        [("He said that as a city, San Eufrasio would receive about PHP1.2 billion a year as its share of national taxes, more than twice the PHP540 million it got as a municipality in 2025.", "Leopoldo “Jun-Jun” Sabayle-Mangubat", "said", "W")],
        [("The “No” campaign, led by Engr. Danilo Paclibar-Sevilla, a retired provincial engineer, had argued that residents would face higher real property taxes and business permit fees once the town became a city.", "Danilo Paclibar-Sevilla", "had argued", "W")],
        [("“Who will pay for the new city hall?", "Danilo Paclibar-Sevilla", "said", ""),
         ("The fishermen of Tabunok?” Paclibar-Sevilla said on Saturday night, conceding defeat.", "Danilo Paclibar-Sevilla", "said", "")],
        [("He said his group would ask the new city council to freeze tax rates for at least three years.", "Danilo Paclibar-Sevilla", "said", "")],
        [("Under the cityhood law, real property tax rates may be raised from a maximum of 1 percent to a maximum of 2 percent of assessed value, but only by ordinance of the city council.", "", "", "W")],
        [("Police Lt. Col. Arnel Guinto-Macabuhay, the town's chief of police, said no election-related violence was recorded.", "Arnel Guinto-Macabuhay", "said", "W"),
         ("A liquor ban imposed from Friday midnight will be lifted at 12 noon on Sunday, he said.", "Arnel Guinto-Macabuhay", "said", "W")],
        [("The incumbent mayor, vice mayor and councilors will continue in office as city officials until the end of their terms in 2028.", "", "", "W")],
        [("With reports from Jerome Tabligan-Esguerra", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("Cityhood bid: What changes for San Eufrasio residents?", "", "", "B")],
        [("Tabunok fishermen fear higher fees under city status", "", "", "B")],
        [("Don't miss out on the latest news and information.", "", "", "B"),
         ("Subscribe to VDK Plus for PHP99 a month.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Copyright © 2026 Visayan Daily Kalibutan Publishing, Inc.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. Pakistani daily's court report: High Court suspends a waste fee billed with electricity
        [("THE DAILY QANDEEL", "", "", "B")],
        [("E-Paper   |   اردو   |   Thursday, June 18, 2026   |   Muharram 2, 1448", "", "", "B")],
        [("Home   Pakistan   Punjab   Courts   Business   World   Sport   Opinion   Magazine", "", "", "B")],
        [("Courts", "", "", "B")],
        [("LHC suspends Rs300 monthly waste fee added to electricity bills", "", "", "W")],
        [("Bench asks government to explain how a municipal levy can be collected by a power company", "the bench", "asks", "")],
        [("Tariq Mehboob-Awan", "", "", "B")],
        [("Published June 18, 2026 · Updated about 6 hours ago", "", "", "B")],
        [("LAHORE: The Lahore High Court on Wednesday suspended the collection of a Rs300 monthly solid waste fee through electricity bills in Zafarwal and Pindori tehsils until the next hearing.", "", "", "W")],
        [("Justice Sadaf Naheed-Sipra issued the order on a petition filed by Ch. Muhammad Aslam Tarar-Gondal, a trader from Zafarwal, and 212 other residents, who challenged a notification issued by the district's waste management company in March.", "", "", "W")],
        [("The petitioners' counsel, Mian Shahzad Iqbal Hanjra-Cheema, ASC, argued that the fee had been imposed without the approval of any elected local government, as none had been in office since the dissolution of the district council in 2023.", "Shahzad Iqbal Hanjra-Cheema", "argued", "W")],
        [("He submitted that more than 96,000 consumers in the two tehsils had been charged the fee since April, which came to about Rs28.8 million a month.", "Shahzad Iqbal Hanjra-Cheema", "submitted", "W")],
        [("“A power company is being used as a tax collector for a levy no elected body has ever voted on,” he contended.", "Shahzad Iqbal Hanjra-Cheema", "contended", "")],
        [("He further argued that consumers who refused to pay the fee were being threatened with disconnection of their electricity supply.", "Shahzad Iqbal Hanjra-Cheema", "argued", "W")],
        [("An Assistant Advocate General, Tanveer Ahmad Bhidwal-Sial, opposed the petition and said the fee had been notified under the provincial waste management law of 2022 by the Zafarwal Waste Management Company (ZWMC).", "Tanveer Ahmad Bhidwal-Sial", "said", "W")],
        [("He said the company spent about Rs31 million a month on collecting and disposing of waste in the two tehsils and had “no other source of income” after the provincial grant was cut by 40 per cent in the last budget.", "Tanveer Ahmad Bhidwal-Sial", "said", "W")],
        [("The AAG said the fee was being collected through electricity bills only because it was “the cheapest and most efficient method”.", "Tanveer Ahmad Bhidwal-Sial", "said", "")],
        [("However, the bench observed that prima facie no law had been shown to the court that allowed a power distribution company to collect a municipal fee or to disconnect supply for its non-payment.", "the bench", "observed", "")],
        [("“Electricity is not a favour.", "Sadaf Naheed-Sipra", "remarked", ""),
         ("A consumer who has paid for the units he has used cannot be left in the dark for a fee that has nothing to do with electricity,” the judge remarked.", "Sadaf Naheed-Sipra", "remarked", "")],
        [("The court restrained the power company from disconnecting any consumer over the fee and directed the ZWMC's chief executive to appear in person at the next hearing with the company's audited accounts for 2024-25.", "", "", "W")],
        [("It also sought replies from the provincial local government department and the power company within two weeks.", "", "", "W")],
        [("The hearing was adjourned till July 2.", "", "", "W")],
        [("The waste fee was first notified on March 4 and appeared on electricity bills from April, with a separate line titled “SWM charges”.", "", "", "W"),
         ("Consumers of commercial connections were charged Rs1,000 a month.", "", "", "W")],
        [("It is the third petition against the fee to be filed in the high court, according to the court's cause list.", "the court's cause list", "according to", "W"),
         ("The other two, filed by a traders' association and a lawyer from Pindori, have been clubbed with this one.", "", "", "W")],
        [("Speaking to The Daily Qandeel outside the court, Ch. Tarar-Gondal said shopkeepers in Zafarwal's main bazaar were paying the fee on both their homes and their shops.", "Muhammad Aslam Tarar-Gondal", "said", "W")],
        [("“Rs600 a month is not a small amount for a man who sells shoes.", "Muhammad Aslam Tarar-Gondal", "said", ""),
         ("And still the garbage lies in the street for a week,” he said.", "Muhammad Aslam Tarar-Gondal", "said", "W")],
        [("A spokesperson for the ZWMC said the company would comply with the court's order.", "A spokesperson for the ZWMC", "said", ""),
         ("The spokesperson did not respond to a question about whether fees already collected would be refunded.", "A spokesperson for the ZWMC", "did not respond to a question", "")],
        [("Published in The Daily Qandeel, June 18th, 2026", "", "", "B")],
        [("Follow The Daily Qandeel on WhatsApp", "", "", "B")],
        [("Comments (19)", "", "", "B")],
        [("Closed", "", "", "B")],
        [("MOST POPULAR", "", "", "B")],
        [("1 Petrol price cut by Rs4.12 per litre", "", "", "B")],
        [("2 Heatwave: schools in southern Punjab to close from Monday", "", "", "B")],
        [("Copyright © 2026, The Daily Qandeel", "", "", "B")],
    ],
    [  # 9. Nepali national site's monsoon disaster update: landslides in two provinces
        [("The Rajmarga Post", "", "", "B")],
        [("Wednesday, Asar 3, 2083 | June 17, 2026", "", "", "B")],
        [("नेपाली   English", "", "", "B")],
        [("News   Politics   Province   Money   Monsoon 2083   Sports   Opinion   Photo   Video", "", "", "B")],
        [("MONSOON 2083", "", "", "B")],
        [("Landslides kill 14 in Gandaki and Koshi; nine missing", "", "", "W")],
        [("Rescue hampered as rain continues; weather office warns of more heavy rain till Friday", "", "", "")],
        [("Post Report", "", "", "B")],
        [("Kathmandu, June 17", "", "", "B")],
        [("UPDATED: 4:15 pm", "", "", "B")],
        [("At least 14 people have been killed and nine are missing after landslides triggered by overnight rain struck settlements in Gandaki and Koshi provinces, according to the National Emergency Operation Centre (NEOC).", "the National Emergency Operation Centre", "according to", "W")],
        [("Eleven people were injured, the centre said in its 3 pm update.", "the centre", "said", "W")],
        [("The deadliest landslide hit ward 5 of Thulosirang Rural Municipality in Myagdi at around 2:30 am, burying three houses and killing five members of two families.", "", "", "W")],
        [("“The hillside came down in one go.", "Tek Bahadur Chhantyal-Garbuja", "told the Post", ""),
         ("People were asleep,” ward chair Tek Bahadur Chhantyal-Garbuja told the Post by phone.", "Tek Bahadur Chhantyal-Garbuja", "told the Post", "")],
        [("He said villagers had dug out two survivors, a woman and her eight-year-old son, with their hands before the Armed Police Force team arrived at around 7 am.", "Tek Bahadur Chhantyal-Garbuja", "said", "W")],
        [("Three people from the same ward are still missing.", "", "", "W")],
        [("Deaths by district (NEOC, as of 3 pm)", "", "", "B")],
        [("Myagdi – 5 dead, 3 missing", "", "", "W")],
        [("Parbat – 3 dead, 2 missing", "", "", "W")],
        [("Taplejung – 4 dead, 1 missing", "", "", "W")],
        [("Sankhuwasabha – 2 dead, 3 missing", "", "", "W")],
        [("Nepal Police spokesperson SP Bhupendra Raj Adhikari-Lamsal said 1,140 security personnel from the Nepal Police, the Armed Police Force and the Nepal Army had been deployed for search and rescue.", "Bhupendra Raj Adhikari-Lamsal", "said", "W")],
        [("Two army helicopters were on standby in Pokhara but could not fly on Wednesday morning because of low cloud, he said.", "Bhupendra Raj Adhikari-Lamsal", "said", "W")],
        [("In Taplejung, a landslide at Phalante blocked the Ratodhunga–Phalante road at three places, cutting off about 4,000 residents of four wards, Chief District Officer Sabitri Kumari Dhungel-Yakkha said.", "Sabitri Kumari Dhungel-Yakkha", "said", "W")],
        [("“We have asked families living below the cracked slopes to move to the school buildings.", "Sabitri Kumari Dhungel-Yakkha", "said", ""),
         ("Some are refusing because they do not want to leave their cattle,” the CDO said.", "Sabitri Kumari Dhungel-Yakkha", "said", "")],
        [("The government has announced immediate relief of Rs 200,000 to the family of each person killed, Home Ministry spokesperson Narayan Prasad Sigdel-Bhusal said.", "Narayan Prasad Sigdel-Bhusal", "said", "W")],
        [("Since the monsoon entered Nepal on June 9, three days later than normal, 31 people have died in rain-related disasters across the country, according to NEOC data.", "NEOC data", "according to", "W")],
        [("The Department of Hydrology and Meteorology has forecast heavy to very heavy rainfall in Gandaki, Koshi and Bagmati provinces until Friday.", "The Department of Hydrology and Meteorology", "has forecast", ""),
         ("It has advised people living near rivers and on unstable slopes to remain alert.", "The Department of Hydrology and Meteorology", "has advised", "")],
        [("Meteorologist Kabita Shrestha-Dangol said rainfall of 186 mm was recorded at the Beni station in the 24 hours to 8:45 am on Wednesday, the highest in the country.", "Kabita Shrestha-Dangol", "said", "W")],
        [("(With inputs from Purna Thapa-Kunwar in Myagdi and Ganesh Limbu-Tumbahangphe in Taplejung)", "", "", "B")],
        [("In case of emergency: Police 100 · Armed Police Force 1114 · Ambulance 102", "", "", "B")],
        [("Published at : June 17, 2026 10:20 | Updated at : June 17, 2026 16:15", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Road to Jomsom blocked for third day", "", "", "B")],
        [("How to prepare for the monsoon: a checklist", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Gold price drops by Rs 2,300 per tola", "", "", "B")],
        [("© 2026 Rajmarga Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Reg. No. 118/076-77, Department of Information and Broadcasting", "", "", "B")],
    ],
    [  # 10. Zimbabwean regional weekly's opinion column: water bills in US dollars, dry taps
        [("THE KOPJE WEEKLY", "", "", "B")],
        [("Your Region. Your Voice.", "", "", "B")],
        [("Home   News   Business   Farming   Opinion   Sport   Entertainment   Classifieds   E-Edition", "", "", "B")],
        [("ZiG 26.41/US$   |   Interbank", "", "", "B")],
        [("OPINION", "", "", "B")],
        [("IN MY VIEW", "", "", "B")],
        [("Paying in dollars for water that never comes", "", "", "")],
        [("Kudzanai Marufu-Chigwedere", "", "", "B")],
        [("June 19, 2026", "", "", "B")],
        [("Share   Facebook   WhatsApp   X", "", "", "B")],
        [("Residents of Mkoba-Chizhou queue at a borehole on Tuesday morning.", "", "", ""),
         ("Picture: Tafadzwa Nyamukondiwa-Makuvire", "", "", "B")],
        [("At 5am on Tuesday there were 43 people in the queue at the borehole behind Rusununguko Primary School.", "", "", "W"),
         ("I know, because I was number 44.", "", "", "")],
        [("My taps in Mkoba-Chizhou have been dry since March 28.", "", "", "W"),
         ("That is 83 days.", "", "", "W"),
         ("In that time the council has sent me three bills.", "", "", "W")],
        [("The last one, for May, came to US$31.40, or ZiG829.27 at the interbank rate.", "", "", "W"),
         ("Of that, US$18 is a “fixed water charge”, which I am told I must pay whether or not a single drop comes out of the tap.", "", "", "W")],
        [("Let that sink in.", "", "", "")],
        [("The Gwedzi City Council raised the fixed charge from US$12 to US$18 in its 2026 budget, which was passed in December with the promise that the extra money would go to fixing the pumps at the Ngezimbiri waterworks.", "", "", "W")],
        [("According to the council's own figures presented at a residents' meeting on June 4, the waterworks pumped 21 megalitres a day in May, against the city's demand of about 60 megalitres.", "the council's own figures presented at a residents' meeting on June 4", "According to", "W")],
        [("Two of its four pumps have been out of service since January, waiting for parts.", "", "", "W")],
        [("The town clerk, Engineer Simbarashe Kadzviti-Mhandu, told that same meeting that the council collects only 38 percent of what it bills.", "Simbarashe Kadzviti-Mhandu", "told that same meeting", "W"),
         ("He said residents who do not pay are the reason the pumps are not fixed.", "Simbarashe Kadzviti-Mhandu", "said", "")],
        [("I have some sympathy for him.", "", "", ""),
         ("But think about it from the other side of the counter.", "", "", "")],
        [("Why would anyone pay US$18 a month for a service that does not exist?", "", "", "")],
        [("And why should the woman who buys 20 litres from a bowser for ZiG10 — I have seen it sold for that in Senga West — also pay the council for the privilege of buying water elsewhere?", "", "", "W")],
        [("The Residents' Trust of Gwedzi has written to the council three times since April asking it to suspend the fixed charge for households without supply.", "", "", "W"),
         ("It has received no reply, according to its chairperson, Mrs Ruvimbo Chitepo-Mavhunga.", "Ruvimbo Chitepo-Mavhunga", "according to", "W")],
        [("At a rally in Mkoba-Chizhou last month, the ward councillor, Cde Elias Chiwashira-Gumbo, told residents the problem would be “solved by August”.", "Elias Chiwashira-Gumbo", "told residents", ""),
         ("He said the same thing last August.", "", "", "W")],
        [("Here is what I would ask of the council.", "", "", "")],
        [("First, suspend the fixed charge for every household that has had no water for more than 30 days, as the town of Tsindi Falls did during its own water crisis in 2019.", "", "", "W")],
        [("Second, publish every month how much of the fixed charge has been collected and what it was spent on.", "", "", "")],
        [("Third, stop threatening to hand residents' names to debt collectors.", "", "", ""),
         ("You cannot shame people into paying for nothing.", "", "", "")],
        [("None of this will fill a single bucket.", "", "", ""),
         ("But it might persuade residents that their money is not disappearing down a dry pipe.", "", "", "")],
        [("Until then, I will see you at the borehole.", "", "", ""),
         ("Bring your own container.", "", "", "")],
        [("Kudzanai Marufu-Chigwedere is a retired secondary school teacher and a member of the Residents' Trust of Gwedzi.", "", "", "B"),
         ("The views expressed are his own and not necessarily those of The Kopje Weekly.", "", "", "B")],
        [("Feedback: opinion@kopjeweekly.co.zw or WhatsApp +263 77 555 0148.", "", "", "B")],
        [("MORE OPINION", "", "", "B")],
        [("Farmers need contracts, not handouts", "", "", "B")],
        [("Our schools cannot keep charging fees in US dollars", "", "", "B")],
        [("The Kopje Weekly is published by Kopje Publishing (Pvt) Ltd, a member of the Voluntary Media Council.", "", "", "B")],
        [("© 2026 The Kopje Weekly.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Bangladeshi daily's long interview with a jute exporters' association leader
        [("The Daily Meghbarta", "", "", "B")],
        [("Dhaka, Saturday, June 20, 2026 | Ashar 6, 1433 BS", "", "", "B")],
        [("Home   Bangladesh   Business   Economy   Interviews   Opinion   Sports   Climate   Youth", "", "", "B")],
        [("Business › Interviews", "", "", "B")],
        [("‘Without diversified products, jute will remain a poor man's fibre’", "", "", "")],
        [("Jute goods exports fell 9.6 percent in FY26, the third annual fall in a row.", "", "", "W"),
         ("Md. Rezaul Karim Mridha-Paikar, president of the Jute Goods Exporters' Forum of Bangladesh (JGEFB), talks about prices, lost markets and what the sector needs from the next budget", "", "", "")],
        [("Interviewed by Sharmin Akter Kabiraj-Roushan", "", "", "B")],
        [("Published: 20 Jun 2026, 09:00 AM | Last modified: 20 Jun 2026, 11:27 AM", "", "", "B")],
        [("Md. Rezaul Karim Mridha-Paikar.", "", "", ""),
         ("Photo: Courtesy", "", "", "B")],
        [("Md. Rezaul Karim Mridha-Paikar has run Sonali Tantu Jute Mills in Shimulbari-Char for 27 years and was elected president of the JGEFB in February.", "", "", "W"),
         ("He spoke to The Daily Meghbarta at his office in Tikatuli-Bagh.", "", "", "")],
        [("The Daily Meghbarta (TDM): Exports of jute and jute goods earned $812 million in FY26, according to the Export Promotion Bureau, down from $898 million the year before.", "the Export Promotion Bureau", "according to", "W"),
         ("What went wrong?", "", "", "")],
        [("Md. Rezaul Karim Mridha-Paikar (RKB): Two things, mainly.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", ""),
         ("First, raw jute prices went up sharply after the floods last August.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", "W"),
         ("A maund of good-quality jute cost Tk 3,200 in July and Tk 4,650 by October.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", "W"),
         ("Our yarn became too expensive for buyers in Turkey and Iran, who are our biggest markets for yarn.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", "W")],
        [("Second, the freight cost.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", ""),
         ("Shipping a 40-foot container to Europe cost us about $1,900 at the start of 2025.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", "W"),
         ("This spring it was over $4,000.", "Md. Rezaul Karim Mridha-Paikar", "Md. Rezaul Karim Mridha-Paikar (RKB):", "W")],
        [("TDM: Some economists say the sector's problems are older than that, that mills have not invested in new machines for decades.", "Some economists", "say", "W"),
         ("Is that fair?", "", "", "")],
        [("RKB: Partly, yes.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("Many of the spinning frames in our mills were bought in the 1980s.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("But who will lend to a jute mill at 14 percent interest?", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("A new Italian spinning line for a medium-sized mill costs around Tk 35 crore.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("At today's margins, it would take 15 years to pay back.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("TDM: The government made jute packaging compulsory for 19 products, including rice, sugar and fertiliser, under a 2010 law.", "", "", "W"),
         ("Has that helped?", "", "", "")],
        [("RKB: On paper it should have created demand for about 80 crore bags a year.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("In practice, the law is hardly enforced.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("Go to any wholesale market in Dhaka and you will see rice in plastic sacks.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("The mobile courts fined only 37 traders in the whole of last year.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W")],
        [("TDM: What are you asking for in the budget?", "", "", "")],
        [("RKB: Three things.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("We want the cash incentive on diversified jute products raised from 20 percent to 30 percent.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("We want a refinancing fund of Tk 1,000 crore at 5 percent interest for machinery.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("And we want the packaging law enforced, which costs the government nothing.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("TDM: The finance ministry has said the cash incentive cannot be raised because of the IMF programme's limits on subsidies.", "the finance ministry", "has said", "W")],
        [("RKB: I have heard that.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("But the garment sector received Tk 6,800 crore in incentives last year, and jute received Tk 410 crore.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("Jute employs about four crore people directly and indirectly, most of them farmers.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("If there is a limit, let it be shared fairly.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("TDM: You keep saying “diversified products”.", "", "", ""),
         ("What do you mean by that?", "", "", "")],
        [("RKB: Anything other than sacks, yarn and hessian cloth.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("Shopping bags, home textiles, shoes, even car door panels made from jute composites.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("A kilogram of yarn sells for about $1.40.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("The same kilogram made into a printed shopping bag sells for $9 or $10.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("Without diversified products, jute will remain a poor man's fibre.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("TDM: The state-owned mills were closed in 2020 and leased to private operators.", "", "", "W"),
         ("Six years on, how many are running?", "", "", "")],
        [("RKB: Of the 25 mills, I believe nine are running now, and not all of them at full capacity.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("The leases were given without any condition on how many workers must be re-employed.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("That was a mistake, and I said so at the time.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("TDM: Finally, are you hopeful?", "", "", "")],
        [("RKB: I am a jute man, so I have to be!", "Md. Rezaul Karim Mridha-Paikar", "RKB:", ""),
         ("Europe is banning single-use plastic bags one country at a time.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "W"),
         ("If we can deliver on time and at the right quality, the next ten years can be better than the last ten.", "Md. Rezaul Karim Mridha-Paikar", "RKB:", "")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("Topics: Jute, Exports, Budget FY27, Interview", "", "", "B")],
        [("Follow The Daily Meghbarta Google News channel for the latest news", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Raw jute prices fall as new crop arrives early", "", "", "B")],
        [("Leased state jute mills: workers still wait for dues", "", "", "B")],
        [("Editor: Abul Kalam Shikdar-Mustafiz | Published by Meghbarta Publications Ltd., 14/B Bijoypur Rd., Dhaka-1215", "", "", "B")],
        [("© 2026 The Daily Meghbarta.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Fijian daily's report of a joint press conference on road deaths, several speakers
        [("THE VITI WATCHMAN", "", "", "B")],
        [("Friday, 19/06/2026   Suva 27°C Showers", "", "", "B")],
        [("Home   National   Business   Pacific   World   Sports   Rugby   Opinion   Vakadidike", "", "", "B")],
        [("NATIONAL", "", "", "B")],
        [("Road deaths reach 52 as police roll out Operation Sautu checkpoints", "", "", "W")],
        [("Minister says speeding fines will double from August 1; LTA to bring in demerit points for minibus drivers", "Josefa Vakatawa-Naivalu", "says", "W")],
        [("Losana Tikoduadua-Rokosawa", "", "", "B")],
        [("Watchman Reporter", "", "", "B")],
        [("Updated: 19/06/2026, 5:48 pm", "", "", "B")],
        [("Share   Facebook   WhatsApp   Viber   Email", "", "", "B")],
        [("WATCH: Joint press conference on road safety, Suva", "", "", ""),
         ("▶ 24:16", "", "", "B")],
        [("Fifty-two people have died on Fiji's roads so far this year, compared with 34 in the same period last year, Minister for Policing Ratu Josefa Vakatawa-Naivalu said today.", "Josefa Vakatawa-Naivalu", "said", "W")],
        [("Speaking at a joint press conference with the Fiji Police Force and the Land Transport Authority (LTA) in Suva, Ratu Josefa said fines for speeding would double from August 1, with the fine for driving more than 30km/h over the limit rising from F$300 to F$600.", "Josefa Vakatawa-Naivalu", "said", "W")],
        [("“Fifty-two families are grieving.", "Josefa Vakatawa-Naivalu", "said", "W"),
         ("These are not accidents.", "Josefa Vakatawa-Naivalu", "said", ""),
         ("Most of them are choices made by drivers,” he said.", "Josefa Vakatawa-Naivalu", "said", "")],
        [("Acting Commissioner of Police Sitiveni Raikadroka-Tuilau said alcohol was involved in 19 of the 46 fatal crashes this year, and speed in at least 22.", "Sitiveni Raikadroka-Tuilau", "said", "W")],
        [("He said police had issued 2,310 speeding tickets and charged 418 drivers with drink-driving since January 1.", "Sitiveni Raikadroka-Tuilau", "said", "W")],
        [("Under Operation Sautu, which begins tonight, police will run random breath-testing checkpoints on the main highways around Suva and Lautoka every night until the end of September, he said.", "Sitiveni Raikadroka-Tuilau", "said", "W")],
        [("The Director Traffic, SSP Joeli Nakaunicina-Qio, said 11 of this year's deaths were pedestrians, seven of them hit after dark on roads without street lights.", "Joeli Nakaunicina-Qio", "said", "W")],
        [("“Wear something bright.", "Joeli Nakaunicina-Qio", "said", ""),
         ("Walk facing the traffic.", "Joeli Nakaunicina-Qio", "said", ""),
         ("It is simple, and it saves lives,” SSP Nakaunicina-Qio said.", "Joeli Nakaunicina-Qio", "said", "")],
        [("LTA chief executive Adi Litia Matanatabu-Seruvatu said a demerit point system for public service vehicle drivers, including minibus and taxi drivers, would take effect on October 1.", "Litia Matanatabu-Seruvatu", "said", "W")],
        [("Drivers who collect 12 points within three years will lose their public service licence for six months.", "", "", "W")],
        [("She said the LTA had suspended 37 minibus permits this year after passengers reported drivers using mobile phones or racing other minibuses.", "Litia Matanatabu-Seruvatu", "said", "W")],
        [("Dr. Mereoni Tabuakoro-Vunisea, head of emergency medicine at the Naqarawai Divisional Hospital, said the hospital had treated 286 road crash patients this year, at an estimated cost of F$1.9 million.", "Mereoni Tabuakoro-Vunisea", "said", "W")],
        [("“Behind every one of those numbers is a bed, a surgeon and a family sitting in the corridor.", "Mereoni Tabuakoro-Vunisea", "said", ""),
         ("Some of them will never walk again,” she said.", "Mereoni Tabuakoro-Vunisea", "said", "")],
        [("Asked by the Watchman why fines were being raised when many drivers could not afford the current ones, Ratu Josefa said: “If you cannot afford the fine, do not speed.", "Josefa Vakatawa-Naivalu", "said", ""),
         ("It is that simple.”", "Josefa Vakatawa-Naivalu", "said", "")],
        [("Another reporter asked whether the police had enough breathalysers for the operation.", "Another reporter", "asked", ""),
         ("Acting Commissioner Raikadroka-Tuilau said the force had 64 devices in service and was expecting 40 more from Australia next month, paid for with a F$210,000 grant.", "Sitiveni Raikadroka-Tuilau", "said", "W")],
        [("“Will the checkpoints move to the Western Division too?” asked a reporter from Nadi.", "a reporter from Nadi", "asked", "")],
        [("“Yes.", "Sitiveni Raikadroka-Tuilau", "replied", ""),
         ("From next week,” the Acting Commissioner replied.", "Sitiveni Raikadroka-Tuilau", "replied", "W")],
        [("The Fiji Road Users' Association, which was not invited to the press conference, said in a statement that the Government should spend the fine revenue on footpaths and street lighting.", "The Fiji Road Users' Association", "said in a statement", "")],
        [("The association's president, Vilikesa Draunidalo-Mate, said the stretch of the northern highway between Waidoviti and Naboutini had had no working street lights since Cyclone Lusiana in 2025.", "Vilikesa Draunidalo-Mate", "said", "W")],
        [("The Ministry of Infrastructure did not respond to questions sent on Friday afternoon.", "The Ministry of Infrastructure", "did not respond to questions", "")],
        [("To report dangerous driving, call the police on 917 or the LTA on 5772.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Minibus crash: Driver charged with dangerous driving causing death", "", "", "B")],
        [("LTA warns of licence fraud on social media", "", "", "B")],
        [("Comments are subject to our community guidelines.", "", "", "B")],
        [("The Viti Watchman · Watchman House, 12 Tuirara St., Suva", "", "", "B")],
        [("© 2026 Viti Watchman Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ('h30-am-mid-then-am-ends', "A farmer from Ilado-Isale, Mrs. Comfort Ayinla-Olaniwun, told Gbagede News that she queued from 7 a.m. but left without fertiliser because the kiosk's network was down.\nResponding, Engr. Ogunfowora-Ajao said the network problem had been resolved by 11 a.m. and that farmers who missed out would be attended to on Tuesday.",
     ["A farmer from Ilado-Isale, Mrs. Comfort Ayinla-Olaniwun, told Gbagede News that she queued from 7 a.m. but left without fertiliser because the kiosk's network was down.", 'Responding, Engr. Ogunfowora-Ajao said the network problem had been resolved by 11 a.m. and that farmers who missed out would be attended to on Tuesday.']),
    ('h30-naira-quote-role-cue', '“Last season, some people bought fertiliser from us at the subsidised price and resold it in neighbouring states at ₦34,000. That will not happen this time,” the commissioner said.',
     ['“Last season, some people bought fertiliser from us at the subsidised price and resold it in neighbouring states at ₦34,000.', 'That will not happen this time,” the commissioner said.']),
    ('h30-semicolon-list-ussd', 'The flag-off was attended by the Olu of Ilado-Isale, Oba Jimoh Adesiyan-Oguntokun; the Chairman of Ilado-Isale Local Government, Hon. Kehinde Olowoporoku-Adegoroye; and officials of the ministry.\nFarmers who have registered can check their allocation by dialling *347*21# or by visiting any approved kiosk.',
     ['The flag-off was attended by the Olu of Ilado-Isale, Oba Jimoh Adesiyan-Oguntokun; the Chairman of Ilado-Isale Local Government, Hon. Kehinde Olowoporoku-Adegoroye; and officials of the ministry.', 'Farmers who have registered can check their allocation by dialling *347*21# or by visiting any approved kiosk.']),
    ('h30-wordpress-required-fields', 'Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\nComment *',
     ['Leave a Reply Cancel reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *']),
    ('h30-tabloid-exclaim-headline', 'GOAT NYAM MI MONEY!\nTaxi man says billy goat ate J$46,000 in fare money from his glove box\nShantelle Ashmeade-Fennell',
     ['GOAT NYAM MI MONEY!', 'Taxi man says billy goat ate J$46,000 in fare money from his glove box', 'Shantelle Ashmeade-Fennell']),
    ('h30-pm-mid-creole-quote', 'Delroy ‘Bigga’ Gooden-Lothian, 43, told THE PEPPERLIGHT that he parked his white station wagon under a guinep tree near the Bromptonville taxi stand around 2:30 p.m. and left the windows down because of the heat.\n“Mi go buy two patty and a box juice, mi come back, and mi see dis goat head inna mi car a chew,” he said. “By the time mi run him out, di whole a di money gone. Only one $1,000 bill lef and it half-eat.”',
     ['Delroy ‘Bigga’ Gooden-Lothian, 43, told THE PEPPERLIGHT that he parked his white station wagon under a guinep tree near the Bromptonville taxi stand around 2:30 p.m. and left the windows down because of the heat.', '“Mi go buy two patty and a box juice, mi come back, and mi see dis goat head inna mi car a chew,” he said.', '“By the time mi run him out, di whole a di money gone.', 'Only one $1,000 bill lef and it half-eat.”']),
    ('h30-exclaim-he-said', 'Gooden-Lothian insists the goat is to blame.\n“Mi nah lie. Ask anybody inna Bromptonville!” he said.',
     ['Gooden-Lothian insists the goat is to blame.', '“Mi nah lie.', 'Ask anybody inna Bromptonville!” he said.']),
    ('h30-tabloid-tip-line-jm', 'Got a weird and wonderful story? Call or WhatsApp us at 876-555-0192 or email weird@pepperlight.com.jm.\nRELATED STORIES',
     ['Got a weird and wonderful story?', 'Call or WhatsApp us at 876-555-0192 or email weird@pepperlight.com.jm.', 'RELATED STORIES']),
    ('h30-no-7-she-asked', "Ms Doris Spiteri-Bonanno, who has run the haberdashery at No. 7 for 31 years, said most of her customers were elderly and came by car.\n“If they can't stop outside, they will go to the shopping centre. Who will buy buttons then?” she asked.",
     ['Ms Doris Spiteri-Bonanno, who has run the haberdashery at No. 7 for 31 years, said most of her customers were elderly and came by car.', "“If they can't stop outside, they will go to the shopping centre.", 'Who will buy buttons then?” she asked.']),
    ('h30-question-before-capital-mt', "Councillor Ramon Ciappara-Bezzina, the only member to vote against, said the council had not consulted shop owners properly.\n“We held one meeting, in August, when half the village was in Għadira,” he said. “Is that consultation? I don't think so.”",
     ['Councillor Ramon Ciappara-Bezzina, the only member to vote against, said the council had not consulted shop owners properly.', '“We held one meeting, in August, when half the village was in Għadira,” he said.', '“Is that consultation?', "I don't think so.”"]),
    ('h30-mon-fri-ends-bracket', "The full minutes of the meeting are available at the council office, Triq il-Kbira, Ħal Dimech, during office hours (Mon.–Fri. 8am–1pm).\nFrom the Mayor's Desk\nDear residents, summer is here and so is our festa. Please be patient with the road closures, and let us keep our streets clean. Il-Festa t-Tajba lil kulħadd!",
     ['The full minutes of the meeting are available at the council office, Triq il-Kbira, Ħal Dimech, during office hours (Mon.–Fri. 8am–1pm).', "From the Mayor's Desk", 'Dear residents, summer is here and so is our festa.', 'Please be patient with the road closures, and let us keep our streets clean.', 'Il-Festa t-Tajba lil kulħadd!']),
    ('h30-festa-programme-mons', 'Festa 2026 programme\nFri. 14 August, 7.30pm – Band march with the Għaqda Mużikali San Rokku\nSat. 15 August, 8pm – Fireworks display by the Ħal Dimech Fireworks Society\nSun. 16 August, 7pm – Procession with the statue of San Rokku, led by Mons. Anton Zerafa-Pulis',
     ['Festa 2026 programme', 'Fri. 14 August, 7.30pm – Band march with the Għaqda Mużikali San Rokku', 'Sat. 15 August, 8pm – Fireworks display by the Ħal Dimech Fireworks Society', 'Sun. 16 August, 7pm – Procession with the statue of San Rokku, led by Mons. Anton Zerafa-Pulis']),
    ('h30-sen-aug-no-dot', 'Earnings per share were 11.84 sen, against 7.31 sen in the same quarter last year.\nThe group declared an interim dividend of 3.5 sen per share, payable on Aug 14.',
     ['Earnings per share were 11.84 sen, against 7.31 sen in the same quarter last year.', 'The group declared an interim dividend of 3.5 sen per share, payable on Aug 14.']),
    ('h30-glance-box-rm', 'Q1 at a glance\nRevenue: RM1.02bil (+24.3% y-o-y)\nNet profit: RM148.6mil (+62.0%)\nFFB output: 1.21 million tonnes (−6.8%)\nInterim dividend: 3.5 sen (ex-date: Jul 30)',
     ['Q1 at a glance', 'Revenue: RM1.02bil (+24.3% y-o-y)', 'Net profit: RM148.6mil (+62.0%)', 'FFB output: 1.21 million tonnes (−6.8%)', 'Interim dividend: 3.5 sen (ex-date: Jul 30)']),
    ('h30-official-tick-standfirst', "OFFICIAL ✅: Akyemfo United sell top scorer Asenso-Bediako to Belgium's Oosterdaal for record $850,000\nClub says fee is the highest ever received by a domestic side; player signs four-year deal\nYaw Afrifa-Mensimah",
     ["OFFICIAL ✅: Akyemfo United sell top scorer Asenso-Bediako to Belgium's Oosterdaal for record $850,000", 'Club says fee is the highest ever received by a domestic side; player signs four-year deal', 'Yaw Afrifa-Mensimah']),
    ('h30-question-capital-name-laugh', "“Where do you find 17 goals in this league? You don't,” Abrefa-Nsiah said with a laugh. He added that the club had “two or three boys” in its under-19 side ready to step up.",
     ['“Where do you find 17 goals in this league?', "You don't,” Abrefa-Nsiah said with a laugh.", 'He added that the club had “two or three boys” in its under-19 side ready to step up.']),
    ('h30-release-head-lines', "A health worker hands out doxycycline tablets to farmers at Welipothana on Saturday. (Pic by Nuwan Samarakkody-Perera)\nThe Ministry of Health issued the following media release on Sunday on the rise in leptospirosis cases after last month's floods:\nMEDIA RELEASE\nRef: MoH/EPID/MR/47/2026\nDate: 2026.06.14",
     ['A health worker hands out doxycycline tablets to farmers at Welipothana on Saturday.', '(Pic by Nuwan Samarakkody-Perera)', "The Ministry of Health issued the following media release on Sunday on the rise in leptospirosis cases after last month's floods:", 'MEDIA RELEASE', 'Ref: MoH/EPID/MR/47/2026', 'Date: 2026.06.14']),
    ('h30-initials-rs-dot', "At the Welipothana MOH office, the Medical Officer of Health, Dr. K. G. S. Amarathunga-Rajapaksege, said only about a third of the 2,100 registered paddy farmers in his area had come for the tablets.\n“Some think it is only for people who are already sick. Others cannot come on a weekday because they lose a day's wage of Rs. 3,500,” he said.",
     ['At the Welipothana MOH office, the Medical Officer of Health, Dr. K. G. S. Amarathunga-Rajapaksege, said only about a third of the 2,100 registered paddy farmers in his area had come for the tablets.', '“Some think it is only for people who are already sick.', "Others cannot come on a weekday because they lose a day's wage of Rs. 3,500,” he said."]),
    ('h30-initials-he-asked', 'A farmer from Welipothana, W. A. Sunil Jayaweera-Bandara, said he had lost his entire crop on two acres and was now clearing mud from the field.\n“We have to go into the mud. What else can we do?” he asked.',
     ['A farmer from Welipothana, W. A. Sunil Jayaweera-Bandara, said he had lost his entire crop on two acres and was now clearing mud from the field.', '“We have to go into the mud.', 'What else can we do?” he asked.']),
    ('h30-results-lines', 'Official results as of 11:42 PM, June 13, 2026 · 100% of clustered precincts reporting\nYES – 41,226 (80.7%)\nNO – 9,874 (19.3%)\nRegistered voters: 87,612 · Votes cast: 51,100 · Turnout: 58.3%\nSource: Plebiscite Board of Canvassers, San Eufrasio',
     ['Official results as of 11:42 PM, June 13, 2026 · 100% of clustered precincts reporting', 'YES – 41,226 (80.7%)', 'NO – 9,874 (19.3%)', 'Registered voters: 87,612 · Votes cast: 51,100 · Turnout: 58.3%', 'Source: Plebiscite Board of Canvassers, San Eufrasio']),
    ('h30-brgy-am-mid', "“The plebiscite was generally peaceful and orderly. We had two vote-counting machines that jammed in Brgy. Malinao, but they were replaced before 10 a.m. and no votes were lost,” she told reporters.\n“Yes” won in 23 of the town's 24 barangays. Only Brgy. Tabunok, a fishing village on the coast, voted “No”, by 1,208 to 1,117.",
     ['“The plebiscite was generally peaceful and orderly.', 'We had two vote-counting machines that jammed in Brgy. Malinao, but they were replaced before 10 a.m. and no votes were lost,” she told reporters.', "“Yes” won in 23 of the town's 24 barangays.", 'Only Brgy. Tabunok, a fishing village on the coast, voted “No”, by 1,208 to 1,117.']),
    ('h30-question-capital-surname', '“Who will pay for the new city hall? The fishermen of Tabunok?” Paclibar-Sevilla said on Saturday night, conceding defeat.',
     ['“Who will pay for the new city hall?', 'The fishermen of Tabunok?” Paclibar-Sevilla said on Saturday night, conceding defeat.']),
    ('h30-lt-col-noon', "Police Lt. Col. Arnel Guinto-Macabuhay, the town's chief of police, said no election-related violence was recorded. A liquor ban imposed from Friday midnight will be lifted at 12 noon on Sunday, he said.",
     ["Police Lt. Col. Arnel Guinto-Macabuhay, the town's chief of police, said no election-related violence was recorded.", 'A liquor ban imposed from Friday midnight will be lifted at 12 noon on Sunday, he said.']),
    ('h30-ch-mian-asc', "Justice Sadaf Naheed-Sipra issued the order on a petition filed by Ch. Muhammad Aslam Tarar-Gondal, a trader from Zafarwal, and 212 other residents, who challenged a notification issued by the district's waste management company in March.\nThe petitioners' counsel, Mian Shahzad Iqbal Hanjra-Cheema, ASC, argued that the fee had been imposed without the approval of any elected local government, as none had been in office since the dissolution of the district council in 2023.",
     ["Justice Sadaf Naheed-Sipra issued the order on a petition filed by Ch. Muhammad Aslam Tarar-Gondal, a trader from Zafarwal, and 212 other residents, who challenged a notification issued by the district's waste management company in March.", "The petitioners' counsel, Mian Shahzad Iqbal Hanjra-Cheema, ASC, argued that the fee had been imposed without the approval of any elected local government, as none had been in office since the dissolution of the district council in 2023."]),
    ('h30-till-published', 'It also sought replies from the provincial local government department and the power company within two weeks.\nThe hearing was adjourned till July 2.\nThe waste fee was first notified on March 4 and appeared on electricity bills from April, with a separate line titled “SWM charges”. Consumers of commercial connections were charged Rs1,000 a month.',
     ['It also sought replies from the provincial local government department and the power company within two weeks.', 'The hearing was adjourned till July 2.', 'The waste fee was first notified on March 4 and appeared on electricity bills from April, with a separate line titled “SWM charges”.', 'Consumers of commercial connections were charged Rs1,000 a month.']),
    ('h30-am-then-quote-ward-chair', 'The deadliest landslide hit ward 5 of Thulosirang Rural Municipality in Myagdi at around 2:30 am, burying three houses and killing five members of two families.\n“The hillside came down in one go. People were asleep,” ward chair Tek Bahadur Chhantyal-Garbuja told the Post by phone.',
     ['The deadliest landslide hit ward 5 of Thulosirang Rural Municipality in Myagdi at around 2:30 am, burying three houses and killing five members of two families.', '“The hillside came down in one go.', 'People were asleep,” ward chair Tek Bahadur Chhantyal-Garbuja told the Post by phone.']),
    ('h30-nepal-footer-reg-no', '© 2026 Rajmarga Media Pvt. Ltd. All rights reserved.\nReg. No. 118/076-77, Department of Information and Broadcasting',
     ['© 2026 Rajmarga Media Pvt. Ltd.', 'All rights reserved.', 'Reg. No. 118/076-77, Department of Information and Broadcasting']),
    ('h30-column-5am-numbers', 'At 5am on Tuesday there were 43 people in the queue at the borehole behind Rusununguko Primary School. I know, because I was number 44.\nMy taps in Mkoba-Chizhou have been dry since March 28. That is 83 days. In that time the council has sent me three bills.',
     ['At 5am on Tuesday there were 43 people in the queue at the borehole behind Rusununguko Primary School.', 'I know, because I was number 44.', 'My taps in Mkoba-Chizhou have been dry since March 28.', 'That is 83 days.', 'In that time the council has sent me three bills.']),
    ('h30-md-caption-and-bio', 'Md. Rezaul Karim Mridha-Paikar. Photo: Courtesy\nMd. Rezaul Karim Mridha-Paikar has run Sonali Tantu Jute Mills in Shimulbari-Char for 27 years and was elected president of the JGEFB in February. He spoke to The Daily Meghbarta at his office in Tikatuli-Bagh.',
     ['Md. Rezaul Karim Mridha-Paikar.', 'Photo: Courtesy', 'Md. Rezaul Karim Mridha-Paikar has run Sonali Tantu Jute Mills in Shimulbari-Char for 27 years and was elected president of the JGEFB in February.', 'He spoke to The Daily Meghbarta at his office in Tikatuli-Bagh.']),
    ('h30-question-asked-reporter-yes', '“Will the checkpoints move to the Western Division too?” asked a reporter from Nadi.\n“Yes. From next week,” the Acting Commissioner replied.',
     ['“Will the checkpoints move to the Western Division too?” asked a reporter from Nadi.', '“Yes.', 'From next week,” the Acting Commissioner replied.']),
]  # fmt: skip
