"""Eighty-seventh held-out set of hand-labelled pages for the hint engines (never tuned on, round fifty-one):
twelve WHOLE pages of ordinary, typical news from twelve countries' mainstream sites, pasted head to
tail from a DESKTOP browser (nine) or a PHONE browser (three), one for each of twelve everyday beats.

This is a HELD-OUT set: it measures the engines and must never be tuned on; no rule, threshold or
word list may be changed to fit it, and its pages, labels and cases must not be read while working
on the engines.

The pages: a Malaysian English daily's politics page (desktop; the Perak state assembly passes a
RM1.47bil 2028 budget 35-0 after the opposition's 10 members walk out over RM212mil for floods); a
South African news site on a phone (crime; three men arrested after a R2.3m cash-van robbery near
Pinetown, one guard shot); a Northern Irish regional daily's health page (desktop; 41,260 people
waiting more than a year for a first orthopaedic appointment in an invented trust); a Nigerian
business daily (desktop; a brewery to close its Ibadan plant, 418 jobs, after a N6.9bn loss); a
Pakistani English daily (desktop; weather, a Karachi heatwave at 44.5C, 1,134 heatstroke patients,
load-shedding); an Irish regional news site on a phone (transport; a Galway cross-city bus corridor
delayed to 2029 and €41m over budget); an Indian English daily's city page (desktop; education,
Pune private schools allowed a 15% fee rise, parents protest); a Jamaican daily's sports page
(desktop; a football match won 2-1 with a late penalty, a red card in the 71st min.); a United
States regional newspaper's courts page (desktop; an Ohio township's former fiscal officer gets
30 months for taking $412,318); a Canadian community news site in British Columbia (desktop;
environment, a pulp mill fined $1.2 million for an effluent spill that killed 2,400 fish); an
English local news site on a phone (local government; a district council raises car park charges
by 40p an hour); and a Zambian daily (desktop; consumer prices, a 25kg bag of mealie meal reaches
K285).

What is hard is that nothing in particular is hard: ordinary stories, ordinary speakers and
ordinary furniture, each site's own and worded its own way: skip links, mastheads in capitals or
not, date and e-paper strips, menus with pipes, wide spaces, bullets or one item a line, section
paths with a slash, ›, > or a colon, sign-in and subscribe strips, cookie banners at the head or
the tail, app prompts on phone pages, bylines with and without roles, date lines in several
formats, "Listen to this article" and reading-time lines, captions ("" or "W") and their credits
("B"), share strips, advertisement labels, inline "ALSO READ" / "Read more" links, newsletter
boxes in the middle of the story, related and most-read lists, tags, comment counts, author bios,
footers and copyright lines (one split at "Sdn. Bhd." NOT, at "Ltd." YES before a capital).
Speakers are named with titles and honorifics dropped ("Datuk Seri", "Lt-Col.", "Dr", "Prof",
"Mr.", "Cllr", "Justice", "U.S. District Judge", "Const."), pronoun and surname cues resolved to
the full name, organisations kept as written ("the provincial police", "a council spokesperson",
"his employer", "traders there") and "according to X" kept as written. Statements of record (budgets,
arrests, waiting times, losses, temperatures, delays, fees, scores, sentences, fines and prices)
are "W"; opinions, feelings, questions, plans and colour are "". The ordinary split hazards:
"a.m."/"p.m." ending a sentence before a capital (and "a.m. on Wednesday", "a.m. the next day"
not), "No. 4", "Case No.", "Plot No. 1142", "Rs. 32", "Std. VIII", "Sdn. Bhd.", "Pvt. Ltd.",
"(Pty) Ltd.", "Ltd." mid-sentence, "U.S.", "v.", "St.", "Dr.", "Mr.", "Capt.", "Cllr.",
"Lt-Col.", "Jr.", "Jan.", "Nov.", "min.", "B.C.", initials ("J.K. Pillai", "Gary L. Brunnemeyer"),
decimals ("9.50pm", "RM1.47bil"), and quotes with "?" or "!" followed by their attribution
(one sentence) or by a new capitalised sentence (a split).
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Malaysian ENGLISH DAILY's politics page (Perak), desktop: skip link, masthead in capitals, "
    "date/e-paper/login strip with pipes, menu with wide spaces, section path with a slash; "
    'headline and standfirst of record "W"; byline in capitals, date line; caption "" and '
    'credit; the dateline "IPOH:" opening the first sentence; the Menteri Besar with "Datuk '
    'Seri" dropped (allocations "W", a slogan quote ""); the opposition leader (an opinion '
    '"", a request "W", a quote of three sentences ending in a question ""); a rejection '
    '"W"; ADVERTISEMENT and an ALSO READ link; the Speaker\'s ruling "W"; an analyst with '
    '"Prof Dr" dropped (""); tags, related list, helpful-poll, newsletter box, footer and a '
    'copyright line that does not split at "Sdn. Bhd."',
    "South African NEWS SITE on a PHONE (KwaZulu-Natal), crime, a R2.3m cash-van robbery and three "
    "arrests: app prompt, menu and search icons as words, masthead, section label; headline of "
    'record "W"; listen line, byline, date line with "ago"; police spokesperson with '
    '"Lt-Col." dropped (arrests, seizures "W"), a surname cue; a guard\'s condition "W"; a '
    'witness named after her quote ("", "W"); the cash company\'s statement "W"; a '
    'community policing forum chair (a question ""); inline Read more, advertisement; share '
    "strip, comments count, read-next list, back to top, footer, copyright",
    "Northern Irish REGIONAL DAILY's health page (Co Down), desktop: cookie banner at the head "
    "(three sentences and buttons), masthead, menu with bullets, section path with ›; headline "
    'of record "W"; standfirst with "says" "W"; byline with role, two date lines; figures of '
    'record "W" through "according to"; the trust\'s chief executive with "Dr" dropped; a '
    'patient named before her quote (feelings "", dates "W"); the health minister (a plan '
    '"", money "W"); a surgeons\' group chair (a comparison "W"); newsletter box mid-story; '
    "factbox lines; related list; tags; footer; copyright",
    "Nigerian BUSINESS DAILY (Lagos/Ibadan), desktop: masthead in capitals, date and markets "
    'strip, menu with pipes, section label; headline of record "W"; byline and date; the '
    'company\'s filing through "the company said in a filing" "W"; "Mr." dropped and a '
    'surname cue ("Mr. Babarinde-Coker said"); a union\'s general secretary (a warning "", '
    'numbers "W"); an analyst at a Lagos brokerage ("" forecast, "W" share price); state '
    'government "did not respond"; Advertisement; related list; comment box furniture; '
    'footer; copyright with "Ltd." ending a sentence',
    "Pakistani ENGLISH DAILY (Karachi), weather, a 44.5C heatwave, desktop: masthead, date strip "
    'with e-paper, menu with pipes, section path with >; headline and subhead of record "W"; '
    'byline "Our Staff Reporter", date line; the Met office\'s forecast ("W" record, "" '
    'outlook); hospital heatstroke patients with "Dr." dropped "W"; the power utility\'s '
    'load-shedding hours "W"; "Rs. 32" and "Rs. 120" mid-sentence; a shopkeeper named after '
    'his quote ""; advice lines ""; a related link; share strip; tags; footer; copyright',
    "Irish REGIONAL NEWS SITE on a PHONE (Galway), transport, a cross-city bus corridor delayed to "
    "2029 and €41m over budget: cookie consent at the head, app banner, masthead, menu word; "
    'headline of record "W"; byline, date; caption ""; the transport authority\'s statement '
    '"W"; a councillor with "Cllr" dropped (a question "", a figure "W"); a business '
    'group\'s chief executive ("" and "W"); the council\'s director of services; newsletter '
    'box; more-from list; share; footer with registered office "No. 4"; copyright',
    "Indian ENGLISH DAILY's city page (Pune), education, private schools allowed a 15% fee rise, "
    "desktop: masthead, e-paper and language strip, menu with pipes, section path with a slash; "
    'headline of record "W"; byline with city, date; the fee committee\'s order "W" through '
    '"according to"; "Rs 1.18 lakh" and "Std. VIII"; a parents\' association president '
    '("" and "W", a quote ending in a question then a new sentence); a principal with "Dr." '
    'dropped; the deputy director of education with initials kept ("J.K. Pillai") "W"; '
    "Also Read; trending list; footer; copyright",
    "Jamaican DAILY's sports page, football, a 2-1 win with a late penalty, desktop: masthead, "
    'date strip, menu with wide spaces, section label; headline and kicker of record "W"; '
    'byline with role, date; caption "W" and credit; goals and a red card "W" ("71st min." '
    'ending a sentence); the winning coach ("" and a table fact "W"); the losing coach (a '
    'complaint "", a count "W"); the scorer with "Jr." kept; a league table title "B" and '
    'rows ""; next fixtures ""; share strip; more sports list; footer',
    "United States REGIONAL NEWSPAPER's courts page (Ohio), desktop: skip link, masthead, "
    "subscribe strip with a price, menu with pipes, section path with ›; headline of record "
    '"W"; byline with e-mail, date with "a.m."; caption and credit; "U.S. District Judge" '
    'dropped, the sentence and restitution "W"; prosecutors\' filing "W"; the defense '
    'lawyer ("" plea, "W" repayment); a trustee ("" feeling, "W" audit); "according to '
    'court records" "W"; "Case No." mid-sentence; subscriber-only box mid-story; related '
    "links; comment policy; footer; copyright",
    "Canadian COMMUNITY NEWS SITE (British Columbia), environment, a pulp mill fined $1.2 million "
    'for a spill that killed 2,400 fish, desktop: masthead, weather strip ("B"), menu with wide '
    'spaces, section path with a colon; headline of record "W"; byline, date with "Nov."; '
    'court\'s findings "W"; the mill\'s statement "W"; a First Nation\'s fisheries manager (a '
    'feeling "", a count "W"); the Crown prosecutor\'s submission "W"; a stewardship society '
    'volunteer; "B.C." mid- and end-sentence; inline link; newsletter; tags; footer',
    "English LOCAL NEWS SITE on a PHONE (Lincolnshire), local government, car park charges up 40p "
    'an hour: menu and search words, masthead, app prompt; headline of record "W"; standfirst '
    'with "say" ""; byline and date; caption ""; the vote of record "W"; the council '
    'leader with "Cllr" dropped (income "W", a view ""); an opposition councillor (a '
    'question "", figures "W"); a trader named after her quote; a council spokesperson '
    '"W"; "St. Mary\'s" and "a.m." hazards; comments, share, most read; footer; copyright',
    "Zambian DAILY (Lusaka), consumer prices, mealie meal at K285 a 25kg bag, desktop: masthead in "
    'capitals, date strip, menu with pipes, section label; headline of record "W"; byline, '
    'date; a basket survey through "according to" "W"; the Minister of Commerce with '
    '"Mr" dropped (a plan "", stocks "W"); a millers\' association chairperson (a causal '
    'claim "W"); a trader at a market named after her quote ("" and "W"); an economist '
    '("" forecast); related list; share; footer; copyright',
]

ARTICLES = [
    [  # 1. Malaysia, politics, desktop
        [("Skip to main content", "", "", "B")],
        [("THE KINTA HERALD", "", "", "B")],
        [("Tuesday, 16 Nov 2027 | E-Paper | Login | Subscribe", "", "", "B")],
        [
            (
                "Nation     Perak     Business     Sports     World     Lifestyle     Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Nation / Politics", "", "", "B")],
        [("Perak assembly passes RM1.47bil budget for 2028 after opposition walkout", "", "", "W")],
        [
            (
                "All 10 opposition assemblymen left the chamber before the vote, which the state government won 35-0",
                "",
                "",
                "W",
            )
        ],
        [("By NURUL HIDAYAH ROSLAN", "", "", "B")],
        [("Tuesday, 16 Nov 2027 11:08 PM MYT", "", "", "B")],
        [
            (
                "Menteri Besar Datuk Seri Kamarul Azmi Sidek tabling the budget at the state assembly building in Ipoh on Nov 8.",
                "",
                "",
                "",
            ),
            ("— Photo: ZAINUDDIN HARUN/The Kinta Herald", "", "", "B"),
        ],
        [
            (
                "IPOH: The Perak state assembly has passed the state's RM1.47bil budget for 2028, the largest in its history, after a sitting that lasted more than 11 hours on Tuesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Supply Bill was approved 35-0 at 9.50pm, after all 10 opposition assemblymen walked out in protest over the allocation for flood mitigation.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Menteri Besar Datuk Seri Kamarul Azmi Sidek said the budget set aside RM212mil for flood works, up from RM164mil this year.",
                "Kamarul Azmi Sidek",
                "said",
                "W",
            )
        ],
        [
            (
                "“This is not a budget for the government, it is a budget for the rakyat,” he told reporters at the state secretariat after the sitting.",
                "Kamarul Azmi Sidek",
                "told reporters",
                "",
            ),
            (
                "He said the state expected revenue of RM1.31bil next year, leaving a deficit of about RM160mil to be covered from reserves.",
                "Kamarul Azmi Sidek",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition leader Loh Siew Peng, the assemblywoman for Kampung Rapat, said the flood allocation was “far too little, far too late” for districts such as Kuala Kangsar and Hilir Perak.",
                "Loh Siew Peng",
                "said",
                "",
            )
        ],
        [
            (
                "She said the opposition had asked for RM400mil, citing a state water works department estimate that 63 flood-prone areas in Perak needed work.",
                "Loh Siew Peng",
                "said",
                "W",
            )
        ],
        [
            (
                "“We did not walk out because we are against the people,” she said.",
                "Loh Siew Peng",
                "said",
                "",
            ),
            (
                "“We walked out because families in Hilir Perak are still cleaning mud out of their houses.",
                "Loh Siew Peng",
                "said",
                "",
            ),
            ("Is RM212mil enough for that?”", "Loh Siew Peng", "said", ""),
        ],
        [
            (
                "Kamarul Azmi rejected the figure, saying the RM400mil estimate covered work spread over five years.",
                "Kamarul Azmi Sidek",
                "saying",
                "W",
            )
        ],
        [
            (
                "Among the other allocations were RM98mil for rural roads, RM45mil for 12 new clinics and RM30mil to help 6,000 smallholders replant their oil palm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Civil servants in the state will receive a special payment of RM700 each, paid in two instalments in January and June.",
                "",
                "",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "ALSO READ: Flood victims in Bagan Datuk still waiting for aid, says welfare group",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "State assembly Speaker Datuk Mohd Rizal Shukor said the walkout had been recorded in the Hansard but did not affect the validity of the vote.",
                "Mohd Rizal Shukor",
                "said",
                "W",
            ),
            (
                "It was the first time since 2019 that an entire opposition bench had left the chamber during a budget vote, he said.",
                "Mohd Rizal Shukor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Political analyst Prof Dr Farid Haikal Osman of Kinta Valley University said the walkout was aimed at voters in the state's flood belt ahead of the next state election.",
                "Farid Haikal Osman",
                "said",
                "",
            )
        ],
        [
            (
                "“It is theatre, but it is theatre with an audience,” he said.",
                "Farid Haikal Osman",
                "said",
                "",
            )
        ],
        [
            (
                "The assembly will sit again on Thursday to debate the state's five-year water supply plan.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Tags / Keywords: Perak , State Assembly , Budget 2028 , Kamarul Azmi Sidek , Floods",
                "",
                "",
                "B",
            )
        ],
        [("Related stories:", "", "", "B")],
        [("Ipoh traders hope for more parking as city centre revamp drags on", "", "", "B")],
        [("Perak to hire 300 more teachers for rural schools, says exco", "", "", "B")],
        [("Was this article helpful?", "", "", "B"), ("Yes | No", "", "", "B")],
        [("Get the Perak Evening Brief", "", "", "B")],
        [
            ("The day's top stories from the state, in your inbox at 6pm.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            (
                "About Us | Advertise With Us | Careers | Privacy Policy | Terms of Use | Contact Us",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 1998-2027 Kinta Herald Media Sdn. Bhd. (199701008812).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 2. South Africa, crime, phone
        [("Open in the app for a better experience", "", "", "B")],
        [("OPEN", "", "", "B")],
        [("Menu", "", "", "B")],
        [("the umgeni post", "", "", "B")],
        [("Search", "", "", "B")],
        [("NEWS • KZN", "", "", "B")],
        [("Three arrested after R2.3m cash-van robbery near Pinetown", "", "", "W")],
        [("Listen to this article · 3 min", "", "", "B")],
        [("Sbusiso Ngcamu-Reddy", "", "", "B")],
        [("Published 3 hours ago", "", "", "B")],
        [
            (
                "Three men have been arrested in connection with Monday morning's robbery of a cash-in-transit van on the M13 near Pinetown, in which a security guard was shot in the leg.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Provincial police spokesperson Lt-Col. Nozipho Gumede-Maphumulo said the suspects, aged 27, 31 and 44, were arrested at a house in KwaDabeka at about 2 a.m. on Wednesday.",
                "Nozipho Gumede-Maphumulo",
                "said",
                "W",
            ),
            (
                "Two pistols, a rifle and R186,400 in cash were found at the house, she said.",
                "Nozipho Gumede-Maphumulo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gumede-Maphumulo said about eight men in three vehicles had forced the van off the road shortly after 7.30am and blown open its rear door with explosives.",
                "Nozipho Gumede-Maphumulo",
                "said",
                "W",
            )
        ],
        [
            ("The gang escaped with an estimated R2.3 million.", "", "", "W"),
            (
                "Police said two of the getaway vehicles, both reported stolen in Durban last month, were found burnt out in Mariannhill on Monday afternoon.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The investigation is far from over and more arrests are expected,” she said.",
                "Nozipho Gumede-Maphumulo",
                "said",
                "",
            )
        ],
        [("Read more: Durban taxi ranks to get 40 new CCTV cameras", "", "", "B")],
        [
            (
                "The wounded guard, a 38-year-old from Clermont, was taken to hospital and was in a stable condition on Wednesday, his employer said.",
                "his employer",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "A woman who was waiting at a taxi stop nearby described hearing two loud bangs followed by gunfire.",
                "",
                "",
                "",
            )
        ],
        [
            ("“We all lay flat on the ground.", "Thembeka Shozi", "said", ""),
            (
                "I was praying, I was just praying,” said Thembeka Shozi, 52, who works at a clothing factory in New Germany.",
                "Thembeka Shozi",
                "said",
                "",
            ),
            ("She said the shooting lasted less than two minutes.", "Thembeka Shozi", "said", "W"),
        ],
        [
            (
                "In a statement, the cash-in-transit company, Sentrivault Cash Services, said it was the second attack on its vehicles in KwaZulu-Natal this year.",
                "Sentrivault Cash Services",
                "said",
                "W",
            ),
            (
                "It said it was offering a reward of R250,000 for information leading to further arrests and convictions.",
                "Sentrivault Cash Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pinetown community policing forum chairperson Dumisani Khambule said residents were tired of hearing explosions on their way to work.",
                "Dumisani Khambule",
                "said",
                "",
            )
        ],
        [
            (
                "“How many times must this happen before there are roadblocks on that road every morning?” he asked.",
                "Dumisani Khambule",
                "asked",
                "",
            )
        ],
        [
            (
                "The three men are expected to appear in the Pinetown Magistrate's Court on Friday on charges of robbery with aggravating circumstances, attempted murder and possession of unlicensed firearms.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Anyone with information can call the investigating officer, Capt. Lwazi Mthethwa-Pillay, on 031 555 0187.",
                "",
                "",
                "",
            )
        ],
        [("Share", "", "", "B")],
        [("WhatsApp · Facebook · X · Email · Copy link", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("Join the conversation: log in or register to comment.", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("Man, 24, killed in Chatsworth tavern shooting", "", "", "B")],
        [("Verulam residents march against water outages", "", "", "B")],
        [("↑ Back to top", "", "", "B")],
        [("About | Contact | Advertise | Privacy | PAIA Manual", "", "", "B")],
        [
            ("© 2027 Umgeni Post Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 3. Northern Ireland, health, desktop
        [("We value your privacy", "", "", "B")],
        [
            (
                "We and our partners use cookies to personalise content and ads and to analyse our traffic.",
                "",
                "",
                "B",
            ),
            (
                "You can change your choices at any time by clicking “Privacy settings” at the bottom of the page.",
                "",
                "",
                "B",
            ),
            ("Some partners process data on the basis of legitimate interest.", "", "", "B"),
        ],
        [("ACCEPT ALL     REJECT ALL     MANAGE OPTIONS", "", "", "B")],
        [("Mourne Courant", "", "", "B")],
        [("News • Health • Politics • Business • Sport • Farming • Announcements", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("More than 41,000 waiting over a year for first orthopaedic appointment", "", "", "W")],
        [
            (
                "Trust says demand for hip and knee surgery has risen by a fifth since 2022",
                "Trust",
                "says",
                "W",
            )
        ],
        [("Ciara Mulgrew-Boyd", "", "", "B")],
        [("Health Correspondent", "", "", "B")],
        [("Published: 09:30, 4 March 2027", "", "", "B")],
        [("Updated: 14:12, 4 March 2027", "", "", "B")],
        [
            (
                "More than 41,000 people in the Lagan and Mourne Health and Social Care Trust area have been waiting longer than a year for a first appointment with an orthopaedic consultant, new figures show.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At the end of December, 41,260 patients had waited more than 52 weeks, according to quarterly statistics published by the Department of Health on Thursday.",
                "the Department of Health",
                "according to",
                "W",
            ),
            ("That is up from 36,900 a year earlier.", "", "", "W"),
        ],
        [
            (
                "The longest wait recorded was six years and two months, for a patient first referred in October 2020.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The trust's chief executive, Dr Fergal McAtamney, said demand for hip and knee operations had risen by 21% since 2022 while the number of theatre sessions had stayed the same.",
                "Fergal McAtamney",
                "said",
                "W",
            )
        ],
        [
            (
                "“We are not going to pretend these numbers are acceptable, because they are not,” he said.",
                "Fergal McAtamney",
                "said",
                "",
            ),
            (
                "He said a new day-surgery unit at Downpatrick, due to open in September, would add 1,800 operations a year.",
                "Fergal McAtamney",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosaleen Kearney-Watt, 67, from Ballynahinch, was referred for a knee replacement in the spring of 2023.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "She said she had not yet been given a date for her first appointment.",
                "Rosaleen Kearney-Watt",
                "said",
                "W",
            )
        ],
        [
            (
                "“Some days I can't get down the stairs,” she said.",
                "Rosaleen Kearney-Watt",
                "said",
                "",
            ),
            ("“My granddaughter does my shopping now.", "Rosaleen Kearney-Watt", "said", ""),
            (
                "I used to walk the dog to the harbour and back every morning.”",
                "Rosaleen Kearney-Watt",
                "said",
                "",
            ),
        ],
        [("Sign up for the Courant Health newsletter", "", "", "B")],
        [
            ("Get the latest health news from across the county every Friday.", "", "", "B"),
            ("Enter your email", "", "", "B"),
        ],
        [("SIGN UP", "", "", "B")],
        [
            (
                "Health Minister Declan Orr-Templeton said he would bring a new orthopaedic recovery plan to the Executive before the summer.",
                "Declan Orr-Templeton",
                "said",
                "",
            )
        ],
        [
            (
                "He said £14.5m had been set aside this year to buy extra operations from independent hospitals, enough for about 2,700 procedures across Northern Ireland.",
                "Declan Orr-Templeton",
                "said",
                "W",
            )
        ],
        [
            (
                "“Nobody should be told to wait six years for a new knee,” he said.",
                "Declan Orr-Templeton",
                "said",
                "",
            )
        ],
        [
            (
                "The chair of the regional orthopaedic surgeons' group, Maeve Dunleavy, said the waits were now the longest in the UK.",
                "Maeve Dunleavy",
                "said",
                "W",
            ),
            (
                "In England, she said, fewer than 1 in 100 patients waited more than a year.",
                "Maeve Dunleavy",
                "said",
                "W",
            ),
        ],
        [
            ("“The staff are there.", "Maeve Dunleavy", "said", ""),
            ("The theatres are there.", "Maeve Dunleavy", "said", ""),
            (
                "What we do not have is beds on the wards to put people in afterwards,” she said.",
                "Maeve Dunleavy",
                "said",
                "W",
            ),
        ],
        [("The figures in brief", "", "", "B")],
        [("Waiting more than a year (orthopaedics): 41,260", "", "", "")],
        [("Waiting more than a year (all specialties): 198,430", "", "", "")],
        [("Longest wait: 6 years, 2 months", "", "", "")],
        [("Related", "", "", "B")],
        [("GP practice in Castlewellan to close its doors at end of April", "", "", "B")],
        [("Emergency department at Daisy Hill ‘at full stretch’ over weekend", "", "", "B")],
        [("Topics: Health | Waiting lists | Lagan and Mourne Trust", "", "", "B")],
        [
            (
                "Contact us · Advertise · Terms and conditions · Privacy settings · Accessibility",
                "",
                "",
                "B",
            )
        ],
        [("© Mourne Courant Newspapers Ltd 2027", "", "", "B")],
    ],
    [  # 4. Nigeria, business, desktop
        [("THE LAGOS COMMERCE TRIBUNE", "", "", "B")],
        [("Monday, June 14, 2027 | ALL-SHARE 104,218.55 ▲0.42% | $/N 1,512.30", "", "", "B")],
        [
            (
                "Home | Markets | Companies | Economy | Energy | Banking | Tech | Opinion | E-paper",
                "",
                "",
                "B",
            )
        ],
        [("COMPANIES", "", "", "B")],
        [("Ogunpa Breweries to shut Ibadan plant, 418 jobs affected", "", "", "W")],
        [("Brewer cites N6.9bn half-year loss, cost of imported barley", "Brewer", "cites", "W")],
        [("By Temitope Adeyemo-Bakare", "", "", "B")],
        [("June 14, 2027", "", "", "B")],
        [
            (
                "Ogunpa Breweries Plc will close its brewery in Ibadan, Oyo State, by the end of September and move production to its two plants in Lagos and Onitsha, the company said in a filing to the stock exchange on Friday.",
                "Ogunpa Breweries Plc",
                "said in a filing",
                "W",
            )
        ],
        [
            (
                "The brewer said 418 permanent staff at the Ibadan plant would be affected, of whom about 150 would be offered jobs at the other sites.",
                "The brewer",
                "said",
                "W",
            )
        ],
        [
            (
                "It reported a loss after tax of N6.9 billion for the six months to March, compared with a profit of N2.1 billion a year earlier.",
                "Ogunpa Breweries Plc",
                "reported",
                "W",
            )
        ],
        [
            (
                "The company blamed the loss mainly on the cost of imported barley and malt, which it said had risen by 64% in naira terms over the period.",
                "Ogunpa Breweries Plc",
                "blamed",
                "W",
            )
        ],
        [
            (
                "Managing Director Mr. Olufemi Babarinde-Coker said the Ibadan plant, built in 1978, was the company's oldest and least efficient.",
                "Olufemi Babarinde-Coker",
                "said",
                "W",
            )
        ],
        [
            (
                "“This is a painful decision and not one we have taken lightly,” Mr. Babarinde-Coker said in a statement.",
                "Olufemi Babarinde-Coker",
                "said in a statement",
                "",
            ),
            (
                "“Our priority now is to treat every affected colleague fairly.”",
                "Olufemi Babarinde-Coker",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "He said the company would pay affected staff two months' salary for every year of service.",
                "Olufemi Babarinde-Coker",
                "said",
                "W",
            ),
            (
                "Production at Ibadan will be wound down in stages from July, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ibadan plant produced about 1.1 million hectolitres of beer last year, roughly a quarter of the company's output, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The General Secretary of the Brewery and Bottling Workers' Union of Nigeria, Comrade Kehinde Oyelaran-Daudu, said the union had not been consulted before the announcement.",
                "Kehinde Oyelaran-Daudu",
                "said",
                "W",
            )
        ],
        [
            (
                "He warned that members at the plant would resist any attempt to remove equipment before terms were agreed.",
                "Kehinde Oyelaran-Daudu",
                "warned",
                "",
            )
        ],
        [
            (
                "“Some of these workers have spent 30 years in that brewery,” he said.",
                "Kehinde Oyelaran-Daudu",
                "said",
                "",
            ),
            (
                "“Where will a 55-year-old brewer find work in Ibadan today?”",
                "Kehinde Oyelaran-Daudu",
                "said",
                "",
            ),
        ],
        [
            (
                "He said about 1,200 more people, including distributors and transporters, depended on the plant for a living.",
                "Kehinde Oyelaran-Daudu",
                "said",
                "W",
            )
        ],
        [
            (
                "Ogunpa's shares fell 7.8% to N41.20 on Friday, their lowest close since November 2024.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Analysts at Lagos-based Cowrie Ridge Securities said the closure would save the company about N3.5 billion a year from 2028 and could return it to profit within 18 months.",
                "Analysts at Lagos-based Cowrie Ridge Securities",
                "said",
                "",
            )
        ],
        [
            (
                "“The market will forgive a closure,” said Ngozi Ezeakunne-Hart, head of research at the firm.",
                "Ngozi Ezeakunne-Hart",
                "said",
                "",
            ),
            (
                "“What it will not forgive is another year like this one.”",
                "Ngozi Ezeakunne-Hart",
                "said",
                "",
            ),
        ],
        [
            (
                "The Oyo State Ministry of Trade and Investment did not respond to a request for comment.",
                "The Oyo State Ministry of Trade and Investment",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Ogunpa, which is 61% owned by a Belgian brewing group, employs about 2,300 people in Nigeria.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Temitope Adeyemo-Bakare covers manufacturing and consumer goods for the Tribune.",
                "",
                "",
                "B",
            )
        ],
        [("RELATED NEWS", "", "", "B")],
        [("Malt importers seek tariff waiver as naira slides", "", "", "B")],
        [("Beverage makers' sales volumes fall 12% in first quarter", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [("Post Comment", "", "", "B")],
        [("About Us | Advertise | Contact | Privacy Policy", "", "", "B")],
        [
            ("Copyright © 2027 Lagos Commerce Tribune Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 5. Pakistan, weather, desktop
        [("The Indus Ledger", "", "", "B")],
        [("Karachi | Wednesday, May 26, 2027 | Dhul Qadah 19, 1448 | E-Paper | Urdu", "", "", "B")],
        [
            (
                "Home | Pakistan | Karachi | Lahore | Islamabad | Business | Sport | World | Opinion | Weather",
                "",
                "",
                "B",
            )
        ],
        [("Home > Karachi", "", "", "B")],
        [("Karachi sizzles at 44.5°C as heatwave enters fourth day", "", "", "W")],
        [
            (
                "Hospitals receive 1,134 heatstroke patients since Saturday; long outages in several districts",
                "",
                "",
                "W",
            )
        ],
        [("Our Staff Reporter", "", "", "B")],
        [("Published May 26, 2027 06:45am", "", "", "B")],
        [
            (
                "KARACHI: The city recorded a maximum temperature of 44.5°C on Tuesday, the highest in May since 2018, as a heatwave that began on Saturday showed no sign of easing.",
                "",
                "",
                "W",
            ),
            ("The city's highest recorded May temperature is 46.2°C, set in 1986.", "", "", "W"),
        ],
        [
            (
                "Humidity in the afternoon fell to 14 per cent, and the sea breeze, which normally cools the city by mid-afternoon, remained suspended for the third day running.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The provincial Met office said temperatures were likely to stay between 42°C and 44°C until Friday before a gradual drop over the weekend.",
                "The provincial Met office",
                "said",
                "",
            )
        ],
        [
            (
                "It advised people to stay indoors between 11 a.m. and 4 p.m.",
                "The provincial Met office",
                "advised",
                "",
            ),
            (
                "Labourers and traffic police should take frequent breaks in the shade, it said.",
                "The provincial Met office",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Meteorologist Sardar Ali Khokhar-Baloch told The Indus Ledger that a low-pressure area over the Arabian Sea was blocking the moist south-westerly winds.",
                "Sardar Ali Khokhar-Baloch",
                "told The Indus Ledger",
                "W",
            ),
            (
                "“Once the wind turns, Karachi will breathe again.",
                "Sardar Ali Khokhar-Baloch",
                "said",
                "",
            ),
            ("Not before Friday, though,” he said.", "Sardar Ali Khokhar-Baloch", "said", ""),
        ],
        [
            (
                "At the Civil Hospital's heatstroke ward, Dr. Humaira Siddiqui-Jatoi said 1,134 patients had been brought to the city's main public hospitals since Saturday, 212 of them on Tuesday alone.",
                "Humaira Siddiqui-Jatoi",
                "said",
                "W",
            )
        ],
        [
            (
                "She said most were labourers, rickshaw drivers and elderly people living in rooms without fans.",
                "Humaira Siddiqui-Jatoi",
                "said",
                "W",
            ),
            (
                "Nine patients were in a critical condition, she said.",
                "Humaira Siddiqui-Jatoi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents of Orangi, Korangi and Lyari complained of up to 10 hours of load-shedding a day.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A spokesman for Metropower Karachi said demand had reached 3,780 megawatts on Tuesday evening, 410 MW more than the utility could supply.",
                "A spokesman for Metropower Karachi",
                "said",
                "W",
            ),
            (
                "He said areas with high line losses were facing longer outages under the company's existing policy.",
                "A spokesman for Metropower Karachi",
                "said",
                "W",
            ),
        ],
        [("Also Read: Water tanker rates double in Gulshan as lines run dry", "", "", "B")],
        [
            (
                "Shopkeepers said the price of a block of ice had risen from Rs. 32 a kilo to Rs. 120 in some markets.",
                "Shopkeepers",
                "said",
                "W",
            )
        ],
        [
            (
                "“I have sold ice in Saddar for 20 years and I have never seen a queue like this before 9 a.m.",
                "Muhammad Rafiq Tunio",
                "said",
                "",
            ),
            (
                "People are buying it for their children, for their old parents,” said Muhammad Rafiq Tunio, who runs a cold-drinks stall near Empress Market.",
                "Muhammad Rafiq Tunio",
                "said",
                "",
            ),
        ],
        [
            (
                "The city administration said it had set up 46 heatstroke relief camps at bus stops and markets, offering water and oral rehydration salts.",
                "The city administration",
                "said",
                "W",
            )
        ],
        [
            (
                "Doctors advise drinking water regularly, wearing loose cotton clothing and avoiding tea and fizzy drinks in the afternoon.",
                "Doctors",
                "advise",
                "",
            )
        ],
        [
            (
                "Anyone with symptoms such as a high fever, confusion or fainting should be taken to the nearest hospital at once.",
                "",
                "",
                "",
            )
        ],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("Tags: Karachi, heatwave, weather, load-shedding", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
        [("MOST POPULAR", "", "", "B")],
        [("1", "", "", "B"), ("Lahore schools to close a week early for summer", "", "", "B")],
        [("2", "", "", "B"), ("Stocks end flat as investors await budget", "", "", "B")],
        [("About | Contact | Careers | Advertise | Terms of Use", "", "", "B")],
        [("© 2027 The Indus Ledger.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Ireland, transport, phone
        [("We care about your privacy", "", "", "B")],
        [
            (
                "We use cookies to make this site work and, with your consent, to show you relevant ads.",
                "",
                "",
                "B",
            )
        ],
        [("Accept     Settings", "", "", "B")],
        [("Read this story in the Galway Bay Clarion app", "", "", "B"), ("Get app", "", "", "B")],
        [("≡", "", "", "B")],
        [("GALWAY BAY CLARION", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Galway cross-city bus corridor delayed to 2029 and €41m over budget", "", "", "W")],
        [("Éanna Ó Flatharta", "", "", "B")],
        [("Thu 21 Oct 2027 at 17:35", "", "", "B")],
        [
            ("Traffic on the Headford Road at rush hour.", "", "", ""),
            ("Photo: Clarion Images", "", "", "B"),
        ],
        [
            (
                "Galway's long-planned cross-city bus corridor will not open until 2029 at the earliest, two years later than promised, and will cost €41 million more than first estimated.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Western Transport Authority confirmed on Thursday that the project, which includes 6.4km of new bus lanes and a new bridge for buses, cyclists and pedestrians, is now expected to cost €162m.",
                "The Western Transport Authority",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "In a statement, the authority said construction prices had risen by about 30% since the scheme was approved in 2022.",
                "The Western Transport Authority",
                "said",
                "W",
            ),
            (
                "It said a legal challenge by two property owners had also delayed the start of work by 14 months.",
                "The Western Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The scheme was first announced in 2019 with a budget of €121m and an opening date of 2027.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Work on the first section, between Eyre Square and the university, is now due to begin in the spring.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Cllr. Síle Ní Ghuairim (Ind) said people in the city had been “promised the moon and given a roundabout”.",
                "Síle Ní Ghuairim",
                "said",
                "",
            )
        ],
        [
            (
                "“How long are we supposed to sit on the Headford Road?” she asked.",
                "Síle Ní Ghuairim",
                "asked",
                "",
            ),
            (
                "She said a journey of 5km from Knocknacarra to the city centre now regularly took more than 40 minutes at rush hour.",
                "Síle Ní Ghuairim",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ní Ghuairim said she would ask the council's transport committee to call officials from the authority before it on 9 November.",
                "Síle Ní Ghuairim",
                "said",
                "",
            )
        ],
        [
            (
                "The chief executive of the Galway Chamber of Traders, Pádraic Heneghan, said businesses in the city centre backed the scheme but were worried about two more years of roadworks.",
                "Pádraic Heneghan",
                "said",
                "",
            )
        ],
        [
            ("“Footfall on Shop Street was down 9% last year.", "Pádraic Heneghan", "said", "W"),
            (
                "We can't take another summer of diversions,” he said.",
                "Pádraic Heneghan",
                "said",
                "",
            ),
        ],
        [("The Clarion Daily", "", "", "B")],
        [
            ("All the news from Galway city and county, every morning at 7am.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "The council's director of services for transport, Gráinne Costelloe-Burke, said the revised schedule was realistic.",
                "Gráinne Costelloe-Burke",
                "said",
                "",
            )
        ],
        [
            (
                "She said 92% of the land needed for the corridor had now been acquired.",
                "Gráinne Costelloe-Burke",
                "said",
                "W",
            ),
            ("“The hard part is behind us,” she said.", "Gráinne Costelloe-Burke", "said", ""),
        ],
        [
            (
                "Buses on the route carried 3.1 million passengers last year, according to the authority.",
                "the authority",
                "according to",
                "W",
            )
        ],
        [("Share this article", "", "", "B")],
        [("More from News", "", "", "B")],
        [("Oranmore residents object to 240-home plan", "", "", "B")],
        [("Salthill promenade lights to be replaced by Christmas", "", "", "B")],
        [("Back to top ▲", "", "", "B")],
        [
            ("Galway Bay Clarion Ltd, No. 4 Merchants Quay, Galway.", "", "", "B"),
            ("Registered in Ireland.", "", "", "B"),
        ],
        [("© 2027 Galway Bay Clarion", "", "", "B")],
    ],
    [  # 7. India, education, desktop
        [("THE MULA-MUTHA HERALD", "", "", "B")],
        [("ePaper | मराठी | हिंदी | Sign In", "", "", "B")],
        [
            (
                "India | Pune | Mumbai | Business | Education | Sports | Entertainment | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("News / Cities / Pune", "", "", "B")],
        [
            (
                "Pune: 212 private schools allowed to raise fees by up to 15%, parents protest",
                "",
                "",
                "W",
            )
        ],
        [("Mula-Mutha News Service, Pune", "", "", "B")],
        [("Updated: Apr 19, 2027, 08:14 IST", "", "", "B")],
        [
            (
                "The divisional fee regulation committee has allowed 212 private unaided schools in Pune district to raise their fees by up to 15% for the 2027-28 academic year, the highest increase permitted since the committee was set up in 2014.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to the committee's order, dated April 15, schools that applied for increases had cited higher salaries under the seventh pay commission and the cost of new safety rules.",
                "the committee's order",
                "according to",
                "W",
            ),
            (
                "The committee had allowed increases of up to 9% last year and 7% in 2025.",
                "",
                "",
                "W",
            ),
            (
                "The order applies to schools affiliated to all boards, including the state board.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "At several schools in Baner, Aundh and Kharadi, annual fees for Std. VIII will now exceed Rs 1.18 lakh.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "On Sunday, about 300 parents gathered outside the office of the deputy director of education at Shivajinagar, holding placards that read “Education, not business”.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Pune Parents' Forum president Aparna Kulkarni-Deshmukh said the committee had heard objections from only 14 parent-teacher associations before issuing the order.",
                "Aparna Kulkarni-Deshmukh",
                "said",
                "W",
            )
        ],
        [
            (
                "“We earn in rupees that go up by 5%, and the fees go up by 15%.",
                "Aparna Kulkarni-Deshmukh",
                "said",
                "",
            ),
            (
                "Who is going to explain that to us?” she said.",
                "Aparna Kulkarni-Deshmukh",
                "said",
                "",
            ),
            ("“Nobody from the committee would meet us.", "Aparna Kulkarni-Deshmukh", "said", ""),
            ("Not one person.”", "Aparna Kulkarni-Deshmukh", "said", ""),
        ],
        [
            (
                "She said the forum would file an appeal before the state-level revision committee within 30 days.",
                "Aparna Kulkarni-Deshmukh",
                "said",
                "",
            )
        ],
        [
            (
                "Parents at two schools in Wakad said they had been asked to pay the first term's fees, including the increase, by May 10.",
                "Parents at two schools in Wakad",
                "said",
                "W",
            )
        ],
        [
            (
                "Get Pune's top stories in your inbox every morning: subscribe to our newsletter",
                "",
                "",
                "B",
            )
        ],
        [("ALSO READ | SSC results likely in first week of June, says board", "", "", "B")],
        [
            (
                "Dr. Meenakshi Rao-Gokhale, principal of a central-board school in Aundh that has raised its fees by 12%, said the school had not increased fees for two years during the pandemic and now had to pay 86 teachers under the new scales.",
                "Meenakshi Rao-Gokhale",
                "said",
                "W",
            )
        ],
        [
            ("“We understand the anger,” she said.", "Meenakshi Rao-Gokhale", "said", ""),
            ("“But a school cannot run on goodwill.”", "Meenakshi Rao-Gokhale", "said", ""),
        ],
        [
            (
                "Deputy director of education J.K. Pillai said schools were required to display the approved fee structure on their notice boards and websites by May 1.",
                "J.K. Pillai",
                "said",
                "W",
            )
        ],
        [
            (
                "Parents who were charged more than the approved amount could complain to his office, he said.",
                "J.K. Pillai",
                "said",
                "W",
            ),
            (
                "He said 37 such complaints had been received last year, and refunds had been ordered in 22 cases.",
                "J.K. Pillai",
                "said",
                "W",
            ),
            (
                "Schools that do not comply face a fine of up to Rs 1 lakh under the state's fee regulation law, Pillai said.",
                "J.K. Pillai",
                "said",
                "W",
            ),
        ],
        [("Schools in the district reopen for the new academic year on June 15.", "", "", "W")],
        [("Follow The Mula-Mutha Herald on WhatsApp for the latest news from Pune", "", "", "B")],
        [("Share via: Facebook | X | LinkedIn | WhatsApp | Email", "", "", "B")],
        [("Tags: Pune schools, fee hike, fee regulation committee, education", "", "", "B")],
        [("TRENDING", "", "", "B")],
        [("City transport body to add 150 e-buses on Hinjewadi routes", "", "", "B")],
        [("Pune records 41.2°C, hottest April day in 9 years", "", "", "B")],
        [("Pune Metro Line 3 trial run next month", "", "", "B")],
        [("Download the Mula-Mutha Herald app", "", "", "B")],
        [
            (
                "About Us | Contact Us | Careers | Advertise with Us | Privacy Policy | Grievance Redressal",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2027 Mula-Mutha Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 8. Jamaica, sport, desktop
        [("Skip to content", "", "", "B")],
        [("The Cockpit Chronicle", "", "", "B")],
        [("Sunday | March 7, 2027 | Log in | Subscribe | ePaper", "", "", "B")],
        [
            (
                "NEWS     SPORTS     BUSINESS     ENTERTAINMENT     LIFESTYLE     COMMENTARY     YOUTHLINK",
                "",
                "",
                "B",
            )
        ],
        [("SPORTS", "", "", "B")],
        [("FOOTBALL", "", "", "B")],
        [("Late penalty sends Portmore Harbour top as 10-man Highlanders fall 2-1", "", "", "W")],
        [("Dwayne Ricketts-Palmer", "", "", "B")],
        [("Senior Sports Writer", "", "", "B")],
        [("Sunday, March 7, 2027 | 12:05 AM", "", "", "B")],
        [
            (
                "Portmore Harbour's Kemar Whyte-Francis (right) celebrates his second-half winner against Mandeville Highlanders at Ferry Pen Park on Saturday.",
                "",
                "",
                "W",
            ),
            ("(PHOTO: ANDRE SCARLETT-DIXON)", "", "", "B"),
        ],
        [
            (
                "Portmore Harbour FC went top of the national premier division on Saturday night after a stoppage-time penalty from Kemar Whyte-Francis gave them a 2-1 win over 10-man Mandeville Highlanders at Ferry Pen Park.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Whyte-Francis, who came on as a substitute in the 64th minute, drove the spot kick into the top corner in the fourth minute of added time after Highlanders defender Omari Blagrove-Lindo handled on the line.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The win lifts Portmore to 41 points from 20 games, one ahead of Spanish Town Rangers, who drew 0-0 at Old Harbour Bay on Friday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Highlanders had taken the lead in the 28th minute through Romario Gayle-Thompson, who headed in a corner from the right.",
                "",
                "",
                "W",
            ),
            (
                "Portmore equalised five minutes after the break when Delano Brissett Jr. turned in a low cross from the left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Highlanders captain Jermaine Spence-Walcott was sent off for a second yellow card in the 71st min.",
                "",
                "",
                "W",
            ),
            ("From then on the visitors barely left their own half.", "", "", ""),
        ],
        [
            (
                "“We kept believing,” Portmore coach Clive Stennett-Barrett said.",
                "Clive Stennett-Barrett",
                "said",
                "",
            ),
            (
                "“At 1-1 with 10 men against you, you have to keep asking the question, and tonight they answered.”",
                "Clive Stennett-Barrett",
                "said",
                "",
            ),
        ],
        [
            (
                "Stennett-Barrett said it was the first time Portmore had been top of the table this late in a season since 2016.",
                "Clive Stennett-Barrett",
                "said",
                "W",
            )
        ],
        [
            (
                "He praised Brissett, 19, who has now scored six goals in his first season in senior football.",
                "Clive Stennett-Barrett",
                "praised",
                "W",
            )
        ],
        [
            (
                "“He is a boy in a man's league and he plays like he has been there ten years,” he said.",
                "Clive Stennett-Barrett",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Highlanders coach Everton “Tappa” McFarlane-Hinds was furious with the refereeing.",
                "",
                "",
                "",
            )
        ],
        [
            ("“Two yellow cards for two fair tackles?", "Everton McFarlane-Hinds", "said", ""),
            ("Come on!", "Everton McFarlane-Hinds", "said", ""),
            (
                "Everybody in the stadium saw it,” McFarlane-Hinds said.",
                "Everton McFarlane-Hinds",
                "said",
                "",
            ),
        ],
        [
            (
                "He said his team had now had four players sent off in their last six matches, and he would be writing to the league about it.",
                "Everton McFarlane-Hinds",
                "said",
                "W",
            )
        ],
        [
            (
                "Highlanders, who have lost three of their last four games, stay sixth on 29 points.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Whyte-Francis, 23, said he had not hesitated when the captain handed him the ball.",
                "Kemar Whyte-Francis",
                "said",
                "",
            ),
            (
                "“I knew where it was going before I put it down,” he said.",
                "Kemar Whyte-Francis",
                "said",
                "",
            ),
        ],
        [("The attendance was 3,412, the largest at Ferry Pen Park this season.", "", "", "W")],
        [("TOP OF THE TABLE", "", "", "B")],
        [("P  W  D  L  Pts", "", "", "B")],
        [("Portmore Harbour  20  12  5  3  41", "", "", "")],
        [("Spanish Town Rangers  20  11  7  2  40", "", "", "")],
        [("Montego Bay Mariners  19  11  4  4  37", "", "", "")],
        [
            (
                "Portmore visit Montego Bay Mariners next Sunday, while Highlanders host Spanish Town Rangers on Saturday.",
                "",
                "",
                "",
            )
        ],
        [("Share this: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("MORE SPORTS", "", "", "B")],
        [("National netball squad named for Commonwealth qualifier", "", "", "B")],
        [("Hillcrest Academy edge Bog Walk High in schoolboy semi-final", "", "", "B")],
        [("Regional four-day: hosts collapse to 156 all out in Antigua", "", "", "B")],
        [("Contact Us | Advertise | Privacy Policy | Terms & Conditions | Careers", "", "", "B")],
        [
            ("Copyright © 2027 The Cockpit Chronicle Co. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 9. United States, courts, desktop
        [("Skip to main content", "", "", "B")],
        [("Skip to navigation", "", "", "B")],
        [("The Muskingum Valley Sentinel", "", "", "B")],
        [("Subscribe now: $1 for 6 months", "", "", "B")],
        [("Sign in", "", "", "B")],
        [
            (
                "News | Local | Sports | Obituaries | Opinion | Business | Things to Do | e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("News › Crime & Courts", "", "", "B")],
        [("Ex-township fiscal officer gets 30 months for taking $412K", "", "", "W")],
        [("Bernadette Kowalczyk-Reyes | bkowalczyk@mvsentinel.com", "", "", "B")],
        [("Published 11:47 a.m. ET Jan. 22, 2027", "", "", "B")],
        [
            (
                "Gary L. Brunnemeyer leaves the federal courthouse in Columbus on Thursday after he was sentenced.",
                "",
                "",
                "W",
            ),
            ("Bernadette Kowalczyk-Reyes/The Sentinel", "", "", "B"),
        ],
        [
            (
                "COLUMBUS — The former fiscal officer of Licking Fork Township was sentenced Thursday to 30 months in federal prison for stealing $412,318 from the township over more than six years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "U.S. District Judge Harriet M. Okonkwo-Lutz also ordered Gary L. Brunnemeyer, 61, to pay back the full amount and to serve three years of supervised release after he leaves prison.",
                "Harriet M. Okonkwo-Lutz",
                "ordered",
                "W",
            )
        ],
        [("Brunnemeyer pleaded guilty in September to one count of wire fraud.", "", "", "W")],
        [
            (
                "According to court records, he wrote 187 township checks to himself or to a company he controlled between March 2019 and August 2025, and recorded them in the township's books as payments for road salt, gravel and equipment repairs.",
                "court records",
                "according to",
                "W",
            )
        ],
        [
            (
                "The thefts came to light when a state auditor noticed that the township had paid for more road salt in one winter than it could have stored in its salt barn.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a sentencing memorandum, prosecutors said Brunnemeyer had spent much of the money on online gambling and on a fishing boat he bought in 2022 for $68,500.",
                "prosecutors",
                "said",
                "W",
            )
        ],
        [
            (
                "“He stole from the snowplows,” Assistant U.S. Attorney Daniel Breitenbach-Moore told the court.",
                "Daniel Breitenbach-Moore",
                "told the court",
                "",
            ),
            (
                "“Every dollar he took was a pothole that did not get filled.”",
                "Daniel Breitenbach-Moore",
                "told the court",
                "",
            ),
        ],
        [("Prosecutors had asked for a sentence of 37 months.", "", "", "W")],
        [
            ("Subscriber exclusive: Get unlimited access to local news for $1.", "", "", "B"),
            ("Already a subscriber?", "", "", "B"),
            ("Log in.", "", "", "B"),
        ],
        [
            (
                "Brunnemeyer's attorney, Renata S. Villalobos, asked the judge for probation, arguing that her client had a gambling addiction and had already repaid $56,000 by selling the boat and his pickup truck.",
                "Renata S. Villalobos",
                "arguing",
                "W",
            )
        ],
        [
            ("“Mr. Brunnemeyer is not a monster.", "Renata S. Villalobos", "said", ""),
            (
                "He is a sick man who did a terrible thing, and he knows it,” Villalobos said.",
                "Renata S. Villalobos",
                "said",
                "",
            ),
        ],
        [
            ("Brunnemeyer, speaking briefly, apologized to the township's residents.", "", "", "W"),
            ("“I'm sorry.", "Gary L. Brunnemeyer", "said", ""),
            ("I have no excuse,” he said.", "Gary L. Brunnemeyer", "said", ""),
        ],
        [
            (
                "Okonkwo-Lutz said the sentence reflected the length of the scheme and the trust the township had placed in him.",
                "Harriet M. Okonkwo-Lutz",
                "said",
                "",
            )
        ],
        [
            (
                "Township trustee Marlene Ebersole-Quinn, who attended the hearing, said after the sentencing that the loss had forced the township to put off repaving 4 miles of roads.",
                "Marlene Ebersole-Quinn",
                "said",
                "W",
            )
        ],
        [
            ("“We're a small place.", "Marlene Ebersole-Quinn", "said", ""),
            (
                "That money was our roads for two years,” she said.",
                "Marlene Ebersole-Quinn",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the township now required two signatures on every check over $500 and had its books audited each year instead of every other year.",
                "Marlene Ebersole-Quinn",
                "said",
                "W",
            )
        ],
        [
            ("Brunnemeyer must report to prison by March 15.", "", "", "W"),
            (
                "The case is United States v. Brunnemeyer, Case No. 2:26-cr-118, in the U.S. District Court for the Southern District of Ohio.",
                "",
                "",
                "W",
            ),
        ],
        [("RELATED", "", "", "B")],
        [("Licking Fork trustees hire new fiscal officer after audit", "", "", "B")],
        [("Zanesville man gets 8 years in fentanyl case", "", "", "B")],
        [
            ("Comments: We welcome respectful discussion.", "", "", "B"),
            ("Read our community guidelines.", "", "", "B"),
        ],
        [
            (
                "About | Contact us | Help center | Terms of Service | Privacy Policy | Your Privacy Choices",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 The Muskingum Valley Sentinel.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 10. Canada, environment, desktop
        [("Cariboo Ridge Dispatch", "", "", "B")],
        [("Williams Lake  -4°C  Light snow", "", "", "B")],
        [("Log in  |  Register  |  Support local journalism", "", "", "B")],
        [
            (
                "Local News     Environment     Business     Sports     Opinion     Obituaries     Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Environment: Fisheries", "", "", "B")],
        [
            (
                "Pulp mill fined $1.2 million after spill killed 2,400 fish in Tatlow Creek",
                "",
                "",
                "W",
            )
        ],
        [("Jaspreet Sandhu-Lachance", "", "", "B")],
        [("Nov. 18, 2027 4:10 p.m.", "", "", "B")],
        [
            (
                "The operator of a pulp mill near Williams Lake has been fined $1.2 million for a spill of untreated effluent that killed about 2,400 fish in Tatlow Creek in the summer of 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Quesnel Fraser Pulp Ltd. pleaded guilty in provincial court on Tuesday to one count of depositing a deleterious substance in water frequented by fish, contrary to federal fisheries law.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to an agreed statement of facts read in court, a pipe carrying effluent from the mill's secondary treatment pond failed on the night of July 29, 2025.",
                "an agreed statement of facts read in court",
                "according to",
                "W",
            ),
            (
                "About 1.9 million litres flowed into the creek before the pipe was shut off at 6:40 a.m. the next day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Federal fisheries officers counted dead coho and chinook juveniles, rainbow trout and sculpins along a 3.2-kilometre stretch downstream of the mill.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge Marguerite Chalifoux-Dunn said the company had known since 2021 that the pipe was corroded and had put off replacing it twice to save money.",
                "Marguerite Chalifoux-Dunn",
                "said",
                "W",
            )
        ],
        [
            (
                "“This was not an act of God,” she said in her reasons.",
                "Marguerite Chalifoux-Dunn",
                "said",
                "",
            ),
            ("“It was a maintenance schedule.”", "Marguerite Chalifoux-Dunn", "said", ""),
        ],
        [
            (
                "Most of the fine, $1.1 million, will go to a federal fund for habitat restoration in the Cariboo region.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Crown prosecutor Alastair Whitcombe-Ng had asked for $1.5 million, telling the court that the mill had been warned twice before about discharges, in 2017 and 2019.",
                "Alastair Whitcombe-Ng",
                "telling the court",
                "W",
            )
        ],
        [("READ ALSO: Williams Lake council approves new water treatment plant", "", "", "B")],
        [
            (
                "In a statement, the company said it accepted responsibility and had spent $4.6 million since the spill replacing the pipe and installing leak sensors along the treatment system.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "“We deeply regret the harm done to Tatlow Creek,” the statement said.",
                "the company",
                "said",
                "",
            ),
            ("The mill employs 340 people.", "", "", "W"),
        ],
        [
            (
                "Roberta Alphonse-Paul, fisheries manager for the Tatlow Lake First Nation, said the creek had been one of the last places near town where coho still returned to spawn.",
                "Roberta Alphonse-Paul",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the nation's counts showed only 86 adult coho returned to the creek this fall, compared with more than 400 before the spill.",
                "Roberta Alphonse-Paul",
                "said",
                "W",
            )
        ],
        [
            ("“Our elders fished this creek.", "Roberta Alphonse-Paul", "said", ""),
            ("Our kids may never get to,” she said.", "Roberta Alphonse-Paul", "said", ""),
            ("“A fine doesn't put fish back in the water.”", "Roberta Alphonse-Paul", "said", ""),
        ],
        [
            (
                "Volunteers with the Tatlow Creek Stewardship Society have planted about 6,000 willow and cottonwood cuttings along the banks since the spill, said the society's president, Hamish Dufresne-Ottley.",
                "Hamish Dufresne-Ottley",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the group hoped some of the restoration money would pay for a fish counting fence.",
                "Hamish Dufresne-Ottley",
                "said",
                "",
            )
        ],
        [
            ("It is the largest fine for a fisheries offence in B.C. since 2020.", "", "", "W"),
            ("The company has 90 days to pay.", "", "", "W"),
            (
                "It must also pay for five years of water and fish monitoring on the creek.",
                "",
                "",
                "W",
            ),
        ],
        [("Get the Dispatch's morning newsletter", "", "", "B")],
        [
            (
                "Local news, weather and obituaries from the Cariboo, free in your inbox.",
                "",
                "",
                "B",
            ),
            ("You can unsubscribe at any time.", "", "", "B"),
        ],
        [("Email address", "", "", "B"), ("Subscribe", "", "", "B")],
        [("Tags: Environment, Fisheries, Tatlow Creek, Williams Lake, Courts", "", "", "B")],
        [
            (
                "Jaspreet Sandhu-Lachance covers the environment and Indigenous communities for the Dispatch.",
                "",
                "",
                "B",
            ),
            ("Reach her at jsandhu@caribooridge.ca.", "", "", "B"),
        ],
        [("We want to hear from you", "", "", "B")],
        [("Send a letter to the editor.", "", "", "B")],
        [("About us · Contact · Advertise · Privacy · Terms of use", "", "", "B")],
        [
            (
                "Copyright © 2027 Cariboo Ridge Dispatch, a division of Interior Local Media Ltd.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 11. England, local government, phone
        [("Menu", "", "", "B")],
        [("Wolds Gazette", "", "", "B")],
        [("Search", "", "", "B")],
        [("Get our free app for breaking news alerts →", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Car park charges to rise by 40p an hour in Horncastle and Louth", "", "", "W")],
        [
            (
                "Traders say the increase will drive shoppers to out-of-town supermarkets with free parking",
                "Traders",
                "say",
                "",
            )
        ],
        [("By Poppy Wainwright-Esh", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("13:02, 2 Feb 2027", "", "", "B")],
        [
            ("The Cornhill car park in Louth, one of 14 run by the council.", "", "", ""),
            ("Image: Wolds Gazette", "", "", "B"),
        ],
        [
            (
                "Parking in council-run car parks across East Lindsey's market towns will cost 40p an hour more from 1 April after councillors voted for the increase on Wednesday night.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The change was approved by 29 votes to 18, with three abstentions, at a meeting of the full council in Manby.",
                "",
                "",
                "W",
            ),
            (
                "An hour's parking in Louth and Horncastle will rise from £1.20 to £1.60, and a full day's parking from £5.50 to £7.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's cabinet had first proposed a 50p increase in November but reduced it after a consultation that drew 1,146 responses.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council leader Cllr Graham Tolliday-Brook said the increase would raise about £620,000 a year, which would go towards keeping the district's public toilets and leisure centres open.",
                "Graham Tolliday-Brook",
                "said",
                "W",
            )
        ],
        [
            (
                "He said charges had not gone up since 2019, while the cost of maintaining the car parks had risen by more than a third.",
                "Graham Tolliday-Brook",
                "said",
                "W",
            )
        ],
        [
            (
                "“Nobody likes paying more to park,” he told the meeting.",
                "Graham Tolliday-Brook",
                "told the meeting",
                "",
            ),
            (
                "“But the alternative is closing things people care about.”",
                "Graham Tolliday-Brook",
                "told the meeting",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Opposition group leader Cllr Sandra Keal-Fotheringham said the council had not asked a single trader about the plan.",
                "Sandra Keal-Fotheringham",
                "said",
                "W",
            )
        ],
        [
            (
                "“Why would anyone pay £7 to park in Louth when they can park for nothing at a supermarket four miles away?” she asked.",
                "Sandra Keal-Fotheringham",
                "asked",
                "",
            )
        ],
        [
            (
                "She said footfall in Horncastle's town centre had fallen by 11% since 2023, according to the town council's own counts.",
                "Sandra Keal-Fotheringham",
                "said",
                "W",
            )
        ],
        [
            (
                "Jo Ledgerwood-Pim, who runs a wool and haberdashery shop on St. Lawrence Street in Horncastle, said most of her customers were retired and came into town once a week.",
                "Jo Ledgerwood-Pim",
                "said",
                "",
            )
        ],
        [
            (
                "“They do their shopping, have a coffee, go to the bank.",
                "Jo Ledgerwood-Pim",
                "said",
                "",
            ),
            ("Now the bank's gone and the parking's going up.", "Jo Ledgerwood-Pim", "said", ""),
            ("What's left?” she said.", "Jo Ledgerwood-Pim", "said", ""),
        ],
        [
            (
                "A council spokesperson said the first 30 minutes in short-stay car parks would remain free, and blue badge holders would continue to park free of charge.",
                "A council spokesperson",
                "said",
                "W",
            )
        ],
        [
            (
                "The spokesperson said the Sunday rate of £1 for the whole day would not change.",
                "A council spokesperson",
                "said",
                "W",
            ),
            ("Season tickets will go up from £420 to £495 a year.", "", "", "W"),
        ],
        [("The new charges start at 8 a.m. on Thursday 1 April.", "", "", "W")],
        [("Have your say in the comments below", "", "", "B")],
        [("Comments (31)", "", "", "B")],
        [("Share", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Skegness pier arcade to reopen after fire", "", "", "B")],
        [("Woman, 84, scammed out of £9,000 by ‘bank’ caller", "", "", "B")],
        [("Spilsby bypass plans go on show next week", "", "", "B")],
        [("Follow us on Facebook", "", "", "B")],
        [("Privacy Notice  Cookie Settings  Terms  Contact", "", "", "B")],
        [
            ("© Wolds Gazette Media Ltd.", "", "", "B"),
            ("Registered in England No. 06122451.", "", "", "B"),
        ],
    ],
    [  # 12. Zambia, consumer prices, desktop
        [("ZAMBEZI MORNING STAR", "", "", "B")],
        [("Lusaka, Thursday, 8 July 2027 | ePaper | Subscribe | Advertise", "", "", "B")],
        [
            (
                "Home | National | Politics | Business | Sport | Provinces | Features | Letters",
                "",
                "",
                "B",
            )
        ],
        [("BUSINESS", "", "", "B")],
        [("Mealie meal hits K285 a bag as maize shortage bites", "", "", "W")],
        [("By CHILUFYA MWANSA-BANDA", "", "", "B")],
        [("8 July 2027", "", "", "B")],
        [
            (
                "The price of a 25kg bag of breakfast mealie meal has reached K285 in some Lusaka shops, up from K230 in April, as millers struggle to find maize after last season's poor harvest.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A family of five in Lusaka now needs K11,640 a month for basic food and non-food items, according to the monthly household basket survey by the Kafue Road Consumer Trust.",
                "the monthly household basket survey by the Kafue Road Consumer Trust",
                "according to",
                "W",
            ),
            ("That is K870 more than in June.", "", "", "W"),
        ],
        [
            (
                "The survey found that the prices of cooking oil, beans and kapenta had also risen, while the price of tomatoes had fallen by about a fifth.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At Soweto Market, traders said roller meal, the cheaper grade, was selling for between K215 and K240 a bag.",
                "traders",
                "said",
                "W",
            )
        ],
        [
            ("“Last year I sold 40 bags a week.", "Chanda Mulenga-Phiri", "said", "W"),
            (
                "Now it is 15, because people are buying 5kg and 10kg bags instead,” said Chanda Mulenga-Phiri, who has sold mealie meal at the market for 12 years.",
                "Chanda Mulenga-Phiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The customers are angry with me, but what can I do?",
                "Chanda Mulenga-Phiri",
                "said",
                "",
            ),
            ("I also buy from the millers at a higher price.”", "Chanda Mulenga-Phiri", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Grain Millers' Association of Zambia chairperson Mr Bwalya Kasonde-Lungu said millers were paying up to K590 for a 50kg bag of maize, compared with K350 a year ago.",
                "Bwalya Kasonde-Lungu",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the shortage was caused by the drought in the Southern and Western provinces, which cut the national maize crop by about 40%.",
                "Bwalya Kasonde-Lungu",
                "said",
                "W",
            )
        ],
        [
            (
                "“Millers are not making abnormal profits,” Kasonde-Lungu said.",
                "Bwalya Kasonde-Lungu",
                "said",
                "",
            ),
            (
                "“If the price of the grain comes down, the price of the meal will come down.”",
                "Bwalya Kasonde-Lungu",
                "said",
                "",
            ),
        ],
        [
            (
                "Minister of Commerce and Trade Mr Mutale Chisenga-Nkonde told Parliament on Tuesday that the government would release 50,000 tonnes of maize from the national reserve to millers at a subsidised price of K400 a bag.",
                "Mutale Chisenga-Nkonde",
                "told Parliament",
                "W",
            )
        ],
        [
            (
                "He said the reserve held about 310,000 tonnes, enough to last until the next harvest in April.",
                "Mutale Chisenga-Nkonde",
                "said",
                "W",
            ),
            (
                "Millers who buy from the reserve will be required to sell breakfast meal at no more than K230 a bag, he said.",
                "Mutale Chisenga-Nkonde",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will not allow anybody to profit from the suffering of our people,” the minister said.",
                "Mutale Chisenga-Nkonde",
                "said",
                "",
            )
        ],
        [
            (
                "Economist Dr Inonge Simwanza-Hachipuka of the University of Lusaka said the release would help in the short term but warned that prices were likely to stay high until the new crop came in.",
                "Inonge Simwanza-Hachipuka",
                "said",
                "",
            )
        ],
        [
            ("“The reserve can buy us time.", "Inonge Simwanza-Hachipuka", "said", ""),
            ("It cannot make it rain,” she said.", "Inonge Simwanza-Hachipuka", "said", ""),
        ],
        [
            (
                "Annual inflation rose to 14.8% in June from 13.9% in May, with food prices up 17.2%, according to figures released by the national statistics agency last week.",
                "figures released by the national statistics agency",
                "according to",
                "W",
            )
        ],
        [
            (
                "In Kitwe and Ndola, the same bag was selling for between K270 and K280 on Wednesday, traders there said.",
                "traders there",
                "said",
                "W",
            )
        ],
        [
            (
                "Some shops in Lusaka's Chilenje and Kabwata townships have begun limiting customers to two bags each.",
                "",
                "",
                "W",
            )
        ],
        [("Follow the Morning Star on WhatsApp for daily updates", "", "", "B")],
        [("RELATED ARTICLES", "", "", "B")],
        [("Fuel prices unchanged for July, says regulator", "", "", "B")],
        [("Kwacha steady against dollar as copper recovers", "", "", "B")],
        [("Share this story: Facebook · WhatsApp · X", "", "", "B")],
        [
            (
                "Zambezi Morning Star · Plot No. 1142, Cairo Road, Lusaka · Tel: +260 211 555 018",
                "",
                "",
                "B",
            )
        ],
        [("About us | Contact | Privacy policy | Terms of use", "", "", "B")],
        [
            ("© 2027 Zambezi Morning Star Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h87-my-sdn-bhd",
        "Copyright © 1998-2027 Kinta Herald Media Sdn. Bhd. (199701008812). All Rights Reserved.",
        [
            "Copyright © 1998-2027 Kinta Herald Media Sdn. Bhd. (199701008812).",
            "All Rights Reserved.",
        ],
    ),
    (
        "h87-my-rm-question",
        "“We did not walk out because we are against the people,” she said. “We walked out because families in Hilir Perak are still cleaning mud out of their houses. Is RM212mil enough for that?”",
        [
            "“We did not walk out because we are against the people,” she said.",
            "“We walked out because families in Hilir Perak are still cleaning mud out of their houses.",
            "Is RM212mil enough for that?”",
        ],
    ),
    (
        "h87-my-caption-credit",
        "Menteri Besar Datuk Seri Kamarul Azmi Sidek tabling the budget at the state assembly building in Ipoh on Nov 8. — Photo: ZAINUDDIN HARUN/The Kinta Herald",
        [
            "Menteri Besar Datuk Seri Kamarul Azmi Sidek tabling the budget at the state assembly building in Ipoh on Nov 8.",
            "— Photo: ZAINUDDIN HARUN/The Kinta Herald",
        ],
    ),
    (
        "h87-za-am-wednesday",
        "Provincial police spokesperson Lt-Col. Nozipho Gumede-Maphumulo said the suspects, aged 27, 31 and 44, were arrested at a house in KwaDabeka at about 2 a.m. on Wednesday. Two pistols, a rifle and R186,400 in cash were found at the house, she said.",
        [
            "Provincial police spokesperson Lt-Col. Nozipho Gumede-Maphumulo said the suspects, aged 27, 31 and 44, were arrested at a house in KwaDabeka at about 2 a.m. on Wednesday.",
            "Two pistols, a rifle and R186,400 in cash were found at the house, she said.",
        ],
    ),
    (
        "h87-za-he-asked",
        "Pinetown community policing forum chairperson Dumisani Khambule said residents were tired of hearing explosions on their way to work. “How many times must this happen before there are roadblocks on that road every morning?” he asked.",
        [
            "Pinetown community policing forum chairperson Dumisani Khambule said residents were tired of hearing explosions on their way to work.",
            "“How many times must this happen before there are roadblocks on that road every morning?” he asked.",
        ],
    ),
    (
        "h87-za-capt",
        "The three men are expected to appear in the Pinetown Magistrate's Court on Friday. Anyone with information can call the investigating officer, Capt. Lwazi Mthethwa-Pillay, on 031 555 0187.",
        [
            "The three men are expected to appear in the Pinetown Magistrate's Court on Friday.",
            "Anyone with information can call the investigating officer, Capt. Lwazi Mthethwa-Pillay, on 031 555 0187.",
        ],
    ),
    (
        "h87-za-pty-ltd",
        "© 2027 Umgeni Post Media (Pty) Ltd. All rights reserved.",
        ["© 2027 Umgeni Post Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "h87-ni-three-quotes",
        "“The staff are there. The theatres are there. What we do not have is beds on the wards to put people in afterwards,” she said.",
        [
            "“The staff are there.",
            "The theatres are there.",
            "What we do not have is beds on the wards to put people in afterwards,” she said.",
        ],
    ),
    (
        "h87-ng-mr-statement",
        "“This is a painful decision and not one we have taken lightly,” Mr. Babarinde-Coker said in a statement. “Our priority now is to treat every affected colleague fairly.”",
        [
            "“This is a painful decision and not one we have taken lightly,” Mr. Babarinde-Coker said in a statement.",
            "“Our priority now is to treat every affected colleague fairly.”",
        ],
    ),
    (
        "h87-ng-brewer-question",
        "“Some of these workers have spent 30 years in that brewery,” he said. “Where will a 55-year-old brewer find work in Ibadan today?”",
        [
            "“Some of these workers have spent 30 years in that brewery,” he said.",
            "“Where will a 55-year-old brewer find work in Ibadan today?”",
        ],
    ),
    (
        "h87-pk-pm-labourers",
        "It advised people to stay indoors between 11 a.m. and 4 p.m. Labourers and traffic police should take frequent breaks in the shade, it said.",
        [
            "It advised people to stay indoors between 11 a.m. and 4 p.m.",
            "Labourers and traffic police should take frequent breaks in the shade, it said.",
        ],
    ),
    (
        "h87-pk-rs-ice",
        "Shopkeepers said the price of a block of ice had risen from Rs. 32 a kilo to Rs. 120 in some markets.",
        [
            "Shopkeepers said the price of a block of ice had risen from Rs. 32 a kilo to Rs. 120 in some markets."
        ],
    ),
    (
        "h87-pk-am-in-quote",
        "“I have sold ice in Saddar for 20 years and I have never seen a queue like this before 9 a.m. People are buying it for their children, for their old parents,” said Muhammad Rafiq Tunio, who runs a cold-drinks stall near Empress Market.",
        [
            "“I have sold ice in Saddar for 20 years and I have never seen a queue like this before 9 a.m.",
            "People are buying it for their children, for their old parents,” said Muhammad Rafiq Tunio, who runs a cold-drinks stall near Empress Market.",
        ],
    ),
    (
        "h87-pk-dr-ward",
        "At the Civil Hospital's heatstroke ward, Dr. Humaira Siddiqui-Jatoi said 1,134 patients had been brought to the city's main public hospitals since Saturday, 212 of them on Tuesday alone. She said most were labourers, rickshaw drivers and elderly people living in rooms without fans.",
        [
            "At the Civil Hospital's heatstroke ward, Dr. Humaira Siddiqui-Jatoi said 1,134 patients had been brought to the city's main public hospitals since Saturday, 212 of them on Tuesday alone.",
            "She said most were labourers, rickshaw drivers and elderly people living in rooms without fans.",
        ],
    ),
    (
        "h87-ie-cllr-asked",
        "Cllr. Síle Ní Ghuairim (Ind) said people in the city had been “promised the moon and given a roundabout”. “How long are we supposed to sit on the Headford Road?” she asked. She said a journey of 5km from Knocknacarra to the city centre now regularly took more than 40 minutes at rush hour.",
        [
            "Cllr. Síle Ní Ghuairim (Ind) said people in the city had been “promised the moon and given a roundabout”.",
            "“How long are we supposed to sit on the Headford Road?” she asked.",
            "She said a journey of 5km from Knocknacarra to the city centre now regularly took more than 40 minutes at rush hour.",
        ],
    ),
    (
        "h87-ie-no-4",
        "Galway Bay Clarion Ltd, No. 4 Merchants Quay, Galway. Registered in Ireland.",
        ["Galway Bay Clarion Ltd, No. 4 Merchants Quay, Galway.", "Registered in Ireland."],
    ),
    (
        "h87-ie-footfall",
        "“Footfall on Shop Street was down 9% last year. We can't take another summer of diversions,” he said.",
        [
            "“Footfall on Shop Street was down 9% last year.",
            "We can't take another summer of diversions,” he said.",
        ],
    ),
    (
        "h87-in-std-rs",
        "At several schools in Baner, Aundh and Kharadi, annual fees for Std. VIII will now exceed Rs 1.18 lakh. On Sunday, about 300 parents gathered outside the office of the deputy director of education at Shivajinagar.",
        [
            "At several schools in Baner, Aundh and Kharadi, annual fees for Std. VIII will now exceed Rs 1.18 lakh.",
            "On Sunday, about 300 parents gathered outside the office of the deputy director of education at Shivajinagar.",
        ],
    ),
    (
        "h87-in-who-explains",
        "“We earn in rupees that go up by 5%, and the fees go up by 15%. Who is going to explain that to us?” she said. “Nobody from the committee would meet us. Not one person.”",
        [
            "“We earn in rupees that go up by 5%, and the fees go up by 15%.",
            "Who is going to explain that to us?” she said.",
            "“Nobody from the committee would meet us.",
            "Not one person.”",
        ],
    ),
    (
        "h87-in-initials",
        "Deputy director of education J.K. Pillai said schools were required to display the approved fee structure on their notice boards and websites by May 1. Parents who were charged more than the approved amount could complain to his office, he said.",
        [
            "Deputy director of education J.K. Pillai said schools were required to display the approved fee structure on their notice boards and websites by May 1.",
            "Parents who were charged more than the approved amount could complain to his office, he said.",
        ],
    ),
    (
        "h87-in-pvt-ltd",
        "Copyright © 2027 Mula-Mutha Publications Pvt. Ltd. All rights reserved.",
        ["Copyright © 2027 Mula-Mutha Publications Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "h87-jm-71st-min",
        "Highlanders captain Jermaine Spence-Walcott was sent off for a second yellow card in the 71st min. From then on the visitors barely left their own half.",
        [
            "Highlanders captain Jermaine Spence-Walcott was sent off for a second yellow card in the 71st min.",
            "From then on the visitors barely left their own half.",
        ],
    ),
    (
        "h87-jm-jr",
        "Highlanders had taken the lead in the 28th minute through Romario Gayle-Thompson, who headed in a corner from the right. Portmore equalised five minutes after the break when Delano Brissett Jr. turned in a low cross from the left.",
        [
            "Highlanders had taken the lead in the 28th minute through Romario Gayle-Thompson, who headed in a corner from the right.",
            "Portmore equalised five minutes after the break when Delano Brissett Jr. turned in a low cross from the left.",
        ],
    ),
    (
        "h87-jm-come-on",
        "“Two yellow cards for two fair tackles? Come on! Everybody in the stadium saw it,” McFarlane-Hinds said.",
        [
            "“Two yellow cards for two fair tackles?",
            "Come on!",
            "Everybody in the stadium saw it,” McFarlane-Hinds said.",
        ],
    ),
    (
        "h87-us-district-judge",
        "U.S. District Judge Harriet M. Okonkwo-Lutz also ordered Gary L. Brunnemeyer, 61, to pay back the full amount and to serve three years of supervised release after he leaves prison. Brunnemeyer pleaded guilty in September to one count of wire fraud.",
        [
            "U.S. District Judge Harriet M. Okonkwo-Lutz also ordered Gary L. Brunnemeyer, 61, to pay back the full amount and to serve three years of supervised release after he leaves prison.",
            "Brunnemeyer pleaded guilty in September to one count of wire fraud.",
        ],
    ),
    (
        "h87-us-case-no",
        "Brunnemeyer must report to prison by March 15. The case is United States v. Brunnemeyer, Case No. 2:26-cr-118, in the U.S. District Court for the Southern District of Ohio.",
        [
            "Brunnemeyer must report to prison by March 15.",
            "The case is United States v. Brunnemeyer, Case No. 2:26-cr-118, in the U.S. District Court for the Southern District of Ohio.",
        ],
    ),
    (
        "h87-ca-am-next-day",
        "According to an agreed statement of facts read in court, a pipe carrying effluent from the mill's secondary treatment pond failed on the night of July 29, 2025. About 1.9 million litres flowed into the creek before the pipe was shut off at 6:40 a.m. the next day.",
        [
            "According to an agreed statement of facts read in court, a pipe carrying effluent from the mill's secondary treatment pond failed on the night of July 29, 2025.",
            "About 1.9 million litres flowed into the creek before the pipe was shut off at 6:40 a.m. the next day.",
        ],
    ),
    (
        "h87-ca-bc",
        "It is the largest fine for a fisheries offence in B.C. since 2020. The company has 90 days to pay.",
        [
            "It is the largest fine for a fisheries offence in B.C. since 2020.",
            "The company has 90 days to pay.",
        ],
    ),
    (
        "h87-eng-st-am",
        "Jo Ledgerwood-Pim, who runs a wool and haberdashery shop on St. Lawrence Street in Horncastle, said most of her customers were retired and came into town once a week. The new charges start at 8 a.m. on Thursday 1 April.",
        [
            "Jo Ledgerwood-Pim, who runs a wool and haberdashery shop on St. Lawrence Street in Horncastle, said most of her customers were retired and came into town once a week.",
            "The new charges start at 8 a.m. on Thursday 1 April.",
        ],
    ),
    (
        "h87-zm-what-can-i-do",
        "“The customers are angry with me, but what can I do? I also buy from the millers at a higher price.”",
        [
            "“The customers are angry with me, but what can I do?",
            "I also buy from the millers at a higher price.”",
        ],
    ),
]
