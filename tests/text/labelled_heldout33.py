"""Thirty-third HELD-OUT set of hand-labelled pages for the hint engines (round twenty-four): twelve whole pages of everyday news from mainstream and regional sites in twelve countries, each with its own furniture.

HELD OUT: this set is for measuring only and must never be tuned on (no rule, threshold, word list or
model may be fitted or adjusted to it). It was written blind, from scratch, in round twenty-four:
nothing under `claimreview/` was opened, grepped or imported, no `labelled_heldout*.py` file was
opened, and no test, scorer (`tests/text/hint_scores.py`) or engine was run. What was read: the
docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new40.py` to `labelled_new49.py`, the
first two pages and the `CASES` of `labelled_new49.py`, and `build` in `labelled_articles.py`. What was
run: an import of this file and `build` on every page, a small script of my own that counts the
sentences and checks every split case against the built pages, `grep -rlw` over `tests/` for every
capitalised word of the pages (file counts only), and `ruff format` and `ruff check` on this file.

Every person, small place, street, organisation, outlet, company, club, school, party, ferry, plant
and number is invented. Countries, regions and big cities (the United States, Missouri, Kansas City
and Jackson County; Canada, Nova Scotia, Halifax and Pictou County; England, Stoke-on-Trent and the
Staffordshire Moorlands; Ireland and County Mayo; Australia, Queensland, the Darling Downs and the
Granite Belt; New Zealand and the South Island; India, Uttar Pradesh and Lucknow; Pakistan, Punjab,
Rawalpindi and Islamabad; Nigeria, Ekiti State and Ado-Ekiti; Kenya, Nairobi and Mombasa; the
Philippines, the Visayas, Iloilo City and Manila; Jamaica and Kingston) appear only as settings, and
real public bodies, courts, laws and places of record ("Jackson County Circuit Court", "the Department
of Public Works", "Nova Scotia Health", "the Canadian Coast Guard", "Stoke-on-Trent Crown Court",
"Staffordshire Police", "Trading Standards", "Citizens Advice", "the Proceeds of Crime Act", "the
Department of Education", "the Dáil", "Mayo County Council", "the Bureau of Meteorology", "the State
Emergency Service", "Darling Downs Health", "the Insurance Council of Australia", "Stats NZ", "the
Ministry of Social Development", "the Uttar Pradesh Metro Rail Corporation", "the Commissioner of Metro
Rail Safety", "the District Health Authority", "Holy Family Hospital", "the Punjab Health Department",
"Section 144", "the Ekiti State House of Assembly", "the Energy and Petroleum Regulatory Authority",
"the Kenya National Bureau of Statistics", "the Sangguniang Panlungsod", "the City Environment and
Natural Resources Office", "the National Stadium") appear only as settings, with invented figures.
No surname, town, street, outlet, company, club or school of any file under `tests/` is reused: every
capitalised word of the pages, the parts of double-barrelled and hyphenated names included, was
grepped as a whole word over the whole `tests/` tree, and every hit that was a name was changed (first
names, titles, real settings and common words such as "Post", "Press", "Leader", "Ledger" and
"Chronicle" recur).

Each page is a WHOLE page, head to tail, as a user pastes it after selecting all, so every furniture
line is a paragraph of its own, and each site's furniture (head, tail and the boxes inside the body)
is worded in its own way. The twelve pages, one per country: (1) a US metro daily on a man charged in
seven convenience-store robberies ("Mo.", "Kan." ending a sentence, "Ave.", "Capt.", "Sgt.", "Jr.", a
quote over two paragraphs in AP style, the presumption-of-innocence house note); (2) a Nova Scotia
regional site on an island's only car ferry breaking down ("N.S." mid-sentence and ending one, "a.m."
ending one, the province, the department and the census as sources, LJI lines); (3) an English
regional site on a rogue roofer jailed ("the court heard", prosecuting and mitigating, a victim
statement read out, "said:" with a quote over two paragraphs, a newsletter box in the body, "Ltd."
mid-sentence and ending one); (4) an Irish regional paper on parents marching over a school building
delayed a third time (the Department and its statement, "It did not say", a principal's quote over
two paragraphs with single quotes inside, "(Independent)", "Cllr", "Ltd.," and "Co. Mayo." in the
footer); (5) a Queensland regional paper on a hailstorm ("4pm", "4.17pm", "104km/h", "38mm", the
bureau's records against its forecast, the warning as issued, SES and insurers, advice bullets);
(6) a New Zealand regional paper on a meat plant closing (a semicolon standfirst, the owner's short
and full names, a union organiser, a mayor's spoken estimate against council figures, Stats NZ);
(7) an Indian city daily on a metro corridor's trial run ("LUCKNOW:", "(UPMRC)", "S.K.", "Mr.", "10.05
a.m." mid-sentence and "11.40 a.m." ending one, "Rs ... crore", "lakh", "Pvt. Ltd.,", "i.e."); (8) a
Pakistani daily on dengue in Rawalpindi ("RAWALPINDI:", "(DHA)", "Dr." and "Dr", a deputy
commissioner's orders and Section 144, FIRs, residents' complaint and the DHA's reply, doctors'
advice, a print line and a numbered most-read list); (9) a Nigerian state site on an Assembly passing
the budget ("Rt. Hon.", "Hon.", "Comrade", "N612.4bn", "In his words", a figure against the budget
performance report, a governor's statement signed by his press secretary, "The statement read in
part", "It was gathered"); (10) a Kenyan national site on pump prices and matatu fares ("Sh189.52",
"(Epra)" and "Epra", "It said", "(MOWA)", a quote split at its full stop with the speaker named after
it, "Mr." and "Dr." dropped, a statistics bureau's figure against an economist's "could"); (11) a
Philippine regional site on a city council banning single-use plastics ("ILOILO CITY –", "Ordinance No.
2026-047", "Councilor", "Vice Mayor", "Engr.", "Ma.", "Jr.,", "Brgy. Sto.", "P5,000", a Hiligaynon
quote with its translation); (12) a Jamaican paper's schoolboy football final (minutes, penalties,
"a.e.t.;", a patois quote, a coach's quote over two paragraphs, line-ups, "Scorers:" and "Most valuable
player:"). Every page mixes speakers (named, titled, organisations, pronouns, quotes across
paragraphs), check-worthy facts and non-check-worthy opinion, scene, feelings and forecasts. `STYLES`
names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new49.py` hold too (mastheads, menus, crumbs, section labels,
tickers and weather strips, breaking strips, bylines and role lines, date lines, share strips, listen
lines, in-body "Advertisement" and "continues below" lines, newsletter boxes, "ALSO READ", "READ MORE"
and "READ ALSO" links, WhatsApp and app lines, tip and helpline lines, tags, related, trending and
most-read lists, obituary and death-notice lines, comment furniture and footers "B" line by line;
captions by content and credits "B"; standfirsts labelled like headlines, carrying the source as the
body names it, a standfirst with a full stop split, one with a semicolon kept whole and carrying its
first source; titles, ranks, honorifics and roles dropped from speakers, "Jr." and "Ma." kept, a
bracketed abbreviation of a body dropped; a pronoun, a later surname or a role resolved to the full
name as first given; organisations, documents and data kept as written, "according to X" -> X, "It
said" for a body resolved to its name as first given and for a statement to the statement;
quotes over several sentences and paragraphs carrying the quote's speaker and cue; "did not respond",
"did not say" and their kin labelled like speech with flags ""; a statement read out carrying its
author; a statement signed for someone carrying the principal; "In his words" as a cue; "It was
gathered" with no speaker; an official's orders without a speaker "W"; plans, decisions, fixtures,
results and figures of record "W", spoken forecasts, hedges, hopes, pledges, feelings, scene, advice
and rhetorical questions ""; a private person's own circumstances ""; line-ups, "Referee:" and
"Attendance:" "", a result line and "Man of the match"-style lines "W").

Conventions this set had to settle, in the same spirit:

* A standing house note under a crime story ("Criminal charges are accusations." / "Defendants are
  presumed innocent until proven guilty in court.") is furniture, "B" sentence by sentence, like the
  reporting-restriction note of `labelled_new41.py`; "Comments are closed on stories about pending
  criminal cases." and "Commenting is closed on court reports for legal reasons." are "B".
* "Online court records did not list an attorney for Ashburne." is a checkable statement about a
  record, "W" without a speaker (as "The letter does not say ..." is in `labelled_new49.py`); "Court
  records show ..." keeps "Court records" with "show", "W". "Police there did not respond ..." keeps
  "Police there" as written (the force of the other city, not named), flags "".
* A quote that runs on into the next paragraph in AP or UK style (the first paragraph
  ends inside the quote without a closing mark, the next opens with a fresh opening mark) carries the
  speaker and cue of its first paragraph through the second, even when the second has no attribution
  ("“We know people are scared ...”", "“Every one of these frauds was planned ...”", "“I've been told
  ‘next year’ three times now. ...?”", "“I couldn't be prouder.”"); within such a quote a judge's and a
  principal's findings of fact are "W" and their moral remarks and feelings "".
* "The court heard that ..." (an English court report's formula with no agent) carries no speaker and
  is labelled by content, "W" here; "a roof that a surveyor later found had ..." has its reporting
  verb in a relative clause and gives the sentence no speaker.
* A mayor's spoken estimate ("Patten estimated that another 300 jobs ... depended on it.") carries her
  with "estimated" and is "" (a spoken estimate, unlike a council report's published one, "W" in
  `labelled_new49.py`); the council figures beside it ("Council figures show ...") are "W".
* A group's complaint of a checkable fact ("Residents of Dhok Sangar complained that fumigation teams
  had not visited the area for weeks.") keeps the group with "complained" and is "W", the authority's
  dated reply "W"; a grandmother's description of blocked drains and her question are "".
* A minority leader's figure ("only 54 per cent ... had been implemented") carries her with "noted"
  and is "W"; the next sentence, where the paper sets the published report's figure against it ("The
  state's third-quarter budget performance report ... puts the figure at 57.8 per cent."), keeps the
  report with "puts", "W". "The governor presented the budget to the Assembly on October 22." is "W"
  without a speaker.
* "Reacting, the governor, in a statement signed by his Chief Press Secretary, Mr. X, commended ..."
  carries the governor by his full name as first given (the press secretary is the channel, as a
  party's publicity secretary is in `labelled_new48.py`), cue "commended", ""; "The statement read in
  part:" then carries "The statement".
* A quote whose first sentence stands alone and whose speaker is named only after its second ("“We
  have no choice. / A matatu on the Kiharu Road route uses about 40 litres of diesel a day,” said the
  association's chairman, Mr. X.") is split at the full stop and carries that speaker and cue in both
  sentences, the first "" and the second "W". A vox-pop quote that follows its speaker's reported
  speech in the same paragraph without a cue ("... said her daily fare would rise from Sh200 to Sh260.
  “Salaries are not going up. ...”") carries her with "said".
* An accusation that carries a figure of record in a relative clause ("accused the government of
  “taxing Kenyans at the pump”, pointing to the excise duty on fuel, which was raised by Sh6.40 a litre
  in 2024.") carries the accuser with "accused" and is "W" for that figure; a union's and a company's
  stated arrangements ("would offer redeployment ... and would pay redundancy under the collective
  agreement", "would seek a meeting with the company this week") are "W", "the fare increases would be
  reversed if pump prices fell" (conditional) "".
* "X abstained, saying she had not been given the final draft until Monday night." carries X with the
  cue "saying" and is "W" (her vote and a checkable fact); "authored by Councilor X" inside a sentence
  about an ordinance gives it no speaker.
* "Residents may send comments to the ... secretariat before then." is a reader-service line, "B",
  though it gives neither number nor address; "Islanders who need to move a vehicle in an emergency
  can call ..." and "Dengue helpline: 0800-77531 (24 hours)" are "B".
* A march of "Hundreds of parents, students and teachers" is the event of the story, "W"; the
  balloons released at its end, with their count, are scene, "". A caption that states a dated
  event ("... after a robbery there on March 14.") is "W", a caption of scene "".
* Sport: "Result: St Ambrin's 1 Chestervale 1 (a.e.t.; St Ambrin's won 4-2 on penalties)" is ONE "W"
  sentence ("a.e.t.;" never ends it), and so is "Scorers: Vickerie 71'; Blissett 23'"; "Most valuable
  player: ..." is "W" like "Man of the match:"; the "Teams" heading is "B"; a patois quote is labelled
  by content; "announced that students would have Monday off" carries the principal with "announced",
  "W".
* Splits. "Kan." before "Police there", "a.m." before "Crew", before "Court records" and before "The
  next step", "p.m." before "Vehicles", "N.S." before "It", "a.m." before "Residents", "Ltd." before
  "Registered in England and Wales No. 07719043.", "Co. Mayo." before "Registered in Ireland No.
  288413.", "Limited." and "Inc." before "All rights reserved.", "Corp." before "All Rights Reserved."
  and "Co. Ltd." before "All rights reserved." end a sentence; "Mo. —", "N.S., on", "Jr. faces", "Ave.
  without", "Capt.", "Sgt.", "Ltd. and", "Ltd., went", "Ltd., Main Street", "Pvt. Ltd., paid", "S.K.",
  "Mr.", "Dr.", "Rt. Hon.", "Hon.", "Engr.", "Ma.", "Jr., one", "Brgy. Sto.", "No. 2026-047", "i.e.",
  "10 p.m. instead", "10 p.m. to", "10.05 a.m. and", "6:30 a.m. and", "7 p.m. at", "Sh189.52",
  "N612.4bn", "Rs 4,286-crore", "11.2-km", "104km/h", "4.17pm" and "R.T. Roofing" never do. A question
  inside a quote before a capital ("Who will carry that cost? The vendor, ...") ends a sentence there; a
  question closing a quote before "he asked" or "she asked" does not.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), ids prefixed `h33-`, each taken word for word from these pages (consecutive lines
joined by a newline, sentences of one line by a space) and written the same way: what a reviewer wants,
not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily, a man charged in seven convenience-store robberies (masthead, menu with a subscription offer, pipe-separated section menu, capitals section label, headline, two-sentence standfirst with police say, byline, updated line with PM, middot share strip, caption with a date and a photographer-and-email credit, KANSAS CITY, Mo. dateline, prosecutors announced, Jr. mid-sentence, charging documents and a probable cause statement via according to, Ave. mid-sentence, the statement said, in-body Advertisement, Capt. and Sgt. dropped, a quote running over two paragraphs in AP style, Kan. ending a sentence before Police there did not respond, a prosecutor's statement of intent, online records did not list, the suspect's mother, scene, a shop owner's own hours with 10 p.m. mid-sentence, police data, a councilwoman's planned ordinance against a store owners' group's forecast, 9 a.m. ending a sentence before Court records show, tip line, the presumption-of-innocence house note, bio, read-next list, closed-comments line, copyright)",
    "Nova Scotia regional site, an island's only car ferry out of service (capitals masthead, menu with sign-in, crumb, headline with province says, deck, byline glued to the LJI role with a middot, published-updated line with p.m., share strip, caption with N.S., mid-sentence and a bracketed credit, LARCHCOVE, N.S. dateline, 7:50 a.m. ending a sentence before Crew, according to the department, a minister's fact, apology and promise, told reporters, 6:30 a.m. and 8 p.m. ending a sentence, said in a news release, marine services line, STORY CONTINUES BELOW, the census, scene, a fisher's fact, feelings and question before he asked, Nova Scotia Health in an email, the regional centre for education, N.S. ending a sentence before It, a cancelled tender, an MLA's opinion against provincial records, a vague promise, LJI and funding lines, tip line split at its question mark, more-news list, obituary line, Inc. before All rights reserved)",
    "English regional site, a rogue roofer jailed for defrauding pensioners (masthead, sign-in strip, menu, crumb, headline, standfirst with judge tells, byline and role lines, time-first date line with an update, Bookmark, caption without a stop and its Image credit, the court heard without a speaker, R.T. Roofing & Guttering Ltd. mid-sentence, prosecuting and mitigating dropped, a surveyor's finding inside a relative clause, a newsletter box between paragraphs, a victim personal statement read out carrying its author, a submission of fact and a plea, Judge dropped with said: and a quote running over two paragraphs mixing findings and moral remarks, disqualification and confiscation dates, a Trading Standards officer's figures and advice, helpline, WhatsApp community line, tags, comments-closed line, top-stories list, Ltd. before Registered in England and Wales No.)",
    "Irish regional paper, parents march over a school building delayed a third time (masthead, subscription strip, menu with GAA and death notices, crumb, headline with €19.8m, standfirst with Department confirms, byline, date-and-read-time line, share line, caption and photo credit, the Department of Education confirmed, according to the school, Ltd., mid-sentence, a spokesperson's statement, The statement said and It did not say, in-body ADVERTISEMENT, a principal's facts and feelings with a quote running over two paragraphs and single quotes inside it, a parents' chair, a student, READ MORE link, Local TD with (Independent) and his meeting date, Cllr dropped, the school's history, a hope, scene with a count, death notice, newsletter line, Ltd., and Co. Mayo. in the footer before Registered in Ireland No.)",
    "Queensland regional paper, a hailstorm with more storms forecast (capitals masthead, sign-in strip, menu, severe-weather strip, headline, standfirst forecast with the bureau warning, byline, updated-first-published line with am and pm, share strip with a comment count, caption and reader's picture credit, 4pm, 7cm, energy distributor dropped, 10pm, 104km/h at 4.17pm and 38mm, a meteorologist's hedged comparison, records and forecast, the warning as issued, Article continues below, SES local controller dropped with figures, feelings and urging, a health spokeswoman as written, Mayor and Cr dropped, a resident's scene and feelings, the Insurance Council and It said, a school closure, a past storm, advice subhead and imperative bullets, SES and Triple Zero lines, photo call-out split at its question mark, author box, more list, acknowledgement of Country, Pty Ltd footer)",
    "New Zealand regional paper, a meat plant to close with 460 jobs lost (capitals masthead with a macron, sign-in strip, menu, section label, headline, semicolon standfirst with owner blames, byline and role lines, date line with pm, share line, caption with a year and Photo / credit, 11am, the company told staff, its chief executive's figures, feelings and stated arrangements, Crestmoor did not say, a union organiser's fact, feelings and meeting, newsletter line, a mayor's fact and spoken estimate against council figures, a minister's plan and sympathy, Stats NZ via according to, a farmer's distance and fear, scene, a worker's own house, the plant's history and the company's loss, tip line split at its question mark, related list, comment count, Ltd footer without a stop)",
    "Indian city daily, a metro corridor's first trial run (masthead, e-paper and Hindi switch, menu, trending strip, crumb, headline with a semicolon, byline, updated line with IST, follow and share line, caption with a bracketed credit, LUCKNOW: dateline with officials of a corporation and its bracketed abbreviation dropped, 11.2-km, Rs 4,286-crore, initials S.K., 10.05 a.m. mid-sentence and 11.40 a.m. ending a sentence before The next step, CMRS, Mr. dropped with told The Awadh Tribune, a delay via according to, ALSO READ | link, Pvt. Ltd., mid-sentence, fares of record against the corporation's expectation in lakh, UPMRC data, i.e. in a list of stations, Story continues below this ad, a commuter's own journey and hope, a shopkeeper's loss, an MLA's cost claim and a question before she asked, a spokesperson's causal reply, a cabinet approval, WhatsApp and app lines, tags, Pvt. Ltd. before All rights reserved)",
    "Pakistani daily, dengue cases climb in Rawalpindi (capitals masthead, e-paper and Urdu switch, menu, section label, headline, semicolon deck, Our Correspondent, date line with PKT, share line, caption and courtesy credit, RAWALPINDI: dateline with the District Health Authority and (DHA) dropped, the DHA said, hospital officials, Dr. and Dr dropped, a superintendent's beds and a conditional fear, ADVERTISEMENT, a deputy commissioner's orders and Section 144 as acts without a speaker, FIRs, the DC's office, a causal claim and a seasonal pattern, Punjab Health Department figures, Rs48 million, residents complained, a grandmother's feelings and question, the DHA spokesman's reply with dates, doctors' advice, helpline, print line, WhatsApp line, comment count and moderation line, numbered most-read list, footer)",
    "Nigerian state news site, the House of Assembly passes a budget (capitals masthead, breaking strip with a dash attribution, menu, section label, headline with bn, byline with the city, date line, share strip, caption with Rt. Hon., N amounts in billion, per cent, the budget document via according to, Rt. Hon., Hon., The Speaker, The Chairman, House Committee on ..., and The Minority Leader dropped, In his words over two sentences, reported speech with he said, described, a minority leader's figure against the budget performance report that puts another, a rhetorical question, a party-line vote with (PAM) and (DUC), the governor's statement signed by his press secretary with Mr. mid-sentence, The statement read in part, It was gathered with expected, a civil society group's urging and its coordinator with Comrade dropped, adjournment date, WhatsApp line, related list, reply form, Limited. before All rights reserved)",
    "Kenyan national site, pump prices rise and matatu fares follow (capitals masthead, currency and market ticker, menu, crumb, headline with Sh189, standfirst with operators announce, byline, date line with PM, listen line, caption with Photo | File, Sh7.20 and Sh189.52, (Epra) dropped from the speaker and the short name Epra as written, It said resolved to the full name, decimals in brackets, (MOWA), a quote split at its full stop with the speaker named after the second sentence and Mr. dropped, according to the association, a conditional pledge, READ ALSO link, scene, a commuter's own fare and question, KNBS figure against an economist's could with Dr. dropped, a cabinet secretary's decision and figure with told journalists, an MP's accusation with a figure of record in a relative clause, bus operators' review date, WhatsApp line, trending list, footer)",
    "Philippine regional site, a city council bans single-use plastics (capitals masthead, menu, section label with a pipe, headline with a semicolon and P5,000, byline with Ma., date line with PM, share strip with Viber, caption and bracketed credit, ILOILO CITY – dateline, Regulation Ordinance No. 2026-047, Councilor and Vice Mayor dropped with Ma. and Jr. kept in names, P fines, the author's grace period and told the session, a waste audit that found with (CENRO) dropped, a dissenting councilor's quote with a question before a capital and he said at its end, an abstention with saying, the mayor's deadline, Brgy. Sto. Domingo Norte, a Hiligaynon quote with its translation in brackets, a vendor's own sales, Engr. dropped with hires and a forecast, a retailers' guild statement, a neighboring ban, 9 a.m. ending a sentence before a reader-service line, tags, read-next list, Corp. before All Rights Reserved)",
    "Jamaican national paper's sports page, a schoolboy football final (capitals masthead, weather and exchange-rate strip, menu, crumb, headline, deck, byline and role lines, date line, share strip with f and ✉, caption and bracketed photo credit, results with minutes and 4-2 on penalties, scene, ADVERTISEMENT, the goalkeeper's patois quote, a coach's fact and a quote running over two paragraphs, the other coach's contested penalty claim, a principal announced, the competition's history, the next fixture with 7 p.m. mid-sentence, Result line with a.e.t.; in brackets, Scorers line, Teams heading and line-ups, Referee and Attendance, Most valuable player, more-sport list, comments with a handle and a patois comment, Co. Ltd. before All rights reserved)",
]

ARTICLES = [
    [  # 1. US metro daily, a man charged in seven convenience-store robberies: Mo., Kan. ending a sentence, Ave., Capt., Sgt., Jr., a.m.
        [("The Prairiegate Star", "", "", "B")],
        [("☰ Sections   Search   Subscribe — 99¢ for 3 months   Log in", "", "", "B")],
        [("Local  |  Crime & Courts  |  Politics  |  Sports  |  Business  |  Food  |  Opinion  |  Obituaries  |  eEdition", "", "", "B")],
        [("CRIME & COURTS", "", "", "B")],
        [("KC man charged in seven armed robberies at convenience stores", "", "", "W")],
        [("Police say a relative of one of the clerks recognized the suspect's sweatshirt in a video the department posted.", "Kansas City police", "say", "W"),
         ("He is being held on a $250,000 bond.", "", "", "W")],
        [("By Tovah Mercadante", "", "", "B")],
        [("Updated March 19, 2026 6:42 PM", "", "", "B")],
        [("Facebook  ·  X  ·  Email  ·  Copy link  ·  Gift article", "", "", "B")],
        [("A Kansas City police officer speaks with a clerk outside the Zippa Mart on Corvallan Road after a robbery there on March 14.", "", "", "W"),
         ("Marisol Ardinger mardinger@pgstar.com", "", "", "B")],
        [("KANSAS CITY, Mo. — A 24-year-old Kansas City man has been charged with robbing seven convenience stores at gunpoint over five weeks, Jackson County prosecutors announced Thursday.", "Jackson County prosecutors", "announced", "W")],
        [("Dequan Marcel Ashburne Jr. faces seven counts of first-degree robbery and seven counts of armed criminal action, according to charging documents filed in Jackson County Circuit Court.", "charging documents filed in Jackson County Circuit Court", "according to", "W"),
         ("He was arrested Tuesday at an apartment on Tamberlin Ave. without incident, Kansas City police said.", "Kansas City police", "said", "W")],
        [("Ashburne is being held in the Jackson County Detention Center on a $250,000 cash-only bond.", "", "", "W")],
        [("The robberies began Feb. 9 and ended March 14, when a clerk at the Zippa Mart on Corvallan Road was struck in the face with a handgun.", "", "", "W"),
         ("The 58-year-old woman was treated at a hospital and released.", "", "", "W")],
        [("In each robbery, a man in a black hooded sweatshirt and a surgical mask walked in shortly before closing time, showed a handgun and demanded cash and cigarettes, according to a probable cause statement written by a police detective.", "a probable cause statement written by a police detective", "according to", "W"),
         ("The robber took about $6,100 and 41 cartons of cigarettes in all, the statement said.", "the statement", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Capt. Lorenzo Quivira, who commands the department's robbery unit, said the break came March 15, a day after police posted surveillance video from four of the stores on social media.", "Lorenzo Quivira", "said", "W")],
        [("A cousin of one of the clerks recognized a logo on the sweatshirt, an orange star with the words “Tamberlin Ballers,” from a neighborhood basketball league, Quivira said.", "Lorenzo Quivira", "said", "W"),
         ("Detectives matched a partial fingerprint from a counter at one of the stores to Ashburne two days later.", "", "", "W")],
        [("“That video did exactly what we hoped it would do,” Quivira said at a news conference at police headquarters.", "Lorenzo Quivira", "said", ""),
         ("“Somebody saw it, recognized it and picked up the phone.", "Lorenzo Quivira", "said", ""),
         ("That's how most of these cases get solved.", "Lorenzo Quivira", "said", "")],
        [("“We know people are scared to work nights right now.", "Lorenzo Quivira", "said", ""),
         ("I want every one of those clerks to know we took this seriously from day one.”", "Lorenzo Quivira", "said", "")],
        [("Police Sgt. Jake Beckerle, a department spokesman, said detectives were also looking at two robberies in January at stores in Kansas City, Kan.", "Jake Beckerle", "said", "W"),
         ("Police there did not respond to a request for comment Thursday.", "Police there", "did not respond to a request for comment", "")],
        [("Jackson County Prosecutor Melinda Kravchuk said in a statement that her office would ask a judge at Ashburne's first appearance to keep the bond at $250,000.", "Melinda Kravchuk", "said in a statement", "W"),
         ("“No one should have to fear for their life behind a counter over a carton of cigarettes,” she said.", "Melinda Kravchuk", "said", "")],
        [("Online court records did not list an attorney for Ashburne.", "", "", "W")],
        [("His mother, Renita Ashburne, said her son had worked at a warehouse near the airport until he was laid off in December.", "Renita Ashburne", "said", ""),
         ("“He's not a monster,” she said by phone Thursday night.", "Renita Ashburne", "said", ""),
         ("“He made some bad choices.", "Renita Ashburne", "said", ""),
         ("Whatever happens, he's still my baby.”", "Renita Ashburne", "said", "")],
        [("At the Zippa Mart on Corvallan Road on Thursday afternoon, a handwritten sign taped to the door asked customers to lower their hoods before coming in.", "", "", "")],
        [("“She's doing OK, but she told me she's done with night shifts,” said the store's owner, Harjit Dhallowal, who has run the shop for 11 years.", "Harjit Dhallowal", "said", ""),
         ("“Can you blame her?”", "Harjit Dhallowal", "said", "")],
        [("Dhallowal said he now closes at 10 p.m. instead of midnight.", "Harjit Dhallowal", "said", "")],
        [("Robberies of businesses in Kansas City rose 14% last year, to 512, according to police department data.", "police department data", "according to", "W"),
         ("There had been 131 through mid-March this year, compared with 118 at the same point in 2025.", "", "", "W")],
        [("Councilwoman Tamsin Obaro, whose district includes three of the stores, said she would introduce an ordinance in April requiring convenience stores open after 10 p.m. to keep at least two employees on duty.", "Tamsin Obaro", "said", "W"),
         ("A group representing store owners has said such a rule would force many small shops to close early.", "A group representing store owners", "has said", "")],
        [("Ashburne is scheduled to make his first court appearance April 2 at 9 a.m.", "", "", "W"),
         ("Court records show he has no prior felony convictions in Missouri.", "Court records", "show", "W")],
        [("Anyone with information about the robberies is asked to call the robbery unit at 816-555-0148.", "", "", "B")],
        [("Criminal charges are accusations.", "", "", "B"),
         ("Defendants are presumed innocent until proven guilty in court.", "", "", "B")],
        [("Tovah Mercadante covers crime and public safety for The Star.", "", "", "B"),
         ("Reach her at tmercadante@pgstar.com or 816-555-0120.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("‘It just went dark’: Power back for 40,000 after overnight storms", "", "", "B")],
        [("Judge sets trial date in Halverston Plaza shooting", "", "", "B")],
        [("Comments are closed on stories about pending criminal cases.", "", "", "B")],
        [("Copyright 2026 The Prairiegate Star.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy  |  Terms of Use  |  Cookie Preferences  |  Contact Us  |  Careers", "", "", "B")],
    ],
    [  # 2. Nova Scotia regional site, an island's only car ferry out of service: N.S. mid-sentence and ending one, a.m. ending one, MV, the province and the department as written
        [("SOUTH SHORE SUNBEAM", "", "", "B")],
        [("News   Local   Fisheries   Sports   Opinion   Obituaries   Events   Classifieds   |   Sign In   Subscribe", "", "", "B")],
        [("Home / News / Local", "", "", "B")],
        [("Scaup Island ferry out until at least mid-May after engine failure, province says", "the province", "says", "W")],
        [("Islanders left with a 12-seat water taxi and no way to move vehicles", "", "", "W")],
        [("Colleen Mosher · Local Journalism Initiative Reporter", "", "", "B")],
        [("Published Mar 04, 2026 at 2:17 p.m. | Updated Mar 04, 2026 at 5:40 p.m.", "", "", "B")],
        [("Share   Tweet   Email   🖨", "", "", "B")],
        [("The MV Whimbrel Lass tied up at the ferry terminal in Larchcove, N.S., on Tuesday.", "", "", ""),
         ("(Colleen Mosher/LJI)", "", "", "B")],
        [("LARCHCOVE, N.S. — The only car ferry serving Scaup Island will be out of service until at least May 15 after one of its two engines failed during a morning crossing on Sunday, the province said Tuesday.", "the province", "said", "W")],
        [("The MV Whimbrel Lass, which carries up to 16 vehicles and 99 passengers, lost power about 400 metres from the island wharf at 7:50 a.m.", "", "", "W"),
         ("Crew dropped anchor and no one was hurt, according to the Department of Public Works.", "the Department of Public Works", "according to", "W")],
        [("A tug from Port Aldery towed the vessel back to the mainland terminal in Larchcove about three hours later with 11 vehicles and 23 passengers still aboard.", "", "", "W")],
        [("Public Works Minister Gordon Tweedale said replacement parts had been ordered from the engine's manufacturer in Finland and would take at least eight weeks to arrive.", "Gordon Tweedale", "said", "W")],
        [("“I know how hard this is on people on the island, and I'm sorry,” he told reporters in Halifax.", "Gordon Tweedale", "told reporters", ""),
         ("“We will get that boat back in the water as fast as we possibly can.”", "Gordon Tweedale", "told reporters", "")],
        [("In the meantime, the province has chartered a 12-passenger water taxi, the Kelp Runner, which will make six return trips a day between 6:30 a.m. and 8 p.m.", "", "", "W"),
         ("Vehicles will not be carried, the department said in a news release.", "the department", "said in a news release", "W")],
        [("Islanders who need to move a vehicle in an emergency can call the department's marine services line at 902-555-0176.", "", "", "B")],
        [("STORY CONTINUES BELOW", "", "", "B")],
        [("About 340 people live on Scaup Island year-round, according to the 2021 census, and the population roughly doubles in summer.", "the 2021 census", "according to", "W")],
        [("On Tuesday morning, a row of pickup trucks sat along the wharf road in Larchcove, left there by islanders who had crossed on Monday's water taxi runs with no way to take their vehicles home.", "", "", "")],
        [("Lobster season in the district opens on the last Monday in April.", "", "", "W"),
         ("Ainsley Corkum, who fishes out of the island's harbour, said about 25 boats are based there.", "Ainsley Corkum", "said", "W")],
        [("“If we can't get bait and traps over by opening day, we lose the first week, and the first week is the best money of the whole year,” he said.", "Ainsley Corkum", "said", ""),
         ("“Is anybody in Halifax even thinking about that?” he asked.", "Ainsley Corkum", "asked", "")],
        [("The island's health centre is staffed two days a week by a nurse practitioner who normally drives onto the ferry.", "", "", "W"),
         ("Nova Scotia Health said in an email that she would keep her schedule by travelling on the water taxi, and that patients who need an ambulance would be taken off the island by the Canadian Coast Guard or a private boat.", "Nova Scotia Health", "said in an email", "W")],
        [("Scaup Island School, which has 19 students, will stay open, the regional centre for education said.", "the regional centre for education", "said", "W")],
        [("The Whimbrel Lass was built in 1988 at a shipyard in Pictou County, N.S.", "", "", "W"),
         ("It was last refitted in 2019.", "", "", "W")],
        [("The province had planned to replace it by 2024, but cancelled the tender in 2023 after the only bid came in at $61.4 million, nearly double its estimate.", "", "", "W"),
         ("A new tender has not been issued.", "", "", "W")],
        [("Opposition public works critic Daniela Strummer, the MLA for Scaup-Larchcove, said the government had “known for years that this boat was living on borrowed time.”", "Daniela Strummer", "said", "")],
        [("She said the province should never have sold the old backup ferry.", "Daniela Strummer", "said", ""),
         ("Provincial records show the MV Cape Merrion was sold for scrap in 2022 for $184,000.", "Provincial records", "show", "W")],
        [("Tweedale said a contract for a replacement vessel would be awarded “this year,” but would not give a date.", "Gordon Tweedale", "said", "")],
        [("“I'll believe it when I see it,” said Corkum.", "Ainsley Corkum", "said", "")],
        [("Colleen Mosher is a Local Journalism Initiative reporter based in Larchcove.", "", "", "B"),
         ("The Local Journalism Initiative is funded by the Government of Canada.", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Email newsroom@southshoresunbeam.ca", "", "", "B")],
        [("MORE LOCAL NEWS", "", "", "B")],
        [("Larchcove council approves 3.1% tax increase", "", "", "B")],
        [("Wharf repairs in Port Aldery done ahead of lobster season", "", "", "B")],
        [("OBITUARIES", "", "", "B")],
        [("Zwicker-Hiltz, Florence Agnes — Larchcove", "", "", "B")],
        [("© 2026 South Shore Sunbeam Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. English regional site, a rogue roofer jailed for defrauding pensioners: the court heard, prosecuting and mitigating, a victim statement read out, said: with the quote running over two paragraphs, Ltd. mid-sentence and ending one
        [("The Potbank Post", "", "", "B")],
        [("Sign in   Register   Newsletters", "", "", "B")],
        [("News   Sport   What's On   Business   Property   Jobs   Family Notices   Local Info", "", "", "B")],
        [("News  ›  Court", "", "", "B")],
        [("Rogue roofer who took £87,400 from pensioners for ‘repairs’ they never needed is jailed", "", "", "W")],
        [("Judge tells Ricky Thirlwell he ‘preyed on loneliness and fear’", "Imogen Stellingworth", "tells", "")],
        [("Gethin Pryderi", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("13:52, 12 Mar 2026  ·  Updated 14:30, 12 Mar 2026", "", "", "B")],
        [("Bookmark", "", "", "B")],
        [("Ricky Thirlwell was jailed at Stoke-on-Trent Crown Court", "", "", "W"),
         ("(Image: Staffordshire Police)", "", "", "B")],
        [("A rogue roofer who conned seven elderly homeowners out of £87,400 for work that was either unnecessary or never done has been jailed for five years and four months.", "", "", "W")],
        [("Ricky Thirlwell, 41, targeted pensioners aged between 78 and 91 across Stoke-on-Trent and the Staffordshire Moorlands over 14 months, knocking on their doors and telling them their roofs were dangerous.", "", "", "W")],
        [("He pleaded guilty at an earlier hearing to seven counts of fraud by false representation and one of engaging in an unfair commercial practice.", "", "", "W")],
        [("Stoke-on-Trent Crown Court heard that Thirlwell, of Kesterton Road, Brindlecross, traded as R.T. Roofing & Guttering Ltd. and handed out glossy leaflets promising a “10-year guarantee”.", "", "", "W")],
        [("Harriet Stallworth, prosecuting, said the company had been dissolved in 2023 and had never held insurance.", "Harriet Stallworth", "said", "W")],
        [("In one case, he charged an 84-year-old widow £23,000 to replace a roof that a surveyor later found had “at least 20 years of life left in it”.", "", "", "W"),
         ("He then came back twice more, saying he had found rot in the chimney stack and a cracked valley, and took a further £9,600.", "", "", "W")],
        [("Get the biggest court stories from across Stoke-on-Trent straight to your inbox", "", "", "B")],
        [("Enter your email   Sign up", "", "", "B")],
        [("We use your sign-up to send you the newsletters you asked for.", "", "", "B"),
         ("You can unsubscribe at any time.", "", "", "B")],
        [("In a victim personal statement read to the court by Ms Stallworth, the widow, Doreen Sparkbrook, said she no longer opened the door to anyone she did not know.", "Doreen Sparkbrook", "said", "")],
        [("“I used to be proud of managing on my own,” she said.", "Doreen Sparkbrook", "said", ""),
         ("“Now I feel foolish, and I feel frightened in my own house.", "Doreen Sparkbrook", "said", ""),
         ("That money was for my funeral, so my children wouldn't have to pay.”", "Doreen Sparkbrook", "said", "")],
        [("Another victim, a 91-year-old man from Cheddlestone, paid £4,800 in cash for new gutters that were never fitted.", "", "", "W")],
        [("Thirlwell was caught after a neighbour noted the registration of his van and called Staffordshire County Council's Trading Standards team.", "", "", "W")],
        [("Oliver Stainforth, mitigating, said his client had run up debts of more than £60,000 on online betting sites by the time he was arrested.", "Oliver Stainforth", "said", "W"),
         ("“He is ashamed, and he knows that saying sorry is not enough,” he said.", "Oliver Stainforth", "said", "")],
        [("He said Thirlwell had paid back £3,500 to one of the victims before the hearing.", "Oliver Stainforth", "said", "W")],
        [("Jailing him, Judge Imogen Stellingworth said: “You preyed on loneliness and fear.", "Imogen Stellingworth", "said", ""),
         ("You chose people who lived alone, who were old and who you judged would be too embarrassed to tell anyone.", "Imogen Stellingworth", "said", "W"),
         ("These were not mistakes.", "Imogen Stellingworth", "said", "")],
        [("“Every one of these frauds was planned, and every one of them was carried out with a smile on your face.”", "Imogen Stellingworth", "said", "")],
        [("Thirlwell was also disqualified from acting as a company director for eight years.", "", "", "W"),
         ("A confiscation hearing under the Proceeds of Crime Act has been set for September 14 to decide how much he must repay.", "", "", "W")],
        [("Speaking after the case, Jacqui Pennistone, a Trading Standards team leader at the county council, said: “This was a cruel and calculated crime against people who trusted him.”", "Jacqui Pennistone", "said", "")],
        [("She said the team had received 212 reports of doorstep crime in Staffordshire in the past year, up from 164 the year before.", "Jacqui Pennistone", "said", "W")],
        [("“Genuine traders will never pressure you to make a decision on the doorstep,” she added.", "Jacqui Pennistone", "added", "")],
        [("If you are worried about a trader, call the Citizens Advice consumer helpline on 0808 157 0462.", "", "", "B")],
        [("Join the Potbank Post Court & Crime community on WhatsApp for the biggest cases as they happen.", "", "", "B")],
        [("More On", "", "", "B")],
        [("Stoke-on-Trent Crown Court   Staffordshire Moorlands   Trading Standards   Fraud", "", "", "B")],
        [("Commenting is closed on court reports for legal reasons.", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Bus lane cameras to go live on Wetherclough Road next month", "", "", "B")],
        [("Teenager hurt in Brindlecross park attack", "", "", "B")],
        [("© 2026 Potbank Media Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 07719043.", "", "", "B")],
        [("Privacy Notice | Cookie Settings | Terms & Conditions | Complaints | Corrections & Clarifications", "", "", "B")],
    ],
    [  # 4. Irish regional paper, parents march over a school building delayed again: the Department and its statement, a principal's quote running over two paragraphs, TD in brackets, Cllr, Co. Mayo ending a sentence, Ltd., mid-sentence
        [("Clew Bay Chronicle", "", "", "B")],
        [("Subscribe from €1   |   Log in", "", "", "B")],
        [("News   Sport   GAA   Business   Community   Property   Death Notices   E-paper", "", "", "B")],
        [("News › Education", "", "", "B")],
        [("Parents march as Knockaunbrack school's €19.8m building is delayed for a third time", "", "", "W")],
        [("Students will spend at least another year in prefabs, Department confirms", "The Department of Education", "confirms", "W")],
        [("Fionnuala Mulchrone", "", "", "B")],
        [("Thursday, 19 March 2026  •  4 min read", "", "", "B")],
        [("Share via:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Parents, students and teachers at the gates of Knockaunbrack Community College on Wednesday evening.", "", "", ""),
         ("Photo: Conor Ruddlemoor", "", "", "B")],
        [("Hundreds of parents, students and teachers marched through Knockaunbrack on Wednesday evening in protest at the latest delay to a new building for the town's only secondary school.", "", "", "W")],
        [("The Department of Education confirmed on Tuesday that the €19.8 million project, first approved in 2019, will not be finished before September 2027.", "The Department of Education", "confirmed", "W"),
         ("It had been due to open this September.", "", "", "W")],
        [("Knockaunbrack Community College has 684 students, up from 512 in 2019, and 17 of its 41 classrooms are prefabs, according to the school.", "the school", "according to", "W")],
        [("Work on the site stopped in November when the main contractor, Ferrishall Construction Ltd., went into liquidation.", "", "", "W")],
        [("A spokesperson for the Department said in a statement that it was “acutely aware of the impact on the school community”.", "A spokesperson for the Department", "said in a statement", "")],
        [("The statement said a new contractor would be appointed by June, after a tender, and that the Department had approved funding for four more prefab classrooms in the meantime.", "The statement", "said", "W"),
         ("It did not say how much the delay would add to the cost of the project.", "The statement", "did not say", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Principal Majella Cribbin told the Chronicle that staff had been teaching in corridors since January because of a lack of space.", "Majella Cribbin", "told the Chronicle", "W")],
        [("“We have science classes doing practicals in a room with no running water,” she said.", "Majella Cribbin", "said", "W"),
         ("“We have a PE hall that has been a storeroom since 2022.", "Majella Cribbin", "said", "W"),
         ("The students have been extraordinary about it, but they shouldn't have to be.", "Majella Cribbin", "said", "")],
        [("“I've been told ‘next year’ three times now.", "Majella Cribbin", "said", "W"),
         ("What am I supposed to say to the parents of first years?”", "Majella Cribbin", "said", "")],
        [("Declan Lally, chair of the parents' association, said about 30 families had already moved their children to schools in Carrowmena and Drumlacken, a round trip of up to 70 kilometres.", "Declan Lally", "said", "W")],
        [("“People are voting with their feet,” he said.", "Declan Lally", "said", ""),
         ("“And who could blame them?”", "Declan Lally", "said", "")],
        [("Fifth-year student Aoibhinn Gaughran-Moyles, 16, said she sat her Junior Cycle exams in a prefab where “the heating either didn't work or was roasting”.", "Aoibhinn Gaughran-Moyles", "said", "")],
        [("“We were wearing our coats in maths,” she said, laughing.", "Aoibhinn Gaughran-Moyles", "said", "")],
        [("READ MORE: Mayo County Council approves greenway extension to Carrowmena", "", "", "B")],
        [("Local TD Pádraig Mac Giollarua (Independent) said he had raised the school in the Dáil four times since 2023.", "Pádraig Mac Giollarua", "said", "W"),
         ("“The Department has let this school down at every turn,” he said.", "Pádraig Mac Giollarua", "said", "")],
        [("He said he would meet officials from the Department's planning and building unit in Tullamore next Tuesday.", "Pádraig Mac Giollarua", "said", "W")],
        [("Cllr Bríd Nugent said Mayo County Council had agreed in February to let the school use a council-owned field beside it as a temporary car park.", "Bríd Nugent", "said", "W")],
        [("The college was formed in 2014 by the merger of two schools in the town, St Eithne's and the Knockaunbrack Vocational School.", "", "", "W"),
         ("Planning permission for the new building was granted in 2021, and construction began in March 2024.", "", "", "W")],
        [("Ms Cribbin said she hoped the new contractor would be on site before the summer holidays.", "Majella Cribbin", "said", "")],
        [("“If it is, we might just get the keys for September 2027,” she said.", "Majella Cribbin", "said", ""),
         ("“I'm not holding my breath.”", "Majella Cribbin", "said", "")],
        [("As the march reached the school gates, students released 684 blue balloons, one for every student, into a grey sky.", "", "", "")],
        [("Fionnuala Mulchrone is the Chronicle's education correspondent.", "", "", "B")],
        [("Death Notices", "", "", "B")],
        [("Hoban, Teresa (née Tallott) – Drumlacken", "", "", "B")],
        [("Sign up to the Chronicle's free newsletter for the week's top stories from across Mayo.", "", "", "B")],
        [("© Clew Bay Chronicle 2026.", "", "", "B"),
         ("Published by Clew Bay Newspapers Ltd., Main Street, Knockaunbrack, Co. Mayo.", "", "", "B"),
         ("Registered in Ireland No. 288413.", "", "", "B")],
        [("About Us  |  Contact  |  Advertise  |  Privacy  |  Cookie Settings", "", "", "B")],
    ],
    [  # 5. Queensland regional paper, a hailstorm and more storms forecast: warning strip, km/h, mm and cm, 4pm and 4.17pm, Cr, the bureau's records against its forecasts, insurers, advice bullets
        [("KOORABINE LEADER", "", "", "B")],
        [("Subscribe   Log in   ☰", "", "", "B")],
        [("Local News   Weather   Sport   Rural   Court   Community   Obituaries   Puzzles", "", "", "B")],
        [("⚠ Severe thunderstorm warning current for the Darling Downs — tap for details", "", "", "B")],
        [("Cricket-ball hail smashes Koorabine as storm cuts power to 14,000 homes", "", "", "W")],
        [("More storms are forecast for Saturday afternoon, with the bureau warning of giant hail and damaging winds", "the Bureau of Meteorology", "warning", "")],
        [("Jacinta Quodling", "", "", "B")],
        [("Updated March 7 2026 - 6:14am, first published March 6 2026 - 9:52pm", "", "", "B")],
        [("Share   Save   💬 14", "", "", "B")],
        [("Hail piled up like snow on Yallowin Street on Friday afternoon.", "", "", ""),
         ("Picture supplied by reader Tom Wenzlick", "", "", "B")],
        [("Hailstones up to 7cm across smashed windows, dented cars and stripped trees across Koorabine on Friday afternoon as a severe thunderstorm swept through the town just after 4pm.", "", "", "W")],
        [("The storm brought down power lines across the region, and about 14,000 homes and businesses were without electricity at the peak of the outage, according to energy distributor Downsgrid.", "Downsgrid", "according to", "W"),
         ("By 10pm, about 5200 were still without power.", "", "", "W")],
        [("The Bureau of Meteorology recorded a wind gust of 104km/h at Koorabine Airport at 4.17pm and 38mm of rain in 20 minutes.", "", "", "W")],
        [("Bureau meteorologist Hamish Trevannion said the storm was one of the most intense to hit the town in a decade.", "Hamish Trevannion", "said", "")],
        [("“We had a supercell form west of the range early in the afternoon and it tracked straight over the top of Koorabine,” he said.", "Hamish Trevannion", "said", "W"),
         ("“The reports we had were golf-ball to cricket-ball size.”", "Hamish Trevannion", "said", "W")],
        [("He said another round of severe storms was likely on Saturday afternoon and evening, with giant hail possible in the southern Downs.", "Hamish Trevannion", "said", "")],
        [("A severe thunderstorm warning was current for the Darling Downs and Granite Belt districts at 6am on Saturday.", "", "", "W")],
        [("Article continues below", "", "", "B")],
        [("The State Emergency Service had received 612 calls for help by 9pm on Friday, most of them for damaged roofs, Darling Downs SES local controller Megan Trevose said.", "Megan Trevose", "said", "W")],
        [("“Our volunteers were up on roofs with tarps until well after dark, and they'll be back out at first light,” she said.", "Megan Trevose", "said", "")],
        [("She urged residents not to climb onto their own roofs.", "Megan Trevose", "urged", "")],
        [("Koorabine Hospital treated four people for minor cuts from broken glass, a Darling Downs Health spokeswoman said.", "a Darling Downs Health spokeswoman", "said", "W"),
         ("No one was seriously hurt.", "", "", "W")],
        [("Koorabine Regional Council Mayor Trudy Harriott said the council would waive tip fees for storm-damaged material until March 20.", "Trudy Harriott", "said", "W")],
        [("“I've lived here 40 years and I've never seen hail like it,” Cr Harriott said.", "Trudy Harriott", "said", "")],
        [("On Yallowin Street, retiree Bernie Capewell stood in his driveway looking at the shattered back window of his ute.", "", "", "")],
        [("“It sounded like someone was throwing bricks at the house,” he said.", "Bernie Capewell", "said", ""),
         ("“We got under the kitchen table and waited for it to stop.”", "Bernie Capewell", "said", "")],
        [("The Insurance Council of Australia said it had received more than 2300 claims by Saturday morning.", "The Insurance Council of Australia", "said", "W"),
         ("It said it would decide on Monday whether to declare a catastrophe.", "The Insurance Council of Australia", "said", "W")],
        [("Koorabine State High School will be closed on Monday after hail smashed skylights in its hall and library, the Department of Education said.", "the Department of Education", "said", "W")],
        [("In November 2019, a hailstorm damaged more than 900 homes in the town and led to about $48 million in insurance claims.", "", "", "W")],
        [("How to stay safe in a storm", "", "", "")],
        [("• Park cars under cover and away from trees", "", "", "")],
        [("• Stay indoors and keep away from windows", "", "", "")],
        [("• Unplug computers and other electrical appliances", "", "", "")],
        [("For emergency help in a flood or storm, call the SES on 132 500.", "", "", "B"),
         ("In a life-threatening emergency, call Triple Zero (000).", "", "", "B")],
        [("Do you have photos or video of the storm?", "", "", "B"),
         ("Send them to news@koorabineleader.com.au", "", "", "B")],
        [("Jacinta Quodling", "", "", "B")],
        [("Journalist", "", "", "B")],
        [("Jacinta covers local news, council and emergencies for the Leader.", "", "", "B")],
        [("More from Local News", "", "", "B")],
        [("Yallowin Street traders count the cost of Friday's storm", "", "", "B")],
        [("Koorabine Show cancels Saturday night fireworks", "", "", "B")],
        [("The Koorabine Leader acknowledges the Traditional Owners of the lands where we live and work, and pays respect to Elders past and present.", "", "", "B")],
        [("© 2026 Koorabine Leader Pty Ltd", "", "", "B")],
    ],
    [  # 6. New Zealand regional paper, a meat plant to close: the owner's short name and full name, a statement's figures against the chief executive's feelings, the union organiser, the mayor's spoken estimate against council figures, Stats NZ, pm and am times
        [("ŌKAREWA PRESS", "", "", "B")],
        [("Log in   Subscribe   Today's paper", "", "", "B")],
        [("Top Stories   Local   Rural Life   Business   Sport   Opinion   Notices   Puzzles", "", "", "B")],
        [("Business", "", "", "B")],
        [("Hollowbank meat plant to close with loss of 460 jobs", "", "", "W")],
        [("Owner blames falling sheep numbers; union says workers were given ‘no warning’", "Crestmoor Foods", "blames", "W")],
        [("Tessa Whakatutu", "", "", "B")],
        [("Business reporter", "", "", "B")],
        [("Tuesday, 10 March 2026, 3:05pm", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("The Hollowbank plant has processed lamb and mutton since 1961.", "", "", "W"),
         ("Photo / Greg Korowhai-Hunt", "", "", "B")],
        [("The Hollowbank meat processing plant near Ōkarewa will close at the end of the season in June, with the loss of 460 permanent and seasonal jobs.", "", "", "W")],
        [("Its owner, Crestmoor Foods, told staff at a meeting on site at 11am on Tuesday that the plant was “no longer viable” because of a steep fall in the number of sheep farmed in the region.", "Crestmoor Foods", "told staff", "W")],
        [("In a statement, Crestmoor chief executive Robyn Haafkens said the plant processed 1.18 million lambs last season, down from 1.9 million in 2016.", "Robyn Haafkens", "said", "W")],
        [("“This is a very sad day for our people and for the district, and it is not a decision we have taken lightly,” she said.", "Robyn Haafkens", "said", "")],
        [("She said the company would offer redeployment at its two other South Island plants and would pay redundancy under the collective agreement.", "Robyn Haafkens", "said", "W"),
         ("Crestmoor did not say how many redeployment places would be available.", "Crestmoor", "did not say", "")],
        [("Southern Meat and Allied Workers' Union organiser Hemi Tauwhare said workers had been given no warning at all.", "Hemi Tauwhare", "said", "W")],
        [("“People turned up for their shift this morning and were told their jobs are gone by June,” he said.", "Hemi Tauwhare", "said", "W"),
         ("“Some of these families have three generations working on that chain.", "Hemi Tauwhare", "said", ""),
         ("Where are they supposed to go?”", "Hemi Tauwhare", "said", "")],
        [("He said the union would seek a meeting with the company this week to push for seasonal staff to be paid redundancy as well.", "Hemi Tauwhare", "said", "W")],
        [("Sign up to Business Brief, our free weekday newsletter.", "", "", "B")],
        [("Ōkarewa District Mayor Lynette Patten said the plant was the district's largest private employer.", "Lynette Patten", "said", "W"),
         ("“It's a gut punch,” she said.", "Lynette Patten", "said", "")],
        [("Council figures show the plant paid about $31 million in wages last year.", "Council figures", "show", "W"),
         ("Patten estimated that another 300 jobs in trucking, engineering and retail depended on it.", "Lynette Patten", "estimated", "")],
        [("Regional Development Minister Callum Wylie said the Government would send a team from the Ministry of Social Development to Ōkarewa next week to help workers find new jobs.", "Callum Wylie", "said", "W"),
         ("“We know how tough this is for the whole community,” he said.", "Callum Wylie", "said", "")],
        [("New Zealand's sheep flock has fallen from 39.5 million in 2001 to 22.8 million last year, according to Stats NZ.", "Stats NZ", "according to", "W"),
         ("Much of the land in the district has gone into dairy and, more recently, pine forest planted for carbon credits.", "", "", "W")],
        [("Ōkarewa farmer Ngaire Dunsheath, who runs 2800 ewes, said her nearest alternative plant would now be 190km away.", "Ngaire Dunsheath", "said", "W"),
         ("“The freight alone will eat whatever margin we had left,” she said.", "Ngaire Dunsheath", "said", "")],
        [("Outside the plant gates at the end of the day shift, workers in white gumboots stood about in small groups, some on their phones, others saying nothing.", "", "", "")],
        [("Boning room worker Sione Lauina, 34, who has worked at the plant for 12 years, said he and his partner had just bought a house in Ōkarewa.", "Sione Lauina", "said", ""),
         ("“We signed the papers three weeks ago,” he said.", "Sione Lauina", "said", ""),
         ("“Now what?”", "Sione Lauina", "said", "")],
        [("The plant opened in 1961 and was bought by Crestmoor in 2009.", "", "", "W"),
         ("It employed more than 900 people at its peak in the 1980s.", "", "", "W")],
        [("Crestmoor reported a net loss of $42.6 million for the year to September, its second loss in a row.", "", "", "W")],
        [("Got a story?", "", "", "B"),
         ("Email news@okarewapress.co.nz", "", "", "B")],
        [("Related", "", "", "B")],
        [("Ōkarewa rates rise capped at 6.9 per cent", "", "", "B")],
        [("Wool prices lift at Napier sale", "", "", "B")],
        [("Comments (22)", "", "", "B")],
        [("© 2026 Ōkarewa Press Ltd", "", "", "B")],
    ],
    [  # 7. Indian city daily, a metro corridor's trial run: LUCKNOW: dateline, bracketed abbreviation dropped from a speaker, initials, Mr., 10.05 a.m. mid-sentence and 11.40 a.m. ending one, Rs crore and lakh, km, Pvt. Ltd., mid-sentence, i.e., a corporation's expectation
        [("The Awadh Tribune", "", "", "B")],
        [("E-Paper   |   हिंदी   |   Sign In", "", "", "B")],
        [("India   Uttar Pradesh   Lucknow   Business   Sports   Entertainment   Education   Opinion", "", "", "B")],
        [("Trending:  Holi traffic advisory  •  UP Board exam schedule  •  Lucknow weather", "", "", "B")],
        [("Home / Cities / Lucknow", "", "", "B")],
        [("Lucknow Metro's East-West corridor clears first trial run; safety inspection next", "", "", "W")],
        [("Anubhuti Kesarwani", "", "", "B")],
        [("Updated: Mar 12, 2026, 06:41 AM IST", "", "", "B")],
        [("Follow Us   |   Share", "", "", "B")],
        [("A four-coach train during the trial run on the elevated section near Meerabad on Wednesday.", "", "", ""),
         ("(Tribune Photo)", "", "", "B")],
        [("LUCKNOW: A four-coach train ran the full 11.2-km length of Lucknow Metro's new East-West corridor on Wednesday, in its first trial run with sandbags on board to simulate the weight of passengers, officials of the Uttar Pradesh Metro Rail Corporation (UPMRC) said.", "officials of the Uttar Pradesh Metro Rail Corporation", "said", "W")],
        [("The Rs 4,286-crore corridor, with 12 stations between Daulatbagh and Meerabad, includes a 4.3-km underground stretch beneath the old city.", "", "", "W")],
        [("UPMRC managing director S.K. Pandharipande said the train reached a top speed of 80 km/h on the elevated section and 70 km/h underground during the run, which began at 10.05 a.m. and ended at 11.40 a.m.", "S.K. Pandharipande", "said", "W"),
         ("The next step is an inspection by the Commissioner of Metro Rail Safety (CMRS), which the corporation has requested for the first week of May.", "", "", "W")],
        [("“If the CMRS clears the line, we are confident commercial services can start in June,” Mr. Pandharipande told The Awadh Tribune.", "S.K. Pandharipande", "told The Awadh Tribune", "")],
        [("The corridor was originally due to open in December 2024.", "", "", "W"),
         ("Work was held up for about 14 months after cracks appeared in 37 buildings above the tunnel route near Kothiwali Bazaar in 2023, according to the corporation.", "the corporation", "according to", "W")],
        [("ALSO READ | Lucknow: 120 new electric buses to join city fleet by July", "", "", "B")],
        [("The tunnelling contractor, Vindhyachal Infracon Pvt. Ltd., paid Rs 2.6 crore in compensation to shopkeepers and house owners, the corporation said.", "the corporation", "said", "W")],
        [("Fares on the new line will range from Rs 10 to Rs 40, the same as on the existing North-South line, officials said.", "officials", "said", "W"),
         ("The corporation expects about 1.1 lakh passengers a day in the first year.", "The corporation", "expects", "")],
        [("The 23-km North-South line carried an average of 74,300 passengers a day in February, according to UPMRC data.", "UPMRC data", "according to", "W")],
        [("Parking will be available at four stations, i.e. Daulatbagh, Haiderpur Chauraha, Qila Road and Meerabad.", "", "", "W")],
        [("Story continues below this ad", "", "", "B")],
        [("For commuters in the old city, the new line cannot come soon enough.", "", "", "")],
        [("“It takes me an hour and ten minutes by e-rickshaw and bus to reach my office in Ashokpuram,” said Farheen Mazharuddin, 29, who works at a bank.", "Farheen Mazharuddin", "said", ""),
         ("“The metro will do it in 20 minutes.", "Farheen Mazharuddin", "said", ""),
         ("I just hope they don't delay it again.”", "Farheen Mazharuddin", "said", "")],
        [("But Ram Prakash Dwivedula, who runs a utensils shop in Kothiwali Bazaar, said his sales had fallen by half since barricades went up outside his shop in 2022.", "Ram Prakash Dwivedula", "said", ""),
         ("“Compensation came for the cracks, not for the customers we lost,” he said.", "Ram Prakash Dwivedula", "said", "")],
        [("Local MLA Qamar Jahan Rizwanullah said the project had cost Rs 700 crore more than its 2019 estimate.", "Qamar Jahan Rizwanullah", "said", "W"),
         ("“Who will answer for that?” she asked.", "Qamar Jahan Rizwanullah", "asked", "")],
        [("A UPMRC spokesperson said the increase was due to the longer underground section and higher steel prices, and that the revised cost had been approved by the state cabinet in 2024.", "A UPMRC spokesperson", "said", "W")],
        [("The state cabinet approved a detailed project report for a third, 9.6-km corridor to Bhagwantpur in January, but its funding has not been finalised.", "", "", "W")],
        [("Get the latest Lucknow news on WhatsApp: click here to join our channel", "", "", "B")],
        [("Download The Awadh Tribune app for Android and iOS", "", "", "B")],
        [("Lucknow Metro   UPMRC   East-West corridor   Lucknow news", "", "", "B")],
        [("Copyright © 2026 Awadh Tribune Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Pakistani daily, dengue cases rise in Rawalpindi: RAWALPINDI: dateline, according to the DHA with the abbreviation dropped, Dr. and Dr dropped, an official's acts without a speaker, Section 144, Rs, residents' complaint and the DHA's reply, doctors' advice, print line, numbered most-read list
        [("THE POTHOHAR POST", "", "", "B")],
        [("Epaper  |  اردو  |  Login", "", "", "B")],
        [("Home   Pakistan   Islamabad   Rawalpindi   Business   Sport   World   Opinion   Health", "", "", "B")],
        [("Health", "", "", "B")],
        [("Dengue cases in Rawalpindi climb to 1,146 as hospitals add beds", "", "", "W")],
        [("Larvae found at more than 3,000 sites in a week; DC orders sealing of tyre shops", "", "", "W")],
        [("Our Correspondent", "", "", "B")],
        [("Published September 18, 2026 · 09:12 PKT", "", "", "B")],
        [("Facebook   X   WhatsApp   Email", "", "", "B")],
        [("A health worker sprays insecticide in a lane in Dhok Sangar on Wednesday.", "", "", ""),
         ("— Photo courtesy DHA", "", "", "B")],
        [("RAWALPINDI: The number of confirmed dengue cases in Rawalpindi district this year rose to 1,146 on Wednesday after 87 more patients tested positive in 24 hours, according to the District Health Authority (DHA).", "the District Health Authority", "according to", "W")],
        [("Of the new cases, 61 were from the Dhok Sangar and Khurram Colony areas, the DHA said.", "the DHA", "said", "W"),
         ("Two deaths have been confirmed this season, of a 67-year-old man from Khurram Colony and a 19-year-old student from Dhok Sangar.", "", "", "W")],
        [("The city's three main public hospitals had 214 dengue patients admitted on Wednesday evening, 23 of them with dengue haemorrhagic fever, hospital officials said.", "hospital officials", "said", "W")],
        [("Dr. Nasreen Kausar Jadoon, the medical superintendent of Holy Family Hospital, said the hospital had expanded its dengue ward from 60 to 110 beds and opened a separate counter for fever patients.", "Nasreen Kausar Jadoon", "said", "W")],
        [("“We have enough platelet kits for now, but if this trend continues for another two weeks, we will be under real pressure,” she said.", "Nasreen Kausar Jadoon", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Deputy Commissioner Hasan Raza Tirmazi chaired an emergency meeting on Tuesday, at which he ordered the sealing of tyre shops and junkyards where larvae had been found more than once.", "", "", "W"),
         ("He also imposed Section 144 in the district for 30 days, banning the storage of water in uncovered containers at construction sites.", "", "", "W")],
        [("According to the DHA, larvae were found at 3,219 sites during a door-to-door survey of 140,000 houses between September 10 and 16.", "the DHA", "according to", "W")],
        [("Police registered 38 FIRs against owners of premises where larvae were found, and 112 shops were sealed, the DC's office said.", "the DC's office", "said", "W")],
        [("DHA chief executive Dr Sajjad Kiyani told The Pothohar Post that the rise was “expected” after heavy monsoon rains in August left water standing at construction sites and in empty plots.", "Sajjad Kiyani", "told The Pothohar Post", "W")],
        [("He said cases in the district usually peak in the first half of October and begin to fall once night temperatures drop below 18 degrees Celsius.", "Sajjad Kiyani", "said", "W")],
        [("Last year, the district recorded 2,904 cases and nine deaths, according to Punjab Health Department figures.", "Punjab Health Department figures", "according to", "W")],
        [("The Punjab government released Rs48 million on Monday for testing kits and fumigation in the Rawalpindi division, an official of the health department said.", "an official of the health department", "said", "W")],
        [("Residents of Dhok Sangar complained that fumigation teams had not visited the area for weeks.", "Residents of Dhok Sangar", "complained", "W")],
        [("“The drains are blocked and full of dirty water, and nobody comes,” said Naseem Khatoon, 52, whose grandson was admitted to hospital last week.", "Naseem Khatoon", "said", ""),
         ("“Do they want us to clean the drains ourselves?”", "Naseem Khatoon", "said", "")],
        [("A DHA spokesman said fumigation had been carried out in Dhok Sangar on September 9 and 15, and that a third round was scheduled for Friday.", "A DHA spokesman", "said", "W")],
        [("Doctors have advised citizens to use mosquito repellent, wear full-sleeved clothes and empty water from coolers, flower pots and old tyres at least once a week.", "Doctors", "have advised", "")],
        [("Patients with high fever, severe body aches or bleeding gums should go to hospital at once and avoid painkillers such as ibuprofen, Dr Kiyani said.", "Sajjad Kiyani", "said", "")],
        [("Dengue helpline: 0800-77531 (24 hours)", "", "", "B")],
        [("Published in The Pothohar Post, September 18th, 2026", "", "", "B")],
        [("Follow The Pothohar Post on WhatsApp for the latest news from Rawalpindi and Islamabad", "", "", "B")],
        [("Comments (4)", "", "", "B")],
        [("Comments are moderated and may take time to appear.", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [("Metro bus fares in twin cities raised by Rs10", "", "", "B")],
        [("2", "", "", "B")],
        [("Water supply to Gulzar-e-Saadat suspended for two days", "", "", "B")],
        [("© The Pothohar Post, 2026", "", "", "B")],
    ],
    [  # 9. Nigerian state news site, the House of Assembly passes the budget: Rt. Hon. and Hon. dropped, N amounts with bn and billion, In his words over two sentences, a minority leader's figure against the budget performance report, a governor's statement signed by his press secretary, It was gathered, a civil society group
        [("THE EKITI EAGLE", "", "", "B")],
        [("BREAKING: Two arrested over Igbaroko bank robbery — Police", "", "", "B")],
        [("Home   News   Politics   Business   Sports   Entertainment   Opinion   Columns", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Ekiti Assembly passes N612.4bn 2027 budget, raises capital vote by N18.2bn", "", "", "W")],
        [("By Kehinde Faleyimu, Ado-Ekiti", "", "", "B")],
        [("December 18, 2026", "", "", "B")],
        [("Share on WhatsApp   Share on Facebook   Share on X", "", "", "B")],
        [("The Speaker, Rt. Hon. Folorunso Akintomide, presiding over plenary on Thursday.", "", "", ""),
         ("Photo: Assembly Media", "", "", "B")],
        [("The Ekiti State House of Assembly on Thursday passed the state's 2027 Appropriation Bill of N612.4 billion, N18.2 billion more than the N594.2 billion proposed by Governor Oluwaseun Ibitoye in October.", "", "", "W")],
        [("The lawmakers raised the capital expenditure vote from N301.7 billion to N319.9 billion, while recurrent expenditure was left at N292.5 billion.", "", "", "W"),
         ("The budget is 9.1 per cent larger than the 2026 budget of N561.3 billion.", "", "", "W")],
        [("The governor presented the budget to the Assembly on October 22.", "", "", "W"),
         ("Of the total, N84.6 billion is to be funded by borrowing, according to the budget document.", "the budget document", "according to", "W")],
        [("The Speaker, Rt. Hon. Folorunso Akintomide, said after the third reading that the increase would fund the completion of 14 rural roads abandoned by contractors.", "Folorunso Akintomide", "said", "W")],
        [("In his words, “This budget is for the ordinary Ekiti man and woman in the villages.", "Folorunso Akintomide", "in his words", ""),
         ("We cannot keep approving roads that are never finished.”", "Folorunso Akintomide", "in his words", "")],
        [("The Chairman, House Committee on Finance and Appropriation, Hon. Tolulope Ogunsakin, who presented the committee's report, said the committee had cut N6.3 billion from the proposed budgets of 11 ministries and agencies.", "Tolulope Ogunsakin", "said", "W")],
        [("He said the money would be moved to the Ministry of Works and to the state's primary health care board, which would get N2.1 billion to complete 16 health centres.", "Tolulope Ogunsakin", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The Minority Leader, Hon. Bunmi Aladewusi, described the budget as “over-ambitious”.", "Bunmi Aladewusi", "described", "")],
        [("She noted that only 54 per cent of the 2026 capital budget had been implemented by the end of September.", "Bunmi Aladewusi", "noted", "W"),
         ("The state's third-quarter budget performance report, published in November, puts the figure at 57.8 per cent.", "The state's third-quarter budget performance report", "puts", "W")],
        [("“Every year we pass bigger numbers, and every year the roads remain the same,” she said.", "Bunmi Aladewusi", "said", ""),
         ("“Who is deceiving who?”", "Bunmi Aladewusi", "said", "")],
        [("Four members of the People's Alliance Movement (PAM) voted against the bill, while 21 members of the ruling Democratic Unity Congress (DUC) voted for it.", "", "", "W")],
        [("Reacting, the governor, in a statement signed by his Chief Press Secretary, Mr. Yinka Oderinwale, commended the lawmakers for what he called their “speedy and patriotic” consideration of the bill.", "Oluwaseun Ibitoye", "commended", "")],
        [("The statement read in part: “The 2027 budget will complete every project we started.", "The statement", "read in part", ""),
         ("No contractor who abandons a site will be paid another kobo.”", "The statement", "read in part", "")],
        [("It was gathered that the governor is expected to sign the bill into law before Christmas.", "", "", "")],
        [("A civil society group, the Ekiti Budget Transparency Network, urged the Assembly to publish the details of the N18.2 billion increase.", "the Ekiti Budget Transparency Network", "urged", "")],
        [("Its coordinator, Comrade Adeola Fajuyigbe, said the network had written to the Clerk of the House on December 3 asking for the committee's report but had not received a reply.", "Adeola Fajuyigbe", "said", "W")],
        [("“Ekiti people deserve to know which roads, in which local governments, and at what cost,” she said.", "Adeola Fajuyigbe", "said", "")],
        [("Plenary was adjourned till January 13, 2027.", "", "", "W")],
        [("Join our WhatsApp channel for breaking news from Ekiti and beyond", "", "", "B")],
        [("RELATED NEWS", "", "", "B")],
        [("Ekiti LG polls: DUC sweeps 16 chairmanship seats", "", "", "B")],
        [("Igbaroko road: Contractor returns to site after six months", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B")],
        [("Copyright © 2026 Eagle Media Nigeria Limited.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Kenyan national site, pump prices rise and matatu fares follow: ticker strip, Sh amounts with decimals, (Epra) dropped from the speaker and the short name kept as written, It said resolved, Mr. and Dr. dropped, a quote split at its full stop, a KNBS figure against an economist's could
        [("THE JUMUIYA LEDGER", "", "", "B")],
        [("USD/KES 129.45 ▼0.12   |   NSE 20 1,987.33 ▲4.21   |   Gold $2,412 ▲", "", "", "B")],
        [("News   Counties   Business   Markets   Sports   Lifestyle   Opinion   Premium", "", "", "B")],
        [("Business › Energy", "", "", "B")],
        [("Petrol hits Sh189 as Epra raises pump prices for second month", "", "", "W")],
        [("Matatu operators announce fare increases of up to Sh50 on routes into the CBD", "the Matatu Operators Welfare Association", "announce", "W")],
        [("By Wanjiru Kirathe", "", "", "B")],
        [("Sunday, June 14, 2026  |  9:47 PM", "", "", "B")],
        [("🎧 Listen to this article   |   4 min read", "", "", "B")],
        [("A pump attendant refuels a car at a petrol station on Kiharu Road, Nairobi.", "", "", ""),
         ("Photo | File", "", "", "B")],
        [("Motorists will pay Sh7.20 more for a litre of super petrol in Nairobi from midnight tonight after the Energy and Petroleum Regulatory Authority (Epra) raised pump prices for the second month in a row.", "", "", "W")],
        [("In its monthly review, released on Sunday evening, Epra set the price of super petrol at Sh189.52 a litre in Nairobi, diesel at Sh178.34 (up Sh8.10) and kerosene at Sh162.07 (up Sh4.95).", "", "", "W"),
         ("The new prices will apply from June 15 to July 14.", "", "", "W")],
        [("Epra said the increase was driven by a 6.8 per cent rise in the average landed cost of imported super petrol in May and by a weaker shilling.", "Epra", "said", "W"),
         ("It said the government had used Sh2.1 billion from the Petroleum Development Levy to cushion diesel prices.", "the Energy and Petroleum Regulatory Authority", "said", "W")],
        [("The Matatu Operators Welfare Association (MOWA) said fares on routes into the Nairobi CBD would rise by between Sh20 and Sh50 from Monday.", "The Matatu Operators Welfare Association", "said", "W")],
        [("“We have no choice.", "Gideon Sitienei", "said", ""),
         ("A matatu on the Kiharu Road route uses about 40 litres of diesel a day,” said the association's chairman, Mr. Gideon Sitienei.", "Gideon Sitienei", "said", "W")],
        [("Diesel makes up about 60 per cent of a matatu's daily running costs, according to the association.", "the association", "according to", "W")],
        [("He said the fare increases would be reversed if pump prices fell in next month's review.", "Gideon Sitienei", "said", "")],
        [("READ ALSO: Shilling weakens past 129 to the dollar as import bill rises", "", "", "B")],
        [("At the Mukuyu Lane stage in the CBD on Sunday evening, conductors were already shouting the new fares as commuters queued for the last matatus home.", "", "", "")],
        [("Faith Nyamoita Ongubo, a shop attendant who commutes from an estate off Kiharu Road, said her daily fare would rise from Sh200 to Sh260.", "Faith Nyamoita Ongubo", "said", ""),
         ("“Salaries are not going up.", "Faith Nyamoita Ongubo", "said", ""),
         ("Where do they expect us to get the extra money?”", "Faith Nyamoita Ongubo", "said", "")],
        [("Annual inflation stood at 5.2 per cent in May, according to the Kenya National Bureau of Statistics.", "the Kenya National Bureau of Statistics", "according to", "W"),
         ("Dr. Wambui Ngatiri, an economist at a Nairobi-based policy institute, said the fuel increase could push it above 6 per cent by July.", "Wambui Ngatiri", "said", "")],
        [("“Fuel feeds into everything, from the price of unga to school transport,” she said.", "Wambui Ngatiri", "said", "")],
        [("Energy Cabinet Secretary Josephat Onyancha said the government would not bring back the fuel subsidy scheme it scrapped in 2022.", "Josephat Onyancha", "said", "W")],
        [("“That subsidy cost taxpayers Sh144 billion in a single year.", "Josephat Onyancha", "told journalists", "W"),
         ("We cannot go back there,” he told journalists in Mombasa.", "Josephat Onyancha", "told journalists", "")],
        [("Opposition MP Kevin Oketch Achieng'a accused the government of “taxing Kenyans at the pump”, pointing to the excise duty on fuel, which was raised by Sh6.40 a litre in 2024.", "Kevin Oketch Achieng'a", "accused", "W")],
        [("Kerosene, used for cooking and lighting by millions of low-income households, has risen by Sh11.40 a litre since April.", "", "", "W")],
        [("Long-distance bus operators on the Nairobi–Mombasa route said they would review their fares on Tuesday.", "Long-distance bus operators on the Nairobi–Mombasa route", "said", "W"),
         ("Epra's next review is due on July 14.", "", "", "W")],
        [("Get the latest business news on our WhatsApp channel", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Power utility announces planned outages in six counties", "", "", "B")],
        [("Teachers' union threatens strike over promotions", "", "", "B")],
        [("© Jumuiya Ledger Media Group, 2026", "", "", "B")],
    ],
    [  # 11. Philippine regional site, a city council passes a single-use plastics ordinance: Ordinance No., Councilor, Vice Mayor and Engr. dropped, Ma. and Jr. in names, Brgy. and Sto., P amounts, a Hiligaynon quote with its translation, a vote tally, a.m. ending a sentence, Corp. before All rights reserved
        [("DAGYAW DAILY", "", "", "B")],
        [("Home   News   Iloilo   Negros   Capiz   Business   Sports   Opinion   Lifestyle", "", "", "B")],
        [("NEWS  |  ILOILO CITY", "", "", "B")],
        [("Iloilo City council bans plastic bags, styro containers; fines up to P5,000", "", "", "W")],
        [("By Ma. Theresa Villaruz-Macabenta", "", "", "B")],
        [("March 11, 2026  |  7:15 PM", "", "", "B")],
        [("Share this:  Facebook  Messenger  X  Viber", "", "", "B")],
        [("Vendors at the Bagong Tubod public market pack fish in plastic bags on Wednesday morning.", "", "", ""),
         ("(DD Photo/Rhoderick Salvaleon)", "", "", "B")],
        [("ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved an ordinance banning single-use plastic bags, plastic straws and polystyrene food containers in the city, on a vote of 11-2 with one abstention.", "", "", "W")],
        [("Regulation Ordinance No. 2026-047, authored by Councilor Ma. Cristina Yusay-Ebarle, chair of the committee on environment, will take effect 60 days after its publication in a local newspaper.", "", "", "W")],
        [("Under the ordinance, businesses caught using the banned items will be fined P1,000 for a first offense, P3,000 for a second and P5,000 for a third, with the city also cancelling the business permit after a third offense.", "", "", "W")],
        [("Market vendors and sari-sari stores will be given a six-month grace period, Yusay-Ebarle said.", "Ma. Cristina Yusay-Ebarle", "said", "W")],
        [("“Our rivers and our coastline are choking on plastic,” she told the session.", "Ma. Cristina Yusay-Ebarle", "told the session", ""),
         ("“We cannot keep waiting for Manila to act for us.”", "Ma. Cristina Yusay-Ebarle", "told the session", "")],
        [("She cited a 2025 waste audit by the City Environment and Natural Resources Office (CENRO) that found plastics made up 22 percent of the garbage collected from the city's 180 barangays.", "a 2025 waste audit by the City Environment and Natural Resources Office", "found", "W")],
        [("Councilor Rodolfo Ganzon-Tupas Jr., one of the two members who voted against the measure, said it would hurt small vendors who cannot afford paper bags.", "Rodolfo Ganzon-Tupas Jr.", "said", "")],
        [("“A paper bag costs three times as much as a plastic one.", "Rodolfo Ganzon-Tupas Jr.", "said", "W"),
         ("Who will carry that cost?", "Rodolfo Ganzon-Tupas Jr.", "said", ""),
         ("The vendor, and then the customer,” he said.", "Rodolfo Ganzon-Tupas Jr.", "said", "")],
        [("Councilor Evangeline Sotto-Barredo abstained, saying she had not been given the final draft until Monday night.", "Evangeline Sotto-Barredo", "saying", "W")],
        [("Vice Mayor Leopoldo Dinagsao, who presided over the session, said the ordinance would be sent to the mayor's office on Wednesday.", "Leopoldo Dinagsao", "said", "W"),
         ("The mayor has 10 days to sign or veto it.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("At the Bagong Tubod public market in Brgy. Sto. Domingo Norte, fish vendor Lorna Guanzonet said most of her customers still asked for plastic.", "Lorna Guanzonet", "said", "")],
        [("“Indi ko kabalo kon diin ako makabakal sang barato nga supot (I don't know where I can buy cheap bags),” she said.", "Lorna Guanzonet", "said", "")],
        [("She sells about 150 bags of fish a day, she said, and pays P80 for a pack of 100 plastic bags.", "Lorna Guanzonet", "said", "")],
        [("CENRO head Engr. Felicisimo Tabuada said his office would hire 24 additional enforcers and hold information drives in all barangays starting in April.", "Felicisimo Tabuada", "said", "W")],
        [("He said the city's sanitary landfill in Brgy. Punong Daku was expected to reach capacity by 2029.", "Felicisimo Tabuada", "said", "")],
        [("The Western Visayas Retailers Guild, which represents about 300 businesses, said in a statement that it supported the ban but asked for a longer transition period for restaurants.", "The Western Visayas Retailers Guild", "said in a statement", "W")],
        [("Iloilo City is the latest of at least a dozen cities in the Visayas to regulate single-use plastics.", "", "", "W"),
         ("A similar ban in the neighboring town of Lambuyao took effect in 2019.", "", "", "W")],
        [("The council will hold a public consultation on the implementing rules on March 26 at 9 a.m.", "", "", "W"),
         ("Residents may send comments to the Sangguniang Panlungsod secretariat before then.", "", "", "B")],
        [("Tags:  Iloilo City  Sangguniang Panlungsod  plastic ban  environment", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("City hall annex restoration to start in May", "", "", "B")],
        [("Dengue cases in Iloilo province down 18 percent", "", "", "B")],
        [("Copyright © 2026 Dagyaw Daily Publishing Corp.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 12. Jamaican national paper's sports page, a schoolboy football final: score strip, a.e.t. and pens, St Ambrin's, minutes with apostrophes, a coach's quote over two paragraphs, a patois quote, the principal's holiday, line-ups, Referee, Attendance, Most valuable player
        [("THE LIGNUM COURIER", "", "", "B")],
        [("Weather: Kingston 31°C ☀   |   US$1 = J$157.80   |   E-paper", "", "", "B")],
        [("News   Business   Sport   Entertainment   Lifestyle   Letters   Commentary   Classifieds", "", "", "B")],
        [("SPORTS  ›  Schoolboy Football", "", "", "B")],
        [("St Ambrin's beat Chestervale on penalties to lift Chisholm Cup", "", "", "W")],
        [("Seventeen-year-old goalkeeper saves two spot kicks as the Mountview school wins fifth title", "", "", "W")],
        [("Orville Chambury", "", "", "B")],
        [("Sports Reporter", "", "", "B")],
        [("Sunday, November 29, 2026", "", "", "B")],
        [("Share:   f   X   WhatsApp   ✉", "", "", "B")],
        [("St Ambrin's goalkeeper Jahmari Quellington (centre) is mobbed by teammates after the shoot-out at the National Stadium on Saturday.", "", "", ""),
         ("(Photo: Dwight Thelwell)", "", "", "B")],
        [("St Ambrin's College won the Chisholm Cup for the fifth time on Saturday night, beating Chestervale High 4-2 on penalties after the final at the National Stadium finished 1-1 after extra time.", "", "", "W")],
        [("Goalkeeper Jahmari Quellington, 17, saved Chestervale's first and fourth kicks, diving to his left both times, before captain Tevin Mossman-Ffrench scored the winner.", "", "", "W")],
        [("Chestervale had led through a 23rd-minute header from Romaine Blissett, who rose above two defenders to meet a corner from the right.", "", "", "W"),
         ("St Ambrin's equalised in the 71st minute when substitute Kemar Vickerie curled a free kick into the top corner from 25 metres.", "", "", "W")],
        [("Neither side could find a winner in 20 minutes of extra time, although Chestervale's Shamar Grizzlewood hit the post in the 109th minute.", "", "", "W")],
        [("The crowd, which filled the lower stands on both sides and much of the grandstand, roared for almost every touch in the shoot-out.", "", "", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("“Mi did just trust mi instinct,” Quellington said afterwards, still in his gloves.", "Jahmari Quellington", "said", ""),
         ("“Coach tell mi fi stand up long and mek dem choose, and dat's wah mi do.”", "Jahmari Quellington", "said", "")],
        [("St Ambrin's coach Neville Roxborough said the title was the school's first since 2019.", "Neville Roxborough", "said", "W")],
        [("“These boys have been through a lot this season,” he said.", "Neville Roxborough", "said", ""),
         ("“We lost our first two games, we lost our top scorer to a broken ankle in October, and people wrote us off.", "Neville Roxborough", "said", "W"),
         ("Tonight they showed what they are made of.", "Neville Roxborough", "said", "")],
        [("“I couldn't be prouder.”", "Neville Roxborough", "said", "")],
        [("Chestervale coach Delroy McKoy said his side should have had a penalty in the first half of extra time, when Grizzlewood went down in the box.", "Delroy McKoy", "said", ""),
         ("“That's football,” he said.", "Delroy McKoy", "said", ""),
         ("“We'll be back next year.”", "Delroy McKoy", "said", "")],
        [("Chestervale were playing in their first final since 2011 and had not lost a match all season before Saturday.", "", "", "W")],
        [("St Ambrin's principal, Marcia Lazarus-Whitt, announced that students would have Monday off to celebrate.", "Marcia Lazarus-Whitt", "announced", "W")],
        [("The Chisholm Cup is contested by 42 urban schools, and the final was the 98th since the competition began in 1926.", "", "", "W")],
        [("The winners now meet the rural champions, Dalmerton High, in the Schools' Challenge Cup final on December 5 at 7 p.m. at the National Stadium.", "", "", "W")],
        [("Result: St Ambrin's 1 Chestervale 1 (a.e.t.; St Ambrin's won 4-2 on penalties)", "", "", "W")],
        [("Scorers: Vickerie 71'; Blissett 23'", "", "", "W")],
        [("Teams", "", "", "B")],
        [("St Ambrin's: Jahmari Quellington, Oshane Pitterman, Tevin Mossman-Ffrench, Rushane Gossel, Damoy Samms, Shackeil Brammer, Jordane Ricketson, Kadeem Braham, Tajay McCalpin, Nicoy Fearon, Odane Lyttleworth", "", "", "")],
        [("Chestervale: Akeem Chevannes, Romaine Blissett, Shamar Grizzlewood, Leon Tapper-Gowe, Javon Beckford, Dujon Aiken, Oneil Manderson, Kavian Beckles, Shevon Mattocks, Raheem Coombs, Jovani Aird", "", "", "")],
        [("Referee: Carlton Whyms", "", "", "")],
        [("Attendance: 14,750", "", "", "")],
        [("Most valuable player: Jahmari Quellington (St Ambrin's)", "", "", "W")],
        [("More Sport", "", "", "B")],
        [("Reggae Boyz name 26-man squad for Gold Cup qualifiers", "", "", "B")],
        [("Netball: Sunshine Girls beat England in Test opener", "", "", "B")],
        [("Comments", "", "", "B")],
        [("BluBlood_74", "", "", "B")],
        [("Quellington a go play fi Jamaica one day, mark mi words!", "", "", "B")],
        [("© 2026 Lignum Courier Co. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ('h33-standfirst-split-caption-email-credit', "KC man charged in seven armed robberies at convenience stores\nPolice say a relative of one of the clerks recognized the suspect's sweatshirt in a video the department posted. He is being held on a $250,000 bond.\nBy Tovah Mercadante\nUpdated March 19, 2026 6:42 PM\nFacebook  ·  X  ·  Email  ·  Copy link  ·  Gift article\nA Kansas City police officer speaks with a clerk outside the Zippa Mart on Corvallan Road after a robbery there on March 14. Marisol Ardinger mardinger@pgstar.com",
     ['KC man charged in seven armed robberies at convenience stores', "Police say a relative of one of the clerks recognized the suspect's sweatshirt in a video the department posted.", 'He is being held on a $250,000 bond.', 'By Tovah Mercadante', 'Updated March 19, 2026 6:42 PM', 'Facebook  ·  X  ·  Email  ·  Copy link  ·  Gift article', 'A Kansas City police officer speaks with a clerk outside the Zippa Mart on Corvallan Road after a robbery there on March 14.', 'Marisol Ardinger mardinger@pgstar.com']),
    ('h33-mo-dateline-jr-ave', 'KANSAS CITY, Mo. — A 24-year-old Kansas City man has been charged with robbing seven convenience stores at gunpoint over five weeks, Jackson County prosecutors announced Thursday.\nDequan Marcel Ashburne Jr. faces seven counts of first-degree robbery and seven counts of armed criminal action, according to charging documents filed in Jackson County Circuit Court. He was arrested Tuesday at an apartment on Tamberlin Ave. without incident, Kansas City police said.\nAshburne is being held in the Jackson County Detention Center on a $250,000 cash-only bond.',
     ['KANSAS CITY, Mo. — A 24-year-old Kansas City man has been charged with robbing seven convenience stores at gunpoint over five weeks, Jackson County prosecutors announced Thursday.', 'Dequan Marcel Ashburne Jr. faces seven counts of first-degree robbery and seven counts of armed criminal action, according to charging documents filed in Jackson County Circuit Court.', 'He was arrested Tuesday at an apartment on Tamberlin Ave. without incident, Kansas City police said.', 'Ashburne is being held in the Jackson County Detention Center on a $250,000 cash-only bond.']),
    ('h33-ap-quote-over-two-paragraphs', "“That video did exactly what we hoped it would do,” Quivira said at a news conference at police headquarters. “Somebody saw it, recognized it and picked up the phone. That's how most of these cases get solved.\n“We know people are scared to work nights right now. I want every one of those clerks to know we took this seriously from day one.”",
     ['“That video did exactly what we hoped it would do,” Quivira said at a news conference at police headquarters.', '“Somebody saw it, recognized it and picked up the phone.', "That's how most of these cases get solved.", '“We know people are scared to work nights right now.', 'I want every one of those clerks to know we took this seriously from day one.”']),
    ('h33-kan-ends-before-police-there', "Police Sgt. Jake Beckerle, a department spokesman, said detectives were also looking at two robberies in January at stores in Kansas City, Kan. Police there did not respond to a request for comment Thursday.\nJackson County Prosecutor Melinda Kravchuk said in a statement that her office would ask a judge at Ashburne's first appearance to keep the bond at $250,000. “No one should have to fear for their life behind a counter over a carton of cigarettes,” she said.\nOnline court records did not list an attorney for Ashburne.",
     ['Police Sgt. Jake Beckerle, a department spokesman, said detectives were also looking at two robberies in January at stores in Kansas City, Kan.', 'Police there did not respond to a request for comment Thursday.', "Jackson County Prosecutor Melinda Kravchuk said in a statement that her office would ask a judge at Ashburne's first appearance to keep the bond at $250,000.", '“No one should have to fear for their life behind a counter over a carton of cigarettes,” she said.', 'Online court records did not list an attorney for Ashburne.']),
    ('h33-pm-mid-am-ends-court-records', 'Dhallowal said he now closes at 10 p.m. instead of midnight.\nRobberies of businesses in Kansas City rose 14% last year, to 512, according to police department data. There had been 131 through mid-March this year, compared with 118 at the same point in 2025.\nCouncilwoman Tamsin Obaro, whose district includes three of the stores, said she would introduce an ordinance in April requiring convenience stores open after 10 p.m. to keep at least two employees on duty. A group representing store owners has said such a rule would force many small shops to close early.\nAshburne is scheduled to make his first court appearance April 2 at 9 a.m. Court records show he has no prior felony convictions in Missouri.',
     ['Dhallowal said he now closes at 10 p.m. instead of midnight.', 'Robberies of businesses in Kansas City rose 14% last year, to 512, according to police department data.', 'There had been 131 through mid-March this year, compared with 118 at the same point in 2025.', 'Councilwoman Tamsin Obaro, whose district includes three of the stores, said she would introduce an ordinance in April requiring convenience stores open after 10 p.m. to keep at least two employees on duty.', 'A group representing store owners has said such a rule would force many small shops to close early.', 'Ashburne is scheduled to make his first court appearance April 2 at 9 a.m.', 'Court records show he has no prior felony convictions in Missouri.']),
    ('h33-lji-byline-ns-caption-dateline', 'Colleen Mosher · Local Journalism Initiative Reporter\nPublished Mar 04, 2026 at 2:17 p.m. | Updated Mar 04, 2026 at 5:40 p.m.\nShare   Tweet   Email   🖨\nThe MV Whimbrel Lass tied up at the ferry terminal in Larchcove, N.S., on Tuesday. (Colleen Mosher/LJI)\nLARCHCOVE, N.S. — The only car ferry serving Scaup Island will be out of service until at least May 15 after one of its two engines failed during a morning crossing on Sunday, the province said Tuesday.',
     ['Colleen Mosher · Local Journalism Initiative Reporter', 'Published Mar 04, 2026 at 2:17 p.m. | Updated Mar 04, 2026 at 5:40 p.m.', 'Share   Tweet   Email   🖨', 'The MV Whimbrel Lass tied up at the ferry terminal in Larchcove, N.S., on Tuesday.', '(Colleen Mosher/LJI)', 'LARCHCOVE, N.S. — The only car ferry serving Scaup Island will be out of service until at least May 15 after one of its two engines failed during a morning crossing on Sunday, the province said Tuesday.']),
    ('h33-am-ends-before-crew', 'The MV Whimbrel Lass, which carries up to 16 vehicles and 99 passengers, lost power about 400 metres from the island wharf at 7:50 a.m. Crew dropped anchor and no one was hurt, according to the Department of Public Works.\nA tug from Port Aldery towed the vessel back to the mainland terminal in Larchcove about three hours later with 11 vehicles and 23 passengers still aboard.',
     ['The MV Whimbrel Lass, which carries up to 16 vehicles and 99 passengers, lost power about 400 metres from the island wharf at 7:50 a.m.', 'Crew dropped anchor and no one was hurt, according to the Department of Public Works.', 'A tug from Port Aldery towed the vessel back to the mainland terminal in Larchcove about three hours later with 11 vehicles and 23 passengers still aboard.']),
    ('h33-am-pm-range-ends-service-line', "“I know how hard this is on people on the island, and I'm sorry,” he told reporters in Halifax. “We will get that boat back in the water as fast as we possibly can.”\nIn the meantime, the province has chartered a 12-passenger water taxi, the Kelp Runner, which will make six return trips a day between 6:30 a.m. and 8 p.m. Vehicles will not be carried, the department said in a news release.\nIslanders who need to move a vehicle in an emergency can call the department's marine services line at 902-555-0176.\nSTORY CONTINUES BELOW",
     ["“I know how hard this is on people on the island, and I'm sorry,” he told reporters in Halifax.", '“We will get that boat back in the water as fast as we possibly can.”', 'In the meantime, the province has chartered a 12-passenger water taxi, the Kelp Runner, which will make six return trips a day between 6:30 a.m. and 8 p.m.', 'Vehicles will not be carried, the department said in a news release.', "Islanders who need to move a vehicle in an emergency can call the department's marine services line at 902-555-0176.", 'STORY CONTINUES BELOW']),
    ('h33-ns-ends-before-it', 'The Whimbrel Lass was built in 1988 at a shipyard in Pictou County, N.S. It was last refitted in 2019.\nThe province had planned to replace it by 2024, but cancelled the tender in 2023 after the only bid came in at $61.4 million, nearly double its estimate. A new tender has not been issued.',
     ['The Whimbrel Lass was built in 1988 at a shipyard in Pictou County, N.S.', 'It was last refitted in 2019.', 'The province had planned to replace it by 2024, but cancelled the tender in 2023 after the only bid came in at $61.4 million, nearly double its estimate.', 'A new tender has not been issued.']),
    ('h33-caption-no-stop-ltd-and', 'Ricky Thirlwell was jailed at Stoke-on-Trent Crown Court (Image: Staffordshire Police)\nA rogue roofer who conned seven elderly homeowners out of £87,400 for work that was either unnecessary or never done has been jailed for five years and four months.\nRicky Thirlwell, 41, targeted pensioners aged between 78 and 91 across Stoke-on-Trent and the Staffordshire Moorlands over 14 months, knocking on their doors and telling them their roofs were dangerous.\nHe pleaded guilty at an earlier hearing to seven counts of fraud by false representation and one of engaging in an unfair commercial practice.\nStoke-on-Trent Crown Court heard that Thirlwell, of Kesterton Road, Brindlecross, traded as R.T. Roofing & Guttering Ltd. and handed out glossy leaflets promising a “10-year guarantee”.',
     ['Ricky Thirlwell was jailed at Stoke-on-Trent Crown Court', '(Image: Staffordshire Police)', 'A rogue roofer who conned seven elderly homeowners out of £87,400 for work that was either unnecessary or never done has been jailed for five years and four months.', 'Ricky Thirlwell, 41, targeted pensioners aged between 78 and 91 across Stoke-on-Trent and the Staffordshire Moorlands over 14 months, knocking on their doors and telling them their roofs were dangerous.', 'He pleaded guilty at an earlier hearing to seven counts of fraud by false representation and one of engaging in an unfair commercial practice.', 'Stoke-on-Trent Crown Court heard that Thirlwell, of Kesterton Road, Brindlecross, traded as R.T. Roofing & Guttering Ltd. and handed out glossy leaflets promising a “10-year guarantee”.']),
    ('h33-newsletter-box-victim-statement', "Get the biggest court stories from across Stoke-on-Trent straight to your inbox\nEnter your email   Sign up\nWe use your sign-up to send you the newsletters you asked for. You can unsubscribe at any time.\nIn a victim personal statement read to the court by Ms Stallworth, the widow, Doreen Sparkbrook, said she no longer opened the door to anyone she did not know.\n“I used to be proud of managing on my own,” she said. “Now I feel foolish, and I feel frightened in my own house. That money was for my funeral, so my children wouldn't have to pay.”",
     ['Get the biggest court stories from across Stoke-on-Trent straight to your inbox', 'Enter your email   Sign up', 'We use your sign-up to send you the newsletters you asked for.', 'You can unsubscribe at any time.', 'In a victim personal statement read to the court by Ms Stallworth, the widow, Doreen Sparkbrook, said she no longer opened the door to anyone she did not know.', '“I used to be proud of managing on my own,” she said.', '“Now I feel foolish, and I feel frightened in my own house.', "That money was for my funeral, so my children wouldn't have to pay.”"]),
    ('h33-said-colon-quote-over-paragraphs', 'Jailing him, Judge Imogen Stellingworth said: “You preyed on loneliness and fear. You chose people who lived alone, who were old and who you judged would be too embarrassed to tell anyone. These were not mistakes.\n“Every one of these frauds was planned, and every one of them was carried out with a smile on your face.”\nThirlwell was also disqualified from acting as a company director for eight years. A confiscation hearing under the Proceeds of Crime Act has been set for September 14 to decide how much he must repay.',
     ['Jailing him, Judge Imogen Stellingworth said: “You preyed on loneliness and fear.', 'You chose people who lived alone, who were old and who you judged would be too embarrassed to tell anyone.', 'These were not mistakes.', '“Every one of these frauds was planned, and every one of them was carried out with a smile on your face.”', 'Thirlwell was also disqualified from acting as a company director for eight years.', 'A confiscation hearing under the Proceeds of Crime Act has been set for September 14 to decide how much he must repay.']),
    ('h33-ltd-comma-statement-it-did-not-say', 'The Department of Education confirmed on Tuesday that the €19.8 million project, first approved in 2019, will not be finished before September 2027. It had been due to open this September.\nKnockaunbrack Community College has 684 students, up from 512 in 2019, and 17 of its 41 classrooms are prefabs, according to the school.\nWork on the site stopped in November when the main contractor, Ferrishall Construction Ltd., went into liquidation.\nA spokesperson for the Department said in a statement that it was “acutely aware of the impact on the school community”.\nThe statement said a new contractor would be appointed by June, after a tender, and that the Department had approved funding for four more prefab classrooms in the meantime. It did not say how much the delay would add to the cost of the project.',
     ['The Department of Education confirmed on Tuesday that the €19.8 million project, first approved in 2019, will not be finished before September 2027.', 'It had been due to open this September.', 'Knockaunbrack Community College has 684 students, up from 512 in 2019, and 17 of its 41 classrooms are prefabs, according to the school.', 'Work on the site stopped in November when the main contractor, Ferrishall Construction Ltd., went into liquidation.', 'A spokesperson for the Department said in a statement that it was “acutely aware of the impact on the school community”.', 'The statement said a new contractor would be appointed by June, after a tender, and that the Department had approved funding for four more prefab classrooms in the meantime.', 'It did not say how much the delay would add to the cost of the project.']),
    ('h33-nested-single-quotes-question', "“We have science classes doing practicals in a room with no running water,” she said. “We have a PE hall that has been a storeroom since 2022. The students have been extraordinary about it, but they shouldn't have to be.\n“I've been told ‘next year’ three times now. What am I supposed to say to the parents of first years?”",
     ['“We have science classes doing practicals in a room with no running water,” she said.', '“We have a PE hall that has been a storeroom since 2022.', "The students have been extraordinary about it, but they shouldn't have to be.", "“I've been told ‘next year’ three times now.", 'What am I supposed to say to the parents of first years?”']),
    ('h33-td-independent-cllr', "Local TD Pádraig Mac Giollarua (Independent) said he had raised the school in the Dáil four times since 2023. “The Department has let this school down at every turn,” he said.\nHe said he would meet officials from the Department's planning and building unit in Tullamore next Tuesday.\nCllr Bríd Nugent said Mayo County Council had agreed in February to let the school use a council-owned field beside it as a temporary car park.",
     ['Local TD Pádraig Mac Giollarua (Independent) said he had raised the school in the Dáil four times since 2023.', '“The Department has let this school down at every turn,” he said.', "He said he would meet officials from the Department's planning and building unit in Tullamore next Tuesday.", 'Cllr Bríd Nugent said Mayo County Council had agreed in February to let the school use a council-owned field beside it as a temporary car park.']),
    ('h33-pm-units-kmh-mm', 'Hail piled up like snow on Yallowin Street on Friday afternoon. Picture supplied by reader Tom Wenzlick\nHailstones up to 7cm across smashed windows, dented cars and stripped trees across Koorabine on Friday afternoon as a severe thunderstorm swept through the town just after 4pm.\nThe storm brought down power lines across the region, and about 14,000 homes and businesses were without electricity at the peak of the outage, according to energy distributor Downsgrid. By 10pm, about 5200 were still without power.\nThe Bureau of Meteorology recorded a wind gust of 104km/h at Koorabine Airport at 4.17pm and 38mm of rain in 20 minutes.',
     ['Hail piled up like snow on Yallowin Street on Friday afternoon.', 'Picture supplied by reader Tom Wenzlick', 'Hailstones up to 7cm across smashed windows, dented cars and stripped trees across Koorabine on Friday afternoon as a severe thunderstorm swept through the town just after 4pm.', 'The storm brought down power lines across the region, and about 14,000 homes and businesses were without electricity at the peak of the outage, according to energy distributor Downsgrid.', 'By 10pm, about 5200 were still without power.', 'The Bureau of Meteorology recorded a wind gust of 104km/h at Koorabine Airport at 4.17pm and 38mm of rain in 20 minutes.']),
    ('h33-advice-bullets-service-callout', 'How to stay safe in a storm\n• Park cars under cover and away from trees\n• Stay indoors and keep away from windows\n• Unplug computers and other electrical appliances\nFor emergency help in a flood or storm, call the SES on 132 500. In a life-threatening emergency, call Triple Zero (000).\nDo you have photos or video of the storm? Send them to news@koorabineleader.com.au',
     ['How to stay safe in a storm', '• Park cars under cover and away from trees', '• Stay indoors and keep away from windows', '• Unplug computers and other electrical appliances', 'For emergency help in a flood or storm, call the SES on 132 500.', 'In a life-threatening emergency, call Triple Zero (000).', 'Do you have photos or video of the storm?', 'Send them to news@koorabineleader.com.au']),
    ('h33-semicolon-standfirst-photo-slash', 'Hollowbank meat plant to close with loss of 460 jobs\nOwner blames falling sheep numbers; union says workers were given ‘no warning’\nTessa Whakatutu\nBusiness reporter\nTuesday, 10 March 2026, 3:05pm\nShare this article\nThe Hollowbank plant has processed lamb and mutton since 1961. Photo / Greg Korowhai-Hunt',
     ['Hollowbank meat plant to close with loss of 460 jobs', 'Owner blames falling sheep numbers; union says workers were given ‘no warning’', 'Tessa Whakatutu', 'Business reporter', 'Tuesday, 10 March 2026, 3:05pm', 'Share this article', 'The Hollowbank plant has processed lamb and mutton since 1961.', 'Photo / Greg Korowhai-Hunt']),
    ('h33-dateline-abbrev-initials-am-ends', "LUCKNOW: A four-coach train ran the full 11.2-km length of Lucknow Metro's new East-West corridor on Wednesday, in its first trial run with sandbags on board to simulate the weight of passengers, officials of the Uttar Pradesh Metro Rail Corporation (UPMRC) said.\nThe Rs 4,286-crore corridor, with 12 stations between Daulatbagh and Meerabad, includes a 4.3-km underground stretch beneath the old city.\nUPMRC managing director S.K. Pandharipande said the train reached a top speed of 80 km/h on the elevated section and 70 km/h underground during the run, which began at 10.05 a.m. and ended at 11.40 a.m. The next step is an inspection by the Commissioner of Metro Rail Safety (CMRS), which the corporation has requested for the first week of May.\n“If the CMRS clears the line, we are confident commercial services can start in June,” Mr. Pandharipande told The Awadh Tribune.",
     ["LUCKNOW: A four-coach train ran the full 11.2-km length of Lucknow Metro's new East-West corridor on Wednesday, in its first trial run with sandbags on board to simulate the weight of passengers, officials of the Uttar Pradesh Metro Rail Corporation (UPMRC) said.", 'The Rs 4,286-crore corridor, with 12 stations between Daulatbagh and Meerabad, includes a 4.3-km underground stretch beneath the old city.', 'UPMRC managing director S.K. Pandharipande said the train reached a top speed of 80 km/h on the elevated section and 70 km/h underground during the run, which began at 10.05 a.m. and ended at 11.40 a.m.', 'The next step is an inspection by the Commissioner of Metro Rail Safety (CMRS), which the corporation has requested for the first week of May.', '“If the CMRS clears the line, we are confident commercial services can start in June,” Mr. Pandharipande told The Awadh Tribune.']),
    ('h33-also-read-pvt-ltd-lakh-ie', 'ALSO READ | Lucknow: 120 new electric buses to join city fleet by July\nThe tunnelling contractor, Vindhyachal Infracon Pvt. Ltd., paid Rs 2.6 crore in compensation to shopkeepers and house owners, the corporation said.\nFares on the new line will range from Rs 10 to Rs 40, the same as on the existing North-South line, officials said. The corporation expects about 1.1 lakh passengers a day in the first year.\nThe 23-km North-South line carried an average of 74,300 passengers a day in February, according to UPMRC data.\nParking will be available at four stations, i.e. Daulatbagh, Haiderpur Chauraha, Qila Road and Meerabad.',
     ['ALSO READ | Lucknow: 120 new electric buses to join city fleet by July', 'The tunnelling contractor, Vindhyachal Infracon Pvt. Ltd., paid Rs 2.6 crore in compensation to shopkeepers and house owners, the corporation said.', 'Fares on the new line will range from Rs 10 to Rs 40, the same as on the existing North-South line, officials said.', 'The corporation expects about 1.1 lakh passengers a day in the first year.', 'The 23-km North-South line carried an average of 74,300 passengers a day in February, according to UPMRC data.', 'Parking will be available at four stations, i.e. Daulatbagh, Haiderpur Chauraha, Qila Road and Meerabad.']),
    ('h33-rawalpindi-dateline-dr', "RAWALPINDI: The number of confirmed dengue cases in Rawalpindi district this year rose to 1,146 on Wednesday after 87 more patients tested positive in 24 hours, according to the District Health Authority (DHA).\nOf the new cases, 61 were from the Dhok Sangar and Khurram Colony areas, the DHA said. Two deaths have been confirmed this season, of a 67-year-old man from Khurram Colony and a 19-year-old student from Dhok Sangar.\nThe city's three main public hospitals had 214 dengue patients admitted on Wednesday evening, 23 of them with dengue haemorrhagic fever, hospital officials said.\nDr. Nasreen Kausar Jadoon, the medical superintendent of Holy Family Hospital, said the hospital had expanded its dengue ward from 60 to 110 beds and opened a separate counter for fever patients.",
     ['RAWALPINDI: The number of confirmed dengue cases in Rawalpindi district this year rose to 1,146 on Wednesday after 87 more patients tested positive in 24 hours, according to the District Health Authority (DHA).', 'Of the new cases, 61 were from the Dhok Sangar and Khurram Colony areas, the DHA said.', 'Two deaths have been confirmed this season, of a 67-year-old man from Khurram Colony and a 19-year-old student from Dhok Sangar.', "The city's three main public hospitals had 214 dengue patients admitted on Wednesday evening, 23 of them with dengue haemorrhagic fever, hospital officials said.", 'Dr. Nasreen Kausar Jadoon, the medical superintendent of Holy Family Hospital, said the hospital had expanded its dengue ward from 60 to 110 beds and opened a separate counter for fever patients.']),
    ('h33-rt-hon-naira-in-his-words', "The Speaker, Rt. Hon. Folorunso Akintomide, presiding over plenary on Thursday. Photo: Assembly Media\nThe Ekiti State House of Assembly on Thursday passed the state's 2027 Appropriation Bill of N612.4 billion, N18.2 billion more than the N594.2 billion proposed by Governor Oluwaseun Ibitoye in October.\nThe lawmakers raised the capital expenditure vote from N301.7 billion to N319.9 billion, while recurrent expenditure was left at N292.5 billion. The budget is 9.1 per cent larger than the 2026 budget of N561.3 billion.\nThe governor presented the budget to the Assembly on October 22. Of the total, N84.6 billion is to be funded by borrowing, according to the budget document.\nThe Speaker, Rt. Hon. Folorunso Akintomide, said after the third reading that the increase would fund the completion of 14 rural roads abandoned by contractors.\nIn his words, “This budget is for the ordinary Ekiti man and woman in the villages. We cannot keep approving roads that are never finished.”",
     ['The Speaker, Rt. Hon. Folorunso Akintomide, presiding over plenary on Thursday.', 'Photo: Assembly Media', "The Ekiti State House of Assembly on Thursday passed the state's 2027 Appropriation Bill of N612.4 billion, N18.2 billion more than the N594.2 billion proposed by Governor Oluwaseun Ibitoye in October.", 'The lawmakers raised the capital expenditure vote from N301.7 billion to N319.9 billion, while recurrent expenditure was left at N292.5 billion.', 'The budget is 9.1 per cent larger than the 2026 budget of N561.3 billion.', 'The governor presented the budget to the Assembly on October 22.', 'Of the total, N84.6 billion is to be funded by borrowing, according to the budget document.', 'The Speaker, Rt. Hon. Folorunso Akintomide, said after the third reading that the increase would fund the completion of 14 rural roads abandoned by contractors.', 'In his words, “This budget is for the ordinary Ekiti man and woman in the villages.', 'We cannot keep approving roads that are never finished.”']),
    ('h33-party-abbrevs-mr-read-in-part', "Four members of the People's Alliance Movement (PAM) voted against the bill, while 21 members of the ruling Democratic Unity Congress (DUC) voted for it.\nReacting, the governor, in a statement signed by his Chief Press Secretary, Mr. Yinka Oderinwale, commended the lawmakers for what he called their “speedy and patriotic” consideration of the bill.\nThe statement read in part: “The 2027 budget will complete every project we started. No contractor who abandons a site will be paid another kobo.”\nIt was gathered that the governor is expected to sign the bill into law before Christmas.",
     ["Four members of the People's Alliance Movement (PAM) voted against the bill, while 21 members of the ruling Democratic Unity Congress (DUC) voted for it.", 'Reacting, the governor, in a statement signed by his Chief Press Secretary, Mr. Yinka Oderinwale, commended the lawmakers for what he called their “speedy and patriotic” consideration of the bill.', 'The statement read in part: “The 2027 budget will complete every project we started.', 'No contractor who abandons a site will be paid another kobo.”', 'It was gathered that the governor is expected to sign the bill into law before Christmas.']),
    ('h33-shilling-decimals-quote-split-mr', "Motorists will pay Sh7.20 more for a litre of super petrol in Nairobi from midnight tonight after the Energy and Petroleum Regulatory Authority (Epra) raised pump prices for the second month in a row.\nIn its monthly review, released on Sunday evening, Epra set the price of super petrol at Sh189.52 a litre in Nairobi, diesel at Sh178.34 (up Sh8.10) and kerosene at Sh162.07 (up Sh4.95). The new prices will apply from June 15 to July 14.\nEpra said the increase was driven by a 6.8 per cent rise in the average landed cost of imported super petrol in May and by a weaker shilling. It said the government had used Sh2.1 billion from the Petroleum Development Levy to cushion diesel prices.\nThe Matatu Operators Welfare Association (MOWA) said fares on routes into the Nairobi CBD would rise by between Sh20 and Sh50 from Monday.\n“We have no choice. A matatu on the Kiharu Road route uses about 40 litres of diesel a day,” said the association's chairman, Mr. Gideon Sitienei.",
     ['Motorists will pay Sh7.20 more for a litre of super petrol in Nairobi from midnight tonight after the Energy and Petroleum Regulatory Authority (Epra) raised pump prices for the second month in a row.', 'In its monthly review, released on Sunday evening, Epra set the price of super petrol at Sh189.52 a litre in Nairobi, diesel at Sh178.34 (up Sh8.10) and kerosene at Sh162.07 (up Sh4.95).', 'The new prices will apply from June 15 to July 14.', 'Epra said the increase was driven by a 6.8 per cent rise in the average landed cost of imported super petrol in May and by a weaker shilling.', 'It said the government had used Sh2.1 billion from the Petroleum Development Levy to cushion diesel prices.', 'The Matatu Operators Welfare Association (MOWA) said fares on routes into the Nairobi CBD would rise by between Sh20 and Sh50 from Monday.', '“We have no choice.', "A matatu on the Kiharu Road route uses about 40 litres of diesel a day,” said the association's chairman, Mr. Gideon Sitienei."]),
    ('h33-iloilo-dateline-ordinance-no-ma', 'ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved an ordinance banning single-use plastic bags, plastic straws and polystyrene food containers in the city, on a vote of 11-2 with one abstention.\nRegulation Ordinance No. 2026-047, authored by Councilor Ma. Cristina Yusay-Ebarle, chair of the committee on environment, will take effect 60 days after its publication in a local newspaper.\nUnder the ordinance, businesses caught using the banned items will be fined P1,000 for a first offense, P3,000 for a second and P5,000 for a third, with the city also cancelling the business permit after a third offense.\nMarket vendors and sari-sari stores will be given a six-month grace period, Yusay-Ebarle said.',
     ['ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved an ordinance banning single-use plastic bags, plastic straws and polystyrene food containers in the city, on a vote of 11-2 with one abstention.', 'Regulation Ordinance No. 2026-047, authored by Councilor Ma. Cristina Yusay-Ebarle, chair of the committee on environment, will take effect 60 days after its publication in a local newspaper.', 'Under the ordinance, businesses caught using the banned items will be fined P1,000 for a first offense, P3,000 for a second and P5,000 for a third, with the city also cancelling the business permit after a third offense.', 'Market vendors and sari-sari stores will be given a six-month grace period, Yusay-Ebarle said.']),
    ('h33-jr-question-inside-quote', 'Councilor Rodolfo Ganzon-Tupas Jr., one of the two members who voted against the measure, said it would hurt small vendors who cannot afford paper bags.\n“A paper bag costs three times as much as a plastic one. Who will carry that cost? The vendor, and then the customer,” he said.',
     ['Councilor Rodolfo Ganzon-Tupas Jr., one of the two members who voted against the measure, said it would hurt small vendors who cannot afford paper bags.', '“A paper bag costs three times as much as a plastic one.', 'Who will carry that cost?', 'The vendor, and then the customer,” he said.']),
    ('h33-brgy-sto-translation-in-brackets', "At the Bagong Tubod public market in Brgy. Sto. Domingo Norte, fish vendor Lorna Guanzonet said most of her customers still asked for plastic.\n“Indi ko kabalo kon diin ako makabakal sang barato nga supot (I don't know where I can buy cheap bags),” she said.",
     ['At the Bagong Tubod public market in Brgy. Sto. Domingo Norte, fish vendor Lorna Guanzonet said most of her customers still asked for plastic.', "“Indi ko kabalo kon diin ako makabakal sang barato nga supot (I don't know where I can buy cheap bags),” she said."]),
    ('h33-am-ends-tags-corp-footer', 'The council will hold a public consultation on the implementing rules on March 26 at 9 a.m. Residents may send comments to the Sangguniang Panlungsod secretariat before then.\nTags:  Iloilo City  Sangguniang Panlungsod  plastic ban  environment\nREAD NEXT\nCity hall annex restoration to start in May\nDengue cases in Iloilo province down 18 percent\nCopyright © 2026 Dagyaw Daily Publishing Corp. All Rights Reserved.',
     ['The council will hold a public consultation on the implementing rules on March 26 at 9 a.m.', 'Residents may send comments to the Sangguniang Panlungsod secretariat before then.', 'Tags:  Iloilo City  Sangguniang Panlungsod  plastic ban  environment', 'READ NEXT', 'City hall annex restoration to start in May', 'Dengue cases in Iloilo province down 18 percent', 'Copyright © 2026 Dagyaw Daily Publishing Corp.', 'All Rights Reserved.']),
    ('h33-match-report-minutes', "St Ambrin's College won the Chisholm Cup for the fifth time on Saturday night, beating Chestervale High 4-2 on penalties after the final at the National Stadium finished 1-1 after extra time.\nGoalkeeper Jahmari Quellington, 17, saved Chestervale's first and fourth kicks, diving to his left both times, before captain Tevin Mossman-Ffrench scored the winner.\nChestervale had led through a 23rd-minute header from Romaine Blissett, who rose above two defenders to meet a corner from the right. St Ambrin's equalised in the 71st minute when substitute Kemar Vickerie curled a free kick into the top corner from 25 metres.",
     ["St Ambrin's College won the Chisholm Cup for the fifth time on Saturday night, beating Chestervale High 4-2 on penalties after the final at the National Stadium finished 1-1 after extra time.", "Goalkeeper Jahmari Quellington, 17, saved Chestervale's first and fourth kicks, diving to his left both times, before captain Tevin Mossman-Ffrench scored the winner.", 'Chestervale had led through a 23rd-minute header from Romaine Blissett, who rose above two defenders to meet a corner from the right.', "St Ambrin's equalised in the 71st minute when substitute Kemar Vickerie curled a free kick into the top corner from 25 metres."]),
    ('h33-pm-mid-aet-scorers', "The winners now meet the rural champions, Dalmerton High, in the Schools' Challenge Cup final on December 5 at 7 p.m. at the National Stadium.\nResult: St Ambrin's 1 Chestervale 1 (a.e.t.; St Ambrin's won 4-2 on penalties)\nScorers: Vickerie 71'; Blissett 23'",
     ["The winners now meet the rural champions, Dalmerton High, in the Schools' Challenge Cup final on December 5 at 7 p.m. at the National Stadium.", "Result: St Ambrin's 1 Chestervale 1 (a.e.t.; St Ambrin's won 4-2 on penalties)", "Scorers: Vickerie 71'; Blissett 23'"]),
]  # fmt: skip
