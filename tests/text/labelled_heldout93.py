"""Ninety-third held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-four):
twelve typical WHOLE news pages, head to tail as a newsroom reviewer pastes them from a browser,
from twelve countries and twelve kinds of outlet, each an ordinary everyday story with the
furniture such sites really carry at the head, in the middle of the story and at the tail. The
pages: a Kenyan national daily (maize flour prices fall for a third month, to Sh164 a 2kg packet);
a Scottish local weekly (a Highland town's pool reopens on June 1 after a £1.2m roof repair, with
shorter hours); a wire story from Santiago (workers at a Chilean copper mine vote to end an 11-day
strike); a Ghanaian broadcaster's news site (pump prices fall by up to 6% in the new pricing
window); a Singaporean magazine (a feature on a scheme that pairs retiring hawkers with
apprentices); a Pakistani digital-native site (Islamabad's electric buses reach the airport from
June 1); a Dutch horticulture trade title (a flower auction's first-quarter volumes fall 4%); a
Sri Lankan sports site (a club cricket final won by four wickets); a Vietnamese business site (a
coffee exporter's first-quarter profit up 42%); a Norwegian science news site (fjord herring spawn
three weeks earlier than in the 1990s); a Kansas newspaper's live blog (storms, a tornado and
38,000 customers without power); and a Ugandan national paper's Saturday interview with a Q&A
block (a boda boda union chairman on the city's new registration rules).

What is hard is the mix an ordinary page holds: check-worthy records (prices, counts, dates set
by the body that fixes them, results, vote tallies, filings, findings, first-person records with a
figure) beside opinion, hedges, forecasts, plans, advice and colour, often in the same quote; and
furniture that looks like content (a live-score strip, a "What you need to know" box title, a
correction note, a licence line, a reader call-out, a membership appeal, a sponsored block)
beside content that looks like furniture (captions, table and scoreboard rows, profile rows,
bulleted key points and facts, live-blog entry headlines). Attribution is the ordinary kind: a
cue at the end of a long lead ("..., Highbrae Leisure Trust has said.", "..., the union said.",
"..., the authority said on Wednesday."), speakers named after their quotes, quotes carried on in
a second pair of quote marks with no cue, generic nouns for bodies already named ("the trust",
"The company", "The authority", "The cooperative", "The utility", "the office", "the ministry",
"the council"), an acronym and a short form resolving to a body's name ("The DPA attributed",
"Phu Cao said"), a surname resolving to a person first named in the narrative
("Ekanayake-Silva said"), "according to" with documents, data and bodies, cues other than "said"
("blame", "blamed", "attributed", "estimated", "reported", "confirmed", "thinks", "calls",
"explains", "accuse", "told shareholders"), a clause speaker ("..., which says it has 31,000
members, ..."), and Q&A turns.

The pages hold 522 sentences: 207 "B", 170 "W" and 145 ""; 184 sentences carry a speaker (84
distinct speakers, page by page; 81 distinct labels, as "the ministry", "The company" and "The
authority" each label bodies on two pages). `STYLES` describes each page, its story,
its labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; through `ast` only, the
docstrings and `STYLES` of `labelled_new143.py` and `labelled_new144.py`, the first page's first
fourteen paragraphs, the page sizes and the first two cases of `labelled_new144.py`; and, to settle
how a file outside `tests/` passes the line-length rule, a `grep` for "ruff: noqa" over
`tests/text/labelled_new*.py` and the few lines of `labelled_new87.py` that explain its
`# ruff: noqa: E501, RUF100` line, which this file carries for the same reason (outside `tests/`
the project's per-file ignore for long fixture lines does not apply; inside it an E501 exemption
alone would fail RUF100). Coined names were checked for freshness with file counts of
`grep -rlF` over `tests/text` and `/tmp/sets` (counts only, no text shown), hyphenated surnames as
wholes; every coined name that hit was renamed before the file was written (a daily and its
group, a magazine and its publisher, a sports site, a town, a village, a lane, a hamlet, a
swimming club, a drivers' group, a chowk, a cricket club, a ground, a utility, two counties, a
creek and four surnames), and a real Nairobi district was dropped.

Every person, outlet, firm, union, club, trust, council, authority, institute, school, scheme,
mine, auction, journal, statement, filing, post and figure is invented, and every small place
(towns, villages, lanes, junctions, chowks, food centres, grounds, fjords, creeks, counties) is
invented too. Real countries, capitals and big regions appear only as settings: Kenya, Nairobi,
the Rift Valley and the North Rift; Scotland (only as the setting, never named);
Chile, Santiago, northern Chile, Antofagasta (in a credit line) and Peru (in a related headline);
Ghana and Accra; Singapore; Pakistan and Islamabad; the Netherlands, Amsterdam, Kenya, Ethiopia,
Germany and Poland; Sri Lanka, Colombo, Galle (in a related headline) and Bangladesh; Vietnam,
Hanoi, the Central Highlands and Dak Lak province; Norway and its west coast; Kansas, northeast
Kansas and Topeka; Uganda and Kampala.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, ticker, strip, crumb, byline, date line, share line,
caption, credit, table row, box line, list item, entry stamp, note and legal line is a paragraph of
its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, and never carries a speaker; a caption is flagged
by its content and its credit is "B"; headlines and standfirsts are never split and are flagged by
content, and their "says" carries the source as the story first gives it ("Millers", "Highbrae
Leisure Trust" for "Leisure trust says", "Oil marketing companies", "Noordflor" for "cooperative
says", "researchers", "Joseph Ssekandi-Mulwana" for "says boda boda union chief"); a dateline
belongs to its lead sentence ("SANTIAGO, May 13 (Austral Wire) - Workers ...", "COLOMBO – Sahan
..."); a person is named in full as first given, without titles or roles ("union president",
"general director", "Urban planner", "Food historian", "Ward councillor", "National selector",
"Fisherman" dropped; an initial kept: "K. Balakrishnan"), and a pronoun, a surname or a short
name resolves to that name ("Lim says" -> "Lim Ah Kow", "Aasen-Tveit explains" -> "Ragnhild
Aasen-Tveit"); a generic noun for a body is kept as written ("the trust", "The company", "the
authority", "The cooperative", "The utility", "the office", "the ministry", "the council", "The
city"), as are unnamed groups ("Millers", "shopkeepers", "Many riders", "Some riders",
"researchers"); "according to X" gives X as written ("the national statistics office's monthly
price survey", "IMTA figures", "the financial statement the company filed with the stock exchange
on Monday", "customs data", "the official scorers", "the works council", "the county's fisheries
office", "the council", "the authority"); a quote over several sentences carries its speaker and
cue in each, including a quote carried on in a second pair of quote marks with no cue; a question
inside a quote followed by its attribution is one sentence ("What can I tell them?” she asked.",
"“Who will compensate us when they go up again?” he asked.", "“The buses are beautiful, but who are
they for?” he asked."), and a quote's question with no attribution after it ends its own sentence
("“What can you do after that?”"); "did not respond to a request for comment" carries the body; a
person acting or described without a verb of saying carries no speaker ("Zainab Hassan-Marican ...
does not dispute this.", "The weather service issued a tornado warning ...", "Bach Dang Securities
has a “hold” rating ...").

Conventions this set had to settle, in the same spirit:

* A body first given with a leading article and a bracketed acronym in a "said" clause is named
  without the article and the acronym ("the Downstream Petroleum Authority (DPA) said" ->
  "Downstream Petroleum Authority"), and a later acronym as the subject of a cue resolves to that
  name ("The DPA attributed" -> "Downstream Petroleum Authority"), as `labelled_new143.py` names
  bodies; but when the sentence that names a body in full closes on a generic noun ("The Islamabad
  Metropolitan Transit Authority (IMTA) will open ..., the authority said"), the cue's own subject
  is what the text says and is kept as written ("the authority"). A short form resolves to the
  name as first given, legal form included ("Phu Cao said" -> "Phu Cao Coffee Joint Stock
  Company").
* A cue keeps its verb with the recipient or the medium, as the earlier sets keep "said in a
  statement" ("told Austral Wire", "told VCB News", "told Rawal Pulse", "told shareholders",
  "confirmed in a post on X", "has said"); a manner or language adjunct is dropped ("told Austral
  Wire by telephone" -> "told Austral Wire", "Lim says in Hokkien, laughing" -> "says"). The
  present tense of a magazine or science feature ("says", "explains", "calls", "thinks") is a cue
  like "said". "reported" carries a company reporting its results or a utility reporting an
  outage count; "blame", "blamed", "attributed", "estimated" and "accuse" are cues like "said", and
  "confirmed" like "announced".
* Bulleted points pasted with their "•" keep it in the text; a box's or list's own title ("What you
  need to know", "Key points", "FACTS: SPRING-SPAWNING HERRING", "PROFILE", "SCOREBOARD", "NEW POOL
  TIMES FROM JUNE 1") is "B" like a table's title, and its items are flagged by content (key points
  and facts "W", profile rows, timetable rows and scoreboard rows "" as data).
* A live-score strip in a sports page's head is a ticker and "B", although the same result in the
  scoreboard box at the foot is data "" and in a sentence "W".
* A correction note ("Correction, May 14: An earlier version of this story said ..." / "It has
  19.") is page furniture and "B", like an editor's note; so are a magazine's section break
  ("* * *"), issue line and subscription offer, a reader-funded membership appeal, a sponsored
  block, a video credit with its running time, a podcast line, a translator line, a licence line
  with its number and an editor-in-chief line, and an investment disclaimer.
* A live blog's time stamps, its entry bylines ("— Marisol Dunleavy-Ortega"), "Load more updates",
  a reader call-out ("Have photos or video of storm damage?" / "Send them to ...") and a
  free-coverage appeal are "B"; entry headlines are flagged by content ("W" for each here).
* A Q&A turn that cites a source carries it and is flagged by what it cites ("Q: Many riders say
  the registration fee is too high." "" as an opinion; "Q: The city says about 90,000 riders work in
  Kampala." "W"; "Q: Some riders accuse the union of taking a share of the fee." "W" as an
  allegation of fact a reviewer would check); the interviewer's own figure ("Only 11,000 have
  registered so far.") is "W" with no speaker; a short answer ("A: No.", "A: Ride.") is its own
  sentence, and a denial ("A: Not one shilling.") is "W". A quoted headline with "says boda boda
  union chief" carries the chairman by name.
* A clause speaker inside a narrative sentence ("Joseph Ssekandi-Mulwana, 46, has chaired the
  Kampala Riders' Cooperative Union, which says it has 31,000 members, since 2021.") carries the
  clause's subject with its verb, as `labelled_new143.py` does for "after the ... retailer said".
* A time or price a body sets for its own next step is "W" ("Workers would return for the night
  shift on Thursday", "would sell petrol at GH¢14.59 from midnight on Friday", "A survey team will
  go out Thursday morning", "would double the number of places ... from January 2027", "due on 12
  August"); a forecast or hope ("should be below Sh150 by July", "would be back at full capacity
  within a week", "expected to buy about 160,000 tonnes", "should have power back by noon
  Thursday") is "".
* An unnamed hedge with a figure inside a quote ("It was over in maybe 30 seconds") and a memory
  ("his father never set his nets before the last week of March") are "", while a first-person
  record with a figure ("My gas bill for January alone was €61,000.", "I had lost two finals
  here.") is "W".

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
wants, not what the engine does (quotes closed by "she asked" after a statement; quotes carried on
with no cue and split at a full stop; "Ltd." and "B.V." ending a copyright line before
"All rights reserved."; "Union No. 2", "stall No. 17", "Licence No. 214/GP-BTTTT" and "4.45 a.m." not
ending a sentence; "8 p.m." and "1.1 °C." ending one; an initial in "K. Balakrishnan"; a tip line and
a call-out split after their questions; "A: No." and an inner quote ending in "robbed me.”" before a
new sentence; "Q:" turns of three sentences).
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Kenyan NATIONAL DAILY\'s website (Nairobi), desktop browser paste, a FOOD PRICES story: the average 2kg packet of maize flour falls to Sh164 in April, the third monthly fall. Head: masthead, menu with pipes, crumb path with ›, byline in capitals, published/updated line, share strip (all "B"); headline of record "W"; standfirst "Millers say ..." a forecast "" carrying "Millers"; a photo caption "" and its credit "B". Body: lead "according to the national statistics office\'s monthly price survey" (as written) "W"; an unattributed record "W"; "Millers blame ..." a causal claim "W"; a millers\' chairman named after his quote with a price record "W", a forecast carried on in a second pair of quote marks with no cue "" and "he said" a market share "W"; mid-story ADVERTISEMENT and READ ALSO lines "B"; colour ""; a kiosk owner named after her quote with her price "W", then a quote of two sentences closed by "she asked" (a statement, then a question with its attribution as one sentence, both ""); "The agriculture ministry said in a statement" a dated decision "W" and the waiver\'s terms "W"; "the ministry said" kept as written with an opinion ""; a farmer\'s farm-gate prices "W" and her complaint ""; an economist\'s inflation figures and basket share "W", "“Enjoy it while it lasts,” he said." "" and a seasonal pattern carried on with no cue "W"; a price table pasted as lines (title, header row and source "B", rows ""); supermarket cuts "W" and "Tausi Mart said" a store count "W"; the kiosk owner again by surname with a plan "". Tail: tags, more-from label, one related headline, copyright split after "Ltd." (all "B").',
    'Scottish LOCAL WEEKLY\'s website (the Highlands), desktop browser paste, a LEISURE CENTRE story: Auchterlarig\'s pool reopens on June 1 after 14 months and a £1.2m roof repair, with opening hours cut from 68 to 52 a week. Head: masthead, a tagline with a founding year, spaced menu, crumb with ">" (all "B"); headline of record "W"; standfirst "Leisure trust says ..." "" carrying "Highbrae Leisure Trust" as the story first names it; byline and date line (both "B"); a caption "" and its "Picture:" credit "B". Body: lead closing "..., Highbrae Leisure Trust has said." (cue "has said") "W"; the closure\'s cause "W"; "the trust said" kept as written with a grant figure "W"; new hours with no speaker "W"; the chief executive\'s energy costs "W" and his two quoted sentences ""; Advertisement "B"; a swimming club\'s forecast ""; membership figures closed by "its secretary, Morag Baillie-Kerr, said" "W", then her quote carried on with no cue and split at a full stop ("W" then ""); a councillor\'s plan "" and a dated record in his quote "W"; prices "W"; a timetable box pasted as lines (title "B", rows ""); a reopening swim "W"; an 81-year-old swimmer\'s feeling and quotes "". Tail: a tip line split after "Got a story?", a numbered most-read list, comment count, copyright split after "Ltd." (all "B").',
    'Chilean WIRE STORY on the agency\'s website (Santiago), desktop browser paste, a STRIKE ENDS: workers at the Cerro Tunquén copper mine accept a wage deal, 912 votes to 234. Head: agency name, spaced menu, section, byline, date line with "GMT-4" and "Updated 2 hours ago", share strip, licensing link (all "B"); headline of record "W". Body: the dateline "SANTIAGO, May 13 (Austral Wire) -" glued to the lead, which closes on "the union said" kept as written "W"; the tally with "Union No. 2" mid-sentence and "told Austral Wire" ("by telephone" dropped from the cue) "W", and "he said" a return date the union sets "W"; the president by surname with a verdict "" and the no votes "W"; the operator\'s statement (cue "said in a statement") "W" and its first offer "W"; "The company said" a forecast "" and "the company said" a courtesy quote ""; ownership "W" and the parent that "did not respond to a request for comment" ""; a scroll-to-continue ad line "B"; production "the company said" "W"; Chile context "W"; strike dates "W" and "estimated in a filing" "W"; a copper price "W"; an analyst named after her quote with a contract count "W" and her view carried on with no cue ""; "the ministry said" a mediator\'s entry "W"; "shopkeepers said" kept as written "" and a hardware-store owner named after her quote, then two more sentences with no cue (all ""); contract and membership records "W". Tail: a two-sentence newsletter prompt, the "(Reporting by ...; editing by ...)" line, a standards line, read-next list, copyright split after the agency\'s name (all "B").',
    'Ghanaian BROADCASTER\'s news website (Accra), desktop browser paste, a FUEL PRICES story: petrol and diesel fall by up to 6% at the pumps in the second pricing window of May. Head: station name, a listen-live/watch strip, menu with pipes, section, byline with the station\'s name, date line (all "B"); headline of record "W"; standfirst "Oil marketing companies say ..." a hedge "" carrying them; a video caption "" and its "Video: VCB TV | 2:48" credit with running time "B". Body: lead closing "the Downstream Petroleum Authority (DPA) said on Thursday" (named without the article and the acronym) "W"; "The authority said" kept as written "W"; diesel and gas prices "W"; "The DPA attributed" resolving to the authority\'s name "W"; the review schedule "W"; a marketing company\'s own price from midnight "W"; its chief executive with a hedge and a quote ""; ALSO ON and Advertisement lines "B"; a trotro driver\'s daily spend "W" and his quote "told VCB News" ""; a drivers\' alliance\'s fare record "W"; its general secretary\'s condition in a partial quote "" and his question with attribution (one sentence, "he asked") ""; an economist on the station\'s own morning show with advice "", pricing practice "W" and a follow-on quote with no cue ""; inflation "W" and "The authority said" fines "W"; colour "" and a station supervisor named after her quote with a routine "W". Tail: a podcast line, source line, WhatsApp follow line, tags, related list, copyright split after "Ltd." (all "B").',
    'Singaporean MAGAZINE\'s website, desktop browser paste, a FEATURE in the present tense: a scheme that pairs retiring hawkers with young apprentices has passed 38 stalls on in three years. Head: masthead, account strip, spaced menu, "FOOD / FEATURE" label, words and photographs credits, an issue and read-time line (all "B"); a headline that is a phrase "" and a standfirst with the stall count "W". Body: colour with "4.45 a.m." and "stall No. 17" mid-sentence ""; a hawker\'s years at his stall and his apprentice\'s start under the scheme "W"; the old hawker\'s quotes ("Lim says in Hokkien", cue "says", resolving to "Lim Ah Kow") ""; "according to the council" (as written) with matched pairs "W", drop-outs and closures "W", stipend and rent "W"; the scheme\'s head named after her quote and a quote of two sentences with no cue ("fine." ending one before "What") ""; the median age "she says" "W"; a section break "* * *" "B"; colour with "stall No. 4" ""; a new hawker\'s price rise "W"; her quotes, a claim about her mentor\'s losses included ""; the mentor named with no verb of saying ("does not dispute this", no speaker) and her three quoted sentences ""; a historian with an initial ("K. Balakrishnan") who "thinks" "", his stall count "W" and his verdict over two sentences ""; "the council said" a dated plan it sets itself "W"; a closing scene of three sentences "". Tail: issue line and subscription offer, more-from list, copyright split after "Pte. Ltd." (all "B").',
    'Pakistani DIGITAL-NATIVE NEWS SITE (Islamabad), desktop browser paste, a PUBLIC TRANSPORT story: the city\'s fourth electric bus route, to the airport, opens on June 1 with 14 buses and 19 stops. Head: masthead, sign-in strip, menu with pipes, section, byline, date with read time, a listen button (all "B"); headline "W" and standfirst with counts "W"; a "What you need to know" box (title "B", three bullets of record with their "•" "W"). Body: lead naming the Islamabad Metropolitan Transit Authority (IMTA) and closing "the authority said on Wednesday", kept as written "W"; the fleet\'s cost with "the authority said" mid-sentence "W"; "according to IMTA figures" (as written) "W"; the managing director\'s share of women riders "told Rawal Pulse" "W" and her hope with a partial quote ""; a two-sentence membership appeal "B"; colour ""; a student\'s fares "W" and quote ""; a guard\'s distance to a stop "W" and his question with attribution (one sentence) ""; a planner\'s view "", a route record in her quote "W" and two more quoted sentences with no cue ""; "The authority said" a survey "W" and "according to the authority" student cards "W"; an explainer link "B"; colour "" and the managing director by surname with a plan ""; a correction note of two sentences "B". Tail: a was-this-useful prompt and its buttons, read-next link, follow line, copyright with "(Pvt.) Ltd." (all "B").',
    'Dutch TRADE PRESS website (horticulture, in English), desktop browser paste, an AUCTION RESULTS story: a growers\' cooperative\'s flower auction sells 4.1% fewer stems in the first quarter at 7.2% higher prices. Head: masthead, tagline, menu with pipes, crumb with ›, byline-and-date line, a "Premium" label (all "B"); headline of record "W"; standfirst "..., cooperative says, ..." "W" carrying "Noordflor" as the story first names it. Body: lead closing "it said on Tuesday" (the cooperative\'s name) "W"; price and turnover "W"; "The cooperative blamed" kept as written, a causal claim "W"; a product-group table pasted as lines (title, header row with "Avg. price" and source "B", rows ""); the chief financial officer\'s causal quote "W" and "She said she expected ..." ""; imports "W"; a growers\' association\'s count "W"; a rose grower\'s record "W", his quote "" and his gas bill in a quote carried on with no cue "W"; a sponsored block of three lines "B"; "Noordflor said" remote buying and a hall closure "W"; "according to the works council" staff moves "W"; an exporter\'s hedge in a partial quote "" and his volumes "he said" "W"; "The cooperative said" no forecast "" and the next figures\' date "W". Tail: event promotion, author box, related list, copyright split after "B.V." (all "B").',
    'Sri Lankan SPORTS WEBSITE (Colombo), desktop browser paste, a cricket MATCH REPORT: Pelandagama CC chase 288 to win the Premier Club Trophy final by four wickets with an opener\'s 134. Head: masthead, a live-score strip with "(48.2 ov)", menu with pipes, crumb with › (all "B"); headline and standfirst of record "W"; byline and date line "B"; a caption "" and its "Pic by" credit "B". Body: "COLOMBO –" lead "W"; the club\'s first title "W"; the first innings "W" and colour ""; the chase in three sentences "W"; the centurion\'s quote "", then "“I had lost two finals here." "W" before "I wasn\'t going to lose a third.”" ""; ADVERTISEMENT "B"; the losing captain, first named in the narrative, by surname with an excuse "", a record in his quote "W" and a question carried on with no attribution ""; "according to the official scorers" "W"; prize money and a run tally "W"; a selector\'s partial quote and two quoted sentences ""; colour ""; a scoreboard box (title "B", rows with initials "N.", "D.", "T.", "S.", "K.", "L." ""). Tail: more-cricket list, comments-closed note, copyright split after the site\'s name (all "B").',
    'Vietnamese BUSINESS NEWS SITE (Hanoi), desktop browser paste, a COMPANY RESULTS story: a robusta exporter\'s first-quarter net profit rises 42% to 318 billion dong as prices offset an 11% fall in volume. Head: masthead, index ticker, menu with pipes, section (all "B"); headline and standfirst of record "W"; byline and a date line with "(GMT+7)" "B". Body: "reported a first-quarter net profit" carrying the company (cue "reported") "W"; "according to the financial statement the company filed with the stock exchange on Monday" kept as written "W"; margin and exports "W"; the general director\'s causal quote "told shareholders" "W" and his buying forecast ""; a dividend and its payment date "W"; a related line "B"; futures "W" and "according to customs data" "W"; an analyst\'s forecast and quote ""; her firm\'s rating with no verb of saying "W"; share moves "W"; Advertisement "B"; a grower\'s prices "W" and three quoted sentences ""; "Phu Cao said" (the short form resolving to the company\'s full name) contracts and hectares "W" and "The company said" a premium plan kept as written ""; colour "" and the analyst by full name "". Tail: an investment disclaimer, tags, most-read list, a licence line with "Licence No. 214/GP-BTTTT" and an editor-in-chief line, copyright split after the site\'s name (all "B").',
    'Norwegian SCIENCE NEWS SITE (research news in English), desktop browser paste, a RESEARCH FINDING: herring in a western fjord now spawn around March 12, three weeks earlier than in the early 1990s. Head: masthead, tagline, menu with pipes, section with a middle dot, byline with the institute, published line, translator line (all "B"); headline of record "W"; standfirst "..., researchers say" a hedge "" carrying "researchers"; a caption "" and its credit "B". Body: findings, the study and the old date "W", "1.1 °C." ending a sentence before a hedge ""; the lead author named after her quote ("says") with a rate "W" and surprise carried on with no cue ""; methods "W"; "Aasen-Tveit explains" a finding "W" and a two-sentence hedge closed by "she says" ""; a question subhead ""; background "", her hedge "" and a no-change finding "W"; an outside biologist who "calls" the series careful "" and his caution over two quotes ""; "according to the county\'s fisheries office" a boat count "W"; a fisherman\'s memory and quote ""; a facts box (title "B", two bullets of fact "W"); a journal reference with "et al." as one "B" sentence; funding and first-published notes, a read-more list, and a copyright line split after the site\'s name (all "B").',
    'United States LOCAL NEWSPAPER\'s LIVE BLOG (Kansas), desktop browser paste, SEVERE STORMS: about 38,000 customers without power, a tornado confirmed near a small town, hail in Topeka. Head: masthead, subscribe strip, menu with pipes, LIVE badge, updated line with "CDT", staff byline, "Key points" label (all "B"); headline of record "W"; three key-point bullets "W" (a utility that "reported", "the weather service office in Topeka confirmed" kept as written, no injuries). Entries, newest first, each with a time stamp "B" and an entry headline "W": the utility\'s 9:30 p.m. count "W" and "The utility said" a restoration estimate kept as written ""; "confirmed in a post on X" "W" and "the office said" a survey time it sets "W"; a farmer\'s damage "W" and his two quotes ""; entry bylines "— Name" "B"; hail "shortly before 8 p.m." ending a sentence before "Readers sent photos ..." ("W" then ""); a two-sentence reader call-out "B"; a warning\'s expiry and another\'s continuation "W"; a two-sentence free-coverage appeal "B"; an emergency management office\'s shelter "W" and a pets rule ""; the warning\'s issue by the weather service with no speaker "W" and safety advice "". Tail: load-more button, copyright split after the paper\'s name (all "B").',
    'Ugandan NATIONAL NEWSPAPER\'s SATURDAY INTERVIEW (Kampala), desktop browser paste, an INTERVIEW with a Q&A BLOCK: a boda boda union chairman on the city\'s new rider registration rules. Head: masthead, menu with pipes, section label (all "B"); a quoted headline "..., says boda boda union chief" "" carrying him by name; standfirst of record "W"; byline, date line, comment link (all "B"). Body: intro with a clause speaker ("..., which says it has 31,000 members, ...") carrying the union "W"; the rules and the fine "W"; a two-sentence note introducing the transcript "B"; "Q:" turns "" unless they cite a source ("Q: Many riders say ..." an opinion ""; "Q: The city says about 90,000 ..." "W"; "Q: Some riders accuse the union ..." an allegation of fact "W"), the interviewer\'s own figure "W" and his questions ""; "A:" answers carrying him with cue "A:" in every sentence: the fee and riders\' earnings "W", opinions "", a reported theft count "W", an inner quote "“Number 4471 robbed me.”" ending a sentence before "That changes everything." (both ""), "A: No." "" before an agreed extension "W", "A: Not one shilling." a denial "W" and where the money goes "W", "A: Ride." "" and his routine "W"; a city spokesperson named after her role, "confirmed" and "She said" (both "W"); a profile box (title "B", rows ""). Tail: comments label, related list, copyright split after "Ltd." (all "B").',
]

ARTICLES = [
    [
        [
            ("DAILY BEACON", "", "", "B"),
        ],
        [
            (
                "News | Counties | Business | Sport | Opinion | Lifestyle | ePaper | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Business › Markets", "", "", "B"),
        ],
        [
            (
                "Maize flour prices fall for third month in a row as harvest reaches mills",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Millers say a 2kg packet could drop below Sh150 by July, but Nairobi shopkeepers are still selling old stock at old prices",
                "Millers",
                "say",
                "",
            ),
        ],
        [
            ("By WANJIRU KAMAU-ODHIAMBO", "", "", "B"),
        ],
        [
            ("Published Tue, May 12, 2026 6:40 AM EAT | Updated 9:15 AM", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share on WhatsApp | Copy link", "", "", "B"),
        ],
        [
            (
                "A trader arranges packets of maize flour at a kiosk on Kiwanja Lane, Nairobi, on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Otieno Mbugua-Sang | Daily Beacon", "", "", "B"),
        ],
        [
            (
                "The average retail price of a 2kg packet of maize flour fell to Sh164 in April, from Sh171 in March and Sh189 in January, according to the national statistics office's monthly price survey.",
                "the national statistics office's monthly price survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It was the third monthly fall in a row and the lowest average since October 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Millers blame the drop on the long-rains harvest from the Rift Valley, which began reaching mills in late March, and on 84,000 tonnes of duty-free imports cleared in the first quarter.",
                "Millers",
                "blame",
                "W",
            ),
        ],
        [
            (
                "“We are buying grain at Sh3,400 a bag now, against Sh4,800 in December,” said Josphat Kiprono-Wafula, chairman of the Cereal Millers Forum, an industry group.",
                "Josphat Kiprono-Wafula",
                "said",
                "W",
            ),
            (
                "“If the weather holds, a 2kg packet should be below Sh150 by July.”",
                "Josphat Kiprono-Wafula",
                "said",
                "",
            ),
        ],
        [
            (
                "The forum's 31 member mills produce about 60 percent of the packaged flour sold in Kenya, he said.",
                "Josphat Kiprono-Wafula",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Pump prices unchanged for May as energy regulator holds rates",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "On Kiwanja Lane, in the east of the city, the change had not reached the shelves by Monday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I still have stock I bought at the old price, so I am selling at Sh175,” said Mercy Atieno-Chebet, who has run a kiosk there for nine years.",
                "Mercy Atieno-Chebet",
                "said",
                "W",
            ),
            (
                "“Customers ask me every day why it is not cheaper.",
                "Mercy Atieno-Chebet",
                "asked",
                "",
            ),
            ("What can I tell them?” she asked.", "Mercy Atieno-Chebet", "asked", ""),
        ],
        [
            (
                "The agriculture ministry said in a statement on Monday that the duty waiver on imported white maize would not be renewed when it expires on June 30.",
                "The agriculture ministry",
                "said in a statement",
                "W",
            ),
            (
                "The waiver, introduced in December, let millers bring in up to 300,000 tonnes without paying the usual 50 percent duty.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Farmers must get a fair price for this harvest,” the ministry said.",
                "the ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Grace Jepkosgei-Rotich, who grows maize on 12 acres near Kaptebengwo in the North Rift, said traders were offering her Sh2,900 a bag, down from Sh4,100 at the same time last year.",
                "Grace Jepkosgei-Rotich",
                "said",
                "W",
            ),
            (
                "“At that price I do not even cover the fertiliser,” she said.",
                "Grace Jepkosgei-Rotich",
                "said",
                "",
            ),
        ],
        [
            (
                "Daniel Ouma-Njoroge, an economist at the Tana Policy Institute in Nairobi, said cheaper flour had helped pull overall inflation down to 4.1 percent in April from 4.6 percent in March.",
                "Daniel Ouma-Njoroge",
                "said",
                "W",
            ),
            (
                "Food makes up about a third of the basket used to measure inflation, he said.",
                "Daniel Ouma-Njoroge",
                "said",
                "W",
            ),
            ("“Enjoy it while it lasts,” he said.", "Daniel Ouma-Njoroge", "said", ""),
            (
                "“Prices usually climb again from September, once the harvest has been sold.”",
                "Daniel Ouma-Njoroge",
                "said",
                "W",
            ),
        ],
        [
            ("MAIZE FLOUR, 2KG PACKET: AVERAGE RETAIL PRICE", "", "", "B"),
        ],
        [
            ("Month | Price | Change", "", "", "B"),
        ],
        [
            ("January | Sh189 | –", "", "", ""),
        ],
        [
            ("February | Sh180 | –Sh9", "", "", ""),
        ],
        [
            ("March | Sh171 | –Sh9", "", "", ""),
        ],
        [
            ("April | Sh164 | –Sh7", "", "", ""),
        ],
        [
            ("Source: national statistics office", "", "", "B"),
        ],
        [
            (
                "Two supermarket chains, Jamii Fresh and Tausi Mart, cut shelf prices of the leading flour brands by Sh10 a packet last week.",
                "",
                "",
                "W",
            ),
            ("Tausi Mart said the cut applied in all 46 of its stores.", "Tausi Mart", "said", "W"),
        ],
        [
            (
                "Back on Kiwanja Lane, Atieno-Chebet said she would order new stock on Friday.",
                "Mercy Atieno-Chebet",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Maize | Food prices | Inflation | Agriculture", "", "", "B"),
        ],
        [
            ("More from Business", "", "", "B"),
        ],
        [
            ("Shilling steady against dollar as tea receipts rise", "", "", "B"),
        ],
        [
            ("© 2026 Beacon Newspapers Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Auchterlarig Courant", "", "", "B"),
        ],
        [
            ("Serving Auchterlarig, Glenstrathy and the Strath since 1887", "", "", "B"),
        ],
        [
            ("News   Sport   Community   Notices   Jobs   Contact", "", "", "B"),
        ],
        [
            ("News > Community", "", "", "B"),
        ],
        [
            ("Auchterlarig pool to reopen on June 1 after £1.2m roof repair", "", "", "W"),
        ],
        [
            (
                "Leisure trust says shorter opening hours are the price of keeping the pool open at all",
                "Highbrae Leisure Trust",
                "says",
                "",
            ),
        ],
        [
            ("By Catriona Dunbar-Lyall", "", "", "B"),
        ],
        [
            ("Thursday 14 May 2026", "", "", "B"),
        ],
        [
            (
                "The pool hall at Auchterlarig Leisure Centre, where the roof was replaced over the winter.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Highbrae Leisure Trust", "", "", "B"),
        ],
        [
            (
                "Auchterlarig's swimming pool will reopen on Monday, June 1, after 14 months shut for roof repairs, Highbrae Leisure Trust has said.",
                "Highbrae Leisure Trust",
                "has said",
                "W",
            ),
            (
                "The pool closed in March last year when an inspection found corrosion in the steel beams above the water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The repair cost £1.2 million, of which £450,000 came from a national sport facilities grant, the trust said.",
                "the trust",
                "said",
                "W",
            ),
        ],
        [
            (
                "From June the pool will open for 52 hours a week, down from 68 before the closure, and it will be shut all day on Tuesdays.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Alasdair Grieve-Munro, the trust's chief executive, said energy costs at the centre had risen from £86,000 in 2021 to £149,000 last year.",
                "Alasdair Grieve-Munro",
                "said",
                "W",
            ),
            (
                "“We would rather have a pool that opens a bit less than no pool at all,” he said.",
                "Alasdair Grieve-Munro",
                "said",
                "",
            ),
            (
                "“I know that is not what everyone wants to hear.”",
                "Alasdair Grieve-Munro",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Auchterlarig Kelpies Swimming Club said the Tuesday closure would hit its junior squads hardest.",
                "Auchterlarig Kelpies Swimming Club",
                "said",
                "",
            ),
        ],
        [
            (
                "The club has 74 members, 51 of them under 16, and has trained at Glenstrathy, 23 miles away, since the pool shut, its secretary, Morag Baillie-Kerr, said.",
                "Morag Baillie-Kerr",
                "said",
                "W",
            ),
            (
                "“Parents have been driving nearly an hour each way, twice a week.",
                "Morag Baillie-Kerr",
                "said",
                "W",
            ),
            ("That is not sustainable for a lot of families.”", "Morag Baillie-Kerr", "said", ""),
        ],
        [
            (
                "Ward councillor Euan Drummond-Hay said he would ask the trust to look again at the Tuesday closure.",
                "Euan Drummond-Hay",
                "said",
                "",
            ),
            (
                "“This pool was built by public subscription in 1974, and people here feel it belongs to them,” he said.",
                "Euan Drummond-Hay",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adult swims will cost £5.20, up from £4.60, and children's swims £2.90, up from £2.50.",
                "",
                "",
                "W",
            ),
            ("Under-fives and over-75s will continue to swim free.", "", "", "W"),
        ],
        [
            ("NEW POOL TIMES FROM JUNE 1", "", "", "B"),
        ],
        [
            ("Mon, Wed, Fri: 7am–9am and 12pm–8pm", "", "", ""),
        ],
        [
            ("Tuesday: closed", "", "", ""),
        ],
        [
            ("Thursday: 12pm–8pm", "", "", ""),
        ],
        [
            ("Sat and Sun: 9am–4pm", "", "", ""),
        ],
        [
            (
                "A free family swim will mark the reopening from 10am to 2pm on Saturday, June 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Isla Macrae-Thomson, 81, who swam there every morning before it closed, said she had been counting the days.",
                "Isla Macrae-Thomson",
                "said",
                "",
            ),
            (
                "“I have missed it more than I can say,” she said.",
                "Isla Macrae-Thomson",
                "said",
                "",
            ),
            ("“At least they kept the early mornings.”", "Isla Macrae-Thomson", "said", ""),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@auchterlarigcourant.co.uk or call 01497 602 118.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Glenstrathy school roll falls below 40", "", "", "B"),
        ],
        [
            ("2. Harbour road resurfacing to start in August", "", "", "B"),
        ],
        [
            ("3. Courant Community Awards: nominations now open", "", "", "B"),
        ],
        [
            ("Comments (9)", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Strath Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("AUSTRAL WIRE", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Commodities   Sustainability   Legal   More",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Commodities", "", "", "B"),
        ],
        [
            ("Workers at Chile's Cerro Tunquén copper mine vote to end 11-day strike", "", "", "W"),
        ],
        [
            ("By Camila Ferreyra-Ossandón", "", "", "B"),
        ],
        [
            ("May 13, 2026 8:52 PM GMT-4 Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Share   X   Facebook   LinkedIn   Email   Link", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, May 13 (Austral Wire) - Workers at the Cerro Tunquén copper mine in northern Chile voted on Wednesday to accept a new wage deal, ending an 11-day strike that had halted output, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Of the 1,146 members of Union No. 2 who voted, 912 backed the offer, union president Rodrigo Alvear-Quintanilla told Austral Wire by telephone.",
                "Rodrigo Alvear-Quintanilla",
                "told Austral Wire",
                "W",
            ),
            (
                "Workers would return for the night shift on Thursday, he said.",
                "Rodrigo Alvear-Quintanilla",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It is not everything we asked for, but it is a fair deal and the members have spoken,” Alvear-Quintanilla said.",
                "Rodrigo Alvear-Quintanilla",
                "said",
                "",
            ),
            (
                "The other 234 members voted against, he said.",
                "Rodrigo Alvear-Quintanilla",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minera Tunquén, which operates the mine, said in a statement that the three-year agreement includes a 4.5% real wage increase and a one-off bonus of 9.2 million pesos (about $9,800) per worker.",
                "Minera Tunquén",
                "said in a statement",
                "W",
            ),
            ("The company had first offered a bonus of 6.5 million pesos.", "", "", "W"),
        ],
        [
            (
                "The company said the mine would be back at full capacity within a week.",
                "The company",
                "said",
                "",
            ),
            (
                "“We value the responsible way in which this negotiation was concluded,” the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Minera Tunquén is 70% owned by Canadian miner Westbrook Ridge Resources and 30% by a Chilean family holding company.",
                "",
                "",
                "W",
            ),
            (
                "Westbrook Ridge Resources did not respond to a request for comment.",
                "Westbrook Ridge Resources",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Advertisement · Scroll to continue", "", "", "B"),
        ],
        [
            (
                "The mine produced 142,300 metric tons of copper last year, about 2.6% of Chile's output, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "Chile is the world's largest copper producer, and copper accounts for about half of its exports.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The strike began on May 2 after talks broke down over the size of the bonus.",
                "",
                "",
                "W",
            ),
            (
                "Minera Tunquén estimated in a filing last week that the stoppage was costing it about 1,100 tons of copper a day.",
                "Minera Tunquén",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "Benchmark copper for three-month delivery rose 0.8% to $9,612 a ton on Wednesday, partly on supply worries, before the result of the vote was known.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“It's a relief for the market, but this was the first of six labour contracts up for renewal in northern Chile this year,” said Valentina Rojas-Etchegaray, a mining analyst at Santiago brokerage Cumbre Capital.",
                "Valentina Rojas-Etchegaray",
                "said",
                "W",
            ),
            (
                "“The other unions will treat this deal as the floor.”",
                "Valentina Rojas-Etchegaray",
                "said",
                "",
            ),
        ],
        [
            (
                "A mediator from the labour ministry had joined the talks on Monday, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Pozo Seco, the town near the mine where many of the workers live, shopkeepers said business had been slow during the stoppage.",
                "shopkeepers",
                "said",
                "",
            ),
            (
                "“When the mine stops, everything stops,” said Luz Marina Cárcamo-Vega, who runs a hardware store on the main square.",
                "Luz Marina Cárcamo-Vega",
                "said",
                "",
            ),
            ("“Tomorrow they get paid again.", "Luz Marina Cárcamo-Vega", "said", ""),
            ("Thank God.”", "Luz Marina Cárcamo-Vega", "said", ""),
        ],
        [
            ("The mine's previous contract, signed in 2023, ran out on April 30.", "", "", "W"),
            (
                "Union No. 2 represents about 1,400 of the mine's 2,050 direct employees.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get a look at the day ahead in markets with the Morning Compass newsletter.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "(Reporting by Camila Ferreyra-Ossandón; additional reporting by Tomás Vidal-Araneda in Antofagasta; editing by Helen Marchetti-Ross)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Austral Wire Editorial Code.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Peru copper output rises 3% in March, ministry data shows", "", "", "B"),
        ],
        [
            ("Chile's central bank holds rate, signals cuts later in year", "", "", "B"),
        ],
        [
            ("© 2026 Austral Wire.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("VCB NEWS", "", "", "B"),
        ],
        [
            ("LISTEN LIVE: VCB Radio 96.3 | WATCH: VCB TV", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Sports | Entertainment | Shows | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Fuel prices to drop by up to 6% at the pumps from Saturday", "", "", "W"),
        ],
        [
            (
                "Oil marketing companies say the relief could be gone by July if the cedi weakens again",
                "Oil marketing companies",
                "say",
                "",
            ),
        ],
        [
            ("Kwame Asamoah-Gyimah | VCB News", "", "", "B"),
        ],
        [
            ("May 15, 2026 at 10:24 am", "", "", "B"),
        ],
        [
            (
                "Drivers queue at a filling station at Odoba Junction in Accra on Thursday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: VCB TV | 2:48", "", "", "B"),
        ],
        [
            (
                "Petrol and diesel prices will fall by between 4% and 6% at most filling stations from Saturday, May 16, the Downstream Petroleum Authority (DPA) said on Thursday.",
                "Downstream Petroleum Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority said its indicative price for petrol in the second pricing window of May was GH¢14.62 a litre, down from GH¢15.48.",
                "The authority",
                "said",
                "W",
            ),
            (
                "Diesel falls to GH¢15.10 from GH¢15.93, and liquefied petroleum gas to GH¢13.05 a kilogramme from GH¢13.40.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The DPA attributed the cut to lower crude prices and to a 2.1% gain in the cedi against the US dollar over the past two weeks.",
                "Downstream Petroleum Authority",
                "attributed",
                "W",
            ),
            (
                "Pump prices in Ghana are reviewed twice a month, on the 1st and the 16th.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ayeduase Energy, which runs 212 filling stations across the country, said it would sell petrol at GH¢14.59 from midnight on Friday.",
                "Ayeduase Energy",
                "said",
                "W",
            ),
            (
                "Its chief executive, Yaw Ofori-Darko, said the relief might not last.",
                "Yaw Ofori-Darko",
                "said",
                "",
            ),
            (
                "“If the cedi slips again in June, we will be back where we started,” he said.",
                "Yaw Ofori-Darko",
                "said",
                "",
            ),
        ],
        [
            ("ALSO ON VCB NEWS: Cedi gains for third straight week on cocoa inflows", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Kofi Mensah-Amoako, who drives a trotro between Odoba Junction and the central bus terminal, said he spends about GH¢620 on diesel every working day.",
                "Kofi Mensah-Amoako",
                "said",
                "W",
            ),
            (
                "“Six percent is small, but small is better than nothing,” he told VCB News.",
                "Kofi Mensah-Amoako",
                "told VCB News",
                "",
            ),
        ],
        [
            (
                "The Trotro and Taxi Drivers' Alliance said transport fares would stay where they are, since they were last raised by 12% in January.",
                "Trotro and Taxi Drivers' Alliance",
                "said",
                "W",
            ),
            (
                "Its general secretary, Ebenezer Tetteh-Quarshie, said fares would be reviewed only “if prices fall for two or three windows in a row”.",
                "Ebenezer Tetteh-Quarshie",
                "said",
                "",
            ),
            (
                "“Who will compensate us when they go up again?” he asked.",
                "Ebenezer Tetteh-Quarshie",
                "asked",
                "",
            ),
        ],
        [
            (
                "Speaking on VCB Radio's morning show, The Breakfast Desk, economist Akosua Danquah-Boateng said consumers should not expect the full cut at every station.",
                "Akosua Danquah-Boateng",
                "said",
                "",
            ),
            (
                "“Stations are free to price below or above the indicative price, and in the north they are usually 30 or 40 pesewas above it because of transport costs,” she said.",
                "Akosua Danquah-Boateng",
                "said",
                "W",
            ),
            ("“So check the board before you fill up.”", "Akosua Danquah-Boateng", "said", ""),
        ],
        [
            (
                "Transport was the second-largest contributor to inflation in April, when the annual rate was 13.8%.",
                "",
                "",
                "W",
            ),
            (
                "The authority said it had fined 14 stations in the first quarter for selling above their posted prices.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Odoba Junction on Thursday afternoon, attendants were already preparing new price boards.",
                "",
                "",
                "",
            ),
            (
                "“We change the boards at 11 o'clock on Friday night, so by Saturday morning it is done,” said Adwoa Sarpong-Mintah, a supervisor at one of the stations.",
                "Adwoa Sarpong-Mintah",
                "said",
                "W",
            ),
        ],
        [
            ("Listen to the full interview on The Breakfast Desk podcast.", "", "", "B"),
        ],
        [
            ("Source: VCB News", "", "", "B"),
        ],
        [
            ("Follow VCB News on WhatsApp for the latest updates.", "", "", "B"),
        ],
        [
            ("Tags: Fuel prices | DPA | Cedi | Transport", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Electricity tariffs: regulator to announce July review next week", "", "", "B"),
        ],
        [
            ("Trotro drivers threaten sit-down strike over checkpoints", "", "", "B"),
        ],
        [
            ("© 2026 Volta Crest Broadcasting Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("VERANDAH", "", "", "B"),
        ],
        [
            ("Subscribe | Print edition | Newsletters | Sign in", "", "", "B"),
        ],
        [
            ("Culture   People   Food   City   Money   Ideas", "", "", "B"),
        ],
        [
            ("FOOD / FEATURE", "", "", "B"),
        ],
        [
            ("The new old hands", "", "", ""),
        ],
        [
            (
                "A scheme that pairs retiring hawkers with young apprentices has kept 38 stalls going in three years, but the recipes are harder to hand on",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Words by Natalie Goh-Ravindran", "", "", "B"),
        ],
        [
            ("Photographs by Irfan Zulkarnain-Lee", "", "", "B"),
        ],
        [
            ("May 2026 issue · 11 min read", "", "", "B"),
        ],
        [
            ("At 4.45 a.m. the shutter of stall No. 17 is already half up.", "", "", ""),
            (
                "Inside, Marcus Teo-Hartono, 27, is skimming the stock for the day's fishball noodles while Lim Ah Kow, 71, watches him without saying much.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lim has sold noodles from this stall at Kampong Merah Food Centre since 1981.",
                "",
                "",
                "W",
            ),
            (
                "Teo-Hartono, a former logistics executive, joined him in March 2025 under Stall Forward, a scheme run by the National Hawker Heritage Council that pairs hawkers over 65 with apprentices who commit to at least two years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The first month he cut his finger three times,” Lim says in Hokkien, laughing.",
                "Lim Ah Kow",
                "says",
                "",
            ),
            ("“Now he cuts faster than me.”", "Lim Ah Kow", "says", ""),
        ],
        [
            (
                "Since the scheme began in 2023, 52 pairs have been matched and 38 stalls have passed to their apprentices, according to the council.",
                "the council",
                "according to",
                "W",
            ),
            (
                "Nine apprentices dropped out in the first six months, and five stalls closed anyway when their owners fell ill.",
                "",
                "",
                "W",
            ),
            (
                "Apprentices are paid a monthly stipend of $1,800 in their first year, and the council pays half the stall rent in the second.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We are not trying to freeze hawker food in amber,” says Priya Nair-Sandhu, who runs the scheme.",
                "Priya Nair-Sandhu",
                "says",
                "",
            ),
            ("“If an apprentice wants to add a dish, fine.", "Priya Nair-Sandhu", "says", ""),
            (
                "What we don't want is for a recipe to die because nobody was in the kitchen to learn it.”",
                "Priya Nair-Sandhu",
                "says",
                "",
            ),
        ],
        [
            (
                "The median age of the city's hawkers is now 60, she says, up from 56 a decade ago.",
                "Priya Nair-Sandhu",
                "says",
                "W",
            ),
        ],
        [
            ("* * *", "", "", "B"),
        ],
        [
            ("Across the centre, at stall No. 4, the handover has been less easy.", "", "", ""),
            (
                "Siti Rahmah Abdullah, 33, took over her mentor's nasi padang stall in January, and in April she raised the price of a plate with rendang from $5.50 to $6.80.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Some of the aunties stopped coming,” she says.", "Siti Rahmah Abdullah", "says", ""),
            ("“But my mentor was selling at a loss for years.", "Siti Rahmah Abdullah", "says", ""),
            ("She just never told anyone.”", "Siti Rahmah Abdullah", "says", ""),
        ],
        [
            (
                "Her mentor, Zainab Hassan-Marican, 74, who still comes in on Fridays to make the sambal, does not dispute this.",
                "",
                "",
                "",
            ),
            (
                "“I was too stubborn to raise prices,” she says.",
                "Zainab Hassan-Marican",
                "says",
                "",
            ),
            ("“Siti is not stubborn.", "Zainab Hassan-Marican", "says", ""),
            ("That is good.”", "Zainab Hassan-Marican", "says", ""),
        ],
        [
            (
                "Food historian K. Balakrishnan, who has written two books on hawker culture, thinks the scheme is the right idea at the wrong scale.",
                "K. Balakrishnan",
                "thinks",
                "",
            ),
            (
                "“There are more than 6,000 cooked-food stalls in our hawker centres, and we are losing about 150 a year to retirement,” he says.",
                "K. Balakrishnan",
                "says",
                "W",
            ),
            ("“Thirty-eight stalls in three years is a good start.", "K. Balakrishnan", "says", ""),
            ("It is not a rescue.”", "K. Balakrishnan", "says", ""),
        ],
        [
            (
                "Asked about the numbers, the council said it would double the number of places on the scheme to 40 a year from January 2027.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Back at No. 17, it is 6 a.m. and the first customers, two bus drivers coming off the night shift, are at the counter.",
                "",
                "",
                "",
            ),
            ("Lim takes the orders.", "", "", ""),
            ("Teo-Hartono cooks.", "", "", ""),
        ],
        [
            ("This story appears in the May 2026 issue of Verandah.", "", "", "B"),
            ("Subscribe from $9.90 a month.", "", "", "B"),
        ],
        [
            ("MORE FROM FOOD", "", "", "B"),
        ],
        [
            ("The kopi uncle who still roasts his own beans", "", "", "B"),
        ],
        [
            ("© 2026 Saga Seed Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("RAWAL PULSE", "", "", "B"),
        ],
        [
            ("Sign in | Become a member", "", "", "B"),
        ],
        [
            ("Explainers | Politics | City | Climate | Money | Video | Newsletters", "", "", "B"),
        ],
        [
            ("CITY", "", "", "B"),
        ],
        [
            ("Islamabad's electric buses will run to the airport from June 1", "", "", "W"),
        ],
        [
            (
                "Route E-4 adds 14 buses and 19 stops, but riders in the city's outer sectors want to know when their turn comes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hira Baloch-Siddiqui", "", "", "B"),
        ],
        [
            ("May 14, 2026 · 5 min read", "", "", "B"),
        ],
        [
            ("Listen to this story", "", "", "B"),
        ],
        [
            ("What you need to know", "", "", "B"),
        ],
        [
            (
                "• Route E-4 runs 31 km from Shahbaz Chowk to the airport, with 19 stops.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Buses will run every 12 minutes from 6am to 10pm.", "", "", "W"),
        ],
        [
            (
                "• The fare is a flat Rs50, the same as on the city's three other electric routes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Islamabad Metropolitan Transit Authority (IMTA) will open its fourth electric bus route, linking the city centre with the airport, on June 1, the authority said on Wednesday.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The 14 buses on the new route cost Rs1.96 billion, the authority said, and the four routes together now use 88 electric buses.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Daily ridership on the network averaged 61,000 in April, up from 38,000 in April last year, according to IMTA figures.",
                "IMTA figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Half of our riders are women, and for many of them this is the first safe and affordable way to get to work,” IMTA managing director Sana Iftikhar-Qureshi told Rawal Pulse.",
                "Sana Iftikhar-Qureshi",
                "told Rawal Pulse",
                "W",
            ),
            (
                "She said the authority hoped to add a fifth route, to the southern sectors, “within the next financial year”.",
                "Sana Iftikhar-Qureshi",
                "said",
                "",
            ),
        ],
        [
            ("Rawal Pulse is reader-funded.", "", "", "B"),
            (
                "Become a member from Rs300 a month and keep our city reporting free for everyone.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At the Shahbaz Chowk stop on Wednesday evening, most of the people waiting had already heard about the new route.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Maryam Javed-Awan, a 22-year-old pharmacy student, said she now spent Rs100 a day on the bus instead of about Rs600 on ride-hailing apps.",
                "Maryam Javed-Awan",
                "said",
                "W",
            ),
            (
                "“My parents let me take the evening classes now,” she said.",
                "Maryam Javed-Awan",
                "said",
                "",
            ),
        ],
        [
            (
                "Abdul Ghafoor Niazi, a security guard who lives on the city's southern edge, said the nearest electric bus stop to his home was 7 km away.",
                "Abdul Ghafoor Niazi",
                "said",
                "W",
            ),
            (
                "“The buses are beautiful, but who are they for?” he asked.",
                "Abdul Ghafoor Niazi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Urban planner Farah Lodhi-Mirza said the network had been planned around the airport and government offices rather than where workers live.",
                "Farah Lodhi-Mirza",
                "said",
                "",
            ),
            (
                "“Three of the four routes run along the same avenue for part of their length,” she said.",
                "Farah Lodhi-Mirza",
                "said",
                "W",
            ),
            ("“That is good for a brochure.", "Farah Lodhi-Mirza", "said", ""),
            (
                "It is less good for a cleaner who lives in a katchi abadi.”",
                "Farah Lodhi-Mirza",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority said a survey of 4,200 riders in February had found that 37% of them lived in the southern and eastern sectors.",
                "The authority",
                "said",
                "W",
            ),
            (
                "Students with a valid card pay half fare, Rs25, and more than 9,000 student cards have been issued since January, according to the authority.",
                "the authority",
                "according to",
                "W",
            ),
        ],
        [
            ("Read our explainer: How Islamabad's bus network works", "", "", "B"),
        ],
        [
            (
                "At the airport end, buses will stop outside the departures hall, where a bay has already been painted.",
                "",
                "",
                "",
            ),
            (
                "“We will see how it goes for the first month and adjust the frequency,” Iftikhar-Qureshi said.",
                "Sana Iftikhar-Qureshi",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction, May 14: An earlier version of this story said Route E-4 had 18 stops.",
                "",
                "",
                "B",
            ),
            ("It has 19.", "", "", "B"),
        ],
        [
            ("Did you find this story useful?", "", "", "B"),
        ],
        [
            ("Yes | No", "", "", "B"),
        ],
        [
            ("Read next: Why Islamabad's air gets worse every November", "", "", "B"),
        ],
        [
            ("Follow Rawal Pulse on Instagram, X and TikTok.", "", "", "B"),
        ],
        [
            ("© 2026 Rawal Pulse Media (Pvt.) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("HORTIMARKT INTERNATIONAL", "", "", "B"),
        ],
        [
            ("News for the professional horticulture trade", "", "", "B"),
        ],
        [
            (
                "Home | Floriculture | Vegetables | Technology | Energy | Trade | Events | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Floriculture › Auctions", "", "", "B"),
        ],
        [
            (
                "Noordflor auction volumes fall 4% in first quarter as growers switch off lights",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Average prices up 7%, cooperative says, leaving turnover broadly flat at €1.18bn",
                "Noordflor",
                "says",
                "W",
            ),
        ],
        [
            ("Pieter van Heemskerk-Bos | 13 May 2026", "", "", "B"),
        ],
        [
            ("Premium", "", "", "B"),
        ],
        [
            (
                "Noordflor, the growers' cooperative that runs the country's second-largest flower auction, sold 2.91 billion stems and plants in the first quarter, 4.1% fewer than a year earlier, it said on Tuesday.",
                "Noordflor",
                "said",
                "W",
            ),
            (
                "The average price per stem rose 7.2%, leaving turnover at €1.18 billion, against €1.17 billion in the first quarter of 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cooperative blamed the lower volume mainly on growers switching off assimilation lighting in January and February, when the wholesale gas price rose above €48 per megawatt hour.",
                "The cooperative",
                "blamed",
                "W",
            ),
        ],
        [
            ("Q1 2026 BY PRODUCT GROUP (CHANGE ON Q1 2025)", "", "", "B"),
        ],
        [
            ("Product group | Volume | Avg. price", "", "", "B"),
        ],
        [
            ("Roses | 812m stems (–9.8%) | +9.4%", "", "", ""),
        ],
        [
            ("Chrysanthemums | 604m stems (–2.2%) | +5.1%", "", "", ""),
        ],
        [
            ("Tulips | 731m stems (+1.3%) | +3.8%", "", "", ""),
        ],
        [
            ("Pot plants | 198m units (–3.0%) | +6.6%", "", "", ""),
        ],
        [
            ("Source: Noordflor", "", "", "B"),
        ],
        [
            (
                "“Roses were hit hardest, because a lit rose crop uses about three times as much energy per stem as an unlit one,” chief financial officer Marloes Dijkgraaf-Uiterwijk said in a call with trade media.",
                "Marloes Dijkgraaf-Uiterwijk",
                "said",
                "W",
            ),
            (
                "She said she expected volumes to recover in the second quarter, when natural light takes over.",
                "Marloes Dijkgraaf-Uiterwijk",
                "said",
                "",
            ),
        ],
        [
            (
                "Imports from Kenya and Ethiopia sold through the auction clock rose 11% to 214 million stems, most of them roses.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Glasshouse Growers Netherlands, which represents about 1,900 greenhouse businesses, said 23 rose growers had stopped production altogether since 2022.",
                "Glasshouse Growers Netherlands",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rose grower Jeroen Tuinstra-Valk, who grows on 6.5 hectares near Polderwijk, said he had lit only half of his greenhouse this winter.",
                "Jeroen Tuinstra-Valk",
                "said",
                "W",
            ),
            (
                "“The prices are good, but I can't sell a stem I didn't grow,” he said.",
                "Jeroen Tuinstra-Valk",
                "said",
                "",
            ),
            ("“My gas bill for January alone was €61,000.”", "Jeroen Tuinstra-Valk", "said", "W"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            (
                "Cut your lighting costs by up to 40% with LumaGrow hybrid LED fixtures.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Find out more", "", "", "B"),
        ],
        [
            (
                "Noordflor said 41% of its volume was now sold through remote buying, up from 33% two years ago, and that it would close one of its four clock halls at the end of June.",
                "Noordflor",
                "said",
                "W",
            ),
            (
                "Eleven staff will move to other roles and four posts will go, according to the works council.",
                "the works council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Exporter Kees Oudshoorn-Meijer, whose firm ships mainly to Germany and Poland, said the higher prices were “sustainable as long as the weather in Europe plays along”.",
                "Kees Oudshoorn-Meijer",
                "said",
                "",
            ),
            (
                "His firm's export volume was down 6% in the quarter, he said.",
                "Kees Oudshoorn-Meijer",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cooperative said it would not give a forecast for the full year.",
                "The cooperative",
                "said",
                "",
            ),
            ("Its second-quarter figures are due on 12 August.", "", "", "W"),
        ],
        [
            (
                "EVENT: Kassen Expo 2026, 9-11 June, Amsterdam – register now for a free trade pass",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Pieter van Heemskerk-Bos covers auctions and trade for Hortimarkt International.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Rose imports from East Africa hit record in March", "", "", "B"),
        ],
        [
            ("Gas price cap debate returns to parliament", "", "", "B"),
        ],
        [
            ("© 2026 Hortimarkt Media B.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BOUNDARY LINE LANKA", "", "", "B"),
        ],
        [
            (
                "LIVE: Premier Club Trophy final – Pelandagama CC 291/6 (48.2 ov) beat Dodangaslanda United 287/8 (50 ov) by four wickets",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cricket | Rugby | Football | Athletics | Schools | Video", "", "", "B"),
        ],
        [
            ("Cricket › Domestic", "", "", "B"),
        ],
        [
            (
                "Liyanagamage century takes Pelandagama to first Premier Club Trophy title",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opener's 134 off 151 balls sees them home with 10 balls to spare at the Madiwela Oval",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dinesh Jayasekara-Perera", "", "", "B"),
        ],
        [
            ("Sunday, May 10, 2026 – 7:58 pm", "", "", "B"),
        ],
        [
            (
                "Pelandagama opener Sahan Liyanagamage raises his bat after reaching his hundred on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Pic by Ruwan Senadheera-Fonseka", "", "", "B"),
        ],
        [
            (
                "COLOMBO – Sahan Liyanagamage made 134 off 151 balls as Pelandagama Cricket Club chased down 288 to beat Dodangaslanda United by four wickets in the final of the Premier Club Trophy at the Madiwela Oval on Sunday.",
                "",
                "",
                "W",
            ),
            (
                "It was Pelandagama's first title in the 50-over competition, after defeats in the finals of 2017 and 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dodangaslanda, put in to bat, made 287 for eight, with captain Nuwan Ekanayake-Silva top-scoring with 88 off 79 balls.",
                "",
                "",
                "W",
            ),
            ("For most of the afternoon that looked like enough.", "", "", ""),
        ],
        [
            (
                "Pelandagama were 61 for three in the 14th over when Liyanagamage was joined by Kavindu Ratnayake, and the pair added 147 for the fourth wicket.",
                "",
                "",
                "W",
            ),
            (
                "Liyanagamage hit 14 fours and three sixes before he was caught at long-on in the 41st over, with 80 runs still needed.",
                "",
                "",
                "W",
            ),
            (
                "Ratnayake finished unbeaten on 62, and it was left-arm spinner Tharindu Peiris who hit the winning boundary off the second ball of the 49th over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I just told Kavindu, let's take it to the 40th over and see,” Liyanagamage said.",
                "Sahan Liyanagamage",
                "said",
                "",
            ),
            ("“I had lost two finals here.", "Sahan Liyanagamage", "said", "W"),
            ("I wasn't going to lose a third.”", "Sahan Liyanagamage", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Ekanayake-Silva said his side had been 20 runs short on a pitch that got better for batting under the lights.",
                "Nuwan Ekanayake-Silva",
                "said",
                "",
            ),
            (
                "“We dropped him on 41 at square leg,” he said.",
                "Nuwan Ekanayake-Silva",
                "said",
                "W",
            ),
            ("“What can you do after that?”", "Nuwan Ekanayake-Silva", "said", ""),
        ],
        [
            (
                "Dodangaslanda dropped three catches in all, according to the official scorers.",
                "the official scorers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The winners take home 2.5 million rupees, and Liyanagamage was named player of the match.",
                "",
                "",
                "W",
            ),
            (
                "He has now scored 611 runs in the tournament, the most by any batsman this season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "National selector Asela Gunawardena-Mendis, who watched from the pavilion, said Liyanagamage was “very much in the conversation” for the A team's tour in July.",
                "Asela Gunawardena-Mendis",
                "said",
                "",
            ),
            ("“He has the temperament,” he said.", "Asela Gunawardena-Mendis", "said", ""),
            (
                "“Now we want to see him do it against better bowling.”",
                "Asela Gunawardena-Mendis",
                "said",
                "",
            ),
        ],
        [
            (
                "By the time the presentation was over, the floodlights were on and the Pelandagama supporters had spilled on to the outfield.",
                "",
                "",
                "",
            ),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            (
                "Dodangaslanda United 287/8 in 50 overs (N. Ekanayake-Silva 88, D. Samaraweera-Dias 54; T. Peiris 3/41)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Pelandagama CC 291/6 in 48.2 overs (S. Liyanagamage 134, K. Ratnayake 62 not out; L. Abeygunasekara 2/55)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Pelandagama CC won by four wickets", "", "", ""),
        ],
        [
            ("Player of the match: S. Liyanagamage", "", "", ""),
        ],
        [
            ("More cricket", "", "", "B"),
        ],
        [
            ("Under-19 squad named for Bangladesh series", "", "", "B"),
        ],
        [
            ("Women's club final moved to Galle after rain", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("© 2026 Boundary Line Lanka.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LOTUS LEDGER", "", "", "B"),
        ],
        [
            ("VN-Index 1,284.52 ▲0.61%  |  VN30 1,352.10 ▲0.44%  |  USD/VND 25,430", "", "", "B"),
        ],
        [
            (
                "Home | Markets | Companies | Banking | Real Estate | Agriculture | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies", "", "", "B"),
        ],
        [
            (
                "Phu Cao Coffee's first-quarter profit jumps 42% as robusta prices offset lower exports",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Export volume fell 11% to 41,200 tonnes, but the average selling price rose by more than a third",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lam Bao Ngoc", "", "", "B"),
        ],
        [
            ("Tuesday, 12/5/2026, 15:20 (GMT+7)", "", "", "B"),
        ],
        [
            (
                "Phu Cao Coffee Joint Stock Company, one of Vietnam's largest robusta exporters, reported a first-quarter net profit of 318 billion dong ($12.5 million), up 42% from a year earlier.",
                "Phu Cao Coffee Joint Stock Company",
                "reported",
                "W",
            ),
            (
                "Revenue rose 18% to 4.21 trillion dong, according to the financial statement the company filed with the stock exchange on Monday.",
                "the financial statement the company filed with the stock exchange on Monday",
                "according to",
                "W",
            ),
        ],
        [
            ("Its net profit margin widened to 7.6% from 6.3%.", "", "", "W"),
            (
                "The company exported 41,200 tonnes of coffee in the quarter, 11% less than a year earlier, at an average price of $3,880 a tonne, up 36%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Farmers held back their beans in January and February waiting for higher prices, so we simply could not buy as much,” general director Tran Quoc Hung told shareholders at the company's annual meeting on Monday.",
                "Tran Quoc Hung",
                "told shareholders",
                "W",
            ),
            (
                "He said the company expected to buy about 160,000 tonnes this year, roughly the same as in 2025.",
                "Tran Quoc Hung",
                "said",
                "",
            ),
        ],
        [
            (
                "Shareholders approved a cash dividend of 1,500 dong per share, to be paid on July 8.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: Pepper exports slump as demand from China cools", "", "", "B"),
        ],
        [
            (
                "Robusta futures have risen about 30% over the past 12 months after dry weather cut the harvest in the Central Highlands, the country's main coffee-growing region.",
                "",
                "",
                "W",
            ),
            (
                "Vietnam's coffee exports fell 8.4% by volume in the first four months of the year but rose 29% in value, to $2.9 billion, according to customs data.",
                "customs data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Pham Hoang Yen, head of research at Bach Dang Securities, said the company's margins would narrow in the second half as it buys beans for the new season at higher prices.",
                "Pham Hoang Yen",
                "said",
                "",
            ),
            (
                "“The first quarter was the sweet spot: cheap inventory, expensive sales,” she said.",
                "Pham Hoang Yen",
                "said",
                "",
            ),
            (
                "Bach Dang Securities has a “hold” rating on the stock, with a target price of 48,000 dong.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Phu Cao shares rose 2.3% to 45,900 dong by the morning break on Tuesday, while the VN-Index gained 0.6%.",
                "",
                "",
                "W",
            ),
            ("The stock has gained 19% since the start of the year.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In Dak Lak province, grower Le Van Thang said traders were paying 118,000 dong a kilogram for dried beans this week, against 82,000 dong a year ago.",
                "Le Van Thang",
                "said",
                "W",
            ),
            (
                "“For the first time in ten years my family can think about replacing the old trees,” he said.",
                "Le Van Thang",
                "said",
                "",
            ),
            ("“But fertiliser has gone up too.", "Le Van Thang", "said", ""),
            ("Everything has gone up.”", "Le Van Thang", "said", ""),
        ],
        [
            (
                "Phu Cao said it had signed purchase agreements with 2,300 farming households in the province covering 14,000 hectares, up from 9,500 hectares last year.",
                "Phu Cao Coffee Joint Stock Company",
                "said",
                "W",
            ),
            (
                "The company said it would pay a bonus above the market price for beans grown without clearing forest, as European buyers will require from next year.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Whether that premium is enough to change how farmers plant is another matter.",
                "",
                "",
                "",
            ),
            (
                "“The premium is small compared with the price swings,” Pham Hoang Yen said.",
                "Pham Hoang Yen",
                "said",
                "",
            ),
        ],
        [
            (
                "This article is for information only and does not constitute investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: coffee, robusta, earnings, Phu Cao, Dak Lak", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Banks cut deposit rates for second time this quarter", "", "", "B"),
        ],
        [
            ("Hanoi apartment prices rise 14% year on year", "", "", "B"),
        ],
        [
            ("Licence No. 214/GP-BTTTT issued on 9 March 2021.", "", "", "B"),
            ("Editor-in-chief: Vu Thanh Son.", "", "", "B"),
        ],
        [
            ("© 2026 The Lotus Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("FJORD SCIENCE NEWS", "", "", "B"),
        ],
        [
            ("Research news from Norwegian universities and research institutes", "", "", "B"),
        ],
        [
            ("Nature | Climate | Health | Technology | Society | Space", "", "", "B"),
        ],
        [
            ("CLIMATE · MARINE LIFE", "", "", "B"),
        ],
        [
            (
                "Herring in a western Norwegian fjord now spawn three weeks earlier than in the 1990s",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Warmer water in late winter is the most likely reason, researchers say",
                "researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Ingrid Solvang-Berntsen, Havlys Institute", "", "", "B"),
        ],
        [
            ("Published 11 May 2026", "", "", "B"),
        ],
        [
            ("Translated by Kari Moen-Hellesøy", "", "", "B"),
        ],
        [
            (
                "Spring-spawning herring are sorted on deck during a survey in Lysvågfjorden.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Havlys Institute", "", "", "B"),
        ],
        [
            (
                "Spring-spawning herring in Lysvågfjorden, a fjord on the west coast of Norway, now spawn on average around March 12, about three weeks earlier than in the early 1990s.",
                "",
                "",
                "W",
            ),
            (
                "That is the finding of a study published this month in the journal Marine Ecology Dynamics, based on 31 years of sampling.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("In the early 1990s the average spawning date was April 2.", "", "", "W"),
            (
                "Over the same period, the water temperature at 20 metres' depth in February and March rose by about 1.1 °C.",
                "",
                "",
                "W",
            ),
            ("The fish appear to have followed it.", "", "", ""),
        ],
        [
            (
                "“The timing has moved steadily, by almost a day every year and a half,” says Ragnhild Aasen-Tveit, a researcher at the Havlys Institute who led the study.",
                "Ragnhild Aasen-Tveit",
                "says",
                "W",
            ),
            (
                "“We were surprised by how clear the signal was.”",
                "Ragnhild Aasen-Tveit",
                "says",
                "",
            ),
        ],
        [
            (
                "The researchers examined about 4,800 herring caught in the fjord between January and May each year from 1994 to 2024, and estimated from the ripeness of their roe when each fish would have spawned.",
                "",
                "",
                "W",
            ),
            (
                "Aasen-Tveit explains that temperature fitted the pattern better than the other factors the team tested, such as the size of the fish and the amount of plankton in the water.",
                "Ragnhild Aasen-Tveit",
                "explains",
                "W",
            ),
            (
                "“We can't prove cause and effect from this kind of data.",
                "Ragnhild Aasen-Tveit",
                "says",
                "",
            ),
            (
                "But temperature is by far the best candidate,” she says.",
                "Ragnhild Aasen-Tveit",
                "says",
                "",
            ),
        ],
        [
            ("Why does it matter?", "", "", ""),
        ],
        [
            (
                "Herring larvae depend on finding enough to eat in the first days after they hatch.",
                "",
                "",
                "",
            ),
            (
                "If spawning moves earlier and the spring plankton bloom does not, the larvae may hatch into an empty sea, Aasen-Tveit says.",
                "Ragnhild Aasen-Tveit",
                "says",
                "",
            ),
            (
                "The study found no clear change in the timing of the bloom over the same 31 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thomas Lindqvist-Haug, a fisheries biologist at Nordvest University College who was not involved in the study, calls the time series “unusually long and unusually careful”.",
                "Thomas Lindqvist-Haug",
                "calls",
                "",
            ),
            ("“But this is one fjord,” he says.", "Thomas Lindqvist-Haug", "says", ""),
            (
                "“The big oceanic herring stock spawns along the whole coast, and we don't yet know whether it is doing the same thing.”",
                "Thomas Lindqvist-Haug",
                "says",
                "",
            ),
        ],
        [
            (
                "About 40 small boats fish for herring in the fjord for local markets, according to the county's fisheries office.",
                "the county's fisheries office",
                "according to",
                "W",
            ),
            (
                "Fisherman Einar Skjelbred-Vik, 58, says his father never set his nets before the last week of March.",
                "Einar Skjelbred-Vik",
                "says",
                "",
            ),
            ("“Now we are out in the first week,” he says.", "Einar Skjelbred-Vik", "says", ""),
        ],
        [
            ("FACTS: SPRING-SPAWNING HERRING", "", "", "B"),
        ],
        [
            (
                "• Herring spawn on the seabed, where the eggs stick to gravel and seaweed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The larvae hatch after about three weeks, depending on the water temperature.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reference: Aasen-Tveit R, Moe J, Lindahl P, et al. Three decades of earlier spawning in a fjord herring population. Mar Ecol Dyn. 2026;12(4):211-226. doi:10.5521/med.2026.0412",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The study was funded by the Havlys Institute and a regional research fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This article was first published in Norwegian on havlys.no.", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Why the cod are moving north", "", "", "B"),
        ],
        [
            ("Kelp forests are returning where sea urchins were fished out", "", "", "B"),
        ],
        [
            ("© Fjord Science News.", "", "", "B"),
            ("Content may be republished with credit.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TOPEKA LEDGER", "", "", "B"),
        ],
        [
            ("Subscribe for $1 | Log in", "", "", "B"),
        ],
        [
            ("News | Weather | Sports | Opinion | Obituaries | eEdition", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Live updates: Storms knock out power to 38,000 in northeast Kansas; tornado confirmed near Tiller Creek",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 9:42 p.m. CDT May 13, 2026", "", "", "B"),
        ],
        [
            ("Ledger staff", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "• Bluestem Prairie Electric reported about 38,000 customers without power at the peak, around 7:15 p.m.",
                "Bluestem Prairie Electric",
                "reported",
                "W",
            ),
        ],
        [
            (
                "• A tornado touched down near Tiller Creek, the weather service office in Topeka confirmed.",
                "the weather service office in Topeka",
                "confirmed",
                "W",
            ),
        ],
        [
            ("• No injuries have been reported.", "", "", "W"),
        ],
        [
            ("9:42 p.m.", "", "", "B"),
        ],
        [
            ("Power back for about half of customers", "", "", "W"),
        ],
        [
            (
                "Bluestem Prairie Electric said at 9:30 p.m. that about 19,000 customers were still without power, down from a peak of about 38,000.",
                "Bluestem Prairie Electric",
                "said",
                "W",
            ),
            (
                "The utility said most should have power back by noon Thursday, but some rural lines could take until the weekend.",
                "The utility",
                "said",
                "",
            ),
        ],
        [
            ("— Marisol Dunleavy-Ortega", "", "", "B"),
        ],
        [
            ("9:05 p.m.", "", "", "B"),
        ],
        [
            ("Tornado confirmed near Tiller Creek", "", "", "W"),
        ],
        [
            (
                "A tornado touched down at about 6:40 p.m. roughly 4 miles southwest of Tiller Creek, the weather service office in Topeka confirmed in a post on X.",
                "the weather service office in Topeka",
                "confirmed in a post on X",
                "W",
            ),
            (
                "A survey team will go out Thursday morning to rate its strength, the office said.",
                "the office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dale Hutchens-Brook, who farms just south of the town, said the tornado took the roof off one of his machine sheds and flattened a row of cedar trees.",
                "Dale Hutchens-Brook",
                "said",
                "W",
            ),
            ("“It was over in maybe 30 seconds,” he said.", "Dale Hutchens-Brook", "said", ""),
            (
                "“I've lived here 60 years and never seen one this close.”",
                "Dale Hutchens-Brook",
                "said",
                "",
            ),
        ],
        [
            ("— Owen Castellanos-Pratt", "", "", "B"),
        ],
        [
            ("8:20 p.m.", "", "", "B"),
        ],
        [
            ("Hail up to 2 inches reported in west Topeka", "", "", "W"),
        ],
        [
            (
                "Hail up to 2 inches across, about the size of a golf ball, was reported in west Topeka shortly before 8 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Readers sent photos of hail piled in the gutters along Southwest 21st Street.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Have photos or video of storm damage?", "", "", "B"),
            ("Send them to weather@topekaledger.com.", "", "", "B"),
        ],
        [
            ("7:35 p.m.", "", "", "B"),
        ],
        [
            (
                "Tornado warning expires; severe thunderstorm warning continues until 9 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The tornado warning for Wolcott and Ransley counties expired at 7:30 p.m.",
                "",
                "",
                "W",
            ),
            (
                "A severe thunderstorm warning remained in effect for both counties until 9 p.m., with wind gusts up to 70 mph possible.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our storm coverage is free to read.", "", "", "B"),
            ("Support local journalism: subscribe to the Ledger.", "", "", "B"),
        ],
        [
            ("6:55 p.m.", "", "", "B"),
        ],
        [
            ("Shelter open at Tiller Creek community center", "", "", "W"),
        ],
        [
            (
                "Wolcott County Emergency Management said it had opened the Tiller Creek community center as a storm shelter, with room for 150 people.",
                "Wolcott County Emergency Management",
                "said",
                "W",
            ),
            ("Pets are welcome if they are in a carrier or on a leash.", "", "", ""),
        ],
        [
            ("6:10 p.m.", "", "", "B"),
        ],
        [
            ("Tornado warning issued for Wolcott and Ransley counties", "", "", "W"),
        ],
        [
            (
                "The weather service issued a tornado warning for Wolcott and Ransley counties at 6:02 p.m. after radar showed rotation in a storm moving northeast at 35 mph.",
                "",
                "",
                "W",
            ),
            (
                "If you are in the warned area, go to a basement or an interior room on the lowest floor now.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("© 2026 The Topeka Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NILE SENTINEL", "", "", "B"),
        ],
        [
            (
                "News | Business | Sports | Lifestyle | Saturday Interview | Opinion | E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Saturday Interview", "", "", "B"),
        ],
        [
            (
                "‘Every rider will have a number by December,’ says boda boda union chief",
                "Joseph Ssekandi-Mulwana",
                "says",
                "",
            ),
        ],
        [
            (
                "Kampala's boda boda riders must register with the city authority by July 1 under new rules",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Edith Namubiru-Kato", "", "", "B"),
        ],
        [
            ("Saturday, May 16, 2026", "", "", "B"),
        ],
        [
            ("Add Comment", "", "", "B"),
        ],
        [
            (
                "Joseph Ssekandi-Mulwana, 46, has chaired the Kampala Riders' Cooperative Union, which says it has 31,000 members, since 2021.",
                "Kampala Riders' Cooperative Union",
                "says",
                "W",
            ),
            (
                "Under rules passed by the city council in April, every commercial motorcycle rider in Kampala must register, wear a numbered reflector jacket and carry a helmet for the passenger from July 1.",
                "",
                "",
                "W",
            ),
            (
                "Riders who do not register face a fine of Shs200,000 and may have their motorcycles impounded.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("He spoke to Edith Namubiru-Kato.", "", "", "B"),
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: Many riders say the registration fee is too high.", "Many riders", "say", ""),
            ("Why do you support it?", "", "", ""),
        ],
        [
            (
                "A: The fee is Shs50,000, paid once, and it covers the jacket, the number and the first year's insurance.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
            (
                "A rider in town makes Shs40,000 to Shs60,000 on a good day.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
            ("So yes, it is one good day's work.", "Joseph Ssekandi-Mulwana", "A:", ""),
            ("But after that, nobody can call you a thief.", "Joseph Ssekandi-Mulwana", "A:", ""),
        ],
        [
            ("Q: Why does that matter so much?", "", "", ""),
        ],
        [
            (
                "A: Last year our members reported 212 stolen motorcycles to the union.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
            (
                "When the rider has a number, the passenger can call and say, “Number 4471 robbed me.”",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "",
            ),
            ("That changes everything.", "Joseph Ssekandi-Mulwana", "A:", ""),
        ],
        [
            ("Q: The city says about 90,000 riders work in Kampala.", "The city", "says", "W"),
            ("Only 11,000 have registered so far.", "", "", "W"),
            ("Can the rest do it by July 1?", "", "", ""),
        ],
        [
            ("A: No.", "Joseph Ssekandi-Mulwana", "A:", ""),
            (
                "That is why we asked for more time, and the city has agreed that riders who start the process by July 1 can finish it by December 31.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Some riders accuse the union of taking a share of the fee.",
                "Some riders",
                "accuse",
                "W",
            ),
            ("Is that true?", "", "", ""),
        ],
        [
            ("A: Not one shilling.", "Joseph Ssekandi-Mulwana", "A:", "W"),
            (
                "The money goes straight into the city's account at the bank, and every rider gets a receipt with a number on it.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What will you do on July 1?", "", "", ""),
        ],
        [
            ("A: Ride.", "Joseph Ssekandi-Mulwana", "A:", ""),
            (
                "I still ride three mornings a week, from my home in the east of the city to the taxi park.",
                "Joseph Ssekandi-Mulwana",
                "A:",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the city authority, Juliet Akello-Opio, confirmed that riders who apply by July 1 will have until December 31 to complete registration.",
                "Juliet Akello-Opio",
                "confirmed",
                "W",
            ),
            (
                "She said 38 registration desks were open across the city's five divisions.",
                "Juliet Akello-Opio",
                "said",
                "W",
            ),
        ],
        [
            ("PROFILE", "", "", "B"),
        ],
        [
            ("Name: Joseph Ssekandi-Mulwana", "", "", ""),
        ],
        [
            ("Age: 46", "", "", ""),
        ],
        [
            ("Rider since: 2004", "", "", ""),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Boda boda stages to move off main roads in city centre", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Nile Sentinel Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h93-ke-quote-asked",
        "“I still have stock I bought at the old price, so I am selling at Sh175,” said Mercy Atieno-Chebet, who has run a kiosk there for nine years. “Customers ask me every day why it is not cheaper. What can I tell them?” she asked.",
        [
            "“I still have stock I bought at the old price, so I am selling at Sh175,” said Mercy Atieno-Chebet, who has run a kiosk there for nine years.",
            "“Customers ask me every day why it is not cheaper.",
            "What can I tell them?” she asked.",
        ],
    ),
    (
        "h93-ke-said-open-quote",
        "“Enjoy it while it lasts,” he said. “Prices usually climb again from September, once the harvest has been sold.”",
        [
            "“Enjoy it while it lasts,” he said.",
            "“Prices usually climb again from September, once the harvest has been sold.”",
        ],
    ),
    (
        "h93-ke-ltd-rights",
        "© 2026 Beacon Newspapers Group Ltd. All rights reserved.",
        ["© 2026 Beacon Newspapers Group Ltd.", "All rights reserved."],
    ),
    (
        "h93-sco-quote-period",
        "“Parents have been driving nearly an hour each way, twice a week. That is not sustainable for a lot of families.”",
        [
            "“Parents have been driving nearly an hour each way, twice a week.",
            "That is not sustainable for a lot of families.”",
        ],
    ),
    (
        "h93-sco-got-story",
        "Got a story? Email news@auchterlarigcourant.co.uk or call 01497 602 118.",
        ["Got a story?", "Email news@auchterlarigcourant.co.uk or call 01497 602 118."],
    ),
    (
        "h93-sco-said-quote",
        "Alasdair Grieve-Munro, the trust's chief executive, said energy costs at the centre had risen from £86,000 in 2021 to £149,000 last year. “We would rather have a pool that opens a bit less than no pool at all,” he said. “I know that is not what everyone wants to hear.”",
        [
            "Alasdair Grieve-Munro, the trust's chief executive, said energy costs at the centre had risen from £86,000 in 2021 to £149,000 last year.",
            "“We would rather have a pool that opens a bit less than no pool at all,” he said.",
            "“I know that is not what everyone wants to hear.”",
        ],
    ),
    (
        "h93-cl-union-no",
        "Of the 1,146 members of Union No. 2 who voted, 912 backed the offer, union president Rodrigo Alvear-Quintanilla told Austral Wire by telephone. Workers would return for the night shift on Thursday, he said.",
        [
            "Of the 1,146 members of Union No. 2 who voted, 912 backed the offer, union president Rodrigo Alvear-Quintanilla told Austral Wire by telephone.",
            "Workers would return for the night shift on Thursday, he said.",
        ],
    ),
    (
        "h93-cl-thank-god",
        "“When the mine stops, everything stops,” said Luz Marina Cárcamo-Vega, who runs a hardware store on the main square. “Tomorrow they get paid again. Thank God.”",
        [
            "“When the mine stops, everything stops,” said Luz Marina Cárcamo-Vega, who runs a hardware store on the main square.",
            "“Tomorrow they get paid again.",
            "Thank God.”",
        ],
    ),
    (
        "h93-gh-quote-asked",
        "Its general secretary, Ebenezer Tetteh-Quarshie, said fares would be reviewed only “if prices fall for two or three windows in a row”. “Who will compensate us when they go up again?” he asked.",
        [
            "Its general secretary, Ebenezer Tetteh-Quarshie, said fares would be reviewed only “if prices fall for two or three windows in a row”.",
            "“Who will compensate us when they go up again?” he asked.",
        ],
    ),
    (
        "h93-gh-check-board",
        "“Stations are free to price below or above the indicative price, and in the north they are usually 30 or 40 pesewas above it because of transport costs,” she said. “So check the board before you fill up.”",
        [
            "“Stations are free to price below or above the indicative price, and in the north they are usually 30 or 40 pesewas above it because of transport costs,” she said.",
            "“So check the board before you fill up.”",
        ],
    ),
    (
        "h93-sg-am-no",
        "At 4.45 a.m. the shutter of stall No. 17 is already half up. Inside, Marcus Teo-Hartono, 27, is skimming the stock for the day's fishball noodles while Lim Ah Kow, 71, watches him without saying much.",
        [
            "At 4.45 a.m. the shutter of stall No. 17 is already half up.",
            "Inside, Marcus Teo-Hartono, 27, is skimming the stock for the day's fishball noodles while Lim Ah Kow, 71, watches him without saying much.",
        ],
    ),
    (
        "h93-sg-fine-what",
        "“We are not trying to freeze hawker food in amber,” says Priya Nair-Sandhu, who runs the scheme. “If an apprentice wants to add a dish, fine. What we don't want is for a recipe to die because nobody was in the kitchen to learn it.”",
        [
            "“We are not trying to freeze hawker food in amber,” says Priya Nair-Sandhu, who runs the scheme.",
            "“If an apprentice wants to add a dish, fine.",
            "What we don't want is for a recipe to die because nobody was in the kitchen to learn it.”",
        ],
    ),
    (
        "h93-sg-stubborn",
        "“I was too stubborn to raise prices,” she says. “Siti is not stubborn. That is good.”",
        [
            "“I was too stubborn to raise prices,” she says.",
            "“Siti is not stubborn.",
            "That is good.”",
        ],
    ),
    (
        "h93-sg-initial-name",
        "Food historian K. Balakrishnan, who has written two books on hawker culture, thinks the scheme is the right idea at the wrong scale. “There are more than 6,000 cooked-food stalls in our hawker centres, and we are losing about 150 a year to retirement,” he says.",
        [
            "Food historian K. Balakrishnan, who has written two books on hawker culture, thinks the scheme is the right idea at the wrong scale.",
            "“There are more than 6,000 cooked-food stalls in our hawker centres, and we are losing about 150 a year to retirement,” he says.",
        ],
    ),
    (
        "h93-pk-brochure",
        "“Three of the four routes run along the same avenue for part of their length,” she said. “That is good for a brochure. It is less good for a cleaner who lives in a katchi abadi.”",
        [
            "“Three of the four routes run along the same avenue for part of their length,” she said.",
            "“That is good for a brochure.",
            "It is less good for a cleaner who lives in a katchi abadi.”",
        ],
    ),
    (
        "h93-pk-correction",
        "Correction, May 14: An earlier version of this story said Route E-4 had 18 stops. It has 19.",
        [
            "Correction, May 14: An earlier version of this story said Route E-4 had 18 stops.",
            "It has 19.",
        ],
    ),
    (
        "h93-nl-bv-rights",
        "© 2026 Hortimarkt Media B.V. All rights reserved.",
        ["© 2026 Hortimarkt Media B.V.", "All rights reserved."],
    ),
    (
        "h93-nl-gas-bill",
        "Rose grower Jeroen Tuinstra-Valk, who grows on 6.5 hectares near Polderwijk, said he had lit only half of his greenhouse this winter. “The prices are good, but I can't sell a stem I didn't grow,” he said. “My gas bill for January alone was €61,000.”",
        [
            "Rose grower Jeroen Tuinstra-Valk, who grows on 6.5 hectares near Polderwijk, said he had lit only half of his greenhouse this winter.",
            "“The prices are good, but I can't sell a stem I didn't grow,” he said.",
            "“My gas bill for January alone was €61,000.”",
        ],
    ),
    (
        "h93-lk-two-finals",
        "“I just told Kavindu, let's take it to the 40th over and see,” Liyanagamage said. “I had lost two finals here. I wasn't going to lose a third.”",
        [
            "“I just told Kavindu, let's take it to the 40th over and see,” Liyanagamage said.",
            "“I had lost two finals here.",
            "I wasn't going to lose a third.”",
        ],
    ),
    (
        "h93-lk-dropped",
        "Ekanayake-Silva said his side had been 20 runs short on a pitch that got better for batting under the lights. “We dropped him on 41 at square leg,” he said. “What can you do after that?”",
        [
            "Ekanayake-Silva said his side had been 20 runs short on a pitch that got better for batting under the lights.",
            "“We dropped him on 41 at square leg,” he said.",
            "“What can you do after that?”",
        ],
    ),
    (
        "h93-vn-dong-revenue",
        "Phu Cao Coffee Joint Stock Company, one of Vietnam's largest robusta exporters, reported a first-quarter net profit of 318 billion dong ($12.5 million), up 42% from a year earlier. Revenue rose 18% to 4.21 trillion dong, according to the financial statement the company filed with the stock exchange on Monday.",
        [
            "Phu Cao Coffee Joint Stock Company, one of Vietnam's largest robusta exporters, reported a first-quarter net profit of 318 billion dong ($12.5 million), up 42% from a year earlier.",
            "Revenue rose 18% to 4.21 trillion dong, according to the financial statement the company filed with the stock exchange on Monday.",
        ],
    ),
    (
        "h93-vn-gone-up",
        "“For the first time in ten years my family can think about replacing the old trees,” he said. “But fertiliser has gone up too. Everything has gone up.”",
        [
            "“For the first time in ten years my family can think about replacing the old trees,” he said.",
            "“But fertiliser has gone up too.",
            "Everything has gone up.”",
        ],
    ),
    (
        "h93-vn-licence-no",
        "Licence No. 214/GP-BTTTT issued on 9 March 2021. Editor-in-chief: Vu Thanh Son.",
        ["Licence No. 214/GP-BTTTT issued on 9 March 2021.", "Editor-in-chief: Vu Thanh Son."],
    ),
    (
        "h93-no-degrees",
        "In the early 1990s the average spawning date was April 2. Over the same period, the water temperature at 20 metres' depth in February and March rose by about 1.1 °C. The fish appear to have followed it.",
        [
            "In the early 1990s the average spawning date was April 2.",
            "Over the same period, the water temperature at 20 metres' depth in February and March rose by about 1.1 °C.",
            "The fish appear to have followed it.",
        ],
    ),
    (
        "h93-no-cant-prove",
        "Aasen-Tveit explains that temperature fitted the pattern better than the other factors the team tested, such as the size of the fish and the amount of plankton in the water. “We can't prove cause and effect from this kind of data. But temperature is by far the best candidate,” she says.",
        [
            "Aasen-Tveit explains that temperature fitted the pattern better than the other factors the team tested, such as the size of the fish and the amount of plankton in the water.",
            "“We can't prove cause and effect from this kind of data.",
            "But temperature is by far the best candidate,” she says.",
        ],
    ),
    (
        "h93-us-pm-readers",
        "Hail up to 2 inches across, about the size of a golf ball, was reported in west Topeka shortly before 8 p.m. Readers sent photos of hail piled in the gutters along Southwest 21st Street.",
        [
            "Hail up to 2 inches across, about the size of a golf ball, was reported in west Topeka shortly before 8 p.m.",
            "Readers sent photos of hail piled in the gutters along Southwest 21st Street.",
        ],
    ),
    (
        "h93-us-callout",
        "Have photos or video of storm damage? Send them to weather@topekaledger.com.",
        ["Have photos or video of storm damage?", "Send them to weather@topekaledger.com."],
    ),
    (
        "h93-ug-a-no",
        "A: No. That is why we asked for more time, and the city has agreed that riders who start the process by July 1 can finish it by December 31.",
        [
            "A: No.",
            "That is why we asked for more time, and the city has agreed that riders who start the process by July 1 can finish it by December 31.",
        ],
    ),
    (
        "h93-ug-inner-quote",
        "A: Last year our members reported 212 stolen motorcycles to the union. When the rider has a number, the passenger can call and say, “Number 4471 robbed me.” That changes everything.",
        [
            "A: Last year our members reported 212 stolen motorcycles to the union.",
            "When the rider has a number, the passenger can call and say, “Number 4471 robbed me.”",
            "That changes everything.",
        ],
    ),
    (
        "h93-ug-q-city",
        "Q: The city says about 90,000 riders work in Kampala. Only 11,000 have registered so far. Can the rest do it by July 1?",
        [
            "Q: The city says about 90,000 riders work in Kampala.",
            "Only 11,000 have registered so far.",
            "Can the rest do it by July 1?",
        ],
    ),
]
