"""Thirtieth set of new hand-labelled pages for the hint engines (tuning set): sport and culture.

Written from scratch for issue 13 in round seventeen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, club, team, country side, horse, film,
album, song, show, theatre, company, helpline and number is invented (a few real countries and
nationalities appear only as places and as the country codes of a results table, England and Wales
only in registration lines, and currencies, units, time zones and social networks only as units and
settings), and no surname, town, team or outlet of any file under `tests/` is reused (each was
checked with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head
to tail, as a new user pastes it as plain text after selecting all in a browser, so every furniture
line is a paragraph of its own. The twelve pages are sport and culture pages, where results, scores
and records sit beside praise, predictions and feelings: a football transfer-deadline live blog; a
cricket Test match report with a match-stats table and scorecard lines; a US paper's basketball
playoff story with its box score; a tennis grand-slam final report with set scores, an order of play
and a "Where to watch" box; a horse-racing results page with the big race's story and every race's
placings, distances, tote and placepot lines; a film-festival review roundup with star ratings,
credits panels and the list of winners; an album review with a star rating, a numbered track list,
a release panel and a buying box; a TV ratings story built on a ratings firm's overnight data; a
theatre awards night story with the full list of winners; a club's own website statement on a
manager's sacking; a sports-betting integrity investigation; and a marathon results story with a
fundraising angle and a results table. The three things they stress are (1) furniture of every kind
worded afresh, at the head, in the middle and at the tail (score tickers, "LIVE", "Last updated",
"Show key events only", "Refresh", "Auto-update: On", key-event lists, time stamps with entry
headlines, transfer-odds boxes with "18+ | Play safe." and helplines, app and newsletter prompts,
"Match stats" tables, scorecard headings, "Comments are closed", "Subscribe: 99¢", "RELATED:" lines,
"BOX SCORE", ticket promos, reporter contact lines, "Order of play", "Where to watch", affiliate
disclosures, odds lines with "18+.", going and weather lines, betting offers with T&Cs, race
headings, "Tote:" and "Placepot:" lines, the provisional-results notice, star ratings, credits panels
with "Running time", "Watch the trailer", track lists, release panels, "Verdict", "Buy ..." and
"Stream on ..." lines, spoiler warnings, ratings tables with a "Source:" line, "How the figures
work", awards lists, booking-fee lines, registration lines, principal-partner lines, "BUY TICKETS",
"Latest result · Full-time: ...", "NEXT MATCH" boxes with "Kick-off:", "Player ratings:" and "Match
stats:" teasers, partner strips, "Listen to this article", corrections, tip lines, funding lines,
sponsor links, results tables and press-regulation lines); (2) who is speaking (managers, players,
coaches, trainers, jockeys, artists, producers and officials, "told Roundball Radio", "told the
club's website:", "said in a statement released by the club", "said in his post-match press
conference", "said in her on-court interview", "said in her acceptance speech", "said in the
post-screening Q&A", "wrote on Instagram", "told Furlong Daily", "said through his solicitor", "said
through an interpreter", "has admitted", "would not say", "did not name", "denies", "predicted",
"confirmed", "can confirm", surnames only after first mention, pronouns and role nouns ("the
jockey", "the ratings firm", "the trust"), a nickname in quotes inside a name, a name with "Jr.",
"Dame" dropped, quotes over several sentences and paragraphs, "according to sources close to the
club", "documents seen by Fieldhouse show", "overnight figures show", "The stewards found", "The
film claims", a governing body's statement and a ratings firm's data); (3) honest
check-worthiness: results, scores, records, fees, prizes, attendances, audiences and fundraising
totals "W" against praise, verdicts, predictions, feelings and scene "", with many borderline
sentences. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new28.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B"; captions by content and credits "B";
standfirsts and subheads labelled like headlines, question and topic subheads ""; kickers,
mastheads, widgets, score tickers and share strips "B"; fact-box headings "B" with their lines by
content; related lists, "Read more" lines, author bios and contact lines, comment furniture "B";
live-blog stamps, key-event lists, "Refresh" and welcome lines "B", entry headlines labelled like
headlines, "Role: ‘quote’" headlines resolved to the person named below with the role and colon as
cue; "per", "is understood to be" and "We understand" as in `labelled_new21.py`'s transfer blog,
"Done deals so far" a topic subhead with its rows "W"; odds boxes, betting offers and gambling-help
lines "B" line by line as in `labelled_new20.py`'s preview; "Match details" lines with "Kick-off:"
"W" but a fixture inside a ticket box "B"; score headers, scorers' lines, innings totals, bowling
figures, the toss, "Player of the match:" and results "W", line-ups, referee and umpire lines "";
a box score's team lines, totals, "3-point goals", "Fouled out", "Rebounds" and "Assists" lines "W",
its line-score rows "" and its attendance line ""; data rows "" with the table's title and header
row "B"; a product or buying box, star or score line, "Prices checked" and affiliate lines "B" line
by line, "Verdict" a heading "B" with the verdict sentences ""; a writer's or reviewer's own
judgements "" and measurable facts "W"; plans, votes and fixtures "W", forecasts ""; corrections:
the sentence saying what the article got wrong "", the right fact "W"; methodology headings "B",
a method sentence that states what the outlet did with numbers "W"; titles, honorifics, role words
and nicknames dropped from speakers; a pronoun, a later surname or a role noun for a person
resolved to the full name as first given; "the club", "the statement", "the company" and the like
kept as written; "wrote on social media" with the cue "wrote"; "said through a spokesman" keeping
the whole phrase as cue; "declined to comment", "did not respond", "would not say" and "did not
say" labelled like speech with flags ""; glued furniture items without full stops are ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* A transfer live blog: "Auto-update: On" is "B" with "Show key events only" and "Refresh"; the
  standfirst's deadline ("The window shuts at 11pm.") is a fixture, "W", and its promo sentence
  ("Every deal, every medical and every rumour, as it happens.") "B"; "Welcome to deadline day" and
  "Stick with us: ..." are welcome lines, "B", while the registration rule under them is "W". "has
  admitted" is a cue as written; "told the club's website:" keeps the cue without its colon, as
  "told The Daily Blare" did in `labelled_new19.py`; "wrote on Instagram" has the cue "wrote", the
  platform dropped as in `labelled_new21.py`; "She has not posted since." is "W" (checkable on the
  account). "the club said in a brief statement" keeps "the club" with the whole phrase, and "the
  statement read" keeps "the statement" with "read"; a writer's aside on the fans' mood and the
  "obvious replacement" judgement are "".
* A Test match report: the match page's score header ("Velmora 412 & 245-6 dec | Kestria 298 & 301
  | Velmora won by 58 runs") is "W", as in `labelled_new16.py`; the "Scorecard" heading is "B" and
  each innings line with its top scores and bowling figures is ONE "W" sentence, like a scorers'
  line; "Velmora won by 58 runs", "Toss:", "Player of the match:" and "Series:" are "W", "Umpires:"
  "" like a referee line; the "Match stats" table's heading and header row are "B", its innings rows
  "". Scores and overs ("118-2", "245-4", "19.4 overs", "5-61") never end or split a sentence; a
  wicket in a caption is "W"; "Then Kodituwakku found the rough ..." is a description of play, "".
  "said in his post-match press conference" is one cue; a coach's quip about his side's four good
  days is "", his confirmation of an injury that rules a player out "W".
* A US game story: "Subscribe: 99¢ for 6 months", "Sign In", the "LYNX" section label, "Staff
  writer", the "RELATED:" line, the ticket promo and its "Buy now", "BOX SCORE" and the reporter's
  contact sentences are "B"; the result line in capitals and the box-score lines are labelled as in
  `labelled_new26.py`, "Attendance: 19,118." a data line "" while the same crowd stated in the story
  is "W"; "Next: Game 1 vs. Cutbank Bay, 7:30 p.m. Wednesday, ..." is a fixture, "W", "vs." and "p.m."
  never ending it. A nickname in quotes inside the name (Isaiah “Ice” Kenward) is dropped from the
  speaker, as in `labelled_new13.py`, and "Ice" inside a coach's quote is not a speaker; "Darnell
  Sturdivant Jr." keeps "Jr." and "Sturdivant said" resolves to it; a player's family history stated
  by the paper ("Sturdivant Jr.'s father played four seasons ...") is "W", his own memory of his
  father in the stands "".
* A grand-slam report: the set scores with a tie-break in brackets ("6-4, 3-6, 7-6 (7-3)") are part
  of their sentence; "No. 1 seed" and "world No. 2" never split, even at the end of a sentence;
  "said in her on-court interview" is one cue; "would not say" is labelled like "declined to say".
  "Order of play, Sunday" is a heading, "B", and each court-and-time line under it is a fixture of
  record, "W", like the "Up next" fixtures of `labelled_new23.py` (unlike a ticket box); "Where to
  watch" and its TV, stream and highlights lines are a listing for viewers, "B", like a "TV:" line;
  the affiliate sentences and the odds line with "18+." and "Please gamble responsibly." are "B".
  A coach's double-fault count from last year's semi-final is "W".
* A racing results page: "Going: ..." is the official going of record, "W", like "Venue:", while
  the course weather line is a widget, "B"; each race heading (time, race name, class, distance) is
  the title of that race's results table, "B"; each placed horse's line (position, name, starting
  price, jockey, trainer) is a result of record, "W", like a scorers' line; "9 ran.", "Distances: 2l,
  5l." and "Non-runner: ..." are three "W" sentences, the abbreviations "l", "nk" and "hd" never
  ending one; "Stewards' inquiry: placings unaltered." and a horse pulled up lame are "W"; "Tote:",
  "Placepot:" and "Quadpot:" lines are data rows, "", like line-score rows; "Results are provisional
  until the weighed-in signal ..." is "B", like "figures are provisional"; the betting offer, its
  T&Cs, "18+ only.", the deposit-limit line and the two helpline sentences are "B". "The stewards
  found" carries "The stewards" with "found", like "the panel found"; "the jockey said" resolves the
  role noun to the jockey named above; a trainer's plan for the horse's next race is "W", her view
  that he will stay further "".
* A film-festival roundup: each film's title line is a name, "" like a report title; the star line
  ("★★★★★") is "B" like a rating line; the credits panel under each review ("Director:", "Starring:",
  the glued "Running time: ... · Certificate: ... · In cinemas ..." line) is a listing, "B" line by
  line, like a release panel; "Where to watch", each of its lines and "Watch the trailer" are "B".
  The synopsis of a fiction film is "" (the events of a story, not claims about the world), while a
  documentary's subject stated as fact ("... where wolves returned a decade ago") is "W"; "The film
  claims that ..." carries "The film" with the cue "claims" and is "W" for its figure, and the
  reviewer's "It never says where that figure comes from." is "W" about the film. Production facts
  (days of shooting, budget, purchase by a distributor, where scenes were filmed) are "W"; "said in
  the post-screening Q&A" is one cue; the winners list's heading is "B" and each prize line "W", its
  "dir." never ending a sentence. "Here is what our critics made of four of them." is "B".
* An album review: the verdict-style headline is ""; "ALBUM REVIEW" is a kicker, "B"; "Words by ..."
  is a byline, "B"; the "Tracklist" heading is "B" and each numbered track line is a data row, "",
  its number part of the line (never a sentence of its own), a title with "No. 9" in it included;
  the "Label:", "Producer:", "Released:" and "Formats:" panel, "Buy ...", "Vinyl LP ... at ...",
  "Stream on ...", the tour-tickets line and "Find tickets" are "B". A lyric quoted with "she sings"
  carries no speaker and is "", like a quoted sign; chart positions, prize shortlists, how and
  where the record was made, track lengths, streaming counts "according to" the label and tour dates
  are "W"; "told Pressing Matters" is a cue as written, the artist's account of when she wrote the
  songs ""; "Verdict" is "B" and its sentence "".
* A TV ratings story: the standfirst's "overnight figures show" carries "overnight figures" with
  "show"; "according to overnight figures from Audimetrix" keeps the phrase as written, and "the
  ratings firm said" keeps "the ratings firm", like "the company"; audiences, peaks, shares and the
  records they set are "W", and a broadcaster's own streaming count "said in a statement" is "W";
  "Audimetrix expects ..." (seven-day figures) is a forecast, ""; the spoiler warning, the ratings
  table's title and header row and its "Source:" line, "How the figures work" with its two method
  sentences and "Where to watch" with its lines are "B", the table's rows "". An analyst's account of
  when the drama was moved to a later slot is "W", his "appointment television is not dead" "".
* A theatre awards story: "said in her acceptance speech" is one cue ("Collecting the ... award,"
  is scene); "told reporters" after "Backstage," is the cue; "Dame" is dropped like "Sir"; "Full list
  of winners" is a heading, "B", and each "Category: winner" line is "W", like done-deal rows; a
  producer's announced tour is a plan, "W"; the ticket offer, "Booking fees apply.", the review
  teaser and the offers line are "B"; "It felt longer." is "", "She is 46." "W" without a speaker.
* A club's own statement page: the title "Club statement: Neil Garraway" is a name, ""; "Harnsworth
  Athletic can confirm that ..." carries the club with the cue "can confirm", "W", like "the
  Department ... announced today" in `labelled_new25.py`, and the rest of the club's text carries no
  speaker (the record, the appointment of the interim coach and "The process of appointing a new
  manager has begun." "W"; "The club would like to place on record its thanks ..." ""). "The club
  will make no further comment until an appointment is made." is a standard formula about what the
  page will publish, "B", like a reporting-restriction note. "Chairman X said:" is a lead-in, "" with
  him as speaker, and the quote's paragraphs carry him (the play-off final and "16 games left" "W").
  The record box's heading is "B" and its "Games:", "Won ... Drawn ... Lost ..." and "Honours:" lines
  "W"; the "Latest result · Full-time: ..." strip is a widget, "B"; the "NEXT MATCH" box with its
  "Kick-off:" line, prices and "Buy now" is a ticket box, "B"; "Player ratings: ..." and "Match
  stats: ..." in "Latest news" are related headlines, "B"; the partner strip and the registration
  line (two sentences, "Ltd." ending the first) are "B".
* A betting-integrity investigation: the dek's "documents seen by Fieldhouse show" keeps the
  documents as written with "show", and "according to documents seen by Fieldhouse" with "according
  to"; odds movements ("shortened from 13/2 to 2/1"), stakes, corners and alert counts are "W"; the
  "18+." and helpline sentences dropped into the story are "B". "According to sources close to the
  club," at the head of a sentence keeps the sources as written and is "W" for the named suspension;
  "X, 27, denies wrongdoing." carries X with the cue "denies" and is "", like "denied"; "said through
  his solicitor" is one cue; "It did not name them." after the FA's confirmation is labelled like
  "did not say" (the FA, "did not name", ""); "The league's governing body, the Marchland County FA,
  confirmed" drops the descriptor; "She predicted that ..." carries her with "predicted", "". The
  correction at the top is split as in `labelled_new26.py` (what the article said "", the right date
  "W", "v." never ending it); "How we reported this story" is "B" and its method sentence "W"; the
  tip-line question and address, the funding line and "More investigations" are "B".
* A marathon story: finishing times ("2:05:33", "5:48:12") never split; "8:30 a.m. from Vennell St.
  in the city centre" is one sentence, and a sentence ending in "a.m." or "p.m." ends there; "the 180
  ft. climb" does not end a sentence. "according to race director X" drops the role; "said through an
  interpreter" is one cue; "Police estimated" carries "Police" with "estimated" and is "W", like an
  estimate of record; "organisers said" and "the trust said" (kept as written) carry the fundraising
  totals, "W". A runner's loss and her reasons are "" (a personal account), her finishing time and
  the sum she raised "W", her plan to run again "if my knees agree" ""; the sponsor link and "Were
  you running?" with its email line are "B"; the "Results" heading, the "Men" and "Women" sub-titles
  and the header row are "B", each finisher's row ""; the press-regulation line is "B".

`CASES` holds 24 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Football site's transfer-deadline live blog: score ticker, key events, stamps and entry headlines, a 'Role: quote' headline, an odds box with gambling help, done deals, app and newsletter prompts",
    "National paper's cricket Test match report: score header, caption, post-match press conference, coach's quotes, a match-stats table, scorecard lines, toss, umpires and series lines",
    "US paper's basketball playoff story: No. 1 seed, a nickname in a name, a Jr. speaker, quotes over sentences, a ticket promo, a box score with line-score rows, a 'vs.' fixture and a contact line",
    "Tennis site's grand-slam final report: set scores with tie-breaks, on-court interview, 'wrote on Instagram', 'would not say', order of play, 'Where to watch', affiliate and odds lines",
    "Racing site's results page: going and weather lines, the big race's story with stewards and trainer quotes, betting offer with helplines, race headings, placings, distances, tote and placepot lines",
    "Film site's festival review roundup: star ratings, synopses against production facts, a documentary's claim, credits panels with running times, 'Where to watch', the list of winners",
    "Music site's album review: star rating, chart history, interview quotes, a quoted lyric, a numbered track list, release panel, verdict, buying box, tour tickets",
    "TV site's ratings story: overnight figures from a ratings firm, broadcasters' statements, a forecast, an analyst, 'wrote on Instagram', a ratings table, method box and 'Where to watch'",
    "Theatre site's awards night story: acceptance speeches, backstage remarks, a producer's tour plan, the organisers' vote count, the full list of winners, ticket offers",
    "Football club's own website statement on a manager's sacking: 'can confirm', thanks, the record, interim coach, chairman's 'said:' quote, 'told the club's website', next-match and partner boxes",
    "Sport site's betting-integrity investigation: documents and sources close to the club, odds movements and stakes, a governing body's statement, denial through a solicitor, gambling help, method and funding lines",
    "Regional paper's marathon results story: finishing times, a.m. and St., a ft. climb, race director, interpreter, fundraising totals, a runner's personal story, sponsor link and results table",
]

ARTICLES = [
    [  # 1. Football transfer-deadline live blog
        [("Skip to main content", "", "", "B")],
        [("TERRACE WIRE", "", "", "B")],
        [("Football   Cricket   Rugby   Tennis   Racing   Live Scores   More ▾", "", "", "B")],
        [("FT  Strathallow City 2-0 Lowcross  ·  FT  Morwick Vale 1-1 Fairlop Athletic  ·  Tonight 19:45  Durnford v. Kessendry", "", "", "B")],
        [("Football  ›  Transfers", "", "", "B")],
        [("Deadline day live: Strathallow land Pellegrotti for club-record £38m as Kelsworth scramble for a striker", "", "", "W")],
        [("The window shuts at 11pm.", "", "", "W"),
         ("Every deal, every medical and every rumour, as it happens.", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Last updated 22:41", "", "", "B")],
        [("Corinna Wakelam and Ruairí Ó Threasaigh", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("Refresh", "", "", "B")],
        [("Auto-update: On", "", "", "B")],
        [("Key events", "", "", "B")],
        [("21:58  OFFICIAL: Pellegrotti joins Strathallow", "", "", "B")],
        [("19:12  Thornqvist heads to Castlebrough on loan", "", "", "B")],
        [("16:40  Dunsgarth reject Kelsworth's first bid", "", "", "B")],
        [("22:41", "", "", "B")],
        [("Kelsworth manager: ‘We've tried everything’", "Ewan Killigrew", "Kelsworth manager:", "")],
        [("Kelsworth Albion manager Ewan Killigrew has admitted his club may finish the day without the striker he asked for in June.", "Ewan Killigrew", "has admitted", "")],
        [("“We've tried everything, and I mean everything,” Killigrew told Roundball Radio.", "Ewan Killigrew", "told Roundball Radio", ""),
         ("“We've had two bids turned down today alone.”", "Ewan Killigrew", "told Roundball Radio", "W")],
        [("Kelsworth's second offer for Dunsgarth forward Kofi Adutwum was worth £9.5m plus add-ons, according to sources close to the club.", "sources close to the club", "according to", "W")],
        [("22:20", "", "", "B")],
        [("Done deal: Castlebrough sign keeper Rautio on three-year contract", "", "", "W")],
        [("Castlebrough Town have completed the signing of goalkeeper Benedikt Rautio from Quillborough Rovers for an undisclosed fee.", "", "", "W")],
        [("The 26-year-old has signed a contract until June 2029, the club confirmed.", "the club", "confirmed", "W")],
        [("Rautio told the club's website: “It's a big club with big ambitions, and I can't wait to get started.”", "Benedikt Rautio", "told the club's website", "")],
        [("He made 112 league appearances for Quillborough and kept 41 clean sheets.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("21:58", "", "", "B")],
        [("OFFICIAL: Pellegrotti joins Strathallow for club-record fee", "", "", "W")],
        [("Strathallow City have signed Luca Pellegrotti from Brackenmere United for £38m, a club record, with a further £4m in potential add-ons.", "", "", "W")],
        [("The fee beats the £29.5m Strathallow paid for Rasmus Thornqvist two summers ago.", "", "", "W"),
         ("Pellegrotti, 23, scored 19 goals in all competitions last season and was named Brackenmere's player of the year.", "", "", "W")],
        [("Strathallow manager Odile Carrasquel said in a statement released by the club that the midfielder was “exactly the profile we have been chasing for two windows”.", "Odile Carrasquel", "said in a statement released by the club", "")],
        [("Brackenmere said the player had handed in a written transfer request on Friday.", "Brackenmere", "said", "W")],
        [("Reaction from Brackenmere supporters on social media has been, let's say, mixed.", "", "", "")],
        [("Transfer odds", "", "", "B")],
        [("Adutwum to sign for Kelsworth before the deadline: 5/2", "", "", "B")],
        [("Sarrazola to join Brackenmere: 4/6", "", "", "B")],
        [("Odds from Oddsmere, correct at 21:30.", "", "", "B"),
         ("18+ | Play safe.", "", "", "B"),
         ("For free, confidential support call the Stakewise helpline on 0808 555 0143.", "", "", "B")],
        [("20:47", "", "", "B")],
        [("Is Adutwum on his way?", "", "", "")],
        [("Pictures posted by a Dunsgarth fan appear to show Adutwum leaving the club's training ground with a bag over his shoulder.", "Pictures posted by a Dunsgarth fan", "appear to show", "")],
        [("We understand Dunsgarth want at least £12m and will not consider a loan.", "", "", "W")],
        [("Dunsgarth chief executive Harriet Brignall wrote on Instagram shortly before 8pm that “nobody leaves this club on the cheap”.", "Harriet Brignall", "wrote", "")],
        [("She has not posted since.", "", "", "W")],
        [("19:12", "", "", "B")],
        [("Thornqvist heads to Castlebrough on loan", "", "", "W")],
        [("Rasmus Thornqvist has joined Castlebrough on a season-long loan from Strathallow City, and Castlebrough must buy him for £12m if they stay up.", "", "", "W")],
        [("The Swede has started only four league games since his move two years ago.", "", "", "W")],
        [("Castlebrough head coach Brígh Ní Fhearghail said the deal “was done in about an hour once both clubs stopped posturing”.", "Brígh Ní Fhearghail", "said", "")],
        [("She added that Thornqvist would go straight into the squad for Saturday's game at Morwick Vale.", "Brígh Ní Fhearghail", "added", "W")],
        [("18:05", "", "", "B")],
        [("Brackenmere move for Sarrazola", "", "", "W")],
        [("Brackenmere United are in advanced talks with SC Ribeirinha over midfielder Joaquim Sarrazola, according to the Kelsworth Evening Echo.", "the Kelsworth Evening Echo", "according to", "W")],
        [("The fee is understood to be about €16m.", "", "", "W")],
        [("He would be the obvious replacement for Pellegrotti, and a cheaper one.", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("16:40", "", "", "B")],
        [("Dunsgarth reject Kelsworth's first bid", "", "", "W")],
        [("Dunsgarth have rejected an opening offer of £7m from Kelsworth for Adutwum, the club said in a brief statement.", "the club", "said in a brief statement", "W")],
        [("“The player is not for sale at that price,” the statement read.", "the statement", "read", "")],
        [("Adutwum has scored 14 goals in 22 league games this season, more than anyone else in the division.", "", "", "W")],
        [("14:02", "", "", "B")],
        [("Welcome to deadline day", "", "", "B")],
        [("Good afternoon and welcome to Terrace Wire's deadline-day live blog.", "", "", "B")],
        [("Clubs have until 11pm to register new signings with the league, and a deal sheet lodged by then buys two more hours to finish the paperwork.", "", "", "W")],
        [("Stick with us: it could be a long night.", "", "", "B")],
        [("Done deals so far", "", "", "")],
        [("Strathallow City: Luca Pellegrotti (Brackenmere United, £38m)", "", "", "W")],
        [("Castlebrough Town: Benedikt Rautio (Quillborough Rovers, undisclosed)", "", "", "W")],
        [("Castlebrough Town: Rasmus Thornqvist (Strathallow City, loan)", "", "", "W")],
        [("Get transfer alerts first with the Terrace Wire app.", "", "", "B")],
        [("Download on the App Store   |   Get it on Google Play", "", "", "B")],
        [("Sign up to The Final Whistle, our daily football newsletter", "", "", "B")],
        [("Enter your email   Sign up", "", "", "B")],
        [("More on transfers", "", "", "B")],
        [("Why Strathallow's £38m gamble could define their season", "", "", "B")],
        [("Every Castlebrough signing this summer, rated", "", "", "B")],
        [("© 2026 Terrace Wire Media Ltd", "", "", "B")],
        [("About us   Contact   Privacy   Cookies   Terms", "", "", "B")],
    ],
    [  # 2. Cricket Test match report with scorecard lines
        [("THE VELMORAN STANDARD", "", "", "B")],
        [("News   Business   Sport   Opinion   Life   E-paper", "", "", "B")],
        [("Sport  >  Cricket  >  Second Test: Velmora v. Kestria", "", "", "B")],
        [("Velmora 412 & 245-6 dec  |  Kestria 298 & 301  |  Velmora won by 58 runs", "", "", "W")],
        [("Kodituwakku's five-for seals series for Velmora", "", "", "W")],
        [("Left-arm spinner takes 5-61 on a wearing fifth-day pitch as Kestria fall 58 short of 359", "", "", "W")],
        [("Imogen Trelawney at Kessendry Oval", "", "", "B")],
        [("Monday 9 March 2026, 7.40pm", "", "", "B")],
        [("Share   Post   Email", "", "", "B")],
        [("Nuwan Kodituwakku celebrates the wicket of Kestria captain Rhys Dolbenmaen on the final afternoon.", "", "", "W")],
        [("Photograph: Tobiah Reddaway/Lensline", "", "", "B")],
        [("Nuwan Kodituwakku took five wickets in the final session as Velmora beat Kestria by 58 runs on the fifth day of the second Test at Kessendry Oval, taking an unbeatable 2-0 lead in the three-match series.", "", "", "W")],
        [("Set 359 to win, Kestria resumed on 118-2 and were still in the contest at tea on 245-4, with their captain, Rhys Dolbenmaen, unbeaten on 87.", "", "", "W")],
        [("Then Kodituwakku found the rough outside the right-hander's off stump.", "", "", "")],
        [("Dolbenmaen was caught at slip for 96, four short of what would have been his 11th Test hundred, and the last six wickets fell for 56 runs in 19.4 overs.", "", "", "W")],
        [("Kodituwakku finished with 5-61 from 27.4 overs, the third five-wicket haul of his Test career and his first away from home.", "", "", "W"),
         ("It was as good a spell of left-arm spin as this ground has seen in years.", "", "", "")],
        [("Kodituwakku, 31, said in his post-match press conference that the ball had started to grip “from about the second over after lunch”.", "Nuwan Kodituwakku", "said in his post-match press conference", "")],
        [("“Honestly, I was just trying to be patient,” he said.", "Nuwan Kodituwakku", "said", ""),
         ("“The skipper told me I'd bowl the whole session if I had to.", "Nuwan Kodituwakku", "said", ""),
         ("In the end I nearly did.”", "Nuwan Kodituwakku", "said", "")],
        [("Velmora captain Chamindu Wettasinghe, whose second-innings 104 set up the declaration on Sunday, called it “the best Test win I've been part of”.", "Chamindu Wettasinghe", "called", "")],
        [("Wettasinghe declared on 245-6 shortly after reaching his hundred, leaving his bowlers 129 overs to bowl Kestria out.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Match stats", "", "", "B")],
        [("Innings   Runs   Wkts   Overs   Run rate", "", "", "B")],
        [("Velmora 1st   412   10   131.2   3.13", "", "", "")],
        [("Kestria 1st   298   10   97.5   3.05", "", "", "")],
        [("Velmora 2nd   245   6 dec   58.0   4.22", "", "", "")],
        [("Kestria 2nd   301   10   104.4   2.88", "", "", "")],
        [("Kestria's hopes had rested on Dolbenmaen and the left-handed Jovan Estabrook, who put on 127 for the third wicket.", "", "", "W")],
        [("Estabrook fell for 61 to the second new ball, edging Dasun Mallawarachchi to the keeper, and the partnership that might have won the match was over.", "", "", "W")],
        [("Kestria head coach Barnaby Wintersgill told reporters his side had “played well enough to win for four days and badly enough to lose for one session”.", "Barnaby Wintersgill", "told reporters", "")],
        [("He confirmed that opener Marlon Tavernor, who retired hurt on 14 after being struck on the glove by Mallawarachchi, had fractured his thumb and would miss the third Test.", "Barnaby Wintersgill", "confirmed", "W")],
        [("“It's a blow, no question,” Wintersgill said.", "Barnaby Wintersgill", "said", ""),
         ("“But we've got lads who've been waiting for a chance.”", "Barnaby Wintersgill", "said", "")],
        [("The crowd of 14,206 on the final day was the largest for a fifth day at the ground, according to the Velmora Cricket Board.", "the Velmora Cricket Board", "according to", "W")],
        [("Many of them stayed for an hour after the presentation.", "", "", "")],
        [("Velmora have now won five of their last six home Tests.", "", "", "W"),
         ("The third Test starts at Port Ellisand on Friday 20 March.", "", "", "W")],
        [("Scorecard", "", "", "B")],
        [("Velmora 412 (Wettasinghe 88, Ranaweera 74; Witheridge 4-97) and 245-6 dec (Wettasinghe 104, Ranaweera 51)", "", "", "W")],
        [("Kestria 298 (Dolbenmaen 71, Estabrook 44; Kodituwakku 3-70) and 301 (Dolbenmaen 96, Estabrook 61; Kodituwakku 5-61, Mallawarachchi 3-58)", "", "", "W")],
        [("Velmora won by 58 runs", "", "", "W")],
        [("Toss: Velmora, who chose to bat", "", "", "W")],
        [("Player of the match: Chamindu Wettasinghe (Velmora)", "", "", "W")],
        [("Umpires: Pieter Van Staaden and Fergal Mac Aodhagáin", "", "", "")],
        [("Series: Velmora lead the three-match series 2-0", "", "", "W")],
        [("More cricket", "", "", "B")],
        [("Wettasinghe: ‘I only declare when I'm sure’", "", "", "B")],
        [("Kestria call up uncapped seamer for third Test", "", "", "B")],
        [("Get The Follow-On, our cricket newsletter, every Monday.", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("© The Velmoran Standard 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. US paper's basketball game story with box-score lines
        [("The Granmere Courier-Ledger", "", "", "B")],
        [("Subscribe: 99¢ for 6 months", "", "", "B")],
        [("Sign In", "", "", "B")],
        [("Sports  |  Lynx  |  High Schools  |  College  |  Outdoors", "", "", "B")],
        [("LYNX", "", "", "B")],
        [("Kenward's 38 lift Lynx past Comets and into conference finals", "", "", "W")],
        [("Granmere's All-League guard hits seven 3-pointers as the No. 1 seed closes out the series 4-2", "", "", "W")],
        [("By Tess Oberlander", "", "", "B")],
        [("Staff writer", "", "", "B")],
        [("Updated May 17, 2026, 11:52 p.m. PT", "", "", "B")],
        [("Isaiah “Ice” Kenward scored 38 points and made seven 3-pointers Sunday night as the Granmere Lynx beat the Pellston Valley Comets 117-109 at Foundry Arena to win their second-round series 4-2.", "", "", "W")],
        [("The Lynx, the top seed after a 58-24 regular season, will face the No. 4 Cutbank Bay Tritons in the conference finals, starting Wednesday in Granmere.", "", "", "W")],
        [("Kenward, who scored 11 points on 3-of-15 shooting in the Game 5 loss, said he had watched that tape “three or four times” before Sunday.", "Isaiah Kenward", "said", "W")],
        [("“I owed these guys one,” Kenward said after the game.", "Isaiah Kenward", "said", ""),
         ("“Game 5 was on me.", "Isaiah Kenward", "said", ""),
         ("Tonight was for them.”", "Isaiah Kenward", "said", "")],
        [("Lynx coach Rosalind Eichelberger said the difference was defense in the fourth quarter, when the Comets made 6 of 21 shots.", "Rosalind Eichelberger", "said", "W")],
        [("“We decided at the timeout that nobody was getting to the rim again,” she told reporters.", "Rosalind Eichelberger", "told reporters", "")],
        [("“Ice did the rest.”", "Rosalind Eichelberger", "told reporters", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Granmere led 58-51 at halftime but trailed 86-84 after three quarters.", "", "", "W"),
         ("Kenward hit back-to-back 3s in the first two minutes of the fourth, and the Comets never got closer than four points again.", "", "", "W")],
        [("Darnell Sturdivant Jr. added 22 points and 12 rebounds, his fourth double-double of the playoffs.", "", "", "W")],
        [("Sturdivant Jr.'s father played four seasons for the old Granmere Pioneers in the same building, then called the Civic Coliseum.", "", "", "W")],
        [("“My dad sat in the second row tonight and didn't say a word,” Sturdivant said.", "Darnell Sturdivant Jr.", "said", ""),
         ("“That's how I knew he was nervous.”", "Darnell Sturdivant Jr.", "said", "")],
        [("RELATED: Kenward named to All-League first team for second straight year", "", "", "B")],
        [("Khalil Dziedzicki led Pellston Valley with 31 points.", "", "", "W")],
        [("Comets center Terrence Mbadiwe left with a sprained left ankle late in the third quarter and did not return.", "", "", "W")],
        [("Comets coach Vernon Picklesimer said he did not yet know how serious the injury was.", "Vernon Picklesimer", "said", "")],
        [("“They made shots.", "Vernon Picklesimer", "said", ""),
         ("We didn't.", "Vernon Picklesimer", "said", ""),
         ("That's the series,” Picklesimer said.", "Vernon Picklesimer", "said", "")],
        [("The announced crowd of 19,118 was a sellout, the 41st in a row at Foundry Arena.", "", "", "W")],
        [("Lynx playoff tickets: Conference finals seats from $89.", "", "", "B"),
         ("Buy now", "", "", "B")],
        [("BOX SCORE", "", "", "B")],
        [("LYNX 117, COMETS 109", "", "", "W")],
        [("PELLSTON VALLEY (109): Dziedzicki 12-24 4-5 31, Mbadiwe 5-7 2-4 12, Ferebee 6-13 0-0 15, Esquivel 4-11 5-6 14, Tandy 3-8 2-2 9, Dorsainvil 4-6 1-2 9, Kilgallon 7-10 2-2 19.", "", "", "W"),
         ("Totals 41-79 16-21 109.", "", "", "W")],
        [("GRANMERE (117): Kenward 13-22 5-6 38, Sturdivant Jr. 9-15 4-6 22, Swearengin 5-9 2-2 13, Honeycutt 4-10 4-4 14, Thibodaux 3-5 0-0 8, Lastovica 5-8 1-1 11, Buckalew 5-6 1-2 11.", "", "", "W"),
         ("Totals 44-75 17-21 117.", "", "", "W")],
        [("Pellston Valley   27   24   35   23   —   109", "", "", "")],
        [("Granmere   29   29   26   33   —   117", "", "", "")],
        [("3-point goals: Pellston Valley 11-34 (Dziedzicki 3-9, Ferebee 3-7, Kilgallon 3-5, Tandy 1-6, Esquivel 1-7); Granmere 12-29 (Kenward 7-12, Honeycutt 2-6, Thibodaux 2-3, Swearengin 1-5, Sturdivant Jr. 0-3).", "", "", "W")],
        [("Fouled out: None.", "", "", "W"),
         ("Rebounds: Pellston Valley 38 (Mbadiwe 9), Granmere 45 (Sturdivant Jr. 12).", "", "", "W"),
         ("Assists: Pellston Valley 21 (Esquivel 8), Granmere 26 (Kenward 9).", "", "", "W")],
        [("Attendance: 19,118.", "", "", "")],
        [("Next: Game 1 vs. Cutbank Bay, 7:30 p.m. Wednesday, Foundry Arena", "", "", "W")],
        [("Tess Oberlander covers the Lynx for the Courier-Ledger.", "", "", "B"),
         ("Reach her at toberlander@granmerecl.com.", "", "", "B")],
        [("More Lynx coverage", "", "", "B")],
        [("Eichelberger's defense-first rebuild finally pays off", "", "", "B")],
        [("Photos: Lynx fans pack Foundry Arena for Game 6", "", "", "B")],
        [("Copyright © 2026 The Granmere Courier-Ledger.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Site Map", "", "", "B")],
    ],
    [  # 4. Tennis grand-slam report with set scores
        [("DEUCE DAILY", "", "", "B")],
        [("Tours   Slams   Rankings   Results   Betting   Shop", "", "", "B")],
        [("Valdmark Open  ·  Women's singles  ·  Final", "", "", "B")],
        [("Dussautoy saves two set points in tie-break to win first Valdmark title", "", "", "W")],
        [("The No. 1 seed beat Katarina Vlasenko 6-4, 3-6, 7-6 (7-3) in two hours and 51 minutes, the longest women's final in the tournament's history", "", "", "W")],
        [("By Greta Skarsvik, at St. Kerensa Court", "", "", "B")],
        [("Published 14:02 GMT, 24 January 2026  |  6 min read", "", "", "B")],
        [("Mireille Dussautoy kisses the Valdmark trophy after her three-set win.", "", "", "W"),
         ("(Photo: Lensline)", "", "", "B")],
        [("Mireille Dussautoy won her first Valdmark Open title on Saturday, beating Katarina Vlasenko 6-4, 3-6, 7-6 (7-3) in the longest women's final in the tournament's 61-year history.", "", "", "W")],
        [("The match on St. Kerensa Court lasted two hours and 51 minutes, eight minutes longer than the 2009 final.", "", "", "W")],
        [("Dussautoy, the world No. 1, trailed 5-4 in the deciding set and faced two set points on Vlasenko's serve before breaking back to love.", "", "", "W")],
        [("She then won the first five points of the tie-break.", "", "", "W")],
        [("It was the kind of finish that makes a career.", "", "", "")],
        [("“I don't know how I did that,” Dussautoy said in her on-court interview, still holding the trophy.", "Mireille Dussautoy", "said in her on-court interview", ""),
         ("“At 5-4 I was already thinking about the speech for the runner-up.”", "Mireille Dussautoy", "said in her on-court interview", "")],
        [("The 24-year-old collects $3.1 million in prize money, and her second major title moves her 1,120 ranking points clear of the world No. 2.", "", "", "W")],
        [("Vlasenko, the 11th seed, was playing her first Grand Slam final.", "", "", "W"),
         ("She hit 47 winners to Dussautoy's 29 but made 58 unforced errors.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("“I gave her too many free points at the end,” Vlasenko told reporters.", "Katarina Vlasenko", "told reporters", ""),
         ("“But I'll be back here.", "Katarina Vlasenko", "told reporters", ""),
         ("I promise you that.”", "Katarina Vlasenko", "told reporters", "")],
        [("Later on Saturday she wrote on Instagram that she was “proud, sore and hungry for more”, alongside a photograph of her runner-up plate.", "Katarina Vlasenko", "wrote", "")],
        [("Dussautoy's coach, Ottilie Brennfleck, said the pair had spent the off-season rebuilding her second serve.", "Ottilie Brennfleck", "said", ""),
         ("“She double-faulted 11 times in the semi here last year,” Brennfleck said.", "Ottilie Brennfleck", "said", "W"),
         ("“Today it was twice.”", "Ottilie Brennfleck", "said", "W")],
        [("The roof was closed for the third set after rain began to fall at 4-4, a delay of 22 minutes.", "", "", "W")],
        [("Dussautoy said the break “saved” her.", "Mireille Dussautoy", "said", "")],
        [("Men's semi-finals", "", "", "")],
        [("In the first men's semi-final, No. 3 seed Sebastián Olmedilla beat Henrik Falkenstrom 7-6 (9-7), 6-7 (4-7), 6-3, 6-4 after three hours and 38 minutes.", "", "", "W")],
        [("Olmedilla will face the defending champion, No. 2 seed Aurelio Quistorp, who led an injured Yusuf Kaminaga 6-2, 6-1, 2-0 when Kaminaga retired with a back problem.", "", "", "W")],
        [("Falkenstrom, 34, would not say whether this would be his last Valdmark Open.", "Henrik Falkenstrom", "would not say", "")],
        [("Order of play, Sunday", "", "", "B")],
        [("St. Kerensa Court, from 2 p.m.: Men's doubles final, Aaslund/Ndiaye-Holm v. Iturbide/Gathii", "", "", "W")],
        [("Not before 7:30 p.m.: Men's singles final, Olmedilla (3) v. Quistorp (2)", "", "", "W")],
        [("Where to watch", "", "", "B")],
        [("TV: Sportcast 2 from 1.30 p.m. GMT", "", "", "B")],
        [("Stream: Sportcast Go (subscription required)", "", "", "B")],
        [("Highlights: Deuce Daily YouTube channel, 11 p.m.", "", "", "B")],
        [("Some links on this page are affiliate links.", "", "", "B"),
         ("If you buy through them, Deuce Daily may earn a commission.", "", "", "B")],
        [("Valdmark Open final odds: Olmedilla 8/11, Quistorp 11/10.", "", "", "B"),
         ("18+.", "", "", "B"),
         ("Please gamble responsibly.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("How Dussautoy rebuilt her serve in 12 weeks", "", "", "B")],
        [("Vlasenko's long road from qualifying to a Grand Slam final", "", "", "B")],
        [("Get Deuce Daily's Match Point newsletter", "", "", "B")],
        [("© 2026 Deuce Daily  ·  Privacy  ·  Cookie settings", "", "", "B")],
    ],
    [  # 5. Horse-racing results page with the big race's story
        [("FURLONG DAILY", "", "", "B")],
        [("Racecards   Results   Fast Results   Non-Runners   Tipping   Bet Offers", "", "", "B")],
        [("Results  ›  Fellmouth  ›  Saturday 14 March 2026", "", "", "B")],
        [("Going: Good to soft, soft in places (watered)", "", "", "W")],
        [("Fellmouth weather: Overcast, 9°C, wind SW 12mph", "", "", "B")],
        [("Brass Lantern stays on to land Fellmouth Gold Cup for Dresslar", "", "", "W")],
        [("Mulcreevy's mount holds Copper Kettle Lad by a neck and keeps the race after a stewards' inquiry", "", "", "W")],
        [("Roisin Hatchard  ·  Racing reporter  ·  5:12pm", "", "", "B")],
        [("Brass Lantern won the Fellmouth Gold Cup by a neck on Saturday, holding off Copper Kettle Lad in a driving finish and then surviving a 14-minute stewards' inquiry.", "", "", "W")],
        [("The eight-year-old, trained by Philippa Dresslar and ridden by Ciarán Mulcreevy, was sent off at 9-2 and collected the £85,000 first prize for the Lantern Partnership, a syndicate of 20 owners.", "", "", "W")],
        [("Copper Kettle Lad, the 15-8 favourite, was two lengths down jumping the last but closed with every stride.", "", "", "W"),
         ("For a few seconds after the line nobody in the stands seemed sure who had won.", "", "", "")],
        [("The stewards found that Brass Lantern had drifted left on the run-in and caused minor interference, but that it had not affected the result, and the placings remained unaltered.", "The stewards", "found", "W")],
        [("“I couldn't watch the inquiry,” Dresslar told Furlong Daily.", "Philippa Dresslar", "told Furlong Daily", ""),
         ("“I went and stood with the horse.", "Philippa Dresslar", "told Furlong Daily", ""),
         ("He's the best I've ever had, and I've had him since he was a foal.”", "Philippa Dresslar", "told Furlong Daily", "")],
        [("Dresslar said Brass Lantern would now be aimed at the Ardcallow Champion Chase on April 18.", "Philippa Dresslar", "said", "W"),
         ("“I think he'll stay further than three miles, and that race will tell us,” she said.", "Philippa Dresslar", "said", "")],
        [("It was Mulcreevy's 40th winner of the season and his first at Grade 2 level.", "", "", "W")],
        [("“He was idling in front, that's why he hung,” the jockey said.", "Ciarán Mulcreevy", "said", ""),
         ("“I'd say he'll improve for it.”", "Ciarán Mulcreevy", "said", "")],
        [("Seamus Ó Gríofa, trainer of Copper Kettle Lad, said he would not appeal against the stewards' decision.", "Seamus Ó Gríofa", "said", "W")],
        [("A crowd of 6,840 was at Fellmouth, the course's best Saturday attendance since 2019, according to the clerk of the course.", "the clerk of the course", "according to", "W")],
        [("Bet on today's racing", "", "", "B")],
        [("New customers: bet £10, get £30 in free bets.", "", "", "B"),
         ("T&Cs apply.", "", "", "B")],
        [("18+ only.", "", "", "B"),
         ("Set a deposit limit before you play.", "", "", "B"),
         ("Worried about your gambling?", "", "", "B"),
         ("Visit stakewise.org.uk or call 0808 555 0143.", "", "", "B")],
        [("Full results", "", "", "B")],
        [("1.50  Fellmouth Novices' Hurdle (Class 3)  2m 4f", "", "", "B")],
        [("1st  Miss Tansy  11-4  (Jodie Kernick)  Trainer: Hugo Bellchambers", "", "", "W")],
        [("2nd  Orchard Quarrel  6-1  (Tom Shergold)", "", "", "W")],
        [("3rd  Marshlight Bell  15-8 fav  (Ciarán Mulcreevy)", "", "", "W")],
        [("9 ran.", "", "", "W"),
         ("Distances: 2l, 5l.", "", "", "W"),
         ("Non-runner: Tidal Ember", "", "", "W")],
        [("Tote: Win £3.70; Places £1.50, £2.10, £1.20; Exacta £19.40", "", "", "")],
        [("2.25  Fellmouth Handicap Chase (Class 2)  2m 5f", "", "", "B")],
        [("1st  Gannet Point  7-1  (Tom Shergold)  Trainer: Annika Scannell", "", "", "W")],
        [("2nd  Hobnail  5-2 fav  (Jodie Kernick)", "", "", "W")],
        [("3rd  Quiet Heron  12-1  (Ciarán Mulcreevy)", "", "", "W")],
        [("11 ran.", "", "", "W"),
         ("Distances: 1¾l, hd.", "", "", "W"),
         ("Gorse Fire was pulled up before two out and was found to be lame.", "", "", "W")],
        [("Tote: Win £8.10; Places £2.40, £1.60, £3.90; Exacta £41.20", "", "", "")],
        [("3.00  The Fellmouth Gold Cup (Grade 2)  3m", "", "", "B")],
        [("1st  Brass Lantern  9-2  (Ciarán Mulcreevy)  Trainer: Philippa Dresslar", "", "", "W")],
        [("2nd  Copper Kettle Lad  15-8 fav  (Jodie Kernick)", "", "", "W")],
        [("3rd  Sable Major  10-1  (Tom Shergold)", "", "", "W")],
        [("7 ran.", "", "", "W"),
         ("Distances: nk, 9l.", "", "", "W"),
         ("Stewards' inquiry: placings unaltered.", "", "", "W")],
        [("Tote: Win £5.90; Places £2.30, £1.40; Exacta £12.80", "", "", "")],
        [("3.35  Fellmouth Hunters' Chase (Class 6)  3m 2f", "", "", "B")],
        [("1st  Tallyho Tom  3-1 jt-fav  (Mr Fintan Dorrian)  Trainer: Annika Scannell", "", "", "W")],
        [("2nd  Bishop's Ferry  3-1 jt-fav  (Miss Lottie Whitgift)", "", "", "W")],
        [("6 ran.", "", "", "W"),
         ("Distance: 4l.", "", "", "W")],
        [("Placepot: £48.60  ·  Quadpot: £12.20", "", "", "")],
        [("Results are provisional until the weighed-in signal and may change after any inquiry.", "", "", "B")],
        [("More racing", "", "", "B")],
        [("Tips: our best bets for Sunday at Lough Derra", "", "", "B")],
        [("Non-runners for Sunday's meetings", "", "", "B")],
        [("Furlong Daily is published by Cranesbill Media Ltd.", "", "", "B"),
         ("18+.", "", "", "B"),
         ("Please gamble responsibly.", "", "", "B")],
    ],
    [  # 6. Film-festival review roundup with star ratings and credits panels
        [("REELHOUSE", "", "", "B")],
        [("Reviews   Festivals   Streaming   Interviews   Box Office   Newsletters", "", "", "B")],
        [("Festivals  /  Orrinmouth 2026", "", "", "B")],
        [("Orrinmouth 2026 review roundup: salt, grief and one very good comedy", "", "", "")],
        [("Our critics on four films from the competition, as the Silver Cormorant goes to Ines Haldorsson's The Salt Year", "", "", "W")],
        [("By Reelhouse staff  ·  3 May 2026", "", "", "B")],
        [("Reelhouse may earn a commission when you buy or rent through links on this page.", "", "", "B")],
        [("The 38th Orrinmouth International Film Festival closed on Saturday night with its top prize, the Silver Cormorant, going to Ines Haldorsson's The Salt Year.", "", "", "W")],
        [("Jury president Annelie Brusewitz said the decision had been unanimous and “took about four minutes”.", "Annelie Brusewitz", "said", "W")],
        [("This year's competition had 19 films, seven of them first features, and the festival sold 61,500 tickets, according to its organisers.", "its organisers", "according to", "W")],
        [("Here is what our critics made of four of them.", "", "", "B")],
        [("The Salt Year", "", "", "")],
        [("★★★★★", "", "", "B")],
        [("Haldorsson's second feature follows a widowed trawler skipper who takes her teenage son to sea for one last season before she sells the boat.", "", "", "")],
        [("It is patient, bruising and very beautiful, and its final 20 minutes are as tense as any thriller this year.", "", "", "")],
        [("Shot in 31 days aboard a working trawler with a crew of 14, it was made for less than €900,000.", "", "", "W")],
        [("Haldorsson told Reelhouse the cast and crew slept on the boat for the whole shoot.", "Ines Haldorsson", "told Reelhouse", "W"),
         ("“Nobody could go home and complain to their partner, so they complained to me,” she said.", "Ines Haldorsson", "said", "")],
        [("Brynja Thorlacius, as the skipper, carries whole scenes without a word.", "", "", "")],
        [("Director: Ines Haldorsson", "", "", "B")],
        [("Starring: Brynja Thorlacius, Eino Ostervold", "", "", "B")],
        [("Running time: 118 mins  ·  Certificate: 15  ·  In cinemas 12 June", "", "", "B")],
        [("Quiet Engines", "", "", "")],
        [("★★★☆☆", "", "", "B")],
        [("A sister goes missing from a ferry between two islands, and her brother, a mechanic who distrusts everyone, sets out to prove she did not jump.", "", "", "")],
        [("Youssef Benmansour's thriller has a terrific first hour and then runs out of road.", "", "", "")],
        [("It had its world premiere at Orrinmouth on Tuesday and has already been bought by Marrowline Pictures for release in the autumn.", "", "", "W")],
        [("Benmansour said in the post-screening Q&A that the ferry scenes were filmed in a car park, with the sea added later.", "Youssef Benmansour", "said in the post-screening Q&A", "W")],
        [("You would never know.", "", "", "")],
        [("Director: Youssef Benmansour", "", "", "B")],
        [("Running time: 104 mins  ·  Certificate: 15", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("A Map of Wolves", "", "", "")],
        [("★★☆☆☆", "", "", "B")],
        [("Lucja Wierzbowska's documentary follows three sheep farmers in a mountain valley where wolves returned a decade ago.", "", "", "W")],
        [("The film claims that wolves killed 412 sheep in the valley in 2024, more than in the previous five years combined.", "The film", "claims", "W"),
         ("It never says where that figure comes from.", "", "", "W")],
        [("The farmers are vivid company, but the wolves themselves barely appear, and at 97 minutes it feels long.", "", "", "")],
        [("Director: Lucja Wierzbowska", "", "", "B")],
        [("Running time: 97 mins  ·  Certificate: 12A", "", "", "B")],
        [("Harbour Lights Out", "", "", "")],
        [("★★★★☆", "", "", "B")],
        [("A seaside pub loses its licence on the eve of its 200th birthday, and the regulars plan a party anyway.", "", "", "")],
        [("It is the funniest British film in years.", "", "", ""),
         ("It won the festival's audience award by the widest margin in the prize's history, organisers said.", "organisers", "said", "W")],
        [("Its star, Dervla Brusk, said in the post-screening Q&A that about a third of the dialogue was improvised.", "Dervla Brusk", "said in the post-screening Q&A", "W")],
        [("“The script said ‘they argue about crisps’, and we took it from there,” she said.", "Dervla Brusk", "said", "")],
        [("Director: Owain Tregidgo", "", "", "B")],
        [("Running time: 91 mins  ·  Certificate: 15  ·  In cinemas 29 May", "", "", "B")],
        [("Where to watch", "", "", "B")],
        [("The Salt Year: in cinemas from 12 June", "", "", "B")],
        [("A Map of Wolves: streaming on Flickbox from 20 May", "", "", "B")],
        [("Watch the trailer", "", "", "B")],
        [("Orrinmouth 2026: the winners", "", "", "B")],
        [("Silver Cormorant (best film): The Salt Year, dir. Ines Haldorsson", "", "", "W")],
        [("Best director: Youssef Benmansour, Quiet Engines", "", "", "W")],
        [("Best performance: Brynja Thorlacius, The Salt Year", "", "", "W")],
        [("Audience award: Harbour Lights Out, dir. Owain Tregidgo", "", "", "W")],
        [("Get our weekly Reelhouse Picks newsletter: what to watch, in cinemas and at home.", "", "", "B")],
        [("More from Orrinmouth", "", "", "B")],
        [("Ines Haldorsson: ‘I wanted the sea to be the villain’", "", "", "B")],
        [("The 10 films we can't wait to see at Orrinmouth", "", "", "B")],
        [("© Reelhouse Media 2026  |  About  |  Advertise  |  Privacy", "", "", "B")],
    ],
    [  # 7. Album review with star rating, track list and buying box
        [("PRESSING MATTERS", "", "", "B")],
        [("News   Reviews   Features   Playlists   Tickets   Shop", "", "", "B")],
        [("Reviews  ›  Albums", "", "", "B")],
        [("ALBUM REVIEW", "", "", "B")],
        [("Nell Cawdrey – Lowland Hymns review: a quiet record that gets louder every time you play it", "", "", "")],
        [("★★★★☆", "", "", "B")],
        [("The folk singer's third album, made in a converted chapel in 11 days, is her boldest yet", "", "", "W")],
        [("Words by Jonah Feltwell", "", "", "B")],
        [("Published 6 March 2026  ·  4 min read", "", "", "B")],
        [("When you buy through links on our site, we may earn an affiliate commission.", "", "", "B")],
        [("Three years ago Nell Cawdrey was the quietest person at every festival she played.", "", "", ""),
         ("Her second album, Wrackline, reached No. 7 in the album chart in 2023 and was shortlisted for the Gilliflower Prize, which she lost to a jazz trio.", "", "", "W")],
        [("Lowland Hymns was recorded live in 11 days in a converted Methodist chapel, with producer Sol Kanaventi and a five-piece band, most of them playing in the same room.", "", "", "W")],
        [("You can hear the room.", "", "", ""),
         ("On opener Salt Road a door bangs somewhere behind the drums, and nobody bothered to take it out.", "", "", "")],
        [("Cawdrey told Pressing Matters in an interview last month that she wrote half of the songs in the fortnight after her father's funeral.", "Nell Cawdrey", "told Pressing Matters", ""),
         ("“I didn't want to make a sad record,” she said.", "Nell Cawdrey", "said", ""),
         ("“I wanted to make one that sounded like the wake.”", "Nell Cawdrey", "said", "")],
        [("It does.", "", "", ""),
         ("Fieldfare is a drinking song with a funeral underneath it, and The Drowned Bell, at nearly nine minutes, is the longest thing she has ever released.", "", "", "W")],
        [("“Nobody drowns in a field,” she sings on Winter Orchard, and the band comes in a bar too late, on purpose.", "", "", "")],
        [("Not everything works.", "", "", ""),
         ("Plough Song borrows its tune a little too obviously from a traditional reel, and the two instrumentals in the middle slow things down.", "", "", "")],
        [("Lead single Salt Road has been streamed more than four million times since its release in November, according to Cinderbox Records.", "Cinderbox Records", "according to", "W")],
        [("Cawdrey tours the album in April, with 14 dates ending at the Wendlebury Corn Exchange on April 30.", "", "", "W")],
        [("Tracklist", "", "", "B")],
        [("1. Salt Road", "", "", "")],
        [("2. Fieldfare", "", "", "")],
        [("3. Lammas", "", "", "")],
        [("4. Winter Orchard", "", "", "")],
        [("5. Nightjar (instrumental)", "", "", "")],
        [("6. Hedgecutter", "", "", "")],
        [("7. Hornbeck's Reel (instrumental)", "", "", "")],
        [("8. Plough Song", "", "", "")],
        [("9. No. 9 Chapel Row", "", "", "")],
        [("10. The Drowned Bell", "", "", "")],
        [("Label: Cinderbox Records", "", "", "B")],
        [("Producer: Sol Kanaventi", "", "", "B")],
        [("Released: 6 March 2026", "", "", "B")],
        [("Formats: LP, CD, digital", "", "", "B")],
        [("Verdict", "", "", "B")],
        [("A slow-burning, generous record from a songwriter who has stopped whispering.", "", "", "")],
        [("Buy Lowland Hymns", "", "", "B")],
        [("Vinyl LP  £24.99  at Spindle Records", "", "", "B")],
        [("Stream on Streamline", "", "", "B")],
        [("Tickets for Nell Cawdrey's April tour are on sale now, from £22.50.", "", "", "B")],
        [("Find tickets", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("Nell Cawdrey: ‘I sang in pubs for ten years before anyone listened’", "", "", "B")],
        [("The 20 best folk albums of 2025", "", "", "B")],
        [("Sign up for Needle Drop, our new-music newsletter.", "", "", "B"),
         ("One email every Friday.", "", "", "B")],
        [("© Pressing Matters Publishing Ltd 2026", "", "", "B")],
    ],
    [  # 8. TV ratings story built on a ratings firm's data
        [("SCREENWIRE", "", "", "B")],
        [("TV   Film   Streaming   Ratings   Reviews   Podcasts   Newsletters", "", "", "B")],
        [("RATINGS", "", "", "B")],
        [("The Lantern Keepers finale draws 8.2m, the biggest drama audience of the year", "", "", "W")],
        [("Northcast's period drama peaked at 9.1m on Sunday, overnight figures show, while Westbeam's Star Ascent slipped to a series low", "overnight figures", "show", "W")],
        [("By Priyanka Sadagopan, TV editor", "", "", "B")],
        [("Monday 23 November 2026, 10.14am GMT", "", "", "B")],
        [("Warning: this article contains spoilers for the final episode.", "", "", "B")],
        [("The final episode of Northcast's The Lantern Keepers was watched by an average of 8.2 million people on Sunday night, according to overnight figures from Audimetrix.", "overnight figures from Audimetrix", "according to", "W")],
        [("The audience peaked at 9.1 million at 9.52pm, during the episode's last 15 minutes, when the lighthouse keeper's daughter finally opened the sealed letter.", "", "", "W")],
        [("That makes it the most-watched drama episode of the year so far, ahead of the 7.6 million who saw the first episode of Westbeam's The Ninth Lock in January.", "", "", "W"),
         ("The finale's share of everyone watching television at the time was 38.4%.", "", "", "W")],
        [("It was also the highest overnight audience for a Sunday drama on any channel since 2021, the ratings firm said.", "the ratings firm", "said", "W")],
        [("Over on Westbeam, the talent show Star Ascent drew 3.1 million, its lowest live Sunday audience since it began in 2019.", "", "", "W")],
        [("A Northcast spokesperson said in a statement that the finale had also been streamed 1.4 million times on its catch-up service by Monday morning.", "A Northcast spokesperson", "said in a statement", "W")],
        [("“We are thrilled that so many people stayed with the Keepers to the very last page,” the statement said.", "the statement", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Ratings at a glance (Sunday, overnights)", "", "", "B")],
        [("Programme   Channel   Average   Peak   Share", "", "", "B")],
        [("The Lantern Keepers   Northcast   8.2m   9.1m   38.4%", "", "", "")],
        [("Star Ascent   Westbeam   3.1m   3.6m   15.9%", "", "", "")],
        [("Sunday Countryside   Northcast   4.4m   4.9m   24.0%", "", "", "")],
        [("Source: Audimetrix overnight data, individuals aged 4+, live and same-day viewing", "", "", "B")],
        [("Westbeam said Star Ascent's overnight figure did not include viewers who watched on its app, whom it put at about a quarter of the show's audience.", "Westbeam", "said", "W")],
        [("A Westbeam spokesperson declined to comment on reports that the show would not return next year.", "A Westbeam spokesperson", "declined to comment", "")],
        [("Audimetrix expects the finale's audience to rise above 11 million once seven days of catch-up viewing are added.", "Audimetrix", "expects", "")],
        [("Cormac Tapply, a media analyst at Frameline Research, said the numbers showed that “appointment television is not dead, it just has to be very good”.", "Cormac Tapply", "said", "")],
        [("He said Northcast had moved the drama from 8pm to 9pm for its final three episodes.", "Cormac Tapply", "said", "W")],
        [("The show's star, Imelda Vinnicombe, wrote on Instagram on Sunday night that she had watched the finale “from behind a cushion, like everyone else”.", "Imelda Vinnicombe", "wrote", "")],
        [("Northcast confirmed on Monday that a second series had been commissioned, with filming due to start in the spring.", "Northcast", "confirmed", "W")],
        [("Its creator, Rufus Muircroft, told Screenwire he already knew how the second series would end.", "Rufus Muircroft", "told Screenwire", ""),
         ("“I'm not telling anyone, including the cast,” he said.", "Rufus Muircroft", "said", "")],
        [("Where to watch", "", "", "B")],
        [("The Lantern Keepers: all six episodes on Northcast Player", "", "", "B")],
        [("Star Ascent: Saturdays and Sundays, 7pm, Westbeam and the Westbeam app", "", "", "B")],
        [("How the figures work", "", "", "B")],
        [("Overnight figures count people who watch a programme live or later the same day on a TV set.", "", "", "B"),
         ("Seven-day figures, published a week later, add catch-up viewing.", "", "", "B")],
        [("Get Screenwire Daily, the TV newsletter, in your inbox every morning.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Related", "", "", "B")],
        [("The Lantern Keepers finale review: a perfect ending, almost", "", "", "B")],
        [("Is Star Ascent running out of stars?", "", "", "B")],
        [("Screenwire is published by Scobie Media Ltd.", "", "", "B"),
         ("© 2026.", "", "", "B")],
    ],
    [  # 9. Theatre awards night story with the full list of winners
        [("STAGECALL", "", "", "B")],
        [("News   Reviews   Awards   Tickets   Interviews   Jobs", "", "", "B")],
        [("Awards  ›  Footlight Awards 2026", "", "", "B")],
        [("The Weight of Rooms sweeps Footlight Awards with five wins, including best new play", "", "", "W")],
        [("Philippa Harbinson and Corentin Vautrin take the acting prizes; Lamplight Lane is named best musical", "", "", "W")],
        [("By Fenella Spedding", "", "", "B")],
        [("Monday 13 April 2026, 12.05am", "", "", "B")],
        [("Updated 1.40am", "", "", "B")],
        [("Tamsin Brodribb's The Weight of Rooms won five Footlight Awards at the Corrowdale Rotunda on Sunday night, the most for a new play since the awards began in 1987.", "", "", "W")],
        [("It was named best new play and also won best actress, for Philippa Harbinson, best director, for Kwabena Bonsu, and both design prizes.", "", "", "W")],
        [("The play, about three generations of a family who never leave one flat, opened at the 180-seat Candlewick Theatre last May and transferred to the West Arcade in January.", "", "", "W")],
        [("Collecting the best new play award, Brodribb said in her acceptance speech that she had written the first draft “on the night bus, in a notebook I still owe the library for”.", "Tamsin Brodribb", "said in her acceptance speech", "")],
        [("“This is for every theatre with fewer than 200 seats,” she said.", "Tamsin Brodribb", "said", ""),
         ("“That's where the plays are.”", "Tamsin Brodribb", "said", "")],
        [("Harbinson, who plays the grandmother, beat three actresses from West Arcade musicals, including last year's winner.", "", "", "W")],
        [("Backstage, she told reporters she had almost turned the part down because she thought she was too young for it.", "Philippa Harbinson", "told reporters", ""),
         ("She is 46.", "", "", "W")],
        [("Best actor went to Corentin Vautrin for his performance as a disgraced chef in the revival of Salt and Smoke.", "", "", "W")],
        [("“I'd like to thank my mother, who has seen it nine times and still thinks the second act is too long,” Vautrin said.", "Corentin Vautrin", "said", "")],
        [("Lamplight Lane, which has been running for four years and has taken more than £60 million at the box office, according to its producers, won best musical at its third attempt.", "its producers", "according to", "W")],
        [("Its producer, Adaeze Tanfield, said on stage that the show would begin a tour of 22 cities in September.", "Adaeze Tanfield", "said", "W")],
        [("Buy Lamplight Lane tickets from £25 with Stagecall Tickets.", "", "", "B"),
         ("Booking fees apply.", "", "", "B")],
        [("The ceremony, hosted by the comedian Ned Gwilliam, ran 40 minutes over its scheduled finish.", "", "", "W"),
         ("It felt longer.", "", "", "")],
        [("The awards' organising body, the Society of Stage Producers, said in a statement that 4,100 theatregoers had voted in the two audience categories, a record.", "the Society of Stage Producers", "said in a statement", "W")],
        [("Dame Margery Quiney received the lifetime achievement award, 61 years after her first professional role.", "", "", "W")],
        [("“I have been very lucky, and I have been very stubborn, and I'm not sure which mattered more,” she said, to a standing ovation.", "Margery Quiney", "said", "")],
        [("Full list of winners", "", "", "B")],
        [("Best new play: The Weight of Rooms by Tamsin Brodribb (West Arcade)", "", "", "W")],
        [("Best musical: Lamplight Lane (Gaslight Company)", "", "", "W")],
        [("Best actress: Philippa Harbinson, The Weight of Rooms", "", "", "W")],
        [("Best actor: Corentin Vautrin, Salt and Smoke", "", "", "W")],
        [("Best director: Kwabena Bonsu, The Weight of Rooms", "", "", "W")],
        [("Best revival: Salt and Smoke (Tiverstock Playhouse)", "", "", "W")],
        [("Audience award for best show: Lamplight Lane", "", "", "W")],
        [("Lifetime achievement: Dame Margery Quiney", "", "", "W")],
        [("Watch highlights from the ceremony on Stagecall TV.", "", "", "B")],
        [("Read our review: The Weight of Rooms is the play of the decade", "", "", "B")],
        [("Stagecall Tickets offers: save up to 40% on selected West Arcade shows this week", "", "", "B")],
        [("Newsletter: the best of theatre, every Thursday.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("© Stagecall Ltd 2026.", "", "", "B"),
         ("Registered in England and Wales No. 07718204.", "", "", "B")],
    ],
    [  # 10. Club's own website statement on a manager's sacking
        [("HARNSWORTH ATHLETIC FC", "", "", "B")],
        [("Principal Partner: Quernstone Building Society", "", "", "B")],
        [("Home   News   Fixtures & Results   Tickets   Shop   Hospitality   Academy   Foundation", "", "", "B")],
        [("BUY TICKETS", "", "", "B")],
        [("Latest result  ·  Full-time: Ottermoor Town 3-1 Harnsworth Athletic", "", "", "B")],
        [("News  ›  Club News", "", "", "B")],
        [("Club statement: Neil Garraway", "", "", "")],
        [("Published: 10/02/2026 18:30", "", "", "B")],
        [("By Club Media", "", "", "B")],
        [("Harnsworth Athletic can confirm that Neil Garraway has left his position as first-team manager with immediate effect.", "Harnsworth Athletic", "can confirm", "W")],
        [("Assistant manager Paul Cheriton has also left the club.", "", "", "W")],
        [("Neil joined the club in May 2024 and led the team to promotion from the National Division through the play-offs in his first season.", "", "", "W")],
        [("The club would like to place on record its thanks to Neil and Paul for their hard work and commitment, and wishes them every success in the future.", "", "", "")],
        [("However, after a run of one win in 12 league matches, which leaves the team 21st in the table, the board felt a change was necessary.", "", "", "W")],
        [("Under-21s head coach Kieran Tolputt will take charge of the first team on an interim basis, starting with Saturday's home game against Morwick Vale.", "", "", "W"),
         ("Tolputt, 38, has been at the club since 2019 and has taken charge of the first team once before, for a cup tie in 2023.", "", "", "W")],
        [("The process of appointing a new manager has begun.", "", "", "W"),
         ("The club will make no further comment until an appointment is made.", "", "", "B")],
        [("Chairman Desmond Ufton said:", "Desmond Ufton", "said", "")],
        [("“This is never a decision any board takes lightly.", "Desmond Ufton", "said", ""),
         ("Neil gave this club its best night in 30 years when we won the play-off final, and nobody here will forget that.", "Desmond Ufton", "said", "W")],
        [("“But results this season have not been good enough, and with 16 games left we owe it to our supporters to act now.", "Desmond Ufton", "said", "W")],
        [("“I'd ask everyone to get behind Kieran and the players on Saturday.”", "Desmond Ufton", "said", "")],
        [("Tolputt told the club's website: “It's a privilege to be asked, and I've told the players the table doesn't lie, but it doesn't decide anything in February either.”", "Kieran Tolputt", "told the club's website", "")],
        [("“We'll be ready for Saturday.”", "Kieran Tolputt", "told the club's website", "")],
        [("Neil Garraway at Harnsworth", "", "", "B")],
        [("Games: 91", "", "", "W")],
        [("Won 41  ·  Drawn 22  ·  Lost 28", "", "", "W")],
        [("Honours: National Division play-off winners 2024-25", "", "", "W")],
        [("NEXT MATCH", "", "", "B")],
        [("Harnsworth Athletic v Morwick Vale", "", "", "B")],
        [("Saturday 14 February  ·  Kick-off: 3pm  ·  Yewbarrow Park", "", "", "B")],
        [("Adults £18  ·  Concessions £12  ·  Under-16s £5", "", "", "B")],
        [("Buy now", "", "", "B")],
        [("Latest news", "", "", "B")],
        [("Player ratings: how the Athletic rated at Ottermoor", "", "", "B")],
        [("Match stats: Ottermoor Town 3-1 Harnsworth Athletic", "", "", "B")],
        [("Foundation's walking football sessions return in March", "", "", "B")],
        [("Club partners", "", "", "B")],
        [("Quernstone Building Society   Ravelford Motors   Skelding & Dray Solicitors   Tapwell Brewery", "", "", "B")],
        [("Follow us   X   Facebook   Instagram   TikTok   YouTube", "", "", "B")],
        [("Harnsworth Athletic Football Club Ltd.", "", "", "B"),
         ("Registered in England No. 00412398.", "", "", "B")],
        [("© 2026 Harnsworth Athletic FC  |  Privacy  |  Accessibility  |  Safeguarding", "", "", "B")],
    ],
    [  # 11. Sports-betting integrity investigation
        [("FIELDHOUSE", "", "", "B")],
        [("Football   Racing   Tennis   Investigations   Podcasts   Subscribe", "", "", "B")],
        [("INVESTIGATION", "", "", "B")],
        [("Nine matches, one league and £1.3m in suspicious bets: inside the Marchland corners scandal", "", "", "W")],
        [("Betting monitors flagged unusual wagers on matches involving two clubs over 18 months, documents seen by Fieldhouse show", "documents seen by Fieldhouse", "show", "W")],
        [("By Saoirse Gallivan and Hamish Culverwell", "", "", "B")],
        [("Published 3 March 2026  ·  Updated 4 March 2026", "", "", "B")],
        [("Listen to this article  ·  11 min", "", "", "B")],
        [("Correction: An earlier version of this article said the Pollbrook v. Hatherden match was played on 14 October 2025.", "", "", ""),
         ("It was played on 17 October.", "", "", "W")],
        [("Betting monitors raised alerts on nine matches in the semi-professional Marchland Football League between September 2024 and February 2026, according to documents seen by Fieldhouse.", "documents seen by Fieldhouse", "according to", "W")],
        [("In each case, unusually large sums were staked on markets tied to the number of corners or bookings in the first half, rather than on the result.", "", "", "W")],
        [("Seven of the nine matches involved either Pollbrook Town or Hatherden Rangers.", "", "", "W")],
        [("The alerts were raised by Oddswatch Integrity, a company that monitors betting markets for sports bodies and bookmakers.", "", "", "W")],
        [("In the most striking case, Pollbrook's home match against Hatherden on 17 October 2025, the odds on five or more first-half corners shortened from 13/2 to 2/1 in the 40 minutes before kick-off.", "", "", "W")],
        [("About £212,000 was staked on that market across 14 operators, roughly 30 times the usual amount for a match at that level, according to Oddswatch's alert report.", "Oddswatch's alert report", "according to", "W")],
        [("There were six corners in the first half.", "", "", "W")],
        [("Wilhelmina Ashburnham, Oddswatch's head of integrity, said she could not discuss individual alerts.", "Wilhelmina Ashburnham", "said", ""),
         ("“What I can say is that lower-league football is where we see the most abnormal patterns now,” she told Fieldhouse.", "Wilhelmina Ashburnham", "told Fieldhouse", ""),
         ("“Wages are low, the cameras are few and the markets are global.”", "Wilhelmina Ashburnham", "told Fieldhouse", "")],
        [("18+.", "", "", "B"),
         ("If gambling is affecting you or someone close to you, free confidential help is available from the Stakewise helpline on 0808 555 0143, 24 hours a day.", "", "", "B")],
        [("The league's governing body, the Marchland County FA, confirmed on Tuesday that it had charged two players with breaches of its betting rules.", "the Marchland County FA", "confirmed", "W")],
        [("It did not name them.", "the Marchland County FA", "did not name", "")],
        [("According to sources close to the club, one of them is Pollbrook midfielder Cian Morreale, who was suspended by the club in January.", "sources close to the club", "according to", "W")],
        [("Morreale, 27, denies wrongdoing.", "Cian Morreale", "denies", ""),
         ("He said through his solicitor that he had “never placed a bet on any match in which I was involved, and never asked anyone else to”.", "Cian Morreale", "said through his solicitor", "")],
        [("The second player, Hatherden goalkeeper Ashley Lindfield, did not respond to requests for comment.", "Ashley Lindfield", "did not respond to requests for comment", "")],
        [("In a statement, the Marchland County FA said it was “aware of the wider allegations and working closely with the relevant authorities”.", "the Marchland County FA", "said", "")],
        [("The statement said the players had until 20 March to respond to the charges.", "The statement", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Pollbrook chairman Graham Dobbie told Fieldhouse the club had reported its own concerns to the FA in December, after a supporter showed him screenshots from a messaging group.", "Graham Dobbie", "told Fieldhouse", "W")],
        [("“We're a club run by volunteers,” he said.", "Graham Dobbie", "said", ""),
         ("“If this is true, it's the worst thing that has happened to us in 120 years.”", "Graham Dobbie", "said", "")],
        [("Hatherden Rangers declined to comment while the disciplinary process was under way.", "Hatherden Rangers", "declined to comment", "")],
        [("The Wagering Standards Authority, which licenses the operators, said it had “opened enquiries” with three of them.", "The Wagering Standards Authority", "said", "W")],
        [("Quickstake, one of the operators that took the largest bets, said in a statement that it had voided some wagers and passed account details to the authority.", "Quickstake", "said in a statement", "W")],
        [("Players in the Marchland league earn between £80 and £250 a week, according to the league's own survey of clubs published last year.", "the league's own survey of clubs published last year", "according to", "W")],
        [("Farida Quraishi, who studies match-fixing at Lindenhall University, said the pay gap made spot-fixing cheap to arrange.", "Farida Quraishi", "said", ""),
         ("“You don't need to fix a result,” she said.", "Farida Quraishi", "said", ""),
         ("“You need one defender to put the ball out for a corner.”", "Farida Quraishi", "said", "")],
        [("She predicted that more leagues would ban betting on in-play corner markets within two years.", "Farida Quraishi", "predicted", "")],
        [("How we reported this story", "", "", "B")],
        [("Fieldhouse reviewed 41 pages of alert reports and league correspondence, compared them with match footage of all nine games and spoke to 17 people, including players, officials and betting-industry staff.", "", "", "W")],
        [("Do you have information about match-fixing?", "", "", "B"),
         ("Contact our investigations team securely at tips@fieldhouse.news.", "", "", "B")],
        [("This investigation was supported by the Ettrickvale Journalism Fund.", "", "", "B")],
        [("More investigations", "", "", "B")],
        [("The agent, the academy and the £40,000 ‘registration fee’", "", "", "B")],
        [("Why amateur cricket is the new frontier for fixers", "", "", "B")],
        [("© Fieldhouse Media 2026  ·  Editorial standards  ·  Complaints  ·  Privacy", "", "", "B")],
    ],
    [  # 12. Marathon results story with a fundraising angle
        [("Calverstone Evening Post", "", "", "B")],
        [("News   Sport   What's On   Business   Property   Jobs   Announcements", "", "", "B")],
        [("Sport  ›  Athletics", "", "", "B")],
        [("Gebrekidan breaks course record as Calverstone Marathon raises £4.2m for charity", "", "", "W")],
        [("Ethiopian wins men's race in 2:05:33 as a record 21,400 runners finish", "", "", "W")],
        [("By Tegan Wrobel", "", "", "B")],
        [("Sunday, 26 April 2026  |  6:48 p.m.", "", "", "B")],
        [("Runners cross Weavers' Bridge on the riverside stretch after the eight-mile mark.", "", "", ""),
         ("Picture: Elspeth Gorham", "", "", "B")],
        [("Haftom Gebrekidan won the Calverstone Marathon in 2:05:33 on Sunday, breaking the course record by 41 seconds.", "", "", "W")],
        [("The 26-year-old Ethiopian broke clear of a group of four at 35 kilometres and finished 58 seconds ahead of Kenya's Philemon Oyugi.", "", "", "W")],
        [("In the women's race, Almaz Wondimagegn won in 2:21:08, her second win in Calverstone in three years.", "", "", "W")],
        [("The elite women set off at 8:30 a.m. from Vennell St. in the city centre.", "", "", "W"),
         ("The mass start followed at 9 a.m., in cool, still conditions.", "", "", "W")],
        [("The course was changed this year to take out the 180 ft. climb up Gallowstone Hill, and it is now the flattest big-city marathon in the country, according to race director Marcus Oladokun.", "Marcus Oladokun", "according to", "W")],
        [("“I came here for the record,” Gebrekidan said through an interpreter.", "Haftom Gebrekidan", "said through an interpreter", ""),
         ("“At 35K I could hear the others breathing hard, so I went.”", "Haftom Gebrekidan", "said through an interpreter", "")],
        [("Wondimagegn said she had been ill for most of the week and nearly pulled out on Friday.", "Almaz Wondimagegn", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Runners raised more than £4.2 million for about 600 charities, organisers said, a record for the event and £700,000 more than last year.", "organisers", "said", "W")],
        [("The official charity, Brightpath Children's Trust, said its 1,150 runners had raised £610,000 by Sunday evening.", "Brightpath Children's Trust", "said", "W"),
         ("That is enough to pay for its family support service for a year, the trust said.", "the trust", "said", "W")],
        [("Among those runners was Gwen Aspinwall, 64, a retired midwife from Calverstone, who ran in memory of her grandson Alfie.", "", "", ""),
         ("He was cared for by the trust before he died in 2023, aged four.", "", "", "")],
        [("She finished in 5:48:12 and raised £14,300, more than any other Brightpath runner.", "", "", "W")],
        [("“Every mile had somebody's name on it,” Aspinwall said.", "Gwen Aspinwall", "said", ""),
         ("“Mile 20 was Alfie's.", "Gwen Aspinwall", "said", ""),
         ("That was the hardest one and the best one.”", "Gwen Aspinwall", "said", "")],
        [("She said she would run again next year “if my knees agree”.", "Gwen Aspinwall", "said", "")],
        [("Sponsor Gwen's run for Brightpath Children's Trust at brightpathtrust.org.uk/gwen", "", "", "B")],
        [("Medical teams treated 212 runners, and 14 were taken to hospital, according to the event's medical director.", "the event's medical director", "according to", "W"),
         ("None was thought to be seriously ill.", "", "", "")],
        [("Police estimated that 250,000 people lined the route.", "Police", "estimated", "W"),
         ("Roads in the city centre reopened shortly after 6 p.m.", "", "", "W")],
        [("Next year's race will be on Sunday 25 April 2027, and the ballot for places opens on Tuesday at 10 a.m.", "", "", "W")],
        [("Were you running?", "", "", "B"),
         ("Send us your pictures at sport@calverstonepost.co.uk.", "", "", "B")],
        [("Results", "", "", "B")],
        [("Men", "", "", "B")],
        [("Pos   Name   Country   Time", "", "", "B")],
        [("1   Haftom Gebrekidan   ETH   2:05:33", "", "", "")],
        [("2   Philemon Oyugi   KEN   2:06:31", "", "", "")],
        [("3   Dawit Woldegebriel   ETH   2:07:02", "", "", "")],
        [("Women", "", "", "B")],
        [("1   Almaz Wondimagegn   ETH   2:21:08", "", "", "")],
        [("2   Caoimhe Brannelly   IRL   2:23:47", "", "", "")],
        [("3   Joyce Cheruto   KEN   2:24:15", "", "", "")],
        [("Full results, with chip times for every finisher, are on the race website.", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Road closures lifted after marathon day", "", "", "B")],
        [("Gallery: the best costumes from the Calverstone Marathon", "", "", "B")],
        [("The Calverstone Evening Post is regulated by the News Standards Panel.", "", "", "B")],
        [("© 2026 Calverstone Evening Post.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- transfer blog: stamps glued to key-event headlines, a ticker with "v.", an odds box's disclaimer ----
    ("n30-key-event-stamps", "Key events\n21:58  OFFICIAL: Pellegrotti joins Strathallow\n19:12  Thornqvist heads to Castlebrough on loan\n16:40  Dunsgarth reject Kelsworth's first bid",
     ["Key events", "21:58  OFFICIAL: Pellegrotti joins Strathallow", "19:12  Thornqvist heads to Castlebrough on loan", "16:40  Dunsgarth reject Kelsworth's first bid"]),
    ("n30-ticker-v-dot", "FT  Strathallow City 2-0 Lowcross  ·  FT  Morwick Vale 1-1 Fairlop Athletic  ·  Tonight 19:45  Durnford v. Kessendry\nFootball  ›  Transfers",
     ["FT  Strathallow City 2-0 Lowcross  ·  FT  Morwick Vale 1-1 Fairlop Athletic  ·  Tonight 19:45  Durnford v. Kessendry", "Football  ›  Transfers"]),
    ("n30-odds-disclaimer", "Odds from Oddsmere, correct at 21:30. 18+ | Play safe. For free, confidential support call the Stakewise helpline on 0808 555 0143.",
     ["Odds from Oddsmere, correct at 21:30.", "18+ | Play safe.", "For free, confidential support call the Stakewise helpline on 0808 555 0143."]),
    # --- cricket: scores and overs inside sentences, scorecard lines ------------------------------------------
    ("n30-overs-decimals", "Dolbenmaen was caught at slip for 96, four short of what would have been his 11th Test hundred, and the last six wickets fell for 56 runs in 19.4 overs. Kodituwakku finished with 5-61 from 27.4 overs, the third five-wicket haul of his Test career and his first away from home.",
     ["Dolbenmaen was caught at slip for 96, four short of what would have been his 11th Test hundred, and the last six wickets fell for 56 runs in 19.4 overs.", "Kodituwakku finished with 5-61 from 27.4 overs, the third five-wicket haul of his Test career and his first away from home."]),
    ("n30-declared-total", "Wettasinghe declared on 245-6 shortly after reaching his hundred, leaving his bowlers 129 overs to bowl Kestria out.\nADVERTISEMENT\nMatch stats",
     ["Wettasinghe declared on 245-6 shortly after reaching his hundred, leaving his bowlers 129 overs to bowl Kestria out.", "ADVERTISEMENT", "Match stats"]),
    ("n30-scorecard-lines", "Scorecard\nVelmora 412 (Wettasinghe 88, Ranaweera 74; Witheridge 4-97) and 245-6 dec (Wettasinghe 104, Ranaweera 51)\nVelmora won by 58 runs\nToss: Velmora, who chose to bat",
     ["Scorecard", "Velmora 412 (Wettasinghe 88, Ranaweera 74; Witheridge 4-97) and 245-6 dec (Wettasinghe 104, Ranaweera 51)", "Velmora won by 58 runs", "Toss: Velmora, who chose to bat"]),
    # --- basketball: No. 1, Jr. inside and at the head of sentences, a box-score line with its totals ----------
    ("n30-no1-dek", "Granmere's All-League guard hits seven 3-pointers as the No. 1 seed closes out the series 4-2\nBy Tess Oberlander",
     ["Granmere's All-League guard hits seven 3-pointers as the No. 1 seed closes out the series 4-2", "By Tess Oberlander"]),
    ("n30-jr-then-possessive", "Darnell Sturdivant Jr. added 22 points and 12 rebounds, his fourth double-double of the playoffs. Sturdivant Jr.'s father played four seasons for the old Granmere Pioneers in the same building.",
     ["Darnell Sturdivant Jr. added 22 points and 12 rebounds, his fourth double-double of the playoffs.", "Sturdivant Jr.'s father played four seasons for the old Granmere Pioneers in the same building."]),
    ("n30-box-line-totals", "GRANMERE (117): Kenward 13-22 5-6 38, Sturdivant Jr. 9-15 4-6 22, Swearengin 5-9 2-2 13, Buckalew 5-6 1-2 11. Totals 44-75 17-21 117.",
     ["GRANMERE (117): Kenward 13-22 5-6 38, Sturdivant Jr. 9-15 4-6 22, Swearengin 5-9 2-2 13, Buckalew 5-6 1-2 11.", "Totals 44-75 17-21 117."]),
    ("n30-quote-three-bits", "“They made shots. We didn't. That's the series,” Picklesimer said. The announced crowd of 19,118 was a sellout.",
     ["“They made shots.", "We didn't.", "That's the series,” Picklesimer said.", "The announced crowd of 19,118 was a sellout."]),
    ("n30-vs-pm-fixture", "Attendance: 19,118.\nNext: Game 1 vs. Cutbank Bay, 7:30 p.m. Wednesday, Foundry Arena",
     ["Attendance: 19,118.", "Next: Game 1 vs. Cutbank Bay, 7:30 p.m. Wednesday, Foundry Arena"]),
    # --- tennis: set scores with tie-breaks, St., a designation at the end of a sentence --------------------
    ("n30-tiebreak-st", "Mireille Dussautoy won her first Valdmark Open title on Saturday, beating Katarina Vlasenko 6-4, 3-6, 7-6 (7-3) in the longest women's final in the tournament's 61-year history. The match on St. Kerensa Court lasted two hours and 51 minutes.",
     ["Mireille Dussautoy won her first Valdmark Open title on Saturday, beating Katarina Vlasenko 6-4, 3-6, 7-6 (7-3) in the longest women's final in the tournament's 61-year history.", "The match on St. Kerensa Court lasted two hours and 51 minutes."]),
    ("n30-world-no-2-end", "The 24-year-old collects $3.1 million in prize money, and her second major title moves her 1,120 ranking points clear of the world No. 2. Vlasenko, the 11th seed, was playing her first Grand Slam final.",
     ["The 24-year-old collects $3.1 million in prize money, and her second major title moves her 1,120 ranking points clear of the world No. 2.", "Vlasenko, the 11th seed, was playing her first Grand Slam final."]),
    ("n30-order-of-play", "Order of play, Sunday\nSt. Kerensa Court, from 2 p.m.: Men's doubles final, Aaslund/Ndiaye-Holm v. Iturbide/Gathii\nNot before 7:30 p.m.: Men's singles final, Olmedilla (3) v. Quistorp (2)",
     ["Order of play, Sunday", "St. Kerensa Court, from 2 p.m.: Men's doubles final, Aaslund/Ndiaye-Holm v. Iturbide/Gathii", "Not before 7:30 p.m.: Men's singles final, Olmedilla (3) v. Quistorp (2)"]),
    # --- racing: abbreviated distances, a helpline question -----------------------------------------------
    ("n30-ran-distances", "3rd  Quiet Heron  12-1  (Ciarán Mulcreevy)\n11 ran. Distances: 1¾l, hd. Gorse Fire was pulled up before two out and was found to be lame.",
     ["3rd  Quiet Heron  12-1  (Ciarán Mulcreevy)", "11 ran.", "Distances: 1¾l, hd.", "Gorse Fire was pulled up before two out and was found to be lame."]),
    ("n30-helpline-question", "18+ only. Set a deposit limit before you play. Worried about your gambling? Visit stakewise.org.uk or call 0808 555 0143.",
     ["18+ only.", "Set a deposit limit before you play.", "Worried about your gambling?", "Visit stakewise.org.uk or call 0808 555 0143."]),
    # --- film and music: "dir.", numbered track lines, a chart position --------------------------------------
    ("n30-dir-abbrev", "Silver Cormorant (best film): The Salt Year, dir. Ines Haldorsson\nAudience award: Harbour Lights Out, dir. Owain Tregidgo",
     ["Silver Cormorant (best film): The Salt Year, dir. Ines Haldorsson", "Audience award: Harbour Lights Out, dir. Owain Tregidgo"]),
    ("n30-tracklist", "Tracklist\n1. Salt Road\n2. Fieldfare\n8. Plough Song\n9. No. 9 Chapel Row\n10. The Drowned Bell\nLabel: Cinderbox Records",
     ["Tracklist", "1. Salt Road", "2. Fieldfare", "8. Plough Song", "9. No. 9 Chapel Row", "10. The Drowned Bell", "Label: Cinderbox Records"]),
    ("n30-chart-no-7", "Three years ago Nell Cawdrey was the quietest person at every festival she played. Her second album, Wrackline, reached No. 7 in the album chart in 2023 and was shortlisted for the Gilliflower Prize, which she lost to a jazz trio.",
     ["Three years ago Nell Cawdrey was the quietest person at every festival she played.", "Her second album, Wrackline, reached No. 7 in the album chart in 2023 and was shortlisted for the Gilliflower Prize, which she lost to a jazz trio."]),
    # --- club statement and integrity story: "Ltd." ending a sentence, "v." in a correction ----------------
    ("n30-ltd-registered", "Harnsworth Athletic Football Club Ltd. Registered in England No. 00412398.\n© 2026 Harnsworth Athletic FC  |  Privacy  |  Accessibility  |  Safeguarding",
     ["Harnsworth Athletic Football Club Ltd.", "Registered in England No. 00412398.", "© 2026 Harnsworth Athletic FC  |  Privacy  |  Accessibility  |  Safeguarding"]),
    ("n30-correction-v", "Correction: An earlier version of this article said the Pollbrook v. Hatherden match was played on 14 October 2025. It was played on 17 October.",
     ["Correction: An earlier version of this article said the Pollbrook v. Hatherden match was played on 14 October 2025.", "It was played on 17 October."]),
    # --- marathon: a.m. then St. inside, a.m. and p.m. ending sentences, a ft. climb, finishing times ---------
    ("n30-am-street", "The elite women set off at 8:30 a.m. from Vennell St. in the city centre. The mass start followed at 9 a.m., in cool, still conditions.",
     ["The elite women set off at 8:30 a.m. from Vennell St. in the city centre.", "The mass start followed at 9 a.m., in cool, still conditions."]),
    ("n30-ft-and-pm-end", "The course was changed this year to take out the 180 ft. climb up Gallowstone Hill. Roads in the city centre reopened shortly after 6 p.m. Next year's race will be on Sunday 25 April 2027.",
     ["The course was changed this year to take out the 180 ft. climb up Gallowstone Hill.", "Roads in the city centre reopened shortly after 6 p.m.", "Next year's race will be on Sunday 25 April 2027."]),
    ("n30-results-rows", "Pos   Name   Country   Time\n1   Haftom Gebrekidan   ETH   2:05:33\n2   Philemon Oyugi   KEN   2:06:31",
     ["Pos   Name   Country   Time", "1   Haftom Gebrekidan   ETH   2:05:33", "2   Philemon Oyugi   KEN   2:06:31"]),
]  # fmt: skip
