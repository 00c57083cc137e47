"""Seventy-seventh set of new hand-labelled pages for the hint engines (tuning set, round thirty-four):
twelve WHOLE pages, head to tail, in which FINDING THE ATTRIBUTION is the hard part, in the styles a
fact-checking desk meets most, each from a different country's house style: a live blog with timed
entries from three reporters (Australia), a long Q&A interview introduced by the outlet (India),
wire copy on a TV station's portal with its writethru note and credits (the United States), a
press-briefing story with four speakers in turn (Nigeria), a court story quoting testimony and
filings (Canada), a story built on "according to" figures, memos, reports and minutes (Ireland), a
story whose quotes run over several paragraphs after one cue (England), reported speech without
quotation marks in the present tense (South Africa), speakers named after their quotes (Ghana),
statements read out and posted online (the Philippines), a sport story with the coaches' and
players' words (New Zealand) and a science story with a study's findings and outside experts
(Singapore). Ten of the twelve are outside the US and the UK.

Written from scratch for issue 13 in round thirty-four, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README of the project and no benchmark was read, `claimreview` was never imported, and
no test, scorer, engine or `pytest` was run. The brief's folder held the brief and a scoring script;
the folder was listed and the brief read, and the scoring script was never opened. The notes of the
session's own tools (the search tool's and the environment's READMEs, outside the repository) were
read in part; no search or fetch was made. The format and the conventions were read from the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`), and
from a listing of `labelled_new75.py` and `labelled_new76.py` printed by a script of my own: their
module docstrings, their import line, their `STYLES`, their first two pages and their first four
`CASES`, lines cut to 400 characters. The terminal cut that listing in the middle, so it was saved
to a file in /tmp and parts of it were printed again with `sed`: the whole docstring of
`labelled_new75.py` (its last lines cut to 300 or 400 characters) and the docstring of
`labelled_new76.py` with the start of its `STYLES` (cut to 400 characters; so the first, long line
of that docstring and every style line were seen only in part); the rest of the pages of those two
listings was seen only as far as the first printing showed it. Also read: `build` in
`labelled_articles.py` (a `grep -n "def build" -A15` listing) and the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` listing). No other page, case or docstring of any file under `tests/` was
read. What was run: `ls tests/text` filtered to the names `labelled_new7*` and `labelled_heldout5*`
and a count of `tests/text` (names and counts only); read-only `git status --short` runs (the first
printed nothing; a later one listed three files under `claimreview/` as modified by someone else and
`labelled_new78.py`, `labelled_heldout53.py` and `labelled_heldout54.py` as untracked, names only,
none of them opened); a Python one-liner printing the calendar of 2026 to check weekdays; scripts of
my own in /tmp that turn a small line format into the literals below, rename coined names, cut the
split cases out of the pages and count sentences; an import of this file with `build` on every page;
a checking script of my own (four fields, flags, a cue for every speaker and a speaker for every
cue, no speaker on furniture, the sentence count, every split case occurring in a built page and
joining back to its sentences); whole-word case-insensitive counts over `tests/` of every
capitalised word of these pages and speakers (each part of a hyphenated name on its own) and of
every candidate replacement, printing file counts only (`grep -rilw ... | wc -l` at first, then a
script of my own doing the same); three `grep -rliw` runs that listed only the names of the files
holding eight coined names that hit once (to see whether the single hits sat in one file; they did
not, and the two names that began to hit after the first pass sat in sibling files being drafted at
the same time and were renamed; no line was printed); a `grep -c` of `fmt: off` / `fmt: on` in
`labelled_new75.py` and `labelled_new76.py` (a count only, 0 in both, to see how their literals were
laid out); and `ruff format` / `ruff check` on this file. A first draft hit more than a hundred
coined surnames, towns, streets, outlets, companies and clubs of other files under `tests/`; each
was renamed, and only replacements with no hit were kept. The last count-only pass ran over every
file under `tests/` (this one left out) when the sibling files existed, and found none of this set's
coined names elsewhere; what still hits is given names (Sienna, Glenn, Kezia, Nosipho, Kojo, Rodel,
Trent and the like), titles, common words and the real settings listed below.

Every person, town, suburb, village, estate, street, road, river crossing, market, library,
hospital, health centre, school, pre-school, court case, association, campaign, company, railway,
water board, contractor, club, ground, university, institute, journal, outlet, wire, radio station,
TV station and number is invented. Real countries, states, regions, big cities and public bodies
appear only as settings, with invented figures and invented people in their offices: Australia,
Queensland, Rockhampton, the Premier's office, the Queensland police, the SES, the Bureau of
Meteorology and Triple Zero (000); India, Chennai, Tamil Nadu, Hosur, Coimbatore, Madurai, the
Centre, the State government and the Vahan registration portal, and China (in a question); the
United States, Iowa, Des Moines, Nebraska, Omaha, Chicago, Illinois, Minnesota, Washington, the
governor's office, the National Transportation Safety Board (NTSB), the Federal Railroad
Administration and the Iowa Department of Natural Resources, and the FCC and EEO (in a station
footer); Nigeria, Oyo State, Ibadan and its Ibadan North-East and Ibadan South-East local government
areas, the Oyo State Government and its commissioners, the Nigeria Centre for Disease Control and
Prevention (NCDC), the Water Corporation of Oyo State, and Ondo and Owo (in a related headline);
Canada and Ontario, the Crown and Kingston (in a trending headline); Ireland, Co Mayo, Mayo County
Council, the Department of Housing, the Housing Agency, Census 2022, the Freedom of Information Act,
the Minister for Housing and the Dáil; England and Wales (in a company line); South Africa,
KwaZulu-Natal, the Minister of Water and Sanitation and the national department, the Auditor-General
and PAIA (in a footer); Ghana, Sekondi, Takoradi (in a related headline), the Sekondi-Takoradi
Metropolitan Assembly (STMA) and its Metropolitan Chief Executive (MCE), Liberation Road and the
central government; the Philippines, Misamis Oriental, Mindanao, Manila, the Department of Public
Works and Highways (DPWH) and its Misamis Oriental 2nd District Engineering Office, the Department
of the Interior and Local Government, the Office of the Ombudsman for Mindanao and a city police
station; New Zealand, Manawatū, Palmerston North, the Chatham Cup, New Zealand Football and the
Media Council (in a footer); Singapore, Punggol, Sengkang, the Health Promotion Board, the Early
Childhood Development Agency, the National Medical Research Council, Primary 6, and China and Sydney
(in an outside expert's words and place of work). Facebook, Messenger, X, WhatsApp, Telegram,
LinkedIn and TikTok appear only as channels.

Each page is a WHOLE page as a new user pastes it after selecting all in a browser, so every
furniture line (masthead, account and offer strips, menus, crumbs and section labels, LIVE, bylines,
date and updated lines, share strips, captions' credits and running times, key-event lists, time
stamps and reporter lines, sign-off and self-introduction lines, the interview's introduction line
and "Edited excerpts:", the wire's not-edited note, "Eds:" note, correction and contributor lines,
READ ALSO:/Read more:/READ:/Also Read: links, advertisement labels, newsletter, app, WhatsApp and
Telegram lines, moderation and comments-closed notes, tags, topics, bios, tip lines, printable and
copyright lines and footers) is a paragraph of its own and "B", worded in that site's own way. The
weight is on the story sentences and their sources. `STYLES` names the site, the story and the
stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new75.py` and `labelled_new76.py` (and, as their docstrings
state them, in earlier sets) hold too: furniture "B" line by line; captions by content and credits
"B"; headlines and standfirsts never split at a semicolon or a comma, a verb of saying in them
carrying the source as the body names it; titles, ranks, honorifics and roles dropped from speakers
("Dr", "Mr", "Mrs", "Madam", "Alhaji", "Gogo", "Nana", "Cllr", "Gov.", "Atty.", "Engr.", "Associate
Professor", "Professor", "Justice", "Council leader", "Community leader", "Goalkeeper"); a pronoun,
a later surname or a role resolved to the full name as first given; organisations, documents and
data kept as written, "according to X" -> X whole, "It" for an organisation or a document resolved
to its name as first given with a lower-case article, a later generic noun ("the council", "The
department", "the railroad", "The company", "The spokeswoman", "the statement", "the post", "The
figures", "The memo", "the documents", "The researchers") kept as written; a quote over several
sentences or paragraphs carrying its speaker and cue, a question inside it too; "declined to
comment", "did not respond" and "did not say" labelled like speech with flags ""; a named person
acting or described, with no verb of saying, carries no speaker; plans, votes, decisions, rules and
figures of record "W"; forecasts, estimates, hopes, threats, intentions, opinions, feelings, scene,
private circumstances, questions and advice ""; a figure of record inside a quote or an opinion "W";
Q&A answers carry the interviewee with the prefix as the cue and questions no speaker unless they
cite a source; live-page time stamps and reporter lines "B", entry headlines labelled like
headlines; sport data lines (scorers, referee, crowd) "".

Conventions this set had to settle, in the same spirit:

* Sources named after the words. A quote whose attribution comes at its end ("“We were told three
  months." / "It is now 14 months ...,” said Madam Akosua Bentsi, ...") carries the speaker on every
  sentence, those before the attribution too; "asked" after a quoted question is the cue ("Who
  pays?” asked Kwabena ..."); a role after the name is dropped ("..., the Metropolitan Chief
  Executive (MCE), Mr Kojo Essumang, said" -> "Kojo Essumang"); "Nana Adwoa Gyamfuaa II" loses the
  title and keeps the regnal number ("Adwoa Gyamfuaa II"). The same holds for reported speech with
  the source at the end ("..., he said.", "..., the railroad said.").
* Roles before the name. "A forensic accountant testified ..." in a court story's lead, with the
  accountant named in the next paragraph, carries his name (as the reviewer names him), and so does
  a headline's "forensic accountant testifies"; "said the 33-year-old" resolves to the captain named
  in the lead without a verb of saying; "The Premier", "the minister", "The MCE" resolve to the
  people.
* British quotes over paragraphs. After "Council leader Cllr ... said: “..." every sentence of the
  following paragraphs that open with a quotation mark, up to the closing one, carries the speaker
  and the cue of the colon line ("said", "added"); a claim attributed to someone else INSIDE the
  quote ("The council says this is about money.") carries the quote's speaker.
* Reported speech without quotation marks. "Water and Sanitation Minister ... says", "She says",
  "The minister says" and "Residents of Gqumeni Extension 4 say" take "says"/"say" as cue, each
  sentence carrying its own source; a report of an official's figure is "W" and a report of her
  opinion "".
* Statements read out and posted. "In a statement read by City Administrator Atty. ... at a press
  conference on Monday, Mayor ... said ..." carries the mayor (the statement's author), cue "said";
  the administrator's own remark after it carries her; "The statement read in part:" and the
  paragraphs of the statement quoted under it carry "The statement" with the cue "read" (a document
  as written, like "the post read", "the memo warns" and "the statement said", even where the
  statement speaks in the first person); "said in a post on its official Facebook page", "said in an
  emailed statement", "said in a Facebook live", "said in an advisory posted on Facebook", "said in
  the video" and "said in response to queries" are cues as written.
* Press briefings. "The Commissioner for Health, Dr ..., who disclosed this on Tuesday at a joint
  press briefing in Ibadan, said ..." takes the main verb "said" as cue, not "disclosed"; "Speaking
  at the same briefing, ..., said", "She added that" ("added") and "She noted that" ("noted") carry
  the people; "When a journalist asked why ..., Dr ... said" carries the answerer.
* Court. "told the court", "testified", "agreed", "has told the jury", "has said" and "told jurors"
  are cues; "Under cross-examination by defence lawyer X, Y agreed" carries Y; a judge's instruction
  to jurors is ""; "According to an agreed statement of facts filed with the court" keeps the
  document whole and "The statement says" is kept as written; "court records show" keeps the
  records.
* Documents and data with their own verbs. "The figures show", "An internal council memo ... says",
  "The memo states", "It estimates" (the memo; an estimate, ""), "the memo warns" (a forecast, ""),
  "The council's annual report for 2024 shows", "A 2025 report by the Housing Agency found",
  "Minutes of ... record", "Census 2022 recorded", "The NCDC's latest situation report ... records",
  "The Auditor-General's latest report on the municipality found", "Documents from the assembly's
  budget for 2026 show", "The city's bids and awards committee records ... show", "a Singapore study
  has found", "the researchers reported", "the study found", "it found", "The researchers wrote" and
  "they noted" keep the document or the group as written, without a clause set off by commas.
* Q&A with full stops. "Q." and "A." open their sentences and never stand alone; the answers take
  the cue "A."; "A. No." is a sentence; an answer that cites a report ("The report does say that,
  ...") still carries the interviewee; a question that cites a source carries it ("Q. Your dealers
  in Madurai say ..." "W", "Q. Some analysts say ..." "", "Q. The Madurai fire department's report
  says ..." "W"), and a bare statement of fact inside a question ("Q. The subsidy falls to ₹5,000 a
  vehicle in April.") is "W" without a speaker. The line that introduces the interview is "B".
* Live blog. The summary points under the headline are labelled by content with their sources; the
  key-events list is "B" item by item (links that repeat entry headlines); each entry's time stamp
  and reporter line are "B", as are the sign-off, "Here's what happened today:" and the
  self-introduction; the recap under the sign-off is "W" without a speaker; "If you are in danger,
  call Triple Zero (000) ..." inside an entry is story advice (""); entry headlines carry the source
  their entry names ("Water treatment plant back online, council says" -> "the Kallowra Regional
  Council").
* Wire copy. The station's not-edited note, the "Eds:" writethru note, the correction line, the
  contributor line and the three copyright sentences are "B"; the dateline "CORBENDALE, Iowa
  (Greyspan) —" belongs to the first sentence, which carries "officials"; "the railroad said in a
  statement" after the railway's name in the same sentence keeps "the railroad", and "It said"
  resolves to "Nishnabotna Southern Railway".
* Nested sources. In reported speech that cites something else ("He said ... a 2024 survey by his
  team found ...", "She said Oyo was one of 14 states ...") the outer speaker is the source.

Splits. "9.40am", "11.4 metres", "…" inside a quote, "(000)", "1,84,000", "R. Balasubramanian", "Q."
and "A." at the start of a sentence, "0.3%", "6 p.m. on January 19", "₹1,09,999", "07:15:22 |
https://...ece", "8:51 PM CST Mar 4, 2026", "(Greyspan) —", "6:15 a.m. near", "in the U.S. since",
"Gov. Marla", "as of 6 p.m., the", "N450m", "Oct. 14, 2026.", "$312K", "50/50", "Sat Feb 14 2026 -
06:00", "€41,000", "December 31st", "No. 04417892.", "40 000", "R310 million", "2024/25", "0800 011
347", "GH¢8,000", "Atty. Lorna", "Sept. 11.", "₱86-million", "Co., said", "Engr. Ramon", "Co.,
Inc.", "38'", "90+3'", "61' pen", "18.2 per cent" and "t.me/islandrecordhealth" never split a
sentence wrongly; "in the U.S." before "Most", "5 p.m." before "The order", "4 p.m." before "State",
"Media Inc." before "All rights reserved.", "Greyspan Press." before "All rights reserved.", "Media
Ltd." before "Registered", "A. No." before "The report", "Is that fair?" and "Are you blaming the
owner?" after a "Q." sentence, "Here's what happened today:" at a line's end, "“The freezer, the
photos, Ron's tools." before "All of it.”", "“Sometimes I sell nothing." / "Nothing." / "I go home
...", "“We were told three months." before "It is now", "“The rain comes, the goods spoil." before
"Who pays?” asked", "“Why was the design changed, and who approved it?" before "That is what", "Have
a story for us?" before "Message", and a quote ending inside its marks ("... as her own.”" before
"Tiefenbach") end one; a quoted question followed by its attribution ("“Where else is warm and
free?” said Derek Hambling, ...") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Australian metropolitan daily's live blog on central Queensland floods, closed and read as it happened, entries newest first from three reporters (masthead, subscribe strip with pipes, menu, topic label, LIVE, headline with 11.4 metres, two summary points with says in the middle of one, byline of three reporters, updated line with pm AEST, share strip, key events list with times, a time stamp and a reporter line over every entry, a sign-off entry with a recap and a Triple Zero line that is story, council says in an entry headline with the council said in a post on Facebook and It said, a press conference with the Premier, a deputy police commissioner and an SES assistant commissioner in turn with an ellipsis inside a quote and Asked whether ... the Premier said, a resident named after her quote with says and a quote of two fragments, according to its coordinator, a hydrologist with says and Mr Rijnders said, a mayor's Facebook video with In it, he says, share lines, newsletter box, related links, comments-closed line, footer)",
    "Indian English-language national daily's long Q&A interview with an electric-scooter maker's founder after a battery recall (masthead, e-paper and sign-in strip, menu, crumb with ›, INTERVIEW label, headline with a quote and says before the founder is named, dek naming her without a verb of saying, byline, place and last-updated line with a pipe and IST, share strip, caption and a | Photo Credit: with an initial, the outlet's own introduction with lakh figures and according to registration data, the meeting line and Edited excerpts:, questions opening Q. and answers opening A. over several sentences, questions citing dealers, analysts and a fire department's report, A. No. before its explanation, p.m. in an answer, crore figures and an estimate, topics line, related stories, moderation note in two sentences, printable-version line with a URL, copyright)",
    "US local TV station's website carrying a wire story from Iowa, an ethanol train derails and burns beside a small town, with the wire's writethru note, correction and contributor line (station brand, watch and sign-in strip with pipes, weather strip, menu, section label, a not-edited-by-us note, headline, wire byline in capitals, updated line with PM CST, an Eds: note with a semicolon, video caption, credit and running time, a CORBENDALE, Iowa (Greyspan) — dateline carrying officials said, a coordinator named after what he said with a.m. mid-sentence, he said and Maybrook said, the railroad said in a statement, It said and the railroad said, Gov. at a news conference, the NTSB said and a board member who told reporters, according to Federal Railroad Administration data, in the U.S. in the middle of one sentence and at the end of the next, 5 p.m. and 4 p.m. ending sentences before capitals, the sheriff's office said after an unattributed sentence, a resident named after his quote, correction line, contributor line, wire copyright in three sentences, alerts and app lines, trending list, station footer)",
    "Nigerian national daily's site, a joint press briefing in Ibadan on a cholera outbreak with four speakers in turn and a community leader after it (masthead, date strip, menu, section label, headline opening Cholera: with Oyo confirms, byline with a place, date line, share line, caption and Photo: credit, the state government has confirmed, a commissioner with Dr who disclosed this ... said, She said and she said, She added that, Speaking at the same briefing with Mr and N450m, an NCDC team leader, a situation report that records, She noted that, READ ALSO: line with two colons, a chief medical director with he said, a journalist's question answered by Dr Fagbohungbe-Oni, Advertisement, a community leader with Alhaji who spoke with our correspondent, a spokesperson with Mrs who did not respond to calls and text messages, WhatsApp channel line, copyright in two sentences, a no-copying line, contact line, related news, comments note)",
    "Canadian regional daily's site in Ontario, a fraud trial of a minor hockey association's former volunteer treasurer, told through testimony, cross-examination and filings (masthead in capitals, offer and sign-in strip, menu, crumb with slashes, headline carrying the forensic accountant through testifies, byline, published and updated line with bullets and a read time, comment link, caption with Oct. and its Photo by credit, a FERNMOOR — dateline whose unnamed forensic accountant testified and is named in the next paragraph with told the court, he said and He said, Article continues below, Under cross-examination by defence lawyer ... agreed, a quote with a question clause after said, According to an agreed statement of facts filed with the court and The statement says, an assistant Crown attorney who told the jury with a quote ending inside its marks, has told the jury and has said, the association's president who testified, Asked by ... he said:, a civil claim and court records show, a parent named after her quote, Justice ... told jurors, comments-closed note, trending list, corporate line with Inc. before All rights reserved.)",
    "Irish regional paper's site in Co Mayo, a story built on figures released under Freedom of Information, an internal memo, an annual report, a national agency's report, committee minutes and census figures about empty council homes (masthead, subscribe, sign-in and newsletters strip with pipes, menu with Farming and GAA, section label, headline with figures show, standfirst carrying the memo through warns, byline, date line with a dash and a 24-hour time, share strip, caption and Photograph: credit, according to figures released to the paper under the Freedom of Information Act and The figures show, according to the Department of Housing's figures, an internal council memo says, The memo states, It estimates resolving to the memo, the memo warns, an annual report shows, a report by the Housing Agency found, minutes record, Census 2022 recorded, Advertisement, In a statement, a spokeswoman ... said with She said and the statement said, The spokeswoman did not say, a department spokesman, WhatsApp line in two sentences, Cllr and a committee chair's quotes, a TD, a mother described before her quotes, related link, company line with DAC, footer)",
    "English local paper's site, a borough cabinet votes to close four libraries, with quotes that run over several paragraphs after one said: or added: in the British way, each paragraph opening with a quotation mark and only the last one closing (masthead, menu, crumb with ›, headline with £, standfirst carrying the council leader through says with a union's claim after but, byline with a local democracy reporter's role, time-first date line with Updated, bookmark, share and comments strip, caption and (Image: ...) credit, a vote of record without a speaker, according to a report to cabinet, Council leader Cllr ... said: before three paragraphs, a branch secretary said: before two, a campaign that said and Its founder ... added: before three with The council says inside the quote, Read more: link, newsletter box, Opposition leader Cllr, In a statement issued after the vote, the council said: before two paragraphs, a reader named after a question in his quote, bio line with the reporting scheme, Have your say, company line and Registered in England and Wales No.)",
    "South African radio network's news site in KwaZulu-Natal, the national water department takes over a failing municipality's water services, told almost wholly in reported speech in the present tense without quotation marks (station brand, listen-live strip with a play sign and pipes, news menu, section label, headline, reporter line, date line and last-updated line with 24-hour times and a pipe, audio link with its running time, caption and Image: credit, a minister whose title stands before her name with says, Mtshengu-Zwelibanzi says, She says and The minister says, space-separated thousands such as 40 000 and R310 million, a water board's chief executive with says, a municipal spokesperson with says, Residents of ... say, a community leader with says and one short quote with says after it, a grandmother with Gogo, Related: link, an opposition councillor, the Auditor-General's report found with 2024/25, the department says with a toll-free number, [WATCH] link, tags, news-tips line with a phone number, corporate line with (SOC) Ltd, footer with PAIA)",
    "Ghanaian news portal's regional page, traders moved out of a market for its rebuilding are still on the pavements 14 months later, told mostly in quotes whose speakers are named after them (portal brand, menu with pipes, section label, headline with a figure, Written by line with a pipe and a place, date line with am, share line, caption with its Photo Credit, according to the Sekondi-Takoradi Metropolitan Assembly (STMA), a quote that opens with a sentence before its attribution with Madam and a who clause, a question in a quote followed by asked and the speaker's name, a trader named after her quote with a role after the name, Traders say, an officer with Mrs named after her quote, the MCE named after his quote with his role and Mr before the name, He said and he said, Also Read: link with two colons, a project manager at the contractor who asked not to be named, a market queen with Nana and II named after her quote, She said, The MCE said, documents that show and the documents show, a seller named after a quote of three sentences, ADVERT, send-your-stories line, copyright in two sentences)",
    "Philippine English-language daily's regional page in Misamis Oriental, a city closes a new footbridge after cracks are found, told through a mayor's statement read out by his city administrator, a district engineering office's Facebook post, a contractor's emailed statement, a councilor's Facebook live, a police advisory and a video the mayor posted (masthead in capitals, e-paper, subscribe and TikTok strip, menu, crumb with a slash, headline with ₱86-M and a semicolon carrying the engineering office through says, byline, date line with a pipe and PM, share line, caption and a (Photo courtesy of ...) credit, a capitals dateline with In a statement read by City Administrator Atty. ... Mayor ... said, the administrator's own said, The statement read in part: before three paragraphs of the statement with Sept. 11. ending a sentence, the office said in a post on its official Facebook page, the post read and It added, READ: link, Co., said in an emailed statement and The company said, a councilor's Facebook live with a question opening his quote, bids and awards committee records show, a residents' alliance, ADVERTISEMENT, according to a city traffic count, a police advisory posted on Facebook, a student named after her quote, a city engineer with Engr. who declined to comment, the mayor's video with he said in the video, a tip line with a question, copyright with Co., Inc., footer with pipes)",
    "New Zealand regional daily's sport page in Manawatū, a club wins its first national football cup with a stoppage-time header, with the coach's, the captain's, the goalkeeper's and the beaten coach's and striker's words (masthead, menu, search and log-in strip, sport menu, crumb with >, headline, standfirst carrying the beaten coach through says before she is named, byline, date line with pm, share line, video caption, credit and running time, match facts box with scorers and minutes with apostrophes, referee and crowd as data lines, the captain named in the lead without a verb of saying and then quoted with said the 33-year-old, a coach who said and he said, Advertisement, the beaten coach with said and she said and a quote of three sentences, a striker named after his quote, a scorer who told reporters with a quote inside, a goalkeeper whose role is dropped, New Zealand Football said and according to New Zealand Football, Read more: link, bio, subscribe line, footer with the Media Council)",
    "Singapore English-language daily's health page, a local study finds pre-schoolers who spend two hours a day outdoors are a third less likely to become short-sighted, with the lead author and two outside experts (masthead in capitals, menu, section label, headline carrying the study through finds, byline with a role, published and updated lines with PM, share strip, caption in two sentences and its PHOTO: credit, a Singapore study has found, a sentence of description without a cue, the researchers reported, the study found and it found, according to the Health Promotion Board, Associate Professor before a Chinese name kept in its order with she said, She said and Prof Seetoh said, The researchers wrote and they noted, READ MORE: link, an outside expert with Dr named after her quote with a who-was-not-involved clause, But she said, a second expert with Professor and He said with a survey by his team inside, a Telegram line with a bare link, an agency that said in response to queries, Madam and a Malay name resolved from Madam Nurulhuda, a principal named after her quote, a funding sentence of record, related topics, copyright with a permission line)",
]

ARTICLES = [
    [  # 1. Australian metropolitan daily's live blog on central Queensland floods, closed and read as it happened, entries newest first from three reporters
        [("The Fitzhardinge Bulletin", "", "", "B")],
        [("Subscribe from $1 a week   |   Log in   |   Today's Paper", "", "", "B")],
        [
            (
                "Home   Queensland   National   World   Politics   Business   Sport   Weather   Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Queensland floods", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Kallowra River peaks at 11.4 metres as 600 homes are cut off and 41 people are rescued – as it happened",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The river peaked at 9.40am on Tuesday and is falling slowly, the Bureau of Meteorology says, but will stay above the major flood level until at least Thursday.",
                "the Bureau of Meteorology",
                "says",
                "W",
            )
        ],
        [
            (
                "Premier Deb Tallant-Wyburgh says disaster recovery funding has been activated for three councils.",
                "Deb Tallant-Wyburgh",
                "says",
                "W",
            )
        ],
        [("By Sienna Lindeqvist, Joel Whitcaster and Priya Vannathan", "", "", "B")],
        [("Updated 6.05pm AEST, Tuesday 17 February 2026", "", "", "B")],
        [("Share   Gift this article   Save", "", "", "B")],
        [("Key events   Show key events only", "", "", "B")],
        [("5.10pm   Premier activates disaster funding for three councils", "", "", "B")],
        [("9.55am   Mayor says levee held overnight", "", "", "B")],
        [("6.05pm AEST", "", "", "B")],
        [("Joel Whitcaster", "", "", "B")],
        [
            ("That's where we'll leave our live coverage for tonight.", "", "", "B"),
            ("Here's what happened today:", "", "", "B"),
        ],
        [
            (
                "The Kallowra River peaked at 11.4 metres at 9.40am, its highest level since February 1991.",
                "",
                "",
                "W",
            ),
            (
                "Police made 41 rescues overnight, 29 of them from cars driven into floodwater.",
                "",
                "",
                "W",
            ),
            (
                "About 600 homes remain isolated, and 212 people spent the afternoon at the evacuation centre at the Kallowra showgrounds.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "If you are in danger, call Triple Zero (000) and do not drive into floodwater.",
                "",
                "",
                "",
            )
        ],
        [("5.48pm AEST", "", "", "B")],
        [("Joel Whitcaster", "", "", "B")],
        [
            (
                "Water treatment plant back online, council says",
                "the Kallowra Regional Council",
                "says",
                "W",
            )
        ],
        [
            (
                "The Kallowra Regional Council says its water treatment plant restarted at 4.30pm after being shut down for 14 hours when floodwater reached its pump station.",
                "the Kallowra Regional Council",
                "says",
                "W",
            ),
            (
                "Residents should still boil drinking water for at least a minute until further notice, the council said in a post on Facebook.",
                "the council",
                "said in a post on Facebook",
                "",
            ),
            (
                "It said bottled water would be handed out at the showgrounds until 8pm.",
                "the Kallowra Regional Council",
                "said",
                "W",
            ),
        ],
        [("Share", "", "", "B")],
        [("5.10pm AEST", "", "", "B")],
        [("Priya Vannathan", "", "", "B")],
        [("Premier activates disaster funding for three councils", "", "", "W")],
        [
            (
                "The Premier, Deb Tallant-Wyburgh, has just finished a press conference at the disaster coordination centre in Rockhampton, flanked by the police and SES chiefs.",
                "",
                "",
                "",
            ),
            (
                "She says disaster recovery funding has been activated for the Kallowra, Boongarry and Wendell Shire councils, covering emergency accommodation, clean-up crews and grants of up to $180 for each person who has been displaced.",
                "Deb Tallant-Wyburgh",
                "says",
                "W",
            ),
            (
                "“We will not leave anyone behind on this, not one family,” she said.",
                "Deb Tallant-Wyburgh",
                "said",
                "",
            ),
        ],
        [
            (
                "Deputy Police Commissioner Ray Oesterlund-Marraby said officers had made 41 rescues since midnight, 29 of them from cars that had been driven into floodwater.",
                "Ray Oesterlund-Marraby",
                "said",
                "W",
            ),
            ("“If it's flooded, forget it,” he said.", "Ray Oesterlund-Marraby", "said", ""),
            (
                "“I don't know how many more times we can say it … we are pulling people off car roofs in the dark.”",
                "Ray Oesterlund-Marraby",
                "said",
                "",
            ),
        ],
        [
            (
                "Queensland SES assistant commissioner Kylie Bramstone said the service had taken 1,130 calls for help in the 24 hours to 3pm, most of them about leaking roofs and sandbags.",
                "Kylie Bramstone",
                "said",
                "W",
            )
        ],
        [
            (
                "Asked whether the evacuation order for Skillion Flat had come too late, the Premier said it had been issued on the advice of the local disaster management group at 11pm on Monday.",
                "Deb Tallant-Wyburgh",
                "said",
                "W",
            ),
            (
                "“I'm not going to second-guess the people on the ground,” she said.",
                "Deb Tallant-Wyburgh",
                "said",
                "",
            ),
        ],
        [("3.35pm AEST", "", "", "B")],
        [("Joel Whitcaster", "", "", "B")],
        [
            (
                "Inside the Kallowra evacuation centre, where 212 people are waiting for the water to drop",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The pavilion at the Kallowra showgrounds smells of wet dog and instant coffee.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“We've lost the lot downstairs,” says Noeline Fenning-Brede, 71, who has lived on Keelstead Street since 1979.",
                "Noeline Fenning-Brede",
                "says",
                "",
            ),
            ("“The freezer, the photos, Ron's tools.", "Noeline Fenning-Brede", "says", ""),
            ("All of it.”", "Noeline Fenning-Brede", "says", ""),
        ],
        [
            (
                "She says the water came up faster than it did in 1991, when she and her late husband carried their furniture upstairs with a day to spare.",
                "Noeline Fenning-Brede",
                "says",
                "",
            )
        ],
        [
            (
                "The centre had 212 people registered at 3pm, along with 38 dogs, four cats and a cockatoo, according to its coordinator, Gail Mustoe.",
                "Gail Mustoe",
                "according to",
                "W",
            )
        ],
        [("1.50pm AEST", "", "", "B")],
        [("Sienna Lindeqvist", "", "", "B")],
        [
            (
                "Kallowra River has peaked at 11.4 metres, hydrologist says",
                "Callum Rijnders",
                "says",
                "W",
            )
        ],
        [
            (
                "Bureau of Meteorology senior hydrologist Callum Rijnders says the Kallowra River peaked at 11.4 metres at the town gauge at 9.40am and has since fallen 12 centimetres.",
                "Callum Rijnders",
                "says",
                "W",
            ),
            (
                "He says it is expected to stay above the major flood level of 9 metres until at least Thursday.",
                "Callum Rijnders",
                "says",
                "",
            ),
        ],
        [
            (
                "More rain is forecast for the upper catchment on Wednesday, but falls of 20 to 40mm should not cause a second peak, Mr Rijnders said.",
                "Callum Rijnders",
                "said",
                "",
            )
        ],
        [("Share", "", "", "B")],
        [("9.55am AEST", "", "", "B")],
        [("Sienna Lindeqvist", "", "", "B")],
        [("Mayor says levee held overnight", "Trent Gillespie-Zammitt", "says", "W")],
        [
            (
                "Kallowra Mayor Trent Gillespie-Zammitt has posted a video to the council's Facebook page, filmed on top of the town levee at first light.",
                "",
                "",
                "",
            ),
            (
                "In it, he says the levee held through the night and no water came over the top, although council crews found two small leaks near the Keelstead Street pump station and sealed them before 5am.",
                "Trent Gillespie-Zammitt",
                "says",
                "W",
            ),
            (
                "“I've been up on this levee since 2am and I've never been so glad to see a big wall of dirt,” he says.",
                "Trent Gillespie-Zammitt",
                "says",
                "",
            ),
            (
                "“Stay home, stay off the roads, and check on your neighbours.”",
                "Trent Gillespie-Zammitt",
                "says",
                "",
            ),
        ],
        [("Share", "", "", "B")],
        [("Get our Queensland Morning Brief", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("More on the floods", "", "", "B")],
        [("How to apply for a disaster hardship grant", "", "", "B")],
        [("Comments are closed on this blog.", "", "", "B")],
        [("© Fitzhardinge Media Pty Ltd 2026", "", "", "B")],
        [("Contact us   Privacy   Terms of use   Accessibility", "", "", "B")],
    ],
    [  # 2. Indian English-language national daily's long Q&A interview with an electric-scooter maker's founder after a battery recall
        [("The Palar Standard", "", "", "B")],
        [("e-Paper   Subscribe   Sign In", "", "", "B")],
        [
            (
                "India   States   Cities   Business   Sport   Opinion   Entertainment   Data   Videos",
                "",
                "",
                "B",
            )
        ],
        [("Business › Industry", "", "", "B")],
        [("INTERVIEW", "", "", "B")],
        [
            (
                "‘One fire is one too many’, says Ilavan Motors founder on recall of 11,400 e-scooters",
                "Shanthi Ramakanthan",
                "says",
                "W",
            )
        ],
        [
            (
                "Shanthi Ramakanthan on the battery fires, the subsidy cut, and why her company will make its own cells in Hosur",
                "",
                "",
                "",
            )
        ],
        [("Karthik Sundaravadivel", "", "", "B")],
        [("Chennai   |   Last Updated: Mar 10, 2026 07:15 IST", "", "", "B")],
        [("Copy link   Email   Facebook   X   LinkedIn   WhatsApp", "", "", "B")],
        [
            (
                "Shanthi Ramakanthan at the Ilavan Motors plant in Hosur on March 6, 2026.",
                "",
                "",
                "",
            ),
            ("| Photo Credit: R. Balasubramanian", "", "", "B"),
        ],
        [
            (
                "Ilavan Motors sold 1,84,000 electric scooters in 2025, making it the fourth-largest maker of electric two-wheelers in the country by volume, according to registration data on the Centre's Vahan portal.",
                "registration data on the Centre's Vahan portal",
                "according to",
                "W",
            ),
            (
                "In January, after three battery fires in Coimbatore and Madurai, it recalled 11,400 scooters built between August and October 2025.",
                "",
                "",
                "W",
            ),
            (
                "The company's shares have fallen 22% since the recall was announced on January 19, and the Centre's subsidy for each electric two-wheeler drops to ₹5,000 from April 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Palar Standard met its founder and chief executive at the company's plant in Hosur.",
                "",
                "",
                "B",
            ),
            ("Edited excerpts:", "", "", "B"),
        ],
        [("Q. What went wrong with the scooters that caught fire?", "", "", "")],
        [
            (
                "A. All three scooters had cells from one batch that we bought from a supplier in late 2025.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "Our own tests found that 0.3% of the cells in that batch had a separator thinner than the specification.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "When a separator fails, the cell short-circuits and heats up, and one hot cell can set off the cells around it.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
        ],
        [("Q. Why recall 11,400 scooters if the fault was in 0.3% of the cells?", "", "", "")],
        [
            (
                "A. Because nobody can tell from the outside which scooter has a bad cell.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
            (
                "Every scooter with a cell from that batch is being recalled, and so far 8,960 have come back to our service centres.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            ("One fire is one too many.", "Shanthi Ramakanthan", "A.", ""),
        ],
        [
            (
                "Q. Your dealers in Madurai say they heard about the recall on social media before the company told them.",
                "Your dealers in Madurai",
                "say",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            ("A. It is fair, and I have apologised to them.", "Shanthi Ramakanthan", "A.", ""),
            (
                "The notice went out on our app at 6 p.m. on January 19, and the letter to dealers went out the next morning.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            ("That order should have been the other way round.", "Shanthi Ramakanthan", "A.", ""),
        ],
        [("Q. How much will the recall cost?", "", "", "")],
        [
            (
                "A. About ₹46 crore, counting new battery packs, transport and labour at the service centres.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
            (
                "We have set that amount aside in the quarter to March, so it will show in our results in May.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
        ],
        [
            ("Q. The subsidy falls to ₹5,000 a vehicle in April.", "", "", "W"),
            ("Will your prices go up?", "", "", ""),
        ],
        [
            (
                "A. Yes, by ₹4,000 on our base model from April 1, and we will absorb the rest.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "The base model sells for ₹1,09,999 ex-showroom in Chennai today.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "I think the industry as a whole will sell fewer scooters in April and May, and then buyers will come back.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
        ],
        [
            (
                "Q. Some analysts say Indian makers will never match Chinese cell prices.",
                "Some analysts",
                "say",
                "",
            ),
            ("Why make your own cells?", "", "", ""),
        ],
        [
            (
                "A. About 40% of the cost of a scooter is the battery, and almost every cell in it is imported.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "If we make the cells, we control the quality, and after what happened in January I am not willing to hand that control to anyone else.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
            (
                "The cell plant in Hosur will cost ₹1,150 crore, and the State government has approved a capital subsidy of 15% under its electric vehicle policy.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
        ],
        [
            (
                "Q. The Madurai fire department's report says the scooter that burned there had been charged with a charger that was not yours.",
                "The Madurai fire department's report",
                "says",
                "W",
            ),
            ("Are you blaming the owner?", "", "", ""),
        ],
        [
            ("A. No.", "Shanthi Ramakanthan", "A.", ""),
            (
                "The report does say that, and the owner has told us the same thing, but the cells in his scooter were from the bad batch.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
            (
                "We have paid for a new scooter for him and for the damage to his parking shed.",
                "Shanthi Ramakanthan",
                "A.",
                "W",
            ),
        ],
        [("Q. Would you step down if there were another fire?", "", "", "")],
        [
            ("A. That is for the board to decide, not me.", "Shanthi Ramakanthan", "A.", ""),
            (
                "But I would not want to run a company that sets a customer's house on fire twice.",
                "Shanthi Ramakanthan",
                "A.",
                "",
            ),
        ],
        [("Topics: automobile / electric vehicles / Tamil Nadu / Hosur", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("E-scooter makers seek six-month delay in subsidy cut", "", "", "B")],
        [("Hosur industrial estate to get second power substation", "", "", "B")],
        [
            ("We moderate every comment before it appears.", "", "", "B"),
            ("Abusive or off-topic posts will be removed.", "", "", "B"),
        ],
        [
            (
                "Printable version | Mar 10, 2026 07:15:22 | https://www.palarstandard.in/business/industry/ilavan-motors-shanthi-ramakanthan-interview/article70114582.ece",
                "",
                "",
                "B",
            )
        ],
        [("© The Palar Standard 2026", "", "", "B")],
    ],
    [  # 3. US local TV station's website carrying a wire story from Iowa, an ethanol train derails and burns beside a small town, with the wire's writethru note, correction and contributor line
        [("LOESSLAND 9 NEWS", "", "", "B")],
        [("Watch Live  |  Weather  |  Closings & Delays  |  Contests  |  Sign In", "", "", "B")],
        [("38° Corbendale, IA   Cloudy   Radar ›", "", "", "B")],
        [("Local   National   Politics   9 Investigates   Sports   Community", "", "", "B")],
        [("NATIONAL NEWS", "", "", "B")],
        [
            (
                "This story comes from our partners at Greyspan Press and has not been edited by Loessland 9.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Ethanol train derails and burns in Iowa town, forcing 400 people from their homes",
                "",
                "",
                "W",
            )
        ],
        [("By TOMAS EKBLAD and RUTH ANN BELLAMYNE  Greyspan Press", "", "", "B")],
        [("Updated: 8:51 PM CST Mar 4, 2026", "", "", "B")],
        [
            (
                "Eds: UPDATES with NTSB comments, partial lifting of evacuation order; CORRECTS town's population in 2nd paragraph.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Drone video shows smoke rising from derailed tank cars east of Corbendale on Wednesday.",
                "",
                "",
                "",
            ),
            ("Video: Vandemark County Sheriff's Office", "", "", "B"),
            ("0:48", "", "", "B"),
        ],
        [
            (
                "CORBENDALE, Iowa (Greyspan) — A freight train hauling ethanol derailed and caught fire Wednesday on the edge of this southeast Iowa town, forcing about 400 people from their homes as black smoke rose over the fields for miles, officials said.",
                "officials",
                "said",
                "W",
            ),
            ("No injuries were reported.", "", "", "W"),
        ],
        [
            (
                "Twenty-two cars left the tracks at about 6:15 a.m. near a grain elevator on the east side of Corbendale, a town of about 1,900 people, said Hollis Maybrook, Vandemark County's emergency management coordinator.",
                "Hollis Maybrook",
                "said",
                "W",
            ),
            (
                "Seven were tank cars carrying denatured ethanol, and at least three of those were still burning late Wednesday afternoon, he said.",
                "Hollis Maybrook",
                "said",
                "W",
            ),
            (
                "Firefighters from 11 departments were letting them burn out rather than spraying water that could spread the fuel, he said.",
                "Hollis Maybrook",
                "said",
                "W",
            ),
            (
                "“Ethanol fires you don't fight, you babysit,” Maybrook said.",
                "Hollis Maybrook",
                "said",
                "",
            ),
        ],
        [
            (
                "The train, operated by Nishnabotna Southern Railway, was headed from a plant in Nebraska to a terminal in Chicago with 96 cars and a two-person crew, the railroad said in a statement.",
                "the railroad",
                "said in a statement",
                "W",
            ),
            (
                "It said the crew was not hurt and that the cause of the derailment was not yet known.",
                "Nishnabotna Southern Railway",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gov. Marla Eckwall said at a news conference in Des Moines that she had sent the state's hazardous materials response team to Corbendale and had asked the railroad to pay for the evacuation.",
                "Marla Eckwall",
                "said",
                "W",
            ),
            (
                "“Our first job is to keep people safe, and our second job is to find out why this happened and make sure it doesn't happen again,” Eckwall said.",
                "Marla Eckwall",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Transportation Safety Board said it was sending a team of 11 investigators, who were expected to arrive Thursday morning.",
                "The National Transportation Safety Board",
                "said",
                "W",
            ),
            (
                "NTSB board member Leonard Szalkai, who will lead the team, told reporters in Washington that investigators would examine the track, the train's speed and the condition of the wheels and brakes.",
                "Leonard Szalkai",
                "told reporters",
                "",
            ),
            (
                "“It is far too early to say what caused this,” he said.",
                "Leonard Szalkai",
                "said",
                "",
            ),
            ("“Anyone who tells you they know today is guessing.”", "Leonard Szalkai", "said", ""),
        ],
        [
            (
                "Trains carrying ethanol have derailed at least 14 times in the U.S. since 2020, according to Federal Railroad Administration data.",
                "Federal Railroad Administration data",
                "according to",
                "W",
            ),
            ("More ethanol moves by rail than any other flammable liquid in the U.S.", "", "", "W"),
            (
                "Most of it comes from plants in Iowa, Nebraska, Illinois and Minnesota.",
                "",
                "",
                "W",
            ),
            (
                "The derailed tank cars were of an older design that federal rules require railroads to stop using for flammable liquids by May 2029, the railroad said.",
                "the railroad",
                "said",
                "W",
            ),
        ],
        [
            ("Residents north of Dellwyn Road were allowed to return home at 5 p.m.", "", "", "W"),
            (
                "The order remains in place for about 150 people who live south of the road, the Vandemark County Sheriff's Office said.",
                "the Vandemark County Sheriff's Office",
                "said",
                "W",
            ),
            (
                "It said a shelter at Corbendale Community High School would stay open overnight.",
                "the Vandemark County Sheriff's Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Corbendale Mayor Bonita Vrablic said the town's wells are on its west side, away from the derailment, and the water was tested at noon and again at 4 p.m.",
                "Bonita Vrablic",
                "said",
                "W",
            ),
            (
                "State environmental officials were monitoring the air at six sites around the town and had found no readings of concern as of 6 p.m., the Iowa Department of Natural Resources said.",
                "the Iowa Department of Natural Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "“You could feel the heat on the porch, and we're a quarter-mile off,” said Dwayne Kettlebeck, 58, who lives on Dellwyn Road and left with his wife and two dogs.",
                "Dwayne Kettlebeck",
                "said",
                "",
            ),
            ("“I didn't even grab my wallet.”", "Dwayne Kettlebeck", "said", ""),
        ],
        [
            (
                "This story has been corrected to show that Corbendale has about 1,900 residents, not 19,000.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Greyspan Press writers Sandra Morantz in Des Moines, Iowa, and Pete Halvorsbraaten in Omaha, Nebraska, contributed to this report.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2026 Greyspan Press.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Reuse of this story requires a Greyspan Press license.", "", "", "B"),
        ],
        [("Get breaking news alerts from Loessland 9 on your phone.", "", "", "B")],
        [("Download the app", "", "", "B")],
        [("TRENDING ON LOESSLAND9.COM", "", "", "B")],
        [("Bellport man sentenced for 2024 hit-and-run", "", "", "B")],
        [("Schools in three counties to close early ahead of snow", "", "", "B")],
        [
            (
                "FCC Public File   EEO Report   Closed Captioning   Privacy Notice   Terms of Use",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 4. Nigerian national daily's site, a joint press briefing in Ibadan on a cholera outbreak with four speakers in turn and a community leader after it
        [("The Oduduwa Times", "", "", "B")],
        [("Tuesday, June 23, 2026", "", "", "B")],
        [
            (
                "Home   News   Politics   Metro   Business   Health   Sports   Entertainment   Opinion   Contact",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [
            (
                "Cholera: Oyo confirms nine deaths, 178 suspected cases in 11 LGAs",
                "the Oyo State Government",
                "confirms",
                "W",
            )
        ],
        [("By Olamide Bamigboye, Ibadan", "", "", "B")],
        [("June 23, 2026", "", "", "B")],
        [("Share on: Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [
            (
                "Health workers at the cholera treatment centre of Olodo-Ayeye General Hospital, Ibadan, on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Oduduwa Times", "", "", "B"),
        ],
        [
            (
                "The Oyo State Government has confirmed nine deaths and 178 suspected cases of cholera in 11 local government areas of the state since June 2.",
                "The Oyo State Government",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "The Commissioner for Health, Dr Adeola Fagbohungbe-Oni, who disclosed this on Tuesday at a joint press briefing in Ibadan, said 31 of the suspected cases had been confirmed by laboratory tests.",
                "Adeola Fagbohungbe-Oni",
                "said",
                "W",
            ),
            (
                "She said Ibadan North-East and Ibadan South-East local government areas accounted for 104 of the cases, and that most of the patients had drunk water from shallow wells.",
                "Adeola Fagbohungbe-Oni",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Let me use this medium to appeal to our people: boil your water, wash your hands, and do not wait at home when you start stooling,” she said.",
                "Adeola Fagbohungbe-Oni",
                "said",
                "",
            ),
            (
                "She added that the state had opened two treatment centres, at Olodo-Ayeye General Hospital and at the Oranmiyan Primary Health Centre.",
                "Adeola Fagbohungbe-Oni",
                "added",
                "W",
            ),
        ],
        [
            (
                "Speaking at the same briefing, the Commissioner for Information, Mr Babatunde Oyekola-Ajisegiri, said the state government had approved N450m for the response, including drugs, chlorine and the hiring of 60 temporary health workers.",
                "Babatunde Oyekola-Ajisegiri",
                "said",
                "W",
            ),
            (
                "He said the government would not hesitate to shut down any water vendor found selling untreated water.",
                "Babatunde Oyekola-Ajisegiri",
                "said",
                "",
            ),
            (
                "“Our environmental health officers have already sealed the sites of 23 water vendors in Ibadan this month,” he said.",
                "Babatunde Oyekola-Ajisegiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "The leader of the Nigeria Centre for Disease Control and Prevention (NCDC) team in the state, Dr Ngozi Chukwunonso-Ebereonwu, said the agency had deployed eight epidemiologists and laboratory scientists to Ibadan on June 15.",
                "Ngozi Chukwunonso-Ebereonwu",
                "said",
                "W",
            ),
            (
                "She said Oyo was one of 14 states that had reported cholera cases this year.",
                "Ngozi Chukwunonso-Ebereonwu",
                "said",
                "W",
            ),
            (
                "The NCDC's latest situation report, dated June 21, records 2,930 suspected cases and 81 deaths nationwide since January.",
                "The NCDC's latest situation report",
                "records",
                "W",
            ),
            (
                "She noted that cases usually rise with the rains between July and September.",
                "Ngozi Chukwunonso-Ebereonwu",
                "noted",
                "W",
            ),
        ],
        [("READ ALSO: Lassa fever: Ondo records two new deaths in Owo", "", "", "B")],
        [
            (
                "The Chief Medical Director of Olodo-Ayeye General Hospital, Dr Kehinde Alagbada-Oyetade, said the hospital's 40-bed isolation ward had admitted 67 patients, 52 of whom had been discharged.",
                "Kehinde Alagbada-Oyetade",
                "said",
                "W",
            ),
            (
                "“Most of those who died came to us late, after trying herbs at home for two or three days,” he said.",
                "Kehinde Alagbada-Oyetade",
                "said",
                "W",
            ),
            ("“Cholera kills in hours, not days.”", "Kehinde Alagbada-Oyetade", "said", ""),
        ],
        [
            (
                "When a journalist asked why an outbreak had not been declared earlier, Dr Fagbohungbe-Oni said the first cases were confirmed by the laboratory only on June 11 and the state declared an outbreak the next day.",
                "Adeola Fagbohungbe-Oni",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "But a community leader in Oranmiyan, Alhaji Rasheed Oladejobi-Salako, who spoke with our correspondent after the briefing, said residents had reported a burst public pipe on their street six months ago.",
                "Rasheed Oladejobi-Salako",
                "said",
                "W",
            ),
            (
                "“The government is talking about wells, but we dig wells because the tap has been dry since December,” he said.",
                "Rasheed Oladejobi-Salako",
                "said",
                "W",
            ),
        ],
        [
            (
                "The spokesperson for the Water Corporation of Oyo State, Mrs Funmilayo Agbo-Osho, did not respond to calls and text messages on Tuesday.",
                "Funmilayo Agbo-Osho",
                "did not respond",
                "",
            )
        ],
        [("Join The Oduduwa Times channel on WhatsApp for breaking news.", "", "", "B")],
        [
            ("Copyright © 2026 The Oduduwa Times.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "No part of this story may be copied or republished without the written consent of the publishers.",
                "",
                "",
                "B",
            )
        ],
        [("Contact: news@oduduwatimes.ng", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Oyo assembly passes N12bn supplementary budget", "", "", "B")],
        [("Comments are reviewed before they go live.", "", "", "B")],
    ],
    [  # 5. Canadian regional daily's site in Ontario, a fraud trial of a minor hockey association's former volunteer treasurer, told through testimony, cross-examination and filings
        [("THE LARCHWICK RECORD", "", "", "B")],
        [("Subscribe: 50% off for your first year   |   Sign In", "", "", "B")],
        [
            (
                "News   Local News   Courts   Sports   Opinion   Obituaries   Classifieds   ePaper",
                "",
                "",
                "B",
            )
        ],
        [("News / Local News / Courts", "", "", "B")],
        [
            (
                "Hockey association's former treasurer moved $312K to her own accounts, forensic accountant testifies",
                "Rajinder Thandhiwal",
                "testifies",
                "W",
            )
        ],
        [("Celeste Wojtkowiak", "", "", "B")],
        [("Published Oct 14, 2026  •  Last updated Oct 14, 2026  •  4 minute read", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [
            ("The Fernmoor courthouse on Wednesday, Oct. 14, 2026.", "", "", ""),
            ("Photo by Celeste Wojtkowiak /The Larchwick Record", "", "", "B"),
        ],
        [
            (
                "FERNMOOR — A forensic accountant testified Wednesday that more than $312,000 was moved from the accounts of the Fernmoor Minor Hockey Association to the personal accounts of its former treasurer over six years.",
                "Rajinder Thandhiwal",
                "testified",
                "W",
            )
        ],
        [
            (
                "Corinne Maddaford-Lysenko, 54, has pleaded not guilty to fraud over $5,000 and theft over $5,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Rajinder Thandhiwal, who was hired by the association in 2024 to examine its books, told the court he traced 417 e-transfers and 38 cheques from the association's two bank accounts to accounts in Maddaford-Lysenko's name between September 2018 and August 2024.",
                "Rajinder Thandhiwal",
                "told the court",
                "W",
            ),
            (
                "“None of those payments was supported by an invoice, a receipt or a board resolution that I could find,” he said.",
                "Rajinder Thandhiwal",
                "said",
                "W",
            ),
            (
                "He said the largest single transfer, $14,800, was made on the day the association received a grant from the town in June 2022.",
                "Rajinder Thandhiwal",
                "said",
                "W",
            ),
        ],
        [("Article continues below", "", "", "B")],
        [
            (
                "Under cross-examination by defence lawyer Marcus Tiefenbach, Thandhiwal agreed that the association's board had not ordered an audit since 2017.",
                "Rajinder Thandhiwal",
                "agreed",
                "W",
            ),
            (
                "“Possibly, yes,” he said, when Tiefenbach asked whether the treasurer might have paid for ice time with her own credit card and then reimbursed herself.",
                "Rajinder Thandhiwal",
                "said",
                "",
            ),
            ("“But I found no record that she did.”", "Rajinder Thandhiwal", "said", "W"),
        ],
        [
            (
                "According to an agreed statement of facts filed with the court, Maddaford-Lysenko was the association's volunteer treasurer from 2016 until she resigned in September 2024.",
                "an agreed statement of facts filed with the court",
                "according to",
                "W",
            ),
            (
                "The statement says she had sole signing authority on both accounts after the association's former president died in 2018.",
                "The statement",
                "says",
                "W",
            ),
        ],
        [
            (
                "In her opening statement on Tuesday, assistant Crown attorney Amelia Poirier told the jury the Crown would prove that Maddaford-Lysenko “treated the kids' hockey money as her own.”",
                "Amelia Poirier",
                "told the jury",
                "",
            ),
            (
                "Tiefenbach has told the jury his client kept the association running for years when no one else would volunteer, and that the books were “a mess, not a crime.”",
                "Marcus Tiefenbach",
                "has told the jury",
                "",
            ),
        ],
        [
            (
                "Earlier Wednesday, the association's current president, Glenn Ouimette-Briscoll, testified that he first raised concerns in July 2024, when the association could not pay a $22,000 ice bill to the Town of Fernmoor.",
                "Glenn Ouimette-Briscoll",
                "testified",
                "W",
            ),
            (
                "“We had 340 kids registered and we couldn't pay for the ice,” he said.",
                "Glenn Ouimette-Briscoll",
                "said",
                "W",
            ),
            (
                "He said Maddaford-Lysenko told him at the time that a grant cheque had been delayed.",
                "Glenn Ouimette-Briscoll",
                "said",
                "",
            ),
            (
                "Asked by Poirier whether he had believed her, he said: “I did then.”",
                "Glenn Ouimette-Briscoll",
                "said",
                "",
            ),
        ],
        [
            (
                "Maddaford-Lysenko, in a grey cardigan, sat beside her lawyer and took notes throughout the day.",
                "",
                "",
                "",
            ),
            ("Tiefenbach has said she will testify.", "Marcus Tiefenbach", "has said", ""),
        ],
        [
            (
                "In a separate civil claim filed in March 2025, the association is seeking $340,000 from Maddaford-Lysenko and from the insurer that covered its volunteers.",
                "",
                "",
                "W",
            ),
            (
                "None of the claims in that lawsuit has been proven in court, and no statement of defence had been filed as of Wednesday, court records show.",
                "court records",
                "show",
                "W",
            ),
        ],
        [
            (
                "“We did the bottle drives, the 50/50 draws, the tournaments,” said Lise Brouillard, whose two sons played in the association, outside the courthouse.",
                "Lise Brouillard",
                "said",
                "",
            ),
            (
                "“Every one of us wants to know where that money went.”",
                "Lise Brouillard",
                "said",
                "",
            ),
        ],
        [
            (
                "Justice Petra Shorrock told jurors they must not read or listen to news reports about the case.",
                "Petra Shorrock",
                "told jurors",
                "",
            ),
            (
                "The trial, scheduled for three weeks, continues Thursday with testimony from a bank investigator.",
                "",
                "",
                "W",
            ),
        ],
        [("Comments on this story are closed because the case is before the courts.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Fernmoor council approves 4.9 per cent tax increase", "", "", "B")],
        [("Snowplow contract goes to Kingston-area firm", "", "", "B")],
        [
            ("© 2026 Larchwick Record, a division of Ridgewold Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 6. Irish regional paper's site in Co Mayo, a story built on figures released under Freedom of Information, an internal memo, an annual report, a national agency's report, committee minutes and census figures about empty council homes
        [("The Nephin Gazette", "", "", "B")],
        [("Subscribe   |   Sign in   |   Newsletters", "", "", "B")],
        [
            (
                "News   Politics   Business   Farming   Sport   GAA   Opinion   Property   Notices",
                "",
                "",
                "B",
            )
        ],
        [("Housing", "", "", "B")],
        [
            (
                "One in 14 Mayo council homes lay empty at the end of 2025, figures show",
                "figures released to The Nephin Gazette under the Freedom of Information Act",
                "show",
                "W",
            )
        ],
        [
            (
                "Internal memo warns backlog will grow without more staff, as 2,118 households wait on the housing list",
                "an internal council memo",
                "warns",
                "W",
            )
        ],
        [("Aoibheann Kearins", "", "", "B")],
        [("Sat Feb 14 2026 - 06:00", "", "", "B")],
        [("Share   Email   Facebook   X   LinkedIn", "", "", "B")],
        [
            (
                "Boarded-up council houses at Bóthar an Tóchair, Knockskeagh, on Thursday.",
                "",
                "",
                "",
            ),
            ("Photograph: Mícheál Tunneycliffe", "", "", "B"),
        ],
        [
            (
                "One in every 14 homes owned by Mayo County Council was empty at the end of 2025, according to figures released to The Nephin Gazette under the Freedom of Information Act.",
                "figures released to The Nephin Gazette under the Freedom of Information Act",
                "according to",
                "W",
            )
        ],
        [
            (
                "The figures show 391 of the council's 5,480 homes were vacant on December 31st, up from 262 a year earlier.",
                "The figures",
                "show",
                "W",
            ),
            (
                "Of those, 148 had been empty for more than a year, and 37 for more than three years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The vacancy rate of 7.1 per cent is more than double the national average of 3.2 per cent for local authority homes, according to the Department of Housing's 2024 figures.",
                "the Department of Housing's 2024 figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "An internal council memo, written in September and released with the figures, says the council has “neither the staff nor the budget” to bring empty homes back into use within the 12 weeks the department recommends.",
                "an internal council memo",
                "says",
                "W",
            ),
            (
                "The memo states that the council's voids team had four craftsmen for the whole county in September, down from 11 in 2019.",
                "The memo",
                "states",
                "W",
            ),
            (
                "It estimates the average cost of refurbishing an empty council home at €41,000.",
                "an internal council memo",
                "estimates",
                "",
            ),
            (
                "“At current staffing levels, the backlog will continue to grow,” the memo warns.",
                "the memo",
                "warns",
                "",
            ),
        ],
        [
            (
                "The council's annual report for 2024 shows it spent €3.2 million on re-letting empty homes that year and brought 96 of them back into use.",
                "The council's annual report for 2024",
                "shows",
                "W",
            )
        ],
        [
            (
                "A 2025 report by the Housing Agency found that councils which kept their own repair crews re-let homes in an average of 14 weeks, against 31 weeks for those that relied on outside contractors.",
                "A 2025 report by the Housing Agency",
                "found",
                "W",
            )
        ],
        [
            (
                "Minutes of the council's housing committee meeting in November record that councillors were told the voids budget for 2026 would be €2.9 million, a cut of €300,000.",
                "Minutes of the council's housing committee meeting in November",
                "record",
                "W",
            )
        ],
        [
            (
                "Census 2022 recorded 6,940 vacant dwellings of all kinds in Co Mayo, not counting holiday homes.",
                "Census 2022",
                "recorded",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "In a statement, a spokeswoman for Mayo County Council said the rise in vacancies reflected a “once-off” surge in tenants moving to new homes in 2025.",
                "a spokeswoman for Mayo County Council",
                "said",
                "W",
            ),
            (
                "She said 212 new council homes were completed last year and many tenants had moved into them from older homes.",
                "a spokeswoman for Mayo County Council",
                "said",
                "W",
            ),
            (
                "“The council is recruiting additional staff for its voids programme and expects to reduce the number of vacant homes significantly in 2026,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            (
                "The spokeswoman did not say how many staff would be hired.",
                "The spokeswoman",
                "did not say",
                "",
            ),
        ],
        [
            (
                "A Department of Housing spokesman said the department had paid Mayo County Council €1.1 million under its voids programme in 2025.",
                "A Department of Housing spokesman",
                "said",
                "W",
            )
        ],
        [
            ("The Nephin Gazette is on WhatsApp.", "", "", "B"),
            ("Follow our channel for the day's headlines.", "", "", "B"),
        ],
        [
            (
                "Cllr Gráinne Ní Bhroithe-Mulcaire, who chairs the housing committee, said she had asked for the memo at three meetings and had been told it did not exist.",
                "Gráinne Ní Bhroithe-Mulcaire",
                "said",
                "W",
            ),
            (
                "“I'm not surprised by the numbers,” she said.",
                "Gráinne Ní Bhroithe-Mulcaire",
                "said",
                "",
            ),
            (
                "“I'm surprised it took a freedom of information request to get them.”",
                "Gráinne Ní Bhroithe-Mulcaire",
                "said",
                "",
            ),
        ],
        [
            (
                "Local TD Pádraig Garrihan said he would raise the figures with the Minister for Housing in the Dáil next week.",
                "Pádraig Garrihan",
                "said",
                "",
            )
        ],
        [
            (
                "Siobhán Dowdican, a mother of three who has been on the housing list since 2017, lives across the road from two council houses in Knockskeagh that have been boarded up since 2022.",
                "",
                "",
                "W",
            ),
            (
                "“I count the windows every morning on the school run,” she said.",
                "Siobhán Dowdican",
                "said",
                "",
            ),
            ("“Eight windows with boards on them.”", "Siobhán Dowdican", "said", ""),
        ],
        [("Read more: Mayo's housing list reaches ten-year high", "", "", "B")],
        [("© 2026 Nephin Media DAC", "", "", "B")],
        [
            (
                "About us   Contact   Advertise   Privacy   Cookie settings   Terms   Corrections & Clarifications",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 7. English local paper's site, a borough cabinet votes to close four libraries, with quotes that run over several paragraphs after one said: or added: in the British way, each paragraph opening with a quotation mark and only the last one closing
        [("Holmsford Advertiser", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Announcements   Contact", "", "", "B")],
        [("News › Holmsford", "", "", "B")],
        [
            (
                "Four Holmsford libraries to close in June as cabinet approves £640,000 cuts",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council leader says he takes 'no pleasure' in the decision, but union says staff learned of it from a press release",
                "Roderick Aplin-Hurlock",
                "says",
                "W",
            )
        ],
        [("By Kezia Pennicard-Ward   Local Democracy Reporter", "", "", "B")],
        [("14:36, 22 Jan 2026   Updated 17:02, 22 Jan 2026", "", "", "B")],
        [("Bookmark   Share   28 comments", "", "", "B")],
        [
            ("Cravenhurst Lane library, one of the four that will close.", "", "", ""),
            ("(Image: Holmsford Advertiser)", "", "", "B"),
        ],
        [
            (
                "Holmsford Borough Council's cabinet voted on Wednesday night to close four of the borough's nine libraries by the end of June, saving £640,000 a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The libraries at Staplingworth, Cravenhurst Lane, Upper Hamblett and Penwarrow Green will shut on June 27, and 11 full-time-equivalent posts will go.",
                "",
                "",
                "W",
            ),
            (
                "A consultation that drew 4,213 responses found that 71 per cent of those who took part opposed the closures, according to a report to cabinet.",
                "a report to cabinet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Council leader Cllr Roderick Aplin-Hurlock said: “Nobody goes into local government to close libraries, and I take no pleasure in this decision.",
                "Roderick Aplin-Hurlock",
                "said",
                "",
            ),
            (
                "Our budget gap for next year is £4.8 million, and libraries are one of the few services we are not required by law to run in their current form.",
                "Roderick Aplin-Hurlock",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We offered the four buildings to community groups last summer, and only one group, in Penwarrow Green, came forward with a plan we could afford to support.",
                "Roderick Aplin-Hurlock",
                "said",
                "W",
            )
        ],
        [
            (
                "“I know how much these libraries mean to people.",
                "Roderick Aplin-Hurlock",
                "said",
                "",
            ),
            (
                "The mobile library will now stop in each of the four places every week, and our online library is open 24 hours a day.”",
                "Roderick Aplin-Hurlock",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tessa Gilhawley, branch secretary of the union representing council staff, said: “This is the fourth round of library cuts since 2014.",
                "Tessa Gilhawley",
                "said",
                "W",
            ),
            (
                "Staff found out from a press release at 5pm on a Friday, which tells you everything.",
                "Tessa Gilhawley",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Eleven posts is eleven people, and most of them have given twenty years to this service.”",
                "Tessa Gilhawley",
                "said",
                "",
            )
        ],
        [
            (
                "The Save Holmsford Libraries campaign, which handed a 6,800-signature petition to the town hall in December, said it was considering a legal challenge.",
                "the Save Holmsford Libraries campaign",
                "said",
                "",
            )
        ],
        [
            (
                "Its founder, retired teacher Alwyn Crosfield-Balfrey, added: “The council says this is about money.",
                "Alwyn Crosfield-Balfrey",
                "added",
                "",
            ),
            (
                "It spent £1.9 million refurbishing the council chamber two years ago.",
                "Alwyn Crosfield-Balfrey",
                "added",
                "W",
            ),
        ],
        [
            (
                "“Upper Hamblett library is where my grandchildren learned to read.",
                "Alwyn Crosfield-Balfrey",
                "added",
                "",
            )
        ],
        [("“We will see them in court if we have to.”", "Alwyn Crosfield-Balfrey", "added", "")],
        [("Read more: Town hall chamber refit cost £1.9m, council confirms", "", "", "B")],
        [("Get Holmsford news in your inbox every morning", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [
            (
                "Opposition leader Cllr Bronwen Scully said the closures had been “decided before the consultation even opened”, and that the cabinet had voted by five to two along party lines.",
                "Bronwen Scully",
                "said",
                "W",
            )
        ],
        [
            (
                "In a statement issued after the vote, the council said: “Library users at the four sites will be able to return books to any other library in the borough, and fines on items borrowed from the closing libraries will be waived until August 31.",
                "the council",
                "said",
                "W",
            )
        ],
        [
            (
                "“Staff affected by the changes will be offered redeployment where possible.”",
                "the council",
                "said",
                "",
            )
        ],
        [
            (
                "At Cravenhurst Lane library on Thursday morning, a dozen people were reading newspapers or queueing for the two computers.",
                "",
                "",
                "",
            ),
            (
                "“Where else is warm and free?” said Derek Hambling, 79, who comes in most days to read the papers.",
                "Derek Hambling",
                "said",
                "",
            ),
            (
                "“They'll close this and then wonder why we're all in A&E.”",
                "Derek Hambling",
                "said",
                "",
            ),
        ],
        [
            (
                "Kezia Pennicard-Ward is a local democracy reporter, a post part-funded by a national scheme that places reporters in local newsrooms.",
                "",
                "",
                "B",
            )
        ],
        [("Have your say", "", "", "B")],
        [
            ("Holmsford Advertiser is part of Wyeholme Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04417892.", "", "", "B"),
        ],
    ],
    [  # 8. South African radio network's news site in KwaZulu-Natal, the national water department takes over a failing municipality's water services, told almost wholly in reported speech in the present tense without quotation marks
        [("UMKHUMBI FM", "", "", "B")],
        [
            (
                "▶ Listen Live   |   News   |   Sport   |   Shows   |   Podcasts   |   Competitions",
                "",
                "",
                "B",
            )
        ],
        [("Top Stories   KwaZulu-Natal   National   Africa   Business   Sport", "", "", "B")],
        [("KwaZulu-Natal", "", "", "B")],
        [("National department to take over Nqabakazi's water services from April", "", "", "W")],
        [("Reporter: Zanele Ntshalintshali", "", "", "B")],
        [("05 March 2026, 12:40   |   Last updated: 05 March 2026, 14:15", "", "", "B")],
        [("🔊 Listen: Minister on the Nqabakazi takeover (2:41)", "", "", "B")],
        [
            ("Residents fill containers from a water tanker in Gqumeni Extension 4.", "", "", ""),
            ("Image: Umkhumbi News / Zanele Ntshalintshali", "", "", "B"),
        ],
        [
            (
                "Water and Sanitation Minister Nosipho Mtshengu-Zwelibanzi says the national department will take over the running of water services in the Nqabakazi Local Municipality from the first of April.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "W",
            )
        ],
        [
            (
                "Mtshengu-Zwelibanzi says the municipality has failed to supply clean water to more than 40 000 households for most of the past year.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "W",
            ),
            (
                "She says Izingwe Water, a state-owned water board, will run the municipality's two treatment works for at least three years.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "W",
            ),
            (
                "The minister says R310 million has been set aside for repairs to pipes, pumps and reservoirs.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "W",
            ),
            (
                "She says the takeover is not a punishment but a rescue.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "",
            ),
        ],
        [
            (
                "Izingwe Water chief executive Sipho Radithipa says the board will start with the larger of the two plants, at Nqabakazi Dam, which is running at half its capacity.",
                "Sipho Radithipa",
                "says",
                "W",
            ),
            (
                "He says residents should have water in their taps at least every second day by the end of May.",
                "Sipho Radithipa",
                "says",
                "",
            ),
        ],
        [
            (
                "Nqabakazi municipal spokesperson Sifiso Ndwandwa says the council welcomes the intervention.",
                "Sifiso Ndwandwa",
                "says",
                "",
            ),
            (
                "He says the municipality lost about 48% of its treated water to leaks and illegal connections last year.",
                "Sifiso Ndwandwa",
                "says",
                "W",
            ),
            (
                "Ndwandwa says the council will remain responsible for billing and for collecting payments.",
                "Sifiso Ndwandwa",
                "says",
                "W",
            ),
        ],
        [
            (
                "Residents of Gqumeni Extension 4 say they have not had water in their taps for 23 days.",
                "Residents of Gqumeni Extension 4",
                "say",
                "W",
            ),
            (
                "Community leader Thandeka Zikhalo says people are buying water from private trucks at R20 for 25 litres.",
                "Thandeka Zikhalo",
                "says",
                "W",
            ),
            (
                "She says the elderly and the sick are suffering the most.",
                "Thandeka Zikhalo",
                "says",
                "",
            ),
            ("“We are tired of promises.", "Thandeka Zikhalo", "says", ""),
            ("We want water, not meetings,” says Zikhalo.", "Thandeka Zikhalo", "says", ""),
        ],
        [
            (
                "Gogo Sibongile Mthembuzana, 74, says she walks two kilometres to a spring and back twice a day.",
                "Sibongile Mthembuzana",
                "says",
                "",
            ),
            (
                "She says her grandchildren miss school on the days they have to help her carry the water.",
                "Sibongile Mthembuzana",
                "says",
                "",
            ),
        ],
        [
            (
                "Related: Nqabakazi municipality placed under administration for the second time",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Opposition councillor Bongani Hlatshwako says the takeover comes three years too late.",
                "Bongani Hlatshwako",
                "says",
                "",
            ),
            (
                "He says the municipality has been placed under administration twice since 2019, and both times the administrators left without fixing the treatment works.",
                "Bongani Hlatshwako",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Auditor-General's latest report on the municipality found irregular expenditure of R214 million in the 2024/25 financial year.",
                "The Auditor-General's latest report on the municipality",
                "found",
                "W",
            )
        ],
        [
            (
                "The minister says she will return to Nqabakazi in June to check on progress.",
                "Nosipho Mtshengu-Zwelibanzi",
                "says",
                "",
            ),
            (
                "Meanwhile, the department says residents who have been without water for more than a week can report it on its toll-free line, 0800 011 347.",
                "the department",
                "says",
                "",
            ),
        ],
        [
            (
                "[WATCH] Mtshengu-Zwelibanzi addresses residents at the Nqabakazi civic centre",
                "",
                "",
                "B",
            )
        ],
        [("Tags: water crisis   Nqabakazi   KwaZulu-Natal   Izingwe Water", "", "", "B")],
        [("Send us your news tips on WhatsApp: 072 555 0199", "", "", "B")],
        [("© 2026 Umkhumbi Broadcasting Corporation (SOC) Ltd", "", "", "B")],
        [("PAIA Manual   Privacy Policy   Complaints   Contact Us", "", "", "B")],
    ],
    [  # 9. Ghanaian news portal's regional page, traders moved out of a market for its rebuilding are still on the pavements 14 months later, told mostly in quotes whose speakers are named after them
        [("PathfinderGH", "", "", "B")],
        [
            (
                "Home | News | Politics | Business | Regional | Sports | Showbiz | Opinion | Contact Us",
                "",
                "",
                "B",
            )
        ],
        [("Regional News", "", "", "B")],
        [
            (
                "14 months on, Sekondi traders still on pavements as new market reaches only 40%",
                "",
                "",
                "W",
            )
        ],
        [("Written by Ekow Menyah-Borketey | Sekondi", "", "", "B")],
        [("July 9, 2026 at 10:14 am", "", "", "B")],
        [("Share: WhatsApp  Facebook  X  Telegram  Email", "", "", "B")],
        [
            ("Traders display their wares on a pavement near the old market site.", "", "", ""),
            ("Photo Credit: PathfinderGH/Ekow Menyah-Borketey", "", "", "B"),
        ],
        [
            (
                "Traders moved out of the old Sekondi Central Market in May 2025 to make way for its reconstruction are still selling on pavements and in a lorry park 14 months later, with the new market only 40 per cent complete, according to the Sekondi-Takoradi Metropolitan Assembly (STMA).",
                "the Sekondi-Takoradi Metropolitan Assembly (STMA)",
                "according to",
                "W",
            )
        ],
        [
            ("“We were told three months.", "Akosua Bentsi", "said", "W"),
            (
                "It is now 14 months and we are still selling by the roadside,” said Madam Akosua Bentsi, 52, who sold cooking pots at the old market for 20 years.",
                "Akosua Bentsi",
                "said",
                "W",
            ),
        ],
        [
            ("“The rain comes, the goods spoil.", "Kwabena Amponfi-Turkson", "asked", ""),
            (
                "Who pays?” asked Kwabena Amponfi-Turkson, who sells second-hand shoes from a table under a beach umbrella.",
                "Kwabena Amponfi-Turkson",
                "asked",
                "",
            ),
        ],
        [
            (
                "“I have taken a loan of GH¢8,000 to restock twice this year,” said Esi Aboagyewaa Quaicoo, a fabric trader and mother of four.",
                "Esi Aboagyewaa Quaicoo",
                "said",
                "",
            )
        ],
        [
            (
                "Along the main road into Sekondi, tables of tomatoes, sandals and rubber slippers stretch for about 300 metres, and pedestrians walk in the road.",
                "",
                "",
                "",
            ),
            (
                "Traders say they still pay the assembly a daily toll of GH¢3 although they have no stalls.",
                "Traders",
                "say",
                "W",
            ),
        ],
        [
            (
                "“The toll pays for cleaning and for the security men who guard the site,” said the assembly's public relations officer, Mrs Abena Sekyiwaa, when contacted on Wednesday.",
                "Abena Sekyiwaa",
                "said",
                "W",
            ),
            (
                "She said the assembly collected GH¢412,000 in tolls from the relocated traders in 2025.",
                "Abena Sekyiwaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The contractor has been paid 62 per cent of the contract sum, and I have told him that by December the traders will be back inside,” the Metropolitan Chief Executive (MCE), Mr Kojo Essumang, said at a meeting with traders on Tuesday.",
                "Kojo Essumang",
                "said",
                "W",
            ),
            (
                "He said the project, financed with a GH¢96 million loan arranged by the central government, stalled for five months last year because funds were released late.",
                "Kojo Essumang",
                "said",
                "W",
            ),
            (
                "“It was not the assembly's fault, and it was not the contractor's fault,” he said.",
                "Kojo Essumang",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read: Takoradi: Fishermen count losses as premix fuel shortage bites",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "A project manager at Ebenbridge Construction Ltd, the contractor, who asked not to be named because he was not authorised to speak to the media, said the company was owed GH¢11.4 million in certified payments.",
                "A project manager at Ebenbridge Construction Ltd",
                "said",
                "W",
            ),
            (
                "“We do not work on credit,” he said.",
                "A project manager at Ebenbridge Construction Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our people are patient, but patience also has an end,” said Nana Adwoa Gyamfuaa II, the market queen, who led a delegation of traders to the MCE's office in March.",
                "Adwoa Gyamfuaa II",
                "said",
                "",
            ),
            (
                "She said 1,870 traders had registered for places in the new market, but only 1,200 stalls were in the final design.",
                "Adwoa Gyamfuaa II",
                "said",
                "W",
            ),
            (
                "The MCE said the remaining traders would be given space in a second phase.",
                "Kojo Essumang",
                "said",
                "",
            ),
        ],
        [
            (
                "Documents from the assembly's budget for 2026 show a further GH¢18 million allocated to the project.",
                "Documents from the assembly's budget for 2026",
                "show",
                "W",
            ),
            (
                "The assembly's budget for 2025 allocated GH¢25 million to it, of which GH¢9.6 million was released, the documents show.",
                "the documents",
                "show",
                "W",
            ),
        ],
        [
            ("“Sometimes I sell nothing.", "Yaw Acquaye-Sarpei", "said", ""),
            ("Nothing.", "Yaw Acquaye-Sarpei", "said", ""),
            (
                "I go home with the same load,” said Yaw Acquaye-Sarpei, 34, a phone accessories seller who now sets up his table on Liberation Road each morning.",
                "Yaw Acquaye-Sarpei",
                "said",
                "",
            ),
        ],
        [
            (
                "The MCE said he would inspect the site with the traders' leaders on July 20.",
                "Kojo Essumang",
                "said",
                "W",
            )
        ],
        [("ADVERT", "", "", "B")],
        [("Send your stories to newsdesk@pathfindergh.com or WhatsApp 024 555 0183.", "", "", "B")],
        [("Copyright © 2026 PathfinderGH.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 10. Philippine English-language daily's regional page in Misamis Oriental, a city closes a new footbridge after cracks are found, told through a mayor's statement read out by his city administrator, a district engineering office's Facebook post, a contractor's emailed statement, a councilor's Facebook live, a police advisory and a video the mayor posted
        [("MINDANAO BANAGBANAG", "", "", "B")],
        [("E-Paper   |   Subscribe   |   Follow us on TikTok", "", "", "B")],
        [("Nation   Regions   Business   Opinion   Sports   Lifestyle   Multimedia", "", "", "B")],
        [("Regions / Mindanao", "", "", "B")],
        [
            (
                "San Rosendo closes ₱86-M footbridge after cracks appear; DPWH says it's a city project",
                "the DPWH Misamis Oriental 2nd District Engineering Office",
                "says",
                "W",
            )
        ],
        [("By Jerome Salvatorres-Baylonia", "", "", "B")],
        [("September 14, 2026 | 9:47 PM", "", "", "B")],
        [("Share: Facebook   Messenger   X   Email", "", "", "B")],
        [
            (
                "Barriers block the entrance to the Cabug River footbridge in San Rosendo City on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo courtesy of San Rosendo City Information Office)", "", "", "B"),
        ],
        [
            (
                "SAN ROSENDO CITY, Misamis Oriental — In a statement read by City Administrator Atty. Lorna Dimaandalan-Syquia at a press conference on Monday, Mayor Rodel Bacsal-Inocencio said he had ordered the footbridge over the Cabug River closed “until engineers can guarantee it is safe.”",
                "Rodel Bacsal-Inocencio",
                "said",
                "W",
            )
        ],
        [
            (
                "The mayor was in Manila for a meeting at the Department of the Interior and Local Government, Dimaandalan-Syquia said.",
                "Lorna Dimaandalan-Syquia",
                "said",
                "W",
            )
        ],
        [("The statement read in part:", "The statement", "read", "")],
        [
            (
                "“The ₱86-million footbridge was turned over to the city by the contractor in March, and it was opened to the public on April 2.",
                "The statement",
                "read",
                "W",
            ),
            (
                "Residents reported cracks on its deck to the city on Sept. 11.",
                "The statement",
                "read",
                "W",
            ),
        ],
        [
            (
                "“I have asked the DPWH and an independent structural engineer to inspect the bridge, and I have directed the city legal office to study what action we can take against the contractor.",
                "The statement",
                "read",
                "W",
            )
        ],
        [
            (
                "“Nobody will cross that bridge again until I am satisfied that it is safe.”",
                "The statement",
                "read",
                "",
            )
        ],
        [
            (
                "In a post on its official Facebook page on Sunday night, the DPWH Misamis Oriental 2nd District Engineering Office said the footbridge was a city project and was not designed, funded or built by the department.",
                "the DPWH Misamis Oriental 2nd District Engineering Office",
                "said in a post on its official Facebook page",
                "W",
            ),
            (
                "“Our office had no participation in the design, bidding or construction of the said structure,” the post read.",
                "the post",
                "read",
                "W",
            ),
            (
                "It added that its engineers would join the inspection on Tuesday at the city's request.",
                "the DPWH Misamis Oriental 2nd District Engineering Office",
                "added",
                "W",
            ),
        ],
        [
            (
                "READ: Misamis Oriental town's seawall collapses two years after completion",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The contractor, Kagay Builders and Supply Co., said in an emailed statement that the cracks were “hairline shrinkage cracks” in the concrete topping and did not affect the bridge's structure.",
                "Kagay Builders and Supply Co.",
                "said in an emailed statement",
                "W",
            ),
            (
                "The company said it was “ready to shoulder all repairs under the warranty,” which runs until March 2027.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "City Councilor Jun-jun Abellerosa, who chairs the council's committee on infrastructure, said in a Facebook live on Sunday that the bridge's design had been changed twice after the contract was signed.",
                "Jun-jun Abellerosa",
                "said in a Facebook live",
                "W",
            ),
            ("“Why was the design changed, and who approved it?", "Jun-jun Abellerosa", "said", ""),
            ("That is what the people want to know,” he said.", "Jun-jun Abellerosa", "said", ""),
        ],
        [
            (
                "The city's bids and awards committee records, posted on the city government's website, show the contract was awarded in October 2024 to the lowest of three bidders.",
                "The city's bids and awards committee records",
                "show",
                "W",
            )
        ],
        [
            (
                "A residents' group, the Cabug River Neighborhood Alliance, said it would file a complaint with the Office of the Ombudsman for Mindanao.",
                "the Cabug River Neighborhood Alliance",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "About 3,000 people, most of them students, crossed the bridge every day, according to a city traffic count in June.",
                "a city traffic count in June",
                "according to",
                "W",
            )
        ],
        [
            (
                "The San Rosendo City Police Station said in an advisory posted on Facebook that tricycles may use the service road along the river as a detour until the bridge reopens.",
                "The San Rosendo City Police Station",
                "said in an advisory posted on Facebook",
                "W",
            )
        ],
        [
            (
                "“We now walk around through the highway, and the tricycles don't stop for students,” said Princess Joy Manalac-Cabangbang, 15, a Grade 10 student who used the bridge to get to Cabug National High School.",
                "Princess Joy Manalac-Cabangbang",
                "said",
                "",
            )
        ],
        [
            (
                "The city engineer, Engr. Ramon Dagocdoc-Lumbay, declined to comment, saying he had been told not to speak until the inspection was done.",
                "Ramon Dagocdoc-Lumbay",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "Later on Monday, the mayor posted a video on his personal Facebook account.",
                "",
                "",
                "",
            ),
            (
                "“To everyone who used that bridge every day: I am sorry, and I am angry too,” he said in the video.",
                "Rodel Bacsal-Inocencio",
                "said in the video",
                "",
            ),
        ],
        [
            ("Have a story for us?", "", "", "B"),
            ("Message the Mindanao Banagbanag newsroom on Facebook.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Mindanao Banagbanag Publishing Co., Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Advertise | Privacy Policy | Terms of Use", "", "", "B")],
    ],
    [  # 11. New Zealand regional daily's sport page in Manawatū, a club wins its first national football cup with a stoppage-time header, with the coach's, the captain's, the goalkeeper's and the beaten coach's and striker's words
        [("The Tararua Clarion", "", "", "B")],
        [("Menu   Search   Log in", "", "", "B")],
        [("Sport   Rugby   Cricket   Football   Netball   Racing   Motorsport", "", "", "B")],
        [("Sport > Football", "", "", "B")],
        [("Stoppage-time header wins Ōtaurangi United its first Chatham Cup", "", "", "W")],
        [
            (
                "Captain's 93rd-minute winner ends 58 years of waiting, but Port Awatea coach says her side were denied a clear penalty",
                "Alisha Brandvikken",
                "says",
                "W",
            )
        ],
        [("Ruby Tanekaha", "", "", "B")],
        [("6:52pm, 13 Sep 2026", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            ("Highlights: Ōtaurangi United v Port Awatea", "", "", ""),
            ("Video: Sportsflash NZ", "", "", "B"),
            ("3:12", "", "", "B"),
        ],
        [("MATCH FACTS", "", "", "B")],
        [("Ōtaurangi United 2 (Tom Harrower-Keepa 38', Sione Fa'asalele 90+3')", "", "", "")],
        [("Port Awatea 1 (Erik Lindskog 61' pen)", "", "", "")],
        [("Referee: Moana Callow-Haimona", "", "", "")],
        [("Crowd: 4,118", "", "", "")],
        [
            (
                "Sione Fa'asalele's header three minutes into stoppage time gave Ōtaurangi United a 2-1 win over Port Awatea in the Chatham Cup final at Hollowhaven Park in Palmerston North on Sunday, the club's first national cup in its 58-year history.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I've been at this club since I was 19, and I've lost two finals,” said the 33-year-old, who works as a builder during the week.",
                "Sione Fa'asalele",
                "said",
                "W",
            ),
            ("“I wasn't losing a third one.", "Sione Fa'asalele", "said", ""),
            ("Not today.”", "Sione Fa'asalele", "said", ""),
        ],
        [
            (
                "The club, formed by railway workers in 1968, had reached the final twice before, losing in 2012 and 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tom Harrower-Keepa put Ōtaurangi ahead in the 38th minute, curling a free kick inside the near post, and Erik Lindskog levelled from the penalty spot in the 61st minute.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ōtaurangi coach Grant Penhollick said the winner came from a corner routine his side had practised “maybe two hundred times” since the quarter-final.",
                "Grant Penhollick",
                "said",
                "",
            ),
            (
                "“We're not the fanciest team in the country, but nobody works harder on dead balls,” he said.",
                "Grant Penhollick",
                "said",
                "",
            ),
            (
                "He said the players, most of whom have day jobs, would be given Monday off.",
                "Grant Penhollick",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Port Awatea coach Alisha Brandvikken said her side had been “the better team for 85 minutes” and should have had a second penalty when Jonty Maaka was pulled down in the box in the 74th minute.",
                "Alisha Brandvikken",
                "said",
                "",
            ),
            (
                "“I've watched it back on my phone twice already,” she said.",
                "Alisha Brandvikken",
                "said",
                "",
            ),
            ("“He's pulled him by the shirt.", "Alisha Brandvikken", "said", ""),
            (
                "Everyone in the stadium saw it except one person.”",
                "Alisha Brandvikken",
                "said",
                "",
            ),
        ],
        [
            ("“Penalties are the easy part.", "Erik Lindskog", "said", ""),
            (
                "It's everything else that hurts tonight,” said Port Awatea striker Erik Lindskog.",
                "Erik Lindskog",
                "said",
                "",
            ),
        ],
        [
            (
                "Harrower-Keepa, 20, told reporters he had taken the free kick only because Fa'asalele “told me to shut up and hit it”.",
                "Tom Harrower-Keepa",
                "told reporters",
                "",
            )
        ],
        [
            (
                "Goalkeeper Nikau Te Whata-Burkitt, who made a double save in the 88th minute, said he had “no idea” how he got a hand to the second shot.",
                "Nikau Te Whata-Burkitt",
                "said",
                "",
            ),
            ("“Honestly, I closed my eyes,” he said.", "Nikau Te Whata-Burkitt", "said", ""),
        ],
        [
            (
                "New Zealand Football said the crowd of 4,118 was the largest for a cup final since 2015.",
                "New Zealand Football",
                "said",
                "W",
            ),
            (
                "The winners receive $25,000 in prize money, according to New Zealand Football.",
                "New Zealand Football",
                "according to",
                "W",
            ),
            ("Fa'asalele was named player of the match.", "", "", "W"),
        ],
        [("Read more: Ōtaurangi's cup run: from a Tuesday-night replay to the final", "", "", "B")],
        [("Ruby Tanekaha covers football and netball for the Clarion.", "", "", "B")],
        [("Support local journalism – subscribe for $2.99 a week.", "", "", "B")],
        [
            (
                "© 2026 Tararua Clarion Ltd   Contact   Advertise   Privacy   Terms   Complaints: Media Council",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 12. Singapore English-language daily's health page, a local study finds pre-schoolers who spend two hours a day outdoors are a third less likely to become short-sighted, with the lead author and two outside experts
        [("THE ISLAND RECORD", "", "", "B")],
        [
            (
                "Singapore   Asia   World   Opinion   Life   Business   Tech   Sport   Videos   Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [
            (
                "Two hours outdoors a day cuts pre-schoolers' risk of short-sightedness by a third, Singapore study finds",
                "a Singapore study",
                "finds",
                "W",
            )
        ],
        [("Hazirah Jamaludin, Health Correspondent", "", "", "B")],
        [("Published May 20, 2026, 04:15 PM", "", "", "B")],
        [("Updated May 20, 2026, 05:48 PM", "", "", "B")],
        [("Facebook   Telegram   X   WhatsApp   Email   Gift this article", "", "", "B")],
        [
            ("Children at a playground in Punggol.", "", "", ""),
            (
                "The researchers tracked 2,416 children for four years with light sensors clipped to their clothing.",
                "",
                "",
                "W",
            ),
            ("PHOTO: ISLAND RECORD FILE", "", "", "B"),
        ],
        [
            (
                "Pre-schoolers who spent at least two hours a day outdoors were about a third less likely to become short-sighted by the age of seven than those who spent less than an hour outside, a Singapore study has found.",
                "a Singapore study",
                "has found",
                "W",
            )
        ],
        [
            (
                "The study, published on May 19 in the Asian Journal of Paediatric Ophthalmology, followed 2,416 children aged three to six from 41 pre-schools for four years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "By the end of the study, 18.2 per cent of the children in the most outdoor group had myopia, compared with 27.9 per cent in the least outdoor group, the researchers reported.",
                "the researchers",
                "reported",
                "W",
            ),
            (
                "Each extra hour outdoors a day was linked to a 14 per cent lower risk of myopia, the study found.",
                "the study",
                "found",
                "W",
            ),
            (
                "The effect was smaller among children who spent more than three hours a day on screens, it found.",
                "a Singapore study",
                "found",
                "W",
            ),
        ],
        [
            (
                "Myopia, or short-sightedness, affects about 65 per cent of children in Singapore by the time they reach Primary 6, according to the Health Promotion Board.",
                "the Health Promotion Board",
                "according to",
                "W",
            )
        ],
        [
            (
                "The lead author, Associate Professor Seetoh Yanting, a senior consultant at the Tanglin Eye Institute, said the effect held even among children whose parents were both short-sighted.",
                "Seetoh Yanting",
                "said",
                "W",
            ),
            (
                "“Light levels outdoors are 10 to 50 times higher than indoors, even on a cloudy day, and we think that brightness is what protects the growing eye,” she said.",
                "Seetoh Yanting",
                "said",
                "W",
            ),
            (
                "She said the team had measured each child's time outdoors with a sensor clipped to the clothing for one week in every six months, rather than relying on parents' estimates.",
                "Seetoh Yanting",
                "said",
                "W",
            ),
        ],
        [
            (
                "The researchers wrote that the study was observational and could not prove that outdoor time itself prevented myopia.",
                "The researchers",
                "wrote",
                "W",
            ),
            (
                "Children who played outdoors more may also have spent less time on screens, they noted.",
                "the researchers",
                "noted",
                "",
            ),
            (
                "The team is now running a trial in 12 pre-schools that moves some lessons outdoors, with results expected in 2028, Prof Seetoh said.",
                "Seetoh Yanting",
                "said",
                "W",
            ),
        ],
        [("READ MORE: More pre-schoolers need glasses, eye screening data shows", "", "", "B")],
        [
            (
                "“The light-sensor data make this much stronger than the usual surveys of parents,” said Dr Priyamvada Sethupathy, a myopia researcher at Westerfold University in Sydney, who was not involved in the study.",
                "Priyamvada Sethupathy",
                "said",
                "",
            ),
            (
                "But she said the gap between the groups was smaller than in earlier trials in China, where schools added 80 minutes of outdoor time a day.",
                "Priyamvada Sethupathy",
                "said",
                "W",
            ),
            (
                "“Two hours a day is a lot to ask of a working family in a high-rise flat,” she said.",
                "Priyamvada Sethupathy",
                "said",
                "",
            ),
        ],
        [
            (
                "Professor Arun Mahendran, who studies child health at the Jurong Institute of Population Health, said the findings fitted a large body of evidence from East Asia.",
                "Arun Mahendran",
                "said",
                "",
            ),
            (
                "He said Singapore's guidelines for pre-schools already recommend at least an hour of outdoor play a day, but a 2024 survey by his team found that only 38 per cent of centres met that target on weekdays.",
                "Arun Mahendran",
                "said",
                "W",
            ),
        ],
        [("Get health news on Telegram: t.me/islandrecordhealth", "", "", "B")],
        [
            (
                "Asked whether parents should turn to eye drops instead, Prof Seetoh said low-dose atropine drops, which the institute prescribes to slow myopia, were “not a substitute for daylight”.",
                "Seetoh Yanting",
                "said",
                "",
            )
        ],
        [
            (
                "The Early Childhood Development Agency said in response to queries that it would review the outdoor play guidelines with the Health Promotion Board next year.",
                "The Early Childhood Development Agency",
                "said in response to queries",
                "",
            )
        ],
        [
            (
                "Madam Nurulhuda Roslani, 36, whose five-year-old son started wearing glasses in January, said she now takes him to the park downstairs after pre-school.",
                "Nurulhuda Roslani",
                "said",
                "",
            ),
            (
                "“He complains it's too hot, but he complains more about the glasses,” Madam Nurulhuda said.",
                "Nurulhuda Roslani",
                "said",
                "",
            ),
        ],
        [
            (
                "“We already do an hour of outdoor play, but some days the haze or the rain decides for us,” said Charmaine Loi-Valderramos, principal of a pre-school in Sengkang.",
                "Charmaine Loi-Valderramos",
                "said",
                "",
            )
        ],
        [
            (
                "The study was funded by a grant from the National Medical Research Council.",
                "",
                "",
                "W",
            )
        ],
        [("Related topics: Health   Children   Eyes", "", "", "B")],
        [
            ("Copyright 2026 Island Record Press.", "", "", "B"),
            ("Permission required for reproduction.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n77-sc-live-stamp-byline-colon",
        "6.05pm AEST\nJoel Whitcaster\nThat's where we'll leave our live coverage for tonight. Here's what happened today:\nThe Kallowra River peaked at 11.4 metres at 9.40am, its highest level since February 1991.",
        [
            "6.05pm AEST",
            "Joel Whitcaster",
            "That's where we'll leave our live coverage for tonight.",
            "Here's what happened today:",
            "The Kallowra River peaked at 11.4 metres at 9.40am, its highest level since February 1991.",
        ],
    ),
    (
        "n77-sc-ellipsis-inside-quote",
        "Deputy Police Commissioner Ray Oesterlund-Marraby said officers had made 41 rescues since midnight, 29 of them from cars that had been driven into floodwater. “If it's flooded, forget it,” he said. “I don't know how many more times we can say it … we are pulling people off car roofs in the dark.”",
        [
            "Deputy Police Commissioner Ray Oesterlund-Marraby said officers had made 41 rescues since midnight, 29 of them from cars that had been driven into floodwater.",
            "“If it's flooded, forget it,” he said.",
            "“I don't know how many more times we can say it … we are pulling people off car roofs in the dark.”",
        ],
    ),
    (
        "n77-sc-q-dot-a-dot-pm",
        "Q. Your dealers in Madurai say they heard about the recall on social media before the company told them. Is that fair?\nA. It is fair, and I have apologised to them. The notice went out on our app at 6 p.m. on January 19, and the letter to dealers went out the next morning. That order should have been the other way round.",
        [
            "Q. Your dealers in Madurai say they heard about the recall on social media before the company told them.",
            "Is that fair?",
            "A. It is fair, and I have apologised to them.",
            "The notice went out on our app at 6 p.m. on January 19, and the letter to dealers went out the next morning.",
            "That order should have been the other way round.",
        ],
    ),
    (
        "n77-sc-a-no-after-question",
        "Q. The Madurai fire department's report says the scooter that burned there had been charged with a charger that was not yours. Are you blaming the owner?\nA. No. The report does say that, and the owner has told us the same thing, but the cells in his scooter were from the bad batch.",
        [
            "Q. The Madurai fire department's report says the scooter that burned there had been charged with a charger that was not yours.",
            "Are you blaming the owner?",
            "A. No.",
            "The report does say that, and the owner has told us the same thing, but the cells in his scooter were from the bad batch.",
        ],
    ),
    (
        "n77-sc-printable-url-copyright",
        "Printable version | Mar 10, 2026 07:15:22 | https://www.palarstandard.in/business/industry/ilavan-motors-shanthi-ramakanthan-interview/article70114582.ece\n© The Palar Standard 2026",
        [
            "Printable version | Mar 10, 2026 07:15:22 | https://www.palarstandard.in/business/industry/ilavan-motors-shanthi-ramakanthan-interview/article70114582.ece",
            "© The Palar Standard 2026",
        ],
    ),
    (
        "n77-sc-dateline-am-named-after",
        "CORBENDALE, Iowa (Greyspan) — A freight train hauling ethanol derailed and caught fire Wednesday on the edge of this southeast Iowa town, forcing about 400 people from their homes as black smoke rose over the fields for miles, officials said. No injuries were reported.\nTwenty-two cars left the tracks at about 6:15 a.m. near a grain elevator on the east side of Corbendale, a town of about 1,900 people, said Hollis Maybrook, Vandemark County's emergency management coordinator.",
        [
            "CORBENDALE, Iowa (Greyspan) — A freight train hauling ethanol derailed and caught fire Wednesday on the edge of this southeast Iowa town, forcing about 400 people from their homes as black smoke rose over the fields for miles, officials said.",
            "No injuries were reported.",
            "Twenty-two cars left the tracks at about 6:15 a.m. near a grain elevator on the east side of Corbendale, a town of about 1,900 people, said Hollis Maybrook, Vandemark County's emergency management coordinator.",
        ],
    ),
    (
        "n77-sc-us-mid-and-end",
        "Trains carrying ethanol have derailed at least 14 times in the U.S. since 2020, according to Federal Railroad Administration data. More ethanol moves by rail than any other flammable liquid in the U.S. Most of it comes from plants in Iowa, Nebraska, Illinois and Minnesota.",
        [
            "Trains carrying ethanol have derailed at least 14 times in the U.S. since 2020, according to Federal Railroad Administration data.",
            "More ethanol moves by rail than any other flammable liquid in the U.S.",
            "Most of it comes from plants in Iowa, Nebraska, Illinois and Minnesota.",
        ],
    ),
    (
        "n77-sc-pm-before-state",
        "Corbendale Mayor Bonita Vrablic said the town's wells are on its west side, away from the derailment, and the water was tested at noon and again at 4 p.m. State environmental officials were monitoring the air at six sites around the town and had found no readings of concern as of 6 p.m., the Iowa Department of Natural Resources said.",
        [
            "Corbendale Mayor Bonita Vrablic said the town's wells are on its west side, away from the derailment, and the water was tested at noon and again at 4 p.m.",
            "State environmental officials were monitoring the air at six sites around the town and had found no readings of concern as of 6 p.m., the Iowa Department of Natural Resources said.",
        ],
    ),
    (
        "n77-sc-gov-not-an-end",
        "Gov. Marla Eckwall said at a news conference in Des Moines that she had sent the state's hazardous materials response team to Corbendale and had asked the railroad to pay for the evacuation. “Our first job is to keep people safe, and our second job is to find out why this happened and make sure it doesn't happen again,” Eckwall said.",
        [
            "Gov. Marla Eckwall said at a news conference in Des Moines that she had sent the state's hazardous materials response team to Corbendale and had asked the railroad to pay for the evacuation.",
            "“Our first job is to keep people safe, and our second job is to find out why this happened and make sure it doesn't happen again,” Eckwall said.",
        ],
    ),
    (
        "n77-sc-colon-headline-byline",
        "Cholera: Oyo confirms nine deaths, 178 suspected cases in 11 LGAs\nBy Olamide Bamigboye, Ibadan\nJune 23, 2026\nShare on: Facebook   X   WhatsApp   Telegram",
        [
            "Cholera: Oyo confirms nine deaths, 178 suspected cases in 11 LGAs",
            "By Olamide Bamigboye, Ibadan",
            "June 23, 2026",
            "Share on: Facebook   X   WhatsApp   Telegram",
        ],
    ),
    (
        "n77-sc-mr-n450m-he-said",
        "Speaking at the same briefing, the Commissioner for Information, Mr Babatunde Oyekola-Ajisegiri, said the state government had approved N450m for the response, including drugs, chlorine and the hiring of 60 temporary health workers. He said the government would not hesitate to shut down any water vendor found selling untreated water. “Our environmental health officers have already sealed the sites of 23 water vendors in Ibadan this month,” he said.",
        [
            "Speaking at the same briefing, the Commissioner for Information, Mr Babatunde Oyekola-Ajisegiri, said the state government had approved N450m for the response, including drugs, chlorine and the hiring of 60 temporary health workers.",
            "He said the government would not hesitate to shut down any water vendor found selling untreated water.",
            "“Our environmental health officers have already sealed the sites of 23 water vendors in Ibadan this month,” he said.",
        ],
    ),
    (
        "n77-sc-possibly-yes-when",
        "Under cross-examination by defence lawyer Marcus Tiefenbach, Thandhiwal agreed that the association's board had not ordered an audit since 2017. “Possibly, yes,” he said, when Tiefenbach asked whether the treasurer might have paid for ice time with her own credit card and then reimbursed herself. “But I found no record that she did.”",
        [
            "Under cross-examination by defence lawyer Marcus Tiefenbach, Thandhiwal agreed that the association's board had not ordered an audit since 2017.",
            "“Possibly, yes,” he said, when Tiefenbach asked whether the treasurer might have paid for ice time with her own credit card and then reimbursed herself.",
            "“But I found no record that she did.”",
        ],
    ),
    (
        "n77-sc-quote-ends-inside-marks",
        "In her opening statement on Tuesday, assistant Crown attorney Amelia Poirier told the jury the Crown would prove that Maddaford-Lysenko “treated the kids' hockey money as her own.” Tiefenbach has told the jury his client kept the association running for years when no one else would volunteer, and that the books were “a mess, not a crime.”",
        [
            "In her opening statement on Tuesday, assistant Crown attorney Amelia Poirier told the jury the Crown would prove that Maddaford-Lysenko “treated the kids' hockey money as her own.”",
            "Tiefenbach has told the jury his client kept the association running for years when no one else would volunteer, and that the books were “a mess, not a crime.”",
        ],
    ),
    (
        "n77-sc-inc-before-rights",
        "Snowplow contract goes to Kingston-area firm\n© 2026 Larchwick Record, a division of Ridgewold Media Inc. All rights reserved.",
        [
            "Snowplow contract goes to Kingston-area firm",
            "© 2026 Larchwick Record, a division of Ridgewold Media Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n77-sc-irish-date-caption",
        "Sat Feb 14 2026 - 06:00\nShare   Email   Facebook   X   LinkedIn\nBoarded-up council houses at Bóthar an Tóchair, Knockskeagh, on Thursday. Photograph: Mícheál Tunneycliffe",
        [
            "Sat Feb 14 2026 - 06:00",
            "Share   Email   Facebook   X   LinkedIn",
            "Boarded-up council houses at Bóthar an Tóchair, Knockskeagh, on Thursday.",
            "Photograph: Mícheál Tunneycliffe",
        ],
    ),
    (
        "n77-sc-memo-it-estimates",
        "An internal council memo, written in September and released with the figures, says the council has “neither the staff nor the budget” to bring empty homes back into use within the 12 weeks the department recommends. The memo states that the council's voids team had four craftsmen for the whole county in September, down from 11 in 2019. It estimates the average cost of refurbishing an empty council home at €41,000. “At current staffing levels, the backlog will continue to grow,” the memo warns.",
        [
            "An internal council memo, written in September and released with the figures, says the council has “neither the staff nor the budget” to bring empty homes back into use within the 12 weeks the department recommends.",
            "The memo states that the council's voids team had four craftsmen for the whole county in September, down from 11 in 2019.",
            "It estimates the average cost of refurbishing an empty council home at €41,000.",
            "“At current staffing levels, the backlog will continue to grow,” the memo warns.",
        ],
    ),
    (
        "n77-sc-said-colon-open-quotes",
        "Council leader Cllr Roderick Aplin-Hurlock said: “Nobody goes into local government to close libraries, and I take no pleasure in this decision. Our budget gap for next year is £4.8 million, and libraries are one of the few services we are not required by law to run in their current form.\n“We offered the four buildings to community groups last summer, and only one group, in Penwarrow Green, came forward with a plan we could afford to support.\n“I know how much these libraries mean to people. The mobile library will now stop in each of the four places every week, and our online library is open 24 hours a day.”",
        [
            "Council leader Cllr Roderick Aplin-Hurlock said: “Nobody goes into local government to close libraries, and I take no pleasure in this decision.",
            "Our budget gap for next year is £4.8 million, and libraries are one of the few services we are not required by law to run in their current form.",
            "“We offered the four buildings to community groups last summer, and only one group, in Penwarrow Green, came forward with a plan we could afford to support.",
            "“I know how much these libraries mean to people.",
            "The mobile library will now stop in each of the four places every week, and our online library is open 24 hours a day.”",
        ],
    ),
    (
        "n77-sc-question-then-said",
        "At Cravenhurst Lane library on Thursday morning, a dozen people were reading newspapers or queueing for the two computers. “Where else is warm and free?” said Derek Hambling, 79, who comes in most days to read the papers. “They'll close this and then wonder why we're all in A&E.”",
        [
            "At Cravenhurst Lane library on Thursday morning, a dozen people were reading newspapers or queueing for the two computers.",
            "“Where else is warm and free?” said Derek Hambling, 79, who comes in most days to read the papers.",
            "“They'll close this and then wonder why we're all in A&E.”",
        ],
    ),
    (
        "n77-sc-ltd-registered-no",
        "Holmsford Advertiser is part of Wyeholme Media Ltd. Registered in England and Wales No. 04417892.",
        [
            "Holmsford Advertiser is part of Wyeholme Media Ltd.",
            "Registered in England and Wales No. 04417892.",
        ],
    ),
    (
        "n77-sc-quote-split-says-after",
        "Community leader Thandeka Zikhalo says people are buying water from private trucks at R20 for 25 litres. She says the elderly and the sick are suffering the most. “We are tired of promises. We want water, not meetings,” says Zikhalo.",
        [
            "Community leader Thandeka Zikhalo says people are buying water from private trucks at R20 for 25 litres.",
            "She says the elderly and the sick are suffering the most.",
            "“We are tired of promises.",
            "We want water, not meetings,” says Zikhalo.",
        ],
    ),
    (
        "n77-sc-slash-year-toll-free",
        "The Auditor-General's latest report on the municipality found irregular expenditure of R214 million in the 2024/25 financial year.\nThe minister says she will return to Nqabakazi in June to check on progress. Meanwhile, the department says residents who have been without water for more than a week can report it on its toll-free line, 0800 011 347.",
        [
            "The Auditor-General's latest report on the municipality found irregular expenditure of R214 million in the 2024/25 financial year.",
            "The minister says she will return to Nqabakazi in June to check on progress.",
            "Meanwhile, the department says residents who have been without water for more than a week can report it on its toll-free line, 0800 011 347.",
        ],
    ),
    (
        "n77-sc-quote-before-name-asked",
        "“We were told three months. It is now 14 months and we are still selling by the roadside,” said Madam Akosua Bentsi, 52, who sold cooking pots at the old market for 20 years.\n“The rain comes, the goods spoil. Who pays?” asked Kwabena Amponfi-Turkson, who sells second-hand shoes from a table under a beach umbrella.",
        [
            "“We were told three months.",
            "It is now 14 months and we are still selling by the roadside,” said Madam Akosua Bentsi, 52, who sold cooking pots at the old market for 20 years.",
            "“The rain comes, the goods spoil.",
            "Who pays?” asked Kwabena Amponfi-Turkson, who sells second-hand shoes from a table under a beach umbrella.",
        ],
    ),
    (
        "n77-sc-nothing-fragment",
        "“Sometimes I sell nothing. Nothing. I go home with the same load,” said Yaw Acquaye-Sarpei, 34, a phone accessories seller who now sets up his table on Liberation Road each morning.\nThe MCE said he would inspect the site with the traders' leaders on July 20.",
        [
            "“Sometimes I sell nothing.",
            "Nothing.",
            "I go home with the same load,” said Yaw Acquaye-Sarpei, 34, a phone accessories seller who now sets up his table on Liberation Road each morning.",
            "The MCE said he would inspect the site with the traders' leaders on July 20.",
        ],
    ),
    (
        "n77-sc-atty-dateline-read",
        "SAN ROSENDO CITY, Misamis Oriental — In a statement read by City Administrator Atty. Lorna Dimaandalan-Syquia at a press conference on Monday, Mayor Rodel Bacsal-Inocencio said he had ordered the footbridge over the Cabug River closed “until engineers can guarantee it is safe.”\nThe mayor was in Manila for a meeting at the Department of the Interior and Local Government, Dimaandalan-Syquia said.\nThe statement read in part:",
        [
            "SAN ROSENDO CITY, Misamis Oriental — In a statement read by City Administrator Atty. Lorna Dimaandalan-Syquia at a press conference on Monday, Mayor Rodel Bacsal-Inocencio said he had ordered the footbridge over the Cabug River closed “until engineers can guarantee it is safe.”",
            "The mayor was in Manila for a meeting at the Department of the Interior and Local Government, Dimaandalan-Syquia said.",
            "The statement read in part:",
        ],
    ),
    (
        "n77-sc-councilor-question-quote",
        "City Councilor Jun-jun Abellerosa, who chairs the council's committee on infrastructure, said in a Facebook live on Sunday that the bridge's design had been changed twice after the contract was signed. “Why was the design changed, and who approved it? That is what the people want to know,” he said.",
        [
            "City Councilor Jun-jun Abellerosa, who chairs the council's committee on infrastructure, said in a Facebook live on Sunday that the bridge's design had been changed twice after the contract was signed.",
            "“Why was the design changed, and who approved it?",
            "That is what the people want to know,” he said.",
        ],
    ),
    (
        "n77-sc-engr-video-tip",
        "The city engineer, Engr. Ramon Dagocdoc-Lumbay, declined to comment, saying he had been told not to speak until the inspection was done.\nLater on Monday, the mayor posted a video on his personal Facebook account. “To everyone who used that bridge every day: I am sorry, and I am angry too,” he said in the video.\nHave a story for us? Message the Mindanao Banagbanag newsroom on Facebook.",
        [
            "The city engineer, Engr. Ramon Dagocdoc-Lumbay, declined to comment, saying he had been told not to speak until the inspection was done.",
            "Later on Monday, the mayor posted a video on his personal Facebook account.",
            "“To everyone who used that bridge every day: I am sorry, and I am angry too,” he said in the video.",
            "Have a story for us?",
            "Message the Mindanao Banagbanag newsroom on Facebook.",
        ],
    ),
    (
        "n77-sc-age-role-quote",
        "“I've been at this club since I was 19, and I've lost two finals,” said the 33-year-old, who works as a builder during the week. “I wasn't losing a third one. Not today.”",
        [
            "“I've been at this club since I was 19, and I've lost two finals,” said the 33-year-old, who works as a builder during the week.",
            "“I wasn't losing a third one.",
            "Not today.”",
        ],
    ),
    (
        "n77-sc-shirt-and-striker",
        "“I've watched it back on my phone twice already,” she said. “He's pulled him by the shirt. Everyone in the stadium saw it except one person.”\n“Penalties are the easy part. It's everything else that hurts tonight,” said Port Awatea striker Erik Lindskog.",
        [
            "“I've watched it back on my phone twice already,” she said.",
            "“He's pulled him by the shirt.",
            "Everyone in the stadium saw it except one person.”",
            "“Penalties are the easy part.",
            "It's everything else that hurts tonight,” said Port Awatea striker Erik Lindskog.",
        ],
    ),
    (
        "n77-sc-bare-link-prof",
        "Get health news on Telegram: t.me/islandrecordhealth\nAsked whether parents should turn to eye drops instead, Prof Seetoh said low-dose atropine drops, which the institute prescribes to slow myopia, were “not a substitute for daylight”.",
        [
            "Get health news on Telegram: t.me/islandrecordhealth",
            "Asked whether parents should turn to eye drops instead, Prof Seetoh said low-dose atropine drops, which the institute prescribes to slow myopia, were “not a substitute for daylight”.",
        ],
    ),
    (
        "n77-sc-dr-not-involved",
        "“The light-sensor data make this much stronger than the usual surveys of parents,” said Dr Priyamvada Sethupathy, a myopia researcher at Westerfold University in Sydney, who was not involved in the study. But she said the gap between the groups was smaller than in earlier trials in China, where schools added 80 minutes of outdoor time a day. “Two hours a day is a lot to ask of a working family in a high-rise flat,” she said.",
        [
            "“The light-sensor data make this much stronger than the usual surveys of parents,” said Dr Priyamvada Sethupathy, a myopia researcher at Westerfold University in Sydney, who was not involved in the study.",
            "But she said the gap between the groups was smaller than in earlier trials in China, where schools added 80 minutes of outdoor time a day.",
            "“Two hours a day is a lot to ask of a working family in a high-rise flat,” she said.",
        ],
    ),
]
