"""Seventeenth held-out set of hand-labelled pages for the hint engines: twelve page types.

Written from scratch for issue 13, without looking at the engine's code or output (neither
`claimreview/` nor the scorer's results were opened, and no test, scorer or engine was run; only an
import of this file was tried, to check its structure), and kept out of tuning: every person,
place, organisation, outlet, company, party, team, product, journal and number is invented (a few
countries, provinces, US states and real cities appear only as places, currencies, units, time
zones and generic institutions such as "the House", "the High Court" or "the drinking water
regulator" only as settings, and social networks and app stores only in share strips and
furniture), and no surname, town or outlet of any file under `tests/` is reused (each was checked
with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head to tail,
as a new user pastes it as plain text after selecting all in a browser, so every furniture line is
a paragraph of its own. The twelve pages are the kinds a newsroom fact-checker pastes in an ordinary
week, from outlets of several countries and sizes; the first six are heavy with site furniture and
the last six are plainer copy: a British national news site's health story on ambulance handover
delays (consent banner, newsletter box mid-story, comments); a US nonprofit statehouse newsroom's
story on a property-tax bill (tagline, donate box, republish lines, an update); a Gulf English-language
daily's business story on an airline's results (Hijri date line, prayer times, currency ticker,
"ALSO READ:" lines, "Most Read", app and cookie lines); an Australian sports site's report of a
domestic cricket final (live-score widget, video card, odds box, scorecard, comments); a Canadian
non-profit site's story on a wildfire-smoke study (meter, newsletter box, correction, comments); a
South African news site's court story on a tender fraud trial (cookie banner, premium badge, a
sub judice comments line, gift lines); a wire agency's story on floods and landslides; a New Zealand
local democracy reporter's story on a council's draft annual plan; a local radio station's
transcript of a breakfast interview with a mayor, with a caller; a biotech company's press release
on trial results, as carried by a release wire; a water company's statement on a boil water notice
on its own site; and a national statistics office's consumer price release. The three things they
stress are (1) furniture of every kind worded afresh, at the head, in the middle and at the tail
(skip links, consent banners and their buttons, comment counts under bylines, listen lines, mid-story
newsletter boxes, reader appeals, comment sort controls, commenter handles and like counts,
taglines in one-word sentences, republish buttons and licence lines, donate boxes, update stamps,
author contact lines, Hijri and Gregorian date lines, prayer-time strips, currency and commodity
tickers, "ALSO READ:" lines, "Topics:" lines, numbered "Most Read" items, app and WhatsApp lines,
live-score widgets, video running times, odds partner boxes and gambling-help lines, scorecard
headings, metered-paywall lines, tags, membership appeals, premium badges, audio lines, sub judice
notes, gift lines, press-code lines, wire bylines and update lines, photo-licence lines, reporting
credits, standards lines, local democracy funding lines, transcript headers, subject lines,
"[laughter]", "[END OF TRANSCRIPT]", "NEWS PROVIDED BY" lines, conference-call paragraphs, "About"
sections, forward-looking statements, investor and media contacts, "SOURCE" lines, breadcrumbs,
postcode checkers, advice bullets, bottled-water and helpline lines, "Ends", release-date and
next-release lines, "Main points", figure and table titles, "Download this chart", methodology
boxes and reuse lines); (2) who is speaking ("figures obtained by the Herald show", "The data ...
show", "A trust spokeswoman", "A spokesman", "called the figures", a quote that runs over three
paragraphs, a quote subhead without a verb, "told colleagues", "X's office puts the cost",
"In a statement posted on social media, X said", "would not say", "has not said whether", "county
assessment rolls compiled by the Ledger", "warned in written testimony", "said in a notice to travel
agents", "Skyledger data show", "declined to give a date", "according to the airline's annual
report", "told Willow Radio", "confirmed", "..., B.C. study finds", "researchers estimate", "a new
study has found", "the study found", "who was not involved in the research, called", "said in an
email", "..., court hears", "State alleges", "the court heard", "The charge sheet states", "put it to
him", "replied", "testified", "did not speak to reporters", "the country's civil protection agency
said", "said in its 6 a.m. bulletin", a quote whose cue comes only in its second sentence,
"Television footage showed", "The survey, seen by Crosswire, recommended", "did not respond",
"Forecasters expect", "he said, citing the council's own visitor counts", "the staff report notes",
full-name then surname transcript labels, host turns citing a union and traders, a caller's label,
"Our engineers believe", "X, Chief Executive of Y, said:", "Deputy Chief Statistician X said:");
(3) honest check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names
the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new25.py` hold too (consent banners, paywalls, donate
boxes and newsletter boxes "B" line by line; advertisement labels "B"; "Also Read" and "Read more"
lines "B" wherever they fall; captions by content and credits "B"; standfirsts, decks and subheads
labelled like headlines, question and topic subheads ""; kickers, mastheads, widgets, tickers and
share strips "B"; fact-box headings "B" with their lines by content; related lists, "Most read"
numbers and headlines, author bios, comment furniture and readers' comments "B"; reader-service
lines and advice to readers "B", advice spoken by a quoted official keeping its speaker with flags
""; methodology boxes "B"; data rows "" with the table's title, header row and source line "B";
scores, result lines and scorers "W", line-ups and referee lines ""; update notes that only say
what was added "B", corrections and updates that state a fact "W"; release headers, "About ..."
paragraphs, safe-harbor paragraphs and media contacts "B", a release's own text without a speaker,
"X said:" lead-ins "" with X as speaker; transcript labels as cues with the full name as first
given as speaker, the host's and journalists' turns without a speaker unless they cite a source,
procedural turns "B", a stage direction in square brackets on its own line "B"; court reports with
what a court did "W" without a speaker; "the court heard" and "court told" carrying the court;
wire datelines part of the first sentence, reporting credits "B"; plans, votes and fixtures "W",
forecasts ""; titles, honorifics and role words dropped from speakers; a pronoun, a later surname
or a role noun resolved to the full name as first given; "the company", "the council" and the like
kept as written; "declined to comment", "would not say", "did not respond" and their kin labelled
like speech with flags ""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A British news site: the "Comments (214)" link under the byline is "B", like a share strip, and
  the comment block at the foot (the "Join the discussion" heading, the sort control, the handle,
  the relative time, each sentence of the comment, "Reply · 48 likes", "Load more comments") is "B"
  line by line. The newsletter box in the middle of the story is "B" line by line and the story
  resumes after it as before. A quote that opens a paragraph and does not close runs on into the
  next paragraphs; every paragraph carries the speaker and cue of its first ("she said"), and each
  sentence is flagged by its own content (the 41 calls "W", "I'm a very expensive porter." "").
  A paramedic's account of her own shifts is a personal account, "". A subhead that quotes a
  relative without a reporting verb ("‘We were told to keep him warm’") carries no speaker and is
  "", like a quote headline that states nothing checkable. "The data, released under freedom of
  information rules, show" keeps "The data"; "A trust spokeswoman" and "A spokesman" are kept as
  written; "called the figures ..." has the cue "called" and is ""; an opposition spokesman's
  pledge of what his party would publish if it won is a commitment, "W". "Have you or a relative
  waited ...?" and the email line under it are a reader appeal, two "B" sentences.
* A US statehouse newsroom: the tagline "Nonprofit. Nonpartisan. Oklahoma's statehouse newsroom."
  is three "B" sentences; "Republish this story", the Creative Commons line, the donate box ("Reporting
  like this takes time." and the membership line), the reporter's contact line and "Who funds us"
  are "B". "Gov. X's office puts the cost ... at" drops the title inside the possessive ("X's office",
  cue "puts") and is "W"; "In a statement posted on social media after the vote, X said" has the cue
  "said" (a statement reported in prose, not an embed); a governor's refusal to sign a bill of a
  stated kind is a commitment, "W"; "has not said whether" is labelled like "would not say", "";
  "warned in written testimony that a lower cap would widen the gap" carries the association as
  written with "warned" and is "W" (a mechanical effect of the rule, checkable, not a forecast of
  events). A retired teacher's "I taught in one for 31 years." is "W", like a career fact; the
  "Update, 4:15 p.m.:" line that states a scheduled hearing is "W".
* A Gulf daily: the Hijri-and-Gregorian date line, the prayer-times strip, the currency and
  commodity ticker, "Business › Aviation", the glued byline, the "Published: ... | Last updated:
  ..." line, "File photo", "ALSO READ:" lines, the "Topics:" line, "Most Read" and each numbered
  item glued to its headline (ONE "B" sentence each), the app lines, the WhatsApp line and the
  cookie bar are "B". "Doha:" opens the first sentence as a dateline and stays part of it. "Group
  Chief Executive" and "Chief Financial Officer" are dropped; "said in a notice to travel agents" is
  a cue as written; "He declined to give a date ..., saying only that ..." has the cue "declined to
  give" and is "", like "declined to say"; "Skyledger data show" keeps the data as written; a
  claim of market share taken from a rival, quoted from an analyst, is "W".
* An Australian sports site: the live-score widget ("LIVE SCORES", the match line, the two score
  lines, "Match drawn") is "B" line by line whatever figures it shows, as market tickers are; the
  "WATCH:" title of this story's video is labelled by content ("" for a scene) and its running time
  "B"; the odds box ("Odds partner", the offer, "18+ only.", the slogan question and the help line)
  is "B" line by line. Cricket notation ("9/241", "5/63", "6/248 dec", "102*") stays inside its
  sentence. "Scorecard" is a table heading, "B"; each innings line is "W" (scores of record), as are
  "Result: Match drawn." and the title line after it and "Player of the match: ..."; "Umpires: ..."
  is "", like a referee line. "It was the best innings of the match." is a judgement, ""; a
  captain's only half-century of the season, stated in a relative clause of a sentence with his
  own account, makes the sentence "W".
* A Canadian non-profit site: the meter lines ("You've read 3 of 5 free stories this month.", the
  membership line, "Join now") are "B" like a paywall; "..., B.C. study finds" carries "study" with
  "finds" and "B.C." does not end the sentence; the dek's "researchers estimate" keeps
  "researchers"; "a new study has found" keeps "a new study" as written and "the study found" "the
  study". What the researchers did, stated without a reporting verb, is "W" with no speaker; "The
  study cannot show that smoke caused any individual child's visit." is a generic caveat, "", while
  a co-author's limitation naming what was not counted is "W". The correction's first sentence
  only says what an earlier version said, "B", like a bare update note, and the sentence that gives
  the right fact is "W". A mother's memory of her son's colour and fear is "", the hospital stay
  with its dates stated by the writer "W", and what she does now "" (a personal account). The
  funding line, tags, membership lines, "You might also like", the comment block and the footer
  are "B".
* A South African court story: the headline's "..., court hears" carries "court" with the cue
  "hears", as "court told" does; the standfirst's "State alleges" carries "State" with "alleges"
  and is "W" (an allegation of record); "the court heard" keeps "the court". "Advocate" and
  "Magistrate" are dropped like other role words; "(Pty) Ltd." ends its sentence; "The charge sheet
  states" keeps the document. "Under cross-examination, X put it to him that ..." has the cue "put
  it to him" and is "" (a challenge, not a claim); "X replied" is a cue like "said", and a witness's
  reply that he holds dated photographs is "W". A defence advocate's account that his client
  subcontracted the work in good faith is a factual claim of record, "W", unlike a bare denial; "X
  did not speak to reporters as he left court." is labelled like "declined to comment", "";
  scene-setting in the public gallery is "". "PREMIUM", "Audio version available for
  subscribers", the sub judice comments line, the gift lines, the press-code line and the
  "PAIA Manual" strip are "B".
* A wire story: the first sentence's "the country's civil protection agency said" keeps the
  description as written, and the agency's full name in the next sentence is kept as written there;
  "said in its 6 a.m. bulletin" is a cue as written and "a.m." does not end the sentence; a quote of
  two sentences whose cue comes only in the second carries that cue in both; the capitals subhead
  "WARNINGS IGNORED?" is a question subhead, ""; "The survey, seen by Crosswire, recommended ..."
  carries "The survey" with "recommended", the "seen by" phrase dropped like an apposition;
  "Television footage showed" keeps the footage as written; "the grid operator, Ostrenergo," drops
  the descriptor. "License this photo" and the standards line are "B".
* A local democracy reporter's story: "Cr" and "Crs" are dropped like "Cllr"; "Crs X, Y and Z voted
  against." is a vote of record, "W", with no speaker, and "Crs" does not end a sentence. "Monday
  is the busiest day ..., he said, citing the council's own visitor counts" carries the councillor
  (the reporting verb is his), "W"; "the staff report notes" keeps the report. "Other proposals in
  the draft plan" is a topic subhead, "", and each bullet under it is a proposal of record, "W". The
  mayor's expectation of "a lot of feedback" is "". The submissions line is reader service and the
  funding line a credit, both "B".
* A radio interview transcript: the header lines ("TRANSCRIPT", programme, date, "Guest:",
  "Subjects:", the transcription note) are "B". Labels give full names first ("KIRSTY MACLENNAN:",
  "DESMOND DRINKWATER:"), then surnames; the guest's turns carry his full name with the label as
  written as cue, and a paragraph continuing a turn without a label keeps both; "Our own counts
  show" and "BlueArc says" inside his turn do not change its speaker. The host's turns carry no
  speaker unless they cite a source ("their union says", "The Transit and General Workers' Union
  says", "Traders on Harbour Road say", kept as written), a factual preamble "W". Procedural lines
  are "B" with no speaker even when they carry a label: the host's introductions and tosses ("The
  mayor, X, joins me in the studio.", "Good morning.", "Fares, then.", "Let's go to the phones.",
  "Denise is in Mosswell.", "One last thing before the news.", "Mayor X, thank you.") and the
  guest's and caller's greetings and thanks ("DESMOND DRINKWATER: Morning, Kirsty.", "Hiya.",
  "DRINKWATER: Thanks, Kirsty."). A caller's label ("DENISE, CALLER:") is a cue as written with the
  first name as given as speaker; her own night shifts, wait and taxi fare are a personal account,
  "". "[laughter]" on its own line and "[END OF TRANSCRIPT]" are "B"; "[crosstalk]" inside a turn
  stays part of it. "It's about right, yes." confirming a quoted pay gap is "W", like a one-word
  answer to a checkable question.
* A biotech release on a release wire: "NEWS PROVIDED BY", the company name under it and the time
  line are "B"; the dash-framed lines under the headline are labelled like a standfirst (the result
  and the Phase 3 plan "W"), except the conference-call line, "B". The dateline with "/Pressline/ --"
  is part of the first sentence; "today announced" in the company's own release carries no speaker,
  as in `labelled_new20.py`. "said X, M.D., Ph.D., President and Chief Executive Officer of ..."
  drops the degrees and roles; "vs." in a list of adverse events does not end a sentence. The
  conference-call paragraph, every "About ..." section (its facts included), the forward-looking
  statements, the contacts and the "SOURCE ..." line are "B". "Full results will be submitted for
  presentation at an upcoming medical meeting." is a vague plan, ""; the cash position with its
  expected runway is "W" for the figure.
* A water company's statement on its own site: the company's own text carries no speaker ("We
  issued the notice at 2:10pm ...", "W"); the headline stating the notice is "W"; the instruction to
  boil water, the "What you need to do" heading and bullets, the bottled-water station line, the
  priority-register line, the business-claims line, the street-list line and the postcode checker
  are reader service, "B", while the deliveries already made and the compensation figures are "W".
  "E. coli" does not end a sentence; its definition is "". "Our engineers believe ..." keeps the
  engineers as written and is "" (a hedged cause); "X, Chief Executive of Y, said:" is a lead-in,
  "" with X as speaker, and the quote's paragraphs carry her; the three-day rule for lifting the
  notice is "W". "Why did this happen at ...?" is a question subhead, ""; "Ends" is "B".
* A statistics office's release: the release's title ("Consumer Price Index, February 2026") is a
  name, "", and the line under it a headline, "W"; "Release date:", "Next release:" and "Contact:"
  are release-header lines, "B" (the next publication date is metadata, not a fixture of record);
  "Main points" is a box heading, "B", and its bullets "W"; "Statement" is a heading, "B", and
  "Deputy Chief Statistician X said:" a lead-in, "", the quote "W" for its figures and drivers. The
  release's own text carries no speaker. "Figure 1: ..." and "Download this chart" are "B"; the
  table's title, header row and source line are "B" and its rows ""; "Things you need to know about
  this release" is a methodology box, "B" line by line, its counts included; related links, the
  official-statistics line and the reuse line are "B".

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "British national news site's health story (ambulance handover delays; skip link, consent banner, nav, comment count, listen line, caption and credit, FOI data, paramedic's quote over three paragraphs, newsletter box mid-story, quote subhead, department and opposition, reader appeal, related, comment block, footer)",
    "US nonprofit statehouse newsroom's politics story (property tax assessment cap passes the House; tagline in one-word sentences, republish button, caption credit, Rep. Name, R-Town, fiscal note estimates, governor's office puts, statement posted on social media, would not say, donate box, has not said whether, update stamp, contact line, Creative Commons line)",
    "Gulf English-language daily's business story (airline annual results and fuel surcharge; Hijri date line, prayer times, currency ticker, Doha: dateline, results filed with the bourse, CEO and CFO quoted, notice to travel agents, analyst, ALSO READ lines, declined to give a date, Topics, Most Read, app, WhatsApp and cookie lines)",
    "Australian sports site's domestic cricket final report (last-wicket stand saves a draw; live-score widget, video card and running time, captain and coach quoted, odds box with gambling-help line, scorecard with innings lines, result and player of the match, umpires, comments, more cricket)",
    "Canadian non-profit news site's science and health story (wildfire smoke and children's asthma visits; metered-paywall lines, study finds headline, researchers estimate, lead author, co-author's limitation, outside doctor called, mother's account, ministry said in an email, newsletter box, correction, funding line, tags, comments)",
    "South African news site's court story (tender fraud trial over a pipeline never built; cookie banner, WhatsApp line, PREMIUM badge, court hears headline, State alleges, prosecutor told the court, charge sheet, defence advocate, witness testified and replied, administrator outside court, magistrate postponed, sub judice comments line, gift lines)",
    "wire agency's disaster story (floods and landslides in a mountainous north; capitals dateline with agency tag, civil protection bulletin, survivor quoted, weather service, prime minister's news conference, quote with a late cue, opposition citing a survey, did not respond, railway and grid operator, forecasters, relief group, photo credit, reporting credits)",
    "New Zealand local democracy reporter's local-services story (council draft annual plan: fortnightly rubbish and Monday library closures; mayor, Cr and Crs, staff report, community services manager, vote 8-3, consultation dates, residents' association, draft-plan bullets, submissions line, funding line)",
    "local radio station's breakfast interview transcript (mayor on a bus strike, fare freeze and bus lane; header lines, full-name then surname labels, host citing the union and traders, procedural greetings and tosses, caller's label, [laughter] and [crosstalk], end-of-transcript line)",
    "biotech company's press release carried by a release wire (Phase 2 migraine trial results; dash-framed bullet lines, NEWS PROVIDED BY, dateline with wire tag, today announced, CEO and lead investigator with degrees, adverse events with vs., conference call, About sections, forward-looking statements, contacts, SOURCE line)",
    "water company's statement on its own website (boil water notice after E. coli found; breadcrumb, postcode checker, issued and updated lines, company's own text, engineers believe, chief executive said: lead-in and quote, advice bullets, bottled water and priority register lines, compensation, question subhead, helpline, media line, Ends)",
    "national statistics office's consumer price release (annual inflation falls; breadcrumb, release title and headline, release date, next release and contact lines, Main points bullets, statement lead-in and quote, contributions, figure title and download line, table with source, monthly change, methodology box, related links, reuse line)",
]

ARTICLES = [
    [  # 1. UK-style national news site: ambulance handover delays, heavy furniture
        [("Skip to content", "", "", "B")],
        [("Your choices on this site", "", "", "B")],
        [("We and 212 selected partners use cookies and similar tools to keep this site working, to measure what you read and to show you advertising that suits you.", "", "", "B"),
         ("You can say no to everything except the essentials.", "", "", "B")],
        [("Agree and continue", "", "", "B")],
        [("Customise my choices", "", "", "B")],
        [("The Brambury Herald", "", "", "B")],
        [("News   Sport   Health   Money   Travel   Opinion   Puzzles   Obituaries   Sign in", "", "", "B")],
        [("Health", "", "", "B")],
        [("Patients spent more than 11,000 hours in ambulances outside Pellingshire hospitals in February", "", "", "W")],
        [("Crews spent whole shifts parked outside A&E as handover delays hit a record, figures obtained by the Herald show", "figures obtained by the Herald", "show", "W")],
        [("By Rosalind Tiplady, Health Editor", "", "", "B")],
        [("Wednesday 11 March 2026 7:00 am", "", "", "B")],
        [("Comments (214)", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [("Ambulances queue outside the emergency department at Castlebridge General on Monday evening.", "", "", ""),
         ("Photo: Osian Pritchell/Brambury Herald", "", "", "B")],
        [("Ambulance crews in Pellingshire spent 11,340 hours waiting outside hospital emergency departments in February, the highest monthly total since records began in 2017, according to figures obtained by the Brambury Herald.", "figures obtained by the Brambury Herald", "according to", "W")],
        [("That is the equivalent of 945 twelve-hour shifts, or roughly one in six of all the shifts the county's ambulance service ran that month.", "", "", "W")],
        [("The worst single wait in February was 19 hours and 12 minutes, at Castlebridge General on 17 February.", "", "", "W"),
         ("The county's ambulance service answers about 1,100 emergency calls a day.", "", "", "W")],
        [("The data, released under freedom of information rules, show that 2,870 patients waited more than an hour in the back of an ambulance before being handed over to hospital staff.", "The data", "show", "W"),
         ("The national target is 15 minutes.", "", "", "W")],
        [("Danielle Ezeagu, a paramedic for 14 years, said she had started two recent night shifts in the queue outside Castlebridge General and finished them in the same spot.", "Danielle Ezeagu", "said", "")],
        [("“You sit there with someone who is frightened and in pain, and you watch the calls stacking up on the screen,” she said.", "Danielle Ezeagu", "said", "")],
        [("“Last Tuesday there were 41 calls waiting in the county and not one of us could move.", "Danielle Ezeagu", "said", "W")],
        [("“On those nights I'm not a paramedic.", "Danielle Ezeagu", "said", ""),
         ("I'm a very expensive porter.”", "Danielle Ezeagu", "said", "")],
        [("Sign up to Pulse, the Herald's free health newsletter", "", "", "B")],
        [("Every Thursday: the week's health news, explained by our specialists.", "", "", "B")],
        [("Enter your email address", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("By signing up, you agree to receive emails from the Herald.", "", "", "B"),
         ("You can unsubscribe at any time.", "", "", "B")],
        [("The Pellingshire Ambulance Service said the delays were “unacceptable” and were caused by a shortage of beds inside hospitals, not by a lack of ambulance staff.", "The Pellingshire Ambulance Service", "said", "W")],
        [("Its chief executive, Marcus Halcombe, said the service had lost the use of an average of 19 ambulances a day in February because crews were stuck at hospitals.", "Marcus Halcombe", "said", "W")],
        [("“Every hour a crew spends outside a hospital is an hour they are not on the road,” he said.", "Marcus Halcombe", "said", "")],
        [("Castlebridge General, the county's largest hospital, accounted for 4,610 of the lost hours, more than any other site.", "", "", "W")],
        [("Castlebridge Hospitals Trust said it had opened 36 extra beds since January and was running a “fit to sit” area where ambulance patients who can sit up are handed over faster.", "Castlebridge Hospitals Trust", "said", "W")],
        [("A trust spokeswoman said on Tuesday that 212 of its beds were occupied by patients who were medically fit to leave but had nowhere to go, most of them waiting for care at home.", "A trust spokeswoman", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("‘We were told to keep him warm’", "", "", "")],
        [("Among those who waited in February was Gerald Askwith, 87, who fell at his home in Quillstead on 9 February and broke his hip.", "", "", "W")],
        [("His daughter, Fiona Askwith, said he waited nine hours for an ambulance to arrive and then another five hours in it outside Castlebridge General.", "Fiona Askwith", "said", "W")],
        [("“The call handler told us to keep him warm and not to give him anything to eat,” she said.", "Fiona Askwith", "said", ""),
         ("“He's a proud man, and he lay on that kitchen floor for nine hours.”", "Fiona Askwith", "said", "")],
        [("The ambulance service said it had reviewed the call and that it had been correctly categorised.", "The ambulance service", "said", "W")],
        [("What ministers say", "", "", "")],
        [("The Department of Health and Care said £450m had been made available this winter for urgent and emergency care, including 800 new ambulances nationally.", "The Department of Health and Care", "said", "W")],
        [("A spokesman said handover times had improved in most of the country and that the department was “working closely” with health leaders in Pellingshire.", "A spokesman", "said", "W")],
        [("The opposition's health spokesman, Imran Pethwick, called the figures “a scandal hiding in plain sight”.", "Imran Pethwick", "called", "")],
        [("He said his party would publish handover times for every hospital every week if it won the next election.", "Imran Pethwick", "said", "W")],
        [("Have you or a relative waited for an ambulance?", "", "", "B"),
         ("Email health@bramburyherald.co.uk", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("‘I held his hand in the corridor for 14 hours’: a nurse's diary", "", "", "B")],
        [("Why the beds are full: the patients with nowhere to go", "", "", "B")],
        [("Join the discussion", "", "", "B")],
        [("Sort by: Newest | Oldest | Most liked", "", "", "B")],
        [("PellingPete", "", "", "B")],
        [("3 hours ago", "", "", "B")],
        [("My mum waited six hours last month.", "", "", "B"),
         ("The crew were wonderful but there just weren't any beds.", "", "", "B")],
        [("Reply · 48 likes", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("About us | Contact | Complaints | Advertise | Terms | Privacy | Cookie settings", "", "", "B")],
        [("© Brambury Herald Media Group 2026", "", "", "B")],
    ],
    [  # 2. US nonprofit statehouse newsroom: property tax assessment cap, heavy furniture
        [("Skip to content", "", "", "B")],
        [("Redbud Ledger", "", "", "B")],
        [("Nonprofit.", "", "", "B"),
         ("Nonpartisan.", "", "", "B"),
         ("Oklahoma's statehouse newsroom.", "", "", "B")],
        [("Capitol   Education   Health   Justice   Environment   Podcasts   Events   Donate", "", "", "B")],
        [("CAPITOL", "", "", "B")],
        [("House passes tighter cap on property tax assessments as Fairgrieve signals veto", "", "", "W")],
        [("The measure would limit yearly increases in a home's assessed value to 3%, down from 5%; the governor's office says it would cost schools $94 million", "the governor's office", "says", "W")],
        [("by Keaton Ruybal", "", "", "B")],
        [("March 12, 2026", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("Rep. Dalton Pruscott, R-Oakwatch, speaks in favor of House Bill 2217 on the House floor Wednesday.", "", "", ""),
         ("(Marisol Hemby / Redbud Ledger)", "", "", "B")],
        [("Listen to this story  ·  6:40", "", "", "B")],
        [("The Oklahoma House voted 64-31 on Wednesday to tighten the state's cap on how fast property tax assessments can rise, sending the bill to the Senate over the objections of school districts and the governor.", "", "", "W")],
        [("House Bill 2217 would limit annual increases in the taxable value of a homestead to 3%, down from the 5% cap voters approved in 2012.", "", "", "W")],
        [("Its author, Rep. Dalton Pruscott, R-Oakwatch, told colleagues that home values in parts of the state had risen so fast that retirees were being taxed out of houses they paid off decades ago.", "Dalton Pruscott", "told colleagues", "")],
        [("“I have constituents on a fixed income whose tax bill has gone up 5% every single year since 2020,” Pruscott said.", "Dalton Pruscott", "said", "W"),
         ("“At some point the cap stops being a cap.”", "Dalton Pruscott", "said", "")],
        [("Assessed values of homesteads rose an average of 4.6% a year between 2020 and 2025, according to county assessment rolls compiled by the Ledger.", "county assessment rolls compiled by the Ledger", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("A fiscal note prepared by legislative staff estimates the lower cap would reduce local property tax collections by about $141 million over its first five years, most of it money that goes to public schools.", "A fiscal note prepared by legislative staff", "estimates", "W")],
        [("Gov. Celestine Fairgrieve's office puts the cost to schools alone at $94 million.", "Celestine Fairgrieve's office", "puts", "W")],
        [("In a statement posted on social media after the vote, Fairgrieve said she supported property tax relief “in principle” but would not sign a bill that “hands the bill to our teachers.”", "Celestine Fairgrieve", "said", "W")],
        [("Her spokesman, Wade Kearsley, would not say whether she would veto the measure outright.", "Wade Kearsley", "would not say", "")],
        [("“The governor has been clear,” Kearsley said.", "Wade Kearsley", "said", ""),
         ("“Read the statement.”", "Wade Kearsley", "said", "")],
        [("Reporting like this takes time.", "", "", "B"),
         ("Our reporters are at the Capitol every day the Legislature is in session, and we don't charge readers a cent.", "", "", "B")],
        [("Become a member for $5 a month", "", "", "B")],
        [("Not a party-line vote", "", "", "")],
        [("The bill drew support and opposition from both parties.", "", "", "W"),
         ("Eleven Democrats voted for it, and nine Republicans voted against.", "", "", "W")],
        [("House Minority Leader Jo Ann Cordery, D-Tillbrook, called it “a tax cut for people who already own homes, paid for by kids who don't.”", "Jo Ann Cordery", "called", "")],
        [("Rep. Hollis Greaver, R-Sandcreek, a former school board member in Wichell County, said the county's largest district would lose about $1.2 million a year, roughly the cost of 18 teachers.", "Hollis Greaver", "said", "W")],
        [("“I'm for tax relief,” he said.", "Hollis Greaver", "said", ""),
         ("“I'm not for pretending it's free.”", "Hollis Greaver", "said", "")],
        [("The state's county assessors' association, which took no position on the bill, warned in written testimony that a lower cap would widen the gap between what neighbors pay on similar homes.", "The state's county assessors' association", "warned", "W")],
        [("Loretta Bynum, 71, who has lived in the same house in Wichell County since 1989, told the Ledger her tax bill had nearly doubled in a decade, to $2,860 last year.", "Loretta Bynum", "told the Ledger", "W")],
        [("“I don't mind paying for schools,” she said.", "Loretta Bynum", "said", ""),
         ("“I taught in one for 31 years.”", "Loretta Bynum", "said", "W")],
        [("Homeowners 65 and older can already apply to have their assessments frozen if their household income is below $87,000.", "", "", "W")],
        [("What happens next", "", "", "")],
        [("The bill now goes to the Senate Finance Committee, whose chairman, Sen. Royce Tollefsen, R-Brackhill, has not said whether he will give it a hearing.", "Royce Tollefsen", "has not said whether", "")],
        [("Because it changes a cap written into the state constitution, it would also need the approval of voters, who could see it on the November ballot at the earliest.", "", "", "W")],
        [("The Legislature must adjourn by May 29.", "", "", "W")],
        [("Update, 4:15 p.m.: The Senate Finance Committee has scheduled a hearing on the bill for March 19.", "", "", "W")],
        [("Keaton Ruybal covers the Legislature for the Redbud Ledger.", "", "", "B"),
         ("Contact him at kruybal@redbudledger.org.", "", "", "B")],
        [("Republish our articles for free, online or in print, under a Creative Commons license.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Senate panel kills plan to end state sales tax on groceries", "", "", "B")],
        [("What the 2012 assessment cap did, and didn't, do for homeowners", "", "", "B")],
        [("Get Capitol Briefing in your inbox every weekday morning during session.", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("© 2026 Redbud Ledger, a 501(c)(3) nonprofit newsroom.", "", "", "B")],
        [("Privacy policy  ·  Ethics policy  ·  Who funds us", "", "", "B")],
    ],
    [  # 3. Gulf English-language daily's business page: airline annual results, heavy furniture
        [("Thursday, March 5, 2026  |  Ramadan 16, 1447", "", "", "B")],
        [("Fajr 4:52   Dhuhr 12:19   Asr 3:42   Maghrib 6:21   Isha 7:39", "", "", "B")],
        [("USD/QAR 3.64 ▲0.01%   Gold $2,914 ▼0.4%   Brent $71.20 ▲1.1%", "", "", "B")],
        [("The Gulf Meridian", "", "", "B")],
        [("Home   Local   Gulf   World   Business   Sport   Opinion   Lifestyle   E-Paper", "", "", "B")],
        [("Business › Aviation", "", "", "B")],
        [("Zafirah Airways profit jumps 38% to QR2.1bn on record passenger numbers", "", "", "W")],
        [("Carrier to add 11 destinations and raise fuel surcharge on long-haul fares from April", "", "", "W")],
        [("Farah Nuseibeh  |  The Gulf Meridian", "", "", "B")],
        [("Published: March 5, 2026 - 9:14 AM  |  Last updated: March 5, 2026 - 4:02 PM", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   WhatsApp", "", "", "B")],
        [("A Zafirah Airways aircraft taxis at the carrier's home base in Doha.", "", "", ""),
         ("File photo", "", "", "B")],
        [("Doha: Zafirah Airways reported a 38 per cent rise in net profit for 2025 on Wednesday, to QR2.1 billion, as the carrier flew a record 29.4 million passengers and filled more of its seats on routes to Asia.", "", "", "W")],
        [("Revenue rose 12 per cent to QR31.7 billion, according to results filed with the local bourse.", "results filed with the local bourse", "according to", "W")],
        [("The airline's load factor, the share of seats filled with paying passengers, rose to 83.1 per cent from 80.4 per cent a year earlier.", "", "", "W")],
        [("Speaking at a news conference at the airline's headquarters, Group Chief Executive Tariq Al Hourani said 2025 had been “the best year in our history by every measure that matters.”", "Tariq Al Hourani", "said", "")],
        [("He said the airline would begin flights to 11 new destinations this year, including four in Central Asia and three in East Africa, and would take delivery of 14 new aircraft.", "Tariq Al Hourani", "said", "W")],
        [("The new routes include flights to Almaty and Tashkent from June, Al Hourani said.", "Tariq Al Hourani", "said", "W")],
        [("Zafirah's passenger numbers have risen every year since 2021, when the airline carried 11.2 million people.", "", "", "W")],
        [("ALSO READ: Gulf carriers' summer schedules set for record", "", "", "B")],
        [("Higher fuel surcharge", "", "", "")],
        [("From April 1, the fuel surcharge on economy tickets for flights of more than seven hours will rise to QR410 each way, from QR340, the airline said in a notice to travel agents.", "the airline", "said in a notice to travel agents", "W")],
        [("Chief Financial Officer Leila Mansouri said jet fuel had cost the airline QR9.8 billion last year, 31 per cent of its operating costs.", "Leila Mansouri", "said", "W")],
        [("“We have absorbed as much as we can,” she said.", "Leila Mansouri", "said", ""),
         ("“A surcharge is more honest than hiding it in the base fare.”", "Leila Mansouri", "said", "")],
        [("Fares on the carrier's busiest long-haul routes were already 6 per cent higher in January than a year earlier, Skyledger data show.", "Skyledger data", "show", "W")],
        [("Advertisement", "", "", "B")],
        [("Analysts said the surcharge could dent demand in price-sensitive markets.", "Analysts", "said", "")],
        [("“Zafirah has been taking share from Sabkha Air on the subcontinent routes precisely because it was cheaper,” said Rohan Devlekar, head of research at Maraya Securities.", "Rohan Devlekar", "said", "W"),
         ("“Raise prices and you give some of that back.”", "Rohan Devlekar", "said", "")],
        [("Sabkha Air, which is due to report its own results next week, declined to comment.", "Sabkha Air", "declined to comment", "")],
        [("Shares in Zafirah Aviation Group closed 4.2 per cent higher at QR6.85 on Wednesday.", "", "", "W")],
        [("The board proposed a cash dividend of QR0.25 per share, subject to approval at the annual general meeting on March 30.", "", "", "W")],
        [("ALSO READ: Sabkha Air cuts two routes to Europe for winter", "", "", "B")],
        [("Fleet and jobs", "", "", "")],
        [("The airline employed 41,200 people at the end of the year, up from 37,900, and plans to hire about 2,000 cabin crew in 2026, Al Hourani said.", "Tariq Al Hourani", "said", "W")],
        [("He declined to give a date for the first of 18 long-range jets ordered in 2024, saying only that the manufacturer's delays were “frustrating for everyone in this industry.”", "Tariq Al Hourani", "declined to give", "")],
        [("The first of those jets had been due in October 2025, according to the airline's annual report for 2024.", "the airline's annual report for 2024", "according to", "W")],
        [("Topics:  Aviation  |  Zafirah Airways  |  Earnings", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1  New metro line opens to passengers on Sunday", "", "", "B")],
        [("2  Ramadan timings announced for government offices", "", "", "B")],
        [("3  Why your air conditioning bill is about to change", "", "", "B")],
        [("Download The Gulf Meridian app", "", "", "B")],
        [("Available on iOS and Android", "", "", "B")],
        [("Follow us on WhatsApp for breaking news", "", "", "B")],
        [("This website uses cookies to make sure you get the best experience.", "", "", "B")],
        [("Learn more", "", "", "B")],
        [("Got it!", "", "", "B")],
        [("Copyright © 2026 The Gulf Meridian.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 4. Australian sports site: domestic cricket final report, heavy furniture
        [("The Nightwatchman", "", "", "B")],
        [("Footy   League   Cricket   Union   Tennis   Racing   Podcasts   Tipping", "", "", "B")],
        [("LIVE SCORES", "", "", "B")],
        [("Wattle Shield Final · Day 5 · Stumps", "", "", "B")],
        [("WIR 312 & 6/248d", "", "", "B")],
        [("YBS 201 & 9/286", "", "", "B")],
        [("Match drawn", "", "", "B")],
        [("CRICKET", "", "", "B")],
        [("Last-wicket pair bat out 94 minutes as Shearwaters hold on for Wattle Shield", "", "", "W")],
        [("Jai Kalladeen and Mitch Rigney survived 22 overs against the second new ball to hand Yallock Bay their first title in 19 years", "", "", "W")],
        [("Sophie Kimmorley", "", "", "B")],
        [("Updated 6:47pm AEDT, March 24, 2026", "", "", "B")],
        [("WATCH: Kalladeen and Rigney survive the final over at Cottingley Oval", "", "", "")],
        [("1:42", "", "", "B")],
        [("Yallock Bay's last-wicket pair batted out the final 94 minutes at Cottingley Oval on Tuesday to secure a draw against Wirrindale and, with it, the club's first Wattle Shield title since 2007.", "", "", "W")],
        [("Set 360 to win in a minimum of 88 overs, the Shearwaters slumped to 9/241 when captain Darcy Pellegrine was caught at slip off Connor Whitlaw with 22 overs left.", "", "", "W")],
        [("Kalladeen, a fast bowler with a first-class batting average of 9.4, and Rigney, who had made one run in the match, then blocked 132 balls between them.", "", "", "W")],
        [("Rigney finished 19 not out from 87 balls; Kalladeen 26 not out from 45.", "", "", "W")],
        [("As the side that finished top of the table, Yallock Bay needed only a draw to take the Shield.", "", "", "W")],
        [("Wirrindale captain Hamish Nethercott said his side had done “everything but the last bit.”", "Hamish Nethercott", "said", "")],
        [("“We bowled 40-odd overs with the second new ball and they just kept it out,” he told Willow Radio.", "Hamish Nethercott", "told Willow Radio", ""),
         ("“You have to give it to them.”", "Hamish Nethercott", "told Willow Radio", "")],
        [("Odds partner", "", "", "B")],
        [("Bet on the summer's Tests with Gullbet.", "", "", "B"),
         ("18+ only.", "", "", "B")],
        [("What are you really betting?", "", "", "B"),
         ("For free, confidential support, call the gambling help line on 1800 431 926.", "", "", "B")],
        [("Pellegrine, whose 71 in the first innings was his only half-century of the season, said he had not watched a ball of the final hour.", "Darcy Pellegrine", "said", "W")],
        [("“I sat in the physio's room with the door shut,” he said.", "Darcy Pellegrine", "said", ""),
         ("“Someone banged on it when it was over.", "Darcy Pellegrine", "said", "")],
        [("“I reckon I've aged about 10 years since lunch.”", "Darcy Pellegrine", "said", "")],
        [("Whitlaw took 5/63 in the second innings to finish the season with 51 wickets, the most in the competition.", "", "", "W")],
        [("Wirrindale coach Bronwyn Swinnerton confirmed that Whitlaw would miss the start of the one-day season with a side strain he picked up on the fourth evening.", "Bronwyn Swinnerton", "confirmed", "W")],
        [("“He bowled through it, which tells you everything about him,” Swinnerton said.", "Bronwyn Swinnerton", "said", "")],
        [("Shearwaters opener Nathan Quellin made 112 on the final day, his third century of the summer, before he was bowled by leg-spinner Aarav Kothandam with the last ball before tea.", "", "", "W")],
        [("It was the best innings of the match.", "", "", "")],
        [("The Shield is Yallock Bay's fourth, and its first under Pellegrine, who took over the captaincy in 2023.", "", "", "W")],
        [("Nethercott's unbeaten 102 in the second innings had set up the declaration on the fifth morning.", "", "", "W")],
        [("Kalladeen's teammates carried him off on their shoulders; he said afterwards that he had been “praying for rain since lunch.”", "Jai Kalladeen", "said", "")],
        [("Scorecard", "", "", "B")],
        [("Wirrindale 312 (Whitlaw 88, Kothandam 54; Kalladeen 4/71) & 6/248 dec (Nethercott 102*)", "", "", "W")],
        [("Yallock Bay 201 (Pellegrine 71; Whitlaw 4/55) & 9/286 (Quellin 112; Whitlaw 5/63)", "", "", "W")],
        [("Result: Match drawn.", "", "", "W"),
         ("Yallock Bay win the Wattle Shield.", "", "", "W")],
        [("Player of the match: Connor Whitlaw (Wirrindale)", "", "", "W")],
        [("Umpires: Gemma Rathlin, Col Bagshaw", "", "", "")],
        [("Comments", "", "", "B")],
        [("Sign in to comment", "", "", "B")],
        [("ShearwaterTragic  ·  2h", "", "", "B")],
        [("Nineteen years I've waited for this.", "", "", "B"),
         ("Rigney should get a statue out the front of the clubrooms!", "", "", "B")],
        [("Reply  ·  112 likes", "", "", "B")],
        [("More Cricket", "", "", "B")],
        [("Whitlaw in line for Test call-up after 51-wicket summer", "", "", "B")],
        [("Shield final ratings: how every Shearwater rated", "", "", "B")],
        [("The Nightwatchman is part of Southerly Media Pty Ltd.", "", "", "B")],
        [("Contact   Advertise   Privacy   Terms of use", "", "", "B")],
    ],
    [  # 5. Canadian non-profit news site: wildfire smoke and children's asthma study, heavy furniture
        [("Jump to story", "", "", "B")],
        [("The Muskeg Review", "", "", "B")],
        [("Independent news for Western Canada", "", "", "B")],
        [("Politics   Health   Environment   Indigenous   Business   Culture   Newsletters   Donate", "", "", "B")],
        [("You've read 3 of 5 free stories this month.", "", "", "B"),
         ("Become a member to keep reading without limits.", "", "", "B")],
        [("Join now", "", "", "B")],
        [("HEALTH + SCIENCE", "", "", "B")],
        [("Children's asthma visits to ER rose by a third on heavy smoke days, B.C. study finds", "study", "finds", "W")],
        [("Over four summers, smoke days brought about 2,300 extra emergency visits by children, researchers estimate", "researchers", "estimate", "W")],
        [("Gideon Lanfear", "", "", "B")],
        [("Mar. 17, 2026", "", "", "B")],
        [("Reading time: 6 minutes", "", "", "B")],
        [("Smoke from a fire near Fort Gauvreau hangs over the city's downtown in August 2025.", "", "", ""),
         ("Gideon Lanfear / The Muskeg Review", "", "", "B")],
        [("On days when wildfire smoke pushed fine-particle pollution above 60 micrograms per cubic metre, emergency visits for asthma by children in British Columbia rose by 34 per cent, a new study has found.", "a new study", "has found", "W")],
        [("Researchers at Coteau University and Cedarglen Children's Hospital in Vancouver examined 48,600 emergency visits by children aged two to 17 between 2021 and 2024, matching each to the air quality on the day and in the three days before it.", "", "", "W")],
        [("The findings were published Monday in the journal Paediatric Respiratory Reports.", "", "", "W")],
        [("The effect was strongest among children under five, whose visits nearly doubled on the smokiest days, the study found.", "the study", "found", "W")],
        [("“We suspected the number would be high,” said Dr. Marguerite Brissonneau, a respirologist at Cedarglen and the study's lead author.", "Marguerite Brissonneau", "said", ""),
         ("“We did not expect it to show up so fast.", "Marguerite Brissonneau", "said", ""),
         ("Visits rose on the first smoky day, not the third.”", "Marguerite Brissonneau", "said", "W")],
        [("Brissonneau said the team estimates that smoke accounted for about 2,300 extra visits across the four summers, roughly one in 12 of all asthma visits by children in July and August.", "Marguerite Brissonneau", "said", "W")],
        [("Get Smoke Season, our free air-quality newsletter", "", "", "B")],
        [("Forecasts and what they mean for your family, every Friday from May to October.", "", "", "B")],
        [("Your email", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("The study cannot show that smoke caused any individual child's visit.", "", "", "")],
        [("It also counted only emergency visits, not calls to nurse lines or trips to a family doctor, so it likely misses milder cases, said Dr. Kenji Halvardsen, an epidemiologist at Coteau and a co-author.", "Kenji Halvardsen", "said", "W")],
        [("Dr. Priya Rajvanshi, a pediatrician in Fort Gauvreau who was not involved in the research, called the results “a warning we keep getting and keep ignoring.”", "Priya Rajvanshi", "called", "")],
        [("She said her clinic ran out of spacers for children's inhalers twice in August 2025.", "Priya Rajvanshi", "said", "W")],
        [("Shauna Marchildon's son Theo, now seven, spent two nights in hospital in August 2024, when smoke from the Gauvreau Ridge fire sat over Fort Gauvreau for 11 days.", "", "", "W")],
        [("“He was blue around the lips by the time we got to emergency,” she said.", "Shauna Marchildon", "said", ""),
         ("“I had never seen him like that.”", "Shauna Marchildon", "said", "")],
        [("She now keeps an air purifier in his bedroom and checks the air-quality reading before school every morning in summer.", "", "", "")],
        [("The provincial Ministry of Health said in an email that it had handed out 42,000 free air purifiers to low-income families and schools since 2023.", "The provincial Ministry of Health", "said in an email", "W"),
         ("It said a further 15,000 would go out before this summer.", "The provincial Ministry of Health", "said", "W")],
        [("Brissonneau said that was welcome but that the province should set a target for a clean-air room in every school.", "Marguerite Brissonneau", "said", "")],
        [("Smoke days have become more common: Fort Gauvreau recorded 38 of them in 2025, up from nine in 2015, according to provincial air-monitoring data.", "provincial air-monitoring data", "according to", "W")],
        [("The study was funded by the provincial lung association and the Cedarglen Children's Hospital Foundation.", "", "", "B")],
        [("Correction, March 18, 2026: An earlier version of this story said the study covered children aged two to 12.", "", "", "B"),
         ("It covered children aged two to 17.", "", "", "W")],
        [("Tags:  Wildfires  Asthma  Children's health  Air quality", "", "", "B")],
        [("The Muskeg Review is a non-profit newsroom.", "", "", "B"),
         ("Our reporting is free to read because our members pay for it.", "", "", "B")],
        [("Support our work", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("Why the smoke forecast keeps getting it wrong", "", "", "B")],
        [("Fort Gauvreau schools to get air purifiers in every classroom", "", "", "B")],
        [("12 Comments", "", "", "B")],
        [("Comments are moderated and may take up to 24 hours to appear.", "", "", "B")],
        [("rcleary_yeg", "", "", "B")],
        [("March 17, 2026 at 8:12 pm", "", "", "B")],
        [("We've started keeping the kids in at recess on the bad days.", "", "", "B"),
         ("The school had no idea what the numbers meant.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("© 2026 Muskeg Review Society", "", "", "B")],
        [("About   Masthead   Ethics   Corrections   Contact", "", "", "B")],
    ],
    [  # 6. South African news site: tender fraud trial, heavy furniture
        [("We use cookies to improve your experience and to show you relevant advertising.", "", "", "B"),
         ("Read our cookie policy.", "", "", "B")],
        [("Accept", "", "", "B")],
        [("Cookie preferences", "", "", "B")],
        [("NewsVeld", "", "", "B")],
        [("News   Politics   Courts   Business   Sport   Opinion   Lifestyle   Premium", "", "", "B")],
        [("Join our WhatsApp channel for the latest news", "", "", "B")],
        [("COURTS", "", "", "B")],
        [("PREMIUM", "", "", "B")],
        [("Ex-municipal manager ‘signed off R38m pipeline that was never built’, court hears", "court", "hears", "W")],
        [("State alleges R38.6-million was paid to a company with no staff and no equipment that had existed for just 41 days", "State", "alleges", "W")],
        [("Nomvula Shezi", "", "", "B")],
        [("Court Reporter", "", "", "B")],
        [("24 March 2026 | 17:45", "", "", "B")],
        [("Audio version available for subscribers", "", "", "B")],
        [("Former Mkhanyeni municipal manager Sibusiso Ndlanzi in the dock on Tuesday.", "", "", ""),
         ("Image: Karabo Sonnenberg", "", "", "B")],
        [("A former municipal manager approved payments of R38.6-million for a water pipeline that was never built, to a company that had been registered only 41 days before it won the tender, the court heard on Tuesday.", "the court", "heard", "W")],
        [("Sibusiso Ndlanzi, 52, who was municipal manager of the Mkhanyeni Local Municipality from 2018 to 2023, faces 14 counts of fraud, corruption and money laundering along with businessman Reinhardt Blignaut, 47, and his company, Thandolwethu Civils (Pty) Ltd.", "", "", "W")],
        [("Both men have pleaded not guilty.", "", "", "W")],
        [("Ndlanzi was arrested in August 2024 at his home in Pinetown.", "", "", "W")],
        [("Opening the State's case in the Specialised Commercial Crimes Court in Durban, prosecutor Advocate Lerato Ntshangase said Ndlanzi had signed 11 payment certificates between March and November 2021 for work that “existed only on paper”.", "Lerato Ntshangase", "said", "W")],
        [("“Not one metre of pipe was laid,” Ntshangase told the court.", "Lerato Ntshangase", "told the court", "W"),
         ("“Not one trench was dug.", "Lerato Ntshangase", "told the court", "W"),
         ("Two villages in the north of this municipality were promised water in 2021, and they are still waiting for it.”", "Lerato Ntshangase", "told the court", "W")],
        [("According to the charge sheet, Thandolwethu Civils was registered on 2 February 2021 and was awarded the tender on 15 March 2021.", "the charge sheet", "according to", "W")],
        [("The charge sheet states that the company had no employees and gave a residential address in Umhlanga as its place of business.", "The charge sheet", "states", "W")],
        [("ADVERTISING", "", "", "B")],
        [("Ntshangase said about R21-million had been moved within a week to accounts linked to Blignaut, including R4.2-million that was used to buy a house in Ballito.", "Lerato Ntshangase", "said", "W")],
        [("Blignaut's advocate, Pieter Hattingh, told the court his client had subcontracted the work in good faith and was himself “the victim of a subcontractor who vanished with the money”.", "Pieter Hattingh", "told the court", "W")],
        [("Ndlanzi's legal team did not make an opening statement.", "", "", "W")],
        [("The State's first witness, former municipal engineer Mandla Gxowa, testified that he had refused to sign the completion certificates in 2021 because he had visited the site and “found cattle grazing where the pipeline should have been”.", "Mandla Gxowa", "testified", "W")],
        [("Gxowa said he was suspended two weeks later and dismissed in 2022.", "Mandla Gxowa", "said", "W")],
        [("Under cross-examination, Hattingh put it to him that he had never gone to the site.", "Pieter Hattingh", "put it to him", "")],
        [("“I have the photographs, with the dates on them,” Gxowa replied.", "Mandla Gxowa", "replied", "W")],
        [("Speaking outside court, Zanele Dlamuka, who has run the municipality as administrator since the provincial government dissolved its council in 2024, said it had gone to the High Court to recover the money.", "Zanele Dlamuka", "said", "W")],
        [("“Our residents are still buying water from trucks at R15 for 25 litres,” she said.", "Zanele Dlamuka", "said", "W"),
         ("“That is what this case is about.”", "Zanele Dlamuka", "said", "")],
        [("About 40 residents of the municipality, some of whom had travelled three hours by minibus taxi, watched from the public gallery.", "", "", "")],
        [("Magistrate Ayesha Jaffer postponed the trial to 25 March, when Gxowa's cross-examination will continue.", "", "", "W")],
        [("Ndlanzi and Blignaut remain out on bail of R50,000 each.", "", "", "W")],
        [("The prosecuting authority's regional spokesperson, Vusumuzi Khathide, said the State intended to call 23 witnesses.", "Vusumuzi Khathide", "said", "W")],
        [("Blignaut did not speak to reporters as he left court.", "Reinhardt Blignaut", "did not speak to reporters", "")],
        [("Comments are closed on this article because the matter is before the court.", "", "", "B")],
        [("Gift this article", "", "", "B")],
        [("Subscribers can gift five articles a month to friends and family.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Mkhanyeni council dissolved after auditor flags R210m in irregular spending", "", "", "B")],
        [("Water tankers cost municipality more than the pipeline would have", "", "", "B")],
        [("NewsVeld subscribes to the Press Code and the Press Ombud's complaints process.", "", "", "B")],
        [("Copyright © 2026 Veldmedia (Pty) Ltd", "", "", "B")],
        [("Privacy Policy | Terms and Conditions | PAIA Manual", "", "", "B")],
    ],
    [  # 7. wire copy: floods and landslides, plain
        [("Floods and landslides kill at least 27 in northern Ostrevia; dozens missing", "", "", "W")],
        [("By Radu Stefanel and Ilona Brezic", "", "", "B")],
        [("March 30, 2026 9:41 AM GMT+2  Updated 2 hours ago", "", "", "B")],
        [("BELVORA, March 30 (Crosswire) - Floods and landslides set off by three days of torrential rain have killed at least 27 people in northern Ostrevia, the country's civil protection agency said on Monday, as rescuers searched for dozens more in mountain villages cut off by the water.", "the country's civil protection agency", "said", "W")],
        [("The National Civil Protection Agency said in its 6 a.m. bulletin that 41 people were missing and more than 9,000 had been forced from their homes in the provinces of Kastel and Upper Marno.", "The National Civil Protection Agency", "said in its 6 a.m. bulletin", "W")],
        [("Most of the deaths were in Dravnik, a town of about 14,000 people on the Marno river, where a landslide buried part of a residential street before dawn on Sunday.", "", "", "W")],
        [("“The hill just came down on the houses,” said Petra Mikulan, 58, whose sister's house was among those buried.", "Petra Mikulan", "said", ""),
         ("“We were digging with our hands until the soldiers came.”", "Petra Mikulan", "said", "")],
        [("Her sister and brother-in-law were still missing on Monday morning.", "", "", "W")],
        [("The state weather service said 312 millimetres of rain fell at its station in Dravnik between Friday evening and Sunday night, more than the town usually receives in four months.", "The state weather service", "said", "W")],
        [("Prime Minister Ilinca Varodi, who flew over the area by helicopter on Sunday, declared a state of emergency in both provinces and told a news conference in Belvora that the army had deployed 1,800 soldiers.", "Ilinca Varodi", "told a news conference", "W")],
        [("“Every family that has lost a home will be helped.", "Ilinca Varodi", "said", ""),
         ("Nobody will be left to rebuild alone,” she said.", "Ilinca Varodi", "said", "")],
        [("Varodi said the government would release 400 million crowns from its reserve fund for emergency repairs and that families who lost their homes would receive 20,000 crowns each within a week.", "Ilinca Varodi", "said", "W")],
        [("At least 140 people were treated in hospital, most for injuries and hypothermia, the health ministry said.", "the health ministry", "said", "W")],
        [("Television footage showed brown water pouring through the ground floor of the regional hospital in Kastel, where staff moved 90 patients to upper floors overnight.", "Television footage", "showed", "W")],
        [("WARNINGS IGNORED?", "", "", "")],
        [("Opposition leader Goran Pelesh said the government had ignored warnings from its own engineers about the hillside above Dravnik, citing a 2022 geological survey that classed the slope as high-risk.", "Goran Pelesh", "said", "W")],
        [("The survey, seen by Crosswire, recommended that 60 houses below the slope be moved; none were.", "The survey", "recommended", "W")],
        [("The interior ministry did not respond to a request for comment on the survey.", "The interior ministry", "did not respond", "")],
        [("Rail services between Belvora and the north were suspended after a section of track near Lorvesh was washed away, the state railway said.", "the state railway", "said", "W")],
        [("About 23,000 households were without electricity on Monday, according to the grid operator, Ostrenergo.", "Ostrenergo", "according to", "W")],
        [("Rivers in Kastel province were still rising on Monday afternoon.", "", "", "W")],
        [("Forecasters expect more rain in the north on Tuesday and Wednesday, though less than at the weekend.", "Forecasters", "expect", "")],
        [("The relief group Open Hands said it had sent 40 tonnes of food, water and blankets and was setting up a field kitchen in Dravnik's sports hall.", "Open Hands", "said", "W")],
        [("It was the deadliest flooding in Ostrevia since 2010, when 53 people died in the south of the country.", "", "", "W")],
        [("Farmers' groups said the floods had swamped at least 30,000 hectares of farmland in the Marno valley, much of it sown with winter wheat.", "Farmers' groups", "said", "W")],
        [("“The whole valley is a lake,” said Viktor Danesh, who grows wheat and sunflowers on 120 hectares outside Lorvesh.", "Viktor Danesh", "said", ""),
         ("“We lost the harvest before it started.”", "Viktor Danesh", "said", "")],
        [("The agriculture ministry said it was too early to estimate the damage.", "The agriculture ministry", "said", "")],
        [("Neighbouring countries have offered helicopters and water pumps, the foreign ministry said.", "the foreign ministry", "said", "W"),
         ("Varodi is due to visit Dravnik on Tuesday.", "", "", "W")],
        [("Rescue workers search the rubble of houses buried by a landslide in Dravnik, Ostrevia, March 29, 2026.", "", "", ""),
         ("CROSSWIRE/Marek Holub", "", "", "B")],
        [("License this photo", "", "", "B")],
        [("(Reporting by Radu Stefanel in Dravnik and Ilona Brezic in Belvora; Writing by Tom Hoyland; Editing by Priya Ramkissoon)", "", "", "B")],
        [("How we report: the Crosswire editorial standards", "", "", "B")],
    ],
    [  # 8. New Zealand local paper: council's draft annual plan, plain
        [("Rubbish collection to go fortnightly and libraries to close Mondays under council's draft plan", "", "", "W")],
        [("Aroha Kerei-Wallis, Local Democracy Reporter", "", "", "B")],
        [("Friday, 13 March 2026, 5:00 am", "", "", "B")],
        [("Kerbside rubbish in the Gedmere District would be collected every second week instead of weekly from July 2027, and the district's four libraries would close on Mondays, under a draft annual plan councillors agreed to consult on this week.", "", "", "W")],
        [("The plan proposes an average rates rise of 9.8 per cent for 2026-27, down from the 12.4 per cent signalled in the council's long-term plan last year.", "", "", "W")],
        [("Mayor Glenys Whareaitu said the council had been “looking under every cushion on the couch” to bring the increase below 10 per cent.", "Glenys Whareaitu", "said", "")],
        [("“Nobody stood for council to cut library hours,” she said.", "Glenys Whareaitu", "said", ""),
         ("“But the alternative was a rates rise in the teens, and that is not an alternative for a pensioner in Otterbourne Downs.”", "Glenys Whareaitu", "said", "")],
        [("Switching to fortnightly rubbish collection would save about $610,000 a year, according to a staff report presented to Wednesday's meeting.", "a staff report presented to Wednesday's meeting", "according to", "W")],
        [("Recycling and food-scraps bins would still be collected weekly.", "", "", "W")],
        [("The report says the average household's red-lid bin was less than half full when it was collected last year.", "The report", "says", "W")],
        [("Closing the libraries on Mondays would save a further $184,000.", "", "", "W")],
        [("Cr Hemi Rapata, who voted against consulting on the library closures, said the savings were “pocket change” next to the $14 million the council is spending on a new civic building.", "Hemi Rapata", "said", "W")],
        [("“Libraries are where people without internet at home go to apply for jobs, renew their licence and talk to someone,” he said.", "Hemi Rapata", "said", "")],
        [("Monday is the busiest day of the week at the Kowhainui Bay branch, he said, citing the council's own visitor counts.", "Hemi Rapata", "said", "W")],
        [("The council's community services manager, Dianne Colebatch, said Monday had been chosen because it had the lowest visitor numbers across the network as a whole.", "Dianne Colebatch", "said", "W")],
        [("She said staff would be redeployed to longer Saturday hours and no jobs would go.", "Dianne Colebatch", "said", "W")],
        [("The vote to consult on the plan passed 8-3.", "", "", "W"),
         ("Crs Rapata, Lyn Baverstock and Pita Harwoodson voted against.", "", "", "W")],
        [("Public consultation opens on 23 March and closes on 24 April.", "", "", "W"),
         ("Hearings will be held in May, and the final plan is due to be adopted on 26 June.", "", "", "W")],
        [("Doug Fairlie, who chairs the Otterbourne Downs Residents' Association, said families with young children would “end up driving to the transfer station every weekend”.", "Doug Fairlie", "said", "")],
        [("He said the association would make a submission asking the council to offer larger bins at no extra charge.", "Doug Fairlie", "said", "W")],
        [("Under the draft plan, a 240-litre bin would cost $95 a year more than the standard 120-litre bin.", "", "", "W")],
        [("Not everyone at the meeting was against the change.", "", "", "")],
        [("Cr Ruth Haumaha-Grant said she had tried a fortnightly collection for a month at her own house and “barely noticed”.", "Ruth Haumaha-Grant", "said", "")],
        [("Fortnightly collections already operate in two neighbouring districts, the staff report notes.", "the staff report", "notes", "W")],
        [("The council will also ask residents whether they would pay a targeted rate of $48 a year to keep the libraries open on Mondays.", "", "", "W")],
        [("Other proposals in the draft plan", "", "", "")],
        [("• Pool entry at the Gedmere Aquatic Centre would rise by $1, to $7.50 for adults.", "", "", "W")],
        [("• The mobile library van, which visits 11 rural stops, would be retired in December.", "", "", "W")],
        [("• A $2.3 million upgrade of the Kowhainui Bay boat ramp would be pushed back two years.", "", "", "W")],
        [("Whareaitu said she expected “a lot of feedback” on the library van.", "Glenys Whareaitu", "said", "")],
        [("The van made 4,100 loans last year, according to the staff report.", "the staff report", "according to", "W")],
        [("Submissions can be made online at gedmeredc.govt.nz/haveyoursay or on paper at any council library.", "", "", "B")],
        [("Local Democracy Reporting is public interest journalism funded by a partnership of regional publishers and a public broadcasting fund.", "", "", "B")],
    ],
    [  # 9. local radio interview transcript: mayor on a bus strike, plain
        [("TRANSCRIPT", "", "", "B")],
        [("Breakfast with Kirsty Maclennan — Port Almondy Radio 94.6 FM", "", "", "B")],
        [("Wednesday 18 February 2026, 7:42am", "", "", "B")],
        [("Guest: Desmond Drinkwater, Mayor of Port Almondy", "", "", "B")],
        [("Subjects: bus strike; fare freeze; Harbour Road bus lane", "", "", "B")],
        [("Transcribed by station staff.", "", "", "B"),
         ("Check against the broadcast.", "", "", "B")],
        [("KIRSTY MACLENNAN: Bus drivers across Port Almondy walked out at five o'clock this morning, and their union says they'll stay out until Friday.", "their union", "says", "W"),
         ("The mayor, Desmond Drinkwater, joins me in the studio.", "", "", "B"),
         ("Good morning.", "", "", "B")],
        [("DESMOND DRINKWATER: Morning, Kirsty.", "", "", "B")],
        [("MACLENNAN: How many people are without a bus this morning?", "", "", "")],
        [("DRINKWATER: About 38,000 trips a day are made on our buses, so that's the scale of it.", "Desmond Drinkwater", "DRINKWATER:", "W"),
         ("BlueArc is running 14 of its 62 routes with managers and agency drivers.", "Desmond Drinkwater", "DRINKWATER:", "W"),
         ("It's not enough, and I'm not going to pretend it is.", "Desmond Drinkwater", "DRINKWATER:", "")],
        [("MACLENNAN: The drivers are employed by BlueArc, not by the council.", "", "", "W"),
         ("Why is this your problem?", "", "", "")],
        [("DRINKWATER: Because we pay BlueArc £11.2 million a year to run the network, and because people elected me to get them to work.", "Desmond Drinkwater", "DRINKWATER:", "W"),
         ("The contract is ours.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: The Transit and General Workers' Union says drivers here earn £2.10 an hour less than drivers doing the same job in Brambridge, twenty miles up the road.", "The Transit and General Workers' Union", "says", "W"),
         ("Is that right?", "", "", "")],
        [("DRINKWATER: It's about right, yes.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("And I have told BlueArc, in writing, that the council will look at the contract price if they put a better offer to the drivers.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: So you'd pay more?", "", "", "")],
        [("DRINKWATER: I didn't say that.", "Desmond Drinkwater", "DRINKWATER:", "")],
        [("[laughter]", "", "", "B")],
        [("I said we'd look at it.", "Desmond Drinkwater", "DRINKWATER:", "")],
        [("MACLENNAN: Fares, then.", "", "", "B"),
         ("You announced a fare freeze in January.", "", "", "W"),
         ("The adult single stays at £2.40 until April 2027.", "", "", "W")],
        [("DRINKWATER: That's right, and it's costing the council £1.3 million this year, which we're paying from parking income, not from council tax.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: Let's go to the phones.", "", "", "B"),
         ("Denise is in Mosswell.", "", "", "B")],
        [("DENISE, CALLER: Hiya.", "", "", "B"),
         ("I do nights at the hospital, and the 27 is the only bus that gets me home.", "Denise", "DENISE, CALLER:", ""),
         ("This morning I waited an hour and then paid £31 for a taxi.", "Denise", "DENISE, CALLER:", ""),
         ("Who's paying me back for that?", "Denise", "DENISE, CALLER:", "")],
        [("DRINKWATER: Denise, I'm sorry, and you're exactly the person I'm worried about.", "Desmond Drinkwater", "DRINKWATER:", ""),
         ("The 27 is one of the routes BlueArc says it will keep running overnight during the strike.", "Desmond Drinkwater", "DRINKWATER:", "W"),
         ("Please check the app before you set off tonight.", "Desmond Drinkwater", "DRINKWATER:", "")],
        [("MACLENNAN: One last thing before the news.", "", "", "B"),
         ("Traders on Harbour Road say they've lost a fifth of their custom since the bus lane opened in September.", "Traders on Harbour Road", "say", "W")],
        [("DRINKWATER: Some traders say that.", "Desmond Drinkwater", "DRINKWATER:", ""),
         ("Our own counts show footfall on Harbour Road is down 4% on last year, which is the same as the city centre as a whole.", "Desmond Drinkwater", "DRINKWATER:", "W"),
         ("And journey times on the 4 and the 9 are down by six minutes at peak.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: [crosstalk] ... but the traders' own survey...", "", "", "")],
        [("DRINKWATER: I've seen their survey.", "Desmond Drinkwater", "DRINKWATER:", ""),
         ("Forty-one shops answered it, out of more than two hundred on the road.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: Will the drivers be back by Friday?", "", "", "")],
        [("DRINKWATER: I hope so.", "Desmond Drinkwater", "DRINKWATER:", ""),
         ("Both sides are meeting at the Town Hall at two o'clock this afternoon, and I'll be in the building.", "Desmond Drinkwater", "DRINKWATER:", "W")],
        [("MACLENNAN: Mayor Drinkwater, thank you.", "", "", "B")],
        [("DRINKWATER: Thanks, Kirsty.", "", "", "B")],
        [("[END OF TRANSCRIPT]", "", "", "B")],
        [("Listen again to the full programme on the Port Almondy Radio app.", "", "", "B")],
    ],
    [  # 10. biotech company's press release on a wire service, plain
        [("Veranthe Therapeutics Reports Positive Topline Results from Phase 2 SERENO-2 Trial of VRN-214 in Chronic Migraine", "", "", "W")],
        [("– VRN-214 cut monthly migraine days by 7.1 days, versus 4.3 days on placebo, at week 12 (p<0.001) –", "", "", "W")],
        [("– Company plans to start a Phase 3 program in the fourth quarter of 2026 –", "", "", "W")],
        [("– Conference call today at 8:00 a.m. ET –", "", "", "B")],
        [("NEWS PROVIDED BY", "", "", "B")],
        [("Veranthe Therapeutics, Inc.", "", "", "B")],
        [("Mar 09, 2026, 07:00 ET", "", "", "B")],
        [("CAMBRIDGE, Mass., March 9, 2026 /Pressline/ -- Veranthe Therapeutics, Inc. (“Veranthe”), a clinical-stage biopharmaceutical company developing treatments for neurological disorders, today announced positive topline results from SERENO-2, its Phase 2 trial of VRN-214 in adults with chronic migraine.", "", "", "W")],
        [("The trial enrolled 412 patients at 38 sites in the United States, Canada and Europe, who were randomized to receive VRN-214 or placebo as a daily oral tablet for 12 weeks.", "", "", "W")],
        [("Patients taking VRN-214 had 7.1 fewer migraine days per month at week 12, compared with 4.3 fewer days for those on placebo, meeting the trial's primary endpoint.", "", "", "W"),
         ("Some 48% of patients on VRN-214 saw their monthly migraine days fall by at least half, compared with 27% on placebo.", "", "", "W")],
        [("The most common adverse events were nausea (9% vs. 4% on placebo), dizziness (6% vs. 3%) and fatigue (5% vs. 5%).", "", "", "W"),
         ("Seven patients (3.4%) on VRN-214 stopped treatment because of side effects, compared with four (1.9%) on placebo.", "", "", "W"),
         ("No serious drug-related adverse events were reported.", "", "", "W")],
        [("“These results give us the confidence to move VRN-214 into Phase 3,” said Aurelio Basquin, M.D., Ph.D., President and Chief Executive Officer of Veranthe.", "Aurelio Basquin", "said", ""),
         ("“People living with chronic migraine lose, on average, half of every month to headache.", "Aurelio Basquin", "said", "W"),
         ("A daily tablet that gives back a week of those days could change how this disease is treated.”", "Aurelio Basquin", "said", "")],
        [("“The size of the response, and how early we saw it, were striking,” said Helga Stenmark, M.D., Professor of Neurology at Ekholt University Hospital and lead investigator of SERENO-2.", "Helga Stenmark", "said", ""),
         ("“Separation from placebo was already statistically significant at week four.”", "Helga Stenmark", "said", "W")],
        [("Full results will be submitted for presentation at an upcoming medical meeting.", "", "", "")],
        [("Veranthe plans to hold an end-of-Phase 2 meeting with regulators in the third quarter of 2026 and to begin a Phase 3 program in the fourth quarter.", "", "", "W"),
         ("The Company had $286 million in cash and investments at December 31, 2025, which it expects to fund operations into 2028.", "", "", "W")],
        [("Conference Call and Webcast", "", "", "B")],
        [("Veranthe will host a conference call and webcast today at 8:00 a.m. ET.", "", "", "B"),
         ("To join, dial (800) 555-0147 and enter conference ID 8823196.", "", "", "B"),
         ("A replay will be available in the Investors section of the Company's website for 90 days.", "", "", "B")],
        [("About SERENO-2", "", "", "B")],
        [("SERENO-2 is a randomized, double-blind, placebo-controlled Phase 2 trial evaluating the efficacy and safety of VRN-214 in adults with chronic migraine.", "", "", "B"),
         ("Its primary endpoint is the change from baseline in monthly migraine days at week 12.", "", "", "B")],
        [("About VRN-214", "", "", "B")],
        [("VRN-214 is an investigational, orally administered small molecule designed to block a receptor involved in the transmission of migraine pain.", "", "", "B"),
         ("It has not been approved by any regulatory authority.", "", "", "B")],
        [("About Veranthe Therapeutics", "", "", "B")],
        [("Veranthe Therapeutics is a clinical-stage biopharmaceutical company based in Cambridge, Massachusetts, developing medicines for migraine, cluster headache and other neurological disorders.", "", "", "B"),
         ("For more information, visit www.veranthe.example.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This press release contains forward-looking statements, including statements regarding the timing of the Company's Phase 3 program and its cash runway.", "", "", "B"),
         ("Actual results may differ materially from those indicated by these statements.", "", "", "B"),
         ("Veranthe undertakes no obligation to update any forward-looking statement, except as required by law.", "", "", "B")],
        [("Investor Contact:", "", "", "B")],
        [("Marisa Lachapelle", "", "", "B")],
        [("ir@veranthe.example", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Jonah Kaunders, Cragwell Communications", "", "", "B")],
        [("+1 (617) 555-0193", "", "", "B")],
        [("SOURCE Veranthe Therapeutics, Inc.", "", "", "B")],
    ],
    [  # 11. water company's statement on its own site: boil water notice, plain
        [("Wyvernside Water", "", "", "B")],
        [("Home  ›  News and statements", "", "", "B")],
        [("Statement: boil water notice for Tullering and Sedge End", "", "", "W")],
        [("Check if your address is affected", "", "", "B")],
        [("Enter your postcode", "", "", "B")],
        [("Issued 4 June 2026, 4:30pm.", "", "", "B"),
         ("Updated 5 June 2026, 9:15am.", "", "", "B")],
        [("Customers in Tullering and Sedge End must boil their tap water before drinking it until further notice.", "", "", "B")],
        [("The notice covers about 6,800 homes and businesses with postcodes beginning KB4 7 and KB5 2.", "", "", "W")],
        [("We issued the notice at 2:10pm on Thursday after routine tests at our Gorsefield Lane reservoir found E. coli in two samples taken on Wednesday.", "", "", "W"),
         ("E. coli is a bacterium that lives in the gut and is usually harmless, but some strains can cause illness.", "", "", "")],
        [("We have had no reports of anyone becoming ill.", "", "", "W")],
        [("Our engineers believe a damaged hatch on the reservoir roof, found during an inspection on Thursday evening, allowed rainwater to get in.", "Our engineers", "believe", "")],
        [("The reservoir has been taken out of service, and the area is now being supplied from our Fernbrake treatment works.", "", "", "W")],
        [("We need three days in a row of clear samples before we can lift the notice, so it will stay in place until at least Sunday.", "", "", "W")],
        [("Oonagh Prescombe, Chief Executive of Wyvernside Water, said:", "Oonagh Prescombe", "said", "")],
        [("“I am very sorry for the disruption this is causing to families and businesses in Tullering and Sedge End.", "Oonagh Prescombe", "said", "")],
        [("“We test the water in this reservoir 12 times a week, and that is how we caught this problem quickly.", "Oonagh Prescombe", "said", "W"),
         ("Our teams will be working around the clock until every sample is clear.”", "Oonagh Prescombe", "said", "")],
        [("The drinking water regulator and the regional health protection team have been told about the incident.", "", "", "W")],
        [("What you need to do", "", "", "B")],
        [("• Boil water and let it cool before drinking it, brushing your teeth or preparing food.", "", "", "B")],
        [("• You do not need to boil water for washing, bathing or flushing the toilet.", "", "", "B")],
        [("• Use cooled boiled water or bottled water to make up baby formula.", "", "", "B")],
        [("A full list of affected streets is on our website.", "", "", "B")],
        [("Bottled water", "", "", "B")],
        [("We are handing out bottled water at Tullering Community Centre, Mill Street, from 8am to 8pm each day.", "", "", "B")],
        [("Customers on our priority services register will have bottled water delivered to their door.", "", "", "B")],
        [("By 8am on Friday we had delivered 3,400 litres of water to 512 priority customers.", "", "", "W")],
        [("Compensation", "", "", "")],
        [("Every household covered by the notice will receive a £30 credit on its next bill, whether or not it has contacted us.", "", "", "W"),
         ("That is three times the £10 we are required to pay under the guaranteed standards scheme.", "", "", "W")],
        [("Businesses can claim for losses through the form on our website.", "", "", "B")],
        [("Why did this happen at Gorsefield Lane?", "", "", "")],
        [("Gorsefield Lane was built in 1962 and holds up to 9 million litres.", "", "", "W"),
         ("Its roof was last inspected in full in October 2025, when no damage was found.", "", "", "W")],
        [("We will publish the findings of our investigation once it is complete.", "", "", "")],
        [("Questions", "", "", "B")],
        [("Call our 24-hour line on 0800 046 7731 or visit wyvernsidewater.example/boilnotice.", "", "", "B")],
        [("Media enquiries: press@wyvernsidewater.example", "", "", "B")],
        [("Ends", "", "", "B")],
    ],
    [  # 12. national statistics office's release: consumer prices, plain
        [("Statistics Kaldoria", "", "", "B")],
        [("Home  ›  Economy  ›  Prices  ›  Consumer Price Index", "", "", "B")],
        [("Consumer Price Index, February 2026", "", "", "")],
        [("Annual inflation falls to 2.9% as energy tariff cut takes effect", "", "", "W")],
        [("Release date: 12 March 2026", "", "", "B")],
        [("Next release: 14 April 2026", "", "", "B")],
        [("Contact: Prices team, prices@statkaldoria.example", "", "", "B")],
        [("Main points", "", "", "B")],
        [("• Annual consumer price inflation fell to 2.9% in February 2026, from 3.4% in January.", "", "", "W")],
        [("• This is the lowest rate since September 2021.", "", "", "W")],
        [("• Food prices rose 1.8% in the year to February, the smallest annual increase since April 2021.", "", "", "W")],
        [("• Electricity and gas prices fell 6.2% over the year, after the regulated tariff was cut on 1 February.", "", "", "W")],
        [("• Core inflation, which excludes energy, food, alcohol and tobacco, eased to 3.1% from 3.3%.", "", "", "W")],
        [("Statement", "", "", "B")],
        [("Deputy Chief Statistician Mattias Rønnow said:", "Mattias Rønnow", "said", "")],
        [("“The fall in inflation this month was driven mostly by lower energy bills, as the cut in the regulated tariff came through.", "Mattias Rønnow", "said", "W"),
         ("Food prices also rose more slowly, with falls for vegetables and dairy products offsetting a further rise in the price of coffee.", "Mattias Rønnow", "said", "W")],
        [("“Rents, however, continued to climb, and services inflation remains well above its average for the decade before 2020.”", "Mattias Rønnow", "said", "W")],
        [("Contributions to change", "", "", "")],
        [("Housing, water, electricity and gas made the largest downward contribution to the change in the annual rate, lowering it by 0.31 percentage points.", "", "", "W")],
        [("Actual rents for housing rose 5.4% in the year to February, up from 5.1% in January, the highest rate since the series began in 2006.", "", "", "W")],
        [("Transport prices rose 2.6%, as a 3.9% rise in motor fuel prices more than offset falls in the price of used cars.", "", "", "W")],
        [("Prices of clothing and footwear fell 0.8% between January and February, a smaller seasonal fall than a year earlier.", "", "", "W")],
        [("Figure 1: Annual CPI and core inflation rates, February 2021 to February 2026", "", "", "B")],
        [("Download this chart", "", "", "B")],
        [("Table 1: Consumer Price Index, annual rate by division, %", "", "", "B")],
        [("Division   Jan 2026   Feb 2026", "", "", "B")],
        [("All items   3.4   2.9", "", "", "")],
        [("Food and non-alcoholic beverages   2.3   1.8", "", "", "")],
        [("Housing, water, electricity, gas   3.0   1.2", "", "", "")],
        [("Transport   2.2   2.6", "", "", "")],
        [("Source: Statistics Kaldoria, Consumer Price Index", "", "", "B")],
        [("Monthly change", "", "", "")],
        [("Prices rose 0.2% between January and February 2026, compared with a rise of 0.6% between the same two months a year ago.", "", "", "W")],
        [("The largest upward effect on the monthly rate came from package holidays, whose prices rose 7.4% on the month.", "", "", "W")],
        [("Things you need to know about this release", "", "", "B")],
        [("The CPI measures the change in the prices of a fixed basket of about 640 goods and services bought by households.", "", "", "B"),
         ("Prices are collected in the middle of each month from about 2,900 shops and service providers in 94 locations.", "", "", "B"),
         ("The basket and its weights are updated each January.", "", "", "B")],
        [("Related links", "", "", "B")],
        [("Consumer Price Index: detailed tables, February 2026 (XLSX, 1.2 MB)", "", "", "B")],
        [("Producer price inflation, February 2026", "", "", "B")],
        [("This is an official statistic produced in line with the Code of Practice for Statistics.", "", "", "B")],
        [("© Statistics Kaldoria 2026.", "", "", "B"),
         ("Reuse permitted with attribution.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- British news site: consent banner lines, byline furniture, a quote running over paragraphs ----
    ("h17-skip-consent", "Skip to content\nYour choices on this site\nWe and 212 selected partners use cookies and similar tools to keep this site working. You can say no to everything except the essentials.",
     ["Skip to content", "Your choices on this site", "We and 212 selected partners use cookies and similar tools to keep this site working.", "You can say no to everything except the essentials."]),
    ("h17-byline-lines-am", "Wednesday 11 March 2026 7:00 am\nComments (214)\nListen to this article · 5 min",
     ["Wednesday 11 March 2026 7:00 am", "Comments (214)", "Listen to this article · 5 min"]),
    ("h17-open-quote-paragraphs", "“Last Tuesday there were 41 calls waiting in the county and not one of us could move.\n“On those nights I'm not a paramedic. I'm a very expensive porter.”",
     ["“Last Tuesday there were 41 calls waiting in the county and not one of us could move.", "“On those nights I'm not a paramedic.", "I'm a very expensive porter.”"]),
    # --- US statehouse: Rep. and party-town tags, a one-word tagline, p.m. inside an update ------------
    ("h17-rep-party-town", "Its author, Rep. Dalton Pruscott, R-Oakwatch, told colleagues that home values had risen fast. “At some point the cap stops being a cap.”",
     ["Its author, Rep. Dalton Pruscott, R-Oakwatch, told colleagues that home values had risen fast.", "“At some point the cap stops being a cap.”"]),
    ("h17-tagline-one-word", "Nonprofit. Nonpartisan. Oklahoma's statehouse newsroom.",
     ["Nonprofit.", "Nonpartisan.", "Oklahoma's statehouse newsroom."]),
    ("h17-update-pm-contact", "Update, 4:15 p.m.: The Senate Finance Committee has scheduled a hearing on the bill for March 19.\nKeaton Ruybal covers the Legislature for the Redbud Ledger. Contact him at kruybal@redbudledger.org.",
     ["Update, 4:15 p.m.: The Senate Finance Committee has scheduled a hearing on the bill for March 19.", "Keaton Ruybal covers the Legislature for the Redbud Ledger.", "Contact him at kruybal@redbudledger.org."]),
    # --- Gulf daily: strips with figures, a city dateline with a colon, decimals in a currency ----------
    ("h17-prayer-ticker", "Fajr 4:52   Dhuhr 12:19   Asr 3:42   Maghrib 6:21   Isha 7:39\nUSD/QAR 3.64 ▲0.01%   Gold $2,914 ▼0.4%   Brent $71.20 ▲1.1%",
     ["Fajr 4:52   Dhuhr 12:19   Asr 3:42   Maghrib 6:21   Isha 7:39", "USD/QAR 3.64 ▲0.01%   Gold $2,914 ▼0.4%   Brent $71.20 ▲1.1%"]),
    ("h17-colon-dateline-qr", "Doha: Zafirah Airways reported a 38 per cent rise in net profit for 2025 on Wednesday, to QR2.1 billion. Revenue rose 12 per cent to QR31.7 billion, according to results filed with the local bourse.",
     ["Doha: Zafirah Airways reported a 38 per cent rise in net profit for 2025 on Wednesday, to QR2.1 billion.", "Revenue rose 12 per cent to QR31.7 billion, according to results filed with the local bourse."]),
    # --- cricket: not-out figures after a semicolon, result lines, scorecard lines with an asterisk ------
    ("h17-cricket-result", "Rigney finished 19 not out from 87 balls; Kalladeen 26 not out from 45.\nResult: Match drawn. Yallock Bay win the Wattle Shield.",
     ["Rigney finished 19 not out from 87 balls; Kalladeen 26 not out from 45.", "Result: Match drawn.", "Yallock Bay win the Wattle Shield."]),
    ("h17-scorecard-lines", "Wirrindale 312 (Whitlaw 88, Kothandam 54; Kalladeen 4/71) & 6/248 dec (Nethercott 102*)\nYallock Bay 201 (Pellegrine 71; Whitlaw 4/55) & 9/286 (Quellin 112; Whitlaw 5/63)",
     ["Wirrindale 312 (Whitlaw 88, Kothandam 54; Kalladeen 4/71) & 6/248 dec (Nethercott 102*)", "Yallock Bay 201 (Pellegrine 71; Whitlaw 4/55) & 9/286 (Quellin 112; Whitlaw 5/63)"]),
    # --- Canadian site: B.C. in a headline, Dr. before a name, a correction stamp ----------------------
    ("h17-bc-headline-dr", "Children's asthma visits to ER rose by a third on heavy smoke days, B.C. study finds\n“We suspected the number would be high,” said Dr. Marguerite Brissonneau, a respirologist at Cedarglen. “We did not expect it to show up so fast.",
     ["Children's asthma visits to ER rose by a third on heavy smoke days, B.C. study finds", "“We suspected the number would be high,” said Dr. Marguerite Brissonneau, a respirologist at Cedarglen.", "“We did not expect it to show up so fast."]),
    ("h17-correction-stamp", "Correction, March 18, 2026: An earlier version of this story said the study covered children aged two to 12. It covered children aged two to 17.",
     ["Correction, March 18, 2026: An earlier version of this story said the study covered children aged two to 12.", "It covered children aged two to 17."]),
    # --- court story: (Pty) Ltd. ending a sentence ---------------------------------------------------
    ("h17-pty-ltd-end", "Sibusiso Ndlanzi faces 14 counts along with businessman Reinhardt Blignaut, 47, and his company, Thandolwethu Civils (Pty) Ltd. Both men have pleaded not guilty.",
     ["Sibusiso Ndlanzi faces 14 counts along with businessman Reinhardt Blignaut, 47, and his company, Thandolwethu Civils (Pty) Ltd.", "Both men have pleaded not guilty."]),
    # --- wire story: a.m. inside a cue, a quote whose cue comes in its second sentence ------------------
    ("h17-am-in-cue", "The National Civil Protection Agency said in its 6 a.m. bulletin that 41 people were missing. Most of the deaths were in Dravnik.",
     ["The National Civil Protection Agency said in its 6 a.m. bulletin that 41 people were missing.", "Most of the deaths were in Dravnik."]),
    ("h17-late-cue-quote", "“Every family that has lost a home will be helped. Nobody will be left to rebuild alone,” she said. Varodi is due to visit Dravnik on Tuesday.",
     ["“Every family that has lost a home will be helped.", "Nobody will be left to rebuild alone,” she said.", "Varodi is due to visit Dravnik on Tuesday."]),
    # --- local democracy story: Crs before names ------------------------------------------------------
    ("h17-crs-vote", "The vote to consult on the plan passed 8-3. Crs Rapata, Lyn Baverstock and Pita Harwoodson voted against.",
     ["The vote to consult on the plan passed 8-3.", "Crs Rapata, Lyn Baverstock and Pita Harwoodson voted against."]),
    # --- radio transcript: a greeting after a label, then label-led turns ------------------------------
    ("h17-radio-labels", "DESMOND DRINKWATER: Morning, Kirsty.\nMACLENNAN: How many people are without a bus this morning?\nDRINKWATER: About 38,000 trips a day are made on our buses, so that's the scale of it. BlueArc is running 14 of its 62 routes.",
     ["DESMOND DRINKWATER: Morning, Kirsty.", "MACLENNAN: How many people are without a bus this morning?", "DRINKWATER: About 38,000 trips a day are made on our buses, so that's the scale of it.", "BlueArc is running 14 of its 62 routes."]),
    # --- biotech release: degrees after a name, vs. in a list -----------------------------------------
    ("h17-md-phd-cue", "“These results give us the confidence to move VRN-214 into Phase 3,” said Aurelio Basquin, M.D., Ph.D., President and Chief Executive Officer of Veranthe. “People living with chronic migraine lose, on average, half of every month to headache.",
     ["“These results give us the confidence to move VRN-214 into Phase 3,” said Aurelio Basquin, M.D., Ph.D., President and Chief Executive Officer of Veranthe.", "“People living with chronic migraine lose, on average, half of every month to headache."]),
    ("h17-vs-list", "The most common adverse events were nausea (9% vs. 4% on placebo), dizziness (6% vs. 3%) and fatigue (5% vs. 5%). No serious drug-related adverse events were reported.",
     ["The most common adverse events were nausea (9% vs. 4% on placebo), dizziness (6% vs. 3%) and fatigue (5% vs. 5%).", "No serious drug-related adverse events were reported."]),
    # --- water statement: E. coli mid-sentence and at the start of one ---------------------------------
    ("h17-e-coli", "We issued the notice at 2:10pm on Thursday after routine tests found E. coli in two samples taken on Wednesday. E. coli is a bacterium that lives in the gut.",
     ["We issued the notice at 2:10pm on Thursday after routine tests found E. coli in two samples taken on Wednesday.", "E. coli is a bacterium that lives in the gut."]),
]  # fmt: skip
