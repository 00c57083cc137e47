"""Hundred-and-fifteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-six):
twelve WHOLE pages from twelve countries where FINDING THE ATTRIBUTION and NAMING THE SPEAKER are hard: sources that are documents, data and posts ("a report by X found", "X's figures show", "in a post on X", "court papers say", "minutes of the meeting record"), "according to" at the start, middle and end, speakers named after the quote, long quotes running over several paragraphs with the cue only in the first, paraphrase without quotes ("X told the inquiry that ...", "X argued that ..."), unnamed sources ("a person familiar with the talks", "two officials who asked not to be named"), groups ("residents", "analysts"), pronoun chains across paragraphs with two or three people of the same gender, titles and roles before names in many house styles (Cllr, Hon., Dr, Prof., Justice, Chief Superintendent, Bishop, Datuk, Alhaji), and sentences with no speaker that look like they have one (reported events, "said to be", "so-called", "the said property"). Include full furniture at head and tail as pasted pages carry it. Label with care.

The pages, head to tail as a reader's paste gives them, from everyday English-language sites in
twelve countries: an English regional daily (a police station's front counter to close after a
police and crime panel meeting), a Nigerian news site (a market fire in Kaduna), a Malaysian English
daily (an audit of a late flood scheme in Pahang), an Irish regional weekly's court report (two
brothers and a farm in the High Court), an Australian regional paper (a parliamentary inquiry into
country police stations in Victoria), a Kenyan news site's county page (talks on a doctors' strike
in Kisumu), a Canadian city daily (a transit strike notice in Regina), a United States local
newspaper (a state audit of a jail's health contractor in Ohio), an Indian daily's city page (late
university results in Lucknow), a Ghanaian news site (a bishop, a chief and a mission school's land
in Ashanti), a New Zealand regional daily's business page (a meat plant closure) and a South African
regional news site (a commission of inquiry into water tanker contracts). What is hard, page after
page, is the source: documents and data as subjects ("A report by the force's estates department
found", "a report by the Auditor-General has found", "The report, tabled ..., says", "Court papers
say", "Minutes of the panel's December meeting record", "Minutes of Monday's meeting, seen by the
Ledger, record", "Minutes of the committee's meeting of 2 February 2024, placed before the
commission, record", "Records at the Lands Commission in Kumasi show", "Bank statements shown to the
commission show", "Submissions from residents, published on the committee's website, describe", "A
memo to city council ..., dated Feb. 12 and obtained by the Lamplighter, estimates", "Figures from
the state's Crime Statistics Agency show", "the figures show"); "according to" at the start ("According
to the force's own figures", "According to rostering data tabled by Victoria Police at the
hearing", "According to the statement", "According to company records"), and at the end, once
after a quoted person ("He said the number was 860, according to the state disaster management
committee.") and once after a nested report ("A report by the Auditor-General flagged ...,
according to the municipality's annual report."); posts ("In a post on Facebook on Sunday night,
the governor's spokesman, ..., said", "wrote in a post on X", "said in a post on X", "said in a post
on Facebook", "In a post on LinkedIn, ... said"); a statement by a spokesperson, a statement from a
governor read by his county secretary, a media release in a minister's name, a chairman "said in the
statement"; speakers named after their quote ("said Philippa Gorrindell", "asked Maryam Kabirwa",
"said Marcus Ellerthwaite Sr.", "said Ishita Raghukherwal", "said Akosua Pokuaa", "Kinsvoll said.",
"Justice Ramatlhodi said."); long quotes over two or three paragraphs with the cue only in the first
(a commissioner, a traders' chairman, a mayor, a councillor, a student, a bishop, a chief executive,
a commission chairperson); paraphrase without quotes ("told the police and crime panel that", "told
the Legislative Council's justice committee ... that", "told the commission that", "told Mr Justice
Eoghan Tallonstown that", "argued that", "denies that", "In an affidavit, ... says", "In a replying
affidavit, he says", "recommended that"); unnamed sources ("a person familiar with the force's
estates plans", "A person familiar with the talks" and "the person said", "A person familiar with
the sale process", "Two officials who asked not to be named", "Two officials at the state Drainage
and Irrigation Department, who asked not to be named ..., said" and "One of the officials", "A
senior officer in the region, who asked ...", "A source at the district assembly who asked not to
be named", "A neighbour who did not want to be named", "University sources"); groups ("Traders at
the market on Monday", "Villagers in Kampung Sungai Lerek", "Relatives of patients at the county
referral hospital", "Riders waiting at the downtown terminal on Thursday", "Students who gathered
outside the administrative block on Saturday", "Residents of Asanwinso, some of whom ...",
"Residents of Rietkuil's Extension 7", "Analysts", "Auditors", "Police", "both sides"); pronoun
chains across paragraphs with two or three people of the same gender (a commander, a panel chair and
a commissioner; a traders' chairman, a fire chief and a lawmaker; an exco member, an assemblyman and
a director; two brothers, their counsel and a judge; a commander and a committee chair, where "She
replied" is the one asked; a union secretary, a health chief and an assembly chairman; a union
president and a negotiator; an auditor and a sheriff; a vice-chancellor and a firm's director; a
bishop, a chief's spokesman and a district chief executive; an organiser, a mayor and an analyst; a
tanker director, an evidence leader, where "He said he had been afraid" is the one asked, and a
former manager); titles and roles before names in many house styles (Cllr, Chief Superintendent and
Ch Supt, Ms, Alhaji, Hajiya, Comptroller, Hon. at the start of a sentence, Datuk, Datuk Ir., Mr
Justice, SC after a name, Cr, the Hon. ... MP, Dr, Dr., County Executive Committee Member for
Health, Governor, Coun., Mayor, State Auditor, Sheriff, State Rep. with "R-Quellworth",
Vice-Chancellor Prof., Prof., Registrar Dr., The Rt. Rev., Bishop, Okyeame, Mrs, Nana, Sir, Adv.,
retired judge Justice; "Sr." and "III" kept); a given name "Said" before "said" ("Datuk Mohd Said
Hanifuddin said", "Mohd Said said"); and sentences with no speaker that look like they have one
("The building, said to be worth about £1.1m, ...", "It was said to have been where the 2019 fire
started", "losses put at ₦4bn", "The so-called night market", "The so-called “bund road”", "The
said property is let ...", "Residents who spoke to the Argus ... were divided.", "Neither brother
spoke to reporters", "The post gave no date for the visit.", "The release gave no figure for
country stations.", "The records do not show who signed for the lessor.", "She also posted a
photograph of the letter", "have clashed over jail spending before", a judge adjourning and
directing, a vote, a lawsuit, an inquiry's record). Each page carries its site's own furniture at
the head, in the middle and at the tail: mastheads, sign-in, weather, fire-danger and tide strips,
menus, section paths, bylines with roles, date lines, share lines, a metered paywall and a
subscription wall with button rows, an e-paper promo, captions and credits, ADVERTISEMENT and "Story
continues below", Read more, RELATED and ALSO READ links, Most read, Trending, Related News, Top
News, Read next and Most popular lists, tags, newsletter boxes, reply forms, comment notes, an
acknowledgement of Country, a reporter bio, subscription appeals, copyright and company lines split
at "Ltd.", "Limited.", "DAC.", "Inc.", "Pvt. Ltd." and "(Pty) Ltd." and footer links. The pages hold
519 sentences: 230 "B", 170 "W" and 119 ""; 246 sentences carry a speaker (124 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed, together with `/tmp/sets`, once at the
start: the first held only the brief and the second was empty; neither was listed again); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed with
`ast.get_source_segment`, that function only); the `[tool.ruff]` tables of `pyproject.toml` (an
`awk` range from `[tool.ruff` to the next other `[tool.` table); and, from `labelled_new111.py` and
`labelled_new112.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the docstring of `labelled_new111.py` and the start of its
`STYLES`, and the end of the first page, the second page and the cases of `labelled_new112.py` were
seen), then saved to a scratch file, of which `grep -n` showed the section markers and `sed` showed
ranges: the rest of the docstring and the `STYLES` of `labelled_new111.py` (lines cut at 2,500
characters), about the first quarter of its first page, its cases, the docstring and `STYLES` of
`labelled_new112.py` (lines cut at 3,000 characters, a middle stretch cut by the tool and then
printed on its own) and the first lines of its second page; so most of the first page and all of the
second page of `labelled_new111.py`, and the start of the first page of `labelled_new112.py`, were
never seen. No other page, case or docstring of any file under `tests/` was read. What was run: a
Python one-liner printing the calendars of January to March 2027 and another printing the weekday of
every date used; scripts of my own in a scratch folder that turn a small line format (flag, speaker,
cue and text separated by a tilde, one line a paragraph unless it starts with "+") into the literals
below, apply renames, cut the split cases out of the pages, and count sentences, flags and speakers;
case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every
capitalised word and every part of a hyphenated name of the pages (about eight hundred) and for every
candidate replacement; an import of this file with `labelled_articles.build` on every page and a
check of four string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker
for every cue, 30 distinct case ids, every case text in a built page and equal to its sentences
joined by single spaces, each expected sentence one labelled sentence of one paragraph, in order,
and the counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_new115.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names. Of the first draft's coined
words, about seventy hit other files: surnames and parts of hyphenated surnames (Oddingsell,
Quillfeather, Umbersley, Wrenfield, Kaita, Sule, Gwadabe, Tsoho, Danlami, Birnin, Dantsoho,
Hanafiah, Jalil, Baharom, Shukri, Zakwan, Ismadi, Lindqvist, Yarrow, Wattlebury, Owuor, Ouko,
Oketch, Lwanda, Adhiambo, Odhiambo, Lachapelle, Oyelaran, Fisk, Dufresne, Kinsolving, Ellerbrock,
Estabrook, Wendover, Harrowgate, Raghuvanshi, Kher, Tripathi, Saxena, Doon, Konadu, Nsiah,
Ofosuhene, Mensa, Nyantakyi, Badu, Gyamfi, Asamoah, Mahamadu, Boateng, Mensimah, Tautahi, Torrance,
Ormsbee, Kahu, Whitlock, Faa, Wallis, Mabitsela, Kruger, Mphahlele, Botha, Oosthuizen, Venter, Hesse
and the like), a surname and given names of a Chinese Malaysian assemblyman (Tan, Hock, Seang), a
street, a village, a creek, an avenue, a county, a photographer's surname, a firm and a brokerage
(Castlegate, Sallowby, Yallambee, Breckmoor, Pellworth, Kasagam, Kwanfi, Meridale, Harbourline);
each was renamed (most hyphenated surnames cut to one coined part, the assemblyman renamed), and the
few replacements that hit as well (Pennywhistle, Gorrindale, Wattlemarsh, Wattlebrae, Hollowmere,
Ofosukrom, Sekhukhwane, Sekyiwaa, Ntiamoah, Rozaimi, Kudus and several Chinese surnames) were dropped for others; only
replacements with no hit were kept. What still hits is real countries, regions, cities and towns
(England, Kaduna, Kano, Zaria, Pahang, Kuantan, Temerloh, Roscommon, Strokestown, Galway, Melbourne,
Victoria, Kisumu, Siaya, Homa Bay, Vihiga, Kakamega, Regina, Ohio, Columbus, Lucknow, Noida, Pune,
Awadh, Kumasi, Ashanti, Ejisu, Mampong, the Offin, Dunedin, Mahikeng and the like), common given
names kept on purpose (Harriet, Margery, Rowena, Philippa, Cyril, Tobias, Zainab, Sani, Abdulmalik,
Ibrahim, Yusuf, Rakiya, Maryam, Musa, Azhar, Normah, Colm, Declan, Bridget, Niamh, Fiachra, Eoghan,
Wade, Annika, Petra, Jodie, Lachlan, Jessamy, Otieno, Fredrick, Samson, Maurice, Pamela, Achieng,
Gordon, Neville, Bernadette, Carolyn, Tomasz, Marguerite, Deborah, Renata, Dorian, Marcus, Curtis,
Lucinda, Harishankar, Kunal, Anupam, Meenal, Ishita, Sunanda, Kwabena, Kofi, Adu, Gifty, Issahaku,
Kwame, Akosua, Yaa, Kwaku, Graham, Hamish, Hinerangi, Tracey, Mereana, Bruce, Rangi, Lesego,
Thulani, Bongani, Johan, Dineo, Pule), common and outlet words (Argus, Herald, Times, Observer,
Standard, Ledger, Lamplighter, Clarion, Sentinel, Mirror, Press, Meats, Estates, Logistics,
Securities, Correctional, Jaya, Bina, Pekan, Kampung, Sungai and the like) and titles, register and
currency tokens kept or dropped on purpose (Cllr, Ch Supt, Hon., Hajiya, Alhaji, Datuk, Ir., SC, Cr,
Coun., Rep., Sr., Rt. Rev., Okyeame, Nana, Adv., DAC, Pty, Pvt, Sdn Bhd, LLC, MYT, EAT, IST, RM,
Sh, R, ₦, ₹).

Every person, outlet, force, council, union, association, company, firm, brokerage, school, diocese,
hospital, street, avenue, village, town, creek and figure is invented. Real countries, regions,
cities and institutions appear only as settings: those listed above, and Victoria Police and the
Legislative Council of Victoria (rostering data tabled at a hearing, a committee), the state's Crime
Statistics Agency (figures), the Dewan Rakyat and the Auditor-General of Malaysia (a report tabled),
a state Drainage and Irrigation Department, the High Court, the Circuit Court and the Courts Service
of Ireland (a case, a list, figures), the Lands Commission in Kumasi (records), the Methodist Church
(as a denomination), the NZX and Stats NZ (an announcement, a figure), the Auditor-General of South
Africa (a finding reported in an annual report) and the Hawks (a referral), Regina Transit (a
service), a federal court in Columbus (a lawsuit), and Facebook, X, Twitter, LinkedIn, WhatsApp,
Telegram and Google News (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section path, byline, role, date, share line, caption,
credit, link, list item, button row, note and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content, a headline's or standfirst's "says",
"claims", "denies", "finds", "told" or "Audit:" carrying the speaker the story names, as it first
gives the name; a dateline belongs to its lead sentence; a pronoun, a later surname or a role noun
for a person resolves to the full name as first given, without titles; a generic noun for an
organisation or a document is kept as written ("the agency", "the company", "the Dunedin-based
processor", "The report", "the report", "the audit", "the statement", "The memo", "the figures");
"according to X" gives X as written; a quote over several sentences carries its speaker and cue in
each; a named person acting without a verb of saying carries no speaker.

Conventions on SPEAKERS this set had to settle, in the same spirit:

* A document or data set as the subject of "found", "has found", "finds", "says", "say", "show",
  "record", "describe" or "estimates" is the speaker as written with its restrictive qualifiers ("A
  report by the force's estates department", "Minutes of the panel's December meeting", "Records at
  the Lands Commission in Kumasi", "Bank statements shown to the commission", "Figures from the
  state's Crime Statistics Agency"), without a clause or participle set off by commas ("Minutes of
  Monday's meeting, seen by the Ledger, record" -> "Minutes of Monday's meeting"; "Submissions from
  residents, published on the committee's website, describe" -> "Submissions from residents"; "A
  memo to city council from the city manager's office, dated ... and obtained by ..., estimates" ->
  "A memo to city council from the city manager's office"; "The report, tabled ..., says" -> "The
  report"); the verb is the cue. A person named only inside such a sentence (a panel chair in the
  minutes, a chief in a spokesman's sentence, a mother in an affidavit) is not its speaker, but is
  first given there for later cues.
* "according to" has the cue "according to" wherever it stands, and X as written ("the force's own
  figures", "rostering data tabled by Victoria Police at the hearing", "the statement", "company
  records", "the death notice published at the time", "both sides", "Stats NZ"). When a person's
  verb of saying governs the sentence, the person is the speaker even if an "according to" follows
  ("He said the number was 860, according to the state disaster management committee." -> the exco
  member; "“...,” he told staff ..., according to a recording heard by the Press." -> the chief
  executive, cue "told staff"); when a report is itself reported "according to" a document, the
  document is ("A report by the Auditor-General flagged ..., according to the municipality's annual
  report." -> "the municipality's annual report").
* Posts: "In a post on Facebook ..., X said" and "In a post on X, ... said" take the cue "said"; "said
  in a post on X", "wrote in a post on X" and "said in a post on Facebook" keep the post in the cue.
  "The post gave no date ...", "The release gave no figure ...", "The records do not show ..." and
  "She also posted a photograph ..." say what a source did not say or did without saying: no speaker.
  "did not respond to calls and emails", "did not respond to a question", "declined to say",
  "declined to comment, saying" and "could not be reached for comment" carry their subject as first
  given (the firm's full name with "Sdn Bhd" or "Ltd.") with the cue as written, "".
* Unnamed sources keep the noun phrase as written with a restrictive clause ("Two officials who asked
  not to be named", "A source at the district assembly who asked not to be named", "A neighbour who
  did not want to be named") and without a non-restrictive one ("Two officials at the state Drainage
  and Irrigation Department, who asked not to be named because ..., said" -> "Two officials at the
  state Drainage and Irrigation Department"; "A senior officer in the region, who asked ..." -> "A
  senior officer in the region"); "the person said" resolves to "A person familiar with the talks";
  "One of the officials" is kept as written.
* Groups keep their noun phrase without a time adverb or a non-restrictive clause ("Traders at the
  market on Monday said" -> "Traders at the market"; "Riders waiting at the downtown terminal on
  Thursday said" -> "Riders waiting at the downtown terminal"; "Students who gathered outside the
  administrative block on Saturday said" -> "Students who gathered outside the administrative
  block"; "Residents of Asanwinso, some of whom attended the school, said" -> "Residents of
  Asanwinso"); "Analysts" in a standfirst and in the story, "Auditors recommended", "Police said",
  "University sources said", "both sides said".
* A statement is carried by its author: "A statement by the agency's spokesperson, Hajiya ..., said"
  -> the spokesperson; "A statement from Governor ..., read at a press briefing by the county
  secretary, accused" and "The statement said" -> the governor; "A media release ... in the name of
  the Police Minister, the Hon. ... MP, said" -> the minister; "said in the statement" -> the
  chairman who gave it.
* A pronoun after a question put to someone else resolves to the one who answers ("... asked her
  whether ...". / "She replied ..." -> the commander; "... asked Mabitselana why ...". / "He said he
  had been afraid ..." -> the witness), and "He said the chief, Nana ..., had “every right” ..." is
  the spokesman's, not the chief's. "they" and "everyone says" inside a quote do not change its
  speaker.
* Headlines and leads that name the speaker by role or by a pronoun for a person named in the next
  sentence carry that person ("the secretary of the police union has told", "A Methodist bishop has
  accused", "The director of a company ... told a commission of inquiry", "one of them claims");
  "..., inquiry told" and "Water tanker boss told commission" take the cue "told".
* Reporting expressions that are cues: "put ... at" ("put"), "rejected", "disputed", "disputed that,
  saying", "denies", "denied", "argued", "recommended", "accused", "called", "claims", "asked",
  "replied", "has confirmed", "told journalists", "told reporters", "told staff", "told the
  committee", "told the assembly", "told the commission", "told the police and crime panel", "told
  Mr Justice Eoghan Tallonstown", "told the NZX", "wrote in a note to clients", "said in a news
  release", "said in an email", "said in a letter to the Observer", "the statement said".
* No speaker: "said to be worth", "It was said to have been", "so-called", "The said property ...",
  "Residents who spoke to the Argus ... were divided.", "Neither brother spoke to reporters", "have
  clashed", a judge adjourning and directing, a union serving notice, a vote, a lawsuit, a share
  price and an inquiry's record.

Check-worthiness as in the recent sets: statements of record by officials, documents and data,
figures, dates and first-person records ("I reported my van stolen there in October", "In 2018 they
took four acres ...", "We've been here before, with the dairy factory in 2011", "Last month they said
January 10.") are "W"; opinions, feelings, rhetorical questions, hedges ("could", "likely",
"possibly", "is expected to"), promises, plans and forecasts with or without figures (a second
neighbourhood team from June, a motion, re-tendering, a special meeting, a bill, a results date, a
High Court threat) are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: titles that do not
end a sentence ("Hon.", "Prof.", "Adv.", "The Rt. Rev.", "Pvt. Ltd.,", "(Pty) Ltd,",
"Ltd. in December", "4:52 a.m. and", "Sr., the family's attorney"), "Ltd." before "Registered in
England and Wales No. 09318842.", quotes continued after their attribution, a quote opened and left
open at the end of a paragraph, "“I am 67." before the rest of a quote, a question quote with its
attribution after it, "Mohd Said said", and pronoun chains within a paragraph: what a reviewer wants,
not what the engine does.
"""

STYLES = [
    'English REGIONAL DAILY\'s site (a market town), a police station\'s front counter to close: headline "..., force says" carrying the force as the lead names it ("has confirmed" "W"); a standfirst "Commissioner says ..." carrying the commissioner the story names later ""; caption "W" (a building\'s year) and picture credit; the local commander with "Chief Superintendent" dropped, later "Ch Supt" ("told the police and crime panel" "W", "she said" after a figure "W", "replied" ""); "A report by the force\'s estates department found" and "a building it describes as" "W"; "said to be worth" with no speaker "W"; "a person familiar with the force\'s estates plans" "W"; "Minutes of the panel\'s December meeting record" with the panel chair named only inside the minutes, then by "Cllr" and surname with "(Ind)" dropped ("W", a two-sentence quote ""); three women (commander, chair, commissioner) alternating by title, surname and "she"; the commissioner\'s quote over three paragraphs with the cue ("said in a statement") only in the first (a figure then and now "W", the rest ""); "Residents who spoke to the Argus ... were divided" with no speaker; a haberdasher named after a first-person record "W" and a continued question; her neighbour ""; "According to the force\'s own figures" at the start and "the figures show" at the end "W"; a vote and "The commissioner is not bound by the vote." "W" with no speaker (masthead in capitals, menu with pipes, section path with ›, byline and role on two lines, date line with "pm", share line, ADVERTISEMENT, Read more link, Most read list, newsletter box in two lines, comments-closed note, copyright split at "Ltd." before "Registered in England and Wales No. 09318842.", footer links)',
    'Nigerian NEWS SITE story (Kaduna), a market fire destroys 612 shops: headline with "losses put at ₦4bn" (a passive with no speaker) "W"; caption "" and photo credit; "KADUNA —" lead ending "according to the state emergency management agency" (kept as written) and "the agency said" mid-sentence; the traders\' association chairman with "Alhaji" dropped ("put the value ... at" "W", a quote over three paragraphs with the cue "told journalists" only in the first: loans and stock "W", the rest ""); the fire service head with "Comptroller" dropped ("4:52 a.m. and" mid-sentence, access-road claim "W"); "Alhaji Maikwaro-Dambatta rejected that." and "He said ..." back to the chairman; a state lawmaker with "Hon." at the start of a sentence (a motion plan "", a count "W"); three men alternating by title, surname and "he"; "In a post on Facebook ..., the governor\'s spokesman ... said" "W" and "The post gave no date for the visit." with no speaker; a statement by the agency\'s spokesperson with "Hajiya" dropped "W" and "According to the statement" kept as written ""; "Traders at the market on Monday said" "W"; a wrapper seller named after "“Which register?” asked ..." and her loss "W"; "Police said" ""; "The so-called night market" and "It was said to have been where ..." with no speaker "W" (masthead in capitals, menu with wide spaces, breadcrumb with slashes, byline with place, date line, share line, reading time, ADVERTISEMENT, RELATED link, tags, Related News list, reply form, copyright split at "Limited.", footer links)',
    'Malaysian ENGLISH DAILY\'s site (Pahang), an audit finds a RM87mil flood scheme three years late: a sign-in strip at the head; headline "Audit: ..." carrying "a report by the Auditor-General" as the lead names it; caption "" and "— Filepic"; "KUANTAN:" lead with "has found" at the end "W"; "The report, tabled ..., says" "W"; the state exco member "Datuk Mohd Said Hanifuddin", whose given name is "Said", followed by "Mohd Said said" (default notices and a deadline "W", "he told reporters" and a continued quote ""); "Two officials at the state Drainage and Irrigation Department, who asked not to be named because ..., said" (the non-restrictive clause dropped) and "One of the officials said" "W"; the contractor "did not respond to calls and emails" ""; an assemblyman who "wrote in a post on X" "" and "He said" a count "W"; "The state exco man disputed that figure." and "He said ..., according to the state disaster management committee." carried by the exco member "W"; three men alternating; "Villagers in Kampung Sungai Lerek said" "W"; a retired teacher (floods "W", a quote split after "she said." and "“I am 67." ""); "According to the audit" at the start "W" and "Auditors recommended" ""; the department\'s director with "Datuk Ir." dropped ""; "The so-called “bund road”" with no speaker "W" (menu with wide spaces, section path with a slash, byline, date line with MYT, share line, Advertisement, Read also link, Related News list with "Nation:" labels, tags line, a report-a-mistake line in two sentences, copyright with a company number split before "All rights reserved.")',
    'Irish REGIONAL WEEKLY\'s COURT REPORT (Roscommon), two brothers dispute a 140-acre farm in the High Court: headline "W"; a standfirst "Younger brother claims ..." carrying the brother the story names next ""; byline and role, date line, share line; a lead whose "one of them claims" carries the younger brother "W"; the parties stated with no speaker "W"; "In an affidavit, ... says" and "He says" "W"; "Court papers say ... leaves “the said property, ...”" "W"; "Declan Fahertybrook denies" "" and "In a replying affidavit, he says" "W"; three men and a judge: senior counsel with "SC" after the name (a woman "told Mr Justice Eoghan Tallonstown", her "She said" plan ""; a man whose "He said" is "W"); the judge with "Mr Justice" dropped ("said" "", then adjourning and directing with no speaker "W"); "The said property is let ..." with no speaker "W"; a death "according to the death notice published at the time" "W"; "A neighbour who did not want to be named" ""; "Neither brother spoke to reporters" with no speaker ""; "Solicitors for Declan Fahertybrook said in a letter to the Observer" ""; court figures through according to "W" (masthead in capitals, menu with wide spaces, section path with ›, ADVERTISEMENT, Read More link, Most Read list, a legal note on comments, newsletter line, copyright split at "DAC." before "All rights reserved.", footer links)',
    'Australian REGIONAL PAPER\'s site (Victoria), a parliamentary inquiry into country police stations: a weather and fire-danger strip; headline "..., inquiry told" carrying the union secretary the story names "W"; byline, "+ Follow", an Updated/first published line, share line, a paywall in two sentences and a button row; a lead naming him by role ("has told a parliamentary inquiry" "W") and the next paragraph by name ("told the Legislative Council\'s justice committee" "W"); "According to rostering data tabled by Victoria Police at the hearing" at the start "W"; the regional commander with "Chief Superintendent" dropped ("told the committee" "", response times "W") and the committee chair, two women: "asked her whether ..." "" and "She replied ..." carried by the commander; "Ms Lindqvorst said" "W"; "Submissions from residents, published on ..., describe" "W"; the shire mayor with "Cr" dropped (closures "W", a quote over three paragraphs with "told the committee" only in the first and "everyone says" inside it, all ""); "A senior officer in the region, who asked not to be named ..., said" "W"; a media release in the name of the minister with "the Hon." and "MP" dropped "W" and "The release gave no figure ..." with no speaker; agency figures through "show" "W"; a report date "W" and a forum "" (masthead, weather strip, menu, section path with ›, Advertisement, Read more link, Trending list, an acknowledgement of Country, copyright with "Pty Ltd." and an ABN line, footer links)',
    'Kenyan NEWS SITE\'s county page (Kisumu), talks on a doctors\' strike stall: headline "W"; standfirst "Union says ..." carrying "the Kisumu branch of the doctors\' union" as the story writes it ""; caption "" and credit with pipes; a lead ending "according to both sides" "W"; the union branch and its secretary with "Dr" dropped; the county health chief with "County Executive Committee Member for Health Dr" dropped (an offer "W", "He said" "W"); two men alternating by surname and "he", a third (an assembly committee chairman with "Hon." dropped) later; "Minutes of Monday\'s meeting, seen by the Ledger, record" "W"; "A person familiar with the talks" "W" and "the person said" resolved to it ""; "Two officials who asked not to be named" kept whole "W"; the governor\'s statement read by the county secretary, carried by the governor ("accused" "", "The statement said" "W"); "Relatives of patients at the county referral hospital said" "W"; a patient\'s daughter (spending "W", a quote split after "she said." with a claim "W"); "The so-called return-to-work formula" "W" and an expectation "" with no speaker (masthead in capitals, menu with pipes, section path with >, byline, date line with EAT, share line, ADVERTISEMENT, RELATED link, More from Counties list, WhatsApp line, comments heading and guidelines line, copyright split at "Ltd.")',
    'Canadian CITY DAILY\'s site (Regina), a transit union serves strike notice: a metered paywall in two sentences and a button row; headline "W"; a "REGINA —" lead with "12:01 a.m. Monday" and no speaker "W"; "Local 212 of the Prairie Transit Workers Union said" kept as written ""; its president and the city\'s negotiator, two men alternating by role, surname and "he" (offers "W"; "Maskelwood disputed that, saying" "W"); "A person familiar with the talks" with "4 p.m. Thursday" "W"; "A memo to city council from the city manager\'s office, dated ... and obtained by ..., estimates" and "The memo says" "W"; a councillor with "Coun." dropped (the memo "W", a quote over three paragraphs with "she said" only in the first ""); the mayor "said in a post on X" "" and "She did not respond to a question" ""; "Riders waiting at the downtown terminal on Thursday said" ""; a rider named after his quote ""; the annual report through according to "W"; the last strike with no speaker "W"; "both sides said" "W" (masthead in capitals, menu with wide spaces, section label, byline, Published/Last updated line with "p.m." and a read time, ADVERTISEMENT and "Story continues below" on two lines, RELATED list, newsletter line in two sentences, comments box in two sentences, copyright split at "Inc." before "All rights reserved.", footer links)',
    'United States LOCAL NEWSPAPER\'s site (Ohio), a state audit of a jail\'s health contractor: headline "State audit finds ..." carrying "a report by the state auditor\'s office" as the lead writes it "W"; caption "" and file-photo credit; "found" at the end of the lead, "the report says" and "According to the report" "W"; the state auditor with "State Auditor" dropped ("said in a news release" "W", a quote with "Kinsvoll said." "") and the sheriff with "Sheriff" dropped (a request "W", a plan ""), two women; "have clashed" with no speaker; "the auditor\'s office flagged ... that it said had not been approved" carried by the office as first given "W"; "The sheriff said at the time" ""; a lawsuit with no speaker and "Court papers say" "W"; the family\'s lawyer named after his quote with "Sr." kept ""; "A spokesperson for Breyvale said in an email" "W" and "The spokesperson declined to say" ""; a state representative with "State Rep." and "R-Quellworth" dropped (a bill plan "", a count "W"); a vote time "" (masthead in capitals, menu with pipes, section label, byline and role, date line with "Updated", share line, Advertisement, RELATED link, a reporter bio in two sentences with a phone number, Related stories list, subscription appeal in two sentences with ¢, copyright split before "All rights reserved.", footer links)',
    'Indian CITY PAGE of an English daily (Lucknow), semester results of 1.2 lakh students delayed: an e-paper promo in two sentences at the head; headline and "LUCKNOW:" lead with no speaker "W"; "According to a circular issued by the registrar on Friday" at the start ""; the vice-chancellor with "Vice-Chancellor Prof." dropped and "Pvt. Ltd.," mid-sentence ("W"), then "He said" "W"; the firm\'s director "said in a statement" and "He said" "W", two men alternating; "Prof. Doondiyal called the statement ..." ""; "University sources said" "W"; the registrar with "Registrar Dr." dropped, "declined to comment ..., saying" ""; the controller of examinations with "Prof." dropped (a re-evaluation fact "W", a hedged date ""); "Students who gathered outside the administrative block on Saturday said" "W"; a student named after a first-person record "W", her quote over three paragraphs with "they" inside it (a dated promise "W", the rest ""); "In a post on X, local MLA ... said" "W" and "She also posted a photograph ..." with no speaker "W"; "The so-called “digital evaluation” system ..., according to the university\'s annual report for 2024-25." "W" (masthead in capitals, menu with pipes, section path with a slash, byline, place and Updated line with IST, follow/share line, Advertisement, Also Read link, tags, Top News list, Google News line, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links)',
    'Ghanaian NEWS SITE\'s regional page (Ashanti), a bishop accuses a chief of selling a mission school\'s land: headline "Bishop says ..." carrying the bishop "W"; caption "" and credit; a lead with "A Methodist bishop has accused" carrying the bishop named next "W"; "The Rt. Rev. ..., Bishop of the Asanwinso Diocese, told journalists" with "Rt. Rev." and "Bishop" dropped "W"; his quote over three paragraphs with "the bishop said" only in the first (a 2018 loss "W", the rest ""); the chief\'s spokesman with "Okyeame" dropped "W", and "He said the chief, Nana Adu Sarbengkyi III, had “every right”" carried by the spokesman, not the chief ""; "Records at the Lands Commission in Kumasi show" with "Ltd. in December" mid-sentence "W", "The records do not show ..." with no speaker "W", the developer "could not be reached for comment" ""; the headmistress with "Mrs" dropped "W"; the district chief executive with "Alhaji" dropped "W"; "A source at the district assembly who asked not to be named" "W"; the MP with "Hon." dropped "said in a post on Facebook" ""; "Residents of Asanwinso, some of whom attended the school, said" ""; a trader named after her quote ""; "The so-called “Mission lands” dispute ..., according to the council\'s registrar." "W"; "The bishop said" "" (masthead in capitals, menu with wide spaces, section path with ›, byline, date line, share line, ADVERTISEMENT, READ ALSO link, Related Articles list, a comments disclaimer, copyright split before "All rights reserved.")',
    'New Zealand REGIONAL DAILY\'s BUSINESS page, a meat processor closes a plant with 380 jobs: a weather and tide strip; headline "W"; standfirst "Analysts say ..." carrying "Analysts" as written ""; a lead ending "the company told the NZX" kept as written "W"; "In a statement to the exchange, the Dunedin-based processor said" kept as written "W"; the chief executive ("said" "", a plan "", a quote "he told staff ..., according to a recording heard by the Press" carried by him, not by the recording, continued in the next paragraph "W"/""); the chairman with "Sir" dropped "said in the statement" "W"; "A person familiar with the sale process" "W"; the union organiser with "7.30am" and the mayor, then an analyst with "Dr" dropped, three women each followed by "She said" (times, staff years, a request and a first-person record "W"; "likely within three seasons" ""); "Ormsbrook said the council\'s own figures show" carried by the mayor "W"; "Analysts said" ""; a statistic "according to Stats NZ" "W"; "In a post on LinkedIn, the plant\'s former manager ... said" ""; share price "W" (masthead, weather strip, menu, section label, byline and role, date line, share line, Advertisement, Related link, Most popular list, newsletter line in two sentences, copyright, footer links)',
    'South African REGIONAL NEWS SITE (North West), a commission of inquiry into water tanker contracts: headline "Water tanker boss told commission ..." carrying the director "W"; standfirst "Former municipal manager denies ..." carrying him ""; caption "" and "Image: Supplied"; a lead naming the director by role ("told a commission of inquiry" "W") and the next paragraph by name with "(Pty) Ltd," mid-sentence; "Bank statements shown to the commission show" and "According to company records" "W"; the evidence leader with "Adv." dropped "asked ..." "" and "He said he had been afraid ..." carried by the witness who answers "W"; the former manager ("denied" "", "told the commission" "", a committee\'s approval "W"), three men alternating by surname and "he"; "Minutes of the committee\'s meeting of 2 February 2024, placed before the commission, record" "W"; the municipality\'s advocate "argued that" "W"; the chairperson with "retired judge Justice" dropped (a referral "", a quote over two paragraphs with the cue only in the first, a rule "W"); "Residents of Rietkuil\'s Extension 7 said" "W"; "A report by the Auditor-General flagged ..., according to the municipality\'s annual report." carried by the annual report "W"; the inquiry\'s record "W" and "Hearings resume on Monday." "" (masthead in capitals, menu with pipes, section path with a slash, byline, date line, share line, ADVERTISEMENT, READ MORE link, Read next list, newsletter line, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links with a PAIA manual)',
]

ARTICLES = [
    [
        [
            ("WENDLESBURY ARGUS", "", "", "B"),
        ],
        [
            ("News | Sport | Business | Opinion | Lifestyle | Jobs | Announcements", "", "", "B"),
        ],
        [
            ("News › Crime › Wendlesbury", "", "", "B"),
        ],
        [
            (
                "Police station front desk to shut after 93 years as visits fall to 11 a day, force says",
                "Chervald Police",
                "says",
                "W",
            ),
        ],
        [
            (
                "Commissioner says ‘nobody is being left without a police officer’, but councillors want the building kept",
                "Rowena Ashbeckwith",
                "says",
                "",
            ),
        ],
        [
            ("By Tobias Quernleigh", "", "", "B"),
        ],
        [
            ("Crime reporter", "", "", "B"),
        ],
        [
            ("Thursday, 21 January 2027, 6:12 pm", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Wendlesbury police station on Kettlegarth, which opened in 1934.", "", "", "W"),
        ],
        [
            ("Picture: Argus / Noor Halsteadby", "", "", "B"),
        ],
        [
            (
                "The front counter at Wendlesbury police station will close to the public on 31 March, Chervald Police has confirmed, ending 93 years in which residents could walk in off Kettlegarth and report a crime in person.",
                "Chervald Police",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Chief Superintendent Harriet Oddingfold, who commands policing in the town, told the police and crime panel on Tuesday that the desk now took an average of 11 visitors a day, down from 46 in 2015.",
                "Harriet Oddingfold",
                "told the police and crime panel",
                "W",
            ),
            (
                "Most of those visits were to hand in lost property or to show a driving licence, she said.",
                "Harriet Oddingfold",
                "said",
                "W",
            ),
        ],
        [
            (
                "A report by the force's estates department found that keeping the counter open would cost £212,000 a year, including two full-time staff and the heating of a building it describes as “largely empty after 4pm”.",
                "A report by the force's estates department",
                "found",
                "W",
            ),
        ],
        [
            (
                "The building, said to be worth about £1.1m, will stay in police hands for now.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "But a person familiar with the force's estates plans said officers on the first floor had already been asked to clear their desks by the summer.",
                "a person familiar with the force's estates plans",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Minutes of the panel's December meeting record that Cllr Margery Tullethorpe, its chair, asked whether the building would be sold and was told that “no decision has been taken”.",
                "Minutes of the panel's December meeting",
                "record",
                "W",
            ),
        ],
        [
            (
                "Cllr Tullethorpe (Ind), who represents Wendlesbury North on the county council, said on Tuesday that she had since been shown a draft valuation.",
                "Margery Tullethorpe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If you are drawing up valuations, you have taken a decision,” she said.",
                "Margery Tullethorpe",
                "said",
                "",
            ),
            ("“I'd simply like someone to admit it.”", "Margery Tullethorpe", "said", ""),
        ],
        [
            (
                "Ch Supt Oddingfold replied that a valuation was “routine” whenever an estate review began.",
                "Harriet Oddingfold",
                "replied",
                "",
            ),
        ],
        [
            (
                "The police and crime commissioner, Rowena Ashbeckwith, said the money saved would pay for a second neighbourhood team in the town, with six officers and four PCSOs, from June.",
                "Rowena Ashbeckwith",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nobody in Wendlesbury is being left without a police officer,” she said in a statement after the meeting.",
                "Rowena Ashbeckwith",
                "said in a statement",
                "",
            ),
            (
                "“What people tell me they want is a face they recognise on the high street, not a buzzer on a door.",
                "Rowena Ashbeckwith",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "“In 2015 this counter was taking 46 visitors a day.",
                "Rowena Ashbeckwith",
                "said in a statement",
                "W",
            ),
            (
                "Today it is 11, and on some Sundays it is none.",
                "Rowena Ashbeckwith",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "“I would rather pay for six officers than for a radiator.”",
                "Rowena Ashbeckwith",
                "said in a statement",
                "",
            ),
        ],
        [
            ("Read more: County council tax to rise 4.99% as budget gap widens", "", "", "B"),
        ],
        [
            (
                "Residents who spoke to the Argus on Kettlegarth on Wednesday were divided.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I reported my van stolen there in October and they were brilliant,” said Philippa Gorrindell, 71, who runs the haberdashery opposite.",
                "Philippa Gorrindell",
                "said",
                "W",
            ),
            ("“Where do I go now, Hallbrant?”", "Philippa Gorrindell", "said", ""),
        ],
        [
            (
                "Her neighbour, Cyril Ambersett, said he had not been inside the station “since I was a lad”.",
                "Cyril Ambersett",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the force's own figures, crimes reported in Wendlesbury rose 8% in the year to September, to 3,914.",
                "the force's own figures",
                "according to",
                "W",
            ),
            ("Online reports made up 61% of them, the figures show.", "the figures", "show", "W"),
        ],
        [
            (
                "Ch Supt Oddingfold said the counter's two staff would be moved to the force control room in Hallbrant.",
                "Harriet Oddingfold",
                "said",
                "",
            ),
            ("She said nobody would lose their job.", "Harriet Oddingfold", "said", ""),
        ],
        [
            (
                "The panel voted 7-3 to ask the commissioner to delay the closure until a review of neighbourhood policing in the town is published in the autumn.",
                "",
                "",
                "W",
            ),
            ("The commissioner is not bound by the vote.", "", "", "W"),
            (
                "Ms Ashbeckwith said she would “consider it carefully”.",
                "Rowena Ashbeckwith",
                "said",
                "",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Two men arrested after cash machine ripped from wall in Thrumbleby", "", "", "B"),
        ],
        [
            ("2. Wendlesbury bypass roadworks to last until May, drivers warned", "", "", "B"),
        ],
        [
            ("3. Market hall stallholders face 12% rent rise", "", "", "B"),
        ],
        [
            ("Get the Argus Daily newsletter", "", "", "B"),
        ],
        [
            ("The day's headlines in your inbox at 7am.", "", "", "B"),
            ("You can unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("© 2027 Wendlesbury Argus Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 09318842.", "", "", "B"),
        ],
        [
            ("Contact us | Privacy | Cookies | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ZAURAWA HERALD", "", "", "B"),
        ],
        [
            ("Home   News   Politics   Business   Sports   Opinion   Videos", "", "", "B"),
        ],
        [
            ("You are here: Home / News / North West", "", "", "B"),
        ],
        [
            ("Fire razes 612 shops at Kaduna's Gwanzaki market; losses put at ₦4bn", "", "", "W"),
        ],
        [
            ("By Zainab Ruwanbore, Kaduna", "", "", "B"),
        ],
        [
            ("February 8, 2027   5:40 pm", "", "", "B"),
        ],
        [
            ("Share on: Facebook   X   WhatsApp   LinkedIn", "", "", "B"),
        ],
        [
            ("Reading time: 4 min", "", "", "B"),
        ],
        [
            ("Traders search the remains of their shops at Gwanzaki market on Sunday.", "", "", ""),
        ],
        [
            ("Photo: Herald/Musa Tankarkiya", "", "", "B"),
        ],
        [
            (
                "KADUNA — At least 612 shops were destroyed on Sunday morning when fire swept through the grains and textile sections of Gwanzaki market, according to the state emergency management agency.",
                "the state emergency management agency",
                "according to",
                "W",
            ),
            (
                "No one was killed, the agency said, but 14 people were treated for burns and smoke inhalation.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chairman of the Gwanzaki Market Traders' Association, Alhaji Sani Maikwaro-Dambatta, put the value of goods lost at “not less than ₦4 billion”.",
                "Sani Maikwaro-Dambatta",
                "put",
                "W",
            ),
        ],
        [
            (
                "“Many of these people took loans in December to stock up for Ramadan,” Alhaji Maikwaro-Dambatta told journalists at the market on Monday.",
                "Sani Maikwaro-Dambatta",
                "told journalists",
                "W",
            ),
            (
                "“Some of them had goods worth ₦30 million in one shop.",
                "Sani Maikwaro-Dambatta",
                "told journalists",
                "W",
            ),
        ],
        [
            (
                "“Now they have nothing, and the banks will still come at the end of the month.",
                "Sani Maikwaro-Dambatta",
                "told journalists",
                "",
            ),
        ],
        [
            ("“We are not asking for charity.", "Sani Maikwaro-Dambatta", "told journalists", ""),
            (
                "We are asking the government to do what it promised after the 2019 fire.”",
                "Sani Maikwaro-Dambatta",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "He said the association had 4,300 registered members, about a third of whom traded in the two sections that burned.",
                "Sani Maikwaro-Dambatta",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Comptroller of the state fire service, Abdulmalik Yarimawa, said the fire was reported at 4:52 a.m. and the first engine arrived 19 minutes later.",
                "Abdulmalik Yarimawa",
                "said",
                "W",
            ),
            (
                "He said the crew could not get close because traders had built stalls across the access road, a problem the service had written to the market's management about twice in 2026.",
                "Abdulmalik Yarimawa",
                "said",
                "W",
            ),
        ],
        [
            ("Alhaji Maikwaro-Dambatta rejected that.", "Sani Maikwaro-Dambatta", "rejected", ""),
            (
                "He said the stalls had been moved to the road in January on the fire service's own instructions.",
                "Sani Maikwaro-Dambatta",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hon. Ibrahim Kaurangiwa, who represents Kaduna North in the state House of Assembly, said he would move a motion on Tuesday asking the government to release ₦500 million in relief.",
                "Ibrahim Kaurangiwa",
                "said",
                "",
            ),
            (
                "He said the fire was the third at the market in eight years.",
                "Ibrahim Kaurangiwa",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED: Kano, Kaduna markets to get new fire stations — FG", "", "", "B"),
        ],
        [
            (
                "In a post on Facebook on Sunday night, the governor's spokesman, Yusuf Gimbiyasha, said the governor had ordered an investigation and would visit the market “as soon as the site is safe”.",
                "Yusuf Gimbiyasha",
                "said",
                "W",
            ),
            ("The post gave no date for the visit.", "", "", ""),
        ],
        [
            (
                "A statement by the agency's spokesperson, Hajiya Rakiya Dantsohowa, said mats, blankets and food had been delivered to 380 traders.",
                "Rakiya Dantsohowa",
                "said",
                "W",
            ),
            (
                "According to the statement, the agency will compile a register of affected traders by Friday.",
                "the statement",
                "according to",
                "",
            ),
        ],
        [
            (
                "Traders at the market on Monday said they had not been contacted.",
                "Traders at the market",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Which register?” asked Maryam Kabirwa, who sold wrappers in the textile section for 17 years.",
                "Maryam Kabirwa",
                "asked",
                "",
            ),
            ("She said she lost stock worth ₦6.2 million.", "Maryam Kabirwa", "said", "W"),
        ],
        [
            ("Police said the cause of the fire was not yet known.", "Police", "said", ""),
        ],
        [
            (
                "The so-called night market, where about 200 traders sell cooked food after dark, was not affected.",
                "",
                "",
                "W",
            ),
            (
                "It was said to have been where the 2019 fire started, though a panel set up at the time never published its findings.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Fire, Gwanzaki Market, Kaduna", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Flood: Kaduna begins relocation of 1,200 households from riverbanks", "", "", "B"),
        ],
        [
            ("Traders protest new ₦15,000 shop levy in Zaria", "", "", "B"),
        ],
        [
            ("Tanker explosion: Death toll rises to 9", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2027 Zaurawa Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("Sign in   |   Subscribe", "", "", "B"),
        ],
        [
            ("THE MERBAULIS TIMES", "", "", "B"),
        ],
        [
            ("News   Nation   World   Business   Sport   Lifestyle   Opinion", "", "", "B"),
        ],
        [
            ("News / Nation", "", "", "B"),
        ],
        [
            (
                "Audit: RM87mil flood scheme in Pekan Serandau three years late, only 41% complete",
                "a report by the Auditor-General",
                "Audit:",
                "W",
            ),
        ],
        [
            ("By Nurhidayah Zakwanuddin", "", "", "B"),
        ],
        [
            ("Wednesday, 27 Jan 2027   8:15 AM MYT", "", "", "B"),
        ],
        [
            ("Share   Tweet   WhatsApp   Telegram", "", "", "B"),
        ],
        [
            ("An unfinished retention pond at Pekan Serandau, Pahang, on Tuesday.", "", "", ""),
        ],
        [
            ("— Filepic", "", "", "B"),
        ],
        [
            (
                "KUANTAN: A RM87mil flood mitigation scheme for Pekan Serandau is three years behind schedule and only 41% complete, a report by the Auditor-General has found.",
                "a report by the Auditor-General",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The report, tabled in the Dewan Rakyat on Monday, says the contractor was paid RM52.6mil by the end of 2025, or 60% of the contract sum, for work that auditors valued at RM35.7mil.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "State infrastructure committee chairman Datuk Mohd Said Hanifuddin said the state had issued two notices of default to the contractor, Serandau Jaya Bina Sdn Bhd, in 2025.",
                "Mohd Said Hanifuddin",
                "said",
                "W",
            ),
            (
                "Mohd Said said the firm had been given until June 30 to finish the first phase, failing which the contract would be terminated.",
                "Mohd Said Hanifuddin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have been patient, maybe too patient,” he told reporters after chairing a meeting at the state secretariat.",
                "Mohd Said Hanifuddin",
                "told reporters",
                "",
            ),
            (
                "“The people of Pekan Serandau have waited long enough.”",
                "Mohd Said Hanifuddin",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Two officials at the state Drainage and Irrigation Department, who asked not to be named because they were not authorised to speak to the media, said the contractor had fewer than 20 workers on site for most of 2026.",
                "Two officials at the state Drainage and Irrigation Department",
                "said",
                "W",
            ),
            (
                "One of the officials said the site had flooded twice during the works, in December 2025 and again last month.",
                "One of the officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Serandau Jaya Bina did not respond to calls and emails on Tuesday.",
                "Serandau Jaya Bina Sdn Bhd",
                "did not respond to calls and emails",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Pekan Serandau assemblyman Gunaselvam Thirunavakkarasu wrote in a post on X that residents had been “promised a dry Chinese New Year three times now”.",
                "Gunaselvam Thirunavakkarasu",
                "wrote in a post on X",
                "",
            ),
            (
                "He said 1,140 households in six villages had been moved to relief centres in the December floods.",
                "Gunaselvam Thirunavakkarasu",
                "said",
                "W",
            ),
        ],
        [
            ("The state exco man disputed that figure.", "Mohd Said Hanifuddin", "disputed", ""),
            (
                "He said the number was 860, according to the state disaster management committee.",
                "Mohd Said Hanifuddin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Villagers in Kampung Sungai Lerek said the unfinished retention pond had become a breeding ground for mosquitoes.",
                "Villagers in Kampung Sungai Lerek",
                "said",
                "W",
            ),
        ],
        [
            (
                "Retired teacher Normah Abd Rashidah, 67, said her house had flooded four times since the project began.",
                "Normah Abd Rashidah",
                "said",
                "W",
            ),
        ],
        [
            ("“Every time, they say next year,” she said.", "Normah Abd Rashidah", "said", ""),
            ("“I am 67.", "Normah Abd Rashidah", "said", ""),
            ("I don't have many next years left.”", "Normah Abd Rashidah", "said", ""),
        ],
        [
            ("Read also: Pahang to spend RM1.4bil on flood works over five years", "", "", "B"),
        ],
        [
            (
                "According to the audit, the department's project team failed to act on 11 progress reports showing the work was behind schedule.",
                "the audit",
                "according to",
                "W",
            ),
            (
                "Auditors recommended that the department blacklist contractors that miss two consecutive milestones.",
                "Auditors",
                "recommended",
                "",
            ),
        ],
        [
            (
                "The department's state director, Datuk Ir. Azhar Baharuddinzah, said in a statement that the remaining works would be re-tendered if the contractor missed the June deadline.",
                "Azhar Baharuddinzah",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "The so-called “bund road” along the river, the scheme's first phase, was meant to be finished by March 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Nation: Kuantan river level back to normal, 212 evacuees return home", "", "", "B"),
        ],
        [
            ("Nation: Contractor fined RM80,000 over collapsed drain in Temerloh", "", "", "B"),
        ],
        [
            ("Nation: Flood relief centres to get solar lights, says minister", "", "", "B"),
        ],
        [
            ("Tags / Keywords: Flood, Pahang, Auditor-General's Report", "", "", "B"),
        ],
        [
            ("Found a mistake in this article?", "", "", "B"),
            ("Report it to us.", "", "", "B"),
        ],
        [
            ("Copyright © 1998-2027 Merbaulis Times Sdn Bhd (201746-K)", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CLOONDARRAGH OBSERVER", "", "", "B"),
        ],
        [
            ("News   Sport   Farming   Courts   Property   Obituaries   E-Paper", "", "", "B"),
        ],
        [
            ("News › Courts", "", "", "B"),
        ],
        [
            ("Brothers' row over 140-acre Roscommon farm ends up in the High Court", "", "", "W"),
        ],
        [
            (
                "Younger brother claims their mother promised him the land ‘in front of witnesses’ in 2011",
                "Colm Fahertybrook",
                "claims",
                "",
            ),
        ],
        [
            ("Orlaith Quanrahy", "", "", "B"),
        ],
        [
            ("Courts correspondent", "", "", "B"),
        ],
        [
            ("Fri 5 Feb 2027 at 17:30", "", "", "B"),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "A dispute between two brothers over a 140-acre farm near Ballyfinnerty, Co Roscommon, has come before the High Court, where one of them claims their late mother promised him the land more than a decade before she died.",
                "Colm Fahertybrook",
                "claims",
                "W",
            ),
        ],
        [
            (
                "Colm Fahertybrook (48), a dairy farmer, is suing his older brother, Declan Fahertybrook (53), who was left the farm in their mother's will.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In an affidavit, Colm Fahertybrook says his mother, Bridget Fahertybrook, told him in the kitchen of the farmhouse in May 2011, in front of two neighbours, that “the land is yours if you stay and work it”.",
                "Colm Fahertybrook",
                "says",
                "W",
            ),
            (
                "He says he gave up a job with a co-op in Galway to do so, and worked the farm without wages for 12 years.",
                "Colm Fahertybrook",
                "says",
                "W",
            ),
        ],
        [
            (
                "Court papers say the mother's will, made in 2019, leaves “the said property, comprising the lands and dwelling house at Ballyfinnerty” to Declan, and €40,000 to Colm.",
                "Court papers",
                "say",
                "W",
            ),
        ],
        [
            (
                "Declan Fahertybrook denies that any promise was made.",
                "Declan Fahertybrook",
                "denies",
                "",
            ),
            (
                "In a replying affidavit, he says his brother was paid “by way of the milk cheque” and lived rent-free in the farmhouse throughout.",
                "Declan Fahertybrook",
                "says",
                "W",
            ),
            (
                "He says their mother changed her will in 2019 “with full knowledge and of sound mind”, after a solicitor read it over to her twice.",
                "Declan Fahertybrook",
                "says",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "On Thursday, Niamh Curraghbeg SC, for Colm Fahertybrook, told Mr Justice Eoghan Tallonstown that the promise was “clear, repeated and relied upon”.",
                "Niamh Curraghbeg",
                "told Mr Justice Eoghan Tallonstown",
                "",
            ),
            (
                "She said the two neighbours would give evidence that they heard it.",
                "Niamh Curraghbeg",
                "said",
                "",
            ),
        ],
        [
            (
                "Counsel for Declan Fahertybrook, Fiachra Moylinagh SC, said the neighbours had each given statements only in 2025, six years after the will was made.",
                "Fiachra Moylinagh",
                "said",
                "W",
            ),
            (
                "He said one of them was a cousin of the plaintiff's wife.",
                "Fiachra Moylinagh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Justice Tallonstown said the case raised “a very old question in a very modern form”.",
                "Eoghan Tallonstown",
                "said",
                "",
            ),
            (
                "He adjourned the hearing to 11 March and directed that the farm not be sold, leased or mortgaged in the meantime.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The said property is let to a neighbouring farmer on an 11-month conacre agreement, which the judge allowed to continue.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read More", "", "", "B"),
        ],
        [
            ("Roscommon mart: Weanling prices hold as numbers fall by a fifth", "", "", "B"),
        ],
        [
            (
                "Bridget Fahertybrook died in March 2024, aged 86, according to the death notice published at the time.",
                "the death notice published at the time",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A neighbour who did not want to be named said the family had been “the best of people” before the falling-out.",
                "A neighbour who did not want to be named",
                "said",
                "",
            ),
        ],
        [
            ("Neither brother spoke to reporters after the hearing.", "", "", ""),
        ],
        [
            (
                "Solicitors for Declan Fahertybrook said in a letter to the Observer that their client would “not be commenting on a matter that is before the courts”.",
                "Solicitors for Declan Fahertybrook",
                "said in a letter to the Observer",
                "",
            ),
        ],
        [
            (
                "Disputes over farms made up 9% of the Circuit Court's chancery list in 2025, according to figures from the Courts Service.",
                "figures from the Courts Service",
                "according to",
                "W",
            ),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Tributes paid to Strokestown publican (91)", "", "", "B"),
        ],
        [
            ("Council to spend €2.4m on Ballyfinnerty village renewal", "", "", "B"),
        ],
        [
            ("Five-car crash closes N61 for three hours", "", "", "B"),
        ],
        [
            ("Comments are disabled on court reports for legal reasons.", "", "", "B"),
        ],
        [
            (
                "Sign up to our newsletter for the week's news from Roscommon every Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Cloondarragh Observer Publishing DAC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   Contact   Privacy   Cookie Policy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("Murrumbeek Standard", "", "", "B"),
        ],
        [
            ("Murrumbeek 31° | Fire danger: HIGH | Total fire ban: No", "", "", "B"),
        ],
        [
            (
                "News   Sport   Community   Rural   Opinion   Classifieds   Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            (
                "Country police stations open less than half their advertised hours, inquiry told",
                "Wade Cullinbrook",
                "told",
                "W",
            ),
        ],
        [
            ("Jessamy Corrander", "", "", "B"),
        ],
        [
            ("+ Follow", "", "", "B"),
        ],
        [
            (
                "Updated February 10 2027 - 5:45am, first published February 9 2027 - 4:30pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Facebook   X   Email   Copy link", "", "", "B"),
        ],
        [
            ("Subscribers get unlimited access to local news.", "", "", "B"),
            ("Your first month is $1.", "", "", "B"),
        ],
        [
            ("Subscribe   Log in", "", "", "B"),
        ],
        [
            (
                "Country police stations in the state's north-west were open for less than half their advertised hours last year, the secretary of the police union has told a parliamentary inquiry.",
                "Wade Cullinbrook",
                "has told a parliamentary inquiry",
                "W",
            ),
        ],
        [
            (
                "Wade Cullinbrook, secretary of the Rural Police Members' Association, told the Legislative Council's justice committee in Melbourne on Tuesday that 14 of the 22 one- and two-officer stations in the Murrumbeek police division had been unstaffed for more than 1,000 hours each in 2026.",
                "Wade Cullinbrook",
                "told the Legislative Council's justice committee",
                "W",
            ),
            (
                "He said officers were routinely moved to cover shifts in larger towns, leaving a sign on the door and a phone number.",
                "Wade Cullinbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to rostering data tabled by Victoria Police at the hearing, the station at Gilgarrimbee Creek was staffed for 1,310 of its 2,920 advertised hours.",
                "rostering data tabled by Victoria Police at the hearing",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chief Superintendent Annika Forsterwell, the commander of the north-west region, told the committee that “advertised hours” was a misleading measure, because officers on patrol still answered calls from the area.",
                "Annika Forsterwell",
                "told the committee",
                "",
            ),
            (
                "She said average response times to urgent calls in the division had fallen from 24 minutes to 21 over two years.",
                "Annika Forsterwell",
                "said",
                "W",
            ),
        ],
        [
            (
                "The committee's chair, Petra Lindqvorst, asked her whether residents of Gilgarrimbee Creek knew that.",
                "Petra Lindqvorst",
                "asked",
                "",
            ),
            (
                "She replied that the force “could communicate better”.",
                "Annika Forsterwell",
                "replied",
                "",
            ),
        ],
        [
            (
                "Ms Lindqvorst said the committee had received 212 submissions, more than half of them from the north-west.",
                "Petra Lindqvorst",
                "said",
                "W",
            ),
        ],
        [
            (
                "Submissions from residents, published on the committee's website, describe waits of up to two hours for a car after break-ins and a family violence call.",
                "Submissions from residents",
                "describe",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Murrumbeek Shire mayor Cr Jodie Wattlecombe, who gave evidence after the police, said the town's station had been closed on 41 weekends last year.",
                "Jodie Wattlecombe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When the sign goes on the door, people stop ringing,” she told the committee.",
                "Jodie Wattlecombe",
                "told the committee",
                "",
            ),
            (
                "“They assume nobody is coming, and often they are right.",
                "Jodie Wattlecombe",
                "told the committee",
                "",
            ),
        ],
        [
            (
                "“So the crime figures go down and everyone says, well, it's a quiet town.",
                "Jodie Wattlecombe",
                "told the committee",
                "",
            ),
        ],
        [
            ("“It is not a quiet town.", "Jodie Wattlecombe", "told the committee", ""),
            (
                "It's a town that has stopped reporting.”",
                "Jodie Wattlecombe",
                "told the committee",
                "",
            ),
        ],
        [
            (
                "A senior officer in the region, who asked not to be named because he was not authorised to comment, said the division was 19 officers below its approved strength of 146.",
                "A senior officer in the region",
                "said",
                "W",
            ),
        ],
        [
            (
                "A media release issued on Tuesday afternoon in the name of the Police Minister, the Hon. Lachlan Wirrabee MP, said 502 recruits would graduate this year, “the largest intake in the state's history”.",
                "Lachlan Wirrabee",
                "said",
                "W",
            ),
            ("The release gave no figure for country stations.", "", "", ""),
        ],
        [
            (
                "Mr Cullinbrook said that was “the only question that matters”.",
                "Wade Cullinbrook",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Gilgarrimbee Creek pub fire treated as suspicious", "", "", "B"),
        ],
        [
            (
                "Figures from the state's Crime Statistics Agency show recorded offences in the Murrumbeek police division rose 6.1 per cent in the year to September.",
                "Figures from the state's Crime Statistics Agency",
                "show",
                "W",
            ),
        ],
        [
            ("The committee is due to report by June 30.", "", "", "W"),
        ],
        [
            (
                "Residents have been invited to a community forum with police at the Gilgarrimbee Creek hall on February 18 at 7pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Murrumbeek Show cancelled for second year over heat", "", "", "B"),
        ],
        [
            ("Council votes 5-2 to sell old saleyards site", "", "", "B"),
        ],
        [
            ("Truck rollover closes highway near Gilgarrimbee Creek", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Traditional Owners of the land on which the Standard is written and printed, and pay our respects to their Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Murrumbeek Standard Pty Ltd.", "", "", "B"),
            ("ABN 48 116 302 771", "", "", "B"),
        ],
        [
            (
                "Contact   Advertise   Privacy   Terms of Use   Conditions of Subscription",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE NYANDIWA LEDGER", "", "", "B"),
        ],
        [
            ("Home | News | Counties | Business | Sports | Opinion | Videos", "", "", "B"),
        ],
        [
            ("News > Counties > Kisumu", "", "", "B"),
        ],
        [
            ("Kisumu doctors' strike talks stall over Sh410m arrears", "", "", "W"),
        ],
        [
            (
                "Union says there will be no return to work without a written payment plan",
                "the Kisumu branch of the doctors' union",
                "says",
                "",
            ),
        ],
        [
            ("By Achieng' Rateng", "", "", "B"),
        ],
        [
            ("Published on: Tuesday, February 16, 2027 7:05 PM EAT", "", "", "B"),
        ],
        [
            ("Share:   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Patients wait outside the outpatient block at Kisumu's county referral hospital on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo | Ledger | Onyango Kogelonyi", "", "", "B"),
        ],
        [
            (
                "Talks to end a 23-day strike by doctors in Kisumu County broke down on Monday night over how and when the county will pay Sh410 million in salary arrears, according to both sides.",
                "both sides",
                "according to",
                "W",
            ),
        ],
        [
            (
                "On Tuesday the Kisumu branch of the doctors' union said it would not call off the strike without a payment plan “signed and dated, not promised on radio”.",
                "the Kisumu branch of the doctors' union",
                "said",
                "",
            ),
            (
                "Its secretary, Dr Otieno Magwarondo, said 214 doctors in the county's 11 hospitals had not been paid for December or January.",
                "Otieno Magwarondo",
                "said",
                "W",
            ),
        ],
        [
            (
                "County Executive Committee Member for Health Dr Fredrick Ndiege said the county had offered to clear the arrears in four instalments, starting on March 1.",
                "Fredrick Ndiege",
                "said",
                "W",
            ),
            ("He said the offer was made in writing on Monday.", "Fredrick Ndiege", "said", "W"),
        ],
        [
            (
                "Dr Magwarondo said no such letter had been received.",
                "Otieno Magwarondo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minutes of Monday's meeting, seen by the Ledger, record the county's team proposing the four instalments but do not mention a letter.",
                "Minutes of Monday's meeting",
                "record",
                "W",
            ),
        ],
        [
            (
                "A person familiar with the talks said the sticking point was a clause that would let the county delay any instalment if transfers from the national government arrived late.",
                "A person familiar with the talks",
                "said",
                "W",
            ),
            (
                "“That clause is the whole deal,” the person said.",
                "A person familiar with the talks",
                "said",
                "",
            ),
        ],
        [
            (
                "Two officials who asked not to be named said the county's equitable share for January had reached its account only on February 9.",
                "Two officials who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A statement from Governor Samson Kadenge, read at a press briefing by the county secretary, accused the union of “moving the goalposts”.",
                "Samson Kadenge",
                "accused",
                "",
            ),
            (
                "The statement said the county's wage bill had risen to 58% of its budget, far above the legal ceiling of 35%.",
                "Samson Kadenge",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "The chairman of the county assembly's health committee, Hon. Maurice Lwandaho, told the assembly on Tuesday afternoon that the committee would summon both sides on Thursday.",
                "Maurice Lwandaho",
                "told the assembly",
                "",
            ),
            (
                "He said the assembly had approved Sh380 million for arrears in the supplementary budget passed in November.",
                "Maurice Lwandaho",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Ndiege later said the money approved in November had gone to “other obligations that could not wait”, which he did not name.",
                "Fredrick Ndiege",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Nurses in Siaya give county seven days to pay allowances", "", "", "B"),
        ],
        [
            (
                "Relatives of patients at the county referral hospital said private pharmacies outside the gate had become the only source of some drugs.",
                "Relatives of patients at the county referral hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pamela Ogwel, whose mother has been on a ward there since February 2, said she had spent Sh14,500 on drugs in a week.",
                "Pamela Ogwel",
                "said",
                "W",
            ),
        ],
        [
            ("“The nurses are here and they are trying,” she said.", "Pamela Ogwel", "said", ""),
            ("“But there is no doctor on the ward at night.”", "Pamela Ogwel", "said", "W"),
        ],
        [
            (
                "The so-called return-to-work formula the two sides signed in 2024 expires in June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union's national office is expected to decide on Wednesday whether to back the Kisumu branch with a solidarity strike in three neighbouring counties.",
                "",
                "",
                "",
            ),
        ],
        [
            ("More from Counties", "", "", "B"),
        ],
        [
            ("Homa Bay: Fishermen protest new Sh2,000 landing fee", "", "", "B"),
        ],
        [
            ("Vihiga MCAs reject Sh7.2bn budget for second time", "", "", "B"),
        ],
        [
            ("Kakamega: 19 pupils hurt as school bus overturns", "", "", "B"),
        ],
        [
            ("Get breaking news on WhatsApp: join the Ledger channel.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("By commenting you agree to our community guidelines.", "", "", "B"),
        ],
        [
            ("© 2027 Nyandiwa Ledger Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE REGINA LAMPLIGHTER", "", "", "B"),
        ],
        [
            ("News   Opinion   Sports   Business   Arts   Life   Obituaries   ePaper", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Transit union serves 72-hour strike notice; Regina buses could stop Monday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Marguerite Vennicombe", "", "", "B"),
        ],
        [
            ("Published Feb 18, 2027  •  Last updated 9:40 p.m.  •  4 minute read", "", "", "B"),
        ],
        [
            ("You've read three of your five free articles this month.", "", "", "B"),
            ("Subscribe for unlimited access from $3.99 a week.", "", "", "B"),
        ],
        [
            ("Subscribe   |   Sign in", "", "", "B"),
        ],
        [
            (
                "REGINA — The union representing 410 Regina Transit drivers and mechanics served 72-hour strike notice on Thursday, meaning buses could stop running as early as 12:01 a.m. Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local 212 of the Prairie Transit Workers Union said it was “out of road” after 14 months without a contract.",
                "Local 212 of the Prairie Transit Workers Union",
                "said",
                "",
            ),
            (
                "Its president, Gordon Maskelwood, said the city's latest offer was “a pay cut once you count groceries”.",
                "Gordon Maskelwood",
                "said",
                "",
            ),
            (
                "He said the offer was 9.5 per cent over four years, against the union's ask of 14 per cent.",
                "Gordon Maskelwood",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's chief negotiator, Neville Traskmore, said the offer was worth 11 per cent once a signing bonus and a shift premium were included.",
                "Neville Traskmore",
                "said",
                "W",
            ),
            (
                "He said the city had moved three times since November and the union once.",
                "Neville Traskmore",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maskelwood disputed that, saying the union had come down from 17 per cent in December.",
                "Gordon Maskelwood",
                "disputed that, saying",
                "W",
            ),
        ],
        [
            (
                "A person familiar with the talks said the two sides were “about a point and a half apart” when they broke off at about 4 p.m. Thursday.",
                "A person familiar with the talks",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "A memo to city council from the city manager's office, dated Feb. 12 and obtained by the Lamplighter, estimates that a strike would save the city about $390,000 a week in wages and fuel but cost $210,000 in lost fares.",
                "A memo to city council from the city manager's office",
                "estimates",
                "W",
            ),
            (
                "The memo says the city's paratransit service, which carries about 1,100 riders a day, would keep running.",
                "The memo",
                "says",
                "W",
            ),
        ],
        [
            (
                "Coun. Bernadette Oyelowski, who chairs council's transit committee, said she had not seen the memo until a reporter sent it to her on Wednesday.",
                "Bernadette Oyelowski",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I find it extraordinary that a document like this is in a reporter's inbox before it's in mine,” she said.",
                "Bernadette Oyelowski",
                "said",
                "",
            ),
        ],
        [
            ("“Council sets the mandate for these talks.", "Bernadette Oyelowski", "said", ""),
            (
                "We can't set a mandate on numbers we haven't seen.",
                "Bernadette Oyelowski",
                "said",
                "",
            ),
        ],
        [
            (
                "“I'll be asking for a special meeting on Monday.”",
                "Bernadette Oyelowski",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Carolyn Makowsky said in a post on X on Thursday evening that council had “full confidence” in its negotiating team.",
                "Carolyn Makowsky",
                "said in a post on X",
                "",
            ),
            (
                "She did not respond to a question about the memo.",
                "Carolyn Makowsky",
                "did not respond to a question",
                "",
            ),
        ],
        [
            (
                "Riders waiting at the downtown terminal on Thursday said a strike would hit shift workers hardest.",
                "Riders waiting at the downtown terminal",
                "said",
                "",
            ),
        ],
        [
            (
                "“I start at the hospital laundry at six,” said Tomasz Wierzbowiak, 52.",
                "Tomasz Wierzbowiak",
                "said",
                "",
            ),
            ("“No bus, no job, basically.”", "Tomasz Wierzbowiak", "said", ""),
        ],
        [
            (
                "Regina Transit carried 6.2 million riders in 2026, according to the city's annual report.",
                "the city's annual report",
                "according to",
                "W",
            ),
            ("The last transit strike in the city, in 2011, lasted 19 days.", "", "", "W"),
        ],
        [
            ("No new talks are scheduled, both sides said.", "both sides", "said", "W"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Council approves 3.9 per cent tax increase after nine-hour debate", "", "", "B"),
        ],
        [
            ("Regina Transit to add 14 electric buses by fall", "", "", "B"),
        ],
        [
            ("Sign up for the Lamplighter's Headline News newsletter", "", "", "B"),
            (
                "By signing up you consent to receive emails from the Regina Lamplighter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Join the conversation.", "", "", "B"),
            ("Comments are reviewed before they appear.", "", "", "B"),
        ],
        [
            ("© 2027 Regina Lamplighter, a division of Plainsreach Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact Us   Privacy Policy   Terms of Use   Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("QUELLWORTH COUNTY CLARION", "", "", "B"),
        ],
        [
            (
                "Home  |  News  |  Sports  |  Obituaries  |  Opinion  |  E-Edition  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "State audit finds jail health contractor billed for 1,900 nurse shifts it did not staff",
                "a report by the state auditor's office",
                "finds",
                "W",
            ),
        ],
        [
            ("By Lucinda Pykeharrow", "", "", "B"),
        ],
        [
            ("Staff Writer", "", "", "B"),
        ],
        [
            ("Feb 24, 2027  Updated 6:18 PM", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   Email   Print   Save", "", "", "B"),
        ],
        [
            ("The Quellworth County jail on Quillistan Avenue.", "", "", ""),
        ],
        [
            ("Clarion file photo", "", "", "B"),
        ],
        [
            (
                "QUELLWORTH — The private company that provides medical care at the Quellworth County jail billed the county for 1,912 nursing shifts in 2025 that were never worked, a report by the state auditor's office found.",
                "a report by the state auditor's office",
                "found",
                "W",
            ),
            (
                "The company, Breyvale Correctional Health LLC, was paid about $611,000 for those shifts, the report says.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "According to the report, the company's timesheets listed nurses as on duty at the jail on days when payroll records show they were working at a hospital 40 miles away.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "State Auditor Deborah Kinsvoll said in a news release that her office had referred its findings to the county prosecutor.",
                "Deborah Kinsvoll",
                "said in a news release",
                "W",
            ),
            (
                "“Taxpayers paid for care that, on paper, was delivered by people who were somewhere else,” Kinsvoll said.",
                "Deborah Kinsvoll",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheriff Renata Vallimore, whose office oversees the contract, said she had asked the county's three commissioners to end it.",
                "Renata Vallimore",
                "said",
                "W",
            ),
            (
                "She said the jail, which holds about 340 people on an average night, would bring in temporary nurses through a staffing agency until a new contract was signed.",
                "Renata Vallimore",
                "said",
                "",
            ),
        ],
        [
            (
                "Vallimore, a Republican, and Kinsvoll, a Democrat, have clashed over jail spending before.",
                "",
                "",
                "",
            ),
            (
                "In 2024, the auditor's office flagged $84,000 in overtime at the jail that it said had not been approved.",
                "the state auditor's office",
                "said",
                "W",
            ),
            (
                "The sheriff said at the time that her office had “a paperwork problem, not a people problem.”",
                "Renata Vallimore",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The company is also being sued by the family of a man who died in the jail in August 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Court papers say Dorian Estabrooke, 29, was found unresponsive in a holding cell 31 hours after he told a deputy he had chest pains, and that no nurse saw him in that time.",
                "Court papers",
                "say",
                "W",
            ),
            (
                "The lawsuit, filed in federal court in Columbus, seeks unspecified damages.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The audit tells you what the family has been saying for 18 months,” said Marcus Ellerthwaite Sr., the family's attorney.",
                "Marcus Ellerthwaite Sr.",
                "said",
                "",
            ),
            ("“There was nobody there.”", "Marcus Ellerthwaite Sr.", "said", ""),
        ],
        [
            (
                "A spokesperson for Breyvale said in an email that the company “disputes the auditor's methodology” and that the nurses named in the report had worked split shifts at both sites.",
                "A spokesperson for Breyvale",
                "said in an email",
                "W",
            ),
            (
                "The spokesperson declined to say whether the company would repay the money.",
                "A spokesperson for Breyvale",
                "declined to say",
                "",
            ),
        ],
        [
            ("RELATED: County commissioners delay vote on jail expansion", "", "", "B"),
        ],
        [
            (
                "State Rep. Curtis Wendeverill, R-Quellworth, said he would introduce a bill requiring jail health contractors to use the same electronic timekeeping as state prisons.",
                "Curtis Wendeverill",
                "said",
                "",
            ),
            (
                "He said at least nine Ohio counties use the same company.",
                "Curtis Wendeverill",
                "said",
                "W",
            ),
        ],
        [
            (
                "The commissioners are scheduled to vote on the contract at 10 a.m. Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lucinda Pykeharrow covers county government and courts for the Clarion.",
                "",
                "",
                "B",
            ),
            ("Reach her at 419-555-0182.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Jail population hits 10-year high as court backlog grows", "", "", "B"),
        ],
        [
            ("Sheriff asks for 12 more deputies in 2027 budget", "", "", "B"),
        ],
        [
            ("Former jail nurse sues county over firing", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for 99¢ for the first month.", "", "", "B"),
        ],
        [
            ("© 2027 Quellworth County Clarion.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("Read today's e-paper on the app.", "", "", "B"),
            ("Download now.", "", "", "B"),
        ],
        [
            ("THE AWADH SENTINEL", "", "", "B"),
        ],
        [
            ("India | Cities | World | Business | Sports | Education | Opinion", "", "", "B"),
        ],
        [
            ("Cities / Lucknow", "", "", "B"),
        ],
        [
            (
                "Results of 1.2 lakh students delayed as Lucknow varsity and evaluation firm trade blame",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Vaibhav Tandonwal", "", "", "B"),
        ],
        [
            ("Lucknow | Updated: January 30, 2027 22:41 IST", "", "", "B"),
        ],
        [
            ("Follow Us   |   Share", "", "", "B"),
        ],
        [
            (
                "LUCKNOW: Semester results for about 1.2 lakh undergraduate students of Gomtinagar Vishwavidyalaya are more than seven weeks late, and the university and the private firm it hired to evaluate answer sheets are in a public row over who is to blame.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to a circular issued by the registrar on Friday, results for BA, BSc and BCom fifth-semester exams held in November will now be declared “by February 20”.",
                "a circular issued by the registrar on Friday",
                "according to",
                "",
            ),
        ],
        [
            (
                "Vice-Chancellor Prof. Harishankar Doondiyal said the Noida-based firm, Markwise Assessment Services Pvt. Ltd., had returned only 61% of the 9.8 lakh answer sheets on time.",
                "Harishankar Doondiyal",
                "said",
                "W",
            ),
            (
                "He said the university had issued the firm a show-cause notice on January 22.",
                "Harishankar Doondiyal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The firm's director, Kunal Bhatnagrey, said in a statement that the university had sent the answer sheets three weeks late and without the barcoded cover pages required by the contract.",
                "Kunal Bhatnagrey",
                "said in a statement",
                "W",
            ),
            (
                "He said 38% of the sheets had arrived with missing or wrong roll numbers.",
                "Kunal Bhatnagrey",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof. Doondiyal called the statement “an attempt to hide behind paperwork”.",
                "Harishankar Doondiyal",
                "called",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "University sources said the contract, worth ₹4.6 crore, was awarded in 2025 without a second round of bids after the only other bidder was disqualified.",
                "University sources",
                "said",
                "W",
            ),
        ],
        [
            (
                "Registrar Dr. Anupam Kesarwaniya declined to comment on the contract, saying the matter was “under examination by the executive council”.",
                "Anupam Kesarwaniya",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Controller of Examinations Prof. Meenal Ruhelkar said evaluation of the remaining 3.8 lakh answer sheets had been moved to 14 of the university's own colleges, where 620 teachers were working in two shifts.",
                "Meenal Ruhelkar",
                "said",
                "W",
            ),
            (
                "She said results for the BCom course would be declared first, “possibly by February 12”.",
                "Meenal Ruhelkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Students who gathered outside the administrative block on Saturday said the delay had cost some of them admission to postgraduate courses at other universities, whose deadlines have passed.",
                "Students who gathered outside the administrative block",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I have an offer letter from a university in Pune that expires on February 5, and I cannot send a marksheet I don't have,” said Ishita Raghukherwal, a final-year BSc student.",
                "Ishita Raghukherwal",
                "said",
                "W",
            ),
        ],
        [
            ("“They keep saying February 20.", "Ishita Raghukherwal", "said", ""),
            ("Last month they said January 10.", "Ishita Raghukherwal", "said", "W"),
        ],
        [
            ("“Who will give me back this year?”", "Ishita Raghukherwal", "said", ""),
        ],
        [
            (
                "Also Read | Lucknow: 40 colleges lose affiliation over faculty shortage",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a post on X, local MLA Sunanda Raikwar said she had written to the state's higher education minister seeking an inquiry.",
                "Sunanda Raikwar",
                "said",
                "W",
            ),
            ("She also posted a photograph of the letter, dated January 28.", "", "", "W"),
        ],
        [
            (
                "The so-called “digital evaluation” system was introduced in 2025 to cut the time taken to declare results, which had averaged 11 weeks, according to the university's annual report for 2024-25.",
                "the university's annual report for 2024-25",
                "according to",
                "W",
            ),
        ],
        [
            ("The executive council will meet on February 3.", "", "", ""),
        ],
        [
            ("Tags: Lucknow, Exams, Results, Higher Education", "", "", "B"),
        ],
        [
            ("Top News", "", "", "B"),
        ],
        [
            ("Cold wave: Schools in Lucknow shut till Monday", "", "", "B"),
        ],
        [
            ("UP Budget 2027: ₹8,400 crore for new medical colleges", "", "", "B"),
        ],
        [
            ("Follow the Awadh Sentinel on Google News.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Awadh Sentinel Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("ASANWINSO MIRROR ONLINE", "", "", "B"),
        ],
        [
            ("Home   News   Politics   Business   Regional   Religion   Sports", "", "", "B"),
        ],
        [
            ("News › Regional", "", "", "B"),
        ],
        [
            (
                "Bishop says chief sold 11 acres of mission school's land",
                "Kwabena Sekyiwaah",
                "says",
                "W",
            ),
        ],
        [
            ("By Yaa Aberfiwaa", "", "", "B"),
        ],
        [
            ("February 11, 2027", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            ("Part of the cleared farmland behind Asanwinso Methodist Girls' School.", "", "", ""),
        ],
        [
            ("Photo credit: Kwaku Badoe", "", "", "B"),
        ],
        [
            (
                "A Methodist bishop has accused the chief of Asanwinso in the Ashanti Region of selling 11 acres of land belonging to a 96-year-old mission school to a private developer.",
                "Kwabena Sekyiwaah",
                "has accused",
                "W",
            ),
        ],
        [
            (
                "The Rt. Rev. Kwabena Sekyiwaah, Bishop of the Asanwinso Diocese, told journalists on Wednesday that the land had been given to Asanwinso Methodist Girls' School by a former chief in 1931 and was recorded in the school's deed.",
                "Kwabena Sekyiwaah",
                "told journalists",
                "W",
            ),
            (
                "He said bulldozers had cleared part of the school's farm on February 6 without notice.",
                "Kwabena Sekyiwaah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have buried our students' dreams under those bulldozers,” the bishop said.",
                "Kwabena Sekyiwaah",
                "said",
                "",
            ),
        ],
        [
            ("“This is not the first time.", "Kwabena Sekyiwaah", "said", ""),
            (
                "In 2018 they took four acres at the back for a filling station, and we said nothing because we wanted peace.",
                "Kwabena Sekyiwaah",
                "said",
                "W",
            ),
        ],
        [
            ("“This time we will not keep quiet.”", "Kwabena Sekyiwaah", "said", ""),
        ],
        [
            (
                "But the chief's spokesman, Okyeame Kofi Nyamekyebadu, said the land had been lent to the school, not given, and that the stool still held the allodial title.",
                "Kofi Nyamekyebadu",
                "said",
                "W",
            ),
            (
                "He said the chief, Nana Adu Sarbengkyi III, had “every right” to lease stool land.",
                "Kofi Nyamekyebadu",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Records at the Lands Commission in Kumasi show that a 50-year lease over 11.2 acres at Asanwinso was registered to Kwanfiase Estates Ltd. in December 2026.",
                "Records at the Lands Commission in Kumasi",
                "show",
                "W",
            ),
            ("The records do not show who signed for the lessor.", "", "", "W"),
            (
                "Kwanfiase Estates could not be reached for comment.",
                "Kwanfiase Estates Ltd.",
                "could not be reached for comment",
                "",
            ),
        ],
        [
            (
                "The school's headmistress, Mrs Gifty Brenyahwaa, said the cleared land had supplied maize and cassava to the dining hall for 640 boarders.",
                "Gifty Brenyahwaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Asanwinso District Chief Executive, Alhaji Issahaku Mahamaduwa, said the district security council had ordered work on the land to stop until the dispute was resolved.",
                "Issahaku Mahamaduwa",
                "said",
                "W",
            ),
            ("He said he had met both parties on Tuesday.", "Issahaku Mahamaduwa", "said", "W"),
        ],
        [
            (
                "A source at the district assembly who asked not to be named said a building permit for the site had been applied for in January but had not been granted.",
                "A source at the district assembly who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Member of Parliament for Asanwinso, Hon. Kwame Afrifahene, said in a post on Facebook that the clearing was “regrettable” and called for calm.",
                "Kwame Afrifahene",
                "said in a post on Facebook",
                "",
            ),
        ],
        [
            ("READ ALSO: Kumasi: Traders relocated as Kejetia road works begin", "", "", "B"),
        ],
        [
            (
                "Residents of Asanwinso, some of whom attended the school, said they feared the dispute could divide the town.",
                "Residents of Asanwinso",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our mothers went to that school,” said Akosua Pokuaa, a trader.",
                "Akosua Pokuaa",
                "said",
                "",
            ),
            ("“Our daughters are there now.”", "Akosua Pokuaa", "said", ""),
        ],
        [
            (
                "The so-called “Mission lands” dispute has been before the Asanwinso Traditional Council since 2019, according to the council's registrar.",
                "the council's registrar",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The bishop said the diocese would go to the High Court if the lease was not cancelled within 14 days.",
                "Kwabena Sekyiwaah",
                "said",
                "",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Ashanti: 3 arrested over illegal mining near Offin river", "", "", "B"),
        ],
        [
            ("Mampong Municipal Assembly to spend GH₵2.1m on market", "", "", "B"),
        ],
        [
            ("Teachers in Ejisu protest unpaid allowances", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments are the views of readers and not those of Asanwinso Mirror Online.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Asanwinso Mirror Online.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Waikopiro Press", "", "", "B"),
        ],
        [
            ("Waikopiro 17° Showers   |   High tide 4.12pm", "", "", "B"),
        ],
        [
            ("News   Business   Farming   Sport   Opinion   Notices   Puzzles", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Meat processor to shut Waikopiro plant, 380 jobs to go", "", "", "W"),
        ],
        [
            (
                "Analysts say falling lamb numbers left the plant ‘running on fumes’ for two seasons",
                "Analysts",
                "say",
                "",
            ),
        ],
        [
            ("Rangi Hollowbrae", "", "", "B"),
        ],
        [
            ("Business reporter", "", "", "B"),
        ],
        [
            ("Monday 1 February 2027, 5:20pm", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "WAIKOPIRO — Kerehoa Meats will close its Waikopiro sheep processing plant at the end of the current season in May, with the loss of about 380 jobs, the company told the NZX on Monday.",
                "the company",
                "told the NZX",
                "W",
            ),
        ],
        [
            (
                "In a statement to the exchange, the Dunedin-based processor said lamb kills at the plant had fallen 34% in five years, to 610,000 in the 2025-26 season.",
                "the Dunedin-based processor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Graham Tautahiwai said the decision was “the hardest this board has made”.",
                "Graham Tautahiwai",
                "said",
                "",
            ),
            (
                "He said the company would offer redeployment to 120 staff at its two other plants and pay redundancy of up to 26 weeks.",
                "Graham Tautahiwai",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nobody in this company wanted to be standing here,” he told staff at a meeting in the plant's cafeteria, according to a recording heard by the Press.",
                "Graham Tautahiwai",
                "told staff",
                "",
            ),
        ],
        [
            (
                "“But we have run this plant at a loss for two seasons.",
                "Graham Tautahiwai",
                "told staff",
                "W",
            ),
            ("We cannot run it for a third.”", "Graham Tautahiwai", "told staff", ""),
        ],
        [
            (
                "The company's chairman, Sir Hamish Pleetwood, said in the statement that the board had considered a sale of the plant but no buyer had come forward.",
                "Hamish Pleetwood",
                "said in the statement",
                "W",
            ),
        ],
        [
            (
                "A person familiar with the sale process said two parties, one of them an Australian processor, had looked at the plant in 2026 but neither had made an offer.",
                "A person familiar with the sale process",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Southern Meat and Related Trades Union organiser Hinerangi Potaewhiti said members had been told at 7.30am and sent home on full pay.",
                "Hinerangi Potaewhiti",
                "said",
                "W",
            ),
            (
                "She said many of them had worked at the plant for more than 20 years.",
                "Hinerangi Potaewhiti",
                "said",
                "W",
            ),
        ],
        [
            (
                "Waikopiro District mayor Tracey Ormsbrook said the plant was the district's largest private employer.",
                "Tracey Ormsbrook",
                "said",
                "W",
            ),
            (
                "She said she had asked the Government for a regional recovery package.",
                "Tracey Ormsbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've been here before, with the dairy factory in 2011, and we got through it,” the mayor said.",
                "Tracey Ormsbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ormsbrook said the council's own figures show the plant's wages are worth about $31 million a year to the district.",
                "Tracey Ormsbrook",
                "said",
                "W",
            ),
        ],
        [
            ("Analysts said the closure was no surprise.", "Analysts", "said", ""),
            (
                "Kelpstone Securities analyst Dr Mereana Whitlowrie wrote in a note to clients that the national lamb crop had fallen in nine of the past ten years.",
                "Mereana Whitlowrie",
                "wrote in a note to clients",
                "W",
            ),
            (
                "She said further closures were “likely within three seasons”.",
                "Mereana Whitlowrie",
                "said",
                "",
            ),
        ],
        [
            ("Related: Dairy payout forecast lifted to $10.40", "", "", "B"),
        ],
        [
            (
                "New Zealand's sheep flock fell to 22.4 million in June 2026, according to Stats NZ.",
                "Stats NZ",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In a post on LinkedIn, the plant's former manager, Bruce Arahanga, said the site had “the best butchers in the country and the worst luck”.",
                "Bruce Arahanga",
                "said",
                "",
            ),
        ],
        [
            ("Kerehoa shares fell 4.2% to $1.37 on Monday.", "", "", "W"),
        ],
        [
            ("Most popular", "", "", "B"),
        ],
        [
            ("Boil-water notice lifted for Waikopiro township", "", "", "B"),
        ],
        [
            ("Two hurt as car hits power pole on State Highway 1", "", "", "B"),
        ],
        [
            ("Rugby: Waikopiro Rams sign former provincial lock", "", "", "B"),
        ],
        [
            ("Get our free morning newsletter.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("© 2027 Waikopiro Press Limited.", "", "", "B"),
        ],
        [
            ("Contact   Advertise   Privacy   Terms   Complaints", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MOOIRIVIER NEWS", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Business | Sport | Lifestyle | Opinion", "", "", "B"),
        ],
        [
            ("News / North West", "", "", "B"),
        ],
        [
            (
                "Water tanker boss told commission he paid R2.3m to ‘consultant’ linked to former manager",
                "Lesego Mabitselana",
                "told",
                "W",
            ),
        ],
        [
            (
                "Former municipal manager denies knowing the consultant, calls claim ‘a fairy tale’",
                "Thulani Mphahlelwane",
                "denies",
                "",
            ),
        ],
        [
            ("Pule Moruakgomo", "", "", "B"),
        ],
        [
            ("03 March 2027 - 06:30", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Tanker trucks parked at the Rietkuil municipal depot.", "", "", ""),
        ],
        [
            ("Image: Supplied", "", "", "B"),
        ],
        [
            (
                "The director of a company paid R48 million for emergency water tanker services by the Rietkuil Local Municipality told a commission of inquiry on Tuesday that he had paid R2.3 million to a “consultant” at the request of the municipality's former manager.",
                "Lesego Mabitselana",
                "told a commission of inquiry",
                "W",
            ),
        ],
        [
            (
                "Lesego Mabitselana, the sole director of Lefika-Metsi Logistics (Pty) Ltd, said the payments were made in 11 instalments between March and November 2024.",
                "Lesego Mabitselana",
                "said",
                "W",
            ),
            (
                "He told the commission that the former municipal manager, Thulani Mphahlelwane, had given him the consultant's bank details “on a piece of paper, in his car”.",
                "Lesego Mabitselana",
                "told the commission",
                "W",
            ),
        ],
        [
            (
                "Bank statements shown to the commission show the money went to an account in the name of Kgwedi Advisory Services, a close corporation registered in 2023.",
                "Bank statements shown to the commission",
                "show",
                "W",
            ),
            (
                "According to company records, its sole member is a woman who shares an address with Mphahlelwane's brother.",
                "company records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Evidence leader Adv. Bongani Sekhukhwana asked Mabitselana why he had not reported the request to the police.",
                "Bongani Sekhukhwana",
                "asked",
                "",
            ),
            (
                "He said he had been afraid of losing the contract, which made up 80% of his company's turnover.",
                "Lesego Mabitselana",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Mphahlelwane, who gave evidence in the afternoon, denied knowing the consultant or the woman.",
                "Thulani Mphahlelwane",
                "denied",
                "",
            ),
            (
                "He told the commission that he had never met Mabitselana outside the municipal offices, and called his evidence “a fairy tale written by a man who is trying to save himself”.",
                "Thulani Mphahlelwane",
                "told the commission",
                "",
            ),
            (
                "He said the tanker contracts had been approved by the council's bid adjudication committee, not by him alone.",
                "Thulani Mphahlelwane",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minutes of the committee's meeting of 2 February 2024, placed before the commission, record that Mphahlelwane chaired it.",
                "Minutes of the committee's meeting of 2 February 2024",
                "record",
                "W",
            ),
        ],
        [
            (
                "Adv. Johan Ramelaar, for the municipality, argued that the contracts had been justified because two of the town's three boreholes had failed in January 2024.",
                "Johan Ramelaar",
                "argued",
                "W",
            ),
        ],
        [
            (
                "The commission's chairperson, retired judge Justice Dineo Ramatlhodi, said the commission would ask the Hawks to investigate.",
                "Dineo Ramatlhodi",
                "said",
                "",
            ),
        ],
        [
            (
                "“I want to be careful here,” Justice Ramatlhodi said.",
                "Dineo Ramatlhodi",
                "said",
                "",
            ),
            (
                "“The commission makes findings; it does not convict anyone.",
                "Dineo Ramatlhodi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“But where the evidence points to a crime, it would be a dereliction of our duty not to refer it.”",
                "Dineo Ramatlhodi",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE: Rietkuil residents march over 19-day water outage", "", "", "B"),
        ],
        [
            (
                "Residents of Rietkuil's Extension 7 said tankers had come “once a week if we are lucky” during the months the company was paid for daily deliveries.",
                "Residents of Rietkuil's Extension 7",
                "said",
                "W",
            ),
        ],
        [
            (
                "A report by the Auditor-General flagged the so-called emergency contracts as irregular expenditure in 2025, according to the municipality's annual report.",
                "the municipality's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The inquiry was appointed by the provincial government in October 2026 and has heard from 23 witnesses.",
                "",
                "",
                "W",
            ),
            ("Hearings resume on Monday.", "", "", ""),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Mahikeng: Three councillors suspended over housing list", "", "", "B"),
        ],
        [
            ("Power: Load reduction hits 14 North West towns", "", "", "B"),
        ],
        [
            ("Rietkuil clinic to open 24 hours from April", "", "", "B"),
        ],
        [
            ("Sign up for our daily newsletter.", "", "", "B"),
        ],
        [
            ("© 2027 Mooirivier News (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us | Terms | Privacy | PAIA Manual", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n115-en-ch-supt-she",
        "Chief Superintendent Harriet Oddingfold, who commands policing in the town, told the police and crime panel on Tuesday that the desk now took an average of 11 visitors a day, down from 46 in 2015. Most of those visits were to hand in lost property or to show a driving licence, she said.",
        [
            "Chief Superintendent Harriet Oddingfold, who commands policing in the town, told the police and crime panel on Tuesday that the desk now took an average of 11 visitors a day, down from 46 in 2015.",
            "Most of those visits were to hand in lost property or to show a driving licence, she said.",
        ],
    ),
    (
        "n115-en-statement-open",
        "“Nobody in Wendlesbury is being left without a police officer,” she said in a statement after the meeting. “What people tell me they want is a face they recognise on the high street, not a buzzer on a door.",
        [
            "“Nobody in Wendlesbury is being left without a police officer,” she said in a statement after the meeting.",
            "“What people tell me they want is a face they recognise on the high street, not a buzzer on a door.",
        ],
    ),
    (
        "n115-en-ltd-registered",
        "© 2027 Wendlesbury Argus Ltd. Registered in England and Wales No. 09318842.",
        ["© 2027 Wendlesbury Argus Ltd.", "Registered in England and Wales No. 09318842."],
    ),
    (
        "n115-ng-alhaji-told",
        "“Many of these people took loans in December to stock up for Ramadan,” Alhaji Maikwaro-Dambatta told journalists at the market on Monday. “Some of them had goods worth ₦30 million in one shop.",
        [
            "“Many of these people took loans in December to stock up for Ramadan,” Alhaji Maikwaro-Dambatta told journalists at the market on Monday.",
            "“Some of them had goods worth ₦30 million in one shop.",
        ],
    ),
    (
        "n115-ng-am-he-said",
        "The Comptroller of the state fire service, Abdulmalik Yarimawa, said the fire was reported at 4:52 a.m. and the first engine arrived 19 minutes later. He said the crew could not get close because traders had built stalls across the access road, a problem the service had written to the market's management about twice in 2026.",
        [
            "The Comptroller of the state fire service, Abdulmalik Yarimawa, said the fire was reported at 4:52 a.m. and the first engine arrived 19 minutes later.",
            "He said the crew could not get close because traders had built stalls across the access road, a problem the service had written to the market's management about twice in 2026.",
        ],
    ),
    (
        "n115-ng-register-asked",
        "“Which register?” asked Maryam Kabirwa, who sold wrappers in the textile section for 17 years. She said she lost stock worth ₦6.2 million.",
        [
            "“Which register?” asked Maryam Kabirwa, who sold wrappers in the textile section for 17 years.",
            "She said she lost stock worth ₦6.2 million.",
        ],
    ),
    (
        "n115-my-mohd-said",
        "State infrastructure committee chairman Datuk Mohd Said Hanifuddin said the state had issued two notices of default to the contractor, Serandau Jaya Bina Sdn Bhd, in 2025. Mohd Said said the firm had been given until June 30 to finish the first phase, failing which the contract would be terminated.",
        [
            "State infrastructure committee chairman Datuk Mohd Said Hanifuddin said the state had issued two notices of default to the contractor, Serandau Jaya Bina Sdn Bhd, in 2025.",
            "Mohd Said said the firm had been given until June 30 to finish the first phase, failing which the contract would be terminated.",
        ],
    ),
    (
        "n115-my-officials-one",
        "Two officials at the state Drainage and Irrigation Department, who asked not to be named because they were not authorised to speak to the media, said the contractor had fewer than 20 workers on site for most of 2026. One of the officials said the site had flooded twice during the works, in December 2025 and again last month.",
        [
            "Two officials at the state Drainage and Irrigation Department, who asked not to be named because they were not authorised to speak to the media, said the contractor had fewer than 20 workers on site for most of 2026.",
            "One of the officials said the site had flooded twice during the works, in December 2025 and again last month.",
        ],
    ),
    (
        "n115-my-normah-67",
        "“Every time, they say next year,” she said. “I am 67. I don't have many next years left.”",
        [
            "“Every time, they say next year,” she said.",
            "“I am 67.",
            "I don't have many next years left.”",
        ],
    ),
    (
        "n115-ie-affidavit-he",
        "In an affidavit, Colm Fahertybrook says his mother, Bridget Fahertybrook, told him in the kitchen of the farmhouse in May 2011, in front of two neighbours, that “the land is yours if you stay and work it”. He says he gave up a job with a co-op in Galway to do so, and worked the farm without wages for 12 years.",
        [
            "In an affidavit, Colm Fahertybrook says his mother, Bridget Fahertybrook, told him in the kitchen of the farmhouse in May 2011, in front of two neighbours, that “the land is yours if you stay and work it”.",
            "He says he gave up a job with a co-op in Galway to do so, and worked the farm without wages for 12 years.",
        ],
    ),
    (
        "n115-ie-denies-replying",
        "Declan Fahertybrook denies that any promise was made. In a replying affidavit, he says his brother was paid “by way of the milk cheque” and lived rent-free in the farmhouse throughout. He says their mother changed her will in 2019 “with full knowledge and of sound mind”, after a solicitor read it over to her twice.",
        [
            "Declan Fahertybrook denies that any promise was made.",
            "In a replying affidavit, he says his brother was paid “by way of the milk cheque” and lived rent-free in the farmhouse throughout.",
            "He says their mother changed her will in 2019 “with full knowledge and of sound mind”, after a solicitor read it over to her twice.",
        ],
    ),
    (
        "n115-ie-justice-adjourned",
        "Mr Justice Tallonstown said the case raised “a very old question in a very modern form”. He adjourned the hearing to 11 March and directed that the farm not be sold, leased or mortgaged in the meantime.",
        [
            "Mr Justice Tallonstown said the case raised “a very old question in a very modern form”.",
            "He adjourned the hearing to 11 March and directed that the farm not be sold, leased or mortgaged in the meantime.",
        ],
    ),
    (
        "n115-au-asked-replied",
        "The committee's chair, Petra Lindqvorst, asked her whether residents of Gilgarrimbee Creek knew that. She replied that the force “could communicate better”.",
        [
            "The committee's chair, Petra Lindqvorst, asked her whether residents of Gilgarrimbee Creek knew that.",
            "She replied that the force “could communicate better”.",
        ],
    ),
    (
        "n115-au-hon-release",
        "A media release issued on Tuesday afternoon in the name of the Police Minister, the Hon. Lachlan Wirrabee MP, said 502 recruits would graduate this year, “the largest intake in the state's history”. The release gave no figure for country stations.",
        [
            "A media release issued on Tuesday afternoon in the name of the Police Minister, the Hon. Lachlan Wirrabee MP, said 502 recruits would graduate this year, “the largest intake in the state's history”.",
            "The release gave no figure for country stations.",
        ],
    ),
    (
        "n115-au-quiet-town",
        "“It is not a quiet town. It's a town that has stopped reporting.”",
        ["“It is not a quiet town.", "It's a town that has stopped reporting.”"],
    ),
    (
        "n115-ke-dr-he-said",
        "County Executive Committee Member for Health Dr Fredrick Ndiege said the county had offered to clear the arrears in four instalments, starting on March 1. He said the offer was made in writing on Monday.",
        [
            "County Executive Committee Member for Health Dr Fredrick Ndiege said the county had offered to clear the arrears in four instalments, starting on March 1.",
            "He said the offer was made in writing on Monday.",
        ],
    ),
    (
        "n115-ke-person-said",
        "A person familiar with the talks said the sticking point was a clause that would let the county delay any instalment if transfers from the national government arrived late. “That clause is the whole deal,” the person said.",
        [
            "A person familiar with the talks said the sticking point was a clause that would let the county delay any instalment if transfers from the national government arrived late.",
            "“That clause is the whole deal,” the person said.",
        ],
    ),
    (
        "n115-ke-hon-assembly",
        "The chairman of the county assembly's health committee, Hon. Maurice Lwandaho, told the assembly on Tuesday afternoon that the committee would summon both sides on Thursday. He said the assembly had approved Sh380 million for arrears in the supplementary budget passed in November.",
        [
            "The chairman of the county assembly's health committee, Hon. Maurice Lwandaho, told the assembly on Tuesday afternoon that the committee would summon both sides on Thursday.",
            "He said the assembly had approved Sh380 million for arrears in the supplementary budget passed in November.",
        ],
    ),
    (
        "n115-ca-its-president",
        "Local 212 of the Prairie Transit Workers Union said it was “out of road” after 14 months without a contract. Its president, Gordon Maskelwood, said the city's latest offer was “a pay cut once you count groceries”. He said the offer was 9.5 per cent over four years, against the union's ask of 14 per cent.",
        [
            "Local 212 of the Prairie Transit Workers Union said it was “out of road” after 14 months without a contract.",
            "Its president, Gordon Maskelwood, said the city's latest offer was “a pay cut once you count groceries”.",
            "He said the offer was 9.5 per cent over four years, against the union's ask of 14 per cent.",
        ],
    ),
    (
        "n115-ca-mandate-open",
        "“Council sets the mandate for these talks. We can't set a mandate on numbers we haven't seen.",
        [
            "“Council sets the mandate for these talks.",
            "We can't set a mandate on numbers we haven't seen.",
        ],
    ),
    (
        "n115-us-sr-said",
        "“The audit tells you what the family has been saying for 18 months,” said Marcus Ellerthwaite Sr., the family's attorney. “There was nobody there.”",
        [
            "“The audit tells you what the family has been saying for 18 months,” said Marcus Ellerthwaite Sr., the family's attorney.",
            "“There was nobody there.”",
        ],
    ),
    (
        "n115-us-clashed-sheriff",
        "Vallimore, a Republican, and Kinsvoll, a Democrat, have clashed over jail spending before. In 2024, the auditor's office flagged $84,000 in overtime at the jail that it said had not been approved. The sheriff said at the time that her office had “a paperwork problem, not a people problem.”",
        [
            "Vallimore, a Republican, and Kinsvoll, a Democrat, have clashed over jail spending before.",
            "In 2024, the auditor's office flagged $84,000 in overtime at the jail that it said had not been approved.",
            "The sheriff said at the time that her office had “a paperwork problem, not a people problem.”",
        ],
    ),
    (
        "n115-in-pvt-ltd",
        "Vice-Chancellor Prof. Harishankar Doondiyal said the Noida-based firm, Markwise Assessment Services Pvt. Ltd., had returned only 61% of the 9.8 lakh answer sheets on time. He said the university had issued the firm a show-cause notice on January 22.",
        [
            "Vice-Chancellor Prof. Harishankar Doondiyal said the Noida-based firm, Markwise Assessment Services Pvt. Ltd., had returned only 61% of the 9.8 lakh answer sheets on time.",
            "He said the university had issued the firm a show-cause notice on January 22.",
        ],
    ),
    (
        "n115-in-prof-she",
        "Controller of Examinations Prof. Meenal Ruhelkar said evaluation of the remaining 3.8 lakh answer sheets had been moved to 14 of the university's own colleges, where 620 teachers were working in two shifts. She said results for the BCom course would be declared first, “possibly by February 12”.",
        [
            "Controller of Examinations Prof. Meenal Ruhelkar said evaluation of the remaining 3.8 lakh answer sheets had been moved to 14 of the university's own colleges, where 620 teachers were working in two shifts.",
            "She said results for the BCom course would be declared first, “possibly by February 12”.",
        ],
    ),
    (
        "n115-gh-rt-rev",
        "The Rt. Rev. Kwabena Sekyiwaah, Bishop of the Asanwinso Diocese, told journalists on Wednesday that the land had been given to Asanwinso Methodist Girls' School by a former chief in 1931 and was recorded in the school's deed. He said bulldozers had cleared part of the school's farm on February 6 without notice.",
        [
            "The Rt. Rev. Kwabena Sekyiwaah, Bishop of the Asanwinso Diocese, told journalists on Wednesday that the land had been given to Asanwinso Methodist Girls' School by a former chief in 1931 and was recorded in the school's deed.",
            "He said bulldozers had cleared part of the school's farm on February 6 without notice.",
        ],
    ),
    (
        "n115-gh-ltd-records",
        "Records at the Lands Commission in Kumasi show that a 50-year lease over 11.2 acres at Asanwinso was registered to Kwanfiase Estates Ltd. in December 2026. The records do not show who signed for the lessor. Kwanfiase Estates could not be reached for comment.",
        [
            "Records at the Lands Commission in Kumasi show that a 50-year lease over 11.2 acres at Asanwinso was registered to Kwanfiase Estates Ltd. in December 2026.",
            "The records do not show who signed for the lessor.",
            "Kwanfiase Estates could not be reached for comment.",
        ],
    ),
    (
        "n115-nz-am-she",
        "Southern Meat and Related Trades Union organiser Hinerangi Potaewhiti said members had been told at 7.30am and sent home on full pay. She said many of them had worked at the plant for more than 20 years.",
        [
            "Southern Meat and Related Trades Union organiser Hinerangi Potaewhiti said members had been told at 7.30am and sent home on full pay.",
            "She said many of them had worked at the plant for more than 20 years.",
        ],
    ),
    (
        "n115-nz-dr-note",
        "Analysts said the closure was no surprise. Kelpstone Securities analyst Dr Mereana Whitlowrie wrote in a note to clients that the national lamb crop had fallen in nine of the past ten years. She said further closures were “likely within three seasons”.",
        [
            "Analysts said the closure was no surprise.",
            "Kelpstone Securities analyst Dr Mereana Whitlowrie wrote in a note to clients that the national lamb crop had fallen in nine of the past ten years.",
            "She said further closures were “likely within three seasons”.",
        ],
    ),
    (
        "n115-za-pty-ltd-told",
        "Lesego Mabitselana, the sole director of Lefika-Metsi Logistics (Pty) Ltd, said the payments were made in 11 instalments between March and November 2024. He told the commission that the former municipal manager, Thulani Mphahlelwane, had given him the consultant's bank details “on a piece of paper, in his car”.",
        [
            "Lesego Mabitselana, the sole director of Lefika-Metsi Logistics (Pty) Ltd, said the payments were made in 11 instalments between March and November 2024.",
            "He told the commission that the former municipal manager, Thulani Mphahlelwane, had given him the consultant's bank details “on a piece of paper, in his car”.",
        ],
    ),
    (
        "n115-za-adv-asked",
        "Evidence leader Adv. Bongani Sekhukhwana asked Mabitselana why he had not reported the request to the police. He said he had been afraid of losing the contract, which made up 80% of his company's turnover.",
        [
            "Evidence leader Adv. Bongani Sekhukhwana asked Mabitselana why he had not reported the request to the police.",
            "He said he had been afraid of losing the contract, which made up 80% of his company's turnover.",
        ],
    ),
]
