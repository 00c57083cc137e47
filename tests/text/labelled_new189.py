"""Hundred-and-eighty-ninth set of new hand-labelled pages for the hint engines (tuning set, round sixty-five):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, where FURNITURE IS HARD
TO TELL FROM STORY, from English-language outlets in twelve places of South Asia, East Asia and the Gulf (Pakistan,
Bangladesh, Sri Lanka, Nepal, Japan, South Korea, Taiwan, Hong Kong, the United Arab Emirates, Qatar, Oman, Bahrain),
one page per place, each a different kind of site and paste. The pages:
- Pakistan: a national daily's website pasted on the DESKTOP, with prayer-time, currency and gold widgets, a reader
  poll and comments (Karachi's water utility fixes the price of a 1,000-gallon tanker at Rs2,950 and opens a
  booking helpline);
- Bangladesh: a private TV channel's news site pasted from a PHONE, with live-TV, Telegram and Google News prompts
  and a "what you need to know" box (dengue: 1,182 admitted in 24 hours and seven more deaths);
- Sri Lanka: a Sunday paper's E-PAPER, text copied from the PDF across a page jump, with an index, a classified ad
  and the imprint line (the utilities commission cuts household power tariffs by 14.2% from July 1);
- Nepal: an online news portal in READER MODE, with inline "Also Read" links, an exchange-rate strip, a numbers box
  and an author bio (a record 512 Everest summits from the Nepal side, GPS trackers and waste deposits);
- Japan: a national daily's English edition in PRINT VIEW, with the browser's page count, running title and date
  stamp (4,118 heatstroke ambulance transports in Tokyo in July, a record);
- South Korea: a news service's LIVE-UPDATES page, newest entry first, with a key-facts box and a vote prompt
  (Seoul's city bus strike, subway hours extended, talks to resume at 3 p.m.);
- Taiwan: an English-language daily read in a NEWS-AGGREGATOR APP, with a follow line, a listen button, reactions,
  comments and a video (Taipei and New Taipei cancel work and classes as a typhoon nears);
- Hong Kong: a financial daily's APP, its article text SHARED, with index and stock tickers, a reader poll and an
  investment disclaimer (a Kai Tak residential site sells for HK$3.18 billion, near the bottom of the range);
- the United Arab Emirates: a morning EMAIL NEWSLETTER pasted from WEBMAIL, with weather, prayer-time and currency
  boxes, a sponsored line and a reply prompt (Dubai's peak parking rates from April 1, later Green Line trains and
  an oversubscribed IPO);
- Qatar: a Doha daily's AMP page (the midday outdoor work ban runs from June 1 to September 15, with a hotline);
- Oman: a Muscat daily's TEXT-ONLY, low-bandwidth edition split over two pages (Dhofar's khareef season passes one
  million visitors);
- Bahrain: a daily's page pasted from an ARCHIVED COPY, with the archive's banner, comments and a consent notice
  (new speed cameras record 38,112 violations in 30 days).

What is hard is telling the site's lines from the story's lines when both look alike, and labelling each by what it
is. Furniture is "B" line by line WHATEVER IT SAYS, even when it states a figure, a date, a time or a question, and
never carries a speaker: prayer-time, weather, air-quality, currency, gold and index widgets ("Karachi prayer
timings: Fajr 4:14 | ...", "Interbank $1 = Rs281.62 ...", "NPR 138.21 = US$1 | ...", "HSI 21,486.30 ▲132.08 ...",
"Muscat 39°C | Salalah 26°C, drizzle | ..."); follow, join-channel, app, alert and e-paper prompts; inline "ALSO READ
|", "Also Read:", "▶ RELATED:", "Related:", "READ:" and "Also read:" links in the middle of the story; a ticker that
repeats the story's own share price ("Stocks in this story: Pinewood Peak (1879) HK$8.74 +2.10%"); reader polls,
their questions and their percentages; tag and topic lists and hashtags; an author bio with a count of seasons;
correction notes and editor's notes with dates and times ("Correction: An earlier version ... June 15." / "They
apply from Monday, June 18."; "Editor's note: This article was updated on November 11 at 4:20 p.m. ..."); reader
comments with handles and times, their figures and questions included ("BD300 for going 31 over on an empty road at
3am?"); a consent notice with its "214 partners"; a sponsored savings rate; a classified ad; an e-paper's page
header, "Continued on page 4", its jump head and "From page 1"; a print view's page count, running title (the
headline repeated with the site's name) and date stamp; webmail's inbox and tab notices, the newsletter's SUBJECT
LINE (a list of its stories), sender, date, images notice and reply line; an aggregator's source, listen, reaction,
trending and report lines and a video's running time; an archive's banner and capture lines; a text-only edition's
low-bandwidth notice and page markers; and the legal lines. Story lines that LOOK like furniture are labelled by
content and never "B": short one-line story paragraphs ("The new rates take effect on Monday.", "Eleven were dead on
arrival.", "The last came on May 29.", "Most were small contractors.", "Trains now stop at midnight."); subheads of
the story ("How to book", "Trackers and trash", "Air conditioners off", "Transport", "Next sites", "What the law
says", "How they came:" all "", and "Barishal worst hit outside Dhaka", a checkable claim, "W"); a newsletter's
numbered item heads, flagged like headlines ("1. Peak parking rates arrive on April 1", "W"); bullets and lists of
record ("W": a notification's rates and fines, a live page's key facts, a "what you need to know" box, the ways
visitors came) against data rows ("": a numbers box, a tender box, a tariff table) and advice bullets (""); times and
dates inside the story ("between 8 a.m. and 11 p.m.", "at 8:10 a.m. on May 9", "at 2:47 p.m.", "talks resume at 3
p.m.", "from 10 a.m. to 3.30 p.m.", "at 3:12 a.m. on October 27"); quoted slogans on a banner, a poster or in a chant
(""); helplines, hotlines, call centres and their hours reported as news ("the helpline 1331 between 8 a.m. and 11
p.m.", "The health helpline 16417 takes dengue calls 24 hours a day", "the commission's hotline, 1935, from 8.30
a.m. to 4.15 p.m. on weekdays", "around the clock on 1999", "the RTA call centre on 800 4477", "the ministry's
hotline, 16008", all "W") and deadlines and schedules set by those who run them ("close at noon on September 14",
"go on sale on Shrawan 1", "will run until 1am on Friday and Saturday nights from March 9"); weather of record in the
story (a rain gauge's 312 millimeters, a directorate's 214 mm of drizzle, "W") against the weather widgets ("B");
the story's own app (the corporation's Online Tanker Service app, the ministry's Amal Safe app, "W") against the
outlet's app prompts ("B"); and captions describing scenes ("", their credits "B"), a video's description and a
text-only edition's "[Image not shown]" placeholder ("" and "B").

Beside that the usual split between record and the rest holds. Of record ("W"): figures from bodies, officials,
firms and documents (tanker rates and the rates they replaced, admissions, deaths and beds, tariffs and a surplus,
permits, deposits and royalties, transports, alerts and shelters, strike votes, journeys and subsidies, a storm's
position and evacuations, a land price and its estimates, parking rates and spaces, an IPO price and cover, sites
inspected and closed, visitors, spending and occupancy, violations and road deaths); causal claims ("followed a 38
per cent rise ... in what the utility pays for diesel and electricity", "because hydro plants generated 46 per
cent"); acts, decisions and rulings (a court's order, a 3-1 vote, a Cabinet decision, a tender awarded, a land
warning, closures of work and classes); rules, conditional ones too ("Work may go on at any hour if the wet-bulb
globe temperature ... stays below 32.5 C", "A driver who collects 12 points in two years loses the licence for a
year"); past estimates reported as fact ("It was near the bottom of surveyors' estimates", "Visitors spent an
estimated RO 96 million"); and scheduled events and services set by those who run them. Not worth checking (""):
forecasts ("It is forecast to make landfall", "Forecasters said up to 800 millimeters ... could fall", "Analysts
at Shek O Securities expect"); plans and intentions, even official ones ("The Sindh government has said it will
seal", "The government plans to make the trackers compulsory", "The RTA said it would review the rates", "The
ministry plans to open", "said she would ask parliament"); conditional stances ("could not pay more unless the city
raised its subsidy", "would stay open unless local police ordered them shut"); advice ("please leave home 30
minutes early", "Doctors advise ...", the department's advice bullets); opinions, characterisations and feelings;
a private person's own figures (a contractor's 19 tankers, a resident's Rs6,500, a guesthouse's RO 45, a
scaffolder's hours); questions; a newsletter's greeting, teaser and "Our take"; scenes and captions; and data rows.

The pages hold 545 sentences: 260 "B", 184 "W" and 101 ""; 117 sentences carry a speaker (75 distinct speakers,
page by page; 74 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order;
`CASES` holds 30 split cases written fresh in the manner of the pages (not copied from them): 19 that must split
where a sentence ends at a firm suffix ("(Pvt.) Ltd.", "(Pvt) Ltd.", "Co.", "Co., Ltd.", "Ltd.", "L.L.C.", "W.L.L.",
"S.A.O.C."), a time ("p.m.", "a.m."), a unit ("39.8 C."), after a question's or an exclamation's attribution, or
after a quoted question with no attribution, and 11 where an abbreviation, a title, initials, a designation or a
time sits inside a sentence that must not be split there ("No. 7", "Dr.", "W.M.", "No. 6", "vs.", "Mr.", "10 a.m.
Thursday", "Ltd. said", "P.O. Box", "Eng.", "5 p.m. on Friday").

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, crumb, widget, byline, date line, prompt, share line, caption, credit,
time stamp, inline link, bullet, table row, box line, poll line, comment, page marker and legal line is a paragraph
of its own, except that a caption and a credit pasted in one line are two sentences of one paragraph); each paragraph
a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says, never with a speaker; a caption by its content and its credit "B"; tables and boxes pasted as
lines with a "B" title, header row and source line, their data rows "" and their bullets of record "W"; headlines and
standfirsts never split and flagged by content, a "says" carrying the source as the body first gives it ("the Tokyo
Fire Department", "the Ministry of Labour", and "traffic chief says" resolving to "Ebrahim Yousif Al Dosseri", the
person the role names); a person named in full as first given, without titles or roles ("Chief executive", "Dr.",
"CEB general manager", "Commission chairperson", "Department director", "Vice Mayor", "Union chairman", "Taipei
Deputy Mayor", "Engineer", "director of events at Dhofar Municipality", "Traffic director", "MP"), a pronoun or
surname resolving to that name, initials kept ("S.M. Ranjith Abeysundara", "K.P. Dilhani Wickramaratne"), names
family name first kept in their order ("Yoon Seo-hyun", "Baek Dong-cheol", "Hsu Pei-ling", "Edmund Tsang Wing-kei"),
and Arabic names kept whole with "bin" and "Al" ("Hilal bin Ahmed Al Mashani", "Khalid Mubarak Al Hajri"); a quote
over several sentences carrying its speaker and cue in each; "according to X" giving X as written, a bracketed
acronym dropped ("the Directorate General of Health Services", "preliminary figures from the National Centre for
Statistics and Information", "the power company's outage map", "the department"); an acronym, a short form or "It"
resolving to the name as first given ("the DGHS said in its daily bulletin" -> "the Directorate General of Health
Services", "the CWA said" -> "the Central Weather Administration", "The RTA said" -> "the Roads and Transport
Authority", "Pinewood Peak said" -> "Pinewood Peak Properties Ltd.", "It said" -> "the Public Utilities Commission
of Sri Lanka"), a single generic noun kept as written ("the corporation", "the notification", "the bulletin", "the
commission", "the department", "the centre", "the ministry", "The ministry", "the decision", "the directorate", "the
airport", "The government", "mediators", "officials", "Forecasters", "Doctors"); a descriptor before a proper name
dropped ("Convenience store chain Daybright Mart" -> "Daybright Mart"); a channel phrase after the verb part of the
cue ("told reporters at the corporation's head office in Karsaz", "said in a notification", "said in its daily
bulletin", "told Shapla24", "told the Sunday Pathfinder", "told a briefing at City Hall", "said in a filing to the
stock exchange", "told The Abra Brief", "said in a decision"), a time after it not ("on Sunday"); other reporting
verbs as written ("announced", "showed", "called", "has said", "expect", "plans", "advise", "asked"); and a body
acting with no verb of saying carries no speaker (a utility fixing a price, a court ordering, a commission
approving, a department issuing permits, an agency issuing alerts, a union demanding a raise, a directorate
recording drizzle).

Conventions this set had to settle, in the same spirit:

* FURNITURE THAT STATES FACTS stays "B": a correction note's two sentences, an editor's note with a time, an author
  bio's "11 seasons", a ticker repeating the story's share price, a poll's percentages, a consent notice's partners
  and storage period, a sponsored rate, a classified ad (two sentences), an e-paper's jump head (a short headline of
  the story) and a print view's running title (the headline itself with the site's name after it). The line's place
  and form on the page decide, not its words.
* A NEWSLETTER'S SUBJECT LINE in webmail is the mail client's header, "B", though it lists the stories; its numbered
  item heads inside the newsletter are headlines, flagged by content ("W").
* STORY SUBHEADS are the story's own lines: "" when they only name a topic or hold a colon ("How they came:"), "W"
  when they state a checkable fact. Box LABELS ("WHAT YOU NEED TO KNOW", "KEY FACTS", "SEASON IN NUMBERS", "TENDER AT
  A GLANCE", "NEW DOMESTIC TARIFF ...") stay "B" as in the earlier sets; the lines under them are labelled by
  content: full statements of record "W", terse data rows "", advice "".
* A BOX LINE OF ADVICE WITH A SOURCE ("• Doctors advise going to hospital at once ...") carries the source with its
  verb as cue ("Doctors", "advise"), "".
* SLOGANS on a banner or a poster, or chanted by a crowd, are "" and carry no speaker: a banner, a poster and a crowd
  are not sources ("Outside, a city corporation banner ... read “Empty the water, save a life”.", "Posters at the
  Industrial Area read “Your health first, the work can wait” in six languages.", "chanting “Same road, same
  wage.”").
* A VIDEO in an aggregator is pasted as its running time and its description in one line: "▶ 0:48" is "B" and the
  description "", like a credit and a caption; so is a text-only edition's "[Image not shown]" before its caption.
* A NAME GIVEN BY THE SPEAKER ALONE resolves the group phrase to the name: "A site manager for Al Wakra Steelworks
  W.L.L., who gave his name only as Faisal, said ..." is "Faisal", as "who gave his name as Pak Didin" is "Didin" in
  `labelled_new187.py`.
* PLURAL BODIES are kept as written: "the two city governments announced" is "the two city governments".
* A LIVE PAGE'S vote prompt, copy-link and share lines are "B" between entries, and a caption inside an entry is
  labelled like any caption.

Written from scratch for issue 13 in round sixty-five, before any rule was tuned on them and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test
was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first
articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables
of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new187.py` and
`labelled_new188.py`. Coined names were checked for freshness against the capitalised words (and the parts of
hyphenated ones) of those two files: six name parts ("Chia", "Menon", "Priya", "Raymond", "Salim", "Min") and eleven
outlet, firm and group words ("Creek", "Daily", "Himalayan", "Holdings", "Logistics", "Network", "Research",
"Broadcasting", "Newspapers", "Capital", "Drivers") that hit were replaced before the file was written, and so were
a first replacement that hit again ("Iyer") and, in the split cases, a Karachi place name ("Hasan"); two candidate
replacements ("Today", "Publications") hit too and were not used. Only common words ("Press", "Publishing",
"Online", "Service", "Union", "Bus", "Workers'", "Gas", "Tankers", "Market", "Property"), titles ("Dr",
"Mr", "Mayor", "Chief", "Deputy"), single initials, months, weekdays, platforms ("WhatsApp", "Telegram",
"Facebook", "Google", "Instagram") and real places and bodies still hit.

Every person, outlet, newsletter, aggregator, publisher, firm, developer, valuer, brokerage, contractor, union,
collective, observatory, app, notification, decision, statement, quote and figure is invented, and so are the small
institutions (Sahil Express and Sahil Printing & Publishing (Pvt.) Ltd., Shapla24 and Shapla Television Ltd., the
Sunday Pathfinder and Pathfinder Printers (Pvt) Ltd., the Power Users' Collective of Sri Lanka, Gurans Online, the
Khumbu High-Altitude Workers' Union, The Asagiri Shimbun and The Asagiri Shimbun Co., Ltd., Gwanghwa News, the
Hangang Bus Crews' Union, Scrollwise, The Formosa Daybreak, Daybright Mart, the Lion Rock Economist, Pinewood Peak
Properties Ltd., Evergrace Nominees Ltd., Harbourgate Valuation Ltd., Shek O Securities, The Abra Brief and Abra Brief
Publishing FZ-LLC, Dhow Harbour Freight PJSC, The Doha Crescent, the Amal Safe app, Al Wakra Steelworks W.L.L., the
Gulf Migrant Labour Observatory, The Batinah Monitor and Batinah Publishing House S.A.O.C., The Manama Tide, Dilmun
Roadtech W.L.L. and Tide Press & Publishing W.L.L., and in the split cases Mehran Aqua (Pvt.) Ltd., Ruhuna Meters
(Pvt) Ltd., Thamserku Gas Co., Sumida Facility Service Co., Ltd., Cedar Bay Estates Ltd., Al Safa Smart Parking
L.L.C., Al Khor Steelworks W.L.L. and Musandam Marine Lines S.A.O.C.). Real countries, regions, cities, districts,
streets, highways, causeways, airports, islands, mountains, hospitals, courts, governments, councils, ministries,
departments, directorates, commissions, utilities, police forces, statistics offices, exchanges, laws and other
public bodies appear only as settings, with invented statements and figures: Karachi, Nipa Chowrangi, Karsaz,
Safoora, Gulistan-e-Jauhar, Lyari, Keamari, Baldia, Orangi, Korangi, the Karachi Water and Sewerage Corporation
(KW&SC), the Sindh High Court and the Sindh government; Dhaka, Tejgaon, Barishal, Rangpur, Sylhet, Chattogram, Mugda
Medical College Hospital, the Directorate General of Health Services (DGHS), the health ministry and Dhaka South
City Corporation; Colombo, Maharagama, Kottawa, Kiribathgoda, Bauddhaloka Mawatha, the Public Utilities Commission of
Sri Lanka (PUCSL) and the Ceylon Electricity Board (CEB); Mount Everest, Base Camp, the Khumbu icefall, the Hillary
Step, the Department of Tourism and the Cabinet of Nepal; Tokyo, Nerima Ward, Adachi Ward, Osaka, the Tokyo Fire
Department, the Japan Meteorological Agency, the metropolitan government, the #7119 line, the Ministry of Health,
Labour and Welfare and the Ministry of Economy, Trade and Industry; Seoul, Sindorim and Yeonsinnae stations,
Eunpyeong District, Incheon, Gyeonggi Province, City Hall, the Seoul Regional Labor Relations Commission and the Seoul
Metropolitan Office of Education; Taipei, New Taipei, Keelung, Taoyuan, Yilan, Hsinchu, Hualien, Su'ao, Eluanbi,
Badouzi, Dihua Street, Zhongshan District, Green Island, Orchid Island, the Suhua Highway, Taipei Songshan Airport,
the 1999 line, the Central Weather Administration (CWA), the Directorate General of Highways and the Financial
Supervisory Commission; Kai Tak, Tuen Mun, Ho Man Tin, Shek O, the Lands Department, the Rating and Valuation
Department and the Financial Services and the Treasury Bureau; Dubai, Al Barsha, the Green Line, the Dubai Financial
Market and the Roads and Transport Authority (RTA); Doha, Lusail, the Industrial Area, Al Wakra, Al Khor, Mesaieed
and the Ministry of Labour; Muscat, Salalah, Dhofar, Itteen, Taqah, Thumrait, Adam, Sur, Shinas, Musandam, Salalah
Airport, the National Centre for Statistics and Information (NCSI), the Royal Oman Police, Dhofar Municipality, the
Directorate General of Meteorology and the Ministry of Heritage and Tourism; and Manama, Riffa, the King Faisal
Highway, Sheikh Isa bin Salman Highway, Al Fateh Highway, the Sitra Causeway, the Traffic Law, parliament and the
General Directorate of Traffic.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Pakistani NATIONAL DAILY\'S WEBSITE (Karachi), DESKTOP paste, a WATER-TANKER PRICE NOTIFICATION: the Karachi Water and Sewerage Corporation fixes a 1,000-gallon tanker at Rs2,950 and opens a booking helpline. Head: a jump link, a date line, a PRAYER-TIMINGS widget, an interbank/open-market/gold CURRENCY widget, masthead, menu and crumb (all "B"); headline and a standfirst with a semicolon, of record ("W"); byline, a published/updated line and a WhatsApp-channel FOLLOW PROMPT ("B"); a caption "" and its credit ("B"). Body: the "KARACHI:" lead (the corporation acting, no speaker, "W"), a ONE-LINE paragraph "The new rates take effect on Monday." ("W") and the old rates ("the corporation", "said in a notification", "W"); an inline "ALSO READ |" link ("B"); the chief executive (role dropped) with a causal claim ("W", cue "told reporters at the corporation\'s head office in Karsaz") and a quote (""); a STORY SUBHEAD "How to book" (""), the HELPLINE 1331 "between 8 a.m. and 11 p.m." and the story\'s own app (a service set by those who run it, "W") and the delivery rule ("the notification", "says", "W"); "Advertisement" ("B"); a lead-in and three BULLETS OF RECORD ("W"); a contractor\'s own figures and his quote (""); a resident\'s anecdote and a QUESTION before "she asked." (""); private suppliers not covered ("W"); a High Court order ("W"), the Sindh government\'s plan ("", "has said") and a ONE-LINE "The corporation runs 11 official hydrants." ("W"). Tail: a CORRECTION NOTE of two sentences with dates ("B"), an app prompt, a most-popular label and headline, a tag list, a READERS\' POLL (label, question and percentages), a comment count, two comments with handles and times (one comment two sentences, a question included) and a copyright line split at "(Pvt.) Ltd." before "All rights reserved." (all "B").',
    'Bangladeshi PRIVATE TV CHANNEL\'S NEWS SITE, PHONE BROWSER paste, a DENGUE BULLETIN: 1,182 admitted in 24 hours and seven more deaths. Head: a menu/masthead line, a live-TV prompt, a WEATHER/AQI strip and a section label ("B"); headline ("W"); byline, a published/updated line and a share strip ("B"); a caption "" and its credit ("B"). Body: the lead "in the 24 hours to 8 a.m. on Thursday, according to the Directorate General of Health Services (DGHS)" (bracket dropped, "W"), a ONE-LINE death toll ("W") and "the DGHS said in its daily bulletin" (resolving, "W"); a Google News FOLLOW PROMPT and an inline "Also Read:" link ("B"); patients in hospital, admissions since January and a ONE-LINE "Most of those who died were women." ("W"); a STORY SUBHEAD with a checkable claim "Barishal worst hit outside Dhaka" ("W"), "the bulletin showed" ("W") and a ONE-LINE "No deaths were reported ..." ("W"); a Telegram JOIN PROMPT ("B"); the disease-control director ("Dr." dropped, "told Shapla24", "W") and a quote over two sentences, the second with no attribution (""); a hospital director ("Dr." dropped) with beds and patients ("W") and a quote (""); a scene (""), a mother\'s anecdote ("") and a SLOGAN on a banner ("", no speaker); a city corporation\'s fines ("W") and its FOGGING SCHEDULE "from 6 a.m. to 8 a.m. and from 5 p.m. to 7 p.m." ("W", "it said" resolving). A WHAT-YOU-NEED-TO-KNOW box: label ("B"), three bullets of record (a test price, the HELPLINE 16417 "24 hours a day", a fine rule, "W") and an ADVICE bullet with a source ("Doctors", "advise", ""). Tail: "Advertisement", a QUICK POLL (question and vote line), a topics list, a more-from label and two headlines, an app prompt, an editor/contact line and a copyright line split at "Shapla24." before "All rights reserved." (all "B").',
    'Sri Lankan SUNDAY PAPER\'S E-PAPER, text copied from the PDF across a PAGE JUMP, an ELECTRICITY TARIFF CUT: the utilities commission cuts household tariffs by 14.2% from July 1. Head: e-paper label, edition line, page navigation, masthead, a "Vol. 31 No. 25" line, a WEATHER box, an INSIDE index and a teaser with a page number (all "B"); headline and standfirst (of record, "W"); byline ("B"). Page 1: the revision (the commission acting, bracket in the text, "W"), a vote "by three votes to one" and the second revision this year ("W"); a household bill with "Rs." inside ("the commission", generic, "W") and "It said" a causal claim ("the Public Utilities Commission of Sri Lanka", "W"); "Continued on page 4" ("B"); a caption "" and its "Pic by" credit ("B"); a CLASSIFIED AD of two sentences ("B"). Page 4: the page header, a JUMP HEAD and "From page 1" ("B"); the electricity board\'s proposal ("W", no speaker); its general manager (initials kept, "S.M. Ranjith Abeysundara") on borrowing it would need ("") and a quote (""); the chairperson (initials kept) on a surplus ("W", "told the Sunday Pathfinder") and the next review ("W"); tariffs for religious places and hotels and a ONE-LINE "Industrial tariffs are unchanged." ("W"), the fixed charge and small businesses ("W"); a TARIFF TABLE (title, header and source "B", three rows ""); a consumer collective\'s characterisation ("", "called") and disconnections ("W", "It said"); a tailor\'s anecdote and quote (""); the commission\'s HOTLINE 1935 "from 8.30 a.m. to 4.15 p.m. on weekdays" ("W"). Tail: a letters line, the IMPRINT line with "(Pvt) Ltd. at No. 44," unsplit and a page marker (all "B").',
    'Nepali ONLINE NEWS PORTAL in READER MODE (Kathmandu), an EVEREST SEASON: a record 512 summits from the Nepal side, trackers and waste deposits. Head: the domain ("B"); headline ("W"); byline, reading time and a Bikram Sambat published line ("B"). Body: the record "according to the Department of Tourism" ("W"); permits and the royalty (the department acting, "W"); permit holders who summited and the guides ("W"); an inline "Also Read:" link ("B"); deaths ("the department", "W"); an EXCHANGE-RATE/GOLD STRIP left in the text ("B"); a STORY SUBHEAD "Trackers and trash" (""); the tracker and deposit rules ("W"); the director (role dropped) on forfeited deposits ("W") and a quote (""); the first summit "at 8:10 a.m. on May 9" and a ONE-LINE "The last came on May 29." ("W"); the busiest day "between 4:30 a.m. and 11 a.m." ("W") and no complaints (his, "Adhikari said", "W"); an operator\'s stance ("") and his QUESTION before "he asked." (""); a subhead "Deaths and insurance" (""), unrecovered bodies and a Cabinet decision ("W"); a workers\' union\'s characterisation ("", "called") and its deaths count ("W", "It said"); a second "Also Read:" link ("B"). A SEASON-IN-NUMBERS box (label and source "B", four data rows ""). Royalty income ("W"), the tracker plan ("", his "said") and permits for autumn that "go on sale on Shrawan 1" (a schedule, "W"). Tail: an AUTHOR BIO of two sentences with a count of seasons, hashtags and a view-original line (all "B").',
    'Japanese NATIONAL DAILY\'S ENGLISH EDITION in PRINT VIEW (Tokyo), a HEATSTROKE RECORD: 4,118 ambulance transports in July. Head: the URL, a print/close line, a premium label and the masthead (all "B"); headline ("W") and a standfirst "Fire department says ..." ("W", carrying "the Tokyo Fire Department" as the lead gives it, cue "says"); byline and a JST date line ("B"). Body: the lead ("W", "said"), the ages and a ONE-LINE "Eleven were dead on arrival." ("W") and the previous record ("W"); a caption "" and its credit ("B"); the busiest day "at 2:47 p.m." ("W") and the agency\'s alerts ("W", no speaker); a STORY SUBHEAD "Air conditioners off" (""); the unused air conditioners "according to the department" ("W"); the division head\'s average age ("W") and quote ("") and the deaths at home ("W"). The browser\'s PAGE COUNT "1 / 2", the RUNNING TITLE (the headline repeated with the site\'s name) and the DATE STAMP ("B"). A subhead "The department\'s advice" and four ADVICE BULLETS with "・", one with the emergency number 119 (all ""); cool shelters "from 9 a.m. to 5 p.m." ("W"); the #7119 line\'s calls ("W"); a subhead "Outdoor workers" ("") and a ministry\'s worker deaths ("W"); a pensioner\'s habit and quote (""); last year\'s subsidy ("W") and a ministry official considering a new one (""). Tail: an EDITOR\'S NOTE on preliminary figures, a first-published-in-Japanese line, a related label and headline, a copyright line split at "Co., Ltd." before "No reproduction ..." and the page count "2 / 2" (all "B").',
    'South Korean NEWS SERVICE\'S LIVE-UPDATES PAGE, newest entry first, a CITY BUS STRIKE: Seoul\'s buses stop from 4 a.m. and talks resume at 3 p.m. Head: masthead, menu, a WEATHER/FINE-DUST strip and a live label ("B"); headline with a scheduled time ("W"); a last-updated/auto-refresh line ("B"). A KEY FACTS box (label "B", three bullets of record "W", one ending "until 2 a.m.") and a VOTE PROMPT ("B"). Entries, each under a KST time stamp ("B"): talks at 3 p.m. ("mediators", "W") and a copy-link line ("B"); the vice mayor (title dropped, family name first) on journeys "by 10 a.m." ("W", "told a briefing at City Hall"), subway ridership ("W") and her CONDITIONAL ADVICE (""); a scene at Sindorim and a CHANTED SLOGAN ("" both, no speaker); an inline "▶ RELATED:" link ("B"); the union\'s strike vote ("W"), its demand and the offer with a semicolon (no speaker, "W") and its chairman\'s pay comparison ("W"); the education office\'s lateness rule ("W"); the city\'s emergency measures ("officials", "W"); a commuter\'s wait (a scene, no speaker, "") and her EXCLAMATION before "she said." (""); a share line ("B"); the operators\' chairman\'s conditional stance (""), subsidies paid ("W") and a caption "" with its bracketed agency credit ("B"); the start "at 4 a.m., after overnight talks broke down at 1:45 a.m." ("W"), the first strike since 2024 ("W") and the emergency subway hours ("W"). Tail: a load-earlier line, a reporting line and a copyright line split after "(C) Gwanghwa News." (all "B").',
    'Taiwanese ENGLISH-LANGUAGE DAILY read in a NEWS-AGGREGATOR APP, a TYPHOON DAY OFF: Taipei and New Taipei cancel work and classes as Typhoon Lanying nears. Head: the app\'s name, tabs, a WEATHER/WARNING widget and a source/time/FOLLOW line ("B"); headline ("W"); a LISTEN button ("B"). Body: the announcement "at 8 p.m. Wednesday" ("the two city governments", "announced", "W"); other counties "at about 7 p.m." ENDING a sentence before "Classes in Hsinchu County will go ahead." ("W" both); the land warning (the agency acting, "W") and the storm\'s position ("the CWA said" resolving, "W"); a rain gauge\'s 312 millimeters (weather of record in the story, "W"); a landfall forecast ("") and forecasters\' rainfall (""); a SPONSORED line ("B"); a STORY SUBHEAD "Transport" (""); flights after "10 a.m. Thursday" ("the airport", "W"), ferries ("W"), a highway closing "at 9 p.m. Wednesday" and markets closed ("W"); the deputy mayor (family name first) on evacuations ("W") and her advice (""); the disaster line 1999 "around the clock" ("W"); outages "according to the power company\'s outage map" ("W"); a caption "" and its credit ("B"); a scene (""); a VIDEO as its running time ("B") and description (""); a chain\'s conditional plan ("", descriptor dropped); the last typhoon day ("W"). Tail: an EDITOR\'S NOTE, a REACTIONS line, two app COMMENTS with handles and times (one of two sentences), a read-full-story line, a more-from label and headline, a trending label and headline and a report/hide line (all "B").',
    'Hong Kong FINANCIAL DAILY\'S APP, its article text SHARED, a GOVERNMENT LAND SALE: a Kai Tak residential site sells for HK$3.18 billion. Head: a shared-from line, an INDEX TICKER and a section/read-time label ("B"); headline and a standfirst with a semicolon ("W"); byline and an HKT date line ("B"). Body: the sale to "Pinewood Peak Properties Ltd. for" (no split, "the Lands Department", "announced", "W"); the price per foot, a PAST ESTIMATE reported as fact and six tenders ("W"); the tender\'s conditions ("W"); an inline "Related:" link ("B"); the developer\'s plan ("", "Pinewood Peak said" resolving to the full name with its point, "said in a filing to the stock exchange"); its controller ENDING "Evergrace Nominees Ltd." before "Its shares rose 2.1% to HK$8.74 on Wednesday." (both "W") and its last win ("W"); a STOCK TICKER repeating that share price ("B"); a valuer ("Harbourgate Valuation Ltd., said" unsplit, family name after an English name) with an opinion and quote (""); new flat prices "according to the Rating and Valuation Department" ("W"); an analysts\' forecast ("", "expect") and land revenue "according to the Financial Services and the Treasury Bureau" ("W"); a STORY SUBHEAD "Next sites" (""), a TENDER DEADLINE "at noon on September 14" ("W") and the government\'s plan ("", "has said"). A TENDER-AT-A-GLANCE box (label "B", four data rows ""). Tail: an alerts prompt, a READER POLL (question and percentages), a DISCLAIMER, a quotes-delayed line, a market-closed line, a WeChat follow line, an app prompt and a shared-by-a-subscriber line of two sentences (all "B").',
    'Emirati MORNING EMAIL NEWSLETTER pasted from WEBMAIL (Dubai), three items: peak parking rates from April 1, later Green Line trains and an oversubscribed IPO. Head: the inbox label, a PROMOTIONS TAB NOTICE of two sentences, the SUBJECT LINE listing the stories, sender, "to me", a date line and an images notice of two sentences (all "B"); the newsletter\'s masthead and issue line, a TODAY box with WEATHER, PRAYER TIMES and CURRENCY lines (all "B"); its greeting and teaser (its own voice, ""). Item 1: a numbered item head ("W"); the RTA\'s peak rates "from 8am to 10am and from 4pm to 8pm" (bracket dropped, "W"), off-peak and free days ("W" both), the permit exemption and the unchanged fine ("W"), premium spaces ("The RTA said" resolving, "W"); the RTA CALL CENTRE "on 800 4477, which is open 24 hours" ("W") and its review plan (""); a parent\'s plan ("", "told The Abra Brief") and her EXCLAMATION with a figure before "she said." (""); "Our take:" (""); a read-more link ("B"). An ADVERTISEMENT label and a SPONSORED rate of two sentences ("B"). Item 2: head ("W"), later trains "from March 9" ("W") and a ONE-LINE "Trains now stop at midnight." ("W"). Item 3: head ("W"), the IPO price and cover ("Dhow Harbour Freight PJSC", "said", "W") and the listing date ("W"). Tail: a FORWARD PROMPT of two sentences, a YOUR SAY label, its question and reply line, the subscription, unsubscribe and publisher lines and the webmail\'s reply/forward line (all "B").',
    'Qatari DAILY\'S AMP PAGE (Doha), a MIDDAY OUTDOOR WORK BAN: no work in the sun from 10 a.m. to 3.30 p.m. between June 1 and September 15. Head: the AMP domain, masthead, a WEATHER strip and a crumb ("B"); headline ("W") and a standfirst "..., ministry says" ("W", carrying "the Ministry of Labour"); byline, a date line and a FOLLOW PROMPT ("B"); a caption "" and its "File photo" credit ("B"). Body: the ban "from 10 a.m. to 3.30 p.m. every day" ("the Ministry of Labour", "said in a decision", "W", "on Sunday" left out of the cue); its scope and delivery riders ("the decision", "says", "W"); a CONDITIONAL RULE on the wet-bulb temperature ("W"); an inline "Also read:" link with "11.30 a.m." ("B"); posting hours, water and shade and closure rules ("W"); inspections ("the ministry", "W"), a ONE-LINE "Most were small contractors." and last year\'s dates ("W"); a director ("Engineer" dropped) on admissions ("W") and a quote (""); the HOTLINE 16008 and the ministry\'s app ("W"); a POSTER SLOGAN and a scene ("" both); a scaffolder\'s hours "at 10 a.m. ... at 4 p.m." and quote ("" both); a site manager named only as "Faisal" ("W.L.L.," unsplit, ""); a labour observatory\'s characterisation ("", "called") and deaths recorded ("W"); the ministry\'s plan to publish (""). Tail: a share line, tags, a related label and headline, a view-comments line, a back-to-top line and a copyright line split after "2029." (all "B").',
    'Omani DAILY\'S TEXT-ONLY, LOW-BANDWIDTH EDITION (Muscat), split over TWO PAGES, a KHAREEF SEASON: Dhofar passes one million visitors. Head: the edition line, a bracketed menu, a LOW-BANDWIDTH NOTICE, a WEATHER line, PRAYER TIMES, a CURRENCY line and a section/date line (all "B"); headline ("W"); byline ("B"). Body: the "SALALAH:" lead "according to preliminary figures from the National Centre for Statistics and Information (NCSI)" (as written, bracket dropped, "W"); nationalities ("W"); spending, a past estimate ("the centre", "W"); a PARENTHESIS HOLDING A FULL SENTENCE on how visitors are counted ("W"); a STORY SUBHEAD with a colon "How they came:" ("") and three dash BULLETS OF RECORD ("W"); the busiest day ("W"). PAGE MARKERS "-- Page 1 of 2 --" and "-- Page 2 of 2 --" ("B"); an "[Image not shown]" placeholder ("B") and its caption (""). A subhead "Traffic" (""), police accidents ("The Royal Oman Police", "W") and a road closure "from 2 p.m. to 10 p.m." ("W"); a subhead "Festival" (""), the events director (role dropped, "bin" and "Al" kept) on visitors ("W"), entry fees and a ONE-LINE closing date ("W") and his quote (""); WEATHER OF RECORD in the story, the meteorology directorate\'s drizzle ("W"); hotel occupancy "according to the Ministry of Heritage and Tourism" ("W"); a guesthouse owner\'s anecdote and prices ("" both); the ministry\'s plan ("The ministry", "plans", ""). Tail: a comments-not-shown line, a MOST READ label and two numbered headlines, page navigation, footer links and a copyright line split at "S.A.O.C." before "All rights reserved." (all "B").',
    'Bahraini DAILY\'S PAGE pasted from an ARCHIVED COPY (Manama), SPEED CAMERAS: 46 new cameras record 38,112 violations in 30 days. Head: the archive\'s SAVED and CAPTURES lines, masthead, menu and a WEATHER strip (all "B"); headline ("W") and a standfirst "..., traffic chief says" ("W", the role noun resolving to "Ebrahim Yousif Al Dosseri"); a byline/date line and a share strip ("B"); a caption "" and its credit ("B"). Body: the violations ("the General Directorate of Traffic", "W") and the cameras live "at midnight on October 10" ("W"); an inline "READ:" link ("B"); the traffic director (role dropped) on violations "between 11 p.m. and 5 a.m." ENDING a sentence before "The fastest car was clocked ... at 3:12 a.m. on October 27." ("W" both, the second with no speaker); his quote ("") and road deaths ("W"); repeat offenders ("the directorate", "W"); the supplier ENDING "Dilmun Roadtech W.L.L." before "The company also maintains them ..." ("W" both); a STORY SUBHEAD "What the law says" (""), three RULES under the Traffic Law ("W") and where fines are paid ("W"); an MP (title dropped) with a plan and quote (""). Tail: an EDITOR\'S NOTE with "4:20 p.m.", tags, a comment count, a sort line, two COMMENTS with handles and times (a question with a figure, two sentences each) and their reply/like lines, a CONSENT NOTICE (a heading, a two-sentence notice with its 214 partners, a storage line and the buttons) and a copyright line split at "W.L.L." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [("Jump to main story", "", "", "B")],
        [("Thursday, June 14, 2029", "", "", "B")],
        [
            (
                "Karachi prayer timings: Fajr 4:14 | Zuhr 12:37 | Asr 5:19 | Maghrib 7:24 | Isha 8:52",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Interbank $1 = Rs281.62 ▲0.08 | Open market Rs283.10 / Rs284.35 | Gold (24K) Rs364,500 per tola",
                "",
                "",
                "B",
            )
        ],
        [("SAHIL EXPRESS", "", "", "B")],
        [
            (
                "Pakistan   Karachi   Lahore   Islamabad   Business   Sport   Opinion   Magazine   E-Paper   Urdu",
                "",
                "",
                "B",
            )
        ],
        [("Home › Karachi", "", "", "B")],
        [
            (
                "Water utility fixes tanker price at Rs2,950 for 1,000 gallons, opens booking helpline",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Contractors who overcharge at the city's 11 official hydrants face a Rs50,000 fine; the new rates apply from Monday",
                "",
                "",
                "W",
            )
        ],
        [("Ayesha Noorani", "", "", "B")],
        [("Published June 14, 2029 — Updated about 3 hours ago", "", "", "B")],
        [("Get Sahil Express's Karachi alerts first: follow our WhatsApp channel", "", "", "B")],
        [
            (
                "Water tankers wait their turn at the hydrant near Nipa Chowrangi on Wednesday evening.",
                "",
                "",
                "",
            ),
            ("— Photo by Imtiaz Ali Rind", "", "", "B"),
        ],
        [
            (
                "KARACHI: The Karachi Water and Sewerage Corporation on Wednesday fixed the price of a 1,000-gallon water tanker at Rs2,950 and of a 2,000-gallon tanker at Rs4,700 for domestic consumers across the city.",
                "",
                "",
                "W",
            )
        ],
        [("The new rates take effect on Monday.", "", "", "W")],
        [
            (
                "The previous rates, set in January 2028, were Rs2,200 and Rs3,600, the corporation said in a notification.",
                "the corporation",
                "said in a notification",
                "W",
            )
        ],
        [
            (
                "ALSO READ | Nine summers on, Orangi still waits for its share of K-IV water",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Chief executive Tariq Mehmood Jafri told reporters at the corporation's head office in Karsaz that the increase followed a 38 per cent rise since January 2028 in what the utility pays for diesel and electricity.",
                "Tariq Mehmood Jafri",
                "told reporters at the corporation's head office in Karsaz",
                "W",
            )
        ],
        [
            (
                "“Nobody likes paying more for water, but the old rate did not even cover the fuel,” he said.",
                "Tariq Mehmood Jafri",
                "said",
                "",
            )
        ],
        [("How to book", "", "", "")],
        [
            (
                "Consumers can book a tanker by calling the helpline 1331 between 8 a.m. and 11 p.m., or through the corporation's Online Tanker Service app.",
                "",
                "",
                "W",
            ),
            (
                "Delivery must be made within 24 hours of booking, the notification says.",
                "the notification",
                "says",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The notification also sets a lower rate in three western towns, a fine for overcharging and free deliveries to public schools and hospitals:",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• Rs1,450 for a 1,000-gallon tanker in Lyari, Keamari and Baldia, where the corporation subsidises deliveries",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• a Rs50,000 fine for a hydrant contractor who charges more than the notified rate, doubled for a second offence",
                "",
                "",
                "W",
            )
        ],
        [("• free tankers for 146 government schools and 38 public hospitals", "", "", "W")],
        [
            (
                "Sohail Akhtar Khan, who runs the Safoora hydrant on contract, said his 19 tankers made about 70 trips a day.",
                "Sohail Akhtar Khan",
                "said",
                "",
            )
        ],
        [
            (
                "“At Rs2,950 we break even; at Rs2,200 we were paying from our own pockets,” he said.",
                "Sohail Akhtar Khan",
                "said",
                "",
            )
        ],
        [
            (
                "In Gulistan-e-Jauhar, Farzana Siddiqui said she had paid Rs6,500 last month for a tanker from a private supplier.",
                "Farzana Siddiqui",
                "said",
                "",
            ),
            ("“Who checks them?” she asked.", "Farzana Siddiqui", "asked", ""),
        ],
        [
            (
                "Private suppliers, who sell water drawn from unlicensed hydrants and bores, are not covered by the notified rates.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In March, a two-member bench of the Sindh High Court ordered the corporation to display tanker rates at every hydrant and on its website.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Sindh government has said it will seal 24 illegal hydrants by the end of July.",
                "The Sindh government",
                "has said",
                "",
            )
        ],
        [("The corporation runs 11 official hydrants.", "", "", "W")],
        [
            (
                "Correction: An earlier version of this story said the new rates applied from June 15.",
                "",
                "",
                "B",
            ),
            ("They apply from Monday, June 18.", "", "", "B"),
        ],
        [("Download the Sahil Express app for breaking news and the day's e-paper", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Load-shedding schedule for Karachi extended by two hours in 41 feeders", "", "", "B")],
        [("Tags: Karachi · Water crisis · KW&SC · Tankers", "", "", "B")],
        [("READERS' POLL", "", "", "B")],
        [("Is Rs2,950 a fair price for a 1,000-gallon tanker?", "", "", "B")],
        [("Yes 17%  ·  No 76%  ·  Can't say 7%  —  2,418 votes", "", "", "B")],
        [("Comments (2)", "", "", "B")],
        [("karachiwala_88 · 2 hours ago", "", "", "B")],
        [("Rs2,950 for water that should come out of our taps for free.", "", "", "B")],
        [("Nadia R. · 1 hour ago", "", "", "B")],
        [
            ("The hydrant near our block still charges 4,000.", "", "", "B"),
            ("Who will fine them?", "", "", "B"),
        ],
        [
            (
                "Copyright © 2029 Sahil Express, a publication of Sahil Printing & Publishing (Pvt.) Ltd.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("☰   SHAPLA24   🔍", "", "", "B")],
        [("▶ LIVE TV", "", "", "B")],
        [("Dhaka 31°C · Humid · AQI 84", "", "", "B")],
        [("Health", "", "", "B")],
        [("Dengue: 1,182 hospitalised in 24 hours, seven more deaths", "", "", "W")],
        [("Staff Correspondent, Dhaka", "", "", "B")],
        [("Published: 23 Aug 2029, 18:05 | Updated: 23 Aug 2029, 19:40", "", "", "B")],
        [("f   𝕏   WhatsApp   🔗", "", "", "B")],
        [
            (
                "Relatives sit beside patients in a corridor of the dengue ward at Mugda Medical College Hospital on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Shapla24", "", "", "B"),
        ],
        [
            (
                "Seven more people died of dengue and 1,182 were admitted to hospitals across the country in the 24 hours to 8 a.m. on Thursday, according to the Directorate General of Health Services (DGHS).",
                "the Directorate General of Health Services",
                "according to",
                "W",
            )
        ],
        [("This year's death toll now stands at 214.", "", "", "W")],
        [
            (
                "Of the new patients, 468 were admitted in Dhaka city and 714 elsewhere, the DGHS said in its daily bulletin.",
                "the Directorate General of Health Services",
                "said in its daily bulletin",
                "W",
            )
        ],
        [("Follow Shapla24 on Google News", "", "", "B")],
        [
            (
                "Also Read: Aedes larvae found in one in three homes surveyed in Dhaka North",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "A total of 4,906 dengue patients are now in hospital, 1,870 of them in the capital.",
                "",
                "",
                "W",
            )
        ],
        [("Since January, 48,215 people have been admitted to hospital with dengue.", "", "", "W")],
        [("Most of those who died were women.", "", "", "W")],
        [("Barishal worst hit outside Dhaka", "", "", "W")],
        [
            (
                "Barishal division recorded 231 new admissions, the most of any division outside Dhaka, the bulletin showed.",
                "the bulletin",
                "showed",
                "W",
            )
        ],
        [("No deaths were reported in Rangpur or Sylhet divisions.", "", "", "W")],
        [("Join Shapla24 on Telegram — the news as it breaks", "", "", "B")],
        [
            (
                "Dr. Nazmul Karim Bhuiyan, director of disease control at the DGHS, told Shapla24 that 62 per cent of this year's deaths had come within three days of admission.",
                "Nazmul Karim Bhuiyan",
                "told Shapla24",
                "W",
            )
        ],
        [
            (
                "“People are reaching hospital too late,” he said.",
                "Nazmul Karim Bhuiyan",
                "said",
                "",
            ),
            ("“Do not wait for the fever to break.”", "Nazmul Karim Bhuiyan", "said", ""),
        ],
        [
            (
                "At Mugda hospital, beds had been set up in the corridors and on a staircase landing.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Mugda hospital director Dr. Shahana Parvin Akhand said the hospital had 500 dengue beds and 612 dengue patients on Thursday.",
                "Shahana Parvin Akhand",
                "said",
                "W",
            ),
            ("“We do not turn anyone away,” she said.", "Shahana Parvin Akhand", "said", ""),
        ],
        [
            (
                "Rokeya Begum, whose 11-year-old son was admitted on Tuesday, said they had waited six hours for a bed.",
                "Rokeya Begum",
                "said",
                "",
            )
        ],
        [
            (
                "Outside, a city corporation banner on the hospital gate read “Empty the water, save a life”.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Dhaka South City Corporation said its mobile courts fined 63 property owners a total of Tk 4.2 lakh on Wednesday after finding Aedes larvae on their premises.",
                "Dhaka South City Corporation",
                "said",
                "W",
            )
        ],
        [
            (
                "Its fogging teams will work from 6 a.m. to 8 a.m. and from 5 p.m. to 7 p.m. every day until October 31, it said.",
                "Dhaka South City Corporation",
                "said",
                "W",
            )
        ],
        [("WHAT YOU NEED TO KNOW", "", "", "B")],
        [
            (
                "• A dengue NS1 test costs Tk 50 at government hospitals, a ceiling the health ministry set in 2023.",
                "",
                "",
                "W",
            )
        ],
        [("• The health helpline 16417 takes dengue calls 24 hours a day.", "", "", "W")],
        [
            (
                "• City corporations can fine an owner up to Tk 10,000 if Aedes larvae are found on the premises.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• Doctors advise going to hospital at once for vomiting, bleeding gums or severe belly pain.",
                "Doctors",
                "advise",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("QUICK POLL: Has anyone in your household had dengue this year?", "", "", "B")],
        [("○ Yes   ○ No   Vote", "", "", "B")],
        [("Topics: Dengue | DGHS | Health | Dhaka", "", "", "B")],
        [("More from Health", "", "", "B")],
        [("Chikungunya cases found in Chattogram for second year running", "", "", "B")],
        [("Hospitals told to hold 30 days of saline stock", "", "", "B")],
        [("Download the Shapla24 app: Google Play | App Store", "", "", "B")],
        [
            (
                "Editor: Mahbub Alam Sarkar | Shapla Television Ltd., Tejgaon, Dhaka 1208 | newsdesk@shapla24.tv",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2029 Shapla24.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("SUNDAY PATHFINDER e-Paper", "", "", "B")],
        [("Edition: Colombo | Sunday, June 24, 2029", "", "", "B")],
        [
            (
                "◀ Prev page   Page 1 of 48   Next page ▶   |   Zoom +  −   |   Download PDF",
                "",
                "",
                "B",
            )
        ],
        [("SUNDAY PATHFINDER", "", "", "B")],
        [("Vol. 31 No. 25 | 64 pages | Rs. 150", "", "", "B")],
        [
            (
                "WEATHER: Showers in the Western, Sabaragamuwa and Southern provinces; windy in the north",
                "",
                "",
                "B",
            )
        ],
        [("INSIDE: Business 14 | World 20 | Sport 36 | Funday Magazine", "", "", "B")],
        [("Teachers call off strike after talks — Page 3", "", "", "B")],
        [("Power bills to drop 14.2% from July 1", "", "", "W")],
        [("PUCSL approves a deeper cut than the CEB asked for", "", "", "W")],
        [("By Nilanthi Gunawardena", "", "", "B")],
        [
            (
                "Household electricity tariffs will fall by an average of 14.2 per cent from July 1, after the Public Utilities Commission of Sri Lanka (PUCSL) approved a revision on Friday.",
                "",
                "",
                "W",
            )
        ],
        [("The decision was taken by three votes to one.", "", "", "W")],
        [
            (
                "It is the second revision this year; tariffs were cut by 8.5 per cent in January.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A household using 60 units a month will pay Rs. 1,225 instead of Rs. 1,440, including the fixed charge, the commission said.",
                "the commission",
                "said",
                "W",
            )
        ],
        [
            (
                "It said the cut was possible because hydro plants generated 46 per cent of the country's electricity in the first five months of the year, against 31 per cent a year earlier.",
                "the Public Utilities Commission of Sri Lanka",
                "said",
                "W",
            )
        ],
        [("Continued on page 4", "", "", "B")],
        [
            ("A meter reader at work in Maharagama on Thursday.", "", "", ""),
            ("Pic by Nuwan Senaratne", "", "", "B"),
        ],
        [
            ("FOR SALE: Bare land in Kottawa, 18 perches, clear deeds.", "", "", "B"),
            ("Call 077 418 2290", "", "", "B"),
        ],
        [("SUNDAY PATHFINDER | JUNE 24, 2029 | PAGE 4 | NEWS", "", "", "B")],
        [("Power bills: PUCSL cuts deeper than CEB wanted", "", "", "B")],
        [("From page 1", "", "", "B")],
        [
            (
                "The Ceylon Electricity Board (CEB) had proposed a cut of only 6 per cent.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "CEB general manager S.M. Ranjith Abeysundara said the board would have to borrow about Rs. 18 billion to cover the gap until December.",
                "S.M. Ranjith Abeysundara",
                "said",
                "",
            )
        ],
        [
            (
                "“The commission has given consumers a gift and sent us the bill,” he said.",
                "S.M. Ranjith Abeysundara",
                "said",
                "",
            )
        ],
        [
            (
                "Commission chairperson K.P. Dilhani Wickramaratne told the Sunday Pathfinder that the board had collected Rs. 41 billion more than its costs in 2028.",
                "K.P. Dilhani Wickramaratne",
                "told the Sunday Pathfinder",
                "W",
            )
        ],
        [
            (
                "The next tariff review is due in January, she said.",
                "K.P. Dilhani Wickramaratne",
                "said",
                "W",
            )
        ],
        [
            (
                "Tariffs for religious places fall by 20 per cent and those for hotels by 9 per cent.",
                "",
                "",
                "W",
            ),
            ("Industrial tariffs are unchanged.", "", "", "W"),
        ],
        [
            (
                "The fixed charge for households using up to 30 units falls from Rs. 180 to Rs. 150.",
                "",
                "",
                "W",
            )
        ],
        [("Small businesses will see their bills cut by 11 per cent.", "", "", "W")],
        [("NEW DOMESTIC TARIFF (per unit, from July 1)", "", "", "B")],
        [("Units a month | Old rate | New rate", "", "", "B")],
        [("0-30 | Rs. 8.00 | Rs. 6.50", "", "", "")],
        [("31-60 | Rs. 20.00 | Rs. 17.00", "", "", "")],
        [("61-90 | Rs. 30.00 | Rs. 26.00", "", "", "")],
        [("Source: PUCSL decision of June 22, 2029", "", "", "B")],
        [
            (
                "The Power Users' Collective of Sri Lanka called the cut “too little, too late” for families who have fallen behind on their bills.",
                "The Power Users' Collective of Sri Lanka",
                "called",
                "",
            )
        ],
        [
            (
                "It said about 890,000 households had been disconnected for non-payment since January 2027.",
                "The Power Users' Collective of Sri Lanka",
                "said",
                "W",
            )
        ],
        [
            (
                "Consumers with billing complaints can call the commission's hotline, 1935, from 8.30 a.m. to 4.15 p.m. on weekdays.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kumudini Rathnayake, a tailor in Kiribathgoda, said her electricity bill had been higher than her rent since 2023.",
                "Kumudini Rathnayake",
                "said",
                "",
            )
        ],
        [
            (
                "“Fourteen per cent is something, but it is not enough,” she said.",
                "Kumudini Rathnayake",
                "said",
                "",
            )
        ],
        [("Letters to the editor: letters@sundaypathfinder.lk", "", "", "B")],
        [
            (
                "Printed and published by Pathfinder Printers (Pvt) Ltd. at No. 44, Bauddhaloka Mawatha, Colombo 4, on June 24, 2029.",
                "",
                "",
                "B",
            )
        ],
        [("Page 4 of 48", "", "", "B")],
    ],
    [
        [("gurans.com.np", "", "", "B")],
        [("Everest season ends with a record 512 summits from the Nepal side", "", "", "W")],
        [("Kamala Gurung", "", "", "B")],
        [("6–8 minutes", "", "", "B")],
        [("Published: Jestha 22, 2086 11:20", "", "", "B")],
        [
            (
                "A record 512 climbers reached the summit of Mount Everest from the Nepal side this spring, according to the Department of Tourism.",
                "the Department of Tourism",
                "according to",
                "W",
            )
        ],
        [
            (
                "The department issued 478 permits to foreign climbers for the season, down from 501 last year, after the royalty rose to US$16,500 in September.",
                "",
                "",
                "W",
            )
        ],
        [("Of the 478 permit holders, 391 reached the top.", "", "", "W")],
        [
            (
                "The other summiteers were Nepali guides and high-altitude workers, who do not need a permit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Also Read: Icefall doctors fix Khumbu route a fortnight late after serac collapse",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Eight people died on the mountain this season, four of them Nepali guides, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [("NPR 138.21 = US$1 | Gold Rs 1,84,300 per tola | Silver Rs 2,310 per tola", "", "", "B")],
        [("Trackers and trash", "", "", "")],
        [
            (
                "For the first time, every climber above Base Camp had to carry a GPS tracker rented from the department for Rs 1,200 a week.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Each climber must also bring down 8 kg of waste or forfeit a US$4,000 deposit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Department director Bishnu Prasad Adhikari said 11 deposits had been forfeited this spring.",
                "Bishnu Prasad Adhikari",
                "said",
                "W",
            )
        ],
        [
            (
                "“The trackers have changed the way we search for people,” he said.",
                "Bishnu Prasad Adhikari",
                "said",
                "",
            )
        ],
        [
            (
                "The first summit of the season came at 8:10 a.m. on May 9, when a team of nine guides fixed ropes to the top.",
                "",
                "",
                "W",
            )
        ],
        [("The last came on May 29.", "", "", "W")],
        [
            (
                "On the busiest day, May 22, 196 climbers reached the summit between 4:30 a.m. and 11 a.m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Adhikari said the department had received no complaints of queues at the Hillary Step this year.",
                "Bishnu Prasad Adhikari",
                "said",
                "W",
            )
        ],
        [
            (
                "Ang Phurba Sherpa, whose company took 34 clients up the mountain this season, said the trackers were welcome but the deposit was too high.",
                "Ang Phurba Sherpa",
                "said",
                "",
            )
        ],
        [("“Eight kilos at 8,000 metres?” he asked.", "Ang Phurba Sherpa", "asked", "")],
        [("Deaths and insurance", "", "", "")],
        [
            (
                "The bodies of two of the eight climbers who died have not been recovered.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Cabinet decided on Jestha 15 to raise the compulsory life insurance cover for guides to Rs 2.5 million from Rs 1.5 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Khumbu High-Altitude Workers' Union called the new cover “overdue”.",
                "The Khumbu High-Altitude Workers' Union",
                "called",
                "",
            ),
            (
                "It said 31 of its members had died on Nepali peaks since 2019.",
                "The Khumbu High-Altitude Workers' Union",
                "said",
                "W",
            ),
        ],
        [("Also Read: Guides want higher insurance cover before the 2030 season", "", "", "B")],
        [("SEASON IN NUMBERS", "", "", "B")],
        [("Permits issued: 478 (2028: 501)", "", "", "")],
        [("Summits from the Nepal side: 512", "", "", "")],
        [("Deaths: 8", "", "", "")],
        [("Royalty income: US$7.9 million", "", "", "")],
        [("Source: Department of Tourism", "", "", "B")],
        [
            (
                "Royalty income from Everest this season came to US$7.9 million, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "The government plans to make the trackers compulsory on all peaks above 8,000 metres from next spring, Adhikari said.",
                "Bishnu Prasad Adhikari",
                "said",
                "",
            )
        ],
        [("Climbing permits for the autumn season go on sale on Shrawan 1.", "", "", "W")],
        [
            ("Kamala Gurung is Gurans Online's mountaineering correspondent.", "", "", "B"),
            ("She has reported from Everest Base Camp for 11 seasons.", "", "", "B"),
        ],
        [("#Everest   #Mountaineering   #DepartmentOfTourism", "", "", "B")],
        [("View original article", "", "", "B")],
    ],
    [
        [("https://www.asagiri.jp/english/society/20290802-4118/", "", "", "B")],
        [("Print  |  Close window", "", "", "B")],
        [("This is a premium article for subscribers.", "", "", "B")],
        [("THE ASAGIRI SHIMBUN", "", "", "B")],
        [("Tokyo heatstroke transports hit 4,118 in July, most since records began", "", "", "W")],
        [
            (
                "Fire department says 61% of those taken to hospital were 65 or older",
                "the Tokyo Fire Department",
                "says",
                "W",
            )
        ],
        [("By Haruka Nishizono / Asagiri Shimbun Staff Writer", "", "", "B")],
        [("August 2, 2029 18:30 JST", "", "", "B")],
        [
            (
                "Ambulances in Tokyo took 4,118 people to hospital with suspected heatstroke in July, the most for any month since records began in 2008, the Tokyo Fire Department said Thursday.",
                "the Tokyo Fire Department",
                "said",
                "W",
            )
        ],
        [
            (
                "Of them, 2,512, or 61%, were 65 or older, and 1,340 had collapsed indoors.",
                "",
                "",
                "W",
            )
        ],
        [("Eleven were dead on arrival.", "", "", "W")],
        [("The previous monthly record, 3,506, was set in July 2028.", "", "", "W")],
        [
            (
                "Paramedics carry an elderly woman to an ambulance in Nerima Ward, Tokyo, on July 24.",
                "",
                "",
                "",
            ),
            ("Photo by Daisuke Maruoka", "", "", "B"),
        ],
        [
            (
                "The busiest day was July 24, when the temperature in central Tokyo peaked at 39.4 C at 2:47 p.m. and 312 people were taken to hospital.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Japan Meteorological Agency issued heatstroke special alerts for Tokyo on 14 days in July.",
                "",
                "",
                "W",
            )
        ],
        [("Air conditioners off", "", "", "")],
        [
            (
                "Of those who collapsed indoors, 71% had an air conditioner at home but were not using it, according to the department.",
                "the department",
                "according to",
                "W",
            )
        ],
        [
            (
                "Yoshiro Tanigawa, who heads the department's emergency medical services division, said the average age of the 23 people who died was 81.",
                "Yoshiro Tanigawa",
                "said",
                "W",
            )
        ],
        [
            (
                "“Many of them tell us they did not feel hot,” he said.",
                "Yoshiro Tanigawa",
                "said",
                "",
            )
        ],
        [("Seventeen of the 23 who died were found in their own homes.", "", "", "W")],
        [("1 / 2", "", "", "B")],
        [
            (
                "Tokyo heatstroke transports hit 4,118 in July, most since records began | The Asagiri Shimbun",
                "",
                "",
                "B",
            )
        ],
        [("8/3/29, 7:12 AM", "", "", "B")],
        [("The department's advice", "", "", "")],
        [("・Keep the air conditioner on at night, set to 28 C or lower.", "", "", "")],
        [("・Drink water every hour, even when not thirsty.", "", "", "")],
        [("・Check on older neighbors at least twice a day during an alert.", "", "", "")],
        [("・Call 119 at once if someone is confused or cannot drink.", "", "", "")],
        [
            (
                "The metropolitan government has designated 1,480 “cool shelters,” most of them libraries and community centers, which open from 9 a.m. to 5 p.m. on special-alert days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tokyo's emergency consultation line, #7119, which advises callers on whether to call an ambulance, took 21,406 calls in July.",
                "",
                "",
                "W",
            )
        ],
        [("Outdoor workers", "", "", "")],
        [
            (
                "The Ministry of Health, Labour and Welfare said 12 workers died of heatstroke nationwide in July, nine of them at construction sites.",
                "The Ministry of Health, Labour and Welfare",
                "said",
                "W",
            )
        ],
        [
            (
                "Setsuko Imaizumi, 84, who lives alone in Adachi Ward, said she runs her air conditioner for two hours each afternoon.",
                "Setsuko Imaizumi",
                "said",
                "",
            )
        ],
        [
            (
                "“The electricity bill frightens me more than the heat,” she said.",
                "Setsuko Imaizumi",
                "said",
                "",
            )
        ],
        [
            (
                "A government electricity subsidy worth about ¥2,400 a month for a typical household ran from August to October last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "An official at the Ministry of Economy, Trade and Industry said a new subsidy for this autumn was under consideration.",
                "An official at the Ministry of Economy, Trade and Industry",
                "said",
                "",
            )
        ],
        [
            (
                "Editor's note: Figures for July 30 and 31 are preliminary and may be revised.",
                "",
                "",
                "B",
            )
        ],
        [("This article was first published in Japanese.", "", "", "B")],
        [("Related articles", "", "", "B")],
        [("Osaka logs 38 C as heat wave spreads west", "", "", "B")],
        [
            ("Copyright © The Asagiri Shimbun Co., Ltd.", "", "", "B"),
            ("No reproduction or republication without written permission.", "", "", "B"),
        ],
        [("2 / 2", "", "", "B")],
    ],
    [
        [("GWANGHWA NEWS", "", "", "B")],
        [("National | Politics | Economy | North Korea | Culture | Sports", "", "", "B")],
        [("Seoul 24°C ☀  Fine dust: Moderate  Ultrafine dust: Bad", "", "", "B")],
        [("● LIVE", "", "", "B")],
        [("Seoul bus strike: talks resume at 3 p.m. as commuters pack the subway", "", "", "W")],
        [("Last updated 14:32 KST · Auto-refresh ON", "", "", "B")],
        [("KEY FACTS", "", "", "B")],
        [
            (
                "• 7,382 of Seoul's 7,410 city buses have been off the road since 4 a.m. Tuesday",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• Subway lines 1 to 8 are running extra rush-hour trains and will run until 2 a.m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• 480 chartered buses are carrying passengers free between 25 districts and subway stations",
                "",
                "",
                "W",
            )
        ],
        [("📊 Should bus strikes in Seoul be banned? Vote now", "", "", "B")],
        [("14:32", "", "", "B")],
        [
            (
                "The union and the bus operators' association will meet again at 3 p.m. at the Seoul Regional Labor Relations Commission, mediators said.",
                "mediators",
                "said",
                "W",
            )
        ],
        [("🔗 Copy link to this update", "", "", "B")],
        [("13:50", "", "", "B")],
        [
            (
                "Vice Mayor Yoon Seo-hyun told a briefing at City Hall that 1.06 million fewer bus journeys had been made by 10 a.m. than on an ordinary Tuesday.",
                "Yoon Seo-hyun",
                "told a briefing at City Hall",
                "W",
            )
        ],
        [
            (
                "Subway ridership was up 31 percent over the same hours, she said.",
                "Yoon Seo-hyun",
                "said",
                "W",
            )
        ],
        [
            (
                "“If the strike goes on tomorrow, please leave home 30 minutes early,” Yoon said.",
                "Yoon Seo-hyun",
                "said",
                "",
            )
        ],
        [("12:15", "", "", "B")],
        [
            (
                "At Sindorim Station, the queue for Line 2 ran up two flights of stairs and out onto the street.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Several hundred drivers rallied outside City Hall at noon, chanting “Same road, same wage.”",
                "",
                "",
                "",
            )
        ],
        [("▶ RELATED: Why Seoul pays private firms to run its buses", "", "", "B")],
        [("11:40", "", "", "B")],
        [
            (
                "The Hangang Bus Crews' Union said 89.2 percent of its members had voted for the strike on May 8.",
                "The Hangang Bus Crews' Union",
                "said",
                "W",
            )
        ],
        [
            (
                "It is demanding an 8.2 percent raise; the operators have offered 3.5 percent.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Union chairman Baek Dong-cheol said Seoul drivers earned less than drivers in Incheon and Gyeonggi Province for the same hours.",
                "Baek Dong-cheol",
                "said",
                "W",
            )
        ],
        [("10:20", "", "", "B")],
        [
            (
                "Pupils who arrive late because of the strike will not be marked absent, the Seoul Metropolitan Office of Education said.",
                "the Seoul Metropolitan Office of Education",
                "said",
                "W",
            )
        ],
        [("09:05", "", "", "B")],
        [
            (
                "The city has set up an emergency transport headquarters and lifted the overnight rest rule for private taxis until the strike ends, officials said.",
                "officials",
                "said",
                "W",
            )
        ],
        [("08:30", "", "", "B")],
        [
            (
                "Kim Ha-eun, 27, waited 40 minutes for a chartered bus in Eunpyeong District before giving up and taking a taxi.",
                "",
                "",
                "",
            )
        ],
        [("“Nobody told us where the stops were!” she said.", "Kim Ha-eun", "said", "")],
        [("Share this live page: KakaoTalk | Facebook | X", "", "", "B")],
        [("07:40", "", "", "B")],
        [
            (
                "Seo Jae-man, who chairs the operators' association, said the operators could not pay more unless the city raised its subsidy.",
                "Seo Jae-man",
                "said",
                "",
            )
        ],
        [("The city paid bus operators 812 billion won in subsidies last year.", "", "", "W")],
        [
            (
                "Commuters queue for a chartered bus near Yeonsinnae Station in Eunpyeong District on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("(Gwanghwa News)", "", "", "B"),
        ],
        [("04:00", "", "", "B")],
        [
            (
                "The strike began at 4 a.m., after overnight talks broke down at 1:45 a.m.",
                "",
                "",
                "W",
            )
        ],
        [("It is the first city bus strike in Seoul since March 2024.", "", "", "W")],
        [
            (
                "Under the city's emergency plan, subway trains will run until 2 a.m. for as long as the strike lasts.",
                "",
                "",
                "W",
            )
        ],
        [("Load earlier updates", "", "", "B")],
        [("Reporting by Choi Hyun-woo and Jang Eun-bi", "", "", "B")],
        [
            ("(C) Gwanghwa News.", "", "", "B"),
            ("Unauthorized reproduction and redistribution prohibited.", "", "", "B"),
        ],
    ],
    [
        [("Scrollwise", "", "", "B")],
        [("For You   Following   Local   Typhoon", "", "", "B")],
        [("Taipei 27°  🌧 90%  ⚠ Typhoon land warning", "", "", "B")],
        [("The Formosa Daybreak · 2h · + Follow", "", "", "B")],
        [
            (
                "Taipei, New Taipei cancel work and classes Thursday as Typhoon Lanying nears",
                "",
                "",
                "W",
            )
        ],
        [("▶ Listen (3 min)", "", "", "B")],
        [
            (
                "Taipei and New Taipei will cancel work and classes on Thursday as Typhoon Lanying approaches the island's northeast coast, the two city governments announced at 8 p.m. Wednesday.",
                "the two city governments",
                "announced",
                "W",
            )
        ],
        [
            ("Keelung, Taoyuan and Yilan County had already done so at about 7 p.m.", "", "", "W"),
            ("Classes in Hsinchu County will go ahead.", "", "", "W"),
        ],
        [
            (
                "The Central Weather Administration (CWA) issued a land warning at 5:30 p.m. for northern and eastern Taiwan.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At 8 p.m., the storm's center was 210 kilometers east-southeast of Eluanbi, moving north-northwest at 18 kph, the CWA said.",
                "the Central Weather Administration",
                "said",
                "W",
            )
        ],
        [
            (
                "By 8 p.m., the rain gauge at Su'ao in Yilan had recorded 312 millimeters since midnight.",
                "",
                "",
                "W",
            )
        ],
        [("It is forecast to make landfall in Yilan early on Thursday.", "", "", "")],
        [
            (
                "Forecasters said up to 800 millimeters of rain could fall in the mountains of Yilan and New Taipei by Friday.",
                "Forecasters",
                "said",
                "",
            )
        ],
        [("Sponsored · Typhoon-proof your windows: shutters fitted in 48 hours", "", "", "B")],
        [("Transport", "", "", "")],
        [
            (
                "All domestic flights from Taipei Songshan Airport after 10 a.m. Thursday have been canceled, the airport said.",
                "the airport",
                "said",
                "W",
            )
        ],
        [
            (
                "Ferries to Green Island and Orchid Island will not sail on Thursday or Friday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Suhua Highway between Su'ao and Hualien will close at 9 p.m. Wednesday, the Directorate General of Highways said.",
                "the Directorate General of Highways",
                "said",
                "W",
            )
        ],
        [
            (
                "Stock and currency markets will be closed on Thursday, the Financial Supervisory Commission said.",
                "the Financial Supervisory Commission",
                "said",
                "W",
            )
        ],
        [
            (
                "Taipei Deputy Mayor Hsu Pei-ling said 2,140 people had been moved out of riverside and hillside homes and 11 shelters were open.",
                "Hsu Pei-ling",
                "said",
                "W",
            )
        ],
        [("“Stay home, and stay off the mountain roads,” Hsu said.", "Hsu Pei-ling", "said", "")],
        [
            (
                "Residents can reach the city's disaster response center around the clock on 1999.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Power was out at 18,400 households in Yilan and Hualien at 9 p.m., according to the power company's outage map.",
                "the power company's outage map",
                "according to",
                "W",
            )
        ],
        [
            (
                "Sandbags are stacked outside shops on Dihua Street in Taipei on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Lin Yu-ting, The Formosa Daybreak", "", "", "B"),
        ],
        [
            (
                "Shoppers had emptied the instant-noodle shelves at a supermarket in Zhongshan District by early evening.",
                "",
                "",
                "",
            )
        ],
        [
            ("▶ 0:48", "", "", "B"),
            (
                "Waves crash over the seawall at Badouzi fishing port in Keelung on Wednesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Convenience store chain Daybright Mart said its 1,900 stores in the north would stay open unless local police ordered them shut.",
                "Daybright Mart",
                "said",
                "",
            )
        ],
        [
            (
                "The last time Taipei canceled work and classes for a typhoon was in October 2027.",
                "",
                "",
                "W",
            )
        ],
        [("Editor's note: This story will be updated as the typhoon approaches.", "", "", "B")],
        [("👍 312   😮 88   💬 41 comments", "", "", "B")],
        [("ChenLi_tw · 1h", "", "", "B")],
        [
            ("Third typhoon day in two years for my office.", "", "", "B"),
            ("Not complaining.", "", "", "B"),
        ],
        [("hsiaoyun · 58m", "", "", "B")],
        [("Stay safe everyone 🙏", "", "", "B")],
        [("Read the full story at The Formosa Daybreak", "", "", "B")],
        [("More from The Formosa Daybreak", "", "", "B")],
        [("Lanying: What a land warning means for your commute", "", "", "B")],
        [("Trending on Scrollwise", "", "", "B")],
        [("Typhoon day: which convenience stores stay open in Taipei", "", "", "B")],
        [("Report this story   ·   Hide stories from this source", "", "", "B")],
    ],
    [
        [("Shared from the Lion Rock Economist app", "", "", "B")],
        [
            (
                "HSI 21,486.30 ▲132.08 (+0.62%)  |  HSCEI 7,702.15 ▲0.48%  |  USD/HKD 7.8123",
                "",
                "",
                "B",
            )
        ],
        [("PROPERTY · 3 min read", "", "", "B")],
        [("Kai Tak site fetches HK$3.18bn, near bottom of surveyors' range", "", "", "W")],
        [
            (
                "Six tenders received; price per square foot 14% below a neighbouring plot sold in 2026",
                "",
                "",
                "W",
            )
        ],
        [("Janice Leung Hoi-yan", "", "", "B")],
        [("18 Jul 2029 20:06 HKT", "", "", "B")],
        [
            (
                "A residential site at Kai Tak was sold to Pinewood Peak Properties Ltd. for HK$3.18 billion, the Lands Department announced on Wednesday.",
                "the Lands Department",
                "announced",
                "W",
            )
        ],
        [
            (
                "The price works out to HK$5,412 per square foot of gross floor area, 14% below the HK$6,290 paid for a neighbouring plot in 2026.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It was near the bottom of surveyors' estimates, which ranged from HK$3.0 billion to HK$4.4 billion.",
                "",
                "",
                "W",
            )
        ],
        [("The department received six tenders.", "", "", "W")],
        [
            (
                "The tender requires the buyer to build a 120-place child care centre on the ground floor and to finish the project within 78 months.",
                "",
                "",
                "W",
            )
        ],
        [("Related: Tuen Mun plot draws lowest price per foot since 2009", "", "", "B")],
        [
            (
                "Pinewood Peak said in a filing to the stock exchange that it planned to build about 820 flats on the 1.1-hectare site.",
                "Pinewood Peak Properties Ltd.",
                "said in a filing to the stock exchange",
                "",
            )
        ],
        [
            (
                "The company is controlled by the Cheung family through Evergrace Nominees Ltd.",
                "",
                "",
                "W",
            ),
            ("Its shares rose 2.1% to HK$8.74 on Wednesday.", "", "", "W"),
        ],
        [("Pinewood Peak last won a government site in 2024.", "", "", "W")],
        [("Stocks in this story: Pinewood Peak (1879) HK$8.74 +2.10%", "", "", "B")],
        [
            (
                "Edmund Tsang Wing-kei, a director at Harbourgate Valuation Ltd., said the price showed developers were still wary of land.",
                "Edmund Tsang Wing-kei",
                "said",
                "",
            )
        ],
        [
            (
                "“Nobody wants to overpay for a site when new flats are still selling at a discount,” he said.",
                "Edmund Tsang Wing-kei",
                "said",
                "",
            )
        ],
        [
            (
                "New flat prices fell 3.4% in the first half, according to the Rating and Valuation Department.",
                "the Rating and Valuation Department",
                "according to",
                "W",
            )
        ],
        [
            (
                "Analysts at Shek O Securities expect the flats to sell for about HK$16,000 per square foot.",
                "Analysts at Shek O Securities",
                "expect",
                "",
            )
        ],
        [
            (
                "Land sales brought in HK$4.6 billion in the first quarter of the financial year, according to the Financial Services and the Treasury Bureau.",
                "the Financial Services and the Treasury Bureau",
                "according to",
                "W",
            )
        ],
        [("Next sites", "", "", "")],
        [
            (
                "Tenders for two more residential sites, in Tuen Mun and Ho Man Tin, close at noon on September 14, the Lands Department said.",
                "the Lands Department",
                "said",
                "W",
            )
        ],
        [
            (
                "The government has said it will offer fewer sites in the second half.",
                "The government",
                "has said",
                "",
            )
        ],
        [("TENDER AT A GLANCE", "", "", "B")],
        [("Site: Kai Tak Area 2A Site 5", "", "", "")],
        [("Gross floor area: 587,600 sq ft", "", "", "")],
        [("Tenders received: 6", "", "", "")],
        [("Winning bid: HK$3.18bn (HK$5,412 per sq ft)", "", "", "")],
        [("🔔 Turn on alerts for Property", "", "", "B")],
        [("READER POLL: Where are home prices heading in the second half?", "", "", "B")],
        [("Up 31%  ·  Flat 44%  ·  Down 25%", "", "", "B")],
        [
            (
                "The above content is for reference only and does not constitute investment advice.",
                "",
                "",
                "B",
            )
        ],
        [("Quotes delayed at least 15 minutes.", "", "", "B")],
        [("Market closed · Data as of 16:08 HKT", "", "", "B")],
        [("Follow us on WeChat: LionRockEconomist", "", "", "B")],
        [
            (
                "Download the Lion Rock Economist app for real-time quotes and alerts: lrecon.hk/app",
                "",
                "",
                "B",
            )
        ],
        [
            ("This article was shared by a subscriber.", "", "", "B"),
            ("Subscribe to read more.", "", "", "B"),
        ],
    ],
    [
        [("Inbox", "", "", "B")],
        [
            ("This message was moved to Promotions.", "", "", "B"),
            ("Move to Primary", "", "", "B"),
        ],
        [
            (
                "The Abra Brief: Peak parking rates arrive April 1 · Green Line runs later · an IPO 18 times covered",
                "",
                "",
                "B",
            )
        ],
        [("The Abra Brief <brief@abrabrief.ae>", "", "", "B")],
        [("to me", "", "", "B")],
        [("Tue, Mar 6, 7:02 AM (2 hours ago)", "", "", "B")],
        [
            ("Images are hidden.", "", "", "B"),
            ("Show images · Always show images from brief@abrabrief.ae", "", "", "B"),
        ],
        [("THE ABRA BRIEF", "", "", "B")],
        [("Tuesday, March 6, 2029 · Issue 1,204", "", "", "B")],
        [("TODAY IN DUBAI", "", "", "B")],
        [("Weather: 29°C, hazy, light north-westerly winds", "", "", "B")],
        [
            (
                "Prayer times: Fajr 5:22 · Dhuhr 12:29 · Asr 3:50 · Maghrib 6:26 · Isha 7:40",
                "",
                "",
                "B",
            )
        ],
        [("Dirham: ₹23.41 · PKR 76.92 · PHP 15.68 · £0.21", "", "", "B")],
        [
            ("Good morning.", "", "", ""),
            (
                "Parking is about to cost more on the school run, the Green Line is staying open later, and a logistics float was snapped up.",
                "",
                "",
                "",
            ),
        ],
        [("1. Peak parking rates arrive on April 1", "", "", "W")],
        [
            (
                "The Roads and Transport Authority (RTA) said on Monday that parking in premium zones will cost Dh6 an hour from 8am to 10am and from 4pm to 8pm, starting April 1.",
                "the Roads and Transport Authority",
                "said",
                "W",
            )
        ],
        [
            ("Off-peak rates stay at Dh4 an hour.", "", "", "W"),
            ("Parking remains free on Sundays and public holidays.", "", "", "W"),
        ],
        [
            (
                "Residents with a residential parking permit are exempt in their own zone.",
                "",
                "",
                "W",
            )
        ],
        [("The fine for not paying stays at Dh150.", "", "", "W")],
        [
            (
                "The RTA said 44,000 spaces, about a fifth of the city's public parking, are in premium zones, most of them near metro stations, malls and schools.",
                "the Roads and Transport Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Motorists can report faulty parking meters to the RTA call centre on 800 4477, which is open 24 hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The RTA said it would review the rates after six months.",
                "the Roads and Transport Authority",
                "said",
                "",
            )
        ],
        [
            (
                "Deepthi Varghese-Kurian, who drives her two children to school in Al Barsha, told The Abra Brief she would switch them to the school bus.",
                "Deepthi Varghese-Kurian",
                "told The Abra Brief",
                "",
            )
        ],
        [
            (
                "“Dh12 a day just to drop them at the gate!” she said.",
                "Deepthi Varghese-Kurian",
                "said",
                "",
            )
        ],
        [
            (
                "Our take: if your route passes a school gate, leave 15 minutes earlier and park a street back.",
                "",
                "",
                "",
            )
        ],
        [("➜ Read the full story on our website", "", "", "B")],
        [("— ADVERTISEMENT —", "", "", "B")],
        [
            ("Sponsored: Earn up to 5.25% a year on dirham savings.", "", "", "B"),
            ("Terms apply.", "", "", "B"),
        ],
        [("2. Green Line to run until 1am at weekends", "", "", "W")],
        [
            (
                "Dubai Metro's Green Line will run until 1am on Friday and Saturday nights from March 9, the RTA said.",
                "the Roads and Transport Authority",
                "said",
                "W",
            )
        ],
        [("Trains now stop at midnight.", "", "", "W")],
        [("3. Freight firm's IPO 18 times covered", "", "", "W")],
        [
            (
                "Dhow Harbour Freight PJSC set its IPO price at Dh2.45 a share, the top of its range, and said the offer was 18 times oversubscribed.",
                "Dhow Harbour Freight PJSC",
                "said",
                "W",
            )
        ],
        [("Its shares start trading on the Dubai Financial Market on March 14.", "", "", "W")],
        [
            ("Know someone who drives in Dubai?", "", "", "B"),
            ("Forward this email to them", "", "", "B"),
        ],
        [("YOUR SAY", "", "", "B")],
        [("Will peak pricing change how you get to school or work?", "", "", "B")],
        [("Hit reply and tell us; we will print the best answers on Friday.", "", "", "B")],
        [
            (
                "You are receiving this email because you signed up for The Abra Brief at abrabrief.ae.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe · Manage preferences · View in browser", "", "", "B")],
        [("Abra Brief Publishing FZ-LLC, PO Box 502877, Dubai, United Arab Emirates", "", "", "B")],
        [("Reply     Forward", "", "", "B")],
    ],
    [
        [("amp.dohacrescent.qa", "", "", "B")],
        [("☰  THE DOHA CRESCENT", "", "", "B")],
        [("Doha 41°C · Humidity 38%", "", "", "B")],
        [("Qatar › Labour", "", "", "B")],
        [("Midday outdoor work ban to run from June 1 to September 15", "", "", "W")],
        [
            (
                "Firms that break the rule face closure of the work site for up to 30 days, ministry says",
                "the Ministry of Labour",
                "says",
                "W",
            )
        ],
        [("Staff Reporter | The Doha Crescent", "", "", "B")],
        [("May 28, 2029 - 9:41 am", "", "", "B")],
        [("Follow The Doha Crescent on Instagram and WhatsApp", "", "", "B")],
        [
            (
                "Workers take a break under a shade structure at a construction site in Lusail.",
                "",
                "",
                "",
            ),
            ("File photo: The Doha Crescent", "", "", "B"),
        ],
        [
            (
                "Outdoor work in the sun will be banned from 10 a.m. to 3.30 p.m. every day between June 1 and September 15, the Ministry of Labour said in a decision on Sunday.",
                "the Ministry of Labour",
                "said in a decision",
                "W",
            )
        ],
        [
            (
                "The ban covers construction sites, farms, loading yards and any other workplace exposed to direct sun.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Delivery riders on motorcycles are covered for the first time, the decision says.",
                "the decision",
                "says",
                "W",
            )
        ],
        [
            (
                "Work may go on at any hour if the wet-bulb globe temperature at the site stays below 32.5 C, the decision says.",
                "the decision",
                "says",
                "W",
            )
        ],
        [("Also read: Summer school day to end at 11.30 a.m. for primary pupils", "", "", "B")],
        [
            (
                "Employers must post the site's working hours in a language the workers understand.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under the same decision, employers must give outdoor workers free cold drinking water and a shaded rest area at every site.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A firm caught breaking the ban can have the work site closed for up to 30 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Inspectors visited 6,418 sites last summer and closed 212 of them for breaking the ban, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [("Most were small contractors.", "", "", "W")],
        [("Last year's ban ran from June 15 to September 15.", "", "", "W")],
        [
            (
                "Engineer Khalid Mubarak Al Hajri, director of occupational safety at the ministry, said heat-related hospital admissions among workers fell to 31 in 2028 from 58 in 2027.",
                "Khalid Mubarak Al Hajri",
                "said",
                "W",
            )
        ],
        [
            (
                "“A worker's health comes before any deadline,” he said.",
                "Khalid Mubarak Al Hajri",
                "said",
                "",
            )
        ],
        [
            (
                "Workers can report violations in 11 languages on the ministry's hotline, 16008, or through its Amal Safe app.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Posters at the Industrial Area read “Your health first, the work can wait” in six languages.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "By 10 a.m. on Sunday, the cranes over the Lusail Boulevard site had stopped.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Ram Kumar Thapa, a scaffolder from Nepal, said his crew in Lusail stops at 10 a.m. and starts again at 4 p.m.",
                "Ram Kumar Thapa",
                "said",
                "",
            )
        ],
        [
            (
                "“In the afternoon we sleep in the cabin with the air conditioner on,” he said.",
                "Ram Kumar Thapa",
                "said",
                "",
            )
        ],
        [
            (
                "A site manager for Al Wakra Steelworks W.L.L., who gave his name only as Faisal, said the firm had moved its concrete pours to the night shift.",
                "Faisal",
                "said",
                "",
            )
        ],
        [
            (
                "The Gulf Migrant Labour Observatory called the ban “a start, not a solution”.",
                "The Gulf Migrant Labour Observatory",
                "called",
                "",
            )
        ],
        [
            (
                "It said at least 14 workers' deaths in Qatar in 2028 were recorded as heart failure without a post-mortem.",
                "The Gulf Migrant Labour Observatory",
                "said",
                "W",
            )
        ],
        [
            (
                "The ministry said it would publish this summer's inspection figures at the end of the season.",
                "the ministry",
                "said",
                "",
            )
        ],
        [("Share on WhatsApp", "", "", "B")],
        [("Tags: Labour · Heat · Ministry of Labour · Construction", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Metro to add late trains on summer weekends", "", "", "B")],
        [("View comments on the full site", "", "", "B")],
        [("Back to top ▲", "", "", "B")],
        [
            ("© The Doha Crescent 2029.", "", "", "B"),
            ("Powered by AMP.", "", "", "B"),
        ],
    ],
    [
        [("THE BATINAH MONITOR — text edition", "", "", "B")],
        [("[Home] [Oman] [Gulf] [Business] [Sport] [Full site]", "", "", "B")],
        [("Low-bandwidth page: images and video are not shown.", "", "", "B")],
        [("Muscat 39°C | Salalah 26°C, drizzle | Sur 37°C", "", "", "B")],
        [
            (
                "Muscat prayer times: Fajr 4:31 | Dhuhr 12:14 | Asr 3:40 | Maghrib 6:30 | Isha 7:45",
                "",
                "",
                "B",
            )
        ],
        [("RO 1 = US$2.60 | ₹217.4 | PKR 728", "", "", "B")],
        [("OMAN | Sunday, September 9, 2029 | 10:14 GST", "", "", "B")],
        [("Dhofar khareef visitors pass one million, up 9 per cent", "", "", "W")],
        [("By Shamsa Al Rawahi", "", "", "B")],
        [
            (
                "SALALAH: Dhofar received 1,042,000 visitors between June 21 and August 31, up 9 per cent on last year, according to preliminary figures from the National Centre for Statistics and Information (NCSI).",
                "preliminary figures from the National Centre for Statistics and Information",
                "according to",
                "W",
            )
        ],
        [("Omanis made up 61 per cent of visitors and GCC nationals 29 per cent.", "", "", "W")],
        [
            (
                "Visitors spent an estimated RO 96 million, the centre said.",
                "the centre",
                "said",
                "W",
            )
        ],
        [("(The centre counts a visitor once for each entry into the governorate.)", "", "", "W")],
        [("How they came:", "", "", "")],
        [("- 688,400 by road, most of them on the Adam–Thumrait road", "", "", "W")],
        [("- 291,000 by air through Salalah Airport", "", "", "W")],
        [("- 62,600 by sea, on cruise ships and the Shinas ferry", "", "", "W")],
        [
            (
                "The season's busiest day was August 9, when 31,200 vehicles passed the Thumrait checkpoint.",
                "",
                "",
                "W",
            )
        ],
        [("-- Page 1 of 2 -- [Next page >>]", "", "", "B")],
        [("-- Page 2 of 2 --", "", "", "B")],
        [
            ("[Image not shown]", "", "", "B"),
            ("Visitors walk through mist on the Itteen plain in August.", "", "", ""),
        ],
        [("Traffic", "", "", "")],
        [
            (
                "The Royal Oman Police said it recorded 412 road accidents on the route during the season, in which 23 people died.",
                "The Royal Oman Police",
                "said",
                "W",
            )
        ],
        [
            (
                "Police will close the Thumrait–Salalah mountain road to lorries from 2 p.m. to 10 p.m. on Thursdays and Saturdays until September 15.",
                "",
                "",
                "W",
            )
        ],
        [("Festival", "", "", "")],
        [
            (
                "Hilal bin Ahmed Al Mashani, director of events at Dhofar Municipality, said the festival grounds at Itteen drew 410,000 visitors.",
                "Hilal bin Ahmed Al Mashani",
                "said",
                "W",
            )
        ],
        [
            (
                "Entry to the festival grounds cost 200 baisa, and children under 12 went in free.",
                "",
                "",
                "W",
            ),
            ("The festival closed on August 31.", "", "", "W"),
        ],
        [
            (
                "“The rain was kind to us this year,” he said.",
                "Hilal bin Ahmed Al Mashani",
                "said",
                "",
            )
        ],
        [
            (
                "The Directorate General of Meteorology recorded 214 mm of drizzle at Salalah in July and August, the most since 2018.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hotel occupancy in Salalah averaged 84 per cent in August, according to the Ministry of Heritage and Tourism.",
                "the Ministry of Heritage and Tourism",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mohammed Saeed Al Kathiri, who runs a 40-room guesthouse in Salalah, said he had turned guests away every weekend in August.",
                "Mohammed Saeed Al Kathiri",
                "said",
                "",
            )
        ],
        [
            (
                "A furnished flat that cost RO 30 a night last year now goes for RO 45, he said.",
                "Mohammed Saeed Al Kathiri",
                "said",
                "",
            )
        ],
        [
            (
                "The ministry plans to open a second festival site in Taqah next year.",
                "The ministry",
                "plans",
                "",
            )
        ],
        [("Readers' comments are not shown in the text edition.", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1. Muscat Expressway lanes to close at night this week", "", "", "B")],
        [("2. Gold prices ease across Oman", "", "", "B")],
        [("<< Previous page | Top", "", "", "B")],
        [("Switch to full site | Contact us | Terms of use", "", "", "B")],
        [
            (
                "© 2029 The Batinah Monitor, published by Batinah Publishing House S.A.O.C.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("The page below was saved on 12 November 2029 at 06:41:09 UTC.", "", "", "B")],
        [
            (
                "Captured 9 times between 11 Nov 2029 and 3 Dec 2029 · ◀ previous capture · next capture ▶",
                "",
                "",
                "B",
            )
        ],
        [("THE MANAMA TIDE", "", "", "B")],
        [("Bahrain | Gulf | Business | Sport | Lifestyle | Opinion", "", "", "B")],
        [("Manama 27°C · Clear", "", "", "B")],
        [("Speed cameras catch 38,112 drivers in first 30 days", "", "", "W")],
        [
            (
                "Most violations recorded between 11 p.m. and 5 a.m., traffic chief says",
                "Ebrahim Yousif Al Dosseri",
                "says",
                "W",
            )
        ],
        [("Hanan Abdulla Janahi | November 11, 2029", "", "", "B")],
        [("Share  f  X  in  ✉", "", "", "B")],
        [
            ("A new speed camera on the Sitra Causeway.", "", "", ""),
            ("Photo: The Manama Tide", "", "", "B"),
        ],
        [
            (
                "New speed cameras on four highways recorded 38,112 violations in their first 30 days, the General Directorate of Traffic said on Sunday.",
                "the General Directorate of Traffic",
                "said",
                "W",
            )
        ],
        [
            (
                "The 46 cameras went live at midnight on October 10 on the King Faisal Highway, Sheikh Isa bin Salman Highway, Al Fateh Highway and the Sitra Causeway.",
                "",
                "",
                "W",
            )
        ],
        [("READ: Causeway queues ease as four new lanes open at border post", "", "", "B")],
        [
            (
                "Traffic director Ebrahim Yousif Al Dosseri said 71 per cent of the violations were recorded between 11 p.m. and 5 a.m.",
                "Ebrahim Yousif Al Dosseri",
                "said",
                "W",
            ),
            (
                "The fastest car was clocked at 212 km/h on the Sitra Causeway at 3:12 a.m. on October 27.",
                "",
                "",
                "W",
            ),
        ],
        [("“The cameras do not sleep,” he said.", "Ebrahim Yousif Al Dosseri", "said", "")],
        [
            (
                "Road deaths fell to 61 last year from 78 in 2027, he said.",
                "Ebrahim Yousif Al Dosseri",
                "said",
                "W",
            )
        ],
        [
            (
                "Of the drivers fined, 9,840 were caught more than once, the directorate said.",
                "the directorate",
                "said",
                "W",
            )
        ],
        [
            ("The cameras were supplied by Dilmun Roadtech W.L.L.", "", "", "W"),
            ("The company also maintains them under a five-year contract.", "", "", "W"),
        ],
        [("What the law says", "", "", "")],
        [
            (
                "Under the Traffic Law, driving up to 30 km/h over the limit carries a fine of BD50.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Driving more than 30 km/h over it carries a fine of up to BD300 and two points on the licence.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A driver who collects 12 points in two years loses the licence for a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Fines can be checked and paid on the traffic directorate's website or at any of its five service centres.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "MP Yasmeen Khalil Al Aradi said she would ask parliament to give drivers a 60-day grace period on new cameras.",
                "Yasmeen Khalil Al Aradi",
                "said",
                "",
            )
        ],
        [
            (
                "“People deserve a warning before they get a bill,” she said.",
                "Yasmeen Khalil Al Aradi",
                "said",
                "",
            )
        ],
        [
            (
                "Editor's note: This article was updated on November 11 at 4:20 p.m. to correct the date on which the cameras went live.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Traffic · Speed cameras · Road safety", "", "", "B")],
        [("14 comments", "", "", "B")],
        [("Sort by  Newest ▾", "", "", "B")],
        [("Rashid_M · 2 hours ago", "", "", "B")],
        [
            ("BD300 for going 31 over on an empty road at 3am?", "", "", "B"),
            ("That is a month's rent for some people.", "", "", "B"),
        ],
        [("Reply · 14 ▲", "", "", "B")],
        [("expat_in_riffa · 5 hours ago", "", "", "B")],
        [
            ("Good.", "", "", "B"),
            ("Someone passed me at 180 on the causeway last week.", "", "", "B"),
        ],
        [("Reply · 9 ▲", "", "", "B")],
        [("We value your privacy", "", "", "B")],
        [
            (
                "We and our 214 partners store and access information on your device to personalise ads and measure audiences.",
                "",
                "",
                "B",
            ),
            ("You can change your choices at any time.", "", "", "B"),
        ],
        [("Your choices on this site are stored for 13 months.", "", "", "B")],
        [("Accept all    Reject all    Manage options", "", "", "B")],
        [
            (
                "Copyright © 2029 The Manama Tide, published by Tide Press & Publishing W.L.L.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n189-pk-pvt-ltd-ends",
        "The Safoora hydrant is run by Mehran Aqua (Pvt.) Ltd. It won the contract in 2027.",
        ["The Safoora hydrant is run by Mehran Aqua (Pvt.) Ltd.", "It won the contract in 2027."],
    ),
    (
        "n189-pk-pm-ends",
        "The helpline stops taking bookings at 11 p.m. Calls after that are logged for the morning.",
        [
            "The helpline stops taking bookings at 11 p.m.",
            "Calls after that are logged for the morning.",
        ],
    ),
    (
        "n189-pk-no-mid",
        "Hydrant No. 7 in Korangi has been shut for repairs since Tuesday.",
        ["Hydrant No. 7 in Korangi has been shut for repairs since Tuesday."],
    ),
    (
        "n189-bd-am-ends",
        "The bulletin counts patients admitted in the 24 hours to 8 a.m. It is issued every afternoon.",
        [
            "The bulletin counts patients admitted in the 24 hours to 8 a.m.",
            "It is issued every afternoon.",
        ],
    ),
    (
        "n189-bd-question-attrib",
        "“Where are the beds?” a father shouted at the nurses' station. Nobody answered him.",
        ["“Where are the beds?” a father shouted at the nurses' station.", "Nobody answered him."],
    ),
    (
        "n189-bd-dr-mid",
        "Dr. Farhana Yasmin Talukder said 38 of the 61 children had been discharged.",
        ["Dr. Farhana Yasmin Talukder said 38 of the 61 children had been discharged."],
    ),
    (
        "n189-lk-pvt-ltd-ends",
        "The new meters are made by Ruhuna Meters (Pvt) Ltd. Its factory is in Matara.",
        ["The new meters are made by Ruhuna Meters (Pvt) Ltd.", "Its factory is in Matara."],
    ),
    (
        "n189-lk-initials-mid",
        "The petition was filed by W.M. Sunethra Herath and two others. It will be heard in October.",
        [
            "The petition was filed by W.M. Sunethra Herath and two others.",
            "It will be heard in October.",
        ],
    ),
    (
        "n189-lk-no-mid",
        "The commission's office is at No. 6, Sir Ernest de Silva Mawatha, Colombo 3.",
        ["The commission's office is at No. 6, Sir Ernest de Silva Mawatha, Colombo 3."],
    ),
    (
        "n189-np-question-attrib",
        "“Eight kilos at that height?” one guide asked. The others laughed.",
        ["“Eight kilos at that height?” one guide asked.", "The others laughed."],
    ),
    (
        "n189-np-co-ends",
        "The bottled oxygen came from Thamserku Gas Co. The firm refilled 2,300 bottles this spring.",
        [
            "The bottled oxygen came from Thamserku Gas Co.",
            "The firm refilled 2,300 bottles this spring.",
        ],
    ),
    (
        "n189-jp-co-ltd-ends",
        "The shelters in Adachi are run by Sumida Facility Service Co., Ltd. It manages 140 of them.",
        [
            "The shelters in Adachi are run by Sumida Facility Service Co., Ltd.",
            "It manages 140 of them.",
        ],
    ),
    (
        "n189-jp-celsius-ends",
        "Nerima recorded a high of 39.8 C. It was the hottest reading in the capital this year.",
        [
            "Nerima recorded a high of 39.8 C.",
            "It was the hottest reading in the capital this year.",
        ],
    ),
    (
        "n189-jp-vs-mid",
        "Transports rose to 4,118 vs. 3,506 a year earlier, the department said.",
        ["Transports rose to 4,118 vs. 3,506 a year earlier, the department said."],
    ),
    (
        "n189-kr-am-ends",
        "Talks broke down at 1:45 a.m. The strike began two hours later.",
        ["Talks broke down at 1:45 a.m.", "The strike began two hours later."],
    ),
    (
        "n189-kr-exclaim-attrib",
        "“Not one bus in an hour!” a student said at the stop. She walked to the subway instead.",
        [
            "“Not one bus in an hour!” a student said at the stop.",
            "She walked to the subway instead.",
        ],
    ),
    (
        "n189-kr-mr-am-mid",
        "Mr. Baek told reporters at 11 a.m. on Tuesday that the talks had failed.",
        ["Mr. Baek told reporters at 11 a.m. on Tuesday that the talks had failed."],
    ),
    (
        "n189-tw-pm-ends",
        "Yilan County announced its closure at 7 p.m. Hsinchu held off until morning.",
        ["Yilan County announced its closure at 7 p.m.", "Hsinchu held off until morning."],
    ),
    (
        "n189-tw-am-weekday-mid",
        "All flights after 10 a.m. Thursday are canceled, and ferries will not sail.",
        ["All flights after 10 a.m. Thursday are canceled, and ferries will not sail."],
    ),
    (
        "n189-hk-ltd-ends",
        "The Tuen Mun site went to Cedar Bay Estates Ltd. Its bid was the highest of five.",
        ["The Tuen Mun site went to Cedar Bay Estates Ltd.", "Its bid was the highest of five."],
    ),
    (
        "n189-hk-ltd-mid",
        "Cedar Bay Estates Ltd. said it would build about 600 flats on the site.",
        ["Cedar Bay Estates Ltd. said it would build about 600 flats on the site."],
    ),
    (
        "n189-ae-llc-ends",
        "The parking meters are supplied by Al Safa Smart Parking L.L.C. It won a five-year contract in 2027.",
        [
            "The parking meters are supplied by Al Safa Smart Parking L.L.C.",
            "It won a five-year contract in 2027.",
        ],
    ),
    (
        "n189-ae-po-box-mid",
        "Entries go to P.O. Box 502877 and must arrive by March 20.",
        ["Entries go to P.O. Box 502877 and must arrive by March 20."],
    ),
    (
        "n189-qa-wll-ends",
        "The scaffolding belongs to Al Khor Steelworks W.L.L. The firm employs 340 workers in Lusail.",
        [
            "The scaffolding belongs to Al Khor Steelworks W.L.L.",
            "The firm employs 340 workers in Lusail.",
        ],
    ),
    (
        "n189-qa-pm-ends",
        "Work stops at 10 a.m. and resumes at 3.30 p.m. Inspectors check sites in the afternoon.",
        [
            "Work stops at 10 a.m. and resumes at 3.30 p.m.",
            "Inspectors check sites in the afternoon.",
        ],
    ),
    (
        "n189-qa-eng-mid",
        "Eng. Nasser Al Marri led the inspections at 42 sites in Mesaieed.",
        ["Eng. Nasser Al Marri led the inspections at 42 sites in Mesaieed."],
    ),
    (
        "n189-om-saoc-ends",
        "The Shinas ferry is run by Musandam Marine Lines S.A.O.C. It carried 9,400 passengers in August.",
        [
            "The Shinas ferry is run by Musandam Marine Lines S.A.O.C.",
            "It carried 9,400 passengers in August.",
        ],
    ),
    (
        "n189-om-dr-pm-mid",
        "Dr. Hamed Al Shanfari opened the festival at 5 p.m. on Friday in front of 8,000 visitors.",
        [
            "Dr. Hamed Al Shanfari opened the festival at 5 p.m. on Friday in front of 8,000 visitors."
        ],
    ),
    (
        "n189-bh-am-ends",
        "The car was clocked at 212 km/h at 3:12 a.m. The driver was fined BD300.",
        ["The car was clocked at 212 km/h at 3:12 a.m.", "The driver was fined BD300."],
    ),
    (
        "n189-bh-question-no-attrib",
        "He called the cameras fair. “Who needs to drive at 212 km/h?” The minister did not answer.",
        [
            "He called the cameras fair.",
            "“Who needs to drive at 212 km/h?”",
            "The minister did not answer.",
        ],
    ),
]
