"""Hundred-and-thirty-seventh set of new hand-labelled pages for the hint engines (tuning set, round fifty-two):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of site whose
page FURNITURE is hard to tell from STORY at the head, in the middle of the story and at the tail,
each site wording its furniture its own way. The pages: a Canadian regional TV station's site
(a rural emergency department to close overnight for 11 weeks; weather widget, video player strip,
"WATCH |" links); an Irish county newspaper (48 social homes approved in Ballinrobe despite 112
objections; a metered paywall prompt pasted mid-story); an Australian state government media
release portal (a $38.6 million package for 23 Gippsland bridges; "Quotes attributable to" lines,
numbered "Notes to editors", media contact); an Indian business daily (a Pune auto-parts maker's Q4
profit up 27.4%; ticker, "ALSO READ |" lines, stock widget, disclaimer); a Kenyan daily pasted from
a phone (water hyacinth grounds Kisumu ferries; bottom navigation, WhatsApp-channel prompt); a New
Zealand public broadcaster (State Highway 35 reopens after 14 months; a key-points box before the
story, a listen player); a United States nonprofit newsroom (wells going dry in an Arizona valley;
funding and donor lines, a republish box, an in-story donor disclosure); an English football
club's own site (a 1,450-seat stand approved; sponsor strips, membership and ticket ads, a fixtures
widget); a Singapore English daily (a hawker centre reopens with one stall in four re-let;
subscriber-only label, gift-this-article prompts); a South African magazine long read (a Karoo
village's failing spring; pull quote, section dividers, author bio); a Philippine news portal
(a P1.24-billion flood-pump loan in Iloilo City; inline "READ:" links, "Advertisement"); and a
Scottish local newsletter's web view (a bus route halved; sections headed in capitals, a sponsor
block, listings).

What is hard is the border between furniture and story, both ways. Furniture that reads like
story: headline-like related links with no label ("Mayo housing list falls below 2,000 for first
time in a decade") or with one whose headline ends in a source ("ALSO READ | ..., industry body
says", "READ: ... — city hall", "WATCH | Paramedics say ..."), sentence-like pitches and ads ("Get
the week's Mayo news in your inbox every Wednesday morning, ...", "Stay ahead of the news.", "Give
$10 and the Verlaine match makes it $20 ...", "E-bike hire from £38 a day, ..."), prompts that
hold figures ("You have read 2 of your 3 free articles this month.", "You have 4 gifts left this
month."), caption-like credits ("Photo courtesy of the Quijada-Horne family", "(File photo courtesy
of the ... Office)", "Picture sent in by ..."), a pull quote that repeats a sentence before the text
reaches it, funding and donor-policy lines, a republish box, an author bio with a record in it, a
"4." note that only offers photographs, an Acknowledgement of Country and a closed-captioning
sentence. Story that reads like furniture: one-line story paragraphs ("Most were about traffic.",
"He needed two stents.", "The last harvester broke down in 2024.", "Not everyone wants it.",
"Residents remain wary.", "Traders are not happy."), subheads inside the story ("Traffic at the
school gate", "What management said", "What analysts say", "The long way round", "Who pays",
"Trays and tables"), a key-points box, numbered notes to editors that state records, an in-story
donor disclosure, fixture rows and what's-on listings, and quotes laid out under a "Quotes
attributable to ...:" line with no verb of saying. And where sentences end in furniture as in
story: copyright lines split at "Inc.", "Pvt. Ltd.", "Corp." and "Ltd." before "All rights
reserved." or "Registered in England No. 04127785." (while "No." does not end one) and a line split
three ways at "Ltd." and "Co. Regn. No. 198405123K."; "Already a subscriber?" / "Log in"; "Got a
story?" before an email; "N.B." and "Sept. 2" inside a dateline lead; "Dr." and "Engr." before
names; "Whisky Galore!" inside a listing; "“Pila na ka tuig?" / "How many more years?” she asked."
split at a question before a capital, against "“What are we supposed to do, ...?” she asked." kept
whole; a question quote with no attribution after it; times and decimals ("8.30am", "17.40",
"7.45pm", "₹1,284.50", "3.4 feet") and headlines and standfirsts of two sentences, never split.

The pages hold 520 sentences: 239 "B", 151 "W" and 130 ""; 153 sentences carry a speaker
(80 distinct speakers). `STYLES` describes each page, its story, its labels and its furniture
in order; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings, `STYLES`, page and sentence
counts, the first page's first fifteen sentences and the first two cases of `labelled_new135.py`
and `labelled_new136.py`. Coined names were checked with file counts of `grep -rl` over
`tests/text`, and the ones that hit (a TV station's call sign, a broadcaster, a football club, a
Singapore daily, an auto-parts firm, a brokerage, a ferry operator, a media group, a bluff, and the
surnames of a mayor, a reporter, a residents' spokesperson, a regional manager, a county spokesman,
a club manager, an association chairman, a photographer and a vendor, and a few given names
and parts of double-barrelled surnames) were renamed.

Every person, outlet, station, broadcaster, newsroom, club, firm, brokerage, fund, foundation,
institute, association, newsletter, sponsor, study, report and figure is invented. Real countries,
provinces, states, counties, cities, towns, villages, roads, rivers and institutions appear only as
settings, with invented statements and figures: Sussex, Sussex Corner, Moncton, Saint John and
Fredericton in New Brunswick; Ballinrobe, Claremorris, the N17 and Mayo County Council; Gippsland,
Traralgon South, Yinnar, Boolarra, Mirboo North, the Latrobe Valley, the South Gippsland Highway,
Regional Roads Victoria and the Commonwealth; Pune, Chakan, the BSE, the Sensex and the Nifty;
Kisumu, Mbita, Homa Bay, Katito, Dunga, Winam Gulf, Lake Victoria, Kisumu Town East and the Kenya
Marine and Fisheries Research Institute; Tairāwhiti, Tokomaru Bay, Te Araroa, Tolaga Bay, Ruatōria,
State Highway 35 and the NZ Transport Agency; the Sulphur Springs Valley, Willcox, Kansas
Settlement, Cochise County, Tucson and the Arizona Department of Water Resources; Clitheroe,
Chatburn Road, Whalley, Downham and Ribble Valley Borough Council; Bedok and the National
Environment Agency; Nieu-Bethesda, the Sneeuberg, Pienaarsig, the Dr Beyers Naudé Local
Municipality, Makhanda, Cape Town and Graaff-Reinet; Iloilo City, Jaro, La Paz, Mandurriao, Lapuz,
Jalandoni Street and the Sangguniang Panlungsod; Callander, Doune, Deanston, Kilmahog, Stirling,
Stirling Council, Balkerach Street and Callander Community Council. "Whisky Galore!" is named only
as a film in a listing.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, widget, menu, section path, byline, date line, share line,
caption, credit, link, ad, prompt, note, list item, fixture row, listing and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never with a
speaker, and split where a reviewer would split it; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content, a "says" in them carrying the source
as the story first gives it ("Residents", "fisheries officials", "Locals" kept as written); a
dateline belongs to its lead sentence; a person is named in full as first given, without titles or
roles ("Dr.", "Cllr", "Mr", "Ms", "Madam", "Engr.", "Councilor", "Mayor", "Chairman", "Managing
Director" dropped) and a pronoun or surname ("Ms Were said") resolves to that name; "according to
X" gives X as written; a generic noun for a body is kept as written ("the network", "the agency",
"the company", "the club", "the council", "The municipality"), while "it said" and an acronym ("NEA
said") resolve to the body as first named; a quote over several sentences carries its speaker and
cue in each; an act without a verb of saying carries no speaker (a brokerage that "kept its ‘buy’
rating"); a page's own voice (a release, a club's news item, a newsletter) carries no speaker.

Conventions this set had to settle, in the same spirit:

* A subhead inside the story is article text, not furniture: "" (none here states a checkable
  fact; one that did would be read by content like a headline), whatever verb it holds ("What
  analysts say"). Headings that belong to the site or the format are furniture "B": a newsletter's
  sections headed in capitals, the "Key points" box label, a "FIXTURES" widget title, "Notes to
  editors", "MORE LOCAL NEWS", "Related stories". The line test: would the heading be there whatever
  the story was? Then it is furniture.
* A key-points box before the story is part of the story (an editor's summary, like a standfirst):
  its bullets are read by content, with the bullet kept in the sentence and "Locals say" carrying
  "Locals".
* A pull quote repeats a sentence the story carries: "B" with no speaker, so that the claim is
  labelled once, where the text gives it with its attribution. Section dividers ("◆") are "B".
* In a media release, a "Quotes attributable to Minister ...:" line is "B" (like the line that
  introduces a transcript), and each quote under it carries the minister, named in full, with
  "Quotes attributable to" as cue. Numbered "Notes to editors" are read by content with the number
  kept in the sentence (a reviewer would not split "1." off); a note that only offers photographs,
  and the media-contact lines, are "B".
* A funding note, a donor-policy line and a republish box are "B" (funding notes, as in
  `labelled_new.py`); a donor named inside the story as a fact ("The study was paid for by the
  Verlaine Family Foundation, which is also a donor to The Arroyo Report.") is story, "W".
* Paywall meters, subscriber-only labels and gift prompts are "B" even mid-story and even with a
  figure in them; the story after them is labelled as story.
* A video player strip and its running time are "B" and the video's caption is read like a photo
  caption (as in `labelled_new2.py`); "WATCH | ..." links to other videos are related links, "B".
* Ads and sponsor blocks (membership and ticket ads, a sponsor strip, a newsletter's sponsor
  paragraph) are "B" however sentence-like; fixture rows and a newsletter's what's-on listings are
  "" data lines, like the sport data lines of `labelled_new2.py`; a newsletter's greeting and
  sign-off are "B".
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

# fmt: off
STYLES = [
    "Canadian REGIONAL TV STATION site (southeast New Brunswick), desktop browser paste, a RURAL ER CLOSURE: a town's emergency department to close overnight for 11 weeks. Head: station masthead, menu with wide spaces, a WEATHER WIDGET with three cities, a sentence-like \"Watch ... live in the app\" promo and a section path with › (all \"B\"); headline of record \"W\"; standfirst \"Health network says ...\" carrying the network as the lead names it \"W\"; the VIDEO PLAYER strip (\"▶  Now playing  ·  2:41\") \"B\", the video's caption \"\" (a scene, read like a photo caption) and its credit \"B\"; byline name, role line, Published and Last Updated lines and share strip \"B\". Body: \"SUSSEX, N.B. —\" dateline inside the lead of record with \"Sept. 2\" mid-sentence, carrying the network \"W\"; two one-line story paragraphs that look like furniture but are story of record (\"The announcement came with 11 days' notice.\", \"He needed two stents.\") \"W\"; \"the network said\" kept as written \"W\"; two mid-story \"WATCH | ... (1:58)\" links \"B\" (related videos, headline-like, whatever they say, never a speaker); a vice-president with \"Dr.\" dropped \"W\" and her quote over three sentences \"\"; a farmer's record \"W\", her feeling \"\" and her question with \"she asked\" (one sentence) \"\"; the mayor's plan \"\" and his record \"W\"; \"According to network figures\" \"W\"; the ambulance service \"said in an email\" (a plan) \"\"; the minister's statement \"\" and his figure \"W\"; a scheduled reopening \"\". Tail: \"With files from\", \"Report an error\", a MORE LOCAL NEWS list of headline-like links, a closed-captioning sentence and copyright split at \"Inc.\" before \"All rights reserved.\" (all \"B\").",
    "Irish COUNTY NEWSPAPER site (Co. Mayo), desktop browser paste, a COUNCIL HOUSING VOTE: 48 social homes approved despite 112 objections, with a METERED PAYWALL prompt pasted in the middle of the story. Head: masthead in capitals, menu, a date strip and a section path with › (all \"B\"); headline of record \"W\"; standfirst \"Residents say ...; council says ...\" carrying \"Residents\" as written \"\" (two forecasts); byline name alone and date line \"B\"; a caption stating what the scheme holds \"W\" and the architects' image credit \"B\". Body: the vote and the submissions \"W\" with no speaker; one-line \"Most were about traffic.\" \"W\"; \"according to the school's board of management\" \"W\"; two in-story subheads (\"Traffic at the school gate\", \"Waiting list\") \"\" as article text; a councillor with \"Cllr\" dropped (view \"\", \"two near-misses\" record \"W\"); the paywall lines (\"You have read 2 of your 3 free articles this month.\", the subscribe offer, the button, \"Already a subscriber?\" / \"Log in\" split at the \"?\") \"B\" although the story resumes after them; an engineer who \"told the meeting\" a plan \"\" and \"He said\" a traffic count with \"8.30am and 9.15am\" \"W\"; an UNLABELLED related link that reads like a headline of record (\"Mayo housing list falls below 2,000 ...\") \"B\"; the director of services' list figures \"W\", her quotes \"\" and the build time \"\"; the proposer's quote \"\" and record \"W\"; the residents' spokesperson's plan and two-sentence quote \"\". Tail: tags, a sentence-like newsletter pitch, \"Sign up\", a Most Read list and copyright (all \"B\").",
    "Australian STATE GOVERNMENT MEDIA RELEASE portal (Victoria), desktop browser paste, a JOINT MEDIA RELEASE: $38.6 million to rebuild 23 flood-damaged Gippsland bridges. Head: portal name, menu with pipes, breadcrumb, \"Joint media release\", the two ministers' name lines and title lines (read as a byline) and the date line (all \"B\"); headline of record \"W\". Body: the release's own voice carries no speaker: funding, closures, detours, traffic and consultation records \"W\", the start dates and the roads agency's plan \"\"; two \"Quotes attributable to Minister ...:\" lines \"B\" (like a note introducing a transcript), each following quote paragraph carrying that minister with \"Quotes attributable to\" as cue (records with figures \"W\", promises and views \"\"); the \"Notes to editors\" heading \"B\" and its numbered notes read by content with the number kept in the sentence (the \"1.\" and \"2.\" background records \"W\", the \"3.\" detour pledge \"\", the \"4.\" photographs-on-request line \"B\" as logistics); media contact and after-hours lines \"B\". Tail: tags, a related-releases list, an email-subscription line, an Acknowledgement of Country, footer links and \"Back to top\" (all \"B\").",
    "Indian BUSINESS DAILY site (Mumbai), desktop browser paste, QUARTERLY RESULTS: a Pune auto-parts maker's Q4 profit up 27.4% to ₹186.3 crore. Head: masthead in capitals, menu with pipes, a markets TICKER (Sensex, Nifty, rupee, gold) and a breadcrumb with slashes (all \"B\"); headline and standfirst of record \"W\"; \"Written by\" byline, \"Updated:\" line in IST and read time \"B\". Body: the lead with \"Ltd.\" mid-sentence and \"according to an exchange filing\" \"W\"; revenue, margin, full-year, share-price, export-mix (\"the company said\"), other-income and dividend records \"W\"; two \"ALSO READ | ...\" lines \"B\" although one ends \"industry body says\" and the other \": report\" (furniture never carries a speaker); an in-story stock-quote widget line \"B\"; the subheads \"What management said\" and \"What analysts say\" \"\" (article text, whatever verb they hold); the managing director's order book \"told analysts on an earnings call\" \"W\", his forecast, capex plan and \"added\" remark \"\"; a brokerage's rating and target \"\" with no speaker (an act, not a saying); an analyst who \"wrote in a note\" \"\"; shareholding \"according to shareholding data on the BSE\" \"W\"; a fund's head of research on valuation \"\". Tail: \"(With inputs from agencies)\", a two-sentence DISCLAIMER, an app pitch, a download line, topics, a \"First Published:\" line, a MORE FROM COMPANIES list and copyright split after \"Pvt. Ltd.\" (all \"B\").",
    "Kenyan DAILY's counties page (Kisumu), PHONE BROWSER paste, WATER HYACINTH grounds Lake Victoria ferries. Head: a hamburger line with the masthead and \"Subscribe\" and a section label in capitals (all \"B\"); headline of record \"W\"; standfirst \"..., fisheries officials say\" carrying them \"W\"; byline, date line and share strip \"B\"; a photo caption \"\" (a scene) and its \"Photo |\" credit \"B\". Body: the grounding \"W\"; \"according to the county fisheries department\" \"W\"; a scene line \"\"; \"fishermen said\" \"W\"; a beach leader named after his quote with \"Mr\" dropped, three sentences of first-person record \"W\", and his head count \"W\"; a \"SEE ALSO:\" link \"B\"; the county executive with \"Ms\" dropped (hiring and budget \"W\", \"Ms Were said\" resolving to her full name; a harvester promise and a \"first aid\" quote \"\"); one-line \"The last harvester broke down in 2024.\" \"W\"; the ferry firm's losses \"W\"; \"according to port staff\" \"W\"; a travel-time comparison \"W\"; a trader named after \"We are tired\" \"\"; an \"Advertisement\" line \"B\"; scientists' causal finding kept as written with their institute \"W\" and \"The institute has recommended\" \"\"; an MP's plan \"\". Tail: a two-sentence WHATSAPP-CHANNEL prompt, \"Join our channel\", a Related list, tags, a comment count, the phone's BOTTOM NAVIGATION bar and copyright split before \"All rights reserved.\" (all \"B\").",
    "New Zealand PUBLIC BROADCASTER site (Tairāwhiti), desktop browser paste, a ROAD REOPENING: State Highway 35 reopens after 14 months and $31.8 million. Head: masthead, menu and a section path with a slash (all \"B\"); headline of record \"W\"; the LISTEN PLAYER line \"B\"; a KEY POINTS box BEFORE the story: its \"Key points\" heading \"B\" (a box label) and its three bullets read by content as a summary of the story (records \"W\"; \"Locals say ...\" carrying \"Locals\" \"W\"); byline with role, time-first date line and \"Share this\" \"B\"; a caption of record \"W\" and its credit \"B\". Body: lead of record \"W\"; \"The NZ Transport Agency said\" and then \"the agency said\" kept as written \"W\", and a speed-limit plan \"\"; the subheads \"The long way round\" and \"What went wrong\" \"\" (article text); the detour record \"W\"; a one-line story paragraph \"For some, it was more than that.\" \"\"; a shop owner's takings record \"W\", her three-sentence quote \"\" and the petrol station's closure \"W\"; \"according to council figures\" \"W\"; an inline \"Read more:\" link \"B\"; the agency's regional manager \"told Ararau\" a causal claim \"W\", his quote \"\" and a repair count \"W\"; the mayor's push and her quote \"\" (an opinion holding \"5000 people\"). Tail: topics, copyright, an app pitch and a Related stories list (all \"B\").",
    "United States NONPROFIT NEWSROOM (southern Arizona), desktop browser paste, GROUNDWATER: wells going dry and a new study that says why. Head: masthead, a tagline, menu and a section label (all \"B\"); a two-sentence headline and a two-sentence standfirst, never split, both \"W\"; byline, date and a \"Republish this story\" button \"B\"; a caption \"\" and a \"Photo by ... for The Arroyo Report\" credit \"B\". Body: \"WILLCOX —\" lead with \"according to a study published this month by ...\" \"W\"; \"The study found\" and \"the study found\" kept as written \"W\"; a one-line record \"The Quijada-Hornes' well was one of them.\" \"W\"; a homeowner's cost record \"W\", her quote \"\" and a question with no attribution after it (its own sentence) \"\"; a second caption of record \"W\" with a CAPTION-LIKE CREDIT \"Photo courtesy of the ... family\" \"B\"; subheads \"Deeper and deeper\" and \"Who pays\" \"\"; the researchers' method \"W\"; the lead author \"W\" and her view \"\"; the in-story DONOR DISCLOSURE (\"The study was paid for by the Verlaine Family Foundation, which is also a donor to The Arroyo Report.\") \"W\", a statement of record inside the story, not furniture; a \"Related:\" link \"B\"; farms that \"did not respond to requests for comment\" and a state agency spokesperson \"\"; the county fund \"according to county records\" and a spokesman's count \"W\", his quote \"\"; the homeowner's place in line \"W\" and \"She has not heard back.\" \"\". Tail: the series FUNDING NOTE, the two-sentence \"nonprofit newsroom ... donors ... no say\" lines, the REPUBLISH BOX (title, two sentences, copy button), a sentence-like donation pitch with a match, \"Donate now\" and copyright split before \"Powered by readers like you.\" (all \"B\").",
    "English FOOTBALL CLUB's official site (Ribble Valley, Lancashire), desktop browser paste, a STADIUM PLAN: a 1,450-seat North Stand approved. Head: club name, a SPONSOR STRIP of partners, menu and breadcrumb (all \"B\"); headline of record \"W\"; date, \"By Club Media\" and \"Share\" \"B\". Body: the club's own voice carries no speaker (\"can confirm ...\" \"W\"); the start and opening dates \"\" (plans); a one-line \"It has been a long time coming.\" \"\"; funding, attendance, season-ticket prices, the parking condition, the objections, the facilities and the contractor \"W\"; the chairman's colon quote in single quotes over two sentences \"\"; a MEMBERSHIPS ad in two sentences and a TICKETS ad line with prices \"B\" (ads, however sentence-like); subheads \"Season tickets\" and \"Matchday parking\" \"\"; \"the club said\" \"W\" and the club's thanks \"\"; the chief executive's record \"W\" and her two-sentence quote \"\"; the manager's colon quote (a record \"W\", then \"\"). FIXTURES widget: its title \"B\", the three fixture rows \"\" (sport data lines, as in `labelled_new2.py`), \"Buy tickets\" and \"View all fixtures\" \"B\". Tail: the \"Official Partners\" title and partner strip, the company line split at \"Ltd.\" before \"Registered in England No. 04127785.\" and footer links (all \"B\").",
    "Singapore ENGLISH DAILY site, desktop browser paste, a SUBSCRIBER-ONLY story: a Bedok hawker centre reopens after a 10-month revamp with one stall in four under new tenants. Head: masthead in capitals, menu, section label and the \"SUBSCRIBER ONLY\" label (all \"B\"); headline of record \"W\"; the \"Gift this article\" button, byline, role, Updated and Published lines \"B\"; a caption of record naming a stallholder \"W\" and its photo credit in capitals \"B\". Body: \"SINGAPORE –\" lead \"W\"; \"the National Environment Agency (NEA) said\" carrying the agency's name, then \"it said\" and \"NEA said\" resolved to it \"W\"; one-line \"The centre was last upgraded in 2006.\" \"W\"; a stallholder with \"Madam\" dropped (record \"W\"), \"she said in Mandarin\" \"\" and her rent \"W\"; the two-sentence GIFT PROMPT (\"Gift this subscriber-only article to anyone.\" / \"You have 4 gifts left this month.\") \"B\" though the second holds a figure; subheads \"Higher rents, new faces\" and \"Trays and tables\" \"\"; \"according to figures the agency provided to The Merlion Courier\" \"W\"; a new tenant with \"Mr\" dropped \"W\" and his three-sentence quote (\"\", \"\", then \"20 people long\" \"W\"); a follow-the-topic prompt \"B\"; a retiree's price quote named after it \"W\"; the association chairman's record \"W\" and his \"still working out\" \"\". Tail: a Telegram pitch, an author-bio sentence, topics, a MORE ON THIS TOPIC list and a copyright line split into three at \"Ltd.\" and after \"Co. Regn. No. 198405123K.\" (all \"B\").",
    "South African MAGAZINE LONG READ (the Karoo, Eastern Cape), desktop browser paste: a village's spring is failing and a borehole divides it. Head: masthead in capitals, menu and a \"LONG READ\" label (all \"B\"); a title with no claim \"\"; a two-sentence standfirst, never split, \"W\"; the words-and-photographs credit line and the date-and-read-time line \"B\"; a scene caption \"\" and its photograph credit \"B\". Body: present-tense feature: scene-setting \"\", the water schedule and a household's slot \"W\"; quotes with \"she says\"/\"he says\" (memories and views \"\"); subheads \"A falling flow\", \"The borehole\" and \"What the water is worth\" \"\" (article text); \"Measurements ... show\" carrying the measurements as written \"W\"; the ledger record \"W\"; SECTION DIVIDERS \"◆\" \"B\"; the municipality (\"Dr\" without a point, part of its name) and its borehole \"W\", \"The municipality says\" \"W\"; one-line \"Not everyone wants it.\" \"\"; the petition \"W\"; a PULL QUOTE repeating a quote before the text reaches it \"B\" with no speaker; the organiser's fear and two-sentence quote \"\"; a report that \"found\" \"W\"; one-line \"The monitoring has not started.\" \"W\"; a spokesperson's record \"W\"; the closing scene \"\" and a three-sentence quote \"\". Tail: the two-sentence AUTHOR BIO (a record of a book, still furniture), a first-appeared note, \"You might also like\" with one link and copyright (all \"B\").",
    "Philippine NEWS PORTAL (Iloilo City), desktop browser paste, a CITY COUNCIL LOAN: P1.24 billion for six flood pumping stations. Head: masthead in capitals, menu with pipes, a TRENDING strip and a section label (all \"B\"); headline of record \"W\"; byline, date line, updated line and share strip \"B\"; a caption of record \"W\" and a caption-like credit in brackets (\"File photo courtesy of ...\") \"B\". Body: \"ILOILO CITY —\" lead \"W\"; \"according to the ordinance\" \"W\"; the vote \"W\"; three inline \"READ: ...\" links \"B\" (headline-like, one ending \"— city hall\"); \"Data from ... show\" \"W\"; the office head with \"Engr.\" dropped (a causal claim \"W\", a quote \"\"); the mayor's promise \"\", her quote split at a full stop with \"said in a mix of Hiligaynon and English\" as cue, and her funding record \"the mayor said\" \"W\"; two \"Advertisement\" lines \"B\"; the lone dissenter with \"Councilor\" dropped (a debt forecast \"\", a quote \"told the Pulse\" \"\", a pump record \"W\"); the city engineer's office \"W\"; one-line \"Residents remain wary.\" \"\"; a vendor's flood record \"W\" and her Hiligaynon question followed by its English question with \"she asked\" (split: a question mark before a capital ends a sentence) \"\"; the reporting duty \"W\" and the bidding plan \"\". Tail: \"With a report from\", a follow pitch, tags and copyright split at \"Corp.\" before \"All Rights Reserved.\" (all \"B\").",
    "Scottish LOCAL NEWSLETTER's web view (Callander and the Teith villages), a weekly email opened in the browser: a bus route cut, car park charges and listings. Head: a web-version line, the newsletter's name in capitals, the issue line and a two-sentence greeting (all \"B\"); SECTIONS HEADED IN CAPITALS (\"THE BIG STORY\", \"FROM OUR SPONSOR\", \"COUNCIL CORNER\", \"WHAT'S ON\", \"ONE LAST THING\") \"B\" as newsletter furniture, while each item's own headline is read by content (\"Number 59 bus ...\" and \"Doune car park charges approved\" \"W\"). Body: the cut and its subsidy \"W\", \"Operator Trossachs Coaches confirmed\" \"W\", 24-hour times (\"17.40\", \"22.15\", \"17.05\", \"18.20\") mid-sentence, the route's history \"W\"; the managing director's figures \"W\" and two-sentence quote (\"\" then a causal \"W\"); \"A council spokesperson said\" \"W\"; one-line \"It isn't only commuters who will notice.\" \"\"; the pupils' runs \"W\"; the community council chair's meeting plan and quote \"\". The SPONSOR BLOCK's three sentences \"B\" (an ad written like copy). The car park vote \"W\", \"the council said\" (a plan) \"\", one-line \"Traders are not happy.\" \"\" and a deli owner named after her quote \"\". WHAT'S ON listings \"\" as data lines (like fixture rows), \"Whisky Galore!\" inside a sentence. The heron item \"\" and its caption-like credit \"Picture sent in by ...\" \"B\". Tail: sign-off, \"Got a story?\" with an email, the signed-up line, unsubscribe strip and postal address (all \"B\").",
]

ARTICLES = [
    # 1. Canadian REGIONAL TV STATION site (southeast New Brunswick)
    [
        [("SHOREWAVE 10 NEWS", "", "", "B")],
        [("Live    Newscasts    Local    Weather    Traffic    Contests    Sign in", "", "", "B")],
        [("Moncton 14°C Cloudy  ·  Saint John 11°C Fog  ·  Fredericton 17°C Sunny  ·  Full forecast ›", "", "", "B")],
        [("Watch Shorewave 10 News at Six live in the app, weeknights at 6 p.m. AT", "", "", "B")],
        [("LOCAL  ›  SOUTHEAST N.B.", "", "", "B")],
        [("Sussex ER to close overnight for 11 weeks this summer", "", "", "W")],
        [("Health network says it can't fill 10 of 14 weekly overnight doctor shifts; nearest overnight ER is 73 km away", "Petitcodiac Health Network", "says", "W")],
        [("▶  Now playing  ·  2:41", "", "", "B")],
        [("Residents gathered outside the Sussex Health Centre on Monday evening after the closure was announced.", "", "", "")],
        [("Video: Carys Mallory-Dunn and Luc Brault-Vair, Shorewave 10 News", "", "", "B")],
        [("Carys Mallory-Dunn", "", "", "B")],
        [("Shorewave 10 News Reporter", "", "", "B")],
        [("Published Monday, June 7, 2027 6:02 p.m. ADT", "", "", "B")],
        [("Last Updated Monday, June 7, 2027 9:48 p.m. ADT", "", "", "B")],
        [("Share    Facebook    X    Reddit    Email", "", "", "B")],
        [
            ("SUSSEX, N.B. — The emergency department at the Sussex Health Centre will close every night from 8 p.m. to 8 a.m. between June 18 and Sept. 2, the Petitcodiac Health Network said Monday.", "Petitcodiac Health Network", "said", "W"),
            ("It is the third summer in a row that the department has cut its overnight hours, and the longest closure so far.", "", "", "W"),
        ],
        [("The announcement came with 11 days' notice.", "", "", "W")],
        [("Patients who need emergency care overnight will be sent to hospitals in Moncton or Saint John, both more than 70 kilometres away, the network said.", "the network", "said", "W")],
        [("WATCH | Paramedics say rural ER closures are stretching ambulances thin  (1:58)", "", "", "B")],
        [("Dr. Imogen Treharne-Lusk, the network's vice-president of medical affairs, said the department needs 14 overnight physician shifts a week and has doctors for four of them.", "Imogen Treharne-Lusk", "said", "W")],
        [
            ("“We did everything we could to avoid this,” she said.", "Imogen Treharne-Lusk", "said", ""),
            ("“We called every locum agency in Atlantic Canada.", "Imogen Treharne-Lusk", "said", ""),
            ("We are still calling.”", "Imogen Treharne-Lusk", "said", ""),
        ],
        [("She said a rotation of three doctors from Moncton covered most nights last summer, but two of them have since retired.", "Imogen Treharne-Lusk", "said", "W")],
        [("Marlene Gaudet-Sweeney, who farms with her husband near Sussex Corner, said she drove him to Moncton at 2 a.m. last August when he had chest pains.", "Marlene Gaudet-Sweeney", "said", "W")],
        [
            ("“Forty-five minutes, and you're watching him breathe the whole way,” she said.", "Marlene Gaudet-Sweeney", "said", ""),
            ("“What are we supposed to do, plan our heart attacks for the daytime?” she asked.", "Marlene Gaudet-Sweeney", "asked", ""),
        ],
        [("He needed two stents.", "", "", "W")],
        [("WATCH | Where to get care this summer: walk-in clinics, virtual care and 811  (3:12)", "", "", "B")],
        [
            ("Sussex Mayor Declan Savoie-Rix said the town council will write to the health minister this week asking for the decision to be reversed.", "Declan Savoie-Rix", "said", ""),
            ("He said the town offered in March to pay for a furnished house for visiting doctors and has not had a reply.", "Declan Savoie-Rix", "said", "W"),
        ],
        [("According to network figures, the Sussex department saw an average of nine patients a night between 8 p.m. and 8 a.m. last year, about a third of them arriving by ambulance.", "network figures", "according to", "W")],
        [("The provincial ambulance service said in an email that it would station one extra ambulance in Sussex overnight during the closure.", "The provincial ambulance service", "said in an email", "")],
        [
            ("In a statement, Health Minister Raymond Gallant-Moore said rural recruitment is “the department's first priority.”", "Raymond Gallant-Moore", "said", ""),
            ("The province has signed 41 new family physicians since January, he said.", "Raymond Gallant-Moore", "said", "W"),
        ],
        [("Overnight service is scheduled to resume on the night of Sept. 3.", "", "", "")],
        [("With files from Luc Brault-Vair", "", "", "B")],
        [("Report an error", "", "", "B")],
        [("MORE LOCAL NEWS", "", "", "B")],
        [("Moncton council approves bike lanes for Mountain Road after two-hour debate", "", "", "B")],
        [("Saint John port expects record cruise season with 94 ship calls", "", "", "B")],
        [("Closed captioning is available for every Shorewave 10 News video.", "", "", "B")],
        [
            ("© 2027 Shorewave Broadcasting Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 2. Irish COUNTY NEWSPAPER site (Co. Mayo)
    [
        [("THE MAYO WARDEN", "", "", "B")],
        [("News   Sport   GAA   Community   Farming   Property   Notices   Subscribe", "", "", "B")],
        [("Wednesday, 9 June 2027", "", "", "B")],
        [("News › Ballinrobe", "", "", "B")],
        [("Councillors approve 48 social homes for Ballinrobe despite 112 objections", "", "", "W")],
        [("Residents say the Cloongowla Road site will add to traffic at the school gate; council says the homes will cut the town's waiting list by a third", "Residents", "say", "")],
        [("Aoife Durkan-Ruttledge", "", "", "B")],
        [("June 9 2027 05:00 AM", "", "", "B")],
        [("An artist's impression of the scheme at Cloongowla Road, which will include 30 houses and 18 apartments.", "", "", "W")],
        [("Image: Ardnaree Design Partnership", "", "", "B")],
        [("Mayo County Council's plans for 48 social homes on the edge of Ballinrobe were approved by councillors on Monday by eight votes to two, after a debate that ran for almost two hours.", "", "", "W")],
        [("The council received 112 written submissions during the public consultation, 109 of them objecting to the scheme.", "", "", "W")],
        [("Most were about traffic.", "", "", "W")],
        [("Others raised the loss of a green area used as an informal playground and the pressure on the town's sewage treatment plant.", "", "", "W")],
        [("The 3.1-acre site on Cloongowla Road is beside the town's largest national school, where 340 pupils are dropped off each morning, according to the school's board of management.", "the school's board of management", "according to", "W")],
        [("Traffic at the school gate", "", "", "")],
        [("Cllr Patricia Ruane-Cusack, who voted against, said she supported social housing “a hundred per cent” but not at that junction.", "Patricia Ruane-Cusack", "said", "")],
        [
            ("“Anyone who has tried to get out onto the Claremorris road at ten to nine knows what I'm talking about,” she said.", "Patricia Ruane-Cusack", "said", ""),
            ("“There were two near-misses there in the last year that I know of.”", "Patricia Ruane-Cusack", "said", "W"),
        ],
        [("You have read 2 of your 3 free articles this month.", "", "", "B")],
        [("Subscribe from €1.25 a week for full access to The Mayo Warden online and the digital edition every Wednesday.", "", "", "B")],
        [("Subscribe now", "", "", "B")],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            ("Senior engineer Colm Durcan told the meeting that a drop-off lay-by and a raised pedestrian crossing would be built on the school side of the road before any of the homes are occupied.", "Colm Durcan", "told the meeting", ""),
            ("He said a traffic survey carried out in February counted 412 vehicles on the road between 8.30am and 9.15am.", "Colm Durcan", "said", "W"),
        ],
        [("Mayo housing list falls below 2,000 for first time in a decade", "", "", "B")],
        [("Waiting list", "", "", "")],
        [("Director of services Gráinne Jennings-Ferris said there are 147 households on the social housing list for the Ballinrobe area, 61 of them waiting more than five years.", "Gráinne Jennings-Ferris", "said", "W")],
        [
            ("“These are families from Ballinrobe, not people being moved in from somewhere else,” she said.", "Gráinne Jennings-Ferris", "said", ""),
            ("“Some of them are living in one room in their parents' house with two children.”", "Gráinne Jennings-Ferris", "said", ""),
        ],
        [("Construction is expected to take about 20 months once a contractor is appointed, she said.", "Gráinne Jennings-Ferris", "said", "")],
        [("Cllr Michael Tierney-Walsh, who proposed the motion, said the town had “waited long enough.”", "Michael Tierney-Walsh", "said", "")],
        [("The last council homes built in Ballinrobe were 12 houses at Church Lane, finished in 2009, he said.", "Michael Tierney-Walsh", "said", "W")],
        [("Residents' group spokesperson Siobhán Cawley-Dunne said they would consider their options, including a judicial review.", "Siobhán Cawley-Dunne", "said", "")],
        [
            ("“Nobody is saying don't build houses,” she said.", "Siobhán Cawley-Dunne", "said", ""),
            ("“We're saying don't build them there.”", "Siobhán Cawley-Dunne", "said", ""),
        ],
        [("Tags: Ballinrobe · Housing · Mayo County Council", "", "", "B")],
        [("Get the week's Mayo news in your inbox every Wednesday morning, before the paper is in the shops.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Claremorris man (34) jailed for dangerous driving on N17", "", "", "B")],
        [("Ballinrobe Races: record crowd of 6,800 for summer meeting", "", "", "B")],
        [("© The Mayo Warden Ltd 2027", "", "", "B")],
    ],
    # 3. Australian STATE GOVERNMENT MEDIA RELEASE portal (Victoria)
    [
        [("Media Centre", "", "", "B")],
        [("Premier  |  Ministers  |  Media releases  |  Speeches  |  Subscribe", "", "", "B")],
        [("Home › Media releases › Roads", "", "", "B")],
        [("Joint media release", "", "", "B")],
        [("The Hon. Helena Marchioni-Trent MP", "", "", "B")],
        [("Minister for Roads and Road Safety", "", "", "B")],
        [("The Hon. Callum Brinkworth-Obi MP", "", "", "B")],
        [("Minister for Regional Development", "", "", "B")],
        [("Thursday, 10 June 2027", "", "", "B")],
        [("$38.6 million to rebuild 23 flood-damaged Gippsland bridges", "", "", "W")],
        [
            ("Twenty-three bridges damaged in the October 2026 floods across Gippsland will be rebuilt or replaced under a $38.6 million package announced today.", "", "", "W"),
            ("The package is jointly funded, with $22.4 million from the state and $16.2 million from the Commonwealth under disaster recovery funding arrangements.", "", "", "W"),
        ],
        [
            ("Eleven of the bridges have been closed since the floods, forcing detours of up to 47 kilometres for farmers, school buses and milk tankers.", "", "", "W"),
            ("The Traralgon South bridge carried about 1,100 vehicles a day before it was closed, many of them heading to the region's largest dairy factory.", "", "", "W"),
        ],
        [("Funding includes $2.1 million for temporary single-lane crossings at Boolarra and Mirboo North so school buses can return to their normal routes from Term 4.", "", "", "W")],
        [("Work on the first four bridges, at Traralgon South, Yinnar, Boolarra and Mirboo North, will begin in September, with all 23 due to be finished by mid-2029.", "", "", "")],
        [("Local councils chose the first four bridges after consulting 37 school bus operators, dairy processors and emergency services.", "", "", "W")],
        [("Regional Roads Victoria will manage the works and publish a construction timetable for each bridge on its website.", "", "", "")],
        [("Quotes attributable to Minister for Roads and Road Safety Helena Marchioni-Trent:", "", "", "B")],
        [("“Gippsland families have spent eight months driving the long way round to get to school, to work and to the saleyards.”", "Helena Marchioni-Trent", "Quotes attributable to", "W")],
        [("“This money gets those bridges rebuilt properly, to a standard that will stand up to the next flood.”", "Helena Marchioni-Trent", "Quotes attributable to", "")],
        [("“We listened to local councils, and the first bridges to be rebuilt are the ones they told us matter most.”", "Helena Marchioni-Trent", "Quotes attributable to", "")],
        [("“Every one of these bridges will be rebuilt to carry fully loaded B-doubles.”", "Helena Marchioni-Trent", "Quotes attributable to", "")],
        [("Quotes attributable to Minister for Regional Development Callum Brinkworth-Obi:", "", "", "B")],
        [("“For a lot of farmers, a closed bridge is a closed business.”", "Callum Brinkworth-Obi", "Quotes attributable to", "")],
        [("“One dairy farmer near Yinnar told me his milk tanker was adding 90 minutes to every pick-up.”", "Callum Brinkworth-Obi", "Quotes attributable to", "W")],
        [("Notes to editors", "", "", "B")],
        [("1. The Gippsland Bridge Renewal Program was established in 2025 and has replaced 14 bridges to date.", "", "", "W")],
        [("2. Of the 23 bridges in this package, 17 are timber bridges built before 1960.", "", "", "W")],
        [("3. Detours will be kept under 20 minutes wherever possible while works are under way.", "", "", "")],
        [("4. Photographs and drone vision of the Traralgon South bridge site are available on request.", "", "", "B")],
        [("Media contact: Sinéad Parraway-Holt 0491 570 158", "", "", "B")],
        [("After hours: 0491 570 110", "", "", "B")],
        [("Tags: Roads · Regional Development · Gippsland · Flood recovery", "", "", "B")],
        [("Related media releases", "", "", "B")],
        [("New overtaking lanes open on the South Gippsland Highway", "", "", "B")],
        [("Flood recovery grants extended for Latrobe Valley farmers", "", "", "B")],
        [("Get media releases by email as soon as they are published.", "", "", "B")],
        [("We acknowledge Aboriginal Traditional Owners of Country throughout Victoria and pay our respects to them, their cultures and their Elders past and present.", "", "", "B")],
        [("Accessibility  |  Privacy  |  Copyright  |  Disclaimer", "", "", "B")],
        [("Back to top", "", "", "B")],
    ],
    # 4. Indian BUSINESS DAILY site (Mumbai)
    [
        [("VYAPAR STANDARD", "", "", "B")],
        [("Markets | Companies | Economy | Mutual Funds | Personal Finance | Opinion | ePaper", "", "", "B")],
        [("SENSEX 81,406.22 ▲ 284.61 (0.35%)   NIFTY 50 24,811.90 ▲ 92.35 (0.37%)   USD/INR 84.12 ▼ 0.08   GOLD ₹71,240 ▲ 0.2%", "", "", "B")],
        [("Home / Companies / Results", "", "", "B")],
        [("Bhorghat Forge Q4 profit jumps 27.4% to ₹186.3 crore on export orders; shares hit record high", "", "", "W")],
        [("Revenue from operations rises 18.9% year-on-year to ₹1,642.7 crore; board recommends final dividend of ₹6 a share", "", "", "W")],
        [("Written by Ritika Balsekar-Nair", "", "", "B")],
        [("Updated: 14 May 2027, 03:42 PM IST", "", "", "B")],
        [("3 min read", "", "", "B")],
        [
            ("Pune-based auto components maker Bhorghat Forge & Gears Ltd. on Tuesday reported a 27.4% year-on-year rise in consolidated net profit to ₹186.3 crore for the January-March quarter, helped by higher export volumes to Europe and North America, according to an exchange filing.", "an exchange filing", "according to", "W"),
            ("Revenue from operations rose 18.9% to ₹1,642.7 crore from ₹1,381.6 crore a year earlier.", "", "", "W"),
        ],
        [
            ("EBITDA margin expanded 140 basis points to 17.8%.", "", "", "W"),
            ("Net profit for the full year FY27 rose 22.1% to ₹642.9 crore.", "", "", "W"),
        ],
        [("ALSO READ | Auto component exports cross $25 billion in FY27, industry body says", "", "", "B")],
        [
            ("Shares of the company rose as much as 8.2% to a record ₹1,284.50 on the BSE in early trade on Wednesday before closing 6.1% higher at ₹1,259.35.", "", "", "W"),
            ("Exports made up 44% of revenue in the quarter, up from 36% a year ago, the company said.", "the company", "said", "W"),
        ],
        [("Bhorghat Forge & Gears Ltd.  ₹1,259.35  ▲ 72.20 (6.08%)  BSE  ·  Add to watchlist", "", "", "B")],
        [("What management said", "", "", "")],
        [("Managing Director Anirudh Gokhale-Mhatre told analysts on an earnings call that the order book stood at ₹4,210 crore at the end of March, 58% of it from export customers.", "Anirudh Gokhale-Mhatre", "told analysts on an earnings call", "W")],
        [("“We expect FY28 to be another year of double-digit growth, led by the electric vehicle platforms we have won in Germany,” he said.", "Anirudh Gokhale-Mhatre", "said", "")],
        [
            ("He said the company would spend ₹450 crore on capacity expansion at its Chakan plant over the next two years.", "Anirudh Gokhale-Mhatre", "said", ""),
            ("He added that domestic demand from two-wheeler makers had been “soft” in the quarter.", "Anirudh Gokhale-Mhatre", "added", ""),
        ],
        [("Other income rose to ₹38.4 crore from ₹21.7 crore, while finance costs fell 11% as the company repaid debt.", "", "", "W")],
        [("The board recommended a final dividend of ₹6 per share, subject to shareholder approval.", "", "", "W")],
        [("ALSO READ | Chakan auto belt hiring rises 12% as EV suppliers expand: report", "", "", "B")],
        [("What analysts say", "", "", "")],
        [("Domestic brokerage Koyna Securities kept its ‘buy’ rating on the stock with a target price of ₹1,420, implying an upside of about 12.8% from Wednesday's close.", "", "", "")],
        [("“The export mix is improving faster than we had modelled, and margins have more room to run,” Koyna analyst Neha Subramaniam-Rao wrote in a note.", "Neha Subramaniam-Rao", "wrote in a note", "")],
        [("Foreign portfolio investors held 14.6% of the company at the end of March, up from 11.2% a year earlier, according to shareholding data on the BSE.", "shareholding data on the BSE", "according to", "W")],
        [("However, Vikram Khanolkar-Shetty, head of research at Tandava Capital, said the stock now trades at 34 times estimated FY28 earnings and “a lot of good news is in the price.”", "Vikram Khanolkar-Shetty", "said", "")],
        [("(With inputs from agencies)", "", "", "B")],
        [
            ("Disclaimer: The views and investment tips expressed by experts and brokerages are their own and not those of the website or its management.", "", "", "B"),
            ("Readers are advised to check with certified experts before taking any investment decision.", "", "", "B"),
        ],
        [("Get the day's market-moving company news first on the Vyapar Standard app.", "", "", "B")],
        [("Download the app", "", "", "B")],
        [("Topics: Bhorghat Forge  ·  Q4 results  ·  Auto components  ·  Stocks to watch", "", "", "B")],
        [("First Published: 14 May 2027, 02:58 PM IST", "", "", "B")],
        [("MORE FROM COMPANIES", "", "", "B")],
        [("Deccan Tyre Works Q4 net falls 9% as rubber costs bite", "", "", "B")],
        [("Kaveri Agro board approves 1:2 bonus issue", "", "", "B")],
        [
            ("© 2027 Vyapar Standard Media Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # 5. Kenyan DAILY's counties page (Kisumu)
    [
        [("☰ Menu      THE KENYA BEACON      Subscribe", "", "", "B")],
        [("COUNTIES", "", "", "B")],
        [("Hyacinth traps Kisumu ferries as fishermen count losses", "", "", "W")],
        [("Weed now covers an estimated 6,200 hectares of Winam Gulf, the worst in five years, fisheries officials say", "fisheries officials", "say", "W")],
        [("By Brenda Atieno Oguta", "", "", "B")],
        [("13 May 2027, 6:40 am", "", "", "B")],
        [("Share  WhatsApp  Facebook  X", "", "", "B")],
        [("Fishing boats stuck in water hyacinth at Dunga beach, Kisumu, on May 12, 2027.", "", "", "")],
        [("Photo | Vincent Okech-Ambani", "", "", "B")],
        [("Passenger ferries between Kisumu and Mbita have been grounded for 11 days after a mat of water hyacinth blocked the main channel out of Kisumu port, leaving hundreds of travellers to use the longer road route.", "", "", "W")],
        [("The weed now covers an estimated 6,200 hectares of Winam Gulf, according to the county fisheries department, the largest spread since 2022.", "the county fisheries department", "according to", "W")],
        [("On Wednesday morning, the Kisumu-Mbita ferry sat tied up at the pier, its car deck empty.", "", "", "")],
        [("At Dunga beach, fishermen said they had not been able to reach open water since the start of the month.", "fishermen", "said", "W")],
        [
            ("“My boat has not moved for twelve days,” said Mr Kennedy Ochieng Nyawara, who chairs the Dunga Beach Management Unit.", "Kennedy Ochieng Nyawara", "said", "W"),
            ("“Before the weed came, a good night would bring 40 kilos of tilapia and omena.", "Kennedy Ochieng Nyawara", "said", "W"),
            ("Now we are buying fish from Uganda to sell.”", "Kennedy Ochieng Nyawara", "said", "W"),
        ],
        [("He said at least 300 fishermen work from Dunga.", "Kennedy Ochieng Nyawara", "said", "W")],
        [("SEE ALSO: Kisumu port handles record 1.2 million tonnes of cargo in 2026", "", "", "B")],
        [("Ms Gladys Akinyi Were, the county executive for blue economy and fisheries, said the county had hired 120 youths to remove the weed by hand at four landing beaches.", "Gladys Akinyi Were", "said", "W")],
        [("She said a mechanical harvester ordered from the Netherlands in January would arrive “within weeks”.", "Gladys Akinyi Were", "said", "")],
        [("“Hand removal is not a solution, it is first aid,” she said.", "Gladys Akinyi Were", "said", "")],
        [("The county's budget for weed control this year is Sh38 million, up from Sh12 million, Ms Were said.", "Gladys Akinyi Were", "said", "W")],
        [("The last harvester broke down in 2024.", "", "", "W")],
        [("Ferry operator Nyanza Blue Marine said it was losing about Sh1.8 million a week while its two vessels sat idle.", "Nyanza Blue Marine", "said", "W")],
        [("Two fuel barges have also been waiting outside the gulf since Saturday, according to port staff.", "port staff", "according to", "W")],
        [("Travellers to Homa Bay and Mbita are using matatus through Katito, a journey of about three hours compared with 90 minutes by water.", "", "", "W")],
        [("“We are tired,” said Ms Pamela Achieng Odhiambo, a trader who takes second-hand clothes to Mbita every Friday.", "Pamela Achieng Odhiambo", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Scientists at the Kenya Marine and Fisheries Research Institute said in March that warm weather and nutrients washed in by rivers after the long rains had fuelled the spread.", "Scientists at the Kenya Marine and Fisheries Research Institute", "said", "W")],
        [("The institute has recommended that the county and national governments control sewage and fertiliser runoff into the lake.", "The institute", "has recommended", "")],
        [("Kisumu Town East MP Joash Nyamweya-Okoth said he would raise the matter in Parliament next week.", "Joash Nyamweya-Okoth", "said", "")],
        [
            ("Stay ahead of the news.", "", "", "B"),
            ("Follow The Kenya Beacon on WhatsApp for breaking stories from all 47 counties.", "", "", "B"),
        ],
        [("Join our channel", "", "", "B")],
        [("Related", "", "", "B")],
        [("Homa Bay traders protest over delayed ferry compensation", "", "", "B")],
        [("Kisumu County approves Sh14.6 billion budget for 2027/28", "", "", "B")],
        [("Tags: Kisumu · Winam Gulf · Fishing · Lake Victoria", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("Home     Latest     Videos     ePaper     More", "", "", "B")],
        [
            ("© 2027 Taa Media Group.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 6. New Zealand PUBLIC BROADCASTER site (Tairāwhiti)
    [
        [("ARARAU", "", "", "B")],
        [("News   Te Ao Māori   Pacific   Business   Country   Sport   Listen   Podcasts", "", "", "B")],
        [("New Zealand / Tairāwhiti", "", "", "B")],
        [("State Highway 35 reopens at Waimahuru Bluff after 14 months", "", "", "W")],
        [("▶ Listen to this story · 4 min 12 sec", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• The highway north of Tokomaru Bay reopened to two lanes at 10am on Friday.", "", "", "W")],
        [("• The $31.8 million rebuild took twice as long as first planned.", "", "", "W")],
        [("• Locals say the detour cost them hours each week and some businesses did not survive.", "Locals", "say", "W")],
        [("Hinemoa Parekura-Brooks, Tairāwhiti reporter", "", "", "B")],
        [("5:58 am on 18 June 2027", "", "", "B")],
        [("Share this", "", "", "B")],
        [("Cars cross Waimahuru Bluff on Friday morning, the first traffic on the road since April last year.", "", "", "W")],
        [("Photo: Ararau / Hinemoa Parekura-Brooks", "", "", "B")],
        [("State Highway 35 has reopened at Waimahuru Bluff, north of Tokomaru Bay, 14 months after a slip swept away a 90-metre section of the road during heavy rain.", "", "", "W")],
        [
            ("The NZ Transport Agency said the first cars crossed at 10am on Friday, after a karakia at the site.", "The NZ Transport Agency", "said", "W"),
            ("The rebuild cost $31.8 million, against an original estimate of $19 million, and took twice as long as the seven months first planned, the agency said.", "the agency", "said", "W"),
        ],
        [("A 50km/h speed limit will apply at the bluff for six weeks while the new surface settles, the agency said.", "the agency", "said", "")],
        [("The long way round", "", "", "")],
        [("Since April last year, traffic between Tokomaru Bay and Te Araroa has used an inland forestry road that added about 50 minutes to each trip.", "", "", "W")],
        [("For some, it was more than that.", "", "", "")],
        [("Ruia Tawhai-Lane runs the general store at Pūrahi Beach and said takings fell by about a third while the road was shut.", "Ruia Tawhai-Lane", "said", "W")],
        [
            ("“You'd get the tourists coming up the coast, see the detour sign, and turn around,” she said.", "Ruia Tawhai-Lane", "said", ""),
            ("“That was summer gone.", "Ruia Tawhai-Lane", "said", ""),
            ("We lost the campers, we lost the fishermen, and we nearly lost the shop.”", "Ruia Tawhai-Lane", "said", ""),
        ],
        [("She said the petrol station next door closed in February.", "Ruia Tawhai-Lane", "said", "W")],
        [("Visitor spending on the coast north of Tolaga Bay fell 22 per cent in the year to March, according to council figures.", "council figures", "according to", "W")],
        [("Read more: Tairāwhiti roads: what's open, what's not and what's next", "", "", "B")],
        [("What went wrong", "", "", "")],
        [("The agency's regional manager, Tama Huirama-Pask, told Ararau the delay was caused by unstable papa rock found 12 metres below the old road, which meant the retaining wall had to be redesigned.", "Tama Huirama-Pask", "told Ararau", "W")],
        [
            ("“It's a tricky piece of country,” he said.", "Tama Huirama-Pask", "said", ""),
            ("“We would rather build it once and build it right.”", "Tama Huirama-Pask", "said", ""),
        ],
        [("He said 41 of the 58 slips on the coast road since 2023 had now been repaired.", "Tama Huirama-Pask", "said", "W")],
        [("Mayor Lorraine Kahukura-Fenn said the council would keep pushing for a second, inland route to be sealed.", "Lorraine Kahukura-Fenn", "said", "")],
        [("“One road in and one road out is not good enough for 5000 people,” she said.", "Lorraine Kahukura-Fenn", "said", "")],
        [("Topics: Tairāwhiti  Roads  Regional news", "", "", "B")],
        [("Copyright © 2027, Ararau Public Media", "", "", "B")],
        [("Get the Ararau app for news, podcasts and live radio wherever you are.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Forestry slash rules to tighten on the East Coast from July", "", "", "B")],
        [("East Coast school rolls fall for third year running", "", "", "B")],
        [("Ruatōria marae opens as civil defence centre during heavy rain", "", "", "B")],
    ],
    # 7. United States NONPROFIT NEWSROOM (southern Arizona)
    [
        [("THE ARROYO REPORT", "", "", "B")],
        [("Nonprofit, nonpartisan news for southern Arizona", "", "", "B")],
        [("Water   Land   Border   Politics   Health   Donate", "", "", "B")],
        [("WATER", "", "", "B")],
        [("Wells are going dry faster in the Sulphur Springs Valley. A new study shows why.", "", "", "W")],
        [("Large farms have pumped the aquifer down more than 100 feet in places since 2000. Homeowners are paying to chase it.", "", "", "W")],
        [("By Dolores Amezcua-Pratt", "", "", "B")],
        [("June 21, 2027", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("Ruben and Teresa Quijada-Horne stand beside the rig drilling a new, deeper well on their property east of Willcox in May.", "", "", "")],
        [("Photo by Ignacio Barreto-Kline for The Arroyo Report", "", "", "B")],
        [("WILLCOX — The water table under the Sulphur Springs Valley fell an average of 3.4 feet a year between 2015 and 2025, nearly double the rate of the previous decade, according to a study published this month by the Cienega Water Institute in Tucson.", "a study published this month by the Cienega Water Institute in Tucson", "according to", "W")],
        [("The study found that most of the decline came from irrigation for large farms and dairies that expanded in the valley after 2012, which pumped an estimated 4 of every 5 gallons drawn from the aquifer in 2024.", "The study", "found", "W")],
        [("At least 212 domestic wells in Cochise County have been reported dry or failing since 2020, the study found.", "the study", "found", "W")],
        [("The Quijada-Hornes' well was one of them.", "", "", "W")],
        [("It went dry in March, after 23 years, and a new one 640 feet deep cost the couple $41,000, Teresa Quijada-Horne said.", "Teresa Quijada-Horne", "said", "W")],
        [
            ("“We put it on a credit card and a loan from my brother,” she said.", "Teresa Quijada-Horne", "said", ""),
            ("“What happens when this one goes dry?”", "Teresa Quijada-Horne", "said", ""),
        ],
        [("The couple's old well, drilled in 2004, went dry in March.", "", "", "W")],
        [("Photo courtesy of the Quijada-Horne family", "", "", "B")],
        [("Deeper and deeper", "", "", "")],
        [("The researchers used readings from 96 monitoring wells, some of them measured by hand every winter since the 1970s.", "", "", "W")],
        [("The study's lead author, hydrologist Mireille Anzaldúa-Stroud, said monitoring wells near Kansas Settlement had dropped more than 100 feet since 2000.", "Mireille Anzaldúa-Stroud", "said", "W")],
        [("“The aquifer is not going to run out tomorrow, but the shallow wells — the ones families depend on — are going first,” she said.", "Mireille Anzaldúa-Stroud", "said", "")],
        [("The study was paid for by the Verlaine Family Foundation, which is also a donor to The Arroyo Report.", "", "", "W")],
        [("Related: What an active management area would — and wouldn't — do for the valley", "", "", "B")],
        [("Three of the largest farming operations in the valley did not respond to requests for comment.", "Three of the largest farming operations in the valley", "did not respond to requests for comment", "")],
        [("A spokesperson for the Arizona Department of Water Resources said the agency was reviewing the study.", "A spokesperson for the Arizona Department of Water Resources", "said", "")],
        [("Who pays", "", "", "")],
        [("Cochise County set up a well-deepening assistance fund in 2025 with $1.5 million, enough for about 40 wells at current prices, according to county records.", "county records", "according to", "W")],
        [("The fund had 163 applications by the end of May, county spokesman Elliott Ocampo-Steen said.", "Elliott Ocampo-Steen", "said", "W")],
        [("“We knew it wouldn't be enough,” he said.", "Elliott Ocampo-Steen", "said", "")],
        [("Teresa Quijada-Horne applied in April and is 71st in line.", "", "", "W")],
        [("She has not heard back.", "", "", "")],
        [("This story is part of The Arroyo Report's Running Dry series, supported by a grant from the Sandoval-Pike Fund for Western Water Reporting.", "", "", "B")],
        [
            ("The Arroyo Report is a nonprofit newsroom.", "", "", "B"),
            ("Our donors, listed at arroyoreport.org/supporters, have no say in what we cover.", "", "", "B"),
        ],
        [("Republish this story", "", "", "B")],
        [
            ("We want our journalism to reach as many readers as possible.", "", "", "B"),
            ("You may republish this article for free, online or in print, under a Creative Commons license.", "", "", "B"),
        ],
        [("Copy to clipboard", "", "", "B")],
        [("Give $10 and the Verlaine match makes it $20 — keep reporting like this free for everyone.", "", "", "B")],
        [("Donate now", "", "", "B")],
        [
            ("© 2027 The Arroyo Report.", "", "", "B"),
            ("Powered by readers like you.", "", "", "B"),
        ],
    ],
    # 8. English FOOTBALL CLUB's official site (Ribble Valley
    [
        [("RIBBLEBANK ATHLETIC FC", "", "", "B")],
        [("Principal Partner: Pendleside Motors  ·  Kit Partner: Kestrel Sportswear  ·  Stadium Partner: Calder Print Group", "", "", "B")],
        [("News   Tickets   Memberships   Shop   Hospitality   Community Trust   Club", "", "", "B")],
        [("News › Club News", "", "", "B")],
        [("North Stand plans approved: 1,450 new seats for 2027/28", "", "", "W")],
        [("12 June 2027", "", "", "B")],
        [("By Club Media", "", "", "B")],
        [("Share", "", "", "B")],
        [("Ribblebank Athletic can confirm that Ribble Valley Borough Council has granted planning permission for the new North Stand at Holden Lane, which will add 1,450 seats and take the stadium's capacity to 6,300.", "", "", "W")],
        [("Work will start on 30 June and the stand is due to open for the first home game of the season on 14 August.", "", "", "")],
        [("It has been a long time coming.", "", "", "")],
        [("The £2.9m project is being funded by the club's owners, a £640,000 grant from the league's ground improvement fund and a £350,000 loan from the Ribblebank Athletic Supporters' Trust.", "", "", "W")],
        [
            ("Chairman Graham Leckonby said: ‘This is the biggest day for this club off the pitch in my 19 years here.", "Graham Leckonby", "said", ""),
            ("The old North Bank has served us well, but the crowds we've had over the last two seasons tell you the demand is there.’", "Graham Leckonby", "said", ""),
        ],
        [("Average league attendance at Holden Lane was 4,218 last season, up 31 per cent on 2025/26, with seven sell-outs.", "", "", "W")],
        [
            ("MEMBERSHIPS | Become a 2027/28 Member from £35 and get priority access to away tickets and the new North Stand.", "", "", "B"),
            ("Join today ›", "", "", "B"),
        ],
        [("Season tickets", "", "", "")],
        [("Season tickets in the North Stand will cost £225 for adults and £95 for under-18s, the same as the Main Stand, with a 10 per cent discount for renewals before 1 July.", "", "", "W")],
        [
            ("More than 600 supporters have already registered interest, the club said.", "the club", "said", "W"),
            ("We would like to thank everyone who wrote to the council in support of the application.", "", "", ""),
        ],
        [("Matchday parking", "", "", "")],
        [("As a condition of the planning permission, the club must provide 120 extra parking spaces on matchdays, which will be at Kestrel Sportswear's depot on Chatburn Road, a ten-minute walk away.", "", "", "W")],
        [("Some neighbours objected to the plans, citing noise and parking.", "", "", "W")],
        [("Chief executive Hannah Routledge-Penn said the club had held three meetings with residents and would pay for a parking permit scheme on four streets next to the ground.", "Hannah Routledge-Penn", "said", "W")],
        [
            ("‘We're a community club and we want to be good neighbours,’ she said.", "Hannah Routledge-Penn", "said", ""),
            ("‘If there are problems on a matchday, we want to hear about them.’", "Hannah Routledge-Penn", "said", ""),
        ],
        [("TICKETS | Preston Park Rangers (H) · Sat 14 August · 3pm · Adults £18 · Under-18s £6 · Buy now ›", "", "", "B")],
        [
            ("The stand will also house new home and away dressing rooms, a gym and a physio room.", "", "", "W"),
            ("Construction will be carried out by Clitheroe contractor Moorcock Build, which built the club's new clubhouse in 2023.", "", "", "W"),
        ],
        [
            ("Manager Stuart Aspinall-Cragg said: ‘The lads have been getting changed in a Portakabin for two seasons.", "Stuart Aspinall-Cragg", "said", "W"),
            ("That tells you everything.’", "Stuart Aspinall-Cragg", "said", ""),
        ],
        [("FIXTURES", "", "", "B")],
        [("Sat 14 Aug   Preston Park Rangers (H)   3pm", "", "", "")],
        [("Tue 17 Aug   Whalley Forge (A)   7.45pm", "", "", "")],
        [("Sat 21 Aug   Downham Wanderers (H)   3pm", "", "", "")],
        [("Buy tickets", "", "", "B")],
        [("View all fixtures", "", "", "B")],
        [("Official Partners", "", "", "B")],
        [("Pendleside Motors  ·  Kestrel Sportswear  ·  Calder Print Group  ·  Harrop Fold Ales  ·  Crowtrees Vets", "", "", "B")],
        [
            ("Ribblebank Athletic Football Club Ltd.", "", "", "B"),
            ("Registered in England No. 04127785.", "", "", "B"),
        ],
        [("Privacy  ·  Cookies  ·  Accessibility  ·  Contact", "", "", "B")],
    ],
    # 9. Singapore ENGLISH DAILY site
    [
        [("THE MERLION COURIER", "", "", "B")],
        [("Singapore   Asia   World   Opinion   Life   Business   Sport   Tech   Podcasts", "", "", "B")],
        [("Singapore", "", "", "B")],
        [("SUBSCRIBER ONLY", "", "", "B")],
        [("Jalan Kembangan hawker centre reopens after 10-month revamp, but one in four stalls changes hands", "", "", "W")],
        [("Gift this article", "", "", "B")],
        [("Tay Wen Xuan", "", "", "B")],
        [("Housing Correspondent", "", "", "B")],
        [("Updated Jul 3, 2027, 05:00 AM", "", "", "B")],
        [("Published Jul 2, 2027, 07:40 PM", "", "", "B")],
        [("Stallholder Goh Swee Ngoh, 67, at her fishball noodle stall, which she has run since 1989, on July 2.", "", "", "W")],
        [("MERLION COURIER PHOTO: NG KAI LIN", "", "", "B")],
        [
            ("SINGAPORE – Jalan Kembangan Food Centre in Bedok reopened on July 2 after a 10-month upgrade, with 13 of its 52 cooked-food stalls now run by new tenants.", "", "", "W"),
            ("The $8.4 million upgrade replaced the centre's roof, added 96 ceiling fans and a central dishwashing area, and raised the number of seats from 620 to 704, the National Environment Agency (NEA) said.", "National Environment Agency", "said", "W"),
        ],
        [("Of the 13 stallholders who did not return, nine retired and four moved elsewhere, it said.", "National Environment Agency", "said", "W")],
        [("The centre was last upgraded in 2006.", "", "", "W")],
        [("Madam Goh Swee Ngoh, 67, who has sold fishball noodles at the centre since 1989, was back at her stall by 6am on reopening day.", "", "", "W")],
        [("“Ten months at home, I was going crazy,” she said in Mandarin.", "Goh Swee Ngoh", "said in Mandarin", "")],
        [("Her rent went up from $1,180 to $1,460 a month after the upgrade, she said.", "Goh Swee Ngoh", "said", "W")],
        [
            ("Gift this subscriber-only article to anyone.", "", "", "B"),
            ("You have 4 gifts left this month.", "", "", "B"),
        ],
        [("Higher rents, new faces", "", "", "")],
        [("NEA said rents at the centre are reviewed every three years and are pegged to market rates assessed by professional valuers.", "National Environment Agency", "said", "W")],
        [("The median monthly rent for a cooked-food stall at the centre is now $1,390, up from $1,210 before the upgrade, according to figures the agency provided to The Merlion Courier.", "figures the agency provided to The Merlion Courier", "according to", "W")],
        [("One of the new tenants is Mr Ashwin Raj Pillai, 31, a former hotel cook who opened a prata stall with his wife after winning a tender with a bid of $1,650 a month.", "", "", "W")],
        [
            ("“People told me I was crazy,” he said.", "Ashwin Raj Pillai", "said", ""),
            ("“Maybe I am.", "Ashwin Raj Pillai", "said", ""),
            ("But the queue this morning was 20 people long.”", "Ashwin Raj Pillai", "said", "W"),
        ],
        [("Follow the topic Hawker centres to get an alert when we publish a new story.", "", "", "B")],
        [("“The kopi is still $1.40, so I'm happy,” said retiree Tan Boon Hwee, 72, who eats at the centre almost every day.", "Tan Boon Hwee", "said", "W")],
        [("Trays and tables", "", "", "")],
        [("The central dishwashing area is run by a contractor that the centre's hawkers' association pays $3,200 a month, said association chairman Lim Chee Hock.", "Lim Chee Hock", "said", "W")],
        [("He said the association was still working out how much each stall would contribute.", "Lim Chee Hock", "said", "")],
        [("Breaking news on the go: find The Merlion Courier on Telegram at t.me/merlioncourier", "", "", "B")],
        [("Tay Wen Xuan is housing correspondent at The Merlion Courier, covering public housing and hawker affairs.", "", "", "B")],
        [("Topics: Hawker centres  ·  NEA  ·  Bedok", "", "", "B")],
        [("MORE ON THIS TOPIC", "", "", "B")],
        [("Hawker centre cleaning fees to rise by up to $60 from October", "", "", "B")],
        [("Young hawker scheme draws record 214 applicants", "", "", "B")],
        [
            ("Copyright © 2027 Merlion Courier Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 198405123K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 10. South African MAGAZINE LONG READ (the Karoo
    [
        [("THE DWARSRIVIER REVIEW", "", "", "B")],
        [("Features   Travel   Food   Culture   Long Reads   Subscribe to the print edition", "", "", "B")],
        [("LONG READ", "", "", "B")],
        [("The spring that made a village", "", "", "")],
        [("For 150 years, Nieu-Bethesda has lived on water that bubbles out of the Sneeuberg. Now the flow is falling, and the village is arguing about what to do.", "", "", "W")],
        [("Words by Nomvula Strydom-Khumalo · Photographs by Pieter-Jan Vosloo-Hartman", "", "", "B")],
        [("July 2027 · 18 min read", "", "", "B")],
        [("The furrow that carries spring water through the village, past the old mill on the lower road.", "", "", "")],
        [("Photograph: Pieter-Jan Vosloo-Hartman", "", "", "B")],
        [("At five in the morning, before the wind comes up, you can hear the water.", "", "", "")],
        [("It runs in a stone-lined furrow down the side of every second street in Nieu-Bethesda, and at this hour it is the only sound in the village apart from a rooster that belongs, everyone agrees, to nobody.", "", "", "")],
        [("The water comes from a spring in the foothills of the Sneeuberg, four kilometres north of the village, and since the 1870s it has been shared out by a schedule: each erf gets the furrow for a set number of hours a week, opened and closed by hand with a metal sluice.", "", "", "W")],
        [("Lettie Wessels-Mbeki has the water on Tuesdays, from two until half past four.", "", "", "W")],
        [
            ("“My grandmother had the same slot,” she says, leaning on the sluice.", "Lettie Wessels-Mbeki", "says", ""),
            ("“You don't forget.”", "Lettie Wessels-Mbeki", "says", ""),
        ],
        [("A falling flow", "", "", "")],
        [("Measurements taken by the village's water committee show the spring delivering about 11 litres a second this winter, down from 19 litres a second in 2015.", "Measurements taken by the village's water committee", "show", "W")],
        [("The committee's chairman, retired surveyor Hendrik Claasen-Booi, has kept the readings in a green hardback ledger since 1998.", "", "", "W")],
        [
            ("“Every year I tell myself it's a dry year,” he says.", "Hendrik Claasen-Booi", "says", ""),
            ("“After twelve dry years, you have to stop telling yourself that.”", "Hendrik Claasen-Booi", "says", ""),
        ],
        [("◆", "", "", "B")],
        [("The borehole", "", "", "")],
        [("In 2025 the Dr Beyers Naudé Local Municipality, which took over the village's water services in 2016, drilled a 180-metre borehole on commonage land east of the village.", "", "", "W")],
        [("The municipality says the borehole, which cost R2.3 million, will add about six litres a second to the village supply once it is connected to a new reservoir.", "The municipality", "says", "W")],
        [("Not everyone wants it.", "", "", "")],
        [("A petition against the borehole has 212 signatures, in a village of about 1,400 people, most of them from Pienaarsig, the township across the river.", "", "", "W")],
        [("“The spring doesn't care what the municipality decides.”", "", "", "B")],
        [("Thandeka Ndzimela-Roux, who runs a guesthouse and helped organise the petition, says the borehole will draw down the same water that feeds the spring.", "Thandeka Ndzimela-Roux", "says", "")],
        [
            ("“The spring doesn't care what the municipality decides,” she says.", "Thandeka Ndzimela-Roux", "says", ""),
            ("“Take water out of the ground here, and it comes out of the ground there.”", "Thandeka Ndzimela-Roux", "says", ""),
        ],
        [("A hydrogeologist's report commissioned by the municipality in 2024 found “no significant connection” between the borehole site and the spring, but recommended monitoring both for two years.", "A hydrogeologist's report commissioned by the municipality in 2024", "found", "W")],
        [("The monitoring has not started.", "", "", "W")],
        [("Municipal spokesperson Lwazi Mapeyi-Hart said the equipment had been ordered and would be installed “in the current financial year”.", "Lwazi Mapeyi-Hart", "said", "W")],
        [("◆", "", "", "B")],
        [("What the water is worth", "", "", "")],
        [("On Tuesday afternoon, Lettie Wessels-Mbeki opens her sluice at two, exactly.", "", "", "")],
        [("The water fills the furrow, turns into her garden and spreads between rows of spinach, beetroot and the quince trees her grandfather planted.", "", "", "")],
        [
            ("“People come here from Cape Town and they think this is a pretty old custom,” she says.", "Lettie Wessels-Mbeki", "says", ""),
            ("“It's not a custom.", "Lettie Wessels-Mbeki", "says", ""),
            ("It's how we eat.”", "Lettie Wessels-Mbeki", "says", ""),
        ],
        [
            ("Nomvula Strydom-Khumalo is a writer based in Makhanda.", "", "", "B"),
            ("Her book about Eastern Cape rivers, Furrow and Flood, was published in 2025.", "", "", "B"),
        ],
        [("This story first appeared in the winter 2027 print edition of The Dwarsrivier Review.", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("The last wool-washers of Graaff-Reinet", "", "", "B")],
        [("© 2027 Dwarsrivier Media (Pty) Ltd", "", "", "B")],
    ],
    # 11. Philippine NEWS PORTAL (Iloilo City)
    [
        [("VISAYAN PULSE", "", "", "B")],
        [("News | Regions | Nation | Business | Opinion | Sports | Lifestyle | Videos", "", "", "B")],
        [("TRENDING: Rice prices · Typhoon updates · Iloilo flooding · Dinagyang 2028", "", "", "B")],
        [("REGIONS", "", "", "B")],
        [("Iloilo City council OKs P1.24-billion loan for six flood pumping stations", "", "", "W")],
        [("By Jerome Ledesma-Aguirre", "", "", "B")],
        [("June 24, 2027 | 4:15 PM", "", "", "B")],
        [("Updated: June 24, 2027 | 6:02 PM", "", "", "B")],
        [("Facebook  X  Messenger  Copy link", "", "", "B")],
        [("Residents wade through floodwater along Jalandoni Street in Jaro, Iloilo City, after heavy rains in September 2026.", "", "", "W")],
        [("(File photo courtesy of the Iloilo City Disaster Risk Reduction and Management Office)", "", "", "B")],
        [("ILOILO CITY — The Sangguniang Panlungsod on Tuesday approved a P1.24-billion loan for the construction of six flood pumping stations in Jaro, La Paz and Mandurriao, districts that flooded at least nine times last year.", "", "", "W")],
        [("The loan will be taken from a government financial institution and paid back over 15 years, according to the ordinance.", "the ordinance", "according to", "W")],
        [("Councilors voted 11-1, with one abstention.", "", "", "W")],
        [("READ: Iloilo River dredging to resume before rainy season — city hall", "", "", "B")],
        [("Data from the City Disaster Risk Reduction and Management Office show that 38 barangays were flooded at least once in 2026, affecting some 21,400 families.", "Data from the City Disaster Risk Reduction and Management Office", "show", "W")],
        [
            ("The head of the office, Engr. Dionisio Lacson-Tirol, said most of the flooding happened within two hours of heavy rain because the drainage outfalls are lower than the river at high tide.", "Dionisio Lacson-Tirol", "said", "W"),
            ("“When the tide is high, the water has nowhere to go,” he said.", "Dionisio Lacson-Tirol", "said", ""),
        ],
        [("Mayor Rosario Villanueva-Sotelo said the pumping stations, each able to move 4,000 liters of water a second, would be finished before the 2029 rainy season.", "Rosario Villanueva-Sotelo", "said", "")],
        [
            ("“Every year we tell people to be patient.", "Rosario Villanueva-Sotelo", "said in a mix of Hiligaynon and English", ""),
            ("This time we have the money,” she said in a mix of Hiligaynon and English.", "Rosario Villanueva-Sotelo", "said in a mix of Hiligaynon and English", ""),
        ],
        [("The national government has committed another P300 million for drainage works in the same districts, the mayor said.", "Rosario Villanueva-Sotelo", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The lone dissenter, Councilor Ernesto Paredes-Gumban, said the city's debt service would rise to 18 percent of its annual income once the loan is drawn.", "Ernesto Paredes-Gumban", "said", "")],
        [
            ("“I am not against pumps.", "Ernesto Paredes-Gumban", "told the Pulse", ""),
            ("I am against paying for them for 15 years without a maintenance plan,” he told the Pulse after the session.", "Ernesto Paredes-Gumban", "told the Pulse", ""),
        ],
        [("He said two smaller pumping stations built in Lapuz in 2019 were out of service for most of last year's rainy season.", "Ernesto Paredes-Gumban", "said", "W")],
        [("READ: Lapuz residents seek answers as pump station stays idle", "", "", "B")],
        [("The city engineer's office said repairs on the Lapuz stations were completed in May and both were tested on June 10.", "The city engineer's office", "said", "W")],
        [("Residents remain wary.", "", "", "")],
        [("Marites Dela Cruz-Sanchez, 52, a vendor at the Jaro public market, said floodwater reached her stall's counter three times last year.", "Marites Dela Cruz-Sanchez", "said", "W")],
        [
            ("“Pila na ka tuig?", "Marites Dela Cruz-Sanchez", "asked", ""),
            ("How many more years?” she asked.", "Marites Dela Cruz-Sanchez", "asked", ""),
        ],
        [("Advertisement", "", "", "B")],
        [("Under the ordinance, the city must submit quarterly reports on the project to the council.", "", "", "W")],
        [("Public bidding is expected to begin in September.", "", "", "")],
        [("READ: Iloilo named 'Most Improved City' in regional governance survey", "", "", "B")],
        [("With a report from Lianne Bonifacio-Tan", "", "", "B")],
        [("Follow Visayan Pulse on Facebook and YouTube for the latest news from Western Visayas.", "", "", "B")],
        [("Tags: Iloilo City, flooding, Sangguniang Panlungsod, pumping stations", "", "", "B")],
        [
            ("Copyright © 2027 Visayan Pulse Media Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # 12. Scottish LOCAL NEWSLETTER's web view (Callander and the Teith villages)
    [
        [("Trouble reading this? Open the web version", "", "", "B")],
        [("THE TEITH LETTER", "", "", "B")],
        [("Callander, Doune, Deanston & Kilmahog  ·  Issue 214  ·  Friday 25 June 2027", "", "", "B")],
        [
            ("Morning all, and welcome to this week's Letter.", "", "", "B"),
            ("It's a busy one.", "", "", "B"),
        ],
        [("THE BIG STORY", "", "", "B")],
        [("Number 59 bus to lose half its runs from August", "", "", "W")],
        [
            ("The 59 bus between Callander and Stirling will run five times a day instead of ten from 11 August, after Stirling Council cut its subsidy for the route by £84,000 a year.", "", "", "W"),
            ("Operator Trossachs Coaches confirmed the new timetable on Wednesday.", "Trossachs Coaches", "confirmed", "W"),
        ],
        [
            ("The last bus back from Stirling will leave at 17.40, compared with 22.15 now.", "", "", "W"),
            ("The 59 has run hourly since 1998.", "", "", "W"),
        ],
        [("Managing director Fiona McLachlan-Reid said passenger numbers on the route had fallen to around 310 a day, from more than 500 before 2020.", "Fiona McLachlan-Reid", "said", "W")],
        [
            ("“We would love to run the full service,” she said.", "Fiona McLachlan-Reid", "said", ""),
            ("“But without the council money, every bus after six o'clock is running at a loss.”", "Fiona McLachlan-Reid", "said", "W"),
        ],
        [("A council spokesperson said the authority had to find savings of £11.6 million this year and that the 59 was “one of several supported services under review”.", "A council spokesperson", "said", "W")],
        [("It isn't only commuters who will notice.", "", "", "")],
        [("Pupils at the high school who stay for after-school clubs use the 17.05 and 18.20 runs, both of which will go.", "", "", "W")],
        [
            ("Callander Community Council chair Alasdair Drummond-Fyfe said they would hold a public meeting in the Kirk Hall on 7 July at 7pm.", "Alasdair Drummond-Fyfe", "said", ""),
            ("“If you've got a view, come along,” he said.", "Alasdair Drummond-Fyfe", "said", ""),
        ],
        [("FROM OUR SPONSOR", "", "", "B")],
        [("This week's Letter comes to you thanks to Leny Falls Cycle Hire on Main Street.", "", "", "B")],
        [("E-bike hire from £38 a day, and 10% off services for Letter readers until the end of July.", "", "", "B")],
        [("Mention the Letter when you book.", "", "", "B")],
        [("COUNCIL CORNER", "", "", "B")],
        [("Doune car park charges approved", "", "", "W")],
        [("Councillors on the environment committee voted 7-4 on Tuesday to bring in parking charges at the Balkerach Street car park in Doune from October, at £1.20 for up to two hours.", "", "", "W")],
        [("The money will go towards resurfacing the car park, the council said.", "the council", "said", "")],
        [("Traders are not happy.", "", "", "")],
        [("“Folk will just park on the street,” said Morag Ellison-Baird, who runs the deli on Main Street.", "Morag Ellison-Baird", "said", "")],
        [("WHAT'S ON", "", "", "B")],
        [
            ("Sat 26 June: Deanston Gala Day, from 12 noon at the village park.", "", "", ""),
            ("Free entry.", "", "", ""),
        ],
        [
            ("Wed 30 June: Callander Film Club shows Whisky Galore! at 7.30pm in the Kirk Hall.", "", "", ""),
            ("£5 on the door, doors open at 7pm.", "", "", ""),
        ],
        [("Sat 3 July: Car boot sale at Doune Bowling Club, 9am–1pm.", "", "", "")],
        [("ONE LAST THING", "", "", "B")],
        [
            ("A reader in Kilmahog sent us a photo of a heron that has taken to sitting on her garden shed every morning at 7 o'clock sharp.", "", "", ""),
            ("We've called him Gordon.", "", "", ""),
        ],
        [("Picture sent in by Jean Moncrieff-Lyle, Kilmahog", "", "", "B")],
        [
            ("That's your lot for this week.", "", "", "B"),
            ("See you next Friday, Kirsty", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Reply to this email or write to hello@teithletter.scot.", "", "", "B"),
        ],
        [("You're getting this because you signed up at teithletter.scot.", "", "", "B")],
        [("Unsubscribe  |  Update your preferences", "", "", "B")],
        [("The Teith Letter, c/o 9 Bridgend, Callander FK17 8AH", "", "", "B")],
    ],
]

CASES = [
    (
        "n137-ca-nb-sept",
        "SUSSEX, N.B. — The emergency department at the Sussex Health Centre will close every night from 8 p.m. to 8 a.m. between June 18 and Sept. 2, the Petitcodiac Health Network said Monday. It is the third summer in a row that the department has cut its overnight hours, and the longest closure so far.",
        [
            "SUSSEX, N.B. — The emergency department at the Sussex Health Centre will close every night from 8 p.m. to 8 a.m. between June 18 and Sept. 2, the Petitcodiac Health Network said Monday.",
            "It is the third summer in a row that the department has cut its overnight hours, and the longest closure so far.",
        ],
    ),
    (
        "n137-ca-locum",
        "“We did everything we could to avoid this,” she said. “We called every locum agency in Atlantic Canada. We are still calling.”",
        [
            "“We did everything we could to avoid this,” she said.",
            "“We called every locum agency in Atlantic Canada.",
            "We are still calling.”",
        ],
    ),
    (
        "n137-ca-daytime",
        "“Forty-five minutes, and you're watching him breathe the whole way,” she said. “What are we supposed to do, plan our heart attacks for the daytime?” she asked.",
        [
            "“Forty-five minutes, and you're watching him breathe the whole way,” she said.",
            "“What are we supposed to do, plan our heart attacks for the daytime?” she asked.",
        ],
    ),
    (
        "n137-ca-inc",
        "© 2027 Shorewave Broadcasting Inc. All rights reserved.",
        [
            "© 2027 Shorewave Broadcasting Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n137-ie-near-misses",
        "“Anyone who has tried to get out onto the Claremorris road at ten to nine knows what I'm talking about,” she said. “There were two near-misses there in the last year that I know of.”",
        [
            "“Anyone who has tried to get out onto the Claremorris road at ten to nine knows what I'm talking about,” she said.",
            "“There were two near-misses there in the last year that I know of.”",
        ],
    ),
    (
        "n137-ie-paywall",
        "Already a subscriber? Log in",
        [
            "Already a subscriber?",
            "Log in",
        ],
    ),
    (
        "n137-ie-survey",
        "Senior engineer Colm Durcan told the meeting that a drop-off lay-by and a raised pedestrian crossing would be built on the school side of the road before any of the homes are occupied. He said a traffic survey carried out in February counted 412 vehicles on the road between 8.30am and 9.15am.",
        [
            "Senior engineer Colm Durcan told the meeting that a drop-off lay-by and a raised pedestrian crossing would be built on the school side of the road before any of the homes are occupied.",
            "He said a traffic survey carried out in February counted 412 vehicles on the road between 8.30am and 9.15am.",
        ],
    ),
    (
        "n137-au-funded",
        "Twenty-three bridges damaged in the October 2026 floods across Gippsland will be rebuilt or replaced under a $38.6 million package announced today. The package is jointly funded, with $22.4 million from the state and $16.2 million from the Commonwealth under disaster recovery funding arrangements.",
        [
            "Twenty-three bridges damaged in the October 2026 floods across Gippsland will be rebuilt or replaced under a $38.6 million package announced today.",
            "The package is jointly funded, with $22.4 million from the state and $16.2 million from the Commonwealth under disaster recovery funding arrangements.",
        ],
    ),
    (
        "n137-in-ltd",
        "Pune-based auto components maker Bhorghat Forge & Gears Ltd. on Tuesday reported a 27.4% year-on-year rise in consolidated net profit to ₹186.3 crore for the January-March quarter, helped by higher export volumes to Europe and North America, according to an exchange filing. Revenue from operations rose 18.9% to ₹1,642.7 crore from ₹1,381.6 crore a year earlier.",
        [
            "Pune-based auto components maker Bhorghat Forge & Gears Ltd. on Tuesday reported a 27.4% year-on-year rise in consolidated net profit to ₹186.3 crore for the January-March quarter, helped by higher export volumes to Europe and North America, according to an exchange filing.",
            "Revenue from operations rose 18.9% to ₹1,642.7 crore from ₹1,381.6 crore a year earlier.",
        ],
    ),
    (
        "n137-in-margin",
        "EBITDA margin expanded 140 basis points to 17.8%. Net profit for the full year FY27 rose 22.1% to ₹642.9 crore.",
        [
            "EBITDA margin expanded 140 basis points to 17.8%.",
            "Net profit for the full year FY27 rose 22.1% to ₹642.9 crore.",
        ],
    ),
    (
        "n137-in-pvt-ltd",
        "© 2027 Vyapar Standard Media Pvt. Ltd. All Rights Reserved.",
        [
            "© 2027 Vyapar Standard Media Pvt. Ltd.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n137-ke-mr",
        "“My boat has not moved for twelve days,” said Mr Kennedy Ochieng Nyawara, who chairs the Dunga Beach Management Unit. “Before the weed came, a good night would bring 40 kilos of tilapia and omena. Now we are buying fish from Uganda to sell.”",
        [
            "“My boat has not moved for twelve days,” said Mr Kennedy Ochieng Nyawara, who chairs the Dunga Beach Management Unit.",
            "“Before the weed came, a good night would bring 40 kilos of tilapia and omena.",
            "Now we are buying fish from Uganda to sell.”",
        ],
    ),
    (
        "n137-ke-whatsapp",
        "Stay ahead of the news. Follow The Kenya Beacon on WhatsApp for breaking stories from all 47 counties.",
        [
            "Stay ahead of the news.",
            "Follow The Kenya Beacon on WhatsApp for breaking stories from all 47 counties.",
        ],
    ),
    (
        "n137-nz-10am",
        "The NZ Transport Agency said the first cars crossed at 10am on Friday, after a karakia at the site. The rebuild cost $31.8 million, against an original estimate of $19 million, and took twice as long as the seven months first planned, the agency said.",
        [
            "The NZ Transport Agency said the first cars crossed at 10am on Friday, after a karakia at the site.",
            "The rebuild cost $31.8 million, against an original estimate of $19 million, and took twice as long as the seven months first planned, the agency said.",
        ],
    ),
    (
        "n137-nz-tricky",
        "“It's a tricky piece of country,” he said. “We would rather build it once and build it right.”",
        [
            "“It's a tricky piece of country,” he said.",
            "“We would rather build it once and build it right.”",
        ],
    ),
    (
        "n137-us-credit-card",
        "“We put it on a credit card and a loan from my brother,” she said. “What happens when this one goes dry?”",
        [
            "“We put it on a credit card and a loan from my brother,” she said.",
            "“What happens when this one goes dry?”",
        ],
    ),
    (
        "n137-us-donors",
        "The Arroyo Report is a nonprofit newsroom. Our donors, listed at arroyoreport.org/supporters, have no say in what we cover.",
        [
            "The Arroyo Report is a nonprofit newsroom.",
            "Our donors, listed at arroyoreport.org/supporters, have no say in what we cover.",
        ],
    ),
    (
        "n137-us-republish",
        "We want our journalism to reach as many readers as possible. You may republish this article for free, online or in print, under a Creative Commons license.",
        [
            "We want our journalism to reach as many readers as possible.",
            "You may republish this article for free, online or in print, under a Creative Commons license.",
        ],
    ),
    (
        "n137-uk-chairman",
        "Chairman Graham Leckonby said: ‘This is the biggest day for this club off the pitch in my 19 years here. The old North Bank has served us well, but the crowds we've had over the last two seasons tell you the demand is there.’",
        [
            "Chairman Graham Leckonby said: ‘This is the biggest day for this club off the pitch in my 19 years here.",
            "The old North Bank has served us well, but the crowds we've had over the last two seasons tell you the demand is there.’",
        ],
    ),
    (
        "n137-uk-portakabin",
        "Manager Stuart Aspinall-Cragg said: ‘The lads have been getting changed in a Portakabin for two seasons. That tells you everything.’",
        [
            "Manager Stuart Aspinall-Cragg said: ‘The lads have been getting changed in a Portakabin for two seasons.",
            "That tells you everything.’",
        ],
    ),
    (
        "n137-uk-registered",
        "Ribblebank Athletic Football Club Ltd. Registered in England No. 04127785.",
        [
            "Ribblebank Athletic Football Club Ltd.",
            "Registered in England No. 04127785.",
        ],
    ),
    (
        "n137-sg-dash",
        "SINGAPORE – Jalan Kembangan Food Centre in Bedok reopened on July 2 after a 10-month upgrade, with 13 of its 52 cooked-food stalls now run by new tenants. The $8.4 million upgrade replaced the centre's roof, added 96 ceiling fans and a central dishwashing area, and raised the number of seats from 620 to 704, the National Environment Agency (NEA) said.",
        [
            "SINGAPORE – Jalan Kembangan Food Centre in Bedok reopened on July 2 after a 10-month upgrade, with 13 of its 52 cooked-food stalls now run by new tenants.",
            "The $8.4 million upgrade replaced the centre's roof, added 96 ceiling fans and a central dishwashing area, and raised the number of seats from 620 to 704, the National Environment Agency (NEA) said.",
        ],
    ),
    (
        "n137-sg-queue",
        "“People told me I was crazy,” he said. “Maybe I am. But the queue this morning was 20 people long.”",
        [
            "“People told me I was crazy,” he said.",
            "“Maybe I am.",
            "But the queue this morning was 20 people long.”",
        ],
    ),
    (
        "n137-sg-regn",
        "Copyright © 2027 Merlion Courier Press Holdings Ltd. Co. Regn. No. 198405123K. All rights reserved.",
        [
            "Copyright © 2027 Merlion Courier Press Holdings Ltd.",
            "Co. Regn. No. 198405123K.",
            "All rights reserved.",
        ],
    ),
    (
        "n137-za-bio",
        "Nomvula Strydom-Khumalo is a writer based in Makhanda. Her book about Eastern Cape rivers, Furrow and Flood, was published in 2025.",
        [
            "Nomvula Strydom-Khumalo is a writer based in Makhanda.",
            "Her book about Eastern Cape rivers, Furrow and Flood, was published in 2025.",
        ],
    ),
    (
        "n137-ph-tuig",
        "“Pila na ka tuig? How many more years?” she asked.",
        [
            "“Pila na ka tuig?",
            "How many more years?” she asked.",
        ],
    ),
    (
        "n137-ph-engr",
        "The head of the office, Engr. Dionisio Lacson-Tirol, said most of the flooding happened within two hours of heavy rain because the drainage outfalls are lower than the river at high tide. “When the tide is high, the water has nowhere to go,” he said.",
        [
            "The head of the office, Engr. Dionisio Lacson-Tirol, said most of the flooding happened within two hours of heavy rain because the drainage outfalls are lower than the river at high tide.",
            "“When the tide is high, the water has nowhere to go,” he said.",
        ],
    ),
    (
        "n137-ph-corp",
        "Copyright © 2027 Visayan Pulse Media Corp. All Rights Reserved.",
        [
            "Copyright © 2027 Visayan Pulse Media Corp.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n137-sc-galore",
        "Wed 30 June: Callander Film Club shows Whisky Galore! at 7.30pm in the Kirk Hall. £5 on the door, doors open at 7pm.",
        [
            "Wed 30 June: Callander Film Club shows Whisky Galore! at 7.30pm in the Kirk Hall.",
            "£5 on the door, doors open at 7pm.",
        ],
    ),
    (
        "n137-sc-email",
        "Got a story? Reply to this email or write to hello@teithletter.scot.",
        [
            "Got a story?",
            "Reply to this email or write to hello@teithletter.scot.",
        ],
    ),
]
# fmt: on
