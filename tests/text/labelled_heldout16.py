"""Sixteenth held-out set of hand-labelled pages for the hint engines: twelve page types.

Written from scratch as a held-out set for issue 13, without looking at the engine's code or output
(neither `claimreview/` nor the scorer's results were opened, and no test, scorer or engine was
run; only an import of this file was tried, to check its structure): every person, place,
organisation, outlet, company, party, team, product and number is invented (a few countries, US
states, real cities named only as places, currencies, units, drugs and generic institutions such as
"the House", "Parliament" or "the state health department" appear only as places, units and
settings, and social networks only in share strips), and no surname, town or outlet of any file
under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages are
the kinds a newsroom fact-checker pastes in an ordinary week, half of them heavy with site
furniture and half plainer: a UK national paper's politics story on a statistics watchdog's rebuke
of a minister; a US local TV station's boil-water story; a freight trade publication's story on a
container line dropping a port; a South African news site's electricity-tariff story; an
Australian paper's sport story on a sprinter's doping ban; a US nonprofit statehouse site's story on
a Senate vote; an international agency's wire story on a mine strike; a state election office's
statement rebutting a viral claim; a judge's published sentencing remarks; a US small-town weekly's
story on a hospital ending births; a New Zealand public radio site's story on an injury study; and a
parliament's written questions and answers page. The three things they stress are (1) furniture of
every kind worded afresh, at the head, in the middle and at the tail (skip links, consent banners
and their buttons, mastheads, section strips, status and currency tickers, score tickers, listen
lines, gift and save strips, "Read more" and "Also Read:" lines, "RELATED:" lines, advertisement
labels, contribution asks, registration boxes, sponsored cards, events and jobs boxes, topic lists,
comment counts and comments, "Most viewed", "Most Read" and "Trending" lists, promoted links, app
prompts, republish boxes, newsletter boxes, acknowledgement lines, amendment notes, licensing and
standards lines, wire "about" lines, release headers, "###", resource links, helpfulness widgets,
reference numbers and "Asked by" / "Answered by" lines); (2) who is speaking ("Official figures
show", "according to the authority", "A department spokesperson", "asked", "Asked by broadcasters
..., she said:", "the carrier told customers in an advisory", "A senior executive at a rival
carrier, who asked not to be named", "schedule data from ...", "its most recent annual report",
"Analysts at ...", "In a statement, the utility said", "called", "calculations by ...", "the
tribunal ruled", "the tribunal found", "the decision", "wrote" for a post, "told The Southern
Wire", "The sport's national body", "said in a floor speech", "argued", "A fiscal note ...
estimates", "Two people familiar with ...", "has not said", "said in written testimony", "both
sides said", "told CNS by phone", "Traders said", "said in a note", "Posts circulating ... claim",
a role-and-colon headline, "describes", "has told me", "submits", "tells me", "You told the
police", "said in a letter to staff obtained by the Homesteader", "declined an interview request",
"did not respond to questions", "study finds", "It found", "the researchers reported", "Figures
from ... show", "Asked by" and "Answered by"); (3) honest check-worthiness, with many ordinary
borderline sentences of both kinds. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new22.py` hold too (consent banners, paywalls,
contribution asks and newsletter boxes "B" line by line; advertisement labels "B" with the story
after them labelled as before; captions by content and credits "B"; standfirsts and subheads
labelled like headlines, question and topic subheads ""; mastheads, kickers, widgets, tickers and
share strips "B"; fact-box headings "B" with their lines by content; related lists, "Read more"
lines, video cards for other videos, comment furniture and readers' comments "B"; reader-service
lines and advice to readers "B", advice spoken or attributed to a quoted official keeping its
speaker with flags ""; release headers, "###" and media contacts "B", a release's own text without
a speaker; a bare update note "B", a correction that states the right figure "W"; transcript and Q&A
labels as cues with the full name as speaker; plans, votes and fixtures "W", forecasts ""; what a
court, board or committee DID carries no speaker, "the tribunal found" and "the tribunal ruled"
carry the body; titles, honorifics and role words dropped from speakers; a pronoun, a later surname
or a role noun resolved to the full name as first given; "the company", "the carrier", "the
utility" and the like kept as written; "declined to comment", "did not respond" and their kin
labelled like speech with flags ""; glued furniture items without full stops are ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* A UK national paper's page: the consent banner's heading, sentences and three buttons, the skip
  links, the "Listen to this article · 5 min" line, the "Read more" line with its headline, the
  contribution ask ("You've read 5 articles in the last month", its two sentences, the button and
  "Remind me in May"), "Explore more on these topics" with the topics glued on one line, "Share
  Reuse this content", the comment count, the closed-discussion line, the commenter's handle, the
  comment and its action strip, "Most viewed" with each number and headline, and the footer are "B".
  A headline that reports an official act without a reporting verb ("Watchdog rebukes Loxham over
  ...") is "W" with no speaker, while the standfirst "Statistics authority says ..." keeps the body
  as written with "says", "W" (an official finding). "Official figures show" keeps the figures as
  written with "show"; "A department spokesperson said:" is kept as written, and a superlative of
  record in the quote ("the biggest police recruitment drive in a generation") makes it "W".
  "Asked by broadcasters ... whether she would correct the record, she said:" carries the minister
  with the cue "said", "" (a refusal to retract is not a checkable fact). The minister's scheduled
  committee appearance is a fixture, "W", even with "expected to be asked" after it.
* A US TV story page: the cookie line and "Got it", the "WEATHER ALERT:" and "LIVE NOW:" banners,
  "Author:", "Published:" and "Updated:" lines, the running time, "RELATED:" lines, "Stay with ...
  and download our free app ...", the copyright, "Related Articles", the promoted links ("Sponsored
  Links", "You May Like", each teaser, a two-sentence teaser as two "B" sentences, each "... |
  Sponsored" line), "Trending on ..." with each numbered line and the regulatory footer are "B". The
  "VIDEO:" line describing this story's video is labelled like a caption ("W" for the main's size
  and street). Boil-water advice attributed to the city ("..., according to the city.") keeps "the
  city" with "according to" and flags "", like advice spoken by an official; the water handout line
  with its address and hours, with no source, is reader service, "B". "a 12 Investigates review of
  utility work orders" is kept as written with "according to". What the mayor declared is an
  official act, "W" with no speaker.
* A trade publication: "Log in | Register | Subscribe", the "Trending:" strip, the byline with its
  job title, the date-and-read-time line, the share strip, the free-registration box ("Enjoying this
  article?", its offer, "Register now"), the "SPONSORED" card, "Topics" with its list, "Related
  articles", the "Events" and "Jobs" boxes line by line, "See all jobs", the company-registration
  line and the footer are "B"; an amendment note that does not give the corrected figure ("This
  article was amended on 14 May to correct the vessel's capacity.") is "B", like a bare update note.
  "the carrier told customers in an advisory" keeps "the carrier" as written with the whole phrase
  as cue (the channel is part of the cue, like "said in an email"); an anonymous source described
  by role ("A senior executive at a rival carrier, who asked not to be named ...") is kept as
  written without the clause and carries every sentence of the quote after it; "schedule data from
  Linehaul Data", "its most recent annual report" and "forwarders contacted by Hawser" are kept as
  written with "according to". A carrier's stated routing change is a plan, "W"; analysts'
  volume expectations and a forwarder's cost estimate are forecasts, "".
* A South African news site: the WhatsApp-channel prompt, the load-shedding status line and the
  currency-and-index ticker (site-wide widgets, whatever they state), "Listen to this article" with
  its time line, each "Also Read:" line, the calculator prompt, "Related Topics:", the news-app and
  WhatsApp prompts, the comments heading, the moderation sentences, the commenter line, the comment
  (two "B" sentences), "Reply", "Most Read" with its items (a "WATCH |" item included) and the
  footer are "B". "In a statement, the utility said" has the cue "said", as in `labelled_new17.py`;
  "called the decision “...”" has the cue "called"; "calculations by the Energy Users' Forum" and
  "IndabaNow's calculations" are kept as written with "according to" (the outlet's own sums are a
  named source when the sentence names them). "The opposition Forward Together Movement" drops the
  descriptor, like "the campaign group"; a party's stated motion is a plan, "W"; an economist's
  inflation and interest-rate expectations are forecasts, "". "What it means for you" is a topic
  subhead, "", and the tariff facts under it are "W", not reader service: they state what the
  decision does, not what readers should do.
* An Australian sport page: the score ticker, the sport sub-menu, the byline and its title line,
  the update line, "Save Share Gift this article", the "WATCH:" card for an archive video, "Join
  the conversation", the comment count, "More Sport", "Most watched" with its video, the newsletter
  box line by line, the acknowledgement of Traditional Owners (a standard notice) and the footer are
  "B". "the National Anti-Doping Tribunal ruled" and "the tribunal found" carry the body as written
  ("ruled", "found"), "W"; "according to the decision" keeps the document. "wrote on social media"
  has the cue "wrote", carried by the quote's later sentences; a stated intention to appeal to a
  named tribunal is a plan, "W", and so is the athlete's checkable test count inside the quote. "Her
  sponsor, the sportswear brand Keelstride," drops the apposition and descriptor. A question subhead
  ("Will she run again?") is ""; the writer's colour sentence that carries a checkable biography
  ("... stacking supermarket shelves overnight ...") is "W"; an outside lawyer's generalisation about
  appeals is "".
* A nonprofit statehouse site: the tagline under the masthead, "Donate", the share strip with "Link
  copied!" and "Republish this story", the mid-story donation ask (two "B" sentences and "Donate
  today"), the "By the numbers" heading and its "Sources:" line, the question line with its email,
  the republish box, "Related", the newsletter box, "Most Read" with its numbered items, the
  independence statement and the footer are "B"; each "By the numbers" line is a fact-box line,
  "W". "R-Pelton Ridge" and "Sen." are dropped from the speaker; "said in a floor speech" and "said
  in written testimony" are cues as written. "A fiscal note prepared by the Legislative Services
  Office estimates" keeps the document as written with "estimates" and is "W" (the note's figure
  can be checked, as a published model's can in `labelled_new15.py`). "Two people familiar with
  negotiations over the bill, who spoke on condition of anonymity ..." is kept as written without
  the clause, "W" for a checkable position; "A spokeswoman for House Speaker X did not respond to a
  request for comment" keeps the whole spokeswoman phrase, like "A spokesman for the chairman";
  "Gov. X has not said whether ..." is labelled like "declined to say" (speaker X, cue "has not
  said", ""); "her association had not taken a position" is "", like a refusal to comment. A
  committee hearing date is a fixture, "W"; the correction giving the right vote is "W".
* A wire story: the agency's short name, its sections, the date-and-updated line, the "[1/2]"
  caption (labelled by content, the counter part of it) and its "CNS/Name" credit, "(Reporting by
  ...; Writing by ...; Editing by ...)", "Our standards: ...", "Purchase licensing rights",
  "Suggested topics:", "Read next" with its headline, the mid-story newsletter promo and "Sign up
  here.", the agency's "about" line, the quote-delay line and the copyright (two "B" sentences) are
  "B". "both sides said" is kept as written; "told CNS by phone" drops "by phone"; "Two sources with
  direct knowledge of the talks" and "One of the sources" are kept as written, the first "" for a
  possibility ("could be called in"), the second "W" for the wage gap; "Traders said" carries the
  traders' explanation of a price move, "" (an interpretation), while the price move itself, in its
  own sentence, is "W" with no speaker; "said in a note" keeps the phrase, and the analysts' earnings
  sensitivity is a forecast, "".
* A state election office's statement: the office's own text carries no speaker, like a release's;
  the role-and-colon headline ("Secretary Midgley: Claims ... are false") carries the secretary by
  full name with the label as cue and is "" (a verdict), like "Role: claim" headlines; the
  release header lines ("FOR IMMEDIATE RELEASE", the date, the contact line), the reporting and
  "Learn more" lines (reader service), "###", "Resources for voters" with its links, "Related news"
  with its dated items, the helpfulness widget and the footer are "B". "Posts circulating on social
  media since Friday claim" keeps the posts as written with "claim" and is "W" (the viral claim is
  what a fact-checker checks); "That claim is false." is "", like a fact check's verdict; "The figure
  appears to come from ..." is hedged, "", while what the list matched is "W"; the office's review
  counts, the certification date and its account of how the rolls are kept are "W".
* A judge's sentencing remarks: the remarks are the court's own document, so the judge's text
  carries no speaker, like a court's press summary: the facts of the offence, the plea, the
  guideline category and starting point, the sentence, the release rule, the listed hearing and the
  orders are "W"; the judge's assessments ("I do not accept that.", "It cannot.", what moves the
  case up or down the range) are "". "R v Name" at the top is a name, ""; "Before: His Honour Judge
  ..." is "" like a "Judges:" line; "Sentenced: 17 March 2026" is "W" like "Judgment date:"; the
  judiciary menu, "Sentencing remarks", the court line, "Case No:", the open-justice notice, "Please
  stand.", "Stand down." (procedural turns) and the links and footer are "B". "You told the police
  in interview that ..." resolves "You" to the defendant by full name with the cue "told the
  police", "" (a claimed intention); "the charity's chair, Rosamund Earnshaw, who describes" and
  "She says" carry her with "describes" and "says", "W" for the closure and donors; "Mr Ramsden, on
  your behalf, has told me" and "He submits" carry the barrister (first given only with "Mr", so
  "Ramsden") with "has told me" and "submits", "" for family mitigation; "Miss Quinlivan, for the
  prosecution, tells me" has "tells me", "W" for the sum recovered; "a letter from your daughter,
  who says ..." keeps "your daughter" as written (no name is given), "".
* A small-town weekly: the masthead's founding line, the town-and-weather line, "Related:" with its
  date, the "Posted in ... | Tags:" line, "Most Popular" with its items, the subscription rates, the
  letters email, the address line and the copyright are "B". "said in a letter to staff obtained by
  the Homesteader" keeps the whole phrase as cue, like "said in a statement"; the later "according to
  the letter" and "according to the hospital's website" keep the documents as written; "declined an
  interview request" is labelled like "declined to comment" and "did not respond to questions" like
  "did not respond"; a commissioner's stated levy yield is "W" (a figure a reviewer can check), the
  commission's stated request to the board a plan, "W". A mother's "What happens when I'm in
  labor?" is a question inside a quote, "".
* A public radio site: "Listen live", the "Listen to this story" line, the "Kōrero mai: got a story
  tip?" prompt with "Email our newsroom." (a bilingual reader appeal, two "B" sentences), "Tags:",
  "More from National" with its headlines, the app prompt and the copyright are "B". "..., study
  finds" carries "study"; "researchers have found" keeps "researchers" with "have found"; "It found"
  resolves to "The study" as first given, and a later "the study found" and "the researchers
  reported" are kept as written; "Figures from the state accident insurer show" keeps the figures
  as written. The study's stated scope ("counted only patients seen in emergency departments ...")
  is a checkable limitation, "W"; an outside professor's claim that the estimate is conservative
  because of what it leaves out is "W", his generalisation about helmet rules "".
* A parliament's written questions page: "Question for ...", the UIN or "HL" reference with the
  tabled date, "Asked by Name (Constituency)", "Answered on ..." and "Answered by Name (Office)"
  are reference lines, "B", like a case number or a byline. They work as the labels of a Q&A: the
  question carries the member who asked it by full name with the cue "Asked by" and is "" (a
  question, even when it names a fare cap), and every sentence of the answer carries the minister
  by full name with the cue "Answered by", as a surname prefix carries a turn. Statistics and
  evaluations cited inside the answer ("the Department's annual bus statistics show", "An
  evaluation published in January found") do not change its speaker, as a source cited inside a
  candidate's answer does not in `labelled_new22.py`; figures and confirmed dates are "W", vague
  intentions ("later this year", "in the autumn", "at the next spending review") "". "Lord" and
  "Baroness" are dropped with the territorial part of the title ("Lord Wadsworth of Lowgill" ->
  "Wadsworth"), as "Sir" and "Cllr" are; the share, print, helpfulness and problem-report lines and
  the footer are "B".

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "UK national paper's politics story (statistics watchdog rebukes a minister over a police-numbers claim; consent banner and buttons, listen line, Read more, contribution ask, topics, comments, Most viewed, footer)",
    "US local TV station's story page (boil-water advisory after a main break; cookie line, weather and live banners, Author/Published/Updated lines, video line, RELATED line, copyright, promoted links, Trending list)",
    "freight trade publication's story (container line drops a port from a service; trending strip, free-registration box, sponsored card, amendment note, topics, related, events and jobs boxes)",
    "South African news site's business story (regulator approves an electricity tariff increase; WhatsApp prompts, load-shedding status and currency tickers, Also Read lines, calculator prompt, comments, Most Read)",
    "Australian paper's sport story (sprinter banned for four years for doping; score ticker, gift strip, WATCH card, comments count, More Sport, Most watched, newsletter box, acknowledgement line)",
    "US nonprofit statehouse news site's story (Senate passes an ambulance billing bill; donation asks, By the numbers box, anonymous sources, correction, republish box, newsletter box, Most Read)",
    "international news agency's wire story (copper mine strike enters second week; numbered caption and credit, reporting-by line, standards and licensing lines, newsletter promo, read next)",
    "state election office's statement rebutting a viral 'dead voters' claim (role-and-colon headline, release header, office's own figures, secretary's quote, reader-service links, ###, related news)",
    "judiciary website's published sentencing remarks (charity treasurer's fraud; case name, Before:, Sentenced:, open-justice notice, second-person remarks, victim statement, mitigation, sentence)",
    "US small-town weekly's site (hospital to end baby deliveries; masthead line, letter to staff obtained by the paper, nurse and mother quoted, commissioner, public meeting, tags, Most Popular, address footer)",
    "New Zealand public radio site's news page (e-scooter injury study; listen lines, caption and photo credit, study finds, outside expert, operator's statement, bilingual tip prompt, tags)",
    "parliament's written questions and answers page (rural bus services; four questions with UIN, Asked by and Answered by lines, ministers' answers citing statistics, a Lords question)",
]

ARTICLES = [
    [  # 1. UK national paper's politics story: statistics watchdog rebukes a minister
        [("Skip to main content", "", "", "B")],
        [("Skip to navigation", "", "", "B")],
        [("Your privacy matters to us", "", "", "B")],
        [("We and our 214 partners store and access information on your device, such as cookies, to personalise content and ads, measure performance and develop our products.", "", "", "B"),
         ("You can accept all, reject all or choose which purposes you allow.", "", "", "B"),
         ("You can change your mind at any time via “Privacy settings” at the foot of every page.", "", "", "B")],
        [("Accept all", "", "", "B")],
        [("Reject all", "", "", "B")],
        [("Manage preferences", "", "", "B")],
        [("The Ensign", "", "", "B")],
        [("Support us   Sign in   Search", "", "", "B")],
        [("News   Opinion   Sport   Culture   Lifestyle   More ▾", "", "", "B")],
        [("UK   World   Politics   Climate   Business   Science   Tech   Health", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Watchdog rebukes Loxham over ‘record police numbers’ claim", "", "", "W")],
        [("Statistics authority says the policing secretary's comparison with 2010 ignored a change in how officers are counted", "Statistics authority", "says", "W")],
        [("Nadia Birtwistle Political correspondent", "", "", "B")],
        [("Tue 14 Apr 2026 18.42 BST", "", "", "B")],
        [("Share", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [("Harriet Loxham addressing her party's spring conference in Brantwick on Saturday.", "", "", ""),
         ("Photograph: Ivo Cholmondeley/The Ensign", "", "", "B")],
        [("The UK's statistics watchdog has rebuked the justice and policing secretary, Harriet Loxham, for telling her party's conference that the number of police officers in England had reached a “record high”.", "", "", "W")],
        [("In a letter published on Tuesday, Alun Ockenden, the director general of the Statistics Standards Authority, said the claim “does not stand up” because figures before 2015 counted seconded officers and those on long-term leave differently.", "Alun Ockenden", "said", "W")],
        [("“Comparisons across that break in the series should not be presented without a clear caveat, and in this instance none was given,” he wrote.", "Alun Ockenden", "wrote", "W")],
        [("Loxham told delegates in Brantwick that there were “151,600 officers on our streets – more than at any point in our history”.", "Harriet Loxham", "told delegates", "W")],
        [("Official figures show there were 151,612 full-time equivalent officers in England at the end of September 2025.", "Official figures", "show", "W"),
         ("Under the older method, the total in March 2010 was 153,940, according to the authority.", "the authority", "according to", "W")],
        [("Read more", "", "", "B")],
        [("Forces in England miss recruitment target for second year running", "", "", "B")],
        [("The Department for Community Safety did not dispute the figures but said the minister had been referring to officers “deployable by forces”, a measure it has published only since 2019.", "The Department for Community Safety", "said", "W")],
        [("A department spokesperson said: “This government has delivered the biggest police recruitment drive in a generation, and communities are seeing the difference.”", "A department spokesperson", "said", "W")],
        [("The shadow policing secretary, Dominic Rushforth, said the episode showed ministers were “more interested in a headline than in a bobby on the beat”.", "Dominic Rushforth", "said", "")],
        [("“If she can't get the number of police officers right, why should anyone believe her on anything else?” he asked.", "Dominic Rushforth", "asked", "")],
        [("A pattern of complaints", "", "", "")],
        [("It is the third time in 18 months that the authority has written to a minister about policing statistics.", "", "", "W")],
        [("In November 2024 it asked the department to correct a press release that had overstated the number of new neighbourhood officers by about 2,300.", "", "", "W")],
        [("Lennart Yeadon, a senior fellow at the Tilbrook Institute, a criminal justice thinktank, said the row was obscuring a more important question.", "Lennart Yeadon", "said", "")],
        [("“Headcount is up, but the share of officers with less than five years' service has roughly doubled since 2019, to about 38%,” he said.", "Lennart Yeadon", "said", "W"),
         ("“That matters far more to whether your burglary gets solved than whether we have beaten a number from 2010.”", "Lennart Yeadon", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Bev Ullathorne, who chairs the Rank and File Officers' Association, said her members were “tired of being used as a political football”.", "Bev Ullathorne", "said", "")],
        [("She said 6,100 officers had left forces in England in the year to September, the highest number since comparable records began in 2006.", "Bev Ullathorne", "said", "W")],
        [("Loxham is due to appear before the home affairs committee on Wednesday, where she is expected to be asked about the letter.", "", "", "W")],
        [("Asked by broadcasters on Tuesday evening whether she would correct the record, she said: “I stand by every word.”", "Harriet Loxham", "said", "")],
        [("You've read 5 articles in the last month", "", "", "B")],
        [("Independent journalism like this is free to read because readers choose to fund it.", "", "", "B"),
         ("If you can, please support The Ensign today from just £2 a month.", "", "", "B")],
        [("Support The Ensign", "", "", "B")],
        [("Remind me in May", "", "", "B")],
        [("Explore more on these topics", "", "", "B")],
        [("Police   Statistics   Harriet Loxham   Home affairs", "", "", "B")],
        [("Share   Reuse this content", "", "", "B")],
        [("Comments (318)", "", "", "B")],
        [("This discussion is now closed for comments but you can still sign in or create your Ensign account to join the discussion next time", "", "", "B")],
        [("Wyndle42", "", "", "B")],
        [("Funny how the record is always whatever number they happen to have.", "", "", "B")],
        [("Reply   Share   Report", "", "", "B")],
        [("Most viewed", "", "", "B")],
        [("1", "", "", "B")],
        [("Heat health alert issued for southern England as temperatures head for 31C", "", "", "B")],
        [("2", "", "", "B")],
        [("‘I had no idea the debt was in my name’: readers on the council tax trap", "", "", "B")],
        [("3", "", "", "B")],
        [("Kelsborough part company with manager after 11 games", "", "", "B")],
        [("About us   Contact us   Complaints & corrections   Work for us   Privacy policy   Cookie policy   Terms & conditions   Privacy settings", "", "", "B")],
        [("© 2026 Ensign News & Media Limited or its affiliated companies.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. US local TV station's story page: boil-water advisory after a main break
        [("Skip to content", "", "", "B")],
        [("We use cookies and similar technologies to improve your experience, analyze traffic and personalize ads.", "", "", "B"),
         ("By continuing to use this site, you agree to our Privacy Policy.", "", "", "B")],
        [("Got it", "", "", "B")],
        [("KWJD 12 NEWS", "", "", "B")],
        [("News   Weather   Traffic   Sports   12 Investigates   Watch Live   Contests   Jobs", "", "", "B")],
        [("WEATHER ALERT: Flood watch for Kesterson County until 7 p.m.", "", "", "B")],
        [("LIVE NOW: KWJD 12 News at Noon", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Boil-water advisory issued for 41,000 Pomfret customers after water main break", "", "", "W")],
        [("City officials say it could be Friday before the advisory is lifted.", "City officials", "say", "")],
        [("Author: Brianna Jowett", "", "", "B")],
        [("Published: 6:12 AM CDT May 19, 2026", "", "", "B")],
        [("Updated: 3:47 PM CDT May 19, 2026", "", "", "B")],
        [("VIDEO: Crews work to repair a 36-inch water main on Gilmartin Avenue", "", "", "W")],
        [("2:31", "", "", "B")],
        [("POMFRET, Mo. — About 41,000 homes and businesses in Pomfret are under a boil-water advisory after a 36-inch water main broke early Tuesday on Gilmartin Avenue, city officials said.", "city officials", "said", "W")],
        [("The break, reported just after 2:30 a.m., sent water across four lanes near the Gilmartin Avenue overpass and caused pressure to drop across the city's east side.", "", "", "W")],
        [("Public Utilities Director Consuelo Vidaurre said crews had isolated the main by 5 a.m. but could not yet say when repairs would be finished.", "Consuelo Vidaurre", "said", "W")],
        [("“This is a 1958 cast-iron line, and it failed the way cast iron fails — all at once,” Vidaurre said at a news conference outside the utilities building.", "Consuelo Vidaurre", "said", "W"),
         ("“We're asking people to be patient with us.”", "Consuelo Vidaurre", "said", "")],
        [("The advisory covers every address east of Route 9 and north of Brockway Road.", "", "", "W")],
        [("Customers in that area should bring water to a rolling boil for at least one minute before drinking it, brushing their teeth or making ice, according to the city.", "the city", "according to", "")],
        [("RELATED: What to do during a boil-water advisory", "", "", "B")],
        [("The advisory will stay in place until two rounds of samples taken 24 hours apart come back clean, a process that usually takes at least 48 hours, Vidaurre said.", "Consuelo Vidaurre", "said", "W")],
        [("About 300 customers on Brockway Road were without any water for more than six hours, the utilities department said.", "the utilities department", "said", "W")],
        [("Pomfret Public Schools closed nine east-side schools for the day, district spokesman Tobias Uttley said in an email.", "Tobias Uttley", "said in an email", "W")],
        [("St. Gerard's Regional Medical Center said it was using bottled water and had postponed elective procedures scheduled for Tuesday.", "St. Gerard's Regional Medical Center", "said", "W")],
        [("Mayor Rosalind Eckersley declared a water emergency Tuesday afternoon, which allows the city to buy pipe and equipment without going through the usual bidding process.", "", "", "W")],
        [("The city has recorded 212 main breaks since January 2025, according to a 12 Investigates review of utility work orders.", "a 12 Investigates review of utility work orders", "according to", "W")],
        [("Last November, voters rejected a $94 million bond issue that would have replaced about 30 miles of the oldest pipe.", "", "", "W")],
        [("Darnell Fontenot, who owns a laundromat on Gilmartin Avenue, said he had to turn customers away all morning.", "Darnell Fontenot", "said", "")],
        [("“Thirty machines and not a drop of water,” he said.", "Darnell Fontenot", "said", ""),
         ("“Tuesday's my busiest day.”", "Darnell Fontenot", "said", "")],
        [("The state Division of Water Quality said it was monitoring the situation and had offered the city help with testing.", "The state Division of Water Quality", "said", "")],
        [("Free bottled water is being handed out at the Coldbrook Community Center, 1400 Brockway Road, until 8 p.m.", "", "", "B")],
        [("Stay with KWJD 12 and download our free app for updates on this developing story.", "", "", "B")],
        [("Copyright 2026 KWJD-TV.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("What to do during a boil-water advisory: a checklist", "", "", "B")],
        [("Pomfret voters reject $94 million water bond", "", "", "B")],
        [("Sponsored Links", "", "", "B")],
        [("You May Like", "", "", "B")],
        [("Cardiologists Baffled: The 10-Second Morning Habit Everyone Over 50 Should Try", "", "", "B")],
        [("HealthyLiving Tips | Sponsored", "", "", "B")],
        [("Missouri Homeowners Are Getting Paid to Install Solar Panels.", "", "", "B"),
         ("Here's How", "", "", "B")],
        [("SunQuote Savings | Sponsored", "", "", "B")],
        [("Trending on kwjd12.example", "", "", "B")],
        [("1   Man charged in Brockway Road hit-and-run that killed cyclist", "", "", "B")],
        [("2   Kesterson County fair lineup announced", "", "", "B")],
        [("3   Pomfret police identify woman found in Mill Creek", "", "", "B")],
        [("Contact Us   EEO Report   Public Inspection File   Closed Captioning   Privacy Policy   Terms of Use   Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 3. niche freight trade publication: container line drops a port
        [("Log in   |   Register   |   Subscribe", "", "", "B")],
        [("Hawser Freight Review", "", "", "B")],
        [("Containers   Ports   Logistics   Air cargo   Tankers   Regulation   Data Hub   Events   Jobs", "", "", "B")],
        [("Trending: Red Sea routings  |  Carrier alliances  |  Port congestion  |  Emissions rules", "", "", "B")],
        [("Containers", "", "", "B")],
        [("Orestia drops Saltreach from Asia–North Europe service as volumes slide", "", "", "W")],
        [("Port will lose its only direct weekly call from China in July", "", "", "W")],
        [("By Maren Netherton   |   Senior correspondent, container markets", "", "", "B")],
        [("14 May 2026   |   09:15 GMT   |   3 min read", "", "", "B")],
        [("Share this article:   LinkedIn   X   Email   Print", "", "", "B")],
        [("Orestia Container Line will remove Saltreach from its AEX2 service between China and northern Europe from the first week of July, the carrier told customers in an advisory on Tuesday.", "the carrier", "told customers in an advisory", "W")],
        [("The last call will be made by the 14,000 TEU Orestia Caliandra on 3 July.", "", "", "W")],
        [("In the advisory, Orestia said the change would “improve schedule reliability and shorten transit times”, and that Saltreach cargo would move through its hub at Vennerport with a feeder connection.", "Orestia", "said", "W")],
        [("The decision leaves Saltreach without a direct Asia call for the first time since 2011, according to schedule data from Linehaul Data.", "schedule data from Linehaul Data", "according to", "W")],
        [("Throughput at the port fell 14% last year to 612,000 TEU, while Vennerport handled a record 3.9m TEU.", "", "", "W")],
        [("Enjoying this article?", "", "", "B")],
        [("Register for free to read three articles a month and get our daily Container Briefing in your inbox.", "", "", "B")],
        [("Register now", "", "", "B")],
        [("Saltreach handled 38 Orestia calls last year, which together moved about 61,000 TEU through the port, Linehaul Data said.", "Linehaul Data", "said", "W")],
        [("Saltreach Port Authority chief executive Gwendolyn Haworth said she was “disappointed but not surprised”.", "Gwendolyn Haworth", "said", "")],
        [("“We have been honest with our board that the ships keep getting bigger and our berths do not,” she said.", "Gwendolyn Haworth", "said", "")],
        [("She said the authority's £210m plan to deepen the approach channel to 16.5 metres was still awaiting a decision from the Marine Consents Office, which is due in the autumn.", "Gwendolyn Haworth", "said", "W")],
        [("Haworth said the port had opened talks with two other carriers about a replacement service, but declined to name them.", "Gwendolyn Haworth", "said", "W")],
        [("A senior executive at a rival carrier, who asked not to be named because he was not authorised to speak publicly, said other lines were reviewing their calls in northern Europe.", "A senior executive at a rival carrier", "said", "")],
        [("“Nobody is making money on these loops at current rates,” he said.", "A senior executive at a rival carrier", "said", ""),
         ("“Every port call that isn't full is on the table.”", "A senior executive at a rival carrier", "said", "")],
        [("Spot rates from Shanghai to northern Europe fell to $1,480 per 40ft container last week, down 61% from a year earlier, according to the Bollinder Container Index.", "the Bollinder Container Index", "according to", "W")],
        [("SPONSORED", "", "", "B")],
        [("How mid-sized forwarders are cutting demurrage costs with predictive berth data", "", "", "B")],
        [("What happens to Saltreach cargo?", "", "", "")],
        [("Importers around Saltreach face an extra two to four days in transit via Vennerport, according to forwarders contacted by Hawser.", "forwarders contacted by Hawser", "according to", "W")],
        [("One, Tasmin Lisk of Fellcroft Logistics, said her customers would end up paying about £180 more per container.", "Tasmin Lisk", "said", "")],
        [("Kieran Bramall, ports organiser for the Stevedores and Transport Union, said up to 300 jobs could go at the port's container terminal.", "Kieran Bramall", "said", "")],
        [("The terminal's operator, Saltreach Gateway Terminals, employs 740 people, according to its most recent annual report.", "its most recent annual report", "according to", "W")],
        [("Saltreach Gateway Terminals declined to comment on staffing.", "Saltreach Gateway Terminals", "declined to comment", "")],
        [("Analysts at Astrolabe Maritime Consulting said they expected Saltreach's container volumes to fall by a further 20% to 25% in 2027 once the change takes full effect.", "Analysts at Astrolabe Maritime Consulting", "said", "")],
        [("Orestia is the sixth-largest container line by capacity, with 412 ships in its fleet.", "", "", "W"),
         ("Its first-quarter operating profit fell 48% to $688m, the company reported last week.", "the company", "reported", "W")],
        [("This article was amended on 14 May to correct the vessel's capacity.", "", "", "B")],
        [("Topics", "", "", "B")],
        [("Container shipping   Ports   Orestia Container Line   Northern Europe", "", "", "B")],
        [("Related articles", "", "", "B")],
        [("Vennerport volumes hit record as carriers consolidate calls", "", "", "B")],
        [("Orestia Q1: profit halves as rates slide", "", "", "B")],
        [("Events", "", "", "B")],
        [("Port Leaders Forum 2026   ·   9–10 September   ·   Book early-bird tickets", "", "", "B")],
        [("Jobs", "", "", "B")],
        [("Head of Trade Lane Management – Asia/Europe   |   Competitive   |   Vennerport", "", "", "B")],
        [("See all jobs", "", "", "B")],
        [("© 2026 Hawser Media Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 08812345.", "", "", "B")],
        [("Terms and conditions   Privacy   Cookies   Contact us   Advertise", "", "", "B")],
    ],
    [  # 4. South African news site: regulator approves an electricity tariff increase
        [("Join our WhatsApp channel for breaking news", "", "", "B")],
        [("IndabaNow", "", "", "B")],
        [("Home   News   Politics   Business   Sport   Lifestyle   Motoring   Opinion   Videos", "", "", "B")],
        [("LOAD SHEDDING: No load shedding planned until further notice", "", "", "B")],
        [("R/$ 18.42 ▲0.3%   |   All Share 84,102 ▼0.6%   |   Brent $81.20", "", "", "B")],
        [("News › Business", "", "", "B")],
        [("Power bills to rise 12.7% as regulator rejects Vuselela's 36% bid", "", "", "W")],
        [("Municipal customers will see a 10.9% increase from 1 July", "", "", "W")],
        [("Sipho Magagula   |   27 March 2026   |   14:05", "", "", "B")],
        [("Listen to this article   00:00 / 04:12", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   Email   Copy link", "", "", "B")],
        [("Pylons near the Groblerskop substation outside Makwela.", "", "", ""),
         ("Picture: Lerato Seabi / IndabaNow", "", "", "B")],
        [("Households that buy electricity directly from Vuselela will pay 12.7% more from 1 April, the National Energy Pricing Council announced on Thursday.", "the National Energy Pricing Council", "announced", "W")],
        [("Vuselela had asked for an increase of 36.1% in 2026/27, saying it needed an extra R94bn to cover debt repayments and the cost of running its ageing coal fleet.", "Vuselela", "saying", "W")],
        [("Municipal customers, who make up about 60% of households, will see an increase of 10.9% from 1 July, when municipalities' financial years begin.", "", "", "W")],
        [("Council chairperson Nomvula Hlongwane said the regulator had disallowed R41.2bn of the utility's proposed operating costs.", "Nomvula Hlongwane", "said", "W")],
        [("“We are not in the business of rewarding inefficiency,” she told a briefing in Bothaspoort.", "Nomvula Hlongwane", "told a briefing", ""),
         ("“Consumers cannot be asked to pay for coal that is stolen or for units that trip every second week.”", "Nomvula Hlongwane", "told a briefing", "")],
        [("Also Read: Vuselela posts R23bn loss as diesel spend soars", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Vuselela spokesperson Kagiso Mathebula said the utility would study the decision before deciding whether to take it on review.", "Kagiso Mathebula", "said", "")],
        [("Vuselela said it would publish its new tariff schedules on its website by 31 March.", "Vuselela", "said", "W")],
        [("In a statement, the utility said the approved revenue “falls well short” of what it needs and could put its maintenance programme at risk.", "the utility", "said", "")],
        [("Electricity tariffs have risen by more than 450% since 2008, while consumer prices have roughly doubled, according to calculations by the Energy Users' Forum.", "calculations by the Energy Users' Forum", "according to", "W")],
        [("The forum's convener, Refilwe Letsoalo, called the decision “a reprieve, not relief”.", "Refilwe Letsoalo", "called", "")],
        [("“A pensioner in Makwela already spends a fifth of her grant on prepaid electricity,” she said.", "Refilwe Letsoalo", "said", "W")],
        [("What it means for you", "", "", "")],
        [("For a household using 500kWh a month, the increase adds about R182 to the monthly bill, according to IndabaNow's calculations.", "IndabaNow's calculations", "according to", "W")],
        [("Prepaid customers who buy electricity before 1 April will pay the old rate for those units.", "", "", "W"),
         ("Free basic electricity of 50kWh a month for registered indigent households is not affected.", "", "", "W")],
        [("What economists say", "", "", "")],
        [("Thabang Radebe, chief economist at Tambotie Bank, said the increase would add about 0.3 percentage points to consumer inflation over the next year.", "Thabang Radebe", "said", "")],
        [("He said the central bank was unlikely to respond by raising interest rates at its May meeting.", "Thabang Radebe", "said", "")],
        [("Also Read: Petrol price to drop by 41c a litre next week", "", "", "B")],
        [("The opposition Forward Together Movement said in a statement that households were “being punished for a decade of mismanagement”.", "Forward Together Movement", "said in a statement", "")],
        [("Its energy spokesperson, Marius Engelbrecht, said the party would table a motion asking Parliament to cap annual increases at the inflation rate.", "Marius Engelbrecht", "said", "W")],
        [("The council approved a 12.74% increase for 2025/26 after Vuselela had asked for 18.6%.", "", "", "W")],
        [("Calculate your new bill: try our free electricity cost calculator", "", "", "B")],
        [("Related Topics:   Electricity   Vuselela   Cost of living   Energy regulation", "", "", "B")],
        [("Follow IndabaNow on your favourite news app", "", "", "B")],
        [("Get the latest news sent straight to your WhatsApp", "", "", "B")],
        [("Comments", "", "", "B")],
        [("IndabaNow encourages open debate.", "", "", "B"),
         ("Comments that are abusive, racist or defamatory will be removed.", "", "", "B")],
        [("Mpho_K · 2 hours ago", "", "", "B")],
        [("So we pay more for less again.", "", "", "B"),
         ("When does it end?", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Taxi strike: routes affected in Bothaspoort on Monday", "", "", "B")],
        [("Matric results: top schools in the province named", "", "", "B")],
        [("WATCH | Shoppers queue from 4am for mall opening", "", "", "B")],
        [("About us   Advertise   Contact   Press Code   Complaints   Terms   Privacy (POPIA)", "", "", "B")],
        [("© 2026 IndabaNow Digital (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Australian paper's sport section: sprinter's doping ban
        [("The Southern Wire", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("News   Sport   Business   Entertainment   Lifestyle   Opinion   Puzzles", "", "", "B")],
        [("Sport ›   Football   Cricket   Rugby league   Netball   Racing   Olympic sports", "", "", "B")],
        [("LIVE: Port Carrow 3/187 (42.1 ov) v Dunnagh Bay 241", "", "", "B")],
        [("Olympic sports", "", "", "B")],
        [("Sprinter Jaylah Mairehau banned for four years after positive test", "", "", "W")],
        [("National 100m champion says she will appeal and insists she ‘never knowingly took anything’", "Jaylah Mairehau", "says", "W")],
        [("Caitlin Moorfoot", "", "", "B")],
        [("Chief sports writer", "", "", "B")],
        [("Updated April 9, 2026 — 7.58pm, first published at 4.15pm", "", "", "B")],
        [("Save   Share   Gift this article", "", "", "B")],
        [("Jaylah Mairehau after winning the national 100m title in Yarrendale in February.", "", "", "W"),
         ("Picture: Tobias Gledhill", "", "", "B")],
        [("National 100m champion Jaylah Mairehau has been banned from sport for four years after testing positive for a prohibited anabolic agent, the National Anti-Doping Tribunal ruled on Thursday.", "the National Anti-Doping Tribunal", "ruled", "W")],
        [("The 24-year-old returned an adverse finding for ostarine in an out-of-competition sample collected at her home in Yarrendale on October 14.", "", "", "W")],
        [("Her ban is backdated to November 3, the date of her provisional suspension, and will expire in November 2029.", "", "", "W")],
        [("In its written decision, the tribunal found she had failed to establish how the substance entered her body and rejected her claim that it came from a contaminated protein supplement.", "the tribunal", "found", "W")],
        [("Testing of the supplement, arranged by her own lawyers, found no trace of ostarine, according to the decision.", "the decision", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Mairehau wrote on social media that she was “devastated and angry” and would appeal to the Sports Appeals Tribunal.", "Jaylah Mairehau", "wrote", "W")],
        [("“I have never knowingly taken anything in my life,” she wrote.", "Jaylah Mairehau", "wrote", ""),
         ("“I've been tested 31 times in four years and every one of those tests was clean.”", "Jaylah Mairehau", "wrote", "W")],
        [("She has 21 days to lodge an appeal.", "", "", "W")],
        [("WATCH: Mairehau's national title run from February (0:58)", "", "", "B")],
        [("Her coach, Fergus Oddie, who has trained her since she was 15, told The Southern Wire he was “gutted”.", "Fergus Oddie", "told The Southern Wire", "")],
        [("“I know this kid,” he said.", "Fergus Oddie", "said", ""),
         ("“She is not a cheat, and I will be in that appeal hearing with her.”", "Fergus Oddie", "said", "")],
        [("The Integrity Sport Commission said in a statement that the case showed “athletes are strictly liable for every substance found in their bodies”.", "The Integrity Sport Commission", "said in a statement", "")],
        [("The sport's national body said all of Mairehau's results since October 14 would be annulled, including her national title in February.", "The sport's national body", "said", "W")],
        [("That title passes to Imogen Priestley, who finished second in 11.19 seconds.", "", "", "W"),
         ("Priestley declined to comment.", "Imogen Priestley", "declined to comment", "")],
        [("Mairehau ran 11.02 seconds in March last year, the fastest time by an Australian woman in 13 years, and had been named in the provisional team for September's world championships.", "", "", "W")],
        [("Her sponsor, the sportswear brand Keelstride, said it had suspended her contract pending the appeal.", "Keelstride", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Mairehau is the third Australian track athlete banned for ostarine since 2022.", "", "", "W")],
        [("Selectors will name a replacement by May 1, a team spokesman said.", "a team spokesman", "said", "W")],
        [("It is a brutal fall for an athlete who, only two years ago, was stacking supermarket shelves overnight to pay for her training.", "", "", "W")],
        [("Will she run again?", "", "", "")],
        [("If the ban stands, Mairehau will be 28 when she is next eligible to compete.", "", "", "W")],
        [("Sports lawyer Ananya Sreedhar, who is not involved in the case, said appeals based on contaminated supplements rarely succeed without a tested sample from the same batch.", "Ananya Sreedhar", "said", "")],
        [("Join the conversation", "", "", "B")],
        [("47 comments", "", "", "B")],
        [("More Sport", "", "", "B")],
        [("Dunnagh Bay clinch top-two finish with 22-point win", "", "", "B")],
        [("Netball star signs three-year deal to stay in the west", "", "", "B")],
        [("Most watched", "", "", "B")],
        [("Watch: Spectator catches six one-handed while holding a pie (0:31)", "", "", "B")],
        [("Get The Southern Wire sport newsletter", "", "", "B")],
        [("The day's results, news and analysis, every weekday at 6am.", "", "", "B")],
        [("Enter your email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("By signing up, you agree to our Terms of Use and Privacy Policy.", "", "", "B")],
        [("The Southern Wire acknowledges the Traditional Owners of the land on which we work.", "", "", "B")],
        [("© 2026 Southern Wire Media Pty Ltd   |   Terms   |   Privacy   |   Contact   |   Advertise", "", "", "B")],
    ],
    [  # 6. US nonprofit statehouse news site: Senate passes an ambulance billing bill
        [("Domewatch", "", "", "B")],
        [("Nonpartisan. Nonprofit. Statehouse news for Idaho.", "", "", "B")],
        [("Topics   Legislature   Elections   Health   Education   Environment   Data   Newsletters", "", "", "B")],
        [("Donate", "", "", "B")],
        [("Health", "", "", "B")],
        [("Senate passes ambulance billing bill 24-11 after fight over rural providers", "", "", "W")],
        [("S.B. 214 would cap what patients pay for out-of-network ground ambulance rides and set a $750 minimum payment from insurers", "", "", "W")],
        [("By Marisol Ekdahl and Tobiah Jessop", "", "", "B")],
        [("April 2, 2026   |   6:45 pm", "", "", "B")],
        [("Share   Link copied!   Republish this story", "", "", "B")],
        [("The Idaho Senate voted 24-11 on Thursday to limit what out-of-network ground ambulance services can charge insured patients, sending the bill to the House after nearly three hours of debate.", "", "", "W")],
        [("Senate Bill 214 would limit a patient's share of an ambulance bill to what they would have paid in network, and require insurers to pay providers at least $750 per transport.", "", "", "W")],
        [("The bill's sponsor, Sen. Priscilla Hjelmstad, R-Pelton Ridge, said constituents had shown her bills of more than $4,000 for rides of less than 10 miles.", "Priscilla Hjelmstad", "said", "W")],
        [("“Nobody in the back of an ambulance is checking whether the crew is in network,” Hjelmstad said in a floor speech.", "Priscilla Hjelmstad", "said in a floor speech", "")],
        [("Sen. Wallace Kilburn, R-Cassia Gap, who voted against the bill, argued that the $750 floor was below what many volunteer-staffed rural services need to cover the cost of a call.", "Wallace Kilburn", "argued", "W")],
        [("“We are going to balance the insurance companies' books on the backs of the volunteer squad in Cassia Gap,” he said.", "Wallace Kilburn", "said", "")],
        [("The Senate rejected, 14-21, an amendment from Kilburn that would have exempted volunteer services from the $750 floor.", "", "", "W")],
        [("Hjelmstad said she was open to changes in the House “as long as patients stay out of the middle.”", "Priscilla Hjelmstad", "said", "")],
        [("Domewatch is a nonprofit newsroom funded by readers like you.", "", "", "B"),
         ("Your gift is tax-deductible.", "", "", "B")],
        [("Donate today", "", "", "B")],
        [("A fiscal note prepared by the Legislative Services Office estimates the bill would cost the state employee health plan about $1.2 million a year.", "A fiscal note prepared by the Legislative Services Office", "estimates", "W")],
        [("Two people familiar with negotiations over the bill, who spoke on condition of anonymity because the talks were private, said House leaders wanted the floor lowered to $600 before a vote in that chamber.", "Two people familiar with negotiations over the bill", "said", "W")],
        [("A spokeswoman for House Speaker Corbin Thorsgaard did not respond to a request for comment Thursday.", "A spokeswoman for House Speaker Corbin Thorsgaard", "did not respond to a request for comment", "")],
        [("The Idaho Association of Health Plans, which represents eight insurers, said in written testimony that the bill would “raise premiums for every family to subsidize a handful of providers.”", "The Idaho Association of Health Plans", "said in written testimony", "")],
        [("Leota Smalley, president of the Idaho EMS Chiefs Association, said 41 of the state's 186 licensed ambulance agencies are staffed entirely by volunteers.", "Leota Smalley", "said", "W")],
        [("She said her association had not taken a position on the final version of the bill.", "Leota Smalley", "said", "")],
        [("By the numbers", "", "", "B")],
        [("$1,940: median out-of-network charge for a ground ambulance ride in Idaho in 2024", "", "", "W")],
        [("19: states that already cap surprise ambulance bills", "", "", "W")],
        [("41: Idaho ambulance agencies staffed only by volunteers", "", "", "W")],
        [("Sources: state Department of Insurance; Idaho EMS Chiefs Association; Domewatch analysis", "", "", "B")],
        [("Nine of the 11 senators who voted no represent rural districts, according to a Domewatch review of the roll call.", "a Domewatch review of the roll call", "according to", "W")],
        [("Gov. Teodoro Brasfield has not said whether he would sign the bill.", "Teodoro Brasfield", "has not said", "")],
        [("His spokesman, Jarrah Quarendon, said Thursday that the governor “supports protecting patients from surprise bills” and would review the legislation if it reaches his desk.", "Jarrah Quarendon", "said", "")],
        [("The House Health and Welfare Committee is scheduled to hear the bill on April 7.", "", "", "W")],
        [("Correction: An earlier version of this story misstated the vote on Kilburn's amendment; it failed 14-21, not 13-22.", "", "", "W")],
        [("Have a question about this story? Email health@domewatch.example", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("Republish our articles for free, online or in print, under a Creative Commons license.", "", "", "B")],
        [("Copy to clipboard", "", "", "B")],
        [("Related", "", "", "B")],
        [("Idaho families report five-figure ambulance bills after rural crashes", "", "", "B")],
        [("Volunteer EMS squads shrink as members age out", "", "", "B")],
        [("Sign up for Domewatch Daily", "", "", "B")],
        [("Our morning newsletter on what's happening at the Statehouse, free in your inbox.", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1. Lawmakers clash over school voucher funding formula", "", "", "B")],
        [("2. What the new water rights ruling means for farmers", "", "", "B")],
        [("Domewatch is a nonprofit, nonpartisan newsroom.", "", "", "B"),
         ("We do not accept money from political parties or candidates.", "", "", "B")],
        [("© 2026 Domewatch   |   Privacy   |   Ethics policy   |   Contact", "", "", "B")],
    ],
    [  # 7. international news agency wire story: copper mine strike
        [("CNS", "", "", "B")],
        [("World   Business   Markets   Sustainability   Legal   More", "", "", "B")],
        [("Commodities", "", "", "B")],
        [("Chile copper mine strike enters second week as talks stall", "", "", "W")],
        [("By Valentina Irarrázaval and Hugo Bairstow", "", "", "B")],
        [("April 21, 2026 3:14 PM GMT   Updated 2 hours ago", "", "", "B")],
        [("[1/2] Striking workers gather at the entrance to the Cerro Tolquén copper mine near Puerto Lagunillas, Chile, April 20, 2026.", "", "", ""),
         ("CNS/Tomás Echenique", "", "", "B")],
        [("PUERTO LAGUNILLAS, Chile, April 21 (CNS) - A strike at the Cerro Tolquén copper mine entered its ninth day on Tuesday after talks between owner Andesmar Resources and the mine's largest union broke down overnight, both sides said.", "both sides", "said", "W")],
        [("The mine produced 312,000 metric tons of copper last year, about 6% of Chile's output, according to company filings.", "company filings", "according to", "W")],
        [("Union president Rodrigo Cifuentes-Mardones told CNS by phone that workers had rejected a final offer of a 4.5% real wage increase and a one-off bonus of 9 million pesos ($9,600) per worker.", "Rodrigo Cifuentes-Mardones", "told CNS", "W")],
        [("\"The company made $1.4 billion in profit last year and it offers us crumbs,\" he said.", "Rodrigo Cifuentes-Mardones", "said", "W")],
        [("Andesmar said in a statement that its offer was \"the best in the industry this year\" and that output had been cut to about 30% of capacity, with supervisors and contractors running the plant.", "Andesmar", "said in a statement", "W")],
        [("The company has said its offer would cost about $38 million over the three-year contract.", "The company", "has said", "W")],
        [("Contract workers, who are not covered by the collective agreement, have not joined the strike, the union said.", "the union", "said", "W")],
        [("Two sources with direct knowledge of the talks said the government's labor mediator could be called in as early as Thursday.", "Two sources with direct knowledge of the talks", "said", "")],
        [("One of the sources, who asked not to be named because the talks are confidential, said the two sides were about 1.5 percentage points apart on wages.", "One of the sources", "said", "W")],
        [("Police said about 200 strikers had blocked the access road to the mine for several hours on Monday before dispersing peacefully.", "Police", "said", "W"),
         ("Andesmar said no equipment had been damaged.", "Andesmar", "said", "W")],
        [("Cifuentes-Mardones said the union would hold an assembly on Wednesday to decide whether to accept mediation.", "Rodrigo Cifuentes-Mardones", "said", "W"),
         ("\"We are ready to talk, but not to be humiliated,\" he said.", "Rodrigo Cifuentes-Mardones", "said", "")],
        [("Chile's mining ministry declined to comment.", "Chile's mining ministry", "declined to comment", "")],
        [("Copper rose 1.2% to $10,480 a metric ton on the Pacific Metals Exchange on Tuesday.", "", "", "W"),
         ("Traders said the strike and falling stocks in Asian warehouses had supported prices.", "Traders", "said", "")],
        [("Andesmar shares closed down 2.8% in Santiago.", "", "", "W")],
        [("The Morning Metals newsletter brings you the day's key moves in mining and metals.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("Analysts at Puente Capital said in a note that every week of stoppage would cut about $45 million from Andesmar's annual core earnings.", "Analysts at Puente Capital", "said in a note", "")],
        [("The union represents 2,340 of the mine's 3,900 direct employees.", "", "", "W"),
         ("Its last strike, in 2021, lasted 23 days and cut output by an estimated 40,000 tons.", "", "", "W")],
        [("The stoppage is the third at a major Chilean copper mine this year.", "", "", "W"),
         ("Copper accounts for roughly half of the value of Chile's exports, and annual inflation stood at 3.9% in March, according to the national statistics institute.", "the national statistics institute", "according to", "W")],
        [("(Reporting by Valentina Irarrázaval in Puerto Lagunillas and Hugo Bairstow in Santiago; Writing by Ines Naylor; Editing by Mark Dobbin)", "", "", "B")],
        [("Our standards: The CNS editorial principles.", "", "", "B")],
        [("Purchase licensing rights", "", "", "B")],
        [("Suggested topics:   Mining   Chile   Labor   Metals", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Peru's copper exports rise 9% in March on new mine ramp-up", "", "", "B")],
        [("CNS, the news and media division of Cordillera Holdings, is a leading provider of news across the Americas.", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B"),
         ("© 2026 CNS.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. state election office's statement rebutting a viral "dead voters" claim
        [("Office of the Secretary of State   ·   State of Montana", "", "", "B")],
        [("Elections   Business Services   Records & Archives   Notary   About   Newsroom", "", "", "B")],
        [("Newsroom › Press releases", "", "", "B")],
        [("Secretary Midgley: Claims of 18,000 ‘dead voters’ in March primary are false", "Lorna Midgley", "Secretary Midgley:", "")],
        [("FOR IMMEDIATE RELEASE", "", "", "B")],
        [("March 24, 2026", "", "", "B")],
        [("Contact: Delphine Strudwick, Communications Director, (406) 555-0147", "", "", "B")],
        [("Posts circulating on social media since Friday claim that more than 18,000 deceased people voted in Montana's March 10 primary.", "Posts circulating on social media since Friday", "claim", "W")],
        [("That claim is false.", "", "", "")],
        [("The figure appears to come from a comparison of the statewide voter file with a commercial death-records list.", "", "", ""),
         ("That list matched voters by name and year of birth only, not by full date of birth or address.", "", "", "W")],
        [("County election administrators reviewed all 18,212 records on the list between Friday and Monday.", "", "", "W")],
        [("Of those, 18,164 belonged to living voters who share a name and birth year with a person who has died.", "", "", "W"),
         ("A further 41 were voters who died after returning a valid absentee ballot, which state law requires to be counted.", "", "", "W")],
        [("Pryor Basin County Clerk and Recorder Annelise Kropp said her staff had checked 2,906 names on the list by hand.", "Annelise Kropp", "said", "W"),
         ("“Every one of them was either alive or had voted before they died,” she said.", "Annelise Kropp", "said", "W")],
        [("The remaining seven records have been referred to the county attorneys in Pryor Basin and Two Forks counties for review.", "", "", "W")],
        [("Some of the posts, which have been shared more than 40,000 times, include a spreadsheet of names that the office has asked platforms to remove because it contains voters' dates of birth.", "", "", "W"),
         ("Voter registration records are public in Montana, but dates of birth are not.", "", "", "W")],
        [("“Montanans deserve facts, not rumors,” Secretary of State Lorna Midgley said.", "Lorna Midgley", "said", "")],
        [("“Our county clerks worked through the weekend to check every single name on that list, and what they found is that the system worked exactly the way it is supposed to.", "Lorna Midgley", "said", ""),
         ("Spreading false claims about our elections is not harmless.", "Lorna Midgley", "said", ""),
         ("It makes election workers' jobs harder, and it makes some of them afraid.”", "Lorna Midgley", "said", "")],
        [("The results of the primary were certified by the State Board of Canvassers on March 20.", "", "", "W")],
        [("How deceased voters are removed from the rolls", "", "", "")],
        [("The state Office of Vital Records sends the Secretary of State a list of deaths every month, and county clerks must cancel the registration of any voter on that list within 30 days.", "", "", "W")],
        [("The office does not use commercial death-records lists, because they are not matched to official death certificates.", "", "", "W")],
        [("Montana also compares its voter rolls with those of 24 other states through an interstate data-sharing agreement.", "", "", "W")],
        [("In 2025, county clerks removed 11,408 deceased voters from the rolls.", "", "", "W")],
        [("Anyone with information about a specific case of suspected voter fraud should report it to their county election office or to the Elections Division at elections@sos.mt.example.", "", "", "B")],
        [("Learn more about how Montana keeps its voter rolls accurate at sos.mt.example/voterlists.", "", "", "B")],
        [("###", "", "", "B")],
        [("Resources for voters", "", "", "B")],
        [("Check your registration status", "", "", "B")],
        [("Find your county election office", "", "", "B")],
        [("Related news", "", "", "B")],
        [("March 11, 2026 – Unofficial primary results posted for all 56 counties", "", "", "B")],
        [("February 27, 2026 – Absentee ballots mailed to 412,000 voters", "", "", "B")],
        [("Was this page helpful?   Yes   No", "", "", "B")],
        [("Accessibility   Privacy & Security   Contact Us   Employment", "", "", "B")],
        [("© 2026 Montana Secretary of State", "", "", "B")],
    ],
    [  # 9. judiciary website: a judge's sentencing remarks in a charity fraud
        [("Judiciary   ›   Judgments and sentencing remarks", "", "", "B")],
        [("Sentencing remarks", "", "", "B")],
        [("R v Fenella Rishworth", "", "", "")],
        [("In the Crown Court at Cawder", "", "", "B")],
        [("Before: His Honour Judge Giles Uttridge", "", "", "")],
        [("Sentenced: 17 March 2026", "", "", "W")],
        [("Case No: T20257114", "", "", "B")],
        [("These remarks are published in the interests of open justice.", "", "", "B"),
         ("The remarks as delivered in court are the only authoritative version.", "", "", "B")],
        [("Fenella Rishworth, you are 52 years old and you have pleaded guilty to one count of fraud by abuse of position.", "", "", "W")],
        [("You entered that plea at the first opportunity, on 9 January this year, and you will receive full credit for it.", "", "", "W")],
        [("Between April 2019 and August 2024 you were the honorary treasurer of the Cawder Valley Hospice Trust, a small charity that provides day care and respite for people with terminal illnesses and their families.", "", "", "W")],
        [("In that time you made 214 transfers from the charity's accounts to your own, totalling £187,450.", "", "", "W")],
        [("You disguised them in the accounts as payments to suppliers, some of which did not exist.", "", "", "W")],
        [("The fraud came to light only when a new independent examiner asked to see the invoices for the largest of those payments.", "", "", "W")],
        [("You told the police in interview that you had always intended to pay the money back.", "Fenella Rishworth", "told the police", "")],
        [("I do not accept that.", "", "", "")],
        [("By the time you were arrested you had spent almost all of it, most of it on online gambling.", "", "", "W")],
        [("I have read the statement of the charity's chair, Rosamund Earnshaw, who describes how the trust had to close its day-care service for three months in 2024 while it rebuilt its reserves.", "Rosamund Earnshaw", "describes", "W")],
        [("She says that volunteers who had given their time for years felt betrayed, and that two of the trust's regular donors have stopped giving.", "Rosamund Earnshaw", "says", "W")],
        [("Miss Quinlivan, for the prosecution, tells me that the charity has since recovered £12,300 under its insurance policy.", "Quinlivan", "tells me", "W")],
        [("Mr Ramsden, on your behalf, has told me about the death of your husband in 2018, your gambling addiction and the treatment you have sought for it since your arrest.", "Ramsden", "has told me", "")],
        [("He submits that the sentence could be suspended.", "Ramsden", "submits", "")],
        [("It cannot.", "", "", "")],
        [("This is a case of high culpability, because it involved an abuse of a position of significant trust over a sustained period.", "", "", "W")],
        [("The harm falls within category 2 of the guideline, which has a starting point of five years' custody and a range of three to six years.", "", "", "W")],
        [("The effect of your offending on the charity and on the families who depended on it moves the case upwards within that range.", "", "", "")],
        [("Your previous good character, your remorse and the steps you have taken to address your gambling move it back down.", "", "", "")],
        [("You have no previous convictions, and I have read references from your former employer and from your church.", "", "", "W")],
        [("I have also read a letter from your daughter, who says you have been a devoted grandmother to her two children.", "your daughter", "says", "")],
        [("Please stand.", "", "", "B")],
        [("Had you been convicted after a trial, the sentence would have been four years and six months.", "", "", "W")],
        [("With full credit for your plea, the sentence is three years' imprisonment.", "", "", "W")],
        [("You will serve up to half of that term in custody before you are released on licence.", "", "", "W")],
        [("Confiscation proceedings will follow, and a hearing is listed for 22 June 2026.", "", "", "W"),
         ("I make no order for costs.", "", "", "W"),
         ("The statutory surcharge will be imposed.", "", "", "W")],
        [("Stand down.", "", "", "B")],
        [("Back to judgments", "", "", "B")],
        [("Related: Sentencing guidelines for fraud", "", "", "B")],
        [("Contact   Accessibility   Privacy   Cookies", "", "", "B")],
        [("© Crown copyright", "", "", "B")],
    ],
    [  # 10. US small-town weekly's site: hospital to end baby deliveries
        [("The Weskett County Homesteader", "", "", "B")],
        [("Serving Weskett County since 1889", "", "", "B")],
        [("Home   News   Sports   Obituaries   Opinion   Classifieds   E-Edition   Subscribe", "", "", "B")],
        [("Loring, Kan. · 34°F Cloudy", "", "", "B")],
        [("Loring Memorial to end baby deliveries in June", "", "", "W")],
        [("By Corliss Vandeventer, Homesteader staff", "", "", "B")],
        [("Posted Wednesday, February 11, 2026 9:00 am", "", "", "B")],
        [("Loring Memorial Hospital will stop delivering babies on June 30, leaving expectant mothers in Weskett County a drive of at least 70 miles to the nearest labor and delivery unit.", "", "", "W")],
        [("The hospital's chief executive, Rhett Baumgardner, said in a letter to staff obtained by the Homesteader that the unit had delivered 94 babies in 2025, down from 171 in 2015.", "Rhett Baumgardner", "said in a letter to staff obtained by the Homesteader", "W")],
        [("“We simply cannot staff a unit safely, around the clock, for fewer than two births a week,” he wrote.", "Rhett Baumgardner", "wrote", "W")],
        [("The hospital has spent $610,000 on traveling nurses for the unit since July, according to the letter.", "the letter", "according to", "W")],
        [("Loring Memorial is the county's largest employer outside the school district, with 312 workers.", "", "", "W"),
         ("Its labor and delivery unit has six beds and 14 nurses, according to the hospital's website.", "the hospital's website", "according to", "W")],
        [("Two of the three family physicians who deliver babies at Loring Memorial are retiring this year.", "", "", "W")],
        [("Darla Pickel, a labor and delivery nurse at the hospital for 22 years, said staff learned of the decision at a meeting Monday morning.", "Darla Pickel", "said", "W")],
        [("“A lot of us cried,” she said.", "Darla Pickel", "said", ""),
         ("“Some of these moms I delivered, and now I'm delivering their babies.”", "Darla Pickel", "said", "")],
        [("Pickel said she had been offered a job in the emergency department but had not decided whether to take it.", "Darla Pickel", "said", "")],
        [("Kenzie Polcari, who is due in August, said she had already made the drive to Arnsdorf once, for an ultrasound.", "Kenzie Polcari", "said", "")],
        [("“In January, with ice on the road, that's two hours,” she said.", "Kenzie Polcari", "said", ""),
         ("“What happens when I'm in labor?”", "Kenzie Polcari", "said", "")],
        [("Weskett County recorded 118 births last year, according to state vital statistics, so about a fifth of local mothers were already delivering elsewhere.", "state vital statistics", "according to", "W")],
        [("Nineteen of the state's rural hospitals have closed their obstetric units since 2014, according to the state health department.", "the state health department", "according to", "W")],
        [("County Commissioner Lyle Oberholtzer said the commission would ask the hospital board to delay the closure until the county could study whether a tax levy could keep the unit open.", "Lyle Oberholtzer", "said", "W")],
        [("Oberholtzer said a levy of 2 mills would raise about $540,000 a year.", "Lyle Oberholtzer", "said", "W")],
        [("The hospital board, which voted 5-2 on Monday to approve the closure, next meets March 9.", "", "", "W")],
        [("Baumgardner said the emergency department would remain open 24 hours a day and that its staff would receive extra training in emergency deliveries.", "Rhett Baumgardner", "said", "W")],
        [("Prenatal care will continue at the hospital's clinic, he said.", "Rhett Baumgardner", "said", "W")],
        [("Baumgardner declined an interview request Tuesday, referring questions to the letter.", "Rhett Baumgardner", "declined an interview request", "")],
        [("The hospital said it would help patients transfer their care to Arnsdorf Regional Medical Center, 74 miles away, or to Cinder Bluff Hospital, 81 miles away.", "The hospital", "said", "W")],
        [("Arnsdorf Regional Medical Center did not respond to questions Tuesday about whether it could take on more patients.", "Arnsdorf Regional Medical Center", "did not respond to questions", "")],
        [("A public meeting on the closure will be held at 6:30 p.m. Feb. 24 in the exhibit hall at the Weskett County Fairgrounds.", "", "", "W")],
        [("Related: Loring Memorial reports $1.2 million loss for 2025 (Jan. 14)", "", "", "B")],
        [("Posted in News   |   Tags: Loring Memorial Hospital, health care, Weskett County Commission", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Lady Bison roll into sub-state final", "", "", "B")],
        [("Sheriff's log: Feb. 2-8", "", "", "B")],
        [("Subscribe to the Homesteader: $48 a year in the county, $62 elsewhere.", "", "", "B")],
        [("Letters to the editor: letters@weskett-homesteader.example", "", "", "B")],
        [("The Weskett County Homesteader · 112 N. Main St. · Loring, Kan. · (620) 555-0193", "", "", "B")],
        [("© 2026 Homesteader Publishing Co.", "", "", "B")],
    ],
    [  # 11. New Zealand public radio's news page: e-scooter injury study
        [("Southwind News", "", "", "B")],
        [("Listen live", "", "", "B")],
        [("Home   News   National   Rural   Pacific   Te Ao Māori   Sport   Podcasts", "", "", "B")],
        [("National", "", "", "B")],
        [("E-scooter injuries cost hospitals $9.6m a year, study finds", "study", "finds", "W")],
        [("8:02 am on 5 May 2026", "", "", "B")],
        [("Share this", "", "", "B")],
        [("Hana Rautahi, Health reporter", "", "", "B")],
        [("Listen to this story · 3′ 41″", "", "", "B")],
        [("A hire e-scooter left on a footpath in central Kaiwhero.", "", "", ""),
         ("Photo: Southwind / Hana Rautahi", "", "", "B")],
        [("E-scooter crashes sent 3140 people to emergency departments in the country's three largest cities last year, costing public hospitals an estimated $9.6 million, researchers have found.", "researchers", "have found", "W")],
        [("The study, published today in the Tasman Medical Journal, examined hospital records from 2021 to 2025.", "", "", "W")],
        [("It found a third of the patients had been riding after drinking alcohol, and one in five had a head injury.", "The study", "found", "W")],
        [("Lead author Dr Miriama Pokere, an emergency physician at Harbourview Hospital, said the injuries were “frequent, serious and largely preventable”.", "Miriama Pokere", "said", "")],
        [("“We see these patients every Friday and Saturday night, and the ones who hit their heads are the ones who stay,” she said.", "Miriama Pokere", "said", "")],
        [("The number of injuries rose every year, from 1870 in 2021 to 3140 in 2025, the researchers reported.", "the researchers", "reported", "W")],
        [("Figures from the state accident insurer show it accepted 11,200 e-scooter injury claims last year, at a cost of $31m.", "Figures from the state accident insurer", "show", "W")],
        [("Only 6 percent of the injured riders were wearing a helmet, the study found.", "the study", "found", "W")],
        [("The researchers counted only patients seen in emergency departments, so minor injuries treated at home or by GPs were not included.", "", "", "W")],
        [("Pokere said the team would next study whether crashes were more common on footpaths or on roads.", "Miriama Pokere", "said", "")],
        [("Helmets are not compulsory on e-scooters under the current road rules.", "", "", "W")],
        [("A spokesperson for the transport ministry said it was reviewing the rules for e-scooters as part of a wider review of footpath use, with recommendations due to the minister by December.", "A spokesperson for the transport ministry", "said", "W")],
        [("Flitline, which operates about 4000 hire scooters in the three cities, said in a statement that its own data showed 0.9 injuries per 100,000 rides.", "Flitline", "said in a statement", "W")],
        [("The company said it already limits speeds to 15km/h in city centres and blocks rentals between 2am and 5am at weekends in some areas.", "The company", "said", "W")],
        [("Is it time for compulsory helmets?", "", "", "")],
        [("Professor Oliver Ngaropo, an injury prevention researcher at Ruahine University who was not involved in the study, said the cost estimate was likely to be conservative because it did not include ambulance call-outs, GP visits or time off work.", "Oliver Ngaropo", "said", "W")],
        [("He said helmet rules overseas had not always led to fewer injuries, because fewer people chose to ride.", "Oliver Ngaropo", "said", "")],
        [("Kaiwhero City Council's transport committee will consider a proposal to cut the e-scooter speed limit to 12km/h at its meeting on 21 May.", "", "", "W")],
        [("Rider Josiah Faleolo, 27, said he would wear a helmet if the hire companies provided them.", "Josiah Faleolo", "said", "")],
        [("“Nobody carries a helmet around on the off chance,” he said.", "Josiah Faleolo", "said", "")],
        [("Kōrero mai: got a story tip?", "", "", "B"),
         ("Email our newsroom.", "", "", "B")],
        [("Tags:   Health   Transport   Kaiwhero", "", "", "B")],
        [("More from National", "", "", "B")],
        [("Fuel tax rise confirmed for July", "", "", "B")],
        [("Kiwifruit exports reach record value", "", "", "B")],
        [("Get the Southwind app", "", "", "B")],
        [("Copyright © 2026, Southwind Radio.", "", "", "B")],
    ],
    [  # 12. parliament's written questions page: rural bus services
        [("Written questions, answers and statements", "", "", "B")],
        [("Parliament home   Hansard   Committees   Bills   Written questions", "", "", "B")],
        [("Question for Department for Rural Affairs and Transport", "", "", "B")],
        [("UIN 71842, tabled on 2 March 2026", "", "", "B")],
        [("Asked by Gethin Moxley (Ivesdale and Eskmoor)", "", "", "B")],
        [("To ask the Secretary of State for Rural Affairs and Transport, how many supported bus services in rural areas have been withdrawn in each of the last three years.", "Gethin Moxley", "Asked by", "")],
        [("Answered on 10 March 2026", "", "", "B")],
        [("Answered by Priyanka Sowden (Minister of State for Rural Transport)", "", "", "B")],
        [("The Department does not hold information on individual supported services that have been withdrawn.", "Priyanka Sowden", "Answered by", "W")],
        [("Local transport authorities are responsible for deciding which services to support.", "Priyanka Sowden", "Answered by", "W")],
        [("However, the Department's annual bus statistics show that supported bus miles in predominantly rural areas fell from 41.2 million in 2022-23 to 36.8 million in 2024-25.", "Priyanka Sowden", "Answered by", "W")],
        [("Over the same period, the Government provided £312 million to rural authorities through the Rural Bus Fund.", "Priyanka Sowden", "Answered by", "W"),
         ("Allocations for 2026-27 were published on 19 February.", "Priyanka Sowden", "Answered by", "W")],
        [("Question for Department for Rural Affairs and Transport", "", "", "B")],
        [("UIN 71866, tabled on 3 March 2026", "", "", "B")],
        [("Asked by Isobel Ambridge (Ravensholme North)", "", "", "B")],
        [("To ask the Secretary of State for Rural Affairs and Transport, what assessment she has made of the potential impact on rural passenger numbers of the end of the £3 bus fare cap.", "Isobel Ambridge", "Asked by", "")],
        [("Answered on 11 March 2026", "", "", "B")],
        [("Answered by Priyanka Sowden (Minister of State for Rural Transport)", "", "", "B")],
        [("The fare cap will remain at £3 until 31 December 2026.", "Priyanka Sowden", "Answered by", "W")],
        [("An evaluation published in January found that the cap was associated with a 6% rise in passenger journeys in predominantly rural areas in its first year.", "Priyanka Sowden", "Answered by", "W")],
        [("Decisions on support for fares beyond 2026 will be taken in the autumn.", "Priyanka Sowden", "Answered by", "")],
        [("Question for Department for Rural Affairs and Transport", "", "", "B")],
        [("HL4109, tabled on 4 March 2026", "", "", "B")],
        [("Asked by Lord Wadsworth of Lowgill", "", "", "B")],
        [("To ask His Majesty's Government when they plan to publish the review of concessionary bus travel for disabled people announced in May 2025.", "Wadsworth", "Asked by", "")],
        [("Answered on 16 March 2026", "", "", "B")],
        [("Answered by Baroness Nowell (Lords Spokesperson)", "", "", "B")],
        [("The review is under way, and the Government intends to publish its findings later this year.", "Nowell", "Answered by", "")],
        [("Officials have met 14 disability organisations and 22 local authorities as part of the review since September.", "Nowell", "Answered by", "W")],
        [("Question for Department for Rural Affairs and Transport", "", "", "B")],
        [("UIN 71903, tabled on 5 March 2026", "", "", "B")],
        [("Asked by Gethin Moxley (Ivesdale and Eskmoor)", "", "", "B")],
        [("To ask the Secretary of State for Rural Affairs and Transport, whether she plans to extend the Rural Bus Fund beyond March 2027.", "Gethin Moxley", "Asked by", "")],
        [("Answered on 12 March 2026", "", "", "B")],
        [("Answered by Priyanka Sowden (Minister of State for Rural Transport)", "", "", "B")],
        [("The Rural Bus Fund has been confirmed until March 2027.", "Priyanka Sowden", "Answered by", "W"),
         ("Funding beyond that date will be considered at the next spending review.", "Priyanka Sowden", "Answered by", "")],
        [("Share this page", "", "", "B")],
        [("Print", "", "", "B")],
        [("Is this page useful?   Yes   No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("Accessibility statement   Cookie policy   Privacy notice   Contact", "", "", "B")],
        [("© Parliamentary copyright 2026", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- designations, titles and party tags ---------------------------------------------------------
    ("h16-sb-designation", "S.B. 214 now goes to the House. Sen. Priscilla Hjelmstad, R-Pelton Ridge, said she was open to changes.",
     ["S.B. 214 now goes to the House.", "Sen. Priscilla Hjelmstad, R-Pelton Ridge, said she was open to changes."]),
    ("h16-route-no", "The hospital is off Route No. 9 near Exit 14. Its clinic will stay open.",
     ["The hospital is off Route No. 9 near Exit 14.", "Its clinic will stay open."]),
    ("h16-st-at-start", "St. Gerard's Regional Medical Center said it was using bottled water. Elective procedures were postponed.",
     ["St. Gerard's Regional Medical Center said it was using bottled water.", "Elective procedures were postponed."]),
    ("h16-initials-prof", "Prof. O. T. Ngaropo said the estimate was conservative. He was not involved in the study.",
     ["Prof. O. T. Ngaropo said the estimate was conservative.", "He was not involved in the study."]),
    ("h16-miss-mr-counsel", "Miss Quinlivan, for the prosecution, tells me the charity has recovered £12,300. Mr Ramsden submits the sentence could be suspended. It cannot.",
     ["Miss Quinlivan, for the prosecution, tells me the charity has recovered £12,300.", "Mr Ramsden submits the sentence could be suspended.", "It cannot."]),
    # --- times, datelines and company suffixes ending or not ending a sentence -----------------------
    ("h16-am-end-and-mid", "The break was reported just after 2:30 a.m. Crews had isolated the main by 5 a.m. Tuesday, the city said.",
     ["The break was reported just after 2:30 a.m.", "Crews had isolated the main by 5 a.m. Tuesday, the city said."]),
    ("h16-state-dateline", "POMFRET, Mo. — About 41,000 customers are under a boil-water advisory. The city hopes to lift it by Friday.",
     ["POMFRET, Mo. — About 41,000 customers are under a boil-water advisory.", "The city hopes to lift it by Friday."]),
    ("h16-ltd-sentence-end", "The terminal is run by Saltreach Gateway Terminals Ltd. Stevedores' organiser Kieran Bramall said 300 jobs could go.",
     ["The terminal is run by Saltreach Gateway Terminals Ltd.", "Stevedores' organiser Kieran Bramall said 300 jobs could go."]),
    # --- quotes with ? and ! before the attribution, an ellipsis inside a quote ----------------------
    ("h16-question-quote-asked", "“If she can't get the number of police officers right, why should anyone believe her on anything else?” he asked. Loxham did not reply.",
     ["“If she can't get the number of police officers right, why should anyone believe her on anything else?” he asked.", "Loxham did not reply."]),
    ("h16-exclaim-quote-name", "“Not a drop of water!” Darnell Fontenot said on Tuesday. His laundromat has 30 machines.",
     ["“Not a drop of water!” Darnell Fontenot said on Tuesday.", "His laundromat has 30 machines."]),
    ("h16-ellipsis-in-quote", "The notice told residents to “boil all water … until further notice” and to keep receipts. Crews worked through the night.",
     ["The notice told residents to “boil all water … until further notice” and to keep receipts.", "Crews worked through the night."]),
    # --- brackets, emails and web addresses ---------------------------------------------------------
    ("h16-bracketed-aside", "Workers rejected a bonus of 9 million pesos ($9,600). (The peso has fallen 8% against the dollar this year.) Talks resume on Thursday.",
     ["Workers rejected a bonus of 9 million pesos ($9,600).", "(The peso has fallen 8% against the dollar this year.)", "Talks resume on Thursday."]),
    ("h16-email-and-address", "Report it to the Elections Division at elections@sos.mt.example. Learn more at sos.mt.example/voterlists.",
     ["Report it to the Elections Division at elections@sos.mt.example.", "Learn more at sos.mt.example/voterlists."]),
    # --- furniture lines: numbered lists, tickers, copyright, reference blocks -----------------------
    ("h16-most-viewed-numbers", "Most viewed\n1\nHeat health alert issued for southern England as temperatures head for 31C\n2\nKelsborough part company with manager after 11 games",
     ["Most viewed", "1", "Heat health alert issued for southern England as temperatures head for 31C", "2", "Kelsborough part company with manager after 11 games"]),
    ("h16-score-ticker-ov", "LIVE: Port Carrow 3/187 (42.1 ov) v Dunnagh Bay 241\nOlympic sports\nSprinter Jaylah Mairehau banned for four years after positive test",
     ["LIVE: Port Carrow 3/187 (42.1 ov) v Dunnagh Bay 241", "Olympic sports", "Sprinter Jaylah Mairehau banned for four years after positive test"]),
    ("h16-copyright-two", "© 2026 CNS. All rights reserved.",
     ["© 2026 CNS.", "All rights reserved."]),
    ("h16-uin-question-block", "UIN 71842, tabled on 2 March 2026\nAsked by Gethin Moxley (Ivesdale and Eskmoor)\nTo ask the Secretary of State for Rural Affairs and Transport, how many supported bus services in rural areas have been withdrawn.",
     ["UIN 71842, tabled on 2 March 2026", "Asked by Gethin Moxley (Ivesdale and Eskmoor)", "To ask the Secretary of State for Rural Affairs and Transport, how many supported bus services in rural areas have been withdrawn."]),
    ("h16-fact-box-lines", "By the numbers\n$1,940: median out-of-network charge for a ground ambulance ride in 2024\n41: Idaho ambulance agencies staffed only by volunteers\nSources: state Department of Insurance; Domewatch analysis",
     ["By the numbers", "$1,940: median out-of-network charge for a ground ambulance ride in 2024", "41: Idaho ambulance agencies staffed only by volunteers", "Sources: state Department of Insurance; Domewatch analysis"]),
    # --- headings: a case name and a subhead glued to the text without a stop ------------------------
    ("h16-case-name-lines", "R v Fenella Rishworth\nSentencing remarks\nYou entered that plea on 9 January. It was the first opportunity.",
     ["R v Fenella Rishworth", "Sentencing remarks", "You entered that plea on 9 January.", "It was the first opportunity."]),
    ("h16-subhead-glued", "A pattern of complaints It is the third time in 18 months that the authority has written to a minister.",
     ["A pattern of complaints", "It is the third time in 18 months that the authority has written to a minister."]),
]  # fmt: skip
