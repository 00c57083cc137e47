"""Sixty-eighth HELD-OUT set of hand-labelled pages for the hint engines (round forty-one): held
out, never to be tuned on -- no rule, threshold or word list may be changed to fit these pages or
cases. Twelve WHOLE pages, head to tail, in the styles issue 13 names, from twelve countries: three
PASTED WEB PAGES with nav, paywall and cookie blocks (England (Bristol), the United States (Ohio),
Singapore), two pieces of WIRE COPY with their credits (Kenya, on the agency's own site; Chile,
reprinted by a mining trade site), two LOCAL NEWS pages (Jamaica, India (Pune)), a SPORT page (a
club cricket final in Sri Lanka), a SCIENCE page (Uganda), a LIVE BLOG (a typhoon in the
Philippines), an INTERVIEW (a Q&A in Botswana) and a PRESS RELEASE reprinted by a news site (Canada
(Nova Scotia)). Each page carries its site's own furniture at the head, in the middle and at the
tail, several speakers, and hard sentence splits: abbreviations that end a sentence before a capital
and ones that do not, designations, initials, decimals, and quotes ending in ? or ! before their
attribution. The pages hold 538 sentences: 263 "B", 157 "W" and 118 ""; 180 sentences carry a
speaker, 78 distinct speakers in all. `STYLES` describes each page, its story, its speakers and its
furniture in order. `HELDOUT_CASES` holds 30 sentence-split cases.

Written from scratch for issue 13 at the start of round forty-one, before any rule was tuned on them
and without looking at the engine's code or output: nothing under `claimreview/` or `docs/` was
opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`,
nothing under `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not used,
and nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it held
only the brief); `/tmp/sets` was listed at the start (empty) and at the end (it then held other
helpers' `labelled_heldout67.py`, `labelled_new94.py` and `labelled_new95.py`, seen as names only
and never opened or searched, and this file); the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); from `labelled_new93.py` and
`labelled_new92.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`, saved to files in a scratch
folder -- the first was printed whole with `cat` (the tool cut its middle, which was then printed
with `sed`), the second with `sed` in two ranges, so all of both was seen; `def build` in
`tests/text/labelled_articles.py` (`sed -n '250,265p'`); and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A25`). Also seen: `ls .venv` and a `grep` of the names in `.venv/bin`
for ruff (with `which ruff`), and `ls -la tests | head -5` with `ls tests | wc -l` (the first five
entries of `tests/` by name, among them the `benchmarks` folder's name, which was not entered). No
other page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of October to December 2026 for the weekdays; scripts of my own in a scratch
folder that turn a small line format (flag|speaker|cue|text, blank lines between paragraphs, speaker
aliases, a marker for each split case) into the literals below, turn straight quotes into
typographic ones on the pages that use them, apply renames, cut the split cases out of the pages and
count sentences, flags and speakers; whole-word, case-insensitive file counts (`grep -rilwF WORD ...
| wc -l`) over the Python files under `tests/` for every capitalised word of these pages and of
`STYLES`; a first run of that loop put `--` before `--include`, so it counted over every file under
`tests/` (counts only, then rerun as intended); `grep -rhoiwF -f LIST` over the same files for lists
of candidate replacements, whose output was only the matched words of my own lists; phrase counts
(`grep -rilF ... | wc -l`) for the coined multi-word names; for six words, the names of the matching
files piped straight into `md5sum`, so that only hashes were seen, to learn whether the hits came
from one file (they did not); an import of this file with `build` on every page and a check of four
string fields, flags, speaker and cue pairing, 30 distinct case ids, every case text in a built page
and equal to its sentences joined by single spaces, each expected sentence one labelled sentence,
and the counts above; and `ruff format` and `ruff check` on this file with `--config` pointing at
the project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_heldout68.py` so the per-file ignores for `tests/**` apply). Only counts and
hashes were read from the searches, never the matched lines. The first draft's coined people,
outlets, firms, schools, churches and streets hit about a hundred and seventy words of other files
(given names and surnames of every country, even odd-looking ones such as Rhiannedd,
Wanniarachchige, Kelanimulla, Dimaculangan and Lindqvell, and the outlet and firm words
Harbourlight, Corvantis, Keelhaven, Tidewire, Vantrel and Mopane); each was renamed, about
thirty-five candidate replacements hit as well, and only replacements with no hit were kept; a last
per-word pass over the finished pages found two of the chosen given names hitting after all, and
both were renamed again to names with no hit. What still hits is real places, regions and rivers,
common words (Learning, Transit, Carriers, Foods, Ocean, Pointe, Shield, Oval, Sons, Infant, Locust
and the like, some inside a coined name), Spanish words in firm names (Minera, Valores), outlet
words (Monitor, Tidings, Newswire), titles and abbreviations kept or dropped on purpose (Dr, Mr,
Mrs, Ms, Cllr, Supt, Gov, Lt, Prof, Rev, Jr, Honourable, Warden, Bte, Brgy, Sta, Blk, Rd, St, Nos,
Regn, Pte, Pvt, Corp, Ltd, Inc, Pty) and channel names.

Every person, outlet, wire agency, newswire, firm, union, association, group, fund, university,
school, church, club, tournament, ground, market, mine, plant, street, road, district, barangay,
town, typhoon, journal and figure is invented. Real countries, regions, cities and suburbs appear
only as settings: England, Wales (a registration line), Bristol, Bath, North Somerset, Lawrence
Weston, Hengrove and Henbury; the United States, Ohio, Toledo and Sylvania; Singapore, Bedok,
Tampines, Pasir Ris, Punggol and Asia; Kenya, Nairobi, Mombasa, Kericho county, the Rift Valley,
East Africa, Pakistan, Egypt, Uganda and Tanzania; Chile, Santiago, Antofagasta, Calama, the
Atacama, Canada, Peru and Zambia; Jamaica, Montego Bay, St. James and Granville; India, Maharashtra,
Pune, Wanowrie, Kondhwa, Kondhwa Khurd, Salunke Vihar, Hadapsar, Mundhwa, Keshavnagar, Katraj,
Dhankawadi, Bibwewadi and Hinjewadi; Sri Lanka, Colombo and the Southern Province; Uganda, Kampala,
Mukono, Isingiro, Bushenyi, Bugisu, the Rwenzori foothills and western Kenya; the Philippines, the
Visayas, Eastern Samar, Samar, Leyte, Catbalogan, Tacloban, Catarman and the Sibuyan Sea; Botswana,
Gaborone and Tlokweng; Canada, Nova Scotia, Halifax, Dartmouth, Yarmouth County, Lunenburg County
and Cape Sable (inside a firm's name), China and South Korea. Banana Xanthomonas wilt, its bacterium
and matooke are real terms of the science page. Facebook, X, WhatsApp, LinkedIn, Android and iOS
appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets' docstrings state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split; a dateline
belongs to its lead sentence; a pronoun, a later surname, a role or a title resolved to the full
name as first given, without titles; an organisation's later generic noun kept as written ("The
company", "The authority", "The ministry", "the bureau", "The Company") and "It" resolved to the
name as first given; a shorter later name carrying the name as first given ("Minera Tolvanche said"
is "Minera Tolvanche S.A."); a quote over several sentences carrying its speaker and cue; sport data
lines "" and a box's title "B"; hedges, forecasts, hopes, intentions, advice, service information,
opinions and feelings ""; private people's own lives with numbers in them ""; statements of record,
figures, dates, rules, decisions and causal claims by those in charge "W".

Conventions this set had to settle, in the same spirit:

* Cookie-consent and paywall blocks are "B" sentence by sentence, their headings and button lines
  too ("We value your privacy", "ACCEPT ALL | ...", "OK", "Accept", "SUBSCRIBE NOW", "Already a
  subscriber? Log in"); a "SUBSCRIBERS" label is "B".
* Wire copy: the agency's tag in the dateline ("NAIROBI, Nov 17 (Corvesse) -") belongs to the lead;
  a "Summary" label is "B" and its bullet lines are labelled like a standfirst ("W" when checkable);
  the credits "(Reporting by ...; Writing by ...; Editing by ...)" are ONE "B" sentence, semicolons
  and all; a reprinting site's note that the story comes unchanged from a feed is "B"; a broker
  "said" after a long claim ending in "Ltd." is the speaker of that claim.
* Press release: the site's distribution note is "B"; the release's title-case headline and subhead
  are labelled by content; the release's own voice without a verb of saying carries no speaker (like
  an editorial's), while "Orwenby Ocean Foods Inc. ... today announced" carries the company (cue
  "announced") and "The Company said" carries "The Company" as written; its ambitions ("intends to
  become") are ""; the About section, the Forward-Looking Statements, the exchange disclaimer, the
  contact block and the SOURCE line are "B" sentence by sentence even where they state facts (a
  founding year, a head count), as boilerplate a reviewer would skip; a quote over three sentences
  named only at its end ("..., said Margaux ...") carries that name and "said" in every sentence.
* Live blog: "Pinned", "What we know so far", time stamps, "Key event", entry bylines opening with a
  dash and "Load more updates" are "B"; the pinned lines and each entry's headline are labelled by
  content, an entry headline ending "governor says" carries the governor (cue "says").
* Interview: a quoted headline without a cue is "W" (it states a checkable loss rate) and carries no
  speaker; the interviewer's turns under the paper's prefix ("MONITOR:") carry no speaker unless
  they cite a source ("Residents of Tlokweng say"); the answers carry the interviewee's full name in
  every sentence, with the prefix as written as the cue ("GAONE MOTSWEDI-RAMOKGATHE:" for the first
  answer, "MOTSWEDI-RAMOKGATHE:" after); a rhetorical question and its one-word answer "No." inside
  an answer are two sentences, both "" and both carrying the interviewee; the editing note and the
  comments note are "B"; the bio line in the writer's voice is "W".
* Sport: score lines with initials ("(S. Malwatthegedara 87, ... ; K. Ilangakoonge 3/52, ...)") are
  one sentence each and "" data, "Bambalanda won by 46 runs." under the box is data too; "SCORE
  SUMMARY" is "B"; overs with a decimal ("46.3 overs.") end a sentence.
* Science: the explainer box's heading is "B" and its lines "W"; the journal reference is one "B"
  sentence ("et al." and the title's full stop do not split it); the funding note is "B"; "the
  authors wrote" is a source as written; an article cited in the body ("Otieku-Mbweri et al.") is
  not a speaker.
* Local news boxes: a schedule box's heading is "B" and its ward lines "W" (a decision of record); a
  helpline with opening hours is service information "".
* Quotes: a quote whose first sentence ends in "!" or "?" and runs on to a second sentence before
  the attribution is split there ("“Pay them properly and they’ll stay." / "It’s not complicated!”
  he said."), each part carrying the speaker and cue; a quote that runs on after its attribution
  ("“Four weeks?” he asked. “Every other centre ...?”") carries the attribution's cue; "asked
  Langatiro, a mother of four" after the quote is a cue "asked".
* Cues as written: "announced", "said", "says", "say", "asked", "told reporters", "told parents",
  "said in a statement", "said in a note", "according to", "urged", "denied", "expects", "fear" (a
  standfirst), "wrote" and the interview prefixes. Titles dropped: Cllr, Supt., Dr./Dr, Ms, Mrs.,
  Mr., Gov., Lt., Prof., Councillor, Warden, the Honourable, State Rep. (and "R-Sylvania" after the
  name); kept: "Jr.", initials ("S.R. Vaikhari-Pendse", "J.P. Abarquero-Dimaculangon") and "Bte" in
  a Malay name. A sentence after a cue-bearing one that carries no cue of its own ("The Rs 86-crore
  work has been given to ...", "Its maximum sustained winds eased ...") carries no speaker.
* Businesses' own records are "W" (a housing society's tanker spending, a tanker operator's rate
  rise); private people's own lives are "" (a care worker's journey, a father's fees, a tea farmer's
  bonus, a truck driver's loan, a higgler's lost produce, a taxi fare, a homemaker's buckets, a
  banana farmer's cut plants, an evacuee's night, a fisherman's boat).

Splits. "Orlemby Transit Ltd." before "Its", "5.15am", "7am start", "£13.85", "Quaylight Media Ltd."
before "Registered in England and Wales No. 08812457.", "11:48 p.m. after" (no split), "Aurick
Vreelund-Duskin Jr." before "He", "approx. 4.2% a year vs. 1.1%", "Dr. Cordwin", "Nov. 24." before
"The levy", "Issue No. 14.", "Inc." before "All rights reserved.", "Pte. Ltd., told parents", "i.e.
about S$158,000", "(e.g. screenshots ...)", "Blk 214", "#08-112", "Co. Regn. No. 201904417K."
between two sentences, "NAIROBI, Nov 17 (Corvesse) -", "vs. an average", "U.S. dollars", "Kilindaro
Tea Brokers Ltd." before a quote, "Nov. 16", "SANTIAGO, Nov 18 (Vandrecht) -", "Minera Tolvanche
S.A., a unit of ... Corp." before "It", "approx. $48 million", "Union No. 1", "10 a.m. on", "the
U.S." before "The last strike", "MONTEGO BAY, St. James —", "Pimentine Rd." before "Work", "Ltd.,
which", "Mrs. Pauletta", "9:30 a.m. since" and the sentence after it, "Rev. Cliftone ... of St.
Quenwyn's", "S.R. Vaikhari-Pendse", "Pvt. Ltd." before "It", "Nos. 14 to 22", "S. No. 42/3", "Dr.
Sulakshana", "Rs 4.2 crore", "Ltd. from Kondhwa", "18:00 hrs", "46.3 overs." before "Chasing", "R.D.
Senarathgoda", "Mr. Ranjivan", "Dr. Lalithendra", "St. Brannowyn's", "pv. musacearum", "Dr.
Miremba", "approx. 31 kg", "Fig. 2", "et al. from", "Prof. Pastori", "i.e. the hybrid", "e.g. in the
Rwenzori foothills", the journal reference, "5:10 a.m." before "Its" and "5:10 a.m. Tuesday.",
"Signal No. 4", "Brgy. San Venustiano", "Lt. Romualdo", "Sta. Felicitana", "Gov. Teodorico", "J.P.
Abarquero-Dimaculangon", "etc." before "We replaced", "5 a.m." before "The pressure", "(Pty) Ltd."
before "It is 62% complete", "P6.80", "No." as a sentence, "HALIFAX, N.S., Dec. 4, 2026 /Brinewire/
-", "Yarmouth County, N.S." before "The plant", "6,400 sq. m", "approx. 9,000 tonnes", "Kestwold
Ridge Builders Ltd. of Dartmouth", "the U.S." before "The new plant" and "the Honourable Coriolan"
never split a sentence wrongly; a quoted question or exclamation followed by its attribution is one
sentence ("“What am I supposed to do, walk four miles in the dark?” she asked.", "“Why should a
retiree ...?” he asked.", "“We’ll be back in May, and we’ll knock on every door!” she said.", "“Four
weeks?” he asked.", "“If the bonus goes down, ...?” asked Langatiro, a mother of four.", "“We are
not going back ...!” he told reporters ...", "“How do they make record profits ...?”
Quirosa-Lessmann said.", "“Five years they know about this road, and what did they do?” she asked.",
"“Who will answer for that money?” she asked.", "“Do you blame the boys for that?” he asked.",
"“When will we get these suckers, ...?” she asked.", "“Please, stay where you are ...!” he said in a
radio interview.", "“The little one cried until three in the morning!” she said."). `HELDOUT_CASES`
holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces (one of them a single sentence,
the journal reference): what a reviewer wants, not what the engine does.
"""

STYLES = [
    'English regional news website (Bristol), a PASTED WEB PAGE with a cookie-consent block at the head and a metered paywall mid-story: the city\'s biggest bus operator will withdraw or cut back fourteen routes from January, with the operator announced in the lead and The company said (figures "W"), its subsidiary ending in Ltd. before Its, the managing director (later He and surname) whose driver shortage, departures and pay rise are "W" and whose preference is "", a care worker\'s own journey "" and her quoted question with she asked, the council\'s transport chair with Cllr dropped (later She) whose subsidy figures are "W", A spokesperson for the regional transport authority whose intention is "", a union organiser whose pay comparison is "W" and whose two-sentence exclamation quote is "", the evening cut-offs with 7pm before The, a consultation closing date "W", the standfirst carrying Passengers in two suburbs through say (a four-sentence cookie block with its buttons line, masthead in capitals, menu with pipes, section label with ›, headline with a figure, standfirst, byline and role lines, date and updated line with a comma after the time, share strip, caption and (Image: ...) credit, Advertisement, a three-line paywall block and a READ MORE link mid-story, newsdesk line, comments count, Most Read list, footer links, copyright split at Ltd. before a registration line with No.)',
    'American city daily\'s website (Toledo, Ohio), a PASTED WEB PAGE with a paywall prompt and a cookie notice: voters reject a suburban school district\'s operating levy, with unofficial county election results through according to in a TOLEDO dateline lead (p.m. before a lower-case word), the district treasurer named with Jr. at the end of a sentence before He (later He; deficit and forecast of record "W"), the superintendent with Supt. dropped (later she and surname) whose cuts of 86 jobs and busing rule are "W" and whose feelings and plan are "", the board president with Dr. dropped whose meeting date is "W" and whose hope is "", a levy opponents\' group\'s spokesman whose tax comparison is "W" and whose quoted question with he asked is "", a parent\'s own plans "" with an exclamation and said, the district\'s five-year forecast through according to with approx. and vs., a state representative with Rep. dropped and R-Sylvania after the name whose bill is "W", a certification meeting fixed for Nov. 24 and the levy\'s ballot designation with No. (both "W"), the standfirst carrying the superintendent through says (paywall line, sign-in strip, masthead, menu with middle dots, section label, headline with a figure, standfirst, byline with an email, date and updated line with EST, share strip, caption and credit with a slash, ADVERTISEMENT, two-sentence paywall prompt and a RELATED link mid-story, a cookie notice in two sentences and its OK button, tags, a reporter\'s bio in two sentences, Trending list, copyright split at Inc. before All rights reserved, a privacy-choices line)',
    'Singapore news website\'s Singapore page, a PASTED WEB PAGE with a subscriber-only label, a paywall offer mid-story and a cookie bar at the foot: a childcare chain will close five of its 23 centres at the end of December, with the company as first given ending in Pte. Ltd. through told parents in the lead and It said after it (It resolved to the company), the founder and chief executive with Ms dropped (later she, Ms and surname) whose figures, rent rise and causal claim are "W" and whose regret is "", a father\'s own fees "" and his quoted question with he asked and a quote that runs on, a mother\'s own notice "" with a block number and unit number, the MP for the ward with Dr dropped whose letter is "W" and whose intention is "", the early childhood regulator said after In response to queries (places found and its notice rule through It said "W"), an operators\' association whose survey figure is "W" and whose forecast with may is "", S$ figures, e.g. and i.e. inside sentences, the standfirst carrying parents as written through say (masthead in capitals, date line, menu with pipes, Sign in, section label, SUBSCRIBERS label, headline with figures, standfirst, byline with role, time and date line with SGT, share strip with Gift, caption and PHOTO credit in capitals, a two-sentence paywall offer and a READ ALSO link mid-story, a Join our WhatsApp channel line, topics, MORE ON THIS TOPIC list, a three-sentence cookie bar and its Accept button, copyright split at Ltd. before Co. Regn. No.)',
    'News agency\'s own website, WIRE COPY from Kenya with its credits: tea prices at the weekly auction in Mombasa fall to a three-year low, with the auction\'s figures through according to brokers in a NAIROBI dateline lead with the agency\'s name in brackets, a comparison with vs. in the writer\'s voice, U.S. dollars mid-sentence, a broker\'s managing director at a firm ending in Ltd. (later he and surname) whose causal claim about buyers and Pakistan and Egypt is "W" and whose forecast with could is "", the agriculture ministry said in a statement (a levy waiver and its date "W"), a farmer in Kericho county whose own bonus and loan are "" and whose quoted question with asked comes before the name, factory figures through according to the ministry\'s data, a currency analyst at a bank whose shilling forecast is "" and whose share of earnings is "W", wire furniture (agency name and section path, headline, By line with two names, a read-time line, date line with GMT+3, Updated line, a summary block of three bullet sentences, an image caption with credit, a mid-story Advertisement · Scroll to continue line, Reporting and Editing credits in one bracketed sentence, a standards line, a licensing line, Read Next list, Sign up line, copyright split at Ltd. before All rights reserved)',
    'Mining trade news site\'s copper page, WIRE COPY from Chile reprinted with its credits: about 1,400 workers at a copper mine in the Atacama walk out after rejecting a wage offer, with the union said in the lead after a SANTIAGO dateline with the agency\'s tag, the mine\'s owner ending in S.A. and its parent ending in Corp. before a capital, the union president (later he and surname) whose vote count and bonus demand are "W" and whose quoted exclamation with he told reporters is "", the owner through said in a statement under a shorter name and It said, both carrying the name as first given (output, contingency plan and offer "W"), and its hope with expects through The company kept as written "", the union\'s number with No. mid-sentence, the labor ministry said (a mediation session with a.m. mid-sentence "W") and The ministry said kept as written (no comment, ""), a truck driver\'s own loan "" and his quoted question with said, analysts at a brokerage whose forecast with could is "" and whose output share is "W", a benchmark price in the writer\'s voice with U.S. before a capital, a 2019 strike of record (site name, menu with slashes, Log in / Register, section label, WIRE label, headline, By line with the wire\'s name in brackets, date line, a two-line article tools strip, caption and credit, Advertisement and a Related link mid-story, credits in one bracketed sentence, a two-sentence note that the story comes from a feed, Tags, Latest Copper News list, newsletter line, copyright)',
    'Jamaican weekly\'s local news page (Montego Bay, St. James), a hillside district cut off for 16 days by a landslip, with the residents\' count through according to the councillor for the division named after her role in the lead (later She and she) whose figures and a 2021 report are "W" and whose quoted question with she asked is "", the island\'s roads authority\'s regional manager (later he and surname) whose cost estimate, contractor and start date are "W" and whose hedge with could is "", The authority said kept as written, a road paved in 2009 to a junction ending in Rd. before Work, the mayor with Councillor dropped (later He) whose allocation is "W" and whose promise is "", a school principal with Mrs. dropped whose attendance figures and new start time are "W" and whose feeling is "", a higgler\'s own losses "" with J$ and a quote over two sentences with an exclamation, a taxi operator\'s own fare "", a time with a.m. before since and a sentence in the writer\'s voice after it, Rev. and St. mid-sentence, the standfirst carrying Residents through say (masthead, tagline, date strip with bullets, menu with pipes, section label, headline with a figure, standfirst, byline with role and a second line, date line, share strip, caption and Contributed credit, ADVERTISEMENT and a Related link mid-story, a letters line in two sentences, Tags, Most Viewed list, copyright split at Ltd. before All rights reserved)',
    'Indian city daily\'s Pune page, LOCAL NEWS: the civic body will cut water supply to 14 wards every Thursday for six weeks while a trunk main is replaced, with the civic body\'s water supply department through according to in a PUNE dateline lead, the superintending engineer named with initials (later He, he said and surname) whose figures and bursts are "W" and whose hedge with may is "", a tender with Pvt. Ltd. before It told without a cue ("W", no speaker), the pipe sections of record through he said after it, the first section\'s date "W" without a cue, a pipe section with Nos. and a survey number with S. No. mid-sentence, a former corporator with Dr. dropped whose allegation about a 2024 repair is "W" and whose quoted question with she asked is "", a housing society chairman whose society\'s tanker spending is "W" (a body\'s record) and whose appeal with urged is "", a homemaker\'s own buckets "" and her quote, a tanker operator whose firm ends in Ltd. mid-sentence and whose rate rise is "W" and whose denial with denied is "", the civic chief\'s order capping tanker rates "W" and its helpline, Rs with crore and lakh, times in am and pm and hrs, the standfirst carrying Residents as written through fear (masthead in capitals, city edition and date strip, menu in capitals with pipes, section label with a slash, headline with figures, standfirst, byline with a news-service tag, date line with IST, share strip, caption and credit, Advertisement and an ALSO READ link mid-story, a two-sentence download prompt, a schedule box with its heading "B" and ward lines "W", Trending Topics line, Top Stories list, copyright split at Ltd. before All rights reserved)',
    'Sri Lankan cricket website\'s SPORT page, a club one-day FINAL in Colombo: Bambalanda Sports Club beat Kelanipitiya Cricket Club by 46 runs, with the result, scores, overs with a decimal before a capital, the top score, a run-out, a hat-trick and the title count of record "W" and the reporter\'s judgements and scenes (the crowd rising as one) "", the winning captain (later he and surname) whose pitch-reading and team talk are "" and whose quoted exclamation with said is "", the losing coach with Mr. dropped (later He) whose record of injuries is "W" and whose quoted question with asked is "", the player of the match (later He) whose own innings told through a quote is "", the tournament committee chairman with Dr. dropped whose prize money and next season\'s plan are "W" and "", initials mid-sentence in the hat-trick (R.D.), score lines with initials (S., D.K., A.S.) as "" data lines under a SCORE SUMMARY heading "B", St. in a school\'s name inside a link, the standfirst with a checkable hat-trick "W" (masthead in capitals with a domain, menu with pipes, section label with ›, headline with a margin, standfirst, By line, date line, share strip, caption and credit, Advertisement and an Also Read link mid-report, a live-scores app prompt, Tags, More Cricket list, copyright split after the site\'s name before All rights reserved)',
    'Ugandan daily\'s SCIENCE page (Kampala), researchers report a cooking-banana hybrid that resisted banana Xanthomonas wilt in field trials, with the paper through according to in the lead (a pathogen name with pv. mid-sentence), the lead author with Dr. dropped (later she and surname) whose trial figures, a comparison with the parent variety and yields with approx. are "W" and whose forecast with could is "", a figure cited with Fig. and et al. inside a sentence, the co-author with Prof. dropped (later He and a one-line quote with he said) whose cost figure is "W" and whose caution with may is "", the authors wrote (a limitation "W"), an independent plant pathologist with Dr. dropped whose opinion is "" and whose record of the disease\'s spread since 2001 is "W", a farmer\'s own losses "" and her quoted question with asked, the agriculture ministry\'s spokesperson whose release rule is "W", e.g. and i.e. inside sentences, Shs figures, the standfirst carrying Scientists through say (masthead in capitals, date and weather strip, menu with pipes, section label, headline, standfirst, byline with an email, date line with EAT, share strip, caption and PHOTO credit, Advertisement and an Also read link mid-story, a boxed explainer with its heading "B" and lines "W", a journal reference line "B" in one sentence with et al. and the title\'s stop, a funding note in two sentences, Related stories list, copyright split before All rights reserved)',
    'Philippine news site\'s LIVE BLOG (Eastern Visayas), Typhoon Lumbayao makes landfall in Eastern Samar, entries newest first: a pinned What we know block whose heading is "B" and lines "W", time stamps, Key event labels and entry bylines "B", entry headlines labelled by content, the state weather bureau said (landfall time with a.m. before Its, wind speeds in the writer\'s voice, Signal No. 4 through the bureau said kept as written) and its forecast with expected after It said "", the provincial governor with Gov. dropped (carried by an entry headline through governor says, later He) whose evacuation count and school suspension are "W" and whose plea is "", a municipal disaster officer named with initials whose figures are "W" and whose fear with might is "", the coast guard\'s station commander with Lt. dropped whose stranded count is "W", the power cooperative through It said with the cooperative\'s name as first given (restoration hedge ""), a mother\'s own night in an evacuation centre at Sta. Felicitana Elementary School "" with an exclamation in her quote and said, a fisherman\'s own boat "", two airlines\' cancellations in the writer\'s voice, P with million, Brgy. mid-sentence, the blog\'s standfirst (masthead in capitals, menu with pipes, LIVE label, headline, standfirst, Updated line, share strip, Pinned, What we know so far, five timed entries with Key event labels and entry bylines with a dash, an Advertisement between entries, a Load more updates button, a two-sentence reader-photo prompt, Related coverage list, copyright split at Inc. before All rights reserved)',
    'Botswana weekly\'s INTERVIEW page (Gaborone), a Q&A with the new chief executive of the capital\'s water utility as rationing begins, with an introduction in the writer\'s voice (dam level and rationing schedule of record "W"), an editing note "B", the interviewer\'s turns under the paper\'s prefix without a speaker except one citing Residents of Tlokweng through say, the answers under the interviewee\'s full name in capitals and later her surname in capitals as cues carried over every sentence of each answer: her figures on the dam, losses, a pipeline ending in (Pty) Ltd. before a capital, tariffs and a P2.1 billion loan "W", her hopes, advice, forecasts with could and admissions of feeling "", a list ending in etc. before a capital, a rhetorical question and its one-word answer No. inside an answer, a time ending in a.m. before a capital (masthead in capitals, date strip, menu with bullets, section label, INTERVIEW label, a quoted headline without a cue ("W", no speaker), standfirst, Interview by line, date line, share strip, photo caption and credit, editing note, Advertisement and a READ ALSO link mid-interview, a bio line of the interviewee in the writer\'s voice, a two-sentence comments note, More Interviews list, copyright split at (Pty) Ltd. before All rights reserved)',
    'Canadian business news site\'s press-release section, a PRESS RELEASE reprinted as received (Halifax, Nova Scotia): a seafood processor will build a $48-million plant creating 160 jobs, with a two-sentence distribution note "B" above it, the release\'s title-case headline and subhead, a HALIFAX, N.S. dateline lead with the company\'s ticker in brackets and the company as first given through announced, the release\'s own voice without a verb of saying carrying no speaker (plant size in sq. m, capacity, start and completion dates, markets with U.S. before a capital, loan terms) "W", its ambitions "", the president and CEO named only after her quote (a quote over three sentences with said), the provincial minister with the Honourable dropped (quote "" and the loan\'s terms of record "W" through said), a municipal warden with Warden dropped whose quote is "" and whose tax-break figure is "W", the Company said, a firm ending in Ltd. as lead contractor and Inc. mid-sentence, an About section, a Forward-Looking Statements section, a contact block and a SOURCE line all "B" line by line and sentence by sentence (masthead in capitals, menu with pipes, Sign in, section label, distribution note, headline, subhead, News provided by line, date line with ET, share strip, the release with an ADVERTISEMENT line in its middle, an exchange disclaimer, contacts, SOURCE line, More press releases list, copyright split at Inc. before All rights reserved)',
]

ARTICLES = [
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 214 partners store and access information on your device, such as cookies, to run this site, measure its audience and show you adverts that suit you.",
                "",
                "",
                "B",
            ),
            ("Some of these tools are essential.", "", "", "B"),
            ("Others need your consent, which you can give or refuse below.", "", "", "B"),
            (
                "You can change your mind at any time under Privacy settings at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL | REJECT NON-ESSENTIAL | MANAGE OPTIONS", "", "", "B"),
        ],
        [
            ("BRISTOL QUAYLIGHT", "", "", "B"),
        ],
        [
            (
                "News | Bristol | Bath | North Somerset | Sport | What’s On | Property | Jobs | Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bristol News › Transport", "", "", "B"),
        ],
        [
            (
                "Fourteen bus routes to be axed or cut back across Bristol from January as operator blames driver shortage",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Passengers in Lawrence Weston and Hengrove say they will be cut off from jobs, schools and hospital appointments",
                "Passengers in Lawrence Weston and Hengrove",
                "say",
                "",
            ),
        ],
        [
            ("By Tamzeena Oakerbridge-Pellaby", "", "", "B"),
        ],
        [
            ("Transport Reporter", "", "", "B"),
        ],
        [
            ("06:00, Tue, 24 NOV 2026 | Updated 11:42, Tue, 24 NOV 2026", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Email  Copy link", "", "", "B"),
        ],
        [
            ("A route 76 bus pulls away from the Quarrendown Road stop in Hengrove.", "", "", ""),
            ("(Image: Quaylight/Rhianwedd Colquisk-Farrowe)", "", "", "B"),
        ],
        [
            (
                "Fourteen bus routes across Bristol will be withdrawn or cut back from Monday, January 4, the city’s biggest operator, Kestrowan Buses, announced yesterday.",
                "Kestrowan Buses",
                "announced",
                "W",
            ),
            (
                "The company said 11 routes would be withdrawn entirely and the other three would stop running in the evenings and on Sundays.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seven of the routes are run under contract for the regional transport authority by Kestrowan’s subsidiary, Orlemby Transit Ltd.",
                "",
                "",
                "W",
            ),
            ("Its contract ends in March.", "", "", "W"),
        ],
        [
            (
                "Managing director Thurketil Frayle-Hatherop said the firm was 62 drivers short of the 540 it needed to run a full timetable.",
                "Thurketil Frayle-Hatherop",
                "said",
                "W",
            ),
            (
                "He said 31 drivers had left since April, most of them for lorry-driving jobs with better pay.",
                "Thurketil Frayle-Hatherop",
                "said",
                "W",
            ),
            (
                "“We would rather run a smaller network that turns up than a big one that lets people down every morning,” he said.",
                "Thurketil Frayle-Hatherop",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("You’ve read 3 of your 4 free articles this month.", "", "", "B"),
            (
                "Subscribe for £1 for your first month to keep reading, and cancel any time.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Already a subscriber? Log in", "", "", "B"),
        ],
        [
            (
                "Tanequa Abernethwy-Coole, 34, who works shifts at a care home in Henbury, said the 76 was the only bus that got her to work for a 7am start.",
                "Tanequa Abernethwy-Coole",
                "said",
                "",
            ),
            (
                "She said she would have to leave home at 5.15am and change twice once the route went.",
                "Tanequa Abernethwy-Coole",
                "said",
                "",
            ),
            (
                "“What am I supposed to do, walk four miles in the dark?” she asked.",
                "Tanequa Abernethwy-Coole",
                "asked",
                "",
            ),
        ],
        [
            ("READ MORE: Clean air zone raised £9.6m in its first year, figures show", "", "", "B"),
        ],
        [
            (
                "Cllr Clemowyn Brackenwythe-Snaithwick, who chairs the city council’s transport committee, said the council had not been consulted before the cuts were announced.",
                "Clemowyn Brackenwythe-Snaithwick",
                "said",
                "W",
            ),
            (
                "She said the council paid £2.3m a year to keep 22 “socially necessary” routes running, and that five of the 14 routes being cut were among them.",
                "Clemowyn Brackenwythe-Snaithwick",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the regional transport authority said it would “look at every option” to keep the subsidised routes on the road.",
                "A spokesperson for the regional transport authority",
                "said",
                "",
            ),
        ],
        [
            (
                "Pedrek Driscombe, regional organiser for the Road Passenger Workers’ Union, said drivers at Kestrowan were paid £13.85 an hour, against £16.10 at the company that runs the city’s park-and-ride sites.",
                "Pedrek Driscombe",
                "said",
                "W",
            ),
            ("“Pay them properly and they’ll stay.", "Pedrek Driscombe", "said", ""),
            ("It’s not complicated!” he said.", "Pedrek Driscombe", "said", ""),
        ],
        [
            (
                "Frayle-Hatherop said pay had risen by 11 per cent in two years and that a new offer would be put to drivers on Thursday.",
                "Thurketil Frayle-Hatherop",
                "said",
                "W",
            ),
        ],
        [
            (
                "From January, the 38 and the 76 will run no later than 7pm on weekdays.",
                "",
                "",
                "W",
            ),
            ("The 90 will not run on Sundays at all.", "", "", "W"),
        ],
        [
            ("Kestrowan’s online consultation on the changes closes on December 11.", "", "", "W"),
        ],
        [
            (
                "Got a story? Email newsdesk@bristolquaylight.co.uk or message us on WhatsApp.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (47)", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Man arrested after late-night crash on Brackmire Hill", "", "", "B"),
        ],
        [
            ("Christmas market opens with 60 stalls on the harbourside", "", "", "B"),
        ],
        [
            (
                "Privacy settings | Cookie policy | Terms and conditions | Contact us | Advertise",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Quaylight Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 08812457.", "", "", "B"),
        ],
    ],
    [
        [
            ("Subscribe: $1 for 6 months | Sign In", "", "", "B"),
        ],
        [
            ("THE TOLEDO QUILLSTAR", "", "", "B"),
        ],
        [
            (
                "News · Local · Education · Politics · Sports · Business · Opinion · Obituaries · e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EDUCATION", "", "", "B"),
        ],
        [
            (
                "Ridgeburne schools levy fails by 412 votes; district says 86 jobs will go",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Superintendent says she is “heartbroken” as board weighs a return to the ballot in May",
                "Maridelle Okonkwe-Pruitton",
                "says",
                "",
            ),
        ],
        [
            ("By Nathaway Brosk-Iverly | nbrosk@toledoquillstar.com", "", "", "B"),
        ],
        [
            (
                "Published 6:05 a.m. EST Nov. 4, 2026 | Updated 1:17 p.m. EST Nov. 4, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Facebook  X  Email  Share", "", "", "B"),
        ],
        [
            (
                "Ridgeburne City Schools Superintendent Maridelle Okonkwe-Pruitton speaks to supporters at the district’s offices on Tuesday night.",
                "",
                "",
                "",
            ),
            ("Hulbert Ebberwine/The Quillstar", "", "", "B"),
        ],
        [
            (
                "TOLEDO — Voters in the Ridgeburne City School District rejected a 5.9-mill operating levy on Tuesday by 412 votes out of 18,930 cast, according to unofficial county election results posted at 11:48 p.m. after the last precincts reported.",
                "unofficial county election results",
                "according to",
                "W",
            ),
            ("It was the district’s first failed levy since 2014.", "", "", "W"),
        ],
        [
            (
                "The district is on course for a deficit of $7.4 million in the 2027-28 school year without new money, said district treasurer Aurick Vreelund-Duskin Jr.",
                "Aurick Vreelund-Duskin Jr.",
                "said",
                "W",
            ),
            (
                "He said the levy would have raised about $9.1 million a year.",
                "Aurick Vreelund-Duskin Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the district’s five-year forecast, filed with the state in October, spending will rise approx. 4.2% a year vs. 1.1% for revenue.",
                "the district’s five-year forecast",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Supt. Maridelle Okonkwe-Pruitton said she was “heartbroken” for the district’s 6,200 students.",
                "Maridelle Okonkwe-Pruitton",
                "said",
                "",
            ),
            (
                "She said the board would have to cut 86 jobs, including 41 teaching posts, from next August.",
                "Maridelle Okonkwe-Pruitton",
                "said",
                "W",
            ),
            (
                "High school busing would also end for students who live within 2 miles of their school, she said.",
                "Maridelle Okonkwe-Pruitton",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            (
                "Subscribe now for unlimited access to local news you can’t get anywhere else.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RELATED: Ridgeburne board votes to put levy back on ballot after spring defeat",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "School board President Dr. Cordwin Haltbrenner said the board would meet on Nov. 12 to decide whether to ask voters again in May.",
                "Cordwin Haltbrenner",
                "said",
                "W",
            ),
            (
                "“I still believe this community wants good schools,” he said.",
                "Cordwin Haltbrenner",
                "said",
                "",
            ),
        ],
        [
            (
                "Duane Quistvold, a spokesman for Ridgeburne Taxpayers for Accountability, which campaigned against the levy, said the owner of a $200,000 home already paid $2,870 a year in school taxes, more than in any neighboring district.",
                "Duane Quistvold",
                "said",
                "W",
            ),
            (
                "“Why should a retiree on a fixed income pay more when the district won’t freeze pay?” he asked.",
                "Duane Quistvold",
                "asked",
                "",
            ),
            (
                "He said the group would oppose a May levy “if it looks the same.”",
                "Duane Quistvold",
                "said",
                "",
            ),
        ],
        [
            (
                "Keshia Dumbrell-Waite, whose two children attend Larchwold Elementary, said she had volunteered at the polls all day.",
                "Keshia Dumbrell-Waite",
                "said",
                "",
            ),
            (
                "“We’ll be back in May, and we’ll knock on every door!” she said.",
                "Keshia Dumbrell-Waite",
                "said",
                "",
            ),
            (
                "She said she would look at private schools if the busing cuts went ahead.",
                "Keshia Dumbrell-Waite",
                "said",
                "",
            ),
        ],
        [
            (
                "State Rep. Loretha Abelmoss-Tivey, R-Sylvania, said she had filed a bill on Oct. 20 that would let districts ask voters to renew a levy without raising its rate.",
                "Loretha Abelmoss-Tivey",
                "said",
                "W",
            ),
            (
                "Okonkwe-Pruitton said the district had cut $3.2 million from its budget since 2023, including the closure of Fenwrighton Middle School.",
                "Maridelle Okonkwe-Pruitton",
                "said",
                "W",
            ),
        ],
        [
            (
                "The county board of elections will meet to certify the results on Nov. 24.",
                "",
                "",
                "W",
            ),
            ("The levy appeared on the ballot as Issue No. 14.", "", "", "W"),
        ],
        [
            (
                "We use cookies to personalize content and ads and to analyze our traffic.",
                "",
                "",
                "B",
            ),
            ("By continuing to use this site, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("OK", "", "", "B"),
        ],
        [
            ("Tags: Ridgeburne City Schools, school levy, Election 2026", "", "", "B"),
        ],
        [
            ("Nathaway Brosk-Iverly covers education for The Quillstar.", "", "", "B"),
            ("Reach him at 419-555-0162.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Crews finish resurfacing Brevelle Avenue two weeks early", "", "", "B"),
        ],
        [
            ("Holiday lights parade moves to Saturday after storm forecast", "", "", "B"),
        ],
        [
            ("© 2026 Quillstar Media Group Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Your Privacy Choices | Terms of Service | Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("LIONGATE DAILY", "", "", "B"),
        ],
        [
            ("Thursday, November 26, 2026", "", "", "B"),
        ],
        [
            (
                "Singapore | Asia | World | Business | Tech | Opinion | Life | Sport | Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore", "", "", "B"),
        ],
        [
            ("SUBSCRIBERS", "", "", "B"),
        ],
        [
            (
                "Childcare chain to shut 5 of its 23 centres on Dec 31, affecting 640 children",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parents say four weeks' notice is far too short to find a new place",
                "parents",
                "say",
                "",
            ),
        ],
        [
            ("Adeline Vanniasingham", "", "", "B"),
        ],
        [
            ("Senior Correspondent", "", "", "B"),
        ],
        [
            ("Nov 26, 2026, 05:00 AM SGT", "", "", "B"),
        ],
        [
            ("Share  Gift  Save", "", "", "B"),
        ],
        [
            (
                "Parents picking up their children at a centre in Kelwarren Avenue 3 on Nov 25.",
                "",
                "",
                "",
            ),
            ("PHOTO: LIONGATE DAILY", "", "", "B"),
        ],
        [
            (
                "Five childcare centres in Bedok, Tampines and Pasir Ris will close on Dec 31, their operator, Brightquill Learning Pte. Ltd., told parents in an e-mail on Nov 24.",
                "Brightquill Learning Pte. Ltd.",
                "told parents",
                "W",
            ),
            (
                "It said 640 children were enrolled at the five centres, and that it would keep its 18 other centres open.",
                "Brightquill Learning Pte. Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brightquill's founder and chief executive, Ms Veronique Theseira-Gopalan, said rents at the five sites, all in commercial buildings, had risen by 22 to 38 per cent when their leases were renewed this year.",
                "Veronique Theseira-Gopalan",
                "said",
                "W",
            ),
            (
                "She said the company had lost S$1.9 million on the five centres in the financial year to June, i.e. about S$158,000 a month.",
                "Veronique Theseira-Gopalan",
                "said",
                "W",
            ),
            (
                '"I am truly sorry that we could not find another way," she said.',
                "Veronique Theseira-Gopalan",
                "said",
                "",
            ),
        ],
        [
            (
                "Marcian Jeyaratnam, whose three-year-old son attends the centre at Blk 214 Kelwarren Avenue 3, said he paid S$1,480 a month in fees after subsidies.",
                "Marcian Jeyaratnam",
                "said",
                "",
            ),
            ('"Four weeks?" he asked.', "Marcian Jeyaratnam", "asked", ""),
            (
                '"Every other centre near us has a waiting list until March, so where do we go?"',
                "Marcian Jeyaratnam",
                "asked",
                "",
            ),
        ],
        [
            (
                "Enjoy unlimited access to award-winning journalism from S$0.99 for the first month.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("SUBSCRIBE NOW", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Pre-school fees to be capped at S$640 for full-day care at more centres from 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ms Nurdiyana Syazreen Bte Rahmatsah, who lives at #08-112 in the same block, said she found out about the closure from other parents' messages (e.g. screenshots of the e-mail) a day before the e-mail reached her.",
                "Nurdiyana Syazreen Bte Rahmatsah",
                "said",
                "",
            ),
            (
                "She said she had started leave to visit other centres.",
                "Nurdiyana Syazreen Bte Rahmatsah",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Kingsford Yogarajah, MP for the ward, said he had written to Brightquill on Nov 25 asking it to keep the centres open until the end of the school term in March.",
                "Kingsford Yogarajah",
                "said",
                "W",
            ),
            (
                "He said he would meet the company and the landlords next week.",
                "Kingsford Yogarajah",
                "said",
                "",
            ),
        ],
        [
            (
                "In response to queries, the early childhood regulator said it had found places for 410 of the 640 children at other centres within 2km of their homes.",
                "the early childhood regulator",
                "said",
                "W",
            ),
            (
                "It said operators must give parents at least three months' notice of a closure, but that the rule did not apply when a lease was not renewed.",
                "the early childhood regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Rosamira Pereiro-Hockley, president of the Association of Early Years Operators, said 41 of the association's 120 members had reported rent increases of more than 20 per cent this year.",
                "Rosamira Pereiro-Hockley",
                "said",
                "W",
            ),
            (
                "More centres may close if rents keep rising, she said.",
                "Rosamira Pereiro-Hockley",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Theseira-Gopalan said staff at the five centres, 96 teachers and cooks, had all been offered jobs at the chain's other centres.",
                "Veronique Theseira-Gopalan",
                "said",
                "W",
            ),
        ],
        [
            ("Join our WhatsApp channel for the latest news.", "", "", "B"),
        ],
        [
            ("Topics: Pre-school, Childcare, Rents, Parenting", "", "", "B"),
        ],
        [
            ("MORE ON THIS TOPIC", "", "", "B"),
        ],
        [
            ("Pre-school teachers to get higher starting pay from January", "", "", "B"),
        ],
        [
            ("Parents queue overnight for places at new Punggol centre", "", "", "B"),
        ],
        [
            ("We use cookies to give you a better browsing experience.", "", "", "B"),
            ("By continuing to use this site, you consent to the use of cookies.", "", "", "B"),
            ("Find out more in our Privacy Statement.", "", "", "B"),
        ],
        [
            ("Accept", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Liongate Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201904417K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CORVESSE WIRE", "", "", "B"),
        ],
        [
            ("Commodities > Softs", "", "", "B"),
        ],
        [
            (
                "Kenya tea prices slide to three-year low as Pakistan, Egypt buyers hold back",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Waithiru Kibathe-Oloo and Ulrik Renkhalde", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("November 17, 2026 4:12 PM GMT+3 Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            ("Average price falls to $2.09/kg, lowest since Nov 2023", "", "", "W"),
            ("Volumes offered up 14% as factories clear stocks", "", "", "W"),
            ("Ministry waives cess on exports until March", "", "", "W"),
        ],
        [
            (
                "Workers pluck tea leaves on a farm in Kericho county, Kenya, in this file photo.",
                "",
                "",
                "",
            ),
            ("Corvesse Wire/Jairus Obwanda-Brandtmoor/File Photo", "", "", "B"),
        ],
        [
            (
                "NAIROBI, Nov 17 (Corvesse) - Average prices of Kenyan black tea at the weekly auction in Mombasa fell to $2.09 a kilogram on Tuesday, the lowest since November 2023, according to brokers.",
                "brokers",
                "according to",
                "W",
            ),
            (
                "That compared with $2.31 a week earlier and $2.74 a year ago, vs. an average of $2.62 for the year to date.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Some 212,400 packages were offered at the sale, up 14% from the previous week, and about 31% of them went unsold.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Buyers from Pakistan and Egypt, which together take about 45% of Kenya’s tea exports, had cut their orders because of shortages of U.S. dollars at home, said Ezrom Mwangengi-Thuo, managing director of Nairobi brokers Kilindaro Tea Brokers Ltd.",
                "Ezrom Mwangengi-Thuo",
                "said",
                "W",
            ),
            (
                "“Prices could fall further before Christmas,” he said.",
                "Ezrom Mwangengi-Thuo",
                "said",
                "",
            ),
            (
                "He said some factories were selling at below their cost of production to raise cash for farmers’ annual bonuses.",
                "Ezrom Mwangengi-Thuo",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement · Scroll to continue", "", "", "B"),
        ],
        [
            (
                "The agriculture ministry said in a statement that it had waived a 1.5% levy on tea exports from Nov. 16 until March 31 to help exporters compete.",
                "The agriculture ministry",
                "said in a statement",
                "W",
            ),
            (
                "Tea is Kenya’s biggest export earner, bringing in 180.6 billion shillings ($1.40 billion) last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rosebell Chepkemboi Langatiro, who grows tea on two acres in Kericho county, said her bonus last year was 54 shillings per kilo of green leaf and she had borrowed against it.",
                "Rosebell Chepkemboi Langatiro",
                "said",
                "",
            ),
            (
                "“If the bonus goes down, how do I pay the school fees in January?” asked Langatiro, a mother of four.",
                "Rosebell Chepkemboi Langatiro",
                "asked",
                "",
            ),
            (
                "She said she would wait for the bonus before deciding whether to keep the bushes.",
                "Rosebell Chepkemboi Langatiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Factories in the west of the Rift Valley had produced 118 million kg in the nine months to September, up 6% on a year earlier, according to the ministry’s data.",
                "the ministry’s data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kipsigei Odhiambwe-Mbiri, a currency analyst at Tharaka Commercial Bank, said the shilling could weaken slightly in December as tea and horticulture earnings slowed.",
                "Kipsigei Odhiambwe-Mbiri",
                "said",
                "",
            ),
            (
                "Tea accounted for about 17% of the country’s goods export earnings last year, he said.",
                "Kipsigei Odhiambwe-Mbiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Waithiru Kibathe-Oloo in Nairobi and Ulrik Renkhalde in Mombasa; Editing by Ifechi Castelbrook)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: How Corvesse Wire checks its stories.", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Uganda coffee exports rise 11% in October on higher volumes", "", "", "B"),
        ],
        [
            ("Tanzania’s central bank holds rate at 6%, cites stable inflation", "", "", "B"),
        ],
        [
            (
                "Sign up for the East Africa Markets briefing, in your inbox every weekday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Corvesse Wire Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ORELINE DAILY", "", "", "B"),
        ],
        [
            (
                "Mining / Copper / Lithium / Gold / Battery Metals / Markets / Events / Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Log in / Register", "", "", "B"),
        ],
        [
            ("Copper", "", "", "B"),
        ],
        [
            ("WIRE", "", "", "B"),
        ],
        [
            (
                "Workers at Chile's Tolvanche copper mine strike after rejecting 4.5% pay offer",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ximenia Calderoso-Pikeford and Iñigo Ferranduy (Vandrecht)", "", "", "B"),
        ],
        [
            ("Wednesday, November 18, 2026", "", "", "B"),
        ],
        [
            ("Print", "", "", "B"),
            ("Email this article", "", "", "B"),
        ],
        [
            ("Trucks parked at the entrance to the Tolvanche mine on Wednesday.", "", "", ""),
            ("Photo: Vandrecht/Ximenia Calderoso-Pikeford", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, Nov 18 (Vandrecht) - About 1,400 workers at the Tolvanche copper mine in northern Chile walked off the job on Wednesday after rejecting the company's latest wage offer, the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "The mine is run by Minera Tolvanche S.A., a unit of Canada's Halcrest Metals Corp.",
                "",
                "",
                "W",
            ),
            (
                "It produced 312,000 metric tons of copper last year, about 6% of Chile's output.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union president Fermín Aillapán Vessolari said 1,291 of the union's 1,402 members had voted to strike, and that the company had offered a 4.5% raise and a one-off bonus of 6.5 million pesos ($6,900).",
                "Fermín Aillapán Vessolari",
                "said",
                "W",
            ),
            (
                "He said workers wanted 6% and a bonus of 9 million pesos, the same as at the neighboring Pampa Selvira mine.",
                "Fermín Aillapán Vessolari",
                "said",
                "W",
            ),
            (
                '"We are not going back until they come back with a serious offer!" he told reporters at the mine gate.',
                "Fermín Aillapán Vessolari",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Minera Tolvanche said in a statement that output was continuing under a contingency plan with 620 contract workers and supervisors.",
                "Minera Tolvanche S.A.",
                "said in a statement",
                "W",
            ),
            (
                "It said its offer was the best in the region and would cost approx. $48 million over three years.",
                "Minera Tolvanche S.A.",
                "said",
                "W",
            ),
            (
                'The company expects talks to resume "in the coming days."',
                "The company",
                "expects",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related: Chile copper output falls 3% in October as ore grades decline", "", "", "B"),
        ],
        [
            (
                "Chile's labor ministry said it had called the company and Union No. 1 to a mediation session at 10 a.m. on Thursday in Antofagasta.",
                "Chile's labor ministry",
                "said",
                "W",
            ),
            (
                "The ministry said it would not comment on the size of the offer.",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Herminio Quirosa-Lessmann, a haul-truck driver with 14 years at the mine, said he had taken out a loan of 4 million pesos to buy a house in Calama and had counted on the bonus to pay it down.",
                "Herminio Quirosa-Lessmann",
                "said",
                "",
            ),
            (
                '"How do they make record profits and tell us there\'s no money?" Quirosa-Lessmann said.',
                "Herminio Quirosa-Lessmann",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Pirquen Valores said in a note that a long strike could cut Halcrest's annual output by 2% to 3%.",
                "Analysts at Pirquen Valores",
                "said in a note",
                "",
            ),
            (
                "Tolvanche accounts for about 38% of Halcrest's copper production, they said.",
                "Analysts at Pirquen Valores",
                "said",
                "W",
            ),
        ],
        [
            (
                "Benchmark copper rose 0.8% to $10,420 a metric ton on Wednesday on concerns about supply, while inventories fell in the U.S.",
                "",
                "",
                "W",
            ),
            ("The last strike at Tolvanche, in 2019, lasted 22 days.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Ximenia Calderoso-Pikeford in Santiago and Iñigo Ferranduy in Antofagasta; Writing by Doralice Mallinckrodt-Weirick; Editing by Alisander Pennyfeld-Ruizal)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story has been published from a wire agency feed without changes to the text.",
                "",
                "",
                "B",
            ),
            ("Only the headline has been changed.", "", "", "B"),
        ],
        [
            ("Tags: Chile, Copper, Strikes, Halcrest Metals", "", "", "B"),
        ],
        [
            ("Latest Copper News", "", "", "B"),
        ],
        [
            (
                "Peru's second-largest copper mine resumes shipments after road blockade",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Zambia approves $1.2bn smelter expansion", "", "", "B"),
        ],
        [
            ("Get the week's mining news in your inbox every Friday.", "", "", "B"),
        ],
        [
            ("© Oreline Daily 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SEAGLADE TIDINGS", "", "", "B"),
        ],
        [
            ("Western Jamaica’s community newspaper", "", "", "B"),
        ],
        [
            ("Friday • November 27, 2026 • E-paper", "", "", "B"),
        ],
        [
            (
                "Home | News | Parish | Business | Entertainment | Sports | Letters | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Parish News", "", "", "B"),
        ],
        [
            ("Cassavagrove cut off for 16 days as landslip blocks only road", "", "", "W"),
        ],
        [
            (
                "Residents say children are walking two miles through bush to reach the main road",
                "Residents",
                "say",
                "",
            ),
        ],
        [
            ("By Kimarley Haughtonville-Brissaut", "", "", "B"),
        ],
        [
            ("Western Bureau Reporter", "", "", "B"),
        ],
        [
            ("Published: Friday | November 27, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Residents walk past the landslip on the Cassavagrove main road on Wednesday.",
                "",
                "",
                "",
            ),
            ("Contributed", "", "", "B"),
        ],
        [
            (
                "MONTEGO BAY, St. James — More than 900 residents of Cassavagrove, a farming district in the hills south of the city, have been cut off from vehicle traffic since November 11, when a landslip buried the district’s only road, according to the councillor for the division, Andrienne Bascombry-Lightbourne.",
                "Andrienne Bascombry-Lightbourne",
                "according to",
                "W",
            ),
            (
                "She said about 120 metres of the road had slipped into the gully, and that the same section had been flagged as unstable in a report by the municipal engineer in 2021.",
                "Andrienne Bascombry-Lightbourne",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Five years they know about this road, and what did they do?” she asked.",
                "Andrienne Bascombry-Lightbourne",
                "asked",
                "",
            ),
        ],
        [
            (
                "Deltroy Pottifer-Huie, western regional manager of the Island Highways and Drainage Authority, said the road was last paved in 2009 from the square to the junction with Pimentine Rd.",
                "Deltroy Pottifer-Huie",
                "said",
                "W",
            ),
            (
                "Work to build a retaining wall would cost J$38 million and would start on December 7, he said.",
                "Deltroy Pottifer-Huie",
                "said",
                "W",
            ),
            (
                "He said the contract had been awarded to Bracklemore & Sons Construction Ltd., which had cleared a footpath across the slip on Tuesday.",
                "Deltroy Pottifer-Huie",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pottifer-Huie said a single lane could be open by Christmas if the weather held.",
                "Deltroy Pottifer-Huie",
                "said",
                "",
            ),
            (
                "The authority said it had inspected 41 roads in the parish since October’s heavy rains.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: Rains damage 14 roads in St. James, says municipal engineer", "", "", "B"),
        ],
        [
            (
                "The mayor of Montego Bay, Councillor Levaughn Ashenholt-Dacresworth, said the municipal corporation had allocated J$4.5 million for a temporary bypass through a farm on the eastern side of the district.",
                "Levaughn Ashenholt-Dacresworth",
                "said",
                "W",
            ),
            (
                "He said the corporation would “not leave Cassavagrove behind.”",
                "Levaughn Ashenholt-Dacresworth",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs. Pauletta Gaylebury-Witherspoon, principal of Cassavagrove Primary and Infant School, said attendance had fallen from 212 to 137 pupils since the slip.",
                "Pauletta Gaylebury-Witherspoon",
                "said",
                "W",
            ),
            (
                "She said classes had begun at 9:30 a.m. since November 16.",
                "Pauletta Gaylebury-Witherspoon",
                "said",
                "W",
            ),
            ("The later start lets children walk out of the district in daylight.", "", "", ""),
            (
                "“It hurts to see the little ones come in with mud up to their knees,” she said.",
                "Pauletta Gaylebury-Witherspoon",
                "said",
                "",
            ),
        ],
        [
            (
                "Merlene Tullogh-Spragge, a higgler who sells yam and sweet potatoes in the Montego Bay market, said she had thrown away J$60,000 worth of produce because she could not get it out.",
                "Merlene Tullogh-Spragge",
                "said",
                "",
            ),
            ("“I have to carry everything on my head now!", "Merlene Tullogh-Spragge", "said", ""),
            (
                "Two trips, and my back can’t take it,” she said.",
                "Merlene Tullogh-Spragge",
                "said",
                "",
            ),
        ],
        [
            (
                "Kenardo Ratterbury-Cokely, who drives a route taxi to the district, said he now stops at the slip and charges J$250 instead of J$350 for the shorter trip.",
                "Kenardo Ratterbury-Cokely",
                "said",
                "",
            ),
        ],
        [
            (
                "On Sunday, Rev. Cliftone Morrowell-Bygrove of St. Quenwyn’s Anglican Church led a service for residents at the edge of the slip.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Letters to the editor can be sent to letters@seagladetidings.com.jm.", "", "", "B"),
            ("Please include your name and district.", "", "", "B"),
        ],
        [
            ("Tags: Cassavagrove, landslip, roads, St. James, municipal corporation", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("Cruise ship calls to rise to 46 in December, port says", "", "", "B"),
        ],
        [
            ("Two held after shooting in Granville", "", "", "B"),
        ],
        [
            ("© 2026 Seaglade Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PUNE SANDHYADEEP", "", "", "B"),
        ],
        [
            ("Pune Edition | Monday, November 30, 2026 | E-Paper", "", "", "B"),
        ],
        [
            (
                "CITY | MAHARASHTRA | INDIA | WORLD | BUSINESS | SPORTS | CITIZEN REPORTER",
                "",
                "",
                "B",
            ),
        ],
        [
            ("City / Pune", "", "", "B"),
        ],
        [
            ("Water cut every Thursday in 14 wards for six weeks from Dec 3", "", "", "W"),
        ],
        [
            (
                "Residents fear tanker prices will shoot up again as repairs to 1970s main begin",
                "Residents",
                "fear",
                "",
            ),
        ],
        [
            ("Rashmi Tambulwadkar-Ghaisas / Sandhyadeep News Service", "", "", "B"),
        ],
        [
            ("Updated: Nov 30, 2026, 07:25 IST", "", "", "B"),
        ],
        [
            ("Share  |  Save  |  Comment", "", "", "B"),
        ],
        [
            (
                "A civic worker checks a leaking valve on the trunk main near the Bhairavwadi pumping station.",
                "",
                "",
                "",
            ),
            ("Photo: Yashwant Kolvatkar-Dhumale", "", "", "B"),
        ],
        [
            (
                "PUNE: Water supply to 14 wards in the eastern and southern parts of the city will be shut every Thursday for six weeks from December 3 while a 1,200-mm trunk main is replaced, according to the civic body’s water supply department.",
                "the civic body’s water supply department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Superintending engineer S.R. Vaikhari-Pendse said the main, laid in 1974, carried about 310 million litres a day (MLD), around a fifth of the city’s supply.",
                "S.R. Vaikhari-Pendse",
                "said",
                "W",
            ),
            (
                "He said it had burst 11 times since January, leaving some areas dry for up to three days each time.",
                "S.R. Vaikhari-Pendse",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Rs 86-crore work has been given to Vinayakrupa Infrastructs Pvt. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It will replace pipe sections Nos. 14 to 22, a stretch of 3.4 km, he said.",
                "S.R. Vaikhari-Pendse",
                "said",
                "W",
            ),
            (
                "The first section, near S. No. 42/3 in Bhairavwadi, will be replaced on December 3 between 6 am and 10 pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vaikhari-Pendse said supply may be at low pressure on Fridays as the lines refill.",
                "S.R. Vaikhari-Pendse",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Civic body to fine housing societies Rs 5,000 for not segregating waste",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Former corporator Dr. Sulakshana Ghorpadekar-Nayakwadi said the same main had been repaired in 2024 at a cost of Rs 4.2 crore, and had burst again within four months.",
                "Sulakshana Ghorpadekar-Nayakwadi",
                "said",
                "W",
            ),
            (
                "“Who will answer for that money?” she asked.",
                "Sulakshana Ghorpadekar-Nayakwadi",
                "asked",
                "",
            ),
            (
                "She said residents of Bhairavwadi should not have to pay for the civic body’s mistakes.",
                "Sulakshana Ghorpadekar-Nayakwadi",
                "said",
                "",
            ),
        ],
        [
            (
                "Abhijaat Mhasvekar-Dongrekar, chairman of the 312-flat Sahavas Co-operative Housing Society in Wanowrie, said the society had spent Rs 3.8 lakh on water tankers since August.",
                "Abhijaat Mhasvekar-Dongrekar",
                "said",
                "W",
            ),
            (
                "He urged the civic body to send its own tankers to housing societies free of charge on Thursdays.",
                "Abhijaat Mhasvekar-Dongrekar",
                "urged",
                "",
            ),
        ],
        [
            (
                "Pradnyashri Kulvadkar-Shete, a homemaker in the same society, said she now filled 14 buckets every Wednesday night.",
                "Pradnyashri Kulvadkar-Shete",
                "said",
                "",
            ),
            (
                "“My whole Wednesday goes in storing water,” she said.",
                "Pradnyashri Kulvadkar-Shete",
                "said",
                "",
            ),
        ],
        [
            (
                "Rafiuddin Nalbandwala, who runs Nalbandwala Water Carriers Ltd. from Kondhwa, said the rate for a 10,000-litre tanker had risen from Rs 1,800 to Rs 2,400 since October because of diesel prices.",
                "Rafiuddin Nalbandwala",
                "said",
                "W",
            ),
            (
                "He denied that operators raise prices when supply is cut.",
                "Rafiuddin Nalbandwala",
                "denied",
                "",
            ),
        ],
        [
            (
                "On Sunday, the municipal commissioner ordered that private tankers charge no more than Rs 2,100 per 10,000 litres during the six weeks.",
                "",
                "",
                "W",
            ),
            (
                "Complaints can be made on the civic helpline, 1800-233-4107, from 8 am to 8 pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("THURSDAY WATER CUT: WARDS AFFECTED", "", "", "B"),
        ],
        [
            ("Wanowrie, Kondhwa Khurd, Bhairavwadi, Salunke Vihar: full day", "", "", "W"),
            ("Hadapsar (part), Mundhwa, Keshavnagar: 6 am to 10 pm", "", "", "W"),
            ("Katraj, Dhankawadi, Bibwewadi (part): supply from 18:00 hrs only", "", "", "W"),
        ],
        [
            ("Get the Sandhyadeep app for breaking news from your city.", "", "", "B"),
            ("Download now on Android and iOS.", "", "", "B"),
        ],
        [
            ("Trending Topics: Pune water cut | Pune metro | Pune weather", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Metro line extension to Hinjewadi gets environment clearance", "", "", "B"),
        ],
        [
            ("Two-wheeler thefts up 18% in a year, police data show", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Sandhyadeep Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("WICKETLINE.LK", "", "", "B"),
        ],
        [
            (
                "Home | Cricket | Rugby | Football | Athletics | School Sport | Live Scores",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cricket › Club Cricket", "", "", "B"),
        ],
        [
            (
                "Malwatthegedara’s 87 carries Bambalanda to Kandawala Shield title by 46 runs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kelanipitiya’s chase falls apart after a hat-trick from 19-year-old Ilangakoonge",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nadeeshani Gunawickrema-Lowery", "", "", "B"),
        ],
        [
            ("Monday, 30 November 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Bambalanda players lift the Kandawala Shield at the Pettahgama Oval on Sunday.",
                "",
                "",
                "",
            ),
            ("Picture by Chamath Weerasundarage", "", "", "B"),
        ],
        [
            (
                "Bambalanda Sports Club won the Kandawala Shield for the third time in five years on Sunday, bowling out Kelanipitiya Cricket Club for 241 in 46.3 overs.",
                "",
                "",
                "W",
            ),
            (
                "Chasing 288 at the Pettahgama Oval, Kelanipitiya lost their last five wickets for 19 runs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Captain Sahanjith Malwatthegedara set up the total with 87 off 94 balls, with eight fours and two sixes, before he was run out by a direct hit from mid-wicket in the 41st over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was an innings built on patience rather than power, on a slow pitch that made strokeplay hard after lunch.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Malwatthegedara said he had expected the ball to stop on the surface and had told his batters to “bat long and not chase the game.”",
                "Sahanjith Malwatthegedara",
                "said",
                "",
            ),
            (
                "“We knew 260 would be a fight and 280 would be enough.",
                "Sahanjith Malwatthegedara",
                "said",
                "",
            ),
            ("What a day to get it right!” he said.", "Sahanjith Malwatthegedara", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also Read: St. Brannowyn’s College retain Under-19 title after thrilling final",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kelanipitiya were 222 for 5 in the 44th over when 19-year-old left-arm spinner Kaveen Ilangakoonge had R.D. Senarathgoda stumped, trapped Minura Aturupane-Silvarathne lbw with the next ball and bowled Isurujith Haputhanthri-Fonsekage with the one after.",
                "",
                "",
                "W",
            ),
            ("The crowd of about 3,500 rose as one.", "", "", ""),
            ("It was the first hat-trick in a Kandawala Shield final since 2011.", "", "", "W"),
        ],
        [
            (
                "Kelanipitiya coach Mr. Ranjivan Pethiyagolle said two of his first-choice bowlers, both nursing hamstring injuries, had played because there was no one fit to replace them.",
                "Ranjivan Pethiyagolle",
                "said",
                "W",
            ),
            ("“Do you blame the boys for that?” he asked.", "Ranjivan Pethiyagolle", "asked", ""),
            (
                "He said the club would “go back and start again in January.”",
                "Ranjivan Pethiyagolle",
                "said",
                "",
            ),
        ],
        [
            (
                "Player of the match Theshan Ekanayakage-Muthuvel, who took 3 for 38 and held two catches, said he had been “nervous all morning.”",
                "Theshan Ekanayakage-Muthuvel",
                "said",
                "",
            ),
            (
                "“Once I got the first one, the fear went away,” he said.",
                "Theshan Ekanayakage-Muthuvel",
                "said",
                "",
            ),
        ],
        [
            (
                "Tournament committee chairman Dr. Lalithendra Wanniarachchilage said the winners would receive Rs 2.5 million and the runners-up Rs 1 million.",
                "Lalithendra Wanniarachchilage",
                "said",
                "W",
            ),
            (
                "He said the committee hoped to stage next season’s final under lights.",
                "Lalithendra Wanniarachchilage",
                "said",
                "",
            ),
        ],
        [
            ("SCORE SUMMARY", "", "", "B"),
        ],
        [
            (
                "Bambalanda SC 287 for 8 in 50 overs (S. Malwatthegedara 87, T. Ekanayakage-Muthuvel 46, D.K. Rambukpothage 41; K. Ilangakoonge 3/52, A.S. Wijeweerage-Bellana 2/47)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kelanipitiya CC 241 all out in 46.3 overs (R.D. Senarathgoda 79, M. Aturupane-Silvarathne 52; T. Ekanayakage-Muthuvel 3/38, N. Kuruppuarachchi 2/41)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bambalanda won by 46 runs.", "", "", ""),
        ],
        [
            ("Follow every ball of the season on the WicketLine app.", "", "", "B"),
        ],
        [
            ("Tags: Kandawala Shield, Bambalanda SC, Kelanipitiya CC, club cricket", "", "", "B"),
        ],
        [
            ("More Cricket", "", "", "B"),
        ],
        [
            ("Southern Province women’s team named for national championship", "", "", "B"),
        ],
        [
            ("Ground staff ready Pettahgama Oval for first floodlit match", "", "", "B"),
        ],
        [
            ("© 2026 WicketLine.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PEARLSTONE COURIER", "", "", "B"),
        ],
        [
            ("Thursday, December 3, 2026 | Kampala 27°C | ePaper", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Science & Health | Farming | Sports | Opinion | Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science & Health", "", "", "B"),
        ],
        [
            ("Scientists breed matooke hybrid that resists banana wilt in trials", "", "", "W"),
        ],
        [
            (
                "Scientists say the new variety could reach farmers by 2029, but warn the disease may still adapt",
                "Scientists",
                "say",
                "",
            ),
        ],
        [
            ("By Benedicto Kaddu-Lwasampijja | bkaddu@pearlstonecourier.co.ug", "", "", "B"),
        ],
        [
            ("Published: 07:30 EAT", "", "", "B"),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            (
                "A researcher inspects banana plants in a trial plot in Mukono District in October.",
                "",
                "",
                "",
            ),
            ("PHOTO: COURIER/Antonius Ssebuliba-Herdman", "", "", "B"),
        ],
        [
            (
                "A new hybrid of cooking banana survived exposure to Xanthomonas campestris pv. musacearum, the bacterium that causes banana wilt, in 91% of plants in field trials in three districts, according to a paper published on Tuesday.",
                "a paper published on Tuesday",
                "according to",
                "W",
            ),
            ("The trials ran from 2023 to 2026 in Mukono, Isingiro and Bushenyi.", "", "", "W"),
        ],
        [
            (
                "Dr. Miremba Nakawunda-Obbolo, the plant breeder at Kivubanda University who led the study, said only 12% of plants of the parent variety survived under the same conditions.",
                "Miremba Nakawunda-Obbolo",
                "said",
                "W",
            ),
            (
                "She said the hybrid yielded bunches of approx. 31 kg, against 28 kg for the parent variety.",
                "Miremba Nakawunda-Obbolo",
                "said",
                "W",
            ),
            (
                "The yields are shown in Fig. 2 of the paper, which compares them with the 2019 field data of Otieku-Mbweri et al. from western Kenya.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakawunda-Obbolo said the hybrid could reach farmers by 2029 if it passes national variety trials.",
                "Miremba Nakawunda-Obbolo",
                "said",
                "",
            ),
            (
                "“For the first time, I can tell a farmer there is hope,” she said.",
                "Miremba Nakawunda-Obbolo",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also read: Coffee farmers in Bugisu switch to shade trees as rains fail",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Co-author Prof. Pastori Tumwesigire-Ssalongo said the project had cost Shs4.6 billion over six years, most of it from the university and a regional research fund.",
                "Pastori Tumwesigire-Ssalongo",
                "said",
                "W",
            ),
            (
                "He said the bacterium may still evolve to overcome the resistance, i.e. the hybrid would not end the need for good farm hygiene.",
                "Pastori Tumwesigire-Ssalongo",
                "said",
                "",
            ),
            ("“No variety is forever,” he said.", "Pastori Tumwesigire-Ssalongo", "said", ""),
        ],
        [
            (
                "The authors wrote that the trials were not done on farms at altitudes above 1,600 m, e.g. in the Rwenzori foothills.",
                "the authors",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Dr. Estella Akellot-Wambuzire, a plant pathologist at Nsambwe University who was not involved in the study, said banana wilt had spread to every banana-growing district in the country since it was first reported in 2001.",
                "Estella Akellot-Wambuzire",
                "said",
                "W",
            ),
            (
                "She said the results were “very encouraging” but should be repeated on farmers’ own plots.",
                "Estella Akellot-Wambuzire",
                "said",
                "",
            ),
        ],
        [
            (
                "Joweria Nabukenya-Kyobe, who farms two acres of matooke in Mukono District, said she had cut down 140 infected plants in 2024 alone.",
                "Joweria Nabukenya-Kyobe",
                "said",
                "",
            ),
            (
                "“When will we get these suckers, and how much will they cost?” she asked.",
                "Joweria Nabukenya-Kyobe",
                "asked",
                "",
            ),
            (
                "She said she now grows beans between the banana rows.",
                "Joweria Nabukenya-Kyobe",
                "said",
                "",
            ),
        ],
        [
            (
                "Rolandus Ssemakadde-Opiyoka, a spokesperson for the agriculture ministry, said a new variety must pass at least two seasons of national trials before it can be released to farmers.",
                "Rolandus Ssemakadde-Opiyoka",
                "said",
                "W",
            ),
        ],
        [
            ("WHAT IS BANANA WILT?", "", "", "B"),
        ],
        [
            (
                "Banana Xanthomonas wilt is a bacterial disease spread by insects, tools and infected suckers.",
                "",
                "",
                "W",
            ),
            ("Infected plants wilt and their fruit ripens unevenly and rots.", "", "", "W"),
            ("There is no chemical cure.", "", "", "W"),
        ],
        [
            (
                "Journal reference: Nakawunda-Obbolo M, Tumwesigire-Ssalongo P, et al. Field resistance to Xanthomonas wilt in a cooking-banana hybrid. Afr J Crop Genet Breed. 2026;11(4):211-226.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The trials were funded by Kivubanda University and the Lakes Region Agricultural Research Fund.",
                "",
                "",
                "B",
            ),
            ("The funders had no role in the study’s design.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Locust swarms spotted near border, ministry says", "", "", "B"),
        ],
        [
            ("Why your tomatoes cost more this December", "", "", "B"),
        ],
        [
            ("© 2026 Pearlstone Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ANINAG NEWS", "", "", "B"),
        ],
        [
            (
                "News | Regions | Nation | Business | Sports | Lifestyle | Opinion | Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            ("Typhoon Lumbayao makes landfall in Eastern Samar; 61,000 evacuated", "", "", "W"),
        ],
        [
            ("Follow our live coverage as the storm crosses the Visayas", "", "", ""),
        ],
        [
            ("Updated 2 mins ago", "", "", "B"),
        ],
        [
            ("Share this live blog", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("What we know so far", "", "", "B"),
        ],
        [
            (
                "Lumbayao made landfall near the coastal town of Maslogon at 5:10 a.m. Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Signal No. 4 is raised over Eastern Samar and the southern part of Samar.",
                "",
                "",
                "W",
            ),
            ("Classes are suspended at all levels in four provinces.", "", "", "W"),
            ("At least 46 domestic flights have been cancelled.", "", "", "W"),
        ],
        [
            ("12:48 PM", "", "", "B"),
        ],
        [
            ("Power out across Eastern Samar", "", "", "W"),
        ],
        [
            (
                "The Dalunggan Eastern Samar Electric Cooperative Inc. said all 23 towns it serves were without power after it shut down its lines at 4 a.m. as a safety measure.",
                "Dalunggan Eastern Samar Electric Cooperative Inc.",
                "said",
                "W",
            ),
            (
                "It said power could take a week to restore in some areas.",
                "Dalunggan Eastern Samar Electric Cooperative Inc.",
                "said",
                "",
            ),
            ("The cooperative has 118,000 member-consumers.", "", "", "W"),
        ],
        [
            ("— Krisanta Dumalagon-Reyeslao", "", "", "B"),
        ],
        [
            ("11:30 AM", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "61,000 evacuated in Eastern Samar, governor says",
                "Teodorico Baylosa-Lacanilagan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Eastern Samar Gov. Teodorico Baylosa-Lacanilagan said 61,240 people were in 312 evacuation centres across the province, including 4,100 from Brgy. San Venustiano in Maslogon alone.",
                "Teodorico Baylosa-Lacanilagan",
                "said",
                "W",
            ),
            (
                "He said classes in all public and private schools would stay suspended until Friday.",
                "Teodorico Baylosa-Lacanilagan",
                "said",
                "W",
            ),
            (
                "“Please, stay where you are until we tell you it is safe!” he said in a radio interview.",
                "Teodorico Baylosa-Lacanilagan",
                "said",
                "",
            ),
        ],
        [
            ("— Krisanta Dumalagon-Reyeslao", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("10:05 AM", "", "", "B"),
        ],
        [
            ("Sea travel halted; 1,870 passengers stranded", "", "", "W"),
        ],
        [
            (
                "Lt. Romualdo Sabandalan-Ypil, commander of the coast guard station in Catbalogan, said 1,870 passengers, 92 trucks and 14 vessels were stranded in ports across Samar and Leyte.",
                "Romualdo Sabandalan-Ypil",
                "said",
                "W",
            ),
            (
                "Two domestic airlines said they had cancelled 46 flights to and from Tacloban and Catarman.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Jovel Macalintang-Burce", "", "", "B"),
        ],
        [
            ("8:20 AM", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Lumbayao weakens slightly after landfall", "", "", "W"),
        ],
        [
            (
                "The state weather bureau said Lumbayao made landfall near Maslogon at 5:10 a.m.",
                "the state weather bureau",
                "said",
                "W",
            ),
            (
                "Its maximum sustained winds eased to 175 km/h, with gusts of up to 240 km/h, by 8 a.m.",
                "",
                "",
                "W",
            ),
            (
                "It said the typhoon was expected to cross Samar and Leyte and exit toward the Sibuyan Sea by Wednesday night.",
                "the state weather bureau",
                "said",
                "",
            ),
            (
                "Signal No. 4 remains in force over Eastern Samar, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            ("— Jovel Macalintang-Burce", "", "", "B"),
        ],
        [
            ("6:40 AM", "", "", "B"),
        ],
        [
            ("Evacuees spend sleepless night as winds pound Maslogon", "", "", ""),
        ],
        [
            (
                "J.P. Abarquero-Dimaculangon, the town’s disaster risk reduction officer, said the storm had torn roofs off at least 140 houses before dawn.",
                "J.P. Abarquero-Dimaculangon",
                "said",
                "W",
            ),
            (
                "He said he feared a storm surge might still reach houses along the shore.",
                "J.P. Abarquero-Dimaculangon",
                "said",
                "",
            ),
        ],
        [
            (
                "Rosalida Cabañeral-Tiongsan, 38, who spent the night in a classroom at Sta. Felicitana Elementary School with her four children, said the wind had rattled the windows for hours.",
                "Rosalida Cabañeral-Tiongsan",
                "said",
                "",
            ),
            (
                "“The little one cried until three in the morning!” she said.",
                "Rosalida Cabañeral-Tiongsan",
                "said",
                "",
            ),
            (
                "She said she had carried only rice, water and her children’s birth certificates.",
                "Rosalida Cabañeral-Tiongsan",
                "said",
                "",
            ),
        ],
        [
            (
                "Nestorio Lagumbay-Orbetan, a fisherman, said he had hauled his boat 200 metres inland on Monday afternoon.",
                "Nestorio Lagumbay-Orbetan",
                "said",
                "",
            ),
        ],
        [
            ("— Krisanta Dumalagon-Reyeslao", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            (
                "Send us your photos and videos of the typhoon through our Facebook page.",
                "",
                "",
                "B",
            ),
            ("Please stay safe, and do not go outside to take pictures.", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("How to prepare a go bag before a typhoon", "", "", "B"),
        ],
        [
            ("Relief agencies appeal for water and tarpaulins", "", "", "B"),
        ],
        [
            ("© 2026 Aninag Media Network Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MOTLOPI MONITOR", "", "", "B"),
        ],
        [
            ("Wednesday 2 December 2026 | E-Edition | Subscribe", "", "", "B"),
        ],
        [
            ("News • Business • Politics • Sport • Opinion • Lifestyle • Classifieds", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("INTERVIEW", "", "", "B"),
        ],
        [
            ("“We lose one litre in every three before it reaches a tap”", "", "", "W"),
        ],
        [
            (
                "The new head of the capital’s water utility on rationing, leaks and who should pay to fix them",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Onalenna Phirinyane-Kebonang", "", "", "B"),
        ],
        [
            ("Published 2 December 2026", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Gaone Motswedi-Ramokgathe at the utility’s offices in Gaborone last week.",
                "",
                "",
                "",
            ),
            ("Picture: Tumelontle Sekwababe-Rossingale", "", "", "B"),
        ],
        [
            (
                "Gaone Motswedi-Ramokgathe took over as chief executive of Tlharesetso Water Corporation on 1 September, three weeks before the utility announced water rationing in Gaborone for the first time since 2016.",
                "",
                "",
                "W",
            ),
            (
                "The dam that supplies most of the city stood at 18.4% of capacity on Monday.",
                "",
                "",
                "W",
            ),
            (
                "Under the schedule, suburbs north of the railway line get water on Mondays, Wednesdays and Fridays, and those south of it on the other days.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("MONITOR: How bad is it?", "", "", ""),
        ],
        [
            (
                "GAONE MOTSWEDI-RAMOKGATHE: The dam is at 18.4%, and we are drawing about 4,000 cubic metres an hour more than flows in.",
                "Gaone Motswedi-Ramokgathe",
                "GAONE MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "The last good rains in the catchment were in the 2022-23 season.",
                "Gaone Motswedi-Ramokgathe",
                "GAONE MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "If we get normal rains by February, we could end rationing before Easter.",
                "Gaone Motswedi-Ramokgathe",
                "GAONE MOTSWEDI-RAMOKGATHE:",
                "",
            ),
        ],
        [
            ("MONITOR: Where does all that lost water go?", "", "", ""),
        ],
        [
            (
                "MOTSWEDI-RAMOKGATHE: Our figures for the last financial year show 34% of the water we treated was never billed.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "Some is leaks from old pipes, some is illegal connections, meters that stopped working years ago, etc.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "",
            ),
            (
                "We replaced 41 kilometres of pipe this year, but the city has more than 2,600 kilometres.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
        ],
        [
            (
                "MONITOR: Residents of Tlokweng say they have had no water for up to five days at a time, even on their supply days.",
                "Residents of Tlokweng",
                "say",
                "",
            ),
        ],
        [
            (
                "MOTSWEDI-RAMOKGATHE: Yes, the higher parts of Tlokweng have gone up to five days without water.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "We open the valves at 5 a.m.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "The pressure is too low to reach the top of the ridge before the lower suburbs have used it.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "We have put six water bowsers there since 20 November.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Farmers in the south-east count cattle losses as pans dry up",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MONITOR: What about the pipeline from the north?", "", "", ""),
        ],
        [
            (
                "MOTSWEDI-RAMOKGATHE: The second phase is being built by Sekgwa-Lindmoor Construction (Pty) Ltd.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "It is 62% complete and should carry an extra 40 million litres a day when it is finished.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "The contractor tells us the end of 2027, and I would like to believe it.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "",
            ),
        ],
        [
            ("MONITOR: Will tariffs go up?", "", "", ""),
        ],
        [
            (
                "MOTSWEDI-RAMOKGATHE: Households pay P6.80 a kilolitre for the first five kilolitres a month, and that has not changed since 2021.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
            (
                "Can we keep fixing pipes at that price?",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "",
            ),
            ("No.", "Gaone Motswedi-Ramokgathe", "MOTSWEDI-RAMOKGATHE:", ""),
            (
                "We have asked the government for a P2.1 billion loan over five years, and a tariff application will go to the regulator in March.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "W",
            ),
        ],
        [
            ("MONITOR: What should households do now?", "", "", ""),
        ],
        [
            (
                "MOTSWEDI-RAMOKGATHE: Fill containers on your supply day, fix dripping taps and report leaks on the street.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "",
            ),
            (
                "Every report helps, and it costs nothing.",
                "Gaone Motswedi-Ramokgathe",
                "MOTSWEDI-RAMOKGATHE:",
                "",
            ),
        ],
        [
            (
                "Motswedi-Ramokgathe, 47, was previously technical director of the utility and is a civil engineer by training.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
            ("Letters on water rationing can be sent to the editor.", "", "", "B"),
        ],
        [
            ("More Interviews", "", "", "B"),
        ],
        [
            ("The farmer who wants Botswana to grow its own tomatoes", "", "", "B"),
        ],
        [
            ("Five minutes with the new head of the chamber of mines", "", "", "B"),
        ],
        [
            ("© 2026 Motlopi Monitor Publishing (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KEELHURST BUSINESS DAILY", "", "", "B"),
        ],
        [
            (
                "News | Markets | Fisheries | Energy | Real Estate | Press Releases | Events | Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Press Releases", "", "", "B"),
        ],
        [
            (
                "This is a press release distributed by Brinewire Newswire and published by Keelhurst Business Daily as received.",
                "",
                "",
                "B",
            ),
            (
                "Keelhurst Business Daily has not edited its contents and is not responsible for them.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Orwenby Ocean Foods Announces $48 Million Processing Plant in Yarmouth County, Creating 160 Jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Year-round plant to process lobster and snow crab; construction to begin in April 2027",
                "",
                "",
                "W",
            ),
        ],
        [
            ("News provided by Orwenby Ocean Foods Inc.", "", "", "B"),
        ],
        [
            ("Dec 04, 2026, 08:00 ET", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "HALIFAX, N.S., Dec. 4, 2026 /Brinewire/ - Orwenby Ocean Foods Inc. (MGX: ORW) (“Orwenby” or the “Company”) today announced that it will build a $48 million seafood processing plant at Sandbrae Pointe in Yarmouth County, N.S.",
                "Orwenby Ocean Foods Inc.",
                "announced",
                "W",
            ),
            (
                "The plant will create 160 full-time jobs when it reaches full production.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 6,400 sq. m plant will be able to process approx. 9,000 tonnes of lobster and snow crab a year, more than double the capacity of the Company’s existing plant in Lunenburg County.",
                "",
                "",
                "W",
            ),
            (
                "Construction is scheduled to begin in April 2027, with the first production in the fall of 2028.",
                "",
                "",
                "W",
            ),
            (
                "Kestwold Ridge Builders Ltd. of Dartmouth has been selected as lead contractor.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 70% of Orwenby’s sales last year were to buyers in China, South Korea and the U.S.",
                "",
                "",
                "W",
            ),
            (
                "The new plant will freeze and pack product for shipment through Halifax.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Company intends to become the largest year-round employer in southwestern Nova Scotia.",
                "",
                "",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“This is the largest investment in our 31-year history.",
                "Margaux Thibodrey-Scallanby",
                "said",
                "",
            ),
            (
                "It means our workers won’t have to wait for the season to open to earn a living.",
                "Margaux Thibodrey-Scallanby",
                "said",
                "",
            ),
            (
                "We are building it here because this is where the fish and the people are,” said Margaux Thibodrey-Scallanby, President and Chief Executive Officer of Orwenby.",
                "Margaux Thibodrey-Scallanby",
                "said",
                "",
            ),
        ],
        [
            (
                "The province is supporting the project with a $6 million repayable loan over 10 years, the Honourable Coriolan Aucoinard-Fairwater, Minister of Fisheries and Aquaculture, said.",
                "Coriolan Aucoinard-Fairwater",
                "said",
                "W",
            ),
            (
                "“Projects like this keep young families in rural communities,” he said.",
                "Coriolan Aucoinard-Fairwater",
                "said",
                "",
            ),
        ],
        [
            (
                "Warden Philomela Surettely-Nakamaru said the municipality had approved a five-year property tax rebate worth about $1.1 million for the plant on Nov. 24.",
                "Philomela Surettely-Nakamaru",
                "said",
                "W",
            ),
            (
                "“Our council is thrilled to welcome Orwenby to Sandbrae Pointe,” she said.",
                "Philomela Surettely-Nakamaru",
                "said",
                "",
            ),
        ],
        [
            (
                "The Company said hiring for supervisory roles would begin in the second half of 2027, with training delivered with the local community college.",
                "The Company",
                "said",
                "W",
            ),
        ],
        [
            ("About Orwenby Ocean Foods Inc.", "", "", "B"),
        ],
        [
            (
                "Orwenby Ocean Foods Inc. is a Nova Scotia seafood processor founded in 1995 and listed on the Maritime Growth Exchange.",
                "",
                "",
                "B",
            ),
            (
                "It employs 420 people in Nova Scotia and sells to customers in 14 countries.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.orwenby.ca.", "", "", "B"),
        ],
        [
            ("Forward-Looking Statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements, including statements about the plant’s cost, timing, capacity and jobs.",
                "",
                "",
                "B",
            ),
            (
                "Such statements are based on the Company’s current expectations and are subject to risks and uncertainties, many of which are beyond its control.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially, and the Company assumes no obligation to update them, except as required by law.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The exchange on which the Company’s shares trade has not reviewed this release and does not accept responsibility for its accuracy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("For further information:", "", "", "B"),
        ],
        [
            (
                "Delphia Arsenaux-Wickholm, Director, Communications, Orwenby Ocean Foods Inc., 902-555-0147, media@orwenby.ca",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SOURCE Orwenby Ocean Foods Inc.", "", "", "B"),
        ],
        [
            ("More press releases", "", "", "B"),
        ],
        [
            ("Harbourmist Ferries reports third-quarter revenue of $22.4 million", "", "", "B"),
        ],
        [
            ("Cape Sable Wind Partners names new chief financial officer", "", "", "B"),
        ],
        [
            ("© 2026 Keelhurst Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h68-en-ltd-its",
        "Seven of the routes are run under contract for the regional transport authority by Kestrowan’s subsidiary, Orlemby Transit Ltd. Its contract ends in March.",
        [
            "Seven of the routes are run under contract for the regional transport authority by Kestrowan’s subsidiary, Orlemby Transit Ltd.",
            "Its contract ends in March.",
        ],
    ),
    (
        "h68-en-exclaim-two",
        "Pedrek Driscombe, regional organiser for the Road Passenger Workers’ Union, said drivers at Kestrowan were paid £13.85 an hour, against £16.10 at the company that runs the city’s park-and-ride sites. “Pay them properly and they’ll stay. It’s not complicated!” he said.",
        [
            "Pedrek Driscombe, regional organiser for the Road Passenger Workers’ Union, said drivers at Kestrowan were paid £13.85 an hour, against £16.10 at the company that runs the city’s park-and-ride sites.",
            "“Pay them properly and they’ll stay.",
            "It’s not complicated!” he said.",
        ],
    ),
    (
        "h68-en-ltd-registered",
        "© 2026 Quaylight Media Ltd. Registered in England and Wales No. 08812457.",
        ["© 2026 Quaylight Media Ltd.", "Registered in England and Wales No. 08812457."],
    ),
    (
        "h68-us-pm-lower",
        "TOLEDO — Voters in the Ridgeburne City School District rejected a 5.9-mill operating levy on Tuesday by 412 votes out of 18,930 cast, according to unofficial county election results posted at 11:48 p.m. after the last precincts reported. It was the district’s first failed levy since 2014.",
        [
            "TOLEDO — Voters in the Ridgeburne City School District rejected a 5.9-mill operating levy on Tuesday by 412 votes out of 18,930 cast, according to unofficial county election results posted at 11:48 p.m. after the last precincts reported.",
            "It was the district’s first failed levy since 2014.",
        ],
    ),
    (
        "h68-us-jr-he",
        "The district is on course for a deficit of $7.4 million in the 2027-28 school year without new money, said district treasurer Aurick Vreelund-Duskin Jr. He said the levy would have raised about $9.1 million a year.",
        [
            "The district is on course for a deficit of $7.4 million in the 2027-28 school year without new money, said district treasurer Aurick Vreelund-Duskin Jr.",
            "He said the levy would have raised about $9.1 million a year.",
        ],
    ),
    (
        "h68-us-nov-no",
        "The county board of elections will meet to certify the results on Nov. 24. The levy appeared on the ballot as Issue No. 14.",
        [
            "The county board of elections will meet to certify the results on Nov. 24.",
            "The levy appeared on the ballot as Issue No. 14.",
        ],
    ),
    (
        "h68-sg-pte-it",
        "Five childcare centres in Bedok, Tampines and Pasir Ris will close on Dec 31, their operator, Brightquill Learning Pte. Ltd., told parents in an e-mail on Nov 24. It said 640 children were enrolled at the five centres, and that it would keep its 18 other centres open.",
        [
            "Five childcare centres in Bedok, Tampines and Pasir Ris will close on Dec 31, their operator, Brightquill Learning Pte. Ltd., told parents in an e-mail on Nov 24.",
            "It said 640 children were enrolled at the five centres, and that it would keep its 18 other centres open.",
        ],
    ),
    (
        "h68-sg-question-runs",
        'Marcian Jeyaratnam, whose three-year-old son attends the centre at Blk 214 Kelwarren Avenue 3, said he paid S$1,480 a month in fees after subsidies. "Four weeks?" he asked. "Every other centre near us has a waiting list until March, so where do we go?"',
        [
            "Marcian Jeyaratnam, whose three-year-old son attends the centre at Blk 214 Kelwarren Avenue 3, said he paid S$1,480 a month in fees after subsidies.",
            '"Four weeks?" he asked.',
            '"Every other centre near us has a waiting list until March, so where do we go?"',
        ],
    ),
    (
        "h68-ke-dateline-vs",
        "NAIROBI, Nov 17 (Corvesse) - Average prices of Kenyan black tea at the weekly auction in Mombasa fell to $2.09 a kilogram on Tuesday, the lowest since November 2023, according to brokers. That compared with $2.31 a week earlier and $2.74 a year ago, vs. an average of $2.62 for the year to date.",
        [
            "NAIROBI, Nov 17 (Corvesse) - Average prices of Kenyan black tea at the weekly auction in Mombasa fell to $2.09 a kilogram on Tuesday, the lowest since November 2023, according to brokers.",
            "That compared with $2.31 a week earlier and $2.74 a year ago, vs. an average of $2.62 for the year to date.",
        ],
    ),
    (
        "h68-ke-ltd-mid",
        "Buyers from Pakistan and Egypt, which together take about 45% of Kenya’s tea exports, had cut their orders because of shortages of U.S. dollars at home, said Ezrom Mwangengi-Thuo, managing director of Nairobi brokers Kilindaro Tea Brokers Ltd. “Prices could fall further before Christmas,” he said. He said some factories were selling at below their cost of production to raise cash for farmers’ annual bonuses.",
        [
            "Buyers from Pakistan and Egypt, which together take about 45% of Kenya’s tea exports, had cut their orders because of shortages of U.S. dollars at home, said Ezrom Mwangengi-Thuo, managing director of Nairobi brokers Kilindaro Tea Brokers Ltd.",
            "“Prices could fall further before Christmas,” he said.",
            "He said some factories were selling at below their cost of production to raise cash for farmers’ annual bonuses.",
        ],
    ),
    (
        "h68-cl-sa-corp",
        "SANTIAGO, Nov 18 (Vandrecht) - About 1,400 workers at the Tolvanche copper mine in northern Chile walked off the job on Wednesday after rejecting the company's latest wage offer, the union said. The mine is run by Minera Tolvanche S.A., a unit of Canada's Halcrest Metals Corp. It produced 312,000 metric tons of copper last year, about 6% of Chile's output.",
        [
            "SANTIAGO, Nov 18 (Vandrecht) - About 1,400 workers at the Tolvanche copper mine in northern Chile walked off the job on Wednesday after rejecting the company's latest wage offer, the union said.",
            "The mine is run by Minera Tolvanche S.A., a unit of Canada's Halcrest Metals Corp.",
            "It produced 312,000 metric tons of copper last year, about 6% of Chile's output.",
        ],
    ),
    (
        "h68-cl-no-union",
        "Chile's labor ministry said it had called the company and Union No. 1 to a mediation session at 10 a.m. on Thursday in Antofagasta. The ministry said it would not comment on the size of the offer.",
        [
            "Chile's labor ministry said it had called the company and Union No. 1 to a mediation session at 10 a.m. on Thursday in Antofagasta.",
            "The ministry said it would not comment on the size of the offer.",
        ],
    ),
    (
        "h68-cl-us-the",
        "Benchmark copper rose 0.8% to $10,420 a metric ton on Wednesday on concerns about supply, while inventories fell in the U.S. The last strike at Tolvanche, in 2019, lasted 22 days.",
        [
            "Benchmark copper rose 0.8% to $10,420 a metric ton on Wednesday on concerns about supply, while inventories fell in the U.S.",
            "The last strike at Tolvanche, in 2019, lasted 22 days.",
        ],
    ),
    (
        "h68-jm-rd-work",
        "Deltroy Pottifer-Huie, western regional manager of the Island Highways and Drainage Authority, said the road was last paved in 2009 from the square to the junction with Pimentine Rd. Work to build a retaining wall would cost J$38 million and would start on December 7, he said. He said the contract had been awarded to Bracklemore & Sons Construction Ltd., which had cleared a footpath across the slip on Tuesday.",
        [
            "Deltroy Pottifer-Huie, western regional manager of the Island Highways and Drainage Authority, said the road was last paved in 2009 from the square to the junction with Pimentine Rd.",
            "Work to build a retaining wall would cost J$38 million and would start on December 7, he said.",
            "He said the contract had been awarded to Bracklemore & Sons Construction Ltd., which had cleared a footpath across the slip on Tuesday.",
        ],
    ),
    (
        "h68-jm-mrs-am",
        "Mrs. Pauletta Gaylebury-Witherspoon, principal of Cassavagrove Primary and Infant School, said attendance had fallen from 212 to 137 pupils since the slip. She said classes had begun at 9:30 a.m. since November 16. The later start lets children walk out of the district in daylight.",
        [
            "Mrs. Pauletta Gaylebury-Witherspoon, principal of Cassavagrove Primary and Infant School, said attendance had fallen from 212 to 137 pupils since the slip.",
            "She said classes had begun at 9:30 a.m. since November 16.",
            "The later start lets children walk out of the district in daylight.",
        ],
    ),
    (
        "h68-in-pvt-it",
        "The Rs 86-crore work has been given to Vinayakrupa Infrastructs Pvt. Ltd. It will replace pipe sections Nos. 14 to 22, a stretch of 3.4 km, he said. The first section, near S. No. 42/3 in Bhairavwadi, will be replaced on December 3 between 6 am and 10 pm.",
        [
            "The Rs 86-crore work has been given to Vinayakrupa Infrastructs Pvt. Ltd.",
            "It will replace pipe sections Nos. 14 to 22, a stretch of 3.4 km, he said.",
            "The first section, near S. No. 42/3 in Bhairavwadi, will be replaced on December 3 between 6 am and 10 pm.",
        ],
    ),
    (
        "h68-in-dr-question",
        "Former corporator Dr. Sulakshana Ghorpadekar-Nayakwadi said the same main had been repaired in 2024 at a cost of Rs 4.2 crore, and had burst again within four months. “Who will answer for that money?” she asked. She said residents of Bhairavwadi should not have to pay for the civic body’s mistakes.",
        [
            "Former corporator Dr. Sulakshana Ghorpadekar-Nayakwadi said the same main had been repaired in 2024 at a cost of Rs 4.2 crore, and had burst again within four months.",
            "“Who will answer for that money?” she asked.",
            "She said residents of Bhairavwadi should not have to pay for the civic body’s mistakes.",
        ],
    ),
    (
        "h68-lk-overs-decimal",
        "Bambalanda Sports Club won the Kandawala Shield for the third time in five years on Sunday, bowling out Kelanipitiya Cricket Club for 241 in 46.3 overs. Chasing 288 at the Pettahgama Oval, Kelanipitiya lost their last five wickets for 19 runs.",
        [
            "Bambalanda Sports Club won the Kandawala Shield for the third time in five years on Sunday, bowling out Kelanipitiya Cricket Club for 241 in 46.3 overs.",
            "Chasing 288 at the Pettahgama Oval, Kelanipitiya lost their last five wickets for 19 runs.",
        ],
    ),
    (
        "h68-lk-hat-trick",
        "Kelanipitiya were 222 for 5 in the 44th over when 19-year-old left-arm spinner Kaveen Ilangakoonge had R.D. Senarathgoda stumped, trapped Minura Aturupane-Silvarathne lbw with the next ball and bowled Isurujith Haputhanthri-Fonsekage with the one after. The crowd of about 3,500 rose as one. It was the first hat-trick in a Kandawala Shield final since 2011.",
        [
            "Kelanipitiya were 222 for 5 in the 44th over when 19-year-old left-arm spinner Kaveen Ilangakoonge had R.D. Senarathgoda stumped, trapped Minura Aturupane-Silvarathne lbw with the next ball and bowled Isurujith Haputhanthri-Fonsekage with the one after.",
            "The crowd of about 3,500 rose as one.",
            "It was the first hat-trick in a Kandawala Shield final since 2011.",
        ],
    ),
    (
        "h68-ug-pv-lead",
        "A new hybrid of cooking banana survived exposure to Xanthomonas campestris pv. musacearum, the bacterium that causes banana wilt, in 91% of plants in field trials in three districts, according to a paper published on Tuesday. The trials ran from 2023 to 2026 in Mukono, Isingiro and Bushenyi.",
        [
            "A new hybrid of cooking banana survived exposure to Xanthomonas campestris pv. musacearum, the bacterium that causes banana wilt, in 91% of plants in field trials in three districts, according to a paper published on Tuesday.",
            "The trials ran from 2023 to 2026 in Mukono, Isingiro and Bushenyi.",
        ],
    ),
    (
        "h68-ug-dr-fig",
        "Dr. Miremba Nakawunda-Obbolo, the plant breeder at Kivubanda University who led the study, said only 12% of plants of the parent variety survived under the same conditions. She said the hybrid yielded bunches of approx. 31 kg, against 28 kg for the parent variety. The yields are shown in Fig. 2 of the paper, which compares them with the 2019 field data of Otieku-Mbweri et al. from western Kenya.",
        [
            "Dr. Miremba Nakawunda-Obbolo, the plant breeder at Kivubanda University who led the study, said only 12% of plants of the parent variety survived under the same conditions.",
            "She said the hybrid yielded bunches of approx. 31 kg, against 28 kg for the parent variety.",
            "The yields are shown in Fig. 2 of the paper, which compares them with the 2019 field data of Otieku-Mbweri et al. from western Kenya.",
        ],
    ),
    (
        "h68-ug-journal-ref",
        "Journal reference: Nakawunda-Obbolo M, Tumwesigire-Ssalongo P, et al. Field resistance to Xanthomonas wilt in a cooking-banana hybrid. Afr J Crop Genet Breed. 2026;11(4):211-226.",
        [
            "Journal reference: Nakawunda-Obbolo M, Tumwesigire-Ssalongo P, et al. Field resistance to Xanthomonas wilt in a cooking-banana hybrid. Afr J Crop Genet Breed. 2026;11(4):211-226."
        ],
    ),
    (
        "h68-ph-gov-brgy",
        "Eastern Samar Gov. Teodorico Baylosa-Lacanilagan said 61,240 people were in 312 evacuation centres across the province, including 4,100 from Brgy. San Venustiano in Maslogon alone. He said classes in all public and private schools would stay suspended until Friday. “Please, stay where you are until we tell you it is safe!” he said in a radio interview.",
        [
            "Eastern Samar Gov. Teodorico Baylosa-Lacanilagan said 61,240 people were in 312 evacuation centres across the province, including 4,100 from Brgy. San Venustiano in Maslogon alone.",
            "He said classes in all public and private schools would stay suspended until Friday.",
            "“Please, stay where you are until we tell you it is safe!” he said in a radio interview.",
        ],
    ),
    (
        "h68-ph-am-its",
        "The state weather bureau said Lumbayao made landfall near Maslogon at 5:10 a.m. Its maximum sustained winds eased to 175 km/h, with gusts of up to 240 km/h, by 8 a.m. It said the typhoon was expected to cross Samar and Leyte and exit toward the Sibuyan Sea by Wednesday night.",
        [
            "The state weather bureau said Lumbayao made landfall near Maslogon at 5:10 a.m.",
            "Its maximum sustained winds eased to 175 km/h, with gusts of up to 240 km/h, by 8 a.m.",
            "It said the typhoon was expected to cross Samar and Leyte and exit toward the Sibuyan Sea by Wednesday night.",
        ],
    ),
    (
        "h68-ph-sta-exclaim",
        "Rosalida Cabañeral-Tiongsan, 38, who spent the night in a classroom at Sta. Felicitana Elementary School with her four children, said the wind had rattled the windows for hours. “The little one cried until three in the morning!” she said. She said she had carried only rice, water and her children’s birth certificates.",
        [
            "Rosalida Cabañeral-Tiongsan, 38, who spent the night in a classroom at Sta. Felicitana Elementary School with her four children, said the wind had rattled the windows for hours.",
            "“The little one cried until three in the morning!” she said.",
            "She said she had carried only rice, water and her children’s birth certificates.",
        ],
    ),
    (
        "h68-bw-etc-we",
        "MOTSWEDI-RAMOKGATHE: Our figures for the last financial year show 34% of the water we treated was never billed. Some is leaks from old pipes, some is illegal connections, meters that stopped working years ago, etc. We replaced 41 kilometres of pipe this year, but the city has more than 2,600 kilometres.",
        [
            "MOTSWEDI-RAMOKGATHE: Our figures for the last financial year show 34% of the water we treated was never billed.",
            "Some is leaks from old pipes, some is illegal connections, meters that stopped working years ago, etc.",
            "We replaced 41 kilometres of pipe this year, but the city has more than 2,600 kilometres.",
        ],
    ),
    (
        "h68-bw-pty-ltd",
        "MOTSWEDI-RAMOKGATHE: The second phase is being built by Sekgwa-Lindmoor Construction (Pty) Ltd. It is 62% complete and should carry an extra 40 million litres a day when it is finished. The contractor tells us the end of 2027, and I would like to believe it.",
        [
            "MOTSWEDI-RAMOKGATHE: The second phase is being built by Sekgwa-Lindmoor Construction (Pty) Ltd.",
            "It is 62% complete and should carry an extra 40 million litres a day when it is finished.",
            "The contractor tells us the end of 2027, and I would like to believe it.",
        ],
    ),
    (
        "h68-bw-rhetorical-no",
        "MOTSWEDI-RAMOKGATHE: Households pay P6.80 a kilolitre for the first five kilolitres a month, and that has not changed since 2021. Can we keep fixing pipes at that price? No. We have asked the government for a P2.1 billion loan over five years, and a tariff application will go to the regulator in March.",
        [
            "MOTSWEDI-RAMOKGATHE: Households pay P6.80 a kilolitre for the first five kilolitres a month, and that has not changed since 2021.",
            "Can we keep fixing pipes at that price?",
            "No.",
            "We have asked the government for a P2.1 billion loan over five years, and a tariff application will go to the regulator in March.",
        ],
    ),
    (
        "h68-ca-ns-dateline",
        "HALIFAX, N.S., Dec. 4, 2026 /Brinewire/ - Orwenby Ocean Foods Inc. (MGX: ORW) (“Orwenby” or the “Company”) today announced that it will build a $48 million seafood processing plant at Sandbrae Pointe in Yarmouth County, N.S. The plant will create 160 full-time jobs when it reaches full production.",
        [
            "HALIFAX, N.S., Dec. 4, 2026 /Brinewire/ - Orwenby Ocean Foods Inc. (MGX: ORW) (“Orwenby” or the “Company”) today announced that it will build a $48 million seafood processing plant at Sandbrae Pointe in Yarmouth County, N.S.",
            "The plant will create 160 full-time jobs when it reaches full production.",
        ],
    ),
    (
        "h68-ca-sqm-approx",
        "The 6,400 sq. m plant will be able to process approx. 9,000 tonnes of lobster and snow crab a year, more than double the capacity of the Company’s existing plant in Lunenburg County. Construction is scheduled to begin in April 2027, with the first production in the fall of 2028. Kestwold Ridge Builders Ltd. of Dartmouth has been selected as lead contractor.",
        [
            "The 6,400 sq. m plant will be able to process approx. 9,000 tonnes of lobster and snow crab a year, more than double the capacity of the Company’s existing plant in Lunenburg County.",
            "Construction is scheduled to begin in April 2027, with the first production in the fall of 2028.",
            "Kestwold Ridge Builders Ltd. of Dartmouth has been selected as lead contractor.",
        ],
    ),
]
