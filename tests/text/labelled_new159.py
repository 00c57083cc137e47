"""Hundred-and-fifty-ninth set of new hand-labelled pages for the hint engines (tuning set, round fifty-seven):
twelve WHOLE pages of ordinary daily news from twelve countries, head to tail as a reader's paste
gives them, each pasted a DIFFERENT way, so that each brings the furniture its own kind of paste
leaves. None of the countries of `labelled_new155.py` or `labelled_new156.py` comes back. The pages:
a New Zealand regional news site pasted from a desktop browser (local government: Hamilton City
Council votes 8–6 for a 9.8 per cent rates rise); a South African news site pasted from a phone
browser (courts: a former metro fleet manager denied bail in an R14.6m fuel-card fraud case in
Gqeberha); a Malaysian news site in a browser's reader mode (health: dengue cases in Selangor up 38%
in 14 weeks); a Singaporean news site's print view with the browser's print headers and footers
(transport: bus and train fares up 5.2 per cent, the rest of the formula increase deferred); a
Jamaican paper's morning newsletter pasted from an email client (schools: Primary Exit Profile maths
proficiency up to 54 per cent); a Nigerian news site shared from its app (weather: 212.4mm of rain
in a night, eight dead in Lagos floods); a Sri Lankan business site's AMP page (business: a record
Rs. 1,468 a kilo at the Colombo Tea Auction); a Trinidad and Tobago daily's e-paper in its text
view, with the jump from page 3 to page 6 (crime: a retired teacher beaten to death in a home
invasion at Balmain, Couva); a Ugandan sports story syndicated on a news portal (sport: a course
record in an invented Kampala half marathon); a Bangladeshi daily's item in an RSS reader
(agriculture: flash floods over 18,200 hectares of Boro paddy in Sunamganj's haors); a Maltese news
site as a search engine's cached plain-text copy, comments included (culture: a restored
17th-century altarpiece back in Żebbuġ parish church); and a Namibian daily copied out of its PDF
edition (science: coastal lichen fields shrink by about 40 per cent since 2009).

The furniture differs with the paste, and every line of it is "B" whatever it says. Desktop:
masthead, a menu run together, log-in line, crumb, byline, date line, share line, "Advertisement", a
"Read more:" label and headline inside the story, a funding note, comments-closed line, related
list, company line. Phone: a hamburger/search line, an open-in-app banner with its "OPEN" button,
relative time and read time, a listen line, "ADVERTISEMENT" and "Continue reading below" on lines of
their own, a numbered "MOST READ" carousel mid-story, a back-to-top arrow, a cookie banner with
"ACCEPT". Reader mode: little but the bare domain, authors, a reading-time line, captions and their
credits, an "ALSO READ:" line left in the text and a topics line. Print view: the browser's header
(date, time and the page title, which repeats the headline) and footer (the URL and "1/3") at every
page break, a caption with its "PHOTO:" credit in the same line, a registration line. Newsletter
email: the mail client's From, Sent and Subject lines, a view-in-browser line, the newsletter's
name, date and greeting, a "TOP STORY" label, a sponsor block, a read-the-full-story link, other
headlines, a sign-off, unsubscribe links and the publisher's address. App share: the share sheet's
"Read this on ...:" line with a short link, an "Open in app" prompt mid-story, tags, store links and
"Sent from my iPhone". AMP: the AMP bar, ad slots with "Story continues below", a view-full-site
line. E-paper text view: the e-edition line, page crumb, page navigator "3 / 48" and the viewer's
tool strip, then "SEE PAGE 6", the page-6 crumb, "FROM PAGE 3" and the jump headline. Portal
syndication: the portal's masthead and menu, "Provided by ...", "Story by", a follow line, "©
Provided by ..." under the photo, "originally published by", a was-this-helpful prompt, feedback and
more-for-you lists. RSS reader: the app's name, folder path and unread count, the item's meta line,
"Open original ↗", the feed's "The post ... appeared first on ..." line, categories, the reader's
star/mark/share strip and the next item. Cached plain text: the snapshot notice split after the
URL's final "/.", a may-have-changed line, the full/text-only/source switch, "Skip to content", menu
items one per line, the image's alt text, a comment's "Name says:" line, its time stamp and "Reply",
a reply form notice. PDF: running heads with page numbers, a section tag, byline and place in
capitals, "Continued on page 5", an ad fragment, "From page 4" and a jump head, an e-mail line, the
imprint and a phone line; and in the text itself a drop-cap artefact ("L ichen fields"), line-break
hyphens left in ("milli- metre", "re- searchers") and a ligature ("ﬁnes"), labelled by content like
any sentence.

Speakers are named in full as first given, titles and roles dropped across twelve countries' forms
of address: "Mayor", "Cr", "Deputy Mayor", "Magistrate", "State prosecutor Adv.", "Capt.",
"Lt-Col.", "Datuk Dr", "Dr" and "Dr.", "Deputy Health Minister", "PTC chairman", "Ms", "Madam",
"Mr", "Education Minister Dr", "Prof.", "Snr Supt", "Fr", "Upazila Nirbahi Officer". A Malay name
has no surname and a later "Dr Rosnah said" or "Dr Farid said" resolves to the full name; a Chinese
name puts the surname first ("Lim said" -> "Lim Kok Seng", "said Mr Goh" -> "Victor Goh Seng Kiat");
a Bangladeshi name keeps its "Md." ("Md. Abdul Kader Mia"); Maltese double surnames are kept whole
without a hyphen ("Rebecca Farrugia Galea", "Fr Spiteri Degiorgio said" -> "Mark Spiteri
Degiorgio"). Role nouns resolve to the person ("The magistrate said", "His attorney said", "the
minister said", "the clerk said", "said the part-time bakery assistant"); generic and group nouns
stay as written ("the council", "The council", "the ministry", "the centre", "the organisers", "race
organisers", "Farmers in the area", "Traders at the Jamalganj bazar", "Tour operators in
Swakopmund", "Brokers", "relatives", "The state government", "The agriculture ministry", "the
institute"); short forms resolve to the body as first given ("NiMet said" -> "The Nigerian
Meteorological Agency", "The FFWC said" -> "The Flood Forecasting and Warning Centre of the
Bangladesh Water Development Board", "it said" -> "the Public Transport Council"); bracketed
acronyms are dropped. "According to" gives its object as written ("council documents", "department
data", "an affidavit by the investigating officer", "an internal audit report tabled in council in
2024", "police statistics", "Sri Lanka Tea Board figures", "the Health Ministry's iDengue portal"),
except that a named person after a role is the person ("according to the parish priest, Fr Mark
Spiteri Degiorgio" -> "Mark Spiteri Degiorgio"). Documents with their own verbs carry themselves
("the affidavit said", "the report found", "Parish records date", "a KCCA statement said", "the
researchers write in the Southern African Journal of Dryland Ecology"). Acts with no verb of saying
carry nobody ("She had moved an amendment", "It chose to raise fares", "The council will also widen
...").

Of record ("W"): votes and their tallies, charges, findings and rulings ("found", "The court is not
persuaded ...", quoted from the bench), counts, prices, shares and superlatives ("the city's largest
single-year increase since 2013", "the highest daily total at the station since 1951", "a record Rs.
1,468.22", "the fastest half marathon ever run on Ugandan soil", "the highest weekly count in the
state since 2019"), market prices in indirect speech from farmers and traders, causal claims by
officials ("said the gains followed the hiring of 220 mathematics coaches", "Hawlader said the
breach ... was caused by ..."), rules (a rates rebate, a lending limit, price-control, a park's
fine, a superintendence's approval, a procurement price), decisions with a date ("from Monday",
"from Dec 27", "from September", "until the end of December") and scheduled events (instalments,
portal dates, the next sale, a display's dates and hours). Not worth checking (""): forecasts ("is
forecast to peak", "has forecast", "was likely", "could overflow", "Brokers expect", "she expected
another increase"), plans and promises with no date ("would write to the Government", "would pull
down structures", "would pay N500,000", "would apply for World Athletics Label status", "plan to
fence off two test plots"), a threat of more arrests ("imminent"), advice ("should go to hospital at
once", "the institute advises"), opinions and characterisations ("called the shift ...", "welcomed
the results but said ..."), feelings, anecdotes of residents, shoppers, farmers and relatives,
scene-setting, appeals for information, editors' teasers, question subheads and the rows of a
results list or price table. A quote may hold both: "More than half the children in Region 4 are
still below the line." ("W") / "We cannot celebrate an average,” he said." (""); "People feel better
on day four and think it is over." ("") / "That is exactly when the critical phase begins,” he
said." ("W").

And where sentences end: before a capital after "(Pvt) Ltd." ("Kandyan Brokers (Pvt) Ltd." / "The
previous high ..."), "3.15 a.m." / "Mrs ...", "4.05 a.m." / "His wife ...", "Kirikiriroa Courier
Ltd." / "Terms of use ...", "Kallang Review Press Ltd." / "Co. Regn. No. 198400271K." / "All rights
reserved.", "Claxton Bay Lamp Ltd." / "No part ...", "Grand Harbour Gazette Ltd." / "Registered in
Malta, C 41982.", a URL's "/." / "It shows ...", "6am for work." / "By 3pm ...", "HARDWARE SALE!" /
"20% off ..."; a nested quote ending ".’" before a capital; a two-sentence caption whose credit
follows in the same line ("... a journey." / "PHOTO: ...", "... in Żebbuġ." / "Photo: Heritage
Malta"); a parenthesis holding a full sentence. And where they do not: "Capt.", "Adv.", "Lt-Col.",
"Prof.", "Dr.", "Md." and "Rs." before a name or number, "c. 1688", "i.e.", "No.", "Ltd.," and
"(Pty) Ltd," mid-line, "2.30 a.m. yesterday", "11 a.m. yesterday", "the 6.30 a.m. start", "Tel.
064"; "am"/"pm" with no periods ("4.12pm", "8.30am", "9am"), titles with none ("Dr", "Cr", "Mr",
"Mrs", "Ms", "Fr", "Snr Supt", "St Andrew", "St James"); decimals, currencies and times ("$134.70,",
"RM2.3mil", "N1.8m", "Shs20m", "US$ 1.43 billion", "Tk 60,000", "N$1.3 million", "1:07:55",
"60:12"); a quote ending in "?" followed by its attribution (one sentence with the quote's earlier
sentence split off: "“My client is not going anywhere." / "Where exactly would he go?”
Makhaphela-Smit asked."); an ellipsis before a lower-case word ("a week… the parents took turns"); a
semicolon list kept whole; a line-break hyphen inside a word; numbered result rows ("1. Joshua
Mukasa-Odongo (UGA) 59:48") kept whole.

The pages hold 537 sentences: 195 "B", 198 "W" and 144 ""; 218 sentences carry a speaker (114
distinct speakers, page by page; 112 distinct labels). `STYLES` describes each page, its story, its
furniture and its labels in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not cut from them word for word).

Written from scratch for issue 13 in round fifty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, one page of `ARTICLES` and the first three `CASES` of
`labelled_new155.py` and `labelled_new156.py`. Coined names were checked for freshness with file
counts of `grep -rlF` over `labelled_new*.py` and `labelled_articles.py` in `tests/text` (counts
only, no text shown): three outlets or publishers (a Jamaican, a Trinidadian and a Sri Lankan), five
compound or whole surnames and one full name that hit were replaced before the file was written;
only common given names and single parts of compound surnames still hit.

Every person, outlet, publisher, portal, reader app, firm, broker, sponsor, school, campaign group,
race, journal, statement, report, affidavit, record and figure is invented, and so is every small
place (Rampersad Trace, Palm Grove Primary, the Kampala Lakeside Half Marathon's course and the
like). Real countries, cities, towns, suburbs, districts, rivers, haors, dams, bridges, roads,
parks, churches, hospitals, courts, prisons, councils, ministries, agencies, universities, exams,
schemes and other public bodies appear only as settings, with invented statements and figures:
Hamilton, Garden Place, Pukete, Rototuna, Te Rapa, Frankton, Hamilton City Council, the Local
Government Funding Agency, the Waikato Chamber of Commerce, RNZ and NZ On Air; Gqeberha, Walmer,
Kariega, Jeffreys Bay, the Nelson Mandela Bay Metropolitan Municipality, the Gqeberha Magistrate's
Court, the Makhanda High Court, the Hawks, the Department of Home Affairs and St Albans Correctional
Centre; Petaling Jaya, Shah Alam, Klang, Subang Jaya, Petaling, Hulu Langat, Gombak, the Selangor
Health Department, Subang Jaya City Council, Hospital Tengku Ampuan Rahimah, Universiti Malaya's
Tropical Infectious Diseases Research and Education Centre, the Malaysian Meteorological Department,
the Health Ministry and its iDengue portal and the Destruction of Disease-Bearing Insects Act 1975;
Punggol, Jurong East, the Public Transport Council, the Ministry of Transport and the Government
Parliamentary Committee for Transport; Kingston, St Andrew, St James, Hanover, Westmoreland, Montego
Bay, Portmore, Haining Road, National Heroes Circle, the Ministry of Education, Skills, Youth and
Information, the Jamaica Teachers' Association, the JUTC, PEP and GSAT; Lagos, Ikeja, Ajegunle,
Ikorodu, Ketu, Lekki, Oworonshoki, the Third Mainland Bridge, Abeokuta, the Ogun River, the Oyan
Dam, NiMet, LASEMA, the Lagos State Traffic Management Authority, the Nigeria Hydrological Services
Agency, the Ogun-Osun River Basin Development Authority and NEMA; Colombo, Deniyaya, the Colombo Tea
Auction, the Sri Lanka Tea Board, the Export Development Board, the Tea Exporters Association, the
Tea Small Holdings Development Authority, the Ministry of Plantation and Community Infrastructure
and the Central Bank of Sri Lanka; Couva, Balmain, California, Chaguanas, the Couva District Health
Facility, the Homicide Bureau of Investigations Region Three, the Couva/Tabaquite/Talparo Regional
Corporation, Crime Stoppers and the Trinidad and Tobago Police Service; Kampala, Kira Road, the
Kololo Independence Grounds, Kapchorwa, Bukwo, Valencia, Glasgow, the Uganda Athletics Federation,
World Athletics and Kampala Capital City Authority; Sunamganj, Dharmapasha, Tahirpur, Gurmar haor,
Jamalganj, Munshiganj, Meghalaya, Assam, Cherrapunji, the Surma and Kushiyara, the Department of
Agricultural Extension, the Bangladesh Water Development Board and its Flood Forecasting and Warning
Centre, the Bangladesh Rice Research Institute and BRRI dhan88; Żebbuġ, Kalkara, the parish church
of St Philip, Heritage Malta, the Superintendence of Cultural Heritage, the Żebbuġ Local Council,
the University of Malta and Mattia Preti as a master; Walvis Bay, Swakopmund, Wlotzkasbaken, Sam
Nujoma Avenue, the Dorob National Park, the Gobabeb Namib Research Institute, the University of
Namibia and the Ministry of Environment, Forestry and Tourism.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
share line, caption, credit, page header and footer, jump line, list item and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". Furniture is "B" line by line and never carries a speaker; headlines and standfirsts are
one sentence each, flagged by content, their "says", "finds", "warns" or "say" carrying the source
as the story first gives it; a dateline belongs to its lead sentence; a quote over several sentences
carries its speaker and cue in each; a channel phrase after the verb is part of the cue ("said in a
statement", "said by phone", "told Galle Face Financial in Sinhala", "said in its daily forecast")
and one fronted before the subject is not ("In a separate advisory, ..."); the clause that says why
a source is unnamed is dropped ("The neighbour, who asked not to be named," -> "The neighbour").

Conventions this set had to settle, in the same spirit:

* A paste's own furniture is "B" even when it restates the news: the print header that repeats the
  headline, an email's Subject line, the share sheet's "Read this on ...:" line, the RSS "The post
  ... appeared first on ..." line, the e-paper's jump headline ("Pensioner killed in home invasion")
  and the cache's snapshot notice. * An email newsletter's greeting and sign-off are "B"; the
  editor's one-line teaser under the greeting is editorial text and is flagged by content ("" for a
  judgment), with no speaker. * A cached page's comment: the "Name says:" line and its time stamp
  are "B"; the comment itself carries the commenter in full with the cue "says", flagged by content;
  "Reply" and the reply form are "B". * PDF artefacts inside the text (a drop cap split from its
  word, a line-break hyphen, a ligature) are left as pasted and do not split or join sentences; the
  sentence is labelled by content. An ad fragment that lands in the story is "B", split at its "!"
  like any text. * A caption and its credit pasted in one line are two sentences, the caption by
  content and the credit "B"; a caption standing alone and its credit on the next line are two
  paragraphs. * "According to an affidavit by the investigating officer, Capt. ... of ...," gives
  the document, not the officer named in the apposition; "according to the parish priest, Fr Mark
  Spiteri Degiorgio" gives the priest by name, since the document there is a person. * A forecast
  cited as a past publication ("NiMet's Seasonal Climate Prediction, published in February, had
  listed Lagos among 14 states at high risk") is a record of what was published, "W"; a live
  forecast ("has forecast", "NiMet said ... was likely") is "". * A ministry's deployment with a
  start date ("would send 40 more fogging teams to Selangor from Monday") is a decision of record,
  "W", as a dated rate change was in the hundred-and-fifty-sixth set; "has no plans to add it ...
  this year" is a plan, "". * Market prices reported by farmers and traders as a group ("Farmers in
  the area said they were paying ... Tk 3,500 per bigha") are "W" with the group as written; a
  single farmer's own loss is an anecdote, "". * A numbered results row ("1. Joshua Mukasa-Odongo
  (UGA) 59:48") is one sentence, data "", its block label "B"; a numbered "MOST READ" item is one
  "B" sentence.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL NEWS SITE (Hamilton), DESKTOP BROWSER paste, LOCAL GOVERNMENT: the city council votes 8–6 for a 9.8 per cent average rates rise. Head: masthead, a menu run together with double spaces, a log-in/subscribe line, crumb (all "B"); headline of record "W"; standfirst "Mayor says the increase is the “least bad option” ..." an opinion "" carrying the mayor in full; byline, date line "5:48pm Thursday, 21 May 2026", share line (all "B"); a caption "" and its "Photo / ..." credit "B". Body: the vote and the record rise "W" with no speaker; the average bill "according to council documents" "W"; "at 4.12pm" (no periods) "W"; a PARENTHESIS HOLDING A FULL SENTENCE (the council\'s size, "W"); the mayor ("Mayor" dropped) with a cut of record "W", a two-sentence quote "she told the meeting" (both "") and the share going to water "W"; an "Advertisement" line "B"; a plant "which the council says must be built" to meet consent conditions (the council, "says", "W"); a councillor ("Cr" dropped) with an opinion "", then her amendment and its defeat as acts of record with no speaker ("W"); the deputy mayor\'s forecast ""; debt "is forecast to peak ... according to the plan" (a forecast, ""), a lending limit (a rule, "W"); a "Read more:" label and its headline (both "B"); submissions of record, one "a council officer told the meeting" ("W"); a ratepayers\' group\'s plan (descriptor dropped, "") and its chairwoman\'s feelings and anecdote (""); the rebate scheme (a rule, "W"); a question subhead ""; the instalment date and website date (scheduled, "W"), the commercial rise with its cause "W"; a chamber chief executive "called" (""); the mayor\'s plan and a two-sentence quote (""). Tail: the LDR funding note, a comments-closed line, more-from label and one headline, a company line split at "Ltd." before the terms line (all "B").',
    'South African NEWS SITE (Gqeberha), PHONE BROWSER paste, COURTS: a former metro fleet manager is denied bail in an R14.6m fuel-card fraud case. Head: a hamburger/masthead/search line, an open-in-app banner and its "OPEN" button, crumb in capitals (all "B"); headline of record "W"; standfirst "Magistrate finds ..." (a finding, "W") carrying the magistrate in full; byline, a relative time and read-time line, a listen line (all "B"); a caption "" and its "Picture:" credit "B". Body: "GQEBERHA —" lead and the charges "W"; the magistrate ("Magistrate" dropped) "found" and her ruling quoted "she said" (both "W"); "ADVERTISEMENT" and "Continue reading below" (each its own line, "B"); "According to an affidavit by the investigating officer, Capt. ... ," ("Capt." mid-sentence; the officer named in the apposition is not the label, the affidavit is, "W") and "the affidavit said" over a Home Affairs confirmation "W"; the prosecutor ("State prosecutor Adv." dropped) "told the court" "W" and "She said" a witness count "W"; the defence attorney\'s characterisation "", his record of a surrendered passport "W" and a two-sentence quote ending in a question with attribution ("asked" on both, ""); "The magistrate said" (role noun resolving to her) a finding "W" and her remark ""; the postponement "W" and a scene ""; a "MOST READ" label and two numbered headlines (all "B"); the Hawks spokesperson ("Lt-Col." dropped) with a forecast "" and a preservation order "W"; the municipal spokesperson named after the claim "W", "He said" a new card system "W"; "according to an internal audit report tabled in council in 2024" (no comma, kept whole, "W") and "the report found" "W"; a ward councillor\'s opinion ""; a question subhead ""; custody "W" and "His attorney said" (resolving to him) an appeal plan "". Tail: share line, comments count, sign-in line, back-to-top line, a two-sentence cookie banner and its "ACCEPT" button, copyright ending "(Pty) Ltd" with no full stop (all "B").',
    'Malaysian NEWS SITE (Petaling Jaya), READER MODE paste, HEALTH: dengue cases in Selangor up 38% in 14 weeks. Head: the bare domain line "B"; headline "..., state health department says" carrying the department as the body first gives it ("W"); authors line and a reading-time line "5–7 minutes" (both "B"); a caption "" and its "— KV Mirror/..." credit "B". Body: "PETALING JAYA:" lead "the Selangor Health Department (JKNS) said" (acronym dropped, "W"); deaths and a weekly record with no speaker "W"; the state health director ("Datuk Dr" dropped; a Malay name with no surname) with district shares and outbreak localities "W" and a two-sentence quote "she told reporters" (""); "according to department data" "W" and compounds under an Act "W"; an "ALSO READ:" line left in the text "B"; a district count "W" and a city council\'s clean-up "W"; a ward opening "according to a hospital spokesman" and "the spokesman said" resolving to it (both "W"); a physician ("Dr" dropped) with a claim about deaths "W", a quote whose first sentence is "" and whose second states a medical fact ("W"), and "Dr Farid said" (given name resolving to the full name) advice ""; a second caption "" and credit "B"; symptoms "W"; a question subhead ""; entomologists at a university centre (as written) with a causal claim "W"; the met department "has forecast" (""); the deputy minister with a dated deployment and a sum "RM2.3mil" (both "W"), the vaccine\'s price "W" and "Lim said" (a Chinese surname first, resolving to the full name) a plan ""; a resident\'s anecdote and two-sentence quote "the clerk said" (role noun, all ""); "Dr Rosnah said" advice ""; national cases "according to the Health Ministry\'s iDengue portal" "W". Tail: a related-topics line and a WhatsApp channel line ending "!" (both "B").',
    'Singaporean NEWS SITE, PRINT VIEW paste, TRANSPORT: the Public Transport Council raises bus and train fares 5.2 per cent and defers the rest of the formula increase. Head: the browser\'s print header (date, time and page title with the headline in it), masthead, section (all "B"); headline of record "W"; standfirst "Council says it has deferred ..." a decision of record carrying the council as first given ("W"); byline, role, published and updated lines with "Oct 20" and no period (all "B"); a caption of record "W" and its "PHOTO: ..." credit in the same line "B". Body: "SINGAPORE –" lead "the Public Transport Council (PTC) said" (acronym dropped, "W"); a fare "$1.99, up from $1.89" "W"; "the council said" and "The council said" kept as written ("W"); "It chose to ..." an act with no speaker "W"; the chairman with a causal claim "W" and a two-sentence quote ending "said Mr Goh" (""); a PRINT FOOTER (URL and "1/3") and a REPEATED PRINT HEADER at each page break (all "B"); subsidies "the council said" "W", a counterfactual fare and pass prices with "$134.70," (all "W"); a concession widened (an act, "W") and "it said" resolving to the council "W"; an MP ("Ms" dropped) with a plan ""; a commuter ("Madam" dropped) with an anecdote and a two-sentence quote "said the part-time bakery assistant" (role noun, all ""); an economist\'s forecast ""; a second footer and header "B"; a question subhead ""; the formula, the annual review and last year\'s rise (all "W"); cash fares "W" and a calculator date (scheduled, "W"). Tail: a Telegram line, topics, a copyright line split into three at "Ltd." and after "Co. Regn. No. 198400271K.", and the last footer "3/3" (all "B").',
    'Jamaican NEWSPAPER\'S MORNING NEWSLETTER, EMAIL paste, SCHOOLS: Primary Exit Profile results, maths proficiency up to 54 per cent. Head: the mail client\'s From, Sent and Subject lines (the subject states the news but is a header, "B"), a two-sentence view-in-browser line, the newsletter\'s name and date, the greeting (all "B"); the editor\'s teaser "" (a judgment); a "TOP STORY" label "B"; headline of record "W"; byline with role "B". Body: the results "the Ministry of Education, Skills, Youth and Information said" (acronym in brackets belongs to the exam, "W"); records in other subjects and entries "W"; the minister ("Education Minister Dr" dropped) with a causal claim "W" and her quote ""; the best and worst regions with "St Andrew" and "St James" (no periods, "W"); an "ADVERTISEMENT" line and a two-sentence sponsor block (all "B"); the teachers\' association president "welcomed ... but said" (vague, "") and a quote whose first sentence is a checkable share ("W") and whose second is an opinion (""); placement "the ministry said" with a semicolon kept whole "W", portal and appeal dates (scheduled and a rule, "W"); a principal\'s school figures "W" and her quote with an ELLIPSIS BEFORE A LOWER-CASE WORD (one sentence, ""); a parent\'s anecdote ""; "the minister said" (role noun) a dated programme "W"; the Opposition spokesman ("Opposition spokesman on education" dropped) with an opinion ""; a question subhead "" and the exam\'s parts and history "W". Tail: a read-the-full-story line, an elsewhere label and two headlines, a two-sentence sign-off, a team signature, the reason-you-get-this line, unsubscribe links, the publisher\'s address with "Ltd.," mid-line (all "B").',
    'Nigerian NEWS SITE (Lagos), APP SHARE paste, WEATHER: record rain floods Lagos and eight die. Head: the share sheet\'s "Read this on ...:" line with a short link, masthead, section (all "B"); headline of record "W"; standfirst "NiMet warns of more heavy rain ..." a forecast "" carrying the agency as first given ("The Nigerian Meteorological Agency"); byline, relative time and read time (all "B"); a caption "" and its credit "B". Body: deaths "the Lagos State Emergency Management Agency (LASEMA) said" "W"; rainfall "212.4mm ... between 11pm on Saturday and 8.30am on Sunday" with a station record "W"; "NiMet said" (short form) a forecast ""; the emergency agency\'s permanent secretary ("Dr" dropped) with the dead, a line ending "she said" and evacuations (all "W") and a two-sentence quote (""); an "Advertisement" line and an "Open in app" prompt "B"; a bridge closure "according to the Lagos State Traffic Management Authority" "W"; a motorist\'s anecdote and a quote split at "6am for work." before "By 3pm" (all ""); a trader\'s loss "N1.8m" and her quote (anecdote, ""); a scene ""; a "RELATED:" line "B"; the commissioner (named in apposition) with a demolition threat "" and drains cleared "W"; the state government\'s promise ""; the seasonal prediction as a record of what was published (no speaker, "W"); the director-general ("Prof." dropped) "urged" (""); a hydrological agency\'s advisory (fronted channel, "") and a basin authority\'s "for now" (""); national flood deaths "according to the National Emergency Management Agency" "W"; a question subhead "", emergency numbers "W" and "said in its daily forecast" (""). Tail: tags, an app prompt, store links, "Sent from my iPhone" (all "B").',
    'Sri Lankan BUSINESS NEWS SITE (Colombo), AMP PAGE paste, BUSINESS: the Colombo Tea Auction average hits a record Rs. 1,468 a kilo. Head: the AMP bar with menu icon and site name, crumb (both "B"); headline of record with "Rs." mid-line "W"; standfirst "Brokers say dry weather ... has cut ..." a causal claim "W" carrying "Brokers" as written; date line, byline, share strip, an AMP ad slot "Advertisement" (all "B"). Body: the record "according to data compiled by Kandyan Brokers (Pvt) Ltd." ENDING the sentence before "The previous high, Rs. 1,441.87, ..." (both "W"); volumes "W" and "i.e." mid-sentence "W"; the broker\'s managing director with a causal claim "W", a two-sentence quote and a vague market remark (""); a second ad slot and "Story continues below" "B"; exports "according to Sri Lanka Tea Board figures" and "according to the Export Development Board" with "US$ 1.43 billion" (all "W"); the exporters\' chairman (named in apposition) "warned" (a forecast, "") and his claim of lost orders ""; smallholder prices "according to the Tea Small Holdings Development Authority" "W"; a smallholder\'s anecdote and two-sentence quote "she told Galle Face Financial in Sinhala" (language in the cue, all ""); a subsidy with an end date "the Ministry ... said" "W" and the rupee "according to the Central Bank of Sri Lanka" "W"; a question subhead "", "Brokers expect" (""), the next sale "W"; a table (title "(Rs./kg)", header and source "B", rows ""). Tail: a view-full-site line, a WhatsApp line, copyright split at "Financial." before a publisher line ending "(Pvt) Ltd." (all "B").',
    'Trinidad and Tobago DAILY\'S E-PAPER, TEXT VIEW paste, CRIME: a retired teacher beaten to death in a home invasion at Balmain, Couva. Head: the e-edition line, edition/page crumb, page navigator "3 / 48", the viewer\'s tool strip (all "B"); headline in capitals and deck (both of record, "W"); byline in capitals "B". Body: the killing and the victim named (no speaker, "W"); "According to a police report," with "2.30 a.m. yesterday" mid-sentence and "the report said" (both "W"); loot "around 3.15 a.m." ENDING a sentence before "Mrs ..." (both "W"); the neighbour "who asked not to be named" (clause dropped, "The neighbour") with an account "" and a NESTED QUOTE ending ".’" before a capital (two sentences, "", "the neighbour said" resolving to "The neighbour"); death at "4.05 a.m." and treatment "W"; the JUMP: "SEE PAGE 6", the page-6 crumb, "FROM PAGE 3" and the jump headline (all "B"); the senior superintendent ("Snr Supt" without periods dropped) with arrests "around 11 a.m. yesterday" and a phone traced ("W") and a two-sentence quote (""); the homicide bureau\'s inquiries "W"; the murder toll "according to police statistics" "W"; the victim\'s career "relatives said" "W" and the couple\'s years in the house "W"; a scene ""; a caption in the e-paper\'s "GRIEF:" style "" and its credit "B"; the daughter\'s anecdote and two-sentence quote "she said by phone" (cue as written, ""); the regional corporation chairman with requests and broken lights of record "W"; the police service "said in a statement" patrols "W"; an appeal for information "". Tail: an also-on-this-page line, the page navigator "6 / 48", copyright split at "Ltd." before a reproduction notice (all "B").',
    'Ugandan SPORTS STORY SYNDICATED ON A NEWS PORTAL, portal paste, SPORT: a course record at an (invented) Kampala half marathon. Head: portal masthead and menu, crumb, "Provided by ..." line (all "B"); headline of record "W"; "Story by" line, a bullet time/read line, the provider\'s follow line (all "B"); a caption "" and the portal\'s "© Provided by ..." credit "B". Body: "KAMPALA —" lead, places with "60:12" and "60:31" and a first sub-hour run (all "W"); the decisive move "W"; the winner\'s two-sentence quote and his training in indirect speech (""); the women\'s race with "1:07:55" "W" and the runner-up\'s excuse ""; the temperature at "the 6.30 a.m. start" (mid-sentence) "according to race organisers" and entries "the organisers said" ("W", each as written); the federation president (title dropped) with a national superlative "W"; a personal best with no speaker "W"; prize money "Shs20m" with "Ltd.," mid-sentence "W"; the race director\'s plan ""; road closures "a KCCA statement said" "W"; the coach (named earlier in the winner\'s sentence, "Nakato-Wamala said" resolving to her) with a plan "" and a two-sentence quote ""; a crowd scene ""; a RESULTS block (label and two race labels "B", numbered rows "1. ..." each one sentence, ""). Tail: the originally-published line, a was-this-helpful prompt, feedback, more-for-you label and two headlines, the portal\'s copyright (all "B").',
    'Bangladeshi ENGLISH-LANGUAGE DAILY, RSS READER paste, AGRICULTURE: flash floods submerge 18,200 hectares of Boro paddy in Sunamganj\'s haors. Head: the reader app\'s name, folder path, unread count (all "B"); the item\'s headline of record "W"; the item meta line (feed, author, age) and "Open original ↗" (both "B"). Body: the lead "the Department of Agricultural Extension (DAE) said" (acronym dropped) and "it said" resolving to it (both "W"); the DAE officer whose name begins "Md." (kept, opening the sentence) with a share of the crop cut "W" and a two-sentence quote ""; the flood warning centre "(FFWC) of the Bangladesh Water Development Board" (acronym dropped, the name kept whole) with a river level at "9am" "W", "It said" a forecast "" and "the centre said" (as written) a rainfall record "W"; a breach of record "W"; the upazila officer (title dropped) "W"; a field scene ""; a farmer\'s loss (anecdote, "") and his quote ending in a question with attribution ("asked" on both, ""); harvester hire and paddy prices from "Farmers in the area" and "Traders at the Jamalganj bazar" (market prices, "W"); the board\'s engineer named after the claim "W", a farmers\' group (descriptor after the name dropped) "W" and "Hawlader said" a causal defence (an official\'s causal claim, "W"); relief handed out "W" and the ministry\'s undated plan ""; a rice scientist ("Dr." dropped) "W" and his plan ""; rice output and procurement (rules and figures, "W"); "The FFWC said" (short form resolving to the centre as first given) a forecast ""; a question subhead "" and two explanatory records "W". Tail: the feed\'s "The post ... appeared first on ..." line, categories, the reader\'s star/mark/share strip, a next-item label, headline and meta line (all "B").',
    'Maltese NEWS SITE, a CACHED PLAIN-TEXT COPY (search-engine snapshot), CULTURE: a restored 17th-century altarpiece returns to the parish church in Żebbuġ. Head: the snapshot notice in two sentences split after the URL\'s final "/.", a two-sentence "may have changed ... Learn more." line, the full/text-only/source switch, "Skip to content", the site name and menu items one per line, crumb (all "B"); headline of record "W"; byline and date lines "B"; the image\'s alt text "" and its "Photo:" credit in the same line "B". Body: the return and the lowering "at 10am" "W"; "Parish records date the painting to c. 1688 and name ..." (a document with its own verb, "W", "c." mid-sentence); the conservator ("Dr" dropped; a Maltese DOUBLE SURNAME without hyphen kept whole) with an X-ray finding "W", a two-sentence quote "" and old repairs "W"; the cost "according to the parish priest, Fr ..." (the named person, "Fr" dropped, "W") and "Fr Spiteri Degiorgio said" attendance "W" and a two-sentence quote ""; the heritage superintendence\'s role (a rule, "W"); the agency\'s chief executive (named in apposition) with counts "W" and a two-sentence quote ""; an art historian ("Dr" dropped) with an opinion and a two-sentence quote (""); a display\'s dates and opening hours (scheduled, "W"). Tail: a comments count, the commenter\'s "Name says:" line and time stamp (furniture, "B") and the comment itself in two sentences carrying the commenter with the cue "says" (""), "Reply", "Leave a Reply", a two-sentence form notice, copyright split at "Ltd." before the company registration, policy links (all "B").',
    'Namibian DAILY\'S PDF EDITION, COPIED FROM THE PDF, SCIENCE: coastal lichen fields shrink by about 40 per cent since 2009, researchers find. Head: the running head with page number and date, a section tag (both "B"); headline "..., researchers find" carrying the researchers as the body first names them ("W"); a deck of record with a passive "blamed" and no speaker "W"; byline and place in capitals (both "B"). Body: the lead opens with a DROP-CAP ARTEFACT ("L ichen fields ...", "W", speaker the researchers "have found"); the method "W"; "the researchers write in the Southern African Journal of Dryland Ecology" (the channel after the verb is part of the cue, "W"); the lead author ("Dr" dropped) with a causal claim "W" and a two-sentence quote of checkable facts with a LINE-BREAK HYPHEN left in ("milli- metre", both "W"); fog days "according to the study" "W"; a co-author ("Prof." dropped) hedging on the cause ("") and a quote whose first sentence is a count ("W") and second an opinion (""); the PDF\'s "Continued on page 5", an ad fragment split at "SALE!", the next page\'s running head, "From page 4" and the jump head (all "B"); the institute\'s director ("Dr" dropped) with a record "W" and a quote whose first sentence is a comparison ("W") and second a feeling (""); the park and its fine (a rule, "W"); the ministry with offences and a ligature "ﬁnes" left by the PDF ("W") and its spokesperson\'s undated plan ""; tour operators\' claim and an operator\'s permit (both "W") and his two-sentence quote ""; a caption in capitals-lead style "" and its credit "B"; lichen ecology (two general facts, "W"); "The re- searchers plan ..." (a plan, "" with no speaker); a question subhead "" and "the institute advises" (advice, "the institute" as written). Tail: a newsroom e-mail, the imprint line with "(Pty) Ltd," mid-line, a phone line with "Tel." (all "B").',
]

ARTICLES = [
    [
        [("THE KIRIKIRIROA COURIER", "", "", "B")],
        [
            (
                "Home  Local News  Council  Business  Rural  Sport  Opinion  Puzzles  Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Log in | Subscribe from $2.99 a week", "", "", "B")],
        [("Local News › Council", "", "", "B")],
        [("Hamilton rates to rise 9.8% after council splits 8–6 on long-term plan", "", "", "W")],
        [
            (
                "Mayor says the increase is the “least bad option” as the bill for the city's pipes keeps climbing",
                "Kiri Wharekawa-Bell",
                "says",
                "",
            )
        ],
        [("Aroha Tamihana-Whyte", "", "", "B")],
        [("5:48pm Thursday, 21 May 2026", "", "", "B")],
        [("Share this article: Facebook · X · LinkedIn · Email · Copy link", "", "", "B")],
        [
            (
                "Councillors listen as the long-term plan amendment is debated in the council chamber at Garden Place on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("Photo / Kirikiriroa Courier", "", "", "B")],
        [
            (
                "Hamilton City Council has voted 8–6 to raise rates by an average of 9.8 per cent from July 1, the city's largest single-year increase since 2013.",
                "",
                "",
                "W",
            ),
            (
                "The average residential ratepayer will pay $3412 a year, $304 more than now, according to council documents.",
                "council documents",
                "according to",
                "W",
            ),
        ],
        [
            ("The vote was taken at 4.12pm after a debate of more than six hours.", "", "", "W"),
            ("(The council has 14 members, including the mayor.)", "", "", "W"),
        ],
        [
            (
                "Mayor Kiri Wharekawa-Bell, who voted for the increase, said staff had cut $11.6m from the draft budget before Thursday's meeting.",
                "Kiri Wharekawa-Bell",
                "said",
                "W",
            ),
            (
                "“Nobody around this table wanted to be here.",
                "Kiri Wharekawa-Bell",
                "told the meeting",
                "",
            ),
            (
                "But the pipes under this city don't care what we want,” she told the meeting.",
                "Kiri Wharekawa-Bell",
                "told the meeting",
                "",
            ),
            (
                "She said about 60 per cent of the rise would go to water, wastewater and stormwater.",
                "Kiri Wharekawa-Bell",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The plan includes $412m over 10 years for a new wastewater treatment plant at Pukete, which the council says must be built to meet consent conditions that take effect in 2031.",
                "the council",
                "says",
                "W",
            )
        ],
        [
            (
                "Cr Emma Te Huia-Lusk, who voted against, said the rise was “a number people will read off the letter in their letterbox and simply not believe”.",
                "Emma Te Huia-Lusk",
                "said",
                "",
            ),
            (
                "She had moved an amendment to hold the rise at 7.5 per cent by deferring the Rototuna library for three years.",
                "",
                "",
                "W",
            ),
            ("It was lost 6–8.", "", "", "W"),
        ],
        [
            (
                "Deputy Mayor Tom Whaanga-Finch said deferring the library would only push its cost into years when borrowing would be dearer.",
                "Tom Whaanga-Finch",
                "said",
                "",
            )
        ],
        [
            (
                "Council debt is forecast to peak at $1.38 billion in 2029, according to the plan.",
                "the plan",
                "according to",
                "",
            ),
            (
                "The Local Government Funding Agency lends to councils of Hamilton's size up to a limit of 280 per cent of their revenue.",
                "",
                "",
                "W",
            ),
        ],
        [("Read more:", "", "", "B")],
        [("Hamilton's water meter trial: what the Rototuna numbers show", "", "", "B")],
        [
            ("Submissions on the draft closed on April 17.", "", "", "W"),
            (
                "The council received 2914 of them, and 71 per cent opposed the proposed rise, a council officer told the meeting.",
                "a council officer",
                "told the meeting",
                "W",
            ),
            ("About 90 submitters spoke at hearings over four days in early May.", "", "", "W"),
        ],
        [
            (
                "The ratepayers' group Hamilton Fair Rates said it would ask the Minister of Local Government to appoint a Crown observer to the council.",
                "Hamilton Fair Rates",
                "said",
                "",
            ),
            (
                "Its chairwoman, Gillian Ormsby-Tait, said members were “angry, and frankly frightened”.",
                "Gillian Ormsby-Tait",
                "said",
                "",
            ),
            (
                "“I have pensioners ringing me who already put off the power bill to pay the rates,” she said.",
                "Gillian Ormsby-Tait",
                "said",
                "",
            ),
        ],
        [
            (
                "Pensioners and other low-income owners can claim a rates rebate of up to $805 a year under a central government scheme that councils administer.",
                "",
                "",
                "W",
            )
        ],
        [("What does it mean for my bill?", "", "", "")],
        [
            ("The first instalment at the new rates falls due on August 20.", "", "", "W"),
            (
                "Owners will be able to look up their new rates on the council's website from June 1.",
                "",
                "",
                "W",
            ),
            (
                "Commercial ratepayers face an average rise of 12.4 per cent, because the council agreed in 2024 to shift more of the rates burden onto businesses over five years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Waikato Chamber of Commerce chief executive Rhys Galloway-Tuhoe called the shift “a slow squeeze on the people who employ this city”.",
                "Rhys Galloway-Tuhoe",
                "called",
                "",
            )
        ],
        [
            (
                "Wharekawa-Bell said she would write to the Government asking it to return a share of the GST on new homes to fast-growing councils.",
                "Kiri Wharekawa-Bell",
                "said",
                "",
            ),
            (
                "“We are building the houses the country asked for.",
                "Kiri Wharekawa-Bell",
                "said",
                "",
            ),
            (
                "We are paying for the pipes on our own,” she said.",
                "Kiri Wharekawa-Bell",
                "said",
                "",
            ),
        ],
        [("LDR is local body journalism co-funded by RNZ and NZ On Air.", "", "", "B")],
        [("Comments are closed for this article.", "", "", "B")],
        [("More from Local News", "", "", "B")],
        [("Te Rapa bypass roadworks to close lanes overnight for a fortnight", "", "", "B")],
        [
            ("© Kirikiriroa Courier Ltd.", "", "", "B"),
            ("Terms of use · Privacy · Contact us", "", "", "B"),
        ],
    ],
    [
        [("☰  ALGOA TIDE  🔍", "", "", "B")],
        [("Read it faster in the Algoa Tide app", "", "", "B")],
        [("OPEN", "", "", "B")],
        [("NEWS / COURTS", "", "", "B")],
        [("Former metro fleet boss denied bail in R14.6m fuel-card fraud case", "", "", "W")],
        [
            (
                "Magistrate finds he is a flight risk after a passport in another name turned up in his safe",
                "Nokuthula Ferreira-Sityana",
                "finds",
                "W",
            )
        ],
        [("Lindiwe Gxarisa", "", "", "B")],
        [("2h ago · 4 min read", "", "", "B")],
        [("🔊 Listen to this article", "", "", "B")],
        [
            (
                "Luvuyo Mbenenge-Davids in the dock at the Gqeberha Magistrate's Court on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Werner Pretorius-Ndlela", "", "", "B")],
        [
            (
                "GQEBERHA — A former fleet manager at the Nelson Mandela Bay Metropolitan Municipality was denied bail in the Gqeberha Magistrate's Court on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Luvuyo Mbenenge-Davids, 47, faces 31 counts of fraud, corruption and money laundering linked to R14.6m worth of fuel charged to municipal fuel cards between 2021 and 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Magistrate Nokuthula Ferreira-Sityana found that he was a flight risk and was likely to interfere with state witnesses, several of whom still work in the metro's fleet unit.",
                "Nokuthula Ferreira-Sityana",
                "found",
                "W",
            ),
            (
                "“The court is not persuaded that the interests of justice permit the accused's release,” she said.",
                "Nokuthula Ferreira-Sityana",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Continue reading below", "", "", "B")],
        [
            (
                "According to an affidavit by the investigating officer, Capt. Ronel Jansen-Mqhayi of the Hawks' serious commercial crime unit, a South African passport in the name of “Luvo Davids” was found in a safe at Mbenenge-Davids' home in Walmer on the day of his arrest.",
                "an affidavit by the investigating officer",
                "according to",
                "W",
            ),
            (
                "The Department of Home Affairs has confirmed that the passport was issued in 2019 on the strength of a birth certificate it cannot trace, the affidavit said.",
                "the affidavit",
                "said",
                "W",
            ),
        ],
        [
            (
                "State prosecutor Adv. Thembeka Qwabe-Louw told the court that R2.1m of the money had been traced to a used-car dealership in Kariega owned by the accused's brother-in-law.",
                "Thembeka Qwabe-Louw",
                "told the court",
                "W",
            ),
            (
                "She said the State would call 14 witnesses, nine of them municipal employees.",
                "Thembeka Qwabe-Louw",
                "said",
                "W",
            ),
        ],
        [
            (
                "Defence attorney Zola Mqolomba-Smit said his client was “a family man with no reason and no means to run”.",
                "Zola Mqolomba-Smit",
                "said",
                "",
            ),
            (
                "He said Mbenenge-Davids had surrendered his own passport to the Hawks when he was first questioned in October 2024.",
                "Zola Mqolomba-Smit",
                "said",
                "W",
            ),
            ("“My client is not going anywhere.", "Zola Mqolomba-Smit", "asked", ""),
            ("Where exactly would he go?” Mqolomba-Smit asked.", "Zola Mqolomba-Smit", "asked", ""),
        ],
        [
            (
                "The magistrate said the defence had offered no explanation for why the accused kept a passport in a different name in a locked safe.",
                "Nokuthula Ferreira-Sityana",
                "said",
                "W",
            ),
            (
                "“That question was left hanging, and it hangs heavily,” she said.",
                "Nokuthula Ferreira-Sityana",
                "said",
                "",
            ),
        ],
        [
            ("The case was postponed to 14 July for further investigation.", "", "", "W"),
            (
                "Mbenenge-Davids, in a grey suit, did not look at the public gallery as he was led down to the cells.",
                "",
                "",
                "",
            ),
        ],
        [("MOST READ", "", "", "B")],
        [("1. Taxi rank closures: the routes affected on Wednesday", "", "", "B")],
        [("2. Port Elizabeth Opera House to reopen after R40m repairs", "", "", "B")],
        [
            (
                "Hawks spokesperson Lt-Col. Siyabonga Mgwebi-Adams said more arrests were “imminent”.",
                "Siyabonga Mgwebi-Adams",
                "said",
                "",
            ),
            (
                "He said the unit had frozen R6.3m in assets, including three vehicles and a holiday flat in Jeffreys Bay, under a preservation order granted by the Makhanda High Court in March.",
                "Siyabonga Mgwebi-Adams",
                "said",
                "W",
            ),
        ],
        [
            (
                "The metro suspended Mbenenge-Davids in August 2024 and dismissed him after a disciplinary hearing in February 2025, municipal spokesperson Mthunzi Dlamini-Rossouw said.",
                "Mthunzi Dlamini-Rossouw",
                "said",
                "W",
            ),
            (
                "He said the metro had since replaced its 1,140 fuel cards with a system that requires the driver's PIN and the vehicle's odometer reading at every fill-up.",
                "Mthunzi Dlamini-Rossouw",
                "said",
                "W",
            ),
        ],
        [
            (
                "Some municipal vehicles had been “refuelled” up to four times in a single day, according to an internal audit report tabled in council in 2024.",
                "an internal audit report tabled in council in 2024",
                "according to",
                "W",
            ),
            (
                "One bakkie that had stood in a municipal workshop for eight months was billed for 9,200 litres of diesel over the same period, the report found.",
                "the report",
                "found",
                "W",
            ),
        ],
        [
            (
                "Ward councillor Annelie Vosloo-Mapasa, who chairs the council's municipal public accounts committee, said the case showed “what happens when nobody reads the fuel bill”.",
                "Annelie Vosloo-Mapasa",
                "said",
                "",
            )
        ],
        [("When is he back in court?", "", "", "")],
        [
            ("Mbenenge-Davids remains in custody at St Albans Correctional Centre.", "", "", "W"),
            (
                "His attorney said he would appeal against the refusal of bail in the High Court.",
                "Zola Mqolomba-Smit",
                "said",
                "",
            ),
        ],
        [("Share: WhatsApp · Facebook · X · Copy link", "", "", "B")],
        [("Comments (12)", "", "", "B")],
        [("Sign in to join the conversation.", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [
            ("We use cookies to give you a better experience.", "", "", "B"),
            ("By continuing to browse, you agree to our cookie policy.", "", "", "B"),
        ],
        [("ACCEPT", "", "", "B")],
        [("© 2026 Algoa Tide Media (Pty) Ltd", "", "", "B")],
    ],
    [
        [("kvmirror.com.my", "", "", "B")],
        [
            (
                "Dengue cases in Selangor up 38% in first 14 weeks, state health department says",
                "the Selangor Health Department",
                "says",
                "W",
            )
        ],
        [("Nurul Huda Kamaruddin and Jason Ong Wei Loon", "", "", "B")],
        [("5–7 minutes", "", "", "B")],
        [
            (
                "A health worker fogs a monsoon drain at a housing estate in Shah Alam on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("— KV Mirror/AZHAR RAHIM", "", "", "B")],
        [
            (
                "PETALING JAYA: Selangor recorded 18,406 dengue cases in the first 14 epidemiological weeks of the year, up 38% from 13,338 in the same period last year, the Selangor Health Department (JKNS) said.",
                "the Selangor Health Department",
                "said",
                "W",
            ),
            ("Twenty-one people have died, compared with nine a year earlier.", "", "", "W"),
            (
                "The 1,502 cases recorded in the 14th week alone were the highest weekly count in the state since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State health director Datuk Dr Rosnah Abdul Karim said Petaling, Hulu Langat and Gombak districts accounted for almost 70% of the cases.",
                "Rosnah Abdul Karim",
                "said",
                "W",
            ),
            (
                "She said 31 localities were listed as uncontrolled outbreak areas as of April 9, up from 12 at the start of March.",
                "Rosnah Abdul Karim",
                "said",
                "W",
            ),
            (
                "“We are finding larvae in flower pot trays, in pet bowls, in the water tanks on roofs.",
                "Rosnah Abdul Karim",
                "told reporters",
                "",
            ),
            (
                "The mosquito is living with us,” she told reporters after a briefing in Shah Alam on Wednesday.",
                "Rosnah Abdul Karim",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Health inspectors checked 212,460 premises between January and March and found Aedes larvae in 6,119 of them, a breeding index of 2.9%, according to department data.",
                "department data",
                "according to",
                "W",
            ),
            (
                "Owners of 1,842 premises were issued compounds of up to RM500 each under the Destruction of Disease-Bearing Insects Act 1975.",
                "",
                "",
                "W",
            ),
        ],
        [("ALSO READ: Johor dengue cases double as Aedes index climbs", "", "", "B")],
        [
            (
                "Petaling district, which includes Subang Jaya and Petaling Jaya, had 7,902 cases, the most of any district in the country.",
                "",
                "",
                "W",
            ),
            (
                "Subang Jaya City Council said it had cleared 340 tonnes of rubbish from illegal dumping sites since February.",
                "Subang Jaya City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hospital Tengku Ampuan Rahimah in Klang opened a second dengue ward on April 2, according to a hospital spokesman.",
                "a hospital spokesman",
                "according to",
                "W",
            ),
            (
                "The hospital's 28 dengue beds were 90% occupied on Wednesday, the spokesman said.",
                "a hospital spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Farid Iskandar Mohd Noor, a consultant physician at the hospital, said most of this year's deaths were of patients who came to hospital late, after their fever had broken.",
                "Farid Iskandar Mohd Noor",
                "said",
                "W",
            ),
            (
                "“People feel better on day four and think it is over.",
                "Farid Iskandar Mohd Noor",
                "said",
                "",
            ),
            (
                "That is exactly when the critical phase begins,” he said.",
                "Farid Iskandar Mohd Noor",
                "said",
                "W",
            ),
            (
                "Dr Farid said anyone with abdominal pain, persistent vomiting or bleeding gums should go to hospital at once.",
                "Farid Iskandar Mohd Noor",
                "said",
                "",
            ),
        ],
        [("Tiny larvae found in a flower pot tray during an inspection in Gombak.", "", "", "")],
        [("— KV Mirror", "", "", "B")],
        [
            (
                "Symptoms include a sudden high fever, severe headache, pain behind the eyes, muscle and joint pain, and a rash.",
                "",
                "",
                "W",
            )
        ],
        [("Why the spike?", "", "", "")],
        [
            (
                "Entomologists at Universiti Malaya's Tropical Infectious Diseases Research and Education Centre said an unusually wet March, with 41% more rain than average in the Klang Valley, had boosted mosquito numbers.",
                "Entomologists at Universiti Malaya's Tropical Infectious Diseases Research and Education Centre",
                "said",
                "W",
            ),
            (
                "The Malaysian Meteorological Department has forecast heavier-than-usual rain until the end of May.",
                "The Malaysian Meteorological Department",
                "has forecast",
                "",
            ),
        ],
        [
            (
                "Deputy Health Minister Lim Kok Seng said on Thursday that the ministry would send 40 more fogging teams to Selangor from Monday.",
                "Lim Kok Seng",
                "said",
                "W",
            ),
            (
                "He said it had also approved RM2.3mil for larvicide and community clean-ups in the state.",
                "Lim Kok Seng",
                "said",
                "W",
            ),
            (
                "Qdenga, the dengue vaccine approved for use in Malaysia in 2024, is available only at private clinics, at about RM400 for two doses.",
                "",
                "",
                "W",
            ),
            (
                "The ministry has no plans to add it to the National Immunisation Programme this year, Lim said.",
                "Lim Kok Seng",
                "said",
                "",
            ),
        ],
        [
            (
                "In Taman Sri Muda, Shah Alam, Kavitha Subramaniam, 36, said three of the six people in her house had caught dengue in March.",
                "Kavitha Subramaniam",
                "said",
                "",
            ),
            ("“My son was in hospital for five days.", "Kavitha Subramaniam", "said", ""),
            (
                "Now I check the flower pots every morning like a security guard,” the clerk said.",
                "Kavitha Subramaniam",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Rosnah said residents should spend 10 minutes a week searching their homes for standing water, and see a doctor if a fever lasted more than two days.",
                "Rosnah Abdul Karim",
                "said",
                "",
            )
        ],
        [
            (
                "Nationwide, cases rose 22% over the same period to 41,770, according to the Health Ministry's iDengue portal.",
                "the Health Ministry's iDengue portal",
                "according to",
                "W",
            )
        ],
        [("Related topics: Dengue · Selangor · Public health", "", "", "B")],
        [
            (
                "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [
            (
                "21/10/2026, 08:14    Bus and train fares to rise 5.2% from Dec 27; concession fares unchanged | The Kallang Review",
                "",
                "",
                "B",
            )
        ],
        [("THE KALLANG REVIEW", "", "", "B")],
        [("SINGAPORE | Transport", "", "", "B")],
        [("Bus and train fares to rise 5.2% from Dec 27; concession fares unchanged", "", "", "W")],
        [
            (
                "Council says it has deferred 4.1 percentage points of the increase the fare formula allowed to later years",
                "the Public Transport Council",
                "says",
                "W",
            )
        ],
        [("Tan Hui Min", "", "", "B")],
        [("Transport Correspondent", "", "", "B")],
        [("Published Oct 20, 2026, 03:00 PM", "", "", "B")],
        [("Updated Oct 20, 2026, 09:41 PM", "", "", "B")],
        [
            ("Adult card fares will go up by an average of 10 cents a journey.", "", "", "W"),
            ("PHOTO: KALLANG REVIEW FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Adult fares for buses and trains will rise by 5.2 per cent from Dec 27, the Public Transport Council (PTC) said on Oct 20.",
                "the Public Transport Council",
                "said",
                "W",
            ),
            ("An average adult card journey will cost $1.99, up from $1.89.", "", "", "W"),
            (
                "Fares for students, seniors, persons with disabilities and lower-wage workers will not change, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said the fare formula, which tracks changes in inflation, wages and energy costs, had allowed an increase of up to 9.3 per cent this year.",
                "The council",
                "said",
                "W",
            ),
            (
                "It chose to raise fares by 5.2 per cent and carry the remaining 4.1 percentage points over to future reviews.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PTC chairman Victor Goh Seng Kiat said energy prices had eased over the past year, but the wages of bus captains and rail staff had risen faster than expected.",
                "Victor Goh Seng Kiat",
                "said",
                "W",
            ),
            (
                "“We know many families are still feeling the pinch.",
                "Victor Goh Seng Kiat",
                "said",
                "",
            ),
            (
                "So we have tried to spread the increase out,” said Mr Goh.",
                "Victor Goh Seng Kiat",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.kallangreview.sg/singapore/transport/bus-and-train-fares-to-rise-52-from-dec-27    1/3",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "21/10/2026, 08:14    Bus and train fares to rise 5.2% from Dec 27; concession fares unchanged | The Kallang Review",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The Government will spend about $1.1 billion on bus and rail operating subsidies in financial year 2026, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "Without the deferral, an average adult card journey would have cost 18 cents more.",
                "",
                "",
                "W",
            ),
            (
                "Monthly concession passes for adults will go up from $128 to $134.70, while the $64 monthly pass for seniors stays the same.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council will also widen the Workfare Transport Concession Scheme to cover workers earning up to $3,000 a month, from $2,500 now.",
                "",
                "",
                "W",
            ),
            (
                "About 560,000 workers will qualify, up from 480,000, it said.",
                "the Public Transport Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Sharifah Nur Aisyah, an MP who sits on the Government Parliamentary Committee for Transport, said she would ask the Ministry of Transport to “write off the deferred amount, not park it”.",
                "Sharifah Nur Aisyah",
                "said",
                "",
            )
        ],
        [
            (
                "Madam Ng Poh Lian, 64, who travels from Punggol to Jurong East three times a week for her job at a bakery, said her fares would go up by about $4 a month.",
                "Ng Poh Lian",
                "said",
                "",
            ),
            ("“It's not a lot on its own.", "Ng Poh Lian", "said", ""),
            (
                "But everything else has gone up too,” said the part-time bakery assistant.",
                "Ng Poh Lian",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Selina Chua, an economist at Marina Bay Securities, said she expected another increase next year because the deferred 4.1 points would have to be recovered.",
                "Selina Chua",
                "said",
                "",
            )
        ],
        [
            (
                "https://www.kallangreview.sg/singapore/transport/bus-and-train-fares-to-rise-52-from-dec-27    2/3",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "21/10/2026, 08:14    Bus and train fares to rise 5.2% from Dec 27; concession fares unchanged | The Kallang Review",
                "",
                "",
                "B",
            )
        ],
        [("How is the fare worked out?", "", "", "")],
        [
            (
                "The formula adds the changes in the core consumer price index, a wage index and an energy index, and subtracts a productivity extension of 0.5 percentage point.",
                "",
                "",
                "W",
            ),
            ("The PTC reviews fares once a year.", "", "", "W"),
            (
                "Last year's review raised adult card fares by 6 per cent, the largest increase since the formula was last revised in 2018.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Adult cash fares will rise by 10 cents, the council said, although fewer than 2 per cent of journeys are now paid in cash.",
                "the council",
                "said",
                "W",
            ),
            (
                "Commuters can check their new fares on the PTC's online fare calculator from Nov 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Join the Kallang Review's Telegram channel and get the latest breaking news delivered to you.",
                "",
                "",
                "B",
            )
        ],
        [("Topics: Public transport · Fares · Public Transport Council", "", "", "B")],
        [
            ("Copyright © 2026 Kallang Review Press Ltd.", "", "", "B"),
            ("Co. Regn. No. 198400271K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.kallangreview.sg/singapore/transport/bus-and-train-fares-to-rise-52-from-dec-27    3/3",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("From: The Blue Mahoe Record <briefing@bluemahoerecord.com.jm>", "", "", "B")],
        [("Sent: Friday, June 26, 2026 6:30 AM", "", "", "B")],
        [("Subject: The Morning Briefing: PEP maths scores best since 2019", "", "", "B")],
        [
            ("Having trouble reading this email?", "", "", "B"),
            ("View it in your browser.", "", "", "B"),
        ],
        [("THE MORNING BRIEFING", "", "", "B")],
        [("Friday, June 26", "", "", "B")],
        [
            ("Good morning.", "", "", "B"),
            (
                "It's results day for thousands of grade six families, and for once the maths news is good.",
                "",
                "",
                "",
            ),
        ],
        [("TOP STORY", "", "", "B")],
        [("PEP results: maths proficiency climbs to 54%, best since exam began", "", "", "W")],
        [("By Shanique Blackwood-Reid, Education Reporter", "", "", "B")],
        [
            (
                "Fifty-four per cent of grade six students were proficient or highly proficient in mathematics in this year's Primary Exit Profile (PEP), up from 47 per cent last year, the Ministry of Education, Skills, Youth and Information said yesterday.",
                "the Ministry of Education, Skills, Youth and Information",
                "said",
                "W",
            ),
            (
                "It is the highest share since PEP replaced the Grade Six Achievement Test in 2019.",
                "",
                "",
                "W",
            ),
            (
                "Proficiency in language arts held at 66 per cent, while science rose two points to 58 per cent and social studies rose to 59 per cent.",
                "",
                "",
                "W",
            ),
            (
                "A total of 38,912 students at 987 schools sat the exams in March and April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education Minister Dr Lorraine Fairclough-Hinds said the gains followed the hiring of 220 mathematics coaches, who were placed in 410 primary schools from September 2024.",
                "Lorraine Fairclough-Hinds",
                "said",
                "W",
            ),
            (
                "“Put a trained coach beside a classroom teacher for a whole year, and this is what you get,” she said at a briefing at the ministry's offices at National Heroes Circle in Kingston.",
                "Lorraine Fairclough-Hinds",
                "said",
                "",
            ),
        ],
        [
            (
                "Region 1, which covers Kingston and St Andrew, had the highest maths proficiency, at 63 per cent.",
                "",
                "",
                "W",
            ),
            (
                "Region 4, covering St James, Hanover and Westmoreland, had the lowest, at 41 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("This briefing is brought to you by Blue Harbour Credit Union.", "", "", "B"),
            ("Save for back-to-school at any of our 14 branches islandwide.", "", "", "B"),
        ],
        [
            (
                "Jamaica Teachers' Association president Omar Whyte-Campbell welcomed the results but said many schools in western Jamaica still had no specialist mathematics teacher.",
                "Omar Whyte-Campbell",
                "said",
                "",
            ),
            (
                "“More than half the children in Region 4 are still below the line.",
                "Omar Whyte-Campbell",
                "said",
                "W",
            ),
            ("We cannot celebrate an average,” he said.", "Omar Whyte-Campbell", "said", ""),
        ],
        [
            (
                "Students are placed in secondary schools according to their PEP scores and the schools they chose; 96 per cent were placed in one of their top five choices, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "Placement letters will be available on the ministry's online portal from Monday, June 29.",
                "",
                "",
                "W",
            ),
            ("Parents who want to appeal a placement have until July 10.", "", "", "W"),
        ],
        [
            (
                "At Palm Grove Primary in St Andrew, principal Marcia Gayle-Edwards said 71 of her 88 grade six students were proficient in maths, up from 49 last year.",
                "Marcia Gayle-Edwards",
                "said",
                "W",
            ),
            (
                "“They stayed back two afternoons a week… the parents took turns bringing lunch,” she said.",
                "Marcia Gayle-Edwards",
                "said",
                "",
            ),
        ],
        [
            (
                "Parent Dwayne Ellis-Morgan said his daughter's results had arrived by text message on Thursday night and the family had “screamed the house down”.",
                "Dwayne Ellis-Morgan",
                "said",
                "",
            )
        ],
        [
            (
                "The 60 schools with the weakest results will join a special support programme from September, the minister said.",
                "Lorraine Fairclough-Hinds",
                "said",
                "W",
            ),
            (
                "Opposition spokesman on education Kareem Douglas-Pinnock said the improvement should be verified by an independent body “before anybody puts it on a campaign poster”.",
                "Kareem Douglas-Pinnock",
                "said",
                "",
            ),
        ],
        [("What is PEP?", "", "", "")],
        [
            (
                "PEP has three parts, sat in grades four to six: a performance task, an ability test and curriculum-based tests in four subjects.",
                "",
                "",
                "W",
            ),
            (
                "It replaced the Grade Six Achievement Test, which had been in use since 1999.",
                "",
                "",
                "W",
            ),
        ],
        [("Read the full story, with results for every region, on our website →", "", "", "B")],
        [("ELSEWHERE IN TODAY'S PAPER", "", "", "B")],
        [("Montego Bay water lock-offs extended to Sunday", "", "", "B")],
        [("JUTC adds 30 buses to Portmore routes", "", "", "B")],
        [("That's it for this morning.", "", "", "B"), ("See you tomorrow.", "", "", "B")],
        [("— The Briefing team", "", "", "B")],
        [
            (
                "You are receiving this email because you signed up for The Morning Briefing at bluemahoerecord.com.jm.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe · Manage preferences · Forward to a friend", "", "", "B")],
        [("The Blue Mahoe Record Ltd., 12 Haining Road, Kingston 5, Jamaica", "", "", "B")],
    ],
    [
        [("Read this on Eko Chronicle: https://ekochronicle.ng/s/8kQ2Lr", "", "", "B")],
        [("EKO CHRONICLE", "", "", "B")],
        [("METRO", "", "", "B")],
        [("Eight dead as record rain floods Lagos", "", "", "W")],
        [
            (
                "NiMet warns of more heavy rain along the coast until Wednesday",
                "The Nigerian Meteorological Agency",
                "warns",
                "",
            )
        ],
        [("Adebola Ogunleye-Martins", "", "", "B")],
        [("3 hours ago · 5 min read", "", "", "B")],
        [
            (
                "Residents wade through floodwater on Ikorodu Road in Ketu, Lagos, on Sunday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Eko Chronicle / Femi Adesanya-Cole", "", "", "B")],
        [
            (
                "At least eight people died after rain that fell for more than nine hours flooded large parts of Lagos on Sunday, the Lagos State Emergency Management Agency (LASEMA) said.",
                "the Lagos State Emergency Management Agency",
                "said",
                "W",
            ),
            (
                "The Nigerian Meteorological Agency (NiMet) said its station at Ikeja recorded 212.4mm of rain between 11pm on Saturday and 8.30am on Sunday, the highest daily total at the station since 1951.",
                "The Nigerian Meteorological Agency",
                "said",
                "W",
            ),
            (
                "NiMet said more heavy rain was likely along the coast until Wednesday.",
                "The Nigerian Meteorological Agency",
                "said",
                "",
            ),
        ],
        [
            (
                "LASEMA's permanent secretary, Dr Oluwaseun Adeniran-Bakare, said four of the dead were members of one family whose house in Ajegunle collapsed at about 4am.",
                "Oluwaseun Adeniran-Bakare",
                "said",
                "W",
            ),
            (
                "Two people were swept into a canal in Ikorodu, and two died when a fence fell on a roadside shop in Ketu, she said.",
                "Oluwaseun Adeniran-Bakare",
                "said",
                "W",
            ),
            (
                "She said rescue teams had moved 1,260 people from flooded homes to schools and churches in Ajegunle, Ikorodu and Lekki.",
                "Oluwaseun Adeniran-Bakare",
                "said",
                "W",
            ),
            (
                "“Many of these canals are blocked by refuse and by buildings that should never have been approved.",
                "Oluwaseun Adeniran-Bakare",
                "said",
                "",
            ),
            ("The water has nowhere to go,” she said.", "Oluwaseun Adeniran-Bakare", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [("Open in app for the full experience", "", "", "B")],
        [
            (
                "Traffic on the Third Mainland Bridge was halted for three hours after its approach at Oworonshoki went under water, according to the Lagos State Traffic Management Authority.",
                "the Lagos State Traffic Management Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "Motorist Chinedu Ezeaku-Lawal said he spent six hours in his car on Ikorodu Road.",
                "Chinedu Ezeaku-Lawal",
                "said",
                "",
            ),
            ("“I left home at 6am for work.", "Chinedu Ezeaku-Lawal", "said", ""),
            (
                "By 3pm I was back at my gate and I never reached the office,” he said.",
                "Chinedu Ezeaku-Lawal",
                "said",
                "",
            ),
        ],
        [
            (
                "Bisola Aina-Coker, a trader in Ajegunle, said she lost rice and beans worth about N1.8m when water filled her store.",
                "Bisola Aina-Coker",
                "said",
                "",
            ),
            ("“Everything I had is under that water,” she said.", "Bisola Aina-Coker", "said", ""),
        ],
        [
            (
                "By Monday morning the water had drained from most main roads, but side streets in Ajegunle and Ikorodu were still knee-deep.",
                "",
                "",
                "",
            )
        ],
        [("RELATED: How Lagos plans to fix its drainage by 2030", "", "", "B")],
        [
            (
                "The Commissioner for the Environment and Water Resources, Kayode Ogundimu-Brown, said the state would pull down structures built on drainage channels in Ajegunle and Ketu.",
                "Kayode Ogundimu-Brown",
                "said",
                "",
            ),
            (
                "He said the state had cleared 312 kilometres of drains since January.",
                "Kayode Ogundimu-Brown",
                "said",
                "W",
            ),
            (
                "The state government said it would pay N500,000 to each family that had lost a member.",
                "The state government",
                "said",
                "",
            ),
        ],
        [
            (
                "NiMet's Seasonal Climate Prediction, published in February, had listed Lagos among 14 states at high risk of flooding this year.",
                "",
                "",
                "W",
            ),
            (
                "The agency's director-general, Prof. Ibrahim Danladi-Yusuf, urged residents of low-lying areas to move to higher ground as soon as warnings were issued.",
                "Ibrahim Danladi-Yusuf",
                "urged",
                "",
            ),
        ],
        [
            (
                "In a separate advisory, the Nigeria Hydrological Services Agency said the Ogun River at Abeokuta was rising and could overflow its banks if water were released from the Oyan Dam.",
                "the Nigeria Hydrological Services Agency",
                "said",
                "",
            ),
            (
                "The Ogun-Osun River Basin Development Authority, which runs the dam, said no release was planned “for now”.",
                "The Ogun-Osun River Basin Development Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "Floods killed 321 people and displaced more than 1.2 million across Nigeria in 2024, according to the National Emergency Management Agency.",
                "the National Emergency Management Agency",
                "according to",
                "W",
            )
        ],
        [("What should residents do?", "", "", "")],
        [
            (
                "Residents can report blocked drains or call for help on the state's emergency numbers, 767 and 112.",
                "",
                "",
                "W",
            ),
            (
                "NiMet said in its daily forecast that thunderstorms were expected over Lagos, Ogun and Ondo on Monday afternoon.",
                "The Nigerian Meteorological Agency",
                "said in its daily forecast",
                "",
            ),
        ],
        [("Tags: Lagos · Flooding · NiMet · LASEMA", "", "", "B")],
        [("Get breaking news alerts in the Eko Chronicle app.", "", "", "B")],
        [("Download on the App Store | Get it on Google Play", "", "", "B")],
        [("Sent from my iPhone", "", "", "B")],
    ],
    [
        [("☰  Galle Face Financial", "", "", "B")],
        [("Home › Markets › Commodities", "", "", "B")],
        [
            (
                "Tea auction average hits record Rs. 1,468 a kilo as low-grown teas lead gains",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Brokers say dry weather in the south has cut green leaf supply by about 15 per cent",
                "Brokers",
                "say",
                "W",
            )
        ],
        [("Wednesday, 11 March 2026 00:10", "", "", "B")],
        [("By Dilani Rathnayake-Fonseka", "", "", "B")],
        [("Share  Facebook  X  LinkedIn  WhatsApp", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [
            (
                "The average price at the Colombo Tea Auction rose to a record Rs. 1,468.22 a kilo at last week's sale, up Rs. 36.51 from the week before, according to data compiled by Kandyan Brokers (Pvt) Ltd.",
                "data compiled by Kandyan Brokers (Pvt) Ltd.",
                "according to",
                "W",
            ),
            ("The previous high, Rs. 1,441.87, was set in the first week of January.", "", "", "W"),
        ],
        [
            (
                "A total of 6.1 million kilos was offered at the two-day sale, about 400,000 kilos less than at the same sale a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Low-grown teas, i.e. those from estates below 600 metres in the Ruhuna and Sabaragamuwa districts, gained the most.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kandyan Brokers managing director Ruwan Jayasundara-Perera said dry weather in the south since January had cut green leaf supply by about 15 per cent.",
                "Ruwan Jayasundara-Perera",
                "said",
                "W",
            ),
            (
                "“The factories are fighting over every kilo of leaf.",
                "Ruwan Jayasundara-Perera",
                "said",
                "",
            ),
            ("Prices follow,” he said.", "Ruwan Jayasundara-Perera", "said", ""),
            (
                "He said buyers from Russia, Iraq, Türkiye and the UAE were active, while demand from Iran was quieter than usual.",
                "Ruwan Jayasundara-Perera",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [
            (
                "Sri Lanka exported 21.4 million kilos of tea in January, worth Rs. 33.6 billion, according to Sri Lanka Tea Board figures.",
                "Sri Lanka Tea Board figures",
                "according to",
                "W",
            ),
            (
                "Export earnings in rupee terms were 11 per cent higher than a year earlier, although volumes fell by 3 per cent.",
                "",
                "",
                "W",
            ),
            (
                "Tea earned US$ 1.43 billion in 2025, according to the Export Development Board.",
                "the Export Development Board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The chairman of the Tea Exporters Association, Hemantha Sirimanne-Silva, warned that higher auction prices would be passed on to overseas buyers.",
                "Hemantha Sirimanne-Silva",
                "warned",
                "",
            ),
            (
                "“We are already losing some Middle East orders to Kenya on price,” he said.",
                "Hemantha Sirimanne-Silva",
                "said",
                "",
            ),
        ],
        [
            (
                "Smallholders, who supply about 75 per cent of the country's green leaf, are now paid between Rs. 270 and Rs. 290 a kilo for leaf, according to the Tea Small Holdings Development Authority.",
                "the Tea Small Holdings Development Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "Kusumawathi Tennakoon, 58, who grows tea on two acres near Deniyaya, said the better leaf price had not made up for a smaller crop.",
                "Kusumawathi Tennakoon",
                "said",
                "",
            ),
            (
                "“Last year I plucked 400 kilos a month.",
                "Kusumawathi Tennakoon",
                "told Galle Face Financial in Sinhala",
                "",
            ),
            (
                "Now it is 280,” she told Galle Face Financial in Sinhala.",
                "Kusumawathi Tennakoon",
                "told Galle Face Financial in Sinhala",
                "",
            ),
        ],
        [
            (
                "The fertiliser subsidy for tea smallholders, Rs. 15,000 per hectare, will continue until the end of December, the Ministry of Plantation and Community Infrastructure said.",
                "the Ministry of Plantation and Community Infrastructure",
                "said",
                "W",
            ),
            (
                "The rupee closed at Rs. 296.40 to the US dollar on Tuesday, according to the Central Bank of Sri Lanka.",
                "the Central Bank of Sri Lanka",
                "according to",
                "W",
            ),
        ],
        [("What are brokers expecting?", "", "", "")],
        [
            (
                "Brokers expect quantities to recover from April, when the south-west monsoon brings rain to the low-country estates.",
                "Brokers",
                "expect",
                "",
            ),
            ("The next sale will be held on March 17 and 18.", "", "", "W"),
        ],
        [("Colombo Tea Auction: average prices (Rs./kg)", "", "", "B")],
        [("Elevation | This sale | Previous sale", "", "", "B")],
        [("High-grown | 1,392.10 | 1,377.64", "", "", "")],
        [("Medium-grown | 1,201.55 | 1,188.02", "", "", "")],
        [("Low-grown | 1,612.48 | 1,563.90", "", "", "")],
        [("Source: Kandyan Brokers", "", "", "B")],
        [("View full site", "", "", "B")],
        [("Follow Galle Face Financial on WhatsApp", "", "", "B")],
        [
            ("© 2026 Galle Face Financial.", "", "", "B"),
            ("Published by Sirisara Publishing (Pvt) Ltd.", "", "", "B"),
        ],
    ],
    [
        [("e-Edition | The Claxton Bay Lamp | Thursday, April 16, 2026", "", "", "B")],
        [("Main Edition › Page 3 › News", "", "", "B")],
        [("◀ Previous page   3 / 48   Next page ▶", "", "", "B")],
        [("Zoom in  Zoom out  Clip  Share  Print  Text view", "", "", "B")],
        [("PENSIONER, 78, BEATEN TO DEATH IN COUVA HOME INVASION", "", "", "W")],
        [("Wife tied to chair as bandits take $9,000, jewellery", "", "", "W")],
        [("KAVITA RAMNARINE-DOOKIE", "", "", "B")],
        [
            (
                "A 78-year-old retired schoolteacher was beaten to death during a home invasion at Balmain, Couva, early yesterday while his wife was tied to a chair in the next room.",
                "",
                "",
                "W",
            ),
            (
                "Police identified him as Harrichan Seepersad-Mohan, of Rampersad Trace, Balmain.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to a police report, three masked men entered the house through a kitchen window around 2.30 a.m. yesterday.",
                "a police report",
                "according to",
                "W",
            ),
            (
                "They demanded money from Seepersad-Mohan and his wife Indra, 74, and beat him with a piece of wood when he said there was none in the house, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "The men left with about $9,000 in cash, jewellery and two cellphones around 3.15 a.m.",
                "",
                "",
                "W",
            ),
            ("Mrs Seepersad-Mohan freed herself and ran to a neighbour's house.", "", "", "W"),
        ],
        [
            (
                "The neighbour, who asked not to be named, said she heard screaming and called the police.",
                "The neighbour",
                "said",
                "",
            ),
            (
                "“She was shaking and she kept saying, ‘They killed him, they killed him.’",
                "The neighbour",
                "said",
                "",
            ),
            ("I will never forget that,” the neighbour said.", "The neighbour", "said", ""),
        ],
        [
            (
                "Seepersad-Mohan was taken to the Couva District Health Facility, where he was pronounced dead at 4.05 a.m.",
                "",
                "",
                "W",
            ),
            ("His wife was treated for cuts and bruises and discharged.", "", "", "W"),
        ],
        [("SEE PAGE 6", "", "", "B")],
        [("Main Edition › Page 6 › News", "", "", "B")],
        [("FROM PAGE 3", "", "", "B")],
        [("Pensioner killed in home invasion", "", "", "B")],
        [
            (
                "Snr Supt Ravindra Baptiste-Maharaj of the Central Division said two men, aged 24 and 31, were detained at a house in California, Couva, around 11 a.m. yesterday.",
                "Ravindra Baptiste-Maharaj",
                "said",
                "W",
            ),
            (
                "He said a cellphone taken from the house had been traced to the area.",
                "Ravindra Baptiste-Maharaj",
                "said",
                "W",
            ),
            ("“We are not going to rest on this one.", "Ravindra Baptiste-Maharaj", "said", ""),
            (
                "Mr Seepersad-Mohan taught half of this district,” Baptiste-Maharaj said.",
                "Ravindra Baptiste-Maharaj",
                "said",
                "",
            ),
        ],
        [
            (
                "Officers of the Homicide Bureau of Investigations Region Three are continuing inquiries.",
                "",
                "",
                "W",
            ),
            (
                "The killing took the country's murder toll for the year to 142, compared with 168 at the same time last year, according to police statistics.",
                "police statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Seepersad-Mohan taught at a Presbyterian primary school in Balmain for 32 years before retiring in 2008, relatives said.",
                "relatives",
                "said",
                "W",
            ),
            ("The couple had lived in the house for 41 years.", "", "", "W"),
        ],
        [
            (
                "Relatives gathered at the house yesterday afternoon as crime scene investigators worked inside.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "GRIEF: Relatives outside the home of Harrichan Seepersad-Mohan at Balmain, Couva, yesterday.",
                "",
                "",
                "",
            ),
            ("PHOTO: RISHI BALDEO-JAMES", "", "", "B"),
        ],
        [
            (
                "The couple's daughter, Anjali Seepersad-Mohan, a nurse in Toronto, said she had spoken to her father on Tuesday night.",
                "Anjali Seepersad-Mohan",
                "said",
                "",
            ),
            (
                "“He told me the mangoes were ready and I should come home in June.",
                "Anjali Seepersad-Mohan",
                "said by phone",
                "",
            ),
            (
                "Now I am coming home for a funeral,” she said by phone.",
                "Anjali Seepersad-Mohan",
                "said by phone",
                "",
            ),
        ],
        [
            (
                "Couva/Tabaquite/Talparo Regional Corporation chairman Sunil Ramkissoon-Pierre said residents had asked for a police post in Balmain three times since 2023.",
                "Sunil Ramkissoon-Pierre",
                "said",
                "W",
            ),
            (
                "He said the street lights on Rampersad Trace had been out since February.",
                "Sunil Ramkissoon-Pierre",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Trinidad and Tobago Police Service said in a statement that it had stepped up patrols in the Central Division.",
                "The Trinidad and Tobago Police Service",
                "said in a statement",
                "W",
            ),
            (
                "Anyone with information can call Crime Stoppers at 800-TIPS or the police at 999.",
                "",
                "",
                "",
            ),
        ],
        [("Also on this page: Chaguanas council approves 60 new market stalls", "", "", "B")],
        [("◀ Previous page   6 / 48   Next page ▶", "", "", "B")],
        [
            ("© 2026 Claxton Bay Lamp Ltd.", "", "", "B"),
            (
                "No part of this e-edition may be reproduced without the publisher's written permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [("ZEBU NEWS HUB", "", "", "B")],
        [("News  Sport  Money  Lifestyle  Weather  Play  Watch", "", "", "B")],
        [("Sport › Athletics", "", "", "B")],
        [("Provided by The Kololo Chronicle", "", "", "B")],
        [("Mukasa-Odongo breaks course record to win Kampala Lakeside Half Marathon", "", "", "W")],
        [("Story by Brian Ssemakula-Oketch", "", "", "B")],
        [("• 6h • 3 min read", "", "", "B")],
        [("The Kololo Chronicle · Follow", "", "", "B")],
        [
            (
                "Joshua Mukasa-Odongo crosses the finish line at the Kololo Independence Grounds on Sunday.",
                "",
                "",
                "",
            )
        ],
        [("© Provided by The Kololo Chronicle", "", "", "B")],
        [
            (
                "KAMPALA — Uganda's Joshua Mukasa-Odongo won the Kampala Lakeside Half Marathon on Sunday in 59 minutes 48 seconds, breaking the course record by 41 seconds.",
                "",
                "",
                "W",
            ),
            (
                "Kenya's Felix Kiprono-Ruto was second in 60:12 and Isaac Chelangat-Owor of Uganda third in 60:31.",
                "",
                "",
                "W",
            ),
            (
                "It was the first time a man had run the course, which starts and finishes at the Kololo Independence Grounds, in under an hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mukasa-Odongo, 23, broke away from a group of five at the 15km mark, on the climb up Kira Road.",
                "",
                "",
                "W",
            ),
            (
                "“I decided in the morning that if my legs were good at 15 kilometres, I would go.",
                "Joshua Mukasa-Odongo",
                "said",
                "",
            ),
            ("They were good,” he said.", "Joshua Mukasa-Odongo", "said", ""),
            (
                "He said he had spent three months training at altitude in Kapchorwa with his coach, Agnes Nakato-Wamala.",
                "Joshua Mukasa-Odongo",
                "said",
                "",
            ),
        ],
        [
            (
                "Ethiopia's Tsigereda Alemu-Bekele won the women's race in 1:07:55, also a course record, ahead of Uganda's Stella Chebet-Nangoli in 1:08:20.",
                "",
                "",
                "W",
            ),
            (
                "Chebet-Nangoli said the heat had “killed” the second half of her race.",
                "Stella Chebet-Nangoli",
                "said",
                "",
            ),
        ],
        [
            (
                "The temperature at the 6.30 a.m. start was 22C, according to race organisers.",
                "race organisers",
                "according to",
                "W",
            ),
            (
                "About 8,400 runners took part in the half marathon, 10km and 5km races, the organisers said.",
                "the organisers",
                "said",
                "W",
            ),
        ],
        [
            (
                "Uganda Athletics Federation president Dominic Otim-Lokwang said Mukasa-Odongo's time was the fastest half marathon ever run on Ugandan soil.",
                "Dominic Otim-Lokwang",
                "said",
                "W",
            ),
            (
                "Mukasa-Odongo's personal best of 59:21 was set in Valencia in December.",
                "",
                "",
                "W",
            ),
            (
                "The two winners received Shs20m each from the race's sponsor, Nalubaale Breweries Ltd., which also paid Shs10m for each course record.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Race director Herbert Kaweesa-Lutalo said the organisers would apply for World Athletics Label status for next year's race.",
                "Herbert Kaweesa-Lutalo",
                "said",
                "",
            ),
            (
                "Kampala Capital City Authority closed 14 roads between 5am and 11am for the races, a KCCA statement said.",
                "a KCCA statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nakato-Wamala said her athlete would now aim at the 10,000 metres at the Commonwealth Games in Glasgow in July.",
                "Agnes Nakato-Wamala",
                "said",
                "",
            ),
            (
                "“He is ready for a marathon, but we will not rush him.",
                "Agnes Nakato-Wamala",
                "said",
                "",
            ),
            ("He is only 23,” she said.", "Agnes Nakato-Wamala", "said", ""),
        ],
        [
            (
                "Hundreds of spectators lined the finishing straight, many of them from Mukasa-Odongo's home district of Bukwo, who had travelled overnight by bus.",
                "",
                "",
                "",
            )
        ],
        [("RESULTS", "", "", "B")],
        [("Men's half marathon", "", "", "B")],
        [("1. Joshua Mukasa-Odongo (UGA) 59:48", "", "", "")],
        [("2. Felix Kiprono-Ruto (KEN) 60:12", "", "", "")],
        [("3. Isaac Chelangat-Owor (UGA) 60:31", "", "", "")],
        [("Women's half marathon", "", "", "B")],
        [("1. Tsigereda Alemu-Bekele (ETH) 1:07:55", "", "", "")],
        [("2. Stella Chebet-Nangoli (UGA) 1:08:20", "", "", "")],
        [("This article was originally published by The Kololo Chronicle.", "", "", "B")],
        [("Was this article helpful?", "", "", "B")],
        [("Send feedback", "", "", "B")],
        [("More for you", "", "", "B")],
        [("Cranes name 26-man squad for Afcon qualifier in Yaoundé", "", "", "B")],
        [("Kampala traffic: the roads that close for Martyrs Day", "", "", "B")],
        [("© 2026 Zebu Media", "", "", "B")],
    ],
    [
        [("FeedNest", "", "", "B")],
        [("All feeds › Agriculture › The Buriganga Post — Agriculture", "", "", "B")],
        [("12 unread · Mark all as read", "", "", "B")],
        [("Flash floods submerge 18,200 hectares of Boro paddy in Sunamganj haors", "", "", "W")],
        [("The Buriganga Post · Tanvir Ahmed Chowdhury · 3h", "", "", "B")],
        [("Open original ↗", "", "", "B")],
        [
            (
                "Flash floods have submerged about 18,200 hectares of Boro paddy in Sunamganj's haor wetlands since Saturday, a week before the harvest was due to begin in most areas, the Department of Agricultural Extension (DAE) said on Tuesday.",
                "the Department of Agricultural Extension",
                "said",
                "W",
            ),
            (
                "The district had planted 223,300 hectares of Boro this season, it said.",
                "the Department of Agricultural Extension",
                "said",
                "W",
            ),
        ],
        [
            (
                "Md. Abdul Kader Mia, deputy director of the DAE's Sunamganj office, said only about 35 per cent of the crop in the affected haors had been cut before the water arrived.",
                "Md. Abdul Kader Mia",
                "said",
                "W",
            ),
            (
                "“Farmers were waiting for the grain to ripen fully.",
                "Md. Abdul Kader Mia",
                "said",
                "",
            ),
            (
                "Three more days and most of it would have been in the yard,” he said.",
                "Md. Abdul Kader Mia",
                "said",
                "",
            ),
        ],
        [
            (
                "The Flood Forecasting and Warning Centre (FFWC) of the Bangladesh Water Development Board said the Surma was flowing 62 cm above the danger level at Sunamganj town at 9am on Tuesday.",
                "The Flood Forecasting and Warning Centre of the Bangladesh Water Development Board",
                "said",
                "W",
            ),
            (
                "It said heavy rain in India's Meghalaya and Assam, which drain into the Surma and Kushiyara, was expected to continue for at least 48 hours.",
                "The Flood Forecasting and Warning Centre of the Bangladesh Water Development Board",
                "said",
                "",
            ),
            (
                "Cherrapunji in Meghalaya recorded 412 mm of rain in the 24 hours to Monday morning, the centre said.",
                "the centre",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Dharmapasha upazila, the embankment protecting Gurmar haor was breached at two points early on Monday.",
                "",
                "",
                "W",
            ),
            (
                "Dharmapasha Upazila Nirbahi Officer Sabrina Yasmin said 46 families had moved to a school on higher ground.",
                "Sabrina Yasmin",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Tuesday, farmers in Tahirpur waded chest-deep into the water to cut what they could, loading the wet sheaves onto boats.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Abul Hossain, 52, a farmer in the haor, said he had lost nearly all of the 4.5 acres he had planted.",
                "Abul Hossain",
                "said",
                "",
            ),
            (
                "“I took a loan of Tk 60,000 from an NGO for seed and fertiliser.",
                "Abul Hossain",
                "asked",
                "",
            ),
            ("How will I pay it back now?” he asked.", "Abul Hossain", "asked", ""),
        ],
        [
            (
                "Farmers in the area said they were paying combine harvester owners Tk 3,500 per bigha, almost double last year's rate, because farm labourers were scarce.",
                "Farmers in the area",
                "said",
                "W",
            ),
            (
                "Traders at the Jamalganj bazar said the price of coarse paddy had risen to Tk 1,150 a maund from Tk 1,020 a week earlier.",
                "Traders at the Jamalganj bazar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Water Development Board spent Tk 112 crore repairing and raising haor embankments in Sunamganj this season, said Mamun Hawlader, the board's executive engineer in the district.",
                "Mamun Hawlader",
                "said",
                "W",
            ),
            (
                "Haor Krishak Forum, a farmers' group, said work on 19 embankment projects had been finished after the February 28 deadline set under the government's embankment policy.",
                "Haor Krishak Forum",
                "said",
                "W",
            ),
            (
                "Hawlader said the breach at Gurmar was caused by “water pressure no embankment could hold”, not by late work.",
                "Mamun Hawlader",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Sunamganj district administration said it had handed out 300 tonnes of rice and Tk 15 lakh in cash to affected families.",
                "The Sunamganj district administration",
                "said",
                "W",
            ),
            (
                "The agriculture ministry said it would give free seed and fertiliser for the Aman season to 42,000 affected farmers.",
                "The agriculture ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Bangladesh Rice Research Institute scientist Dr. Mahbubur Rahman-Sarkar said farmers who had planted short-duration varieties such as BRRI dhan88 had mostly harvested in time.",
                "Mahbubur Rahman-Sarkar",
                "said",
                "W",
            ),
            (
                "He said the institute would push for wider use of such varieties in the haors next season.",
                "Mahbubur Rahman-Sarkar",
                "said",
                "",
            ),
        ],
        [
            ("Boro accounts for more than half of Bangladesh's annual rice output.", "", "", "W"),
            (
                "The government has set a target of procuring 1.4 million tonnes of Boro rice this season, at Tk 49 a kilo.",
                "",
                "",
                "W",
            ),
            (
                "The FFWC said water levels could begin to fall from Thursday if rainfall upstream eased.",
                "The Flood Forecasting and Warning Centre of the Bangladesh Water Development Board",
                "said",
                "",
            ),
        ],
        [("Why do the haors flood?", "", "", "")],
        [
            (
                "The haors are low-lying basins that fill each monsoon with water from the hills of Meghalaya and are farmed only in the dry season.",
                "",
                "",
                "W",
            ),
            (
                "In April 2017, flash floods destroyed most of Sunamganj's Boro crop before it could be harvested.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The post Flash floods submerge 18,200 hectares of Boro paddy in Sunamganj haors appeared first on The Buriganga Post.",
                "",
                "",
                "B",
            )
        ],
        [("Categories: Agriculture, Boro, Sunamganj, Flood", "", "", "B")],
        [("☆ Star   ✓ Mark as read   ↗ Share   ⋯ More", "", "", "B")],
        [("Next in Agriculture", "", "", "B")],
        [("Munshiganj potato growers turn to cold storage as prices slump", "", "", "B")],
        [("The Buriganga Post · 5h", "", "", "B")],
    ],
    [
        [
            (
                "This is a stored copy of https://www.grandharbourgazette.com.mt/culture/restored-altarpiece-returns-to-zebbug-parish-church/.",
                "",
                "",
                "B",
            ),
            ("It shows the page as it appeared on 4 Oct 2026 07:52:10 GMT.", "", "", "B"),
        ],
        [
            ("The live page may have changed since this snapshot was taken.", "", "", "B"),
            ("Learn more.", "", "", "B"),
        ],
        [("Full version    Text-only version    View source", "", "", "B")],
        [("Skip to content", "", "", "B")],
        [("Grand Harbour Gazette", "", "", "B")],
        [("News", "", "", "B")],
        [("Culture", "", "", "B")],
        [("Home / Culture", "", "", "B")],
        [("Restored altarpiece back in Żebbuġ parish church after 19 months", "", "", "W")],
        [("Marija Borg Cardona", "", "", "B")],
        [("Sunday, 4 October 2026, 06:30", "", "", "B")],
        [
            (
                "Image: The Holy Family altarpiece is lowered into its frame at the parish church of St Philip in Żebbuġ.",
                "",
                "",
                "",
            ),
            ("Photo: Heritage Malta", "", "", "B"),
        ],
        [
            (
                "A 17th-century altarpiece of the Holy Family returned to the parish church of St Philip in Żebbuġ on Saturday after a 19-month restoration at Heritage Malta's conservation laboratories in Kalkara.",
                "",
                "",
                "W",
            ),
            (
                "The 3.2-metre canvas was lowered into its frame above the side altar at 10am by a team of eight.",
                "",
                "",
                "W",
            ),
            (
                "Parish records date the painting to c. 1688 and name its painter as Antonio Xerri Bonavia, a little-known pupil of Mattia Preti.",
                "Parish records",
                "date",
                "W",
            ),
        ],
        [
            (
                "Heritage Malta conservator Dr Rebecca Farrugia Galea, who led the restoration, said X-ray images had revealed an earlier composition beneath the visible one, with Joseph placed on the left of the Virgin rather than the right.",
                "Rebecca Farrugia Galea",
                "said",
                "W",
            ),
            (
                "“It is as if the painter changed his mind halfway through.",
                "Rebecca Farrugia Galea",
                "said",
                "",
            ),
            (
                "For us that was the most exciting moment of the whole project,” she said.",
                "Rebecca Farrugia Galea",
                "said",
                "",
            ),
            (
                "She said the canvas had been patched at least four times since the 18th century and that a varnish applied in the 1950s had turned almost brown.",
                "Rebecca Farrugia Galea",
                "said",
                "W",
            ),
        ],
        [
            (
                "The restoration cost €48,600 and was paid for by the parish and the Żebbuġ Local Council, according to the parish priest, Fr Mark Spiteri Degiorgio.",
                "Mark Spiteri Degiorgio",
                "according to",
                "W",
            ),
            (
                "Fr Spiteri Degiorgio said about 600 people attended a Mass of thanksgiving on Saturday evening.",
                "Mark Spiteri Degiorgio",
                "said",
                "W",
            ),
            (
                "“Some of the older parishioners were in tears.",
                "Mark Spiteri Degiorgio",
                "said",
                "",
            ),
            (
                "They remember it as a dark picture they could hardly see,” he said.",
                "Mark Spiteri Degiorgio",
                "said",
                "",
            ),
        ],
        [
            (
                "The work was supervised by the Superintendence of Cultural Heritage, whose approval is needed for any intervention on a scheduled work of art.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Heritage Malta's chief executive, Kenneth Attard Montalto, said the agency had restored 37 works for parishes since 2020 and had another 120 requests on its waiting list.",
                "Kenneth Attard Montalto",
                "said",
                "W",
            ),
            ("“Every village has a painting like this.", "Kenneth Attard Montalto", "said", ""),
            ("We cannot do them all at once,” he said.", "Kenneth Attard Montalto", "said", ""),
        ],
        [
            (
                "Art historian Dr Daniela Vella Pace, of the University of Malta, said the hidden composition did not settle who painted the work.",
                "Daniela Vella Pace",
                "said",
                "",
            ),
            ("“An X-ray tells you the painter hesitated.", "Daniela Vella Pace", "said", ""),
            ("It does not tell you his name,” she said.", "Daniela Vella Pace", "said", ""),
        ],
        [
            (
                "A display on the restoration, including the X-ray images, will open in the church's sacristy on 12 October and run until 31 October.",
                "",
                "",
                "W",
            ),
            (
                "Entrance is free, and the church is open to visitors from 9am to noon, Monday to Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [("1 comment", "", "", "B")],
        [("Carmel Azzopardi Brincat says:", "", "", "B")],
        [("4 October 2026 at 9:14 am", "", "", "B")],
        [
            ("Well done to everyone involved.", "Carmel Azzopardi Brincat", "says", ""),
            ("It looks like a different painting.", "Carmel Azzopardi Brincat", "says", ""),
        ],
        [("Reply", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Grand Harbour Gazette Ltd.", "", "", "B"),
            ("Registered in Malta, C 41982.", "", "", "B"),
        ],
        [("Privacy Policy    Cookie Policy    Contact", "", "", "B")],
    ],
    [
        [("4   ERONGO HERALD   Thursday 12 March 2026", "", "", "B")],
        [("NEWS", "", "", "B")],
        [
            (
                "Coastal lichen fields shrink by 40% in 17 years, researchers find",
                "researchers at the Gobabeb Namib Research Institute",
                "find",
                "W",
            )
        ],
        [("Off-road driving blamed for most of the damage", "", "", "W")],
        [("NDAPEWA SHIKONGO-HAMUTENYA", "", "", "B")],
        [("WALVIS BAY", "", "", "B")],
        [
            (
                "L ichen fields on the central Namib coast have shrunk by about 40% since 2009, researchers at the Gobabeb Namib Research Institute have found.",
                "researchers at the Gobabeb Namib Research Institute",
                "have found",
                "W",
            ),
            (
                "The team compared drone and satellite images of 14 lichen fields between Swakopmund and Walvis Bay with a ground survey carried out 17 years ago.",
                "",
                "",
                "W",
            ),
            (
                "The largest field, near Wlotzkasbaken, has lost more than half its cover, the researchers write in the Southern African Journal of Dryland Ecology.",
                "the researchers",
                "write in the Southern African Journal of Dryland Ecology",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Hilma Nangolo-Beukes said off-road driving was responsible for most of the damage, but that fog had also become less frequent over the period.",
                "Hilma Nangolo-Beukes",
                "said",
                "W",
            ),
            ("“Lichens grow perhaps one milli- metre a year.", "Hilma Nangolo-Beukes", "said", "W"),
            (
                "A tyre track made in a minute can still be seen fifty years later,” she said.",
                "Hilma Nangolo-Beukes",
                "said",
                "W",
            ),
        ],
        [
            (
                "The institute's fog collectors at Gobabeb recorded an average of 61 fog days a year between 2015 and 2025, compared with 87 a year in the 1990s, according to the study.",
                "the study",
                "according to",
                "W",
            ),
            (
                "Co-author Prof. Johannes Kotzé, of the University of Namibia, said it was too early to blame the drop in fog on climate change.",
                "Johannes Kotzé",
                "said",
                "",
            ),
            ("“We have 30 years of fog measurements.", "Johannes Kotzé", "said", "W"),
            (
                "That is not long enough to tell a trend from a cycle,” he said.",
                "Johannes Kotzé",
                "said",
                "",
            ),
        ],
        [("Continued on page 5", "", "", "B")],
        [
            ("HARDWARE SALE!", "", "", "B"),
            (
                "20% off all paint and brushes this weekend only at Dune Hardware, Walvis Bay.",
                "",
                "",
                "B",
            ),
        ],
        [("ERONGO HERALD   Thursday 12 March 2026   5", "", "", "B")],
        [("From page 4", "", "", "B")],
        [("Lichen fields", "", "", "B")],
        [
            (
                "Gobabeb's executive director, Dr Tobias Shapumba-Kruger, said the institute had measured fog at the station every day since 1994.",
                "Tobias Shapumba-Kruger",
                "said",
                "W",
            ),
            (
                "“Our fog record is one of the longest kept in any desert.",
                "Tobias Shapumba-Kruger",
                "said",
                "W",
            ),
            ("Without it we would be guessing,” he said.", "Tobias Shapumba-Kruger", "said", ""),
        ],
        [
            (
                "The lichen fields, among the most extensive in the world, lie inside the Dorob National Park, which was proclaimed in 2010.",
                "",
                "",
                "W",
            ),
            (
                "Driving off designated routes in the park is an offence under its regulations, with fines of up to N$20,000.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry of Environment, Forestry and Tourism said it recorded 212 off-road driving offences in the park in 2025 and issued ﬁnes totalling N$1.3 million.",
                "The Ministry of Environment, Forestry and Tourism",
                "said",
                "W",
            ),
            (
                "Ministry spokesperson Selma Hangula-Witbooi said the ministry would put up 40 more signs and install cameras on two tracks used by tour operators.",
                "Selma Hangula-Witbooi",
                "said",
                "",
            ),
        ],
        [
            (
                "Tour operators in Swakopmund said most of the damage was decades old and had been done by visitors driving without guides.",
                "Tour operators in Swakopmund",
                "said",
                "W",
            ),
            (
                "Hendrik Claassen-Gowaseb, who runs quad-bike tours from the town, said his company had held a permit for an area south of Swakopmund since 2014.",
                "Hendrik Claassen-Gowaseb",
                "said",
                "W",
            ),
            ("“We are not the enemy of the lichens.", "Hendrik Claassen-Gowaseb", "said", ""),
            (
                "We want the tourists to see them too,” he said.",
                "Hendrik Claassen-Gowaseb",
                "said",
                "",
            ),
        ],
        [
            (
                "LIVING CRUST: Orange and grey lichens on a gravel plain near Wlotzkasbaken.",
                "",
                "",
                "",
            ),
            ("Photo: Gobabeb Namib Research Institute", "", "", "B"),
        ],
        [
            (
                "Lichens in the Namib take most of their water from fog rather than rain, which averages less than 20mm a year on the coast.",
                "",
                "",
                "W",
            ),
            ("Several of the species are found nowhere else on Earth.", "", "", "W"),
            (
                "The re- searchers plan to fence off two test plots this year to measure how fast the lichens recover.",
                "",
                "",
                "",
            ),
        ],
        [("How can visitors help?", "", "", "")],
        [
            (
                "Stay on marked tracks and do not walk on the dark crusts, the institute advises.",
                "the institute",
                "advises",
                "",
            )
        ],
        [("news@erongoherald.com.na", "", "", "B")],
        [
            (
                "ERONGO HERALD is printed and published by Erongo Herald Publishers (Pty) Ltd, 17 Sam Nujoma Avenue, Walvis Bay.",
                "",
                "",
                "B",
            )
        ],
        [("Tel. 064 205 118 | Fax 064 205 119", "", "", "B")],
    ],
]

CASES = [
    (
        "n159-nz-pm-no-periods-ends",
        "The chamber emptied at 4.12pm. Councillors came back at 6.30pm to sign off the minutes.",
        [
            "The chamber emptied at 4.12pm.",
            "Councillors came back at 6.30pm to sign off the minutes.",
        ],
    ),
    (
        "n159-nz-parenthesis-sentence",
        "The library deferral failed 6–8. (The council has 14 members, the mayor among them.) Cr Te Huia-Lusk said she would bring it back in 2027.",
        [
            "The library deferral failed 6–8.",
            "(The council has 14 members, the mayor among them.)",
            "Cr Te Huia-Lusk said she would bring it back in 2027.",
        ],
    ),
    (
        "n159-za-adv-capt-mid",
        "Adv. Qwabe-Louw read from the affidavit of Capt. Jansen-Mqhayi for most of the morning. It runs to 212 pages.",
        [
            "Adv. Qwabe-Louw read from the affidavit of Capt. Jansen-Mqhayi for most of the morning.",
            "It runs to 212 pages.",
        ],
    ),
    (
        "n159-za-ltcol-mid",
        "Lt-Col. Mgwebi-Adams would not say how many suspects were still being sought. Two, he hinted, were former metro officials.",
        [
            "Lt-Col. Mgwebi-Adams would not say how many suspects were still being sought.",
            "Two, he hinted, were former metro officials.",
        ],
    ),
    (
        "n159-za-pty-ltd-ends",
        "The fuel-card contract went to Karoo Fleet Services (Pty) Ltd. Its director has not been charged.",
        [
            "The fuel-card contract went to Karoo Fleet Services (Pty) Ltd.",
            "Its director has not been charged.",
        ],
    ),
    (
        "n159-my-mil-ends",
        "The state has set aside RM2.3mil. Most of it will go on larvicide for Petaling and Gombak.",
        [
            "The state has set aside RM2.3mil.",
            "Most of it will go on larvicide for Petaling and Gombak.",
        ],
    ),
    (
        "n159-my-ellipsis-capital",
        "“We fog, it rains, we fog again… It never ends,” said the inspector.",
        ["“We fog, it rains, we fog again…", "It never ends,” said the inspector."],
    ),
    (
        "n159-my-datuk-dr-no-period",
        "Datuk Dr Suraya Kamal Ariffin said the figures were provisional. Dr Suraya will give an update on Friday.",
        [
            "Datuk Dr Suraya Kamal Ariffin said the figures were provisional.",
            "Dr Suraya will give an update on Friday.",
        ],
    ),
    (
        "n159-sg-regn-no-then-rights",
        "Copyright © 2026 Kallang Review Press Ltd. Co. Regn. No. 198400271K. All rights reserved.",
        [
            "Copyright © 2026 Kallang Review Press Ltd.",
            "Co. Regn. No. 198400271K.",
            "All rights reserved.",
        ],
    ),
    (
        "n159-sg-decimal-dollar-ends",
        "The adult monthly pass will cost $134.70. The seniors' pass stays at $64.",
        ["The adult monthly pass will cost $134.70.", "The seniors' pass stays at $64."],
    ),
    (
        "n159-sg-madam-mr-no-period",
        "“It adds up,” said Madam Ng. Mr Goh said the council had heard the same from many commuters.",
        [
            "“It adds up,” said Madam Ng.",
            "Mr Goh said the council had heard the same from many commuters.",
        ],
    ),
    (
        "n159-jm-ellipsis-lower",
        "“They gave up two afternoons a week… the parents sent lunch,” the principal said.",
        ["“They gave up two afternoons a week… the parents sent lunch,” the principal said."],
    ),
    (
        "n159-jm-email-question",
        "Trouble viewing this message? Open it in your browser.",
        ["Trouble viewing this message?", "Open it in your browser."],
    ),
    (
        "n159-jm-ltd-comma-address",
        "The Blue Mahoe Record Ltd., 12 Haining Road, Kingston 5, publishes this briefing daily.",
        ["The Blue Mahoe Record Ltd., 12 Haining Road, Kingston 5, publishes this briefing daily."],
    ),
    (
        "n159-ng-mm-ends",
        "Ikeja logged 212.4mm. No station in Lagos had recorded more in a day since 1951.",
        ["Ikeja logged 212.4mm.", "No station in Lagos had recorded more in a day since 1951."],
    ),
    (
        "n159-ng-am-no-periods-in-quote",
        "“I set out at 6am. By 3pm I was home again,” the driver said.",
        ["“I set out at 6am.", "By 3pm I was home again,” the driver said."],
    ),
    (
        "n159-ng-prof-mid",
        "NiMet's director-general, Prof. Danladi-Yusuf, spoke from Abuja. He repeated the warning twice.",
        [
            "NiMet's director-general, Prof. Danladi-Yusuf, spoke from Abuja.",
            "He repeated the warning twice.",
        ],
    ),
    (
        "n159-lk-rs-decimals",
        "The old record, Rs. 1,441.87, stood for nine weeks. Last week's average was Rs. 1,468.22.",
        [
            "The old record, Rs. 1,441.87, stood for nine weeks.",
            "Last week's average was Rs. 1,468.22.",
        ],
    ),
    (
        "n159-lk-pvt-ltd-ends",
        "The weekly figures come from Kandyan Brokers (Pvt) Ltd. Two other brokers gave similar numbers.",
        [
            "The weekly figures come from Kandyan Brokers (Pvt) Ltd.",
            "Two other brokers gave similar numbers.",
        ],
    ),
    (
        "n159-lk-ie-mid",
        "Low-grown teas, i.e. teas from below 600 metres, led the gains. High-grown teas were flat.",
        [
            "Low-grown teas, i.e. teas from below 600 metres, led the gains.",
            "High-grown teas were flat.",
        ],
    ),
    (
        "n159-tt-am-ends",
        "The bandits drove off around 3.15 a.m. Neighbours found the wife tied to a chair.",
        ["The bandits drove off around 3.15 a.m.", "Neighbours found the wife tied to a chair."],
    ),
    (
        "n159-tt-nested-quote-capital",
        "“She kept screaming, ‘They killed him.’ I hear it every night,” the neighbour said.",
        ["“She kept screaming, ‘They killed him.’", "I hear it every night,” the neighbour said."],
    ),
    (
        "n159-tt-snr-supt-am-mid",
        "Snr Supt Baptiste-Maharaj said the two men were held around 11 a.m. on Wednesday in California, Couva.",
        [
            "Snr Supt Baptiste-Maharaj said the two men were held around 11 a.m. on Wednesday in California, Couva."
        ],
    ),
    (
        "n159-ug-results-numbered",
        "Men: 1. Joshua Mukasa-Odongo (UGA) 59:48; 2. Felix Kiprono-Ruto (KEN) 60:12.",
        ["Men: 1. Joshua Mukasa-Odongo (UGA) 59:48; 2. Felix Kiprono-Ruto (KEN) 60:12."],
    ),
    (
        "n159-ug-am-mid-ltd-comma",
        "The 6.30 a.m. start kept the heat off the leaders. Nalubaale Breweries Ltd., the sponsor, paid each winner Shs20m.",
        [
            "The 6.30 a.m. start kept the heat off the leaders.",
            "Nalubaale Breweries Ltd., the sponsor, paid each winner Shs20m.",
        ],
    ),
    (
        "n159-bd-md-opens-sentence",
        "The DAE gave its estimate on Tuesday. Md. Abdul Kader Mia, who runs its Sunamganj office, said it would rise.",
        [
            "The DAE gave its estimate on Tuesday.",
            "Md. Abdul Kader Mia, who runs its Sunamganj office, said it would rise.",
        ],
    ),
    (
        "n159-bd-question-then-attribution",
        "“The loan was Tk 60,000. Who will repay it now?” the farmer asked.",
        ["“The loan was Tk 60,000.", "Who will repay it now?” the farmer asked."],
    ),
    (
        "n159-mt-circa-date-ends",
        "The parish archive dates the canvas to c. 1688. Who painted it is less certain.",
        ["The parish archive dates the canvas to c. 1688.", "Who painted it is less certain."],
    ),
    (
        "n159-mt-url-then-sentence",
        "This is a stored copy of https://www.grandharbourgazette.com.mt/culture/altarpiece/. It shows the page as it appeared on 4 Oct 2026.",
        [
            "This is a stored copy of https://www.grandharbourgazette.com.mt/culture/altarpiece/.",
            "It shows the page as it appeared on 4 Oct 2026.",
        ],
    ),
    (
        "n159-na-drop-cap-and-hyphen-break",
        "L ichen cover fell by 40%. The crusts grow about one milli- metre a year.",
        ["L ichen cover fell by 40%.", "The crusts grow about one milli- metre a year."],
    ),
]
