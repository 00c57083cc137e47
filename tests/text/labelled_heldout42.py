"""Forty-second held-out set of hand-labelled pages for the hint engines (held-out set, round twenty-eight): twelve whole pages from news sites in twelve countries, everyday stories dense with speakers, each in its own house style and with its own furniture.

This is a HELD-OUT set: nobody will look at its sentences while tuning. It is scored, never read, by
whoever tunes the engines, so that it measures how they do on copy nobody on the team wrote.

Written from scratch for issue 13 in round twenty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no other
`labelled_heldout*.py`, no `train_*.py` or `test_*.py` file, `hint_scores.py`, nothing under `docs/`
and no benchmark was read, and no test, scorer, engine or `pytest` was run. The format and the
conventions were read from the module docstrings of `labelled_new.py`, `labelled_new2.py`,
`labelled_new60.py`, `labelled_new61.py` and `labelled_new62.py`, the first two pages (the second
of `labelled_new60.py` only in part, as a listing cut it short) and the split cases of
`labelled_new60.py`, `labelled_new61.py` and `labelled_new62.py`, and `build` in
`labelled_articles.py`. What was run: a listing of the file names in `tests/text/` and a `git status`
listing of changed file names (no file under `claimreview/` was opened); an import of this module with
`build` on every page; a small script of my own in /tmp that checks that every sentence has four
fields, that flags are "W", "B" or "", that a speaker always has a cue and a cue a speaker, that "B"
sentences carry no speaker, the sentence count, that every split case's expected sentences join back
to its text with a space or a newline and that every case's text occurs in a page body as built;
whole-word greps (`grep -rlw`, file names only) over the whole `tests/` tree of every capitalised
word of these pages, speakers, styles and split cases, each part of a hyphenated name included, and
of every replacement name before it was used (those case-insensitively), with the
other files being written in this round grepped again at the end; and `ruff format` / `ruff check`
on this file. The pages were drafted in a small line format of my own in /tmp and turned into the
literals below by a script of my own.

Every person, small place, street, market, estate, settlement, school, university, hospital,
organisation, association, union, outlet, company, NGO and number is invented. Real settings, with
invented figures only: Ghana, Kumasi, Accra, the Ashanti Region and "the Ashanti Regional Police
Command"; Pakistan, Punjab, Lahore, Karachi and Islamabad, "the Lahore High Court (LHC)", "the
Punjab School Education Department" and the district registration authorities; Scotland, Aberdeen,
Aberdeenshire, Moray (in a masthead), "Aberdeen Sheriff Court", "Aberdeenshire Council", "the Health and
Safety Executive (HSE)", "the Crown Office and Procurator Fiscal Service" and "the Provision and Use of
Work Equipment Regulations 1998"; Uganda, Kampala, Makindye Division, "the Kampala Capital City
Authority (KCCA)", "the Chief Government Valuer", "the Ministry of Finance", "the Inspectorate of
Government (IGG)", "the Auditor General" and "Kampala Metropolitan Police"; the UAE, Dubai, Abu Dhabi,
Sharjah and Riyadh, "the Knowledge and Human Development Authority (KHDA)", its Education Cost Index
and its inspection ratings; Sri Lanka, Colombo and the Western Province, "the Public Utilities
Commission of Sri Lanka (PUCSL)", "the Ceylon Electricity Board (CEB)", "the Department of
Meteorology" and "the Minister of Power and Energy"; Zimbabwe, Harare and South Africa, "Harare City
Council" and "the Zimbabwe National Water Authority (ZINWA)"; Trinidad and Tobago, "the Ministry of
Education", "the Educational Facilities Planning and Procurement Division (EFPPD)", Parliament and
the CSEC exams; Malta, "the Planning Authority (PA)", "the Environment and Resources Authority
(ERA)", "the Environment and Planning Review Tribunal (EPRT)" and "the Tourism Ministry"; Japan,
Shimane Prefecture, Matsue and Tottori, and "the Ministry of Land, Infrastructure, Transport and
Tourism"; Bangladesh, Dhaka, Pabna and Faridpur, India, New Delhi, Pakistan, Egypt and Turkey, "the
Trading Corporation of Bangladesh (TCB)", "the Directorate of National Consumers' Right Protection
(DNCRP)" and the commerce ministry; Fiji, Suva and Lautoka, New Zealand, "the Water Authority of Fiji
(WAF)", "the Consumer Council of Fiji", "the Ministry of Education" and Parliament; Bangladesh and
Vietnam as competitors; Facebook, X, WhatsApp, Telegram, LinkedIn, LINE, Messenger, Google Play and
the App Store only as channels. No surname, town, street, outlet, company, school, club or union of
any file under `tests/` is reused: every hit of the greps that was an invented name was changed
(first names and given-name parts such as "Islam", "Karim", "Comfort" or "Ebenezer", titles, real
settings and common words such as "Gazette", "Media", "Heights", "Park", "Station", "Bay",
"Circle", "Guild" and "Ħal" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way (no two
sites share a wording): masthead, date, weather or prayer-times strips, menus, crumbs and section
labels, bylines, date lines, share strips, captions and credits, advertisement slots, also-read and
related lines, tags, comment counts, rules and disclaimers, newsletter, app and WhatsApp lines, a
print line, most-read lists, support appeals and footers, each "B" line by line (sentence by sentence
where a line holds two). Every story is everyday news dense with speakers of every kind (officials,
spokespeople, residents, experts, courts, companies, unions, documents and unnamed sources), with
the titles, honorifics, date formats, spelling and currency of its country, and mixes statements of
record with what is not worth checking. The twelve pages:

(1) A Ghanaian news site on a High Court halting the relocation of lorry-station traders in Kumasi:
the injunction and the judge's bar as acts without a speaker; the association "which argues" in its
suit that it was not consulted ("W", a specific claim of record); "Madam" and "Hon." dropped; a
distance of record inside a quote ("“And Adenkyem is nine kilometres from here.", "W") before a
forecast ("Our customers will not follow us.”", ""); "(MCE)" and "GH¢14.8 million"; "according to
the assembly's records" against the chairperson who "disputed that account" (""); "Mr" dropped from
a counsel who "alleged" a figure and a spokesman's specific denial with "saying" ("W"); scene; a
trader's public toll ("W") and her question; an expert's general view ("") and "according to a 2024
study he co-wrote" as its own source; a regional police command and "A police source"; a station
master's fact inside a forecast ("W"); the adjournment.

(2) A Pakistani English daily's Lahore page on the high court suspending a notification that let
private schools raise fees by 8pc: "LAHORE:" dateline, "pc" and "Rs8,450" without a space; the
judge's suspension and notices as acts; "according to the petition"; "Advocate" dropped with
"argued" (a legal argument carrying a fact of record, "W") and "told the court"; an "Additional
Advocate General (AAG)" who "submitted" dated consultations ("W") and a vague cause (""); a question
before "the judge remarked" (one sentence, ""), the AAG's failure to produce minutes as a fact without
a speaker; "The bench observed" resolved to the judge; "Mian" dropped from an association president
with figures ("W"), his hedge and his threat (""); a petitioner's school fee as a public price
("W"); an anonymous official's complaint count; "Dr" dropped with "according to her analysis" inside
her speech; a government spokesperson's pledge (""); "The court directed" and the adjournment; the
"Published in ..." print line.

(3) A Scottish regional daily's site on a sheriff fining a seafood processor after a worker's hand was
crushed: "Ltd" without a stop mid-sentence ("Corsemuir Seafoods Ltd pleaded"); a guilty plea of record;
the fiscal depute's account with "told the court" and "she said" ("W") and her characterisation
(""); "An investigation by the Health and Safety Executive (HSE) found"; a defence solicitor's figures
("W") and apology (""); "Sheriff" dropped with a reduction of record, "the sheriff said", and the
time to pay as a fact without a speaker; "In a statement after the hearing, Corsemuir Seafoods said"
(the company's name as first given) then "It said"; the worker's hand as private (""), with "told the
Firthwatch"; a union organiser's claim ("W") and opinion (""); a colon quote from "A spokesperson for
the Crown Office and Procurator Fiscal Service" (one sentence, a warning, ""); "The HSE said" as
advice; a regulation of record; "Cllr" dropped; "Ltd." before "Registered in Scotland No. SC204417.".

(4) A Ugandan daily's site on residents halting a Kampala road upgrade over unpaid compensation:
"KAMPALA –" dateline with a group speaker and "saying"; "Shs198 billion", "Shs1.4 billion" and
"3.2km"; an LC1 chairperson's dated promise ("W") and "“It is now ten months,” she said." ("W", a span
of record); "In a statement on Monday, KCCA said" (as written) then "It said" (the authority as first
given); "Eng." dropped with a hedged forecast ("") and a figure ("W"); "said in a letter to KCCA" with
a date; a site engineer who "declined to be named"; "Hon." dropped with "accused" ("") and a specific
claim ("W"); a resident's valuation and his unpaid compensation ("W") against his tenants (""); "Dr"
dropped with "citing" an Auditor General report inside her speech ("W"); an anonymous valuer's
official; a police spokesperson's arrests; "did not respond to questions"; "Have a story?" before
"WhatsApp".

(5) A UAE English daily's site on Dubai private schools being allowed to raise fees: a prayer-times
strip, "Published:" and "Last updated:" lines; "Dubai:" dateline with the authority as first given,
then "the authority said" kept as written; a framework rule and last year's cap without a speaker;
"according to KHDA data" with "Dh28,400"; a parent's school fee ("W") against her own pay (""); a
father's move and savings (private, ""); a principal's plan ("W") and opinion (""); a school group's
freeze then "It said"; a consultant's hedge ("") and his enrolment figure ("W"); an anonymous
administrator's forecast (""); a parents' petition without a speaker; "KHDA said" and a remedy of
record.

(6) A Sri Lankan English daily's site on the utilities regulator cutting electricity tariffs by less
than the electricity board proposed: "yesterday announced"; "Rs." before numbers ("Rs. 6.00 a unit,
down from Rs. 8.00", "Rs. 150 to Rs. 120.", "Rs. 3,450"); "the commission said" kept as written and
"It said"; a chairman's causal claim of record with "told a media briefing" ("W") and his preference
(""); "according to the CEB's proposal"; a spokesman's hedged forecast ("") against a profit of record
("W"); a forum's cost share and its secretary general's opinion; a union's dated strike ("W"); a
consumers' guild's complaint ("") and its convener's figures ("W"); a shopkeeper's own bill and doubt
(""); "Dr." dropped with a debt of record inside a judgement ("W"); an anonymous engineer's shares;
"The office of the Minister of Power and Energy said in a statement" (as written, ""); a revision
date of record.

(7) A Zimbabwean daily's site on Harare's council rationing water in the eastern suburbs: "HARARE –"
dateline with "says"; "The schedule ... lists" as a document; megalitres and "US$3 million"; a council
spokesperson's figures and cause ("W") and his assurance (""); "according to the Zimbabwe National
Water Authority (ZINWA)"; a ratepayers' forum director's figures ("W") and her opinion (""); a
specific rebuttal with "saying" ("W"); "Mrs" dropped from a resident whose tap has been dry since
March 29 and who buys from a vendor ("W", a public service and a public price), "4 a.m. because"
inside her quote (""); a borehole owner's price rise and cause ("W"); "Dr" dropped with a count of
suspected cases ("W") against her hedge and advice (""); an anonymous council engineer; "according to
the council's 2026 budget"; "ZINWA did not respond to questions"; "Cllr" dropped with a meeting at "2
p.m." ending a sentence.

(8) A Trinidad and Tobago daily's site on a secondary school sending pupils home over a rat
infestation: the closure without a speaker; "said in a release" then "It said" (twice, the second
opening a paragraph) with "(EFPPD)" and "TT$48,000"; a PTA president's claim and her son's account
of a public school ("W") and a question inside her quote with no verb (""); the principal who
"declined to comment, referring questions to the ministry"; a teachers' association president's
dated letters and figures ("W") and his jibe; an MP's question in Parliament ("W") and her jibe; an
anonymous ministry official with "TT$2.3 million"; a father's own circumstances, his daughter's
exams and his question (""); "The ministry said" with "9 a.m. and 1 p.m."; "according to the list
tabled in Parliament in February"; "Dr" dropped from a county medical officer's count ("W") and his
advice (""); a reopening that "is expected" ("").

(9) A Maltese news portal on the Planning Authority approving a 12-storey seafront hotel: a board
decision, a vote and a hearing of record without a speaker; "according to the ERA's submission", "The
ERA had recommended" and "according to the plans"; "Perit" (the Maltese architect's title) dropped
with "told the board" ("W") and his opinion (""); an NGO with its article ("Ħarsien ix-Xtut"),
descriptor dropped, and its dated appeal ("W"), "a spokesperson for the NGO" as written (""), "The NGO
said" as written with "€11,400"; "Dr" dropped from a mayor whose council objected ("W") and her facts
inside quotes; a developer's statement with "€72 million" then "It said"; a board member's vote in a
relative clause ("W"); a hoteliers' group's bed count inside a forecast ("W"); a resident's feelings;
a PA spokesperson's policy of record; "The Tourism Ministry did not reply"; "according to the
tribunal's 2025 annual report"; a support appeal in two sentences.

(10) A Japanese English-language daily's site on a rural bus operator ending routes over a driver
shortage (US spelling, "percent", given names first): "MATSUE, Shimane Pref. —" dateline with "Sept.
30" and "the company said" kept as written, as are "The company said" and "the company said" after it;
"President" dropped with "¥28,000" and causes of record in a quote over two sentences ("W"); a legal
cap without a speaker; "Mayor" dropped with a supplementary budget, "Oct. 1" and a fare ("W") and her
wish (""); "according to town budget documents" and "according to the town"; an elderly resident's
private trips and her question; scene with "4:10 p.m. bus"; a student's private worry; "according to
the Ministry of Land, Infrastructure, Transport and Tourism"; "Prof." dropped with a hedge ("")
against his figures ("W"); an anonymous union representative, then "the representative said";
a prefectural official's subsidy ("W"); meetings of record; "Co., Ltd." before "All rights
reserved.".

(11) A Bangladeshi English daily's site on onion prices nearly doubling in Dhaka: "Tk 130-140 per kg"
ranges without a speaker; "according to the daily market price list of the state-run Trading
Corporation of Bangladesh (TCB)" as written and "the TCB list showed"; "Traders at Bakultala Bazar
blamed" as a judgement (""); a retailer's wholesale price with "said" after the quote ("W") and his
question; a farmer's sale price to a trader with "said by phone" ("W") and his opinion; a
wholesaler's truck arrivals; "Importers said" with a minimum export price; the commerce secretary's
permits and committee with "told reporters" ("W") and his forecast (""); "a TCB spokesperson" on
truck sales; a directorate's fines in "lakh" with its deputy director named after "said" and his
pledge; a traders' samity president's order; a garment worker's own purchase and question (""),
"according to TCB records"; "Dr." dropped with an opinion ("") and "according to his institute's
analysis" inside his speech ("W"); an anonymous customs official; Bangladeshi given names of two or
three parts kept whole.

(12) A Fijian daily's site on a burst main leaving eastern Suva without regular water: a weather strip
and a numeric date line ("14/04/2026"); "600mm" and the authority as first given with "said" after
the count; a chief executive's repair account ("W") and apology (""); "WAF said" as written with
deliveries; "Ratu" (a chiefly title) dropped from a minister with "told Parliament", a "FJ$54
million" project and a contract award ("W") and his assurance (""); "Adi" (a chiefly title) dropped
from an opposition MP's count and her question in Parliament ("W") and her rhetorical question; a
resident's truck delivered once ("W") against her bathing (""); a restaurant owner's own spending
(""); a ministry's school hours; the Consumer Council of Fiji's complaints ("W") and "It called on"
(""); "Dr" dropped with a hedge; an anonymous WAF engineer; "WAF has advised"; "Supply is expected to be
restored ..., WAF said." as a forecast ("").

`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in the sets since `labelled_new2.py`, as their docstrings give them, hold too (furniture "B" line by
line and, in prose, sentence by sentence, whatever figures it holds; captions by content and credits
"B"; standfirsts labelled like headlines, never split at a semicolon, a "says" in them carrying the
source through whom the body gives those words; titles, ranks, honorifics and roles dropped from
speakers; a pronoun, a later surname, a title with the surname or a role resolved to the full name
as first given; organisations, documents and data kept as written, "according to X" -> X, "It" for
an organisation resolved to its name as first given; a quote over several sentences carrying its
speaker and cue; anonymous sources kept as described without the clause that explains the anonymity;
"declined to comment", "did not respond" and the like labelled like speech with flags ""; plans,
votes, decisions, orders, rulings, rules, results and figures of record "W"; spoken forecasts, hopes,
pledges, opinions, feelings, scene, private circumstances, rhetorical questions and advice ""; a
figure of record inside an opinion "W"; a hedge making a sentence "" unless a figure of record rides
in it).

Conventions this set had to settle, in the same spirit:

* Organisations by a descriptor. "the authority said", "the commission said", "the company said"
  and "The ministry said" keep the descriptor as written, as "the commission said" does in
  `labelled_new62.py`; "KCCA said", "WAF said", "The HSE said", "KHDA said", "ZINWA did not respond"
  and "The NGO said" keep the short name or descriptor as written; "It said" resolves to the name as
  first given ("the Kampala Capital City Authority (KCCA)", "Corsemuir Seafoods Ltd", "Qasr Lumina
  Education Group", "Bejtra Bay Developments Ltd", "The Ministry of Education", "The Consumer Council
  of Fiji"); "In a statement after the hearing, Corsemuir Seafoods said" carries the company's name as
  first given ("Corsemuir Seafoods Ltd") with the cue "said". People by a role are resolved: "the judge
  remarked" and "The bench observed" (a single judge) -> the judge, "the sheriff said" -> the sheriff,
  "the representative said" -> the union representative as described.
* Courts and proceedings. A court's acts told without a verb of saying are "W" without a speaker:
  "A High Court in Kumasi has granted an interim injunction ...", "The order, granted on Monday by
  Justice ..., also bars ...", "Justice ... suspended the notification ... and issued notices ...",
  "The court directed ...", "The company was given 12 months to pay.", adjournments, and "The AAG could
  not produce the minutes ..." (a fact of the hearing). A party's pleading carries the party: "which
  argues that the assembly fixed the relocation date without consulting its members" (the association,
  "W", a specific claim), "argued that ... no such hearing had been held in any district" (counsel,
  "W"), "submitted that the notification had been issued after consultations ... on January 8 and
  January 22" (the AAG, "W"), "He alleged that at least 300 of the 1,460 stalls ..." ("W"). The fiscal
  depute's account "told the court" and the sheriff's "said he had reduced the fine ..." are "W";
  "“This was an entirely foreseeable accident,”" and "“A guard on a roller is not a luxury,”" are "".
* Titles and names of these countries. Dropped: "Madam", "Hon.", "Mr", "Mrs", "Ms", "Dr", "Dr.",
  "Prof.", "Justice", "Advocate", "Additional Advocate General (AAG)", "Mian" (an honorific), "Fiscal
  depute", "Defence solicitor", "Sheriff", "Cllr", "Eng.", "PUCSL Chairman", "President", "Mayor",
  "Commerce Secretary", "Perit" (the title of a Maltese architect), "Ratu" and "Adi" (Fijian chiefly
  titles), "Minister for Public Utilities", "Opposition MP", "PTA president", "Council spokesperson",
  "Education consultant", "Energy economist", "Education researcher", "Board member", "Kampala
  Metropolitan Police deputy spokesperson" and the roles in apposition. Kept: Bangladeshi given names
  of two or three parts ("Fazlul Karim Tarafdar-Akhand", "Mohammad Ashraful Mollah-Gazi", "Rafiqul
  Islam Biswas-Nikari"), Japanese names in the given-name-first order the paper prints, and a Maltese
  NGO's article ("Ħarsien ix-Xtut", its descriptor "The environmental NGO" dropped).
* Cues as written: "argues", "disputed", "alleged", "saying" (after "rejected the claim" and "rejected
  the figure", "W" for a specific denial), "told journalists", "told the court", "submitted",
  "remarked", "observed", "warned", "found", "told the Firthwatch", "accused", "said in a letter to
  KCCA", "said in a release", "said in a statement" when the channel follows the verb and "said" for
  "In a statement ..., X said", "told a media briefing", "announced", "lists", "showed", "said by phone",
  "told reporters", "told Parliament", "told the board", "had recommended", "urged", "has advised",
  "called on", "blamed", "did not respond to questions", "did not reply" and "declined to comment"
  (with "referring questions to the ministry" left in the sentence).
* Documents and data as sources. "the assembly's records", "the petition", "the ERA's submission",
  "the plans", "the CEB's proposal", "the council's 2026 budget", "town budget documents", "the town",
  "the tribunal's 2025 annual report", "the list tabled in Parliament in February", "TCB records", "KHDA
  data", "the daily market price list of the state-run Trading Corporation of Bangladesh (TCB)" and "a
  2024 study he co-wrote" (a sentence of its own after the expert's view) follow "according to"; "The
  schedule, posted on the council's social media pages on Saturday, lists" and "the TCB list showed"
  carry the document with its verb; "according to his institute's analysis of customs data" and
  "citing an Auditor General report" inside a person's reported speech leave the person as the speaker.
* Groups. "Residents along Ssebwana Road in Makindye Division" (with "saying", in the lead), "Traders at
  Bakultala Bazar" (with "blamed", "": their account of the cause is a judgement) and "Importers" (with
  "said", "W") are kept as written; "A police source", "An official of the School Education Department",
  "A senior administrator at another school group", "A site engineer for Mbuyaga", "An official in the
  Chief Government Valuer's office", "A senior CEB engineer", "A council engineer", "A ministry
  official", "A representative of the company's labor union", "An official of the Shimane prefectural
  government's transport policy division", "A customs official at the country's busiest land port" and
  "A WAF engineer" are kept as described.
* Public against private. A trader's daily toll, a school's monthly fee for a petitioner's daughters, a
  Dubai school's fee for a parent's son, a borehole vendor's price and a borehole owner's rise, a
  retailer's wholesale price, a farmer's sale price to a trader, a tap dry since March 29, a water truck
  that came once, "“It is now ten months,”", "“I have not received a single shilling.”" and a rat
  running across a desk in a public school are "W"; a shopkeeper's own bill, a parent's salary and
  savings, a restaurant owner's spending on bottled water, a man's loan and tenants, a worker's hand, an
  elderly woman's bus trips, a student's lift to school, a daughter's laptop and exams and a family's
  bathing are "".
* Figures inside opinions and forecasts. "“And Adenkyem is nine kilometres from here.", the economist's
  "“prudent” for a board that still owed state banks Rs. 310 billion", the board member "who voted
  against" and the hoteliers' bed count before their forecast are "W"; a spokesman's "could “slip back
  into the red”", "did not expect an outbreak", "too early to link", "is expected to reopen", "is
  expected to be restored" and a commerce secretary's "within a week or 10 days" are "".

Splits. "Hon. Yaw", "(MCE),", "GH¢14.8 million", "Mr Kwaku", "Dr Kwame", "LAHORE:", "8pc from",
"Rs8,450,", "Rs18,500 to Rs19,980", "Dr Amna", "4:12 pm", "Ltd pleaded", "£1.1m the year", "KAMPALA –",
"3.2km", "Shs198 billion", "Eng. Robert", "Shs1.4 billion", "2023/24", "Dubai:", "6:40 PM", "Dh28,400",
"Dh60,000 to Dh61,740", "Rs. 6.00 a unit", "Rs. 8.00, and", "Rs. 150 to Rs. 120", "Rs. 3,450 to Rs.
3,020", "Dr. Ravindra", "Rs. 310 billion", "12:05 am", "HARARE –", "US$3 million", "4 a.m. because",
"TT$2.3 million", "9 a.m. and 1 p.m. each", "Perit Karl", "€72 million", "19:05", "MATSUE, Shimane Pref.
—", "Sept. 30", "¥28,000", "Oct. 1,", "4:10 p.m. bus", "Prof. Noboru", "Tk 130-140 per kg", "Tk 1.86
lakh", "Dr. Mahbubul", "10:41 PM", "14/04/2026", "600mm", "Ratu Josaia", "FJ$54 million", "Adi Litiana"
and "1 p.m. each day" never end a sentence. "2 p.m." before an opening quote, "Ltd." and "(Pvt) Ltd."
before "All rights reserved.", "Co., Ltd." before "All rights reserved.", "thedhakashurjodoy.com."
before "All rights reserved.", "Ltd." before "Registered in Scotland No. SC204417." (itself one
sentence), "inbox." before "Sign up here.", and a "?" in furniture before a capital ("Have a story?" /
"WhatsApp ...") end one; so do a full stop inside a quote before a capital ("“And Adenkyem is nine
kilometres from here." / "Our customers will not follow us.”", "“They have always lost money." / "We
are closing them ..."). A "?" closing a quote before a lower-case attribution ("?” the judge
remarked.", "?” she asked.") does not end the sentence, and a colon never does ("... Procurator Fiscal
Service said: “Employers ...”" is one sentence). A caption and its credit on one line are two
sentences; "Published:" and "Last updated:" on one line are two.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new62.py`
(id, text, expected sentences), names prefixed "h42-", each taken word for word from these pages
(consecutive lines joined by a newline, sentences of one line by a space) and written the same way:
what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ghanaian news site, a High Court halts the relocation of lorry-station traders in Kumasi (masthead, date and weather strip, menu, crumb, headline, semicolon standfirst carrying the association's chairperson with says and a figure, byline with place, date line with read time, share strip, caption with a credit in capitals, a court order as an act without a speaker, argues in a suit, Madam and Hon. dropped, a distance of record inside a quote before a forecast, (MCE) with GH¢ and told journalists, according to the assembly's records, disputed, Also read line, Mr dropped with alleged and a specific denial with saying, Advertisement, scene, a trader's public toll and her question, Dr dropped and according to a study, advice, a regional police command and an anonymous police source, a union station master's fact inside a forecast, adjournment, tags, comment count and disclaimer, WhatsApp line, footer with Ltd.)",
    "Pakistani English daily's Lahore page, the high court suspends a notification letting private schools raise fees (masthead, e-paper strip, menu, section label, headline with pc, standfirst without a speaker, byline as Our Staff Reporter, date line, share strip, LAHORE: dateline, Justice dropped with a suspension and notice as acts, according to the petition, Advocate dropped with argued and told the court, an AAG's submission, a question before the judge remarked, a fact of record about the hearing, the bench observed, Mian dropped from an association president's figures, a hedge and a threat, a petitioner's school fee with Rs as a public price, an anonymous official's figure, Dr dropped with according to her analysis, a government spokesperson's pledge, the court directed, Rs8,450 and Rs3,000, adjourned, a print line, related lines, comment rules, footer with (Pvt) Ltd.)",
    "Scottish regional daily's site, a sheriff fines a seafood processor after a worker's hand is crushed (masthead, sign-in strip, menu, crumb, headline with £, standfirst without a speaker, byline with role, date and time line with pm, share strip, caption with a Picture: credit, Ltd mid-sentence, a guilty plea of record, fiscal depute with told the court then she said, Mr in a later surname, an HSE investigation found, a fiscal's characterisation, a defence solicitor's figures and apology, Sheriff dropped with a reduction of record and the sheriff said, a penalty without a speaker, In a statement then It said, an injured worker's private hand with told the Firthwatch, a union organiser's claim, a colon quote from the COPFS, the HSE said as advice, a regulation of record, Cllr dropped, newsletter lines, comments line, more-from list, footer with Ltd. before Registered in Scotland No.)",
    "Ugandan daily's site, residents on a Kampala road upgrade halt works over unpaid compensation (masthead, menu, section label, headline, semicolon standfirst carrying the authority as first given with says and a figure, byline, date line with EAT, share strip, caption with credit, KAMPALA – dateline with residents saying, Shs with billion, an LC1 chairperson's dated promise and a span of record inside a quote, In a statement KCCA said then It said, Eng. dropped with a hedged forecast and a figure, said in a letter with a date, Hon. dropped with accused and a specific claim, a resident's valuation of record against his private loss and tenants, Dr dropped with citing, an anonymous valuer's official, a police spokesperson's arrests, did not respond, related stories, WhatsApp tip line with ? before a capital, footer with Ltd.)",
    "UAE English daily's site, Dubai private schools allowed to raise fees for 2026-27 (masthead, prayer-times strip, menu, section label, headline with per cent, standfirst carrying the authority with says, byline, published and updated lines with PM, share strip, caption with credit, Dubai: dateline, the authority said resolved to its name, a framework rule without a speaker, according to KHDA data, a parent's school fee with Dh as a public price against her private pay, a principal's plan and his opinion, a school group's decision then It said, a consultant's hedge against his enrolment figure, an anonymous administrator's forecast, a parents' petition without a speaker, KHDA said as written, a remedy of record, related lines, WhatsApp line, comment rules, footer)",
    "Sri Lankan English daily's site, the utilities regulator cuts electricity tariffs by less than the electricity board proposed (masthead, date strip, menu, crumb, headline with per cent, standfirst carrying the commission with says, byline, date line, share strip, caption with credit, announced with yesterday, Rs. with decimals before numbers, a chairman's causal claim of record with told a media briefing, a hedged preference, a spokesman's forecast against a profit of record, a forum's figure and its secretary general's opinion, a union's dated strike, a shopkeeper's private bill and her doubt, Dr. dropped with a figure inside a judgement, an anonymous engineer's shares, the minister's office said in a statement, a revision date of record, also-read line, comment rules, footer with (Pvt) Ltd.)",
    "Zimbabwean daily's site, Harare's council rations water in the eastern suburbs (masthead, menu, section label, headline, standfirst carrying the council with says, byline, date line, share strip, caption with credit, HARARE – dateline with says, megalitres and US$, a council spokesperson's figures and cause then his assurance, according to ZINWA, a ratepayers' forum director's figures and her opinion, a specific rebuttal with saying, Mrs dropped from a resident's public-service facts and a vendor's public price, a.m. inside a quote before because, Dr dropped with a count against a hedge and advice, an anonymous council engineer, according to the council's budget, did not respond, Cllr dropped with a meeting at p.m., related articles, comment prompt, footer with (Pvt) Ltd.)",
    "Trinidad and Tobago daily's site, a secondary school sends pupils home over a rat infestation (masthead, menu, section label, headline, standfirst carrying the ministry with says, byline, date line, share strip, caption with credit, a closure without a speaker, said in a release then It said with the EFPPD, a PTA president's claims and her son's account of a public school, a question inside a quote without a verb, the principal declined to comment with referring, a teachers' association president's dated letters and figures, an MP's record in Parliament and her jibe, an anonymous ministry official with TT$, a father's private circumstances and his question, the ministry said with a.m. and p.m., Dr dropped from a county medical officer's count, related, newsletter line, footer with Ltd.)",
    "Maltese news portal, the Planning Authority approves a 12-storey seafront hotel (masthead, menu, section label, headline, standfirst carrying the NGO with says, byline, date line with a 24-hour time, share strip, caption with credit, a board decision and a vote without a speaker, according to the ERA's submission, Perit dropped with told the board, an NGO's dated appeal then its spokesperson's opinion, Dr dropped from a mayor with a council objection of record and a fact inside a quote, a developer's statement with € then It said, a board member's vote in a relative clause and her jibe, a resident's feelings, a PA spokesperson's policy of record, the ministry did not reply, according to the tribunal's annual report, read-more line, comment rules, footer with Ltd.)",
    "Japanese English-language daily's site, a rural bus operator ends routes over a driver shortage (masthead, menu, section label, headline, standfirst carrying the mayor with says, byline with role, date line with JST, share strip, caption with a news-agency credit, a Pref. dateline with Sept. 30 and the company said, percent and ¥ in US spelling, a president's figures and causes of record in a quote, a working-hours rule without a speaker, Mayor dropped with a supplementary budget and Oct. 1, according to the town, an elderly resident's private trips and her question, according to the ministry, Prof. dropped with a hedge against his figures, an anonymous union representative, a prefectural official's subsidy, meetings of record, related, newsletter line, footer)",
    "Bangladeshi English daily's site, onion prices nearly double in Dhaka markets (masthead, menu, section label, headline with Tk, standfirst carrying the commerce secretary with says, byline as Staff Correspondent, date line with last-update line, share strip, caption with credit, Tk ranges per kg without a speaker, according to the TCB's price list, traders blamed as a judgement, a retailer's wholesale price with said after the quote, a wholesaler's truck arrivals, importers said with a minimum export price, a secretary's import permits with told reporters and his forecast, a TCB spokesperson's sales plan with Sunday, a directorate's fines in lakh, a garment worker's private purchase and her question, Dr. dropped with an opinion and according to his institute's analysis inside his speech, an anonymous customs official, related, app line, footer)",
    "Fijian daily's site, a burst main leaves eastern Suva without regular water (masthead, weather strip, menu, section label, headline, standfirst carrying the authority with says, byline, numeric date line, share strip, caption with credit, the authority said after a count, a chief executive's repair account and his apology, WAF said as written with deliveries, Ratu dropped with told Parliament and a FJ$ project, Adi dropped from an opposition MP's count and her question, a resident's public-service fact against her private washing, a council's complaints count and its call, Dr dropped with a hedge, an anonymous WAF engineer, has advised, a restoration forecast, related, newsletter and app lines, footer with Ltd.)",
]

ARTICLES = [
    [  # 1. Ghanaian news site, a High Court halts the relocation of lorry-station traders in Kumasi
        [("DAWNWIND GHANA", "", "", "B")],
        [("Tuesday, April 14, 2026  |  Kumasi 31°C  |  Accra 30°C", "", "", "B")],
        [("Home   News   Politics   Business   Regions   Sports   Showbiz   Opinion   Dawnwind TV", "", "", "B")],
        [("News » Regions » Ashanti", "", "", "B")],
        [("Court halts relocation of Atwedie lorry station traders to new market", "", "", "W")],
        [("Traders' association says new stalls are less than half the size of old ones; assembly vows to obey order but expects to win", "Comfort Adjeiwaa-Sarpongmaa", "says", "W")],
        [("By Kofi Kwarteye-Ansaful, Kumasi", "", "", "B")],
        [("April 14, 2026 · 4 min read", "", "", "B")],
        [("Share:  WhatsApp  Facebook  X  Telegram  Email", "", "", "B")],
        [("Traders at the Atwedie lorry station in Kumasi on Monday.", "", "", ""),
         ("PHOTO: DAWNWIND/YAW SARFO-BOAMPONG", "", "", "B")],
        [("A High Court in Kumasi has granted an interim injunction restraining the Atwedie Municipal Assembly from moving more than 1,200 traders out of the Atwedie lorry station until a suit challenging the relocation is determined.", "", "", "W")],
        [("The order, granted on Monday by Justice Abena Ampofoaa-Nsoatreh, also bars the assembly from pulling down any structure at the station before May 20, when the case returns to court.", "", "", "W")],
        [("The suit was filed on March 30 by the Atwedie Station Traders' Welfare Association, which argues that the assembly fixed the relocation date without consulting its members.", "the Atwedie Station Traders' Welfare Association", "argues", "W")],
        [("Madam Comfort Adjeiwaa-Sarpongmaa, chairperson of the association, said the stalls at the new Adenkyem market measured six feet by four, less than half the size of the spaces traders now occupy at the station.", "Comfort Adjeiwaa-Sarpongmaa", "said", "W"),
         ("“You cannot put a cloth seller and all her goods in a box like that,” she said.", "Comfort Adjeiwaa-Sarpongmaa", "said", ""),
         ("“And Adenkyem is nine kilometres from here.", "Comfort Adjeiwaa-Sarpongmaa", "said", "W"),
         ("Our customers will not follow us.”", "Comfort Adjeiwaa-Sarpongmaa", "said", "")],
        [("The Municipal Chief Executive (MCE), Hon. Yaw Dwomohene-Dankwaah, said the assembly would respect the order but was confident of winning the case.", "Yaw Dwomohene-Dankwaah", "said", ""),
         ("He said the GH¢14.8 million market, paid for from the assembly's 2024 and 2025 budgets, had 1,460 stalls, 40 toilets and two fire hydrants, none of which the lorry station had.", "Yaw Dwomohene-Dankwaah", "said", "W"),
         ("“We did not build a market for it to sit empty,” he told journalists at his office on Tuesday.", "Yaw Dwomohene-Dankwaah", "told journalists", "")],
        [("According to the assembly's records, its officers held five meetings with the traders' leaders between October 2025 and February 2026.", "the assembly's records", "according to", "W"),
         ("Madam Adjeiwaa-Sarpongmaa disputed that account.", "Comfort Adjeiwaa-Sarpongmaa", "disputed", ""),
         ("“They called us to announce a date,” she said.", "Comfort Adjeiwaa-Sarpongmaa", "said", ""),
         ("“That is not consultation.”", "Comfort Adjeiwaa-Sarpongmaa", "said", "")],
        [("Also read: Assembly gives pavement hawkers two weeks to move", "", "", "B")],
        [("Counsel for the traders, Mr Kwaku Apenteng-Amanfoh, said the association had also asked the court to order the assembly to publish the list of people allocated stalls at Adenkyem.", "Kwaku Apenteng-Amanfoh", "said", "W"),
         ("He alleged that at least 300 of the 1,460 stalls had gone to people who had never traded at the station.", "Kwaku Apenteng-Amanfoh", "alleged", "W")],
        [("The assembly's Public Relations Officer, Mr Ebenezer Gbedemah-Kyeretwie, rejected the claim, saying the list was drawn from the assembly's own register of toll payers at the station.", "Ebenezer Gbedemah-Kyeretwie", "saying", "W")],
        [("Advertisement", "", "", "B")],
        [("At the station on Tuesday, business went on under faded umbrellas as drivers' mates shouted destinations over the engines of waiting trotros.", "", "", "")],
        [("Akosua Darkwaah-Gyasiwaa, 46, who has sold yam at the station for 19 years, said she pays GH¢5 a day in tolls to the assembly's revenue collectors.", "Akosua Darkwaah-Gyasiwaa", "said", "W"),
         ("“If they move me, I will go, but who buys yam where there are no cars?” she asked.", "Akosua Darkwaah-Gyasiwaa", "asked", "")],
        [("Dr Kwame Ahenkora-Bediatuo, who teaches urban planning at the Kumasi campus of Adumanya Technical University, said relocations failed when new markets were built away from transport routes.", "Kwame Ahenkora-Bediatuo", "said", ""),
         ("Four of the nine markets built by assemblies in the Ashanti Region since 2015 were less than half occupied two years after opening, according to a 2024 study he co-wrote.", "a 2024 study he co-wrote", "according to", "W"),
         ("“Build the market where the buses stop, and the traders will come by themselves,” he said.", "Kwame Ahenkora-Bediatuo", "said", "")],
        [("The Ashanti Regional Police Command said it had posted officers at the station after a scuffle on March 28 in which two members of the assembly's task force were injured.", "The Ashanti Regional Police Command", "said", "W"),
         ("A police source, who asked not to be named, said no one had been arrested over the scuffle.", "A police source", "said", "W")],
        [("Alhassan Seiduba-Mahamadoun, station master for the Atwedie branch of the Progressive Road Transport Owners' Union, said drivers would stay at the station whatever the court decided, because no lorry park had been built at Adenkyem.", "Alhassan Seiduba-Mahamadoun", "said", "W"),
         ("“A market without a station is a warehouse,” he said.", "Alhassan Seiduba-Mahamadoun", "said", "")],
        [("The case was adjourned to May 20 for hearing.", "", "", "W")],
        [("Tags:  Kumasi  Atwedie  Traders  Relocation  High Court", "", "", "B")],
        [("Comments (17)", "", "", "B")],
        [("Disclaimer: Comments are the views of readers and not those of Dawnwind Ghana.", "", "", "B")],
        [("Join our WhatsApp channel for breaking news from all 16 regions.", "", "", "B")],
        [("© 2026 Dawnwind Newsroom Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Advertise  |  Contact  |  Privacy Policy  |  Terms of Use", "", "", "B")],
    ],
    [  # 2. Pakistani English daily's Lahore page, the high court suspends a notification letting private schools raise fees
        [("THE ZARNIGAR GAZETTE", "", "", "B")],
        [("Today's Paper  |  E-Paper  |  Archive  |  Subscribe", "", "", "B")],
        [("Home   Pakistan   Lahore   Karachi   Islamabad   Business   Sport   World   Editorial   Magazines", "", "", "B")],
        [("LAHORE", "", "", "B")],
        [("LHC suspends notification allowing private schools to raise fees by 8pc", "", "", "W")],
        [("Court seeks replies from Punjab govt and school owners by May 7; increase already added to March fee vouchers", "", "", "W")],
        [("Our Staff Reporter", "", "", "B")],
        [("April 15, 2026", "", "", "B")],
        [("Facebook   X   WhatsApp   Email   Print", "", "", "B")],
        [("LAHORE: The Lahore High Court (LHC) on Tuesday suspended a notification of the Punjab School Education Department that allowed private schools in the province to raise their monthly tuition fees by up to 8pc from the current academic year.", "", "", "W")],
        [("Justice Saima Dildar-Hotiana suspended the notification, dated February 19, on a petition filed by 43 parents whose children study at private schools in Lahore, and issued notices to the provincial government and a private schools' association for May 7.", "", "", "W")],
        [("According to the petition, at least 11 school chains had already added the increase to fee vouchers issued in March, a week before the notification was published in the official gazette on March 26.", "the petition", "according to", "W"),
         ("The notification has also been challenged in two other petitions, which the court clubbed with this one.", "", "", "W")],
        [("Petitioners' counsel Advocate Saifullah Khokharzai-Lunkhar argued that under the provincial rules a fee increase of more than 5pc a year required a hearing before the district registration authority, and that no such hearing had been held in any district.", "Saifullah Khokharzai-Lunkhar", "argued", "W"),
         ("“Parents were told to pay first and ask questions later,” he told the court.", "Saifullah Khokharzai-Lunkhar", "told the court", "")],
        [("Additional Advocate General (AAG) Zulfiqar Awanzada-Bhattiwal submitted that the notification had been issued after consultations with school owners and parents' representatives on January 8 and January 22.", "Zulfiqar Awanzada-Bhattiwal", "submitted", "W"),
         ("He said the increase was needed because teachers' salaries and utility bills had “gone through the roof”.", "Zulfiqar Awanzada-Bhattiwal", "said", "")],
        [("“Which parents were consulted, and where are the minutes?” the judge remarked.", "Saima Dildar-Hotiana", "remarked", ""),
         ("The AAG could not produce the minutes of either meeting and sought time to file them.", "", "", "W")],
        [("About two dozen parents waited in the corridor outside the courtroom throughout the hearing.", "", "", "")],
        [("The bench observed that an increase could not be charged through vouchers issued before the notification came into force.", "Saima Dildar-Hotiana", "observed", "W")],
        [("Advertisement", "", "", "B")],
        [("Mian Tariq Jillani-Bosan, president of the Punjab Affordable Schools Alliance, said the average monthly fee at its member schools was Rs8,450, and that 70pc of its 2,300 members charged less than Rs3,000.", "Tariq Jillani-Bosan", "said", "W"),
         ("“Small schools may not survive another year of frozen fees,” he said.", "Tariq Jillani-Bosan", "said", ""),
         ("He warned that some member schools could shut their gates in protest if the suspension was not lifted, but did not say how many.", "Tariq Jillani-Bosan", "warned", "")],
        [("Farhana Mandokhail-Bhinderwal, one of the petitioners, said the school her two daughters attend in Lahore had raised the monthly fee for each of them from Rs18,500 to Rs19,980 in March.", "Farhana Mandokhail-Bhinderwal", "said", "W"),
         ("“I am not against paying teachers well,” she said.", "Farhana Mandokhail-Bhinderwal", "said", ""),
         ("“I am against being charged for something that was not even notified.”", "Farhana Mandokhail-Bhinderwal", "said", "")],
        [("An official of the School Education Department, requesting anonymity, said the department had received 1,874 complaints about fee increases since March 1.", "An official of the School Education Department", "said", "W"),
         ("He said the department would “abide by whatever the court decides”.", "An official of the School Education Department", "said", "")],
        [("Education researcher Dr Amna Rehmat-Kasuri said fees at private schools in Lahore had risen by an average of 61pc between 2019 and 2025, according to her analysis of the fee schedules of 400 schools.", "Amna Rehmat-Kasuri", "said", "W"),
         ("She said the real problem was the shortage of seats in government schools, “which pushes even poor families into private ones”.", "Amna Rehmat-Kasuri", "said", "")],
        [("In a statement issued late on Tuesday, a spokesperson for the Punjab government said the province would file its reply “well before” May 7.", "a spokesperson for the Punjab government", "said", "")],
        [("The court directed the schools not to take any coercive action, including withholding results or report cards, against students whose parents paid the old fee.", "", "", "W"),
         ("Hearing of the case was adjourned till May 7.", "", "", "W")],
        [("Published in The Zarnigar Gazette, April 15th, 2026", "", "", "B")],
        [("RELATED", "", "", "B")],
        [("Parents protest outside school over summer vacation fee", "", "", "B")],
        [("Punjab cabinet approves new rules for private school registration", "", "", "B")],
        [("Comments are moderated and will be published if they are on topic and not abusive.", "", "", "B")],
        [("Copyright © 2026 Zarnigar Publications (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Contact Us  |  About Us  |  Advertise  |  Privacy Policy  |  Terms of Service", "", "", "B")],
    ],
    [  # 3. Scottish regional daily's site, a sheriff fines a seafood processor after a worker's hand is crushed
        [("MORAY FIRTHWATCH", "", "", "B")],
        [("Sign in  |  Subscribe from £1 a week", "", "", "B")],
        [("News   Sport   Business   Farming   Fishing   What's On   Jobs   Notices", "", "", "B")],
        [("News  >  Courts", "", "", "B")],
        [("Seafood firm fined £160,000 after worker's hand crushed in unguarded conveyor", "", "", "W")],
        [("Employee, then 23, needed two operations after his glove was caught in a roller at Inverdallach factory", "", "", "W")],
        [("By Catriona Ferrybank-Tullos, Court Reporter", "", "", "B")],
        [("Tuesday 14 April 2026, 4:12 pm", "", "", "B")],
        [("Share on Facebook   Share on X   Email this article", "", "", "B")],
        [("The Corsemuir Seafoods factory on the harbour front at Inverdallach.", "", "", ""),
         ("Picture: Kenneth Auchmore-Laing", "", "", "B")],
        [("A seafood processing firm has been fined £160,000 after a worker's hand was crushed in an unguarded conveyor at its factory in Inverdallach.", "", "", "W")],
        [("Corsemuir Seafoods Ltd pleaded guilty at Aberdeen Sheriff Court on Monday to a breach of health and safety law over the accident on 3 November 2024.", "", "", "W")],
        [("Fiscal depute Morag Tulliallan-Bairdmore told the court that Lewis Mackelvie-Dunlappie had been clearing a blockage on a filleting line when his glove was caught between the belt and a roller.", "Morag Tulliallan-Bairdmore", "told the court", "W"),
         ("She said the guard that should have covered the roller had been taken off during a repair in August 2024 and never refitted.", "Morag Tulliallan-Bairdmore", "said", "W"),
         ("Mr Mackelvie-Dunlappie suffered fractures to three fingers and needed two operations, she said.", "Morag Tulliallan-Bairdmore", "said", "W")],
        [("An investigation by the Health and Safety Executive (HSE) found that staff had cleared blockages on the line with the belt running at least 40 times in the month before the accident, and that the firm had no written procedure for isolating the machine.", "An investigation by the Health and Safety Executive (HSE)", "found", "W")],
        [("“This was an entirely foreseeable accident,” Ms Tulliallan-Bairdmore said.", "Morag Tulliallan-Bairdmore", "said", "")],
        [("Defence solicitor Gordon Strachie-Glenbuchat said the company, which employs 140 people, had since spent £85,000 on new guards and interlocks across all four of its processing lines.", "Gordon Strachie-Glenbuchat", "said", "W"),
         ("“The company accepts that it fell short, and it is genuinely sorry,” he said.", "Gordon Strachie-Glenbuchat", "said", ""),
         ("He said the firm had made a pre-tax profit of £412,000 in its last accounts, down from £1.1m the year before.", "Gordon Strachie-Glenbuchat", "said", "W")],
        [("Sheriff Alasdair Pitcaple-Rothnie said he had reduced the fine from £240,000 to £160,000 to reflect the early guilty plea.", "Alasdair Pitcaple-Rothnie", "said", "W"),
         ("“A guard on a roller is not a luxury,” the sheriff said.", "Alasdair Pitcaple-Rothnie", "said", ""),
         ("“It is the bare minimum.”", "Alasdair Pitcaple-Rothnie", "said", ""),
         ("The company was given 12 months to pay.", "", "", "W")],
        [("In a statement after the hearing, Corsemuir Seafoods said it had “learned hard lessons” and that every line now stopped automatically when a guard was opened.", "Corsemuir Seafoods Ltd", "said", "W"),
         ("It said Mr Mackelvie-Dunlappie had returned to work in a supervisory role in March 2025 on the same pay.", "Corsemuir Seafoods Ltd", "said", "W")],
        [("Mr Mackelvie-Dunlappie, now 25, told the Firthwatch he still cannot fully close his right hand.", "Lewis Mackelvie-Dunlappie", "told the Firthwatch", ""),
         ("“I was 23 and I thought I'd never fillet a fish again,” he said.", "Lewis Mackelvie-Dunlappie", "said", ""),
         ("“I'm just glad it's over.”", "Lewis Mackelvie-Dunlappie", "said", "")],
        [("Iona Balquhidder-Craigroy, an organiser with the Food and Seafood Workers' Union, said staff at two other plants in the area had raised concerns with her about missing guards since January.", "Iona Balquhidder-Craigroy", "said", "W"),
         ("“The fine is big, but it's the culture on the floor that has to change,” she said.", "Iona Balquhidder-Craigroy", "said", "")],
        [("A spokesperson for the Crown Office and Procurator Fiscal Service said: “Employers who ignore basic safety precautions can expect to be prosecuted.”", "A spokesperson for the Crown Office and Procurator Fiscal Service", "said", "")],
        [("The HSE said machinery should always be switched off and isolated before a blockage is cleared.", "The HSE", "said", "")],
        [("Under the Provision and Use of Work Equipment Regulations 1998, employers must prevent access to the dangerous parts of machinery.", "", "", "W")],
        [("Cllr Shona Auchterless-Grieve, who represents Inverdallach on Aberdeenshire Council, said the factory was the village's largest employer after the harbour.", "Shona Auchterless-Grieve", "said", "W")],
        [("Get the Firthwatch's free morning newsletter straight to your inbox.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("More from the courts", "", "", "B")],
        [("Driver banned after crash on the coast road at Portskerrow", "", "", "B")],
        [("Fraudster who stole from bowling club ordered to pay back £9,400", "", "", "B")],
        [("© 2026 Moray Firthwatch Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC204417.", "", "", "B")],
        [("Contact  |  Privacy  |  Cookie settings  |  Terms", "", "", "B")],
    ],
    [  # 4. Ugandan daily's site, residents on a Kampala road upgrade halt works over unpaid compensation
        [("THE EVENING OMULANGA", "", "", "B")],
        [("Home   News   Business   Sports   Opinion   Lifestyle   Jobs   ePaper", "", "", "B")],
        [("KAMPALA NEWS", "", "", "B")],
        [("Ssebwana Road residents halt works over unpaid compensation", "", "", "W")],
        [("KCCA says 212 of 356 affected people have been paid; area MP wants IGG to investigate", "the Kampala Capital City Authority (KCCA)", "says", "W")],
        [("By Harriet Nanteza-Kyambadde", "", "", "B")],
        [("Tuesday, April 14, 2026  —  8:26 PM EAT", "", "", "B")],
        [("Share  |  Tweet  |  WhatsApp  |  Email", "", "", "B")],
        [("Residents of Nakabanga zone gather beside a trench on Ssebwana Road on Monday.", "", "", ""),
         ("PHOTO / SAMUEL KATEREGGA-MWESIGE", "", "", "B")],
        [("KAMPALA – Residents along Ssebwana Road in Makindye Division have stopped contractors from working on a 900-metre section of the road, saying they have not been paid compensation for land taken for its upgrade.", "Residents along Ssebwana Road in Makindye Division", "saying", "W")],
        [("On Monday, about 200 residents marched to the Makindye Division offices carrying placards that read “No pay, no road”.", "", "", "W")],
        [("The 3.2km road is one of 11 being upgraded by the Kampala Capital City Authority (KCCA) in the second phase of its Shs198 billion city roads programme.", "", "", "W")],
        [("Sarah Nakimuli-Ssenkubuge, the LC1 chairperson of Nakabanga zone, said valuers from the Chief Government Valuer's office assessed the affected properties in June 2025 and told owners they would be paid within 90 days.", "Sarah Nakimuli-Ssenkubuge", "said", "W"),
         ("“It is now ten months,” she said.", "Sarah Nakimuli-Ssenkubuge", "said", "W"),
         ("“They are digging our front yards with our money still in their pockets.”", "Sarah Nakimuli-Ssenkubuge", "said", "")],
        [("In a statement on Monday, KCCA said Shs31.6 billion had been set aside for compensation on Ssebwana Road and that 212 of the 356 project-affected persons had been paid.", "KCCA", "said", "W"),
         ("It said the remaining payments were held up by disputes over land titles, including 38 cases in which more than one person claimed the same plot.", "the Kampala Capital City Authority (KCCA)", "said", "W")],
        [("KCCA's deputy director of engineering, Eng. Robert Kasirye-Mpungu, said the authority expected to pay the rest “in the coming weeks” once the Ministry of Finance released the next quarter's funds.", "Robert Kasirye-Mpungu", "said", ""),
         ("He said the contractor had lost 17 working days since the residents blocked the site on March 23.", "Robert Kasirye-Mpungu", "said", "W")],
        [("Mbuyaga Construction Ltd, the contractor, said in a letter to KCCA dated April 6 that it would claim Shs1.4 billion in idle-time costs if the site was not cleared by the end of April.", "Mbuyaga Construction Ltd", "said in a letter to KCCA", "W")],
        [("A site engineer for Mbuyaga, who declined to be named, said the company had kept 60 workers on the site at full pay since the blockade began.", "A site engineer for Mbuyaga", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The area MP, Hon. Daudi Mulindwa-Kakooza, accused KCCA of paying “people with connections” first.", "Daudi Mulindwa-Kakooza", "accused", ""),
         ("He said at least six of the paid claimants had never lived on the road, and that he had written to the Inspectorate of Government (IGG) asking it to investigate.", "Daudi Mulindwa-Kakooza", "said", "W")],
        [("Ibrahim Ssegawa-Lwasanyi, 61, whose shop and two rental rooms were valued at Shs86 million, said he took a bank loan to build the rooms in 2022 and is still repaying it.", "Ibrahim Ssegawa-Lwasanyi", "said", "W"),
         ("“The tenants left in January because the trench is at the door,” he said.", "Ibrahim Ssegawa-Lwasanyi", "said", ""),
         ("“I have not received a single shilling.”", "Ibrahim Ssegawa-Lwasanyi", "said", "W")],
        [("Dr Patience Akello-Ojok, a lecturer in land economics at Kigoowe University, said compensation delays were “the rule, not the exception” on public works in Uganda, citing an Auditor General report that found delays on 19 of 24 road projects audited in 2023/24.", "Patience Akello-Ojok", "said", "W"),
         ("“Pay first, then dig,” she said.", "Patience Akello-Ojok", "said", ""),
         ("“Anything else breeds exactly this kind of anger.”", "Patience Akello-Ojok", "said", "")],
        [("An official in the Chief Government Valuer's office, who was not authorised to speak to the media, said the valuation report for Ssebwana Road was approved in September 2025.", "An official in the Chief Government Valuer's office", "said", "W")],
        [("Kampala Metropolitan Police deputy spokesperson Moses Twinamatsiko-Ndyabawe said officers were sent to the site after residents lit tyres on the road on Monday morning, and that four people were arrested and later released on police bond.", "Moses Twinamatsiko-Ndyabawe", "said", "W")],
        [("The Inspectorate of Government did not respond to questions by press time.", "The Inspectorate of Government", "did not respond to questions", "")],
        [("Comments", "", "", "B"),
         ("Sign in to join the conversation.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Kampala motorists to pay more for parking from July", "", "", "B")],
        [("KCCA gives Kitebbe market vendors 30 days to leave road reserves", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("WhatsApp our newsroom on 0772 590 184.", "", "", "B")],
        [("© 2026 Omulanga Publications Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. UAE English daily's site, Dubai private schools allowed to raise fees for 2026-27
        [("GULF QINDEEL", "", "", "B")],
        [("Dubai  Fajr 4:38  Dhuhr 12:20  Asr 3:47  Maghrib 6:41  Isha 8:01", "", "", "B")],
        [("UAE   Gulf   World   Business   Sport   Education   Life & Style   Opinion   Videos", "", "", "B")],
        [("UAE  /  Education", "", "", "B")],
        [("Dubai private schools can raise fees by up to 2.9% next year", "", "", "W")],
        [("Regulator says cap reflects rise in salaries and rents; parents' group petitions for a freeze", "the Knowledge and Human Development Authority (KHDA)", "says", "W")],
        [("By Leena Qudsiyeh-Rasheedi", "", "", "B")],
        [("Published: Tue 14 Apr 2026, 6:40 PM", "", "", "B"),
         ("Last updated: Tue 14 Apr 2026, 9:12 PM", "", "", "B")],
        [("Share  |  WhatsApp  |  Facebook  |  X  |  LinkedIn", "", "", "B")],
        [("Pupils arrive for lessons at a private school in Dubai.", "", "", ""),
         ("File photo: Gulf Qindeel", "", "", "B")],
        [("Dubai: Private schools in Dubai will be allowed to raise tuition fees by up to 2.9 per cent for the 2026-27 academic year, the Knowledge and Human Development Authority (KHDA) said on Tuesday.", "the Knowledge and Human Development Authority (KHDA)", "said", "W"),
         ("The cap is based on the Education Cost Index, which tracks schools' costs such as salaries and rent, the authority said.", "the authority", "said", "W")],
        [("The cap for the 2025-26 year was 2.1 per cent.", "", "", "W")],
        [("Schools rated “Weak” or “Very Weak” may not raise fees at all, the authority said.", "the authority", "said", "W"),
         ("Under the fee framework, schools whose inspection rating improved in the latest round may raise fees by up to twice the index.", "", "", "W")],
        [("According to KHDA data, 227 private schools in the emirate teach about 387,000 pupils, and the median annual fee is Dh28,400.", "KHDA data", "according to", "W")],
        [("Ritika Edathil-Pallath, whose two sons attend a British-curriculum school in Dubai, said the school emailed parents on Tuesday evening to say fees would rise by the full 2.9 per cent.", "Ritika Edathil-Pallath", "said", "W"),
         ("She said her elder son's annual fee, in Year 9, would go up from Dh60,000 to Dh61,740.", "Ritika Edathil-Pallath", "said", "W"),
         ("“Our rent went up, our fees went up, my salary did not,” she said.", "Ritika Edathil-Pallath", "said", "")],
        [("Omar Khatib-Zuabi, a father of three, said he had moved his children to a cheaper school in Sharjah last year.", "Omar Khatib-Zuabi", "said", ""),
         ("“The drive is longer, but we save Dh41,000 a year,” he said.", "Omar Khatib-Zuabi", "said", "")],
        [("Graham Heathersett-Coldrey, principal of Al Rimal British School, said the increase would pay for a 4 per cent rise in teachers' salaries from September.", "Graham Heathersett-Coldrey", "said", "W"),
         ("“Good teachers have choices, and a lot of them are looking at Abu Dhabi and Riyadh,” he said.", "Graham Heathersett-Coldrey", "said", "")],
        [("Qasr Lumina Education Group, which runs nine schools in Dubai, said it would not raise fees at four of them this year.", "Qasr Lumina Education Group", "said", "W"),
         ("It said the freeze would cost the group about Dh14 million in revenue.", "Qasr Lumina Education Group", "said", "W")],
        [("Education consultant Farid Saberi-Nashashibi said parents might see more schools offer sibling discounts “to stop families moving”.", "Farid Saberi-Nashashibi", "said", ""),
         ("He said enrolment at Dubai's private schools grew by 6 per cent in 2025-26, the fastest rise in a decade.", "Farid Saberi-Nashashibi", "said", "W")],
        [("A senior administrator at another school group, who asked not to be named because she was not authorised to speak to the media, said most schools would apply the full increase.", "A senior administrator at another school group", "said", ""),
         ("“Nobody is going to leave money on the table in a year when rents are up,” she said.", "A senior administrator at another school group", "said", "")],
        [("A parents' group with more than 900 members on WhatsApp has started a petition asking KHDA to freeze fees at schools rated “Acceptable” or lower.", "", "", "W")],
        [("Schools must publish their approved fees on their websites and may not charge more than the approved amount, KHDA said.", "KHDA", "said", "W"),
         ("Parents can report overcharging through the authority's app.", "", "", "W")],
        [("Also read: Abu Dhabi school bus fees to stay unchanged", "", "", "B")],
        [("Also read: What the new inspection ratings mean for your child's school", "", "", "B")],
        [("Stay up to date with the latest news.", "", "", "B"),
         ("Follow Gulf Qindeel on WhatsApp Channels.", "", "", "B")],
        [("Comments are reviewed before publication and must follow our community guidelines.", "", "", "B")],
        [("© 2026 Qindeel Media.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Notice  |  Terms  |  Contact Us  |  Advertise", "", "", "B")],
    ],
    [  # 6. Sri Lankan English daily's site, the utilities regulator cuts electricity tariffs by less than the electricity board proposed
        [("THE LANKA KALAPAYA", "", "", "B")],
        [("Wednesday, 15 April 2026", "", "", "B")],
        [("Home   News   Business   Features   Opinion   Sports   World   Print Edition", "", "", "B")],
        [("News  »  Local", "", "", "B")],
        [("PUCSL cuts power tariffs by 11.4 per cent, below CEB's proposed 19", "", "", "W")],
        [("Commission says it would rather give a smaller cut now than raise tariffs again in October; unions plan token strike on Thursday", "Kumudu Senarathne-Gamlathge", "says", "W")],
        [("By Dinusha Ekanayaka-Dissawewa", "", "", "B")],
        [("15 April 2026 12:05 am", "", "", "B")],
        [("Facebook  |  X  |  WhatsApp  |  Email", "", "", "B")],
        [("Consumers pay bills at an electricity board office in Colombo.", "", "", ""),
         ("(Pic by Chathura Dissabandara)", "", "", "B")],
        [("The Public Utilities Commission of Sri Lanka (PUCSL) yesterday announced an average cut of 11.4 per cent in electricity tariffs from April 20, well below the 19 per cent reduction proposed by the Ceylon Electricity Board (CEB).", "The Public Utilities Commission of Sri Lanka (PUCSL)", "announced", "W")],
        [("Under the revised tariff, domestic consumers using up to 30 units a month will pay Rs. 6.00 a unit, down from Rs. 8.00, and their fixed charge will fall from Rs. 150 to Rs. 120.", "", "", "W")],
        [("Tariffs for hotels will fall by 9.8 per cent and those for industries by 12.1 per cent, the commission said.", "the commission", "said", "W"),
         ("It said a household using 90 units a month would see its bill fall from about Rs. 3,450 to Rs. 3,020.", "The Public Utilities Commission of Sri Lanka (PUCSL)", "said", "W")],
        [("PUCSL Chairman Kumudu Senarathne-Gamlathge told a media briefing that the commission had rejected part of the CEB's proposal because it assumed more rainfall for hydropower than the Department of Meteorology had forecast.", "Kumudu Senarathne-Gamlathge", "told a media briefing", "W"),
         ("“We would rather give a smaller cut now than raise tariffs again in October,” he said.", "Kumudu Senarathne-Gamlathge", "said", ""),
         ("He said the commission had received 1,264 written submissions and heard 87 people at public consultations held in all nine provinces in March.", "Kumudu Senarathne-Gamlathge", "said", "W")],
        [("The CEB had sought its 19 per cent cut on the assumption that hydropower would supply 45 per cent of the country's electricity between April and September, according to the CEB's proposal.", "the CEB's proposal", "according to", "W")],
        [("A CEB spokesman said the board would implement the revised tariff, but warned that its finances could “slip back into the red” by the end of the year.", "A CEB spokesman", "said", ""),
         ("He said the board had made a profit of Rs. 61.2 billion in 2025 after two tariff increases in 2024.", "A CEB spokesman", "said", "W")],
        [("The Lanka Apparel and Allied Manufacturers' Forum said electricity made up about 12 per cent of its members' production costs.", "The Lanka Apparel and Allied Manufacturers' Forum", "said", "W"),
         ("Its secretary general, Dilrukshi Abeykoonge-Pathiranagama, said the cut was “a start, but not enough to compete with Bangladesh and Vietnam”.", "Dilrukshi Abeykoonge-Pathiranagama", "said", "")],
        [("The Electricity Workers' Solidarity Union said its members would stage a two-hour token strike on Thursday against plans to split the CEB into separate generation and distribution companies.", "The Electricity Workers' Solidarity Union", "said", "W")],
        [("The National Electricity Consumers' Guild said the commission had “brushed aside” its call to scrap the fixed charge for the lowest band altogether.", "The National Electricity Consumers' Guild", "said", ""),
         ("Its convener, Suranga Herathgedara-Mudalige, said about 3.1 million households, half of all domestic accounts, used fewer than 60 units a month.", "Suranga Herathgedara-Mudalige", "said", "W")],
        [("Nirosha Gunasinghe-Liyanaarachchi, who runs a small tailoring shop in Pahalagodella, said her bill for March was Rs. 14,800.", "Nirosha Gunasinghe-Liyanaarachchi", "said", ""),
         ("“If this saves me even two thousand rupees, I will believe it when I see the bill,” she said.", "Nirosha Gunasinghe-Liyanaarachchi", "said", "")],
        [("Energy economist Dr. Ravindra Kulasooriya-Samaraweera said the commission's decision was “prudent” for a board that still owed state banks Rs. 310 billion.", "Ravindra Kulasooriya-Samaraweera", "said", "W"),
         ("“A tariff cut that has to be reversed in six months helps nobody,” he said.", "Ravindra Kulasooriya-Samaraweera", "said", "")],
        [("A senior CEB engineer, who spoke on condition of anonymity, said hydropower supplied 38 per cent of the country's electricity in the first quarter, compared with 29 per cent a year earlier.", "A senior CEB engineer", "said", "W")],
        [("The office of the Minister of Power and Energy said in a statement that the Government welcomed the reduction and would “continue to pass every saving on to the people”.", "The office of the Minister of Power and Energy", "said in a statement", "")],
        [("The next tariff revision is due in October.", "", "", "W")],
        [("Also read: CEB to install 40,000 smart meters in Western Province by December", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Expressway toll rates to go up from May 1", "", "", "B")],
        [("A/L results to be released next week", "", "", "B")],
        [("Comments are moderated before they appear and must not contain abusive language.", "", "", "B")],
        [("Copyright © 2026 Kalapaya Newspapers (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Contact Us  |  Advertise  |  Privacy", "", "", "B")],
    ],
    [  # 7. Zimbabwean daily's site, Harare's council rations water in the eastern suburbs
        [("THE HARARE CHIEDZA", "", "", "B")],
        [("Home   News   Business   Sport   Opinion   Entertainment   Health   Diaspora", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Eastern suburbs get tap water twice a week under new rationing schedule", "", "", "W")],
        [("Council says it produces about a quarter of what the city needs; ratepayers' forum says residents pay for water they do not get", "Tafadzwa Mushonga-Chirenje", "says", "W")],
        [("By Tinashe Mhondoro-Chakanyuka", "", "", "B")],
        [("14 April 2026", "", "", "B")],
        [("Share this:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Residents queue to draw water from a borehole in Chizhanje on Sunday.", "", "", ""),
         ("Picture: Farai Gwatidzo-Mlambo", "", "", "B")],
        [("HARARE – Harare City Council says residents of 14 eastern suburbs will receive tap water only on Tuesdays and Fridays from Monday under a new rationing schedule.", "Harare City Council", "says", "W")],
        [("The schedule, posted on the council's social media pages on Saturday, lists the 14 suburbs in two groups, with the western and northern suburbs to follow next week.", "The schedule", "lists", "W")],
        [("Council spokesperson Tafadzwa Mushonga-Chirenje said the city was producing about 320 megalitres of treated water a day against a demand of 1,200 megalitres.", "Tafadzwa Mushonga-Chirenje", "said", "W"),
         ("He said output had fallen because the council could not afford enough water treatment chemicals, which cost about US$3 million a month.", "Tafadzwa Mushonga-Chirenje", "said", "W"),
         ("“We are rationing what we have so that everyone gets something,” he said.", "Tafadzwa Mushonga-Chirenje", "said", "")],
        [("The city's main supply dam was 41 per cent full on Friday, according to the Zimbabwe National Water Authority (ZINWA).", "the Zimbabwe National Water Authority (ZINWA)", "according to", "W")],
        [("Precious Mudzingwa-Tapera, director of the Harare Ratepayers' Forum, said the council had collected US$38 million in water bills in 2025 but spent less than a third of it on the water department.", "Precious Mudzingwa-Tapera", "said", "W"),
         ("“Residents are paying for water they do not get,” she said.", "Precious Mudzingwa-Tapera", "said", "")],
        [("Mushonga-Chirenje rejected the figure, saying water revenue in 2025 was US$29 million and that all of it was ring-fenced for water and sewer services.", "Tafadzwa Mushonga-Chirenje", "saying", "W")],
        [("In Chizhanje, Mrs Ruvimbo Chikomba-Nyahwa, 52, said no water had come out of her tap since March 29.", "Ruvimbo Chikomba-Nyahwa", "said", "W"),
         ("She buys water from a borehole vendor at US$1 for five 20-litre containers, she said.", "Ruvimbo Chikomba-Nyahwa", "said", "W"),
         ("“We queue at the borehole at 4 a.m. because by seven the line goes around the block,” she said.", "Ruvimbo Chikomba-Nyahwa", "said", "")],
        [("Tichaona Mafunda-Chiweshe, who owns a borehole in Chizhanje, said he had raised his price from 50 cents to US$1 for five containers in March because demand had doubled.", "Tichaona Mafunda-Chiweshe", "said", "W"),
         ("“I also pay for the electricity to pump it,” he said.", "Tichaona Mafunda-Chiweshe", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The city's director of health services, Dr Tendai Zvomuya-Makoni, said 23 suspected cholera cases had been recorded in the eastern suburbs since March 1, none of which had been confirmed by laboratory tests.", "Tendai Zvomuya-Makoni", "said", "W"),
         ("She said the council was “watching the situation closely” but did not expect an outbreak.", "Tendai Zvomuya-Makoni", "said", ""),
         ("She urged residents to boil or treat all water drawn from wells and boreholes.", "Tendai Zvomuya-Makoni", "urged", "")],
        [("A council engineer, who asked not to be named, said two of the four high-lift pumps at the main treatment works had been out of service since February, awaiting spare parts from South Africa.", "A council engineer", "said", "W"),
         ("“When a third one goes, we are finished,” he said.", "A council engineer", "said", "")],
        [("The council has allocated US$46 million to water works this year, according to the council's 2026 budget.", "the council's 2026 budget", "according to", "W")],
        [("ZINWA did not respond to questions about the bulk water it sells to the city.", "ZINWA", "did not respond to questions", "")],
        [("Cllr Blessing Matanhire-Dzingai (Ward 21) said residents would hold a meeting with council officials at Mukovera Park community hall on Sunday at 2 p.m.", "Blessing Matanhire-Dzingai", "said", "W"),
         ("“People want to hear the schedule from the council's own mouth,” he said.", "Blessing Matanhire-Dzingai", "said", "")],
        [("Related Articles", "", "", "B")],
        [("Council to install prepaid water meters in 3 suburbs", "", "", "B")],
        [("Vendors cash in as taps run dry in Chizhanje", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Kombi operators defy fuel price increase", "", "", "B")],
        [("Have your say: leave a comment below.", "", "", "B")],
        [("© 2026 Chiedza Media Group (Pvt) Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. Trinidad and Tobago daily's site, a secondary school sends pupils home over a rat infestation
        [("TRINI KISKADEE", "", "", "B")],
        [("News   Sport   Business   Entertainment   Features   Letters   Columnists   Classifieds", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Caparoni East Secondary closed over rat infestation", "", "", "W")],
        [("Ministry says classes move online while compound is fumigated; teachers' association says it warned of the problem three times", "The Ministry of Education", "says", "W")],
        [("Shivanie Dookhie-Ragbirsingh", "", "", "B")],
        [("Wednesday 15 April 2026", "", "", "B")],
        [("Facebook  |  X  |  WhatsApp  |  Email  |  Print", "", "", "B")],
        [("Parents outside the gate of Caparoni East Secondary School yesterday morning.", "", "", ""),
         ("PHOTO: ANSEL TOOLSIE-HOSANEE", "", "", "B")],
        [("Students of Caparoni East Secondary School were sent home on Monday after teachers found rat droppings in three classrooms and the staff room.", "", "", "W")],
        [("The Ministry of Education said in a release yesterday that public health inspectors had visited the school on Monday afternoon and recommended that it be closed for fumigation.", "The Ministry of Education", "said in a release", "W"),
         ("It said the school's 640 students would be taught online from today and that the Educational Facilities Planning and Procurement Division (EFPPD) had hired a contractor to fumigate the compound over the weekend.", "The Ministry of Education", "said", "W")],
        [("It said the fumigation would cost TT$48,000 and that end-of-term tests would be held online.", "The Ministry of Education", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("PTA president Nadira Balgobin-Sookraj said parents had been complaining to the school about rats since the start of the term in January.", "Nadira Balgobin-Sookraj", "said", "W"),
         ("“My son told me a rat ran across his desk in the middle of a test,” she said.", "Nadira Balgobin-Sookraj", "said", "W"),
         ("“How much longer must these children sit in that?”", "Nadira Balgobin-Sookraj", "said", "")],
        [("The school's principal, Clint Beharrylal-Mayers, declined to comment, referring questions to the ministry.", "Clint Beharrylal-Mayers", "declined to comment", "")],
        [("Kerwyn Tikasingh-Dasrath, president of the Secondary Teachers' Action Association (STAA), said the association had written to the ministry about the school's condition three times since September 2025.", "Kerwyn Tikasingh-Dasrath", "said", "W"),
         ("He said the roof leaked in at least six classrooms and that ceiling boards where rats had nested had not been replaced since 2019.", "Kerwyn Tikasingh-Dasrath", "said", "W"),
         ("“Teachers are not pest control officers,” he said.", "Kerwyn Tikasingh-Dasrath", "said", "")],
        [("Caparoni MP Angelique Persadsingh-Ragoonanan said she raised the school's condition in Parliament in February and was told repairs were “in the pipeline”.", "Angelique Persadsingh-Ragoonanan", "said", "W"),
         ("“That pipeline is longer than the school's corridor,” she said.", "Angelique Persadsingh-Ragoonanan", "said", "")],
        [("A ministry official, speaking on condition of anonymity, said a TT$2.3 million contract to repair the roof was awarded in December but work had not started because the contractor was waiting on materials.", "A ministry official", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Outside the school gate yesterday morning, Rishi Maharajsingh-Seepaul, a father of two, said his daughter, who is in Form Four, had no laptop for online classes.", "Rishi Maharajsingh-Seepaul", "said", ""),
         ("“She has CSEC exams in May,” he said.", "Rishi Maharajsingh-Seepaul", "said", ""),
         ("“What is she supposed to do, study on my phone?”", "Rishi Maharajsingh-Seepaul", "said", "")],
        [("Caparoni East is one of 41 schools on the ministry's list for urgent repairs before September, according to the list tabled in Parliament in February.", "the list tabled in Parliament in February", "according to", "W")],
        [("The ministry said students without devices could collect printed work packages from the school's office between 9 a.m. and 1 p.m. each day.", "The ministry", "said", "W")],
        [("The county medical officer of health, Dr Wendell Dookran-Ramkhelawan, said rodent infestations had been reported at four other schools in the county since January.", "Wendell Dookran-Ramkhelawan", "said", "W"),
         ("He said schools should keep food out of classrooms and clear garbage from their compounds every day.", "Wendell Dookran-Ramkhelawan", "said", "")],
        [("The school is expected to reopen on Monday, April 20, subject to a second inspection.", "", "", "")],
        [("RELATED NEWS", "", "", "B")],
        [("Parents block school gate over leaking roof", "", "", "B")],
        [("Ministry: 41 schools need urgent repairs before September", "", "", "B")],
        [("Get the day's top stories in your inbox every morning.", "", "", "B"),
         ("Sign up for our newsletter.", "", "", "B")],
        [("© 2026 Kiskadee Media Trinidad Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use  |  Privacy Policy  |  Advertise  |  Contact Us", "", "", "B")],
    ],
    [  # 9. Maltese news portal, the Planning Authority approves a 12-storey seafront hotel
        [("MALTA FANAL", "", "", "B")],
        [("Local   Court & Police   Politics   Business   Environment   Sport   Comment   Lifestyle", "", "", "B")],
        [("Environment", "", "", "B")],
        [("Planning Authority approves 12-storey hotel on Ħal Bejtra seafront", "", "", "W")],
        [("NGO says it will appeal; board overrides 2,311 objections and a negative ERA opinion", "Ħarsien ix-Xtut", "says", "W")],
        [("Daniela Bondin-Ċilia", "", "", "B")],
        [("Thursday, 16 April 2026, 19:05", "", "", "B")],
        [("Facebook   X   Email   WhatsApp", "", "", "B")],
        [("The disused lido on the Ħal Bejtra promenade, where the hotel is to be built.", "", "", ""),
         ("Photo: Fanal", "", "", "B")],
        [("The Planning Authority (PA) board on Thursday approved a 12-storey, 184-room hotel on the seafront at Ħal Bejtra, despite 2,311 objections and a negative opinion from the Environment and Resources Authority (ERA).", "", "", "W"),
         ("The application was approved by nine votes to three.", "", "", "W"),
         ("The hearing, attended by about 40 residents holding banners that read “Mhux għall-bejgħ” (Not for sale), lasted more than four hours.", "", "", "W")],
        [("According to the ERA's submission, the building would rise 38 metres above the promenade, almost three times the height of the tallest building on the same stretch of coast.", "the ERA's submission", "according to", "W"),
         ("The ERA had recommended a maximum height of six floors.", "The ERA", "had recommended", "W")],
        [("The hotel will have a rooftop pool, two restaurants and an underground car park for 160 vehicles, according to the plans.", "the plans", "according to", "W")],
        [("The developer's architect, Perit Karl Buhagiar-Darmanin, told the board that the hotel would replace a derelict 1970s lido and that 40 per cent of the site would stay open to the public as a landscaped piazza.", "Karl Buhagiar-Darmanin", "told the board", "W"),
         ("“This site has been an eyesore for 20 years,” Perit Buhagiar-Darmanin said.", "Karl Buhagiar-Darmanin", "said", "")],
        [("The environmental NGO Ħarsien ix-Xtut said it would file an appeal before the Environment and Planning Review Tribunal (EPRT) within the 30-day deadline.", "Ħarsien ix-Xtut", "said", "W"),
         ("“This is a tower block with a sea view, not tourism,” a spokesperson for the NGO said.", "a spokesperson for the NGO", "said", ""),
         ("The NGO said it had raised €11,400 towards its legal costs in 48 hours.", "Ħarsien ix-Xtut", "said", "W")],
        [("Ħal Bejtra mayor Dr Marija Grech-Sciortino said the local council had objected because the village's only access road could not take the extra traffic.", "Marija Grech-Sciortino", "said", "W"),
         ("“We have one road in and one road out,” she said.", "Marija Grech-Sciortino", "said", "W"),
         ("“In August you can't even get an ambulance through.”", "Marija Grech-Sciortino", "said", ""),
         ("She said the council had voted on Wednesday to give €5,000 towards the appeal.", "Marija Grech-Sciortino", "said", "W")],
        [("Bejtra Bay Developments Ltd said in a statement that the €72 million project would create 210 full-time jobs.", "Bejtra Bay Developments Ltd", "said in a statement", "W"),
         ("It said the hotel had been redesigned twice, losing two floors, after meetings with residents.", "Bejtra Bay Developments Ltd", "said", "W")],
        [("Board member Roberta Zammit-Ballah, who voted against, said the board was “approving a skyline, not a building”.", "Roberta Zammit-Ballah", "said", "W")],
        [("Rita Galea-Mangion, 71, who has lived opposite the lido since 1979, said she “cried when they read out the vote”.", "Rita Galea-Mangion", "said", ""),
         ("“My grandchildren learnt to swim there,” she said.", "Rita Galea-Mangion", "said", "")],
        [("A PA spokesperson said the board had applied the policy that allows extra height for hotels of four stars and above, and that the decision was taken in line with the case officer's recommendation.", "A PA spokesperson", "said", "W")],
        [("The Independent Hoteliers' Circle said Malta already had more than 52,000 tourist beds, and that another large four-star hotel would push down room rates for family-run guesthouses.", "The Independent Hoteliers' Circle", "said", "W")],
        [("The Tourism Ministry did not reply to questions sent on Friday.", "The Tourism Ministry", "did not reply", "")],
        [("Appeals before the EPRT take an average of 14 months to be decided, according to the tribunal's 2025 annual report.", "the tribunal's 2025 annual report", "according to", "W")],
        [("Read more: Residents' group loses appeal over Marsaxbir petrol station", "", "", "B")],
        [("Tags:  Planning Authority  ERA  Ħal Bejtra  Hotels  EPRT", "", "", "B")],
        [("Support independent journalism in Malta.", "", "", "B"),
         ("Contribute from €5 a month.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Man, 34, remanded in custody after Ħal Mrejża stabbing", "", "", "B")],
        [("Bus routes to change from Monday as road works begin", "", "", "B")],
        [("Comments are moderated and may take some time to appear.", "", "", "B"),
         ("Please keep them civil.", "", "", "B")],
        [("© 2026 Fanal Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Japanese English-language daily's site, a rural bus operator ends routes over a driver shortage
        [("The Nihon Akatsuki", "", "", "B")],
        [("National   Business   World   Asia Pacific   Sports   Opinion   Life   Culture", "", "", "B")],
        [("NATIONAL  /  SOCIETY", "", "", "B")],
        [("Bus operator to end 7 of 11 routes in Shimane mountain town as drivers run short", "", "", "W")],
        [("Mayor says shared taxis will start Oct. 1; 44% of residents are 65 or older", "Sachiko Yamabukiya", "says", "W")],
        [("By Hideaki Ushimaru, Staff Writer", "", "", "B")],
        [("Apr 14, 2026  |  8:20 PM JST", "", "", "B")],
        [("X   Facebook   LINE   Email   Print", "", "", "B")],
        [("A Sasayuri Kotsu bus waits at a stop in Uzuragawa, Shimane Prefecture, on Monday.", "", "", ""),
         ("KYOGETSU NEWS AGENCY", "", "", "B")],
        [("MATSUE, Shimane Pref. — Sasayuri Kotsu, the only bus operator serving the mountain town of Uzuragawa, will end seven of its 11 routes there on Sept. 30 because it cannot find enough drivers, the company said Tuesday.", "the company", "said", "W"),
         ("The company said it had 38 drivers, down from 61 in 2019, and that 14 of them were 65 or older.", "The company", "said", "W"),
         ("Two of the routes being cut carry students to the prefectural high school in a neighboring city, the company said.", "the company", "said", "W")],
        [("The remaining four routes will run on weekdays only from October, the company said.", "the company", "said", "W")],
        [("At a news conference in Matsue, President Kazuyoshi Amemori said the company had raised drivers' monthly base pay by ¥28,000 in April but had received only three applications since January.", "Kazuyoshi Amemori", "said", "W"),
         ("“We are not closing these routes because they lose money,” he said.", "Kazuyoshi Amemori", "said", "W"),
         ("“They have always lost money.", "Kazuyoshi Amemori", "said", "W"),
         ("We are closing them because there is nobody left to drive them.”", "Kazuyoshi Amemori", "said", "W")],
        [("Since April 2024, a legal cap on overtime has limited the hours bus drivers in Japan can work each year.", "", "", "W")],
        [("Uzuragawa Mayor Sachiko Yamabukiya said the town would launch an on-demand shared taxi service on Oct. 1, for which it set aside ¥42 million in a supplementary budget passed by the town assembly on Monday.", "Sachiko Yamabukiya", "said", "W"),
         ("She said the taxis would charge ¥300 a ride, the same as the flat bus fare.", "Sachiko Yamabukiya", "said", "W"),
         ("“Nobody here should be stuck at home because they gave up their driver's license,” she said.", "Sachiko Yamabukiya", "said", "")],
        [("The town paid Sasayuri Kotsu ¥61 million in subsidies in fiscal 2025 to keep the 11 routes running, according to town budget documents.", "town budget documents", "according to", "W")],
        [("About 44 percent of the town's 7,900 residents are 65 or older, according to the town.", "the town", "according to", "W")],
        [("Chiyoko Haginouchi, 83, who gave up her car three years ago, said she takes the bus to a clinic in the town center twice a week.", "Chiyoko Haginouchi", "said", ""),
         ("“The taxi sounds fine, but will I know how to book it on a phone?” she asked.", "Chiyoko Haginouchi", "asked", "")],
        [("At the stop outside the town office on Monday, about a dozen high school students waited for the 4:10 p.m. bus.", "", "", ""),
         ("Haruto Kenzakiya, 17, said his parents might have to drive him to school from October.", "Haruto Kenzakiya", "said", "")],
        [("Nationwide, bus operators cut or suspended 2,480 kilometers of routes in fiscal 2025, according to the Ministry of Land, Infrastructure, Transport and Tourism.", "the Ministry of Land, Infrastructure, Transport and Tourism", "according to", "W")],
        [("Prof. Noboru Kitaojima of Hinoyama Gakuin University, who studies rural transport, said shared taxis could work “if the town keeps the fares close to bus fares.”", "Noboru Kitaojima", "said", ""),
         ("He said similar services in 17 municipalities in western Japan carried an average of 4.1 passengers per trip in 2025.", "Noboru Kitaojima", "said", "W"),
         ("“Where they fail is where nobody shows the older residents how to use them,” he said.", "Noboru Kitaojima", "said", "")],
        [("A representative of the company's labor union, who asked not to be named, said drivers had been working six-day weeks since December to cover shifts.", "A representative of the company's labor union", "said", "W"),
         ("“Nobody can keep that up for long,” the representative said.", "A representative of the company's labor union", "said", "")],
        [("An official of the Shimane prefectural government's transport policy division said the prefecture would pay half of the taxi service's operating costs for its first three years.", "An official of the Shimane prefectural government's transport policy division", "said", "W")],
        [("The company will hold briefings for residents at the Uzuragawa community center on May 9 and 10.", "", "", "W")],
        [("Related", "", "", "B")],
        [("Taxi firms in Tottori turn to retirees as drivers age", "", "", "B")],
        [("Rural railways lose 1 in 5 passengers in a decade, survey finds", "", "", "B")],
        [("Popular", "", "", "B")],
        [("Rice prices ease for third straight week", "", "", "B")],
        [("Sign up for our free morning newsletter to get the day's top stories.", "", "", "B")],
        [("Copyright © The Nihon Akatsuki Co., Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy  |  Terms of Service  |  Contact  |  About Us", "", "", "B")],
    ],
    [  # 11. Bangladeshi English daily's site, onion prices nearly double in Dhaka markets
        [("THE DHAKA SHURJODOY", "", "", "B")],
        [("Home   Bangladesh   Business   Economy   Sports   Opinion   Entertainment   Life & Living   Youth", "", "", "B")],
        [("Business  /  Economy", "", "", "B")],
        [("Onion prices almost double in two weeks, hit Tk 140 a kg", "", "", "W")],
        [("Commerce secretary says 12 firms allowed to import 85,000 tonnes; TCB to sell at Tk 50 from trucks", "Fazlul Karim Tarafdar-Akhand", "says", "W")],
        [("Staff Correspondent", "", "", "B")],
        [("Tue Apr 14, 2026 10:41 PM", "", "", "B"),
         ("Last update on: Wed Apr 15, 2026 01:12 AM", "", "", "B")],
        [("Facebook   X   LinkedIn   WhatsApp   Messenger", "", "", "B")],
        [("A customer buys onions at a kitchen market in Dhaka yesterday.", "", "", ""),
         ("Photo: Shurjodoy", "", "", "B")],
        [("Onion prices in Dhaka's kitchen markets have nearly doubled in two weeks, with local onions selling at Tk 130-140 per kg yesterday, up from Tk 70-75 on April 1.", "", "", "W"),
         ("Imported onions sold at Tk 110-120 per kg, according to the daily market price list of the state-run Trading Corporation of Bangladesh (TCB).", "the daily market price list of the state-run Trading Corporation of Bangladesh (TCB)", "according to", "W"),
         ("Garlic and ginger prices were unchanged, the TCB list showed.", "the TCB list", "showed", "W")],
        [("Traders at Bakultala Bazar blamed a fall in supply from Pabna and Faridpur, the main onion-growing districts, where they said farmers had sold most of their stock early.", "Traders at Bakultala Bazar", "blamed", ""),
         ("“I bought at Tk 118 at the wholesale market this morning,” said Abdul Quddus Daptari-Sarkar, a retailer at the bazar.", "Abdul Quddus Daptari-Sarkar", "said", "W"),
         ("“What can I do but sell at 135?”", "Abdul Quddus Daptari-Sarkar", "said", "")],
        [("Rafiqul Islam Biswas-Nikari, who farms four acres in Pabna, said by phone that he had sold his last 40 maunds of onions to a trader in February at Tk 1,400 a maund.", "Rafiqul Islam Biswas-Nikari", "said by phone", "W"),
         ("“Now the traders are making the money, not us,” he said.", "Rafiqul Islam Biswas-Nikari", "said", "")],
        [("Jashim Uddin Paik-Bepary, a wholesaler at the Naya Ghat wholesale market, said about 40 trucks of onions were arriving at the market each day, down from 90 in March.", "Jashim Uddin Paik-Bepary", "said", "W")],
        [("Importers said shipments from India had slowed since New Delhi set a minimum export price of $610 per tonne on April 3.", "Importers", "said", "W")],
        [("Commerce Secretary Fazlul Karim Tarafdar-Akhand told reporters at the secretariat yesterday that the government had allowed 12 companies to import 85,000 tonnes of onions from other countries, including Pakistan, Egypt and Turkey.", "Fazlul Karim Tarafdar-Akhand", "told reporters", "W"),
         ("He said the ministry had formed a five-member committee to monitor prices at 11 wholesale markets.", "Fazlul Karim Tarafdar-Akhand", "said", "W"),
         ("“Prices will come down within a week or 10 days,” he said.", "Fazlul Karim Tarafdar-Akhand", "said", "")],
        [("The TCB will sell onions at Tk 50 per kg from trucks at 60 points in Dhaka from Sunday, with each family allowed two kg, a TCB spokesperson said.", "a TCB spokesperson", "said", "W")],
        [("The Directorate of National Consumers' Right Protection (DNCRP) fined 14 traders a total of Tk 1.86 lakh in drives at six markets yesterday for hoarding and failing to display price lists, said its deputy director, Mohammad Ashraful Mollah-Gazi.", "Mohammad Ashraful Mollah-Gazi", "said", "W"),
         ("“We will run these drives every day until prices come down,” he said.", "Mohammad Ashraful Mollah-Gazi", "said", "")],
        [("Mofizul Islam Chowkidar-Dhali, president of the Bakultala Bazar Traders' Samity, said members had been told to put up price boards at their shops from today.", "Mofizul Islam Chowkidar-Dhali", "said", "W")],
        [("Shahnaz Akhter-Khondokar, a garment worker, said she bought half a kg of onions yesterday instead of her usual two.", "Shahnaz Akhter-Khondokar", "said", ""),
         ("“What are we supposed to cook with?” she asked.", "Shahnaz Akhter-Khondokar", "asked", "")],
        [("Onion prices in Dhaka have risen above Tk 100 a kg three times in the past five years, according to TCB records.", "TCB records", "according to", "W")],
        [("Dr. Mahbubul Hasnat Chakladar-Sheikhzada, research director at the Dhaka Institute for Market Studies, said the jump showed “a market that a handful of importers can move at will”.", "Mahbubul Hasnat Chakladar-Sheikhzada", "said", ""),
         ("He said the six largest importers had handled about 70 percent of onion imports in 2025, according to his institute's analysis of customs data.", "Mahbubul Hasnat Chakladar-Sheikhzada", "said", "W")],
        [("A customs official at the country's busiest land port, who requested anonymity, said 212 trucks of onions crossed from India last week, against 540 in the same week of March.", "A customs official at the country's busiest land port", "said", "W")],
        [("Related topics:  Onion price  /  TCB  /  Commodity prices  /  Bazar", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Rice, lentil prices steady ahead of Eid", "", "", "B")],
        [("Govt cuts duty on edible oil imports", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Download the Shurjodoy app for the latest news.", "", "", "B")],
        [("© 2026 thedhakashurjodoy.com.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Contact Us  |  Advertisement  |  Privacy Policy  |  Terms & Conditions", "", "", "B")],
    ],
    [  # 12. Fijian daily's site, a burst main leaves eastern Suva without regular water
        [("THE SUVA LALAKAI", "", "", "B")],
        [("Suva 29°C  Partly cloudy  |  Lautoka 31°C", "", "", "B")],
        [("Home   News   Politics   Business   Sport   Pacific   World   Opinion   Classifieds", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("9,000 homes without regular water after main bursts", "", "", "W")],
        [("WAF says a second leak delayed repairs; Opposition MP says same main has burst four times since 2023", "Rohit Chandrika-Lalwani", "says", "W")],
        [("By Losana Vakadewavosa-Tuimoala", "", "", "B")],
        [("14/04/2026", "", "", "B")],
        [("Share on Facebook  |  Share on X  |  WhatsApp", "", "", "B")],
        [("WAF workers repair the burst main on Sunday night.", "", "", ""),
         ("Picture: SAKIUSA RATUVOU-BALEINAMAU", "", "", "B")],
        [("More than 9,000 households in eastern Suva have had no regular water supply for five days after a 600mm main burst under a major road on Thursday, the Water Authority of Fiji (WAF) said.", "the Water Authority of Fiji (WAF)", "said", "W")],
        [("WAF chief executive Rohit Chandrika-Lalwani said crews had replaced 40 metres of pipe by Sunday night but found a second leak when the line was pressurised on Monday morning.", "Rohit Chandrika-Lalwani", "said", "W"),
         ("He said the main carries about 30 million litres a day to the eastern suburbs.", "Rohit Chandrika-Lalwani", "said", "W"),
         ("“We apologise to every family that has been without water,” he said.", "Rohit Chandrika-Lalwani", "said", ""),
         ("“Our people have been working around the clock.”", "Rohit Chandrika-Lalwani", "said", "")],
        [("WAF said water carting trucks were making 140 deliveries a day to affected areas, and that hospitals and health centres were being supplied first.", "WAF", "said", "W")],
        [("Minister for Public Utilities Ratu Josaia Naivalurua-Kubuabola told Parliament on Tuesday that the burst main was laid in 1978 and was due to be replaced under a FJ$54 million project starting in August.", "Josaia Naivalurua-Kubuabola", "told Parliament", "W"),
         ("He said the contract for the new main was awarded in March to Matangirau Pipeline Ltd, a New Zealand-based company.", "Josaia Naivalurua-Kubuabola", "said", "W"),
         ("“I assure the people of Suva that this will not happen again once the new main is in,” he said.", "Josaia Naivalurua-Kubuabola", "said", "")],
        [("Opposition MP Adi Litiana Ravuwai-Nawalowalo said the same main had burst four times since 2023.", "Litiana Ravuwai-Nawalowalo", "said", "W"),
         ("She said she had asked in Parliament in 2024 when the main would be replaced, and was told “soon”.", "Litiana Ravuwai-Nawalowalo", "said", "W"),
         ("“How many more times before someone takes responsibility?” she asked.", "Litiana Ravuwai-Nawalowalo", "asked", "")],
        [("At Vatutoka Heights, Mere Tikoinasau-Bulivou said her family of seven had received water from a truck only once since Thursday.", "Mere Tikoinasau-Bulivou", "said", "W"),
         ("“We are bathing the children with bottled water,” she said.", "Mere Tikoinasau-Bulivou", "said", "")],
        [("Vikash Deoraj-Bhikhabhai, who owns a restaurant at the Vatutoka Heights shopping centre, said he had spent FJ$680 on bottled water and private tanker deliveries since Friday.", "Vikash Deoraj-Bhikhabhai", "said", ""),
         ("“I can't cook without water, and I can't afford to close either,” he said.", "Vikash Deoraj-Bhikhabhai", "said", "")],
        [("The Ministry of Education said 11 schools in the affected areas would close at 1 p.m. each day until supply was restored.", "The Ministry of Education", "said", "W")],
        [("The Consumer Council of Fiji said it had received 312 complaints about the disruption by Monday afternoon.", "The Consumer Council of Fiji", "said", "W"),
         ("It called on WAF to waive water bills for the days without supply.", "The Consumer Council of Fiji", "called on", "")],
        [("Dr Unaisi Koroivueta-Nakarawa, a general practitioner in eastern Suva, said her clinic had seen “several” children with diarrhoea since the weekend, but it was too early to link the cases to the water cut.", "Unaisi Koroivueta-Nakarawa", "said", "")],
        [("Advertisement", "", "", "B")],
        [("A WAF engineer, who asked not to be named because he was not authorised to speak to the media, said the authority had only one crew trained to repair mains of that size.", "A WAF engineer", "said", "W")],
        [("WAF has advised residents to boil all water that has been stored for more than 24 hours.", "WAF", "has advised", "")],
        [("Supply is expected to be restored to most areas by Wednesday evening, WAF said.", "WAF", "said", "")],
        [("Have your say in the comments below.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Water cuts for Nasinulevu and surrounding areas this weekend", "", "", "B")],
        [("Sign up for the Lalakai's morning newsletter.", "", "", "B")],
        [("Download the Lalakai app on Google Play and the App Store.", "", "", "B")],
        [("© 2026 Lalakai Publishing Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h42-gh-byline-date-caption-credit", "By Kofi Kwarteye-Ansaful, Kumasi\nApril 14, 2026 · 4 min read\nShare:  WhatsApp  Facebook  X  Telegram  Email\nTraders at the Atwedie lorry station in Kumasi on Monday. PHOTO: DAWNWIND/YAW SARFO-BOAMPONG\nA High Court in Kumasi has granted an interim injunction restraining the Atwedie Municipal Assembly from moving more than 1,200 traders out of the Atwedie lorry station until a suit challenging the relocation is determined.",
     ["By Kofi Kwarteye-Ansaful, Kumasi", "April 14, 2026 · 4 min read", "Share:  WhatsApp  Facebook  X  Telegram  Email", "Traders at the Atwedie lorry station in Kumasi on Monday.", "PHOTO: DAWNWIND/YAW SARFO-BOAMPONG", "A High Court in Kumasi has granted an interim injunction restraining the Atwedie Municipal Assembly from moving more than 1,200 traders out of the Atwedie lorry station until a suit challenging the relocation is determined."]),
    ("h42-gh-distance-in-quote-then-forecast", "Madam Comfort Adjeiwaa-Sarpongmaa, chairperson of the association, said the stalls at the new Adenkyem market measured six feet by four, less than half the size of the spaces traders now occupy at the station. “You cannot put a cloth seller and all her goods in a box like that,” she said. “And Adenkyem is nine kilometres from here. Our customers will not follow us.”",
     ["Madam Comfort Adjeiwaa-Sarpongmaa, chairperson of the association, said the stalls at the new Adenkyem market measured six feet by four, less than half the size of the spaces traders now occupy at the station.", "“You cannot put a cloth seller and all her goods in a box like that,” she said.", "“And Adenkyem is nine kilometres from here.", "Our customers will not follow us.”"]),
    ("h42-gh-mce-hon-cedi-million", "The Municipal Chief Executive (MCE), Hon. Yaw Dwomohene-Dankwaah, said the assembly would respect the order but was confident of winning the case. He said the GH¢14.8 million market, paid for from the assembly's 2024 and 2025 budgets, had 1,460 stalls, 40 toilets and two fire hydrants, none of which the lorry station had. “We did not build a market for it to sit empty,” he told journalists at his office on Tuesday.",
     ["The Municipal Chief Executive (MCE), Hon. Yaw Dwomohene-Dankwaah, said the assembly would respect the order but was confident of winning the case.", "He said the GH¢14.8 million market, paid for from the assembly's 2024 and 2025 budgets, had 1,460 stalls, 40 toilets and two fire hydrants, none of which the lorry station had.", "“We did not build a market for it to sit empty,” he told journalists at his office on Tuesday."]),
    ("h42-gh-also-read-mr-alleged", "“They called us to announce a date,” she said. “That is not consultation.”\nAlso read: Assembly gives pavement hawkers two weeks to move\nCounsel for the traders, Mr Kwaku Apenteng-Amanfoh, said the association had also asked the court to order the assembly to publish the list of people allocated stalls at Adenkyem. He alleged that at least 300 of the 1,460 stalls had gone to people who had never traded at the station.",
     ["“They called us to announce a date,” she said.", "“That is not consultation.”", "Also read: Assembly gives pavement hawkers two weeks to move", "Counsel for the traders, Mr Kwaku Apenteng-Amanfoh, said the association had also asked the court to order the assembly to publish the list of people allocated stalls at Adenkyem.", "He alleged that at least 300 of the 1,460 stalls had gone to people who had never traded at the station."]),
    ("h42-gh-comments-disclaimer-ltd", "Comments (17)\nDisclaimer: Comments are the views of readers and not those of Dawnwind Ghana.\nJoin our WhatsApp channel for breaking news from all 16 regions.\n© 2026 Dawnwind Newsroom Ltd. All rights reserved.\nAbout Us  |  Advertise  |  Contact  |  Privacy Policy  |  Terms of Use",
     ["Comments (17)", "Disclaimer: Comments are the views of readers and not those of Dawnwind Ghana.", "Join our WhatsApp channel for breaking news from all 16 regions.", "© 2026 Dawnwind Newsroom Ltd.", "All rights reserved.", "About Us  |  Advertise  |  Contact  |  Privacy Policy  |  Terms of Use"]),
    ("h42-pk-dateline-colon-pc", "LAHORE: The Lahore High Court (LHC) on Tuesday suspended a notification of the Punjab School Education Department that allowed private schools in the province to raise their monthly tuition fees by up to 8pc from the current academic year.\nJustice Saima Dildar-Hotiana suspended the notification, dated February 19, on a petition filed by 43 parents whose children study at private schools in Lahore, and issued notices to the provincial government and a private schools' association for May 7.",
     ["LAHORE: The Lahore High Court (LHC) on Tuesday suspended a notification of the Punjab School Education Department that allowed private schools in the province to raise their monthly tuition fees by up to 8pc from the current academic year.", "Justice Saima Dildar-Hotiana suspended the notification, dated February 19, on a petition filed by 43 parents whose children study at private schools in Lahore, and issued notices to the provincial government and a private schools' association for May 7."]),
    ("h42-pk-question-before-judge-remarked", "“Which parents were consulted, and where are the minutes?” the judge remarked. The AAG could not produce the minutes of either meeting and sought time to file them.\nAbout two dozen parents waited in the corridor outside the courtroom throughout the hearing.\nThe bench observed that an increase could not be charged through vouchers issued before the notification came into force.",
     ["“Which parents were consulted, and where are the minutes?” the judge remarked.", "The AAG could not produce the minutes of either meeting and sought time to file them.", "About two dozen parents waited in the corridor outside the courtroom throughout the hearing.", "The bench observed that an increase could not be charged through vouchers issued before the notification came into force."]),
    ("h42-pk-mian-rupees-no-space", "Mian Tariq Jillani-Bosan, president of the Punjab Affordable Schools Alliance, said the average monthly fee at its member schools was Rs8,450, and that 70pc of its 2,300 members charged less than Rs3,000. “Small schools may not survive another year of frozen fees,” he said. He warned that some member schools could shut their gates in protest if the suspension was not lifted, but did not say how many.",
     ["Mian Tariq Jillani-Bosan, president of the Punjab Affordable Schools Alliance, said the average monthly fee at its member schools was Rs8,450, and that 70pc of its 2,300 members charged less than Rs3,000.", "“Small schools may not survive another year of frozen fees,” he said.", "He warned that some member schools could shut their gates in protest if the suspension was not lifted, but did not say how many."]),
    ("h42-pk-print-line-related-pvt-ltd", "Hearing of the case was adjourned till May 7.\nPublished in The Zarnigar Gazette, April 15th, 2026\nRELATED\nParents protest outside school over summer vacation fee\nPunjab cabinet approves new rules for private school registration\nComments are moderated and will be published if they are on topic and not abusive.\nCopyright © 2026 Zarnigar Publications (Pvt) Ltd. All rights reserved.",
     ["Hearing of the case was adjourned till May 7.", "Published in The Zarnigar Gazette, April 15th, 2026", "RELATED", "Parents protest outside school over summer vacation fee", "Punjab cabinet approves new rules for private school registration", "Comments are moderated and will be published if they are on topic and not abusive.", "Copyright © 2026 Zarnigar Publications (Pvt) Ltd.", "All rights reserved."]),
    ("h42-sc-date-pm-share-picture", "By Catriona Ferrybank-Tullos, Court Reporter\nTuesday 14 April 2026, 4:12 pm\nShare on Facebook   Share on X   Email this article\nThe Corsemuir Seafoods factory on the harbour front at Inverdallach. Picture: Kenneth Auchmore-Laing\nA seafood processing firm has been fined £160,000 after a worker's hand was crushed in an unguarded conveyor at its factory in Inverdallach.",
     ["By Catriona Ferrybank-Tullos, Court Reporter", "Tuesday 14 April 2026, 4:12 pm", "Share on Facebook   Share on X   Email this article", "The Corsemuir Seafoods factory on the harbour front at Inverdallach.", "Picture: Kenneth Auchmore-Laing", "A seafood processing firm has been fined £160,000 after a worker's hand was crushed in an unguarded conveyor at its factory in Inverdallach."]),
    ("h42-sc-ltd-plea-fiscal-depute", "Corsemuir Seafoods Ltd pleaded guilty at Aberdeen Sheriff Court on Monday to a breach of health and safety law over the accident on 3 November 2024.\nFiscal depute Morag Tulliallan-Bairdmore told the court that Lewis Mackelvie-Dunlappie had been clearing a blockage on a filleting line when his glove was caught between the belt and a roller. She said the guard that should have covered the roller had been taken off during a repair in August 2024 and never refitted. Mr Mackelvie-Dunlappie suffered fractures to three fingers and needed two operations, she said.",
     ["Corsemuir Seafoods Ltd pleaded guilty at Aberdeen Sheriff Court on Monday to a breach of health and safety law over the accident on 3 November 2024.", "Fiscal depute Morag Tulliallan-Bairdmore told the court that Lewis Mackelvie-Dunlappie had been clearing a blockage on a filleting line when his glove was caught between the belt and a roller.", "She said the guard that should have covered the roller had been taken off during a repair in August 2024 and never refitted.", "Mr Mackelvie-Dunlappie suffered fractures to three fingers and needed two operations, she said."]),
    ("h42-sc-sheriff-quote-penalty", "Sheriff Alasdair Pitcaple-Rothnie said he had reduced the fine from £240,000 to £160,000 to reflect the early guilty plea. “A guard on a roller is not a luxury,” the sheriff said. “It is the bare minimum.” The company was given 12 months to pay.",
     ["Sheriff Alasdair Pitcaple-Rothnie said he had reduced the fine from £240,000 to £160,000 to reflect the early guilty plea.", "“A guard on a roller is not a luxury,” the sheriff said.", "“It is the bare minimum.”", "The company was given 12 months to pay."]),
    ("h42-sc-colon-quote-crown-office", "“The fine is big, but it's the culture on the floor that has to change,” she said.\nA spokesperson for the Crown Office and Procurator Fiscal Service said: “Employers who ignore basic safety precautions can expect to be prosecuted.”\nThe HSE said machinery should always be switched off and isolated before a blockage is cleared.\nUnder the Provision and Use of Work Equipment Regulations 1998, employers must prevent access to the dangerous parts of machinery.",
     ["“The fine is big, but it's the culture on the floor that has to change,” she said.", "A spokesperson for the Crown Office and Procurator Fiscal Service said: “Employers who ignore basic safety precautions can expect to be prosecuted.”", "The HSE said machinery should always be switched off and isolated before a blockage is cleared.", "Under the Provision and Use of Work Equipment Regulations 1998, employers must prevent access to the dangerous parts of machinery."]),
    ("h42-sc-ltd-registered-scotland-no", "Get the Firthwatch's free morning newsletter straight to your inbox. Sign up here.\nComments are closed on this article.\nMore from the courts\nDriver banned after crash on the coast road at Portskerrow\nFraudster who stole from bowling club ordered to pay back £9,400\n© 2026 Moray Firthwatch Ltd. Registered in Scotland No. SC204417.\nContact  |  Privacy  |  Cookie settings  |  Terms",
     ["Get the Firthwatch's free morning newsletter straight to your inbox.", "Sign up here.", "Comments are closed on this article.", "More from the courts", "Driver banned after crash on the coast road at Portskerrow", "Fraudster who stole from bowling club ordered to pay back £9,400", "© 2026 Moray Firthwatch Ltd.", "Registered in Scotland No. SC204417.", "Contact  |  Privacy  |  Cookie settings  |  Terms"]),
    ("h42-ug-dash-dateline-placards", "Residents of Nakabanga zone gather beside a trench on Ssebwana Road on Monday. PHOTO / SAMUEL KATEREGGA-MWESIGE\nKAMPALA – Residents along Ssebwana Road in Makindye Division have stopped contractors from working on a 900-metre section of the road, saying they have not been paid compensation for land taken for its upgrade.\nOn Monday, about 200 residents marched to the Makindye Division offices carrying placards that read “No pay, no road”.",
     ["Residents of Nakabanga zone gather beside a trench on Ssebwana Road on Monday.", "PHOTO / SAMUEL KATEREGGA-MWESIGE", "KAMPALA – Residents along Ssebwana Road in Makindye Division have stopped contractors from working on a 900-metre section of the road, saying they have not been paid compensation for land taken for its upgrade.", "On Monday, about 200 residents marched to the Makindye Division offices carrying placards that read “No pay, no road”."]),
    ("h42-ug-eng-letter-hon-accused", "KCCA's deputy director of engineering, Eng. Robert Kasirye-Mpungu, said the authority expected to pay the rest “in the coming weeks” once the Ministry of Finance released the next quarter's funds. He said the contractor had lost 17 working days since the residents blocked the site on March 23.\nMbuyaga Construction Ltd, the contractor, said in a letter to KCCA dated April 6 that it would claim Shs1.4 billion in idle-time costs if the site was not cleared by the end of April.\nA site engineer for Mbuyaga, who declined to be named, said the company had kept 60 workers on the site at full pay since the blockade began.\nAdvertisement\nThe area MP, Hon. Daudi Mulindwa-Kakooza, accused KCCA of paying “people with connections” first. He said at least six of the paid claimants had never lived on the road, and that he had written to the Inspectorate of Government (IGG) asking it to investigate.",
     ["KCCA's deputy director of engineering, Eng. Robert Kasirye-Mpungu, said the authority expected to pay the rest “in the coming weeks” once the Ministry of Finance released the next quarter's funds.", "He said the contractor had lost 17 working days since the residents blocked the site on March 23.", "Mbuyaga Construction Ltd, the contractor, said in a letter to KCCA dated April 6 that it would claim Shs1.4 billion in idle-time costs if the site was not cleared by the end of April.", "A site engineer for Mbuyaga, who declined to be named, said the company had kept 60 workers on the site at full pay since the blockade began.", "Advertisement", "The area MP, Hon. Daudi Mulindwa-Kakooza, accused KCCA of paying “people with connections” first.", "He said at least six of the paid claimants had never lived on the road, and that he had written to the Inspectorate of Government (IGG) asking it to investigate."]),
    ("h42-ug-question-whatsapp-footer", "Have a story? WhatsApp our newsroom on 0772 590 184.\n© 2026 Omulanga Publications Ltd. All rights reserved.",
     ["Have a story?", "WhatsApp our newsroom on 0772 590 184.", "© 2026 Omulanga Publications Ltd.", "All rights reserved."]),
    ("h42-ae-prayer-times-published-updated", "Dubai  Fajr 4:38  Dhuhr 12:20  Asr 3:47  Maghrib 6:41  Isha 8:01\nUAE   Gulf   World   Business   Sport   Education   Life & Style   Opinion   Videos\nUAE  /  Education\nDubai private schools can raise fees by up to 2.9% next year\nRegulator says cap reflects rise in salaries and rents; parents' group petitions for a freeze\nBy Leena Qudsiyeh-Rasheedi\nPublished: Tue 14 Apr 2026, 6:40 PM Last updated: Tue 14 Apr 2026, 9:12 PM",
     ["Dubai  Fajr 4:38  Dhuhr 12:20  Asr 3:47  Maghrib 6:41  Isha 8:01", "UAE   Gulf   World   Business   Sport   Education   Life & Style   Opinion   Videos", "UAE  /  Education", "Dubai private schools can raise fees by up to 2.9% next year", "Regulator says cap reflects rise in salaries and rents; parents' group petitions for a freeze", "By Leena Qudsiyeh-Rasheedi", "Published: Tue 14 Apr 2026, 6:40 PM", "Last updated: Tue 14 Apr 2026, 9:12 PM"]),
    ("h42-ae-colon-dateline-authority", "Pupils arrive for lessons at a private school in Dubai. File photo: Gulf Qindeel\nDubai: Private schools in Dubai will be allowed to raise tuition fees by up to 2.9 per cent for the 2026-27 academic year, the Knowledge and Human Development Authority (KHDA) said on Tuesday. The cap is based on the Education Cost Index, which tracks schools' costs such as salaries and rent, the authority said.",
     ["Pupils arrive for lessons at a private school in Dubai.", "File photo: Gulf Qindeel", "Dubai: Private schools in Dubai will be allowed to raise tuition fees by up to 2.9 per cent for the 2026-27 academic year, the Knowledge and Human Development Authority (KHDA) said on Tuesday.", "The cap is based on the Education Cost Index, which tracks schools' costs such as salaries and rent, the authority said."]),
    ("h42-lk-rs-period-before-numbers", "Under the revised tariff, domestic consumers using up to 30 units a month will pay Rs. 6.00 a unit, down from Rs. 8.00, and their fixed charge will fall from Rs. 150 to Rs. 120.\nTariffs for hotels will fall by 9.8 per cent and those for industries by 12.1 per cent, the commission said. It said a household using 90 units a month would see its bill fall from about Rs. 3,450 to Rs. 3,020.",
     ["Under the revised tariff, domestic consumers using up to 30 units a month will pay Rs. 6.00 a unit, down from Rs. 8.00, and their fixed charge will fall from Rs. 150 to Rs. 120.", "Tariffs for hotels will fall by 9.8 per cent and those for industries by 12.1 per cent, the commission said.", "It said a household using 90 units a month would see its bill fall from about Rs. 3,450 to Rs. 3,020."]),
    ("h42-lk-dr-figure-in-judgement", "Energy economist Dr. Ravindra Kulasooriya-Samaraweera said the commission's decision was “prudent” for a board that still owed state banks Rs. 310 billion. “A tariff cut that has to be reversed in six months helps nobody,” he said.\nA senior CEB engineer, who spoke on condition of anonymity, said hydropower supplied 38 per cent of the country's electricity in the first quarter, compared with 29 per cent a year earlier.",
     ["Energy economist Dr. Ravindra Kulasooriya-Samaraweera said the commission's decision was “prudent” for a board that still owed state banks Rs. 310 billion.", "“A tariff cut that has to be reversed in six months helps nobody,” he said.", "A senior CEB engineer, who spoke on condition of anonymity, said hydropower supplied 38 per cent of the country's electricity in the first quarter, compared with 29 per cent a year earlier."]),
    ("h42-zw-am-inside-quote", "In Chizhanje, Mrs Ruvimbo Chikomba-Nyahwa, 52, said no water had come out of her tap since March 29. She buys water from a borehole vendor at US$1 for five 20-litre containers, she said. “We queue at the borehole at 4 a.m. because by seven the line goes around the block,” she said.",
     ["In Chizhanje, Mrs Ruvimbo Chikomba-Nyahwa, 52, said no water had come out of her tap since March 29.", "She buys water from a borehole vendor at US$1 for five 20-litre containers, she said.", "“We queue at the borehole at 4 a.m. because by seven the line goes around the block,” she said."]),
    ("h42-zw-cllr-pm-meeting-related", "Cllr Blessing Matanhire-Dzingai (Ward 21) said residents would hold a meeting with council officials at Mukovera Park community hall on Sunday at 2 p.m. “People want to hear the schedule from the council's own mouth,” he said.\nRelated Articles\nCouncil to install prepaid water meters in 3 suburbs",
     ["Cllr Blessing Matanhire-Dzingai (Ward 21) said residents would hold a meeting with council officials at Mukovera Park community hall on Sunday at 2 p.m.", "“People want to hear the schedule from the council's own mouth,” he said.", "Related Articles", "Council to install prepaid water meters in 3 suburbs"]),
    ("h42-tt-question-without-verb-declined", "PTA president Nadira Balgobin-Sookraj said parents had been complaining to the school about rats since the start of the term in January. “My son told me a rat ran across his desk in the middle of a test,” she said. “How much longer must these children sit in that?”\nThe school's principal, Clint Beharrylal-Mayers, declined to comment, referring questions to the ministry.",
     ["PTA president Nadira Balgobin-Sookraj said parents had been complaining to the school about rats since the start of the term in January.", "“My son told me a rat ran across his desk in the middle of a test,” she said.", "“How much longer must these children sit in that?”", "The school's principal, Clint Beharrylal-Mayers, declined to comment, referring questions to the ministry."]),
    ("h42-tt-am-pm-dr-county", "The ministry said students without devices could collect printed work packages from the school's office between 9 a.m. and 1 p.m. each day.\nThe county medical officer of health, Dr Wendell Dookran-Ramkhelawan, said rodent infestations had been reported at four other schools in the county since January. He said schools should keep food out of classrooms and clear garbage from their compounds every day.",
     ["The ministry said students without devices could collect printed work packages from the school's office between 9 a.m. and 1 p.m. each day.", "The county medical officer of health, Dr Wendell Dookran-Ramkhelawan, said rodent infestations had been reported at four other schools in the county since January.", "He said schools should keep food out of classrooms and clear garbage from their compounds every day."]),
    ("h42-mt-perit-vote-eyesore", "The developer's architect, Perit Karl Buhagiar-Darmanin, told the board that the hotel would replace a derelict 1970s lido and that 40 per cent of the site would stay open to the public as a landscaped piazza. “This site has been an eyesore for 20 years,” Perit Buhagiar-Darmanin said.\nThe environmental NGO Ħarsien ix-Xtut said it would file an appeal before the Environment and Planning Review Tribunal (EPRT) within the 30-day deadline. “This is a tower block with a sea view, not tourism,” a spokesperson for the NGO said. The NGO said it had raised €11,400 towards its legal costs in 48 hours.",
     ["The developer's architect, Perit Karl Buhagiar-Darmanin, told the board that the hotel would replace a derelict 1970s lido and that 40 per cent of the site would stay open to the public as a landscaped piazza.", "“This site has been an eyesore for 20 years,” Perit Buhagiar-Darmanin said.", "The environmental NGO Ħarsien ix-Xtut said it would file an appeal before the Environment and Planning Review Tribunal (EPRT) within the 30-day deadline.", "“This is a tower block with a sea view, not tourism,” a spokesperson for the NGO said.", "The NGO said it had raised €11,400 towards its legal costs in 48 hours."]),
    ("h42-jp-pref-dateline-sept", "A Sasayuri Kotsu bus waits at a stop in Uzuragawa, Shimane Prefecture, on Monday. KYOGETSU NEWS AGENCY\nMATSUE, Shimane Pref. — Sasayuri Kotsu, the only bus operator serving the mountain town of Uzuragawa, will end seven of its 11 routes there on Sept. 30 because it cannot find enough drivers, the company said Tuesday. The company said it had 38 drivers, down from 61 in 2019, and that 14 of them were 65 or older.",
     ["A Sasayuri Kotsu bus waits at a stop in Uzuragawa, Shimane Prefecture, on Monday.", "KYOGETSU NEWS AGENCY", "MATSUE, Shimane Pref. — Sasayuri Kotsu, the only bus operator serving the mountain town of Uzuragawa, will end seven of its 11 routes there on Sept. 30 because it cannot find enough drivers, the company said Tuesday.", "The company said it had 38 drivers, down from 61 in 2019, and that 14 of them were 65 or older."]),
    ("h42-jp-quote-causes-over-sentences", "At a news conference in Matsue, President Kazuyoshi Amemori said the company had raised drivers' monthly base pay by ¥28,000 in April but had received only three applications since January. “We are not closing these routes because they lose money,” he said. “They have always lost money. We are closing them because there is nobody left to drive them.”",
     ["At a news conference in Matsue, President Kazuyoshi Amemori said the company had raised drivers' monthly base pay by ¥28,000 in April but had received only three applications since January.", "“We are not closing these routes because they lose money,” he said.", "“They have always lost money.", "We are closing them because there is nobody left to drive them.”"]),
    ("h42-bd-tk-ranges-list-showed", "Onion prices in Dhaka's kitchen markets have nearly doubled in two weeks, with local onions selling at Tk 130-140 per kg yesterday, up from Tk 70-75 on April 1. Imported onions sold at Tk 110-120 per kg, according to the daily market price list of the state-run Trading Corporation of Bangladesh (TCB). Garlic and ginger prices were unchanged, the TCB list showed.",
     ["Onion prices in Dhaka's kitchen markets have nearly doubled in two weeks, with local onions selling at Tk 130-140 per kg yesterday, up from Tk 70-75 on April 1.", "Imported onions sold at Tk 110-120 per kg, according to the daily market price list of the state-run Trading Corporation of Bangladesh (TCB).", "Garlic and ginger prices were unchanged, the TCB list showed."]),
    ("h42-fj-ratu-fj-dollar-adi", "Minister for Public Utilities Ratu Josaia Naivalurua-Kubuabola told Parliament on Tuesday that the burst main was laid in 1978 and was due to be replaced under a FJ$54 million project starting in August. He said the contract for the new main was awarded in March to Matangirau Pipeline Ltd, a New Zealand-based company. “I assure the people of Suva that this will not happen again once the new main is in,” he said.\nOpposition MP Adi Litiana Ravuwai-Nawalowalo said the same main had burst four times since 2023. She said she had asked in Parliament in 2024 when the main would be replaced, and was told “soon”. “How many more times before someone takes responsibility?” she asked.",
     ["Minister for Public Utilities Ratu Josaia Naivalurua-Kubuabola told Parliament on Tuesday that the burst main was laid in 1978 and was due to be replaced under a FJ$54 million project starting in August.", "He said the contract for the new main was awarded in March to Matangirau Pipeline Ltd, a New Zealand-based company.", "“I assure the people of Suva that this will not happen again once the new main is in,” he said.", "Opposition MP Adi Litiana Ravuwai-Nawalowalo said the same main had burst four times since 2023.", "She said she had asked in Parliament in 2024 when the main would be replaced, and was told “soon”.", "“How many more times before someone takes responsibility?” she asked."]),
]  # fmt: skip
