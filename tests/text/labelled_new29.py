"""Twenty-ninth set of new hand-labelled pages for the hint engines (tuning set): twelve countries.

Written from scratch for issue 13 in round seventeen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, party, river, school, lottery and
number is invented (countries, provinces and states such as Punjab, Sindh, Central Luzon or Pahang,
and big cities such as Nairobi, Lahore, Multan, Quezon City, Kuala Lumpur, Kingston, Kampala,
Colombo, Dhaka, Khulna, Chattogram, Suva, Port of Spain or Houston appear only as places and
datelines; currencies, units, diseases, a mosquito and generic institutions such as "the High
Court", "the Judiciary", "Parliament", "the Dewan Rakyat", "the State Courts", "the Ministry of
Health", "the Central Bank", "Bursa Malaysia" or "the Meteorological Department" only as settings;
social networks and messaging apps only in channel lines and as the place a post appeared), and no
surname, town or outlet of any file under `tests/` is reused (each was checked with grep over the
whole `tests/` tree; first names recur). Each page is a WHOLE page, head to tail, as a new user
pastes it as plain text after selecting all in a browser, so every furniture line is a paragraph of
its own. The twelve pages come from news sites in twelve countries, each on an ordinary beat: a
Kenyan daily's court story (a county's market fees suspended), a Pakistani daily's flood story
(south Punjab), a Philippine site's education story (classes suspended for heat), a Singapore
site's court story (a director jailed for fake invoices), a Malaysian daily's politics story (a
flood contract questioned in the Dewan Rakyat), a Jamaican daily's health story (a dengue
outbreak), a Ugandan site's education story (primary exam results), a Sri Lankan daily's business
story (the monthly fuel price revision), a Bangladeshi daily's disaster story (a cyclone's
landfall), a Fijian daily's health story (leptospirosis after floods), a Maltese site's politics
story (a planning Bill after a fatal collapse) and a Trinidadian daily's business story (the wait
for foreign exchange). The three things they stress are (1) furniture worded afresh in each
outlet's own local style, at the head, in the middle and at the tail (e-paper and subscription
lines, prayer-time strips, Hijri and Bangla calendar lines, currency, gold, fuel-price and pump-price
strips, index tickers, lottery, 4D and draw results lines, "Also on ...", "ALSO READ:", "READ:",
"SEE ALSO:", "RELATED:" and "READ NEXT:" lines, SMS and WhatsApp, Telegram and Viber channel lines,
cookie and consent bars, "Advertisement" labels, reporter lines with a bureau, "Published in ...,
August 13th, 2026", helplines and donation-account lines, advice boxes, caption credits ("Pic
by ..."), comment policies, letters policies, supporter appeals, imprint, registration and
copyright lines); (2) speakers with local titles and honorifics ("Justice", "Chief Justice",
"Hon.", "MCA", "Begum", "Chaudhry", "MPA", "Sec.", "Usec.", "Atty.", "Engr.", "Sen.", "Mayor",
"Deputy Public Prosecutor", "District Judge", "Madam", "Datuk Seri", "Tan Sri", "Dato' Sri",
"Datuk Hajah", "Encik", "a/l", "Dr the Hon.", "Rt Hon.", "Sr.", "Dr.", "Advocate", "Md.",
"UNO", "Ratu", "Adi", "Turaga ni Koro", "Perit", "Mr Justice", "Opposition Senator", "Senator the
Hon."), party and constituency tags after names ("(AIF, PP-241 Kotli Harnam)", "(GHR–Bukit
Tempua)", "(PRF)", "(AN)", "(PĠ)"), spokespersons, ministries, councils, inquiries and courts as
sources, "told Parliament", "told the Dewan Rakyat", "told the House", "told the Upper House", "said
in a Facebook post", "In a Facebook post, she said", "said in a press conference", "In a press
conference in Lahore, she said", "said at a news conference", "said in a statement to ...",
"telling the court", "Through advocate X, the traders argued", "welcomed", "replied", "sought",
"noted", "explained", "reminded", "called for", "did not name", "did not answer", "could not be
reached for comment", quotes running over sentences and paragraphs, pronouns and short forms
resolving to the earlier person, and institutions and judges named inside quotes; (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site
and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new28.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B" with the story after them labelled as
before; "Also Read", "READ:" and related lines "B" wherever they fall; captions by content and
credits "B", a credit glued after a caption its own "B" sentence; standfirsts labelled like
headlines; kickers, mastheads and their slogans, widgets, tickers, prayer-times, lottery and
currency strips and share strips "B"; bilingual labels and date lines glued on one line ONE "B"
sentence; related lists, author lines, comment furniture and comment policies "B"; reader-service
lines, helplines and advice boxes "B", advice spoken by a quoted official or body keeping its
speaker with flags ""; the capitals dateline part of the first sentence; definitions "", what
follows from them "W"; plans, votes, fixtures and sentences of record "W", forecasts ""; what a
court, a judge, a Speaker or an agency DID "W" without a speaker, "the court heard" and "court
hears" carrying the court; a reporting verb inside a relative clause giving the sentence no
speaker; titles, honorifics, post-nominals, party tags and role words dropped from speakers; a
pronoun, a later surname or a role noun resolved to the full name as first given; "the company",
"the authority", "the council", "the department" and the like kept as written, "it" for an
organisation resolved to its name as first given; documents, data, surveys and records as sources
kept as written; "declined to comment", "declined to say", "did not respond", "could not be reached
for comment" and their kin labelled like speech with flags ""; a quote in another language with its
translation in brackets ONE sentence; glued furniture items without full stops ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A Kenyan court page: "Justice" and "Chief Justice" are dropped like "Judge"; "In her ruling, the
  judge said" resolves the role to the judge, "W" for what the ruling holds, while her reasoning
  about a loss that would follow if the fees were collected is ""; the conservatory orders and the
  directions on submissions and the mention date are what the court DID, "W" without a speaker.
  "Through advocate X, the traders argued" carries "the traders", the subject of the reporting verb
  (the advocate is the channel, as a signatory is for a statement), and "They also argued" resolves
  to them; "Art. 209(5)" and "Sec. 6" are designations. "telling the court" is a cue as written;
  "County Attorney", "County Executive Committee Member for Trade" and "Ward MCA Hon." are role and
  title words, dropped. "X, who voted against the Bill, welcomed the ruling" carries X with the cue
  "welcomed" and is "W" for the vote of record it states; "has directed ..., saying ..." carries the
  Chief Justice with the cue "saying", "W" for the direction. "ALSO ON NYIKA:" and the WhatsApp line
  are "B" in the middle of the story; the e-paper line ending "from 5 a.m." and the subscription
  price are two "B" sentences; "© 2026 Nyika Media Group Ltd." and "All rights reserved." are two
  "B" sentences, "Ltd." ending the first.
* A Pakistani flood page: "Begum" BEFORE a given name is an honorific and is dropped ("Begum Shazia
  Nawaz Kharal" -> "Shazia Nawaz Kharal"), while "Bibi" or "Begum" AFTER a given name is part of the
  name and stays ("Sakina Bibi"; "Rokeya Begum" on the Bangladeshi page). "Chaudhry" before the
  given name is a title and is dropped ("Chaudhry Arslan Mehmood Warraich" -> "Arslan Mehmood
  Warraich", as the later "Warraich said" shows); a "Chaudhry" at the end of a name would be a
  surname and stay. "Deputy Commissioner Kotli Harnam," (the office with its district) and "MPA"
  are role words; the party-and-constituency tag "(AIF, PP-241 Kotli Harnam)" is dropped like
  "(FF)", and "PP-241" never splits. "told reporters in Lahore" has the cue "told reporters" (the
  place is dropped, as "by phone" is); "In a press conference in Lahore, she said" has the cue
  "said" (the opener stands before the verb). "estimated in a preliminary report" is one cue and
  "W" (an official estimate of record, like a crop report), the department's "has forecast" "".
  "An official of the irrigation department, who asked not to be named, said" keeps the official as
  written without the relative clause. The prayer-timings strip, the open-market and fuel-rates
  strip, the Hijri date line, the helpline line, the donation-account line (its "Account No." never
  ending a sentence), "Published in The Morning Sitara, August 13th, 2026" and "MORE FROM PUNJAB"
  are "B". The reporter's own count at a relief camp is "W" without a speaker. Lakh grouping
  ("3,84,000 cusecs", "Rs. 5,00,000") is a number like any other, and "Rs." never ends a sentence.
* A Philippine education page: a standfirst that joins an official's act without a reporting verb
  ("Education chief orders ...") and a group's claim ("teachers' group says ...") with a semicolon
  is ONE sentence, and it carries the group with "says", its only reporting verb; in the body the
  secretary who "later ordered" shorter classes is an official's act, "W" without a speaker.
  "announced ... in a Facebook post" has the cue "announced" and the quoted post "said in the post";
  the nickname in quotes is dropped; "Ma." stays part of the name; "Sec.", "Usec.", "Atty.",
  "Engr.", "Sen." and "Mayor" are dropped; "said in a press conference in Quezon City" has the cue
  "said in a press conference" (the place dropped). "DepEd Memorandum No. 37, s. 2026" is a
  designation; "Sta." and "Gen." in place names never end a sentence. The heat-index category
  sentence is a definition, ""; "The Department of Health reminded the public to ..." is advice
  spoken by a body, with "reminded" as cue and ""; the bureau's "forecast" and "expects" are "";
  the city engineer's count of fans installed is "W" and his "the rest would be done before classes
  open" ""; a student's account of his class moving to the covered court is "". The lotto-results
  and pump-prices strips, "READ:", the advice to follow the local government's page, the Viber line
  with its hashtag, the tags and the publisher line glued with "·" (ONE "B" sentence, "Corp." not
  ending it) are "B".
* A Singapore court page: "..., court hears" in the standfirst carries "court" with "hears";
  "Deputy Public Prosecutor", "District Judge", "Mr" and "Madam" are dropped, and "the DPP" and "the
  judge" resolve to the persons named; "In mitigation, Kwa's lawyer, Mr X, said" carries X; "She
  sought 15 to 18 months' jail." has the cue "sought" and is "W", a request of record like "asked
  for"; the judge's findings (no personal gain, a scheme that ran 20 months, the credit given for
  the plea) are "W", his reasoning about the bank's loss "", and "The judge noted" has "noted". "said
  in a statement to Lion Gate Daily" is one cue, and "It declined to say" resolves to the bank; the
  surrender date is a fixture, "W"; the accused's demeanour is scene, "". "Pte. Ltd., which ..."
  never ends a sentence, while "Copyright © 2026 Lion Gate Media Pte. Ltd. Co. Regn. No.
  202601847K." is ONE "B" sentence, as in `labelled_new24.py`, and "All rights reserved." another.
* A Malaysian politics page: "Datuk Seri", "Tan Sri", "Dato' Sri", "Datuk Hajah", "Datuk" and
  "Encik" are dropped; "a/l" ("son of") is part of an Indian Malaysian name and stays ("Jeyakumar
  a/l Selvarajah"); the coalition-and-seat tag "(GHR–Bukit Tempua)" is dropped. A Malay name's
  last part is a patronymic, not a surname, so the later short form is the given name ("Ahmad Rizal
  said", "Haris said", "Dato' Sri Kamarul Ariffin could not be reached"), resolved to the full name
  as first given. The headline "..., minister tells Dewan Rakyat" resolves the role to the minister
  named in the body, with "tells Dewan Rakyat" as cue; "had told the House" keeps its tense; "He was
  replying to X, who had raised the award during Question Time on Monday." is a parliamentary
  record, "W" without a speaker. "Sdn. Bhd." and "Bhd." never end a sentence inside one; "said in a
  statement to Bursa Malaysia" keeps the phrase; "according to a filing with the exchange last
  year" and "according to the Works Ministry's written reply" keep the documents; "Speaking at a
  press conference at the Parliament lobby later, X said" has "said". A villager's statement of the
  flood level inside the village surau is "W" (checkable against flood records), his feelings "".
  The bilingual date line with the Hijri date (ONE "B" sentence), the prayer-times strip, the 4D
  results line, "BM | English", the WhatsApp line, "Also on ...:" and the company line with its
  registration number are "B".
* A Jamaican health page: "Dr the Hon." is dropped; "she explained" is a cue like "said"; a quote in
  patois is kept as written and "said X, a vendor" (inverted) gives X, her grandson's illness and the
  water lock-offs being personal accounts, ""; "St." in a parish or hospital name never ends a
  sentence, and "Member of Parliament for St. Ethelred North West" is a role, dropped. "In a Facebook
  post on Thursday, X said" has "said"; "called for" is a cue as written, "" (a demand), and the
  minister's "not warranted at this time" ""; "In a statement, the authority said" keeps "the
  authority". That dengue is spread by a day-biting mosquito and has no specific treatment is "W"
  (checkable medical facts, not a definition of a word). The results line for three lotteries, the
  exchange-rate strip, the "Name/Senior Staff Reporter" line and the e-mail under it, "Also on
  Island Sentry:" and the "DENGUE: WHAT YOU SHOULD KNOW" box (heading, symptoms, warnings, drum
  advice, hotline) are "B" line by line.
* A Ugandan education page: "Rt Hon." and "Hon." are dropped; the Speaker's direction to table a
  report is what an official DID, "W" without a speaker, and "The Speaker said" resolves to him;
  "He did not name the districts." carries the executive secretary with the cue "did not name",
  flags "", like "did not say"; "UNEC also said" keeps the acronym as the page uses it once spelt out
  (like "the DPR" in `labelled_new28.py`) and "the council said" is kept as written; "Sr." (a
  religious sister's title) is dropped and never ends a sentence; "MP Hon. X (PRF)" drops the role,
  title and tag; a minister's warning against a practice and her principle ("Results belong to the
  candidate") are "", her commitment that offenders "will be reported" "W". A parent's account of her
  son's roofless classroom is "". The SMS results line (its "e.g." never ending the sentence) and the
  cost line are reader service, "B"; the privacy box is "B" line by line; "Added 23 January 2026
  03:12 PM" is a date line, "B".
* A Sri Lankan business page: "Hon." and "Dr." are dropped; initials before a name stay ("W.A.P.
  Jayantha Kumara"); "the Minister said" resolves to the minister and "Minister Galappaththi said
  the government had no plans to bring back fuel quotas" is a stated position, ""; the corporation
  chairman's stated cause of a price change is "W", like a company's stated cause; "according to its
  own annual report" inside the MP's reported speech does not change the speaker. A caption and its
  "Pic by ..." credit on one line are two sentences (the caption "W" for the dated protest, the
  credit "B"). "Fisheries groups said the kerosene cut would help ..." is a forecast, "". The
  fuel-price strip, the index-and-rupee ticker, the trilingual menu, "Also Read:", the WhatsApp line,
  the tags and the "(Pvt) Ltd." copyright (two "B" sentences, "Ltd." ending the first) are "B";
  "11.30 a.m." at the end of a line ends its sentence.
* A Bangladeshi disaster page: "Md." is part of a name like "Ma." and stays ("Md. Shafiqul Islam
  Bhuiyan"), and "the UNO said" resolves to him; "Upazila Nirbahi Officer (UNO)", "State Minister
  for Disaster Management and Relief", "Advocate" and "the lawmaker for Dakshinpara-2" are role and
  title words, dropped, with the honorific "Begum" before the given name. "great danger signal No.
  10" and "No. 3" are designations; the Met office's lowering of the signal is an agency's act, "W"
  without a speaker, its measured surge "W" and its forecast of rain and landslides "" ("the office
  said" kept as written). "Alhamdulillah" stays part of the quote's sentence; the minister's "far
  lower than it could have been" is an unverifiable counterfactual, "". The triple calendar line
  (Gregorian, Bangla and Hijri dates), the prayer-times strip, the gold-and-dollar strip, the SMS
  alert line, "Also Read:", the helpline, "Follow ... on WhatsApp and Google News", the comment
  policy and the editor-and-publisher imprint are "B".
* A Fijian health page: "Ratu" and "Adi" (chiefly titles) and "Turaga ni Koro" (the office of a
  village headman) are dropped like "Chief", and "Hon. Dr" like "Dr the Hon."; the lead's capitalised
  first word ("THREE people ...") is part of the sentence; "has confirmed" is a cue as written;
  "LTDD" in the headline is part of it; "In a Facebook post, she said" has "said". How leptospirosis
  spreads, stated by the minister, is a causal claim, "W", and his advice "If you have a fever ..."
  is advice spoken by an official, ""; the nurse's count of fever patients is "W" and her statement
  that most were farmers back in the fields "W" (checkable against the centre's records); a
  farmer's loss of his crop is a personal account, "". The greeting-and-login line, the masthead
  slogan, the currency strip, "Updated 7:55 pm", the WhatsApp line, the advice box, the feedback
  line, "Also on Drau Post:" and the letters policy are "B".
* A Maltese politics page: "Perit" (an architect's title) is dropped like "Engr.", "Mr Justice" like
  "Judge", "Dr" (for lawyers and ministers) as everywhere, and the party tags "(AN)" and "(PĠ)" like
  "(FF)"; Maltese letters stay ("Ċensu Xerri Bonnici"). "The inquiry, led by retired judge Mr
  Justice X, found" keeps "The inquiry" with "found"; the judge named inside a quote ("Mr Justice
  Gauci Pisani did not write that recommendation in pencil") is not its speaker, and the page number
  the quote gives is "W"; "told the House" and "replied" are cues, the reply "W" for the vote it
  records. A relative who "followed the debate from the public gallery" is scene, "" without a
  speaker; "In a Facebook post after the vote, she said" has "said", and the post quoted after it
  carries "wrote", "W" for what the building had and lacked. "Bill No. 147" and "Art. 72" are
  designations; the committee-stage date is a fixture, "W". The cookie lines, "EN | MT", "Updated
  07:51 · 4 min read", "READ NEXT:", the supporter appeal (two sentences and the button) and the
  company-registration line are "B".
* A Trinidadian business page: "Opposition Senator" and "Senator the Hon." are dropped; "told the
  Upper House" and "replied" are cues; the standfirst "Senator tells Upper House ..." resolves to the
  senator named in the body; "according to a survey by the ... (MGTT)" keeps the survey as written
  without the acronym; "said at a news conference" is one cue, carried by the quote's next
  sentences; the senator's "asked" is a question, "", and "He did not answer the question directly."
  is labelled like "did not say"; the guild's meeting with the governor is a fixture, "W"; the
  banks' association's "fairly and in line with ... guidelines" is a characterisation, "". The
  masthead slogan, the draw-results line, the exchange-rate strip, "SEE ALSO:", the WhatsApp and
  story-tip lines, "MORE BUSINESS" with its headlines, the comment policy and the "Co. Ltd."
  copyright are "B".

`CASES` holds 25 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kenyan daily's courts story (High Court suspends a county's new market fees; skip link, date line, e-paper and subscribe line, cookie bar, kicker, byline with bureau, share strip, Justice and Chief Justice, conservatory orders, Through advocate X the traders argued, Art. and Sec. designations, County Attorney telling the court, CECM said in a statement over two sentences, MCA Hon. who voted against welcomed the ruling, ALSO ON line, WhatsApp channel line, case tracking system as source, trader quoted, correspondent line, related stories, comment policy, e-paper line with 5 a.m., Ltd. copyright)",
    "Pakistani English daily's flood story (south Punjab; masthead, date line with Hijri date, prayer timings strip, open-market and fuel rates strip, relief authority with acronym and it said, Begum spokesperson told reporters, Chaudhry deputy commissioner, Section 144, MPA with party and PP- constituency tag said in a video message, minister rejected and In a press conference she said, lakh figures and Rs., unnamed irrigation official, Meteorological Department figure and forecast, village woman Sakina Bibi, agriculture department's preliminary report, growers' forum, helpline and donation account lines, Published in line, comment policy)",
    "Philippine news site's education story (heat index class suspensions; lotto results and pump prices strips, breadcrumb, standfirst joining an act and a group's claim, weather bureau as source, definition of a danger category, mayor with nickname announcing in a Facebook post, Filipino quotes with translations, Sec., Usec., Atty., Engr. and Sen. titles, Memorandum No. 37 s. 2026, said in a press conference, teachers' survey, Php and P figures, Department of Health reminded, parent and student, READ line, Viber community line, tags, cookie line, publisher line)",
    "Singapore news site's courts story (company director jailed for fake invoices; briefing sign-up, standfirst with court hears, byline and role line, listen line, Pte. Ltd., the court heard, Deputy Public Prosecutor and the DPP, sought, In mitigation lawyer Mr X said, District Judge's findings and noted, Madam co-director, bank said in a statement to the site and declined to say, surrender date, RELATED line, Telegram line, more on this topic, Co. Regn. No. copyright)",
    "Malaysian English daily's politics story (flood contract questioned in the Dewan Rakyat; bilingual date line with Hijri date, Waktu Solat strip, 4D results line, headline with minister tells Dewan Rakyat, Datuk Seri, Tan Sri, Dato' Sri, Datuk Hajah, Encik and a/l names, coalition-and-seat tag, Sdn. Bhd. and Bhd., quoted question with he asked, filing and annual report as sources, said in a statement to Bursa Malaysia, anti-graft commission declined to comment, could not be reached, press conference at the Parliament lobby, villager, WhatsApp line, Also on line, comment note, company line)",
    "Jamaican daily's health story (dengue outbreak declared in four parishes; lottery results line, exchange-rate strip, e-paper line, Name/Senior Staff Reporter byline, Dr the Hon. minister at a press conference, chief medical officer explained, regional health authority's statement, St. in hospital and constituency names, opposition spokesman's Facebook post, patois quote with said X a vendor, called for, Also on line, advice box with hotline, comment policy, Ltd. imprint)",
    "Ugandan news site's education story (primary leaving exam results; skip link, WhatsApp line, privacy box, exam council with acronym, executive secretary said and did not name, Hon. minister warned, Rt Hon. Speaker directed, MP Hon. with party tag told Parliament, UNEC data as source, Sr. head teacher, parent's account, SMS results line with e.g., related list, story-tip lines, comment policy, Ltd. copyright)",
    "Sri Lankan daily's business story (monthly fuel price revision; fuel prices strip, index and rupee ticker, trilingual menu, Rs. figures, corporation with acronym, chairman's stated cause, Hon. minister told Parliament and the Minister said, Dr. opposition MP with district, bus federation, caption with Pic by credit on one line, W.A.P. initials, Police said, Also Read line, WhatsApp line, tariff commission's plan, PLC, economist and statistics department, tags, (Pvt) Ltd. copyright)",
    "Bangladeshi English daily's disaster story (cyclone landfall; triple calendar line, prayer times strip, gold and dollar strip, danger signal No. 10 and No. 3, officials said, Begum state minister told reporters, UNO Md. name and the UNO said, Rokeya Begum, Alhamdulillah in a quote, power company, river transport authority, SMS alert line, Advocate lawmaker said in a Facebook post, coast guard station as source, Met office's measured surge and forecast, climate scientist, helpline, WhatsApp line, comment policy, editor-and-publisher imprint)",
    "Fijian daily's health story (leptospirosis deaths after floods; Bula login line, masthead slogan, currency strip, LTDD headline, capitalised first word, ministry has confirmed and In a statement the ministry said, Hon. Dr minister, Permanent Secretary, Turaga ni Koro Ratu headman, nurse practitioner, cane farmer, WhatsApp line, Adi opposition MP and In a Facebook post she said, minister told reporters, sugar industry spokesperson, advice box with emergency line, feedback line, letters policy)",
    "Maltese news site's politics story (planning Bill's second reading after a fatal collapse; EN | MT switch, cookie lines, Bill No. 147 and Art. 72, inquiry led by Mr Justice found, minister told the House, Perit opposition spokesman with party tag, judge named inside a quote, government MP replied, federation's statement, chamber president, READ NEXT line, relative in the public gallery and her Facebook post with she wrote, declined to comment, supporter appeal, comment policy, registration line)",
    "Trinidadian daily's business story (manufacturers' wait for foreign exchange; masthead slogan, draw results line, TT$ rates strip, survey by a guild with acronym, said at a news conference over three sentences, Opposition Senator told the Upper House and asked, Senator the Hon. minister replied and did not answer, Central Bank statement and annual report, banks' association declined to say, SEE ALSO line, managing director of a Ltd. company, economist, WhatsApp and story-tip lines, more business list, comment policy, Co. Ltd. copyright)",
]

ARTICLES = [
    [  # 1. Kenyan daily's courts story: High Court suspends a county's new market fees
        [("Skip to content", "", "", "B")],
        [("Nyika Daily Post", "", "", "B")],
        [("Tuesday, June 16, 2026", "", "", "B")],
        [("Today's e-Paper  |  Subscribe  |  Log in", "", "", "B")],
        [("News   Counties   Politics   Business   Courts   Health   Sports   Opinion   Nyika TV", "", "", "B")],
        [("We use cookies to improve your experience on our site.", "", "", "B"),
         ("By continuing to browse, you agree to our use of cookies.", "", "", "B")],
        [("Accept   Learn more", "", "", "B")],
        [("COURTS", "", "", "B")],
        [("Court suspends Kisoko County's new market fees", "", "", "W")],
        [("Traders had challenged the Sh200 daily stall charge, which the county says it needs to pay for new market sheds", "", "", "W")],
        [("By Mercy Jebet Chemutai  |  Kisoko Bureau", "", "", "B")],
        [("Published on: June 16, 2026 at 7:42 PM", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("The High Court in Nairobi has suspended new market fees introduced by Kisoko County, pending the hearing of a petition filed by traders who say the charges will drive them out of business.", "", "", "W")],
        [("Justice Hellen Kwamboka Kibisu on Monday issued conservatory orders stopping the county from collecting the fees under the Kisoko County Finance Act, 2026, until the petition is heard and determined.", "", "", "W")],
        [("The Act, which took effect on May 1, raised the daily stall fee at the county's 14 markets from Sh50 to Sh200 and introduced a Ksh 1,500 monthly charge for hawkers' permits.", "", "", "W")],
        [("In her ruling, the judge said the petitioners had raised “weighty constitutional questions” about whether the county had held adequate public participation before passing the law.", "Hellen Kwamboka Kibisu", "said", "W")],
        [("“The court is satisfied that the petitioners have established a prima facie case with a probability of success,” Justice Kibisu said.", "Hellen Kwamboka Kibisu", "said", "W"),
         ("“Should the fees be collected and the petition later succeed, the traders would suffer a loss that cannot easily be recovered.”", "Hellen Kwamboka Kibisu", "said", "")],
        [("The petition was filed by the Kisoko Market Traders Welfare Association, which says it represents about 4,300 stallholders.", "", "", "W")],
        [("Its chairman, Josphat Mbaluka Ouma, told Nyika Daily Post that most traders at Kisoko Central Market earn less than Sh600 a day.", "Josphat Mbaluka Ouma", "told Nyika Daily Post", "W")],
        [("“You cannot take Sh200 from a woman selling tomatoes and expect her to feed her children,” he said.", "Josphat Mbaluka Ouma", "said", ""),
         ("“We are not refusing to pay.", "Josphat Mbaluka Ouma", "said", ""),
         ("We are refusing to be finished.”", "Josphat Mbaluka Ouma", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Through advocate Kioko Mutiso Ndambuki, the traders argued that the county assembly passed the Bill on March 24, only nine days after it was published, and held a single public forum, at the county headquarters.", "the traders", "argued", "W")],
        [("They also argued that the fees breach Art. 209(5) of the Constitution and Sec. 6 of the county's own Trade Licensing Act, 2019.", "the traders", "argued", "W")],
        [("County Attorney Linet Nekesa Simiyu opposed the application, telling the court that the county had advertised the Bill in two newspapers and received 212 written memoranda.", "Linet Nekesa Simiyu", "telling the court", "W")],
        [("She said the county had already spent Sh94 million on new market sheds and toilets in anticipation of the revenue.", "Linet Nekesa Simiyu", "said", "W")],
        [("Follow our WhatsApp channel for breaking news and court updates.", "", "", "B")],
        [("Kisoko's County Executive Committee Member for Trade, Dr Hezron Kipruto Chebii, said the county would comply with the orders but would “vigorously defend” the law.", "Hezron Kipruto Chebii", "said", "W")],
        [("“These fees have not been reviewed since 2014,” Dr Chebii said in a statement.", "Hezron Kipruto Chebii", "said in a statement", "W"),
         ("“In the same period the cost of cleaning and securing our markets has tripled.”", "Hezron Kipruto Chebii", "said in a statement", "W")],
        [("He said the county had projected Sh312 million from the new fees in the 2026/27 financial year, about a tenth of its own-source revenue target.", "Hezron Kipruto Chebii", "said", "W")],
        [("Kisoko Central Ward MCA Hon. Pius Lokorio Nakwa, who voted against the Bill, welcomed the ruling.", "Pius Lokorio Nakwa", "welcomed", "W")],
        [("“We told the executive in March that this would end up in court,” Hon. Nakwa said.", "Pius Lokorio Nakwa", "said", "")],
        [("ALSO ON NYIKA: Kisoko traders down tools for second day over stall fees", "", "", "B")],
        [("Justice Kibisu directed the parties to file and exchange their written submissions within 21 days and set the matter for mention on July 9.", "", "", "W")],
        [("The case is one of 17 petitions challenging county finance laws filed at the High Court this year, according to the Judiciary's case tracking system.", "the Judiciary's case tracking system", "according to", "W")],
        [("Chief Justice Rehema Awuor Nyabuto has directed that such petitions be heard within 90 days, saying delays leave both counties and taxpayers in limbo.", "Rehema Awuor Nyabuto", "saying", "W")],
        [("Traders at the main market said business went on normally on Tuesday, with many paying the old fee of Sh50.", "Traders at the main market", "said", "W")],
        [("Beatrice Adhiambo Okoth, who sells dried fish, said she had closed her stall for three days in protest last week.", "Beatrice Adhiambo Okoth", "said", "")],
        [("“At least now we can breathe,” she said.", "Beatrice Adhiambo Okoth", "said", "")],
        [("Mercy Jebet Chemutai is our Kisoko correspondent.", "", "", "B"),
         ("Email: mchemutai@nyikapost.example", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Kisoko assembly passes finance Bill amid opposition walkout", "", "", "B")],
        [("Hawkers relocated as county begins market shed works", "", "", "B")],
        [("Comment policy: Nyika Daily Post welcomes comments that are relevant and respectful.", "", "", "B"),
         ("Comments containing hate speech, abuse or defamatory content will be removed.", "", "", "B")],
        [("Get the Nyika Daily Post e-Paper on your phone every morning from 5 a.m.", "", "", "B"),
         ("Subscribe for Ksh 399 a month.", "", "", "B")],
        [("© 2026 Nyika Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Contact  |  Advertise  |  Privacy Policy  |  Terms of Use", "", "", "B")],
    ],
    [  # 2. Pakistani English daily's flood story: south Punjab
        [("THE MORNING SITARA", "", "", "B")],
        [("Lahore  |  Thursday, August 13, 2026  |  Safar 28, 1448 AH", "", "", "B")],
        [("Prayer timings (Lahore):  Fajr 4:09   Zuhr 12:11   Asr 3:50   Maghrib 6:58   Isha 8:22", "", "", "B")],
        [("Open market:  US$ Rs. 282.60  ·  Gold (24k/tola) Rs. 3,58,400  ·  Petrol Rs. 264.61/litre  ·  HSD Rs. 271.92/litre", "", "", "B")],
        [("E-Paper  |  Urdu  |  Subscribe", "", "", "B")],
        [("Home   National   Punjab   Sindh   KP   Balochistan   Business   Sports   Opinion", "", "", "B")],
        [("PUNJAB", "", "", "B")],
        [("Floods kill 23 in south Punjab as Dhanak breaches embankments", "", "", "W")],
        [("PERA says over 41,000 people moved to relief camps; Section 144 imposed along riverbanks in three districts", "PERA", "says", "W")],
        [("Our Correspondent  |  Multan Bureau", "", "", "B")],
        [("Published August 13, 2026  01:15 AM", "", "", "B")],
        [("MULTAN: At least 23 people, including nine children, have been killed in flood-related incidents across three districts of south Punjab since Monday, the Punjab Emergency Relief Authority (PERA) said on Wednesday.", "the Punjab Emergency Relief Authority", "said", "W")],
        [("The authority said 41,260 people had been moved to 118 relief camps in Kotli Harnam, Dera Sajjad and Jalalgarh districts after the Dhanak river breached its embankments at four points.", "The authority", "said", "W"),
         ("Most of the deaths were caused by drowning and the collapse of mud houses, it said.", "the Punjab Emergency Relief Authority", "said", "W")],
        [("PERA spokesperson Begum Shazia Nawaz Kharal told reporters in Lahore that water levels at the Qadirwala headworks had begun to fall overnight, from a peak of 3,84,000 cusecs on Tuesday evening.", "Shazia Nawaz Kharal", "told reporters", "W")],
        [("“The situation is under control, but the next 48 hours are critical because more rain is forecast in the catchment,” she said.", "Shazia Nawaz Kharal", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Deputy Commissioner Kotli Harnam, Chaudhry Arslan Mehmood Warraich, said 63 villages in the district were under water and the army had been called in to help with evacuations on Tuesday night.", "Arslan Mehmood Warraich", "said", "W")],
        [("Warraich said 46 boats and 310 rescuers were working in the district, and that 2,900 head of cattle had been shifted to higher ground.", "Arslan Mehmood Warraich", "said", "W"),
         ("He said the district administration had imposed Section 144 of the Code of Criminal Procedure along the riverbank for 30 days, banning swimming, fishing and gatherings near the embankments.", "Arslan Mehmood Warraich", "said", "W")],
        [("MPA Tahir Mehmood Sandhila (AIF, PP-241 Kotli Harnam) said in a video message that relief was reaching camps late and that some families had spent two nights in the open.", "Tahir Mehmood Sandhila", "said in a video message", "W")],
        [("“Tents are not enough, rations are not enough, and the officers are sitting in air-conditioned offices,” he said.", "Tahir Mehmood Sandhila", "said", "")],
        [("An official of the irrigation department, who asked not to be named, said the embankment that gave way first had been marked as weak in an inspection last November.", "An official of the irrigation department", "said", "W")],
        [("“Someone will have to answer for that embankment,” Sandhila said.", "Tahir Mehmood Sandhila", "said", "")],
        [("Provincial Relief Minister Nighat Parveen Sheikh rejected the criticism.", "Nighat Parveen Sheikh", "rejected", "")],
        [("In a press conference in Lahore, she said the government had released Rs. 1.2 billion for the three districts and that each family whose house was destroyed would receive Rs. 5,00,000.", "Nighat Parveen Sheikh", "said", "W")],
        [("“Not a single camp is without food,” she said.", "Nighat Parveen Sheikh", "said", "W"),
         ("“If anyone has a complaint, our helpline is open around the clock.”", "Nighat Parveen Sheikh", "said", "")],
        [("ALSO READ: Sindh braces for flood peak as water moves downstream", "", "", "B")],
        [("Rainfall of 212mm was recorded in Dera Sajjad in the 24 hours to 8 a.m. on Wednesday, the highest in the province, the Meteorological Department said.", "the Meteorological Department", "said", "W")],
        [("The department has forecast more heavy rain in the upper catchment until Saturday.", "The department", "has forecast", "")],
        [("In Basti Lal Din, a village of about 900 people near the breach, Sakina Bibi, 52, said the water reached her house at around 3 a.m. on Tuesday.", "Sakina Bibi", "said", "")],
        [("“We picked up the children and ran,” she said.", "Sakina Bibi", "said", ""),
         ("“Our buffaloes, our wheat, everything is gone.”", "Sakina Bibi", "said", "")],
        [("At a relief camp in a girls' high school in Kotli Harnam, about 600 people were sharing six toilets on Wednesday afternoon.", "", "", "W")],
        [("The provincial agriculture department estimated in a preliminary report that cotton on about 1,96,000 acres had been damaged in the three districts.", "The provincial agriculture department", "estimated in a preliminary report", "W")],
        [("Punjab Growers' Forum president Ijaz Ahmed Bhinder said the estimate was “far too low” and put the damage at more than 3,00,000 acres.", "Ijaz Ahmed Bhinder", "said", "W")],
        [("The School Education Department announced that 214 government schools in the three districts would remain closed until August 22, and that 37 of them were being used as relief camps.", "The School Education Department", "announced", "W")],
        [("Health officials said cases of diarrhoea and skin infections were rising in the camps, with 1,340 patients treated at medical camps on Wednesday alone.", "Health officials", "said", "W")],
        [("PERA has set up a helpline, 1129, for people seeking information about missing relatives.", "", "", "B")],
        [("Donations for flood victims can be deposited in the Chief Minister's Flood Relief Fund, Account No. 0471-2208, at any scheduled bank.", "", "", "B")],
        [("Published in The Morning Sitara, August 13th, 2026", "", "", "B")],
        [("Follow The Morning Sitara on WhatsApp for breaking news alerts", "", "", "B")],
        [("Comments are moderated.", "", "", "B"),
         ("Please keep them civil and on topic.", "", "", "B"),
         ("The Morning Sitara is not responsible for readers' views.", "", "", "B")],
        [("MORE FROM PUNJAB", "", "", "B")],
        [("Wheat procurement target missed for second year", "", "", "B")],
        [("Lahore smog season: schools told to prepare staggered timings", "", "", "B")],
        [("Copyright © 2026, The Morning Sitara", "", "", "B")],
    ],
    [  # 3. Philippine news site's education story: heat index class suspensions
        [("Tinig Metro", "", "", "B")],
        [("HOME   NEWS   NATION   METRO   REGIONS   BUSINESS   ENTERTAINMENT   SPORTS   OPINION", "", "", "B")],
        [("LOTTO RESULTS (April 13, 9PM): Jackpot 6/47 – 03-15-21-28-36-44  |  Tri-Digit – 4-0-7", "", "", "B")],
        [("PUMP PRICES:  Gasoline ₱61.45/L  ·  Diesel ₱57.20/L  ·  Kerosene ₱69.80/L", "", "", "B")],
        [("NEWS › NATION", "", "", "B")],
        [("Classes suspended in 6 cities as heat index hits 47°C", "", "", "W")],
        [("Education chief orders shorter school days in 112 divisions; teachers' group says most classrooms lack working fans", "teachers' group", "says", "W")],
        [("By Kristine Joy Abarquez", "", "", "B")],
        [("April 14, 2026  |  6:12 PM", "", "", "B")],
        [("SAN TEODORO CITY — Mayors of at least six cities suspended face-to-face classes on Tuesday afternoon after the heat index in parts of Central Luzon reached a “dangerous” 47 degrees Celsius, the state weather bureau said.", "the state weather bureau", "said", "W")],
        [("The bureau said the heat index, which measures how hot it feels once humidity is factored in, reached 47°C in San Teodoro at 2 p.m., the highest reading in the country this year.", "The bureau", "said", "W")],
        [("A heat index of 42°C to 51°C falls under the “danger” category, in which heat cramps and heat exhaustion are likely.", "", "", "")],
        [("San Teodoro Mayor Rodolfo “Boyet” Ilustre-Cabañero announced the suspension of classes at all levels, public and private, in a Facebook post shortly before 11 a.m.", "Rodolfo Ilustre-Cabañero", "announced", "W")],
        [("“Walang pasok mamayang hapon sa lahat ng antas, pampubliko at pribado (No classes this afternoon at all levels, public and private),” he said in the post.", "Rodolfo Ilustre-Cabañero", "said in the post", "W"),
         ("“Mas mahalaga ang kalusugan ng mga bata (The children's health matters more).”", "Rodolfo Ilustre-Cabañero", "said in the post", "")],
        [("Classes were also suspended in the cities of Sta. Veronica, Malabanan, Gen. Arcadio, Pulong Buhangin and Hinagdanan Sur.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Education Secretary Ma. Rosalinda Dacanay-Villarba later ordered schools in 112 of the country's 220 school divisions to hold in-person classes only from 6 a.m. to 11 a.m. until further notice.", "", "", "W")],
        [("In DepEd Memorandum No. 37, s. 2026, issued on Tuesday, the department said principals could shift to modular distance learning if classrooms became unsafe.", "the department", "said", "W")],
        [("“We will not gamble with the health of learners and teachers,” Sec. Dacanay-Villarba said in a press conference in Quezon City.", "Ma. Rosalinda Dacanay-Villarba", "said in a press conference", "")],
        [("She said the department had recorded 143 cases of heat-related illness among learners since March, most of them fainting spells during flag ceremonies.", "Ma. Rosalinda Dacanay-Villarba", "said", "W")],
        [("Atty. Francis Gerard Macapugay-Dizon, the department's spokesperson, said the order did not cover schools in the Cordillera and other highland areas where temperatures remained lower.", "Francis Gerard Macapugay-Dizon", "said", "W")],
        [("Education Undersecretary for operations Usec. Ramil Tolosa-Baquiran said classes lost to the heat would not be made up on Saturdays.", "Ramil Tolosa-Baquiran", "said", "W"),
         ("He said teachers would not be required to report to school during suspensions.", "Ramil Tolosa-Baquiran", "said", "W")],
        [("READ: DepEd: No extension of school year despite heat", "", "", "B")],
        [("Guro Muna Teachers' Alliance chairperson Leonida Bagtas-Quimpo said a survey of 1,860 of its members found that 68 percent taught in classrooms with no working electric fan.", "Leonida Bagtas-Quimpo", "said", "W")],
        [("“Some of our classrooms have 58 learners and a tin roof,” she said.", "Leonida Bagtas-Quimpo", "said", "W"),
         ("“You cannot teach fractions inside an oven.”", "Leonida Bagtas-Quimpo", "said", "")],
        [("Bagtas-Quimpo said the group would hold a protest outside the department's central office on Friday.", "Leonida Bagtas-Quimpo", "said", "W")],
        [("Sen. Arturo Valdepeñas-Ilagan, who chairs the Senate committee on basic education, said he would file a resolution seeking an inquiry into the department's P3.4-billion classroom electrification program.", "Arturo Valdepeñas-Ilagan", "said", "W")],
        [("He said the program had reached only 41 percent of its target schools by the end of 2025.", "Arturo Valdepeñas-Ilagan", "said", "W")],
        [("Engr. Noel Lumibao-Sarte, head of the San Teodoro city engineering office, said the city had installed ceiling fans in 188 of its 420 public-school classrooms since January, at a cost of Php 9.6 million.", "Noel Lumibao-Sarte", "said", "W"),
         ("He said the rest would be done before classes open in June.", "Noel Lumibao-Sarte", "said", "")],
        [("The Department of Health reminded the public to drink water regularly, avoid outdoor activities between 10 a.m. and 4 p.m., and watch for signs of heatstroke such as confusion and hot, dry skin.", "The Department of Health", "reminded", "")],
        [("Outside Pangasiwaan Elementary School, Marites Cabungcal-Roque, 41, said her eight-year-old son had come home with a nosebleed on Monday.", "Marites Cabungcal-Roque", "said", "")],
        [("“Okay lang na walang klase, basta ligtas sila (It's fine if there are no classes, as long as they are safe),” she said.", "Marites Cabungcal-Roque", "said", "")],
        [("Grade 10 student Jericho Manansala-Baylon, 15, said his class of 52 had been moved to the school's covered court because it was cooler than their room.", "Jericho Manansala-Baylon", "said", "")],
        [("The bureau forecast a heat index of 44°C to 46°C in San Teodoro on Wednesday.", "The bureau", "forecast", "")],
        [("The weather bureau expects the dry season to last until the third week of May.", "The weather bureau", "expects", "")],
        [("For the latest class suspension announcements, follow your local government unit's official page.", "", "", "B")],
        [("Join Tinig Metro's Viber community for breaking news and #WalangPasok updates.", "", "", "B")],
        [("Tags:  heat index   class suspension   DepEd   San Teodoro", "", "", "B")],
        [("MORE STORIES", "", "", "B")],
        [("Power reserves thin as demand hits record on hottest day", "", "", "B")],
        [("Farmers in Central Luzon report early onion harvest losses", "", "", "B")],
        [("This site uses cookies.", "", "", "B"),
         ("By continuing, you agree to our Privacy Policy.", "", "", "B")],
        [("Got it", "", "", "B")],
        [("Tinig Metro Media Corp. · 27/F Lualhati Tower, Makati City · All rights reserved.", "", "", "B")],
    ],
    [  # 4. Singapore news site's courts story: company director jailed for fake invoices
        [("Lion Gate Daily", "", "", "B")],
        [("Singapore   Asia   World   Business   Tech   Life   Opinion   Videos   Podcasts", "", "", "B")],
        [("Sign up for our Morning Gate briefing", "", "", "B")],
        [("SINGAPORE", "", "", "B")],
        [("Logistics firm director jailed 14 months for falsifying $1.4m in invoices", "", "", "W")],
        [("He created 96 fake invoices to draw on a bank's trade financing line for a company that was already losing money, court hears", "court", "hears", "W")],
        [("Soh Wan Ting", "", "", "B")],
        [("Court Correspondent", "", "", "B")],
        [("Published Mar 12, 2026, 05:40 PM  |  Updated Mar 12, 2026, 07:02 PM", "", "", "B")],
        [("Listen to this article   4 min", "", "", "B")],
        [("SINGAPORE – A director of a freight forwarding company who created fake invoices worth more than $1.4 million to draw down a bank's trade financing facility was sentenced to 14 months' jail on March 12.", "", "", "W")],
        [("Kwa Teck Seng, 53, a Singaporean, had pleaded guilty to eight charges of falsifying accounts with intent to defraud.", "", "", "W"),
         ("Another 31 charges were taken into consideration during sentencing.", "", "", "W")],
        [("Kwa was one of two directors of Heronsbay Logistics Pte. Ltd., which handled sea freight for small electronics importers.", "", "", "W")],
        [("Between January 2022 and August 2023, he prepared 96 invoices for shipments that never took place and submitted them to Marisco Bank to draw on the company's trade financing line, the court heard.", "the court", "heard", "W")],
        [("The scheme came to light in September 2023, when a Marisco Bank officer tried to verify one of the shipments with a carrier and found that it did not exist.", "", "", "W"),
         ("The bank lodged a police report the next month, and Kwa was charged in court in June 2025.", "", "", "W")],
        [("Deputy Public Prosecutor Siti Nurafiqah Jamaluddin said the bank disbursed about $1.42 million against the invoices, of which about $610,000 has not been repaid.", "Siti Nurafiqah Jamaluddin", "said", "W")],
        [("She said Kwa had used the money to pay the company's staff and suppliers after it lost two major customers in 2021, and had not spent it on himself.", "Siti Nurafiqah Jamaluddin", "said", "W")],
        [("But she argued that a deterrent sentence was needed because such offences “strike at the heart of the trust” on which trade financing depends.", "Siti Nurafiqah Jamaluddin", "argued", "")],
        [("“Banks in Singapore extend trade financing on the basis of documents, not physical inspection of the goods,” the DPP said.", "Siti Nurafiqah Jamaluddin", "said", "W"),
         ("“If the documents cannot be trusted, the whole system slows down for honest traders.”", "Siti Nurafiqah Jamaluddin", "said", "")],
        [("She sought 15 to 18 months' jail.", "Siti Nurafiqah Jamaluddin", "sought", "W")],
        [("Advertisement", "", "", "B")],
        [("In mitigation, Kwa's lawyer, Mr Harjit Singh Dhillon-Ramasamy, said his client had been “desperate to keep 22 employees in work” and had made restitution of $310,000 before he was charged.", "Harjit Singh Dhillon-Ramasamy", "said", "W")],
        [("He said Kwa had sold his family's five-room flat to repay part of the debt.", "Harjit Singh Dhillon-Ramasamy", "said", "W")],
        [("Mr Dhillon-Ramasamy said Kwa intended to repay the rest of the money by selling his shares in a second company.", "Harjit Singh Dhillon-Ramasamy", "said", "")],
        [("RELATED: Trade finance fraud: banks told to check shipping documents with carriers", "", "", "B")],
        [("“He did not buy a car, he did not gamble, he did not go on holiday,” Mr Dhillon-Ramasamy said.", "Harjit Singh Dhillon-Ramasamy", "said", ""),
         ("“He made a terrible decision for what he believed were good reasons.”", "Harjit Singh Dhillon-Ramasamy", "said", "")],
        [("District Judge Marcus Yip Boon Huat said he accepted that Kwa had not used the money for personal gain.", "Marcus Yip Boon Huat", "said", "W")],
        [("But the judge said the scheme had run for 20 months and involved a large number of documents, which made it “a sustained and deliberate deception”.", "Marcus Yip Boon Huat", "said", "W")],
        [("“The fact that the accused was trying to save his business does not make the bank's loss any less real,” he said.", "Marcus Yip Boon Huat", "said", "")],
        [("He said he had given Kwa credit for his early plea of guilt and his restitution.", "Marcus Yip Boon Huat", "said", "W"),
         ("The judge noted that the prosecution's case had been built largely on documents Kwa himself handed to investigators.", "Marcus Yip Boon Huat", "noted", "W")],
        [("Kwa, dressed in a grey polo shirt, nodded as the sentence was read out.", "", "", "")],
        [("Kwa's co-director, Madam Sng Lay Choo, 61, was not charged.", "", "", "W")],
        [("Marisco Bank said in a statement to Lion Gate Daily that it had since tightened its checks on trade financing documents, including by verifying shipments with carriers.", "Marisco Bank", "said in a statement to Lion Gate Daily", "W"),
         ("It declined to say how many other customers' invoices were being reviewed.", "Marisco Bank", "declined to say", "")],
        [("Kwa, who is on bail of $80,000, will surrender himself at the State Courts on April 2 to begin serving his sentence.", "", "", "W")],
        [("For each charge of falsifying accounts, he could have been jailed for up to 10 years, fined, or both.", "", "", "W")],
        [("Join Lion Gate Daily's Telegram channel and get the best of our journalism delivered to you.", "", "", "B")],
        [("MORE ON THIS TOPIC", "", "", "B")],
        [("Former bank manager jailed for helping clients bypass trade finance checks", "", "", "B")],
        [("Director fined $60,000 for failing to keep proper accounts", "", "", "B")],
        [("Copyright © 2026 Lion Gate Media Pte. Ltd. Co. Regn. No. 202601847K.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms & Conditions   Data Protection Policy   Contact Us", "", "", "B")],
    ],
    [  # 5. Malaysian English daily's politics story: flood project contract questioned in the Dewan Rakyat
        [("The Semenanjung Herald", "", "", "B")],
        [("Rabu, 22 Julai 2026 / Wednesday, July 22, 2026  |  7 Safar 1448H", "", "", "B")],
        [("Waktu Solat (Kuala Lumpur):  Imsak 5:52   Subuh 6:02   Syuruk 7:14   Zohor 1:23   Asar 4:47   Maghrib 7:28   Isyak 8:41", "", "", "B")],
        [("4D Results (Sun, 19/7):  1st 4821   2nd 0736   3rd 9154   |   Full results »", "", "", "B")],
        [("Bahasa Malaysia  |  English", "", "", "B")],
        [("Nation   Politics   Business   Sports   World   Lifestyle   Opinion   E-Paper", "", "", "B")],
        [("NATION", "", "", "B")],
        [("RM1.8bil Sungai Keladi flood project went through open tender, minister tells Dewan Rakyat", "Haris Fadzillah Mohd Rejab", "tells Dewan Rakyat", "W")],
        [("Opposition says contractor was incorporated only 14 months before it won the job", "Opposition", "says", "W")],
        [("by FARAH DIYANA MOKHTAR", "", "", "B")],
        [("Wednesday, 22 Jul 2026  5:18 PM MYT", "", "", "B")],
        [("KUALA LUMPUR: The RM1.8 billion contract for the Sungai Keladi flood mitigation project was awarded through an open tender that drew 11 bids, Works Minister Datuk Seri Haris Fadzillah Mohd Rejab told the Dewan Rakyat today.", "Haris Fadzillah Mohd Rejab", "told the Dewan Rakyat", "W")],
        [("He said Tegas Bina Infra Sdn. Bhd. had submitted the lowest technically compliant bid, RM212 million below the department's own estimate.", "Haris Fadzillah Mohd Rejab", "said", "W")],
        [("“There was no direct negotiation.", "Haris Fadzillah Mohd Rejab", "said", "W"),
         ("Everything was done according to Treasury procurement guidelines,” he said.", "Haris Fadzillah Mohd Rejab", "said", "W")],
        [("He was replying to Ahmad Rizal Tajuddin (GHR–Bukit Tempua), who had raised the award during Question Time on Monday.", "", "", "W")],
        [("Ahmad Rizal had told the House that Tegas Bina was incorporated in May 2024, 14 months before the tender closed, and had a paid-up capital of RM250,000 at the time.", "Ahmad Rizal Tajuddin", "had told the House", "W")],
        [("“How does a company with no completed project of this size win the biggest flood contract in the state's history?” he asked.", "Ahmad Rizal Tajuddin", "asked", "")],
        [("He said company records showed that one of Tegas Bina's directors, Dato' Sri Kamarul Ariffin Basri, was a former political secretary to a deputy minister.", "Ahmad Rizal Tajuddin", "said", "W")],
        [("Dato' Sri Kamarul Ariffin could not be reached for comment.", "Kamarul Ariffin Basri", "could not be reached for comment", "")],
        [("Haris said the identity of the company's directors was “irrelevant” to the evaluation, which looked only at technical capacity and price.", "Haris Fadzillah Mohd Rejab", "said", "W")],
        [("He said Tegas Bina had been required to provide a performance bond of 5 per cent of the contract value and would be penalised RM120,000 for every day of delay.", "Haris Fadzillah Mohd Rejab", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Tegas Bina is 60 per cent owned by Meranti Jaya Holdings Bhd., a company listed on the Main Market of Bursa Malaysia, according to a filing with the exchange last year.", "a filing with the exchange last year", "according to", "W")],
        [("Meranti Jaya's chairman, Tan Sri Zulkifli Ahmad Sabki, said in a statement to Bursa Malaysia that the group “has always complied with all procurement rules” and would cooperate with any inquiry.", "Zulkifli Ahmad Sabki", "said in a statement to Bursa Malaysia", "W")],
        [("Meranti Jaya reported a net loss of RM14.3 million for the financial year ended December 2025, according to its annual report.", "its annual report", "according to", "W")],
        [("Meranti Jaya's shares fell 7.4 per cent to 63 sen today, their lowest close since March.", "", "", "W")],
        [("The anti-graft commission declined to comment when contacted.", "The anti-graft commission", "declined to comment", "")],
        [("Speaking at a press conference at the Parliament lobby later, GHR chief whip Datuk Hajah Rosnah Mat Yasin said the coalition would submit a motion to refer the award to the Public Accounts Committee.", "Rosnah Mat Yasin", "said", "W")],
        [("“We are not accusing anyone yet.", "Rosnah Mat Yasin", "said", ""),
         ("We are asking for the documents,” she said.", "Rosnah Mat Yasin", "said", "")],
        [("She said the committee had the power to call civil servants and company directors to give evidence under oath.", "Rosnah Mat Yasin", "said", "W")],
        [("Deputy Works Minister Datuk Jeyakumar a/l Selvarajah later told reporters the ministry would table the tender evaluation report if the committee asked for it.", "Jeyakumar a/l Selvarajah", "told reporters", "W"),
         ("“We have nothing to hide,” he said.", "Jeyakumar a/l Selvarajah", "said", "")],
        [("Follow us on our official WhatsApp channel for breaking news alerts and key updates!", "", "", "B")],
        [("The Sungai Keladi project, which covers a 38km stretch of the river in Pahang, is meant to protect about 27,000 households that were flooded in December 2021 and again in November 2024.", "", "", "W")],
        [("Works on the project are scheduled to begin in October and to be completed in 2030, according to the Works Ministry's written reply.", "the Works Ministry's written reply", "according to", "W")],
        [("In Kampung Seberang Keladi, residents' association chairman Encik Mohd Faizal Kamarudin, 47, said villagers cared less about who built the bunds than about when.", "Mohd Faizal Kamarudin", "said", "")],
        [("“Every monsoon we carry our things upstairs and pray,” he said.", "Mohd Faizal Kamarudin", "said", "")],
        [("He said the water reached 1.7 metres inside the village surau in November 2024, the highest level residents could remember.", "Mohd Faizal Kamarudin", "said", "W")],
        [("The Dewan Rakyat sitting continues until August 13.", "", "", "W")],
        [("Also on The Semenanjung Herald: Pahang flood victims still waiting for aid, says state exco", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Bursa: Meranti Jaya queried over unusual market activity", "", "", "B")],
        [("Flood mitigation: 42 projects behind schedule, says Auditor-General's report", "", "", "B")],
        [("Kindly refrain from making offensive comments.", "", "", "B"),
         ("The Semenanjung Herald reserves the right to remove comments without notice.", "", "", "B")],
        [("The Semenanjung Herald Sdn. Bhd. (198701004512)  ·  Menara Herald, Petaling Jaya", "", "", "B")],
        [("Copyright © 1987 - 2026", "", "", "B")],
    ],
    [  # 6. Jamaican daily's health story: dengue outbreak declared
        [("The Island Sentry", "", "", "B")],
        [("Kingston, Jamaica  |  Friday, October 9, 2026", "", "", "B")],
        [("LOTTO (Wed): 03-11-17-25-31-38 + 09  ·  SUPER LUCKY 5: 2-9-14-22-30  ·  DOLLAR DRAW (11 a.m.): 27", "", "", "B")],
        [("Exchange rate (selling): US$1 = J$158.42  ·  £1 = J$207.10", "", "", "B")],
        [("Subscribe to the e-Paper  |  Sign In", "", "", "B")],
        [("News   Lead Stories   Health   Business   Sport   Entertainment   Letters   Columns", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Dengue cases pass 1,100 as ministry declares outbreak in four parishes", "", "", "W")],
        [("Health ministry to hire 300 temporary vector control workers for 12 weeks", "", "", "W")],
        [("Shanique Blagrove/Senior Staff Reporter", "", "", "B")],
        [("shanique.blagrove@islandsentry.example", "", "", "B")],
        [("The Ministry of Health has declared a dengue outbreak in four parishes after confirmed and suspected cases rose to 1,126 since the start of July, nearly three times the number recorded in the same period last year.", "", "", "W")],
        [("Health Minister Dr the Hon. Everald McTaggart-Binns announced the declaration at a press conference at the ministry's offices in Kingston yesterday.", "Everald McTaggart-Binns", "announced", "W")],
        [("He said 14 deaths were being investigated as possibly dengue-related, and that four of them had been confirmed.", "Everald McTaggart-Binns", "said", "W")],
        [("“We are not at the point of panic, but we are at the point of action,” Dr McTaggart-Binns said.", "Everald McTaggart-Binns", "said", ""),
         ("“Every household has a role here, because the mosquito that spreads dengue breeds in the water we store around our own homes.”", "Everald McTaggart-Binns", "said", "W")],
        [("Dengue is spread by the Aedes aegypti mosquito, which bites mainly during the day.", "", "", "W"),
         ("There is no specific treatment for the disease, and most patients recover within two weeks.", "", "", "W")],
        [("The minister said the ministry would hire 300 temporary vector control workers for 12 weeks at a cost of J$186 million, and that fogging would be carried out in 62 communities over the next month.", "Everald McTaggart-Binns", "said", "W")],
        [("Chief Medical Officer Dr Yolande Henriques-Grizzle said most of the confirmed cases were of dengue serotype 3, which had not circulated widely in the island since 2019.", "Yolande Henriques-Grizzle", "said", "W")],
        [("“That means a large part of the population, especially children, has never been exposed to this type,” she explained.", "Yolande Henriques-Grizzle", "explained", "W")],
        [("She said 61 per cent of hospital admissions for dengue since July had been children under 15.", "Yolande Henriques-Grizzle", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The Eastfield Regional Health Authority, which manages hospitals in three of the four parishes, said its emergency departments had seen a 40 per cent increase in patients with fever over the past month.", "The Eastfield Regional Health Authority", "said", "W")],
        [("In a statement, the authority said it had converted two wards at the St. Ethelred Public General Hospital into fever units.", "the authority", "said", "W")],
        [("At the hospital, senior medical officer Dr Neville Ashman-Dunkley said its 24 fever beds had been full since Sunday and patients were waiting up to 14 hours in the emergency department.", "Neville Ashman-Dunkley", "said", "W"),
         ("“My staff are tired, but nobody has walked off,” he said.", "Neville Ashman-Dunkley", "said", "")],
        [("Opposition spokesman on health Dr Kerwin Lyttle-Ebanks, Member of Parliament for St. Ethelred North West, said the ministry had ignored warnings from parish health departments since May.", "Kerwin Lyttle-Ebanks", "said", "")],
        [("In a Facebook post on Thursday, Lyttle-Ebanks said the ministry had spent only J$41 million of the J$95 million budgeted for vector control in the last financial year.", "Kerwin Lyttle-Ebanks", "said", "W")],
        [("Responding, Dr McTaggart-Binns said the unspent sum had been reallocated to buy two new fogging trucks, which arrived in September.", "Everald McTaggart-Binns", "said", "W")],
        [("Lyttle-Ebanks also called for a national emergency to be declared.", "Kerwin Lyttle-Ebanks", "called for", "")],
        [("The minister said such a declaration was “not warranted at this time”.", "Everald McTaggart-Binns", "said", "")],
        [("Also on Island Sentry: Schools asked to clear breeding sites before midterm break", "", "", "B")],
        [("In Mount Yendall, a hillside community in St. Ethelred, residents said they had not seen a fogging truck since the school term began.", "residents", "said", "W")],
        [("“Every week the water lock-off, so we have to store water in drum, and now the mosquito dem breeding inna the same drum,” said Marcia Brissett-Facey, a vendor.", "Marcia Brissett-Facey", "said", "")],
        [("“Mi grandson sick for five days with the fever.", "Marcia Brissett-Facey", "said", ""),
         ("Nobody come yet.”", "Marcia Brissett-Facey", "said", "")],
        [("The ministry said it would give an update on the outbreak on Tuesday.", "The ministry", "said", "W")],
        [("DENGUE: WHAT YOU SHOULD KNOW", "", "", "B")],
        [("Symptoms include high fever, severe headache, pain behind the eyes, and joint and muscle pain.", "", "", "B")],
        [("Do not take aspirin or ibuprofen; use paracetamol for fever.", "", "", "B")],
        [("Cover water drums and check for standing water in tyres, pots and gutters every week.", "", "", "B")],
        [("Ministry of Health hotline: 1-888-663-4120", "", "", "B")],
        [("Sign up for the Island Sentry health newsletter", "", "", "B")],
        [("Our comment policy: We welcome thoughtful contributions.", "", "", "B"),
         ("Comments that are abusive, racist or libellous will not be published.", "", "", "B")],
        [("Island Sentry Newspaper Company Ltd.  |  12 Annandale Crescent, Kingston", "", "", "B")],
        [("© 2026 Island Sentry.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Ugandan news site's education story: primary leaving exam results
        [("Skip to content", "", "", "B")],
        [("The Nile Chronicle", "", "", "B")],
        [("Friday, January 23, 2026", "", "", "B")],
        [("Follow our WhatsApp channel", "", "", "B")],
        [("News   Education   Politics   Business   Sports   Opinion   Special Reports   E-Paper", "", "", "B")],
        [("We value your privacy", "", "", "B")],
        [("We and our partners use cookies to personalise content and ads and to analyse our traffic.", "", "", "B")],
        [("Reject All   Accept All   Customise", "", "", "B")],
        [("EDUCATION", "", "", "B")],
        [("PLE 2025: Pass rate rises to 87.4% but 14 districts record no first grades", "", "", "W")],
        [("Minister warns schools against charging ‘result release fees’, says head teachers who withhold results will be reported", "Joyce Nabukeera Atim", "warns", "")],
        [("By Brian Ssekitoleko Mugerwa", "", "", "B")],
        [("Added 23 January 2026 03:12 PM", "", "", "B")],
        [("KAMPALA — The Uganda National Examinations Council (UNEC) on Thursday released the results of the 2025 Primary Leaving Examinations, with 87.4 per cent of the 823,116 candidates passing, up from 85.9 per cent the previous year.", "", "", "W")],
        [("Releasing the results at the council's headquarters in Kampala, UNEC executive secretary Dr Moses Kiggundu Wamala said 61,420 candidates had passed in Division One, compared with 58,871 in 2024.", "Moses Kiggundu Wamala", "said", "W")],
        [("He said girls had outperformed boys in English for the fifth year running, while boys did better in Mathematics and Science.", "Moses Kiggundu Wamala", "said", "W")],
        [("“The improvement is real but it is uneven,” Dr Wamala said.", "Moses Kiggundu Wamala", "said", ""),
         ("“Fourteen districts did not produce a single candidate in Division One, and most of them are in the north-east and on the islands.”", "Moses Kiggundu Wamala", "said", "W")],
        [("He did not name the districts.", "Moses Kiggundu Wamala", "did not name", "")],
        [("The Minister of State for Primary Education, Hon. Joyce Nabukeera Atim, warned head teachers against withholding results from pupils whose parents had not cleared school fees.", "Joyce Nabukeera Atim", "warned", "")],
        [("“Results belong to the candidate, not to the school,” she said.", "Joyce Nabukeera Atim", "said", ""),
         ("“Any head teacher found charging a so-called result release fee will be reported to the teaching service commission.”", "Joyce Nabukeera Atim", "said", "W")],
        [("She said the ministry had received 312 complaints about such fees after the 2024 results were released.", "Joyce Nabukeera Atim", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("UNEC also said it had cancelled the results of 1,204 candidates at 37 centres over malpractice, most of them cases of teachers helping pupils during the Mathematics paper.", "UNEC", "said", "W")],
        [("The results of a further 2,815 candidates have been withheld pending investigations, the council said.", "the council", "said", "W")],
        [("In Parliament on Thursday afternoon, the Speaker, Rt Hon. Gerald Mutyaba Kasozi, directed the Ministry of Education to table a report on the 14 districts within two weeks.", "", "", "W")],
        [("The Speaker said the House could not “keep receiving results as if they are weather reports”.", "Gerald Mutyaba Kasozi", "said", "")],
        [("Bukoola County MP Hon. Santos Opio Akwangu (PRF) told Parliament that some schools in his constituency had one teacher for every 110 pupils.", "Santos Opio Akwangu", "told Parliament", "W")],
        [("“You cannot expect first grades from a classroom where children sit on the floor,” he said.", "Santos Opio Akwangu", "said", "")],
        [("Akwangu said he would move a motion next week seeking a special capitation grant for the 14 districts.", "Santos Opio Akwangu", "said", "W")],
        [("The 2025 candidates were the first cohort to complete primary school under the revised lower-primary curriculum introduced in 2019.", "", "", "W")],
        [("St. Agnes Kavule Demonstration School, where all 214 candidates passed in Division One, was the best performing school for the third year running, according to UNEC data.", "UNEC data", "according to", "W")],
        [("Its head teacher, Sr. Margaret Namuddu Kayiwa, said the school's candidates had begun revision at 6 a.m. every day since February.", "Margaret Namuddu Kayiwa", "said", "W")],
        [("“Discipline is everything here,” she said.", "Margaret Namuddu Kayiwa", "said", "")],
        [("In Bukoola, Rose Auma Adong said her son had sat the examinations in a classroom whose roof was blown off in a storm in October.", "Rose Auma Adong", "said", "")],
        [("“He still got a second grade,” she said.", "Rose Auma Adong", "said", ""),
         ("“Imagine if he had a roof.”", "Rose Auma Adong", "said", "")],
        [("Selection of candidates for Senior One places will take place on February 9 and 10, the ministry said.", "the ministry", "said", "W")],
        [("Candidates can check their results by sending an SMS with the word PLE, a space and their index number (e.g. PLE 003214/019) to 6600.", "", "", "B"),
         ("Each SMS costs Shs 500.", "", "", "B")],
        [("Related", "", "", "B")],
        [("UCE results to be released on February 20", "", "", "B")],
        [("Government rolls out free sanitary pads in 2,000 schools", "", "", "B")],
        [("Do you have a story in your community?", "", "", "B"),
         ("Email us at newsdesk@nilechronicle.example or send a WhatsApp message to +256 700 000 481.", "", "", "B")],
        [("Comment policy: Comments are reviewed before publication.", "", "", "B"),
         ("We will not publish comments that are abusive, tribal or off-topic.", "", "", "B")],
        [("© 2026 Nile Chronicle Publications Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. Sri Lankan daily's business story: monthly fuel price revision
        [("The Ceylon Ledger", "", "", "B")],
        [("Wednesday, 1 April 2026  |  Colombo", "", "", "B")],
        [("FUEL PRICES (from midnight):  Petrol 92 Rs. 309  |  Petrol 95 Rs. 371  |  Auto Diesel Rs. 286  |  Super Diesel Rs. 331  |  Kerosene Rs. 178", "", "", "B")],
        [("LSX All Share 16,842.31 ▲ 0.62%   |   USD/LKR 298.45", "", "", "B")],
        [("Home | News | Business | Features | Sports | Editorial | ePaper | සිංහල | தமிழ்", "", "", "B")],
        [("Business", "", "", "B")],
        [("Diesel cut by Rs. 9 but petrol unchanged in April fuel price revision", "", "", "W")],
        [("Bus operators say the cut is too small to bring fares down", "Bus operators", "say", "")],
        [("By Dilrukshi Wanigasooriya", "", "", "B")],
        [("The Lanka Fuel Corporation (LFC) cut the price of auto diesel by Rs. 9 a litre to Rs. 286 from midnight yesterday, in its monthly revision under the cost-reflective pricing formula.", "", "", "W")],
        [("The price of Petrol 92 Octane was left unchanged at Rs. 309, while Super Diesel was reduced by Rs. 6 to Rs. 331.", "", "", "W"),
         ("Kerosene was cut by Rs. 5 to Rs. 178 a litre.", "", "", "W")],
        [("It was the third diesel cut this year.", "", "", "W")],
        [("Under the formula, prices are revised on the last day of each month on the basis of the average import cost, taxes and a margin of 3 per cent.", "", "", "W")],
        [("LFC Chairman Ravindra Kulatunga Jayalath said the reduction reflected lower diesel prices on world markets in March and a stronger rupee.", "Ravindra Kulatunga Jayalath", "said", "W")],
        [("“Petrol could not be reduced this month because we are still recovering losses on the February shipment,” he said.", "Ravindra Kulatunga Jayalath", "said", "W")],
        [("He said the corporation held 41 days of diesel stocks and 27 days of petrol stocks as of yesterday, and that the next revision would take place on April 30.", "Ravindra Kulatunga Jayalath", "said", "W")],
        [("Minister of Power and Energy Hon. Sumith Ranjan Galappaththi told Parliament yesterday that the formula had reduced fuel prices in seven of the past 12 months.", "Sumith Ranjan Galappaththi", "told Parliament", "W")],
        [("He said the Treasury had not given the LFC any subsidy since October 2022.", "Sumith Ranjan Galappaththi", "said", "W")],
        [("“The formula is transparent, and it is published on the corporation's website every month,” the Minister said.", "Sumith Ranjan Galappaththi", "said", "W")],
        [("Minister Galappaththi said the government had no plans to bring back fuel quotas.", "Sumith Ranjan Galappaththi", "said", "")],
        [("Opposition MP for Deniyapola District Dr. Nalaka Siriwardene-Abeykoon said the formula was “transparent only in name” because the corporation did not publish the landed cost of each shipment.", "Nalaka Siriwardene-Abeykoon", "said", "W")],
        [("He said the LFC had recorded a profit of Rs. 41.6 billion in 2025, according to its own annual report, while consumers continued to pay “among the highest diesel prices in the region”.", "Nalaka Siriwardene-Abeykoon", "said", "W")],
        [("“If it is transparent, publish the invoices,” Dr. Siriwardene-Abeykoon said.", "Nalaka Siriwardene-Abeykoon", "said", "")],
        [("Advertisement", "", "", "B")],
        [("All-Island Private Bus Owners' Federation president Chandana Hewavitharana said bus fares would not be reduced.", "Chandana Hewavitharana", "said", "")],
        [("“A 3 per cent cut in diesel does not even cover the increase in tyre prices since January,” he said.", "Chandana Hewavitharana", "said", "W")],
        [("Bus fares are revised once a year in July under the transport commission's fare formula, unless diesel prices change by more than 4 per cent in a single revision.", "", "", "W")],
        [("About 200 three-wheeler drivers protested outside the Energy Ministry in Colombo on Tuesday morning, demanding a cut in petrol prices.", "", "", "W")],
        [("Three-wheeler drivers protest outside the Energy Ministry on Tuesday.", "", "", "W"),
         ("Pic by Nimal Kodagoda", "", "", "B")],
        [("The secretary of the United Three-Wheeler Operators' Union, W.A.P. Jayantha Kumara, said a driver in Colombo now spent about Rs. 2,800 a day on petrol.", "W.A.P. Jayantha Kumara", "said", "W")],
        [("“We are not asking for charity.", "W.A.P. Jayantha Kumara", "said", ""),
         ("We are asking for the same formula to be applied to petrol,” he said.", "W.A.P. Jayantha Kumara", "said", "")],
        [("Police said the protest ended peacefully at around 11.30 a.m.", "Police", "said", "W")],
        [("Join The Ceylon Ledger WhatsApp channel for breaking news", "", "", "B")],
        [("Also Read: Diesel shipment delayed as tanker waits outside Colombo port", "", "", "B")],
        [("Separately, the Utilities Tariff Commission said it would announce its decision on the proposed electricity tariff revision on April 10, after public consultations in all nine provinces.", "the Utilities Tariff Commission", "said", "W")],
        [("Fisheries groups said the kerosene cut would help about 30,000 owners of small boats with kerosene outboard engines in the south and east.", "Fisheries groups", "said", "")],
        [("Lanka Gasworks PLC said the price of its 12.5kg domestic cylinder would remain Rs. 3,690 in April.", "Lanka Gasworks PLC", "said", "W")],
        [("Economist Dr. Thilini Abeywardena-Fonseka of the Colombo Policy Institute said the diesel cut would have only a small effect on inflation.", "Thilini Abeywardena-Fonseka", "said", "")],
        [("Headline inflation was 3.1 per cent in March, according to the statistics department.", "the statistics department", "according to", "W")],
        [("“Transport and food are where people feel it, and bus fares are not moving,” she said.", "Thilini Abeywardena-Fonseka", "said", "")],
        [("Tags:  Fuel prices   LFC   Diesel   Bus fares", "", "", "B")],
        [("Comments are moderated.", "", "", "B"),
         ("The Ceylon Ledger reserves the right to edit or reject comments.", "", "", "B")],
        [("Copyright © 2026 The Ceylon Ledger (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Bangladeshi English daily's weather-disaster story: cyclone landfall
        [("The Delta Courier", "", "", "B")],
        [("Dhaka, Sunday, May 24, 2026  |  Jaishtha 10, 1433 BS  |  Zilhaj 6, 1447 Hijri", "", "", "B")],
        [("Prayer times (Dhaka):  Fajr 3:49 · Zohr 11:58 · Asr 4:33 · Maghrib 6:40 · Esha 8:02", "", "", "B")],
        [("Gold (22k, per bhori) Tk 1,61,400  |  USD Tk 122.30", "", "", "B")],
        [("E-paper  |  বাংলা  |  Archive", "", "", "B")],
        [("Bangladesh   Politics   Economy   Climate   World   Sports   Opinion   Youth", "", "", "B")],
        [("DISASTER", "", "", "B")],
        [("Cyclone Meghla makes landfall; 9 dead, 11 lakh in shelters", "", "", "W")],
        [("Great danger signal No. 10 lowered to local cautionary signal No. 3; power cut to 32 lakh customers in coastal districts", "", "", "W")],
        [("Staff Correspondent, Khulna, with inputs from our district correspondents", "", "", "B")],
        [("Published: 24 May 2026, 01:10 AM  |  Updated: 24 May 2026, 10:45 AM", "", "", "B")],
        [("Cyclone Meghla crossed the south-western coast near Rupsagar between 9 p.m. and midnight on Saturday with wind speeds of up to 110 kmph, leaving at least nine people dead, officials said.", "officials", "said", "W")],
        [("The Met office lowered the great danger signal No. 10 to local cautionary signal No. 3 for the maritime ports of Chattogram, Rupsagar and Dakshinpara at 6 a.m. on Sunday.", "", "", "W")],
        [("The storm surge was 6 to 8 feet above the normal astronomical tide in Rupsagar and Dakshinpara, the Met office said.", "the Met office", "said", "W")],
        [("State Minister for Disaster Management and Relief Begum Farida Yasmin Talukder told reporters at the ministry's control room in Dhaka that 11.2 lakh people had been moved to 6,840 cyclone shelters in 14 coastal districts before landfall.", "Farida Yasmin Talukder", "told reporters", "W")],
        [("She said the dead included four people hit by falling trees and two fishermen whose trawler capsized off Char Bhatshala.", "Farida Yasmin Talukder", "said", "W")],
        [("“Because of early evacuation, the death toll has been far lower than it could have been,” she said.", "Farida Yasmin Talukder", "said", "")],
        [("Advertisement", "", "", "B")],
        [("In Dakshinpara, Upazila Nirbahi Officer (UNO) Md. Shafiqul Islam Bhuiyan said at least 2,300 houses had been fully or partly damaged and embankments had been breached at three points, flooding around 40 villages.", "Md. Shafiqul Islam Bhuiyan", "said", "W")],
        [("“Saline water has entered the shrimp enclosures and the paddy fields.", "Md. Shafiqul Islam Bhuiyan", "said", "W"),
         ("The loss will be huge,” the UNO said.", "Md. Shafiqul Islam Bhuiyan", "said", "")],
        [("Six fishermen from Char Bhatshala are still missing, according to the local coast guard station.", "the local coast guard station", "according to", "W"),
         ("Their relatives waited at the ghat on Sunday morning.", "", "", "")],
        [("“We lost the nets, the boat, everything,” said Abul Kashem Howlader, 60, a fisherman in Dakshinpara.", "Abul Kashem Howlader", "said", "")],
        [("Rokeya Begum, 46, who spent the night with her three children at the Dakshinpara Government Primary School shelter, said the shelter had no separate room for women and the toilets were overflowing by morning.", "Rokeya Begum", "said", "W")],
        [("“We are alive, Alhamdulillah.", "Rokeya Begum", "said", ""),
         ("But our house is gone,” she said.", "Rokeya Begum", "said", "")],
        [("The Coastal Power Distribution Company said supply to about 32 lakh customers in 19 districts had been cut as a precaution on Saturday evening, and had been restored to 14 lakh by Sunday noon.", "The Coastal Power Distribution Company", "said", "W")],
        [("Launch services on 43 routes, suspended since Friday afternoon, resumed at 11 a.m. on Sunday, the river transport authority said.", "the river transport authority", "said", "W")],
        [("In Chattogram, flights were suspended from 6 p.m. on Saturday to 9 a.m. on Sunday, a spokesperson for the civil aviation authority said.", "a spokesperson for the civil aviation authority", "said", "W")],
        [("Also Read: Why the Bay of Bengal's cyclones are getting stronger", "", "", "B")],
        [("SMS CYCLONE to 2969 for free weather alerts from The Delta Courier", "", "", "B")],
        [("Advocate Shahanara Khatun Mollik, the lawmaker for Dakshinpara-2, said in a Facebook post that relief had not reached three unions on Char Bhatshala by Sunday afternoon.", "Shahanara Khatun Mollik", "said in a Facebook post", "W")],
        [("Disaster management secretary Kamrul Hasan Sikder said 1,200 tonnes of rice, Tk 3.5 crore in cash and 40,000 packets of dry food had been allotted to the affected districts.", "Kamrul Hasan Sikder", "said", "W")],
        [("He said distribution on the islands had been delayed because boats could not cross the rough sea until Sunday morning.", "Kamrul Hasan Sikder", "said", "W")],
        [("By noon on Sunday the cyclone had weakened into a deep depression over the south-western districts, the Met office said.", "the Met office", "said", "W")],
        [("It is likely to bring heavy to very heavy rain to the region until Monday, which may trigger landslides in hilly areas, the office said.", "the office", "said", "")],
        [("Schools in the 14 districts will remain closed on Monday, the education ministry said.", "the education ministry", "said", "W")],
        [("Climate scientist Dr Saiful Haque Patwary said warmer sea surface temperatures in the Bay of Bengal were making cyclones intensify faster before landfall.", "Saiful Haque Patwary", "said", "W")],
        [("Meghla was the third cyclone to hit the Bangladesh coast in 13 months.", "", "", "W")],
        [("Disaster helpline: call 1099 (toll-free) for weather updates and shelter locations", "", "", "B")],
        [("Follow The Delta Courier on WhatsApp and Google News", "", "", "B")],
        [("Related", "", "", "B")],
        [("Cyclone Meghla: shrimp farmers count losses in Dakshinpara", "", "", "B")],
        [("Photos: Rupsagar after the storm", "", "", "B")],
        [("Comment policy: The Delta Courier does not publish comments that are abusive, communal or defamatory.", "", "", "B")],
        [("Editor & Publisher: Mahbubul Alam Siraji  |  Printed and published from Dhaka-1208", "", "", "B")],
        [("© The Delta Courier 2026", "", "", "B")],
    ],
    [  # 10. Fijian daily's health story: leptospirosis deaths after floods
        [("Bula!  Log in  |  Subscribe", "", "", "B")],
        [("The Drau Post", "", "", "B")],
        [("Fiji's independent voice since 1969", "", "", "B")],
        [("Tuesday, 10 March 2026  |  Suva", "", "", "B")],
        [("FJ$1 = US$0.44  |  NZ$0.73  |  A$0.68", "", "", "B")],
        [("HOME   NEWS   POLITICS   BUSINESS   NATION   WORLD   SPORTS   ENTERTAINMENT   LETTERS   E-EDITION", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("LTDD alert: Three die of leptospirosis in the West", "", "", "W")],
        [("Health Ministry urges people in flood-hit areas to wear boots and stay out of floodwaters", "Health Ministry", "urges", "")],
        [("By TIMOCI VEREIVALU", "", "", "B")],
        [("Updated 7:55 pm", "", "", "B")],
        [("THREE people have died of leptospirosis in the Western Division since the floods of late February, the Ministry of Health and Medical Services has confirmed.", "the Ministry of Health and Medical Services", "has confirmed", "W")],
        [("In a statement yesterday, the ministry said 47 cases of leptospirosis, 19 of typhoid, 112 of dengue fever and 1,340 of diarrhoea had been recorded in the division between February 23 and March 8.", "the ministry", "said", "W")],
        [("Health Minister Hon. Dr Sakiusa Tabualevu said the three who died were a cane farmer in his 40s, a 19-year-old man and a woman in her 60s, all of whom had waded through floodwaters or worked in flooded fields.", "Sakiusa Tabualevu", "said", "W")],
        [("“Leptospirosis is spread through the urine of infected animals, especially rats, cattle and pigs, which mixes with floodwater and mud,” he said.", "Sakiusa Tabualevu", "said", "W")],
        [("“If you have a fever after being in floodwater, do not wait.", "Sakiusa Tabualevu", "said", ""),
         ("Go to the nearest health centre.”", "Sakiusa Tabualevu", "said", "")],
        [("Permanent Secretary for Health Dr Alesi Vakaloloma said 12 patients were still in hospital, two of them in intensive care.", "Alesi Vakaloloma", "said", "W")],
        [("She said the ministry had sent 28 additional nurses and four medical teams to health centres in the division and had handed out 3,000 pairs of gumboots to farmers.", "Alesi Vakaloloma", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("In Nadrolevu settlement, Turaga ni Koro Ratu Josaia Naulumatua said many families were still drinking water from a creek because the settlement's water tank had been damaged in the floods.", "Josaia Naulumatua", "said", "W")],
        [("“The ministry people came on Friday and gave us chlorine tablets, but the tank is still broken,” he said.", "Josaia Naulumatua", "said", "W"),
         ("“Our children are the ones who play in that creek.”", "Josaia Naulumatua", "said", "")],
        [("At the Wainiveta health centre, nurse practitioner Salote Kautoga said staff had seen 64 patients with fever in the past week, against about 15 in a normal week.", "Salote Kautoga", "said", "W")],
        [("“Most of them are farmers who went straight back into the fields once the water went down,” she said.", "Salote Kautoga", "said", "W")],
        [("Cane farmer Pranesh Chand Bidesi, 58, said he had lost most of his ratoon crop and could not afford to stay out of the fields.", "Pranesh Chand Bidesi", "said", "")],
        [("“The gumboots are good, but the cane will not cut itself,” he said.", "Pranesh Chand Bidesi", "said", "")],
        [("Get the Drau Post on WhatsApp: tap here to join our channel", "", "", "B")],
        [("Opposition MP Adi Seini Marama Tuilevuka said the ministry had been warned in January that rat control programmes in the West had been cut.", "Seini Marama Tuilevuka", "said", "W")],
        [("In a Facebook post, she said the ministry's budget for environmental health had fallen by FJ$1.2 million this financial year.", "Seini Marama Tuilevuka", "said", "W")],
        [("Dr Tabualevu told reporters the figure was correct but the money had been moved to the ministry's dengue programme, not cut.", "Sakiusa Tabualevu", "told reporters", "W")],
        [("“Nobody has cut anything,” he said.", "Sakiusa Tabualevu", "said", ""),
         ("“We have put the money where the outbreaks were.”", "Sakiusa Tabualevu", "said", "")],
        [("Cases of leptospirosis usually peak two to three weeks after flooding, according to the ministry.", "the ministry", "according to", "W")],
        [("The last major leptospirosis outbreak in the division was in 2023, when 11 people died.", "", "", "W")],
        [("Dr Tabualevu said the ministry would review its rat control programme once the outbreak was over.", "Sakiusa Tabualevu", "said", "")],
        [("The ministry said a mass drug administration of doxycycline for farmers in high-risk areas would begin on Monday.", "The ministry", "said", "W")],
        [("Cane crushing at the Western mills has been delayed by two weeks because of the floods, a sugar industry spokesperson said.", "a sugar industry spokesperson", "said", "W")],
        [("HOW TO PROTECT YOURSELF", "", "", "B")],
        [("Wear boots and gloves when working in mud or floodwater.", "", "", "B")],
        [("Boil drinking water or add chlorine.", "", "", "B")],
        [("Seek treatment early if you have fever, headache or muscle pain.", "", "", "B")],
        [("Health emergency line: 157", "", "", "B")],
        [("Feedback: timoci.vereivalu@draupost.example", "", "", "B")],
        [("Also on Drau Post: Farmers count losses as cane crushing is delayed", "", "", "B")],
        [("Letters to the Editor: Send your letters to letters@draupost.example.", "", "", "B"),
         ("Letters must carry the writer's full name, address and phone number.", "", "", "B")],
        [("© 2026 Drau Post Limited.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 11. Maltese news site's politics story: planning Bill after a fatal building collapse
        [("Lampuka News", "", "", "B")],
        [("EN  |  MT", "", "", "B")],
        [("Tuesday, 3 November 2026, 19:42", "", "", "B")],
        [("Local   Politics   Court & Police   Business   Environment   World   Sport   Comment", "", "", "B")],
        [("This website uses cookies.", "", "", "B"),
         ("Some are essential; others help us show you news and adverts that matter to you.", "", "", "B")],
        [("Accept all   Manage preferences", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Planning Bill clears second reading after 11-hour debate", "", "", "W")],
        [("Opposition votes against, says Bill ignores inquiry's call for independent site inspectors", "Opposition", "says", "W")],
        [("Written by Mariella Cauchi Gatt", "", "", "B")],
        [("Updated 07:51 · 4 min read", "", "", "B")],
        [("The Planning (Construction Safety) Amendment Bill cleared its second reading in Parliament late on Monday night by 38 votes to 33, after a debate that ran for more than 11 hours.", "", "", "W"),
         ("Two government MPs were absent.", "", "", "W")],
        [("The Bill, Bill No. 147, amends Art. 72 of the Building and Planning Act and introduces a licensing system for building contractors.", "", "", "W")],
        [("It follows the collapse of a three-storey block in Wied il-Ħalfa in May 2025, in which two residents died, and the public inquiry that followed.", "", "", "W")],
        [("The inquiry, led by retired judge Mr Justice Raymond Gauci Pisani, found that excavation works on the neighbouring site had been carried out without a site technical officer present on 17 of 23 working days.", "The inquiry", "found", "W")],
        [("The inquiry's report, published in March, runs to 340 pages.", "", "", "W")],
        [("The Bill requires a site technical officer to be present whenever excavation works are under way and sets fines of up to €50,000 for contractors who breach the rule.", "", "", "W"),
         ("Contractors will have 18 months to obtain a licence.", "", "", "W")],
        [("Opening the debate, Planning Minister Dr Ċensu Xerri Bonnici said the Bill implemented 29 of the inquiry's 34 recommendations.", "Ċensu Xerri Bonnici", "said", "W")],
        [("“No family should ever again be woken at night by the sound of its walls cracking,” Dr Xerri Bonnici told the House.", "Ċensu Xerri Bonnici", "told the House", "")],
        [("He said the remaining five recommendations, including the creation of a corps of independent site inspectors, would be “studied further” by a working group due to report by June 2027.", "Ċensu Xerri Bonnici", "said", "W")],
        [("Opposition spokesman for planning Perit Kurt Mifsud Borg (AN) said the working group was “a polite way of saying no” to the recommendation the inquiry had described as the most urgent.", "Kurt Mifsud Borg", "said", "W")],
        [("“Mr Justice Gauci Pisani did not write that recommendation in pencil,” he said.", "Kurt Mifsud Borg", "said", ""),
         ("“He put it first, in capital letters, on page 212 of his report.”", "Kurt Mifsud Borg", "said", "W")],
        [("Mifsud Borg said the Opposition would present amendments at committee stage to set up the inspectorate.", "Kurt Mifsud Borg", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Government MP Dr Ramona Attard Vassallo (PĠ) replied that the Opposition had also voted against the 2023 motion that first proposed licensing contractors.", "Ramona Attard Vassallo", "replied", "W")],
        [("“They discovered construction safety when it became useful to them,” she said.", "Ramona Attard Vassallo", "said", "")],
        [("In a statement, the Building Industry Federation said it welcomed the licensing system but warned that a shortage of qualified site officers could hold up hundreds of projects.", "the Building Industry Federation", "said", "")],
        [("The federation said only 212 site technical officers were registered, for about 4,800 active building permits.", "The federation", "said", "W")],
        [("Perit Antoine Zahra Tabone, president of the Chamber of Architects and Engineers, said the chamber had asked in writing for inspectors to be recruited within a year, and had received no reply.", "Antoine Zahra Tabone", "said", "W")],
        [("READ NEXT: Wied il-Ħalfa collapse: the inquiry report in full", "", "", "B")],
        [("Doreen Vella Sciberras, whose mother was one of the two residents killed in the collapse, followed the debate from the public gallery.", "", "", "")],
        [("In a Facebook post after the vote, she said the family was “grateful but not satisfied”.", "Doreen Vella Sciberras", "said", "")],
        [("“My mother's building had an architect, a contractor and a permit.", "Doreen Vella Sciberras", "wrote", "W"),
         ("What it did not have was anyone checking,” she wrote.", "Doreen Vella Sciberras", "wrote", "W")],
        [("The Bill will be taken up at committee stage on November 17.", "", "", "W")],
        [("Mr Justice Gauci Pisani declined to comment when contacted by Lampuka News.", "Raymond Gauci Pisani", "declined to comment", "")],
        [("Independent journalism costs money.", "", "", "B"),
         ("Support Lampuka News from €5 a month.", "", "", "B")],
        [("Become a supporter", "", "", "B")],
        [("Comments are moderated.", "", "", "B"),
         ("Lampuka News reserves the right not to publish comments that are defamatory, offensive or off-topic.", "", "", "B")],
        [("Lampuka Media Ltd  ·  Registered in Malta, C 81442", "", "", "B")],
        [("© 2026 Lampuka News.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Trinidadian daily's business story: manufacturers' wait for foreign exchange
        [("The Savannah Sentinel", "", "", "B")],
        [("Trinidad and Tobago's newspaper of record", "", "", "B")],
        [("THURSDAY, SEPTEMBER 17, 2026", "", "", "B")],
        [("DREAM DRAW:  Morning – 14 (Tiger)  |  Midday – 27  |  Afternoon – 3  |  Evening – 31", "", "", "B")],
        [("TT$ rates (selling):  US$1 = TT$6.79   CAN$1 = TT$5.12   €1 = TT$7.71", "", "", "B")],
        [("E-Paper  |  Subscribe  |  Log In", "", "", "B")],
        [("News   Business   Politics   Sport   Entertainment   Commentary   Classifieds", "", "", "B")],
        [("BUSINESS", "", "", "B")],
        [("Manufacturers say forex wait now 12 weeks", "Manufacturers", "say", "W")],
        [("Senator tells Upper House three plants have cut shifts since July", "Kavita Doodnath-Ramlogan", "tells Upper House", "W")],
        [("ANDREA SOOKRAM-DEBYSINGH", "", "", "B")],
        [("andrea.sookram@savannahsentinel.example", "", "", "B")],
        [("Local manufacturers are waiting an average of 12 weeks to get US dollars from commercial banks to pay for raw materials, up from eight weeks in January, according to a survey by the Manufacturers' Guild of Trinidad and Tobago (MGTT).", "a survey by the Manufacturers' Guild of Trinidad and Tobago", "according to", "W")],
        [("The guild surveyed 86 of its 214 member firms between August 24 and September 4.", "", "", "W")],
        [("Its president, Avinash Persad-Maraj, said 31 of the firms reported delaying imports and nine had cut a production shift.", "Avinash Persad-Maraj", "said", "W")],
        [("He said some members were paying as much as TT$7.20 for US$1 on the parallel market.", "Avinash Persad-Maraj", "said", "W")],
        [("“We have orders from Guyana and Barbados that we cannot fill because we cannot get the dollars to buy the resin and the packaging,” he said at a news conference at the guild's offices in Port of Spain yesterday.", "Avinash Persad-Maraj", "said at a news conference", "W")],
        [("“This is not a complaint about one bank.", "Avinash Persad-Maraj", "said at a news conference", ""),
         ("The whole system is rationing.”", "Avinash Persad-Maraj", "said at a news conference", "")],
        [("In the Senate on Tuesday, Opposition Senator Kavita Doodnath-Ramlogan told the Upper House that three manufacturing plants in central Trinidad had reduced shifts since July, affecting about 340 workers.", "Kavita Doodnath-Ramlogan", "told the Upper House", "W")],
        [("She said the Government had “no plan” for foreign exchange beyond asking people to be patient.", "Kavita Doodnath-Ramlogan", "said", "")],
        [("Finance Minister Senator the Hon. Terrence Boodhoo-Caesar replied that the Central Bank had sold US$1.31 billion to commercial banks in the first eight months of the year, US$90 million more than in the same period of 2025.", "Terrence Boodhoo-Caesar", "replied", "W")],
        [("He said the Government was negotiating a US$300 million line of credit with a regional development bank, to be used only for manufacturers' imports.", "Terrence Boodhoo-Caesar", "said", "W")],
        [("Doodnath-Ramlogan asked the minister how much of that had gone to manufacturers.", "Kavita Doodnath-Ramlogan", "asked", "")],
        [("He did not answer the question directly.", "Terrence Boodhoo-Caesar", "did not answer", "")],
        [("“The Senator knows very well that forex did not become scarce under this Government,” he said.", "Terrence Boodhoo-Caesar", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Foreign exchange sales by commercial banks to the public were US$3.9 billion last year, according to the Central Bank's annual report.", "the Central Bank's annual report", "according to", "W")],
        [("In a statement yesterday, the Central Bank said it would sell an additional US$50 million to authorised dealers on Friday, its fourth such intervention this year.", "the Central Bank", "said", "W")],
        [("The Association of Licensed Banks said member banks were allocating foreign exchange “fairly and in line with Central Bank guidelines”.", "The Association of Licensed Banks", "said", "")],
        [("It declined to say how long customers were waiting.", "The Association of Licensed Banks", "declined to say", "")],
        [("SEE ALSO: Retailers warn of bare shelves before Christmas", "", "", "B")],
        [("Dexter Boodram-Sealy, managing director of Caribpak Ltd., said his company had paid its resin supplier in Houston late three times this year.", "Dexter Boodram-Sealy", "said", "W")],
        [("“Our supplier has now put us on cash-in-advance,” he said.", "Dexter Boodram-Sealy", "said", "W"),
         ("“If I could get US$200,000 tomorrow, I would bring back the night shift.”", "Dexter Boodram-Sealy", "said", "")],
        [("He said Caribpak employs 118 people and exports about 40 per cent of its output to other Caribbean markets.", "Dexter Boodram-Sealy", "said", "W")],
        [("Economist Dr Marlon Cudjoe-Lezama of the Institute for Caribbean Policy said the shortage reflected lower foreign exchange earnings from oil and gas, which fell by 18 per cent last year, according to Central Bank data.", "Marlon Cudjoe-Lezama", "said", "W")],
        [("He said the shortage would ease only if the Government allowed the exchange rate to move, which it has ruled out.", "Marlon Cudjoe-Lezama", "said", "")],
        [("The MGTT will meet the Central Bank governor on September 24, Persad-Maraj said.", "Avinash Persad-Maraj", "said", "W")],
        [("Follow The Savannah Sentinel on WhatsApp for business news as it breaks.", "", "", "B")],
        [("Have a business story?", "", "", "B"),
         ("Email business@savannahsentinel.example", "", "", "B")],
        [("MORE BUSINESS", "", "", "B")],
        [("Cement price up 6% from October", "", "", "B")],
        [("Credit union deposits top $19b", "", "", "B")],
        [("Comment Policy: Comments are the views of readers and not of The Savannah Sentinel.", "", "", "B"),
         ("Abusive, racist or defamatory comments will be removed.", "", "", "B")],
        [("© 2026 Savannah Sentinel Publishing Co. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- Kenyan pages: Ksh and Sh figures, Art. and Sec. designations, Hon. before a surname, Ltd. at a sentence's end -----
    ("n29-ksh-sh-figures", "The Act, which took effect on May 1, raised the daily stall fee at the county's 14 markets from Sh50 to Sh200 and introduced a Ksh 1,500 monthly charge for hawkers' permits. In her ruling, the judge said the petitioners had raised “weighty constitutional questions” about public participation.",
     ["The Act, which took effect on May 1, raised the daily stall fee at the county's 14 markets from Sh50 to Sh200 and introduced a Ksh 1,500 monthly charge for hawkers' permits.", "In her ruling, the judge said the petitioners had raised “weighty constitutional questions” about public participation."]),
    ("n29-art-sec", "They also argued that the fees breach Art. 209(5) of the Constitution and Sec. 6 of the county's own Trade Licensing Act, 2019. County Attorney Linet Nekesa Simiyu opposed the application.",
     ["They also argued that the fees breach Art. 209(5) of the Constitution and Sec. 6 of the county's own Trade Licensing Act, 2019.", "County Attorney Linet Nekesa Simiyu opposed the application."]),
    ("n29-hon-mca", "Kisoko Central Ward MCA Hon. Pius Lokorio Nakwa, who voted against the Bill, welcomed the ruling.\n“We told the executive in March that this would end up in court,” Hon. Nakwa said.",
     ["Kisoko Central Ward MCA Hon. Pius Lokorio Nakwa, who voted against the Bill, welcomed the ruling.", "“We told the executive in March that this would end up in court,” Hon. Nakwa said."]),
    ("n29-am-then-ksh-ltd", "Get the Nyika Daily Post e-Paper on your phone every morning from 5 a.m. Subscribe for Ksh 399 a month.\n© 2026 Nyika Media Group Ltd. All rights reserved.",
     ["Get the Nyika Daily Post e-Paper on your phone every morning from 5 a.m.", "Subscribe for Ksh 399 a month.", "© 2026 Nyika Media Group Ltd.", "All rights reserved."]),
    # --- Pakistani pages: Rs. with lakh grouping, a constituency code in a tag, Account No., a.m. before "on" -----------------
    ("n29-rs-lakh", "In a press conference in Lahore, she said the government had released Rs. 1.2 billion for the three districts and that each family whose house was destroyed would receive Rs. 5,00,000. “Not a single camp is without food,” she said.",
     ["In a press conference in Lahore, she said the government had released Rs. 1.2 billion for the three districts and that each family whose house was destroyed would receive Rs. 5,00,000.", "“Not a single camp is without food,” she said."]),
    ("n29-constituency-tag", "MPA Tahir Mehmood Sandhila (AIF, PP-241 Kotli Harnam) said in a video message that relief was reaching camps late. “Tents are not enough, rations are not enough,” he said.",
     ["MPA Tahir Mehmood Sandhila (AIF, PP-241 Kotli Harnam) said in a video message that relief was reaching camps late.", "“Tents are not enough, rations are not enough,” he said."]),
    ("n29-account-no", "Donations for flood victims can be deposited in the Chief Minister's Flood Relief Fund, Account No. 0471-2208, at any scheduled bank.\nPublished in The Morning Sitara, August 13th, 2026",
     ["Donations for flood victims can be deposited in the Chief Minister's Flood Relief Fund, Account No. 0471-2208, at any scheduled bank.", "Published in The Morning Sitara, August 13th, 2026"]),
    ("n29-am-on-wednesday", "Rainfall of 212mm was recorded in Dera Sajjad in the 24 hours to 8 a.m. on Wednesday, the highest in the province, the Meteorological Department said. The department has forecast more heavy rain in the upper catchment until Saturday.",
     ["Rainfall of 212mm was recorded in Dera Sajjad in the 24 hours to 8 a.m. on Wednesday, the highest in the province, the Meteorological Department said.", "The department has forecast more heavy rain in the upper catchment until Saturday."]),
    # --- Philippine pages: a.m. ending a sentence before a quote, Memorandum No., Sec., Atty., Engr., Php, Sta. and Gen. -------
    ("n29-am-before-quote", "San Teodoro Mayor Rodolfo “Boyet” Ilustre-Cabañero announced the suspension of classes at all levels, public and private, in a Facebook post shortly before 11 a.m.\n“Walang pasok mamayang hapon sa lahat ng antas, pampubliko at pribado (No classes this afternoon at all levels, public and private),” he said in the post. “Mas mahalaga ang kalusugan ng mga bata (The children's health matters more).”",
     ["San Teodoro Mayor Rodolfo “Boyet” Ilustre-Cabañero announced the suspension of classes at all levels, public and private, in a Facebook post shortly before 11 a.m.", "“Walang pasok mamayang hapon sa lahat ng antas, pampubliko at pribado (No classes this afternoon at all levels, public and private),” he said in the post.", "“Mas mahalaga ang kalusugan ng mga bata (The children's health matters more).”"]),
    ("n29-memo-no-sec", "In DepEd Memorandum No. 37, s. 2026, issued on Tuesday, the department said principals could shift to modular distance learning if classrooms became unsafe. “We will not gamble with the health of learners and teachers,” Sec. Dacanay-Villarba said in a press conference in Quezon City.",
     ["In DepEd Memorandum No. 37, s. 2026, issued on Tuesday, the department said principals could shift to modular distance learning if classrooms became unsafe.", "“We will not gamble with the health of learners and teachers,” Sec. Dacanay-Villarba said in a press conference in Quezon City."]),
    ("n29-ma-atty-usec", "Education Secretary Ma. Rosalinda Dacanay-Villarba later ordered schools in 112 of the country's 220 school divisions to hold in-person classes only from 6 a.m. to 11 a.m. until further notice.\nAtty. Francis Gerard Macapugay-Dizon, the department's spokesperson, said the order did not cover schools in the Cordillera. Education Undersecretary for operations Usec. Ramil Tolosa-Baquiran said classes lost to the heat would not be made up on Saturdays.",
     ["Education Secretary Ma. Rosalinda Dacanay-Villarba later ordered schools in 112 of the country's 220 school divisions to hold in-person classes only from 6 a.m. to 11 a.m. until further notice.", "Atty. Francis Gerard Macapugay-Dizon, the department's spokesperson, said the order did not cover schools in the Cordillera.", "Education Undersecretary for operations Usec. Ramil Tolosa-Baquiran said classes lost to the heat would not be made up on Saturdays."]),
    ("n29-engr-php-sta-gen", "Engr. Noel Lumibao-Sarte, head of the San Teodoro city engineering office, said the city had installed ceiling fans in 188 of its 420 public-school classrooms since January, at a cost of Php 9.6 million. He said the rest would be done before classes open in June.\nClasses were also suspended in the cities of Sta. Veronica, Malabanan, Gen. Arcadio, Pulong Buhangin and Hinagdanan Sur.",
     ["Engr. Noel Lumibao-Sarte, head of the San Teodoro city engineering office, said the city had installed ceiling fans in 188 of its 420 public-school classrooms since January, at a cost of Php 9.6 million.", "He said the rest would be done before classes open in June.", "Classes were also suspended in the cities of Sta. Veronica, Malabanan, Gen. Arcadio, Pulong Buhangin and Hinagdanan Sur."]),
    ("n29-corp-glued-footer", "This site uses cookies. By continuing, you agree to our Privacy Policy.\nGot it\nTinig Metro Media Corp. · 27/F Lualhati Tower, Makati City · All rights reserved.",
     ["This site uses cookies.", "By continuing, you agree to our Privacy Policy.", "Got it", "Tinig Metro Media Corp. · 27/F Lualhati Tower, Makati City · All rights reserved."]),
    # --- Singapore pages: Pte. Ltd. inside a sentence, a registration line with No. ---------------------------------------------
    ("n29-pte-ltd-comma", "Kwa was one of two directors of Heronsbay Logistics Pte. Ltd., which handled sea freight for small electronics importers. Between January 2022 and August 2023, he prepared 96 invoices for shipments that never took place, the court heard.",
     ["Kwa was one of two directors of Heronsbay Logistics Pte. Ltd., which handled sea freight for small electronics importers.", "Between January 2022 and August 2023, he prepared 96 invoices for shipments that never took place, the court heard."]),
    ("n29-regn-no", "Copyright © 2026 Lion Gate Media Pte. Ltd. Co. Regn. No. 202601847K. All rights reserved.",
     ["Copyright © 2026 Lion Gate Media Pte. Ltd. Co. Regn. No. 202601847K.", "All rights reserved."]),
    # --- Malaysian pages: Sdn. Bhd. and Bhd. inside sentences, a/l and Dato' Sri in names ---------------------------------------
    ("n29-sdn-bhd", "He said Tegas Bina Infra Sdn. Bhd. had submitted the lowest technically compliant bid, RM212 million below the department's own estimate. “There was no direct negotiation. Everything was done according to Treasury procurement guidelines,” he said.",
     ["He said Tegas Bina Infra Sdn. Bhd. had submitted the lowest technically compliant bid, RM212 million below the department's own estimate.", "“There was no direct negotiation.", "Everything was done according to Treasury procurement guidelines,” he said."]),
    ("n29-bhd-comma-dato", "Tegas Bina is 60 per cent owned by Meranti Jaya Holdings Bhd., a company listed on the Main Market of Bursa Malaysia, according to a filing with the exchange last year. Dato' Sri Kamarul Ariffin could not be reached for comment. Deputy Works Minister Datuk Jeyakumar a/l Selvarajah later told reporters the ministry would table the report.",
     ["Tegas Bina is 60 per cent owned by Meranti Jaya Holdings Bhd., a company listed on the Main Market of Bursa Malaysia, according to a filing with the exchange last year.", "Dato' Sri Kamarul Ariffin could not be reached for comment.", "Deputy Works Minister Datuk Jeyakumar a/l Selvarajah later told reporters the ministry would table the report."]),
    # --- Jamaican and Ugandan pages: St. in names, Dr the Hon., Sr. before a name, e.g. in an SMS line ---------------------------
    ("n29-st-dr-the-hon", "Health Minister Dr the Hon. Everald McTaggart-Binns announced the declaration at a press conference yesterday. In a statement, the authority said it had converted two wards at the St. Ethelred Public General Hospital into fever units.",
     ["Health Minister Dr the Hon. Everald McTaggart-Binns announced the declaration at a press conference yesterday.", "In a statement, the authority said it had converted two wards at the St. Ethelred Public General Hospital into fever units."]),
    ("n29-sr-head-teacher", "St. Agnes Kavule Demonstration School was the best performing school for the third year running. Its head teacher, Sr. Margaret Namuddu Kayiwa, said the school's candidates had begun revision at 6 a.m. every day since February. “Discipline is everything here,” she said.",
     ["St. Agnes Kavule Demonstration School was the best performing school for the third year running.", "Its head teacher, Sr. Margaret Namuddu Kayiwa, said the school's candidates had begun revision at 6 a.m. every day since February.", "“Discipline is everything here,” she said."]),
    ("n29-sms-eg-shs", "Candidates can check their results by sending an SMS with the word PLE, a space and their index number (e.g. PLE 003214/019) to 6600. Each SMS costs Shs 500.",
     ["Candidates can check their results by sending an SMS with the word PLE, a space and their index number (e.g. PLE 003214/019) to 6600.", "Each SMS costs Shs 500."]),
    # --- Sri Lankan pages: Rs. figures, a caption with its credit, initials, Dr., a time at a line's end, (Pvt) Ltd. -------------
    ("n29-rs-caption-credit", "The price of Petrol 92 Octane was left unchanged at Rs. 309, while Super Diesel was reduced by Rs. 6 to Rs. 331. Kerosene was cut by Rs. 5 to Rs. 178 a litre.\nThree-wheeler drivers protest outside the Energy Ministry on Tuesday. Pic by Nimal Kodagoda",
     ["The price of Petrol 92 Octane was left unchanged at Rs. 309, while Super Diesel was reduced by Rs. 6 to Rs. 331.", "Kerosene was cut by Rs. 5 to Rs. 178 a litre.", "Three-wheeler drivers protest outside the Energy Ministry on Tuesday.", "Pic by Nimal Kodagoda"]),
    ("n29-initials-dr-am", "The secretary of the United Three-Wheeler Operators' Union, W.A.P. Jayantha Kumara, said a driver in Colombo now spent about Rs. 2,800 a day on petrol. “If it is transparent, publish the invoices,” Dr. Siriwardene-Abeykoon said.\nPolice said the protest ended peacefully at around 11.30 a.m.\nJoin The Ceylon Ledger WhatsApp channel for breaking news\nCopyright © 2026 The Ceylon Ledger (Pvt) Ltd. All rights reserved.",
     ["The secretary of the United Three-Wheeler Operators' Union, W.A.P. Jayantha Kumara, said a driver in Colombo now spent about Rs. 2,800 a day on petrol.", "“If it is transparent, publish the invoices,” Dr. Siriwardene-Abeykoon said.", "Police said the protest ended peacefully at around 11.30 a.m.", "Join The Ceylon Ledger WhatsApp channel for breaking news", "Copyright © 2026 The Ceylon Ledger (Pvt) Ltd.", "All rights reserved."]),
    # --- Bangladeshi pages: signal No., p.m. before "and midnight", Md. before a name ----------------------------------------------
    ("n29-signal-no-md", "Cyclone Meghla crossed the south-western coast near Rupsagar between 9 p.m. and midnight on Saturday, officials said. The Met office lowered the great danger signal No. 10 to local cautionary signal No. 3 at 6 a.m. on Sunday.\nIn Dakshinpara, Upazila Nirbahi Officer (UNO) Md. Shafiqul Islam Bhuiyan said at least 2,300 houses had been damaged.",
     ["Cyclone Meghla crossed the south-western coast near Rupsagar between 9 p.m. and midnight on Saturday, officials said.", "The Met office lowered the great danger signal No. 10 to local cautionary signal No. 3 at 6 a.m. on Sunday.", "In Dakshinpara, Upazila Nirbahi Officer (UNO) Md. Shafiqul Islam Bhuiyan said at least 2,300 houses had been damaged."]),
    # --- Maltese and Trinidadian pages: Bill No. and Art., Mr Justice inside a quote, Ltd. inside and at the end of sentences -------
    ("n29-bill-no-art", "The Bill, Bill No. 147, amends Art. 72 of the Building and Planning Act and introduces a licensing system for building contractors. It follows the collapse of a three-storey block in Wied il-Ħalfa in May 2025.\n“Mr Justice Gauci Pisani did not write that recommendation in pencil,” he said. “He put it first, in capital letters, on page 212 of his report.”",
     ["The Bill, Bill No. 147, amends Art. 72 of the Building and Planning Act and introduces a licensing system for building contractors.", "It follows the collapse of a three-storey block in Wied il-Ħalfa in May 2025.", "“Mr Justice Gauci Pisani did not write that recommendation in pencil,” he said.", "“He put it first, in capital letters, on page 212 of his report.”"]),
    ("n29-ltd-comma-co-ltd", "Dexter Boodram-Sealy, managing director of Caribpak Ltd., said his company had paid its resin supplier in Houston late three times this year.\n© 2026 Savannah Sentinel Publishing Co. Ltd. All rights reserved.",
     ["Dexter Boodram-Sealy, managing director of Caribpak Ltd., said his company had paid its resin supplier in Houston late three times this year.", "© 2026 Savannah Sentinel Publishing Co. Ltd.", "All rights reserved."]),
]  # fmt: skip
