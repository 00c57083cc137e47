"""Hundred-and-twelfth set of new hand-labelled pages for the hint engines (held-out set, round sixty-three: never tuned on):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve places in ASIA-PACIFIC AND THE CARIBBEAN, each from a different kind of
English-language outlet and pasted in a different way, with EVERY DIFFICULTY MIXED ON EVERY PAGE:
furniture at the head, in mid-story and at the tail, some of it written in prose; speakers hard to
find and to name; statements of record beside opinions, forecasts, plans and anecdote; and hard
sentence splits. The pages: a Taiwanese English-language daily's website on the DESKTOP (curbside
parking in Xinyi and Da'an to cost NT$60 an hour); a Hong Kong news portal's AMP page (the 36K green
minibus fare to rise to HK$8.4); a Cambodian news agency's WIRE COPY from its subscriber portal (Siem
Reap sets a fixed 8,000-riel tuk-tuk fare); a Lao weekly's PRINT VIEW (Vientiane's household rubbish
fee to rise to 30,000 kip); a Myanmar independent news site in READER MODE (Yangon households to get
eight hours of electricity a day); a Papua New Guinean daily's article SHARED FROM ITS APP (PMV fares
in Port Moresby to rise to K2); a Samoan weekly's Q&A INTERVIEW on the desktop (Upolu bus fares rise
50 sene); a Tongan news service's EMAIL NEWSLETTER in webmail (the power tariff falls to 89.5 seniti a
unit); a Jamaican daily's LIVE BLOG pasted from a PHONE, newest entry first (day one of water
lock-offs in Kingston and St. Andrew); a Trinidadian daily's website pasted from a PHONE (doubles go
from $6 to $7); a Barbadian radio station's news website on the DESKTOP with a cookie banner and
comments (ZR and minibus fares rise to $4); and a Bahamian daily's AMP page (mailboat fares to Andros
and Exuma rise $10).

Speakers come behind titles, honorifics and local naming customs: Taiwanese names with their Chinese
characters in brackets ("Department Deputy Commissioner Liao Kuan-yu (廖冠宇)" and "Liao said";
"Grace Yeh (葉佳蓉)" and "Yeh said"; "Legislator Jasper Kuo (郭晉豪)" and "he wrote"); Hong Kong
names with an English given name first and "Mr" or "Ms" with the family name ("Kenneth Yip Chi-wai"
and "Mr Yip said"; the councillor "Wong Ka-yan" and the driver "Wong Chun-kit", told apart by "Ms
Wong said" and "the driver said"); Khmer names referred to by the GIVEN name ("H.E. Chhay Sovannary"
and "Ms Sovannary said"; "Mao Vuthy" and "Vuthy said"; "Sok Pheaktra" and "Mr Pheaktra said", beside
"Sok Dara, who is not related to Sok Pheaktra"), with "Oknha", "Lok Chumteav" and "Brig. Gen."
before names; Lao names by the given name ("Mr Khamsouk Vilaysack" and "Mr Khamsouk said"; "Assoc.
Prof. Dr Somphone Keomany" and "Dr Somphone said"; two sisters, "Ms Vanida Phimmasone" and "Ms
Vanhnaly Phimmasone"); Burmese names with no family name behind "U", "Daw", "Ko", "Ma", "Naw" and
"Sayadaw U" ("Daw Khin Thandar Oo", "Ko Zaw Lin Htet", "Ma Hnin", "Naw Paw Htoo", "Sayadaw U Nandiya");
PNG names behind "Mr", "Ms", "Mrs", "Hon." and a stacked police title ("Metropolitan Superintendent
Chief Superintendent Ekari Kove"); Samoan MATAI TITLES before the given name ("Afioga Toleafoa Rita
Masoe-Tupuola", "Lemalu Tavita Ah Chong" with the turn prefix "Lemalu:", "Tuala Iosefo Pelenato" and
"Tuala said"); Tongan names with the ʻokina and "Rev. Dr." ("its minister, Rev. Dr. ʻAlipate Taufa
Moala, said."); Jamaican "Miss" with a nickname ("Miss Icy, as her neighbours call her,"); a
Trinidadian nickname ("Rohan Seepersad, known to his customers as Hot Hands," and "said Hot Hands");
Barbadian "(Ag.)", "the Hon." and "M.P." around names and a surname with a point ("Chief Executive
Officer (Ag.) Ms. Charmaine Lashley-Skeete"; "the Hon. Fabian Cumberbatch-Yearwood, M.P.,"; "Trevor
St. Hill" and "St. Hill said" opening a sentence); and Bahamian "Capt." with two unrelated Rolles
("Capt. Dexter Rolle" and "Capt. Rolle said" against "Veronica Rolle, who is not related to the
captain," and "Mrs. Rolle said"). Speakers are named after the quote ("said Chou Yi-chun (周怡君),
41, ...", "asked Lucy Wari", "said 71-year-old Icylda Brown of Papine, laughing.", "asked Jaden Best,
15, ..."); quotes run over sentences and paragraphs (Khamsouk, St. Hill) or on after the attribution
(Kao, Vuthy, Hot Hands); pronouns follow two people of one gender ("She said" after two sisters, after
a student and a vendor, after a wife and her husband; "He said" after two men named Sok); a role noun
stands for a person ("His mother said" -> "Khin Thandar Oo"; "the engineer said"; "the driver said");
a surname is given only in an older live-blog entry below ("Brissett-Lyn said" at 4:52 p.m.);
documents "say" on behalf of their authors; and unnamed people, groups and bodies speak.

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the
recent sets:

* BRACKETED CHINESE CHARACTERS after a romanised name are not part of the label ("Liao Kuan-yu (廖冠宇)"
  -> "Liao Kuan-yu", "Chou Yi-chun (周怡君)" -> "Chou Yi-chun"); an English given name before a
  Chinese name is part of it ("Jasper Kuo", "Kenneth Yip Chi-wai", "Priscilla Tam Hoi-ying").
* HONORIFICS AND TITLES of the region are dropped like "Mr" or "Dr.": "H.E.", "Oknha", "Lok Chumteav",
  "Brig. Gen."; "Assoc. Prof. Dr"; the Burmese "U", "Daw", "Ko", "Ma", "Naw" and "Sayadaw" ("Sayadaw U
  Nandiya" -> "Nandiya"; a pseudonym "identified only as Ma Hnin" -> "Hnin"); "Hon."; the Samoan
  "Afioga"; "Rev. Dr."; "Miss"; "(Ag.)", "the Hon." and "M.P."; "Capt." and "Acting Port Controller".
  A SAMOAN MATAI TITLE, by contrast, is part of the name as Samoan papers print it and stays in the
  label ("Toleafoa Rita Masoe-Tupuola", "Lemalu Tavita Ah Chong"), and the title alone resolves to the
  full name ("Tuala said", "Lemalu:"). A point that belongs to a surname stays ("Trevor St. Hill").
* A GIVEN NAME with "Ms", "Mr", "Dr" or nothing resolves to the full name when the page's custom
  refers to people that way (Khmer and Lao usage: "Ms Sovannary", "Vuthy", "Mr Pheaktra", "Mr
  Khamsouk", "Dr Somphone", "Mr Bounthavy"); a family name does so where that is the custom ("Liao",
  "Yeh", "Mr Yip", "Ms Wong", "Mr Manu", "Mr Paivu", "Mr Gawi", "Lashley-Skeete", "Capt. Cartwright").
* A STANDFIRST'S SOURCE is the body's name for it even when the standfirst uses a common noun ("Boat
  owners say fuel has doubled" -> "The Bahamas Mailboat Operators Association", whose statement gives
  the doubling; "Owners' association blames" -> "the NCD PMV Owners Association"; "Drivers'
  association says" in a wire bullet -> "the Siem Reap Tuk-Tuk Drivers' Association").
* A DOCUMENT'S "says" or "said" resolves to its author when the page names one ("the directive says"
  -> "the Siem Reap Provincial Administration"; "the notice said" -> "the Yangon Electricity Supply
  Corporation"; "the letter said" -> "The Lao National Chamber of Commerce and Industry"), while
  "according to the directive" stays as written.
* LANGUAGE AND TRANSLATION go in the cue or in the sentence, never in the label: "Mrs Leung said in
  Cantonese" (cue "said in Cantonese"); a Tok Pisin quote glossed in the same sentence ("she said,
  meaning: “...”", one sentence, cue "said"); patois quotes are quotes like any other.
* An INTERVIEWER'S TURN that cites a named source carries that source and is flagged by content ("Fetu
  Weekly: The minister told Parliament there were 37 complaints ..." -> "Toleafoa Rita
  Masoe-Tupuola", cue "told Parliament", "W"); "Fetu Weekly: Passengers say ..." -> "Passengers", "".
* A SCHEDULED CHECK announced by the police who will carry it out is of record ("officers would begin
  checking plates on July 1 at 7 a.m.", "police would check from Monday that every PMV displayed the
  new fare chart", "W"); a council's or a company's plan is not ("the commission's free bus service
  ... would be extended", "would install 2,000 smart meters", "").
* A SELLER'S OWN PRICE OR COST is of record (a vendor's oil price, a mohinga bowl's new price, a
  captain's diesel bill, a shopkeeper's freight and milk, a restaurant's new fee, a driver's plate
  fee), while his or her own sales, earnings, hours and habits are anecdote (a doubles vendor's 350 a
  morning, a remork driver's $15 a day, a minibus driver's shifts, a nurse's daily fares).
* A NEWSLETTER's greeting, link-in lines, advice and sign-off in its own voice are "" with no speaker;
  its sponsor block, subject line, sender and footer are "B". A reader's reply quoted in the
  newsletter ("wrote Salote Fine Vake ..., in reply to last week's edition") is a quote, cue "wrote".
* Prose furniture in mid-story is "B" sentence by sentence ("Myitta News is funded by its readers." /
  "If you value independent reporting from Myanmar, please consider becoming a member."; "Listen to the
  full press conference on Trident Mornings from 7 a.m. tomorrow."; "Subscribe to the Clarion's
  WhatsApp channel for breaking news."), like "Advertisement", "Story continues below" and "Page 1 of 2".

Of record ("W"): fees, fares, tariffs and fines set by those who run them (parking rates and a
monthly pass, minibus, tuk-tuk, PMV, bus, ZR, ferry and mailboat fares, a rubbish fee, an electricity
tariff, a taxi flag fall, the HK$2 concession, fare-chart and overcharging fines); counts, money and
dates given by officials, firms, groups and documents (occupancy, payments, revenue, losses, drivers
and plates, registered vehicles, complaints, visitors, trucks and tonnes, factories on night shifts,
generating capacity, permits, passengers, subsidies, boats, calls to a hotline); causal claims
("because petrol had risen to 5,150 riel a litre", "because gas deliveries ... had fallen by about 30
percent", "blamed a 14 per cent rise in the price of Canadian wheat", "because of engine failures",
"It blamed a bumper harvest ..."); rules (the disability and EV discounts, the registration deadline,
app bookings outside the fare, impounding, the round-the-clock supply, the fee-sharing instruction,
the fare-chart rule, the Road Traffic Act's fine); a checkable comparison in a quote ("Tokyo and Seoul
both charge more than twice this", "The department stores on Zhongxiao give two hours of free parking
if you spend NT$1,000"); and scheduled events set by those who run them (a committee review on March 24,
a pass from April 15, a meeting with vendors on August 19, sailings and flights). Not worth checking
(""): forecasts and expectations ("The office said it expected ...", "would be full within four
years", "It expects little relief ...", "would push up prices"); plans, promises and conditional
threats ("would ask the provincial hall to review the fare in October", "If we do not get the money,
the buses will park", "If diesel goes past four tala, yes, we will be back at the LTA", "would
publish each village's collection days", "would set up a hotline"); appeals and advice ("It urged",
"We are asking people to store what they need", "ring TPL on 23-311 and ask why"); opinions, feelings
and characterisations; questions in quotes and from interviewers; a person's own anecdotes and
figures; subheads; scenes and captions that only describe; data lines in a fares box; a no-reply line.

And where sentences end: abbreviations that END one before a capital ("off Zhongxiao E. Rd." / "Photo:
..."; "Dunhua S. Rd." / "Spaces in the city's ..."; "Lumi Parking Technology Co., Ltd." / "It handled
..."; "on July 1 at 7 a.m." / "Drivers caught ..."; "every day by 6 p.m." / "Residents can also ...";
"at 5.30 p.m." / "“After that ..."; "Saturday sailings leave at 9 a.m." / "Tickets stay ..."; "in St.
Catherine." / "A list of ..."; "Ferry Pen Water Haulage Ltd." / "A load costs ..."; "in Mt. Hope." /
"She said ..."; "in St. Philip." / "He said ..."; "every Tuesday at 2 p.m." / "It returns ...";
copyright lines at "Co., Ltd.", "Limited.", "Sole Co., Ltd.", "Ltd.", "Co. Ltd." and "Inc.") and
abbreviations that do not ("(廖冠宇)"; "Dunhua S. Rd. at 7pm", "on Anhe Rd. for 22 years"; "Lok Fung
Transport Co. Ltd., runs"; "H.E. Chhay Sovannary", "Rumdoul Mobility Co., Ltd., said", "Brig. Gen.
Nhem Chanthol", "to the U.S. dollar"; "Assoc. Prof. Dr Somphone", "Km 32"; "Hon. Ruth Kaupa Sale";
"Rev. Dr. ʻAlipate Taufa Moala, said."; "at 12:30 p.m. on weekdays", "at 6 a.m. and 2:15 p.m. from";
"Kingston and St. Andrew as"; "Gulf Millers Ltd. said", "in St. Augustine, said"; "(Ag.) Ms.
Charmaine", "St. Hill said", "the Hon. Fabian Cumberbatch-Yearwood, M.P., said", "Oistins, Ch. Ch. to
Bridgetown"; "Capt. Lionel Cartwright", "the M.V. Lady Caprice", "Mrs. Rolle said", "or U.S. dollars");
decimals and currencies ("NT$2.31 billion", "HK$8.4", "16.7 per cent", "8,000 riel ($1.97)", "5,150
riel", "21,900", "2,690 kyats", "K1.50", "$6.50 tala", "89.5 seniti", "T$1.45", "$4.12", "$11.50");
quotes with a question before their attribution, one sentence each ("“If they come once a week, why
should we pay more?” Mr Bounthavy asked.", "“We will pay, what else can we do?” asked Lucy Wari, ...",
"“What next, $8?” asked Kezia Mohammed-Charles, ...", "“If it is $4 now, what will it be when I get to
UWI?” asked Jaden Best, ...", "“Who is going to pay $170 to go home for a funeral?” asked Eulease Moss,
..."); semicolons that never split (standfirsts, a wire headline, a minister's quote); straight quotes
in the wire copy; and turn prefixes that open a sentence ("Lemalu: Because diesel is ...").

The pages hold 534 sentences: 170 "B", 191 "W" and 173 ""; 282 sentences carry a speaker (138 distinct
speakers, page by page; 135 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner of the pages
(not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, turn, box label, page-number line, comment line and legal line is a
paragraph of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, never with a speaker; headlines and standfirsts are
never split and are flagged by content, their "says", "say", "cites" or "blames" carrying the source
as the body names it; a dateline belongs to its lead sentence; a channel after the verb is part of the
cue ("told a news conference at Taipei City Hall", "said in a reply to HarbourBeat", "said in its
application", "said in a directive", "told the Chronicle", "said in a letter to the authority", "said
in a notice posted on its Facebook page", "said in a Facebook post", "told Parliament", "told the House
of Representatives", "told a press conference at the authority's Weymouth headquarters", "told The
Current"), and other reporting verbs are kept as written ("says", "wrote", "asked", "announced", "has
announced", "cites", "blames", "blamed", "expects", "urged", "According to", "Lemalu:", "did not
respond to a request for comment").

Written from scratch for issue 13 in round sixty-three as a HELD-OUT set, never tuned on, and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new179.py` and `labelled_new180.py`. Coined names
were checked for freshness against the capitalised words of those two files: one outlet word ("Wire"),
one firm word ("Publishing"), five name parts ("Ho", "Ines", "Sione", "Devon", "Chiang"), one club
word ("Hoteliers'") and one airline word ("Sky") that hit were replaced before the file was written;
only common words, titles and real places and bodies still hit.

Every person, outlet, newsletter, station, firm, operator, association, union, club, consultancy,
church collection, statement, notice, directive, letter, quote and figure is invented, and so are the
small institutions and vessels (Lumi Parking Technology Co., Ltd., Lok Fung Transport Co. Ltd.,
Rumdoul Mobility Co., Ltd., the Angkor Hotel Owners' Club, the Siem Reap Tuk-Tuk Drivers' Association,
Chronicle Media Sole Co., Ltd., the Hlaing Tharyar Industrial Zone Management Committee, Shwe Lin
Energy Advisory, the NCD PMV Owners Association, the Public Service Workers' Union, the Upolu Bus
Owners Association, Moana Freight, Tonga Airlink, the Tongatapu Growers' Council, the MV Fetuʻu Hahake,
Sunrise Bakes Ltd., Ferry Pen Water Haulage Ltd., Gulf Millers Ltd., the Doubles Vendors Association of
Trinidad and Tobago, the PSV Owners and Operators Union, the Bahamas Mailboat Operators Association,
the M.V. Lady Caprice, the M.V. Exuma Belle and the like). Real countries, cities, districts,
townships, villages, roads, markets, estates, terminals, docks, islands, power plants, hospitals,
universities, ministries, authorities, statistics offices, central banks, councils, parliaments and
other public bodies and laws appear only as settings, with invented statements and figures: Taipei,
Xinyi, Da'an, Wenshan, Neihu, Xizhi, New Taipei, Banqiao, Zhongxiao E. Rd., Dunhua S. Rd., Anhe Rd.,
Taipei City Hall, the Taipei Department of Transportation, the Taipei Parking Management and Development
Office, the Taipei City Council, National Taiwan University, Tokyo and Seoul; Hong Kong, Tsz Wan Shan
and its estate, Kowloon Tong, San Po Kong, Kwun Tong, the Transport Department and the Legislative
Council; Siem Reap, Phnom Penh, the Old Market, Pub Street, the Angkor Archaeological Park, the Siem
Reap Provincial Administration, the Ministry of Public Works and Transport and the Ministry of
Tourism; Vientiane, Chanthabouly, Sikhottabong, Sisattanak, Nongduang Nua, Khouvieng and Fa Ngum roads,
the Vientiane Urban Development and Administration Authority, the Vientiane Capital Administration,
the National University of Laos, the Lao National Chamber of Commerce and Industry and the Bank of the
Lao PDR; Yangon, Sanchaung, Hlaing, Hlaing Tharyar, Insein, Kamayut, Pyay, Baho, Anawrahta and Maha
Bandula roads, Theingyi Market, the Ahlone and Thaketa power plants, Yangon International Airport, the
Yangon Electricity Supply Corporation and the Ministry of Electric Power; Port Moresby, Gordons, Gerehu,
Waigani, Boroko, Tokarara, Bomana, Bautama, the National Capital District and its commission, the Road
Traffic Authority, the University of Papua New Guinea and the National Research Institute; Apia, Upolu,
Savai'i, Vaitele, Fugalei, Falealili, Faleasi'u, Vailele, Tupua Tamasese Meaole Hospital, the Land
Transport Authority, the Ministry of Works, Transport and Infrastructure, Parliament and the Samoa
Bureau of Statistics; Nukuʻalofa, Tongatapu, Vavaʻu, Haʻapai, Pangai, ʻEua, Kolomotuʻa, Fuaʻamotu,
Popua, Talamahu Market, Taufaʻahau Road, Tonga Power Limited, the Ministry of Infrastructure and the
Free Wesleyan Church; Kingston, St. Andrew, St. Catherine, St. Thomas, Papine, August Town, Hope Road,
Half Way Tree, Cross Roads, Constant Spring, Stony Hill, Harbour View, the Mona reservoir, the
Hermitage Dam, the National Water Commission, the Meteorological Service of Jamaica, the University
Hospital of the West Indies and the House of Representatives; Curepe, San Juan, the Eastern Main Road,
Mt. Hope, St. Augustine, Macoya, Chaguanas, Port of Spain, the San Juan/Laventille Regional Corporation,
the Consumer Affairs Division, the Central Statistical Office and the University of the West Indies;
Bridgetown, Fairchild Street, the Princess Alice terminal, Oistins, Christ Church, St. Philip,
Weymouth, the Transport Authority, the Barbados Transport Board, the Central Bank of Barbados and the
Road Traffic Act; and Nassau, New Providence, Potter's Cay Dock, Andros, Fresh Creek, Exuma, George
Town, Staniel Cay, the Port Department, the Ministry of Transport and National Insurance.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Taiwanese ENGLISH-LANGUAGE DAILY\'S WEBSITE (Taipei), desktop browser paste, a PARKING FEE RISE with TAIWANESE NAMES (family name first, hyphenated given names, CHINESE CHARACTERS IN BRACKETS after the romanised name, English given names before a family name), TWO WOMEN AND ROAD NAMES WITH "E.", "S." AND "Rd.": curbside parking in Xinyi and Da\'an to cost NT$60 an hour from May 1. Head: masthead, menu, a date/language/subscribe line, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, never split, "..., department says; shop owners fear ..." ("W", carrying the Taipei Department of Transportation as the body names it, cue "says"); byline and a "- Page 2" line ("B"); a caption ENDING "Zhongxiao E. Rd." before its credit "Photo: ..." in the same line (caption "", credit "B"). Body: the lead "the Taipei Department of Transportation said yesterday" ("W"); "..., the department said, most of them on Zhongxiao E. Rd. and Dunhua S. Rd." ENDING a sentence before "Spaces in the city\'s other 10 districts ..." (both "W", "the department" kept as written); the deputy commissioner "Liao Kuan-yu (廖冠宇)" (title and characters dropped) "told a news conference at Taipei City Hall" (channel in the cue, "W"), "Liao said" (the family name resolving, a quote "") and "He said" a survey with "Dunhua S. Rd. at 7pm" mid-sentence ("W"); an "Advertisement" line mid-story ("B"); fee collection ("W"), "Lumi Parking Technology Co., Ltd." ENDING a sentence before "It handled 4.2 million payments ..., the company said." (both "W", generic noun kept); the councillor "Kao Shih-min (高詩敏)" (an opinion ""), her quote on department-store parking ("W", a checkable claim) running on into "“A noodle shop cannot do that.”" (""); a shop owner "Grace Yeh (葉佳蓉)" with "on Anhe Rd. for 22 years" mid-sentence (anecdote "") and "Yeh said with a laugh" (""); "Her neighbor, florist Chien Hsiu-chin (簡秀琴)," and "She said" after TWO WOMEN (the florist, a plan ""); revenue "according to figures from the Taipei Parking Management and Development Office" ("W") against "The office said it expected ..." (a forecast, "", generic noun kept); a subhead ""; the disability and EV rules ("W"); a professor (role dropped, an opinion "") and his comparison with Tokyo and Seoul ("W"); a legislator with an English given name, "Jasper Kuo (郭晉豪)", "said in a Facebook post" ("W") and "he wrote" (""); "Asked about residents, Liao said" a monthly pass ("W"); a driver named AFTER his quote, "said Chou Yi-chun (周怡君), 41," (a plan ""); the council committee date ("W"). Tail: a two-sentence comment rule, a related label and two headlines, a copyright line split at "Co., Ltd." before "All rights reserved." (all "B").',
    'Hong Kong NEWS PORTAL\'S AMP PAGE, AMP paste, a MINIBUS FARE RISE with HONG KONG NAMES (an English given name before a Cantonese name, "Mr" and "Ms" with the family name), A SURNAME GIVEN AS THE ONLY NAME, TWO WONGS AND A ROLE NOUN: green minibus route 36K to cost HK$8.4 from Sunday. Head: AMP address, masthead, crumb ("B"); headline of record "W"; standfirst "Operator says ...; residents say ..." ("W", carrying "Lok Fung Transport Co. Ltd." as the body names it); a byline/updated line with "5:48pm" and a share line ("B"); a caption "" and its bracketed credit "B". Body: the lead, the Transport Department\'s approval with "from 6am on Sunday" (an act, no speaker, "W"); "The department said in a reply to HarbourBeat" (generic noun kept, channel in the cue, "W") and "it said" (resolving to "the Transport Department" as first given, "W"); "The operator, Lok Fung Transport Co. Ltd., ... said in its application" ("Co. Ltd.," mid-sentence, "W"); "Its general manager, Kenneth Yip Chi-wai," ("W"), "Mr Yip said" (a counterfactual "") and "He said" ("W"); a "Story continues below" line ("B"); "Residents of Tsz Wan Shan Estate said" (the group as written, "W"); "A 74-year-old passenger who gave only her surname, Leung," (the surname is the label), "Mrs Leung said in Cantonese" (language in the cue) and "She said" (all ""); the HK$2 concession rule ("W"); the district councillor "Wong Ka-yan" with a signature count ("W") and "she said" (""); the driver "Wong Chun-kit, 58," introduced with no verb of saying (""), "He said" and "the driver said" (the role noun resolving, a quote running on into a second sentence, all ""); "Ms Wong said" (the councillor, not the driver, ""); a legislator\'s plan (""); "According to the department\'s figures" (cue as written, "W"); a fares box (label "B", three lines ""); a researcher ("Dr" dropped, "" then "W"); "Asked whether ..., Mr Yip said: “Ask me after the summer.”" (""); a scene (""). Tail: read-more label and one headline, a full-article link, copyright split at "Limited." before "All rights reserved." (all "B").',
    'Cambodian NEWS AGENCY\'S WIRE COPY (Phnom Penh), pasted from its SUBSCRIBER PORTAL with STRAIGHT QUOTES, a FIXED TUK-TUK FARE with KHMER NAMES (family name first, referred to later by the GIVEN name with "Ms" or "Mr", or by the given name alone), "H.E.", "Oknha", "Lok Chumteav" AND "Brig. Gen." BEFORE NAMES, TWO MEN NAMED SOK AND A DIRECTIVE THAT "SAYS": Siem Reap sets an 8,000-riel fare for city trips. Head: portal line, desk/slug/priority line, filed/moved line, an update note (all "B"); headline with a semicolon ("W"); three bullets, two facts ("W") and "Drivers\' association says fare too low ..." ("", the association as the body names it). Body: "SIEM REAP, Cambodia, May 4 (ANA) -" lead "the Siem Reap Provincial Administration said" ("W") and "the administration said in a directive" (generic kept, "W"); the deputy governor ("Deputy Provincial Governor H.E." dropped, "Chhay Sovannary") "told reporters at the provincial hall" ("W"), "Ms Sovannary said" (the GIVEN name resolving, "") and "She said" ("W"); "according to the directive" (as written, "W") against "the directive says" (a document\'s verb resolving to its author, the administration, "W"); "Rumdoul Mobility Co., Ltd., said in a statement" (no split, "W"); the drivers\' leader "Mao Vuthy" with a causal claim ("W"), "Vuthy said" and the quote running on ("" twice), "He said" a membership count ("W") and "It would ask ..., he said." (a plan "", Vuthy, not the association); "Sok Pheaktra" and "Mr Pheaktra said" (""), "Sok Dara, who is not related to Sok Pheaktra," ("") and "He said" after TWO MEN (Sok Dara, a plate fee "W"); "Asked how fines would be collected, Ms Sovannary said" ("W"); "according to the Ministry of Public Works and Transport" ("W"); "Oknha Keo Bunthoeun" ("Oknha" dropped, "" twice); "Lok Chumteav Prak Sothea" (honorific dropped, a complaint count "W") and "according to the Ministry of Tourism" ("W"); the police chief ("Brig. Gen." dropped, no split) with a check "on July 1 at 7 a.m." ENDING a sentence before "Drivers caught ..., he said." (both "W"); a backpacker named AFTER her quote (""); the riel "to the U.S. dollar" (no split, "W") and the directive\'s date (no speaker, "W"). Tail: "-- ANA --", a reporting/editing line, keywords, copyright split at "Co., Ltd." before "Redistribution ...", a newsdesk line (all "B").',
    'Lao WEEKLY\'S PRINT VIEW (Vientiane), print-preview paste, a RUBBISH FEE RISE with LAO NAMES (given name first, referred to later by the GIVEN NAME with "Mr", "Ms", "Mrs" or "Dr"), "Assoc. Prof. Dr", TWO SISTERS, A QUOTE RUNNING INTO A SECOND PARAGRAPH AND A LETTER THAT "SAYS": Vientiane\'s household fee to rise to 30,000 kip. Head: the page URL, masthead, an issue line, a print/close line (all "B"); headline of record "W"; standfirst "Collection authority cites ...; some villages say ..." ("W", the authority as the body names it, acronym dropped); byline and a published line ("B"); a caption "" and a credit ending in an initial "Souksavanh K." ("B"). Body: "the Vientiane Urban Development and Administration Authority (VUDAA) announced" ("W", acronym dropped) and "VUDAA said" (the acronym resolving, "W"); the director general "Mr Khamsouk Vilaysack" "told the Chronicle" ("W"), "Mr Khamsouk said" (the given name resolving, "W"), "he said" (""), then a QUOTE RUNNING INTO A SECOND PARAGRAPH, the first paragraph left open, its first sentence of record ("a third of our trucks are more than 15 years old", "W") and the second (""), speaker and cue in each; "He said 30 new trucks ... would arrive" (a forecast ""); the fee\'s yield "VUDAA said" and households "according to the capital\'s 2025 statistical yearbook" ("W"); a village chief ("Mr Bounthavy Sengsouly", "W"), his QUESTION before "Mr Bounthavy asked." ("") and "He said" the village\'s requests ("W"); "Ms Vanida Phimmasone" and "Her sister, Ms Vanhnaly Phimmasone," ("" each) and "She said" after TWO SISTERS (Vanhnaly, the last subject, ""); a running "Page 1 of 2" line ("B"); "according to a 2019 instruction from the Vientiane Capital Administration" ("W"); a restaurant owner\'s fee ("W") and her quote (""); a subhead ""; the engineer ("Assoc. Prof. Dr" dropped, no split; "Km 32"; a forecast "") and "Dr Somphone said" ("W"), his quote over two sentences (""); "The Lao National Chamber of Commerce and Industry (LNCCI) said in a letter to the authority" (a request, "") and "the letter said" (resolving to the chamber, "W"); "according to the Bank of the Lao PDR" ("W"); "Mr Khamsouk said" a hotline "between 8 a.m. and 4 p.m. on weekdays" ("W") and a plan (""). Tail: "Page 2 of 2", a printed-on line, copyright split at "Sole Co., Ltd." before "All rights reserved." (all "B").',
    'Myanmar INDEPENDENT NEWS SITE in READER MODE (Yangon), reader-view paste, an ELECTRICITY ROTATION with BURMESE NAMES (no family names; "U", "Daw", "Ko", "Ma", "Naw" and "Sayadaw" before names, always dropped), A PSEUDONYM, AN UNNAMED ENGINEER, A ROLE NOUN FOR A MOTHER AND A NOTICE THAT "SAYS": Yangon households to get eight hours of power a day. Head as reader mode leaves it: domain ("B"), headline of record "W", byline, date and reading time ("B"); standfirst "YESC says ...; ..." ("W", the corporation as the body names it); a caption "" and its credit "B". Body: "YANGON —" lead "the Yangon Electricity Supply Corporation (YESC) said in a notice posted on its Facebook page" (acronym dropped, channel in the cue, "W"), "the notice said" (resolving to YESC, "W") and "YESC said" with a causal claim ("W"); "A YESC engineer in Hlaing township, who asked not to be named ...," (kept as written, the anonymity clause left out, "W") and "the engineer said" (""); a two-sentence membership appeal mid-story ("B"); a quote subhead ""; "Daw Khin Thandar Oo, 58," ("" twice), "Her son, Ko Zaw Lin Htet, 31," ("" twice) and "His mother said" (the ROLE NOUN resolving to Khin Thandar Oo, her own price "W"); petrol "according to prices published by the fuel supervisory committee" and generators "according to dealers" ("W"); "U Aung Myo Thant" (""); "the notice said" with "from 8 p.m. to 6 a.m.," mid-sentence ("W"); an industrial zone committee "said in a statement" ("W"); "who asked to be identified only as Ma Hnin" (the PSEUDONYM without "Ma" is the label, "" twice); "Naw Paw Htoo" (""); "the abbot, Sayadaw U Nandiya," ("" twice); "according to Shwe Lin Energy Advisory, a Yangon-based consultancy" (the apposition left out, "W"); the household tariff (no speaker, "W"); solar kits "according to traders at Theingyi Market" ("W") and a trader named AFTER his quote, "said Ko Thet Paing" (""); "YESC said the rotation would be reviewed" (a plan, "") and "it said" the round-the-clock supply (a rule, "W"); "The Ministry of Electric Power did not respond to a request for comment." (""); the schedule posted "by 6 p.m." ENDING a sentence before "Residents can also check it ..." (both "W"). Tail: tags and the original URL ("B").',
    'Papua New Guinean DAILY\'S ARTICLE SHARED FROM ITS APP (Port Moresby), app-share paste with ONE-SENTENCE PARAGRAPHS, a PMV FARE RISE with PNG NAMES ("Mr", "Ms", "Mrs", "Hon." and "Dr", a stacked police title), A TOK PISIN QUOTE WITH ITS MEANING AND A SPEAKER NAMED AFTER A QUESTION: bus fares in the National Capital District rise from K1.50 to K2. Head: the app-share line, masthead, section ("B"); headline of record "W"; standfirst "Owners\' association blames ...; commuters say ..." ("W", carrying "the NCD PMV Owners Association" as the body names it, cue "blames"); byline and a date/time line ("B"); a caption "" and its credit "– Picture by ..." ("B"). Body: the capitalised lead "the Road Traffic Authority (RTA) has announced" ("W", cue as written), "RTA said" (the acronym resolving, "W") and "the authority said" (generic kept, "W"); the chief executive ("Mr" dropped, "Raka Paivu", "W" three times, one a quote with a date); the owners\' president "Timothy Yandi Gawi" ("W" twice) and "Mr Gawi said" (a conditional threat ""); a "Story continues after advertisement" line ("B"); a scene (""); a student ("" twice), her Tok Pisin quote with "she said, meaning: “...”" (one sentence, ""); "Mrs Mea Lohia" and "She said" after TWO WOMEN (the vendor, ""); a bus crewman (""); the acting city manager with a letter ("W") and a plan (""); "Moresby South MP Hon. Ruth Kaupa Sale said in a statement" (""); a union "said in a statement" a pay rise outstanding ("W"); "Metropolitan Superintendent Chief Superintendent Ekari Kove said" checks from Monday (a scheduled check, "W"); the fare-chart rule and fine (no speaker, "W"); a fares box (label "B", three lines ""); an economist ("Dr" dropped) with a survey share ("W") and a quote (""); "“We will pay, what else can we do?” asked Lucy Wari, ..." (one sentence, ""); "RTA said the fare would be reviewed" (a plan ""). Tail: an app line, tags, copyright split at "Ltd." before "Published in Port Moresby." (all "B").',
    'Samoan WEEKLY\'S Q&A INTERVIEW on the DESKTOP (Apia), a BUS FARE RISE with MATAI TITLES (the chief\'s title before the given name is part of the name; "Afioga" and roles dropped), TURNS PREFIXED WITH THE MATAI TITLE AND AN INTERVIEWER CITING A MINISTER: Upolu bus fares rise 50 sene. Head: masthead, tagline, menu, crumb (all "B"); a QUOTE HEADLINE "‘Our buses are older than our drivers’, says bus owners\' chief as ..." ("W", carrying "Lemalu Tavita Ah Chong", cue "says"); byline/date ("B"); a caption "" and its credit "B". Intro: the LTA\'s approval (no speaker, "W"); fares "according to the fare schedule published by the LTA" ("W"); "the Minister of Works, Transport and Infrastructure, Afioga Toleafoa Rita Masoe-Tupuola, told Parliament" ("Afioga" dropped, the matai title "Toleafoa" kept, "W"); two intro sentences on the interviewee and his matai title (no speaker, ""); an editing note ("B"). Interview: "Fetu Weekly:" questions with no speaker (""), one citing "Passengers say" (speaker "Passengers", "") and one citing the minister ("The minister told Parliament there were 37 complaints ...", speaker "Toleafoa Rita Masoe-Tupuola", cue "told Parliament", "W"); every sentence of a "Lemalu:" turn carries "Lemalu Tavita Ah Chong" with the prefix as cue: diesel prices, the last fare, bus ages and a bus\'s price, owners who left ("W"), and a feeling, a QUESTION, a rule for drivers, an anecdote and a conditional plan (""); the closing thanks (""). "WHAT PASSENGERS SAY" ("B"); a nurse ("" twice); "Tuala Iosefo Pelenato, the pulenu\'u of Vailele," ("W") and "Tuala said" (the MATAI TITLE resolving) with "at 5.30 p.m." ENDING a sentence before "“After that it is a taxi or your legs,” he said." ("W", then ""); "according to the Samoa Bureau of Statistics" ("W"); "The LTA said in a notice" (acronym resolving to "the Land Transport Authority", a rule "W"). Tail: related label and one headline, a share line, a copyright line (all "B").',
    'Tongan NEWS SERVICE\'S EMAIL NEWSLETTER pasted from WEBMAIL (Nuku\'alofa), a POWER TARIFF CUT with TONGAN NAMES (the \'okina kept as the page writes it, "Rev. Dr." dropped), A SPEAKER NAMED AFTER THE CLAIM, A READER\'S REPLY AND A SPONSOR BLOCK: the electricity tariff falls to 89.5 seniti a unit from August 1. Head: "Inbox", the subject line, the sender, "to me", a date line, a view-in-browser line (all "B"); the newsletter\'s greeting in its own voice, two sentences (""); a "THIS WEEK\'S TOP STORY" label ("B"); the item\'s headline ("W"). Top story: "Tonga Power Limited (TPL) said in a statement" (acronym dropped, "W"), "TPL said" and "it said" (resolving to the company as first given, "W" each); "Its chief executive, Viliami Tuʻipulotu Manu," ("W"), "Mr Manu said" (a characterisation ""), "He said" a renewables share ("W") and "Mr Manu said the company would install ..." (a plan ""); "the company said" (generic kept, "W"); a taxi driver ("" twice); a reader\'s reply named AFTER the quote, "wrote Salote Fine Vake of Pangai, Haʻapai, in reply to last week\'s edition." (cue "wrote", ""); a read-more line and a two-line sponsor block ("B"). "IN BRIEF" ("B"): the ferry "at 12:30 p.m. on weekdays from Monday, instead of 11 a.m., the Ministry of Infrastructure said" (no split, "W"), "Saturday sailings leave at 9 a.m." ENDING a sentence before "Tickets stay at T$28 one way." (both "W"); a newsletter line (""), a teacher named after her quote (""); flights "at 6 a.m. and 2:15 p.m. from August 2, Tonga Airlink said" ("W") and "The airline said" (generic kept, "W"); squash prices "according to the Tongatapu Growers\' Council" ("W"), "the council said" ("W") and "It blamed" (resolving to the council as first given, a causal claim "W"); a church collection with the speaker named AFTER it, "its minister, Rev. Dr. ʻAlipate Taufa Moala, said." (titles dropped, no split, "W"). "FROM THE EDITOR" ("B"); the newsletter\'s advice and sign-off (""); the editor\'s name, a why-you-get-this line, an unsubscribe line, a postal address, "Reply Forward" (all "B").',
    'Jamaican DAILY\'S LIVE BLOG pasted from a PHONE (Kingston), NEWEST ENTRY FIRST, WATER LOCK-OFFS with JAMAICAN PARISHES WRITTEN "St.", PATOIS QUOTES, A NICKNAME WITH "Miss" AND A SURNAME GIVEN ONLY IN AN OLDER ENTRY BELOW: day one of water restrictions in Kingston and St. Andrew. Head: a menu/masthead line, crumb, "🔴 LIVE" (all "B"); headline "LIVE: ... Kingston and St. Andrew as ..." (no split, "W"); a last-updated line and a "Key points" label ("B"); key points: the lock-off hours "from 9 p.m. to 5 a.m." (no speaker, "W"), the reservoir "according to the National Water Commission (NWC)" ("W"), and "Trucks will serve ... first." (a plan, ""). Entries under "B" time stamps, with "Posted by" and "Key event" lines ("B"): 4:52 p.m. "The NWC said" ending "in St. Catherine." before "A list of the communities ... is posted on its website." (both "W", the second with no speaker) and "Brissett-Lyn said" (resolving to the NWC manager named in full only in the 12:05 p.m. entry below, "W"); 4:30 p.m. a patois quote named AFTER it, "said 71-year-old Icylda Brown of Papine, laughing." ("") and "Miss Icy, as her neighbours call her, said" (the NICKNAME resolving, ""); 3:45 p.m. "The Meteorological Service of Jamaica says" ("W") and "It expects" (a forecast, ""); 3:10 p.m. the minister named by name then role ("W"), a quote with a SEMICOLON, never split (""), and a drilling plan (""); 2:15 p.m. "Sunrise Bakes Ltd., which ..., said" ("W"), "... run by Ferry Pen Water Haulage Ltd." ENDING a sentence before "A load costs $38,000, the bakery chain\'s operations manager, Omari Clarke-Lindo, said." (the first with no speaker, both "W"); 1:20 p.m. "The University Hospital of the West Indies (UHWI) says" and "it said" ("W"); 12:05 p.m. "NWC corporate communications manager Andrea Brissett-Lyn says" and "She says" ("W"), an appeal (""), a hotline count ("W"); 10:40 a.m. a scene "from as early as 6 a.m." ("") and a mechanic named after his patois quote (""), his landlord\'s truck (anecdote, ""); 9:00 a.m. a welcome line ("") and the cut "at 9 p.m. last night" ("W"). Tail: load-more, a two-sentence tip line (a question and a WhatsApp number), a copyright line (all "B").',
    'Trinidadian DAILY\'S WEBSITE pasted from a PHONE (Port of Spain), a STREET-FOOD PRICE RISE with A NICKNAME, A HUSBAND AND WIFE, "Mt." AND "St." IN PLACE NAMES, A TRINIDAD ENGLISH QUOTE RUNNING ON AFTER ITS ATTRIBUTION AND A QUESTION BEFORE "asked": doubles go from $6 to $7. Head: a menu/masthead line, section ("B"); headline of record "W"; standfirst "Flour miller says ...; Curepe vendors say ..." ("W", carrying "Gulf Millers Ltd." as the body names it); byline, posted line, read time ("B"); a caption "" and its credit "B". Body: the lead (no speaker, "W"); "Gulf Millers Ltd. said in a statement on July 27" ("Ltd." mid-sentence, "W") and "The company blamed" (generic kept, a causal claim "W"); "Rohan Seepersad, known to his customers as Hot Hands," (no speaker, ""), "said Hot Hands" (the NICKNAME resolving) with the quote RUNNING ON into a second sentence (both ""); "He said" an oil price ("W") and "..., he said." his own sales (""); a WhatsApp-channel line mid-story ("B"); "“What next, $8?” asked Kezia Mohammed-Charles, 34, ... at the hospital in Mt. Hope." (one sentence, ENDING at "Mt. Hope." before "She said ..."), both "" and a third quote (""); a question subhead ""; flour per doubles "according to vendors interviewed by the Clarion" ("W"), channa and cooking-gas prices (no speaker, "W"); the corporation chairman ("Councillor" dropped, "W") and "He said the corporation would meet vendors on August 19" (a scheduled meeting, "W"); "The Consumer Affairs Division said" ("W"); food inflation "according to the Central Statistical Office (CSO)" (acronym dropped, "W"); an economist ("Dr." dropped) "at the University of the West Indies in St. Augustine," (no split, "" twice); a second caption and credit ("", "B"); "Not every vendor has raised prices." (""), "Sharlene Ramdial" and "Her husband, Vishnu Ramdial," then "he said" and "She said" (each resolving to the spouse of that pronoun, all ""); a vendors\' association "said in a Facebook post" ("W") and "It urged" (""). Tail: related label and one headline, a share line, copyright split at "Co. Ltd." before "Port of Spain, Trinidad and Tobago." (all "B").',
    'Barbadian RADIO STATION\'S NEWS WEBSITE (Bridgetown), desktop browser paste with a COOKIE BANNER and COMMENTS, a ROUTE-TAXI FARE RISE with A SURNAME WRITTEN "St. Hill", "(Ag.)", "the Hon." AND "M.P." AROUND NAMES, PARISHES WRITTEN "Ch. Ch." AND "St. Philip", AND A QUOTE RUNNING INTO A SECOND PARAGRAPH: ZR and minibus fares rise to $4 on September 1. Head: station line, menu, a two-sentence cookie notice and its buttons, section label (all "B"); headline of record "W"; a posted-by line and a share line ("B"); a caption "" and "(File photo)" ("B"). Body: "the Transport Authority announced" ("W") and "the authority said" (generic kept, "W"); "Chief Executive Officer (Ag.) Ms. Charmaine Lashley-Skeete told a press conference at the authority\'s Weymouth headquarters" (title, "(Ag.)" and "Ms." dropped, no split, channel in the cue, "W"), "She said" ("W") and "Lashley-Skeete said" (""); "Trevor St. Hill, president of ...," (the point is part of his name; a plan "") and "St. Hill said" OPENING a sentence ("W"); "he said" and a quote RUNNING INTO A SECOND PARAGRAPH, the first left open (all ""); a prose line about the full press conference "from 7 a.m. tomorrow." ("B"); "Minister of Transport and Works, the Hon. Fabian Cumberbatch-Yearwood, M.P., said in a statement" (no split at "M.P.,", "W") and "He said the Government wanted ..." (""); a pensioner travelling "from Oistins, Ch. Ch. to Bridgetown" (no split, "" twice); "“If it is $4 now, what will it be when I get to UWI?” asked Jaden Best, 15, ... in St. Philip." (one sentence, ENDING at "St. Philip." before "He said ..."), both ""; "according to the Central Bank of Barbados" ("W"); the Road Traffic Act\'s fine (a rule, "W"); "Lashley-Skeete said the authority would set up a hotline" (a plan ""). Tail: related label and headline, a comment count, two comments with user, date and reply lines, the second split into two sentences, "Leave a Reply", copyright split at "Inc." before "All Rights Reserved." (all "B").',
    'Bahamian DAILY\'S AMP PAGE (Nassau), AMP paste, a MAILBOAT FARE RISE with "Capt." AND "M.V." BEFORE NAMES, TWO UNRELATED ROLLES TOLD APART BY "Capt." AND "Mrs.", A BUDGET DOCUMENT AND AN ASSOCIATION THAT "SAYS": passenger fares to Andros and Exuma rise $10 from October 1. Head: AMP address, masthead, section ("B"); headline of record "W"; standfirst "Boat owners say fuel has doubled; ..." ("W", carrying the mailboat operators\' association as the body names the owners\' voice, cue "say"); byline with role and a published line ("B"); a caption "The M.V. Lady Caprice unloads ..." (no split, "") and its credit "B". Body: the capitalised lead "the Port Department said yesterday" ("W"); fares "according to a fare schedule approved by the Ministry of Transport" (as written, "W"); "the department said" twice (generic kept, "W"); "Acting Port Controller Capt. Lionel Cartwright told The Current" (role and "Capt." dropped, no split, "W"), "Capt. Cartwright said" ("") and "He said" passenger numbers ("W"); an "ADVERTISEMENT" line ("B"); "Capt. Dexter Rolle, who owns and skippers the M.V. Lady Caprice, said" (opening with "Capt.", "W"), "he said" a subsidy claim in a quote ("W") and "Capt. Rolle said" (the captain, ""); subsidies "according to the 2027/28 budget estimates" ("W"); mailboats\' role (no speaker, "W"); "grocery owner Veronica Rolle, who is not related to the captain," ("W"), "Mrs. Rolle said" (the shopkeeper, not the captain, "") and "She said" her milk price ("W"); the MP\'s plan and quote (""); "The Bahamas Mailboat Operators Association (BMOA) said in a statement" (acronym dropped, "W") and "It said" (resolving to it, a causal claim "W"); a scene with "the M.V. Exuma Belle" (""); "“Who is going to pay $170 ...?” asked Eulease Moss, 63, ..." (one sentence, "") and "She said" (""); a question subhead ""; contracts\' expiry "according to the Port Department" ("W"); an economist ("Dr." dropped, a forecast ""); the sailing "every Tuesday at 2 p.m." ENDING a sentence before "It returns on Thursdays." and payment "in Bahamian or U.S. dollars" (no split; all "W"). Tail: a WhatsApp line, a non-AMP link, related label and one headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE FORMOSA LEDGER", "", "", "B"),
        ],
        [
            (
                "Home | Taiwan | Cross-Strait | Business | World | Sports | Lifestyle | Opinion | Sitemap",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sun, Mar 14, 2027 | 中文 | Subscribe | Log in", "", "", "B"),
        ],
        [
            ("Taiwan News › Taipei", "", "", "B"),
        ],
        [
            (
                "Taipei to raise curbside parking fees in Xinyi, Da’an to NT$60 per hour",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rates on 1,860 spaces to rise by half from May 1, department says; shop owners fear losing customers to malls",
                "the Taipei Department of Transportation",
                "says",
                "W",
            ),
        ],
        [
            ("By Hsu Pei-ling / Staff reporter", "", "", "B"),
        ],
        [
            ("Sun, Mar 14, 2027 - Page 2", "", "", "B"),
        ],
        [
            ("Cars and scooters are parked in a lane off Zhongxiao E. Rd.", "", "", ""),
            ("Photo: Hsu Pei-ling, Formosa Ledger", "", "", "B"),
        ],
        [
            (
                "Curbside parking in Taipei’s Xinyi and Da’an districts is to cost NT$60 per hour from May 1, up from NT$40, the Taipei Department of Transportation said yesterday.",
                "the Taipei Department of Transportation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The rise covers 1,860 metered spaces, the department said, most of them on Zhongxiao E. Rd. and Dunhua S. Rd.",
                "the department",
                "said",
                "W",
            ),
            (
                "Spaces in the city’s other 10 districts are to stay at NT$20 to NT$40 per hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Department Deputy Commissioner Liao Kuan-yu (廖冠宇) told a news conference at Taipei City Hall that occupancy on the affected streets averaged 94 percent during weekday business hours last year, against a target of 85 percent.",
                "Liao Kuan-yu",
                "told a news conference at Taipei City Hall",
                "W",
            ),
            (
                "“When every space is full, drivers circle the block looking for one, and that is where the congestion comes from,” Liao said.",
                "Liao Kuan-yu",
                "said",
                "",
            ),
        ],
        [
            (
                "He said a department survey last autumn found that about one in five cars on Dunhua S. Rd. at 7pm on weekdays was circling for a space.",
                "Liao Kuan-yu",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Fees are collected by roadside attendants, who leave a payment slip on the windshield, and can be paid at convenience stores or through the city’s Taipei Pass app.",
                "",
                "",
                "W",
            ),
            ("App payments are processed by Lumi Parking Technology Co., Ltd.", "", "", "W"),
            (
                "It handled 4.2 million payments for the city last year, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Taipei City Councilor Kao Shih-min (高詩敏), who represents Da’an and Wenshan districts, said the increase would hurt small shops whose customers stop for only a few minutes.",
                "Kao Shih-min",
                "said",
                "",
            ),
            (
                "“The department stores on Zhongxiao give two hours of free parking if you spend NT$1,000,” she said.",
                "Kao Shih-min",
                "said",
                "W",
            ),
            ("“A noodle shop cannot do that.”", "Kao Shih-min", "said", ""),
        ],
        [
            (
                "Grace Yeh (葉佳蓉), who has run a beef noodle shop on Anhe Rd. for 22 years, said most of her lunchtime customers were office workers who arrived on foot.",
                "Grace Yeh",
                "said",
                "",
            ),
            (
                "“The ones who drive are the delivery riders, and they park wherever they like,” Yeh said with a laugh.",
                "Grace Yeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Her neighbor, florist Chien Hsiu-chin (簡秀琴), said she had already lost wedding orders to flower shops in Neihu, where street parking is free after 8pm.",
                "Chien Hsiu-chin",
                "said",
                "",
            ),
            (
                "She said she would ask Kao’s office to hold a public hearing before May.",
                "Chien Hsiu-chin",
                "said",
                "",
            ),
        ],
        [
            (
                "Curbside parking brought in NT$2.31 billion for the city last year, according to figures from the Taipei Parking Management and Development Office.",
                "figures from the Taipei Parking Management and Development Office",
                "according to",
                "W",
            ),
            (
                "The office said it expected the new rate to raise an additional NT$186 million a year, which would go toward building underground parking lots.",
                "The office",
                "said",
                "",
            ),
        ],
        [
            ("Discounts stay for disabled drivers", "", "", ""),
        ],
        [
            (
                "Drivers with disability parking permits will continue to park for free for the first two hours, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Electric vehicles are to keep a 50 percent discount until the end of next year under a separate policy that took effect in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "National Taiwan University civil engineering professor Wang Ting-hao (王定豪) said the rise was “overdue,” but that the city should publish occupancy data for every block.",
                "Wang Ting-hao",
                "said",
                "",
            ),
            (
                "“Tokyo and Seoul both charge more than twice this in their business districts,” Wang said.",
                "Wang Ting-hao",
                "said",
                "W",
            ),
        ],
        [
            (
                "Legislator Jasper Kuo (郭晉豪), whose constituency includes Xinyi, said in a Facebook post that his office had received more than 300 messages about the change since Friday.",
                "Jasper Kuo",
                "said in a Facebook post",
                "W",
            ),
            (
                "Most asked why residents with household parking permits were not exempt, he wrote.",
                "Jasper Kuo",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Asked about residents, Liao said permit holders could apply for a monthly pass costing NT$2,400 at district offices from April 15.",
                "Liao Kuan-yu",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I will leave the car in Xizhi and take the MRT,” said Chou Yi-chun (周怡君), 41, a sales manager who drives in from New Taipei three days a week.",
                "Chou Yi-chun",
                "said",
                "",
            ),
        ],
        [
            (
                "The Taipei City Council’s transportation committee is scheduled to review the change on March 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments will be moderated.", "", "", "B"),
            ("Keep comments relevant to the article.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Taipei MRT to run until 2am on New Year’s Eve", "", "", "B"),
        ],
        [
            ("New Taipei to add 400 bike-share docks in Banqiao", "", "", "B"),
        ],
        [
            ("Copyright © 1999-2027 The Formosa Ledger Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("harbourbeat.hk/amp/hong-kong/2027/06/12/minibus-36k-fare-rise", "", "", "B"),
        ],
        [
            ("HARBOURBEAT", "", "", "B"),
        ],
        [
            ("Hong Kong › Transport", "", "", "B"),
        ],
        [
            (
                "Tsz Wan Shan minibus fare to rise to HK$8.4 on Sunday, first increase since 2022",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says drivers’ pay and fuel forced the rise; residents say nobody asked them",
                "Lok Fung Transport Co. Ltd.",
                "says",
                "W",
            ),
        ],
        [
            (
                "Angel Lui Hoi-ching | 12 Jun 2027, 5:48pm | Updated: 13 Jun 2027, 9:10am",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: WhatsApp | Facebook | Threads | Copy link", "", "", "B"),
        ],
        [
            ("A route 36K minibus waits for passengers at the Tsz Wan Shan terminus.", "", "", ""),
            ("(Photo: HarbourBeat/Kelvin Mak)", "", "", "B"),
        ],
        [
            (
                "Passengers on green minibus route 36K, which runs between Tsz Wan Shan and Kowloon Tong MTR station, will pay HK$8.4 a trip from 6am on Sunday, up from HK$7.2, after the Transport Department approved an application from the operator.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The department said in a reply to HarbourBeat that it had approved the 16.7 per cent increase on June 3 after considering the operator’s accounts, passenger numbers and “public acceptability”.",
                "The department",
                "said in a reply to HarbourBeat",
                "W",
            ),
            (
                "It was the route’s first fare rise since September 2022, it said.",
                "the Transport Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The operator, Lok Fung Transport Co. Ltd., runs the route with 14 minibuses and said in its application that it lost HK$1.36 million on the route in the financial year to March.",
                "Lok Fung Transport Co. Ltd.",
                "said in its application",
                "W",
            ),
            (
                "Its general manager, Kenneth Yip Chi-wai, said fuel costs had risen by about a third since 2022 and drivers’ daily pay from HK$900 to HK$1,150.",
                "Kenneth Yip Chi-wai",
                "said",
                "W",
            ),
            (
                "“Without the increase, we would have cut the evening service to one minibus every 20 minutes,” Mr Yip said.",
                "Kenneth Yip Chi-wai",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the company had not been able to hire a driver since March, and that the average age of its 31 drivers was 61.",
                "Kenneth Yip Chi-wai",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Residents of Tsz Wan Shan Estate said they learnt of the rise from a notice taped inside the minibuses last Monday.",
                "Residents of Tsz Wan Shan Estate",
                "said",
                "W",
            ),
            (
                "A 74-year-old passenger who gave only her surname, Leung, said she took the 36K twice a day to a clinic in San Po Kong.",
                "Leung",
                "said",
                "",
            ),
            (
                "“The old people up here are the ones who cannot walk down the hill,” Mrs Leung said in Cantonese.",
                "Leung",
                "said in Cantonese",
                "",
            ),
            (
                "She said she had not known that her HK$2 fare would stay the same.",
                "Leung",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the government’s HK$2 fare concession scheme, passengers aged 60 and above pay HK$2 a trip on the route and the government pays the operator the difference.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District councillor Wong Ka-yan, who represents Tsz Wan Shan, said she had collected 820 signatures from residents asking for the increase to be phased in over two years.",
                "Wong Ka-yan",
                "said",
                "W",
            ),
            (
                "“They approve the rise first and ask us afterwards,” she said.",
                "Wong Ka-yan",
                "said",
                "",
            ),
        ],
        [
            (
                "The driver of the 5.40pm departure on Thursday, Wong Chun-kit, 58, has driven the 36K for 11 years.",
                "",
                "",
                "",
            ),
            ("He said he worked 12-hour shifts, six days a week.", "Wong Chun-kit", "said", ""),
            (
                "“People think we drive fast because we are rude,” the driver said.",
                "Wong Chun-kit",
                "said",
                "",
            ),
            ("“We drive fast because the next trip is money.”", "Wong Chun-kit", "said", ""),
        ],
        [
            (
                "Ms Wong said the operator should be made to publish its accounts.",
                "Wong Ka-yan",
                "said",
                "",
            ),
        ],
        [
            (
                "Legislative Council member Priscilla Tam Hoi-ying, who sits on the transport panel, said she would ask at the panel’s meeting on June 21 how many minibus fare rises the department had approved this year.",
                "Priscilla Tam Hoi-ying",
                "said",
                "",
            ),
            (
                "According to the department’s figures, it approved 47 green minibus fare increases in 2026, with an average rise of 11.8 per cent.",
                "the department’s figures",
                "According to",
                "W",
            ),
        ],
        [
            ("ROUTE 36K FARES FROM SUNDAY", "", "", "B"),
        ],
        [
            ("Adult: HK$8.4 (was HK$7.2)", "", "", ""),
        ],
        [
            ("Aged 60 and above: HK$2 (unchanged)", "", "", ""),
        ],
        [
            ("Full-time students: HK$8.4, no discount", "", "", ""),
        ],
        [
            (
                "Dr Lam Wai-man, a transport researcher at a local university, said minibuses on hillside estates were “a lifeline the market alone will not keep running”.",
                "Lam Wai-man",
                "said",
                "",
            ),
            (
                "She said the number of licensed green minibus drivers under 40 had fallen below 600.",
                "Lam Wai-man",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the company would apply for another rise next year, Mr Yip said: “Ask me after the summer.”",
                "Kenneth Yip Chi-wai",
                "said",
                "",
            ),
        ],
        [
            (
                "At the terminus on Thursday evening, a queue of about 30 people stretched past the stop.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Kwun Tong wet market stalls to get air-conditioning by 2028", "", "", "B"),
        ],
        [
            ("View full article", "", "", "B"),
        ],
        [
            ("© 2027 HarbourBeat Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("APSARA NEWS AGENCY | Subscriber portal | Logged in: Newsdesk 14", "", "", "B"),
        ],
        [
            (
                "DOMESTIC | SLUG: CAMBODIA-TRANSPORT/SIEMREAP-TUKTUK | PRIORITY: ROUTINE | 734 words",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Filed 04-May-2027 09:12 ICT | Moved 09:40 ICT", "", "", "B"),
        ],
        [
            ("UPDATE 1-Adds tourism department comment in paragraph 13", "", "", "B"),
        ],
        [
            (
                "Siem Reap sets fixed 8,000-riel tuk-tuk fare inside city; drivers must register by June 30",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* Fixed fare covers trips of up to 5 km within Siem Reap city from June 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* About 4,100 drivers must register and display numbered plates", "", "", "W"),
        ],
        [
            (
                "* Drivers' association says fare too low at current petrol prices",
                "the Siem Reap Tuk-Tuk Drivers' Association",
                "says",
                "",
            ),
        ],
        [
            (
                "SIEM REAP, Cambodia, May 4 (ANA) - Tuk-tuk and remork drivers in Siem Reap city will charge a fixed fare of 8,000 riel ($1.97) for trips of up to 5 km from June 1, the Siem Reap Provincial Administration said on Monday.",
                "the Siem Reap Provincial Administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "Drivers must register their vehicles and display a numbered plate by June 30 or face a fine of 100,000 riel, the administration said in a directive.",
                "the administration",
                "said in a directive",
                "W",
            ),
        ],
        [
            (
                "Deputy Provincial Governor H.E. Chhay Sovannary told reporters at the provincial hall that about 4,100 drivers worked in the city, fewer than 1,500 of whom had registered under a voluntary scheme launched in 2025.",
                "Chhay Sovannary",
                "told reporters at the provincial hall",
                "W",
            ),
            (
                '"Tourists complain to us every week that they paid $5 for two kilometres," Ms Sovannary said.',
                "Chhay Sovannary",
                "said",
                "",
            ),
            (
                "She said the fare was set after three meetings with drivers' representatives and hotel owners in March and April.",
                "Chhay Sovannary",
                "said",
                "W",
            ),
        ],
        [
            (
                "Trips beyond 5 km, including to the Angkor Archaeological Park, will be charged at 1,500 riel for each additional kilometre, according to the directive.",
                "the directive",
                "according to",
                "W",
            ),
            (
                "Drivers who take bookings through ride-hailing apps are not covered by the fixed fare, the directive says.",
                "the Siem Reap Provincial Administration",
                "says",
                "W",
            ),
        ],
        [
            (
                "One app operator, Rumdoul Mobility Co., Ltd., said in a statement that its fares for a 5-km trip in Siem Reap already averaged 7,400 riel.",
                "Rumdoul Mobility Co., Ltd.",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Mao Vuthy, president of the Siem Reap Tuk-Tuk Drivers' Association, said the fare was too low because petrol had risen to 5,150 riel a litre at city pumps.",
                "Mao Vuthy",
                "said",
                "W",
            ),
            ('"We are not against a fixed price," Vuthy said.', "Mao Vuthy", "said", ""),
            ('"We are against a price from 2019."', "Mao Vuthy", "said", ""),
        ],
        [
            ("He said the association had 1,260 members.", "Mao Vuthy", "said", "W"),
            (
                "It would ask the provincial hall to review the fare in October, he said.",
                "Mao Vuthy",
                "said",
                "",
            ),
        ],
        [
            (
                "Remork driver Sok Pheaktra, 33, who waits for passengers outside the Old Market, said he made about $15 on a good day in the high season and less than half that in May.",
                "Sok Pheaktra",
                "said",
                "",
            ),
            (
                '"Foreigners pay what we ask, Cambodians bargain," Mr Pheaktra said.',
                "Sok Pheaktra",
                "said",
                "",
            ),
        ],
        [
            (
                "Another driver, Sok Dara, who is not related to Sok Pheaktra, said he had registered under the voluntary scheme in 2025 and received his plate within a week.",
                "Sok Dara",
                "said",
                "",
            ),
            ("He said the plate had cost 40,000 riel.", "Sok Dara", "said", "W"),
        ],
        [
            (
                "Asked how fines would be collected, Ms Sovannary said drivers would pay them at the provincial Department of Public Works and Transport within 15 days.",
                "Chhay Sovannary",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cambodia had about 61,000 registered tuk-tuks and remorks at the end of 2026, according to the Ministry of Public Works and Transport.",
                "the Ministry of Public Works and Transport",
                "according to",
                "W",
            ),
        ],
        [
            (
                'Oknha Keo Bunthoeun, who owns three hotels in the city and chairs the Angkor Hotel Owners\' Club, said the rule would "restore trust" among foreign visitors.',
                "Keo Bunthoeun",
                "said",
                "",
            ),
            (
                '"A fixed price is good for everybody\'s name," he said.',
                "Keo Bunthoeun",
                "said",
                "",
            ),
        ],
        [
            (
                "Lok Chumteav Prak Sothea, director of the provincial tourism department, said 38 complaints about fares had been made to her department's hotline in the first quarter.",
                "Prak Sothea",
                "said",
                "W",
            ),
            (
                "Siem Reap province received 412,300 foreign visitors in the same period, up 9.6 percent from a year earlier, according to the Ministry of Tourism.",
                "the Ministry of Tourism",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Provincial traffic police chief Brig. Gen. Nhem Chanthol said officers would begin checking plates on July 1 at 7 a.m.",
                "Nhem Chanthol",
                "said",
                "W",
            ),
            (
                "Drivers caught without a plate a second time will have their vehicle impounded for seven days, he said.",
                "Nhem Chanthol",
                "said",
                "W",
            ),
        ],
        [
            (
                '"I never know if I am being cheated or if that is just the price," said Mariana Carvalho, 29, a Portuguese backpacker waiting for a ride on Pub Street.',
                "Mariana Carvalho",
                "said",
                "",
            ),
        ],
        [
            ("The riel traded at about 4,060 to the U.S. dollar on Monday.", "", "", "W"),
            (
                "The directive, dated April 28, was posted on the provincial administration's Facebook page on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("-- ANA --", "", "", "B"),
        ],
        [
            ("(Reporting by Ouk Sreymom; Editing by Chan Dararith)", "", "", "B"),
        ],
        [
            ("Keywords: CAMBODIA/TRANSPORT TOURISM SIEMREAP", "", "", "B"),
        ],
        [
            ("© 2027 Apsara News Agency Co., Ltd.", "", "", "B"),
            ("Redistribution without written permission is prohibited.", "", "", "B"),
        ],
        [
            ("Newsdesk: +855 23 555 0192", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.laoweeklychronicle.la/print/news/2027/06/vientiane-rubbish-fee",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LAO WEEKLY CHRONICLE", "", "", "B"),
        ],
        [
            ("Issue 412 | Friday 11 June – Thursday 17 June 2027", "", "", "B"),
        ],
        [
            ("Print | Close window", "", "", "B"),
        ],
        [
            ("Vientiane household rubbish fee to rise to 30,000 kip", "", "", "W"),
        ],
        [
            (
                "Collection authority cites fuel and ageing trucks; some villages say trucks come once a week",
                "the Vientiane Urban Development and Administration Authority",
                "cites",
                "W",
            ),
        ],
        [
            ("By Phonesavanh Inthavong", "", "", "B"),
        ],
        [
            ("Published: 10 June 2027", "", "", "B"),
        ],
        [
            (
                "Workers load a rubbish truck on Khouvieng Road in Chanthabouly district.",
                "",
                "",
                "",
            ),
            ("Photo: LWC/Souksavanh K.", "", "", "B"),
        ],
        [
            (
                "Households in Vientiane’s nine districts will pay 30,000 kip a month for rubbish collection from July 1, up from 20,000 kip, the Vientiane Urban Development and Administration Authority (VUDAA) announced on Monday.",
                "the Vientiane Urban Development and Administration Authority",
                "announced",
                "W",
            ),
            (
                "Shops, restaurants and guesthouses will pay between 80,000 and 500,000 kip a month depending on how much waste they produce, VUDAA said.",
                "the Vientiane Urban Development and Administration Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority’s director general, Mr Khamsouk Vilaysack, told the Chronicle that the cost of diesel for its 96 collection trucks had more than doubled since 2022.",
                "Khamsouk Vilaysack",
                "told the Chronicle",
                "W",
            ),
            (
                "Mr Khamsouk said the fee had not been raised since 2019, while the rubbish collected in the capital had grown to about 520 tonnes a day.",
                "Khamsouk Vilaysack",
                "said",
                "W",
            ),
        ],
        [
            (
                "“People want the rubbish gone the next morning, and so do we,” he said.",
                "Khamsouk Vilaysack",
                "said",
                "",
            ),
            (
                "“But a third of our trucks are more than 15 years old, and every week two or three of them are in the garage.",
                "Khamsouk Vilaysack",
                "said",
                "W",
            ),
        ],
        [
            ("“When a truck is in the garage, a village waits.”", "Khamsouk Vilaysack", "said", ""),
        ],
        [
            (
                "He said 30 new trucks, bought with a loan from a Japanese development bank, would arrive by the end of the year.",
                "Khamsouk Vilaysack",
                "said",
                "",
            ),
        ],
        [
            (
                "The fee raised about 31 billion kip last year, VUDAA said.",
                "the Vientiane Urban Development and Administration Authority",
                "said",
                "W",
            ),
            (
                "Vientiane has about 185,000 households, according to the capital’s 2025 statistical yearbook.",
                "the capital’s 2025 statistical yearbook",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In Sikhottabong district, the chief of Nongduang Nua village, Mr Bounthavy Sengsouly, said trucks came to the village only on Saturdays.",
                "Bounthavy Sengsouly",
                "said",
                "W",
            ),
            (
                "“If they come once a week, why should we pay more?” Mr Bounthavy asked.",
                "Bounthavy Sengsouly",
                "asked",
                "",
            ),
            (
                "He said the village had asked the district office for a second collection day in 2025 and again in March.",
                "Bounthavy Sengsouly",
                "said",
                "W",
            ),
        ],
        [
            (
                "A noodle seller in the village, Ms Vanida Phimmasone, said she paid the fee every month but still carried her bags to a collection point 300 metres from her house.",
                "Vanida Phimmasone",
                "said",
                "",
            ),
            (
                "Her sister, Ms Vanhnaly Phimmasone, who runs a grocery next door, said she had stopped paying in January because nobody came to collect the money.",
                "Vanhnaly Phimmasone",
                "said",
                "",
            ),
            (
                "She said she would start paying again when the trucks came twice a week.",
                "Vanhnaly Phimmasone",
                "said",
                "",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "The fee is collected by village authorities, who keep 10 percent and pass the rest to VUDAA, according to a 2019 instruction from the Vientiane Capital Administration.",
                "a 2019 instruction from the Vientiane Capital Administration",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mrs Douangchanh Rattanavong, who runs a riverside restaurant on Fa Ngum Road, said her monthly fee would go from 150,000 to 400,000 kip.",
                "Douangchanh Rattanavong",
                "said",
                "W",
            ),
            (
                "“I will have to put the price of a beer up,” she said.",
                "Douangchanh Rattanavong",
                "said",
                "",
            ),
        ],
        [
            ("Where the rubbish goes", "", "", ""),
        ],
        [
            (
                "Assoc. Prof. Dr Somphone Keomany, an environmental engineer at the National University of Laos, said the capital’s landfill at Km 32 would be full within four years at the current rate.",
                "Somphone Keomany",
                "said",
                "",
            ),
            (
                "Dr Somphone said only about 8 percent of the city’s waste was separated for recycling, most of it by informal collectors who buy cans and plastic bottles from households.",
                "Somphone Keomany",
                "said",
                "W",
            ),
            ("“The fee is not the problem,” he said.", "Somphone Keomany", "said", ""),
            ("“The problem is that we bury everything.”", "Somphone Keomany", "said", ""),
        ],
        [
            (
                "The Lao National Chamber of Commerce and Industry (LNCCI) said in a letter to the authority that restaurants should be given six months to adjust to the new rates.",
                "The Lao National Chamber of Commerce and Industry",
                "said in a letter to the authority",
                "",
            ),
            (
                "The chamber has about 1,900 member businesses in the capital, the letter said.",
                "The Lao National Chamber of Commerce and Industry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The kip traded at about 21,900 to the US dollar this week, according to the Bank of the Lao PDR.",
                "the Bank of the Lao PDR",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Khamsouk said households could report missed collections by calling the hotline 1555 between 8 a.m. and 4 p.m. on weekdays.",
                "Khamsouk Vilaysack",
                "said",
                "W",
            ),
            (
                "He said the authority would publish each village’s collection days on its website before July 1.",
                "Khamsouk Vilaysack",
                "said",
                "",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("Printed on 12/06/2027 at 08:14 from www.laoweeklychronicle.la", "", "", "B"),
        ],
        [
            ("© 2027 Chronicle Media Sole Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("myittanews.com", "", "", "B"),
        ],
        [
            (
                "Yangon households to get eight hours of electricity a day under new rotation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Myitta News Yangon Desk", "", "", "B"),
        ],
        [
            ("21 June 2027", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            (
                "YESC says gas deliveries to city power plants have fallen; tea shops and factories turn to generators and night shifts",
                "the Yangon Electricity Supply Corporation",
                "says",
                "W",
            ),
        ],
        [
            (
                "A tea shop in Sanchaung township runs on a generator during a power cut on Friday.",
                "",
                "",
                "",
            ),
            ("Myitta News", "", "", "B"),
        ],
        [
            (
                "YANGON — Households in most of Yangon’s townships will receive electricity for eight hours a day, in two four-hour blocks, from Monday, the Yangon Electricity Supply Corporation (YESC) said in a notice posted on its Facebook page.",
                "the Yangon Electricity Supply Corporation",
                "said in a notice posted on its Facebook page",
                "W",
            ),
            (
                "The schedule replaces the 12-hour daily supply in place since March and divides the city into three groups that take turns, the notice said.",
                "the Yangon Electricity Supply Corporation",
                "said",
                "W",
            ),
            (
                "YESC said the change was needed because gas deliveries to the Ahlone and Thaketa power plants had fallen by about 30 percent since May.",
                "the Yangon Electricity Supply Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "A YESC engineer in Hlaing township, who asked not to be named because staff are not allowed to speak to the media, said the Thaketa plant was generating about 110 megawatts, less than half its capacity.",
                "A YESC engineer in Hlaing township",
                "said",
                "W",
            ),
            (
                "“We run the turbines on whatever gas arrives,” the engineer said.",
                "A YESC engineer in Hlaing township",
                "said",
                "",
            ),
        ],
        [
            ("Myitta News is funded by its readers.", "", "", "B"),
            (
                "If you value independent reporting from Myanmar, please consider becoming a member.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("‘We live by the schedule’", "", "", ""),
        ],
        [
            (
                "Daw Khin Thandar Oo, 58, who sells mohinga from the ground floor of her apartment building in Sanchaung, said she now spent about 25,000 kyats a day on petrol for her generator.",
                "Khin Thandar Oo",
                "said",
                "",
            ),
            (
                "“When the power goes, the fish soup still has to be hot by five in the morning,” she said.",
                "Khin Thandar Oo",
                "said",
                "",
            ),
        ],
        [
            (
                "Her son, Ko Zaw Lin Htet, 31, said the family had paid 1.2 million kyats for the generator in April.",
                "Zaw Lin Htet",
                "said",
                "",
            ),
            (
                "He said he had queued for more than an hour at a filling station on Pyay Road on Friday.",
                "Zaw Lin Htet",
                "said",
                "",
            ),
            (
                "His mother said she had raised the price of a bowl of mohinga from 1,500 to 2,000 kyats.",
                "Khin Thandar Oo",
                "said",
                "W",
            ),
        ],
        [
            (
                "A litre of 92-octane petrol cost 2,690 kyats in Yangon on Saturday, according to prices published by the fuel supervisory committee.",
                "prices published by the fuel supervisory committee",
                "according to",
                "W",
            ),
            (
                "A 5-kilowatt petrol generator sells for about 1.4 million kyats at shops on Anawrahta Road, up from 900,000 kyats in January, according to dealers.",
                "dealers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "U Aung Myo Thant, who has run a tea shop on Baho Road for 17 years, said he had cut his opening hours and let two of his nine workers go.",
                "Aung Myo Thant",
                "said",
                "",
            ),
            (
                "“Customers still come for tea, but they do not stay for the football if the television is off,” he said.",
                "Aung Myo Thant",
                "said",
                "",
            ),
        ],
        [
            (
                "In Hlaing Tharyar township, home to many of the city’s garment factories, industrial zones are in a separate group that receives power from 8 p.m. to 6 a.m., the notice said.",
                "the Yangon Electricity Supply Corporation",
                "said",
                "W",
            ),
            (
                "The Hlaing Tharyar Industrial Zone Management Committee said in a statement that about 40 of the zone’s 320 factories had moved to night shifts since March.",
                "The Hlaing Tharyar Industrial Zone Management Committee",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "A sewing machine operator in the zone, who asked to be identified only as Ma Hnin for her safety, said night shifts paid an extra 1,500 kyats a day but that she now walked home at 6 a.m. on unlit roads.",
                "Hnin",
                "said",
                "",
            ),
            ("“My mother waits at the junction with a torch,” Ma Hnin said.", "Hnin", "said", ""),
        ],
        [
            (
                "Naw Paw Htoo, 26, a nurse from Insein township, said she charged her phone and power bank at the clinic where she works because her ward had power only between 2 a.m. and 6 a.m. last week.",
                "Paw Htoo",
                "said",
                "",
            ),
        ],
        [
            (
                "At a monastery in Kamayut township, the abbot, Sayadaw U Nandiya, said the monastery had opened its hall in the evenings so that students could study under its solar-powered lights.",
                "Nandiya",
                "said",
                "",
            ),
            ("“About 60 children come every night,” he said.", "Nandiya", "said", ""),
        ],
        [
            (
                "Myanmar has about 7,000 megawatts of installed generating capacity, but output has averaged less than half of that this year, according to Shwe Lin Energy Advisory, a Yangon-based consultancy.",
                "Shwe Lin Energy Advisory",
                "according to",
                "W",
            ),
            (
                "Households pay 50 kyats a unit for the first 30 units of electricity each month under a tariff that took effect in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sales of home solar kits have risen sharply since April, according to traders at Theingyi Market, where a 1-kilowatt kit with a battery sells for about 3.8 million kyats.",
                "traders at Theingyi Market",
                "according to",
                "W",
            ),
            (
                "“I sold more panels in May than in the whole of last year,” said Ko Thet Paing, who runs a solar shop on Maha Bandula Road.",
                "Thet Paing",
                "said",
                "",
            ),
            (
                "He said most of his customers were families pooling money with their neighbours.",
                "Thet Paing",
                "said",
                "",
            ),
        ],
        [
            (
                "YESC said the rotation would be reviewed at the end of July.",
                "the Yangon Electricity Supply Corporation",
                "said",
                "",
            ),
            (
                "Hospitals, water pumping stations and Yangon International Airport will continue to receive power around the clock, it said.",
                "the Yangon Electricity Supply Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Electric Power did not respond to a request for comment.",
                "The Ministry of Electric Power",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The schedule for each ward is posted on the corporation’s Facebook page every day by 6 p.m.",
                "",
                "",
                "W",
            ),
            ("Residents can also check it by calling the hotline 1717.", "", "", "W"),
        ],
        [
            ("Tags: Electricity, Yangon, Economy", "", "", "B"),
        ],
        [
            (
                "Original URL: https://myittanews.com/news/2027/06/yangon-eight-hours-power-rotation",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Shared from the Morning Drum app", "", "", "B"),
        ],
        [
            ("THE MORNING DRUM", "", "", "B"),
        ],
        [
            ("NATIONAL NEWS", "", "", "B"),
        ],
        [
            ("PMV fares in Port Moresby to rise to K2 from Monday", "", "", "W"),
        ],
        [
            (
                "Owners’ association blames fuel and spare parts; commuters say students will be hit hardest",
                "the NCD PMV Owners Association",
                "blames",
                "W",
            ),
        ],
        [
            ("By GEUA MOREA", "", "", "B"),
        ],
        [
            ("Friday, July 9, 2027 | 6:30am", "", "", "B"),
        ],
        [
            ("Commuters board a PMV at the Gordons bus stop in Port Moresby.", "", "", ""),
            ("– Picture by JOE KAMBUA", "", "", "B"),
        ],
        [
            (
                "PUBLIC motor vehicle (PMV) fares in the National Capital District will go up from K1.50 to K2 for a single trip from Monday, the Road Traffic Authority (RTA) has announced.",
                "the Road Traffic Authority",
                "has announced",
                "W",
            ),
        ],
        [
            (
                "The new fare applies on all 24 urban routes in the city, while the fare on the Bomana and Bautama routes outside the city boundary goes up from K3 to K4, RTA said.",
                "the Road Traffic Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The RTA board also approved a rise in the taxi flag fall from K10 to K12, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "RTA chief executive officer Mr Raka Paivu said the increase was approved by the board on July 2 after a submission from the NCD PMV Owners Association.",
                "Raka Paivu",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is the first increase since 2022, and the board looked at the numbers very carefully,” Mr Paivu said.",
                "Raka Paivu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Paivu said the authority had received 14 complaints about overcharging on the Bautama route in June.",
                "Raka Paivu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Association president Timothy Yandi Gawi said diesel had gone up from K4.20 to K5.35 a litre in two years, and that a set of tyres for a 25-seater bus now cost about K6,000.",
                "Timothy Yandi Gawi",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said about 120 of the 1,100 registered PMVs in the city were off the road waiting for parts.",
                "Timothy Yandi Gawi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If we do not get the money, the buses will park and the people will walk,” Mr Gawi said.",
                "Timothy Yandi Gawi",
                "said",
                "",
            ),
        ],
        [
            ("Story continues after advertisement", "", "", "B"),
        ],
        [
            (
                "By 6am on Thursday, the queue at the Gordons stop stretched back past the market gate.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "University of Papua New Guinea student Dorcas Ila, 20, who travels from Gerehu to Waigani every weekday, said the rise would cost her K5 more a week.",
                "Dorcas Ila",
                "said",
                "",
            ),
        ],
        [
            (
                "“Mipela ol sumatin i no gat wok, na moni bilong bas em i bikpela samting,” she said, meaning: “We students have no jobs, and bus money is a big thing.”",
                "Dorcas Ila",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Mea Lohia, who sells cooked food at Gordons market, said three of her children took the bus to school.",
                "Mea Lohia",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she would walk the youngest to school from now on and save the K4 a day for the two older ones.",
                "Mea Lohia",
                "said",
                "",
            ),
        ],
        [
            (
                "Bus crewman Aisa Kenes, 24, who collects fares on a route 7 bus to Tokarara, said passengers had already started arguing with him about the new fare.",
                "Aisa Kenes",
                "said",
                "",
            ),
        ],
        [
            ("“Some will give me K1.50 and just walk away,” he said.", "Aisa Kenes", "said", ""),
        ],
        [
            (
                "NCDC acting city manager Ms Jennifer Rabura said the commission had written to the RTA on July 6 asking it to delay the increase until the school holidays in September.",
                "Jennifer Rabura",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the commission’s free bus service for students, which runs 18 buses, would be extended to two more routes by the end of August.",
                "Jennifer Rabura",
                "said",
                "",
            ),
        ],
        [
            (
                "Moresby South MP Hon. Ruth Kaupa Sale said in a statement that the rise was “unfair to ordinary people who have no choice but to ride the bus”.",
                "Ruth Kaupa Sale",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "The Public Service Workers’ Union said in a statement that its 9,400 members in the NCD were still waiting for a 3 percent pay rise set out in the 2027 budget.",
                "The Public Service Workers’ Union",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Metropolitan Superintendent Chief Superintendent Ekari Kove said police would check from Monday that every PMV displayed the new fare chart.",
                "Ekari Kove",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under RTA rules, every PMV must display the approved fare chart inside the door, and crews who charge more than the approved fare can be fined K500.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEW PMV FARES", "", "", "B"),
        ],
        [
            ("Urban routes, single trip: K2", "", "", ""),
        ],
        [
            ("Bomana and Bautama routes: K4", "", "", ""),
        ],
        [
            ("Taxi flag fall: K12", "", "", ""),
        ],
        [
            (
                "Dr Elias Wape, an economist at the National Research Institute, said transport made up about 9 percent of spending by urban households in the institute’s 2024 household survey.",
                "Elias Wape",
                "said",
                "W",
            ),
        ],
        [
            (
                "“K2 is nothing to a public servant, but it is a lot for a settlement family with four children in school,” he said.",
                "Elias Wape",
                "said",
                "",
            ),
        ],
        [
            (
                "“We will pay, what else can we do?” asked Lucy Wari, a cleaner waiting for a number 10 bus at Boroko.",
                "Lucy Wari",
                "asked",
                "",
            ),
        ],
        [
            (
                "RTA said the fare would be reviewed again in 12 months.",
                "the Road Traffic Authority",
                "said",
                "",
            ),
        ],
        [
            ("Download the Morning Drum app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Tags: PMV | Fares | NCD | Transport", "", "", "B"),
        ],
        [
            ("© 2027 Drum Media (PNG) Ltd.", "", "", "B"),
            ("Published in Port Moresby.", "", "", "B"),
        ],
    ],
    [
        [
            ("FETU WEEKLY", "", "", "B"),
        ],
        [
            ("Samoa’s independent weekly since 1998", "", "", "B"),
        ],
        [
            (
                "News  |  Politics  |  Business  |  Pacific  |  Sport  |  Faith  |  Opinion  |  E-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Interviews", "", "", "B"),
        ],
        [
            (
                "‘Our buses are older than our drivers’, says bus owners’ chief as Upolu fares rise 50 sene",
                "Lemalu Tavita Ah Chong",
                "says",
                "W",
            ),
        ],
        [
            ("By Sina Leiataua | 14 August 2027, 6:00 am", "", "", "B"),
        ],
        [
            ("Buses wait for passengers at the Fugalei market terminal in Apia.", "", "", ""),
            ("Photo: Fetu Weekly/Pauline Aiono", "", "", "B"),
        ],
        [
            (
                "Bus fares on Upolu rise by 50 sene on most routes from Monday, after the Land Transport Authority (LTA) approved an application from bus owners last week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A trip from Apia to Falealili will cost $6.50 tala, and the fare within the Apia town area goes up from $1.50 to $2, according to the fare schedule published by the LTA.",
                "the fare schedule published by the LTA",
                "according to",
                "W",
            ),
        ],
        [
            (
                "On Tuesday, the Minister of Works, Transport and Infrastructure, Afioga Toleafoa Rita Masoe-Tupuola, told Parliament that the LTA had received 37 complaints about overcrowded buses since January.",
                "Toleafoa Rita Masoe-Tupuola",
                "told Parliament",
                "W",
            ),
        ],
        [
            (
                "Lemalu Tavita Ah Chong, the president of the Upolu Bus Owners Association, spoke to Fetu Weekly at his depot in Vaitele on Thursday.",
                "",
                "",
                "",
            ),
            (
                "Like many men of his generation, he is known in Apia by his matai title, Lemalu.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This interview was conducted in Samoan and English and has been edited for length and clarity.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Fetu Weekly: Why now?", "", "", ""),
        ],
        [
            (
                "Lemalu: Because diesel is $3.85 a litre at the pumps in Apia this week.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "W",
            ),
            (
                "When the last fare was set in 2021, it was $2.60.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "W",
            ),
            ("We cannot carry people for love.", "Lemalu Tavita Ah Chong", "Lemalu:", ""),
        ],
        [
            (
                "Fetu Weekly: Passengers say the buses are too old and too crowded to deserve a rise.",
                "Passengers",
                "say",
                "",
            ),
        ],
        [
            ("Lemalu: They are right about the age.", "Lemalu Tavita Ah Chong", "Lemalu:", ""),
            (
                "The average bus on Upolu is 24 years old, and two of mine were built in 1986.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "W",
            ),
            (
                "A new 40-seat bus from New Zealand costs about $180,000 tala landed, and no bank will lend that to a family with one bus.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "W",
            ),
        ],
        [
            ("Fetu Weekly: How many owners have given up?", "", "", ""),
        ],
        [
            ("Lemalu: Eleven since Christmas.", "Lemalu Tavita Ah Chong", "Lemalu:", "W"),
            (
                "Most sold their buses to families in Savai’i, where the roads are kinder.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "",
            ),
        ],
        [
            (
                "Fetu Weekly: The minister told Parliament there were 37 complaints about overcrowding this year.",
                "Toleafoa Rita Masoe-Tupuola",
                "told Parliament",
                "W",
            ),
        ],
        [
            (
                "Lemalu: Thirty-seven complaints from how many thousand trips?",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "",
            ),
            (
                "I have told my drivers: one passenger, one seat.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "",
            ),
            (
                "But at three o’clock, when school finishes, the children do not listen to me, and they do not listen to the drivers.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "",
            ),
        ],
        [
            ("Fetu Weekly: Will fares rise again next year?", "", "", ""),
        ],
        [
            (
                "Lemalu: If diesel goes past four tala, yes, we will be back at the LTA.",
                "Lemalu Tavita Ah Chong",
                "Lemalu:",
                "",
            ),
        ],
        [
            ("Fetu Weekly: Fa’afetai, Lemalu.", "", "", ""),
        ],
        [
            ("WHAT PASSENGERS SAY", "", "", "B"),
        ],
        [
            (
                "Luisa Sefo, a nurse at Tupua Tamasese Meaole Hospital, said she took two buses to work from Faleasi’u and would now pay $9 tala a day.",
                "Luisa Sefo",
                "said",
                "",
            ),
            (
                "“The fare goes up, but the wages at the hospital stay the same,” she said.",
                "Luisa Sefo",
                "said",
                "",
            ),
        ],
        [
            (
                "Tuala Iosefo Pelenato, the pulenu’u of Vailele, said the village council had written to the LTA in June asking for a bus after 6 p.m.",
                "Tuala Iosefo Pelenato",
                "said",
                "W",
            ),
            (
                "Tuala said the last bus to Vailele leaves the Fugalei terminal at 5.30 p.m.",
                "Tuala Iosefo Pelenato",
                "said",
                "W",
            ),
            (
                "“After that it is a taxi or your legs,” he said.",
                "Tuala Iosefo Pelenato",
                "said",
                "",
            ),
        ],
        [
            (
                "Samoa’s annual inflation rate was 4.1 per cent in June, according to the Samoa Bureau of Statistics.",
                "the Samoa Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The LTA said in a notice that fare charts must be displayed in every bus from Monday, and that passengers can report overcharging by calling 7444.",
                "the Land Transport Authority",
                "said in a notice",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Savai’i wharf upgrade pushed back to 2028", "", "", "B"),
        ],
        [
            ("Share this: Facebook | WhatsApp | Email | Print", "", "", "B"),
        ],
        [
            ("© 2027 Fetu Media Ltd. | Apia, Samoa", "", "", "B"),
        ],
    ],
    [
        [
            ("Inbox", "", "", "B"),
        ],
        [
            (
                "Tapa Weekly: Power bills down from August, new ʻEua ferry times, squash at a three-year low",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tapa Weekly <hello@tapaweekly.to>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Fri, Jul 16, 2027, 7:02 AM", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("Mālō e lelei, and welcome to this week’s Tapa Weekly.", "", "", ""),
            (
                "It has been a wet week in Nukuʻalofa, so make yourself a cup of koko Tonga and read on.",
                "",
                "",
                "",
            ),
        ],
        [
            ("THIS WEEK’S TOP STORY", "", "", "B"),
        ],
        [
            ("Power tariff to fall to 89.5 seniti a unit from August 1", "", "", "W"),
        ],
        [
            (
                "Households on Tongatapu, Vavaʻu, Haʻapai and ʻEua will pay 89.5 seniti per kilowatt-hour for electricity from August 1, down from 94.2 seniti, Tonga Power Limited (TPL) said in a statement.",
                "Tonga Power Limited",
                "said in a statement",
                "W",
            ),
            (
                "The tariff is reviewed every three months and follows the price of the diesel burned at the Popua power station, TPL said.",
                "Tonga Power Limited",
                "said",
                "W",
            ),
            (
                "TPL has about 24,600 customers across the four island groups, it said.",
                "Tonga Power Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chief executive, Viliami Tuʻipulotu Manu, said the company’s fuel bill fell by about T$1.1 million in the April–June quarter.",
                "Viliami Tuʻipulotu Manu",
                "said",
                "W",
            ),
            (
                "“We said that when fuel goes down, the tariff goes down, and it has,” Mr Manu said.",
                "Viliami Tuʻipulotu Manu",
                "said",
                "",
            ),
            (
                "He said solar and wind supplied 17 percent of the electricity used on Tongatapu last year.",
                "Viliami Tuʻipulotu Manu",
                "said",
                "W",
            ),
            (
                "Mr Manu said the company would install 2,000 smart meters on Tongatapu by March.",
                "Viliami Tuʻipulotu Manu",
                "said",
                "",
            ),
        ],
        [
            (
                "The tariff last changed in May, when it rose by 2.3 seniti, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Taxi driver Semisi Latu Vea, who also sells ice blocks from a freezer at his home in Kolomotuʻa, said a cut of 4.7 seniti “will not change much, but at least it is going the right way”.",
                "Semisi Latu Vea",
                "said",
                "",
            ),
            ("He said his monthly bill was about T$310.", "Semisi Latu Vea", "said", ""),
        ],
        [
            (
                "“The bill went down last time too, and then it went up again,” wrote Salote Fine Vake of Pangai, Haʻapai, in reply to last week’s edition.",
                "Salote Fine Vake",
                "wrote",
                "",
            ),
        ],
        [
            ("Read the full story on our website →", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
            (
                "Ship to Auckland for less with Moana Freight – use code TAPA10 for 10% off your first crate.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "The ferry MV Fetuʻu Hahake will leave Nukuʻalofa for ʻEua at 12:30 p.m. on weekdays from Monday, instead of 11 a.m., the Ministry of Infrastructure said.",
                "the Ministry of Infrastructure",
                "said",
                "W",
            ),
            ("Saturday sailings leave at 9 a.m.", "", "", "W"),
            ("Tickets stay at T$28 one way.", "", "", "W"),
        ],
        [
            ("We asked a few of you what you make of the new times.", "", "", ""),
            (
                "“Half past twelve is perfect, the kids can finish school in town and still catch it,” said ʻAna Kupu Havili, who teaches on ʻEua.",
                "ʻAna Kupu Havili",
                "said",
                "",
            ),
        ],
        [
            (
                "Flights to Vavaʻu will leave Fuaʻamotu at 6 a.m. and 2:15 p.m. from August 2, Tonga Airlink said.",
                "Tonga Airlink",
                "said",
                "W",
            ),
            (
                "The airline said the early flight was moved to connect with the Auckland departure at 10:40 a.m.",
                "The airline",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farmers selling at Talamahu Market were paid T$1.45 a kilo for squash this week, according to the Tongatapu Growers’ Council.",
                "the Tongatapu Growers’ Council",
                "according to",
                "W",
            ),
            ("That is the lowest price since 2023, the council said.", "the council", "said", "W"),
            (
                "It blamed a bumper harvest and fewer buyers from Japan.",
                "the Tongatapu Growers’ Council",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "The misinale at the Free Wesleyan Church in Kolomotuʻa raised T$186,400 on Sunday, its minister, Rev. Dr. ʻAlipate Taufa Moala, said.",
                "ʻAlipate Taufa Moala",
                "said",
                "W",
            ),
        ],
        [
            ("FROM THE EDITOR", "", "", "B"),
        ],
        [
            (
                "If your September bill does not go down, ring TPL on 23-311 and ask why.",
                "",
                "",
                "",
            ),
            ("Mālō ʻaupito for reading, and see you next Friday.", "", "", ""),
        ],
        [
            ("ʻOfa Lavinia Pulu, Editor", "", "", "B"),
        ],
        [
            ("You are receiving this email because you signed up at tapaweekly.to.", "", "", "B"),
        ],
        [
            ("Unsubscribe | Update preferences | Forward to a friend", "", "", "B"),
        ],
        [
            ("Tapa Weekly, Taufaʻahau Road, Nukuʻalofa, Kingdom of Tonga", "", "", "B"),
        ],
        [
            ("Reply   Forward", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  JAMAICA BULLETIN  🔍", "", "", "B"),
        ],
        [
            ("News › Live", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            (
                "LIVE: Water lock-offs begin across Kingston and St. Andrew as Mona reservoir falls to 31%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated 4:52 p.m. | By Bulletin staff", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Water is cut from 9 p.m. to 5 a.m. daily in 41 communities in the Corporate Area.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Mona reservoir is at 31 percent of capacity, according to the National Water Commission (NWC).",
                "the National Water Commission",
                "according to",
                "W",
            ),
        ],
        [
            ("Trucks will serve hospitals, schools and nursing homes first.", "", "", ""),
        ],
        [
            ("4:52 p.m.", "", "", "B"),
        ],
        [
            (
                "The NWC said this afternoon that it will send trucks to 12 more communities in St. Catherine.",
                "the National Water Commission",
                "said",
                "W",
            ),
            ("A list of the communities and truck times is posted on its website.", "", "", "W"),
            (
                "Brissett-Lyn said 14 trucks were on the road today, up from nine yesterday.",
                "Andrea Brissett-Lyn",
                "said",
                "W",
            ),
        ],
        [
            ("4:30 p.m.", "", "", "B"),
        ],
        [
            ("Posted by Tamika Grant-Ellis", "", "", "B"),
        ],
        [
            (
                "“Mi a go bathe inna di river like when mi did small,” said 71-year-old Icylda Brown of Papine, laughing.",
                "Icylda Brown",
                "said",
                "",
            ),
            (
                "Miss Icy, as her neighbours call her, said she had filled every bucket, pot and the bathtub by 8 p.m. on Monday.",
                "Icylda Brown",
                "said",
                "",
            ),
        ],
        [
            ("3:45 p.m.", "", "", "B"),
        ],
        [
            (
                "The Meteorological Service of Jamaica says rainfall in Kingston and St. Andrew was 38 percent of normal from January to May.",
                "The Meteorological Service of Jamaica",
                "says",
                "W",
            ),
            (
                "It expects little relief before the end of June.",
                "The Meteorological Service of Jamaica",
                "expects",
                "",
            ),
        ],
        [
            ("3:10 p.m.", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Everton Pryce-Malcolm, the minister with responsibility for water, told the House of Representatives that the Cabinet had approved $480 million for six new wells in St. Andrew and St. Thomas.",
                "Everton Pryce-Malcolm",
                "told the House of Representatives",
                "W",
            ),
            (
                "“This is not a drought we can pray away; it is one we have to drill our way out of,” he said.",
                "Everton Pryce-Malcolm",
                "said",
                "",
            ),
            (
                "He said the first two wells, at Constant Spring and Papine, would be drilled by November.",
                "Everton Pryce-Malcolm",
                "said",
                "",
            ),
        ],
        [
            ("2:15 p.m.", "", "", "B"),
        ],
        [
            (
                "Sunrise Bakes Ltd., which runs four bakeries in Half Way Tree and Cross Roads, said it had cut bread production by a quarter this week.",
                "Sunrise Bakes Ltd.",
                "said",
                "W",
            ),
            (
                "Its bakeries now get water from trucks run by Ferry Pen Water Haulage Ltd.",
                "",
                "",
                "W",
            ),
            (
                "A load costs $38,000, the bakery chain’s operations manager, Omari Clarke-Lindo, said.",
                "Omari Clarke-Lindo",
                "said",
                "W",
            ),
        ],
        [
            ("1:20 p.m.", "", "", "B"),
        ],
        [
            (
                "The University Hospital of the West Indies (UHWI) says it is not affected because its two storage tanks hold about 900,000 gallons.",
                "The University Hospital of the West Indies",
                "says",
                "W",
            ),
            (
                "Dialysis and surgery are going ahead as scheduled, it said.",
                "The University Hospital of the West Indies",
                "said",
                "W",
            ),
        ],
        [
            ("12:05 p.m.", "", "", "B"),
        ],
        [
            (
                "NWC corporate communications manager Andrea Brissett-Lyn says the Mona reservoir was at 31 percent this morning and the Hermitage Dam at 44 percent.",
                "Andrea Brissett-Lyn",
                "says",
                "W",
            ),
            (
                "She says the lock-offs affect about 160,000 customers.",
                "Andrea Brissett-Lyn",
                "says",
                "W",
            ),
            (
                "“We are asking people to store what they need and not a drop more,” she said.",
                "Andrea Brissett-Lyn",
                "said",
                "",
            ),
            (
                "She said the NWC had received 2,300 calls to its hotline since Monday night.",
                "Andrea Brissett-Lyn",
                "said",
                "W",
            ),
        ],
        [
            ("10:40 a.m.", "", "", "B"),
        ],
        [
            (
                "In August Town, residents lined up with drums and buckets at a standpipe on Hope Road from as early as 6 a.m.",
                "",
                "",
                "",
            ),
            (
                "“From Sunday we nuh see a drop,” said Delroy Pottinger, 52, a mechanic who lives off Hope Road.",
                "Delroy Pottinger",
                "said",
                "",
            ),
            (
                "He said his landlord had paid $12,000 for a private truck to fill the yard’s tank on Saturday.",
                "Delroy Pottinger",
                "said",
                "",
            ),
        ],
        [
            ("9:00 a.m.", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the first day of water restrictions in the Corporate Area.",
                "",
                "",
                "",
            ),
            (
                "Supply was cut at 9 p.m. last night in 41 communities, from Stony Hill to Harbour View.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("Have photos or video of the water situation in your community?", "", "", "B"),
            ("WhatsApp us at 876-555-0113.", "", "", "B"),
        ],
        [
            ("© 2027 Bulletin Media Group Ltd. | Kingston, Jamaica", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  THE CARONI CLARION  ⌕", "", "", "B"),
        ],
        [
            ("NEWS › LOCAL", "", "", "B"),
        ],
        [
            ("Doubles now $7 as vendors pass on flour, oil prices", "", "", "W"),
        ],
        [
            (
                "Flour miller says it raised its price 8%; Curepe vendors say customers now buy one instead of two",
                "Gulf Millers Ltd.",
                "says",
                "W",
            ),
        ],
        [
            ("NADIRA RAMKISSOON", "", "", "B"),
        ],
        [
            ("Posted: Aug 8, 2027, 4:15 pm", "", "", "B"),
        ],
        [
            ("2 min read", "", "", "B"),
        ],
        [
            ("A vendor fills doubles at a stand on the Eastern Main Road, Curepe.", "", "", ""),
            ("PHOTO: KERWIN SAMAROO", "", "", "B"),
        ],
        [
            (
                "Doubles vendors along the Eastern Main Road in Curepe and San Juan raised the price of a doubles from $6 to $7 this week, after the country’s largest flour miller increased its wholesale price.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gulf Millers Ltd. said in a statement on July 27 that the price of a 50-lb bag of its baker’s flour would go from $198 to $214 from August 1.",
                "Gulf Millers Ltd.",
                "said in a statement",
                "W",
            ),
            (
                "The company blamed a 14 per cent rise in the price of Canadian wheat and higher freight costs.",
                "The company",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Rohan Seepersad, known to his customers as Hot Hands, has sold doubles from the same spot outside Curepe Junction since 2004.",
                "",
                "",
                "",
            ),
            (
                "“People think doubles is just bara and channa,” said Hot Hands.",
                "Rohan Seepersad",
                "said",
                "",
            ),
            (
                "“Is flour, is oil, is pepper, is gas, is the paper – everything gone up.”",
                "Rohan Seepersad",
                "said",
                "",
            ),
        ],
        [
            (
                "He said a gallon of soybean oil had gone from $96 to $118 since January.",
                "Rohan Seepersad",
                "said",
                "W",
            ),
            (
                "He now sells about 350 doubles on a weekday morning, down from 500, he said.",
                "Rohan Seepersad",
                "said",
                "",
            ),
        ],
        [
            ("Subscribe to the Clarion’s WhatsApp channel for breaking news.", "", "", "B"),
        ],
        [
            (
                "“What next, $8?” asked Kezia Mohammed-Charles, 34, a nurse who works at the hospital in Mt. Hope.",
                "Kezia Mohammed-Charles",
                "asked",
                "",
            ),
            (
                "She said she used to buy two doubles and a juice for breakfast.",
                "Kezia Mohammed-Charles",
                "said",
                "",
            ),
            (
                "“Now is one doubles and water from home,” she said.",
                "Kezia Mohammed-Charles",
                "said",
                "",
            ),
        ],
        [
            ("So what goes into the price of a doubles?", "", "", ""),
        ],
        [
            (
                "A doubles uses about 60 grams of flour, according to vendors interviewed by the Clarion.",
                "vendors interviewed by the Clarion",
                "according to",
                "W",
            ),
            (
                "Channa imported from Canada cost $11.50 a kilo wholesale at the Macoya market last week, up from $9.25 in January.",
                "",
                "",
                "W",
            ),
            (
                "A 20-lb cylinder of cooking gas costs $21, a price fixed by the government since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The chairman of the San Juan/Laventille Regional Corporation, Councillor Kirt Baptiste-Mohan, said the corporation had issued 212 vending licences along the Eastern Main Road and had no power to set food prices.",
                "Kirt Baptiste-Mohan",
                "said",
                "W",
            ),
            (
                "He said the corporation would meet vendors on August 19 to discuss waste disposal along the road.",
                "Kirt Baptiste-Mohan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Consumer Affairs Division said it had received 19 complaints about food prices in July, none of them about doubles.",
                "The Consumer Affairs Division",
                "said",
                "W",
            ),
        ],
        [
            (
                "Food prices rose 7.9 per cent in the year to June, according to the Central Statistical Office (CSO).",
                "the Central Statistical Office",
                "according to",
                "W",
            ),
            (
                "Economist Dr. Anand Maharaj-Joseph, who lectures at the University of the West Indies in St. Augustine, said the doubles was “the most honest price index in the country”.",
                "Anand Maharaj-Joseph",
                "said",
                "",
            ),
            (
                "“When doubles move, everything already moved,” he said.",
                "Anand Maharaj-Joseph",
                "said",
                "",
            ),
        ],
        [
            ("Vishnu and Sharlene Ramdial at their stand near the San Juan market.", "", "", ""),
            ("PHOTO: KERWIN SAMAROO", "", "", "B"),
        ],
        [
            ("Not every vendor has raised prices.", "", "", ""),
            (
                "Sharlene Ramdial, who sells with her husband near the San Juan market, said they would keep the price at $6 until Divali.",
                "Sharlene Ramdial",
                "said",
                "",
            ),
            (
                "Her husband, Vishnu Ramdial, said he had bought 20 bags of flour at the old price in July.",
                "Vishnu Ramdial",
                "said",
                "",
            ),
            ("“After that, we go see,” he said.", "Vishnu Ramdial", "said", ""),
            (
                "She said she was not worried about losing customers to the $7 vendors.",
                "Sharlene Ramdial",
                "said",
                "",
            ),
        ],
        [
            (
                "The Doubles Vendors Association of Trinidad and Tobago said in a Facebook post that about 60 per cent of its 430 members had moved to $7.",
                "The Doubles Vendors Association of Trinidad and Tobago",
                "said in a Facebook post",
                "W",
            ),
            (
                "It urged customers not to blame vendors.",
                "The Doubles Vendors Association of Trinidad and Tobago",
                "urged",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Roti shops in Chaguanas raise prices by $5", "", "", "B"),
        ],
        [
            ("Share ⤴", "", "", "B"),
        ],
        [
            ("© 2027 Clarion Newspapers Co. Ltd.", "", "", "B"),
            ("Port of Spain, Trinidad and Tobago.", "", "", "B"),
        ],
    ],
    [
        [
            ("TRIDENT 94.7 FM | LISTEN LIVE ▶", "", "", "B"),
        ],
        [
            ("Home   News   Sports   Shows   Podcasts   Contact Us", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Learn more", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("ZR and minibus fares to rise to $4 on September 1", "", "", "W"),
        ],
        [
            ("Posted by Trident News Desk on August 19, 2027 at 12:45 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("A ZR van picks up passengers on Fairchild Street, Bridgetown.", "", "", ""),
            ("(File photo)", "", "", "B"),
        ],
        [
            (
                "Passengers on privately operated minibuses and route taxis, known as ZRs, will pay $4 a trip from September 1, up from $3.50, the Transport Authority announced on Wednesday.",
                "the Transport Authority",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The fare on Barbados Transport Board buses stays at $3.50, and schoolchildren in uniform will continue to ride free on all three services, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief Executive Officer (Ag.) Ms. Charmaine Lashley-Skeete told a press conference at the authority’s Weymouth headquarters that it was the first fare increase for ZRs and minibuses since 2022.",
                "Charmaine Lashley-Skeete",
                "told a press conference at the authority’s Weymouth headquarters",
                "W",
            ),
            (
                "She said operators had asked for $4.50, and that the authority had settled on $4 after reviewing fuel prices, insurance costs and the accounts of 40 operators.",
                "Charmaine Lashley-Skeete",
                "said",
                "W",
            ),
            (
                "“We had to balance the operator who has to make a living with the pensioner who has to get to the polyclinic,” Lashley-Skeete said.",
                "Charmaine Lashley-Skeete",
                "said",
                "",
            ),
        ],
        [
            (
                "Trevor St. Hill, president of the PSV Owners and Operators Union, said the union had hoped for $4.50 but would “take the $4 and keep talking”.",
                "Trevor St. Hill",
                "said",
                "",
            ),
            (
                "St. Hill said diesel had risen to $4.12 a litre at the pump in July, and that insuring a minibus cost about $2,800 a year more than in 2024.",
                "Trevor St. Hill",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody goes into this business to get rich,” he said.",
                "Trevor St. Hill",
                "said",
                "",
            ),
            (
                "“You go in because your father had a route, and his father before him.",
                "Trevor St. Hill",
                "said",
                "",
            ),
        ],
        [
            (
                "“My grandfather drove the Oistins route in a Bedford with wooden seats.”",
                "Trevor St. Hill",
                "said",
                "",
            ),
        ],
        [
            (
                "Listen to the full press conference on Trident Mornings from 7 a.m. tomorrow.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Minister of Transport and Works, the Hon. Fabian Cumberbatch-Yearwood, M.P., said in a statement that 286 route permits had been issued to ZR and minibus operators since 2023.",
                "Fabian Cumberbatch-Yearwood",
                "said in a statement",
                "W",
            ),
            (
                "He said the Government wanted “a ZR culture that is courteous, clean and on time”.",
                "Fabian Cumberbatch-Yearwood",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Princess Alice terminal, Gladys Marshall-Bourne, 67, said she travelled from Oistins, Ch. Ch. to Bridgetown three times a week.",
                "Gladys Marshall-Bourne",
                "said",
                "",
            ),
            (
                "“The big blue bus is free for me, but it does not come when the ZR comes,” she said.",
                "Gladys Marshall-Bourne",
                "said",
                "",
            ),
        ],
        [
            (
                "“If it is $4 now, what will it be when I get to UWI?” asked Jaden Best, 15, a student at a secondary school in St. Philip.",
                "Jaden Best",
                "asked",
                "",
            ),
            (
                "He said he rode free in uniform on weekdays but paid to get to football practice on Saturdays.",
                "Jaden Best",
                "said",
                "",
            ),
        ],
        [
            (
                "Barbados’ 12-month inflation rate was 3.4 per cent in June, according to the Central Bank of Barbados.",
                "the Central Bank of Barbados",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under the Road Traffic Act, operators who charge more than the approved fare can be fined up to $2,500.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lashley-Skeete said the authority would set up a hotline for fare complaints before September 1.",
                "Charmaine Lashley-Skeete",
                "said",
                "",
            ),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("Transport Board adds 20 electric buses to its fleet", "", "", "B"),
        ],
        [
            ("3 Comments", "", "", "B"),
        ],
        [
            ("BajanBorn246", "", "", "B"),
        ],
        [
            ("August 19, 2027 at 2:10 pm", "", "", "B"),
        ],
        [
            ("Still cheaper than a taxi.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("FedUpInStPhilip", "", "", "B"),
        ],
        [
            ("August 19, 2027 at 3:02 pm", "", "", "B"),
        ],
        [
            ("The vans don’t stop at my stop anyway.", "", "", "B"),
            ("Driver flew past me twice this morning.", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("© 2027 Trident Broadcasting Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("thenassaucurrent.com/amp/local-news/mailboat-fares-rise", "", "", "B"),
        ],
        [
            ("THE NASSAU CURRENT", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Mailboat fares to Andros, Exuma to rise $10 in first increase in six years",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Boat owners say fuel has doubled; Family Island shopkeepers warn groceries will cost more",
                "The Bahamas Mailboat Operators Association",
                "say",
                "W",
            ),
        ],
        [
            ("By TRAVIS KNOWLES-BETHEL, Senior Reporter", "", "", "B"),
        ],
        [
            ("Published: Tuesday, September 14, 2027", "", "", "B"),
        ],
        [
            ("The M.V. Lady Caprice unloads at Potter’s Cay Dock on Monday.", "", "", ""),
            ("Photo: Current staff", "", "", "B"),
        ],
        [
            (
                "PASSENGER fares on the government-subsidised mailboats that sail from Potter’s Cay Dock to Andros and Exuma will rise by $10 from October 1, the Port Department said yesterday.",
                "the Port Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "A one-way ticket from Nassau to Fresh Creek, Andros, will cost $70, and to George Town, Exuma, $85, according to a fare schedule approved by the Ministry of Transport.",
                "a fare schedule approved by the Ministry of Transport",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Freight rates are to rise by 12 per cent, the department said, the first increase since 2021.",
                "the department",
                "said",
                "W",
            ),
            (
                "Children under 12 will continue to travel at half fare, and seniors with a National Insurance card will pay $35, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Acting Port Controller Capt. Lionel Cartwright told The Current that the 14 mailboat operators had asked for an increase of 25 per cent.",
                "Lionel Cartwright",
                "told The Current",
                "W",
            ),
            (
                "“We gave them half of what they asked for, and we will look at it again next year,” Capt. Cartwright said.",
                "Lionel Cartwright",
                "said",
                "",
            ),
            (
                "He said passenger numbers on the Andros and Exuma runs had fallen to about 41,000 last year from 58,000 in 2019.",
                "Lionel Cartwright",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Capt. Dexter Rolle, who owns and skippers the M.V. Lady Caprice, said a load of diesel for the round trip to Exuma now cost him about $9,600, almost double what it cost in 2021.",
                "Dexter Rolle",
                "said",
                "W",
            ),
            (
                "“The Government subsidy has not moved since 2019, and the fuel moves every month,” he said.",
                "Dexter Rolle",
                "said",
                "W",
            ),
            (
                "Capt. Rolle said he had not taken a day off since Easter.",
                "Dexter Rolle",
                "said",
                "",
            ),
        ],
        [
            (
                "The Government pays mailboat operators a combined $11.4 million a year in subsidies, according to the 2027/28 budget estimates.",
                "the 2027/28 budget estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mailboats carry most of the groceries, building materials and vehicles that reach the southern Family Islands.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Fresh Creek, grocery owner Veronica Rolle, who is not related to the captain, said she paid $110 in freight on a pallet of canned goods.",
                "Veronica Rolle",
                "said",
                "W",
            ),
            (
                "“Everything on the shelf came on the boat, so everything goes up,” Mrs. Rolle said.",
                "Veronica Rolle",
                "said",
                "",
            ),
            (
                "She said a gallon of milk in her shop already cost $11.50.",
                "Veronica Rolle",
                "said",
                "W",
            ),
        ],
        [
            (
                "The MP for Central and South Andros, Harlow Bain-Pinder, said he would ask the minister to exempt food and medicine from the freight increase.",
                "Harlow Bain-Pinder",
                "said",
                "",
            ),
            (
                "“The people of Andros do not have a supermarket they can drive to,” he said.",
                "Harlow Bain-Pinder",
                "said",
                "",
            ),
        ],
        [
            (
                "The Bahamas Mailboat Operators Association (BMOA) said in a statement that its members’ fuel costs had doubled since 2021 and that eight of the 14 boats on the Family Island runs were more than 40 years old.",
                "The Bahamas Mailboat Operators Association",
                "said in a statement",
                "W",
            ),
            (
                "It said two boats had been out of service since August because of engine failures.",
                "The Bahamas Mailboat Operators Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Monday afternoon, forklifts loaded pallets of bottled water, cement and soft drinks onto the M.V. Exuma Belle as passengers waited in the shade of the ticket shed.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Who is going to pay $170 to go home for a funeral?” asked Eulease Moss, 63, who was travelling to Staniel Cay.",
                "Eulease Moss",
                "asked",
                "",
            ),
            (
                "She said she had taken the mailboat home to Exuma every Christmas since 1979.",
                "Eulease Moss",
                "said",
                "",
            ),
        ],
        [
            ("What happens to the subsidy?", "", "", ""),
        ],
        [
            (
                "The subsidy contracts for all 14 boats expire on June 30, 2028, according to the Port Department.",
                "the Port Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Economist Dr. Khalil Ferguson-Knowles said higher freight rates would push up prices on islands where food already costs more than in New Providence.",
                "Khalil Ferguson-Knowles",
                "said",
                "",
            ),
        ],
        [
            ("The Lady Caprice sails for George Town every Tuesday at 2 p.m.", "", "", "W"),
            ("It returns on Thursdays.", "", "", "W"),
            (
                "Tickets can be paid for in Bahamian or U.S. dollars, which trade at par.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Follow The Nassau Current on WhatsApp", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Potter’s Cay vendors to get new stalls by Christmas", "", "", "B"),
        ],
        [
            ("© 2027 Current Media (Bahamas) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h112-tw-rd-ends",
        "The new meters line Songren Rd. A second phase will cover Keelung Rd. in 2028.",
        ["The new meters line Songren Rd.", "A second phase will cover Keelung Rd. in 2028."],
    ),
    (
        "h112-tw-sec-mid",
        "The office is at No. 88, Sec. 2, Nanjing E. Rd. in Zhongshan District. It opens at 9am.",
        [
            "The office is at No. 88, Sec. 2, Nanjing E. Rd. in Zhongshan District.",
            "It opens at 9am.",
        ],
    ),
    (
        "h112-tw-coltd-ends",
        "The meters were supplied by Yuanhang Digital Co., Ltd. The contract runs to 2030.",
        ["The meters were supplied by Yuanhang Digital Co., Ltd.", "The contract runs to 2030."],
    ),
    (
        "h112-tw-hanzi-bracket",
        "Deputy Mayor Tsai Ming-yu (蔡明昱) defended the plan. She did not take questions.",
        ["Deputy Mayor Tsai Ming-yu (蔡明昱) defended the plan.", "She did not take questions."],
    ),
    (
        "h112-hk-coltd-mid",
        "Tai Hing Minibus Co. Ltd. runs 11 routes in Kowloon. It was founded in 1978.",
        ["Tai Hing Minibus Co. Ltd. runs 11 routes in Kowloon.", "It was founded in 1978."],
    ),
    (
        "h112-hk-am-ends",
        "The first minibus leaves at 6.15am. The last leaves the terminus at 11.40pm.",
        ["The first minibus leaves at 6.15am.", "The last leaves the terminus at 11.40pm."],
    ),
    (
        "h112-hk-question-mrs",
        "“Who will carry my rice up the hill?” asked Mrs Chow, 80. She lives on the 19th floor.",
        [
            "“Who will carry my rice up the hill?” asked Mrs Chow, 80.",
            "She lives on the 19th floor.",
        ],
    ),
    (
        "h112-kh-he-mid",
        "H.E. Pen Sothea chaired the meeting at the provincial hall. Twelve drivers attended.",
        ["H.E. Pen Sothea chaired the meeting at the provincial hall.", "Twelve drivers attended."],
    ),
    (
        "h112-kh-brig-gen",
        "Brig. Gen. Oum Samnang said 40 plates were checked. Three drivers were fined.",
        ["Brig. Gen. Oum Samnang said 40 plates were checked.", "Three drivers were fined."],
    ),
    (
        "h112-kh-plc-ends",
        "The app is owned by Tonle Digital Plc. Its shares rose 2.4% on Monday.",
        ["The app is owned by Tonle Digital Plc.", "Its shares rose 2.4% on Monday."],
    ),
    (
        "h112-la-assoc-prof",
        "Assoc. Prof. Dr Vilayphone Sisomphou led the survey. It covered 1,200 households.",
        ["Assoc. Prof. Dr Vilayphone Sisomphou led the survey.", "It covered 1,200 households."],
    ),
    (
        "h112-la-sole-coltd-ends",
        "The trucks were bought from Phonxay Trading Sole Co., Ltd. They arrived in May.",
        ["The trucks were bought from Phonxay Trading Sole Co., Ltd.", "They arrived in May."],
    ),
    (
        "h112-mm-question-then-sentence",
        "“Eight hours? We had twelve last month,” said Daw Nilar Win.",
        ["“Eight hours?", "We had twelve last month,” said Daw Nilar Win."],
    ),
    (
        "h112-mm-pm-ends",
        "Power returns at 10 p.m. Most families then run their fans.",
        ["Power returns at 10 p.m.", "Most families then run their fans."],
    ),
    (
        "h112-pg-hon-mp",
        "Hon. Kila Pokana, MP, raised the fares in Parliament. The minister promised a review.",
        [
            "Hon. Kila Pokana, MP, raised the fares in Parliament.",
            "The minister promised a review.",
        ],
    ),
    (
        "h112-pg-ltd-ends",
        "The buses are insured by Kumul Assurance Ltd. Premiums rose 18% this year.",
        ["The buses are insured by Kumul Assurance Ltd.", "Premiums rose 18% this year."],
    ),
    (
        "h112-ws-question-tala",
        "“Six tala to go to town?” asked a mother at the Fugalei terminal. She would not give her name.",
        [
            "“Six tala to go to town?” asked a mother at the Fugalei terminal.",
            "She would not give her name.",
        ],
    ),
    (
        "h112-ws-pm-ends",
        "The last bus leaves Apia at 5.30 p.m. After that there is no service to Vailele.",
        ["The last bus leaves Apia at 5.30 p.m.", "After that there is no service to Vailele."],
    ),
    (
        "h112-to-rev-dr",
        "Rev. Dr. Sitani Ulakai led the service. More than 600 people attended.",
        ["Rev. Dr. Sitani Ulakai led the service.", "More than 600 people attended."],
    ),
    (
        "h112-to-am-ends",
        "The ferry now leaves Nukuʻalofa at 9:30 a.m. It reaches ʻEua about two hours later.",
        ["The ferry now leaves Nukuʻalofa at 9:30 a.m.", "It reaches ʻEua about two hours later."],
    ),
    (
        "h112-jm-st-ends",
        "Trucks were sent to Spanish Town in St. Catherine. More will follow on Friday.",
        ["Trucks were sent to Spanish Town in St. Catherine.", "More will follow on Friday."],
    ),
    (
        "h112-jm-st-mid",
        "Communities in St. Andrew and St. Thomas are affected. Supply resumes at 5 a.m. daily.",
        [
            "Communities in St. Andrew and St. Thomas are affected.",
            "Supply resumes at 5 a.m. daily.",
        ],
    ),
    (
        "h112-jm-semicolon-quote",
        "“We cannot pray it away; we have to drill,” the minister said. The House applauded.",
        ["“We cannot pray it away; we have to drill,” the minister said.", "The House applauded."],
    ),
    (
        "h112-tt-mt-ends",
        "She works at the hospital in Mt. Hope. Her shift starts at 7 a.m. on weekdays.",
        ["She works at the hospital in Mt. Hope.", "Her shift starts at 7 a.m. on weekdays."],
    ),
    (
        "h112-tt-lb-decimal",
        "A 50-lb bag of flour now costs $214.50 wholesale. It cost $198 in July.",
        ["A 50-lb bag of flour now costs $214.50 wholesale.", "It cost $198 in July."],
    ),
    (
        "h112-bb-st-surname",
        "The union is led by Marcia St. Bernard. St. Bernard has run a route since 1998.",
        ["The union is led by Marcia St. Bernard.", "St. Bernard has run a route since 1998."],
    ),
    (
        "h112-bb-mp-ag",
        "The Hon. Ann Greaves-Lowe, M.P., opened the terminal. Chief Executive Officer (Ag.) Ronald Gittens spoke next.",
        [
            "The Hon. Ann Greaves-Lowe, M.P., opened the terminal.",
            "Chief Executive Officer (Ag.) Ronald Gittens spoke next.",
        ],
    ),
    (
        "h112-bb-chch-mid",
        "The van runs from Oistins, Ch. Ch. to Bridgetown. The trip takes 25 minutes.",
        ["The van runs from Oistins, Ch. Ch. to Bridgetown.", "The trip takes 25 minutes."],
    ),
    (
        "h112-bs-capt-mv",
        "Capt. Alvin Pinder-Moss brought the M.V. Island Queen into Potter's Cay at dawn. She had been at sea for 14 hours.",
        [
            "Capt. Alvin Pinder-Moss brought the M.V. Island Queen into Potter's Cay at dawn.",
            "She had been at sea for 14 hours.",
        ],
    ),
    (
        "h112-bs-us-ends",
        "The engines were rebuilt in the U.S. Parts took six weeks to arrive.",
        ["The engines were rebuilt in the U.S.", "Parts took six weeks to arrive."],
    ),
]
