"""Hundred-and-thirty-eighth set of new hand-labelled pages for the hint engines (tuning set, round fifty-two):
twelve WHOLE pages of everyday news from twelve countries, head to tail, each pasted in a way that
MANGLES the page furniture. The pages: an Irish regional news site read in a desktop RSS/feed
reader (Galway city-centre parking goes from €2 to €2.40 an hour after an 11-7 vote); a Canadian
daily in a browser print view, with print headers and URL footers breaking the story (a Brandon
boil-water advisory lifted for 1,600 homes, 310 still under it); an Indian city daily as an
AMP/lite page (Pune's standing committee clears an 11% rise in water charges, 10-3); an Australian
local news site as an archived copy (a Hobart ferry timetable halved from 18 weekday return trips
to nine); a Welsh regional newspaper's morning email digest, forwarded (six of ten Conwy libraries
lose hours to save £214,000); a Kenyan county news site shared through a messaging app with its
link preview (Nakuru matatu fares up by Sh20 after diesel rises Sh7.40); a Philippine regional
news site pasted from a phone browser with glued labels and icon words (a Cebu City bridge shut for
45 days, ₱48.6 million); a Singaporean national daily's tablet app with its bottom tab bar (a Toa
Payoh hawker centre shut for five months, $6.8 million); a United States county paper read through
a search-result news aggregator (an Arizona district moves to a four-day week, 3-2); a New Zealand
regional weekly's screen-reader-friendly text-only version (Timaru's after-hours clinic stops
opening overnight, 4,100 night patients a year); a Brazilian city daily machine-translated from
Portuguese (Curitiba's bus fare rises from R$ 6.00 to R$ 6.50); and a Ghanaian company's press
release pasted from a PDF (three batches of a children's cough syrup recalled, 14,200 bottles).

What is hard is telling furniture from story when the paste has mangled the furniture. Furniture
that looks like story: a reader's "Feed updated 4 min ago", the WordPress "The post ... appeared
first on ..." line, supporter asks and paywall counters with prices and numbers ("Read 3 of 5 free
articles this month."), an archive's two-sentence warning, a text-only version's explanatory note,
a translation warning, a forwarder's personal note, a digest's greeting and weather sentences, a
sponsored discount in full sentences, "People also ask" questions, "About 1,240 results (0.38
seconds)", a press release's "About" paragraph with founding year and staff numbers, its
registration line. Story that looks like furniture: capitals headlines of record ("ADUKROM PHARMA
RECALLS ..."), fact-box lines glued to a number ("Yellow zone: €2.40 an hour, up from €2",
"Town–Lanet: Sh70 (was Sh50)", "Last sailing from Hobart: 6.10pm (was 9.40pm)", "$25 a day at four
elementary schools, ..."), signs quoted in capitals inside scene sentences, "Image description:"
lines that are captions (one stating chart figures), a link preview's title and description that
repeat the headline and lead, direction lines in a traffic box and "Batch No." data lines, short
sentences ("Homes without a registered number were not called."). Furniture breaking the story in
the middle: print footers with a URL and "1/3" followed by the repeated print header, a PDF's "Page
1 of 2" and running header, "[Embedded content not archived]", "AdvertisementScroll to continue
with content", untranslated "Leia também:" and "Publicidade", "Also Read |", "Read more:", glued
"RelatedCebu City council approves ₱1.2-B ...". Glued icon words ("ShareSave", "3 min readListen",
"Comments14", "PHOTOCOURTESY OF ...", "Follow us onFacebookXYouTube") are one "B" sentence each.
Speakers as the conventions give them: titles dropped ("Cllr", "(Ind)", "Coun.", "Mr", "Madam",
"Ms", "Mrs.", "Dr", "Engr.", "Pharm.", "Mayor"), while "Ma." stays in a Filipina's given name and a
Singaporean's Chinese name order is kept; pronoun and surname cues resolved ("Kostiuk-Farr said",
"said Mr Kwa", "According to Brandão", "Engr. Pepito-Sanchez said", "She said" to "A council
spokeswoman"); "It said" resolving to the body as first given (Eastshore Ferries, Conwy County
Borough Council, the National Environment Agency, Caroline Bay Medical Group) beside "the council",
"The city", "The group", "The district", "The City Hall" and "The entity" kept as written;
"according to" with a report, a note, figures, records, a presentation, a survey, a budget and
data; machine-translated cues ("affirmed", "informed", "promises") and a Portuguese-style "For the
president of ..., X, the increase is ..." (cue "For"); "did not respond to calls and messages",
"declined to comment" and "did not say". Splits: "Victoria Ave. E." and "at 8:05 a.m." ending
sentences, "7:20 a.m. Wednesday", "Gen. Maxilom Ave." ending one before an unattributed record,
"M.J. Cuenco Ave.", "Brgy. Kamputhaw", "Ma. Cristina", "Mar. 13", "Feb. 24", "Oct 31", "Pvt. Ltd."
and "Company No." and "P.O. Box", "Batch No. AJ-2611", "R$ 6.50", "Sh186.20", "Rs 7.15"; questions
inside quotes with their attribution (one sentence) against "?" followed by a new sentence.

The pages hold 519 sentences: 240 "B", 170 "W" and 109 ""; 181 sentences carry a speaker (79
distinct speakers). `STYLES` describes each page, how it was pasted, its story and its labels in
order; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief, the
module docstrings of `labelled_new.py` and `labelled_new2.py`, `def build` in
`labelled_articles.py`, the `[tool.ruff]` tables of `pyproject.toml`, and through `ast` only the
docstrings, `STYLES`, page and sentence counts, the first page's opening sentences and the first
two cases of `labelled_new135.py` and `labelled_new136.py`. Coined names were checked with file
counts of `grep -rl` over `tests/text`, and the two that hit (a feed reader and an outlet) were
renamed.

Every person, outlet, feed reader, archive service, aggregator, firm, sacco, contractor, clinic
group, association, product, batch, sign and figure is invented. Real countries, regions, cities,
towns, streets, bridges, rivers, agencies, councils and ministries appear only as settings, with
invented statements and figures: Galway, Eyre Square, the Spanish Arch, Dominick Street, Oranmore,
Salthill and Tuam; Brandon, Rosser Avenue, Victoria Avenue East, the Sportsplex and Manitoba's
Office of Drinking Water; Pune, the Pune Municipal Corporation, Wagholi, Kharadi, Kothrud, the
Khadakwasla dams and the Bombay High Court; Hobart, Bellerive, Brooke Street Pier, Launceston and
the Department of State Growth; Conwy County Borough Council and its towns, Llandudno and Rhyl;
Nakuru, Lanet, Njoro and the Energy and Petroleum Regulatory Authority; Cebu City, Mahiga Creek,
M.J. Cuenco, Gen. Maxilom and Juan Luna avenues, Kamputhaw, Escario, Mandaue and the Cebu City
Transportation Office; Toa Payoh and the National Environment Agency; Cochise County, Sierra Vista
and Tucson; Timaru, Washdyke, Geraldine and Health New Zealand; Curitiba, Sítio Cercado,
Pinheirinho, the Palace 29 de Março and the Court of Justice of Paraná; Kumasi, Suame, the
Ashanti, Bono and Ahafo regions and the Food and Drugs Authority.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every banner, header, footer, menu, label, byline, date line, strip, caption,
credit, box line, list item and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says, never with a speaker; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content ("Bellerive commuters say" keeps its
plural generic source as written); a dateline belongs to its lead sentence; a person is named in
full as first given without titles or roles, and a pronoun or surname resolves to that name; the
article before a body's proper name is dropped ("National Environment Agency", "Energy and
Petroleum Regulatory Authority"); a quote over several sentences carries its speaker and cue in
each; an act without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* Wrappers added by the way of pasting are furniture wherever they fall, in full sentences or not:
  a feed reader's folders, counts and toolbars; print headers and URL footers with page numbers; an
  archive's banner, capture lines and warnings; an email's forwarding headers and the forwarder's
  own note; a messaging app's "Forwarded" labels, shared URL and time stamp; a tablet app's icon
  rows and tab bar; an aggregator's search box, result count, source lines and "People also ask";
  a screen-reader version's skip links, "Heading:", "List of 3 items" and "End of list"; a
  translation bar and its prompts; a PDF's letterhead, reference, page numbers and running header.
* A link preview's title and description repeat the headline and lead: flagged like them ("W"),
  the preview's domain, URL and time "B".
* "Image description:" lines are captions, flagged by content ("" for a scene, "W" for a chart that
  states figures); "Image credit:" lines "B".
* Glued labels are not split: "ShareSave", "3 min readListen", "PHOTOCOURTESY OF ...", "Read
  NextMandaue opens ₱120-M ..." are one "B" sentence each.
* Fact boxes: the capitals title "B"; lines stating a rate, fare, time or rule (often with the old
  value) "W"; direction and advice lines ""; a recall's "Batch No." lines are data "".
* A press release speaks in its own voice: its unattributed sentences carry no speaker; "Issued by",
  "– ENDS –", "Notes to editors", the "About" paragraph, contacts and registration lines are "B".
* Machine-translated cues are kept as the translation gives them ("affirmed", "informed",
  "promises"); a Portuguese-style "For X, ..." opinion carries X with cue "For".
* "X did not say whether ..." is labelled like "declined to comment": speaker X as written, cue
  "did not say", flags "".
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

STYLES = [
    'Irish REGIONAL NEWS SITE (Galway) read in a DESKTOP RSS/FEED READER, a COUNCIL VOTE: city-centre parking goes from €2 to €2.40 an hour. Head: the reader\'s name, its folder strip with an item count, the feed\'s name with "12 unread", "Feed updated 4 min ago", the reader\'s toolbar (all "B"); headline of record "W"; the feed\'s summary line as standfirst "W"; a "via" line with the domain, byline and age, a date line (both "B"); caption "" and photo credit "B". Body: the vote "W" with no speaker; "according to a report presented to councillors" and then "the report said" twice, kept as written, with occupancy and disabled-bay records "W"; the director of services "said" and a two-sentence quote (record "W", complaint ""); a capitals fact-box title "B" and its three lines stating the new rates "W" (story that looks like furniture); an independent councillor ("Cllr" and "(Ind)" dropped) with a fragment quote "", a quote split at a full stop and a question with "she asked" (one sentence) "", and a later "Cllr Hanratty-Mee said" plan "" resolving to the full name; a traders\' group chair\'s footfall record "W", her feeling "", and an unattributed follow-on quote in the next paragraph carrying her (record "W", fragment ""); the mayor\'s review plan ""; a council spokeswoman\'s records "W" and "She said" resolving to "A council spokeswoman"; the bye-law step "W". Tail: the WordPress "The post ... appeared first on ..." line, a two-sentence supporter ask with a price, categories, the reader\'s item toolbar, a "Next in" list with two headlines and "3 more items" (all "B").',
    'Canadian DAILY (Brandon, Manitoba) in a BROWSER PRINT VIEW, a BOIL-WATER ADVISORY lifted for most of the east end after a main break. Head: the browser\'s print header (date, time, page title), the site\'s "Print this page / Close window" strip, masthead in capitals, section label (all "B"); headline and standfirst of record "W"; byline, "Posted:" and "Last Modified:" lines with "Mar. 13" and "Mar. 14" (all "B"). Body: the city\'s act of record "W" with no speaker, "under Victoria Ave. E." ending the sentence before "About 310 homes ..." and "7:20 a.m. Wednesday" inside one; the water services manager\'s sample record "W", his procedure quote "", then "Kostiuk-Farr said" and "he said" resolving to the full name with pipe records "W"; the print footer with the URL and "1/3" and the repeated print header breaking the story mid-page (all "B"); "a provincial spokesperson said" kept as written "W"; "The city said" kept as written with "at 8:05 a.m." ending a sentence before an unattributed record "W"; a restaurant owner\'s loss record "W" and her quote split at a full stop ""; a sign quoted in capitals inside a scene sentence ""; a councillor ("Coun." dropped) with a record "W", a quote split at a full stop "", the capital budget "W" with no speaker and her plan ""; "ADVERTISEMENT" kept by print view "B"; a pensioner\'s record "W" and her quote ""; the second page break ("2/3" and header, "B"); a capitals advice-box title "B" with three advice lines (boiling, bottled water hours, a phone line) "". Tail: "Report an error" and standards line, a copyright split before "All Rights Reserved.", the last print footer "3/3" (all "B").',
    'Indian CITY DAILY (Pune) as an AMP/LITE PAGE, a CIVIC BUDGET VOTE: the standing committee clears an 11% rise in water charges. Head: a hamburger line with the masthead and "lite", "Switch to full site", a bare "Pune" heading, a language line (all "B"); headline of record "W" with a semicolon; standfirst of record "W"; an agency-style byline, an "Updated:" line with IST, "Listen to this article" (all "B"). Body: "PUNE:" dateline inside the lead "W"; "according to a note prepared by the water supply department"; the chairman\'s revenue record "W" and a two-sentence quote "told reporters" (record "W", feeling ""); a bare "Also Read |" link and "Advertisement" / "Story continues below this ad" lines (all "B"); the 10-3 vote and walk-out "W"; a capitals rates-table title "B" and three rate lines with old rates in brackets "W"; the opposition leader\'s once-in-two-days supply claim "W" and a question with "she asked" (one sentence) ""; a housing federation president\'s court plan "" and his membership figure "W"; a superintending engineer\'s leakage and pipeline figures "W" with "he said"; a resident\'s tanker bill with "Rs 3.2 lakh" "W" and her quote split at a full stop ""; the commissioner who "did not respond to calls and messages" ""; the general body date "W"; a "(With inputs from ...)" line "B". Tail: "Back to top", a bare "Top Stories" heading with three headlines (one with "says weather office"), "Read full story on main site", footer links, copyright split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Australian LOCAL NEWS SITE (Hobart) as an ARCHIVED COPY, a FERRY TIMETABLE CUT: weekday return trips halved from 18 to nine. Head: the archive\'s banner with capture time in UTC, a "Saved from" URL, capture count and date range, previous/next capture links, the archive\'s two-sentence warning that reads like story (all "B"); then the archived page: masthead in capitals, menu, "[Image unavailable]", section label (all "B"); headline of record "W"; standfirst "Bellerive commuters say ..." carrying them as written "W"; byline name alone and a date line with a dash (both "B"). Body: the company\'s cut "W" ("the company said on Friday", then "It said" resolving to Eastshore Ferries); the general manager\'s advertising record "W", a quote "" and a training plan ""; "according to Department of State Growth figures" and "according to the company\'s own service reports" kept as written "W"; the service\'s history "W" with no speaker; an evening scene with "5.15pm" ""; a capitals timetable title "B" and three timetable lines with times "W"; "[Embedded content not archived]" "B"; a commuter\'s record with "7.05am" "W" and her quote ""; the minister\'s contract record "W" with a fragment quote, his hope "" and his promise ""; a stray "Advertisement" "B"; the opposition spokeswoman\'s payment figure "W" and a quote ""; "A former master" who asked not to be named kept as written with a pay gap "W"; a crewing agency that "declined to comment" "". Tail: "Loading comments…", a "Related:" line, share strip, copyright, and the archive\'s own footer (all "B").',
    'Welsh REGIONAL NEWSPAPER\'s MORNING EMAIL DIGEST (Conwy), FORWARDED by a reader, a LIBRARY HOURS CUT: six of ten libraries lose hours to save £214,000. Head: the forwarding wrapper ("---------- Forwarded message ---------", From/Date/Subject/To lines) and the forwarder\'s own two-line note (all "B": the wrapper is not the page, and the note is a personal aside), then "View in browser", the digest\'s name in capitals, a date line with "No. 412", a Welsh greeting and a summary sentence, a two-sentence weather line, "TOP STORY" (all "B"); the item\'s headline of record "W". Body: the cut and savings "W" with no speaker; "according to a council report published on Tuesday"; the cabinet decision and the £11.8 million savings target "W"; the cabinet member\'s no-closure and 4.6-post record "W", her quote running into a second paragraph without a cue "", and "Prydderch-Hale said" on a plan ""; a library user\'s record "W" and his quote split before a question with "he said" ""; the smallest library\'s days "W" with no speaker; "A union representative for library staff" kept as written with a petition figure "W"; "the council said" kept as written with visit figures "W", then "It said" resolving to Conwy County Borough Council; a "Read the full story →" link ("B"); a SPONSORED block with a discount in two full sentences that reads like news (all "B"); "ALSO IN TODAY\'S BRIEFING" with three item lines ("B"). Tail: a forward-to-a-friend ask split at its question, the reason-for-email line, the unsubscribe strip and the postal address (all "B").',
    'Kenyan COUNTY NEWS SITE (Nakuru) pasted from a MESSAGING-APP SHARE, MATATU FARES rise by up to Sh20 after a diesel price rise. Head: "Forwarded" and "Forwarded many times" labels, the link preview (domain "B"; the preview title and the truncated preview description flagged like the headline and lead they repeat, "W"), the shared URL and the time stamp (all "B"); then the opened page: masthead in capitals, menu with pipes, section path with ›, the headline again "W", byline, date line with read time (all "B"). Body: the fare rise "W" with no speaker; the regulator\'s price and window "W" ("The Energy and Petroleum Regulatory Authority said in its monthly review", the article dropped from the speaker, and "It said" resolving); an "Advertisement" line "B"; a capitals fare-table title "B" and three fare lines with old fares "W"; a sacco chairman\'s fleet, diesel and fuel-bill records "W", his quote "told the Rift Observer" "" and a later "Muriuki said" record "W"; a sign\'s words in capitals inside a scene sentence ""; a hawker\'s fare record "W" and her quote split at a full stop ""; a driver\'s passenger record "W" and his quote ""; the last fare rise "W" with no speaker; a "Read more:" link inside the story "B"; the county chief officer\'s legal record "W" and "Kosgei said" resolving "W"; a police commander\'s warning "" and his quote split at a full stop ""; the unchanged Nairobi fare "W". Tail: a WhatsApp-channel ask, "Shared via the Rift Observer app", an app link, copyright (all "B").',
    'Philippine REGIONAL NEWS SITE (Cebu City) pasted from a PHONE BROWSER with GLUED LABELS, a BRIDGE CLOSURE: a creek bridge shut for 45 days of deck repairs costing ₱48.6 million. Head: a hamburger line with the masthead glued to "Subscribe", the glued section path "NewsCebu" (both "B"), headline of record "W", byline with "Ma.", date line, "ShareSave" and "3 min readListen" glued icon words (all "B"). Body: "CEBU CITY —" lead with "M.J. Cuenco Ave." mid-sentence "W"; the city engineer with load-test and cost records "W", a quote split at a full stop "", and later "Engr. Pepito-Sanchez said" ("Engr." dropped) and "He said" resolving "W"; "according to city records" "W"; a caption "" and the glued credit "PHOTOCOURTESY OF ..." "B"; "AdvertisementScroll to continue with content" "B"; the transport office head\'s traffic count "W", a reroute record ending "via Gen. Maxilom Ave." before an unattributed enforcer record with "6 a.m. to 9 p.m." "W" and his advice ""; a glued "Related..." link with "₱1.2-B" "B"; a glued capitals box title "WHERE TO PASSTraffic advisory" "B" with three direction lines "" ("Gen.", "Ave.", "St." inside them); a vendor "Ma. Cristina Ypil-Lao" ("Ma." kept as part of her name) with "Brgy. Kamputhaw" mid-sentence and a sales record "W", then a question and a new sentence "she said in Cebuano" (split) ""; a jeepney driver\'s detour record "W", a diesel price "W" split from his question with "he asked" ""; a councilor who "asked why" (indirect question) "" and his later plan ""; the contract award "W" with no speaker; the mayor who "wrote on Facebook" "". Tail: a "Read Next" link glued to a peso figure, "Comments14", glued tags, "Follow us onFacebookXYouTube", copyright split before "All rights reserved." (all "B").',
    'Singaporean NATIONAL DAILY\'s TABLET APP, a HAWKER CENTRE CLOSURE: a Toa Payoh centre shuts for five months of upgrading, with a rent waiver. Head: the app\'s back arrow with section, the text-size/bookmark/share icon row (both "B"); headline and standfirst of record "W"; byline name alone, "Published" and "Updated" lines with "Mar 3, 2027" (no full stops), "Listen · 3:48" (all "B"). Body: "SINGAPORE –" lead with "Oct 31" mid-sentence and "the National Environment Agency (NEA) said" "W" (speaker without the article); "it said" resolving to it and a later "NEA said" resolving to the full name; the last day "W" with no speaker; a caption "", a "PHOTO:" credit in capitals and a "Swipe for more photos · 1/4" gallery line (both "B"); "according to NEA\'s records" kept as written "W"; a stallholder ("Mr" dropped, Chinese name order, "said Mr Kwa" after the quote resolving) with a rent record "W", a two-sentence quote "" and an undecided plan ""; "ADVERTISEMENT" "B"; a nasi padang stallholder ("Madam" dropped) with a plan and a quote split at a full stop ""; NEA\'s temporary-site and grant figures "W" with "It said" resolving; a retiree\'s breakfast record "W" and his feeling ""; the MP ("Ms" dropped) with a shuttle plan "", an age figure "W" and a quote with "she added" split at a full stop ""; the programme count "W". Tail: a two-sentence "Read 3 of 5 free articles this month." counter, "Gift this article", "Related topics" with three tags, "Swipe up for next story", "Download for offline reading", and the bottom tab bar (all "B").',
    'United States COUNTY NEWSPAPER (Cochise County, Arizona) read through a SEARCH-RESULT NEWS AGGREGATOR, a SCHOOL BOARD VOTE: a district moves to a four-day week. Head: the aggregator\'s name, the search box with the query, tabs, "About 1,240 results (0.38 seconds)", "Top stories", a source line with age (all "B"); the result\'s headline of record "W"; an "Opened in ... reader · Original:" line, byline, date line with "Feb. 24, 2027 at 8:10 p.m. MST" (all "B"). Body: the 3-2 vote "W" with no speaker; enrolment "W"; "according to a district presentation" with "7:50 a.m. to 3:35 p.m." mid-sentence and "the presentation said" kept as written "W"; the superintendent\'s teacher-loss record "W", a two-sentence quote "", and "Calloway-Stroud said" resolving with district count and savings "W"; a capitals Friday-care title "B" and two lines with a price and a rule "W"; a board member who voted no, her worry "" and her question followed by a new sentence (split) ""; a parent\'s child-care cost "W" and his quote split at a full stop ""; "according to a January survey by the Huachuca Mesa Education Association" kept as written "W" and its president\'s turnout figure "W"; the state\'s hours rule "W" with no speaker; "The district did not say" (like declined to comment) ""; the next vote date "W". Tail: the aggregator\'s "Full coverage" button, "More coverage" with two source lines and two headlines, "People also ask" with three questions that read like story, "Feedback", "Sign in to personalize your news" (all "B").',
    'New Zealand REGIONAL WEEKLY (Timaru) as a SCREEN-READER-FRIENDLY TEXT-ONLY VERSION, a HEALTH SERVICE CUT: the town\'s after-hours clinic stops opening overnight. Head: "Skip to content", "Skip to navigation", a text-only switch line, a two-sentence note explaining the text-only version that reads like story, the site name, a "Navigation:" list, "Main content" (all "B"); headline and standfirst of record "W"; byline with role, "Published:" line, "Estimated reading time", an audio line (all "B"); an "Image description:" caption of a scene "" and an "Image credit:" line "B". Body: the closure "W" with no speaker; the operator "said on Thursday" and "it said" resolving to Caroline Bay Medical Group "W", then "The group said" kept as written "W"; the clinical director ("Dr" dropped) with a shift record "W", a two-sentence quote (record "W", feeling "") and her hope ""; an "Image description:" of a chart stating figures "W" (a caption flagged by content) and its credit "B"; "A spokeswoman for Health New Zealand" kept as written with a staffing record "W" and "She said" advice ""; a patient\'s overnight visit record "W" and her feeling ""; the mayor ("Mayor" dropped) who "had written" (a record "W") and a question with "he said" (one sentence) ""; the phone line advice ""; unchanged daytime hours "W"; "End of article" "B". Tail: "Heading: Related stories", "List of 3 items", three headlines, "End of list", "Back to top", the accessibility and audio links, copyright (all "B").',
    'Brazilian CITY DAILY (Curitiba) as a MACHINE-TRANSLATED PAGE, a BUS FARE RISE from R$ 6.00 to R$ 6.50. Head: the translation bar ("Translated from: Portuguese (Brazil) · Show original", "Always translate" options), a two-sentence automatic-translation warning, the masthead translated literally into capitals ("DIARY OF ARAUCARIA"), menu, section label (all "B"); headline of record with "February 1st" "W"; standfirst of record "W"; byline, a date line in month/day order with "Updated", an "Original language" note (all "B"). Body: the fare rise "W" with no speaker; "was announced by the mayor ... this Thursday (15)" carrying him with "announced" "W"; "According to Brandão" resolving to the full name "W"; his quote with the translated cue "affirmed" (record "W", reason ""); the last rise "W" with no speaker; his bus plan with "also announced" ""; untranslated "Leia também:", "Continua depois da publicidade" and "Publicidade" lines (all "B"); "according to the municipal budget" and "according to data from the municipal transport company" "W"; students\' half fare and the Sunday fare "W"; a users\' association president introduced Portuguese-style "For the president of ..., X, the increase is ..." (cue "For") "", her quote "" and "The entity promises" kept as written ""; a doorman\'s daily and monthly cost with "R$ 26" and "R$ 572" "W" and his quote split at a full stop ""; "The City Hall informed" (a translated cue) twice, kept as written, with card and integration rules "W"; a councilwoman\'s request plan ""; a terminal scene "". Tail: a "Rate this translation" prompt, a WhatsApp ask with the translated outlet name, tags, the translation tool\'s "Contribute a better translation", copyright split before "All rights reserved." (all "B").',
    'Ghanaian COMPANY PRESS RELEASE (Kumasi) pasted from a PDF, a PRODUCT RECALL: three batches of a children\'s cough syrup found under strength. Head: the letterhead name in capitals, an address-and-phone line with "P.O. Box", a reference line, "PRESS RELEASE", "FOR IMMEDIATE RELEASE", a place-and-date line (all "B"); a headline of record in capitals "W" (story that looks like furniture). Body: the recall "W" with no speaker (the release speaks in its own voice, so its unattributed sentences carry no speaker); a list lead-in "" and three "Batch No. ..." lines as data ""; the regulator agreement, distribution figures, unaffected products, the FDA notice and the no-reaction record "W"; advice to parents ""; the managing director ("Mrs." dropped) introduced with "said:" and a quote over two paragraphs (feeling "", record "W", apology ""); the PDF\'s page footer "Page 1 of 2" and the running header of page two (both "B"); the head of quality assurance ("Pharm." dropped) with test figures and the cause "W" with "He said", and his quote ""; retesting and the production stop "W"; the restart plan and two pharmacy instructions, one with a free phone line and hours, ""; an "Issued by" line and "– ENDS –" (both "B"). Tail: "Notes to editors", the "About" heading and a two-sentence company description with figures that reads like story, media contact lines, a registration line with "Company No.", the registered office, "Page 2 of 2" (all "B").',
]

ARTICLES = [
    [
        [
            ("Quillfeed", "", "", "B"),
        ],
        [
            ("All items (214)   ·   Unread   ·   Starred   ·   Saved for later", "", "", "B"),
        ],
        [
            ("Corrib Herald – Galway News   12 unread", "", "", "B"),
        ],
        [
            ("Feed updated 4 min ago", "", "", "B"),
        ],
        [
            ("Mark all as read   ⟳ Refresh   ⋮", "", "", "B"),
        ],
        [
            ("City parking charges to rise to €2.40 an hour from March 1", "", "", "W"),
        ],
        [
            ("Councillors vote 11-7 for the first increase since 2019", "", "", "W"),
        ],
        [
            ("via corribherald.ie · Aoife Ní Mhaoldúin-Carr · 2h", "", "", "B"),
        ],
        [
            ("Tue, 9 Feb 2027 07:40", "", "", "B"),
        ],
        [
            (
                "A pay-and-display machine on Dominick Street, where the new rate will apply.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Ciarán Delargy-Wynne", "", "", "B"),
        ],
        [
            (
                "Galway City Council has voted to raise on-street parking charges in the city centre from €2 to €2.40 an hour, the first increase since 2019.",
                "",
                "",
                "W",
            ),
            (
                "Councillors voted 11 to 7 in favour at Monday night's meeting, after almost two hours of debate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new rate will cover about 1,450 spaces in the yellow zone between Eyre Square and the Spanish Arch, according to a report presented to councillors.",
                "a report presented to councillors",
                "according to",
                "W",
            ),
            (
                "The yellow zone's spaces were occupied for an average of 71 per cent of charging hours in 2026, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "Disabled bays will stay free for permit holders, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Director of services Fergal Ó Cathasaigh-Reilly said the increase would bring in about €610,000 a year, to be spent on footpath repairs and a cycle lane on the Dublin Road.",
                "Fergal Ó Cathasaigh-Reilly",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have not touched the charge in eight years.",
                "Fergal Ó Cathasaigh-Reilly",
                "said",
                "W",
            ),
            (
                "Everything else has gone up, including what it costs us to run the machines,” he said.",
                "Fergal Ó Cathasaigh-Reilly",
                "said",
                "",
            ),
        ],
        [
            ("WHAT CHANGES", "", "", "B"),
        ],
        [
            ("Yellow zone: €2.40 an hour, up from €2", "", "", "W"),
        ],
        [
            ("Green zone: €1.60 an hour, unchanged", "", "", "W"),
        ],
        [
            ("Sundays and bank holidays: still free", "", "", "W"),
        ],
        [
            (
                "Cllr Bríd Hanratty-Mee (Ind), who voted against, said city-centre traders were “already on their knees”.",
                "Bríd Hanratty-Mee",
                "said",
                "",
            ),
        ],
        [
            (
                "“People will drive out to Oranmore, where the parking is free.",
                "Bríd Hanratty-Mee",
                "asked",
                "",
            ),
            (
                "Why would anyone pay €2.40 to come in for a pint of milk?” she asked.",
                "Bríd Hanratty-Mee",
                "asked",
                "",
            ),
        ],
        [
            (
                "Cllr Hanratty-Mee said she would table a motion at the March meeting asking for the increase to be put back to 2028.",
                "Bríd Hanratty-Mee",
                "said",
                "",
            ),
        ],
        [
            (
                "Maeve Tierney-Glynn, who chairs the Shop Street Traders' Group, said the group's footfall counters recorded 9 per cent fewer people on the street in January than in January 2019.",
                "Maeve Tierney-Glynn",
                "said",
                "W",
            ),
            (
                "“It is the wrong message at the wrong time,” she said.",
                "Maeve Tierney-Glynn",
                "said",
                "",
            ),
        ],
        [
            ("“We asked for a freeze for one more year.", "Maeve Tierney-Glynn", "said", "W"),
            ("That's all we asked for.”", "Maeve Tierney-Glynn", "said", ""),
        ],
        [
            (
                "The Mayor of Galway, Cllr Pádraig Fennelly-Roe, said he would ask officials to report back on the effect of the change after 12 months.",
                "Pádraig Fennelly-Roe",
                "said",
                "",
            ),
        ],
        [
            (
                "A council spokeswoman said the 20c convenience fee for paying by phone would be scrapped on the same date.",
                "A council spokeswoman",
                "said",
                "W",
            ),
            (
                "She said 41 per cent of parking sessions in the city were now paid by phone, up from 23 per cent in 2022.",
                "A council spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new charges must still be written into the council's parking bye-laws at a special meeting on February 22.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The post City parking charges to rise to €2.40 an hour from March 1 appeared first on Corrib Herald.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Corrib Herald is free to read, and always will be.", "", "", "B"),
            ("If local news matters to you, become a supporter from €4 a month.", "", "", "B"),
        ],
        [
            ("Categories: News, Galway City, Motoring", "", "", "B"),
        ],
        [
            ("Open original   ☆ Star   ↗ Share   Mark as unread", "", "", "B"),
        ],
        [
            ("Next in Corrib Herald – Galway News", "", "", "B"),
        ],
        [
            ("Salthill promenade lights to be replaced before the summer", "", "", "B"),
        ],
        [
            ("Tuam bypass: public consultation opens on Monday", "", "", "B"),
        ],
        [
            ("3 more items ↓", "", "", "B"),
        ],
    ],
    [
        [
            (
                "3/14/27, 9:42 AM    Boil-water advisory lifted for most of east end | The Assiniboine Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🖶 Print this page   ✕ Close window", "", "", "B"),
        ],
        [
            ("THE ASSINIBOINE LEDGER", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Boil-water advisory lifted for most of Brandon's east end after main break",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 310 homes closest to the break on Victoria Avenue East must keep boiling water until at least Tuesday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Colette Ferrier-Dunphy", "", "", "B"),
        ],
        [
            ("Posted: 6:15 PM CDT Saturday, Mar. 13, 2027", "", "", "B"),
        ],
        [
            ("Last Modified: 9:02 AM CDT Sunday, Mar. 14, 2027", "", "", "B"),
        ],
        [
            (
                "The City of Brandon lifted a boil-water advisory for about 1,600 homes in the east end on Saturday afternoon, three days after a 90-year-old cast-iron main split under Victoria Ave. E.",
                "",
                "",
                "W",
            ),
            (
                "About 310 homes on the five blocks closest to the break remain under the advisory, which was issued at 7:20 a.m. Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dale Kostiuk-Farr, the city's manager of water services, said two rounds of samples taken from the rest of the area on Thursday and Friday came back clear.",
                "Dale Kostiuk-Farr",
                "said",
                "W",
            ),
            (
                "“We want two clean results in a row before we lift it for anyone, and we are not there yet on those five blocks,” he said.",
                "Dale Kostiuk-Farr",
                "said",
                "",
            ),
        ],
        [
            (
                "Kostiuk-Farr said the main, laid in 1937, is one of about 40 kilometres of cast-iron pipe still in service in the city.",
                "Dale Kostiuk-Farr",
                "said",
                "W",
            ),
            (
                "Crews replaced a six-metre section overnight Wednesday, he said.",
                "Dale Kostiuk-Farr",
                "said",
                "W",
            ),
        ],
        [
            (
                "https://www.assiniboineledger.ca/local/2027/03/13/boil-water-advisory-lifted-east-end    1/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/14/27, 9:42 AM    Boil-water advisory lifted for most of east end | The Assiniboine Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Manitoba's Office of Drinking Water approved the partial lifting on Saturday after reviewing the results, a provincial spokesperson said.",
                "a provincial spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city said it posted the advisory on its website shortly after 7:30 a.m. on Wednesday and began automated calls to 2,140 registered phone numbers in the area at 8:05 a.m.",
                "The city",
                "said",
                "W",
            ),
            ("Homes without a registered number were not called.", "", "", "W"),
        ],
        [
            (
                "Anh Tran-Bouchard, who owns the Saigon Lotus Noodle House on Rosser Avenue, said she threw out about $900 worth of prepared food on Wednesday and bought 60 jugs of water to keep the kitchen open.",
                "Anh Tran-Bouchard",
                "said",
                "W",
            ),
            ("“Nobody called us.", "Anh Tran-Bouchard", "said", ""),
            (
                "A customer showed me the post on his phone at lunch,” she said.",
                "Anh Tran-Bouchard",
                "said",
                "",
            ),
        ],
        [
            (
                "By Thursday, handwritten signs reading “BOIL WATER BEFORE USE” were taped to the doors of most shops on the block.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Coun. Shari Mowatt-Klein, whose ward includes the affected blocks, said it was the third break on the same stretch of main since 2021.",
                "Shari Mowatt-Klein",
                "said",
                "W",
            ),
            ("“We keep patching it.", "Shari Mowatt-Klein", "said", ""),
            (
                "At some point we have to dig the whole thing up,” she said.",
                "Shari Mowatt-Klein",
                "said",
                "",
            ),
        ],
        [
            (
                "Council approved $4.2 million for water main renewal in this year's capital budget, down from $5.1 million last year.",
                "",
                "",
                "W",
            ),
            (
                "Mowatt-Klein said she would ask for the Victoria Avenue main to be moved up the replacement list.",
                "Shari Mowatt-Klein",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Ruth Aandahl-Mercer, 81, said she had boiled water in a kettle for four days because she could not carry the 18-litre jugs handed out at the Sportsplex.",
                "Ruth Aandahl-Mercer",
                "said",
                "W",
            ),
            ("“My grandson came on Thursday.", "Ruth Aandahl-Mercer", "said", ""),
            (
                "Otherwise I don't know what I would have done,” she said.",
                "Ruth Aandahl-Mercer",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.assiniboineledger.ca/local/2027/03/13/boil-water-advisory-lifted-east-end    2/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/14/27, 9:42 AM    Boil-water advisory lifted for most of east end | The Assiniboine Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            ("IF YOU ARE STILL UNDER THE ADVISORY", "", "", "B"),
        ],
        [
            (
                "Bring tap water to a rolling boil for at least one minute before drinking it or using it to brush your teeth.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Free bottled water is available in the Sportsplex lobby from 9 a.m. to 8 p.m. daily.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Questions can go to the city's water line at 204-555-0148.", "", "", ""),
        ],
        [
            ("Report an error · Editorial standards and policies", "", "", "B"),
        ],
        [
            ("© 2027 The Assiniboine Ledger.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.assiniboineledger.ca/local/2027/03/13/boil-water-advisory-lifted-east-end    3/3",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("≡  SAHYADRI LEDGER lite", "", "", "B"),
        ],
        [
            ("Switch to full site", "", "", "B"),
        ],
        [
            ("Pune", "", "", "B"),
        ],
        [
            ("Read in: English | मराठी", "", "", "B"),
        ],
        [
            (
                "PMC standing committee clears 11% hike in water charges; new rates from April 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Five opposition members walk out before the 10-3 vote", "", "", "W"),
        ],
        [
            ("Ledger News Service", "", "", "B"),
        ],
        [
            ("Updated: Feb 18, 2027, 22:41 IST", "", "", "B"),
        ],
        [
            ("▶ Listen to this article", "", "", "B"),
        ],
        [
            (
                "PUNE: The standing committee of the Pune Municipal Corporation (PMC) on Wednesday approved an 11% increase in water charges for residential connections, the first hike in four years.",
                "",
                "",
                "W",
            ),
            (
                "The increase will add about Rs 420 a year to the bill of an average flat with a metered connection, according to a note prepared by the water supply department.",
                "a note prepared by the water supply department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Standing committee chairman Hemant Vairale-Deshmukh said the civic body spent Rs 612 crore on water supply in 2025-26 but recovered only Rs 388 crore through charges.",
                "Hemant Vairale-Deshmukh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The gap is being filled from property tax.",
                "Hemant Vairale-Deshmukh",
                "told reporters",
                "W",
            ),
            (
                "That cannot go on forever,” he told reporters after the meeting.",
                "Hemant Vairale-Deshmukh",
                "told reporters",
                "",
            ),
        ],
        [
            ("Also Read | Pune metro: Swargate-Katraj trial runs likely from May", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below this ad", "", "", "B"),
        ],
        [
            (
                "The proposal was passed 10-3 after five opposition members walked out of the meeting hall, shouting slogans.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEW RATES (per 1,000 litres)", "", "", "B"),
        ],
        [
            ("Up to 15,000 litres a month: Rs 7.15 (earlier Rs 6.44)", "", "", "W"),
        ],
        [
            ("15,001 to 30,000 litres: Rs 11.10 (earlier Rs 10)", "", "", "W"),
        ],
        [
            ("Above 30,000 litres: Rs 19.98 (earlier Rs 18)", "", "", "W"),
        ],
        [
            (
                "Leader of opposition Sunanda Gaikwad-Rao said several areas in the eastern suburbs, including Wagholi and Kharadi, still got water only once in two days.",
                "Sunanda Gaikwad-Rao",
                "said",
                "W",
            ),
            (
                "“Why should a family in Wagholi pay more for water that comes for 90 minutes every alternate day?” she asked.",
                "Sunanda Gaikwad-Rao",
                "asked",
                "",
            ),
        ],
        [
            (
                "Anil Sapre-Kulkarni, president of the Pune Housing Societies' Welfare Federation, said the federation would challenge the hike in the Bombay High Court.",
                "Anil Sapre-Kulkarni",
                "said",
                "",
            ),
            (
                "He said the federation represented about 2,300 housing societies in the city.",
                "Anil Sapre-Kulkarni",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintending engineer (water supply) Nandkumar Bhosale-Inamdar said nearly 35% of the water drawn from the Khadakwasla dams was lost to leakages and theft before it reached consumers.",
                "Nandkumar Bhosale-Inamdar",
                "said",
                "W",
            ),
            (
                "Part of the extra revenue would go towards replacing 110 km of old pipelines in the central wards, he said.",
                "Nandkumar Bhosale-Inamdar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Retired schoolteacher Meera Joglekar-Pendse, 64, said her 48-flat society in Kothrud spent Rs 3.2 lakh on water tankers last summer.",
                "Meera Joglekar-Pendse",
                "said",
                "W",
            ),
            ("“We are paying twice for the same water.", "Meera Joglekar-Pendse", "said", ""),
            (
                "First to PMC, then to the tanker man,” she said.",
                "Meera Joglekar-Pendse",
                "said",
                "",
            ),
        ],
        [
            (
                "Municipal commissioner Rajiv Chitale-Sawant did not respond to calls and messages.",
                "Rajiv Chitale-Sawant",
                "did not respond to calls and messages",
                "",
            ),
        ],
        [
            (
                "The hike will now go to the general body of the corporation, which is scheduled to meet on February 27.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(With inputs from Prasad Karve-Limaye)", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Pune: 120 new e-buses for Hinjewadi IT park routes", "", "", "B"),
        ],
        [
            ("Two held for cheating job aspirants of Rs 18 lakh", "", "", "B"),
        ],
        [
            ("Rain likely in city on Sunday, says weather office", "", "", "B"),
        ],
        [
            ("Read full story on main site", "", "", "B"),
        ],
        [
            ("About Us | Contact | Privacy Policy | Terms of Use", "", "", "B"),
        ],
        [
            ("© 2027 Sahyadri Ledger Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PageVault — archived 22 Aug 2026 04:17:09 UTC", "", "", "B"),
        ],
        [
            (
                "Saved from https://www.derwentecho.com.au/news/local/ferry-timetable-halved-crew-shortage",
                "",
                "",
                "B",
            ),
        ],
        [
            ("7 captures · 3 Jun 2026 – 30 Jan 2027", "", "", "B"),
        ],
        [
            ("◄ Previous capture    Next capture ►", "", "", "B"),
        ],
        [
            (
                "This is an archived copy of a web page as it appeared on the date above.",
                "",
                "",
                "B",
            ),
            (
                "Images, links and comments may not work, and the live page may have changed since.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("DERWENT ECHO", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Community   Obituaries   Puzzles", "", "", "B"),
        ],
        [
            ("[Image unavailable]", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Derwent ferry timetable halved as operator blames crew shortage", "", "", "W"),
        ],
        [
            (
                "Bellerive commuters say the cut leaves them with one morning sailing before 8am",
                "Bellerive commuters",
                "say",
                "W",
            ),
        ],
        [
            ("Lachlan Pettigrew-Oates", "", "", "B"),
        ],
        [
            ("August 21 2026 - 6:30pm", "", "", "B"),
        ],
        [
            (
                "Eastshore Ferries, which runs the service between Bellerive Quay and Brooke Street Pier under a state contract, will cut its weekday timetable from 18 return trips to nine from Monday, the company said on Friday.",
                "Eastshore Ferries",
                "said",
                "W",
            ),
            (
                "It said two of its six masters had resigned in July and a third was on long-term leave.",
                "Eastshore Ferries",
                "said",
                "W",
            ),
        ],
        [
            (
                "General manager Ngaire Castellano-Webb said the company had advertised the positions three times since May without filling them.",
                "Ngaire Castellano-Webb",
                "said",
                "W",
            ),
            (
                "“We would rather run a smaller timetable we can keep than cancel sailings at the last minute, which is what was happening,” she said.",
                "Ngaire Castellano-Webb",
                "said",
                "",
            ),
        ],
        [
            (
                "Two newly qualified masters would start training with the company in September, she said.",
                "Ngaire Castellano-Webb",
                "said",
                "",
            ),
        ],
        [
            (
                "The ferry carried an average of 1,150 passengers each weekday in 2025-26, according to Department of State Growth figures.",
                "Department of State Growth figures",
                "according to",
                "W",
            ),
            ("The service began as a trial in 2021 and was made permanent in 2023.", "", "", "W"),
        ],
        [
            (
                "Eleven sailings were cancelled at short notice in the first three weeks of August, according to the company's own service reports.",
                "the company's own service reports",
                "according to",
                "W",
            ),
        ],
        [
            (
                "On Friday evening the 5.15pm sailing from Brooke Street Pier left with about 60 people on board, several of them standing on the rear deck.",
                "",
                "",
                "",
            ),
        ],
        [
            ("FROM MONDAY", "", "", "B"),
        ],
        [
            ("First sailing from Bellerive: 7.05am (was 6.35am)", "", "", "W"),
        ],
        [
            ("Last sailing from Hobart: 6.10pm (was 9.40pm)", "", "", "W"),
        ],
        [
            ("No sailings between 10am and 3pm", "", "", "W"),
        ],
        [
            ("[Embedded content not archived]", "", "", "B"),
        ],
        [
            (
                "Priya Venkataraman-Holt, who catches the ferry from Bellerive to her job in the CBD, said the 7.05am sailing would now be the only one that got her to work before 8am.",
                "Priya Venkataraman-Holt",
                "said",
                "W",
            ),
            (
                "“If I miss that, it's the bus over the bridge, and that's 40 minutes on a good day,” she said.",
                "Priya Venkataraman-Holt",
                "said",
                "",
            ),
        ],
        [
            (
                "Transport Minister Dougal Renshaw-Tapp said the contract required at least 16 weekday return trips and his department was “reviewing its options”.",
                "Dougal Renshaw-Tapp",
                "said",
                "W",
            ),
            (
                "He said he expected the full timetable to return “as soon as the crew are in place”.",
                "Dougal Renshaw-Tapp",
                "said",
                "",
            ),
        ],
        [
            (
                "“People on the eastern shore were promised a reliable ferry, and that's what they'll get,” he said.",
                "Dougal Renshaw-Tapp",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Opposition transport spokeswoman Tegan Ashby-Voss said the government had paid Eastshore $2.7 million under the contract in the past financial year.",
                "Tegan Ashby-Voss",
                "said",
                "W",
            ),
            (
                "“They should be held to every sailing they signed up for,” she said.",
                "Tegan Ashby-Voss",
                "said",
                "",
            ),
        ],
        [
            (
                "A former master, who asked not to be named, said masters on the ferry were paid about $20,000 a year less than those on the tourist boats that leave from the same wharf.",
                "A former master",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Launceston crewing agency that supplies masters to Eastshore declined to comment.",
                "A Launceston crewing agency that supplies masters to Eastshore",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Loading comments…", "", "", "B"),
        ],
        [
            ("Related: Bellerive Quay upgrade pushed back to 2028", "", "", "B"),
        ],
        [
            ("Share this story   Facebook   X   Email", "", "", "B"),
        ],
        [
            ("© 2026 Derwent Echo Pty Ltd", "", "", "B"),
        ],
        [
            ("PageVault · About this capture · Report a problem · Remove a page", "", "", "B"),
        ],
    ],
    [
        [
            ("---------- Forwarded message ---------", "", "", "B"),
        ],
        [
            ("From: The Clwyd Post Morning Briefing <briefing@clwydpost.co.uk>", "", "", "B"),
        ],
        [
            ("Date: Wed, 17 Mar 2027 at 06:30", "", "", "B"),
        ],
        [
            (
                "Subject: Library hours cut at six branches | Pier reopening date | Your weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("To: <ceinwen.morgan-pryce@example.net>", "", "", "B"),
        ],
        [
            (
                "Mam – this is the one about Abergele library I told you about on the phone.",
                "",
                "",
                "B",
            ),
            ("Love, C x", "", "", "B"),
        ],
        [
            ("View in browser", "", "", "B"),
        ],
        [
            ("THE CLWYD POST · MORNING BRIEFING", "", "", "B"),
        ],
        [
            ("Wednesday 17 March 2027 · No. 412", "", "", "B"),
        ],
        [
            ("Bore da.", "", "", "B"),
            (
                "Six libraries, one pier and a soggy start to the day – here's your Wednesday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Weather: heavy showers, clearing by the afternoon.", "", "", "B"),
            ("High of 10C.", "", "", "B"),
        ],
        [
            ("TOP STORY", "", "", "B"),
        ],
        [
            ("Opening hours cut at six Conwy libraries to save £214,000", "", "", "W"),
        ],
        [
            (
                "Conwy County Borough Council will cut opening hours at six of its ten libraries from April 5, saving about £214,000 a year.",
                "",
                "",
                "W",
            ),
            (
                "Abergele, Colwyn Bay, Conwy, Llanrwst, Penmaenmawr and Kinmel Bay libraries will each lose between nine and 14 hours a week, according to a council report published on Tuesday.",
                "a council report published on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The council's cabinet approved the cuts on Tuesday afternoon without a vote, as part of £11.8 million of savings the authority has to find in 2027-28.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cabinet member for culture Sioned Prydderch-Hale said no library would close and nobody would lose their job, with 4.6 full-time posts removed by leaving vacancies unfilled.",
                "Sioned Prydderch-Hale",
                "said",
                "W",
            ),
            (
                "“Nobody comes into this job wanting to cut library hours,” she said.",
                "Sioned Prydderch-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "“But the choice in front of us was hours or buildings.",
                "Sioned Prydderch-Hale",
                "said",
                "",
            ),
            ("We chose to keep every building open.”", "Sioned Prydderch-Hale", "said", ""),
        ],
        [
            (
                "Emrys Ffoulkes-Barlow, 72, who uses the computers at Abergele library three mornings a week, said the branch would now be shut on Monday and Wednesday mornings.",
                "Emrys Ffoulkes-Barlow",
                "said",
                "W",
            ),
            (
                "“I do my banking there, and my grandson's Universal Credit.",
                "Emrys Ffoulkes-Barlow",
                "said",
                "",
            ),
            (
                "Where am I supposed to go on a Monday?” he said.",
                "Emrys Ffoulkes-Barlow",
                "said",
                "",
            ),
        ],
        [
            (
                "Penmaenmawr library, the smallest of the six, will open on three days a week instead of five.",
                "",
                "",
                "W",
            ),
            (
                "The council will ask community groups whether they want to run extra sessions in the branches themselves, Prydderch-Hale said.",
                "Sioned Prydderch-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "A union representative for library staff said 1,900 people had signed a petition against the cuts since January.",
                "A union representative for library staff",
                "said",
                "W",
            ),
        ],
        [
            (
                "Visits to the county's libraries rose to 412,000 in 2025-26, up 6 per cent on the year before, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "It said the busiest branch, Colwyn Bay, would lose the fewest hours.",
                "Conwy County Borough Council",
                "said",
                "W",
            ),
        ],
        [
            ("Read the full story →", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            (
                "Llys Menai Garden Centre is giving Clwyd Post readers 20% off bedding plants this weekend.",
                "",
                "",
                "B",
            ),
            ("Show this email at the till.", "", "", "B"),
        ],
        [
            ("ALSO IN TODAY'S BRIEFING", "", "", "B"),
        ],
        [
            ("Llandudno pier: reopening date set after storm repairs →", "", "", "B"),
        ],
        [
            ("Rhyl bus station café wins hygiene appeal →", "", "", "B"),
        ],
        [
            ("Your letters: the 20mph limit, again →", "", "", "B"),
        ],
        [
            ("Enjoying the briefing?", "", "", "B"),
            ("Forward it to a friend – they can sign up at clwydpost.co.uk/briefing.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you signed up to The Clwyd Post Morning Briefing.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Update your preferences · Privacy notice", "", "", "B"),
        ],
        [
            ("The Clwyd Post, Unit 4, Ffordd y Glannau, Colwyn Bay LL29 8XX", "", "", "B"),
        ],
    ],
    [
        [
            ("↪ Forwarded", "", "", "B"),
        ],
        [
            ("Forwarded many times", "", "", "B"),
        ],
        [
            ("riftobserver.co.ke", "", "", "B"),
        ],
        [
            ("Nakuru matatu fares up by Sh20 as new fuel prices bite", "", "", "W"),
        ],
        [
            (
                "Matatu operators in Nakuru raised fares on the main town routes by between Sh10 and Sh20 on Tuesday, a day after…",
                "",
                "",
                "W",
            ),
        ],
        [
            ("https://riftobserver.co.ke/counties/nakuru/matatu-fares-up-sh20", "", "", "B"),
        ],
        [
            ("08:14", "", "", "B"),
        ],
        [
            ("RIFT OBSERVER", "", "", "B"),
        ],
        [
            ("Home | News | Counties | Business | Sports | Opinion | E-Paper", "", "", "B"),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            ("Nakuru matatu fares up by Sh20 as new fuel prices bite", "", "", "W"),
        ],
        [
            ("By Wanjiku Kariithi-Mbogo", "", "", "B"),
        ],
        [
            ("March 16, 2027 · 2 min read", "", "", "B"),
        ],
        [
            (
                "Matatu operators in Nakuru raised fares on the main town routes by between Sh10 and Sh20 on Tuesday, a day after the pump price of diesel went up by Sh7.40 a litre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Energy and Petroleum Regulatory Authority said in its monthly review on Monday that diesel would retail at Sh186.20 a litre in Nakuru until April 14.",
                "Energy and Petroleum Regulatory Authority",
                "said",
                "W",
            ),
            (
                "It said the rise followed higher landed costs of imported diesel in February.",
                "Energy and Petroleum Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("NEW FARES", "", "", "B"),
        ],
        [
            ("Town–Lanet: Sh70 (was Sh50)", "", "", "W"),
        ],
        [
            ("Town–Free Area: Sh60 (was Sh50)", "", "", "W"),
        ],
        [
            ("Town–Njoro: Sh120 (was Sh100)", "", "", "W"),
        ],
        [
            (
                "Evans Kiprotich Muriuki, chairman of the Menengai Line Sacco, which runs 146 vehicles on the Lanet and Free Area routes, said each matatu burned about 40 litres of diesel a day.",
                "Evans Kiprotich Muriuki",
                "said",
                "W",
            ),
            (
                "He said the sacco's fuel bill had gone up by about Sh43,000 a day since Tuesday.",
                "Evans Kiprotich Muriuki",
                "said",
                "W",
            ),
            (
                "“We are not making money from this.",
                "Evans Kiprotich Muriuki",
                "told the Rift Observer",
                "",
            ),
            (
                "We are trying to stay on the road,” he told the Rift Observer.",
                "Evans Kiprotich Muriuki",
                "told the Rift Observer",
                "",
            ),
        ],
        [
            (
                "Pupils in school uniform would keep paying Sh30 on all town routes, Muriuki said.",
                "Evans Kiprotich Muriuki",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Stage ya Lanet, a hand-painted board read “FARE SH70 – NO ARGUMENT”.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Faith Chepkoech Otieno, a hawker who travels from Lanet to the town's main market every day, said her return fare had gone from Sh100 to Sh140.",
                "Faith Chepkoech Otieno",
                "said",
                "W",
            ),
            ("“That Sh40 is my lunch.", "Faith Chepkoech Otieno", "said", ""),
            ("Now I will walk part of the way,” she said.", "Faith Chepkoech Otieno", "said", ""),
        ],
        [
            (
                "Kennedy Omondi-Rotich, 34, who drives a 14-seater on the Njoro route, said he carried 11 fewer passengers on his first three trips on Tuesday than on Monday.",
                "Kennedy Omondi-Rotich",
                "said",
                "W",
            ),
            (
                "“People are angry with me, but the fare is not mine,” he said.",
                "Kennedy Omondi-Rotich",
                "said",
                "",
            ),
        ],
        [
            (
                "The last fare rise in Nakuru was in September 2026, when operators added Sh10 on all town routes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Fuel prices: what the new EPRA review means for you", "", "", "B"),
        ],
        [
            (
                "Nakuru County's chief officer for roads and transport, Lucy Wambui Kosgei, said the county had no power to set fares under the law.",
                "Lucy Wambui Kosgei",
                "said",
                "W",
            ),
            (
                "Kosgei said the county had asked operators to display the new fares inside every vehicle.",
                "Lucy Wambui Kosgei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nakuru East police commander Simon Ekiru-Lagat said officers would arrest touts found charging more than the fare displayed.",
                "Simon Ekiru-Lagat",
                "said",
                "",
            ),
            ("“Display it and charge it.", "Simon Ekiru-Lagat", "said", ""),
            ("That is all we are asking,” he said.", "Simon Ekiru-Lagat", "said", ""),
        ],
        [
            ("Fares on the Nakuru–Nairobi route were unchanged at Sh600 on Tuesday.", "", "", "W"),
        ],
        [
            (
                "📢 Join the Rift Observer WhatsApp channel for breaking news from the Rift Valley",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shared via the Rift Observer app", "", "", "B"),
        ],
        [
            ("Get the app: riftobserver.co.ke/app", "", "", "B"),
        ],
        [
            ("© 2027 Rift Observer Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("☰VISAYAN COURIERSubscribe", "", "", "B"),
        ],
        [
            ("NewsCebu", "", "", "B"),
        ],
        [
            ("Cebu City shuts Mahiga Creek bridge for 45 days of repairs", "", "", "W"),
        ],
        [
            ("By Ma. Teresa Alcoseba-Yap", "", "", "B"),
        ],
        [
            ("March 9, 2027 - 5:48 PM", "", "", "B"),
        ],
        [
            ("ShareSave", "", "", "B"),
        ],
        [
            ("3 min readListen", "", "", "B"),
        ],
        [
            (
                "CEBU CITY — The Cebu City Government will close the Mahiga Creek bridge on M.J. Cuenco Ave. to all vehicles for 45 days starting Monday, March 15, to replace its rotting deck slabs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City Engineer Rolando Pepito-Sanchez said the 38-year-old bridge failed a load test in January, and the repairs would cost ₱48.6 million.",
                "Rolando Pepito-Sanchez",
                "said",
                "W",
            ),
            ("“We cannot wait for the rainy season.", "Rolando Pepito-Sanchez", "said", ""),
            (
                "If a slab gives way while a truck is on it, we will be counting casualties,” Pepito-Sanchez said.",
                "Rolando Pepito-Sanchez",
                "said",
                "",
            ),
        ],
        [
            (
                "The bridge was built in 1989 and last repaired in 2011, according to city records.",
                "city records",
                "according to",
                "W",
            ),
        ],
        [
            ("Workers inspect the underside of the Mahiga Creek bridge on Tuesday.", "", "", ""),
        ],
        [
            ("PHOTOCOURTESY OF CEBU CITY PIO", "", "", "B"),
        ],
        [
            ("AdvertisementScroll to continue with content", "", "", "B"),
        ],
        [
            (
                "Dennis Gabutero-Lim, head of the Cebu City Transportation Office (CCTO), said about 32,000 vehicles crossed the bridge every day, based on the office's count in February.",
                "Dennis Gabutero-Lim",
                "said",
                "W",
            ),
            (
                "He said jeepneys on the 12G and 12L routes would be rerouted via Gen. Maxilom Ave.",
                "Dennis Gabutero-Lim",
                "said",
                "W",
            ),
            (
                "Traffic enforcers will be posted at six intersections from 6 a.m. to 9 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He said motorists should expect heavy traffic on Juan Luna Ave. during the morning rush and leave 30 minutes earlier.",
                "Dennis Gabutero-Lim",
                "said",
                "",
            ),
        ],
        [
            ("RelatedCebu City council approves ₱1.2-B road repair budget for 2027", "", "", "B"),
        ],
        [
            ("WHERE TO PASSTraffic advisory", "", "", "B"),
        ],
        [
            ("Northbound: Gen. Maxilom Ave. to Juan Luna Ave.", "", "", ""),
        ],
        [
            ("Southbound: Juan Luna Ave. to Escario St., then Gen. Maxilom Ave.", "", "", ""),
        ],
        [
            ("Pedestrians: temporary footbridge beside the old span", "", "", ""),
        ],
        [
            (
                "Ma. Cristina Ypil-Lao, who sells barbecue at the foot of the bridge in Brgy. Kamputhaw, said her sales dropped by half during a two-week closure of the bridge in 2023.",
                "Ma. Cristina Ypil-Lao",
                "said",
                "W",
            ),
            ("“Who will buy from me if nobody can pass?", "Ma. Cristina Ypil-Lao", "said", ""),
            (
                "Maybe I will move to Escario for now,” she said in Cebuano.",
                "Ma. Cristina Ypil-Lao",
                "said",
                "",
            ),
        ],
        [
            (
                "Jeepney driver Arnel Cabañero-Sy, 51, said the detour would add about 25 minutes to each round trip on the 12G route.",
                "Arnel Cabañero-Sy",
                "said",
                "W",
            ),
            ("“Diesel is ₱62 a liter.", "Arnel Cabañero-Sy", "asked", "W"),
            ("Who will pay for the extra kilometers?” he asked.", "Arnel Cabañero-Sy", "asked", ""),
        ],
        [
            (
                "Councilor Joel Abellanosa-Kho asked why the work could not be done at night so that one lane could stay open.",
                "Joel Abellanosa-Kho",
                "asked",
                "",
            ),
        ],
        [
            (
                "Engr. Pepito-Sanchez said the contractor, Sugbo Trident Builders, would work in two 12-hour shifts.",
                "Rolando Pepito-Sanchez",
                "said",
                "W",
            ),
            (
                "He said the slabs had to be replaced side by side, leaving no lane wide enough for a vehicle.",
                "Rolando Pepito-Sanchez",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sugbo Trident Builders won the contract in February with a bid of ₱48.6 million, the lowest of four.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gabutero-Lim said a temporary footbridge beside the old span would stay open to pedestrians throughout the works.",
                "Dennis Gabutero-Lim",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abellanosa-Kho said he would ask the council to require the contractor to post a daily progress report online.",
                "Joel Abellanosa-Kho",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Leonora Villamor-Tiu wrote on Facebook that the closure was “painful but necessary” and asked motorists for patience.",
                "Leonora Villamor-Tiu",
                "wrote on Facebook",
                "",
            ),
        ],
        [
            ("Read NextMandaue opens ₱120-M flood pumping station in Subangdaku", "", "", "B"),
        ],
        [
            ("Comments14", "", "", "B"),
        ],
        [
            ("TagsCebu CityRoadsTraffic", "", "", "B"),
        ],
        [
            ("Follow us onFacebookXYouTube", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Visayan Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("‹ Singapore", "", "", "B"),
        ],
        [
            ("Aa    🔖    ⤴", "", "", "B"),
        ],
        [
            (
                "Toa Payoh hawker centre to close for five months from June for upgrading",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stallholders will pay no rent for three months after it reopens", "", "", "W"),
        ],
        [
            ("Fiona Leong-Rajaratnam", "", "", "B"),
        ],
        [
            ("Published Mar 3, 2027, 05:00 AM", "", "", "B"),
        ],
        [
            ("Updated Mar 3, 2027, 11:26 AM", "", "", "B"),
        ],
        [
            ("🎧 Listen · 3:48", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The hawker centre at Block 210 Lorong 8 Toa Payoh will close from June 1 to Oct 31 for upgrading works, the National Environment Agency (NEA) said on March 2.",
                "National Environment Agency",
                "said",
                "W",
            ),
            (
                "The works, which include new exhaust hoods, a re-roofed dining area and 40 more ceiling fans, will cost about $6.8 million, it said.",
                "National Environment Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "All 64 stallholders will pay no rent for the first three months after the centre reopens, NEA said.",
                "National Environment Agency",
                "said",
                "W",
            ),
        ],
        [
            ("Stalls will serve their last meals on May 31.", "", "", "W"),
        ],
        [
            (
                "Diners queue at a wonton noodle stall at the Lorong 8 Toa Payoh hawker centre on March 2.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: THE MARINA DISPATCH/ GABRIEL SEOW", "", "", "B"),
        ],
        [
            ("Swipe for more photos · 1/4", "", "", "B"),
        ],
        [
            (
                "The centre, which has 620 seats, was built in 1973 and last upgraded in 2009, according to NEA's records.",
                "NEA's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Kwa Chye Huat, 67, who has sold fishball noodles at the centre since 1986, said he pays $1,150 a month in rent for his stall.",
                "Kwa Chye Huat",
                "said",
                "W",
            ),
            ("“Five months, no income.", "Kwa Chye Huat", "said", ""),
            (
                "My assistant has to go and find another job,” said Mr Kwa.",
                "Kwa Chye Huat",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he had not decided whether to return after the works, as he turns 68 in August.",
                "Kwa Chye Huat",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Madam Zubaidah Ismail-Rahmat, 52, who runs a nasi padang stall with her sister, said she would move to the temporary site in the open-air carpark next to Block 207.",
                "Zubaidah Ismail-Rahmat",
                "said",
                "",
            ),
            ("“Regulars will follow.", "Zubaidah Ismail-Rahmat", "said", ""),
            ("It is just across the road,” she said.", "Zubaidah Ismail-Rahmat", "said", ""),
        ],
        [
            (
                "NEA said 23 stallholders had applied for the 30 places at the temporary site, which will open on May 28.",
                "National Environment Agency",
                "said",
                "W",
            ),
            (
                "It said stallholders who do not move there will get a one-off grant of $3,000.",
                "National Environment Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Retiree Yeo Boon Tiong, 74, who lives in the next block, said he had eaten breakfast at the centre almost every day for 30 years.",
                "Yeo Boon Tiong",
                "said",
                "W",
            ),
            ("“I will miss my kopi more than the food,” he said.", "Yeo Boon Tiong", "said", ""),
        ],
        [
            (
                "Ms Valerie Chua Lin Yi, an MP for the area, said grassroots volunteers would run a free shuttle for elderly residents to two nearby hawker centres during the closure.",
                "Valerie Chua Lin Yi",
                "said",
                "",
            ),
            (
                "She said about 40 per cent of residents in the surrounding blocks were aged 65 or older.",
                "Valerie Chua Lin Yi",
                "said",
                "W",
            ),
            ("“Many residents here are elderly.", "Valerie Chua Lin Yi", "added", ""),
            (
                "For them, the hawker centre is the dining room,” she added.",
                "Valerie Chua Lin Yi",
                "added",
                "",
            ),
        ],
        [
            (
                "Eight other hawker centres are being upgraded this year, with another 11 scheduled for 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read 3 of 5 free articles this month.", "", "", "B"),
            ("Subscribe for unlimited access.", "", "", "B"),
        ],
        [
            ("🎁 Gift this article", "", "", "B"),
        ],
        [
            ("Related topics", "", "", "B"),
        ],
        [
            ("Hawker centres", "", "", "B"),
        ],
        [
            ("Toa Payoh", "", "", "B"),
        ],
        [
            ("National Environment Agency", "", "", "B"),
        ],
        [
            ("Swipe up for next story ⌃", "", "", "B"),
        ],
        [
            ("⬇ Download for offline reading", "", "", "B"),
        ],
        [
            ("Home     Latest     For You     Saved     Me", "", "", "B"),
        ],
    ],
    [
        [
            ("newsfeedr", "", "", "B"),
        ],
        [
            ("four-day school week arizona   ✕   🔍", "", "", "B"),
        ],
        [
            ("All    News    Images    Videos    Maps    More", "", "", "B"),
        ],
        [
            ("About 1,240 results (0.38 seconds)", "", "", "B"),
        ],
        [
            ("Top stories", "", "", "B"),
        ],
        [
            ("Cochise Valley Sentinel · 6 hours ago", "", "", "B"),
        ],
        [
            (
                "Sierra Vista-area district approves four-day school week starting in August",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Opened in newsfeedr reader · Original: cvsentinel.com", "", "", "B"),
        ],
        [
            ("By Marisol Quintero-Haskell", "", "", "B"),
        ],
        [
            ("Feb. 24, 2027 at 8:10 p.m. MST", "", "", "B"),
        ],
        [
            (
                "The Huachuca Mesa Unified School District will move to a four-day school week in August, after its governing board voted 3-2 on Tuesday night to give students and teachers Fridays off.",
                "",
                "",
                "W",
            ),
            ("The change affects about 7,800 students in 11 schools.", "", "", "W"),
        ],
        [
            (
                "Students will attend Monday through Thursday from 7:50 a.m. to 3:35 p.m., 45 minutes longer than now, according to a district presentation.",
                "a district presentation",
                "according to",
                "W",
            ),
            (
                "The school year will drop from 180 days to 146, the presentation said.",
                "the presentation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintendent Reggie Calloway-Stroud said the district had lost 61 teachers in the past two years, many of them to districts in Tucson that pay more.",
                "Reggie Calloway-Stroud",
                "said",
                "W",
            ),
            ("“We can't win on salary.", "Reggie Calloway-Stroud", "said", ""),
            ("We can win on Fridays,” he said.", "Reggie Calloway-Stroud", "said", ""),
        ],
        [
            (
                "Calloway-Stroud said 14 Arizona districts already run four-day weeks and Huachuca Mesa expects to save about $410,000 a year on buses, fuel and utilities.",
                "Reggie Calloway-Stroud",
                "said",
                "W",
            ),
        ],
        [
            ("FRIDAY CARE", "", "", "B"),
        ],
        [
            ("$25 a day at four elementary schools, 7 a.m. to 5:30 p.m.", "", "", "W"),
        ],
        [
            ("Free for families who qualify for free school meals", "", "", "W"),
        ],
        [
            (
                "Board member Denise Oyler-Franck, who voted no, said she worried about working parents who cannot afford care on Fridays.",
                "Denise Oyler-Franck",
                "said",
                "",
            ),
            ("“Who watches a 7-year-old on Friday?", "Denise Oyler-Franck", "said", ""),
            (
                "We haven't answered that for half our families,” she said.",
                "Denise Oyler-Franck",
                "said",
                "",
            ),
        ],
        [
            (
                "Tomas Echeverría-Blum, who has a son and a daughter at Coronado Vista Elementary, said Friday care for both would cost him about $200 a month even at the district's rate.",
                "Tomas Echeverría-Blum",
                "said",
                "W",
            ),
            ("“I'm not against it.", "Tomas Echeverría-Blum", "said", ""),
            ("I just want to see the numbers work,” he said.", "Tomas Echeverría-Blum", "said", ""),
        ],
        [
            (
                "Eighty-two percent of teachers who answered supported the change, according to a January survey by the Huachuca Mesa Education Association.",
                "a January survey by the Huachuca Mesa Education Association",
                "according to",
                "W",
            ),
            (
                "The association's president, Lorna Bixby-Trujillo, said 512 of the district's 590 teachers took part.",
                "Lorna Bixby-Trujillo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arizona law requires a minimum number of instructional hours a year rather than a minimum number of days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The district did not say whether bus drivers and cafeteria workers, who are paid by the hour, would lose a day's pay.",
                "The district",
                "did not say",
                "",
            ),
        ],
        [
            ("The board will vote on a revised calendar on March 10.", "", "", "W"),
        ],
        [
            ("📰 Full coverage", "", "", "B"),
        ],
        [
            ("More coverage", "", "", "B"),
        ],
        [
            ("Tucson Ledger-Star · 1 day ago", "", "", "B"),
        ],
        [
            ("Another Arizona district weighs Fridays off as teacher vacancies grow", "", "", "B"),
        ],
        [
            ("KZVN 9 News · 2 days ago", "", "", "B"),
        ],
        [
            ("Parents pack board meeting ahead of four-day week vote", "", "", "B"),
        ],
        [
            ("People also ask", "", "", "B"),
        ],
        [
            ("Which Arizona school districts have a four-day week?", "", "", "B"),
        ],
        [
            ("Do four-day school weeks save money?", "", "", "B"),
        ],
        [
            ("Is a four-day school week better for teachers?", "", "", "B"),
        ],
        [
            ("Feedback", "", "", "B"),
        ],
        [
            ("Sign in to personalize your news", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("Skip to navigation", "", "", "B"),
        ],
        [
            ("Text-only version | Switch to standard site", "", "", "B"),
        ],
        [
            (
                "This text-only version of the site is provided for screen readers and slow connections.",
                "",
                "",
                "B",
            ),
            ("It carries the same stories as the standard site.", "", "", "B"),
        ],
        [
            ("Aoraki Weekly – Timaru and South Canterbury", "", "", "B"),
        ],
        [
            (
                "Navigation: Home, News, Sport, Rural, Opinion, Public notices, Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Main content", "", "", "B"),
        ],
        [
            ("Timaru after-hours clinic to close overnight from May 3", "", "", "W"),
        ],
        [
            (
                "Patients needing a doctor between 10pm and 8am will be sent to the hospital's emergency department",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Hemi Paraone-Dowling, Health Reporter", "", "", "B"),
        ],
        [
            ("Published: Thursday, 8 April 2027, 4:12pm", "", "", "B"),
        ],
        [
            ("Estimated reading time: 3 minutes", "", "", "B"),
        ],
        [
            ("Listen to this article (audio, 3 minutes 40 seconds)", "", "", "B"),
        ],
        [
            (
                "Image description: The front entrance of the after-hours clinic on Stafford Street, with a sign showing its opening hours.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image credit: Aoraki Weekly", "", "", "B"),
        ],
        [
            (
                "Timaru's only after-hours medical clinic will stop opening overnight from May 3, meaning patients who need a doctor between 10pm and 8am will have to go to Timaru Hospital's emergency department.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Caroline Bay Medical Group, which runs the clinic, said on Thursday it could no longer staff the overnight roster.",
                "Caroline Bay Medical Group",
                "said",
                "W",
            ),
            (
                "The clinic saw about 4,100 patients between 10pm and 8am last year, an average of 11 a night, it said.",
                "Caroline Bay Medical Group",
                "said",
                "W",
            ),
        ],
        [
            (
                "The group said it had spent $210,000 on locum flights and accommodation since October.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Clinical director Dr Anahera Whitcombe-Lyall said three of the clinic's six overnight doctor shifts a week had gone unfilled since October.",
                "Anahera Whitcombe-Lyall",
                "said",
                "W",
            ),
            (
                "“We have been flying locums down from Auckland to cover weekends.",
                "Anahera Whitcombe-Lyall",
                "said",
                "W",
            ),
            ("That can't go on,” she said.", "Anahera Whitcombe-Lyall", "said", ""),
        ],
        [
            (
                "She said the clinic hoped to reopen overnight once it had recruited two more GPs, but would not give a date.",
                "Anahera Whitcombe-Lyall",
                "said",
                "",
            ),
        ],
        [
            (
                "Image description: A bar chart showing overnight patients at the clinic rising from 3,200 in 2022 to 4,100 in 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image credit: Caroline Bay Medical Group", "", "", "B"),
        ],
        [
            (
                "A spokeswoman for Health New Zealand said the hospital's emergency department would add a second nurse to its overnight shift from May 3.",
                "A spokeswoman for Health New Zealand",
                "said",
                "W",
            ),
            (
                "She said people with minor injuries or illnesses should call Healthline first.",
                "A spokeswoman for Health New Zealand",
                "said",
                "",
            ),
        ],
        [
            (
                "Moana Tipene-Bradshaw, who lives in Washdyke, said she took her son to the clinic at 2am twice last winter with croup.",
                "Moana Tipene-Bradshaw",
                "said",
                "W",
            ),
            (
                "“The thought of sitting in ED with a coughing three-year-old for hours is what gets me,” she said.",
                "Moana Tipene-Bradshaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Timaru District Mayor Graeme Ostler-Pike said he had written to the Health Minister asking for emergency funding to keep the overnight service going.",
                "Graeme Ostler-Pike",
                "said",
                "W",
            ),
            (
                "“How is a town of 30,000 people meant to manage without a doctor at night?” he said.",
                "Graeme Ostler-Pike",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone unsure whether they need the emergency department can call the after-hours line on 03 555 0172 for advice from a nurse.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The clinic's daytime and evening hours, 8am to 10pm, are not changing.", "", "", "W"),
        ],
        [
            ("End of article", "", "", "B"),
        ],
        [
            ("Heading: Related stories", "", "", "B"),
        ],
        [
            ("List of 3 items", "", "", "B"),
        ],
        [
            ("Geraldine pharmacy to close after 41 years", "", "", "B"),
        ],
        [
            ("Hospital car park fees: what changes in June", "", "", "B"),
        ],
        [
            ("Letters: the long wait for a GP", "", "", "B"),
        ],
        [
            ("End of list", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("Accessibility statement | Audio versions of our stories | Contact us", "", "", "B"),
        ],
        [
            ("© 2027 Aoraki Weekly Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("Translated from: Portuguese (Brazil) · Show original", "", "", "B"),
        ],
        [
            ("Always translate Portuguese · Never translate this site · Options ▾", "", "", "B"),
        ],
        [
            ("This page has been translated automatically.", "", "", "B"),
            ("Some content may not be translated accurately.", "", "", "B"),
        ],
        [
            ("DIARY OF ARAUCARIA", "", "", "B"),
        ],
        [
            ("Home   Politics   City   Economy   Sports   Police   Opinion", "", "", "B"),
        ],
        [
            ("City", "", "", "B"),
        ],
        [
            ("Bus fare in Curitiba goes to R$ 6.50 from February 1st", "", "", "W"),
        ],
        [
            (
                "Increase of 8.3% is the first since 2023; students continue to pay half fare",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rafaela Bittencourt Sampaio", "", "", "B"),
        ],
        [
            ("01/15/2027 19:42 - Updated 01/15/2027 21:10", "", "", "B"),
        ],
        [
            ("Original language: Portuguese", "", "", "B"),
        ],
        [
            (
                "The bus fare in Curitiba will go from R$ 6.00 to R$ 6.50 from February 1st, the first readjustment since 2023.",
                "",
                "",
                "W",
            ),
            (
                "The increase of 8.3% was announced by the mayor Everaldo Tonietto Brandão this Thursday (15), in a press conference at the Palace 29 de Março.",
                "Everaldo Tonietto Brandão",
                "announced",
                "W",
            ),
        ],
        [
            (
                "According to Brandão, the cost per passenger of the system rose 11.2% in 2026, mainly because of diesel and the wage agreement of the drivers and collectors.",
                "Everaldo Tonietto Brandão",
                "according to",
                "W",
            ),
            ("“We held the fare for three years.", "Everaldo Tonietto Brandão", "affirmed", "W"),
            (
                "It was not possible to hold it for a fourth without cutting lines,” affirmed the mayor.",
                "Everaldo Tonietto Brandão",
                "affirmed",
                "",
            ),
        ],
        [
            (
                "The last readjustment, in February 2023, took the fare from R$ 5.50 to R$ 6.00.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The mayor also announced that 70 new buses with air conditioning will enter circulation until July.",
                "Everaldo Tonietto Brandão",
                "announced",
                "",
            ),
        ],
        [
            ("Leia também: Curitiba tem a manhã mais fria do ano nesta quarta", "", "", "B"),
        ],
        [
            (
                "The City Hall will continue to subsidize the system with R$ 412 million in 2027, according to the municipal budget.",
                "the municipal budget",
                "according to",
                "W",
            ),
            ("Students registered in the school pass continue paying half, R$ 3.25.", "", "", "W"),
            ("On Sundays and holidays, the reduced fare of R$ 3.25 is maintained.", "", "", "W"),
        ],
        [
            (
                "In 2026, the system carried on average 612,000 passengers per working day, 9% below the level of 2019, according to data from the municipal transport company.",
                "data from the municipal transport company",
                "according to",
                "W",
            ),
        ],
        [
            ("Continua depois da publicidade", "", "", "B"),
        ],
        [
            ("Publicidade", "", "", "B"),
        ],
        [
            (
                "For the president of the Association of Users of Public Transport of Curitiba, Jandira Kowalski Pires, the increase is “abusive” because the buses continue crowded in the rush hours.",
                "Jandira Kowalski Pires",
                "For",
                "",
            ),
            (
                "“The passenger pays more to travel standing up,” she said.",
                "Jandira Kowalski Pires",
                "said",
                "",
            ),
            (
                "The entity promises to enter with an action in the Court of Justice of Paraná to suspend the readjustment.",
                "The entity",
                "promises",
                "",
            ),
        ],
        [
            (
                "The doorman Valdecir Moura Ramalho, 58, who takes two buses from the Sítio Cercado neighborhood to the center, said he will spend R$ 26 per day, or R$ 572 in a month of 22 working days.",
                "Valdecir Moura Ramalho",
                "said",
                "W",
            ),
            (
                "“The company gives the transport voucher, but only up to a limit.",
                "Valdecir Moura Ramalho",
                "said",
                "",
            ),
            ("The rest comes out of my pocket,” he said.", "Valdecir Moura Ramalho", "said", ""),
        ],
        [
            (
                "The recharge of the transport card at the old value can be made until January 31, the City Hall informed.",
                "The City Hall",
                "informed",
                "W",
            ),
        ],
        [
            (
                "The councilwoman Marília Scheffer Duarte said that she will file a request for information asking for the spreadsheet of costs of the system.",
                "Marília Scheffer Duarte",
                "said",
                "",
            ),
        ],
        [
            (
                "The City Hall informed that the integration between lines in the terminals continues free, with a single fare.",
                "The City Hall",
                "informed",
                "W",
            ),
        ],
        [
            (
                "At the Pinheirinho terminal, the movement was normal on Thursday night, and few passengers knew of the increase.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rate this translation 👍 👎", "", "", "B"),
        ],
        [
            ("Receive the news of the Diary of Araucaria on your WhatsApp", "", "", "B"),
        ],
        [
            ("Tags: public transport, bus fare, Curitiba City Hall", "", "", "B"),
        ],
        [
            ("Contribute a better translation", "", "", "B"),
        ],
        [
            ("© 2027 Diário da Araucária.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ADUKROM PHARMA LIMITED", "", "", "B"),
        ],
        [
            (
                "Plot 14, Light Industrial Area, Suame, Kumasi · P.O. Box KS 7781 · Tel: +233 (0)32 204 1188 · www.adukrompharma.com.gh",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ref: APL/CA/PR/2027/014", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            ("Kumasi, 8 April 2027", "", "", "B"),
        ],
        [
            ("ADUKROM PHARMA RECALLS THREE BATCHES OF CHILDREN'S COUGH SYRUP", "", "", "W"),
        ],
        [
            (
                "Adukrom Pharma Limited has voluntarily recalled three batches of Adukof Junior cough syrup (100ml) after routine tests found that some bottles contained less of the active ingredient than stated on the label.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The affected batches are:", "", "", ""),
        ],
        [
            ("Batch No. AJ-2611, expiry 11/2028", "", "", ""),
        ],
        [
            ("Batch No. AJ-2614, expiry 11/2028", "", "", ""),
        ],
        [
            ("Batch No. AJ-2702, expiry 02/2029", "", "", ""),
        ],
        [
            (
                "The recall was agreed with the Food and Drugs Authority (FDA) on 6 April 2027.",
                "",
                "",
                "W",
            ),
            (
                "About 14,200 bottles from the three batches were distributed to pharmacies and licensed chemical shops in the Ashanti, Bono and Ahafo regions between December 2026 and March 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Other batches of Adukof Junior, and the adult Adukof syrup, are not affected and remain on sale.",
                "",
                "",
                "W",
            ),
            ("The FDA has published a notice of the recall on its website.", "", "", "W"),
        ],
        [
            (
                "Parents and caregivers who have bottles from these batches should stop using them and return them to the pharmacy or chemical shop where they were bought for a full refund.",
                "",
                "",
                "",
            ),
            (
                "No adverse reactions linked to the three batches have been reported to the company.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commenting on the recall, the Managing Director of Adukrom Pharma, Mrs. Abena Serwaa Darko-Mensah, said: “The safety of children comes before everything else we do.",
                "Abena Serwaa Darko-Mensah",
                "said",
                "",
            ),
            (
                "Our own quality team picked up the problem during stability testing, and we informed the FDA within five days.",
                "Abena Serwaa Darko-Mensah",
                "said",
                "W",
            ),
        ],
        [
            (
                "We are sorry for the worry this will cause parents, and we will do everything necessary to put it right.”",
                "Abena Serwaa Darko-Mensah",
                "said",
                "",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            ("Adukrom Pharma Limited – Press Release – 8 April 2027", "", "", "B"),
        ],
        [
            (
                "The company's Head of Quality Assurance, Pharm. Kofi Boateng-Asare, said tests showed the affected bottles contained between 78% and 86% of the stated amount of the active ingredient, against a minimum of 90% required under the product licence.",
                "Kofi Boateng-Asare",
                "said",
                "W",
            ),
            (
                "He said the cause was traced to a mixing vessel on one production line whose agitator had been running below its set speed.",
                "Kofi Boateng-Asare",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The syrup is not dangerous, but a child taking it would get less relief than the label promises,” he said.",
                "Kofi Boateng-Asare",
                "said",
                "",
            ),
        ],
        [
            (
                "Retained samples from every other batch produced since January 2026 have been retested and met the specification.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Adukrom has stopped the production line concerned while the investigation is carried out.",
                "",
                "",
                "W",
            ),
            ("The company expects to restart production in May.", "", "", ""),
        ],
        [
            (
                "Pharmacies should set aside remaining stock from the three batches for collection by Adukrom's sales representatives.",
                "",
                "",
                "",
            ),
            (
                "Pharmacies and members of the public can call the free recall line on 0800 220 330, Monday to Saturday, 8am to 6pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Issued by the Corporate Affairs Department, Adukrom Pharma Limited", "", "", "B"),
        ],
        [
            ("– ENDS –", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            ("About Adukrom Pharma Limited", "", "", "B"),
        ],
        [
            (
                "Adukrom Pharma Limited was founded in Kumasi in 1994 and employs 320 people.",
                "",
                "",
                "B",
            ),
            (
                "It manufactures 46 over-the-counter and prescription medicines for Ghana and other West African markets.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "For media enquiries, please contact: Efua Mensah-Quaye, Corporate Affairs Manager",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Email: media@adukrompharma.com.gh | Mobile: +233 (0)24 555 0193", "", "", "B"),
        ],
        [
            (
                "Adukrom Pharma Limited is registered in Ghana under Company No. CS-0418-1994.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Registered office: Plot 14, Light Industrial Area, Suame, Kumasi", "", "", "B"),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n138-ie-oranmore",
        "“People will drive out to Oranmore, where the parking is free. Why would anyone pay €2.40 to come in for a pint of milk?” she asked.",
        [
            "“People will drive out to Oranmore, where the parking is free.",
            "Why would anyone pay €2.40 to come in for a pint of milk?” she asked.",
        ],
    ),
    (
        "n138-ie-per-cent",
        "A council spokeswoman said the 20c convenience fee for paying by phone would be scrapped on the same date. She said 41 per cent of parking sessions in the city were now paid by phone, up from 23 per cent in 2022.",
        [
            "A council spokeswoman said the 20c convenience fee for paying by phone would be scrapped on the same date.",
            "She said 41 per cent of parking sessions in the city were now paid by phone, up from 23 per cent in 2022.",
        ],
    ),
    (
        "n138-ie-report",
        "The new rate will cover about 1,450 spaces in the yellow zone between Eyre Square and the Spanish Arch, according to a report presented to councillors. The yellow zone's spaces were occupied for an average of 71 per cent of charging hours in 2026, the report said. Disabled bays will stay free for permit holders, the report said.",
        [
            "The new rate will cover about 1,450 spaces in the yellow zone between Eyre Square and the Spanish Arch, according to a report presented to councillors.",
            "The yellow zone's spaces were occupied for an average of 71 per cent of charging hours in 2026, the report said.",
            "Disabled bays will stay free for permit holders, the report said.",
        ],
    ),
    (
        "n138-ie-post",
        "Corrib Herald is free to read, and always will be. If local news matters to you, become a supporter from €4 a month.",
        [
            "Corrib Herald is free to read, and always will be.",
            "If local news matters to you, become a supporter from €4 a month.",
        ],
    ),
    (
        "n138-ca-ave-e",
        "The City of Brandon lifted a boil-water advisory for about 1,600 homes in the east end on Saturday afternoon, three days after a 90-year-old cast-iron main split under Victoria Ave. E. About 310 homes on the five blocks closest to the break remain under the advisory, which was issued at 7:20 a.m. Wednesday.",
        [
            "The City of Brandon lifted a boil-water advisory for about 1,600 homes in the east end on Saturday afternoon, three days after a 90-year-old cast-iron main split under Victoria Ave. E.",
            "About 310 homes on the five blocks closest to the break remain under the advisory, which was issued at 7:20 a.m. Wednesday.",
        ],
    ),
    (
        "n138-ca-805-am",
        "The city said it posted the advisory on its website shortly after 7:30 a.m. on Wednesday and began automated calls to 2,140 registered phone numbers in the area at 8:05 a.m. Homes without a registered number were not called.",
        [
            "The city said it posted the advisory on its website shortly after 7:30 a.m. on Wednesday and began automated calls to 2,140 registered phone numbers in the area at 8:05 a.m.",
            "Homes without a registered number were not called.",
        ],
    ),
    (
        "n138-ca-nobody",
        "“Nobody called us. A customer showed me the post on his phone at lunch,” she said.",
        ["“Nobody called us.", "A customer showed me the post on his phone at lunch,” she said."],
    ),
    (
        "n138-ca-rights",
        "© 2027 The Assiniboine Ledger. All Rights Reserved.",
        ["© 2027 The Assiniboine Ledger.", "All Rights Reserved."],
    ),
    (
        "n138-in-property-tax",
        "“The gap is being filled from property tax. That cannot go on forever,” he told reporters after the meeting.",
        [
            "“The gap is being filled from property tax.",
            "That cannot go on forever,” he told reporters after the meeting.",
        ],
    ),
    (
        "n138-in-pvt-ltd",
        "© 2027 Sahyadri Ledger Media Pvt. Ltd. All rights reserved.",
        ["© 2027 Sahyadri Ledger Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n138-in-alternate-day",
        "Leader of opposition Sunanda Gaikwad-Rao said several areas in the eastern suburbs, including Wagholi and Kharadi, still got water only once in two days. “Why should a family in Wagholi pay more for water that comes for 90 minutes every alternate day?” she asked.",
        [
            "Leader of opposition Sunanda Gaikwad-Rao said several areas in the eastern suburbs, including Wagholi and Kharadi, still got water only once in two days.",
            "“Why should a family in Wagholi pay more for water that comes for 90 minutes every alternate day?” she asked.",
        ],
    ),
    (
        "n138-au-archived",
        "This is an archived copy of a web page as it appeared on the date above. Images, links and comments may not work, and the live page may have changed since.",
        [
            "This is an archived copy of a web page as it appeared on the date above.",
            "Images, links and comments may not work, and the live page may have changed since.",
        ],
    ),
    (
        "n138-au-options",
        "Transport Minister Dougal Renshaw-Tapp said the contract required at least 16 weekday return trips and his department was “reviewing its options”. He said he expected the full timetable to return “as soon as the crew are in place”.",
        [
            "Transport Minister Dougal Renshaw-Tapp said the contract required at least 16 weekday return trips and his department was “reviewing its options”.",
            "He said he expected the full timetable to return “as soon as the crew are in place”.",
        ],
    ),
    (
        "n138-au-masters",
        "Eastshore Ferries, which runs the service between Bellerive Quay and Brooke Street Pier under a state contract, will cut its weekday timetable from 18 return trips to nine from Monday, the company said on Friday. It said two of its six masters had resigned in July and a third was on long-term leave.",
        [
            "Eastshore Ferries, which runs the service between Bellerive Quay and Brooke Street Pier under a state contract, will cut its weekday timetable from 18 return trips to nine from Monday, the company said on Friday.",
            "It said two of its six masters had resigned in July and a third was on long-term leave.",
        ],
    ),
    (
        "n138-cy-bore-da",
        "Bore da. Six libraries, one pier and a soggy start to the day – here's your Wednesday.",
        [
            "Bore da.",
            "Six libraries, one pier and a soggy start to the day – here's your Wednesday.",
        ],
    ),
    (
        "n138-cy-10c",
        "Weather: heavy showers, clearing by the afternoon. High of 10C.",
        ["Weather: heavy showers, clearing by the afternoon.", "High of 10C."],
    ),
    (
        "n138-cy-monday",
        "“I do my banking there, and my grandson's Universal Credit. Where am I supposed to go on a Monday?” he said.",
        [
            "“I do my banking there, and my grandson's Universal Credit.",
            "Where am I supposed to go on a Monday?” he said.",
        ],
    ),
    (
        "n138-ke-sh186",
        "The Energy and Petroleum Regulatory Authority said in its monthly review on Monday that diesel would retail at Sh186.20 a litre in Nakuru until April 14. It said the rise followed higher landed costs of imported diesel in February.",
        [
            "The Energy and Petroleum Regulatory Authority said in its monthly review on Monday that diesel would retail at Sh186.20 a litre in Nakuru until April 14.",
            "It said the rise followed higher landed costs of imported diesel in February.",
        ],
    ),
    (
        "n138-ke-display",
        "“Display it and charge it. That is all we are asking,” he said.",
        ["“Display it and charge it.", "That is all we are asking,” he said."],
    ),
    (
        "n138-ph-gen-ave",
        "He said jeepneys on the 12G and 12L routes would be rerouted via Gen. Maxilom Ave. Traffic enforcers will be posted at six intersections from 6 a.m. to 9 p.m.",
        [
            "He said jeepneys on the 12G and 12L routes would be rerouted via Gen. Maxilom Ave.",
            "Traffic enforcers will be posted at six intersections from 6 a.m. to 9 p.m.",
        ],
    ),
    (
        "n138-ph-brgy",
        "Ma. Cristina Ypil-Lao, who sells barbecue at the foot of the bridge in Brgy. Kamputhaw, said her sales dropped by half during a two-week closure of the bridge in 2023. “Who will buy from me if nobody can pass? Maybe I will move to Escario for now,” she said in Cebuano.",
        [
            "Ma. Cristina Ypil-Lao, who sells barbecue at the foot of the bridge in Brgy. Kamputhaw, said her sales dropped by half during a two-week closure of the bridge in 2023.",
            "“Who will buy from me if nobody can pass?",
            "Maybe I will move to Escario for now,” she said in Cebuano.",
        ],
    ),
    (
        "n138-ph-diesel",
        "Jeepney driver Arnel Cabañero-Sy, 51, said the detour would add about 25 minutes to each round trip on the 12G route. “Diesel is ₱62 a liter. Who will pay for the extra kilometers?” he asked.",
        [
            "Jeepney driver Arnel Cabañero-Sy, 51, said the detour would add about 25 minutes to each round trip on the 12G route.",
            "“Diesel is ₱62 a liter.",
            "Who will pay for the extra kilometers?” he asked.",
        ],
    ),
    (
        "n138-sg-oct-31",
        "SINGAPORE – The hawker centre at Block 210 Lorong 8 Toa Payoh will close from June 1 to Oct 31 for upgrading works, the National Environment Agency (NEA) said on March 2. The works, which include new exhaust hoods, a re-roofed dining area and 40 more ceiling fans, will cost about $6.8 million, it said.",
        [
            "SINGAPORE – The hawker centre at Block 210 Lorong 8 Toa Payoh will close from June 1 to Oct 31 for upgrading works, the National Environment Agency (NEA) said on March 2.",
            "The works, which include new exhaust hoods, a re-roofed dining area and 40 more ceiling fans, will cost about $6.8 million, it said.",
        ],
    ),
    (
        "n138-sg-mr-kwa",
        "“Five months, no income. My assistant has to go and find another job,” said Mr Kwa.",
        ["“Five months, no income.", "My assistant has to go and find another job,” said Mr Kwa."],
    ),
    (
        "n138-us-am-pm",
        "Students will attend Monday through Thursday from 7:50 a.m. to 3:35 p.m., 45 minutes longer than now, according to a district presentation. The school year will drop from 180 days to 146, the presentation said.",
        [
            "Students will attend Monday through Thursday from 7:50 a.m. to 3:35 p.m., 45 minutes longer than now, according to a district presentation.",
            "The school year will drop from 180 days to 146, the presentation said.",
        ],
    ),
    (
        "n138-us-friday",
        "Board member Denise Oyler-Franck, who voted no, said she worried about working parents who cannot afford care on Fridays. “Who watches a 7-year-old on Friday? We haven't answered that for half our families,” she said.",
        [
            "Board member Denise Oyler-Franck, who voted no, said she worried about working parents who cannot afford care on Fridays.",
            "“Who watches a 7-year-old on Friday?",
            "We haven't answered that for half our families,” she said.",
        ],
    ),
    (
        "n138-nz-locums",
        "Clinical director Dr Anahera Whitcombe-Lyall said three of the clinic's six overnight doctor shifts a week had gone unfilled since October. “We have been flying locums down from Auckland to cover weekends. That can't go on,” she said.",
        [
            "Clinical director Dr Anahera Whitcombe-Lyall said three of the clinic's six overnight doctor shifts a week had gone unfilled since October.",
            "“We have been flying locums down from Auckland to cover weekends.",
            "That can't go on,” she said.",
        ],
    ),
    (
        "n138-br-reais",
        "The bus fare in Curitiba will go from R$ 6.00 to R$ 6.50 from February 1st, the first readjustment since 2023. The increase of 8.3% was announced by the mayor Everaldo Tonietto Brandão this Thursday (15), in a press conference at the Palace 29 de Março.",
        [
            "The bus fare in Curitiba will go from R$ 6.00 to R$ 6.50 from February 1st, the first readjustment since 2023.",
            "The increase of 8.3% was announced by the mayor Everaldo Tonietto Brandão this Thursday (15), in a press conference at the Palace 29 de Março.",
        ],
    ),
    (
        "n138-gh-mrs",
        "Commenting on the recall, the Managing Director of Adukrom Pharma, Mrs. Abena Serwaa Darko-Mensah, said: “The safety of children comes before everything else we do. Our own quality team picked up the problem during stability testing, and we informed the FDA within five days.",
        [
            "Commenting on the recall, the Managing Director of Adukrom Pharma, Mrs. Abena Serwaa Darko-Mensah, said: “The safety of children comes before everything else we do.",
            "Our own quality team picked up the problem during stability testing, and we informed the FDA within five days.",
        ],
    ),
    (
        "n138-gh-pharm",
        "The company's Head of Quality Assurance, Pharm. Kofi Boateng-Asare, said tests showed the affected bottles contained between 78% and 86% of the stated amount of the active ingredient, against a minimum of 90% required under the product licence. He said the cause was traced to a mixing vessel on one production line whose agitator had been running below its set speed.",
        [
            "The company's Head of Quality Assurance, Pharm. Kofi Boateng-Asare, said tests showed the affected bottles contained between 78% and 86% of the stated amount of the active ingredient, against a minimum of 90% required under the product licence.",
            "He said the cause was traced to a mixing vessel on one production line whose agitator had been running below its set speed.",
        ],
    ),
]
