"""Hundred-and-forty-second set of new hand-labelled pages for the hint engines (tuning set, round fifty-three):
twelve WHOLE pages of everyday news from twelve countries the sets are thin on, head to tail as a
reader's paste gives them, each pasted a different way, where the FURNITURE of each site (worded its
own way) and the ARTEFACTS of each way of pasting are the hard part. The pages: a Nigerian national
daily's website copied with desktop select-all (Lagos bakers raise the standard loaf from ₦1,450 to
₦1,800); a Pakistani English daily's print view (the Lahore High Court suspends a notice to demolish
140 shops at a Gujranwala market); a Bangladeshi English daily's mobile page shared from a phone
browser into a notes app (212 millimetres of rain in Chattogram, 1,640 families moved to 48
shelters); a Malaysian news portal in reader view (Petaling Jaya street parking up from 60 sen to
RM1 an hour); a New Zealand regional site's Google cache copy (Westport's largest general practice
closes its books after a second GP resigns); a Jamaican newspaper app's "copy text" (checkpoints in
May Pen after 14 route taxi robberies); a Trinidad and Tobago paper's "email this article" message,
forwarded (Point Lisas United win a league title with a 94th-minute header); a Zambian news site's
WhatsApp post copied from a chat (a Kitwe copper smelter restarts and recalls 640 of 910 workers); a
Ugandan daily's e-paper page copied from a PDF (a Wakiso head teacher interdicted after 300 pupils
are sent home over a Shs50,000 fee); a Fijian news site's CMS preview of a draft (a Lautoka
businesswoman elected party leader with 212 of 361 votes); a Maltese news site's RSS item in a feed
reader (the Gozo fast ferry cuts winter crossings from 12 to eight a day); and an Estonian regional
paper read through the browser's built-in translation (district heating in Rakvere up 13.9% from
December 1).

What is hard is telling the page from its furniture and from the wrapper the paste adds, and finding
the sentence ends the paste leaves. Each site words its furniture its own way ("READ ALSO:", "Read
more:", "ALSO READ:", "RELATED:", "Related:", "READ ALSO |", "Continue reading →", "Tap to view
gallery (4 photos)", "Follow us on Google News", "Follow this topic: Crime", "Listen to this news
02:41", "Listen to the article", "5–6 minutes", "Posted 3 hrs ago", "Updated about 3 hours ago", "·
2h", "· Yesterday", "12 COMMENTS", "Comments (8)", "Comments: 23", "Comments are closed on this
story.", "Advertisement", "Reklaam", "MEGA SALE!", "Have a story?", "Loading…"). Each way of pasting
leaves its own traces: links glued into one word ("HomeNewsPoliticsMetro...",
"FacebookXWhatsAppTelegram...", "Tags: BreadFlourFood InflationLagos", "Previous articleIkorodu
council ...", "Comment *Name *Email *"), an author link glued to the date ("Ifeoma
Ogundimu-LawalMarch 6, 2026"), a reading time glued to a comment count ("4 min read12 Comments"),
related headlines glued to their time-ago stamps ("six missing2 hours ago"), a cookie button glued
to the notice ("privacy policy.Accept"), a lost space after a dash ("Clarendon —The police"); a
share title and a print header that repeat the headline with the site's name; a print footer with
the URL and "1/2" and the repeated print header in the middle of the story, "[1]" link numbers and a
"Links:" list; a cache banner; an email forward's header block, the forwarder's note in dialect, his
signature and "Sent from my iPhone"; WhatsApp time-stamp prefixes, *bold* and _italic_ markers,
emoji bullets and a sharer's chat line; a PDF copy's line-end hyphens inside sentences ("develop-
ment", "inves- tigations", "manage- ment", "meet- ing"), folios, a jump line, a jump head, an advert
and a pull quote, and a neighbouring column's briefs; a CMS preview's banner, status line, an
unfilled "{publish_date}", a "[Featured image: ADD PHOTO ...]" placeholder, "Photo: TBC", notes to
subs, a failed "[embed]URL[/embed]", SEO title, meta description, slug and word count; a feed
reader's tabs, unread count, buttons and "The post ... appeared first on Fanal News."; and
machine-translated English with decimal commas ("86,20 euros", "2,1 percent"), a space as thousands
separator ("31 400 euros"), Estonian „...“ quotes, a translated name-day line and untranslated
"Reklaam". Captions with credits in many shapes ("Photo: Harmattan Herald/Kunle Badmus-Ojo", "—
Lembah Post pic by ...", "— Filepic", "(Photo: ...)", "PHOTO: ANIL RAMKISSOON-HOSEIN",
"PHOTO/HARRIET NAKIMULI-SSEBUNYA", "Photo: Kopala Wire/File", "Photo: TBC"), social handles ("Follow
her on X: @IfeomaLawalNG", "Instagram @liguanearecord · X @LiguaneaRecord ...", "Follow us: Facebook
/koroseamail ..."), and footers with addresses and registrations ("Kestrel Dawn Media Ltd." / "RC
1487203.", "(Pvt) Ltd.", "Teesta Media Ltd. from 41 Tejgaon Industrial Area, Dhaka-1208.", "Sdn Bhd
(201501034512)", "NZBN 9429051234567", "W.I.", "P.O. Box 70412, Kampala.", "Company Registration No.
17462.", "(C 71234)", "Registry code 10442731"). Sentence ends the split has to find or refuse:
"after 7 p.m." before "Its president ...", "at 6 p.m. and" mid-sentence, "Updated 7:42 a.m.", "Rs.
1.2 million", "Md. Anisur Rahman Talukder", "Datuk Ir. Shahrul Nizam", "K. Ravindran a/l Muthusamy",
"signal no. 3." ending a sentence, "(March 5)." ending one, "RM38.2mil", "US$9,800", "K14,200",
"€4.50", "7.15am, 1pm, 4.30pm", "at 11.40am]", a dateline with a full stop ("WAKISO. The ..."), a
question with its attribution ("“Now they tell me the whole building is dangerous?” he asked.",
"“Are we second-class citizens?” he asked.", "what else can I do?” she asked.") against a question
followed by a new sentence ("“Who wrote us off in August?" / "Everybody,” Alleyne-Baboolal said.")
and a chat line's "??", a question without a cue, a colon quote ("he said: “Not this year.”"),
quotes whose attribution comes after the second sentence, and single curly quotes (‘monitoring the
situation closely’, ‘development fee’, ‘Tallman’, ‘Dev’).

The pages hold 523 sentences: 234 "B", 165 "W" and 124 ""; 203 sentences carry a speaker (101
distinct speakers). `STYLES` describes each page: its country, outlet, way of pasting, story, and
its furniture head to tail with labels; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff]` tables of `pyproject.toml`; and, through `ast` only, the
docstrings, the first `STYLES` entry, the page and sentence counts, the first page's first fifteen
sentences and the first two cases of `labelled_new139.py` and `labelled_new140.py`. Coined names
were checked for freshness with `grep -rlF` file counts over `tests/text` (leaving out the held-out,
train and test files and `hint_scores.py`); the ones that hit (a rickshaw puller, a byline, a
forwarder, a parent and a chat name) were replaced, and every surname, outlet and firm was checked
to appear on one page only.

Every person, outlet, firm, party, club, union, association, forum, school, statement, post, message
and figure is invented. Real countries, regions, cities, towns, markets, roads, streets, stadiums,
hospitals, courts, ministries, agencies, councils and utilities appear only as settings, with
invented statements and figures: Lagos, Ikotun, Ikeja, Adeniyi Jones Avenue, Abuja, Ibadan, Ikorodu,
Otedola Bridge, the Senate, INEC and the National Bureau of Statistics; Lahore, Gujranwala,
Sheranwala Bagh, the Lahore High Court, the Buildings Department and the Gujranwala Municipal
Corporation; Chattogram, Akbar Shah, Muradpur, Bahaddarhat, Agrabad, Lalkhan Bazar, Cox's Bazar,
Rangamati, Khagrachhari, Bandarban, Tejgaon, Dhaka, the Meghna and Chattogram Medical College
Hospital; Petaling Jaya, SS2, Section 14, Section 17, Damansara Utama, Jalan Othman, Subang Jaya,
Klang and Selangor; Westport, Palmerston Street, Brougham Street, Buller, the West Coast, Greymouth,
Christchurch, Nelson, Health New Zealand and NZ On Air; May Pen, Clarendon, Hayes, Denbigh, Lionel
Town, Old Harbour, Rocky Point, Palmers Cross, the May Pen Hospital, the JCF, the Clarendon
Municipal Corporation and the Transport Authority; San Fernando, Skinner Park, Point Lisas, Fyzabad
and Marabella; Kitwe, Nkana West, Chisokone Market, the Copperbelt, Ndola, Luanshya, ZESCO, the
Ministry of Mines and Minerals Development and the London Metal Exchange; Wakiso, Nakawuka, Kampala,
Kibira Road, Mukono, Seeta, the Kampala-Jinja highway, Masaka, Kyanamukaaka and Universal Primary
Education; Lautoka, Ba, Nadroga, Vitogo Parade, the Western Division and the Fijian Elections
Office; Gozo, Mġarr, Xagħra, Valletta, Ċirkewwa, Msida, Ħamrun, Paceville, Nadur, Mater Dei
Hospital, Gozo Channel, the Ministry for Gozo and the Nationalist Party; Rakvere, Näituse street,
Lai street, Kadrina, Tapa, Viljandi, Valga, Lääne-Viru and Ida-Viru counties and the Competition
Authority.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, ticker, section path, byline, date line, share line,
caption, credit, list item, box row, wrapper line, note and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is
"B" line by line, whatever it says, and never carries a speaker; a caption is labelled by its
content and its credit is "B"; headlines and standfirsts are never split and are flagged by content
(a standfirst's "says" or "estimates" carries its source as the story first gives it); a dateline
belongs to its lead sentence; a person is named in full as first given without titles or roles, and
a pronoun or surname resolves to that name; "according to X" gives X as written; a generic noun for
a body is kept as written ("The company", "The ministry", "The operator", "The association", "The
practice", "the council", "the Met office", "the union", "police", "Police"), while "It said"
resolves to the body as first given ("Comino Fastlink"); a quote over several sentences carries its
speaker and cue in each; timetables, release and meeting dates fixed by the body that sets them are
"W", plans and hopes with numbers are "", guidance to readers is "".

Conventions this set had to settle, in the same spirit:

* Wrapper lines a way of pasting puts around a page are "B" like its furniture: a share title or a
  print header that repeats the headline with the site's name, a print footer with the URL and page
  count, a cache banner, an email forward's header block, "thought you would like this article" and
  unsubscribe lines, a WhatsApp time-stamp prefix on a message that carries only furniture, a feed
  reader's tabs, buttons and "The post ... appeared first on ..." line, a CMS preview's banner,
  status line, notes to subs, placeholders, SEO fields and meta description (even when it states a
  fact). The page's own headline is still flagged by content. * The sharer's own words (an email
  forwarder's note, a chat line under a shared story and its reply) are "" with no speaker: they are
  neither the page's furniture nor a claim a reviewer would check. A chat line keeps its time-stamp
  prefix, since no sentence boundary separates them, and is split where its own sentences end ("...
  your uncle works??" / "They are calling people back 🙏🏾"). * Furniture glued without a space (menu
  links, an author link and a date, a reading time and a comment count, a related headline and its
  time-ago stamp, "privacy policy.Accept") is one sentence, since nothing separates the pieces, and
  is "B"; a lost space after a dash in the lead ("—The police") changes nothing. * An e-paper pull
  quote that repeats a body sentence, and its attribution line, are "B" with no speaker (the body
  sentence keeps its speaker and flag); a PDF copy's line-end hyphens stay in the text as pasted; a
  folio, a jump line ("Continued on page 9", "From page 8"), a one-word jump head ("FEES") and an
  advert are "B"; briefs from a neighbouring column are news, labelled by content, their place
  kickers "B". * A dateline that ends in a full stop ("WAKISO. The Wakiso District ...") belongs to
  its lead sentence like any dateline. * Dropped from the speaker like "Dr" and "Mayor": "Haji",
  "Justice", "Datuk", "Ir.", "Superintendent", "Councillor", "Mr", "Mrs", "Ms". Kept as part of the
  name: "Md." in a Bangladeshi name ("Md. Anisur Rahman Talukder"), the Malay and Malaysian Indian
  particles "bin", "a/l" and "a/p", an initial ("K. Ravindran a/l Muthusamy"), and a nickname given
  inside the name in single quotes ("Owen ‘Tallman’ Stennett", "Vishal ‘Dev’ Seecharan"); a Malay
  name's later cue by the given name ("Shahrul Nizam said") resolves to the full name. * A body with
  a proper name loses its article as speaker ("the Clarendon Police Division said" -> "Clarendon
  Police Division", "The Fijian Elections Office confirmed", "The Competition Authority said in a
  press release", "the Ministry of Mines and Minerals Development said", "The Copperbelt Smelter
  Workers' Union welcomed"), while "according to" keeps X as written ("figures from the National
  Bureau of Statistics", "JCF statistics", "the new timetable published on the operator's website").
  * "X blame ... for", "described ... as", "counted", "estimates", "calculated", "confirmed",
  "urged" and "welcomed" are cues. A calculation a company makes from a price already fixed ("the
  heating bill in January will thus grow by about 14 euros, the company calculated") is "W",
  arithmetic of record, not a forecast. * Machine-translated text is labelled as the page reads; its
  decimal commas and Estonian „...“ quotes are no sentence boundaries. * A standings box's title and
  column header are "B", its rows "" (like line-up and referee lines, as in `labelled_new2.py`). *
  `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Nigerian NATIONAL DAILY\'S WEBSITE (Lagos), DESKTOP BROWSER SELECT-ALL in Chrome, a PRICES story: Lagos bakers raise the standard 600-gram loaf from ₦1,450 to ₦1,800. Head: "Skip to content", date line, masthead, a menu whose links glue into one word ("HomeNewsPolitics..."), a TRENDING ticker, "Advertisement", section label (all "B"); headline "W"; author link glued to the date ("Ifeoma Ogundimu-LawalMarch 6, 2026"), reading time glued to the comment count ("4 min read12 Comments"), a glued share strip (all "B"); a caption "" and its credit "Photo: Harmattan Herald/Kunle Badmus-Ojo" "B" in one line. Body: lead of record "W" with no speaker; the bakers\' chairman "told the Herald" "W", a three-sentence quote (a price record "W", then two feelings ""), a surname cue "W"; two "Advertisement" lines and a "READ ALSO:" line "B" mid-story; "several traders said" kept as written "W"; a trader named after the second sentence of her quote (both ""); a ministry spokeswoman with single curly quotes "W" and her plan ""; "according to figures from the National Bureau of Statistics" "W"; "Flour millers blame" "W"; a miller\'s statement "W"; a consumer group\'s call "" and its coordinator\'s record "W" and "That cannot go on." ""; a forecast "according to the association" "". Tail: glued tags, author name and two-sentence bio, a social handle line "Follow her on X: @IfeomaLawalNG", "Previous article" glued to a headline, "12 COMMENTS", reply-form labels glued together, a glued footer menu, the publisher line split at "Ltd." / "RC 1487203." / address, and "© 2026 Harmattan Herald." / "All rights reserved." (all "B").',
    'Pakistani ENGLISH DAILY\'S WEBSITE (Lahore), PRINT VIEW saved and copied, a COURT story: the Lahore High Court suspends a notice to demolish 140 shops at a Gujranwala market. Head: the browser\'s print header (date, time and page title, which repeats the headline, on one line), "Print this page ✕ Close window", masthead, section path (all "B"); headline and standfirst "W"; "Our Correspondent", a "Published ... Updated about 3 hours ago" line frozen by the print (both "B"). Body: "LAHORE:" lead of record "W"; the judge\'s order narrated "W" with no speaker; "the order said" kept as written "W"; counsel "argued", "told the court" and "said" (records "W"), "not encroachers" ""; the print footer (URL and "1/2") and the repeated print header fall MID-STORY between paragraphs ("B"); the assistant advocate general "told the bench" "W" and her plan ""; "The judge asked" resolving to "Tahira Mumtaz Gondal" (title "Justice" dropped) ""; adjournment "W"; a "Read more: ... [1]" line with its print-view link number "B"; a traders\' president first given with the honorific "Haji" (dropped) "W", his fear and a question without a cue ""; "Rs. 1.2 million" mid-sentence "W" and "“Now they tell me ...?” he asked." one sentence ""; an earlier demolition "W"; a second "Read more ... [2]" "B"; a district spokesman "W" then his plan ""; "did not respond to a request for comment" "". Tail: "Published in The Ravi Chronicle, March 12th, 2026", "Comments are closed on this story.", copyright split at "(Pvt) Ltd.", a "Links:" list with the expanded [1] and [2] URLs, the last print footer "2/2" (all "B").',
    'Bangladeshi ENGLISH DAILY\'S MOBILE SITE (Chattogram), PHONE BROWSER SHARE to a notes app (the share puts the page title with the site name and the URL on top, then the long-pressed select-all of the phone page), a WEATHER story: 212 millimetres of rain in 24 hours, 1,640 families moved to 48 shelters, landslide warning. Head: share title line (which repeats the headline, with "| The Teesta Tribune") and URL "B"; icon glyphs, masthead, language toggle "বাংলা | E-Paper", section path (all "B"); headline "W"; correspondent line, a "Published: ... | Updated: ..." line, "Follow us on Google News", a font-size strip "A- A A+", a "Listen to this news 02:41" player (all "B"); caption "" with credit "Photo: Teesta Tribune" "B". Body: rainfall record "the Met office said" kept as written "W"; the deputy commissioner "told The Teesta Tribune" "W", "miking" record "W" and advice ""; the Met office\'s warning with "signal no. 3." ending the sentence (no speaker, an action) "W"; "Advertisement" "B"; a meteorologist whose name keeps "Md." ("Md. Anisur Rahman Talukder") with a forecast "" and advice ""; flooded roads "W"; "the district education office said" "W"; "police said" "W" and the next sentence of record without a cue "W"; "a spokesman for the corporation" "W"; a "Read more:" question "B"; a rickshaw puller\'s record "W" and feeling ""; a survey "counted" "W"; its coordinator\'s causal claim "W" and her remark "". Tail: topics, a share strip, "Related News" with two headlines glued to their time-ago stamps ("six missing2 hours ago"), "Most Read", "Back to top ↑", the bottom tab bar, the editor line and the imprint with "Teesta Media Ltd. from 41 Tejgaon Industrial Area, Dhaka-1208." and a phone and email line (all "B").',
    'Malaysian ENGLISH NEWS PORTAL (Petaling Jaya), READER VIEW in Firefox (no menus; the domain, the reading time and the inline "ALSO READ:" and follow lines survive), a COUNCIL story: street parking goes from 60 sen to RM1 an hour from April 1. Head: domain "lembahpost.my" "B"; headline "W"; author name and "5–6 minutes" "B"; a standfirst whose "says mayor" carries the mayor "W"; caption "" with credit "— Lembah Post pic by ..." "B". Body: "PETALING JAYA:" lead with "(March 5)." ending it "W"; the mayor first given as "Mayor Datuk Ir. Shahrul Nizam bin Mat Yusof" ("Datuk" and "Ir." dropped, "bin" kept; later "Shahrul Nizam said" resolves to him) "W"; a quote "told reporters" that is "" then a funding claim "W"; app rate, hours, season passes, 2014 rate, vote "W"; a councillor who voted against ("" opinion) and her "67% jump" record "W" and "real money" ""; "ALSO READ:" "B"; "According to the council\'s 2025 annual report" "W"; "the mayor said" "W"; compounds "W"; a filepic caption "" and "— Filepic" "B"; "the council said" "W"; traders\' fears ""; a chairman named "K. Ravindran a/l Muthusamy" (initial and "a/l" kept) with feelings "", his membership record "W" and plan ""; a state spokesman "W"; a retiree "Jeyanthi a/p Subramaniam" ""; a hawker\'s plan and "what else can I do?” she asked." ""; a second "ALSO READ:" "B"; a neighbouring council\'s rate "W"; the mayor\'s plans "" and a colon quote "Not this year." "". Tail: the follow line and "Copyright © 2026 Lembah Post Sdn Bhd (201501034512)" / "All Rights Reserved." (all "B").',
    'New Zealand REGIONAL NEWS SITE (Westport), a GOOGLE CACHE COPY (the cache banner, then the cached page with its cookie notice, whose "Accept" button glues onto the last sentence), a HEALTH story: Westport\'s largest general practice closes its books after a second GP resigns. Head: cache banner lines ("Cached page: URL", "Snapshot as of ... GMT." / "The live page may have changed since.", "Full version Text-only version View source"), cookie notice "We use cookies ..." / "Find out more in our privacy policy.Accept", masthead, menu, weather strip, section (all "B"); headline "W"; standfirst "the practice estimates" carrying "Kawatiri Family Health" "W"; "Local Democracy Reporter" byline and date "B"; caption "" with credit "B". Body: lead "W"; practice manager\'s records "W", her two-sentence quote ""; "Prendergast-Huia said" and "She said" "W"; an unnamed departing doctor "told the Westerly" "W"; "Advertisement" "B"; Health New Zealand "said" with a quoted phrase "W"; "The statement did not say ..." "W" with no speaker; a patient\'s record "W" and her two-sentence quote "" with the cue after the second; a lazy-load "Loading…" "B"; the mayor\'s offer "W" and appeal ""; "Health New Zealand figures show" "W"; "The practice said" plan "". Tail: "Related:", "Have a story?" / "Email ..." (a question that is furniture), a funding note, "Comments (8)", "Sign in ...", publisher address, NZBN and copyright (all "B").',
    'Jamaican NEWSPAPER APP, the app\'s "COPY TEXT" action (headline and standfirst first, no menus, the gallery button, the app\'s share footer), a POLICE story: checkpoints in May Pen after 14 route taxi robberies in six weeks. Head: headline "W"; standfirst "police say" carrying "Clarendon Police Division" "W"; byline with "/Staff Reporter", reporter\'s email, "Tuesday | May 12, 2026", "Updated 7:42 a.m.", "Tap to view gallery (4 photos)" (all "B"). Body: "MAY PEN, Clarendon —The police ..." with the app\'s lost space after the dash, "the Clarendon Police Division said" (article dropped) "W"; the superintendent (title dropped) "told the Record" "W", her description "", arrests and charges "W", a robbery comparison "W", "She declined to say ..." ""; "RELATED:" "B"; a taxi operator first given with a nickname in single curly quotes ("Owen ‘Tallman’ Stennett"), his patois "" and his robbery record "W", patois two-sentence quote ""; the association\'s plan ending "after 7 p.m." before "Its president ..." (a record "W"); "hungry is better than dead" ""; caption "" with "(Photo: ...)" credit "B"; a nurse\'s record "W", "I stood on the road for 45 minutes" "W", "Not one car stopped." ""; a councillor\'s record "W" and remark ""; "Police urged" advice ""; "according to JCF statistics" "W"; an expectation ""; "Transport Authority said" "W"; "parks his car at 6 p.m. and" mid-sentence ""; a plan "" and reader guidance with phone numbers "". Tail: "Follow this topic: Crime", "More from Clarendon" with two headlines and "· 3h"/"· Yesterday" stamps, a line of social handles, "Shared from the Liguanea Record app." / "Read it at URL", "Get the app: URL" (all "B").',
    'Trinidad and Tobago NEWSPAPER SITE (San Fernando), an EMAIL FORWARD of the site\'s "email this article" message, a SPORT story: Point Lisas United win the Southern Premier Division title with a 94th-minute header. Head: the forwarder\'s own note in dialect (two sentences "", no speaker), his signature "Kerwin" and "Sent from my iPhone", the "---------- Forwarded message ---------" block (From, Date, Subject carrying the headline, To), the "... thought you would like this article" line, an "[image: Caroni Clarion]" placeholder, section label (all "B"); headline "W"; byline with "Posted 3 hrs ago" "B"; a caption stating the winner "W" with credit in capitals "B". Body: match report lead "W" and scorers "W"; the coach named after his quote ""; "“Who wrote us off in August?" / "Everybody,” Alleyne-Baboolal said." / "“Well, look at the table now.”" (three sentences ""); the scorer\'s record "W" and "he said, laughing" resolving to him ""; the rival coach\'s complaint over three sentences ""; points and title record "W"; the captain (first given with his nickname) and his plan "". A standings box: title and column header "B", rows ""; "TEAMS" "B", two line-up lines "" and "Referee:" "". Tail: "Read more sport at ...", the paper\'s address ending "W.I.", the unsubscribe lines (all "B").',
    'Zambian NEWS SITE\'S WHATSAPP POST, forwarded into a chat and copied from the chat with WhatsApp\'s time-stamp prefixes, *bold* and _italic_ markers and emojis, a BUSINESS story: a Kitwe copper smelter restarts after 11 months and recalls 640 of 910 workers. Head: "[14/03/2026, 07:52] Mwila Kabanda: 📰 *KOPALA WIRE* | BUSINESS" "B"; the headline in asterisks "W"; "_By ..._ | 14th March 2026" "B"; a photo line "📸 ..." "" with "Photo: Kopala Wire/File" "B". Body: "KITWE –" lead "the company said" "W" (restart date fixed by the company); the CEO first given with "Mr" (dropped) "W", "“Now we can.”" "", return dates "W"; "ZESCO confirmed" "W" and "according to ZESCO" "W"; the CEO\'s hope ""; "The company said" kept as written "W"; output record "W"; an emoji separator "B"; "The Copperbelt Smelter Workers\' Union welcomed" ""; the branch secretary ("Mrs" dropped) "W" and remark ""; "according to the union" "W"; a worker\'s record "W" and two-sentence quote ""; the ministry\'s forecast and "The ministry said" target ""; copper price "W"; the mayor\'s record "W" and remark ""; the chamber president\'s vague loss "" and remark ""; a trader\'s record "W" and remark "". Tail: an _italic_ update note, "👉 *Read more:* URL", the channel invitation, a second time-stamped message "📌 *ALSO ON KOPALA WIRE TODAY*" with three numbered-emoji headlines (all "B"); then the sharer\'s own chat line, time stamp and all, split at its "??" (two sentences "") and the reply, time stamp and all ("", no speaker).',
    'Ugandan DAILY\'S E-PAPER (Kampala), a PDF PAGE COPIED from a PDF viewer that joins each column\'s lines but keeps the line-end hyphens ("develop- ment", "inves- tigations", "manage- ment", "meet- ing"), a SCHOOLS story: a Wakiso head teacher interdicted after 300 pupils are sent home over a Shs50,000 fee. Head: the page folio "8 PEARL DISPATCH Tuesday, ... www..." and a "NEWS" kicker "B"; headline with single curly quotes "W"; byline in capitals "B". Body: a lead whose dateline "WAKISO." ends in a full stop yet belongs to the lead "W"; the district education officer ("Mr" dropped) "W", his rule "W" and "That is the law ..." ""; the same line again as a PULL QUOTE with its capitalised attribution (both "B"); a parent\'s records "W" and "not seen a single brick" ""; "Another parent" "W"; the committee chairman "W"; the head teacher\'s denial "W" and "declined to comment" ""; the jump line "Continued on page 9", an advert\'s two lines, the next page\'s folio, "From page 8" and the jump head "FEES" (all "B"); complaints and the meeting date "W"; pupils back "W"; caption "" and "PHOTO/NAME" credit "B"; a councillor\'s opinion ""; UPE capitation "W"; "according to district records" and "according to the district" "W"; "Parents said" plan "". An "IN BRIEF" column bled in from the next column: kicker and place labels "B", two brief headlines "W", "police said" "W", "the district production officer said" "W". Tail: the imprint with "P.O. Box 70412, Kampala." and "Registered at the GPO as a newspaper." (both "B").',
    'Fijian NEWS SITE (Lautoka), a CMS PREVIEW of a draft copied by an editor (preview banner, edit links, status line, unfilled template tags, notes to subs, SEO fields, the editor\'s button bar), a POLITICS story: a Lautoka businesswoman elected leader of an opposition party, 212 of 361 votes. Head: "This is a preview." / "The post has not been published ...", "Edit post | Back to all posts | Submit for review", "Status: Draft · Last saved by ana.tuilau 12 minutes ago", masthead, menu, section (all "B"); headline and standfirst "W"; byline, an unfilled "{publish_date}", a "[Featured image: ADD PHOTO — ...]" placeholder and "Photo: TBC" (all "B"). Body: lead "W"; votes "W"; a bracketed "[NOTE TO SUBS: ... at 11.40am]" "B"; ballot and withdrawal "W"; the new leader "told delegates" a plan "" and a two-sentence quote ""; her record "W"; the predecessor "W" and "He did not attend the meeting." "W"; the defeated candidate\'s plan and remark ""; the general secretary\'s membership record "W"; "The Fijian Elections Office confirmed" (article dropped) "W"; a failed "[embed]URL[/embed]" shortcode "B"; a political scientist\'s opinion and remark ""; the last election result "W"; an "[ADD: ...]" note "B". Tail: tags, SEO title, meta description (a full sentence of fact, still "B"), slug, word count, the related-posts placeholder, a follow line with social handles, the publisher line, "Company Registration No. 17462." and "© 2026 Koro Sea Mail." and the button bar (all "B").',
    'Maltese NEWS SITE\'S RSS ITEM in a feed-reader app (the reader\'s tabs and unread count, the feed\'s own footer line "The post ... appeared first on ...", the reader\'s buttons and its list of more items with time-ago stamps), a TRANSPORT story: the Gozo fast ferry cuts winter crossings from 12 to eight a day. Head: reader tabs, feed name, "14 unread" "B"; headline "W"; "Fanal News · name · 2h" "B"; caption "" and credit "B". Body: "operator Comino Fastlink announced" "W"; "The company said" kept as written "W" and "It said" resolving to "Comino Fastlink" "W"; "according to the new timetable published on the operator\'s website" with "7.15am, 1pm, 4.30pm and 8pm" "W"; an "[Image: ...]" alt line "B"; fares "W"; crew cut "W"; a nurse\'s timetable record "W", a feeling "" and "“Are we second-class citizens?” he asked." one sentence ""; an association president\'s "described ... as" "" and her record "W"; "The association said" plan ""; a ministry spokesperson\'s record "W" and vague "in contact" ""; an opposition spokesperson\'s call ""; journey times "W"; a student\'s plan and remark ""; last winter "W"; the operations manager\'s loss "W" and remark ""; the operator\'s history "W"; "The operator said" plan "". Tail: "Continue reading →", "Read more:", the feed\'s "The post ... appeared first on Fanal News.", "Comments: 23", tags, "Open on ...", the reader\'s button row, "More from Fanal News" with two items and their stamps, the publisher line with "(C 71234)" (all "B").',
    'Estonian REGIONAL NEWSPAPER SITE (Rakvere), read through the BROWSER\'S BUILT-IN TRANSLATION and copied with select-all (machine-translated English with Estonian decimal commas "86,20 euros", "2,1 percent", a space as the thousands separator "31 400 euros", Estonian low-high quotation marks „...“, untranslated "Reklaam" ad labels, a translated name-day line), a PRICES story: district heating in Rakvere goes up 13.9% from December 1 after the Competition Authority approves a new price ceiling. Head: "Go to content", masthead, account links, menu, date and name-day line, "NEWS" (all "B"); headline and standfirst "W"; byline, "11.11.2026 08:41", "Listen to the article", "Comments (27)" (all "B"); caption "" and "PHOTO: ..." "B". Body: lead "W"; previous price "W"; "According to the board member of Virumaa Küttevõrk Tarvo Meriloo" "W"; a „...,“ said Meriloo. quote of record "W" and a self-serving claim ""; "the company calculated" a bill from the fixed price "W"; "Reklaam" "B"; "The Competition Authority said in a press release" causal "W"; a translated "READ ALSO |" line "B"; the deputy mayor\'s proposal "" and her remark "", "According to her" record "W"; the council meeting date "W"; an apartment association chairman\'s record "W", his remark and plan ""; other towns "W"; the company\'s hope "". Tail: a second "Reklaam", "Comments (27)", "Write a comment", "Most read" with two numbered items, the contact line, "Registry code ...", the reuse notice, and a cookie notice at the very end "This site uses cookies." / "I agree" (all "B").',
]

ARTICLES = [
    # 1. Nigeria: national daily's website, desktop select-all (bread prices, Lagos)
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("Friday, March 6, 2026", "", "", "B"),
        ],
        [
            ("Harmattan Herald", "", "", "B"),
        ],
        [
            ("HomeNewsPoliticsMetroBusinessSportsOpinionEntertainmentE-Paper", "", "", "B"),
        ],
        [
            (
                "TRENDING: Senate screens new INEC nominees · Super Eagles squad named · Naira firms at ₦1,512/$",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Metro", "", "", "B"),
        ],
        [
            (
                "Lagos bakers raise price of standard loaf to ₦1,800 as flour, diesel costs bite",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ifeoma Ogundimu-LawalMarch 6, 2026", "", "", "B"),
        ],
        [
            ("4 min read12 Comments", "", "", "B"),
        ],
        [
            ("FacebookXWhatsAppTelegramLinkedInEmailPrint", "", "", "B"),
        ],
        [
            (
                "A bread seller arranges loaves at her stall in Ikotun, Lagos, on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Harmattan Herald/Kunle Badmus-Ojo", "", "", "B"),
        ],
        [
            (
                "Bakers in Lagos have raised the price of a standard 600-gram loaf from ₦1,450 to ₦1,800, the second increase since November, blaming higher prices for flour, sugar and diesel.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new price took effect on Monday at the 412 bakeries that belong to the Association of Independent Bakers of Lagos, the association's chairman, Olumide Ajayi-Bankole, told the Herald.",
                "Olumide Ajayi-Bankole",
                "told the Herald",
                "W",
            ),
        ],
        [
            (
                "“A 50kg bag of flour that we bought for ₦78,000 in January is now ₦96,500,” he said.",
                "Olumide Ajayi-Bankole",
                "said",
                "W",
            ),
            ("“We held on for as long as we could.", "Olumide Ajayi-Bankole", "said", ""),
            (
                "Nobody wants to be the baker who made bread a luxury.”",
                "Olumide Ajayi-Bankole",
                "said",
                "",
            ),
        ],
        [
            (
                "Ajayi-Bankole said diesel for ovens and generators now made up almost a third of a bakery's daily running cost, up from about a fifth a year ago.",
                "Olumide Ajayi-Bankole",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ ALSO: Fuel queues return to Abuja as depot prices climb", "", "", "B"),
        ],
        [
            (
                "At the Ikotun market on Thursday, several traders said sales had fallen since the increase.",
                "several traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Before, a customer would buy four loaves for the house.",
                "Chinwe Obiora-Salami",
                "said",
                "",
            ),
            (
                "Now she buys two, or she goes to the small bakers in the street,” said Chinwe Obiora-Salami, a trader.",
                "Chinwe Obiora-Salami",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for the state commerce ministry, Ronke Adewusi-Peters, said the government had no power to fix the price of bread but was ‘monitoring the situation closely’.",
                "Ronke Adewusi-Peters",
                "said",
                "W",
            ),
            (
                "She said officials would meet the bakers' association next week.",
                "Ronke Adewusi-Peters",
                "said",
                "",
            ),
        ],
        [
            (
                "Food inflation eased to 21.4% in January from 24.8% in December, according to figures from the National Bureau of Statistics.",
                "figures from the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Flour millers blame the fall of the naira and higher freight charges for the rising cost of imported wheat.",
                "Flour millers",
                "blame",
                "W",
            ),
        ],
        [
            (
                "In a statement on Wednesday, Kainji Crown Flour Mills Plc said it had raised its ex-factory price by 9% from March 1 “to reflect the landed cost of wheat”.",
                "Kainji Crown Flour Mills Plc",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Omoluabi Consumer Watch, a Lagos-based advocacy group, urged the federal government to suspend import duty on wheat for six months.",
                "Omoluabi Consumer Watch",
                "urged",
                "",
            ),
        ],
        [
            (
                "“A family of five now spends more on bread and garri in a week than on transport,” said its coordinator, Yetunde Salako-Ibrahim.",
                "Yetunde Salako-Ibrahim",
                "said",
                "W",
            ),
            ("“That cannot go on.”", "Yetunde Salako-Ibrahim", "said", ""),
        ],
        [
            (
                "Bakers in Abuja and Ibadan are expected to announce similar increases before the end of the month, according to the association.",
                "the association",
                "according to",
                "",
            ),
        ],
        [
            ("Tags: BreadFlourFood InflationLagos", "", "", "B"),
        ],
        [
            ("Ifeoma Ogundimu-Lawal", "", "", "B"),
        ],
        [
            (
                "Ifeoma Ogundimu-Lawal is a Metro correspondent at the Harmattan Herald.",
                "",
                "",
                "B",
            ),
            ("She covers markets, transport and local government in Lagos.", "", "", "B"),
        ],
        [
            ("Follow her on X: @IfeomaLawalNG", "", "", "B"),
        ],
        [
            ("Previous articleIkorodu council shuts abattoir over waste complaints", "", "", "B"),
        ],
        [
            ("12 COMMENTS", "", "", "B"),
        ],
        [
            ("Leave a Reply Cancel reply", "", "", "B"),
        ],
        [
            ("Comment *Name *Email *", "", "", "B"),
        ],
        [
            ("About UsAdvertiseContactPrivacy PolicyCorrections", "", "", "B"),
        ],
        [
            ("Harmattan Herald is published by Kestrel Dawn Media Ltd.", "", "", "B"),
            ("RC 1487203.", "", "", "B"),
            ("14 Adeniyi Jones Avenue, Ikeja, Lagos.", "", "", "B"),
        ],
        [
            ("© 2026 Harmattan Herald.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 2. Pakistan: English daily's website, print view (Lahore High Court, Gujranwala shops)
    [
        [
            (
                "3/12/26, 9:14 AM LHC halts demolition of 140 shops at Gujranwala market | The Ravi Chronicle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print this page   ✕ Close window", "", "", "B"),
        ],
        [
            ("The Ravi Chronicle", "", "", "B"),
        ],
        [
            ("Pakistan › Punjab", "", "", "B"),
        ],
        [
            ("LHC halts demolition of 140 shops at Gujranwala market", "", "", "W"),
        ],
        [
            (
                "Bench suspends district administration's notice, seeks reply by March 26",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("Published March 12, 2026 Updated about 3 hours ago", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Lahore High Court on Wednesday suspended a notice issued by the Gujranwala district administration for the demolition of 140 shops at the Sheranwala Bagh market and sought a reply from the deputy commissioner by March 26.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Tahira Mumtaz Gondal passed the order on a petition filed by 63 shopkeepers through the Sheranwala Bagh Traders Welfare Association.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“No coercive measures shall be taken against the petitioners till the next date of hearing,” the order said.",
                "the order",
                "said",
                "W",
            ),
        ],
        [
            (
                "The petitioners' counsel, Shahzad Ali Virk, argued that the municipal corporation had leased the shops to the traders in 1994 for 30 years and had renewed the leases in 2024 until 2034.",
                "Shahzad Ali Virk",
                "argued",
                "W",
            ),
        ],
        [
            (
                "He told the court that the notice, dated February 27, gave the traders seven days to vacate.",
                "Shahzad Ali Virk",
                "told the court",
                "W",
            ),
            (
                "He said his clients had paid rent every month and placed receipts for the last 36 months before the bench.",
                "Shahzad Ali Virk",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They are tenants of the corporation, not encroachers,” he said.",
                "Shahzad Ali Virk",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.ravichronicle.pk/news/2026/03/12/lhc-halts-demolition-gujranwala-shops 1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/12/26, 9:14 AM LHC halts demolition of 140 shops at Gujranwala market | The Ravi Chronicle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "An assistant advocate general, Mehwish Tariq-Lodhi, told the bench that the Buildings Department had declared the market's structure dangerous in an inspection report in August last year.",
                "Mehwish Tariq-Lodhi",
                "told the bench",
                "W",
            ),
            (
                "She said the report had found cracks in 41 of the market's roof beams.",
                "Mehwish Tariq-Lodhi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tariq-Lodhi said the administration intended to build a multi-storey parking plaza on the site.",
                "Mehwish Tariq-Lodhi",
                "said",
                "",
            ),
        ],
        [
            (
                "The judge asked why the inspection report had not been shared with the traders before the notice was issued.",
                "Tahira Mumtaz Gondal",
                "asked",
                "",
            ),
        ],
        [
            ("The hearing was adjourned till March 26.", "", "", "W"),
        ],
        [
            ("Read more: Punjab to regularise 2,300 kiosks in Lahore [1]", "", "", "B"),
        ],
        [
            (
                "Outside the court, the association's president, Haji Muhammad Arshad Butt, said the notice had been pasted on the traders' shutters at night without any announcement.",
                "Muhammad Arshad Butt",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have been living in fear for two weeks,” he said.",
                "Muhammad Arshad Butt",
                "said",
                "",
            ),
            ("“Where will a man of 60 go and start again?”", "Muhammad Arshad Butt", "said", ""),
        ],
        [
            (
                "Butt said about 900 people worked at the market, including porters, tea-stall boys and cart pullers.",
                "Muhammad Arshad Butt",
                "said",
                "W",
            ),
        ],
        [
            (
                "The market, built in the late 1960s, has 212 shops; the remaining 72 are not covered by the notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Shopkeeper Nadeem Akhtar Ghumman, who sells school uniforms, said he had taken a loan of Rs. 1.2 million last year to rebuild the front of his shop.",
                "Nadeem Akhtar Ghumman",
                "said",
                "W",
            ),
            (
                "“Now they tell me the whole building is dangerous?” he asked.",
                "Nadeem Akhtar Ghumman",
                "asked",
                "",
            ),
        ],
        [
            (
                "In January, the same administration demolished 38 kiosks near the Gujranwala railway station in an anti-encroachment drive.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Gujranwala kiosks razed in anti-encroachment drive [2]", "", "", "B"),
        ],
        [
            (
                "A spokesman for the district administration said the notice had been issued “in the interest of public safety”.",
                "A spokesman for the district administration",
                "said",
                "W",
            ),
            (
                "He said the administration would “present its position before the honourable court”.",
                "A spokesman for the district administration",
                "said",
                "",
            ),
        ],
        [
            (
                "The Gujranwala Municipal Corporation's chief officer did not respond to a request for comment.",
                "The Gujranwala Municipal Corporation's chief officer",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Published in The Ravi Chronicle, March 12th, 2026", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Ravi Chronicle Group (Pvt) Ltd.", "", "", "B"),
            ("Reproduction of this material without permission is prohibited.", "", "", "B"),
        ],
        [
            ("Links:", "", "", "B"),
        ],
        [
            (
                "[1] https://www.ravichronicle.pk/news/2026/03/09/punjab-regularise-kiosks-lahore",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "[2] https://www.ravichronicle.pk/news/2026/01/21/gujranwala-kiosks-razed",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://www.ravichronicle.pk/news/2026/03/12/lhc-halts-demolition-gujranwala-shops 2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 3. Bangladesh: English daily's mobile site, phone share to notes (Chattogram rain)
    [
        [
            (
                "Heavy rain triggers landslide alert in Chattogram; 1,640 families moved to shelters | The Teesta Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://www.teestatribune.com/country/chattogram/heavy-rain-landslide-alert-chattogram-24817",
                "",
                "",
                "B",
            ),
        ],
        [
            ("☰  🔍", "", "", "B"),
        ],
        [
            ("The Teesta Tribune", "", "", "B"),
        ],
        [
            ("বাংলা | E-Paper", "", "", "B"),
        ],
        [
            ("Country / Chattogram", "", "", "B"),
        ],
        [
            (
                "Heavy rain triggers landslide alert in Chattogram; 1,640 families moved to shelters",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent, Chattogram", "", "", "B"),
        ],
        [
            ("Published: 09 Jul 2026, 11:20 AM | Updated: 09 Jul 2026, 01:05 PM", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("A-  A  A+", "", "", "B"),
        ],
        [
            ("🔊 Listen to this news 02:41", "", "", "B"),
        ],
        [
            (
                "Residents of a hillside settlement in Chattogram's Akbar Shah area carry their belongings to a shelter on Thursday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Teesta Tribune", "", "", "B"),
        ],
        [
            (
                "Chattogram recorded 212 millimetres of rain in the 24 hours to 9am on Thursday, the heaviest single-day total in the city this monsoon, the Met office said.",
                "the Met office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district administration moved 1,640 families from risky hillside settlements to 48 shelters overnight, Deputy Commissioner Farhana Yasmin Lipi told The Teesta Tribune.",
                "Farhana Yasmin Lipi",
                "told The Teesta Tribune",
                "W",
            ),
        ],
        [
            (
                "“We have been miking in every ward since last night,” she said.",
                "Farhana Yasmin Lipi",
                "said",
                "W",
            ),
            (
                "“Nobody should stay on the hills until the rain stops.”",
                "Farhana Yasmin Lipi",
                "said",
                "",
            ),
        ],
        [
            (
                "The Met office issued a landslide warning for Chattogram, Cox's Bazar, Rangamati, Khagrachhari and Bandarban districts and asked the maritime ports to hoist local cautionary signal no. 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Meteorologist Md. Anisur Rahman Talukder said heavy to very heavy rain was likely to continue for at least 48 hours as a monsoon low over the north Bay of Bengal moved inland.",
                "Md. Anisur Rahman Talukder",
                "said",
                "",
            ),
            (
                "He advised people in low-lying parts of the city to keep dry food and drinking water for two days.",
                "Md. Anisur Rahman Talukder",
                "advised",
                "",
            ),
        ],
        [
            (
                "Several roads in the city, including Muradpur, Bahaddarhat and the Agrabad access road, were under knee-deep water by Thursday afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Classes at 37 educational institutions in the city were suspended for the day, the district education office said.",
                "the district education office",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 11 people were injured when a retaining wall collapsed in Lalkhan Bazar on Wednesday night, police said.",
                "police",
                "said",
                "W",
            ),
            ("Four of them were admitted to Chattogram Medical College Hospital.", "", "", "W"),
        ],
        [
            (
                "The city corporation deployed 14 pumps to drain water from low-lying neighbourhoods, a spokesman for the corporation said.",
                "a spokesman for the corporation",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Why does Chattogram go under water every July?", "", "", "B"),
        ],
        [
            (
                "Rickshaw puller Shafiqul Bari, 52, said he had waded through the water for two hours on Thursday without finding a single passenger.",
                "Shafiqul Bari",
                "said",
                "W",
            ),
            (
                "“Today my family will eat what I earned yesterday,” he said.",
                "Shafiqul Bari",
                "said",
                "",
            ),
        ],
        [
            (
                "A 2024 survey by the Chattogram Hill Risk Forum, a city-based research group, counted 29 hillside settlements at high risk of landslides, home to about 6,300 families.",
                "A 2024 survey by the Chattogram Hill Risk Forum",
                "counted",
                "W",
            ),
        ],
        [
            (
                "Its coordinator, Tahmina Sultana Mou, said most families went back to the hills as soon as the rain stopped because the shelters had no room for their goats and poultry.",
                "Tahmina Sultana Mou",
                "said",
                "W",
            ),
            (
                "“Every year we move them, and every year they go back,” she said.",
                "Tahmina Sultana Mou",
                "said",
                "",
            ),
        ],
        [
            ("Topics: Chattogram  Landslide  Rain  Weather", "", "", "B"),
        ],
        [
            ("Share: f  𝕏  in  WhatsApp  ✉", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Two boats capsize in the Meghna; six missing2 hours ago", "", "", "B"),
        ],
        [
            ("Cox's Bazar beach closed to tourists for three days5 hours ago", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("Home  Latest  Video  E-Paper  More", "", "", "B"),
        ],
        [
            ("Editor: Shahana Parveen Kabir", "", "", "B"),
        ],
        [
            (
                "Published by Rezaul Karim Chowdhury on behalf of Teesta Media Ltd. from 41 Tejgaon Industrial Area, Dhaka-1208.",
                "",
                "",
                "B",
            ),
            ("Phone: +880 2 5501 2345, Email: news@teestatribune.com", "", "", "B"),
        ],
    ],
    # 4. Malaysia: news portal, reader view (Petaling Jaya parking rate)
    [
        [
            ("lembahpost.my", "", "", "B"),
        ],
        [
            ("PJ council to raise street parking to RM1 an hour from April 1", "", "", "W"),
        ],
        [
            ("Nurul Hidayah Rosli", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Rate has not changed since 2014, says mayor, as traders in SS2 warn of fewer customers",
                "Shahrul Nizam bin Mat Yusof",
                "says",
                "W",
            ),
        ],
        [
            ("Cars parked along a street in SS2, Petaling Jaya, on Friday.", "", "", ""),
            ("— Lembah Post pic by Eddie Loh Kah Meng", "", "", "B"),
        ],
        [
            (
                "PETALING JAYA: Street parking in Petaling Jaya will cost RM1 an hour from April 1, up from 60 sen, after the city council approved the new rate at its full board meeting on Thursday (March 5).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Datuk Ir. Shahrul Nizam bin Mat Yusof said the rate had not changed since 2014, while the council's cost of maintaining its 41,000 parking bays had risen by about 60% over the same period.",
                "Shahrul Nizam bin Mat Yusof",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not doing this to punish motorists,” he told reporters after the meeting.",
                "Shahrul Nizam bin Mat Yusof",
                "told reporters",
                "",
            ),
            (
                "“The money goes back into the bays, the lighting and the drains.”",
                "Shahrul Nizam bin Mat Yusof",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Shahrul Nizam said motorists who paid through the council's PJ ParkEasy app would be charged 90 sen an hour, a 10% discount on the street rate.",
                "Shahrul Nizam bin Mat Yusof",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new rate applies from 8am to 6pm on weekdays and from 8am to 1pm on Saturdays; parking on Sundays and public holidays remains free.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Monthly season passes will go up from RM80 to RM120.", "", "", "W"),
        ],
        [
            ("The last increase, in 2014, took the rate from 40 sen to 60 sen.", "", "", "W"),
        ],
        [
            ("The increase was approved by 19 votes to four.", "", "", "W"),
        ],
        [
            (
                "Councillor Soh Pei Wen, who voted against it, said the council should have phased in the new rate over two years.",
                "Soh Pei Wen",
                "said",
                "",
            ),
        ],
        [
            (
                "“Sixty sen to one ringgit is a 67% jump in one go,” Soh said.",
                "Soh Pei Wen",
                "said",
                "W",
            ),
            (
                "“For a hawker who drives in every day, that is real money.”",
                "Soh Pei Wen",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Subang Jaya council freezes assessment rates for 2026", "", "", "B"),
        ],
        [
            (
                "According to the council's 2025 annual report, parking brought in RM38.2mil last year, about 9% of its total revenue.",
                "the council's 2025 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Enforcement officers issued 61,400 compounds in 2025, the mayor said.",
                "Shahrul Nizam bin Mat Yusof",
                "said",
                "W",
            ),
        ],
        [
            (
                "Motorists who park without paying face a RM30 compound, which remains unchanged.",
                "",
                "",
                "W",
            ),
            ("The compound is reduced to RM10 if it is paid within 14 days.", "", "", "W"),
        ],
        [
            ("Parking meters along Jalan Othman in Petaling Jaya.", "", "", ""),
            ("— Filepic", "", "", "B"),
        ],
        [
            (
                "About a third of the city's bays are in commercial areas such as SS2, Section 14 and Damansara Utama, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Traders in SS2 and Section 17 said they feared customers would go to malls with free or cheaper parking instead.",
                "Traders in SS2 and Section 17",
                "said",
                "",
            ),
        ],
        [
            (
                "“On weekends, customers already circle for 20 minutes to find a bay,” said SS2 Business Owners Association chairman K. Ravindran a/l Muthusamy.",
                "K. Ravindran a/l Muthusamy",
                "said",
                "",
            ),
            (
                "“Now they will circle and then go to the mall.”",
                "K. Ravindran a/l Muthusamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Ravindran said the association had 230 members in SS2 alone.",
                "K. Ravindran a/l Muthusamy",
                "said",
                "W",
            ),
            (
                "He said it would write to the Selangor state government to ask for the increase to be deferred.",
                "K. Ravindran a/l Muthusamy",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the state local government committee said it had not received any appeal on the new rate.",
                "A spokesman for the state local government committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Retiree Jeyanthi a/p Subramaniam, 67, who lives in Section 17, said she would accept the increase if it meant the council would finally repair the broken street lights on her road.",
                "Jeyanthi a/p Subramaniam",
                "said",
                "",
            ),
            (
                "“Fix the lights first, then charge us,” she said.",
                "Jeyanthi a/p Subramaniam",
                "said",
                "",
            ),
        ],
        [
            (
                "Hawker Tan Siew Lan, 58, who sells chicken rice in SS2, said she would pass the cost on to her customers.",
                "Tan Siew Lan",
                "said",
                "",
            ),
            (
                "“Twenty sen more on a plate, what else can I do?” she asked.",
                "Tan Siew Lan",
                "asked",
                "",
            ),
        ],
        [
            ("ALSO READ: Klang council to go fully cashless for parking by July", "", "", "B"),
        ],
        [
            (
                "Neighbouring Subang Jaya City Council raised its street parking rate to 80 sen an hour in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Shahrul Nizam said the council would also replace 840 old parking meters with solar-powered ones by June and review the rate again in 2029.",
                "Shahrul Nizam bin Mat Yusof",
                "said",
                "",
            ),
            (
                "Asked whether the council would consider free parking on Saturdays, he said: “Not this year.”",
                "Shahrul Nizam bin Mat Yusof",
                "said",
                "",
            ),
        ],
        [
            ("Follow Lembah Post on WhatsApp and Telegram for the latest news.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lembah Post Sdn Bhd (201501034512)", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # 5. New Zealand: regional news site, Google cache copy (Westport GP practice)
    [
        [
            (
                "Cached page: https://www.westerly.co.nz/news/westport-medical-centre-closes-books",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Snapshot as of 18 Feb 2026 04:12:55 GMT.", "", "", "B"),
            ("The live page may have changed since.", "", "", "B"),
        ],
        [
            ("Full version   Text-only version   View source", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our site.", "", "", "B"),
            ("Find out more in our privacy policy.Accept", "", "", "B"),
        ],
        [
            ("Tasman Westerly", "", "", "B"),
        ],
        [
            ("News  Sport  Business  Community  Notices  Subscribe", "", "", "B"),
        ],
        [
            ("Westport 17° Showers", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Westport medical centre stops taking new patients as second GP resigns", "", "", "W"),
        ],
        [
            (
                "About 1,900 Buller residents have no family doctor, the practice estimates",
                "Kawatiri Family Health",
                "estimates",
                "W",
            ),
        ],
        [
            ("Aroha Tipene-Blake, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("5:05pm, 17 Feb 2026", "", "", "B"),
        ],
        [
            ("Kawatiri Family Health on Palmerston Street, Westport.", "", "", ""),
            ("Photo: Tasman Westerly / Dion Cairncross", "", "", "B"),
        ],
        [
            (
                "Westport's largest general practice has closed its books to new patients after a second doctor resigned this month, leaving three GPs to care for about 6,800 enrolled patients.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kawatiri Family Health practice manager Leonie Prendergast-Huia said the practice had been advertising for a GP for 14 months and had received two applications from doctors eligible to work in New Zealand.",
                "Leonie Prendergast-Huia",
                "said",
                "W",
            ),
        ],
        [
            ("“We hate doing this,” she said.", "Leonie Prendergast-Huia", "said", ""),
            (
                "“But we can't keep taking on people and still give the ones we have a safe service.”",
                "Leonie Prendergast-Huia",
                "said",
                "",
            ),
        ],
        [
            (
                "Patients already enrolled with the practice are not affected, Prendergast-Huia said.",
                "Leonie Prendergast-Huia",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said about 1,900 people in the Buller district were not enrolled with any GP, based on the practice's count of people it had turned away or referred to the after-hours clinic since July.",
                "Leonie Prendergast-Huia",
                "said",
                "W",
            ),
        ],
        [
            (
                "The departing doctor, who asked not to be named, told the Westerly she was moving to Nelson for family reasons.",
                "The departing doctor",
                "told the Westerly",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In a statement, Health New Zealand said it was “aware of the pressure on general practice in Buller” and that a locum GP would work two days a week at the Buller Health centre from March 2.",
                "Health New Zealand",
                "said",
                "W",
            ),
        ],
        [
            ("The statement did not say how long the locum would stay.", "", "", "W"),
        ],
        [
            (
                "Carol Fenwick-Tait, 71, who moved to Westport from Christchurch in November, said she had been told to go to the emergency department for her repeat prescriptions.",
                "Carol Fenwick-Tait",
                "said",
                "W",
            ),
        ],
        [
            ("“I've got a heart condition.", "Carol Fenwick-Tait", "said", ""),
            (
                "I just want a doctor who knows my name,” she said.",
                "Carol Fenwick-Tait",
                "said",
                "",
            ),
        ],
        [
            ("Loading…", "", "", "B"),
        ],
        [
            (
                "Buller mayor Graeme Hokianga-Bell said the council had offered the practice a council-owned house rent-free for a year to help attract a doctor.",
                "Graeme Hokianga-Bell",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If someone reading this is a GP who likes mountain biking and whitebait, ring us,” he said.",
                "Graeme Hokianga-Bell",
                "said",
                "",
            ),
        ],
        [
            (
                "Health New Zealand figures show the West Coast has 52 full-time-equivalent GPs per 100,000 people, against a national average of 74.",
                "Health New Zealand figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The practice said it would reopen its books “as soon as we have the doctors to do it safely”.",
                "The practice",
                "said",
                "",
            ),
        ],
        [
            ("Related: Greymouth after-hours clinic cuts weekend hours", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email news@westerly.co.nz", "", "", "B"),
        ],
        [
            (
                "This story was produced under a public-interest journalism scheme funded by NZ On Air.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (8)", "", "", "B"),
        ],
        [
            ("Sign in to join the conversation", "", "", "B"),
        ],
        [
            (
                "Tasman Westerly is published by Westerly Media Limited, 22 Brougham Street, Westport 7825.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NZBN 9429051234567", "", "", "B"),
        ],
        [
            ("© Westerly Media Limited 2026", "", "", "B"),
        ],
    ],
    # 6. Jamaica: newspaper app, copy text (May Pen taxi robberies)
    [
        [
            (
                "Cops set up checkpoints in May Pen after 14 taxi robberies in six weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Robbers posing as passengers are targeting route taxis after dark, police say",
                "Clarendon Police Division",
                "say",
                "W",
            ),
        ],
        [
            ("Kemar Ashbourne-Lyn/Staff Reporter", "", "", "B"),
        ],
        [
            ("kemar.ashbourne@liguanearecord.com", "", "", "B"),
        ],
        [
            ("Tuesday | May 12, 2026", "", "", "B"),
        ],
        [
            ("Updated 7:42 a.m.", "", "", "B"),
        ],
        [
            ("Tap to view gallery (4 photos)", "", "", "B"),
        ],
        [
            (
                "MAY PEN, Clarendon —The police have set up checkpoints at six locations in and around May Pen after 14 route taxi operators were robbed between March 29 and Sunday, the Clarendon Police Division said.",
                "Clarendon Police Division",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintendent Desreen Falloon-Grant, who heads the division, told the Record that in at least nine of the robberies, men posing as passengers had pulled a gun on the driver after asking to be taken to Hayes or Denbigh.",
                "Desreen Falloon-Grant",
                "told the Record",
                "W",
            ),
        ],
        [
            (
                "“They sit in the front, they make conversation, and then they pull the weapon,” she said.",
                "Desreen Falloon-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                "Falloon-Grant said two men, aged 19 and 23, were arrested on Saturday in connection with three of the robberies, and a 9mm pistol with four rounds was seized.",
                "Desreen Falloon-Grant",
                "said",
                "W",
            ),
            ("She said neither man had yet been charged.", "Desreen Falloon-Grant", "said", "W"),
        ],
        [
            (
                "The division has recorded 23 robberies with aggravation in May Pen since January, compared with 15 in the same period last year, Falloon-Grant said.",
                "Desreen Falloon-Grant",
                "said",
                "W",
            ),
            (
                "She declined to say where the checkpoints were.",
                "Desreen Falloon-Grant",
                "declined to say",
                "",
            ),
        ],
        [
            ("RELATED: Two held after Old Harbour shop robbery", "", "", "B"),
        ],
        [
            (
                "“Mi cyaan work after six o'clock again,” said Owen ‘Tallman’ Stennett, a route taxi operator.",
                "Owen ‘Tallman’ Stennett",
                "said",
                "",
            ),
        ],
        [
            (
                "Stennett, who drives the May Pen to Lionel Town route, said he was robbed of $38,000 and his phone on April 19.",
                "Owen ‘Tallman’ Stennett",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The man sit down beside me and ask mi fi turn up the music,” he said.",
                "Owen ‘Tallman’ Stennett",
                "said",
                "",
            ),
            ("“Then mi feel the gun inna mi side.”", "Owen ‘Tallman’ Stennett", "said", ""),
        ],
        [
            (
                "The Clarendon Route Taxi Operators Association said it would ask its members not to pick up passengers from the roadside after 7 p.m.",
                "Clarendon Route Taxi Operators Association",
                "said",
                "",
            ),
            (
                "Its president, Lorna Stampp-Henry, said 230 of the association's 410 members had stopped working at night since April.",
                "Lorna Stampp-Henry",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our members are hungry, but hungry is better than dead,” she said.",
                "Lorna Stampp-Henry",
                "said",
                "",
            ),
        ],
        [
            (
                "Superintendent Desreen Falloon-Grant at the May Pen Police Station on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo: Nigel Beckford-Hall)", "", "", "B"),
        ],
        [
            (
                "Shanique Rowe-Lindsay, a nurse who takes a taxi home from the May Pen Hospital after her evening shift, said drivers had started refusing passengers they did not know.",
                "Shanique Rowe-Lindsay",
                "said",
                "W",
            ),
            (
                "“I stood on the road for 45 minutes on Friday night,” she said.",
                "Shanique Rowe-Lindsay",
                "said",
                "W",
            ),
            ("“Not one car stopped.”", "Shanique Rowe-Lindsay", "said", ""),
        ],
        [
            (
                "Aldwyn Mattis-Brown, who represents the Palmers Cross division on the Clarendon Municipal Corporation, said he had asked the corporation to fix 32 broken street lights along the Denbigh main road.",
                "Aldwyn Mattis-Brown",
                "said",
                "W",
            ),
            (
                "“Darkness is the criminal's best friend,” he said.",
                "Aldwyn Mattis-Brown",
                "said",
                "",
            ),
        ],
        [
            (
                "Police urged operators to install GPS trackers, to avoid carrying large amounts of cash, and to report suspicious passengers to the nearest station.",
                "Police",
                "urged",
                "",
            ),
        ],
        [
            (
                "Clarendon recorded 61 murders last year, down from 78 in 2024, according to JCF statistics.",
                "JCF statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("The two men are expected to appear in court later this week.", "", "", ""),
        ],
        [
            (
                "The Transport Authority said 1,380 route taxis were licensed to operate in Clarendon.",
                "Transport Authority",
                "said",
                "W",
            ),
            (
                "Stennett said he now parks his car at 6 p.m. and spends the evenings at home with his daughter.",
                "Owen ‘Tallman’ Stennett",
                "said",
                "",
            ),
        ],
        [
            (
                "Falloon-Grant said the checkpoints would stay “for as long as it takes”.",
                "Desreen Falloon-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to call the May Pen police at 876-986-4400 or Crime Stop at 311.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Follow this topic: Crime", "", "", "B"),
        ],
        [
            ("More from Clarendon", "", "", "B"),
        ],
        [
            ("Lionel Town market vendors relocated as rebuilding begins · 3h", "", "", "B"),
        ],
        [
            ("Rocky Point fishers get new cold-storage unit · Yesterday", "", "", "B"),
        ],
        [
            ("Instagram @liguanearecord · X @LiguaneaRecord · TikTok @liguanearecord", "", "", "B"),
        ],
        [
            ("Shared from the Liguanea Record app.", "", "", "B"),
            (
                "Read it at https://liguanearecord.com/news/20260512/cops-checkpoints-may-pen",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the app: https://lrd.app/get", "", "", "B"),
        ],
    ],
    # 7. Trinidad and Tobago: newspaper site, email forward (football title)
    [
        [
            ("Kesh look at this!! Uncle Dev name in the papers 😂😂", "", "", ""),
            ("Print it out for Granny, she go frame it.", "", "", ""),
        ],
        [
            ("Kerwin", "", "", "B"),
        ],
        [
            ("Sent from my iPhone", "", "", "B"),
        ],
        [
            ("---------- Forwarded message ---------", "", "", "B"),
        ],
        [
            ("From: Caroni Clarion <noreply@caroniclarion.tt>", "", "", "B"),
        ],
        [
            ("Date: Sun, Oct 4, 2026 at 9:47 PM", "", "", "B"),
        ],
        [
            (
                "Subject: Kerwin Mahabir-Cox shared an article with you: Point Lisas United snatch title with 94th-minute header",
                "",
                "",
                "B",
            ),
        ],
        [
            ("To: <kerwin.mc@islandmail.tt>", "", "", "B"),
        ],
        [
            (
                "Kerwin Mahabir-Cox thought you would like this article from the Caroni Clarion:",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[image: Caroni Clarion]", "", "", "B"),
        ],
        [
            ("SPORT · FOOTBALL", "", "", "B"),
        ],
        [
            (
                "Point Lisas United snatch Southern Premier title with 94th-minute header",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shiva Rampersad-Lewis · Posted 3 hrs ago", "", "", "B"),
        ],
        [
            (
                "United's players mob Darnell Baptiste-Sookram after his late winner against Fyzabad Rangers at Skinner Park on Saturday.",
                "",
                "",
                "W",
            ),
            ("PHOTO: ANIL RAMKISSOON-HOSEIN", "", "", "B"),
        ],
        [
            (
                "Substitute Darnell Baptiste-Sookram rose highest to head in a corner in the fourth minute of stoppage time as Point Lisas United beat Fyzabad Rangers 2-1 at Skinner Park in San Fernando on Saturday to win the Southern Premier Division title by a point.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rangers had led through Akeem Joseph-Ramdial's 38th-minute penalty before United captain Vishal ‘Dev’ Seecharan levelled with a low shot in the 71st minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I told the boys at half-time, one goal, we need one goal and they will fold,” said United coach Terrence Alleyne-Baboolal.",
                "Terrence Alleyne-Baboolal",
                "said",
                "",
            ),
        ],
        [
            ("“Who wrote us off in August?", "Terrence Alleyne-Baboolal", "said", ""),
            ("Everybody,” Alleyne-Baboolal said.", "Terrence Alleyne-Baboolal", "said", ""),
            ("“Well, look at the table now.”", "Terrence Alleyne-Baboolal", "said", ""),
        ],
        [
            (
                "The 19-year-old Baptiste-Sookram joined the senior squad from the club's under-20 side in July and had not scored a league goal before Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I just closed my eyes and jumped,” he said, laughing.",
                "Darnell Baptiste-Sookram",
                "said",
                "",
            ),
        ],
        [
            (
                "Rangers coach Marlon Dookie-Phillip said the corner should never have been given.",
                "Marlon Dookie-Phillip",
                "said",
                "",
            ),
            ("“The ball came off their man.", "Marlon Dookie-Phillip", "said", ""),
            ("Everybody in the ground saw it,” he said.", "Marlon Dookie-Phillip", "said", ""),
        ],
        [
            (
                "United finished on 41 points from 18 matches, one ahead of Rangers, who needed only a draw to win the title.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("It is United's first league title since 2011.", "", "", "W"),
        ],
        [
            (
                "Seecharan, 34, said he would decide over Divali whether to play another season.",
                "Vishal ‘Dev’ Seecharan",
                "said",
                "",
            ),
        ],
        [
            ("FINAL STANDINGS (top three)", "", "", "B"),
        ],
        [
            ("P W D L Pts", "", "", "B"),
        ],
        [
            ("Point Lisas United 18 12 5 1 41", "", "", ""),
        ],
        [
            ("Fyzabad Rangers 18 12 4 2 40", "", "", ""),
        ],
        [
            ("Marabella Strikers 18 10 3 5 33", "", "", ""),
        ],
        [
            ("TEAMS", "", "", "B"),
        ],
        [
            (
                "POINT LISAS UNITED: Kelvon Bhola-Mitchell; Rishi Ragoonanan, Jabari Nurse-Alexander, Shane Edwards-Lum, Adrian Boodoo-Khan; Vishal Seecharan (capt), Marcus Charles-Dipnarine, Ryan Sookdeo-Lezama; Kadeem Lucas-Hinds (Darnell Baptiste-Sookram 80), Joel Ramjattan-Bowen, Tevin Lalla-Mohammed.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "FYZABAD RANGERS: Quincy Mahadeo-Roberts; Nkosi Dwarika, Brent Cudjoe-Rawlins, Levi Ottley-Rampaul, Stefan Sinanan-Jaggernauth; Akeem Joseph-Ramdial, Dillon Persad-Greene, Kwame Boatswain-Noel; Jerome Rajkumar-Baird, Isaiah Modeste-Ragbir, Rajiv Bachan-Thomas.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Natasha Gopee-Clarke", "", "", ""),
        ],
        [
            ("Read more sport at caroniclarion.tt", "", "", "B"),
        ],
        [
            (
                "Caroni Clarion, 7 Rushworth Street, San Fernando, Trinidad and Tobago, W.I.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You are receiving this email because a reader shared an article with you.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe | Privacy Policy", "", "", "B"),
        ],
    ],
    # 8. Zambia: news site's WhatsApp post, copied from a chat (Kitwe smelter)
    [
        [
            ("[14/03/2026, 07:52] Mwila Kabanda: 📰 *KOPALA WIRE* | BUSINESS", "", "", "B"),
        ],
        [
            ("*Kitwe smelter to restart after 11 months, 640 workers recalled*", "", "", "W"),
        ],
        [
            ("_By Chilufya Nsama-Banda_ | 14th March 2026", "", "", "B"),
        ],
        [
            ("📸 The Kafubu smelter in Kitwe's Nkana West area.", "", "", ""),
            ("Photo: Kopala Wire/File", "", "", "B"),
        ],
        [
            (
                "KITWE – Kafubu Smelting Company will restart its Kitwe smelter on April 1 after an 11-month shutdown and recall 640 of the 910 workers it sent home last April, the company said on Friday.",
                "Kafubu Smelting Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive officer Mr Bwalya Chisanga-Mbewe said the restart followed a new supply agreement with ZESCO under which the smelter will receive 45 megawatts, up from 18 megawatts during load-shedding.",
                "Bwalya Chisanga-Mbewe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We could not run a smelter on four hours of power a day,” he said.",
                "Bwalya Chisanga-Mbewe",
                "said",
                "W",
            ),
            ("“Now we can.”", "Bwalya Chisanga-Mbewe", "said", ""),
        ],
        [
            (
                "Mr Chisanga-Mbewe said the recalled workers would return in three groups, on April 1, April 15 and May 4.",
                "Bwalya Chisanga-Mbewe",
                "said",
                "W",
            ),
        ],
        [
            (
                "ZESCO confirmed the agreement but did not disclose the tariff.",
                "ZESCO",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Load-shedding on the Copperbelt was cut from 17 hours a day to eight in January, according to ZESCO.",
                "ZESCO",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Chisanga-Mbewe said the company hoped to hire another 150 people if a second furnace line reopened next year.",
                "Bwalya Chisanga-Mbewe",
                "said",
                "",
            ),
        ],
        [
            (
                "The company said it had spent about US$12 million during the shutdown on relining two furnaces and on a new scrubber for its acid plant.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The smelter processes concentrate from three Copperbelt mines and produced 96,000 tonnes of copper anode in 2024, its last full year of operation.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("🔹🔹🔹", "", "", "B"),
        ],
        [
            (
                "The Copperbelt Smelter Workers' Union welcomed the recall.",
                "Copperbelt Smelter Workers' Union",
                "welcomed",
                "",
            ),
        ],
        [
            (
                "Its Kitwe branch secretary, Mrs Precious Mulenga-Tembo, said 270 workers still had no date to return and that some had not been paid their terminal benefits.",
                "Precious Mulenga-Tembo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Those families have been surviving on piece work for a year,” she said.",
                "Precious Mulenga-Tembo",
                "said",
                "",
            ),
        ],
        [
            (
                "Average monthly pay at the smelter is K14,200, according to the union.",
                "the union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Former furnace operator Kelvin Mwansa-Zulu said he received his recall letter on Thursday.",
                "Kelvin Mwansa-Zulu",
                "said",
                "W",
            ),
            (
                "“I have been driving a taxi to feed my children,” he said.",
                "Kelvin Mwansa-Zulu",
                "said",
                "",
            ),
            (
                "“On April 1 I will be at that gate at five o'clock.”",
                "Kelvin Mwansa-Zulu",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the Ministry of Mines and Minerals Development said the restart would “add about 4,000 tonnes of copper a month” to national output.",
                "Ministry of Mines and Minerals Development",
                "said",
                "",
            ),
            (
                "The ministry said the government's target remained three million tonnes a year by 2031.",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Copper traded at about US$9,800 a tonne on the London Metal Exchange on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kitwe mayor Chanda Musonda-Lupiya said 14 of the smelter's 37 local suppliers had closed during the shutdown.",
                "Chanda Musonda-Lupiya",
                "said",
                "W",
            ),
            ("“Today is a good day for Kitwe,” he said.", "Chanda Musonda-Lupiya", "said", ""),
        ],
        [
            (
                "Kitwe Chamber of Commerce president Lubasi Sitali-Mwanza said traders at Chisokone Market had lost “millions of kwacha” during the shutdown.",
                "Lubasi Sitali-Mwanza",
                "said",
                "",
            ),
        ],
        [
            (
                "“When the smelter sleeps, the whole town sleeps,” he said.",
                "Lubasi Sitali-Mwanza",
                "said",
                "",
            ),
        ],
        [
            (
                "Chisokone trader Bupe Kasonde-Phiri, who sells chitenge and work boots, said her sales fell by more than half after the shutdown.",
                "Bupe Kasonde-Phiri",
                "said",
                "W",
            ),
            ("“Even now people are buying on credit,” she said.", "Bupe Kasonde-Phiri", "said", ""),
        ],
        [
            ("_This story was updated at 07:40 with comment from the union._", "", "", "B"),
        ],
        [
            (
                "👉 *Read more:* https://kopalawire.co.zm/business/kitwe-smelter-restart-640-workers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "_Join Kopala Wire on WhatsApp for daily news:_ https://whatsapp.com/channel/0029VbKopalaWire7",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[14/03/2026, 07:52] Mwila Kabanda: 📌 *ALSO ON KOPALA WIRE TODAY*", "", "", "B"),
        ],
        [
            ("1️⃣ Ndola council suspends market levy for two weeks", "", "", "B"),
        ],
        [
            ("2️⃣ Fuel pump prices unchanged for March, says regulator", "", "", "B"),
        ],
        [
            ("3️⃣ Luanshya girl, 14, wins national spelling bee", "", "", "B"),
        ],
        [
            (
                "[14/03/2026, 08:10] Mwila Kabanda: Chipo isn't this where your uncle works??",
                "",
                "",
                "",
            ),
            ("They are calling people back 🙏🏾", "", "", ""),
        ],
        [
            (
                "[14/03/2026, 08:14] Chipo: Yes!! He was in the first group they sent home 😭",
                "",
                "",
                "",
            ),
        ],
    ],
    # 9. Uganda: daily's e-paper, PDF page copied (Wakiso school fees)
    [
        [
            ("8 PEARL DISPATCH Tuesday, February 17, 2026 www.pearldispatch.co.ug", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Head teacher interdicted after 300 pupils sent home over ‘development fee’",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BY HARRIET NAKIMULI-SSEBUNYA", "", "", "B"),
        ],
        [
            (
                "WAKISO. The Wakiso District education department has interdicted the head teacher of Nakawuka Mixed Primary School, a government-aided school, after more than 300 pupils were sent home last week for failing to pay a Shs50,000 ‘develop- ment fee’.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The district education officer, Mr Edward Ssempijja-Mukasa, said the head teacher, Ms Rose Nabirye-Waiswa, had been interdicted on half pay pending inves- tigations, and that the fee had been approved by neither the school manage- ment committee nor the district.",
                "Edward Ssempijja-Mukasa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Government-aided primary schools are not allowed to send a learner home for any fee,” he said.",
                "Edward Ssempijja-Mukasa",
                "said",
                "W",
            ),
            (
                "“That is the law, and every head teacher knows it.”",
                "Edward Ssempijja-Mukasa",
                "said",
                "",
            ),
        ],
        [
            ("“That is the law, and every head teacher knows it.”", "", "", "B"),
        ],
        [
            ("EDWARD SSEMPIJJA-MUKASA, WAKISO DISTRICT EDUCATION OFFICER", "", "", "B"),
        ],
        [
            (
                "Ms Sarah Namukwaya-Lule, whose three children attend the school, said they had missed five days of lessons.",
                "Sarah Namukwaya-Lule",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They told us the money was for a new classroom block,” she said.",
                "Sarah Namukwaya-Lule",
                "said",
                "W",
            ),
            ("“We have not seen a single brick.”", "Sarah Namukwaya-Lule", "said", ""),
        ],
        [
            (
                "Another parent, who asked not to be named for fear that her child would be victimised, said teachers had read out the names of pupils who had not paid at the morning assembly.",
                "Another parent",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chairman of the school management committee, Mr Fred Ssekitoleko-Mawanda, said the committee had “never sat” to approve any fee.",
                "Fred Ssekitoleko-Mawanda",
                "said",
                "W",
            ),
        ],
        [
            (
                "When contacted, Ms Nabirye-Waiswa said the fee had been agreed at a parents' meet- ing in November and that she had “not taken a single shilling for myself”.",
                "Rose Nabirye-Waiswa",
                "said",
                "W",
            ),
            (
                "She declined to comment further, saying the matter was before the district service commission.",
                "Rose Nabirye-Waiswa",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Continued on page 9", "", "", "B"),
        ],
        [
            ("MEGA SALE!", "", "", "B"),
        ],
        [
            (
                "Foam mattresses from Shs190,000 · Free delivery within Kampala · Call 0772 418 900",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tuesday, February 17, 2026 PEARL DISPATCH www.pearldispatch.co.ug 9", "", "", "B"),
        ],
        [
            ("From page 8", "", "", "B"),
        ],
        [
            ("FEES", "", "", "B"),
        ],
        [
            (
                "Mr Ssempijja-Mukasa said the district had received 17 complaints about unapproved fees in government-aided schools since January.",
                "Edward Ssempijja-Mukasa",
                "said",
                "W",
            ),
            (
                "The district will meet the school's parents on Friday, he said.",
                "Edward Ssempijja-Mukasa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The pupils returned to school on Monday after the district ordered that they be re-admitted.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pupils of Nakawuka Mixed Primary School in class on Monday after they returned to school.",
                "",
                "",
                "",
            ),
            ("PHOTO/HARRIET NAKIMULI-SSEBUNYA", "", "", "B"),
        ],
        [
            (
                "Area councillor Ms Joan Nakitende-Mpagi said the parents' association should be audited.",
                "Joan Nakitende-Mpagi",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Universal Primary Education programme, government pays a capitation grant for each pupil in government-aided primary schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakawuka Mixed has 1,140 pupils, according to district records.",
                "district records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Wakiso has 398 government-aided primary schools, according to the district.",
                "the district",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Parents said they would elect a new committee at Friday's meeting.",
                "Parents",
                "said",
                "",
            ),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            ("MUKONO", "", "", "B"),
        ],
        [
            ("Boda boda rider dies in highway crash", "", "", "W"),
        ],
        [
            (
                "A boda boda rider died on Sunday night after his motorcycle collided with a trailer on the Kampala-Jinja highway near Seeta, police said.",
                "police",
                "said",
                "W",
            ),
            ("The trailer driver fled the scene.", "", "", "W"),
        ],
        [
            ("MASAKA", "", "", "B"),
        ],
        [
            ("Coffee farmers get 40,000 seedlings", "", "", "W"),
        ],
        [
            (
                "The Masaka district production office has given 40,000 coffee seedlings to farmers in Kyanamukaaka sub-county, the district production officer said.",
                "the district production officer",
                "said",
                "W",
            ),
        ],
        [
            (
                "Printed and published by Pearl Dispatch Publications Ltd, Plot 18, Kibira Road, P.O. Box 70412, Kampala.",
                "",
                "",
                "B",
            ),
            ("Registered at the GPO as a newspaper.", "", "", "B"),
        ],
    ],
    # 10. Fiji: news site, CMS preview of a draft (party leader)
    [
        [
            ("This is a preview.", "", "", "B"),
            (
                "The post has not been published and is visible only to logged-in editors.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Edit post  |  Back to all posts  |  Submit for review", "", "", "B"),
        ],
        [
            ("Status: Draft · Last saved by ana.tuilau 12 minutes ago", "", "", "B"),
        ],
        [
            ("Koro Sea Mail", "", "", "B"),
        ],
        [
            ("Home  News  Politics  Business  Sport  Pasifika  Opinion", "", "", "B"),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            ("Lautoka businesswoman elected to lead VPA, a first for the party", "", "", "W"),
        ],
        [
            (
                "Salote Naivalu-Kumar beats former MP by 63 votes at annual general meeting",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ana Tuilau-Prasad", "", "", "B"),
        ],
        [
            ("{publish_date}", "", "", "B"),
        ],
        [
            ("[Featured image: ADD PHOTO — Naivalu-Kumar at Lautoka AGM]", "", "", "B"),
        ],
        [
            ("Photo: TBC", "", "", "B"),
        ],
        [
            (
                "LAUTOKA — The Vanua Progressive Alliance has elected Lautoka businesswoman Salote Naivalu-Kumar as its leader, the first woman to lead the party since it was registered in 2013.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Naivalu-Kumar, 48, won 212 of the 361 votes cast by delegates at the party's annual general meeting in Lautoka on Saturday, defeating former Nadroga MP Jone Ravouvou-Lee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "[NOTE TO SUBS: vote totals confirmed with party general secretary by phone at 11.40am]",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voting was by secret ballot, and a third candidate, Sitiveni Qalo-Chand, withdrew on Friday and backed Naivalu-Kumar.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "She told delegates the party would field candidates in all 55 seats at the next general election.",
                "Salote Naivalu-Kumar",
                "told delegates",
                "",
            ),
        ],
        [
            (
                "“Our people are tired of being told to wait,” she said.",
                "Salote Naivalu-Kumar",
                "said",
                "",
            ),
            ("“We will be ready.”", "Salote Naivalu-Kumar", "said", ""),
        ],
        [
            (
                "Naivalu-Kumar, who runs a hardware and building supplies business in Lautoka and Ba, has been the party's treasurer since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The party's previous leader, Eroni Vatuvei-Nair, stood down in January after 11 years.",
                "",
                "",
                "W",
            ),
            ("He did not attend the meeting.", "", "", "W"),
        ],
        [
            (
                "Ravouvou-Lee congratulated her and said he would remain in the party.",
                "Jone Ravouvou-Lee",
                "said",
                "",
            ),
        ],
        [
            (
                "“The delegates have spoken and I respect that,” he said.",
                "Jone Ravouvou-Lee",
                "said",
                "",
            ),
        ],
        [
            (
                "Party general secretary Apisai Raturaga-Singh said the party had 4,180 paid-up members, up from 2,900 in 2022.",
                "Apisai Raturaga-Singh",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fijian Elections Office confirmed on Monday that the party's registration was current.",
                "Fijian Elections Office",
                "confirmed",
                "W",
            ),
        ],
        [
            ("[embed]https://www.facebook.com/vpafiji/videos/10161234567890[/embed]", "", "", "B"),
        ],
        [
            (
                "Mereoni Kaitani-Reddy, a political scientist, said choosing a Lautoka-based leader showed the party wanted to grow in the Western Division.",
                "Mereoni Kaitani-Reddy",
                "said",
                "",
            ),
            ("“The west decides Fiji elections,” she said.", "Mereoni Kaitani-Reddy", "said", ""),
        ],
        [
            (
                "At the last general election the party won 2.1% of the national vote and no seats.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("[ADD: reaction from ruling party — awaiting call back]", "", "", "B"),
        ],
        [
            ("Tags: VPA, Election 2026, Lautoka, Politics", "", "", "B"),
        ],
        [
            ("SEO title: VPA elects first woman leader | Koro Sea Mail", "", "", "B"),
        ],
        [
            (
                "Meta description: Lautoka businesswoman Salote Naivalu-Kumar beats Jone Ravouvou-Lee to become the Vanua Progressive Alliance's first woman leader.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Slug: vpa-elects-naivalu-kumar-leader", "", "", "B"),
        ],
        [
            ("Word count: 684 · Reading time: 3 min", "", "", "B"),
        ],
        [
            ("Related posts will appear here once published.", "", "", "B"),
        ],
        [
            (
                "Follow us: Facebook /koroseamail · Instagram @koroseamail · X @KoroSeaMail",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Koro Sea Mail is published by Koro Sea Media Pte Limited, Level 2, 18 Vitogo Parade, Lautoka, Fiji.",
                "",
                "",
                "B",
            ),
            ("Company Registration No. 17462.", "", "", "B"),
            ("© 2026 Koro Sea Mail.", "", "", "B"),
        ],
        [
            ("Save draft  Preview changes  Submit for review", "", "", "B"),
        ],
    ],
    # 11. Malta: news site's RSS item in a feed reader (Gozo fast ferry)
    [
        [
            ("All articles  ·  Today  ·  Saved", "", "", "B"),
        ],
        [
            ("Fanal News — Local", "", "", "B"),
        ],
        [
            ("14 unread", "", "", "B"),
        ],
        [
            ("Gozo fast ferry to cut winter crossings from 12 to eight a day", "", "", "W"),
        ],
        [
            ("Fanal News · Marie-Claire Spiteri-Bonello · 2h", "", "", "B"),
        ],
        [
            ("Comino Fastlink's catamaran at the Valletta terminal.", "", "", ""),
            ("Photo: Karl Zammit-Farrugia", "", "", "B"),
        ],
        [
            (
                "The fast ferry service between Mġarr and Valletta will operate eight return crossings a day instead of 12 from November 3 until the end of March, operator Comino Fastlink announced on Monday.",
                "Comino Fastlink",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The company said the cut was due to lower passenger numbers in winter and higher fuel costs, and that the first departure from Mġarr would remain at 6am.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said weekday passenger numbers between November and March last year averaged 1,150 a day, against 3,400 in summer.",
                "Comino Fastlink",
                "said",
                "W",
            ),
        ],
        [
            (
                "Crossings at 7.15am, 1pm, 4.30pm and 8pm will be dropped, according to the new timetable published on the operator's website.",
                "the new timetable published on the operator's website",
                "according to",
                "W",
            ),
        ],
        [
            ("[Image: The winter timetable published by Comino Fastlink]", "", "", "B"),
        ],
        [
            ("Fares stay at €4.50 for Gozo residents and €7.50 for others.", "", "", "W"),
        ],
        [
            (
                "It said 14 of its 61 crew members, all on seasonal contracts, would not be kept on over the winter.",
                "Comino Fastlink",
                "said",
                "W",
            ),
        ],
        [
            (
                "Charlon Borg-Camilleri, a nurse at Mater Dei Hospital who commutes from Xagħra every day, said the 7.15am crossing he uses was the only one that got him to an 8.30am shift without leaving home at 5am.",
                "Charlon Borg-Camilleri",
                "said",
                "W",
            ),
        ],
        [
            (
                "“So now I leave home in the dark and sleep on the boat,” he said.",
                "Charlon Borg-Camilleri",
                "said",
                "",
            ),
            ("“Are we second-class citizens?” he asked.", "Charlon Borg-Camilleri", "asked", ""),
        ],
        [
            (
                "Gozo Commuters' Association president Rita Xuereb-Galea described the decision as “a slap in the face” for Gozitan workers.",
                "Rita Xuereb-Galea",
                "described",
                "",
            ),
            (
                "She said about 4,000 Gozitans crossed to Malta for work every weekday.",
                "Rita Xuereb-Galea",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association said it would ask the Ministry for Gozo to intervene.",
                "The association",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry for Gozo said the fast ferry was a private service and that the government's public service contract covered only the conventional Gozo Channel ferry between Mġarr and Ċirkewwa.",
                "A spokesperson for the Ministry for Gozo",
                "said",
                "W",
            ),
            (
                "The spokesperson said the ministry was “in contact with the operator”.",
                "A spokesperson for the Ministry for Gozo",
                "said",
                "",
            ),
        ],
        [
            (
                "Nationalist Party spokesperson for Gozo Clyde Mercieca-Sant said the government should step in to keep the full service running.",
                "Clyde Mercieca-Sant",
                "said",
                "",
            ),
        ],
        [
            (
                "The fast ferry takes about 45 minutes to reach Valletta, against 90 minutes or more by car ferry and bus.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "University student Daniel Cassar-Portelli, 20, said he would now take the conventional ferry and two buses to get to lectures in Msida.",
                "Daniel Cassar-Portelli",
                "said",
                "",
            ),
            (
                "“That's three hours a day of my life,” he said.",
                "Daniel Cassar-Portelli",
                "said",
                "",
            ),
        ],
        [
            ("Last winter the service ran 12 crossings a day throughout.", "", "", "W"),
        ],
        [
            (
                "Comino Fastlink's operations manager, Stephanie Agius-Dimech, said the company had lost money on every winter crossing last year.",
                "Stephanie Agius-Dimech",
                "said",
                "W",
            ),
            ("“We are a business, not a charity,” she said.", "Stephanie Agius-Dimech", "said", ""),
        ],
        [
            (
                "Comino Fastlink started operating the route in 2022 and carried 612,000 passengers last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The operator said it would review the winter timetable in February “in light of demand”.",
                "The operator",
                "said",
                "",
            ),
        ],
        [
            ("Continue reading →", "", "", "B"),
        ],
        [
            ("Read more: Gozo Channel adds night crossings for Nadur carnival", "", "", "B"),
        ],
        [
            (
                "The post Gozo fast ferry to cut winter crossings from 12 to eight a day appeared first on Fanal News.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments: 23", "", "", "B"),
        ],
        [
            ("Tagged: Gozo, Transport, Ferries", "", "", "B"),
        ],
        [
            ("Open on fanalnews.com.mt", "", "", "B"),
        ],
        [
            ("Mark as unread  ·  Save for later  ·  Share", "", "", "B"),
        ],
        [
            ("More from Fanal News", "", "", "B"),
        ],
        [
            ("Ħamrun residents object to 11-storey block on old cinema site · 4h", "", "", "B"),
        ],
        [
            ("Three arrested after Paceville brawl · 5h", "", "", "B"),
        ],
        [
            (
                "Fanal Media Limited (C 71234), 14 Triq il-Merkanti, Valletta VLT 1171, Malta",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 12. Estonia: regional paper, browser translation then select-all (Rakvere heating price)
    [
        [
            ("Go to content", "", "", "B"),
        ],
        [
            ("Viru Vaatleja", "", "", "B"),
        ],
        [
            ("Subscribe | Log in | ePaper", "", "", "B"),
        ],
        [
            ("Home News County Economy Sports Culture Opinion Mourning notices", "", "", "B"),
        ],
        [
            ("Wednesday, 11 November 2026 · Name days: Mart, Martin", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "The price of district heating in Rakvere will increase by 13.9 percent from December",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Competition Authority approved the new price ceiling of Virumaa Küttevõrk on Tuesday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kadri Lõhmus-Tamm", "", "", "B"),
        ],
        [
            ("11.11.2026 08:41", "", "", "B"),
        ],
        [
            ("Listen to the article", "", "", "B"),
        ],
        [
            ("Comments (27)", "", "", "B"),
        ],
        [
            ("The boiler house of Virumaa Küttevõrk on Näituse street.", "", "", ""),
            ("PHOTO: Aivar Kõrvits-Saar", "", "", "B"),
        ],
        [
            (
                "From December 1, the price of district heating in Rakvere will rise from 86,20 euros to 98,18 euros per megawatt-hour without VAT, after the Competition Authority approved the new price ceiling of the district heating company Virumaa Küttevõrk on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The previous price had been in force since October 2025.", "", "", "W"),
        ],
        [
            (
                "According to the board member of Virumaa Küttevõrk Tarvo Meriloo, the main reason for the increase is the price of wood chips, which has risen by almost a quarter during the year.",
                "Tarvo Meriloo",
                "according to",
                "W",
            ),
        ],
        [
            (
                "„We buy about 60 percent of the chips from Lääne-Viru county and the rest from Ida-Viru county, and both suppliers raised the price in the summer,“ said Meriloo.",
                "Tarvo Meriloo",
                "said",
                "W",
            ),
            (
                "„We do not earn more from this, we only cover the costs.“",
                "Tarvo Meriloo",
                "said",
                "",
            ),
        ],
        [
            (
                "For an average apartment of 50 square meters in a Soviet-era apartment building, the heating bill in January will thus grow by about 14 euros, the company calculated.",
                "the company",
                "calculated",
                "W",
            ),
        ],
        [
            ("Reklaam", "", "", "B"),
        ],
        [
            (
                "The Competition Authority said in a press release that it had reduced the price requested by the company by 2,1 percent, because the company had included in its costs a loan interest that was not justified.",
                "Competition Authority",
                "said in a press release",
                "W",
            ),
        ],
        [
            ("READ ALSO | Tapa municipal council raised the kindergarten place fee", "", "", "B"),
        ],
        [
            (
                "The deputy mayor of Rakvere Liisa Kärbla-Õunapuu said that the city government will propose to the council to increase the heating support for low-income families from 120 euros to 180 euros per heating period.",
                "Liisa Kärbla-Õunapuu",
                "said",
                "",
            ),
        ],
        [
            (
                "„We cannot change the price, but we can help those for whom it is too heavy,“ said Kärbla-Õunapuu.",
                "Liisa Kärbla-Õunapuu",
                "said",
                "",
            ),
            (
                "According to her, 412 households received the heating support last winter.",
                "Liisa Kärbla-Õunapuu",
                "according to",
                "W",
            ),
        ],
        [
            ("The council will discuss the proposal at its meeting on November 26.", "", "", "W"),
        ],
        [
            (
                "The chairman of the apartment association of Kastani 12, Heino Pärtelpoeg-Rand, said that the association's heating costs last winter were 31 400 euros.",
                "Heino Pärtelpoeg-Rand",
                "said",
                "W",
            ),
            (
                "„People are already asking whether they should switch off the radiators in one room,“ he said.",
                "Heino Pärtelpoeg-Rand",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the association was considering installing heat pumps, but the bank would not give the building a loan for this without a renovation.",
                "Heino Pärtelpoeg-Rand",
                "said",
                "",
            ),
        ],
        [
            (
                "District heating prices have risen in several Estonian towns this autumn, in Viljandi by 9,4 percent and in Valga by 11 percent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Meriloo said the company hoped to lower the price next autumn if the price of chips fell.",
                "Tarvo Meriloo",
                "said",
                "",
            ),
        ],
        [
            ("Reklaam", "", "", "B"),
        ],
        [
            ("Comments (27)", "", "", "B"),
        ],
        [
            ("Write a comment", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1 Fire in the attic of a house in Kadrina parish", "", "", "B"),
        ],
        [
            ("2 A new pharmacy opens at the Rakvere bus station", "", "", "B"),
        ],
        [
            (
                "Viru Vaatleja | Lai 4, 44308 Rakvere | phone 322 0100 | toimetus@viruvaatleja.ee",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Registry code 10442731", "", "", "B"),
        ],
        [
            (
                "The use of materials published in Viru Vaatleja is allowed only with the written permission of the publisher.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This site uses cookies.", "", "", "B"),
            ("I agree", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n142-ng-caption-credit",
        "A bread seller arranges loaves at her stall in Ikotun, Lagos, on Thursday. Photo: Harmattan Herald/Kunle Badmus-Ojo",
        [
            "A bread seller arranges loaves at her stall in Ikotun, Lagos, on Thursday.",
            "Photo: Harmattan Herald/Kunle Badmus-Ojo",
        ],
    ),
    (
        "n142-ng-quote-runs-on",
        "“A 50kg bag of flour that we bought for ₦78,000 in January is now ₦96,500,” he said. “We held on for as long as we could. Nobody wants to be the baker who made bread a luxury.”",
        [
            "“A 50kg bag of flour that we bought for ₦78,000 in January is now ₦96,500,” he said.",
            "“We held on for as long as we could.",
            "Nobody wants to be the baker who made bread a luxury.”",
        ],
    ),
    (
        "n142-ng-single-quote-she",
        "A spokeswoman for the state commerce ministry, Ronke Adewusi-Peters, said the government had no power to fix the price of bread but was ‘monitoring the situation closely’. She said officials would meet the bakers' association next week.",
        [
            "A spokeswoman for the state commerce ministry, Ronke Adewusi-Peters, said the government had no power to fix the price of bread but was ‘monitoring the situation closely’.",
            "She said officials would meet the bakers' association next week.",
        ],
    ),
    (
        "n142-ng-ltd-rc-address",
        "Harmattan Herald is published by Kestrel Dawn Media Ltd. RC 1487203. 14 Adeniyi Jones Avenue, Ikeja, Lagos.",
        [
            "Harmattan Herald is published by Kestrel Dawn Media Ltd.",
            "RC 1487203.",
            "14 Adeniyi Jones Avenue, Ikeja, Lagos.",
        ],
    ),
    (
        "n142-pk-question-no-cue",
        "“We have been living in fear for two weeks,” he said. “Where will a man of 60 go and start again?”",
        [
            "“We have been living in fear for two weeks,” he said.",
            "“Where will a man of 60 go and start again?”",
        ],
    ),
    (
        "n142-pk-rs-asked",
        "Shopkeeper Nadeem Akhtar Ghumman, who sells school uniforms, said he had taken a loan of Rs. 1.2 million last year to rebuild the front of his shop. “Now they tell me the whole building is dangerous?” he asked.",
        [
            "Shopkeeper Nadeem Akhtar Ghumman, who sells school uniforms, said he had taken a loan of Rs. 1.2 million last year to rebuild the front of his shop.",
            "“Now they tell me the whole building is dangerous?” he asked.",
        ],
    ),
    (
        "n142-pk-pvt-ltd",
        "Copyright © 2026, The Ravi Chronicle Group (Pvt) Ltd. Reproduction of this material without permission is prohibited.",
        [
            "Copyright © 2026, The Ravi Chronicle Group (Pvt) Ltd.",
            "Reproduction of this material without permission is prohibited.",
        ],
    ),
    (
        "n142-bd-md-initial",
        "Meteorologist Md. Anisur Rahman Talukder said heavy to very heavy rain was likely to continue for at least 48 hours as a monsoon low over the north Bay of Bengal moved inland. He advised people in low-lying parts of the city to keep dry food and drinking water for two days.",
        [
            "Meteorologist Md. Anisur Rahman Talukder said heavy to very heavy rain was likely to continue for at least 48 hours as a monsoon low over the north Bay of Bengal moved inland.",
            "He advised people in low-lying parts of the city to keep dry food and drinking water for two days.",
        ],
    ),
    (
        "n142-bd-ltd-from-phone",
        "Published by Rezaul Karim Chowdhury on behalf of Teesta Media Ltd. from 41 Tejgaon Industrial Area, Dhaka-1208. Phone: +880 2 5501 2345, Email: news@teestatribune.com",
        [
            "Published by Rezaul Karim Chowdhury on behalf of Teesta Media Ltd. from 41 Tejgaon Industrial Area, Dhaka-1208.",
            "Phone: +880 2 5501 2345, Email: news@teestatribune.com",
        ],
    ),
    (
        "n142-bd-police-then-hospital",
        "At least 11 people were injured when a retaining wall collapsed in Lalkhan Bazar on Wednesday night, police said. Four of them were admitted to Chattogram Medical College Hospital.",
        [
            "At least 11 people were injured when a retaining wall collapsed in Lalkhan Bazar on Wednesday night, police said.",
            "Four of them were admitted to Chattogram Medical College Hospital.",
        ],
    ),
    (
        "n142-bd-caption-photo",
        "Residents of a hillside settlement in Chattogram's Akbar Shah area carry their belongings to a shelter on Thursday morning. Photo: Teesta Tribune",
        [
            "Residents of a hillside settlement in Chattogram's Akbar Shah area carry their belongings to a shelter on Thursday morning.",
            "Photo: Teesta Tribune",
        ],
    ),
    (
        "n142-my-told-reporters-quote",
        "“We are not doing this to punish motorists,” he told reporters after the meeting. “The money goes back into the bays, the lighting and the drains.”",
        [
            "“We are not doing this to punish motorists,” he told reporters after the meeting.",
            "“The money goes back into the bays, the lighting and the drains.”",
        ],
    ),
    (
        "n142-my-a-l-name",
        "“On weekends, customers already circle for 20 minutes to find a bay,” said SS2 Business Owners Association chairman K. Ravindran a/l Muthusamy. “Now they will circle and then go to the mall.”",
        [
            "“On weekends, customers already circle for 20 minutes to find a bay,” said SS2 Business Owners Association chairman K. Ravindran a/l Muthusamy.",
            "“Now they will circle and then go to the mall.”",
        ],
    ),
    (
        "n142-my-colon-quote",
        "Shahrul Nizam said the council would also replace 840 old parking meters with solar-powered ones by June and review the rate again in 2029. Asked whether the council would consider free parking on Saturdays, he said: “Not this year.”",
        [
            "Shahrul Nizam said the council would also replace 840 old parking meters with solar-powered ones by June and review the rate again in 2029.",
            "Asked whether the council would consider free parking on Saturdays, he said: “Not this year.”",
        ],
    ),
    (
        "n142-my-caption-dash",
        "Cars parked along a street in SS2, Petaling Jaya, on Friday. — Lembah Post pic by Eddie Loh Kah Meng",
        [
            "Cars parked along a street in SS2, Petaling Jaya, on Friday.",
            "— Lembah Post pic by Eddie Loh Kah Meng",
        ],
    ),
    (
        "n142-my-question-asked",
        "Hawker Tan Siew Lan, 58, who sells chicken rice in SS2, said she would pass the cost on to her customers. “Twenty sen more on a plate, what else can I do?” she asked.",
        [
            "Hawker Tan Siew Lan, 58, who sells chicken rice in SS2, said she would pass the cost on to her customers.",
            "“Twenty sen more on a plate, what else can I do?” she asked.",
        ],
    ),
    (
        "n142-nz-cookie-glued",
        "We use cookies to give you the best experience on our site. Find out more in our privacy policy.Accept",
        [
            "We use cookies to give you the best experience on our site.",
            "Find out more in our privacy policy.Accept",
        ],
    ),
    (
        "n142-nz-snapshot",
        "Snapshot as of 18 Feb 2026 04:12:55 GMT. The live page may have changed since.",
        ["Snapshot as of 18 Feb 2026 04:12:55 GMT.", "The live page may have changed since."],
    ),
    (
        "n142-nz-heart",
        "“I've got a heart condition. I just want a doctor who knows my name,” she said.",
        ["“I've got a heart condition.", "I just want a doctor who knows my name,” she said."],
    ),
    (
        "n142-jm-pm-its-president",
        "The Clarendon Route Taxi Operators Association said it would ask its members not to pick up passengers from the roadside after 7 p.m. Its president, Lorna Stampp-Henry, said 230 of the association's 410 members had stopped working at night since April.",
        [
            "The Clarendon Route Taxi Operators Association said it would ask its members not to pick up passengers from the roadside after 7 p.m.",
            "Its president, Lorna Stampp-Henry, said 230 of the association's 410 members had stopped working at night since April.",
        ],
    ),
    (
        "n142-jm-patois",
        "“The man sit down beside me and ask mi fi turn up the music,” he said. “Then mi feel the gun inna mi side.”",
        [
            "“The man sit down beside me and ask mi fi turn up the music,” he said.",
            "“Then mi feel the gun inna mi side.”",
        ],
    ),
    (
        "n142-jm-pm-mid",
        "The Transport Authority said 1,380 route taxis were licensed to operate in Clarendon. Stennett said he now parks his car at 6 p.m. and spends the evenings at home with his daughter.",
        [
            "The Transport Authority said 1,380 route taxis were licensed to operate in Clarendon.",
            "Stennett said he now parks his car at 6 p.m. and spends the evenings at home with his daughter.",
        ],
    ),
    (
        "n142-tt-question-everybody",
        "“Who wrote us off in August? Everybody,” Alleyne-Baboolal said. “Well, look at the table now.”",
        [
            "“Who wrote us off in August?",
            "Everybody,” Alleyne-Baboolal said.",
            "“Well, look at the table now.”",
        ],
    ),
    (
        "n142-tt-forwarder-note",
        "Kesh look at this!! Uncle Dev name in the papers 😂😂 Print it out for Granny, she go frame it.",
        [
            "Kesh look at this!! Uncle Dev name in the papers 😂😂",
            "Print it out for Granny, she go frame it.",
        ],
    ),
    (
        "n142-zm-chat-double-question",
        "[14/03/2026, 08:10] Mwila Kabanda: Chipo isn't this where your uncle works?? They are calling people back 🙏🏾",
        [
            "[14/03/2026, 08:10] Mwila Kabanda: Chipo isn't this where your uncle works??",
            "They are calling people back 🙏🏾",
        ],
    ),
    (
        "n142-zm-now-we-can",
        "“We could not run a smelter on four hours of power a day,” he said. “Now we can.”",
        ["“We could not run a smelter on four hours of power a day,” he said.", "“Now we can.”"],
    ),
    (
        "n142-ug-po-box",
        "Printed and published by Pearl Dispatch Publications Ltd, Plot 18, Kibira Road, P.O. Box 70412, Kampala. Registered at the GPO as a newspaper.",
        [
            "Printed and published by Pearl Dispatch Publications Ltd, Plot 18, Kibira Road, P.O. Box 70412, Kampala.",
            "Registered at the GPO as a newspaper.",
        ],
    ),
    (
        "n142-fj-company-no",
        "Koro Sea Mail is published by Koro Sea Media Pte Limited, Level 2, 18 Vitogo Parade, Lautoka, Fiji. Company Registration No. 17462. © 2026 Koro Sea Mail.",
        [
            "Koro Sea Mail is published by Koro Sea Media Pte Limited, Level 2, 18 Vitogo Parade, Lautoka, Fiji.",
            "Company Registration No. 17462.",
            "© 2026 Koro Sea Mail.",
        ],
    ),
    (
        "n142-mt-asked",
        "“So now I leave home in the dark and sleep on the boat,” he said. “Are we second-class citizens?” he asked.",
        [
            "“So now I leave home in the dark and sleep on the boat,” he said.",
            "“Are we second-class citizens?” he asked.",
        ],
    ),
    (
        "n142-ee-estonian-quotes",
        "„We buy about 60 percent of the chips from Lääne-Viru county and the rest from Ida-Viru county, and both suppliers raised the price in the summer,“ said Meriloo. „We do not earn more from this, we only cover the costs.“",
        [
            "„We buy about 60 percent of the chips from Lääne-Viru county and the rest from Ida-Viru county, and both suppliers raised the price in the summer,“ said Meriloo.",
            "„We do not earn more from this, we only cover the costs.“",
        ],
    ),
]
