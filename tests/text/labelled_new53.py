"""Fifty-third set of new hand-labelled pages for the hint engines (tuning set, round twenty-five): twelve whole pages from kinds of site whose furniture the sets are thin on.

Written from scratch for issue 13 in round twenty-five, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, and no test, scorer or engine was run; only an import of this
file and `build` on every page, a small script of my own that checks the split cases against the
pages, whole-word greps of the invented names over `tests/` that listed file names only, and `ruff
format` / `ruff check` were run). The format and the conventions were read from the module docstrings
of `labelled_new.py`, `labelled_new2.py` and `labelled_new49.py` to `labelled_new52.py`, the first two
pages and the first split cases of `labelled_new52.py`, and `build` in `labelled_articles.py`. Every
person, small place, street, organisation, outlet, platform, station, company, party, school,
product and number is invented (the United States, Pennsylvania, Oregon, Iowa and
Louisiana; England, the North East, Sunderland, County Durham, Teesside and London; Canada, Nova
Scotia, Halifax, New Brunswick, Saskatchewan, Ontario and British Columbia; Lithuania, Vilnius,
Latvia and Estonia; Taiwan, Taipei, Hsinchu and Taichung; Colombia and Bogotá; Norway, Nordland,
Troms, Vestland and Møre og Romsdal; Western Australia and Perth appear only as settings; real public
bodies and schemes such as "the Office for National Statistics", "the National Living Wage", "the
Department of Labour, Skills and Immigration", "the Iowa Department of Natural Resources", "the state
Department of Environmental Quality", "the National Energy Regulatory Council (VERT)", "the Seimas",
"Statistics Lithuania", "the Water Resources Agency", "the Hsinchu Science Park", "the Central Weather
Administration", "TransMilenio S.A.", "the District Comptroller's Office", "the Ministry of
Transport", "Statistics Norway", "the PFU", "the Parliament of Western Australia", "the Legislative
Council", "the Department of Justice" and "Hansard" only as settings, with invented figures). No
surname, town, street, outlet, platform, company, school or product of any file under `tests/` is
reused: every capitalised word of these pages, the parts of hyphenated names included, was grepped as
a whole word over the whole `tests/` tree, and every hit that was an invented name was changed (first
names, real settings and common words such as "Memo", "Heights", "Delta", "Prairie" and "Mutual"
recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all, so
every furniture line is a paragraph of its own, worded in that kind of site's own way, and the
furniture sits at the head, at the tail and inside the story. The twelve pages, from kinds of site
the earlier sets lack: (1) a newsletter platform's web view of a local-politics newsletter on a
council cutting three bus routes (a welcome modal of four lines, a members'-edition badge, reaction
counts, a forward line, the writer's greeting to new subscribers, a three-line member pitch in the
story, and a paywall cut-off over four lines, "Already paying?" and "Log in" two sentences; "Pa.,",
"12:20 a.m. Wednesday", "Aug. 3." ending a sentence, "St. Ivesley's", a question before "she asked");
(2) a blogging platform's member story by a former nurse on a rural maternity unit closing (member-only
line, gift-link note, follow, publication and read-time line, claps and responses, listen strip,
an image credit, a call-out, a tag line, the author box, a response and the platform's footer;
"Ore.,", "Feb. 27", "Dr.", "U.S. have", "4:12 a.m. on", "told me" as a cue); (3) a professional
network's article by a bank economist on regional pay (network menu, newsletter name and subscriber
line, the author's role line with "|", "+ Follow", a views-my-own line, reaction labels and counts,
comments with "• 2nd", role and age lines and a comment cut at "…see more"; "Ltd.,", "e.g.", a
question answered in fragments); (4) a web portal's copy of a provincial paper's story on Nova
Scotia's minimum wage (the portal's bar, search and crumb, the source's logo and byline, a two-sentence
syndication note, "N.S. —", "Oct. 1", "Hon.", the source's own "RELATED:" line and three-line briefing
box around the portal's "Advertisement", a question before a capital, the source's sign-off, the
portal's reaction prompt, counts, comments link, numbered trending list and "Inc." before "All rights
reserved."); (5) the text-only "lite" view of a US regional daily on a county board backing a hog barn
(lite banner and full-site switch, "5:47 a.m. CT Apr. 16, 2026", a hidden-photo placeholder, "Ia."
ending a sentence, "Supv.", "Rd.,", "E. coli", "Mr.", "No. 2", a spaced ellipsis before lower case,
"Ad" with a sponsor line, "Related:" lines, "Co. budget", next-story and top links); (6) a local TV
station's site on a chemical plant fire (live-now bar, weather chip with an alert count, menu with a
closings count, "BREAKING", a video line with running time and player controls, "La. (KVRL) —",
"10:15 a.m. Tuesday", "St. Quentine Parish", "Lt.", "Hwy. 182." ending a sentence, an app prompt in
the story, "!" before a capital inside a quote, "6:41 a.m." ending a sentence, "Sgt.", a forecast
strip of two sentences after "3 p.m.", tip lines, copyright, FCC and EEO lines and "Co." ending the
ownership line); (7) a news agency's own site on Lithuanian power prices (customer log-in strip, photo
ID and licence lines, "(VNA) –" dateline, "approx.", "10 a.m." ending a sentence, "UAB", the wire's
reporting-and-editing line, a copyright with a republication ban, "FOR CUSTOMERS:" lines, a
Lithuanian customers' line, photo-bank lines and the address with "g. 11,"); (8) an English-language
daily in Taiwan on a water alert (print-page line, text-size control, names with Chinese characters in
brackets, "No. 2 Reservoir", "11 p.m." ending a sentence, "i.e.", "a.k.a.", "Co." ending a sentence
before "It said", "Co.,", "NT$", questions before a capital, "Additional reporting by", a three-line
moderation notice); (9) a Colombian paper's English edition on a Bogotá cable-car line (language
switch, bilingual menu, writer and translator line, "7:45 p.m. COT", a two-sentence translation note,
"(Foto: ...)", "Lea también / See also:", "Publicidad", "Av.", "S.A.S." ending a sentence before "It
said", a Spanish quote with its bracketed translation, "Cra. 14 Este", "Dr.", a question before a
capital, a bilingual support appeal, "Temas:", "Más leídas / Most read", the "S.A.S. · NIT ..."
footer); (10) a Norwegian public broadcaster's English page on ferry fares (language switch, menu,
crumb, role line, "Published 14.04.2026, kl. 07.12" and updated lines, a listen-in-Norwegian line,
"ca. NOK", "ALSO ON NAK:", "“Finally!" before a capital, "AS." ending a sentence, a translation note,
editor line, three-sentence press-ethics lines and a cookie notice); (11) a parliamentary news service
on a committee report on prison health (parliament masthead and chamber menu, "Committee news", tabling
and report-number lines, live-stream line, "MLC", "Hon.", "s. 74", "(pp. 41–43).", "Dr", "i.e. by",
a minority report, report and Hansard download lines with "p. 1187", a not-an-official-record notice,
acknowledgement of Country and address); and (12) a public-radio podcast episode page on a village
airline cutting flights (station masthead with frequency, listen-live strip, episode and running-time
lines, play and download line, follow-the-show line, show notes, chapter time stamps, a guest line, a
transcript excerpt with capitalised name prefixes, bracketed time stamps and "[crosstalk]", a
machine-transcript note, an ellipsis before a capital, "U.S. are." ending a sentence, credits, a
membership pitch, "Ep. 117:" and the FCC line). The stories are ordinary news (transit, rural health,
pay, wages, farm permits, an industrial fire, power prices, drought, a transport project, ferry fares,
prisons, air service) with officials, residents, businesses and experts quoted, figures of record,
forecasts, opinions and questions. `STYLES` names the site, the story and the stresses of each page,
in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new52.py` hold too (mastheads, menus, crumbs, section labels,
bylines, role lines, date lines, strips and widgets, share and listen lines, cookie, consent and
paywall blocks, related, trending and most-read lists, tags, newsletter, app and alert prompts, ad
labels and slots, comment furniture, contact and reader-service lines and footers "B" line by line
wherever they fall, furniture that holds figures or claims included; captions by content and credits
"B"; standfirsts labelled like headlines and split at a full stop, a "says" in them carrying the
source as the body names it; titles, ranks and honorifics dropped from speakers; a pronoun, a later
surname or a role resolved to the full name as first given; organisations, documents and data kept as
written, "according to X" -> X, "It" for an organisation resolved to its name as first given, "It"
for a document to the document as written; a quote over several sentences carrying its speaker and
cue; Q&A answers carrying the interviewee with the prefix as the cue; a blogger's or newsletter
writer's own sentences carrying no speaker; plans, votes, orders, results, rules and figures of record
"W"; spoken forecasts, hopes, pledges, process promises, opinions, feelings, scene, rhetorical
questions and advice ""; a hedge making a sentence "" unless a figure of record rides in it).

Conventions this set had to settle, in the same spirit:

* Newsletter web views. The subscribe modal that a pasted web view carries above the post (the
  "Discover more from ..." line, the newsletter's blurb and reader count, the e-mail field with its
  button, the skip link) is "B" line by line, and so are the newsletter's name, the join and log-in
  line, the date line with its members'-edition badge, the reaction counts and "Forward this post".
  The writer's greeting to the list ("Hi all, and a warm hello to the 41 of you who signed up ...")
  is "B": it addresses subscribers, not readers of the story, though it holds a count. A member pitch
  inside the story ("Like what you're reading?" / "The Memo stays free ..." / "Pitch in for $6 a month
  ›") is three "B" sentences. The paywall block ("The rest of this post is for paying members", the
  perks, the price, "Become a member", "Already paying?" and "Log in") is "B" line by line and the
  story ends there: a web view cut at the paywall has nothing more of the post below it. The
  standfirst's teaser ("Here's who voted which way, and what it means if you ride the 7, 12 or 19")
  and "Here's what happens next." are ""; the writer's "My read: ..." is an opinion without a speaker,
  ""; "The agency had warned in February that fare revenue was running 11% below forecast ..." keeps
  "The agency" with "had warned", "W".
* Member stories on a blogging platform. "✦ Member-only story", the gift-link note, "Follow", the
  publication-read-time-date line, the claps-and-responses line (at the head and again at the tail),
  the listen-share strip, the image credit, the tag line, "Written by ...", the followers line, the
  two-sentence author bio, "Responses (48)", the response box prompt, each response's name, date,
  text and claps line, "See all responses", "More from ..." and "Recommended from ..." with their
  titles are "B". The writer's closing call-out ("If you have a story about ..., my inbox is open.")
  is "B" like a tip line. A title without a claim ("The last baby born in Dallbrook") is "". "told me"
  is a cue as written; "put it bluntly" in a sentence that only introduces the quote after it carries
  the doctor with that cue, "". "The last mother to give birth at Bellgrove" is "W" (a record), the
  baby's birth time "" (a private detail).
* Articles on a professional network. The author's headline line ("Chief Economist at ... | Visiting
  Fellow, ...") is a role line, "B"; the newsletter name, its strap and "Subscribe · 12,806
  subscribers", "+ Follow", "Views are my own ..." and "Subscribe to ... to get the next edition" are
  "B"; reaction labels, counts, "52 comments · 19 reposts", the action strip, the sort control and each
  comment's name with "• 2nd", role, age, text (split at its full stops), reaction line and "Load more
  comments" are "B"; a comment cut by the site ends in ONE "B" sentence glued to "…see more" ("The bit
  nobody talks about is…see more"). The author writes in the first person without a speaker: the
  figures he or she reports are "W", a two-sentence headline is split into its claim ("Pay in the North
  East is finally catching up." "W") and its advice ("Don't celebrate yet." ""), "So is the region
  catching up?" / "On pay, yes." / "On what matters more, output per hour, barely." are "", the guess
  about pay growth "", "I asked two employers what they're seeing." "" (a reporting act); "our own
  lending book shows" keeps the book with "shows" and is "" for the vague "more cautious"; a union
  official's "pointed out" with a checkable level is "W", the author's check after it "W".
* Syndicated copies on a portal. The portal's bar, search box, crumb, the syndication note (two "B"
  sentences), the reaction prompt ("How do you feel about this story?"), emoji counts, "View comments
  (134)", the numbered trending list and the footer are "B"; the source's own furniture that rides
  inside the copy (its logo line, byline, "RELATED:" line, a three-sentence briefing box, the reporter's
  bio and e-mail, "This story first ran in ...") is "B" too, and the portal's "Advertisement" between
  them as well. "the province announced Thursday" carries "the province" as written.
* Lite views. "You're on the low-data version of this page." and "Switch to full site" are two "B"
  sentences; "[Photo hidden in lite mode — tap to load]" is a placeholder, "B", not a caption; "Ad" and
  the sponsor line under it, "Related:" lines, the reach line, "Next story: ... ›" and the top-links
  strip are "B".
* Local TV. The live-now line, the weather chip with its alert count, the menu with "Closings (6)",
  "BREAKING", the video line "▶ WATCH: ... (1:42)" and the player controls "CC ⚙ ⛶" are "B"; the app
  prompt inside the story, "Stay with KVRL 9 ...", the "FIRST ALERT FORECAST:" strip (two "B"
  sentences, a forecast though it is), the tip lines, the trending list, the public-file line and the
  ownership line are "B". A headline of two claims joined by a semicolon is ONE "W" sentence. The
  fire officer's timeline in a quote ("We got it knocked down by about 8:30 ...") is "W"; the
  emergency director's "would review the timing" is a process promise, ""; "by the fire district's own
  timeline" keeps the timeline with the cue "by", "W".
* Agency sites. The customer log-in strip, the section-and-time line, the photo credit, "Photo ID
  ...", "License this photo · Add to lightbox", the "(Reporting by ...; Editing by ...)" line, the
  two-sentence copyright with its ban on republication, "FOR CUSTOMERS:" (two sentences), the
  customers' line in Lithuanian, the photo-bank lines, "More from Economy" with its headlines and the
  company line are "B". The agency headline ending "..., regulator says" carries the regulator as the
  body names it ("the National Energy Regulatory Council"), "W"; "VERT said the rise was mainly due to
  ..." is a causal claim, "W"; "Analysts at Baltsprin Bankas expect ..." is "".
* East Asian English dailies. A name followed by its Chinese characters in brackets ("Yen Shu-fen
  (顏淑芬)") is the speaker without the characters; "Yen said" resolves to "Yen Shu-fen" (family name
  first). The print-page line, the text-size control, "Additional reporting by ..." and the three
  sentences of the moderation notice are "B". The weather agency's "could bring showers ... unlikely to
  ease the shortage" is a forecast, "".
* English editions of Latin American papers. The language switch, the writer-and-translator line, the
  two-sentence translation note, "(Foto: ...)", "Lea también / See also: ...", "Publicidad", the
  bilingual support appeal ("¿Te gustó este artículo?" and "Did you value this story?" two "B"
  sentences, then the pitch and the price), "Temas:", "Más leídas / Most read" and the company footer
  are "B". A Spanish quote with its bracketed translation is ONE sentence carrying the speaker with
  "said", "W" here for the announced dates it lists. "blamed the delay on unstable ground ..." carries
  the secretary with "blamed", "W" (a causal claim).
* Nordic public broadcasters. The language switch, the role line, the "Published 14.04.2026, kl. 07.12"
  and "Updated ..." lines, "🎧 Hear this story in Norwegian (2 min)", "ALSO ON NAK: ...", the
  translation note, "More in English" with its headline, the editor line, the three-sentence ethics
  notice and the two-sentence cookie notice are "B". A shopkeeper's own monthly ferry spending is a
  private circumstance, ""; the operator's share of departures that left cars behind is "W".
* Parliamentary news services. The chamber menu, the "Parliamentary News › Committee news" crumb, the
  tabling line, the committee-and-report line, the live-stream line, "Read the report", the PDF and
  Hansard lines, the two-sentence not-an-official-record notice, the media line, the acknowledgement of
  Country, the address and the footer are "B". "a parliamentary committee has found" keeps the
  committee as written with "has found", "W"; "The report notes" and "It found" (resolved to "The
  report") are "W"; lodging a minority report is an act, "W", without a speaker, and the member's
  "He argued that ..." ""; the response deadline under standing orders is "W".
* Podcast pages. The station masthead, listen-live strip, crumb, episode line, date-and-length line,
  play and download line, follow-the-show line, "Show notes", each chapter time stamp, the guest line,
  the link to the newsroom story, "Transcript (excerpt)", the two-sentence machine-transcript note,
  the bracketed time stamps, "[crosstalk]", the transcript request line, the credits, the membership
  pitch, "More episodes" with its titles and the licensee and FCC lines are "B". The show notes'
  description is labelled by content like a standfirst (the schedule cut "W", "The airline says it has
  14 pilots ..." "W" with "The airline" kept as written, "Host ... talks with ..." ""). In the
  transcript the host's turns carry no speaker unless they cite one ("In a statement to KNUV, Ptarmigan Air said ..." and "It also said
  ..." carry the airline, "W"); the guests' turns carry the full name with the prefix as written as
  the cue ("ALMA TUQTUK-HENLEY:", later "TUQTUK-HENLEY:"), and a store manager's shelf price ("A gallon
  of milk is $14.29 on my shelf today.") is "W" (a public price, as in `labelled_new52.py`).
* Splits. "Aug. 3." (before "Those three lines"), "Ia." (before "The facility"), "Co." ("Tunglin
  Semiconductor Manufacturing Co." before "It said"), "S.A.S." (before "It said in a statement"),
  "AS." ("Fjordlinka AS." before "Its chief executive"), "Hwy. 182." (before "Lac Sonnier
  Elementary"), "a.m." ("at 6:41 a.m." before "That was"; "at 10 a.m." before "He said"), "p.m."
  ("every night from 11 p.m." before "Full pressure"; "after 3 p.m." before "High 89°"), "(pp.
  41–43).", "U.S. are." and "Inc." before "All rights reserved." end a sentence before a capital;
  "Pa.,", "12:20 a.m. Wednesday,", "2 p.m. on", "St. Ivesley's", "Feb. 27", "Ore.,", "Dr.", "4:12 a.m.
  on", "U.S. have", "Ltd.,", "e.g.", "N.S. —", "Oct. 1,", "Hon.", "6 a.m. briefing", "5:47 a.m. CT Apr.
  16,", "Supv.", "Rd.,", "E. coli", "Mr.", "No. 2", "Co. budget", "La. (KVRL) —", "10:15 a.m. Tuesday,",
  "St. Quentine", "Lt.", "Sgt.", "approx. 2.85", "ca. NOK", "kl. 07.12", "g. 11,", "i.e. those", "i.e.
  by", "a.k.a. Taiwan's", "Co., said", "NT$320", "Cra. 14", "Av. Guatiquía", "Dr. Andrés", "s. 74",
  "Dr Clement", "p. 1187", "Ep. 117:" and decimals ("21.4 euro cents", "9.5 weeks", "88.4 percent",
  "$14.29", "07.12") never do. A spaced ellipsis before lower case never ends a sentence ("for the air
  ... and now"), an unspaced one before a capital does ("read the letter out..." / "Then the whole
  village knew ..."), and "…see more" glued to a cut comment ends nothing. A "?" or "!" closing a
  quote before a lower-case attribution ("she asked", "he said") does not end the sentence; one before
  a capital inside the quote does ("“Is $16.45 a living wage?" / "Not anywhere ...", "all over the
  house!" / "I had my kids ...", "“Finally!" / "We've been asking ...", "“What would we say ...?" /
  "This is a question ..."), and so does a "?" in furniture before a capital ("Already paying?" / "Log
  in", "¿Te gustó este artículo?" / "Did you value this story?").

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Newsletter platform's web view, a council cuts three bus routes (subscribe modal of four lines, newsletter name, join and log-in line, headline with a sum, standfirst of a vote and a teaser, author line, date line with members'-edition badge, reaction counts, forward line, the writer's greeting to new subscribers, 12:20 a.m. Wednesday and Aug. 3. ending a sentence, according to the budget office, the agency had warned, a vote of record, a council president's stance, a rhetorical question, ridership via according to, St. Ivesley's, a three-line member pitch mid-story, called, 2 p.m. on, hearing minutes, a rider's question before she asked, HAT says, annual report shows, the writer's verdict, next steps with dates, paywall over four lines with Already paying? and Log in, legal and app footer)",
    "Blogging platform's member story, a rural hospital stops delivering babies (platform bar, write-search line, member-only line, gift-link note, claim-less title, two-part standfirst, author, follow, publication and read-time line, claps and responses, listen strip, caption with an image credit, first-person writer, Ore., Feb. 27, told me, a CEO's loss figure and stance, recruitment record, the pass closures, put it bluntly with Dr., a doctor's step of record, U.S. have with a tally via according to, the last mother's record and a private birth time, a question before she asked, a state plan says, ambulance count, call-out line, tag line, author box, a response, recommended list, footer)",
    "Professional network article, a bank economist on regional pay (network menu, newsletter name, strap and subscribers, two-sentence headline of a claim and advice, author, role line with a pipe, published line, follow, ONS figures via according to, the gap, a question answered in fragments, productivity via according to, lending book shows, loan applications, a reporting act, Ltd., mid-sentence, an employer's pay rise and stance, a care-home manager's figure and cause, a union official pointed out, the author's check, e.g., a guess, views-my-own line, reactions, counts, comments with 2nd, role and age lines, a comment cut at …see more, more articles, footer)",
    "Web portal's copy of a provincial paper's story, Nova Scotia's minimum wage (portal bar, search, crumb, source logo line, headline with Oct. 1, source byline, date and read time, two-sentence syndication note, N.S. dateline with the province announced, the department's figures, the source's RELATED line, Hon. with a rule of record, a minister's opinion, the portal's Advertisement, a coalition puts, a shortfall, a question before a capital in a quote, the source's briefing box with 6 a.m., a café owner's costs and cuts, an association's survey, rankings, an economist on research, the next review, the source's sign-off and e-mail, first-ran line, reactions prompt and counts, comments link, numbered trending list, Inc. before All rights reserved)",
    "Lite text-only view of a US regional daily, supervisors back a 4,800-head hog barn (lite banner in capitals, low-data notice and full-site switch, sections, back link, headline with a vote, byline, 5:47 a.m. CT Apr. 16 date line, hidden-photo placeholder, Ia. ending a sentence, the state's decision and approval rate via according to, LLC, Supv. with a matrix score and stance, Ad and sponsor line, scene with a count, Rd., told supervisors and a spaced ellipsis before lower case, E. coli, a supervisor's opinion and a legal claim, Mr. resolved, a manure plan, a spokesman's jobs and tax figures, DNR data, No. 2, objection deadline, Related lines with Co. budget, reach line, next-story and top links, LLC footer)",
    "Local TV station's site, a chemical plant fire and a shelter-in-place order (station masthead, live-now bar, weather chip with alerts, menu with closings count, BREAKING, headline with a semicolon, byline, published-updated line, video line with running time and player controls, La. (KVRL) dateline with 10:15 a.m. Tuesday, St. Quentine Parish via according to, the hospital said, Lt. with a timeline told KVRL 9, a quote of record, Hwy. 182. ending a sentence, school closures, app prompt mid-story, the DEQ's monitors, residents said, an exclamation before a capital in a quote named afterwards, 6:41 a.m. ending a sentence with a timeline via by, a question before she asked, Sgt. with a fact and a process promise, a company statement, the plant's record, agency records show, stay-with line, forecast strip after 3 p.m., tip lines, copyright, trending, public-file line, Co. ending the ownership line)",
    "News agency's own site, Lithuanian household power prices to rise 9 pct (agency masthead, customer log-in and services strip with languages, section-and-time line, regulator-says headline, caption and agency photo credit, photo ID, licence line, (VNA) dateline, ct/kWh decimals, approx., a causal claim with said, an exchange via according to, a minister's decision, 10 a.m. ending a sentence, benefits figure, an opposition request, called and a question before a capital, UAB with an annual report, said in an e-mail with a date, analysts expect, Statistics Lithuania, neighbours' regulators, reporting-and-editing line, copyright with a republication ban, FOR CUSTOMERS lines, Lithuanian customers' line, photo-bank lines, more-from list, company line with g. 11)",
    "English-language daily in Taiwan, Hsinchu raised to an orange water alert (masthead in capitals, menu, section label, print-page line, byline with Chinese characters, text-size control, caption with No. 2 Reservoir and a staff photo credit, the agency's alert and storage figure, 11 p.m. ending a sentence, 5 a.m. each day, i.e., rainfall record, told a news conference with characters dropped, a conditional, a question and Yen said, Advertisement, a.k.a., the park's use via according to, Co. ending a sentence before It said, The company said, Co., with NT$ and US$, scene, a quote with a question before a capital, a forecast with could, the 2021 cuts, additional-reporting line, related list, three-sentence moderation notice, sign-in and back-to-top lines, copyright)",
    "Colombian paper's English edition, a Bogotá cable car opens late and over budget (masthead in capitals, language switch, bilingual menu, city label, city-admits headline, writer and translator line, 7:45 p.m. COT date line, two-sentence translation note, caption with a Foto credit, the mobility department said with Av., trillion pesos with US$, figures given to the council via according to, blamed, Lea también / See also, S.A.S. ending a sentence before It said in a statement, the comptroller's inquiry, Publicidad, scene, a Spanish quote with a bracketed translation and Cra. 14 Este, a private commute and a question before a capital, Dr. with a record claim, the department's rebuttal, cabins and fare, TransMilenio S.A. via according to, bilingual support appeal, Temas line, most-read list, NIT footer and data-policy line)",
    "Norwegian public broadcaster's English page, ferry fares halved on county routes (broadcaster masthead, language switch, menu, crumb, headline, standfirst with ca. NOK, byline and role line, Published and Updated lines with kl., listen-in-Norwegian line, caption and photo credit, the government announced, the ministry via according to, route counts, a minister told NAK, a budget step, ALSO ON NAK, scene with a count, a fare of record, Finally! before a capital in a quote named afterwards, a private cost and a question before she asked, AS. ending a sentence, an operator's stance and his figure, opposition call, Statistics Norway, translation note, more-in-English list, editor line, press-ethics lines, cookie notice)",
    "Parliamentary news service, a committee report on health care in regional prisons (parliament masthead, chamber menu, committee-news crumb, finding headline, tabling line, committee and Report No. 9 line, live-stream line with 1.00pm, a parliamentary committee has found, 27 recommendations, submissions and hearings, Hon. and MLC with an opinion and a quoted case, a question before a capital, The report notes with s. 74 and (pp. 41–43)., It found, Dr with evidence, a minority report and He argued, i.e. by a deadline, a spokesperson's process promise and funded positions, report and Hansard download lines with p. 1187, not-an-official-record notice, media line, acknowledgement of Country, address, footer)",
    "Public-radio podcast episode page, a village airline cuts flights to three days a week (station masthead with frequency, listen-live strip, crumb, show and episode line, episode headline, date and length, play and download line, follow-the-show line, show notes with the cut, the airline says and a host line, chapter time stamps, guest line, newsroom-story link, transcript heading and machine-transcript note, bracketed time stamps, host's turns with a fact and a question, capitalised name prefixes and surname prefixes, an unspaced ellipsis before a capital, a shelf price, [crosstalk], a council's letter, an exclamation ending a turn, a statement to KNUV with U.S. ending a sentence, fragment answers, transcript request line, credits, membership pitch, episode list with Ep. 117:, licensee and FCC lines)",
]

ARTICLES = [
    [  # 1. Newsletter platform web view, a council cuts three bus routes: welcome modal, paid badge, inline member box, paywall cut-off over four lines, Pa., a.m. Wednesday, Aug. 3.
        [("Postloft", "", "", "B")],
        [("Discover more from The Harlowvale Memo", "", "", "B")],
        [("City hall, buses and budgets in Harlowvale, Pa., untangled every Tuesday and Friday.", "", "", "B"),
         ("More than 8,400 readers.", "", "", "B")],
        [("your@email.com   Join free", "", "", "B")],
        [("Maybe later, take me to the post ›", "", "", "B")],
        [("The Harlowvale Memo", "", "", "B")],
        [("Join   Log in", "", "", "B")],
        [("Council cuts three bus routes to close a $2.6 million hole", "", "", "W")],
        [("The 5-4 vote came just after midnight.", "", "", "W"),
         ("Here's who voted which way, and what it means if you ride the 7, 12 or 19", "", "", "")],
        [("Dana Threppit-Ortego", "", "", "B")],
        [("Apr 15, 2026  ·  🔒 Members' edition", "", "", "B")],
        [("♥ 63    ✎ 11 replies    ⟳ 4", "", "", "B")],
        [("Forward this post", "", "", "B")],
        [("Hi all, and a warm hello to the 41 of you who signed up after Monday's budget explainer.", "", "", "B")],
        [("Just after 12:20 a.m. Wednesday, Harlowvale City Council voted 5-4 to eliminate bus routes 7, 12 and 19 from Aug. 3.", "", "", "W"),
         ("Those three lines will simply stop running that morning.", "", "", "W")],
        [("The cuts will save Harlowvale Area Transit about $2.6 million a year, according to the agency's budget office.", "the agency's budget office", "according to", "W")],
        [("The agency had warned in February that fare revenue was running 11% below forecast and that a state operating grant it had counted on, worth $1.9 million, had not been renewed.", "The agency", "had warned", "W")],
        [("Voting yes were Council President Marcus Orrinshaw and members Priya Tandonvale, Ron Kessigan, Beth Ainsforth and Gil Sarrabourne.", "", "", "W"),
         ("The four no votes all came from members whose districts include at least one of the three routes.", "", "", "W")],
        [("“Nobody up here wanted to do this,” Orrinshaw said before the roll call.", "Marcus Orrinshaw", "said", ""),
         ("“But the state money isn't coming, and I am not going to raise property taxes in an election year to run empty buses.”", "Marcus Orrinshaw", "said", "")],
        [("Are they empty, though?", "", "", ""),
         ("Route 19 carried an average of 212 riders a weekday last year, the fewest of the system's 23 routes, according to HAT's ridership reports.", "HAT's ridership reports", "according to", "W"),
         ("Route 7, which runs through Tennaby Heights to St. Ivesley's Hospital, carried 1,140.", "", "", "W")],
        [("Like what you're reading?", "", "", "B"),
         ("The Memo stays free twice a week because a few hundred readers chip in.", "", "", "B"),
         ("Pitch in for $6 a month ›", "", "", "B")],
        [("Council member Tasha Gallaway-Mouton, whose district includes the whole Tennaby Heights stretch of Route 7, called the vote “a decision made in the dark, and I mean that literally.”", "Tasha Gallaway-Mouton", "called", "")],
        [("She said HAT had held one public hearing on the cuts, at 2 p.m. on a Thursday.", "Tasha Gallaway-Mouton", "said", "W"),
         ("Fourteen people spoke, all of them against, according to the hearing minutes.", "the hearing minutes", "according to", "W")],
        [("Lorraine Vallicourt-Istre, 67, rides Route 7 to dialysis three mornings a week.", "", "", ""),
         ("“So what do I do now, walk two miles each way?” she asked when I reached her on Wednesday.", "Lorraine Vallicourt-Istre", "asked", "")],
        [("HAT says riders on the three routes can switch to its on-demand van service, Hopline, which costs $3.50 a trip.", "HAT", "says", "W"),
         ("Hopline's vans made 38,600 trips last year with a median wait of 27 minutes, its annual report shows.", "its annual report", "shows", "W")],
        [("My read: the council had only bad options, and it picked the one that lands hardest on people who don't own a car.", "", "", "")],
        [("Here's what happens next.", "", "", ""),
         ("HAT's board still has to approve the new timetable at its May 12 meeting, and riders can comment in writing until May 5.", "", "", "W")],
        [("The rest of this post is for paying members", "", "", "B")],
        [("Members get the Friday deep dive, the budget tracker and the comments.", "", "", "B"),
         ("It's $6 a month or $60 a year.", "", "", "B")],
        [("Become a member", "", "", "B")],
        [("Already paying?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("© 2026 Dana Threppit-Ortego", "", "", "B")],
        [("Privacy  ·  Terms  ·  Collection notice", "", "", "B")],
        [("Start your own newsletter     Get the Postloft app", "", "", "B")],
        [("Postloft is where independent writers get paid by their readers.", "", "", "B")],
    ],
    [  # 2. Blogging platform member story, a rural maternity unit closes: member-only line, gift-link note, follow, publication, read time, claps and responses, image credit, Dr., Ore., U.S., a question before she asked, author box, responses, recommended list
        [("Inkstead", "", "", "B")],
        [("Open in app   ·   Sign up   ·   Sign in", "", "", "B")],
        [("Write   🔍 Search", "", "", "B")],
        [("✦ Member-only story", "", "", "B")],
        [("You're reading this free because a member sent you a gift link.", "", "", "B")],
        [("The last baby born in Dallbrook", "", "", "")],
        [("Bellgrove Memorial stopped delivering babies on March 1.", "", "", "W"),
         ("Now the nearest labor ward is 94 miles away, over a pass that closes in snow", "", "", "W")],
        [("Corinne Vashti-Selwood", "", "", "B")],
        [("Follow", "", "", "B")],
        [("Published in Upcountry Health  ·  9 min read  ·  Mar 30, 2026", "", "", "B")],
        [("2.3K claps      48 responses", "", "", "B")],
        [("▷ Listen      ⇪ Share      ···", "", "", "B")],
        [("The delivery room at Bellgrove Memorial Hospital, photographed the week it closed.", "", "", ""),
         ("Photo by Tobias Renwald via Openframe", "", "", "B")],
        [("I worked nights in that delivery room for six years, so I'll say up front that I am not neutral about this.", "", "", "")],
        [("Bellgrove Memorial, the 25-bed hospital in Dallbrook, Ore., delivered its last baby on Feb. 27 and closed its labor and delivery unit on March 1.", "", "", "W"),
         ("It had delivered 112 babies in 2025, down from 171 in 2019, according to the hospital's own annual reports.", "the hospital's own annual reports", "according to", "W")],
        [("The hospital's chief executive, Warren Trahan-Toups, told me the unit lost about $2.4 million last year.", "Warren Trahan-Toups", "told me", "W"),
         ("“We could not staff it safely, and we could not keep losing money on it,” he said.", "Warren Trahan-Toups", "said", ""),
         ("“Those two things together made the decision for us.”", "Warren Trahan-Toups", "said", "")],
        [("He said the hospital had tried for 18 months to recruit a second obstetrician and had received two applications, neither of whom took the job.", "Warren Trahan-Toups", "said", "W")],
        [("Expectant mothers in Dallbrook now have to drive to Gorran Valley Medical Center in Tulmore, 94 miles and roughly two hours away in good weather.", "", "", "W"),
         ("The route crosses Shirlow Summit, which the state closed to traffic on 11 days this past winter.", "", "", "W")],
        [("Dr. Aurelie Chauvinet-Balcombe, the family doctor who will keep seeing pregnant patients in Dallbrook until about 36 weeks, put it bluntly.", "Aurelie Chauvinet-Balcombe", "put it bluntly", ""),
         ("“Some of my patients are going to deliver on the side of the road,” she said.", "Aurelie Chauvinet-Balcombe", "said", "")],
        [("She said she had already told six patients due this spring to plan to stay near Tulmore from 38 weeks.", "Aurelie Chauvinet-Balcombe", "said", "W"),
         ("Most of them can't afford two weeks in a motel.", "", "", "")],
        [("Dallbrook is not unusual.", "", "", ""),
         ("More than 100 rural hospitals across the U.S. have stopped delivering babies since 2020, according to a tally by the Coldwater Center for Rural Care.", "a tally by the Coldwater Center for Rural Care", "according to", "W")],
        [("Kayleigh Mravinec, 24, was the last mother to give birth at Bellgrove.", "", "", "W"),
         ("Her son, Hollis, was born at 4:12 a.m. on a Friday.", "", "", ""),
         ("“The nurses were crying more than I was,” she told me.", "Kayleigh Mravinec", "told me", "")],
        [("Her sister is due in June.", "", "", ""),
         ("“Where's she supposed to go if the pass is shut?” she asked.", "Kayleigh Mravinec", "asked", "")],
        [("The state health authority says it is working with the hospital on an emergency plan that includes training paramedics in the county to handle births in the field.", "The state health authority", "says", ""),
         ("The county's ambulance service has four paramedics.", "", "", "W")],
        [("I don't think anyone at Bellgrove is the villain here.", "", "", ""),
         ("But I do think we are running an experiment on rural mothers, and nobody has told them they're in it.", "", "", "")],
        [("If you have a story about a rural labor ward near you closing, my inbox is open.", "", "", "B")],
        [("Rural Health   Maternal Health   Oregon   Hospitals   Healthcare", "", "", "B")],
        [("2.3K claps      48 responses", "", "", "B")],
        [("Written by Corinne Vashti-Selwood", "", "", "B")],
        [("1.9K followers  ·  Writer for Upcountry Health", "", "", "B")],
        [("Ex-labor and delivery nurse.", "", "", "B"),
         ("I write about small hospitals and the people who keep them open.", "", "", "B")],
        [("Responses (48)", "", "", "B")],
        [("What's on your mind?", "", "", "B")],
        [("Jonah Ottershaw-Quaile", "", "", "B")],
        [("Apr 1", "", "", "B")],
        [("Same thing happened in our county in 2022.", "", "", "B"),
         ("Two babies were born in ambulances that first winter.", "", "", "B")],
        [("👏 214    Reply", "", "", "B")],
        [("See all responses", "", "", "B")],
        [("More from Corinne Vashti-Selwood and Upcountry Health", "", "", "B")],
        [("What a night shift in a 25-bed hospital actually looks like", "", "", "B")],
        [("Recommended from Inkstead", "", "", "B")],
        [("The quiet collapse of small-town pharmacies", "", "", "B")],
        [("Help   Status   About   Careers   Press   Blog   Privacy   Rules   Terms   Text to speech", "", "", "B")],
    ],
    [  # 3. Professional network article, regional pay in the North East of England: network menu, author headline line, followers, newsletter note, reactions and reposts, comments with degree markers and "…see more", ONS figures, p.c., e.g., Ltd., a question and answer, author's own analysis without a speaker
        [("Threadway", "", "", "B")],
        [("Home    My circle    Jobs    Inbox    Alerts    Me ▾", "", "", "B")],
        [("North by Numbers", "", "", "B")],
        [("Fortnightly notes on jobs, pay and growth outside London", "", "", "B")],
        [("Subscribe  ·  12,806 subscribers", "", "", "B")],
        [("Pay in the North East is finally catching up.", "", "", "W"),
         ("Don't celebrate yet.", "", "", "")],
        [("Mireille Osterhaut", "", "", "B")],
        [("Chief Economist at Grisdale Building Society | Visiting Fellow, Tynebridge Business School", "", "", "B")],
        [("Published 7 Apr 2026", "", "", "B")],
        [("+ Follow", "", "", "B")],
        [("Median weekly pay for full-time workers in the North East rose 6.8 per cent in the year to February, the fastest of any English region, according to figures the Office for National Statistics published last Tuesday.", "figures the Office for National Statistics published last Tuesday", "according to", "W")],
        [("That took the median to £671 a week, against £742 for England as a whole.", "", "", "W"),
         ("The gap has narrowed from 13.1 per cent to 9.6 per cent in three years.", "", "", "W")],
        [("So is the region catching up?", "", "", ""),
         ("On pay, yes.", "", "", ""),
         ("On what matters more, output per hour, barely.", "", "", "")],
        [("Output per hour worked in the North East was 84.2 per cent of the UK average in 2024, up from 83.5 per cent in 2021, according to the ONS's regional productivity tables.", "the ONS's regional productivity tables", "according to", "W")],
        [("When pay rises faster than productivity for long, something gives, usually hiring.", "", "", ""),
         ("And our own lending book shows firms in the region are already more cautious.", "our own lending book", "shows", "")],
        [("Applications for business loans from North East SMEs to Grisdale fell 14 per cent in the first quarter compared with a year earlier.", "", "", "W")],
        [("I asked two employers what they're seeing.", "", "", "")],
        [("Ravinder Sandhar-Ashbridge runs Ashbridge Precision Ltd., a 140-person machine shop in Sunderland.", "", "", "W"),
         ("He said he had raised pay on the shop floor by 9 per cent since last April, mostly to stop people leaving for the new battery plant at Wardlemoor.", "Ravinder Sandhar-Ashbridge", "said", "W")],
        [("“I'm not complaining about paying people properly,” he said.", "Ravinder Sandhar-Ashbridge", "said", ""),
         ("“But I can't put my prices up 9 per cent, so I'm not replacing the two lads who retired.”", "Ravinder Sandhar-Ashbridge", "said", "")],
        [("Shona Dornley, who manages three care homes in County Durham, said the rise in the National Living Wage to £12.71 this month accounted for most of her increase.", "Shona Dornley", "said", "W"),
         ("“Our fees are set by the council, and the council hasn't kept up,” she said.", "Shona Dornley", "said", "W")],
        [("Unions, unsurprisingly, read the same numbers differently.", "", "", "")],
        [("Kieran Pellicott-Fenwarde, regional secretary of the Allied Trades Federation, pointed out that real pay in the North East is still below its 2008 level once inflation is taken into account.", "Kieran Pellicott-Fenwarde", "pointed out", "W"),
         ("“A couple of good years doesn't make up for fifteen bad ones,” he said.", "Kieran Pellicott-Fenwarde", "said", "")],
        [("He's right about the level.", "", "", ""),
         ("Adjusted for CPI, the regional median is about 2 per cent lower than in April 2008.", "", "", "W")],
        [("What would I watch from here?", "", "", ""),
         ("Three things, e.g. vacancies per unemployed person, the share of firms planning to hire, and whether productivity growth shows up in the next release in June.", "", "", "")],
        [("My guess is that pay growth in the region slows to about 4 per cent by the end of the year.", "", "", ""),
         ("I'd be happy to be wrong.", "", "", "")],
        [("Views are my own and not those of Grisdale Building Society.", "", "", "B")],
        [("Subscribe to North by Numbers to get the next edition when it lands.", "", "", "B")],
        [("Like    Celebrate    Support    Insightful    Curious", "", "", "B")],
        [("👍💡👏 486", "", "", "B")],
        [("52 comments  ·  19 reposts", "", "", "B")],
        [("Reply    Repost    Send", "", "", "B")],
        [("Most relevant ▾", "", "", "B")],
        [("Graham Harbeson-Nye  •  2nd", "", "", "B")],
        [("Head of People, Wearside Freight Group", "", "", "B")],
        [("3d", "", "", "B")],
        [("We've seen exactly this.", "", "", "B"),
         ("Warehouse pay up 11% in two years, and we're now automating the pick line instead of hiring for it.", "", "", "B"),
         ("The bit nobody talks about is…see more", "", "", "B")],
        [("Like  ·  Reply  ·  17 reactions", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("More articles by Mireille Osterhaut", "", "", "B")],
        [("Why the housing pipeline in Teesside stalled in 2025", "", "", "B")],
        [("Explore topics", "", "", "B")],
        [("Threadway © 2026    About    Accessibility    User Agreement    Privacy Policy    Cookie Policy    Brand Policy", "", "", "B")],
    ],
    [  # 4. Web portal syndicating a provincial paper's story, Nova Scotia's minimum wage: portal bar and search, source logo line, two-line syndication note, N.S. dateline, the source's own RELATED link and briefing box inside the portal's ad label, Oct. 1., Hon., a question before a capital, the source's sign-off, the portal's reactions, trending list and footer
        [("nestfold   Mail   News   Weather   Money   Sports   Play", "", "", "B")],
        [("Search Nestfold", "", "", "B")],
        [("News  ›  Canada", "", "", "B")],
        [("THE SALTMERE CHRONICLE", "", "", "B")],
        [("Nova Scotia minimum wage to hit $16.45 on Oct. 1, the second rise this year", "", "", "W")],
        [("Holly Osgrove-Kiel  ·  The Saltmere Chronicle", "", "", "B")],
        [("Thu, April 9, 2026 at 3:41 p.m. ADT  ·  4 min read", "", "", "B")],
        [("Nestfold carries this story under a licensing deal with The Saltmere Chronicle.", "", "", "B"),
         ("It has not been edited by Nestfold.", "", "", "B")],
        [("SALTMERE, N.S. — Nova Scotia's minimum wage will rise by 75 cents to $16.45 an hour on Oct. 1, the province announced Thursday.", "the province", "announced", "W")],
        [("The increase, the second this year, follows a 40-cent rise on April 1.", "", "", "W"),
         ("Together they add up to a 7.3 per cent increase over 12 months, according to the Department of Labour, Skills and Immigration.", "the Department of Labour, Skills and Immigration", "according to", "W")],
        [("About 31,000 workers, or roughly seven per cent of the province's employees, earn the minimum wage, the department said.", "the department", "said", "W")],
        [("RELATED: Halifax food bank visits up 19% in a year", "", "", "B")],
        [("Labour Minister Hon. Brenna Coutts-Maclaine said the increase was tied to last year's inflation rate plus one percentage point, as the province's wage review committee had recommended.", "Brenna Coutts-Maclaine", "said", "W")],
        [("“This is about making sure a full-time paycheque keeps up with what groceries and rent actually cost,” she said.", "Brenna Coutts-Maclaine", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Anti-poverty groups were not impressed.", "", "", "")],
        [("The Mainland Living Wage Coalition puts a living wage in Saltmere at $23.10 an hour.", "The Mainland Living Wage Coalition", "puts", "W"),
         ("Its spokesperson, Darnell Folarin-Wickens, said a single worker on the minimum wage would still fall more than $13,000 a year short of that.", "Darnell Folarin-Wickens", "said", "W")],
        [("“Is $16.45 a living wage?", "Darnell Folarin-Wickens", "said", ""),
         ("Not anywhere in this province,” he said.", "Darnell Folarin-Wickens", "said", "")],
        [("Start your day with the Chronicle.", "", "", "B"),
         ("Our 6 a.m. briefing lands in your inbox Monday to Saturday.", "", "", "B"),
         ("Sign up free.", "", "", "B")],
        [("Small businesses took the opposite view.", "", "", "")],
        [("Gwendolyn Ferrabie, who owns two cafés in Saltmere and employs 22 people, said her wage bill had gone up about $38,000 since last spring.", "Gwendolyn Ferrabie", "said", "W"),
         ("“I've cut Sunday hours and I'm not hiring students this summer,” she said.", "Gwendolyn Ferrabie", "said", "")],
        [("The Atlantic Shopkeepers' Association said 44 per cent of its Nova Scotia members who answered a March survey planned to cut staff hours this year.", "The Atlantic Shopkeepers' Association", "said", "W")],
        [("Nova Scotia's minimum wage was the lowest in Canada as recently as 2022.", "", "", "W"),
         ("After Oct. 1, it will be higher than in New Brunswick and Saskatchewan but still below Ontario's and British Columbia's.", "", "", "W")],
        [("Economist Lucien Marchetto-Dore of Kingsbrae University said research on earlier increases in Atlantic Canada found small effects on jobs overall but fewer hours for teenagers.", "Lucien Marchetto-Dore", "said", "W"),
         ("“The effect on hours is real, but it's modest,” he said.", "Lucien Marchetto-Dore", "said", "")],
        [("The province will review the rate again next spring.", "", "", "W")],
        [("Holly Osgrove-Kiel is the Chronicle's labour and business reporter.", "", "", "B"),
         ("Reach her at hok@saltmerechronicle.ca.", "", "", "B")],
        [("This story first ran in The Saltmere Chronicle.", "", "", "B")],
        [("How do you feel about this story?", "", "", "B")],
        [("😊 212    😠 48    😢 31    🤔 96", "", "", "B")],
        [("View comments (134)", "", "", "B")],
        [("What others are reading", "", "", "B")],
        [("1", "", "", "B")],
        [("Province-wide boil-water tips as spring melt peaks", "", "", "B")],
        [("2", "", "", "B")],
        [("Gas prices jump 9 cents overnight in Halifax", "", "", "B")],
        [("Terms  ·  Privacy  ·  Your privacy choices  ·  Feedback  ·  Help  ·  About our ads", "", "", "B")],
        [("© 2026 Nestfold Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Lite (text-only) view of a regional daily, a county board approves a hog barn: lite banner and full-site switch, sections line, back link, removed-image placeholder, Ia. ending a sentence, a.m. CT, Rd., Supv., No. 2, Mr., ellipsis before lower case, sponsor line, next-story and top links, LLC footer
        [("MILBURNE VALLEY REGISTER  ·  lite", "", "", "B")],
        [("You're on the low-data version of this page.", "", "", "B"),
         ("Switch to full site", "", "", "B")],
        [("News | Ag | Sports | Obits | Opinion | E-edition", "", "", "B")],
        [("‹ All local news", "", "", "B")],
        [("Supervisors OK 4,800-head hog barn near Pelland Creek on 3-2 vote", "", "", "W")],
        [("By Wes Zeller-Emberton  |  Register staff", "", "", "B")],
        [("5:47 a.m. CT Apr. 16, 2026", "", "", "B")],
        [("[Photo hidden in lite mode — tap to load]", "", "", "B")],
        [("Wendholm County supervisors voted 3-2 Tuesday to recommend that the state approve a 4,800-head hog confinement on 160th St. east of Pelland, Ia.", "", "", "W"),
         ("The facility would be the largest in the county.", "", "", "W")],
        [("The final decision rests with the Iowa Department of Natural Resources, which has 30 days to act.", "", "", "W"),
         ("The department has approved 96 per cent of the confinement permits it received in the last five years, according to its own records.", "its own records", "according to", "W")],
        [("The barn would be built by Krausholm Pork LLC on land owned by Dale Mertensen, who farms about 900 acres along Aubrecht Rd.", "", "", "W")],
        [("Supv. Arlo Fenstermaker, who made the motion, said the project had scored 472 points on the state's master matrix, well over the 440 needed to pass.", "Arlo Fenstermaker", "said", "W"),
         ("“The law is the law,” he said.", "Arlo Fenstermaker", "said", ""),
         ("“If it meets the matrix, I don't see how we say no.”", "Arlo Fenstermaker", "said", "")],
        [("Ad", "", "", "B")],
        [("Wendholm County Farm Mutual — crop insurance sign-up ends May 1", "", "", "B")],
        [("About 70 people packed the meeting room at the courthouse, and more stood in the hallway.", "", "", "")],
        [("Jolene Haberkamp-Ardoin, who lives a mile and a half downwind of the site on Aubrecht Rd., told supervisors she has asthma.", "Jolene Haberkamp-Ardoin", "told supervisors", ""),
         ("“We moved out here for the air ... and now you want to put 4,800 hogs upwind of my kitchen,” she said.", "Jolene Haberkamp-Ardoin", "said", "")],
        [("Pelland Creek flows into the Milburne River about three miles downstream.", "", "", "W"),
         ("The river's lower stretch has been on the state's impaired waters list for E. coli since 2016.", "", "", "W")],
        [("Supv. Marianne Oltrogge, one of the two no votes, said the matrix gives too few points for distance from streams.", "Marianne Oltrogge", "said", ""),
         ("“We're not allowed to weigh what people in that room told us,” she said.", "Marianne Oltrogge", "said", "W")],
        [("Mr. Mertensen said in a phone interview that the barn would let his son come back to the farm full time.", "Dale Mertensen", "said", ""),
         ("He said the manure would be injected into his own fields, not spread on top.", "Dale Mertensen", "said", "W")],
        [("A Krausholm spokesman, Brent Uhlmeier, said the barn would employ three people full time and pay about $41,000 a year in property tax.", "Brent Uhlmeier", "said", "W")],
        [("Wendholm County has 211 permitted confinements, up from 158 in 2015, according to DNR data.", "DNR data", "according to", "W"),
         ("It ranks No. 2 in the state for hogs per square mile.", "", "", "W")],
        [("Neighbors can still file objections with the DNR through May 4.", "", "", "W")],
        [("Related: Milburne River bacteria counts highest since 2019", "", "", "B")],
        [("Related: Wendholm Co. budget holds levy flat", "", "", "B")],
        [("Reach Wes Zeller-Emberton at 555-0142 or wze@milburneregister.com.", "", "", "B")],
        [("Next story: Pelland girls win state 4x800 title ›", "", "", "B")],
        [("↑ Top  |  Full site  |  Subscribe  |  Contact us  |  Terms", "", "", "B")],
        [("© 2026 Milburne Valley Register, owned by Orchardson Prairie Media LLC.", "", "", "B")],
    ],
    [  # 6. Local TV station's site, a chemical plant fire and a shelter-in-place order: live-stream bar, weather chip, alert count, closings, video player lines, app prompt mid-story, forecast strip, La., Hwy., a.m. ending a sentence, p.m. mid-sentence, Lt., Sgt., an exclamation before a capital, a question before she asked, station footer with public-file and EEO lines
        [("KVRL 9  ·  Acadiana's Own", "", "", "B")],
        [("🔴 LIVE NOW: 9 News at Noon", "", "", "B")],
        [("☁ 84°  Lac Sonnier  ·  2 weather alerts", "", "", "B")],
        [("News   Weather   Traffic   Closings (6)   Sports   Contests   Watch", "", "", "B")],
        [("BREAKING", "", "", "B")],
        [("Shelter-in-place lifted after fire at Bayou Toupette chemical plant; 3 workers hurt", "", "", "W")],
        [("By Renée Landreneau-Garr and Chopper 9 staff", "", "", "B")],
        [("Published: Apr. 21, 2026 at 6:58 AM CDT  |  Updated: 12 minutes ago", "", "", "B")],
        [("▶ WATCH: Chopper 9 flies over the smoke plume (1:42)", "", "", "B")],
        [("CC  ⚙  ⛶", "", "", "B")],
        [("LAC SONNIER, La. (KVRL) — A shelter-in-place order for about 2,300 homes near the Jeansonne Solvents plant was lifted at 10:15 a.m. Tuesday, more than four hours after a fire broke out in a storage area at the site.", "", "", "W")],
        [("Three workers were taken to Our Lady of the Bayou Medical Center with burns, according to the St. Quentine Parish Sheriff's Office.", "the St. Quentine Parish Sheriff's Office", "according to", "W"),
         ("One was in serious condition, the hospital said.", "the hospital", "said", "W")],
        [("The fire started at about 5:50 a.m. in a tank farm where the plant stores toluene and other solvents, Lt. Danton Comeaux-Mayes of the parish fire district told KVRL 9 at the scene.", "Danton Comeaux-Mayes", "told KVRL 9", "W")],
        [("“We got it knocked down by about 8:30, but it took a while to make sure nothing was going to flare back up,” he said.", "Danton Comeaux-Mayes", "said", "W")],
        [("The order covered homes within two miles of the plant, east of Hwy. 182.", "", "", "W"),
         ("Lac Sonnier Elementary and Holy Rood Academy kept students indoors until it was lifted.", "", "", "W")],
        [("📲 Get alerts like this first: download the KVRL 9 app and turn on breaking-news notifications.", "", "", "B")],
        [("The state Department of Environmental Quality said its air monitors along the fence line and in two neighborhoods did not detect harmful levels of any chemical.", "The state Department of Environmental Quality", "said", "W")],
        [("Residents said the smell was strong.", "Residents", "said", ""),
         ("“It smelled like nail polish remover all over the house!", "Monique Thériot-Leary", "said", ""),
         ("I had my kids in the bathroom with towels under the door,” said Monique Thériot-Leary, who lives about a mile from the plant on Bayou Toupette Rd.", "Monique Thériot-Leary", "said", "")],
        [("She said she got the parish's emergency text at 6:41 a.m.", "Monique Thériot-Leary", "said", "W"),
         ("That was 51 minutes after the fire started, by the fire district's own timeline.", "the fire district's own timeline", "by", "W"),
         ("“Why does it take 50 minutes to tell people to close their windows?” she asked.", "Monique Thériot-Leary", "asked", "")],
        [("Parish emergency director Sgt. Wade Castille said the alert went out as soon as the fire district asked for it.", "Wade Castille", "said", "W"),
         ("He said the office would review the timing.", "Wade Castille", "said", "")],
        [("Jeansonne Solvents said in a statement that it was “cooperating fully” with investigators and that the cause was not yet known.", "Jeansonne Solvents", "said in a statement", "W")],
        [("It is the plant's second fire in three years.", "", "", "W"),
         ("In 2023, a fire in a loading bay forced a similar order for about 1,100 homes.", "", "", "W")],
        [("The company was fined $84,000 by the DEQ in 2024 over emissions reports, agency records show.", "agency records", "show", "W")],
        [("Stay with KVRL 9 for updates on air and online.", "", "", "B")],
        [("FIRST ALERT FORECAST: Humid with storms possible after 3 p.m.", "", "", "B"),
         ("High 89°, tonight 74°.", "", "", "B")],
        [("Have a news tip or video?", "", "", "B"),
         ("Send it to tips@kvrl9.com or text 9-NEWS.", "", "", "B")],
        [("Copyright 2026 KVRL.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Trending on KVRL9.com", "", "", "B")],
        [("Crawfish prices fall to lowest in five seasons", "", "", "B")],
        [("Contact Us  |  FCC Public Inspection File  |  EEO Public File  |  Closed Captioning  |  Terms  |  Privacy", "", "", "B")],
        [("KVRL is owned and operated by Palmetto-Gulf Broadcasting Co.", "", "", "B")],
    ],
    [  # 7. News agency's own site, Lithuanian household power prices: customer log-in line, services menu, agency dateline with (VNA) –, photo ID, licence and buy lines, ct/kWh decimals, approx., UAB, a.m., a question before a capital, wire sign-off with Editing by, for-customers lines in Lithuanian and English, agency address with g. and the company code
        [("VNA  ·  Vėtrūna News Agency", "", "", "B")],
        [("Customer log-in  |  Newswire  |  Photo Bank  |  Video  |  Services  |  About VNA  |  LT  EN  RU", "", "", "B")],
        [("Economy  ·  14 April 2026, 11:06", "", "", "B")],
        [("Household power prices in Lithuania to rise 9 pct from July, regulator says", "the National Energy Regulatory Council", "says", "W")],
        [("A man checks an electricity meter in a stairwell of an apartment block in Vilnius's Pavilkės district.", "", "", ""),
         ("VNA / Indrė Vaškelytė", "", "", "B")],
        [("Photo ID 20260414-VNA-0327  ·  2048×1365 px", "", "", "B")],
        [("License this photo  ·  Add to lightbox", "", "", "B")],
        [("VILNIUS, April 14 (VNA) – Household electricity prices in Lithuania will rise by an average of 9 pct from July 1, the National Energy Regulatory Council (VERT) said on Tuesday.", "the National Energy Regulatory Council", "said", "W")],
        [("For most households on the public supplier's standard plan, the price will go up from 21.4 euro cents per kilowatt-hour to 23.3 cents, the regulator said.", "the regulator", "said", "W"),
         ("A household using 150 kWh a month would pay approx. 2.85 euros more.", "", "", "W")],
        [("VERT said the rise was mainly due to higher charges for the transmission grid, which had borrowed to pay for work linked to the synchronisation with the continental European network completed last year.", "VERT", "said", "W")],
        [("Wholesale prices in the Lithuanian bidding zone averaged 8.6 cents per kWh in the first quarter, down 12 pct year on year, according to the Nordelta power exchange.", "the Nordelta power exchange", "according to", "W")],
        [("Energy Minister Žygimantas Paulauskas-Rimša said the government would not extend the price compensation scheme that ended in December.", "Žygimantas Paulauskas-Rimša", "said", "W"),
         ("“We cannot keep paying part of every bill from the budget,” he told reporters at the ministry at 10 a.m.", "Žygimantas Paulauskas-Rimša", "told reporters", ""),
         ("He said about 41,000 low-income households would keep receiving heating and power benefits through municipalities.", "Žygimantas Paulauskas-Rimša", "said", "W")],
        [("The opposition Farmers and Regions Union said it would ask the Seimas to debate the increase.", "The opposition Farmers and Regions Union", "said", "W")],
        [("The head of the Lithuanian Consumers' Alliance, Rasa Giedraitytė-Kolb, called the rise “a second heating bill in summer.”", "Rasa Giedraitytė-Kolb", "called", ""),
         ("“Who is going to explain this to pensioners?", "Rasa Giedraitytė-Kolb", "said", ""),
         ("The state took the credit for the grid and is now sending people the invoice,” she said.", "Rasa Giedraitytė-Kolb", "said", "")],
        [("The public supplier, Skaidra Energija UAB, has about 880,000 household customers, according to its 2025 annual report.", "its 2025 annual report", "according to", "W"),
         ("Its chief executive, Mantas Jurgelionis, said in an e-mail that customers could fix their price for 12 months by switching plans before June 15.", "Mantas Jurgelionis", "said in an e-mail", "W")],
        [("Analysts at Baltsprin Bankas expect annual inflation to edge up by about 0.2 percentage points in July as a result.", "Analysts at Baltsprin Bankas", "expect", ""),
         ("Consumer price inflation was 3.1 pct in March, according to Statistics Lithuania.", "Statistics Lithuania", "according to", "W")],
        [("Latvia's regulator approved a 5 pct rise for households in March.", "", "", "W"),
         ("Estonia's regulator has not yet ruled on its summer tariffs.", "", "", "W")],
        [("(Reporting by Dovilė Mažeikaitė; Editing by Paulius Venckus)", "", "", "B")],
        [("© VNA 2026.", "", "", "B"),
         ("This story may not be published, broadcast or rewritten without a valid VNA subscription.", "", "", "B")],
        [("FOR CUSTOMERS: Lithuanian version on the wire as item 2026-04-14-0218.", "", "", "B"),
         ("A fact box with the regulator's tariff table moved at 11:20.", "", "", "B")],
        [("Klientams: lietuviška versija – naujienų srautas, Ekonomika.", "", "", "B")],
        [("Photos and video from this story: Photo Bank, tag #electricity.", "", "", "B"),
         ("Single-use licences from 18 euros.", "", "", "B")],
        [("More from Economy", "", "", "B")],
        [("Vilnius port container traffic down 4 pct in Q1", "", "", "B")],
        [("Lithuanian wage growth slows to 8.2 pct", "", "", "B")],
        [("VNA UAB  ·  Žibintų g. 11, LT-03117 Vilnius  ·  Company code 301188427  ·  sales@vna.lt", "", "", "B")],
        [("Privacy policy  ·  Cookie settings  ·  Terms of use for subscribers", "", "", "B")],
    ],
    [  # 8. English-language daily in Taiwan, a water alert for Hsinchu's science park: print-page line, font-size control, names with Chinese characters in brackets, NT$, Co. ending a sentence, No. 2, p.m. ending a sentence, i.e., percentage decimals, a question and answer, a.k.a. never ending one, moderation notice over three lines, print-edition footer
        [("THE FORMOSA LEDGER", "", "", "B")],
        [("Taiwan  |  Business  |  World  |  Editorials  |  Sports  |  Features  |  Print edition", "", "", "B")],
        [("Taiwan News", "", "", "B")],
        [("Sat, Apr 18, 2026 · Page 1", "", "", "B")],
        [("Hsinchu put on orange water alert as reservoirs dip", "", "", "W")],
        [("By Liao Chun-hao (廖俊豪) / Staff reporter", "", "", "B")],
        [("Text size:  A−  A  A+", "", "", "B")],
        [("The nearly empty bed of the Shihlo No. 2 Reservoir in Hsinchu County is pictured on Thursday.", "", "", ""),
         ("Photo: Liao Chun-hao, Formosa Ledger", "", "", "B")],
        [("The Water Resources Agency yesterday raised Hsinchu city and county to an orange water-supply alert, the second-highest of its five levels, after combined storage at the area's two main reservoirs fell to 21.7 percent of capacity.", "", "", "W")],
        [("Under the orange alert, which takes effect on Wednesday, water pressure in most of Hsinchu will be cut every night from 11 p.m.", "", "", "W"),
         ("Full pressure is to return at 5 a.m. each day.", "", "", "W"),
         ("Large users, i.e. those using more than 1,000m3 a month, must cut consumption by 11 percent, up from 7 percent under the yellow alert in place since March 9.", "", "", "W")],
        [("The agency said rainfall in the catchment since October had been 38 percent of the long-term average, the lowest for the period since 2021.", "The agency", "said", "W")],
        [("Deputy agency head Yen Shu-fen (顏淑芬) told a news conference in Taipei that the plum rain season, which usually starts in mid-May, was the area's best hope.", "Yen Shu-fen", "told a news conference", ""),
         ("“If the plum rains are weak, we will have to consider rotating supply by district,” she said.", "Yen Shu-fen", "said", "")],
        [("Would that include the science park?", "", "", ""),
         ("“Everyone would share the burden,” Yen said.", "Yen Shu-fen", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Chipmakers in the Hsinchu Science Park, a.k.a. Taiwan's chip corridor, use about 210,000m3 of water a day, according to the park administration.", "the park administration", "according to", "W"),
         ("That is about a third of the area's supply.", "", "", "W")],
        [("The park's biggest water user is Tunglin Semiconductor Manufacturing Co.", "", "", "W"),
         ("It said it had been trucking in water from Taichung since Monday and had raised the share of water it recycles at its fabs to 88.4 percent.", "Tunglin Semiconductor Manufacturing Co.", "said", "W"),
         ("The company said the alert would not affect production.", "The company", "said", "")],
        [("A smaller rival, Hwaweng Microsystems Co., said it had spent NT$320 million (US$9.8 million) on a water reclamation plant that is to start operating in July.", "Hwaweng Microsystems Co.", "said", "W")],
        [("Hsinchu residents interviewed yesterday seemed resigned.", "", "", "")],
        [("“We went through this in 2021, so people already have buckets,” said Hung Tzu-wei (洪子威), who runs a noodle shop near Hsinchu railway station.", "Hung Tzu-wei", "said", ""),
         ("“Why do the factories always get the water first?", "Hung Tzu-wei", "said", ""),
         ("That's what my customers ask.”", "Hung Tzu-wei", "said", "")],
        [("The Central Weather Administration said that a weather front could bring showers to northern Taiwan from Tuesday, but that the amount was unlikely to ease the shortage.", "The Central Weather Administration", "said", "")],
        [("In 2021, a severe drought forced rotating cuts in parts of Taichung and Hsinchu for 47 days.", "", "", "W")],
        [("Additional reporting by Tseng Ya-ling", "", "", "B")],
        [("Related", "", "", "B")],
        [("EDITORIAL: Drought is the new normal for Taiwan's fabs", "", "", "B")],
        [("Reservoir levels at a glance: live chart", "", "", "B")],
        [("Comments will be moderated.", "", "", "B"),
         ("Keep your remarks on topic and civil.", "", "", "B"),
         ("Posts that insult others, advertise or link elsewhere are deleted without notice, and the final call on publishing a comment rests with the Ledger.", "", "", "B")],
        [("Sign in to comment", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [("Copyright © 2000 - 2026 The Formosa Ledger.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Colombian paper's English edition, a Bogotá cable-car line delayed: Spanish-English switch, bilingual menus, writer and translator line, p.m. COT, translation note over two lines, "Lea también / See also", Publicidad, Cra. and Av. never ending a sentence, S.A.S. ending one before It, Dr., trillion pesos with US$, a question before a capital, a Spanish quote with its translation, support appeal, Temas line, NIT footer
        [("EL VIGÍA ANDINO", "", "", "B")],
        [("English Edition   ·   Leer en español →", "", "", "B")],
        [("Colombia   Bogotá   Economía / Business   Opinión   Multimedia   Suscríbete", "", "", "B")],
        [("Bogotá", "", "", "B")],
        [("Bogotá's southern cable car will open eight months late and cost 21% more, city admits", "the city's mobility department", "admits", "W")],
        [("Camilo Ardila-Iturbe  ·  English version: Sarah Brandlin", "", "", "B")],
        [("April 12, 2026 — 7:45 p.m. COT", "", "", "B")],
        [("This is the English version of a report first published in Spanish.", "", "", "B"),
         ("Quotes were translated by our staff.", "", "", "B")],
        [("Cabins hang from a test cable above houses in the Loma Sauzal neighbourhood in March.", "", "", ""),
         ("(Foto: Mateo Urrego Barreneche / El Vigía Andino)", "", "", "B")],
        [("Bogotá's second cable-car line, meant to link the hillside neighbourhoods of Loma Sauzal and Alto Caricuá with the TransMilenio station on Av. Guatiquía, will not open until April 2027, eight months later than planned, the city's mobility department said on Saturday.", "the city's mobility department", "said", "W")],
        [("The cost of the 3.9-kilometre line has risen to 1.46 trillion pesos (about US$350 million) from 1.21 trillion when the contract was signed in 2023, according to figures the department gave to the city council.", "figures the department gave to the city council", "according to", "W")],
        [("Secretary of Mobility Liliana Achury-Bermeo blamed the delay on unstable ground at two of the line's five towers, which had to be moved and redesigned.", "Liliana Achury-Bermeo", "blamed", "W"),
         ("“We could not put 40,000 daily passengers on a tower we were not sure of,” she said.", "Liliana Achury-Bermeo", "said", "")],
        [("Lea también / See also: How the first cable line cut commutes in half", "", "", "B")],
        [("The line is being built by Consorcio Teleandino S.A.S. It said in a statement that the extra cost was “fully justified” by the soil studies and that it had not missed any contractual deadline.", "Consorcio Teleandino S.A.S.", "said in a statement", "W")],
        [("The District Comptroller's Office said in February that it had opened a preliminary inquiry into the contract's 2024 amendments, which added 97 billion pesos for design changes.", "The District Comptroller's Office", "said", "W")],
        [("Publicidad", "", "", "B")],
        [("Up on the hill, people have heard the opening date before.", "", "", "")],
        [("“Primero era 2025, luego agosto, ahora 2027 (First it was 2025, then August, now 2027),” said Dora Inés Cuervo-Lasso, 58, who sells arepas at the corner of Cra. 14 Este and the main stairway.", "Dora Inés Cuervo-Lasso", "said", "W")],
        [("She said the bus down to Av. Guatiquía takes her about 70 minutes at rush hour.", "Dora Inés Cuervo-Lasso", "said", ""),
         ("“Seventy minutes to go five kilometres?", "Dora Inés Cuervo-Lasso", "said", ""),
         ("That's the real cost nobody counts,” she said.", "Dora Inés Cuervo-Lasso", "said", "")],
        [("Council member Dr. Andrés Felipe Quimbayo, an engineer and a frequent critic of the project, said the soil problems had been flagged in a 2022 technical study the city had in hand before it signed.", "Andrés Felipe Quimbayo", "said", "W"),
         ("“This was not a surprise,” he said.", "Andrés Felipe Quimbayo", "said", "")],
        [("The mobility department said the 2022 study covered only three of the five tower sites.", "The mobility department", "said", "W")],
        [("When it opens, the line is to have 163 cabins, each carrying 10 people, and a fare equal to a TransMilenio ride, currently 3,200 pesos.", "", "", "W")],
        [("Bogotá's first cable line, which opened in the city's far south in 2019, carries about 26,500 passengers a day, according to TransMilenio S.A.", "TransMilenio S.A.", "according to", "W")],
        [("¿Te gustó este artículo?", "", "", "B"),
         ("Did you value this story?", "", "", "B"),
         ("Independent journalism costs money.", "", "", "B"),
         ("Subscribe from 19,900 pesos a month →", "", "", "B")],
        [("Temas: Bogotá · Movilidad · Cable aéreo · Contratación", "", "", "B")],
        [("Más leídas / Most read", "", "", "B")],
        [("Peso closes week at strongest level since January", "", "", "B")],
        [("El Vigía Andino S.A.S.  ·  NIT 900.418.223-1  ·  Todos los derechos reservados", "", "", "B")],
        [("Política de tratamiento de datos personales  |  Términos y condiciones  |  Contacto", "", "", "B")],
    ],
    [  # 10. Nordic public broadcaster's English page, Norway halves ferry fares: language switch, broadcaster menu, crumb, dotted date lines with kl., listen-in-Norwegian line, photo credit, "ALSO ON NAK:", NOK with decimals, ca., AS ending a sentence, a question before she asked, an exclamation before a capital, translation note, press-ethics lines, editor line, cookie notice over two lines
        [("NAK", "", "", "B")],
        [("Norsk   Sámegiella   Kvääni   English", "", "", "B")],
        [("News   Sport   Culture   Weather   TV   Radio   Podcasts", "", "", "B")],
        [("English  ›  Norway", "", "", "B")],
        [("Ferry fares to be halved on coastal routes from July", "", "", "W")],
        [("The cut applies to 112 routes and will cost the state ca. NOK 1.2 billion a year", "", "", "W")],
        [("Marit Skogheim-Dahle", "", "", "B")],
        [("Journalist, NAK Nordland", "", "", "B")],
        [("Published 14.04.2026, kl. 07.12", "", "", "B")],
        [("Updated 14.04.2026, kl. 09.40", "", "", "B")],
        [("🎧 Hear this story in Norwegian (2 min)", "", "", "B")],
        [("The ferry MF Strandvika leaves Ørnøya on a grey morning in March.", "", "", ""),
         ("Photo: Eirik Vatnahalsen / NAK", "", "", "B")],
        [("Fares on Norway's county-run car ferries will be cut by 50 per cent from 1 July, the government announced on Monday evening.", "the government", "announced", "W")],
        [("The cut will cost ca. NOK 1.2 billion a year and will be paid by the state, according to the Ministry of Transport.", "the Ministry of Transport", "according to", "W"),
         ("It applies to 112 routes, most of them in Nordland, Troms, Vestland and Møre og Romsdal.", "", "", "W")],
        [("Routes that already carry passengers free of charge, about 70 of them, are not affected.", "", "", "W")],
        [("“For many people along the coast, the ferry is their only road,” Transport Minister Håvard Tveitbakk-Lier told NAK.", "Håvard Tveitbakk-Lier", "told NAK", ""),
         ("“It should not cost more to drive to the doctor because you live on an island.”", "Håvard Tveitbakk-Lier", "told NAK", "")],
        [("He said the government would propose the funding in the revised national budget in May.", "Håvard Tveitbakk-Lier", "said", "W")],
        [("ALSO ON NAK: Why a 20-minute crossing costs more than a flight", "", "", "B")],
        [("On Ørnøya, which has 340 residents and no bridge, the news spread quickly.", "", "", ""),
         ("A return trip for a car and driver to the mainland currently costs NOK 264.", "", "", "W")],
        [("“Finally!", "Randi Hølmebakk", "said", ""),
         ("We've been asking for this for ten years,” said Randi Hølmebakk, who runs the island's only shop and crosses three times a week to pick up goods.", "Randi Hølmebakk", "said", "")],
        [("She said she spends about NOK 2,900 a month on ferry tickets for the shop.", "Randi Hølmebakk", "said", ""),
         ("“Do you know what that is in milk?” she asked.", "Randi Hølmebakk", "asked", "")],
        [("The operator on most Nordland routes is Fjordlinka AS.", "", "", "W"),
         ("Its chief executive, Sverre Aanonsen, said lower fares would bring more cars in the summer, when many crossings are already full.", "Sverre Aanonsen", "said", "")],
        [("“We welcome it, but we need more capacity, not just cheaper tickets,” he said.", "Sverre Aanonsen", "said", ""),
         ("He said 31 per cent of Fjordlinka's summer departures last year left cars behind on the quay.", "Sverre Aanonsen", "said", "W")],
        [("Two opposition parties have called for ferry fares to be scrapped altogether.", "", "", "W")],
        [("Ferry fares were cut by 30 per cent in 2023, but prices have risen with inflation since, according to figures from Statistics Norway.", "figures from Statistics Norway", "according to", "W")],
        [("This is a translated and shortened version of a story published on nak.no.", "", "", "B")],
        [("More in English", "", "", "B")],
        [("Power prices in the north fall to near zero over Easter", "", "", "B")],
        [("Editor-in-chief: Bjørg Tenfjord-Aasen", "", "", "B")],
        [("NAK follows the Code of Ethics of the Norwegian Press.", "", "", "B"),
         ("Think we got something wrong?", "", "", "B"),
         ("You can complain to the Press Complaints Commission (PFU).", "", "", "B")],
        [("NAK uses cookies to measure use and to improve the service.", "", "", "B"),
         ("Change your choices under Privacy settings.", "", "", "B")],
    ],
    [  # 11. Parliamentary news service, a committee report on health care in regional prisons: parliament masthead, chamber menu, "Committee news" label, report number and tabling line, live-stream and Hansard lines, MLC, Hon., Dr, Report No. 9, pp., s. 74, a question before a capital, a member's dissent, the government's response due date, not-an-official-record disclaimer over two lines, tabled-papers download, acknowledgement of Country, address line
        [("Parliament of Western Australia", "", "", "B")],
        [("Legislative Council   Legislative Assembly   Committees   Bills   Hansard   Visit & Learn", "", "", "B")],
        [("Parliamentary News  ›  Committee news", "", "", "B")],
        [("Committee finds prisoners in regional jails wait up to 14 weeks to see a doctor", "", "", "W")],
        [("Tabled in the Legislative Council on Thursday 16 April 2026", "", "", "B")],
        [("Standing Committee on Justice and Corrective Services  ·  Report No. 9", "", "", "B")],
        [("📺 Watch today's Legislative Council sitting from 1.00pm (live stream)", "", "", "B")],
        [("Prisoners at three regional prisons waited a median of 9.5 weeks for a routine appointment with a doctor in 2025, and up to 14 weeks at the longest, a parliamentary committee has found.", "a parliamentary committee", "has found", "W")],
        [("In its report, tabled on Thursday, the Standing Committee on Justice and Corrective Services made 27 recommendations, including that the Department of Justice hire at least eight more full-time doctors for the regional prison network.", "", "", "W")],
        [("The committee received 64 submissions and held hearings in Port Thackwell, Yarrandine and Coolgenup between August and December 2025.", "", "", "W")],
        [("Chair Hon. Peta Gallardine-Stout MLC said the committee had been “genuinely shocked” by some of the evidence.", "Peta Gallardine-Stout", "said", ""),
         ("“One man waited 11 weeks with a broken hand,” she said.", "Peta Gallardine-Stout", "said", "W"),
         ("“What would we say if that happened in a hospital?", "Peta Gallardine-Stout", "said", ""),
         ("This is a question of basic dignity, and of the law.”", "Peta Gallardine-Stout", "said", "")],
        [("The report notes that under s. 74 of the governing Act, the chief executive officer must ensure prisoners have access to medical care of a standard comparable to that in the community (pp. 41–43).", "The report", "notes", "W")],
        [("It found that the three prisons had between them 4.2 full-time-equivalent doctors for about 1,650 prisoners in 2025, against a benchmark of one doctor per 250 prisoners used by the department itself.", "The report", "found", "W")],
        [("In evidence to the committee, the department's health services director, Dr Clement Durnan-Eskett, said recruitment in regional areas had been “extremely difficult” and that four positions had been advertised three times without a suitable applicant.", "Clement Durnan-Eskett", "said", "W")],
        [("The report also found that 38 per cent of prisoners at the three sites were Aboriginal, and recommended that Aboriginal community-controlled health services be funded to run clinics inside two of them.", "The report", "found", "W")],
        [("Deputy chair Hon. Lachlan Threppleton-Audric MLC, who supported most of the recommendations, lodged a minority report opposing the call to expand telehealth appointments.", "", "", "W"),
         ("He argued that “a screen is no substitute for a doctor in the room.”", "Lachlan Threppleton-Audric", "argued", "")],
        [("Under the Council's standing orders, the government must respond to the report within four months, i.e. by 16 August 2026.", "", "", "W")],
        [("A spokesperson for the Minister for Corrective Services said the government would consider the report carefully.", "A spokesperson for the Minister for Corrective Services", "said", ""),
         ("The spokesperson said 12 new medical positions had been funded in the 2025–26 budget.", "A spokesperson for the Minister for Corrective Services", "said", "W")],
        [("Read the report", "", "", "B")],
        [("Report No. 9: Health care in regional prisons (PDF, 2.4 MB)", "", "", "B")],
        [("Minority report of Hon. Lachlan Threppleton-Audric MLC (PDF, 310 KB)", "", "", "B")],
        [("Hansard: Tabling statement, 16 April 2026, p. 1187", "", "", "B")],
        [("Parliamentary News is written by the Parliamentary Education and Communications Office to inform the public about the work of Parliament.", "", "", "B"),
         ("It is not an official record of proceedings; for that, see Hansard.", "", "", "B")],
        [("Media enquiries: Committee Office, (08) 5550 7721", "", "", "B")],
        [("The Parliament of Western Australia acknowledges the Whadjuk Noongar people as the traditional custodians of the land on which Parliament House stands.", "", "", "B")],
        [("Parliament House, Perth, Western Australia", "", "", "B")],
        [("Disclaimer  |  Privacy  |  Accessibility  |  Copyright", "", "", "B")],
    ],
    [  # 12. Public-radio podcast episode page, a village airline cuts flights: station masthead with frequency, listen-live strip, crumb, episode number and running time, play and download lines, follow-the-show line, show notes with a description by content, chapter time stamps, guest line, transcript excerpt with capitalised name prefixes and bracketed time stamps, a machine-transcript note over two lines, a "[crosstalk]" tag, an ellipsis before a capital, U.S. ending a sentence, credits, membership line, FCC footer
        [("KNUV 88.9 FM  ·  Voice of the Kuskavik Delta", "", "", "B")],
        [("▶ Listen live    Donate    Programs    News    Podcasts", "", "", "B")],
        [("Podcasts  ›  Delta Crossroads", "", "", "B")],
        [("Delta Crossroads  ·  Episode 118", "", "", "B")],
        [("When the planes stop coming: Ptarmigan Air cuts service to six villages", "", "", "W")],
        [("April 20, 2026  ·  38 min", "", "", "B")],
        [("▶ Play episode      ⬇ Download MP3 (35.1 MB)", "", "", "B")],
        [("Follow the show: Podwell · Earshot · Castfinch · RSS", "", "", "B")],
        [("Show notes", "", "", "B")],
        [("From May 1, Ptarmigan Air will fly to six villages on the lower Kuskavik three days a week instead of every day.", "", "", "W"),
         ("The airline says it has 14 pilots, down from 22 two years ago.", "The airline", "says", "W"),
         ("Host Margaret Igkurak-Sole talks with a village store manager and a tribal council president about what fewer flights mean for mail, groceries and medical trips.", "", "", "")],
        [("(00:00) Intro", "", "", "B")],
        [("(02:35) The schedule change, explained", "", "", "B")],
        [("(11:10) Milk at $14 a gallon", "", "", "B")],
        [("(24:48) Medevacs and the clinic", "", "", "B")],
        [("Guests: Alma Tuqtuk-Henley, manager, Nunalik Native Store; Raymond Kasayuli, president, Tuqsuk Bay Tribal Council", "", "", "B")],
        [("Read the KNUV newsroom story on the cuts ›", "", "", "B")],
        [("Transcript (excerpt)", "", "", "B")],
        [("This transcript was made by a machine and lightly corrected by KNUV staff.", "", "", "B"),
         ("Please check the audio before quoting it.", "", "", "B")],
        [("[02:35]", "", "", "B")],
        [("MARGARET IGKURAK-SOLE: Ptarmigan told the villages about this in a letter dated April 2.", "", "", "W"),
         ("Alma, how did you hear?", "", "", "")],
        [("ALMA TUQTUK-HENLEY: On the VHF, like everything else.", "Alma Tuqtuk-Henley", "ALMA TUQTUK-HENLEY:", ""),
         ("Somebody's cousin in Kuskavik read the letter out...", "Alma Tuqtuk-Henley", "ALMA TUQTUK-HENLEY:", ""),
         ("Then the whole village knew in about ten minutes.", "Alma Tuqtuk-Henley", "ALMA TUQTUK-HENLEY:", "")],
        [("IGKURAK-SOLE: What does three days a week mean for the store?", "", "", "")],
        [("TUQTUK-HENLEY: Our freight comes on the same planes as the passengers.", "Alma Tuqtuk-Henley", "TUQTUK-HENLEY:", "W"),
         ("So fresh stuff, milk, eggs, bananas, that's going to sit in Kuskavik for two or three days now.", "Alma Tuqtuk-Henley", "TUQTUK-HENLEY:", ""),
         ("A gallon of milk is $14.29 on my shelf today.", "Alma Tuqtuk-Henley", "TUQTUK-HENLEY:", "W"),
         ("I don't want to think about what it'll be in June.", "Alma Tuqtuk-Henley", "TUQTUK-HENLEY:", "")],
        [("[crosstalk]", "", "", "B")],
        [("[11:10]", "", "", "B")],
        [("IGKURAK-SOLE: Raymond, your council wrote to the airline and to the state.", "", "", "W"),
         ("Did anyone write back?", "", "", "")],
        [("RAYMOND KASAYULI: The airline did.", "Raymond Kasayuli", "RAYMOND KASAYULI:", "W"),
         ("They said they can't find pilots, and I believe them.", "Raymond Kasayuli", "RAYMOND KASAYULI:", ""),
         ("But the clinic here has one health aide, and the nearest hospital is in Kuskavik.", "Raymond Kasayuli", "RAYMOND KASAYULI:", "W"),
         ("If the weather's bad on a flying day, you might wait four or five days!", "Raymond Kasayuli", "RAYMOND KASAYULI:", "")],
        [("IGKURAK-SOLE: In a statement to KNUV, Ptarmigan Air said medevac flights are run by a separate operator and are not affected.", "Ptarmigan Air", "said", "W"),
         ("It also said it pays new pilots $92,000 a year and is still short of captains, as airlines across the U.S. are.", "Ptarmigan Air", "said", "W"),
         ("Raymond, does that reassure you?", "", "", "")],
        [("KASAYULI: Some.", "Raymond Kasayuli", "KASAYULI:", ""),
         ("The medevac part, yes.", "Raymond Kasayuli", "KASAYULI:", ""),
         ("Not the groceries.", "Raymond Kasayuli", "KASAYULI:", "")],
        [("Full transcript available on request: podcasts@knuv.org", "", "", "B")],
        [("Delta Crossroads is produced by Theo Apanguq-Drisco and edited by Sandra Ellefsen-Romero.", "", "", "B"),
         ("Theme music by the Kuskavik High School Fiddlers.", "", "", "B")],
        [("Public radio on the Delta runs on members.", "", "", "B"),
         ("Chip in $10 a month and keep the transmitter on ›", "", "", "B")],
        [("More episodes", "", "", "B")],
        [("Ep. 117: Who pays to move a village?", "", "", "B")],
        [("Ep. 116: The fall fish count, by the numbers", "", "", "B")],
        [("KNUV is a listener-supported service of the Kuskavik Delta Broadcasting Cooperative.", "", "", "B")],
        [("FCC Public File  ·  EEO Report  ·  Privacy  ·  Contact", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n53-memo-modal-pa", "City hall, buses and budgets in Harlowvale, Pa., untangled every Tuesday and Friday. More than 8,400 readers.\nyour@email.com   Join free\nMaybe later, take me to the post ›\nThe Harlowvale Memo",
     ["City hall, buses and budgets in Harlowvale, Pa., untangled every Tuesday and Friday.", "More than 8,400 readers.", "your@email.com   Join free", "Maybe later, take me to the post ›", "The Harlowvale Memo"]),
    ("n53-memo-am-wednesday-aug-st", "Just after 12:20 a.m. Wednesday, Harlowvale City Council voted 5-4 to eliminate bus routes 7, 12 and 19 from Aug. 3. Those three lines will simply stop running that morning.\nThe cuts will save Harlowvale Area Transit about $2.6 million a year, according to the agency's budget office.\nThe agency had warned in February that fare revenue was running 11% below forecast and that a state operating grant it had counted on, worth $1.9 million, had not been renewed.\nVoting yes were Council President Marcus Orrinshaw and members Priya Tandonvale, Ron Kessigan, Beth Ainsforth and Gil Sarrabourne. The four no votes all came from members whose districts include at least one of the three routes.\n“Nobody up here wanted to do this,” Orrinshaw said before the roll call. “But the state money isn't coming, and I am not going to raise property taxes in an election year to run empty buses.”\nAre they empty, though? Route 19 carried an average of 212 riders a weekday last year, the fewest of the system's 23 routes, according to HAT's ridership reports. Route 7, which runs through Tennaby Heights to St. Ivesley's Hospital, carried 1,140.",
     ["Just after 12:20 a.m. Wednesday, Harlowvale City Council voted 5-4 to eliminate bus routes 7, 12 and 19 from Aug. 3.", "Those three lines will simply stop running that morning.", "The cuts will save Harlowvale Area Transit about $2.6 million a year, according to the agency's budget office.", "The agency had warned in February that fare revenue was running 11% below forecast and that a state operating grant it had counted on, worth $1.9 million, had not been renewed.", "Voting yes were Council President Marcus Orrinshaw and members Priya Tandonvale, Ron Kessigan, Beth Ainsforth and Gil Sarrabourne.", "The four no votes all came from members whose districts include at least one of the three routes.", "“Nobody up here wanted to do this,” Orrinshaw said before the roll call.", "“But the state money isn't coming, and I am not going to raise property taxes in an election year to run empty buses.”", "Are they empty, though?", "Route 19 carried an average of 212 riders a weekday last year, the fewest of the system's 23 routes, according to HAT's ridership reports.", "Route 7, which runs through Tennaby Heights to St. Ivesley's Hospital, carried 1,140."]),
    ("n53-memo-box-pm-question-asked", "Like what you're reading? The Memo stays free twice a week because a few hundred readers chip in. Pitch in for $6 a month ›\nCouncil member Tasha Gallaway-Mouton, whose district includes the whole Tennaby Heights stretch of Route 7, called the vote “a decision made in the dark, and I mean that literally.”\nShe said HAT had held one public hearing on the cuts, at 2 p.m. on a Thursday. Fourteen people spoke, all of them against, according to the hearing minutes.\nLorraine Vallicourt-Istre, 67, rides Route 7 to dialysis three mornings a week. “So what do I do now, walk two miles each way?” she asked when I reached her on Wednesday.\nHAT says riders on the three routes can switch to its on-demand van service, Hopline, which costs $3.50 a trip. Hopline's vans made 38,600 trips last year with a median wait of 27 minutes, its annual report shows.",
     ["Like what you're reading?", "The Memo stays free twice a week because a few hundred readers chip in.", "Pitch in for $6 a month ›", "Council member Tasha Gallaway-Mouton, whose district includes the whole Tennaby Heights stretch of Route 7, called the vote “a decision made in the dark, and I mean that literally.”", "She said HAT had held one public hearing on the cuts, at 2 p.m. on a Thursday.", "Fourteen people spoke, all of them against, according to the hearing minutes.", "Lorraine Vallicourt-Istre, 67, rides Route 7 to dialysis three mornings a week.", "“So what do I do now, walk two miles each way?” she asked when I reached her on Wednesday.", "HAT says riders on the three routes can switch to its on-demand van service, Hopline, which costs $3.50 a trip.", "Hopline's vans made 38,600 trips last year with a median wait of 27 minutes, its annual report shows."]),
    ("n53-memo-paywall-lines", "The rest of this post is for paying members\nMembers get the Friday deep dive, the budget tracker and the comments. It's $6 a month or $60 a year.\nBecome a member\nAlready paying? Log in\n© 2026 Dana Threppit-Ortego",
     ["The rest of this post is for paying members", "Members get the Friday deep dive, the budget tracker and the comments.", "It's $6 a month or $60 a year.", "Become a member", "Already paying?", "Log in", "© 2026 Dana Threppit-Ortego"]),
    ("n53-member-header-credit", "✦ Member-only story\nYou're reading this free because a member sent you a gift link.\nThe last baby born in Dallbrook\nBellgrove Memorial stopped delivering babies on March 1. Now the nearest labor ward is 94 miles away, over a pass that closes in snow\nCorinne Vashti-Selwood\nFollow\nPublished in Upcountry Health  ·  9 min read  ·  Mar 30, 2026\n2.3K claps      48 responses",
     ["✦ Member-only story", "You're reading this free because a member sent you a gift link.", "The last baby born in Dallbrook", "Bellgrove Memorial stopped delivering babies on March 1.", "Now the nearest labor ward is 94 miles away, over a pass that closes in snow", "Corinne Vashti-Selwood", "Follow", "Published in Upcountry Health  ·  9 min read  ·  Mar 30, 2026", "2.3K claps      48 responses"]),
    ("n53-member-ore-feb-quote", "Bellgrove Memorial, the 25-bed hospital in Dallbrook, Ore., delivered its last baby on Feb. 27 and closed its labor and delivery unit on March 1. It had delivered 112 babies in 2025, down from 171 in 2019, according to the hospital's own annual reports.\nThe hospital's chief executive, Warren Trahan-Toups, told me the unit lost about $2.4 million last year. “We could not staff it safely, and we could not keep losing money on it,” he said. “Those two things together made the decision for us.”\nHe said the hospital had tried for 18 months to recruit a second obstetrician and had received two applications, neither of whom took the job.",
     ["Bellgrove Memorial, the 25-bed hospital in Dallbrook, Ore., delivered its last baby on Feb. 27 and closed its labor and delivery unit on March 1.", "It had delivered 112 babies in 2025, down from 171 in 2019, according to the hospital's own annual reports.", "The hospital's chief executive, Warren Trahan-Toups, told me the unit lost about $2.4 million last year.", "“We could not staff it safely, and we could not keep losing money on it,” he said.", "“Those two things together made the decision for us.”", "He said the hospital had tried for 18 months to recruit a second obstetrician and had received two applications, neither of whom took the job."]),
    ("n53-member-dr-us-am-asked", "Dr. Aurelie Chauvinet-Balcombe, the family doctor who will keep seeing pregnant patients in Dallbrook until about 36 weeks, put it bluntly. “Some of my patients are going to deliver on the side of the road,” she said.\nShe said she had already told six patients due this spring to plan to stay near Tulmore from 38 weeks. Most of them can't afford two weeks in a motel.\nDallbrook is not unusual. More than 100 rural hospitals across the U.S. have stopped delivering babies since 2020, according to a tally by the Coldwater Center for Rural Care.\nKayleigh Mravinec, 24, was the last mother to give birth at Bellgrove. Her son, Hollis, was born at 4:12 a.m. on a Friday. “The nurses were crying more than I was,” she told me.\nHer sister is due in June. “Where's she supposed to go if the pass is shut?” she asked.",
     ["Dr. Aurelie Chauvinet-Balcombe, the family doctor who will keep seeing pregnant patients in Dallbrook until about 36 weeks, put it bluntly.", "“Some of my patients are going to deliver on the side of the road,” she said.", "She said she had already told six patients due this spring to plan to stay near Tulmore from 38 weeks.", "Most of them can't afford two weeks in a motel.", "Dallbrook is not unusual.", "More than 100 rural hospitals across the U.S. have stopped delivering babies since 2020, according to a tally by the Coldwater Center for Rural Care.", "Kayleigh Mravinec, 24, was the last mother to give birth at Bellgrove.", "Her son, Hollis, was born at 4:12 a.m. on a Friday.", "“The nurses were crying more than I was,” she told me.", "Her sister is due in June.", "“Where's she supposed to go if the pass is shut?” she asked."]),
    ("n53-network-standfirst-author", "Pay in the North East is finally catching up. Don't celebrate yet.\nMireille Osterhaut\nChief Economist at Grisdale Building Society | Visiting Fellow, Tynebridge Business School\nPublished 7 Apr 2026\n+ Follow",
     ["Pay in the North East is finally catching up.", "Don't celebrate yet.", "Mireille Osterhaut", "Chief Economist at Grisdale Building Society | Visiting Fellow, Tynebridge Business School", "Published 7 Apr 2026", "+ Follow"]),
    ("n53-network-ltd-quotes", "Ravinder Sandhar-Ashbridge runs Ashbridge Precision Ltd., a 140-person machine shop in Sunderland. He said he had raised pay on the shop floor by 9 per cent since last April, mostly to stop people leaving for the new battery plant at Wardlemoor.\n“I'm not complaining about paying people properly,” he said. “But I can't put my prices up 9 per cent, so I'm not replacing the two lads who retired.”\nShona Dornley, who manages three care homes in County Durham, said the rise in the National Living Wage to £12.71 this month accounted for most of her increase. “Our fees are set by the council, and the council hasn't kept up,” she said.",
     ["Ravinder Sandhar-Ashbridge runs Ashbridge Precision Ltd., a 140-person machine shop in Sunderland.", "He said he had raised pay on the shop floor by 9 per cent since last April, mostly to stop people leaving for the new battery plant at Wardlemoor.", "“I'm not complaining about paying people properly,” he said.", "“But I can't put my prices up 9 per cent, so I'm not replacing the two lads who retired.”", "Shona Dornley, who manages three care homes in County Durham, said the rise in the National Living Wage to £12.71 this month accounted for most of her increase.", "“Our fees are set by the council, and the council hasn't kept up,” she said."]),
    ("n53-network-comment-see-more", "Graham Harbeson-Nye  •  2nd\nHead of People, Wearside Freight Group\n3d\nWe've seen exactly this. Warehouse pay up 11% in two years, and we're now automating the pick line instead of hiring for it. The bit nobody talks about is…see more\nLike  ·  Reply  ·  17 reactions",
     ["Graham Harbeson-Nye  •  2nd", "Head of People, Wearside Freight Group", "3d", "We've seen exactly this.", "Warehouse pay up 11% in two years, and we're now automating the pick line instead of hiring for it.", "The bit nobody talks about is…see more", "Like  ·  Reply  ·  17 reactions"]),
    ("n53-portal-note-ns-oct", "Thu, April 9, 2026 at 3:41 p.m. ADT  ·  4 min read\nNestfold carries this story under a licensing deal with The Saltmere Chronicle. It has not been edited by Nestfold.\nSALTMERE, N.S. — Nova Scotia's minimum wage will rise by 75 cents to $16.45 an hour on Oct. 1, the province announced Thursday.\nThe increase, the second this year, follows a 40-cent rise on April 1. Together they add up to a 7.3 per cent increase over 12 months, according to the Department of Labour, Skills and Immigration.",
     ["Thu, April 9, 2026 at 3:41 p.m. ADT  ·  4 min read", "Nestfold carries this story under a licensing deal with The Saltmere Chronicle.", "It has not been edited by Nestfold.", "SALTMERE, N.S. — Nova Scotia's minimum wage will rise by 75 cents to $16.45 an hour on Oct. 1, the province announced Thursday.", "The increase, the second this year, follows a 40-cent rise on April 1.", "Together they add up to a 7.3 per cent increase over 12 months, according to the Department of Labour, Skills and Immigration."]),
    ("n53-portal-related-hon-ad", "About 31,000 workers, or roughly seven per cent of the province's employees, earn the minimum wage, the department said.\nRELATED: Halifax food bank visits up 19% in a year\nLabour Minister Hon. Brenna Coutts-Maclaine said the increase was tied to last year's inflation rate plus one percentage point, as the province's wage review committee had recommended.\n“This is about making sure a full-time paycheque keeps up with what groceries and rent actually cost,” she said.\nAdvertisement",
     ["About 31,000 workers, or roughly seven per cent of the province's employees, earn the minimum wage, the department said.", "RELATED: Halifax food bank visits up 19% in a year", "Labour Minister Hon. Brenna Coutts-Maclaine said the increase was tied to last year's inflation rate plus one percentage point, as the province's wage review committee had recommended.", "“This is about making sure a full-time paycheque keeps up with what groceries and rent actually cost,” she said.", "Advertisement"]),
    ("n53-portal-question-box-footer", "“Is $16.45 a living wage? Not anywhere in this province,” he said.\nStart your day with the Chronicle. Our 6 a.m. briefing lands in your inbox Monday to Saturday. Sign up free.\nSmall businesses took the opposite view.",
     ["“Is $16.45 a living wage?", "Not anywhere in this province,” he said.", "Start your day with the Chronicle.", "Our 6 a.m. briefing lands in your inbox Monday to Saturday.", "Sign up free.", "Small businesses took the opposite view."]),
    ("n53-lite-banner-am-ct-ia", "You're on the low-data version of this page. Switch to full site\nNews | Ag | Sports | Obits | Opinion | E-edition\n‹ All local news\nSupervisors OK 4,800-head hog barn near Pelland Creek on 3-2 vote\nBy Wes Zeller-Emberton  |  Register staff\n5:47 a.m. CT Apr. 16, 2026\n[Photo hidden in lite mode — tap to load]\nWendholm County supervisors voted 3-2 Tuesday to recommend that the state approve a 4,800-head hog confinement on 160th St. east of Pelland, Ia. The facility would be the largest in the county.",
     ["You're on the low-data version of this page.", "Switch to full site", "News | Ag | Sports | Obits | Opinion | E-edition", "‹ All local news", "Supervisors OK 4,800-head hog barn near Pelland Creek on 3-2 vote", "By Wes Zeller-Emberton  |  Register staff", "5:47 a.m. CT Apr. 16, 2026", "[Photo hidden in lite mode — tap to load]", "Wendholm County supervisors voted 3-2 Tuesday to recommend that the state approve a 4,800-head hog confinement on 160th St. east of Pelland, Ia.", "The facility would be the largest in the county."]),
    ("n53-lite-rd-ellipsis-ecoli-mr-no", "Jolene Haberkamp-Ardoin, who lives a mile and a half downwind of the site on Aubrecht Rd., told supervisors she has asthma. “We moved out here for the air ... and now you want to put 4,800 hogs upwind of my kitchen,” she said.\nPelland Creek flows into the Milburne River about three miles downstream. The river's lower stretch has been on the state's impaired waters list for E. coli since 2016.\nSupv. Marianne Oltrogge, one of the two no votes, said the matrix gives too few points for distance from streams. “We're not allowed to weigh what people in that room told us,” she said.\nMr. Mertensen said in a phone interview that the barn would let his son come back to the farm full time. He said the manure would be injected into his own fields, not spread on top.\nA Krausholm spokesman, Brent Uhlmeier, said the barn would employ three people full time and pay about $41,000 a year in property tax.\nWendholm County has 211 permitted confinements, up from 158 in 2015, according to DNR data. It ranks No. 2 in the state for hogs per square mile.",
     ["Jolene Haberkamp-Ardoin, who lives a mile and a half downwind of the site on Aubrecht Rd., told supervisors she has asthma.", "“We moved out here for the air ... and now you want to put 4,800 hogs upwind of my kitchen,” she said.", "Pelland Creek flows into the Milburne River about three miles downstream.", "The river's lower stretch has been on the state's impaired waters list for E. coli since 2016.", "Supv. Marianne Oltrogge, one of the two no votes, said the matrix gives too few points for distance from streams.", "“We're not allowed to weigh what people in that room told us,” she said.", "Mr. Mertensen said in a phone interview that the barn would let his son come back to the farm full time.", "He said the manure would be injected into his own fields, not spread on top.", "A Krausholm spokesman, Brent Uhlmeier, said the barn would employ three people full time and pay about $41,000 a year in property tax.", "Wendholm County has 211 permitted confinements, up from 158 in 2015, according to DNR data.", "It ranks No. 2 in the state for hogs per square mile."]),
    ("n53-tv-header-live-chip", "🔴 LIVE NOW: 9 News at Noon\n☁ 84°  Lac Sonnier  ·  2 weather alerts\nNews   Weather   Traffic   Closings (6)   Sports   Contests   Watch\nBREAKING\nShelter-in-place lifted after fire at Bayou Toupette chemical plant; 3 workers hurt\nBy Renée Landreneau-Garr and Chopper 9 staff",
     ["🔴 LIVE NOW: 9 News at Noon", "☁ 84°  Lac Sonnier  ·  2 weather alerts", "News   Weather   Traffic   Closings (6)   Sports   Contests   Watch", "BREAKING", "Shelter-in-place lifted after fire at Bayou Toupette chemical plant; 3 workers hurt", "By Renée Landreneau-Garr and Chopper 9 staff"]),
    ("n53-tv-dateline-la-st-lt", "LAC SONNIER, La. (KVRL) — A shelter-in-place order for about 2,300 homes near the Jeansonne Solvents plant was lifted at 10:15 a.m. Tuesday, more than four hours after a fire broke out in a storage area at the site.\nThree workers were taken to Our Lady of the Bayou Medical Center with burns, according to the St. Quentine Parish Sheriff's Office. One was in serious condition, the hospital said.\nThe fire started at about 5:50 a.m. in a tank farm where the plant stores toluene and other solvents, Lt. Danton Comeaux-Mayes of the parish fire district told KVRL 9 at the scene.\n“We got it knocked down by about 8:30, but it took a while to make sure nothing was going to flare back up,” he said.",
     ["LAC SONNIER, La. (KVRL) — A shelter-in-place order for about 2,300 homes near the Jeansonne Solvents plant was lifted at 10:15 a.m. Tuesday, more than four hours after a fire broke out in a storage area at the site.", "Three workers were taken to Our Lady of the Bayou Medical Center with burns, according to the St. Quentine Parish Sheriff's Office.", "One was in serious condition, the hospital said.", "The fire started at about 5:50 a.m. in a tank farm where the plant stores toluene and other solvents, Lt. Danton Comeaux-Mayes of the parish fire district told KVRL 9 at the scene.", "“We got it knocked down by about 8:30, but it took a while to make sure nothing was going to flare back up,” he said."]),
    ("n53-tv-hwy-exclamation-am-asked-sgt", "The order covered homes within two miles of the plant, east of Hwy. 182. Lac Sonnier Elementary and Holy Rood Academy kept students indoors until it was lifted.\n📲 Get alerts like this first: download the KVRL 9 app and turn on breaking-news notifications.\nThe state Department of Environmental Quality said its air monitors along the fence line and in two neighborhoods did not detect harmful levels of any chemical.\nResidents said the smell was strong. “It smelled like nail polish remover all over the house! I had my kids in the bathroom with towels under the door,” said Monique Thériot-Leary, who lives about a mile from the plant on Bayou Toupette Rd.\nShe said she got the parish's emergency text at 6:41 a.m. That was 51 minutes after the fire started, by the fire district's own timeline. “Why does it take 50 minutes to tell people to close their windows?” she asked.\nParish emergency director Sgt. Wade Castille said the alert went out as soon as the fire district asked for it. He said the office would review the timing.",
     ["The order covered homes within two miles of the plant, east of Hwy. 182.", "Lac Sonnier Elementary and Holy Rood Academy kept students indoors until it was lifted.", "📲 Get alerts like this first: download the KVRL 9 app and turn on breaking-news notifications.", "The state Department of Environmental Quality said its air monitors along the fence line and in two neighborhoods did not detect harmful levels of any chemical.", "Residents said the smell was strong.", "“It smelled like nail polish remover all over the house!", "I had my kids in the bathroom with towels under the door,” said Monique Thériot-Leary, who lives about a mile from the plant on Bayou Toupette Rd.", "She said she got the parish's emergency text at 6:41 a.m.", "That was 51 minutes after the fire started, by the fire district's own timeline.", "“Why does it take 50 minutes to tell people to close their windows?” she asked.", "Parish emergency director Sgt. Wade Castille said the alert went out as soon as the fire district asked for it.", "He said the office would review the timing."]),
    ("n53-tv-forecast-pm-copyright-co", "FIRST ALERT FORECAST: Humid with storms possible after 3 p.m. High 89°, tonight 74°.\nHave a news tip or video? Send it to tips@kvrl9.com or text 9-NEWS.\nCopyright 2026 KVRL. All rights reserved.\nTrending on KVRL9.com\nCrawfish prices fall to lowest in five seasons\nContact Us  |  FCC Public Inspection File  |  EEO Public File  |  Closed Captioning  |  Terms  |  Privacy\nKVRL is owned and operated by Palmetto-Gulf Broadcasting Co.",
     ["FIRST ALERT FORECAST: Humid with storms possible after 3 p.m.", "High 89°, tonight 74°.", "Have a news tip or video?", "Send it to tips@kvrl9.com or text 9-NEWS.", "Copyright 2026 KVRL.", "All rights reserved.", "Trending on KVRL9.com", "Crawfish prices fall to lowest in five seasons", "Contact Us  |  FCC Public Inspection File  |  EEO Public File  |  Closed Captioning  |  Terms  |  Privacy", "KVRL is owned and operated by Palmetto-Gulf Broadcasting Co."]),
    ("n53-agency-dateline-approx-am", "VILNIUS, April 14 (VNA) – Household electricity prices in Lithuania will rise by an average of 9 pct from July 1, the National Energy Regulatory Council (VERT) said on Tuesday.\nFor most households on the public supplier's standard plan, the price will go up from 21.4 euro cents per kilowatt-hour to 23.3 cents, the regulator said. A household using 150 kWh a month would pay approx. 2.85 euros more.\nVERT said the rise was mainly due to higher charges for the transmission grid, which had borrowed to pay for work linked to the synchronisation with the continental European network completed last year.\nWholesale prices in the Lithuanian bidding zone averaged 8.6 cents per kWh in the first quarter, down 12 pct year on year, according to the Nordelta power exchange.",
     ["VILNIUS, April 14 (VNA) – Household electricity prices in Lithuania will rise by an average of 9 pct from July 1, the National Energy Regulatory Council (VERT) said on Tuesday.", "For most households on the public supplier's standard plan, the price will go up from 21.4 euro cents per kilowatt-hour to 23.3 cents, the regulator said.", "A household using 150 kWh a month would pay approx. 2.85 euros more.", "VERT said the rise was mainly due to higher charges for the transmission grid, which had borrowed to pay for work linked to the synchronisation with the continental European network completed last year.", "Wholesale prices in the Lithuanian bidding zone averaged 8.6 cents per kWh in the first quarter, down 12 pct year on year, according to the Nordelta power exchange."]),
    ("n53-agency-uab-editing-customers", "The public supplier, Skaidra Energija UAB, has about 880,000 household customers, according to its 2025 annual report. Its chief executive, Mantas Jurgelionis, said in an e-mail that customers could fix their price for 12 months by switching plans before June 15.\nAnalysts at Baltsprin Bankas expect annual inflation to edge up by about 0.2 percentage points in July as a result. Consumer price inflation was 3.1 pct in March, according to Statistics Lithuania.\nLatvia's regulator approved a 5 pct rise for households in March. Estonia's regulator has not yet ruled on its summer tariffs.\n(Reporting by Dovilė Mažeikaitė; Editing by Paulius Venckus)\n© VNA 2026. This story may not be published, broadcast or rewritten without a valid VNA subscription.\nFOR CUSTOMERS: Lithuanian version on the wire as item 2026-04-14-0218. A fact box with the regulator's tariff table moved at 11:20.",
     ["The public supplier, Skaidra Energija UAB, has about 880,000 household customers, according to its 2025 annual report.", "Its chief executive, Mantas Jurgelionis, said in an e-mail that customers could fix their price for 12 months by switching plans before June 15.", "Analysts at Baltsprin Bankas expect annual inflation to edge up by about 0.2 percentage points in July as a result.", "Consumer price inflation was 3.1 pct in March, according to Statistics Lithuania.", "Latvia's regulator approved a 5 pct rise for households in March.", "Estonia's regulator has not yet ruled on its summer tariffs.", "(Reporting by Dovilė Mažeikaitė; Editing by Paulius Venckus)", "© VNA 2026.", "This story may not be published, broadcast or rewritten without a valid VNA subscription.", "FOR CUSTOMERS: Lithuanian version on the wire as item 2026-04-14-0218.", "A fact box with the regulator's tariff table moved at 11:20."]),
    ("n53-ledger-caption-pm-am-ie", "The nearly empty bed of the Shihlo No. 2 Reservoir in Hsinchu County is pictured on Thursday. Photo: Liao Chun-hao, Formosa Ledger\nThe Water Resources Agency yesterday raised Hsinchu city and county to an orange water-supply alert, the second-highest of its five levels, after combined storage at the area's two main reservoirs fell to 21.7 percent of capacity.\nUnder the orange alert, which takes effect on Wednesday, water pressure in most of Hsinchu will be cut every night from 11 p.m. Full pressure is to return at 5 a.m. each day. Large users, i.e. those using more than 1,000m3 a month, must cut consumption by 11 percent, up from 7 percent under the yellow alert in place since March 9.\nThe agency said rainfall in the catchment since October had been 38 percent of the long-term average, the lowest for the period since 2021.",
     ["The nearly empty bed of the Shihlo No. 2 Reservoir in Hsinchu County is pictured on Thursday.", "Photo: Liao Chun-hao, Formosa Ledger", "The Water Resources Agency yesterday raised Hsinchu city and county to an orange water-supply alert, the second-highest of its five levels, after combined storage at the area's two main reservoirs fell to 21.7 percent of capacity.", "Under the orange alert, which takes effect on Wednesday, water pressure in most of Hsinchu will be cut every night from 11 p.m.", "Full pressure is to return at 5 a.m. each day.", "Large users, i.e. those using more than 1,000m3 a month, must cut consumption by 11 percent, up from 7 percent under the yellow alert in place since March 9.", "The agency said rainfall in the catchment since October had been 38 percent of the long-term average, the lowest for the period since 2021."]),
    ("n53-ledger-aka-co-question", "Chipmakers in the Hsinchu Science Park, a.k.a. Taiwan's chip corridor, use about 210,000m3 of water a day, according to the park administration. That is about a third of the area's supply.\nThe park's biggest water user is Tunglin Semiconductor Manufacturing Co. It said it had been trucking in water from Taichung since Monday and had raised the share of water it recycles at its fabs to 88.4 percent. The company said the alert would not affect production.\nA smaller rival, Hwaweng Microsystems Co., said it had spent NT$320 million (US$9.8 million) on a water reclamation plant that is to start operating in July.\nHsinchu residents interviewed yesterday seemed resigned.\n“We went through this in 2021, so people already have buckets,” said Hung Tzu-wei (洪子威), who runs a noodle shop near Hsinchu railway station. “Why do the factories always get the water first? That's what my customers ask.”",
     ["Chipmakers in the Hsinchu Science Park, a.k.a. Taiwan's chip corridor, use about 210,000m3 of water a day, according to the park administration.", "That is about a third of the area's supply.", "The park's biggest water user is Tunglin Semiconductor Manufacturing Co.", "It said it had been trucking in water from Taichung since Monday and had raised the share of water it recycles at its fabs to 88.4 percent.", "The company said the alert would not affect production.", "A smaller rival, Hwaweng Microsystems Co., said it had spent NT$320 million (US$9.8 million) on a water reclamation plant that is to start operating in July.", "Hsinchu residents interviewed yesterday seemed resigned.", "“We went through this in 2021, so people already have buckets,” said Hung Tzu-wei (洪子威), who runs a noodle shop near Hsinchu railway station.", "“Why do the factories always get the water first?", "That's what my customers ask.”"]),
    ("n53-vigia-sas-cra-question", "The line is being built by Consorcio Teleandino S.A.S. It said in a statement that the extra cost was “fully justified” by the soil studies and that it had not missed any contractual deadline.\nThe District Comptroller's Office said in February that it had opened a preliminary inquiry into the contract's 2024 amendments, which added 97 billion pesos for design changes.\nPublicidad\nUp on the hill, people have heard the opening date before.\n“Primero era 2025, luego agosto, ahora 2027 (First it was 2025, then August, now 2027),” said Dora Inés Cuervo-Lasso, 58, who sells arepas at the corner of Cra. 14 Este and the main stairway.\nShe said the bus down to Av. Guatiquía takes her about 70 minutes at rush hour. “Seventy minutes to go five kilometres? That's the real cost nobody counts,” she said.\nCouncil member Dr. Andrés Felipe Quimbayo, an engineer and a frequent critic of the project, said the soil problems had been flagged in a 2022 technical study the city had in hand before it signed. “This was not a surprise,” he said.\nThe mobility department said the 2022 study covered only three of the five tower sites.",
     ["The line is being built by Consorcio Teleandino S.A.S. It said in a statement that the extra cost was “fully justified” by the soil studies and that it had not missed any contractual deadline.", "The District Comptroller's Office said in February that it had opened a preliminary inquiry into the contract's 2024 amendments, which added 97 billion pesos for design changes.", "Publicidad", "Up on the hill, people have heard the opening date before.", "“Primero era 2025, luego agosto, ahora 2027 (First it was 2025, then August, now 2027),” said Dora Inés Cuervo-Lasso, 58, who sells arepas at the corner of Cra. 14 Este and the main stairway.", "She said the bus down to Av. Guatiquía takes her about 70 minutes at rush hour.", "“Seventy minutes to go five kilometres?", "That's the real cost nobody counts,” she said.", "Council member Dr. Andrés Felipe Quimbayo, an engineer and a frequent critic of the project, said the soil problems had been flagged in a 2022 technical study the city had in hand before it signed.", "“This was not a surprise,” he said.", "The mobility department said the 2022 study covered only three of the five tower sites."]),
    ("n53-nak-kl-ca-dates", "Published 14.04.2026, kl. 07.12\nUpdated 14.04.2026, kl. 09.40\n🎧 Hear this story in Norwegian (2 min)\nThe ferry MF Strandvika leaves Ørnøya on a grey morning in March. Photo: Eirik Vatnahalsen / NAK\nFares on Norway's county-run car ferries will be cut by 50 per cent from 1 July, the government announced on Monday evening.\nThe cut will cost ca. NOK 1.2 billion a year and will be paid by the state, according to the Ministry of Transport. It applies to 112 routes, most of them in Nordland, Troms, Vestland and Møre og Romsdal.\nRoutes that already carry passengers free of charge, about 70 of them, are not affected.\n“For many people along the coast, the ferry is their only road,” Transport Minister Håvard Tveitbakk-Lier told NAK. “It should not cost more to drive to the doctor because you live on an island.”\nHe said the government would propose the funding in the revised national budget in May.",
     ["Published 14.04.2026, kl. 07.12", "Updated 14.04.2026, kl. 09.40", "🎧 Hear this story in Norwegian (2 min)", "The ferry MF Strandvika leaves Ørnøya on a grey morning in March.", "Photo: Eirik Vatnahalsen / NAK", "Fares on Norway's county-run car ferries will be cut by 50 per cent from 1 July, the government announced on Monday evening.", "The cut will cost ca. NOK 1.2 billion a year and will be paid by the state, according to the Ministry of Transport.", "It applies to 112 routes, most of them in Nordland, Troms, Vestland and Møre og Romsdal.", "Routes that already carry passengers free of charge, about 70 of them, are not affected.", "“For many people along the coast, the ferry is their only road,” Transport Minister Håvard Tveitbakk-Lier told NAK.", "“It should not cost more to drive to the doctor because you live on an island.”", "He said the government would propose the funding in the revised national budget in May."]),
    ("n53-nak-finally-asked-as", "ALSO ON NAK: Why a 20-minute crossing costs more than a flight\nOn Ørnøya, which has 340 residents and no bridge, the news spread quickly. A return trip for a car and driver to the mainland currently costs NOK 264.\n“Finally! We've been asking for this for ten years,” said Randi Hølmebakk, who runs the island's only shop and crosses three times a week to pick up goods.\nShe said she spends about NOK 2,900 a month on ferry tickets for the shop. “Do you know what that is in milk?” she asked.\nThe operator on most Nordland routes is Fjordlinka AS. Its chief executive, Sverre Aanonsen, said lower fares would bring more cars in the summer, when many crossings are already full.",
     ["ALSO ON NAK: Why a 20-minute crossing costs more than a flight", "On Ørnøya, which has 340 residents and no bridge, the news spread quickly.", "A return trip for a car and driver to the mainland currently costs NOK 264.", "“Finally!", "We've been asking for this for ten years,” said Randi Hølmebakk, who runs the island's only shop and crosses three times a week to pick up goods.", "She said she spends about NOK 2,900 a month on ferry tickets for the shop.", "“Do you know what that is in milk?” she asked.", "The operator on most Nordland routes is Fjordlinka AS.", "Its chief executive, Sverre Aanonsen, said lower fares would bring more cars in the summer, when many crossings are already full."]),
    ("n53-parl-s-pp-it-found-dr", "The report notes that under s. 74 of the governing Act, the chief executive officer must ensure prisoners have access to medical care of a standard comparable to that in the community (pp. 41–43).\nIt found that the three prisons had between them 4.2 full-time-equivalent doctors for about 1,650 prisoners in 2025, against a benchmark of one doctor per 250 prisoners used by the department itself.\nIn evidence to the committee, the department's health services director, Dr Clement Durnan-Eskett, said recruitment in regional areas had been “extremely difficult” and that four positions had been advertised three times without a suitable applicant.\nThe report also found that 38 per cent of prisoners at the three sites were Aboriginal, and recommended that Aboriginal community-controlled health services be funded to run clinics inside two of them.\nDeputy chair Hon. Lachlan Threppleton-Audric MLC, who supported most of the recommendations, lodged a minority report opposing the call to expand telehealth appointments. He argued that “a screen is no substitute for a doctor in the room.”",
     ["The report notes that under s. 74 of the governing Act, the chief executive officer must ensure prisoners have access to medical care of a standard comparable to that in the community (pp. 41–43).", "It found that the three prisons had between them 4.2 full-time-equivalent doctors for about 1,650 prisoners in 2025, against a benchmark of one doctor per 250 prisoners used by the department itself.", "In evidence to the committee, the department's health services director, Dr Clement Durnan-Eskett, said recruitment in regional areas had been “extremely difficult” and that four positions had been advertised three times without a suitable applicant.", "The report also found that 38 per cent of prisoners at the three sites were Aboriginal, and recommended that Aboriginal community-controlled health services be funded to run clinics inside two of them.", "Deputy chair Hon. Lachlan Threppleton-Audric MLC, who supported most of the recommendations, lodged a minority report opposing the call to expand telehealth appointments.", "He argued that “a screen is no substitute for a doctor in the room.”"]),
    ("n53-parl-ie-spokesperson-pdf", "Under the Council's standing orders, the government must respond to the report within four months, i.e. by 16 August 2026.\nA spokesperson for the Minister for Corrective Services said the government would consider the report carefully. The spokesperson said 12 new medical positions had been funded in the 2025–26 budget.\nRead the report\nReport No. 9: Health care in regional prisons (PDF, 2.4 MB)\nMinority report of Hon. Lachlan Threppleton-Audric MLC (PDF, 310 KB)\nHansard: Tabling statement, 16 April 2026, p. 1187",
     ["Under the Council's standing orders, the government must respond to the report within four months, i.e. by 16 August 2026.", "A spokesperson for the Minister for Corrective Services said the government would consider the report carefully.", "The spokesperson said 12 new medical positions had been funded in the 2025–26 budget.", "Read the report", "Report No. 9: Health care in regional prisons (PDF, 2.4 MB)", "Minority report of Hon. Lachlan Threppleton-Audric MLC (PDF, 310 KB)", "Hansard: Tabling statement, 16 April 2026, p. 1187"]),
    ("n53-podcast-ellipsis-prefixes", "MARGARET IGKURAK-SOLE: Ptarmigan told the villages about this in a letter dated April 2. Alma, how did you hear?\nALMA TUQTUK-HENLEY: On the VHF, like everything else. Somebody's cousin in Kuskavik read the letter out... Then the whole village knew in about ten minutes.\nIGKURAK-SOLE: What does three days a week mean for the store?\nTUQTUK-HENLEY: Our freight comes on the same planes as the passengers. So fresh stuff, milk, eggs, bananas, that's going to sit in Kuskavik for two or three days now. A gallon of milk is $14.29 on my shelf today. I don't want to think about what it'll be in June.\n[crosstalk]",
     ["MARGARET IGKURAK-SOLE: Ptarmigan told the villages about this in a letter dated April 2.", "Alma, how did you hear?", "ALMA TUQTUK-HENLEY: On the VHF, like everything else.", "Somebody's cousin in Kuskavik read the letter out...", "Then the whole village knew in about ten minutes.", "IGKURAK-SOLE: What does three days a week mean for the store?", "TUQTUK-HENLEY: Our freight comes on the same planes as the passengers.", "So fresh stuff, milk, eggs, bananas, that's going to sit in Kuskavik for two or three days now.", "A gallon of milk is $14.29 on my shelf today.", "I don't want to think about what it'll be in June.", "[crosstalk]"]),
    ("n53-podcast-us-credits-ep", "IGKURAK-SOLE: In a statement to KNUV, Ptarmigan Air said medevac flights are run by a separate operator and are not affected. It also said it pays new pilots $92,000 a year and is still short of captains, as airlines across the U.S. are. Raymond, does that reassure you?\nKASAYULI: Some. The medevac part, yes. Not the groceries.\nFull transcript available on request: podcasts@knuv.org\nDelta Crossroads is produced by Theo Apanguq-Drisco and edited by Sandra Ellefsen-Romero. Theme music by the Kuskavik High School Fiddlers.\nPublic radio on the Delta runs on members. Chip in $10 a month and keep the transmitter on ›\nMore episodes\nEp. 117: Who pays to move a village?\nEp. 116: The fall fish count, by the numbers",
     ["IGKURAK-SOLE: In a statement to KNUV, Ptarmigan Air said medevac flights are run by a separate operator and are not affected.", "It also said it pays new pilots $92,000 a year and is still short of captains, as airlines across the U.S. are.", "Raymond, does that reassure you?", "KASAYULI: Some.", "The medevac part, yes.", "Not the groceries.", "Full transcript available on request: podcasts@knuv.org", "Delta Crossroads is produced by Theo Apanguq-Drisco and edited by Sandra Ellefsen-Romero.", "Theme music by the Kuskavik High School Fiddlers.", "Public radio on the Delta runs on members.", "Chip in $10 a month and keep the transmitter on ›", "More episodes", "Ep. 117: Who pays to move a village?", "Ep. 116: The fall fish count, by the numbers"]),
]  # fmt: skip
