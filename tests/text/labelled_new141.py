"""Hundred-and-forty-first set of new hand-labelled pages for the hint engines (tuning set, round fifty-three):
twelve WHOLE pages from twelve kinds of site, head to tail as a reader's paste gives them, where
the FURNITURE is hard to tell from the story: at the head, in the middle of the story and at the
tail, each site wording its own furniture its own way. The pages: a United States metro daily with
a metered paywall and a most-read list mid-story (Milwaukee replaced 1,412 lead service lines in
2025 against a goal of 2,500); an English regional site with comment counts, a newsletter box and a
reporter bio (Norwich park and ride fares up from £4.50 to £5.20, Sunday buses cut at two sites); a
New Zealand public broadcaster with read-aloud, video and audio players and linked earlier coverage
(State Highway 6 reopens to one lane nine days after a slip at the Whangamoa Saddle); a United
States local TV station with a weather widget, alerts, an app prompt and a forecast box (Des Moines
schools cut 38 bus routes); a wire story on a web portal with a machine summary, a native ad and
partner disclaimers (Madrid bus drivers call a four-day strike over pay); a construction trade
magazine with an event ad, a whitepaper download and a webinar ad (a £48.6m Milton Keynes school
contract); a Nepali English-language daily with "Related reading" inserts, tags and a print-edition
note (Melamchi water cut for 50 days from May 1); a Kansas nonprofit newsroom with a donation ask,
a republish button and licence, a funder credit and a tax note (a Liberal hospital stops
delivering babies on June 30); a football site with a live score strip, an odds box and a
responsible-gambling notice (a National League North club sacks its manager after a 4-1 home
defeat); a science news site with a study card, a study reference and a "Cite this article" box
(school streets in Leeds cut nitrogen dioxide at the gates by 19%); an Australian city council
newsroom with a share strip, a "Have your say" box, a feedback widget, a media contact block and
an acknowledgement of Traditional Custodians (Ballarat's draft budget, a 2.75 per cent rate rise);
and a Halifax newsletter's web view with a view-in-browser line, a sponsor credit and sponsor
block, an "ALSO TODAY" list and a forward, reply and unsubscribe footer (snow clearing $4.8
million over budget after 14 storms).

What is hard is where the page stops being the story. Furniture that reads like a sentence of
record, with figures, dates, places and even a question: a paywall meter ("You've used 4 of your
5 free stories for January."), a price pitch, a most-read list whose headlines carry figures
("Brewers add a veteran left-hander on a two-year, $14 million deal"), link-outs that read like
news ("Elm Hill traders want the cobbles fixed before the summer crowds arrive", "READ MORE: Does
your house have a lead pipe? Here's how to check in five minutes", "Related: What happens when a
rural hospital stops delivering babies? Three Kansas towns found out."), a newsletter box ("Our
free morning briefing lands at 7am every weekday."), an app prompt, a weather forecast box
("Freezing drizzle could glaze untreated roads before sunrise Wednesday; ..."), a portal's machine
summary that restates the lead, a native ad, an event ad ("11–12 June · Birmingham." / "Book
before 31 March and save £120 on a delegate pass."), a whitepaper title, a donation ask with a
figure about the newsroom itself ("Readers paid for 61% of our newsroom last year."), an odds box
and gambling notice, a study card's metadata rows, a feedback widget, a media contact block, a
sponsor's founding year ("Seawall members have been saving together since 1957.") and a loan rate
("7.9% APR"), reporter bios with years and towns, a funder credit, a republishing licence, a
"501(c)(3)" note, a print-edition note naming page and print headline, an acknowledgement of
Traditional Custodians, publisher and copyright lines. Against them, story sentences that look
like furniture: reader guidance with a phone number or hotline in the body ("Residents can look up
their address ... or call 414-555-0142 ...", "Residents can call their ward office on the hotline
1180 ..."), a consultation deadline in the body beside a "Have your say" box ("Submissions close at
5pm on Friday 22 May."), captions and video and audio descriptions (flagged by content) beside
their credits and running times, a study card's rows that restate the sample and the result
("Who: 2,184 pupils ...", "Main result: 19% less NO2 ..."), league-table rows, the "ALSO TODAY"
items of record, and a newsletter writer's greeting and weather aside. Glued labels and odd joins
as a paste gives them ("Ruairi ThurlbeckCity Hall Reporter", "06:00, 12 Feb 2026Updated 08:41, 12
Feb 2026", "Your email addressCount me in", "Published: Feb. 3, 2026 at 5:48 PM CST|Updated: 6
hours ago"), and splits inside furniture: "a.m. CT Jan. 19," and "company no. 08811234." inside one
sentence, "Ltd." and "Co." before "All rights reserved.", "1800 Argyle St., Suite 400, Halifax,
NS", a study reference with "et al." and "J Urban Expo Sci. 2026;9(2):114-127." and an APA citation
with its own full stops, all one sentence each. In the story: titles dropped from speakers ("Ald.",
"Cllr", "Mayor Cr", "Cr", "Coun.", "Rep.", "Er.", "Dr", "Prof", "Ms", "Superintendent", "Chief
executive", "Managing director", "Lead author", roles after and before names), surname and
pronoun cues resolved, "according to" with figures, data, records, reports, a trading update,
figures in a paper and RCMP; "the figures show", "the study found", "The agency estimates", "the
district announced", "has confirmed", "told council", "told reporters", "told the club's media
channel", "said in a statement on the club's website", "said in a radio interview", "urged",
"called"; bodies kept as written ("the utility", "The council", "the council", "The district",
"the district", "the hospital", "the club", "The union", "the drivers' union", "The report",
"The researchers", "the association"), "It said" resolving to the body first given (Norfolk County
Council, EMT), "KUKL urged" resolving to Kathmandu Upatyaka Khanepani Limited; quotes running over
two to four sentences with the closing mark on the last, fragments ("“Every Sunday.", "“They're
good kids."), questions in quotes with and without attribution ("... till June?” he asked."),
"did not respond to a request for comment" and "did not respond to a message".

The pages hold 520 sentences: 279 "B", 147 "W" and 94 ""; 163 sentences carry a speaker (77
distinct speakers). `STYLES` describes each page, its story and its furniture head to tail with
labels; `CASES` holds 30 split cases cut from the pages (paywall, newsletter, app, donation,
betting, comment and sponsor blocks split at their full stops and question marks; a date line, a
company-number line, a related headline with a question, a study reference, a citation and a
postal address left whole; "Ald.", "Er.", "Rs.", "p.m. Tuesday.", "Jan. 28.", "5pm on Friday 22
May." and "501(c)(3)"; quotes split into short sentences and a question quote with "he asked").

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff]` tables of `pyproject.toml`; and, through `ast` only, the
docstrings and the entry counts of `STYLES`, `ARTICLES` and `CASES` of `labelled_new139.py` and
`labelled_new140.py`, and of the latter the first page's `STYLES` entry, its first sixteen
sentences, the first two cases and the page and sentence counts. Coined names were checked for
freshness with file counts of `grep -rlF` over `tests/text` (counts only, no text read); the ones
that hit (two outlets, a wire-service name, twenty surnames, six clubs, two firms and a fund) were
renamed before the pages were written out, and every coined surname and site name was then checked
to appear on one page of this file only.

Every person, outlet, portal, wire service, firm, club, trust, fund, institute, journal, study,
sponsor, brand and figure is invented. Real countries, regions, cities, towns, suburbs, roads,
highways, rivers, agencies, councils, police forces, utilities and schools appear only as settings,
with invented statements and figures: Milwaukee, Wauwatosa, Sherman Park, North 38th Street,
Milwaukee Water Works, the Common Council and the Milwaukee Health Department; Norwich, Postwick,
Thickthorn, Taverham, Lakenham, Elm Hill, King's Lynn and Norfolk County Council; Nelson, Blenheim,
the Whangamoa Saddle, Rai Valley, Murchison, Motueka, State Highway 6, NZ Transport Agency Waka
Kotahi, Nelson City Council and Marlborough District Council; Des Moines, Ankeny, Urbandale, I-235,
Des Moines Public Schools and Moulton Elementary; Madrid, Galicia and EMT; Milton Keynes, Corby,
Birmingham and Milton Keynes City Council; Kathmandu, Kalimati, Sundarijal, Lalitpur, Bhaktapur,
the Melamchi project, Kathmandu Upatyaka Khanepani Limited and Kathmandu Metropolitan City;
Liberal, Seward County, Garden City, Hugoton, Topeka, Highway 83 and the Kansas Department of
Health and Environment; National League North; Leeds and Leeds City Council; Ballarat, Delacombe,
Bakery Hill and the City of Ballarat; Halifax, Dartmouth, Bedford, the Bicentennial Highway,
Argyle Street, Halifax Regional Municipality, Halifax Transit and the RCMP. Telephone numbers use
the 555 ranges or are invented.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, widget, box line, list item, caption, credit, link,
note and legal line is a paragraph of its own); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line whatever it says and
never carries a speaker; headlines and standfirsts are never "B" and never split, flagged by
content (a standfirst's "says" or "say" carries its source as the story first gives it); a
dateline belongs to its lead sentence; a person is named in full as first given without titles
or roles; "according to X" gives X as written; generic nouns for bodies are kept as written.

Conventions this set had to settle, in the same spirit:

* Mid-story furniture is "B" line by line even when it states a checkable fact or asks a
  question: paywall meters and price pitches, most-read lists (numbers and headlines), link-outs
  ("READ MORE:", "MORE FROM THE PATCH", "Earlier coverage", "RELATED COVERAGE", "Related
  reading:", "Related:", "MATCH REPORT:"), newsletter and app prompts, weather boxes and
  forecasts, ads and native ads, event ads, whitepaper blocks, donation asks (with a figure about
  the newsroom), odds boxes and gambling notices, "Have your say" boxes and sponsor blocks.
* A linked headline is one sentence even when it holds a question and a second sentence ("READ
  MORE: Does your house have a lead pipe? Here's how ...", "Related: What happens ...? Three
  Kansas towns found out."), like a headline; a prompt of two sentences in a furniture line is
  split ("Got a story?" / "Email ...", "What do you make of the changes?" / "Let us know ...").
* A portal's machine summary ("Quick read") is "B" with its disclaimer: it is the portal's, not the
  story's standfirst, though it restates the lead.
* A study card: its heading and metadata rows ("Journal:", "Published:", "Funded by:") are "B";
  rows that restate the sample, the measurement or the result ("Who:", "What was measured:",
  "Main result:") are "W", like an info box. A "Study details:" reference and an APA-style "Cite
  this article" entry are one "B" sentence each, not split at initials, "et al.", a title's full
  stop, the journal abbreviation or the site name.
* Audio and video players are treated like captions: the description "" (or "W" by content), the
  "AUDIO" label, "▶ 1:36", "5′02″", "Hear this story read aloud · 4 min 12 sec" and credits "B".
* Reader guidance in the story body is "" even with a phone number or a hotline, while the same
  kind of line in furniture (a reporter's contact line, a tip line, a media contact block) is "B";
  a consultation deadline and a meeting date in the body are "W" (fixed by the body that sets
  them), while the "Have your say" box beside them is "B".
* A newsletter's greeting and weather aside ("Good morning, Halifax." / "Bundle up: it's minus 14
  with the wind chill.") are "", the writer's voice; its view-in-browser line, issue line, sponsor
  credit and pitch, reply and forward prompts, publisher address, signup note and unsubscribe strip
  are "B"; each "ALSO TODAY" item is a paragraph flagged by content.
* A reporter bio, a funder credit, a republishing heading and licence, a nonprofit tax note, a
  print-edition note, tags, a share strip, a feedback widget and its prompt, a "Page last updated"
  line, a subscribe link and an acknowledgement of Traditional Custodians are "B".
* "X did not respond to a message" is labelled like "X did not respond to a request for comment":
  X as the speaker (a surname resolving to the full name), the phrase as the cue, "".
* "which says it represents ..." inside a sentence of record carries the body it refers to ("The
  union", cue "says", "W").
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States METRO DAILY website (Milwaukee), desktop browser paste with a METERED PAYWALL, a mid-story most-read list and a tail of subscribe asks: the city replaced 1,412 lead service lines in 2025 against a goal of 2,500. Head: masthead, utility menu with pipes, section menu, section label (all "B"); headline and subhead of record "W"; byline and outlet on two lines, a "Published ... a.m. CT Jan. 19, 2026 | Updated ..." line (one sentence, "B"); a scene caption "" and its credit "B". Body: "according to figures the utility released Friday" and "the figures show" "W"; the superintendent "said" with a first-person figure "W" and a feeling ""; MID-STORY a meter line "You\'ve used 4 of your 5 free stories" and a two-sentence price pitch (all "B"); a federal rule "W"; "the utility said" kept as written; a "What Milwaukee is reading" list with numbers on their own lines and headlines that read like news (all "B"); an alderman ("Ald." dropped) whose opinion is "" and whose figure quote is "W"; health department data "W"; a resident\'s record "W" and a question quote ""; "Advertisement" "B"; a contractor that "did not respond to a request for comment" ""; a plan ""; a committee date "Jan. 28." ending a sentence before "Ostrowiak is expected to testify." (""); a "READ MORE:" link whose headline holds a question (one "B" sentence); reader guidance with a phone number "". Tail: reporter line, contact line with phone number, subscribe ask, topics, copyright split before "All rights reserved." (all "B").',
    'English REGIONAL NEWS SITE (Norwich), mobile-width browser paste with glued labels, comment counts, a newsletter box and a reporter bio: park and ride fares rise from £4.50 to £5.20 and Sunday buses stop at two of five sites. Head: masthead, menu, crumb ("B"); headline "W"; standfirst "Norfolk County Council says ..." "W" with the council as speaker; byline glued to its role ("Ruairi ThurlbeckCity Hall Reporter") and date glued to its update ("... 12 Feb 2026Updated 08:41 ..."), "Have your say · 87" ("B"); a caption stating which site loses its buses "W" and its picture credit "B". Body: "has confirmed" "W"; "The council said" kept as written, then "It said" resolving to Norfolk County Council; MID-STORY a newsletter box in three lines (two sentences about 7am and email sharing, an email field glued to its button) "B"; a cabinet member ("Cllr" dropped) whose opinion is "" and whose cost per passenger is "W"; a "MORE FROM THE PATCH" link whose headline reads like a story sentence "B"; an opposition leader\'s percentage "W", then opinion and a rhetorical question ""; a pensioner\'s record "W" and a quote with a fragment ("“Every Sunday." / "You tell me ...”") ""; "Article continues below" "B"; a consultation count "according to a report to the council\'s cabinet" "W"; the cabinet vote "W"; a trader\'s takings "W" and forecast ""; a council spokesperson\'s review plan "". Tail: a two-sentence comment invitation, a two-sentence reporter bio, a story-tip line, comment count and moderation note (all "B").',
    'New Zealand PUBLIC BROADCASTER website (Nelson Tasman), desktop browser paste with a read-aloud player, a video player, an audio player and linked earlier coverage: State Highway 6 reopens to one lane nine days after a slip at the Whangamoa Saddle. Head: broadcaster name, menu, regional crumb ("B"); headline "W"; byline with role, time-first date, "Hear this story read aloud · 4 min 12 sec", "Share this" ("B"); a video description "" with its running time "▶  1:36" and credit "B". Body: lead of record "W" with no speaker; NZ Transport Agency Waka Kotahi "said" "W"; a maintenance manager\'s figure "W", his conditional plan and plea ""; MID-STORY an "Earlier coverage" label and two linked headlines ("B"); "The agency estimates" (forecast, "") and opening hours "W"; an audio player: "AUDIO" "B", description "", running time "5′02″" "B"; a freight operator\'s detour "W" and a fragment quote ""; a café owner\'s takings and lay-offs "W" and a two-sentence quote ""; a photo caption "" with credit "B"; councils\' letter "W"; a minister\'s spokesperson with a plan "". Tail: "Filed under" topics, "More from Nelson Tasman" and two headlines, a two-sentence tip line, a two-sentence public-media statement, copyright (all "B").',
    'United States LOCAL TV STATION website (Des Moines), desktop browser paste with a WEATHER WIDGET, weather alerts, a live-stream prompt, an app prompt and a forecast box mid-story: Des Moines Public Schools cut 38 bus routes and shift start times at 22 elementary schools. Head: station name, temperature widget, alert banner, "WATCH LIVE" line, menu ("B"); headline "W"; byline and glued "Published: ... 5:48 PM CST|Updated: 6 hours ago" ("B"); a video thumbnail description "" and running time "B". Body: a "DES MOINES, Iowa (11 NOW) —" dateline lead with "the district announced" "W"; start times "W"; "according to transportation director Carla Ostendorf-Ruiz" (role dropped) "W" and "She said" "W"; a quote running over three sentences with the closing quote mark on the third ("We\'ve raised pay twice." "W" / "People just aren\'t walking through the door.”" ""); MID-STORY a two-sentence "GET THE 11 NOW APP" prompt ("B"); pay figures "W"; an "11 WEATHERWATCH" box whose forecast reads like a sentence of the story ("B") and a forecast link; a parent\'s record with "2:30 p.m. Tuesday." ending it "W", opinion "" and a question with "he asked" (one sentence, ""); "RELATED COVERAGE" and two headlines "B"; a union president\'s figure "W", "He called" "" and a surname quote ""; the district\'s letter plan "" and reader guidance with a phone number ""; copyright in two sentences "B". Tail: two-sentence tip line, error link, trending list, public-file strip (all "B").',
    'WIRE STORY on a web PORTAL (Madrid), desktop browser paste with the portal\'s chrome, an auto-generated summary with a disclaimer, a native ad mid-story and the portal\'s partner disclaimer: drivers at Madrid\'s municipal bus company EMT call a four-day strike over pay. Head: portal name, menu, search box, wire\'s name, headline "W", "From Ribera Press Service · 2 hr ago", "Quick read", the machine summary (a sentence of record, still "B") and a two-sentence disclaimer (all "B" except the headline). Body: a "MADRID (Ribera) —" lead with "the drivers\' union said" "W"; "which says it represents" carrying "The union" "W" and the company\'s offer "EMT has offered 3.2%." "W"; a spokesman named after his quote "told reporters" "W", his second quote sentence "" and "Valcárcel said" "W"; MID-STORY an ad block ("Ad", ad headline, "Sponsored · ...", "Why am I seeing this?", "Article continues after this ad", all "B"); "EMT said in a statement" (opinion in quotes ""), "It said" resolving to EMT "W"; a deputy mayor named with her role in commas "W" and "she said in a radio interview" ""; company figures "W", two unattributed records "W"; a nurse\'s plan and quotes ""; the "(Reporting by ...; Editing by ...)" line "B". Tail: a two-sentence partner disclaimer, a two-sentence wire copyright, a helpfulness widget, "Up next" with two headlines carrying source and age, footer strip (all "B").',
    'English construction TRADE MAGAZINE website, desktop browser paste with a login prompt, an EVENT AD and a WHITEPAPER DOWNLOAD mid-story and a webinar ad at the tail: a contractor wins a £48.6m contract for a 1,200-place secondary school in Milton Keynes. Head: magazine name, menu, login prompt, section ("B"); headline and standfirst of record "W"; byline with role, date with reading time ("B"). Body: unattributed records "W" and "the council said" kept as written "W"; a managing director (role dropped) with a design figure "W", a comparison quote "W", an opinion "" and a plan ""; MID-STORY an event ad ("EVENT", event name, "11–12 June · Birmingham." ending at the place before "Book before 31 March ...", a booking link, all "B"); a councillor ("Cllr" dropped) with a percentage "W" and a forecast in quotes ""; contract terms "the council said" "W"; a whitepaper block ("FREE DOWNLOAD", its title, "24 pages · PDF · Sponsored by ...", "Get the guide") and "Advertisement" (all "B"); the order book "according to the company\'s trading update in January" "W", staff numbers "W"; a trade forum chair\'s record "W" and two opinion quotes "". Tail: a two-sentence editor bio, topics, a bulletin pitch and a separate "Sign up", a webinar ad in two lines, a publisher line with "company no. 08811234." (one sentence), copyright (all "B").',
    'Nepali ENGLISH-LANGUAGE DAILY website (Kathmandu), desktop browser paste with Gregorian and Bikram Sambat dates, "Related reading" inserts mid-story, tags and a PRINT-EDITION NOTE at the tail: Melamchi water to Kathmandu Valley cut for 50 days from May 1 for tunnel repairs. Head: masthead, double date line, utility menu, section menu, section ("B"); headline "W"; standfirst "KUKL says ..." "W" with the utility as speaker in full; byline and "Published at :" / "Updated at :" lines ("B"); a caption "" with a file-photo credit "B". Body: a "Kathmandu, April 14 —" dateline lead where "Kathmandu Upatyaka Khanepani Limited (KUKL) said" gives the name without the acronym "W"; a spokesperson (role dropped) in three "W" sentences, one with "she said" mid-sentence, and an apology ""; two "Related reading:" inserts, the second with "Rs 4,000" ("B"); a chief engineer with the Nepali title "Er." (dropped) "W", a forecast quote and a two-sentence quote ""; an unattributed record "W"; a tanker association chairman\'s price "W", a forecast "", "according to the association" "W"; a tea-shop owner\'s record "W" and quotes ""; the metropolitan city\'s "Rs. 18 million" "W"; "KUKL urged" resolving to the utility ""; reader guidance with a hotline "". Tail: a print-edition note naming page, date and print headline (one sentence), tags, author name and one-line bio, share strip, "Editor\'s Picks" and two headlines, copyright split (all "B").',
    'United States NONPROFIT NEWSROOM website (western Kansas), desktop browser paste with a donate button, a republish button, a DONATION ASK mid-story and FUNDER CREDIT, republishing licence and tax note at the tail: the only hospital in Seward County stops delivering babies on June 30. Head: name, tagline, "Donate", menu, section ("B"); headline "W"; a standfirst whose "say" carries "Nurses and mothers in Seward County" with a forecast ""; byline, date, republish button ("B"). Body: "the hospital said" kept as written "W"; "according to state birth records" "W"; distance "W"; a chief executive (role dropped) with losses and vacancies "W", then feelings in quotes ""; "A spokeswoman for the Kansas Department of Health and Environment" "W"; MID-STORY a donation ask ("Before you keep reading:", two sentences, the second a checkable figure about the newsroom\'s own budget, and a give line, all "B"); a nurse\'s record "W", a travel time "W", colour ""; "according to a January report from the Sunflower Rural Health Institute" "W"; a state representative ("Rep." dropped) with a plan and an opinion ""; a "Related:" headline holding a question and a second sentence (one "B" sentence); an expectant mother\'s record "W" and quotes with a rhetorical question ""; the chief executive\'s plans "". Tail: a two-sentence reporter bio, a two-sentence funder credit, a republishing heading and two-sentence licence, a two-sentence "501(c)(3)" note (all "B").',
    'English FOOTBALL SITE (non-league), desktop browser paste with a LIVE SCORE STRIP at the head, an ODDS BOX and responsible-gambling notice mid-story and a league-table extract at the tail: a National League North club sacks its manager after a 4-1 home defeat. Head: site name, a live score strip of three fixtures in one line, menu, crumb ("B"); headline and standfirst of record "W"; byline, date, share strip with comment count ("B"). Body: lead of record "W" with two more records; a chairman "said in a statement on the club\'s website" "W" and two quote sentences "" (the first with "Crapnell said"); appointment and form records "W"; MID-STORY an odds box ("ODDS BOX", the market, the prices with names and fractional odds) and a three-sentence notice ("Prices correct at 17:50 and may change." / "18+ only." / a deposit-limit line with a helpline number), all "B"; "the club said" "W"; the interim manager "told the club\'s media channel" "W" and quotes ""; a supporters\' trust chair "" / attendance figures "W" / opinion ""; "Morrow-Fitch did not respond to a message on Sunday." (the manager as speaker, ""); a "MATCH REPORT:" link "B"; a record "W". Tail: table title and column-header row "B", three table rows "", "Full table ›", a two-sentence betting-content notice, copyright split after "Ltd." (all "B").',
    'English-language SCIENCE NEWS SITE, desktop browser paste with a save/cite strip, a STUDY-AT-A-GLANCE CARD mid-story and a study reference and "CITE THIS" box at the tail: car-free school streets in Leeds cut nitrogen dioxide at school gates by 19%. Head: site name, menu, section ("B"); headline and standfirst of record "W"; byline, date, fact-checker line, "Listen · Save · Cite" ("B"). Body: "according to a study published on Tuesday in the Journal of Urban Exposure Science" "W" and three more records; the lead author ("Dr" dropped) with two "W" sentences and two quote sentences ""; MID-STORY the card: heading, "Journal:", "Published:" and "Funded by:" rows "B", while the "Who:", "What was measured:" and "Main result:" rows are "W"; "the study found" "W"; a comparison record "W"; "according to figures in the paper" "W"; an outside expert ("Prof" dropped) with an opinion "", a limitation "W" and a quote ""; Leeds City Council\'s count "W"; "The researchers said" with a plan "". Tail: a "Related:" link, the "Study details:" reference with authors, "et al.", title and "J Urban Expo Sci. 2026;9(2):114-127." (one sentence), a DOI line, "Cite this article" and an APA-style citation with its own full stops and URL (one sentence), "Explore further" and a headline, copyright split (all "B").',
    'Australian CITY COUNCIL NEWSROOM page (Ballarat), desktop browser paste with a skip link, search box, crumb trail, SHARE STRIP, a "Have your say" box mid-story, a FEEDBACK WIDGET, a MEDIA CONTACT BLOCK and an acknowledgement of Traditional Custodians: the draft budget proposes a 2.75 per cent rate rise and $61.3 million of capital works. Head: skip link, council name, menu, search box, crumb trail, "Media release" ("B"); headline "W"; "Published on 29 April 2026" and "Pass it on:" strip ("B"). Body (the council\'s own voice, no speaker): records "W"; the mayor ("Mayor Cr" dropped, "Cr Hollingworth-Ede said" resolving to him) with a figure "W" and quotes ""; four budget items "W"; MID-STORY a "Have your say" box (heading, invitation, survey link, all "B") beside body sentences "Submissions close at 5pm on Friday 22 May." and the adoption meeting date "W"; a director (role dropped) with a submissions count "W", a wish "" and "Ms Adeyemi-Walsh said" with hardship guidance ""; two councillors\' votes "W" and "Cr Falkiner said" with opinion ""; an image download link "B". Tail: "Did you find what you were looking for?", "Yes    No", a two-sentence comment prompt, media enquiries heading, team, phone, email, related news and a headline, last-updated line, a subscribe link and the acknowledgement (all "B").',
    'Canadian local NEWSLETTER in its WEB VIEW (Halifax), browser paste of the emailed edition with a view-in-browser line, a masthead with issue number, a sponsor line, a sponsor block mid-issue, an "ALSO TODAY" list and a forward/reply/unsubscribe footer: Halifax Regional Municipality\'s snow clearing runs $4.8 million over budget after 14 storms. Head: two-sentence view-in-browser line, newsletter name, date line with issue number and reading time ("B"); the writer\'s greeting and weather aside ("", the newsletter\'s own voice); a sponsor credit and a two-sentence sponsor pitch with a founding year ("B"); the item headline "W"; byline "B". Body: "according to a staff report to regional council" "W"; "The report said" kept as written with "Nov. 20," mid-sentence "W"; the budget "W"; a public works director (role dropped) who "told council" "W", two quote sentences "" and a salt figure "W"; a councillor ("Coun." dropped) with a complaint count "W" and a quote ""; another councillor\'s reserve figure "W" and his plan ""; the vote "W"; a staff-report link and a two-sentence reply prompt "B"; MID-ISSUE the sponsor block (a dash-framed label, a question and a rate pitch with "7.9% APR", "Conditions apply.", all "B"); "ALSO TODAY" "B" and four one-sentence items of record "W" (Halifax Transit "said", "according to RCMP"). Tail: two-sentence forward prompt, two-sentence reply note, a publisher address with "Co.", "St." and a postal code (one sentence), a signup note, the unsubscribe strip, copyright split after "Co." (all "B").',
]

ARTICLES = [
    # us-metro
    [
        [
            ("The Cream City Dispatch", "", "", "B"),
        ],
        [
            ("Today's Paper  |  Puzzles  |  Obituaries  |  Sign In", "", "", "B"),
        ],
        [
            (
                "News   Sports   Packers   Brewers   Bucks   Opinion   Things to Do   Obits",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL GOVERNMENT", "", "", "B"),
        ],
        [
            (
                "Milwaukee replaced 1,412 lead pipes last year, barely half its goal",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At that pace, the city would need more than four decades to finish a job a federal rule gives it about 10 years to do.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ivy Prendergast-Kahale", "", "", "B"),
        ],
        [
            ("Cream City Dispatch", "", "", "B"),
        ],
        [
            (
                "Published 5:30 a.m. CT Jan. 19, 2026 | Updated 11:14 a.m. CT Jan. 19, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A crew working for a city contractor lifts a length of old lead pipe out of a trench on North 38th Street.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ramon Tjalsma / Cream City Dispatch", "", "", "B"),
        ],
        [
            (
                "Milwaukee Water Works replaced 1,412 lead service lines in 2025, according to figures the utility released Friday, well short of the 2,500 it had promised the Common Council a year earlier.",
                "figures the utility released Friday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 61,800 homes and businesses are still connected to a water main by a lead pipe, the figures show.",
                "the figures",
                "show",
                "W",
            ),
            (
                "At last year's pace, replacing them all would take 44 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Superintendent Bernadette Szczepaniec said the shortfall came down to two things: a contractor that walked away from its contract in June, and a wet spring that kept crews out of the ground until late April.",
                "Bernadette Szczepaniec",
                "said",
                "W",
            ),
            (
                "“We lost about 10 weeks that we are never getting back,” she said.",
                "Bernadette Szczepaniec",
                "said",
                "W",
            ),
            (
                "“I'm not going to stand up here and tell you that's acceptable.”",
                "Bernadette Szczepaniec",
                "said",
                "",
            ),
        ],
        [
            ("You've used 4 of your 5 free stories for January.", "", "", "B"),
        ],
        [
            ("Read on without limits for 49¢ a week.", "", "", "B"),
            ("Stop whenever you like.", "", "", "B"),
        ],
        [
            (
                "Under a federal rule finalized in 2024, most water systems must replace every lead service line within 10 years of the rule taking effect in late 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The average cost of a replacement also climbed, to $14,300 per line last year from $11,900 in 2023, the utility said.",
                "the utility",
                "said",
                "W",
            ),
        ],
        [
            ("What Milwaukee is reading", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            (
                "Brewers add a veteran left-hander on a two-year, $14 million deal",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            (
                "Wauwatosa supper club closes after 61 years; owners blame the rent",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ald. DeShawn Rutledge-Amari, whose North Side district has more lead lines than any other, said the numbers only confirmed what residents had been telling him for a year.",
                "DeShawn Rutledge-Amari",
                "said",
                "",
            ),
            (
                "“In my district, about one in every 12 kids under 6 who got tested last year came back with a lead level we should be worried about,” Rutledge-Amari said.",
                "DeShawn Rutledge-Amari",
                "said",
                "W",
            ),
            ("“That's not a rounding error.”", "DeShawn Rutledge-Amari", "said", ""),
        ],
        [
            (
                "According to Milwaukee Health Department data, 4,093 children under 6 were tested citywide in 2025, and 7.2% had blood lead levels at or above 3.5 micrograms per deciliter.",
                "Milwaukee Health Department data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Yesenia Barajas-Tull, 41, has been on the replacement waiting list for her Sherman Park duplex since 2022.",
                "",
                "",
                "W",
            ),
            (
                "She said a letter from the utility last March told her crews would come “this construction season,” and that nobody did.",
                "Yesenia Barajas-Tull",
                "said",
                "W",
            ),
            (
                "“My kids brush their teeth with bottled water,” she said.",
                "Yesenia Barajas-Tull",
                "said",
                "",
            ),
            (
                "“Is that how it's supposed to work in 2026?”",
                "Yesenia Barajas-Tull",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Brightwater Trenchless LLC, the contractor that left the program in June, did not respond to a request for comment.",
                "Brightwater Trenchless LLC",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Szczepaniec said the utility has since signed contracts with two other firms, worth a combined $31 million.",
                "Bernadette Szczepaniec",
                "said",
                "W",
            ),
            (
                "She said she expects crews to replace about 2,200 lines this year, weather permitting.",
                "Bernadette Szczepaniec",
                "said",
                "",
            ),
        ],
        [
            (
                "The Common Council's Public Works Committee is scheduled to take up the report at 9 a.m. on Jan. 28.",
                "",
                "",
                "W",
            ),
            ("Szczepaniec is expected to testify.", "", "", ""),
        ],
        [
            (
                "READ MORE: Does your house have a lead pipe? Here's how to check in five minutes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Residents can look up their address on the utility's lead service line map or call 414-555-0142 to ask where they are on the list.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ivy Prendergast-Kahale covers City Hall and the city's utilities for the Dispatch.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Reach her at iprendergast@creamcitydispatch.com or 414-555-0187.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local reporting like this takes time and money.", "", "", "B"),
            ("Subscribe to keep it coming.", "", "", "B"),
        ],
        [
            (
                "Topics: Milwaukee Water Works · Lead pipes · Common Council · Sherman Park",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Cream City Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # uk-regional
    [
        [
            ("WENSUM GAZETTE", "", "", "B"),
        ],
        [
            (
                "News  Norwich City  What's On  Property  Jobs  Family Notices  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Norwich", "", "", "B"),
        ],
        [
            (
                "Park and ride fares to rise 70p as Sunday buses are axed at two sites",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Norfolk County Council says passenger numbers have fallen by 1.2 million since 2019",
                "Norfolk County Council",
                "says",
                "W",
            ),
        ],
        [
            ("Ruairi ThurlbeckCity Hall Reporter", "", "", "B"),
        ],
        [
            ("06:00, 12 Feb 2026Updated 08:41, 12 Feb 2026", "", "", "B"),
        ],
        [
            ("Have your say · 87", "", "", "B"),
        ],
        [
            (
                "The Postwick park and ride site, one of two that will lose their Sunday buses",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Picture: Dominic Harrow-Spence / Wensum Gazette", "", "", "B"),
        ],
        [
            (
                "Park and ride fares in Norwich will rise from £4.50 to £5.20 for an adult day return from 6 April, Norfolk County Council has confirmed.",
                "Norfolk County Council",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Buses will also stop running on Sundays from the Postwick and Thickthorn sites, although the other three sites will keep a Sunday timetable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council said 1.7 million journeys were made on the service last year, down from 2.9 million in 2019.",
                "The council",
                "said",
                "W",
            ),
            (
                "It said the service now needs a subsidy of £1.1m a year.",
                "Norfolk County Council",
                "said",
                "W",
            ),
        ],
        [
            ("Norwich news before the kettle's boiled", "", "", "B"),
        ],
        [
            ("Our free morning briefing lands at 7am every weekday.", "", "", "B"),
            ("We won't pass your email on to anyone.", "", "", "B"),
        ],
        [
            ("Your email addressCount me in", "", "", "B"),
        ],
        [
            (
                "Cllr Marcus Brundish, the cabinet member for highways, said the changes were “the least painful option on the table”.",
                "Marcus Brundish",
                "said",
                "",
            ),
            (
                "“Nobody round the cabinet table wanted to do this,” he said.",
                "Marcus Brundish",
                "said",
                "",
            ),
            (
                "“But we can't keep running near-empty buses on a Sunday morning at a cost of about £9 for every passenger who gets on.”",
                "Marcus Brundish",
                "said",
                "W",
            ),
        ],
        [
            ("MORE FROM THE PATCH", "", "", "B"),
        ],
        [
            (
                "Elm Hill traders want the cobbles fixed before the summer crowds arrive",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Liberal Democrat group leader Cllr Priya Lakhani-Foulkes said the rise worked out at 15.6%, roughly four times the current rate of inflation.",
                "Priya Lakhani-Foulkes",
                "said",
                "W",
            ),
            (
                "“Those who can least afford it are being asked to pay the most,” she said.",
                "Priya Lakhani-Foulkes",
                "said",
                "",
            ),
            (
                "“Where on earth is the plan to win passengers back?”",
                "Priya Lakhani-Foulkes",
                "said",
                "",
            ),
        ],
        [
            (
                "Maureen Pegrum, 72, from Taverham, said she had taken the Sunday bus from Thickthorn every week since 2014 to visit her sister in Lakenham.",
                "Maureen Pegrum",
                "said",
                "W",
            ),
            (
                "“I don't drive, so now it's a taxi, and that's £18 each way,” she said.",
                "Maureen Pegrum",
                "said",
                "",
            ),
            ("“Every Sunday.", "Maureen Pegrum", "said", ""),
            ("You tell me how that adds up.”", "Maureen Pegrum", "said", ""),
        ],
        [
            ("Article continues below", "", "", "B"),
        ],
        [
            (
                "A public consultation on the changes drew 1,246 responses, 81% of them against, according to a report to the council's cabinet.",
                "a report to the council's cabinet",
                "according to",
                "W",
            ),
            (
                "The cabinet approved the changes by six votes to two on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jonty Gedge-Farrow, who runs a gift shop on Elm Hill, said his Sunday takings were already down by a fifth on last year.",
                "Jonty Gedge-Farrow",
                "said",
                "W",
            ),
            (
                "“Take the buses away and a few of us won't bother opening on a Sunday at all,” he said.",
                "Jonty Gedge-Farrow",
                "said",
                "",
            ),
        ],
        [
            (
                "A Norfolk County Council spokesperson said the Sunday timetable would be looked at again in October.",
                "A Norfolk County Council spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("What do you make of the changes?", "", "", "B"),
            ("Let us know in the comments below.", "", "", "B"),
        ],
        [
            (
                "Ruairi Thurlbeck joined the Wensum Gazette in 2021 and covers City Hall, County Hall and transport across Norwich.",
                "",
                "",
                "B",
            ),
            ("He previously reported for a weekly paper in King's Lynn.", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            (
                "Email ruairi.thurlbeck@wensumgazette.co.uk or message the newsdesk on WhatsApp.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("87 comments   Sort by: Newest", "", "", "B"),
        ],
        [
            ("Comments are moderated in line with our house rules.", "", "", "B"),
        ],
    ],
    # nz-public
    [
        [
            ("Pānui Aotearoa", "", "", "B"),
        ],
        [
            (
                "Home   News   Te Ao Māori   Pacific   Business   Country   Sport   Listen   Watch",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional › Nelson Tasman", "", "", "B"),
        ],
        [
            (
                "SH6 reopens to one lane after nine-day closure at Whangamoa Saddle",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kirimaera Tauroa-Speight, Nelson reporter", "", "", "B"),
        ],
        [
            ("3:55 pm on 24 March 2026", "", "", "B"),
        ],
        [
            ("Hear this story read aloud · 4 min 12 sec", "", "", "B"),
        ],
        [
            ("Share this", "", "", "B"),
        ],
        [
            (
                "Contractors use a long-reach excavator to pull debris off the slip face on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("▶  1:36", "", "", "B"),
        ],
        [
            ("Video: NZ Transport Agency Waka Kotahi", "", "", "B"),
        ],
        [
            (
                "State Highway 6 between Nelson and Blenheim has reopened to a single lane under stop-go traffic management, nine days after a slip buried the road at the Whangamoa Saddle.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NZ Transport Agency Waka Kotahi said about 14,000 cubic metres of rock and soil came down on 15 March, after 212mm of rain fell in 36 hours.",
                "NZ Transport Agency Waka Kotahi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Regional maintenance manager Hemi Tawhai-Brodie said the hillside above the road was still moving by up to 40mm a day.",
                "Hemi Tawhai-Brodie",
                "said",
                "W",
            ),
            (
                "“We've got sensors on it and a drone up every morning, and if it speeds up, the road shuts again straight away,” he said.",
                "Hemi Tawhai-Brodie",
                "said",
                "",
            ),
            (
                "“I'd just ask people to be patient with the crews.”",
                "Hemi Tawhai-Brodie",
                "said",
                "",
            ),
        ],
        [
            ("Earlier coverage", "", "", "B"),
        ],
        [
            (
                "Slip shuts SH6 at Whangamoa as downpours lash top of the south",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rai Valley cafés and truckies count the cost of the closure",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The agency estimates repairs will cost $4.6 million and take until at least August.",
                "The agency",
                "estimates",
                "",
            ),
            (
                "Until then the road will be open from 6am to 8pm only, with crews working overnight behind barriers.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("AUDIO", "", "", "B"),
        ],
        [
            (
                "Hemi Tawhai-Brodie explains why the hillside above the road is still creeping.",
                "",
                "",
                "",
            ),
        ],
        [
            ("5′02″", "", "", "B"),
        ],
        [
            (
                "Freight operator Ngaire Prebble-Laing said her company's trucks had been detouring inland through Murchison, adding about three and a half hours to every trip.",
                "Ngaire Prebble-Laing",
                "said",
                "W",
            ),
            (
                "“Three and a half hours, twice a day, for nine days,” she said.",
                "Ngaire Prebble-Laing",
                "said",
                "",
            ),
            ("“You do the maths on the diesel.”", "Ngaire Prebble-Laing", "said", ""),
        ],
        [
            (
                "In Rai Valley, café owner Stefan Grobbelaar said takings had dropped by about 70 percent since the closure.",
                "Stefan Grobbelaar",
                "said",
                "W",
            ),
            (
                "He said he had let two casual staff go last week.",
                "Stefan Grobbelaar",
                "said",
                "W",
            ),
            ("“They're good kids.", "Stefan Grobbelaar", "said", ""),
            (
                "I'll have them back the day the traffic is.”",
                "Stefan Grobbelaar",
                "said",
                "",
            ),
        ],
        [
            ("A digger works below the slip face at the Whangamoa Saddle.", "", "", ""),
        ],
        [
            ("Photo: Pānui Aotearoa / Kirimaera Tauroa-Speight", "", "", "B"),
        ],
        [
            (
                "Nelson City Council and Marlborough District Council wrote to the Government last week asking for a permanent fix, including a possible realignment of the road.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for the Transport Minister said officials were working through the request and would advise the minister “in due course”.",
                "A spokesperson for the Transport Minister",
                "said",
                "",
            ),
        ],
        [
            (
                "Filed under: Nelson Tasman, Marlborough, Transport, Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from Nelson Tasman", "", "", "B"),
        ],
        [
            ("Motueka apple growers brace for a short picking season", "", "", "B"),
        ],
        [
            (
                "Tasman council pauses its review of the Waimea water charge",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a story for us?", "", "", "B"),
            ("Send it to tips@panui.co.nz", "", "", "B"),
        ],
        [
            ("Pānui Aotearoa is a public media organisation.", "", "", "B"),
            (
                "We are independent of government and free for everyone to read.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © Pānui Aotearoa 2026", "", "", "B"),
        ],
    ],
    # us-local-tv
    [
        [
            ("11 NOW CENTRAL IOWA", "", "", "B"),
        ],
        [
            ("DES MOINES  34°  Cloudy  ·  H 38° L 27°", "", "", "B"),
        ],
        [
            (
                "⚠ 2 weather alerts in effect for central Iowa — tap for details",
                "",
                "",
                "B",
            ),
        ],
        [
            ("WATCH LIVE: 11 Now at 5", "", "", "B"),
        ],
        [
            (
                "News  Weather  Traffic  11 Investigates  Sports  Contests  Community Calendar",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Des Moines schools cut 38 bus routes, push back start times at 22 elementaries",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Brenna Calloway-Shute", "", "", "B"),
        ],
        [
            (
                "Published: Feb. 3, 2026 at 5:48 PM CST|Updated: 6 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Parents wait for a school bus on a corner near Moulton Elementary on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("▶ 2:14", "", "", "B"),
        ],
        [
            (
                "DES MOINES, Iowa (11 NOW) — Des Moines Public Schools will cut 38 bus routes starting Feb. 16 because it does not have enough drivers, the district announced Tuesday.",
                "the district",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Start times at 22 elementary schools will move 15 minutes later so the remaining buses can run two routes each morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The district has 147 bus drivers, according to transportation director Carla Ostendorf-Ruiz.",
                "Carla Ostendorf-Ruiz",
                "according to",
                "W",
            ),
            (
                "She said it needs 190 to cover every route without doubling up.",
                "Carla Ostendorf-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've had a hiring banner on the bus barn since August,” Ostendorf-Ruiz said.",
                "Carla Ostendorf-Ruiz",
                "said",
                "W",
            ),
            ("“We've raised pay twice.", "Carla Ostendorf-Ruiz", "said", "W"),
            (
                "People just aren't walking through the door.”",
                "Carla Ostendorf-Ruiz",
                "said",
                "",
            ),
        ],
        [
            (
                "GET THE 11 NOW APP: School closing and delay alerts the minute they're posted.",
                "",
                "",
                "B",
            ),
            ("Search “11 Now Iowa” in the App Store or Google Play.", "", "", "B"),
        ],
        [
            (
                "The district said starting pay for drivers rose to $23.40 an hour in January, up from $19.75 last school year.",
                "The district",
                "said",
                "W",
            ),
        ],
        [
            ("11 WEATHERWATCH", "", "", "B"),
        ],
        [
            (
                "Freezing drizzle could glaze untreated roads before sunrise Wednesday; give yourself extra time for the morning drive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Full 10-day forecast ›", "", "", "B"),
        ],
        [
            (
                "Tavion Meeks, whose two children attend Moulton Elementary, said he found out about the change from an automated phone call at 2:30 p.m. Tuesday.",
                "Tavion Meeks",
                "said",
                "W",
            ),
            (
                "“Two weeks' notice isn't enough for parents who work,” he said.",
                "Tavion Meeks",
                "said",
                "",
            ),
            (
                "“What am I supposed to tell my boss, that I'll be late every day till June?” he asked.",
                "Tavion Meeks",
                "asked",
                "",
            ),
        ],
        [
            ("RELATED COVERAGE", "", "", "B"),
        ],
        [
            (
                "School bus driver shortage hits rural districts hardest, state survey finds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ankeny tries a $1,500 signing bonus to lure bus drivers", "", "", "B"),
        ],
        [
            (
                "Lyle Bergquist, president of the union local that represents the district's drivers, said 11 drivers had quit since October, most of them for jobs with private charter companies.",
                "Lyle Bergquist",
                "said",
                "W",
            ),
            (
                "He called the shortage “years in the making.”",
                "Lyle Bergquist",
                "called",
                "",
            ),
            (
                "“You can't fix it in one semester,” Bergquist said.",
                "Lyle Bergquist",
                "said",
                "",
            ),
        ],
        [
            (
                "The district said families whose bus stop changes will get a letter in the mail by Feb. 9.",
                "The district",
                "said",
                "",
            ),
            (
                "Parents can look up their child's new pickup time in the district's transportation portal or by calling 515-555-0163.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Copyright 2026 11 Now Central Iowa.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email newsdesk@11nowiowa.com or call 515-555-0100.", "", "", "B"),
        ],
        [
            ("Report an error in this story", "", "", "B"),
        ],
        [
            ("TRENDING ON 11 NOW", "", "", "B"),
        ],
        [
            (
                "Urbandale man wins $250,000 on a scratch ticket bought at a gas station",
                "",
                "",
                "B",
            ),
        ],
        [
            ("I-235 lane closures set for downtown bridge repairs", "", "", "B"),
        ],
        [
            (
                "Public Inspection File · EEO Report · Closed Captioning Contact · FCC Applications · Privacy",
                "",
                "",
                "B",
            ),
        ],
    ],
    # wire-portal
    [
        [
            ("homeport", "", "", "B"),
        ],
        [
            ("Mail   News   Finance   Sport   Weather   Games   Shopping", "", "", "B"),
        ],
        [
            ("Search the web", "", "", "B"),
        ],
        [
            ("Ribera Press Service", "", "", "B"),
        ],
        [
            ("Madrid bus drivers call four-day strike over pay", "", "", "W"),
        ],
        [
            ("From Ribera Press Service · 2 hr ago", "", "", "B"),
        ],
        [
            ("Quick read", "", "", "B"),
        ],
        [
            (
                "Drivers at Madrid's city-owned bus company EMT will strike on four days in March after pay talks broke down.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Summaries are generated automatically and may contain mistakes.",
                "",
                "",
                "B",
            ),
            ("Check the full story below.", "", "", "B"),
        ],
        [
            (
                "MADRID (Ribera) — Drivers at Madrid's municipal bus company EMT will strike on March 9, 10, 16 and 17 after talks over a new pay deal collapsed, the drivers' union said on Wednesday.",
                "the drivers' union",
                "said",
                "W",
            ),
        ],
        [
            (
                "The union, which says it represents about 4,300 of the company's 7,400 drivers, is seeking a 6.5% raise over two years.",
                "The union",
                "says",
                "W",
            ),
            ("EMT has offered 3.2%.", "", "", "W"),
        ],
        [
            (
                "“We have been at the table since October, and the offer has not moved by a single euro,” union spokesman Íñigo Valcárcel told reporters outside the company's headquarters.",
                "Íñigo Valcárcel",
                "told reporters",
                "W",
            ),
            (
                "“The drivers are exhausted, and so are the passengers, who deserve a bus that turns up.”",
                "Íñigo Valcárcel",
                "told reporters",
                "",
            ),
            (
                "Valcárcel said drivers had not had a raise above inflation since 2021.",
                "Íñigo Valcárcel",
                "said",
                "W",
            ),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            (
                "Spain's over-55s are quietly moving their savings into this account",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sponsored · Ahorrolux", "", "", "B"),
        ],
        [
            ("Why am I seeing this?", "", "", "B"),
        ],
        [
            ("Article continues after this ad", "", "", "B"),
        ],
        [
            (
                "EMT said in a statement that its offer was “fair and responsible” given the city's budget.",
                "EMT",
                "said in a statement",
                "",
            ),
            (
                "It said the regional government had set minimum services at 50% during the morning and evening peaks and 30% at other times.",
                "EMT",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madrid's deputy mayor for mobility, Begoña Larrínaga Soto, said the city had set aside 28 million euros to fund a new agreement.",
                "Begoña Larrínaga Soto",
                "said",
                "W",
            ),
            (
                "“There is money on the table; what there isn't is a reason to leave passengers standing at the stop,” she said in a radio interview.",
                "Begoña Larrínaga Soto",
                "said in a radio interview",
                "",
            ),
        ],
        [
            (
                "The company's buses carried 437 million passengers in 2025, according to company figures.",
                "company figures",
                "according to",
                "W",
            ),
            ("The last strike at EMT, in 2019, lasted three days.", "", "", "W"),
            (
                "Madrid's Metro, which is run by a separate regional company, is not affected.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lucía Cebrián Ortuño, a 29-year-old nurse who takes two buses to reach her hospital in the north of the city, said she would ask colleagues for lifts.",
                "Lucía Cebrián Ortuño",
                "said",
                "",
            ),
            (
                "“On strike days I'm going to be late whatever I do,” she said.",
                "Lucía Cebrián Ortuño",
                "said",
                "",
            ),
            (
                "“The hospital doesn't close because the buses do.”",
                "Lucía Cebrián Ortuño",
                "said",
                "",
            ),
        ],
        [
            (
                "(Reporting by Marta Ocejo Lindqvist; Editing by Daniel Hemsworth-Kaye)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "homeport shows stories from partner publishers and does not write or edit them.",
                "",
                "",
                "B",
            ),
            (
                "Questions about this article should go to Ribera Press Service.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Text © 2026 Ribera Press Service.", "", "", "B"),
            ("Copying or redistribution without a licence is prohibited.", "", "", "B"),
        ],
        [
            ("Was this story helpful?  👍  👎", "", "", "B"),
        ],
        [
            ("Up next", "", "", "B"),
        ],
        [
            (
                "Storm brings 90 km/h gusts to the Galician coast · Ribera Press Service · 3 hr ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Portugal's jobless rate falls to 6.1% in fourth quarter · Iberia Daily · 5 hr ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Feedback · Privacy & cookies · Terms of use · Advertise · © 2026 homeport",
                "",
                "",
                "B",
            ),
        ],
    ],
    # trade-mag
    [
        [
            ("SITE & STRUCTURE", "", "", "B"),
        ],
        [
            (
                "News  Contracts  Offsite  Sustainability  Products  Events  Awards  Jobs  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Log in to save articles and set alerts", "", "", "B"),
        ],
        [
            ("Contract wins", "", "", "B"),
        ],
        [
            ("Hagglethorpe lands £48.6m Milton Keynes secondary school", "", "", "W"),
        ],
        [
            (
                "Offsite specialist's Corby factory will make nearly two-thirds of the 1,200-place building",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tamsin Holloway-Grieve, contracts editor", "", "", "B"),
        ],
        [
            ("4 March 2026  ·  3 min read", "", "", "B"),
        ],
        [
            (
                "Hagglethorpe Construction has won a £48.6m contract to design and build a 1,200-place secondary school in Milton Keynes.",
                "",
                "",
                "W",
            ),
            (
                "The firm was appointed by Milton Keynes City Council through a regional construction framework and will start on site in May, with the school due to open in September 2027.",
                "",
                "",
                "W",
            ),
            ("Planning permission was granted in January.", "", "", "W"),
            (
                "Hagglethorpe was one of four bidders on the shortlist, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Owen Castellanos-Pryce said the design called for 65% of the building, by value, to be made at the company's factory in Corby.",
                "Owen Castellanos-Pryce",
                "said",
                "W",
            ),
            (
                "“This is the biggest single order our factory has taken on,” he said.",
                "Owen Castellanos-Pryce",
                "said",
                "W",
            ),
            (
                "“It will be a proper test of whether offsite can hold its price on a school of this size.”",
                "Owen Castellanos-Pryce",
                "said",
                "",
            ),
            (
                "He said the factory would add a second shift from April to cope with the order.",
                "Owen Castellanos-Pryce",
                "said",
                "",
            ),
        ],
        [
            ("EVENT", "", "", "B"),
        ],
        [
            ("Offsite Futures Forum 2026", "", "", "B"),
        ],
        [
            ("11–12 June · Birmingham.", "", "", "B"),
            ("Book before 31 March and save £120 on a delegate pass.", "", "", "B"),
        ],
        [
            ("Reserve your place →", "", "", "B"),
        ],
        [
            (
                "Cllr Imogen Sadleir-Watts, the council's cabinet member for children and families, said applications for secondary places in the west of the city had risen 14% this year.",
                "Imogen Sadleir-Watts",
                "said",
                "W",
            ),
            (
                "She said the new school would “take the heat out” of admissions from 2027.",
                "Imogen Sadleir-Watts",
                "said",
                "",
            ),
        ],
        [
            (
                "The contract requires 40 apprenticeships over the build and commits 30% of supply chain spend to firms within 30 miles of the site, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("FREE DOWNLOAD", "", "", "B"),
        ],
        [
            (
                "Whole-life carbon on public sector schools: a bidder's guide to the 2025 output specification",
                "",
                "",
                "B",
            ),
        ],
        [
            ("24 pages · PDF · Sponsored by Quellmark Insulation Systems", "", "", "B"),
        ],
        [
            ("Get the guide", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Hagglethorpe's order book stood at £612m at the end of December, up from £540m a year earlier, according to the company's trading update in January.",
                "the company's trading update in January",
                "according to",
                "W",
            ),
            (
                "The company employs 830 people, 210 of them at the Corby factory.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tomasz Grabowiecki-Hale, who chairs the East Midlands Specialist Contractors Forum, said local firms had been shut out of two of the last three offsite school contracts in the region.",
                "Tomasz Grabowiecki-Hale",
                "said",
                "W",
            ),
            (
                "“The local spend clause is welcome, but we'll be watching the numbers,” he said.",
                "Tomasz Grabowiecki-Hale",
                "said",
                "",
            ),
            (
                "“A clause is only as good as the person checking it.”",
                "Tomasz Grabowiecki-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "Tamsin Holloway-Grieve is contracts editor at Site & Structure.",
                "",
                "",
                "B",
            ),
            ("She has reported on public sector construction since 2012.", "", "", "B"),
        ],
        [
            (
                "Topics: Education · Offsite · East Midlands · Contract wins",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tenders & Contracts bulletin: every Tuesday, free to members.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("WEBINAR · 18 March, 11:00 GMT", "", "", "B"),
        ],
        [
            (
                "Passing the new Part L audit: lessons from 30 school projects — register free",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Site & Structure is published by Girderline Media Ltd, registered in England and Wales, company no. 08811234.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Girderline Media Ltd 2026", "", "", "B"),
        ],
    ],
    # asia-daily
    [
        [
            ("The Bagmati Courier", "", "", "B"),
        ],
        [
            ("Wednesday, April 15, 2026 | Baisakh 2, 2083", "", "", "B"),
        ],
        [
            ("E-paper  |  Archive  |  Subscribe  |  Login", "", "", "B"),
        ],
        [
            (
                "National   Valley   Politics   Money   Sports   World   Opinion   Culture   Food",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Valley", "", "", "B"),
        ],
        [
            ("Melamchi taps to go dry for 50 days from May 1", "", "", "W"),
        ],
        [
            (
                "KUKL says local sources can supply only about 95 million litres a day while the tunnel is repaired",
                "Kathmandu Upatyaka Khanepani Limited",
                "says",
                "W",
            ),
        ],
        [
            ("Sunil Baniya Kharel", "", "", "B"),
        ],
        [
            ("Published at : April 15, 2026", "", "", "B"),
        ],
        [
            ("Updated at : April 15, 2026 07:50", "", "", "B"),
        ],
        [
            ("A worker checks a valve at the Sundarijal treatment plant.", "", "", ""),
        ],
        [
            ("Courier file photo", "", "", "B"),
        ],
        [
            (
                "Kathmandu, April 14 — Water from the Melamchi project will be cut off for 50 days from May 1 so that cracks in the headworks tunnel can be repaired, Kathmandu Upatyaka Khanepani Limited (KUKL) said on Tuesday.",
                "Kathmandu Upatyaka Khanepani Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "KUKL spokesperson Sarita Dangol-Pradhan said the Melamchi supply had been delivering about 170 million litres a day to the Valley since it resumed in November.",
                "Sarita Dangol-Pradhan",
                "said",
                "W",
            ),
            (
                "During the shutdown, she said, the utility would have to rely on groundwater and local sources that together yield about 95 million litres a day.",
                "Sarita Dangol-Pradhan",
                "said",
                "W",
            ),
            (
                "Demand in the Valley is estimated at 470 million litres a day, she said.",
                "Sarita Dangol-Pradhan",
                "said",
                "W",
            ),
            (
                "“We know this will be hard, and we apologise to consumers in advance,” she said.",
                "Sarita Dangol-Pradhan",
                "said",
                "",
            ),
        ],
        [
            (
                "Related reading: Valley's stone spouts run dry as groundwater drops",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Er. Bikash Man Tuladhar, the project's chief engineer, said inspectors had found 11 cracks along a 2.4-kilometre stretch of the tunnel in February.",
                "Bikash Man Tuladhar",
                "said",
                "W",
            ),
            (
                "“If we don't fix them now, we risk a bigger collapse during the monsoon,” he said.",
                "Bikash Man Tuladhar",
                "said",
                "",
            ),
            ("“Fifty days is the minimum.", "Bikash Man Tuladhar", "said", ""),
            ("It could be longer.”", "Bikash Man Tuladhar", "said", ""),
        ],
        [
            ("The tunnel was shut for 41 days in 2024 for similar work.", "", "", "W"),
        ],
        [
            (
                "Related reading: Tanker operators defy price cap, charge up to Rs 4,000 a trip",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hari Bahadur Thapa-Magar, chairman of the Valley Water Tanker Entrepreneurs' Association, said a 5,000-litre tanker currently cost Rs 2,500 in most wards of the metropolis.",
                "Hari Bahadur Thapa-Magar",
                "said",
                "W",
            ),
            (
                "He said prices were likely to rise during the shutdown but would not say by how much.",
                "Hari Bahadur Thapa-Magar",
                "said",
                "",
            ),
            (
                "About 1,300 registered tankers operate in the Valley, according to the association.",
                "the association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Laxmi Nakarmi Basnet, 56, who runs a tea shop in Kalimati, said she had bought two tankers a month during the last shutdown.",
                "Laxmi Nakarmi Basnet",
                "said",
                "W",
            ),
            (
                "“We were only just getting used to water from the tap again,” she said.",
                "Laxmi Nakarmi Basnet",
                "said",
                "",
            ),
            (
                "“Now it's back to the queue at the stone spout.”",
                "Laxmi Nakarmi Basnet",
                "said",
                "",
            ),
        ],
        [
            (
                "Kathmandu Metropolitan City said it had set aside Rs. 18 million to run free tankers to the wards worst hit.",
                "Kathmandu Metropolitan City",
                "said",
                "W",
            ),
            (
                "KUKL urged residents to store water in the last week of April.",
                "Kathmandu Upatyaka Khanepani Limited",
                "urged",
                "",
            ),
            (
                "Residents can call their ward office on the hotline 1180 to ask for a tanker.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This story appeared on page 2 of the April 15, 2026 print edition of The Bagmati Courier with the headline “Melamchi taps to run dry for 50 days”.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: #Melamchi #KUKL #Water shortage #Kathmandu Valley", "", "", "B"),
        ],
        [
            ("Sunil Baniya Kharel", "", "", "B"),
        ],
        [
            (
                "Baniya Kharel reports on urban infrastructure and municipal affairs for the Courier.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Facebook   X   WhatsApp   Copy link", "", "", "B"),
        ],
        [
            ("Editor's Picks", "", "", "B"),
        ],
        [
            (
                "Lalitpur to fine shops Rs 5,000 for plastic bags from mid-May",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bhaktapur brick kilns told to switch to zigzag firing by June",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Bagmati Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # us-nonprofit
    [
        [
            ("HIGH PLAINS CURRENT", "", "", "B"),
        ],
        [
            ("Nonprofit news for western Kansas", "", "", "B"),
        ],
        [
            ("Donate", "", "", "B"),
        ],
        [
            (
                "Health · Agriculture · Education · Politics · Water · About us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HEALTH CARE", "", "", "B"),
        ],
        [
            (
                "Liberal hospital to stop delivering babies June 30, leaving a 70-mile gap",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nurses and mothers in Seward County say the closure will put women in labor on the highway.",
                "Nurses and mothers in Seward County",
                "say",
                "",
            ),
        ],
        [
            ("by Wrenna Castellane-Dufort", "", "", "B"),
        ],
        [
            ("April 7, 2026", "", "", "B"),
        ],
        [
            ("Take this story — it's free to republish →", "", "", "B"),
        ],
        [
            (
                "Cimarron Plains Regional Hospital in Liberal will close its labor and delivery unit on June 30, the hospital said Monday, ending births at the only hospital in Seward County.",
                "the hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "The unit delivered 168 babies last year, down from 241 in 2019, according to state birth records.",
                "state birth records",
                "according to",
                "W",
            ),
            (
                "After June 30, the nearest hospital delivering babies will be in Garden City, about 70 miles north.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Delbert Strickfaden said the unit lost $2.1 million in 2025 and that the hospital had been unable to fill two of its three obstetric nursing positions for more than a year.",
                "Delbert Strickfaden",
                "said",
                "W",
            ),
            (
                "“We looked at every other option, and I mean every one,” Strickfaden said.",
                "Delbert Strickfaden",
                "said",
                "",
            ),
            (
                "“Nobody in this building wanted to make this call.”",
                "Delbert Strickfaden",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for the Kansas Department of Health and Environment said the agency was notified of the closure on April 3.",
                "A spokeswoman for the Kansas Department of Health and Environment",
                "said",
                "W",
            ),
        ],
        [
            ("Before you keep reading:", "", "", "B"),
        ],
        [
            (
                "No billionaire owns the Current, and no paywall stands between you and this story.",
                "",
                "",
                "B",
            ),
            ("Readers paid for 61% of our newsroom last year.", "", "", "B"),
        ],
        [
            ("Give $15 a month  ·  Give once", "", "", "B"),
        ],
        [
            (
                "Rosalía Ybarra-Quist, a labor and delivery nurse at the hospital for 17 years, said she had delivered two babies in the emergency bay in the past year because the mothers were too far along to transfer.",
                "Rosalía Ybarra-Quist",
                "said",
                "W",
            ),
            (
                "“Seventy miles is an hour and 10 minutes on a good day,” she said.",
                "Rosalía Ybarra-Quist",
                "said",
                "W",
            ),
            (
                "“In February, with ice on 83, it isn't a good day.”",
                "Rosalía Ybarra-Quist",
                "said",
                "",
            ),
        ],
        [
            (
                "Since 2015, 29 rural Kansas hospitals have stopped delivering babies, according to a January report from the Sunflower Rural Health Institute, a Topeka research group.",
                "a January report from the Sunflower Rural Health Institute",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rep. Curtis Ashenfelter, a Liberal Republican, said he would file a bill next session to raise Medicaid payments for births at rural hospitals.",
                "Curtis Ashenfelter",
                "said",
                "",
            ),
            (
                "“We can't keep asking small hospitals to lose money on every delivery,” he said.",
                "Curtis Ashenfelter",
                "said",
                "",
            ),
        ],
        [
            (
                "Related: What happens when a rural hospital stops delivering babies? Three Kansas towns found out.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jessenia Álvarez, who is due in August, said her doctor had told her to plan on driving to Garden City as soon as labor starts.",
                "Jessenia Álvarez",
                "said",
                "W",
            ),
            (
                "“It's my second baby, and they tell me the second one comes faster,” she said.",
                "Jessenia Álvarez",
                "said",
                "",
            ),
            (
                "“So what am I supposed to do, have it on the side of 83?”",
                "Jessenia Álvarez",
                "said",
                "",
            ),
        ],
        [
            (
                "Strickfaden said the hospital would keep offering prenatal appointments in Liberal and would look at paying for a staffed transfer van.",
                "Delbert Strickfaden",
                "said",
                "",
            ),
        ],
        [
            (
                "Wrenna Castellane-Dufort covers health care in western Kansas for the High Plains Current.",
                "",
                "",
                "B",
            ),
            ("She grew up in Hugoton.", "", "", "B"),
        ],
        [
            (
                "This reporting is supported in part by the Buffalo Grass Health Fund.",
                "",
                "",
                "B",
            ),
            ("Funders have no say in what we cover or how.", "", "", "B"),
        ],
        [
            ("Republishing this story", "", "", "B"),
        ],
        [
            (
                "You're welcome to run this article in print or online at no cost under a Creative Commons Attribution-NoDerivatives 4.0 license.",
                "",
                "",
                "B",
            ),
            (
                "Keep the byline, link back to highplainscurrent.org, and don't change the text beyond style edits.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The High Plains Current is a 501(c)(3) nonprofit newsroom.", "", "", "B"),
            ("Gifts are tax-deductible to the extent allowed by law.", "", "", "B"),
        ],
    ],
    # sports-site
    [
        [
            ("TOUCHLINE NATION", "", "", "B"),
        ],
        [
            (
                "LIVE  Felbridge Rovers 1–0 Wrangthorn United 63'  ·  FT Mosswood 2–2 Cowgill Albion  ·  19:00 Quayford v Linthorpe Vale",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Football  Cricket  Rugby League  Racing  Tips & Odds  Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Football › Non-League › National League North", "", "", "B"),
        ],
        [
            (
                "Ravensclough Town sack Declan Morrow-Fitch after 4-1 home defeat",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Three wins in 19 league games leave the Cloughs 21st in National League North",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Callum Thewlis-Baird", "", "", "B"),
        ],
        [
            ("Sun 8 Feb 2026 · 18:22", "", "", "B"),
        ],
        [
            ("Share  ·  Copy link  ·  12 comments", "", "", "B"),
        ],
        [
            (
                "Ravensclough Town have sacked manager Declan Morrow-Fitch after Saturday's 4-1 home defeat by Throstlebeck Athletic left them one point above the relegation places in National League North.",
                "",
                "",
                "W",
            ),
            ("It was their fifth home defeat in a row.", "", "", "W"),
            (
                "Throstlebeck's Jordan Oyebode-Marsh scored twice in the first 20 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chairman Neville Crapnell said in a statement on the club's website that the board had made the decision “with a heavy heart” on Sunday morning.",
                "Neville Crapnell",
                "said in a statement on the club's website",
                "W",
            ),
            (
                "“Declan has given everything to this club and nobody doubts his commitment,” Crapnell said.",
                "Neville Crapnell",
                "said",
                "",
            ),
            (
                "“But results have not been where they need to be, and we cannot afford to drift.”",
                "Neville Crapnell",
                "said",
                "",
            ),
        ],
        [
            (
                "Morrow-Fitch, 44, was appointed in May 2024 and led Ravensclough to an eighth-placed finish in his first season.",
                "",
                "",
                "W",
            ),
            (
                "They have won three of their last 19 league games and have conceded 47 goals this season, the second-highest total in the division.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ODDS BOX", "", "", "B"),
        ],
        [
            ("Next permanent Ravensclough Town manager", "", "", "B"),
        ],
        [
            (
                "Kwabena Asante-Rigby 6/4  ·  Lee Scarth-Bowden 5/1  ·  Sol Ingilby 7/1  ·  Any other 3/1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Prices correct at 17:50 and may change.", "", "", "B"),
            ("18+ only.", "", "", "B"),
            (
                "Set a deposit limit before you play, and if it stops being fun, stop: free, confidential help on 0808 555 0167.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Assistant manager Kwabena Asante-Rigby will take charge for Tuesday's trip to Brigsby Miners, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asante-Rigby told the club's media channel he had spoken to the players on Sunday afternoon.",
                "Kwabena Asante-Rigby",
                "told the club's media channel",
                "W",
            ),
            (
                "“We're in a fight now, and I need eleven lads who want to be in it,” he said.",
                "Kwabena Asante-Rigby",
                "said",
                "",
            ),
            ("“The table doesn't lie.”", "Kwabena Asante-Rigby", "said", ""),
        ],
        [
            (
                "Gemma Rushworth-Dale, who chairs the Ravensclough Town Supporters' Trust, said members were “sad but not surprised”.",
                "Gemma Rushworth-Dale",
                "said",
                "",
            ),
            (
                "She said average home attendance had fallen from 1,612 last season to 1,184 this term.",
                "Gemma Rushworth-Dale",
                "said",
                "W",
            ),
            (
                "“The board needs to tell us what the plan is, not just who's next,” she said.",
                "Gemma Rushworth-Dale",
                "said",
                "",
            ),
        ],
        [
            (
                "Morrow-Fitch did not respond to a message on Sunday.",
                "Declan Morrow-Fitch",
                "did not respond to a message",
                "",
            ),
        ],
        [
            ("MATCH REPORT: Ravensclough Town 1-4 Throstlebeck Athletic", "", "", "B"),
        ],
        [
            (
                "Ravensclough are the fourth club in the division to change manager this season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("National League North: bottom of the table", "", "", "B"),
        ],
        [
            ("Pos  Team  P  W  D  L  GD  Pts", "", "", "B"),
        ],
        [
            ("20  Rudgate  28  7  6  15  -14  27", "", "", ""),
        ],
        [
            ("21  Ravensclough Town  28  6  8  14  -19  26", "", "", ""),
        ],
        [
            ("22  Brigsby Miners  28  6  7  15  -22  25", "", "", ""),
        ],
        [
            ("Full table ›", "", "", "B"),
        ],
        [
            ("Betting content on Touchline Nation is for over-18s.", "", "", "B"),
            (
                "Odds are supplied by our partners, and we may earn a commission if you sign up.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Touchline Nation Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # science-news
    [
        [
            ("BRIGHT FIELD", "", "", "B"),
        ],
        [
            (
                "Health   Environment   Space   Physics   Life   Tech   Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Environment · Air quality", "", "", "B"),
        ],
        [
            (
                "Car-free ‘school streets’ cut nitrogen dioxide at the gates by a fifth",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers tracked the air outside 28 Leeds primary schools for a full school year",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Odile Marchetti-Haines", "", "", "B"),
        ],
        [
            ("March 11, 2026", "", "", "B"),
        ],
        [
            ("Fact-checked by Sunniva Eklund-Tarr, science editor", "", "", "B"),
        ],
        [
            ("Listen  ·  Save  ·  Cite", "", "", "B"),
        ],
        [
            (
                "Closing the roads outside primary schools to cars at drop-off and pick-up times cut nitrogen dioxide at the school gates by 19%, according to a study published on Tuesday in the Journal of Urban Exposure Science.",
                "a study published on Tuesday in the Journal of Urban Exposure Science",
                "according to",
                "W",
            ),
            (
                "Researchers at Pennine Metropolitan University compared 14 Leeds schools that introduced so-called school streets in 2024 with 14 similar schools that did not.",
                "",
                "",
                "W",
            ),
            (
                "Across the whole school day, the reduction was smaller, at 6%.",
                "",
                "",
                "W",
            ),
            (
                "The closures ran for 45 minutes at each end of the school day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Farah Iqbal-Soren said the biggest falls came in the 45 minutes before the morning bell, when children are walking in and traffic used to be heaviest.",
                "Farah Iqbal-Soren",
                "said",
                "W",
            ),
            (
                "She said the team had adjusted for weather, because wind speed alone can shift readings by as much as a third.",
                "Farah Iqbal-Soren",
                "said",
                "W",
            ),
            (
                "“The gate is where children spend a concentrated few minutes breathing the worst air of their day,” she said.",
                "Farah Iqbal-Soren",
                "said",
                "",
            ),
            (
                "“If you can clean up that one spot, you've done something that matters.”",
                "Farah Iqbal-Soren",
                "said",
                "",
            ),
        ],
        [
            ("STUDY AT A GLANCE", "", "", "B"),
        ],
        [
            ("Journal: Journal of Urban Exposure Science", "", "", "B"),
        ],
        [
            ("Published: 10 March 2026", "", "", "B"),
        ],
        [
            ("Who: 2,184 pupils aged 4 to 11 at 28 Leeds primary schools", "", "", "W"),
        ],
        [
            (
                "What was measured: nitrogen dioxide at the school gates every 15 minutes, September 2024 to July 2025",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Main result: 19% less NO2 at drop-off and pick-up; 6% less over the whole day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Funded by: Northern Air Trust", "", "", "B"),
        ],
        [
            (
                "The share of pupils walking or cycling to school at the school-street sites rose from 48% to 57% over the year, the study found.",
                "the study",
                "found",
                "W",
            ),
            ("At the comparison schools it stayed at 46%.", "", "", "W"),
        ],
        [
            (
                "Drivers who ignored the closures were fined £70, and the council issued 3,412 penalty notices in the first year, according to figures in the paper.",
                "figures in the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Prof Alasdair Kinnaird-Roe, an air pollution researcher at the Clydeside Institute of Technology who was not involved in the work, said the results were “solid but modest”.",
                "Alasdair Kinnaird-Roe",
                "said",
                "",
            ),
            (
                "He said the study had measured air only at the gates, so it could not show whether traffic had simply moved to neighbouring streets.",
                "Alasdair Kinnaird-Roe",
                "said",
                "W",
            ),
            (
                "“That's the next question, and it's a big one,” he said.",
                "Alasdair Kinnaird-Roe",
                "said",
                "",
            ),
        ],
        [
            (
                "Leeds City Council said it now runs school streets at 37 schools and plans to add 12 more by September.",
                "Leeds City Council",
                "said",
                "W",
            ),
            (
                "The researchers said they planned to follow the children's breathing health for three more years.",
                "The researchers",
                "said",
                "",
            ),
        ],
        [
            (
                "Related: Clean air zones and childhood asthma admissions — what a decade of data shows",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Study details: Iqbal-Soren F, Okafor-Lyle D, Sæbøvik H, et al. School street closures and nitrogen dioxide exposure at primary school gates: a controlled study in Leeds. J Urban Expo Sci. 2026;9(2):114-127.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("DOI: 10.5555/jues.2026.0114", "", "", "B"),
        ],
        [
            ("Cite this article", "", "", "B"),
        ],
        [
            (
                "Marchetti-Haines, O. (2026, March 11). Car-free ‘school streets’ cut nitrogen dioxide at the gates by a fifth. Bright Field. https://www.brightfieldnews.com/environment/school-streets-leeds-no2",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Explore further", "", "", "B"),
        ],
        [
            ("Bus lanes and cyclist injuries: London's 20-year record", "", "", "B"),
        ],
        [
            ("© 2026 Bright Field Science Media.", "", "", "B"),
            ("Reuse of text requires written permission.", "", "", "B"),
        ],
    ],
    # council-newsroom
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("City of Ballarat", "", "", "B"),
        ],
        [
            (
                "Residents   Business   Council   Events   Have your say   Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Search this site", "", "", "B"),
        ],
        [
            ("Home › Council › News and media › Media releases", "", "", "B"),
        ],
        [
            ("Media release", "", "", "B"),
        ],
        [
            (
                "Draft budget proposes 2.75 per cent rate rise and $61.3 million for capital works",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Published on 29 April 2026", "", "", "B"),
        ],
        [
            ("Pass it on:  Email  Facebook  LinkedIn  Print", "", "", "B"),
        ],
        [
            (
                "The City of Ballarat's draft 2026/27 budget proposes a 2.75 per cent increase in the average rate, in line with the cap set by the Victorian Government, and a $61.3 million capital works program.",
                "",
                "",
                "W",
            ),
            (
                "Councillors voted 7–2 at Wednesday night's council meeting to release the draft for public comment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Cr Des Hollingworth-Ede said the budget included $14.8 million for road renewal, the largest amount the city had ever set aside for its roads in a single year.",
                "Des Hollingworth-Ede",
                "said",
                "W",
            ),
            (
                "“Our community told us loud and clear that roads come first,” Cr Hollingworth-Ede said.",
                "Des Hollingworth-Ede",
                "said",
                "",
            ),
            ("“This budget listens.”", "Des Hollingworth-Ede", "said", ""),
        ],
        [
            (
                "Other major items include $6.2 million to finish the Delacombe sports pavilion and $3.9 million for footpaths and shared paths.",
                "",
                "",
                "W",
            ),
            (
                "The average residential rate bill would rise by $54, to $2,018.",
                "",
                "",
                "W",
            ),
            (
                "The budget also proposes increasing the kerbside waste charge for a standard household from $412 to $438 a year.",
                "",
                "",
                "W",
            ),
            (
                "Rates make up about 58 per cent of the city's income, with the rest coming from grants, fees and charges.",
                "",
                "",
                "W",
            ),
            (
                "The draft also includes $2.1 million for the city's share of the design of a new aquatic centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            (
                "Read the full draft budget and tell us what you think on our engagement site.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Go to the survey ›", "", "", "B"),
        ],
        [
            ("Submissions close at 5pm on Friday 22 May.", "", "", "W"),
            (
                "Council will consider all submissions before adopting the final budget at its meeting on 24 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Director of Corporate Services Kirsten Adeyemi-Walsh said the city received 612 submissions during early consultation in February, 41 per cent of them about roads.",
                "Kirsten Adeyemi-Walsh",
                "said",
                "W",
            ),
            (
                "“We especially want to hear from people who didn't get involved the first time around,” she said.",
                "Kirsten Adeyemi-Walsh",
                "said",
                "",
            ),
            (
                "Ms Adeyemi-Walsh said ratepayers experiencing hardship could apply to defer payments or join an instalment plan.",
                "Kirsten Adeyemi-Walsh",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Rhiannon Falkiner and Cr Bartholomew Adekanmbi-Frost voted against releasing the draft.",
                "",
                "",
                "W",
            ),
            (
                "Cr Falkiner said after the meeting that the rise was “too much, too soon” for families already under pressure.",
                "Rhiannon Falkiner",
                "said",
                "",
            ),
        ],
        [
            ("Download images (ZIP, 8.4 MB)", "", "", "B"),
        ],
        [
            ("Did you find what you were looking for?", "", "", "B"),
        ],
        [
            ("Yes    No", "", "", "B"),
        ],
        [
            ("Tell us more (optional).", "", "", "B"),
            ("Please don't include personal information.", "", "", "B"),
        ],
        [
            ("Media enquiries", "", "", "B"),
        ],
        [
            ("Communications and Engagement team", "", "", "B"),
        ],
        [
            ("Phone: (03) 5300 8841", "", "", "B"),
        ],
        [
            ("Email: mediaenquiries@ballaratcouncil.com.au", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Bakery Hill car park upgrade finished two weeks early", "", "", "B"),
        ],
        [
            ("Page last updated: 29 April 2026", "", "", "B"),
        ],
        [
            ("Subscribe to City of Ballarat news", "", "", "B"),
        ],
        [
            (
                "We pay our respects to the Wadawurrung and Dja Dja Wurrung peoples, Traditional Custodians of the lands and waters across our municipality, and to their Elders.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # newsletter
    [
        [
            ("Having trouble seeing this?", "", "", "B"),
            ("Open it in your browser.", "", "", "B"),
        ],
        [
            ("THE HARBOUR BRIEF", "", "", "B"),
        ],
        [
            ("Thursday, Jan. 22, 2026 · No. 418 · A 6-minute read", "", "", "B"),
        ],
        [
            ("Good morning, Halifax.", "", "", ""),
            ("Bundle up: it's minus 14 with the wind chill.", "", "", ""),
        ],
        [
            ("Today's Brief is made possible by Seawall Credit Union.", "", "", "B"),
        ],
        [
            ("Seawall members have been saving together since 1957.", "", "", "B"),
            ("Compare today's mortgage rates at seawallcu.ca/rates.", "", "", "B"),
        ],
        [
            ("Snow clearing $4.8M over budget after 14 storms", "", "", "W"),
        ],
        [
            ("By Oluwaseun Farquharson-Tate", "", "", "B"),
        ],
        [
            (
                "Halifax Regional Municipality has spent $4.8 million more than it budgeted on snow and ice clearing this winter, according to a staff report to regional council.",
                "a staff report to regional council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The report said crews had responded to 14 storms since Nov. 20, compared with an average of nine by this point in the season over the past five years.",
                "The report",
                "said",
                "W",
            ),
            (
                "Council budgeted $31.6 million for winter operations this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Public works director Ifeoma Chukwu-Larkin told council on Tuesday that overtime accounted for $2.9 million of the overrun and road salt for $1.3 million.",
                "Ifeoma Chukwu-Larkin",
                "told council",
                "W",
            ),
            (
                "“We don't get to choose how many storms show up,” she said.",
                "Ifeoma Chukwu-Larkin",
                "said",
                "",
            ),
            (
                "“We do get to choose whether the sidewalks are clear by the time kids walk to school, and I think we've mostly done that.”",
                "Ifeoma Chukwu-Larkin",
                "said",
                "",
            ),
            (
                "She said crews had spread 61,000 tonnes of salt so far, against 48,000 tonnes in the whole of last winter.",
                "Ifeoma Chukwu-Larkin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Marguerite Boudreau-Nash, who represents Dartmouth Centre, said her office had logged 212 complaints about uncleared sidewalks since December.",
                "Marguerite Boudreau-Nash",
                "said",
                "W",
            ),
            (
                "“Mostly done isn't done when you're in a wheelchair,” she said.",
                "Marguerite Boudreau-Nash",
                "said",
                "",
            ),
        ],
        [
            (
                "Coun. Trevor Mackinlay-Oduya said the operating reserve held $18.2 million before Tuesday's vote.",
                "Trevor Mackinlay-Oduya",
                "said",
                "W",
            ),
            (
                "He said council should put more aside for winter in next year's budget.",
                "Trevor Mackinlay-Oduya",
                "said",
                "",
            ),
            ("Council voted 13–3 to cover the overrun from that reserve.", "", "", "W"),
        ],
        [
            ("Read the staff report (PDF) ›", "", "", "B"),
        ],
        [
            ("Know something we should?", "", "", "B"),
            ("Hit reply.", "", "", "B"),
        ],
        [
            ("— A word from our sponsor —", "", "", "B"),
        ],
        [
            ("Winter tires, a new furnace, a surprise dental bill?", "", "", "B"),
            (
                "A Seawall Flex Loan starts at 7.9% APR, and most applications take about 10 minutes.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Conditions apply.", "", "", "B"),
        ],
        [
            ("ALSO TODAY", "", "", "B"),
        ],
        [
            (
                "The Alderney Gate library in Dartmouth will close for renovations from Feb. 2 to March 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Halifax Transit said ridership on Route 1 was up 11% in December compared with a year earlier.",
                "Halifax Transit",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Bedford man, 34, has been charged with impaired driving after a crash on the Bicentennial Highway early Sunday, according to RCMP.",
                "RCMP",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Hydrostone Winter Market returns Saturday from 9 a.m. to 1 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Was this forwarded to you?", "", "", "B"),
            ("Get the Brief in your own inbox every weekday.", "", "", "B"),
        ],
        [
            ("Reply to this email with tips, corrections or complaints.", "", "", "B"),
            ("A real person reads every one.", "", "", "B"),
        ],
        [
            (
                "The Harbour Brief is published by Northwest Arm Media Co., 1800 Argyle St., Suite 400, Halifax, NS B3J 9Z9.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You're receiving this because you signed up at harbourbrief.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Unsubscribe  ·  Update your preferences  ·  View past issues",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Northwest Arm Media Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n141-us-published-ampm",
        "Published 5:30 a.m. CT Jan. 19, 2026 | Updated 11:14 a.m. CT Jan. 19, 2026",
        ["Published 5:30 a.m. CT Jan. 19, 2026 | Updated 11:14 a.m. CT Jan. 19, 2026"],
    ),
    (
        "n141-us-paywall-meter",
        "Read on without limits for 49¢ a week. Stop whenever you like.",
        ["Read on without limits for 49¢ a week.", "Stop whenever you like."],
    ),
    (
        "n141-us-ald-quote",
        "Ald. DeShawn Rutledge-Amari, whose North Side district has more lead lines than any other, said the numbers only confirmed what residents had been telling him for a year. “In my district, about one in every 12 kids under 6 who got tested last year came back with a lead level we should be worried about,” Rutledge-Amari said. “That's not a rounding error.”",
        [
            "Ald. DeShawn Rutledge-Amari, whose North Side district has more lead lines than any other, said the numbers only confirmed what residents had been telling him for a year.",
            "“In my district, about one in every 12 kids under 6 who got tested last year came back with a lead level we should be worried about,” Rutledge-Amari said.",
            "“That's not a rounding error.”",
        ],
    ),
    (
        "n141-us-question-quote",
        "She said a letter from the utility last March told her crews would come “this construction season,” and that nobody did. “My kids brush their teeth with bottled water,” she said. “Is that how it's supposed to work in 2026?”",
        [
            "She said a letter from the utility last March told her crews would come “this construction season,” and that nobody did.",
            "“My kids brush their teeth with bottled water,” she said.",
            "“Is that how it's supposed to work in 2026?”",
        ],
    ),
    (
        "n141-us-jan28-end",
        "The Common Council's Public Works Committee is scheduled to take up the report at 9 a.m. on Jan. 28. Szczepaniec is expected to testify.",
        [
            "The Common Council's Public Works Committee is scheduled to take up the report at 9 a.m. on Jan. 28.",
            "Szczepaniec is expected to testify.",
        ],
    ),
    (
        "n141-uk-briefing-box",
        "Our free morning briefing lands at 7am every weekday. We won't pass your email on to anyone.",
        [
            "Our free morning briefing lands at 7am every weekday.",
            "We won't pass your email on to anyone.",
        ],
    ),
    (
        "n141-uk-sunday-fragment",
        "“I don't drive, so now it's a taxi, and that's £18 each way,” she said. “Every Sunday. You tell me how that adds up.”",
        [
            "“I don't drive, so now it's a taxi, and that's £18 each way,” she said.",
            "“Every Sunday.",
            "You tell me how that adds up.”",
        ],
    ),
    (
        "n141-uk-comment-invite",
        "What do you make of the changes? Let us know in the comments below.",
        ["What do you make of the changes?", "Let us know in the comments below."],
    ),
    (
        "n141-nz-fragment-quote",
        "“Three and a half hours, twice a day, for nine days,” she said. “You do the maths on the diesel.”",
        [
            "“Three and a half hours, twice a day, for nine days,” she said.",
            "“You do the maths on the diesel.”",
        ],
    ),
    (
        "n141-nz-good-kids",
        "He said he had let two casual staff go last week. “They're good kids. I'll have them back the day the traffic is.”",
        [
            "He said he had let two casual staff go last week.",
            "“They're good kids.",
            "I'll have them back the day the traffic is.”",
        ],
    ),
    (
        "n141-nz-public-media",
        "Pānui Aotearoa is a public media organisation. We are independent of government and free for everyone to read.",
        [
            "Pānui Aotearoa is a public media organisation.",
            "We are independent of government and free for everyone to read.",
        ],
    ),
    (
        "n141-tv-pay-twice",
        "“We've had a hiring banner on the bus barn since August,” Ostendorf-Ruiz said. “We've raised pay twice. People just aren't walking through the door.”",
        [
            "“We've had a hiring banner on the bus barn since August,” Ostendorf-Ruiz said.",
            "“We've raised pay twice.",
            "People just aren't walking through the door.”",
        ],
    ),
    (
        "n141-tv-app-prompt",
        "GET THE 11 NOW APP: School closing and delay alerts the minute they're posted. Search “11 Now Iowa” in the App Store or Google Play.",
        [
            "GET THE 11 NOW APP: School closing and delay alerts the minute they're posted.",
            "Search “11 Now Iowa” in the App Store or Google Play.",
        ],
    ),
    (
        "n141-tv-pm-tuesday",
        "Tavion Meeks, whose two children attend Moulton Elementary, said he found out about the change from an automated phone call at 2:30 p.m. Tuesday. “Two weeks' notice isn't enough for parents who work,” he said. “What am I supposed to tell my boss, that I'll be late every day till June?” he asked.",
        [
            "Tavion Meeks, whose two children attend Moulton Elementary, said he found out about the change from an automated phone call at 2:30 p.m. Tuesday.",
            "“Two weeks' notice isn't enough for parents who work,” he said.",
            "“What am I supposed to tell my boss, that I'll be late every day till June?” he asked.",
        ],
    ),
    (
        "n141-wire-summary-note",
        "Summaries are generated automatically and may contain mistakes. Check the full story below.",
        [
            "Summaries are generated automatically and may contain mistakes.",
            "Check the full story below.",
        ],
    ),
    (
        "n141-wire-offered",
        "The union, which says it represents about 4,300 of the company's 7,400 drivers, is seeking a 6.5% raise over two years. EMT has offered 3.2%.",
        [
            "The union, which says it represents about 4,300 of the company's 7,400 drivers, is seeking a 6.5% raise over two years.",
            "EMT has offered 3.2%.",
        ],
    ),
    (
        "n141-wire-quote-said",
        "“We have been at the table since October, and the offer has not moved by a single euro,” union spokesman Íñigo Valcárcel told reporters outside the company's headquarters. “The drivers are exhausted, and so are the passengers, who deserve a bus that turns up.” Valcárcel said drivers had not had a raise above inflation since 2021.",
        [
            "“We have been at the table since October, and the offer has not moved by a single euro,” union spokesman Íñigo Valcárcel told reporters outside the company's headquarters.",
            "“The drivers are exhausted, and so are the passengers, who deserve a bus that turns up.”",
            "Valcárcel said drivers had not had a raise above inflation since 2021.",
        ],
    ),
    (
        "n141-trade-event-date",
        "11–12 June · Birmingham. Book before 31 March and save £120 on a delegate pass.",
        [
            "11–12 June · Birmingham.",
            "Book before 31 March and save £120 on a delegate pass.",
        ],
    ),
    (
        "n141-trade-company-no",
        "Site & Structure is published by Girderline Media Ltd, registered in England and Wales, company no. 08811234.",
        [
            "Site & Structure is published by Girderline Media Ltd, registered in England and Wales, company no. 08811234."
        ],
    ),
    (
        "n141-np-er-title",
        "Er. Bikash Man Tuladhar, the project's chief engineer, said inspectors had found 11 cracks along a 2.4-kilometre stretch of the tunnel in February. “If we don't fix them now, we risk a bigger collapse during the monsoon,” he said. “Fifty days is the minimum. It could be longer.”",
        [
            "Er. Bikash Man Tuladhar, the project's chief engineer, said inspectors had found 11 cracks along a 2.4-kilometre stretch of the tunnel in February.",
            "“If we don't fix them now, we risk a bigger collapse during the monsoon,” he said.",
            "“Fifty days is the minimum.",
            "It could be longer.”",
        ],
    ),
    (
        "n141-np-rs-urged",
        "Kathmandu Metropolitan City said it had set aside Rs. 18 million to run free tankers to the wards worst hit. KUKL urged residents to store water in the last week of April. Residents can call their ward office on the hotline 1180 to ask for a tanker.",
        [
            "Kathmandu Metropolitan City said it had set aside Rs. 18 million to run free tankers to the wards worst hit.",
            "KUKL urged residents to store water in the last week of April.",
            "Residents can call their ward office on the hotline 1180 to ask for a tanker.",
        ],
    ),
    (
        "n141-ks-donation-ask",
        "No billionaire owns the Current, and no paywall stands between you and this story. Readers paid for 61% of our newsroom last year.",
        [
            "No billionaire owns the Current, and no paywall stands between you and this story.",
            "Readers paid for 61% of our newsroom last year.",
        ],
    ),
    (
        "n141-ks-related-question",
        "Related: What happens when a rural hospital stops delivering babies? Three Kansas towns found out.",
        [
            "Related: What happens when a rural hospital stops delivering babies? Three Kansas towns found out."
        ],
    ),
    (
        "n141-ks-501c3",
        "The High Plains Current is a 501(c)(3) nonprofit newsroom. Gifts are tax-deductible to the extent allowed by law.",
        [
            "The High Plains Current is a 501(c)(3) nonprofit newsroom.",
            "Gifts are tax-deductible to the extent allowed by law.",
        ],
    ),
    (
        "n141-fb-betting-notice",
        "Prices correct at 17:50 and may change. 18+ only. Set a deposit limit before you play, and if it stops being fun, stop: free, confidential help on 0808 555 0167.",
        [
            "Prices correct at 17:50 and may change.",
            "18+ only.",
            "Set a deposit limit before you play, and if it stops being fun, stop: free, confidential help on 0808 555 0167.",
        ],
    ),
    (
        "n141-sci-study-details",
        "Study details: Iqbal-Soren F, Okafor-Lyle D, Sæbøvik H, et al. School street closures and nitrogen dioxide exposure at primary school gates: a controlled study in Leeds. J Urban Expo Sci. 2026;9(2):114-127.",
        [
            "Study details: Iqbal-Soren F, Okafor-Lyle D, Sæbøvik H, et al. School street closures and nitrogen dioxide exposure at primary school gates: a controlled study in Leeds. J Urban Expo Sci. 2026;9(2):114-127."
        ],
    ),
    (
        "n141-sci-cite-line",
        "Marchetti-Haines, O. (2026, March 11). Car-free ‘school streets’ cut nitrogen dioxide at the gates by a fifth. Bright Field. https://www.brightfieldnews.com/environment/school-streets-leeds-no2",
        [
            "Marchetti-Haines, O. (2026, March 11). Car-free ‘school streets’ cut nitrogen dioxide at the gates by a fifth. Bright Field. https://www.brightfieldnews.com/environment/school-streets-leeds-no2"
        ],
    ),
    (
        "n141-au-submissions",
        "Submissions close at 5pm on Friday 22 May. Council will consider all submissions before adopting the final budget at its meeting on 24 June.",
        [
            "Submissions close at 5pm on Friday 22 May.",
            "Council will consider all submissions before adopting the final budget at its meeting on 24 June.",
        ],
    ),
    (
        "n141-ca-publisher-address",
        "The Harbour Brief is published by Northwest Arm Media Co., 1800 Argyle St., Suite 400, Halifax, NS B3J 9Z9.",
        [
            "The Harbour Brief is published by Northwest Arm Media Co., 1800 Argyle St., Suite 400, Halifax, NS B3J 9Z9."
        ],
    ),
    (
        "n141-ca-sponsor-apr",
        "Winter tires, a new furnace, a surprise dental bill? A Seawall Flex Loan starts at 7.9% APR, and most applications take about 10 minutes.",
        [
            "Winter tires, a new furnace, a surprise dental bill?",
            "A Seawall Flex Loan starts at 7.9% APR, and most applications take about 10 minutes.",
        ],
    ),
]
