"""Hundred-and-thirty-first set of new hand-labelled pages for the hint engines (tuning set, round fifty):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them, from twelve
countries where ATTRIBUTION is the hard part. The pages: a Canadian local news site (a Montreal
borough closes an arena after asbestos is found above the ice), a Ghanaian daily (tro-tro and taxi
fares up 15 per cent in Accra), an Indian daily's city page (Bengaluru tanker owners go to the High
Court over a price cap), an Australian regional news site (a Queensland shire votes 5-4 to close its
only pool), a Dutch English-language news site (Utrecht fines bikes parked outside the station
racks), a Singaporean news portal (a Toa Payoh hawker centre to close for nine months), a Ugandan
daily's courts page (boda boda riders against a ban in central Kampala, with testimony), an English
local news site (a Cumbrian branch surgery to close, with a Q&A whose labels are names), a United
States local newspaper's courts page (a tenant's mold lawsuit at trial, with a transcript excerpt),
a Jordanian English daily (east Amman on a once-a-week water schedule), a Sri Lankan daily (Negombo
fishermen block a road over stalled dredging) and a Trinidad and Tobago daily (19 ferry sailings
cancelled).

What is hard is who says what. Pronoun chains over several paragraphs with two speakers of the
same gender alternating on every page (a borough mayor and a hockey association president; an
operators' secretary and a deputy minister; a tanker owners' president and a water board chairman;
a mayor and a councillor; an alderman and an opposition councillor; a merchants' chairman and a
town council chairman; a riders' chairman and a planning director; a patients' group chair and an
MP; a property manager after a tenant and a lawyer; a ministry spokesman and a district council
head; a society president and a corporation chairman; a minister and a tourism secretary). Quotes
over several sentences and paragraphs with the speaker named only at the end ("“...?” said Efua
..., 39, a fish seller ...", "“...?” asked Manjunath Hosamani, who drives ...", "“...!” said Gloria
..., of Bethel, ..."), with "said", "asked" and "testified" carried by every sentence of the quote.
Verbs of saying beyond "said": announced, told reporters, told the Ledger, told the court, told a
jury, told jurors, told the meeting, told the Senate, told Parliament, testified, conceded,
insisted, argued, warned, recalled, noted, added, observed, disputed, rejected, urged, estimated,
recommended, asked, wrote, posted on Facebook, posted on Instagram, wrote on X, said in a video
posted on TikTok, said in a post on its Facebook page, said in an emailed statement, said in a
statement. "according to" with reports, letters, petitions, complaints, schedules, affidavits,
documents, data, figures, records, surveys and websites; "Council records show" and
"Spokane Regional Health District records show". Statements and letters read out or signed by
someone other than their author (a swimming club's letter read by a councillor, a fishermen's
society's letter read by a parish priest, a police statement signed by its director). Court
filings and testimony (a petition, a plaint, a complaint, an affidavit in reply; cross-examination,
a witness recalled to the stand, a transcript with "Q:" and "A:"), a Q&A whose labels are the
outlet's name and "Dr Kesavan:". Spokespeople named ("Brightmoor spokesman Kyle Dunsmore",
"Ministry spokesman Eng. Firas al-Rawashdeh", "police spokesperson ASP ...") and unnamed ("A
spokesperson for the CNESST, Quebec's workplace health and safety board,", "A council spokeswoman",
"A spokesperson for the integrated care board, which funds ...,", "A spokesperson for the Housing
Board, which owns the car park,", "A spokesman for the Sri Lanka Navy", "A ministry official who
asked not to be named", "A KCCA official who asked not to be named", "A PATT official who asked not
to be identified") and their later "The official" and "The spokesperson". Roles before and after
names, ages after them; titles and particles: borough mayor, Alhaji, Hon., ACP, Dr., Justice, Lady
Justice, Hajji, Eng., ASP, Mayor, Cr, Deputy mayor, Mr, Ms, Mrs, Madam, Mr., Rev. Fr., Fr., Sen.;
the lower-case "de" of Quebec and Sri Lanka, the Dutch "van" and "ten", the Arabic "al-" (dropped
in later cues: "Rawashdeh said"), "Abu" as part of a surname, "s/o" and "binte", a Chinese surname
first ("Mr Ngiam said"), a Malay given name as short form ("Ms Nurul Aisyah said"), a kunya ("Umm
Yazan"), initials ("R. Lakshmanappa", "S. Vishwanath Ballal", "W. A. Chaminda Mirando"). And
sentences that name a person and have NO speaker: "Ostiguy stood at the back of the crowd ...",
"Agyapong-Tawiah, a former manager ..., was appointed deputy minister in February.", "Ballal, a
civil engineer, took charge ...", "At the start of the meeting, Cr Reardon read out a letter ...",
"Ten Brinkhorst, 24, is the youngest member of the council.", "Mr Selvaraj, 58, took over his
father's rojak stall ...", "The judge adjourned the hearing to April 6.", "Kaweesa-Wamala, who
walked to the court ..., waited outside ...", "Ms Kilbride-Sowerby held a drop-in session ...",
"Superior Court Judge Ramona Easterbrook overruled two objections ...", "Al-Rawashdeh, a civil
engineer, was appointed ...", "The parish priest of St. Anne's Church, Pitipana, Rev. Fr. ..., read
out a letter ...", "Alleyne-Ottley, an attorney, was appointed to the Senate in 2025." and captions
naming a person. The pages hold 548 sentences: 190 "B", 204 "W" and 154 ""; 301 sentences carry a
speaker (109 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round fifty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief/common.md`, printed whole with `cat`); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`) and
`def build` in `tests/text/labelled_articles.py` (its source segment printed by an `ast` script of
my own, that function only), in one command with a `sed` range of `pyproject.toml` that printed its
`[tool.ruff]`, `[tool.ruff.lint]` and `[tool.ruff.lint.per-file-ignores]` tables; then the output
of a script of my own using `ast` that prints the module docstring, `STYLES`, the first two pages of
`ARTICLES` and the first eight `CASES` of `labelled_new127.py` and `labelled_new128.py`. It was
printed once (the tool cut its middle, so the start of the docstring of `labelled_new127.py` and the
end of the first page, the second page and the cases of `labelled_new128.py` were seen), then saved
to a scratch file with section markers, of which `grep -n` showed the markers and `sed` showed five
line ranges: the rest of the docstring and the `STYLES` of `labelled_new127.py`, its two pages and
its cases, and the docstring and `STYLES` of `labelled_new128.py` (one part of that docstring cut by
the tool was printed again). So the start of the first page of `labelled_new128.py` was never seen.
No other page, case or docstring of any file under `tests/` was read. What was run: a Python
one-liner printing the calendar of 2027 (to check weekdays) with `ls -la` of `/tmp/sets` (empty)
and `/tmp/brief` (only the brief); scripts of my own in a scratch folder that turn a small line
format (flag, speaker key, cue and text separated by a tilde, one line a paragraph unless it starts
with "+") into the literals below, apply renames, count sentences, flags and speakers, list every
labelled sentence holding a full stop, "?", "!" or "…" followed by a capital (all of them titles,
initials, abbreviations and a dateline kept inside on purpose) and cut the split cases out of the
pages; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`)
for every capitalised word of three letters or more of the first draft (684 words), for about 160
candidate replacements and again for every capitalised word and every part of a hyphenated word
after the renames; an import of this file by path with `labelled_articles.build` on every page and
a check of the four string fields, the flags, the text at each label's offsets, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids with the `n131-`
prefix, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence of one paragraph, in order, the counts above and the
weekdays of the twelve pages' dates; and `ruff format` (first on a copy without the `# fmt: skip`
marker, so that the pages are laid out as ruff lays them out) and `ruff check` from the project's
virtual environment with the project's `pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new131.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, 61 hit more than two files and
were renamed: outlets and places (Polder, Kallang, Kelani, Caroni, Yarrabin, Duwa, Eden Fells, a
rink named Aubertin) and surnames and parts of double-barrelled surnames (Adjei, Asare, Aldous,
Bain, Baptiste, Holder, Addo, Boakye, Nyarko, Bonsu, Dumas, Frederick, Job, Ellerby, Goh, Pryor,
Haigh, Okonkwo, Hale, Hartigan, Hegde, Hove, Lim, Huat, Huda, Kamath, Kasozi, Kato, Lezama,
Thibodeau, Lacasse, Lindqvist, Pettigrove, Lunn, Okafor, Reilly, Sserwadda, Okello, Oketch, Onen,
Oosting, Pruett, Rao, Rodrigo, Sakyi, Shah, Silva, Tallis, Amponsah, Marchand, Ouimet, Tan, Oakes);
only replacements that hit at most two files were kept. What still hits is real countries, regions,
cities, towns, districts and rivers (Accra, Kampala, Amman, Marka, Bengaluru, Karnataka, Colombo,
Lanka, Utrecht, Amsterdam, Rotterdam, Quebec, Tobago, Trinidad, Scarborough, Piarco, Toa Payoh,
Lorong, Bethel, Stephen in Kirkby Stephen, Eden and the like), common given names kept on purpose
(Abena, Abdul, Anand, Anthony, Antoine, Brian, Bronwyn, Chaminda, Colette, Crystal, Dana, Daniel,
Deepa, Efua, Esther, Gloria, Godfrey, Graeme, Gregory, Hannah, Harini, Isaac, Ivan, Joan, Jodie,
Joseph, Josephine, Julius, Kerry, Kiran, Kwabena, Kyle, Lalith, Lina, Lorna, Lydia, Marcel, Marcia,
Margaret, Martin, Megan, Neville, Nurul, Peter, Rahmat, Ramona, Ranjith, Réjean, Roderick, Ronald,
Sander, Selvaraj, Serwaa, Sharon, Sunil, Tariq, Tyler, Yakubu, Boon), and ordinary, outlet and
institutional words and tokens (Advocate, Echo, Tribune, Arena, Memorial, Hawker, Boda, Alhaji,
Hajji, Madam, Lady, Mass, Navy, Carnival, Ceylon, Fishery, Harbours, Sewerage, Irrigation,
Meteorological, Petroleum, Metropolitan, Residential, Cooperative, GRC, PATT, ACP, ASP, Shs, GPs,
Instagram, TikTok and the like).

Every person, outlet, firm, association, union, club, council member, practice, surgery, rink,
hawker centre, anchorage, ferry, statement, letter, filing and figure is invented. Real countries,
regions, cities and institutions appear only as settings, with invented statements and figures:
those listed above, Verdun, LaSalle, Wellington and Bannantyne streets, the Desmarchais-Crawford
district and the CNESST; Kasoa, Kaneshie, Agbogbloshie, the Ghana Police Service and the National
Petroleum Authority; Varthur, Gunjur, Whitefield, the BWSSB, the High Court of Karnataka, the
Disaster Management Act and the India Meteorological Department; Kingaroy and the Burnett Highway;
the Jaarbeursplein and Amersfoort; the National Environment Agency, the Housing Board and the
Ministry of Sustainability and the Environment; the Kampala Capital City Authority, the High Court,
Nakasero and Wandegeya; Kirkby Stephen and Appleby; Spokane, East Sprague Ave., Spokane County
Superior Court and the Spokane Regional Health District; Hashmi al-Shamali, Sahab, Madaba and
Miyahuna; Negombo, Chilaw, Kochchikade, Pitipana, the Ceylon Fishery Harbours Corporation, the Sri
Lanka Navy and Parliament; Port of Spain, Crown Point, the Tobago House of Assembly, the Senate and
the Port Authority of Trinidad and Tobago; and Facebook, X, Instagram, TikTok, WhatsApp and Telegram
as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section path, byline, role, date, share line,
caption, credit, link, list item, note and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and
its credit "B"; headlines and standfirsts never split and flagged by content, a headline's "says",
"say", "tells jury" or "tell court" carrying the speaker as the story first gives it; a dateline
belongs to its lead sentence; a person is named in full as first given, without titles or roles,
and a pronoun, a surname or a title with a surname resolves to that name; "according to X" gives X
as written; a quote over several sentences or paragraphs carries its speaker and cue in each; a
person acting without a verb of saying carries no speaker; an anonymous source keeps a restrictive
clause ("who asked not to be named") and drops a non-restrictive one set off by commas; a generic
noun for a body is kept as written ("The borough", "the agency", "the authority", "The ministry",
"The municipality", "the association", "The club"), while "It said", "It says", "It asks", "It
added" and "It estimated" and an abbreviation ("The CCTO said", "NEA said") resolve to the body as
first given; the medium stays in the cue when it follows the verb and is left out when it is
fronted ("In a post on X ..., ... wrote" -> "wrote").

Conventions this set had to settle, in the same spirit:

* Testimony: "testified", "told the court", "told a jury", "told jurors" are cues as written;
  "Under cross-examination by KCCA's lawyer, Brian ..., Nsereko-Mayanja conceded" carries the
  witness with "conceded" (the lawyer named in the fronted phrase carries nothing), and
  "Nsereko-Mayanja, recalled to the stand, said" carries him with "said". A transcript excerpt
  is read like a Q&A: "Q:" turns carry no speaker, "A:" turns the witness with "A:" as cue; the
  line introducing it ("Here is part of her cross-examination ... from the court record:") is
  "B".
* A Q&A whose labels are the outlet's name and the interviewee's name: "Echo:" turns carry no
  speaker unless they cite a source ("Echo: Patients say ..." -> "Patients", "say"); "Dr
  Kesavan:" turns carry the interviewee as first given, with the label as written as cue, every
  sentence of the turn alike.
* A letter read out by someone other than its author: the reading ("Cr Reardon read out a letter
  from the ... Swimming Club", "Rev. Fr. ... read out a letter from the society") carries no
  speaker; what the letter says carries its author: "The club wrote" kept as written, "the letter
  said" and "The letter, addressed to the President, said" resolving to the author as first given
  ("the Yarranbah Amateur Swimming Club", "the Pitipana Fishermen's Cooperative Society"); the
  reader's own words afterwards ("Fr. Fernandopulle-Croos later told reporters") carry the reader.
  A statement "signed by its director, ACP ...," carries the department that issued it, as a
  statement read out by an employee does in the recent sets.
* "According to the petition" -> "the petition"; "The petition says" -> "The petition"; "It says"
  -> "the petition" as first given; "In its plaint, filed in January, the association says" ->
  "the association", "says"; "According to the complaint, filed in September 2026," -> "the
  complaint" (the clause after the comma dropped); "Council records show" and "... Health District
  records show" carry the records with "show"; "The report, dated July 28, recommended" carries
  "The report" with "recommended".
* A title with the definite article that names a person already named resolves to that person, as
  "the judge said" does in the recent sets ("the mayor told the meeting" -> "Graeme Rushbrooke"),
  while an unnamed source's "The official" or "The spokesperson" is kept as written.
* An organisation's name keeps its article as written ("the Council of Commercial Transport
  Operators", "the Port Authority of Trinidad and Tobago"); an abbreviation in brackets after it
  ("(CCTO)", "(NEA)", "(PATT)") is not part of it.
* Particles: the lower-case "de" of Quebec and Sri Lanka, the Dutch "van" and "ten" and the Arabic
  "al-" are part of the name as first given, and a later cue that capitalises the particle at the
  start of a sentence ("De Grandpré-Sauvé said", "Van Wijngaarden said", "Ten Brinkhorst said",
  "De Alwis-Gunasekera insisted") or drops it ("Rawashdeh said") resolves to the full name; "Abu"
  is part of a surname ("Abu Hilal said" -> "Mahmoud Abu Hilal"); "s/o" and "binte" stay; "Mr
  Selvaraj", "Mr Ngiam" and "Ms Nurul Aisyah" resolve to the full names; a woman who gives only her
  kunya is named by it ("Umm Yazan"); initials stay ("R. Lakshmanappa").
* Reported questions and reactions without quotation marks carry their speaker with the verb as
  cue: "Karine Ostiguy ... asked how ..." ("asked", ""), "Rhodes-Villanueva's attorney, Martin
  ..., asked Sandqvist why ...", "Lady Justice ... asked the riders' lawyer ... whether ...",
  "Boisjoli disputed that.", "Ballal rejected that.", "Abu Hilal disputed that." (all ""). "It did
  not name him." is a refusal like "declined to say", with "did not name" as cue.
* A decision of record announced in a lead ("will rise by 15 per cent from today", "will be fined
  €35 from January 1", "will close ... for at least 12 months", "will receive water once a week")
  is "W"; the dates, schedules and plans that follow ("would shut on Sept. 15.", "would run two
  round trips a day", "will receive water on Sundays only") are "". A private person's
  background with no saying ("has coached at the arena since 2011", "took over his father's rojak
  stall ... in 1991") is ""; an official's appointment ("was appointed deputy minister in
  February") is "W".
* A dateline with a full stop ("KAMPALA. The Kampala Boda Boda Riders' Welfare Association has
  told the High Court ...") belongs to its lead sentence, like one with a dash or a colon.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one to
three consecutive sentences of one paragraph of these pages joined by single spaces: "Sept. 15."
ending a paragraph after a lead; an attendant's role, age and "?”" with no attribution; "Boisjoli
disputed that." before a quote split at "inbox."; "6 a.m." before a sentence with no speaker; "Ave.,"
mid-sentence; "Hon." before "He said"; "GH¢8.00 to GH¢9.20." before "He said"; "?” said ..., 39,";
"R." and "S." initials; a three-sentence quote ending "Not one tanker owner.”"; "₹300 on every
trip." before "?” asked"; "the mayor told the meeting"; "?” said Raelene"; "9 a.m." before "She did
not say"; "B.V." and "Pte Ltd." / "Co. Regn. No." before "All rights reserved."; "?” said Madam";
"Under cross-examination"; "Lady Justice" before "Ssemakula said" and "The judge adjourned";
"Dr Kesavan:" before "That's the problem."; "9.40 a.m." and "2.15 p.m."; "?” asked Joan"; "Ave."
ending a sentence before a surname; "A: No."; "?” he said." after "disputed that."; "St. Anne's",
"Rev. Fr." and "Fr." starting a sentence; "2 p.m." before "No arrests were made."; "W. A." initials;
"?" inside a quote before "!” said Gloria ...": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian LOCAL NEWS SITE (Montreal, Verdun), a borough arena to close for at least a year after asbestos is found above the ice: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Hockey association president says ..." carrying her as the story names her "W"; byline, a Published/Updated line with "Sept. 7" and "p.m.", share line; caption "" and a credit with a slash; "VERDUN —" lead ending "borough mayor ... announced Monday" with the Quebec lower-case particle "de" kept ("W"), "She said ... on Sept. 15." a date ""; "“...,” de Grandpré-Sauvé told reporters" opening with the lower-case particle and its continuation ""; "According to a July report by engineers hired by the borough," "W" and "The report, dated July 28, recommended" kept as written "W"; two women alternating (the mayor and the hockey association president: "She said", "De Grandpré-Sauvé said", "She said she regretted", "Boisjoli disputed that.", a quote split at "“We checked every inbox." ending "she said.", "De Grandpré-Sauvé noted" with "Sept. 20." and "She added"); the president\'s background with no saying ""; ADVERTISEMENT; "A spokesperson for the CNESST, Quebec\'s workplace health and safety board," with the apposition dropped, "said in an emailed statement" with "Aug. 3" mid-sentence "W" and "the statement said" "W"; an arena attendant with his role before and age after the name ("W", "“...,” he said." and "“Now they tell me?”" ""); an opposition councillor "wrote on X" "W" and "In a second post, he wrote" "W"; "Asked about the report, de Grandpré-Sauvé said" "W" and a quote ""; a parent\'s reported question with no quotation marks "asked how ... at 6 a.m." ending a sentence before "Ostiguy stood ..." with no speaker ""; "The borough said" kept as written "" and "It estimated" resolving to it "W"; "on Bannantyne Ave., closed" mid-sentence "W" (reporter line, copyright split at "Inc." before "All rights reserved.", footer)',
    'Ghanaian DAILY (Accra), tro-tro and taxi fares up 15 per cent after a diesel price rise: masthead in capitals, e-paper strip, menu with wide spaces, section path with a slash; headline "..., operators say" carrying the operators\' council as the lead names it "W"; standfirst "Deputy minister says ..." carrying him "W"; byline in capitals, date line, share line; caption "" and a photo credit with a pipe; "ACCRA —" lead ending "the Council of Commercial Transport Operators (CCTO) announced on Sunday" "W"; "according to the price schedule published by the National Petroleum Authority" with "GH¢2.10" "W"; the general secretary with "Alhaji" dropped ("GH¢8.00 to GH¢9.20." "W", "He said" "W", "told the Ledger by phone" "" and its continuation "W"); the deputy minister with "Hon." dropped ("W", "He said the CCTO had written ..." "W"); two men alternating ("Dawuni-Issahaku insisted" "", "He said" "W", "Agyapong-Tawiah conceded" "W", "He said" "W", "Dawuni-Issahaku recalled" "W"); the minister\'s appointment with no saying "W"; ADVERTISEMENT; a police department "said in a statement" a deployment "" and "The statement, signed by its director, ACP ...," carrying the department, not the signatory, with "urged" ""; an MP "On Facebook, ..., Hon. ..., posted a photo ... and wrote" with "wrote" as cue "W" and "she wrote" ""; a fish seller named only after a quote opened in the paragraph before ("W", "", "“What do I tell my children, ...?” said ..., 39, ..." one sentence ""), "Kwofie-Danquah said" "W"; "A ministry official who asked not to be named" kept with its clause "W" and "The official said" kept as written ""; "The CCTO said" resolving to the council as first given ""; "according to the council\'s own figures" "W" (YOU MAY ALSO LIKE list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Indian DAILY\'s city page (Bengaluru), tanker owners move the High Court against a water board\'s price cap: masthead in capitals, ePaper strip, menu with pipes, section path with a slash; headline of record "W"; standfirst "..., association says" carrying the association as the lead names it ""; "Written by" byline, a place-and-Updated line with IST, follow/share line; caption "" and a bracketed credit with an initial ("G."); the lead naming the association with "arguing" as cue "W"; "according to the petition" "W", "The petition says" kept as written "W" and "It says" resolving to the petition as first given "W"; the association\'s president with an initial ("R. Lakshmanappa", "W", "He said" "W"), "told the Express" with a three-sentence quote ""; the water board\'s chairman with "Dr." dropped and the initial "S." kept ("W", "He said" "W"); two men alternating ("Lakshmanappa argued" "", "He said" his tankers "W", "Ballal rejected that." "", "“...,” he said." "W" and its continuation "", "Lakshmanappa warned" ""); the chairman\'s appointment with no saying "W"; ADVERTISEMENT; a senior advocate "argued" ""; the Additional Advocate General "told the court" "W"; the judge with "Justice" dropped "observed" "" and then acting with no verb of saying ("She issued notice ..." "W"); "Asked whether ..., Ballal said" ""; "In a post on X on Wednesday, ..., wrote" with "wrote" as cue "W" and "she wrote" plus its continuation ""; a tanker driver named only after a quote ("“If I charge ₹1,200, I lose ₹300 on every trip." "W" and "Who pays that, the chairman?” asked ..." "", both with "asked"), "Hosamani said" "W"; "according to the India Meteorological Department" "W" (Also Read list, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links)',
    'Australian REGIONAL NEWS SITE (Queensland), a shire council votes 5-4 to close its only public pool: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Mayor says ratepayers cannot afford ..." carrying the mayor ""; byline, a date line with "4:12pm", share line; a caption stating a fact "W" and a "Picture: Supplied" credit; a lead with no speaker "W"; the mayor with "Mayor" dropped ("W", "He said" "W"), "the mayor told the meeting" resolving to him with a two-sentence quote ""; a councillor with "Cr" dropped ("W", "He said" "W"); two men alternating ("Cr Rushbrooke said" "W" and "He said" "W", "Cr Reardon said" "" and "He said" "W"); a letter read out at the meeting by the councillor: the reading with no speaker "W", "The club wrote" kept as written "W" and "the letter said" carrying the club as first given ""; the club president named only after a quote opened in the paragraph before ("W", "W", "“Where do they go now, the dam?” said ..." one sentence ""), "Mrs Durack-Simms said" a plan "" and "She left the chamber ..." with no speaker ""; Advertisement; the deputy mayor "posted on Facebook" "" and "She wrote" ""; "A council spokeswoman" ("", "She said" ""); "Council records show" "W"; the roll of the vote naming nine councillors with no saying "W" (reporter line, More from News list, an acknowledgement of country, copyright split at "Pty Ltd." before "All rights reserved.", footer links)',
    'Dutch ENGLISH-LANGUAGE NEWS SITE (Utrecht), a €35 fine for bikes parked outside the racks at the central station: masthead in capitals, tagline, menu with pipes, section path with ›; headline of record "W"; byline with no "By", date line, share line; caption "" and credit; lead ending "the city\'s mobility alderman, Rutger van Wijngaarden, said" with the Dutch lower-case particle "van" kept "W"; "Van Wijngaarden said" starting a sentence with the capitalised particle "W" and a two-sentence quote ""; "In a letter to the city council sent on Wednesday, he wrote" with "wrote" as cue ""; "According to the letter," "W"; an opposition councillor with the particle "ten" ("", "He said" "W"); two men alternating ("Van Wijngaarden conceded" "", "He said" "W", "Ten Brinkhorst said" with "8.30 a.m. on weekdays" "W", "He said he had counted them himself" "W"); the councillor\'s age with no saying "W"; Advertisement; the cyclists\' union spokeswoman with the particle "de" and the descriptor before the union\'s name ("", "she added" "", "De Vries-Kapteijn noted" ending "at 9 a.m." before "She did not say ..." with "did not say" as cue ""); "The student union SVU posted on Instagram" with the descriptor dropped ""; a nurse named only after a quote opened in the paragraph before, all with "asked" ("", "", "“So what do I do, leave home at six?” asked ..." one sentence ""); "The municipality said in a statement" "W" and "It said" a debate date ""; "according to the Amsterdam municipality\'s website" "W" (Related articles list, a membership appeal in two sentences, copyright split at "B.V." before "All rights reserved.", footer links)',
    'Singaporean NEWS PORTAL (Toa Payoh), a hawker centre to close for nine months for upgrading: masthead in capitals, menu with pipes, section path with ›; headline of record "W"; standfirst "Merchants\' association chairman says ..." carrying him "W"; byline, Published and Updated lines with "AM", share/save/gift line; a caption stating a fact and ending "on Nov 12." "W" and a photo credit in capitals; "SINGAPORE –" lead ending "the National Environment Agency (NEA) said on Saturday" "W"; "In a statement, it said" with "said" as cue "W"; "the agency said" kept as written ""; the association chairman with "Mr" dropped and "s/o" kept ("W", "He said" "W"), "Mr Selvaraj told Siglap Post" resolving his given name to the full name ("", "W"); the town council chairman with the Chinese surname first (a counterfactual cost "", "He said" "W"); two men alternating ("Mr Selvaraj said" "W", "He said" "W", "Mr Ngiam said" "", "He added" no rent "W"); an MP with "Ms" dropped and "binte" kept "wrote on Facebook" "W", "she wrote" and its continuation "", "Ms Nurul Aisyah said" resolving to the full name ""; ADVERTISEMENT; a hawker named only after a quote opened in the paragraph before ("", "", "“Nine months without them, can I survive?” said Madam ..." one sentence ""), "Madam Siow said" "W"; "NEA said" resolving to the agency as first given "W"; "A spokesperson for the Housing Board, which owns the car park," "W"; "according to NEA\'s records" "W"; the chairman\'s background with no saying "" (Telegram line, a topics line, copyright in three sentences split at "Pte Ltd." and "Co. Regn. No. 201912345K.", footer links)',
    'Ugandan DAILY\'s courts page (Kampala), boda boda riders sue the city authority over a ban in the central business district, with testimony: masthead in capitals, e-paper strip, menu with wide spaces, section path with >; headline "Boda boda riders tell court ..." carrying the association as the lead names it "W"; byline in capitals, date line, share line; caption "" and a credit with a pipe; "KAMPALA." dateline belonging to its lead, "has told the High Court" as cue "W"; "In its plaint, filed in January, the association says" with "says" as cue and "the association" kept as written "W", "It asks" resolving to the association as first given ""; the chairman with "Hajji" dropped ("told the court" "W", "He said" "W", "testified" twice "W"); "Under cross-examination by KCCA\'s lawyer, ..., Nsereko-Mayanja conceded" "W" and "He insisted" ""; the authority\'s planning director with "Eng." dropped ("testified" a causal claim "W", "He said" "W"); two men alternating ("Nsereko-Mayanja, recalled to the stand, said" "W", "Mugisha-Acellam told the court" "W", "He said" ""); the authority\'s lawyer "argued" and "asked the court" ""; the judge with "Lady Justice" dropped "asked" a question "", the riders\' lawyer "said" "W" and "The judge adjourned ..." with no speaker "W"; ADVERTISEMENT; a rider named only after a quote opened in the paragraph before ("W", "", "“Who will pay ..., KCCA?” asked ..." one sentence "") and a sentence about him with no saying ""; the police spokesperson with "ASP" dropped ("W", "She said" "W"); "A KCCA official who asked not to be named" ending "after 7 p.m." ""; "according to KCCA\'s affidavit in reply" "W" (tags, RELATED list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'English LOCAL NEWS SITE (Cumbria), a branch GP surgery to close, with a Q&A block whose labels are names: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Patients\' group chair says ..." carrying her "W"; byline, role line, date line, share line; a caption stating a fact "W" and an image credit; lead ending "its partners have confirmed" kept as written "W"; "In a letter sent to patients on Tuesday, the ... Medical Practice said" with "said" as cue "W", "The letter said" carrying the practice "W" and "According to the letter," ""; the patients\' group chair ("W", "she said" and its continuation ""); the MP ("W", "She said" with "9.40 a.m." and "2.15 p.m." "W"); two women alternating ("Mrs Fenbury-Towne said" "W", "She said" "W", "Ms Kilbride-Sowerby held a drop-in session ..." with no saying "", "She said" "W"); "A spokesperson for the integrated care board, which funds ...," "W" and "The spokesperson added" kept as written ""; Advertisement; a "Q&A: ..." subhead "" and a two-sentence introducing note "B"; "Echo:" questions with no speaker "", except "Echo: Patients say ..." carrying "Patients" "W" before "Were they?" ""; "Dr Kesavan:" answers carrying the GP with the label as cue (figures and a record "W", "That\'s the problem." and hedges ""); a patient named only after her quote ("", "How am I meant to ...?” asked ..." one sentence ""), "Mrs Witheridge said" "W"; a meeting date with no speaker "" (reporter lines in two sentences, newsletter line, copyright in three sentences split at "Ltd." and "Registered in England No. 08812345.", footer links)',
    'United States LOCAL NEWSPAPER\'s courts page (Washington), a tenant\'s mold lawsuit at trial, with a transcript excerpt: masthead in capitals, subscribe strip, menu with pipes, section path with ›; headline "Tenant tells jury ..." carrying her "W"; byline, a date-and-Updated line ending "p.m.", share line; a caption naming the tenant with no saying "" and a credit with a slash; lead "... told a jury Tuesday ..." ending "on East Sprague Ave." before "Rhodes-Villanueva, 34, is suing ..." with no speaker "W"; "According to the complaint, filed in September 2026," with the clause dropped "W"; "testified" ("W", ""); a line introducing the excerpt "B"; "Q:" turns with no speaker "" and "A:" answers carrying the tenant with "A:" as cue ("A: No." "", "I sent four." "W"); the landlord\'s lawyer "told jurors in her opening statement" "W" and "She said" "W"; the former property manager "testified" "W" and "She said" "W"; two women alternating after the tenant\'s lawyer "asked" a reported question "" ("She said" carrying the manager "W", "Sandqvist conceded under questioning" "W"); the judge acting with no saying "W" and the tenant with no saying ""; ADVERTISEMENT; "Spokane Regional Health District records show" with "Nov. 18, 2025," "W"; "In an emailed statement, Brightmoor spokesman ... said" with "said" as cue "", "He said" "W" and "declined to say" ""; the tenant\'s lawyer "argued in his opening statement" "" and "He said" ""; a trial length and a schedule with no speaker "" (reporter contact line, Related Stories list, a subscription appeal in two sentences, copyright split at "Co." before "All rights reserved.", footer links)',
    'Jordanian ENGLISH DAILY (Amman), east Amman districts get water once a week after a pipeline breach: masthead in capitals, a date-and-weather strip, menu with pipes, section path with >; headline of record "W"; standfirst "Spokesman says ..." carrying him "W"; byline, a Last Updated line with "PM", share line; caption "" and a bracketed credit; "AMMAN —" lead ending "the Ministry of Water and Irrigation said on Friday" "W"; the ministry spokesman with "Eng." dropped and the lower-case "al-" kept (a causal claim "W", "He said" "W"), "Rawashdeh told The Jabal Post" without the particle, resolving to the full name ("W", "W"); "According to the ministry\'s distribution schedule," ending "at 6 a.m." ""; "Miyahuna, the company that runs ...," "said in a post on its Facebook page" "" and "It said" ""; the district council head with "Abu" as part of the surname ("W", "He said" "W"); two men alternating ("Rawashdeh said" "W", "He said" advice "", "Abu Hilal disputed that." "", "“Carefully, in July, at 40 degrees?” he said." one sentence "", "Abu Hilal said" "W", "He said" "W"); "Al-Rawashdeh, a civil engineer, was appointed ..." with no saying "W"; ADVERTISEMENT; an MP "wrote on Facebook" "" and "She wrote" ""; a mother named by her kunya only after a quote opened in the paragraph before ("", "W", ""), speaker "Umm Yazan"; "according to a survey by the Marka district council" "W"; "The ministry said" kept as written "W" and "It did not name him." with "did not name" as cue ""; the council head\'s visit with no saying "" (Related Articles list, a WhatsApp line, copyright split at "Post." before "All rights reserved.", footer links)',
    'Sri Lankan DAILY\'s provincial page (Negombo), fishermen block a road over stalled dredging: masthead in capitals, e-paper strip with Sinhala and Tamil links, menu with pipes, section path with a slash; headline of record "W"; byline, date-and-time line, share line; caption "" and a "Pic by" credit; "NEGOMBO:" lead with no speaker "W"; the fishermen\'s society president with the initials "W. A." kept ("W", "He said" "W", "Mirando told the Tribune" with "Rs. 85,000" "W" and its continuation ""); "according to documents seen by the Tribune" with "Rs. 310 million" "W"; the harbours corporation chairman with the lower-case particle "de" ("W", "He said" a forecast ""); two men alternating ("Mr. Mirando said" "W", "He said" "W", "De Alwis-Gunasekera insisted" "", "He said" with "Rs. 42 million" "W"); a letter from the society read out at Mass by the parish priest: the reading with "St. Anne\'s Church" and "Rev. Fr." and no speaker "", "The letter, addressed to the President, said" carrying the society as first given "W", then "Fr. Fernandopulle-Croos later told reporters" carrying the priest ""; "A spokesman for the Sri Lanka Navy" "W"; ADVERTISEMENT; a fisherman named only after a quote opened in the paragraph before ("", "", ""), "Mr. Warnakulasuriya said" "W"; the deputy minister "told Parliament" with "Rs. 120 million" "W" and "He did not say" ""; "Police said" ending "until 2 p.m." before "No arrests were made." with no speaker "W"; "according to the Fisheries Ministry\'s figures" "W" (Related News list, a follow line, copyright split at "(Pvt) Ltd." before "All rights reserved.", footer links)',
    'Trinidad and Tobago DAILY (the sea bridge), 19 ferry sailings cancelled as one vessel breaks down: masthead in capitals, a date/subscribe strip, menu with pipes, section path with ›; headline of record opening with a numeral "W"; standfirst "Tobago tourism secretary says ..." carrying her "W"; byline, a Published line with "am", share line; caption with "6.30 am" "" and a photo credit in capitals; lead ending "the Port Authority of Trinidad and Tobago (PATT) said on Thursday" "W"; "In a statement, the authority said" kept as written "W", "It said" a schedule resolving to the authority as first given "" and "The statement said" carrying it "W"; the minister with "Sen." dropped ("told the Senate" a forecast "", "She said" "W"); the Tobago tourism secretary ("W", "She said" "W"); two women alternating ("Alleyne-Ottley said" "W", "She said" "W", "Sandiford said" "", "She said" "W", "Alleyne-Ottley said" a tender date ""); the minister\'s appointment with no saying "W"; ADVERTISEMENT; a hotelier "said in a video posted on TikTok" "W" and "he said in the video" ""; a passenger named only after a quote over two paragraphs ("", "", "“Now they tell me to try the airbridge?" "" and "There is no seat on a plane until Tuesday!” said ..." one sentence ""), "Thomasos-Greaux said" ending "since 5 a.m." before "She was still waiting at noon." with no speaker ""; "A PATT official who asked not to be identified" "W" and "The official said" kept as written ""; "The state-owned airline said" "W"; "according to PATT\'s annual report" "W" (Related list, a tip line, copyright split at "Ltd." before "All rights reserved.", footer links)',
]

ARTICLES = [
    [
        [
            ("THE VERDUN WATCHMAN", "", "", "B"),
        ],
        [
            ("Subscribe | Log in | Newsletters", "", "", "B"),
        ],
        [
            ("News   Verdun   LaSalle   Sports   Opinion   Obituaries   Events", "", "", "B"),
        ],
        [
            ("News › Verdun", "", "", "B"),
        ],
        [
            (
                "Verdun to close Gaston-Rivard Arena for at least a year after asbestos found above the ice",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hockey association president says families learned of the closure from a Facebook post",
                "Nathalie Boisjoli",
                "says",
                "W",
            ),
        ],
        [
            ("By Colette Bessette-Ouellon", "", "", "B"),
        ],
        [
            ("Published Sept. 7, 2027 • Updated 6:14 p.m.", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            (
                "Parents wait outside the Gaston-Rivard Arena on Monday evening after practices were cancelled.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Marc-Antoine Bellavance / The Watchman", "", "", "B"),
        ],
        [
            (
                "VERDUN — The borough will close the Gaston-Rivard Arena for at least 12 months after an inspection found asbestos in the insulation above the rink, borough mayor Isabelle de Grandpré-Sauvé announced Monday.",
                "Isabelle de Grandpré-Sauvé",
                "announced",
                "W",
            ),
            (
                "She said the building would shut on Sept. 15.",
                "Isabelle de Grandpré-Sauvé",
                "said",
                "",
            ),
        ],
        [
            (
                "“I'm not going to let 400 kids skate under a ceiling we can't vouch for,” de Grandpré-Sauvé told reporters outside the arena.",
                "Isabelle de Grandpré-Sauvé",
                "told reporters",
                "",
            ),
            ("“Not for one more week.”", "Isabelle de Grandpré-Sauvé", "told reporters", ""),
        ],
        [
            (
                "According to a July report by engineers hired by the borough, samples taken from 11 of 14 ceiling panels contained chrysotile asbestos.",
                "a July report by engineers hired by the borough",
                "according to",
                "W",
            ),
            (
                "The report, dated July 28, recommended that the arena be closed until the panels were removed.",
                "The report",
                "recommended",
                "W",
            ),
        ],
        [
            (
                "The arena is home to the Verdun Minor Hockey Association, which has 412 registered players this season, and to two adult leagues.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The association's president, Nathalie Boisjoli, said families had learned about the closure from a post on the borough's Facebook page on Sunday night, hours before the first practice of the season.",
                "Nathalie Boisjoli",
                "said",
                "W",
            ),
            ("She said nobody from the borough had called her.", "Nathalie Boisjoli", "said", "W"),
        ],
        [
            (
                "De Grandpré-Sauvé said the borough had emailed the association on Friday afternoon.",
                "Isabelle de Grandpré-Sauvé",
                "said",
                "W",
            ),
            (
                "She said she regretted that the message had not reached parents before the post went up.",
                "Isabelle de Grandpré-Sauvé",
                "said",
                "",
            ),
        ],
        [
            ("Boisjoli disputed that.", "Nathalie Boisjoli", "disputed", ""),
            ("“We checked every inbox.", "Nathalie Boisjoli", "said", ""),
            (
                "There was nothing on Friday, nothing on Saturday,” she said.",
                "Nathalie Boisjoli",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the association needed about 60 hours of ice a week and that the nearest rink, in LaSalle, had offered 22.",
                "Nathalie Boisjoli",
                "said",
                "W",
            ),
        ],
        [
            (
                "De Grandpré-Sauvé noted that the borough had booked 30 hours a week at the Marcel-Lavergne rink in LaSalle, starting Sept. 20.",
                "Isabelle de Grandpré-Sauvé",
                "noted",
                "W",
            ),
            (
                "She added that the borough would pay for buses for players under 12.",
                "Isabelle de Grandpré-Sauvé",
                "added",
                "",
            ),
        ],
        [
            (
                "Boisjoli, a nurse whose two sons play in the association, has coached at the arena since 2011.",
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
                "A spokesperson for the CNESST, Quebec's workplace health and safety board, said in an emailed statement that it had opened a file on the arena on Aug. 3 and that an inspector had visited twice.",
                "A spokesperson for the CNESST",
                "said in an emailed statement",
                "W",
            ),
            (
                "“Workers were not found to have been exposed above the permitted limit,” the statement said.",
                "A spokesperson for the CNESST",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "Arena attendant Réjean Brouillette-Doyon, 58, who has driven the ice resurfacer at Gaston-Rivard for 26 years, said he had been told to stay home on full pay.",
                "Réjean Brouillette-Doyon",
                "said",
                "W",
            ),
            (
                "“Twenty-six years I've been breathing that,” he said.",
                "Réjean Brouillette-Doyon",
                "said",
                "",
            ),
            ("“Now they tell me?”", "Réjean Brouillette-Doyon", "said", ""),
        ],
        [
            (
                "Luc Beaudry-Pham, the opposition councillor for the Desmarchais-Crawford district, wrote on X that the borough had known about the asbestos “since at least 2019.”",
                "Luc Beaudry-Pham",
                "wrote on X",
                "W",
            ),
            (
                "In a second post, he wrote that a 2019 inspection report had listed the ceiling panels as “to be monitored.”",
                "Luc Beaudry-Pham",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Asked about the report, de Grandpré-Sauvé said the 2019 inspection had found the panels intact.",
                "Isabelle de Grandpré-Sauvé",
                "said",
                "W",
            ),
            (
                "“Intact is not the same as safe, and that's why we're acting now,” she said.",
                "Isabelle de Grandpré-Sauvé",
                "said",
                "",
            ),
        ],
        [
            (
                "Karine Ostiguy, whose daughter plays in the under-11 league, asked how a nine-year-old was supposed to get to LaSalle for a practice at 6 a.m.",
                "Karine Ostiguy",
                "asked",
                "",
            ),
            ("Ostiguy stood at the back of the crowd with a hockey bag at her feet.", "", "", ""),
        ],
        [
            (
                "The borough said the removal work would be put out to tender in October.",
                "The borough",
                "said",
                "",
            ),
            ("It estimated the cost at $3.8 million.", "The borough", "estimated", "W"),
        ],
        [
            (
                "Verdun's other arena, on Bannantyne Ave., closed in 2024 for roof repairs and reopened last winter.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Colette Bessette-Ouellon covers Verdun and LaSalle for The Watchman.", "", "", "B"),
        ],
        [
            ("© 2027 Watchman Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ABLEKUMA LEDGER", "", "", "B"),
        ],
        [
            ("E-Paper | Subscribe | Login", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Regions   Sports   Showbiz   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Transport", "", "", "B"),
        ],
        [
            (
                "Tro-tro and taxi fares up 15% from today, operators say",
                "the Council of Commercial Transport Operators",
                "say",
                "W",
            ),
        ],
        [
            (
                "Deputy minister says increase was not approved",
                "Kwabena Agyapong-Tawiah",
                "says",
                "W",
            ),
        ],
        [
            ("By ABENA SERWAA KUFFOUR-ANSONG", "", "", "B"),
        ],
        [
            ("Monday, July 5, 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "Passengers board a tro-tro at the Kaneshie lorry station in Accra on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: KWEKU ABABIO-NUAMAH | LEDGER", "", "", "B"),
        ],
        [
            (
                "ACCRA — Fares for tro-tro and taxi services in Accra will rise by 15 per cent from today, the Council of Commercial Transport Operators (CCTO) announced on Sunday, a week after the price of diesel went up for the third time this year.",
                "the Council of Commercial Transport Operators",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The pump price of diesel rose by GH¢2.10 a litre on June 28, according to the price schedule published by the National Petroleum Authority.",
                "the price schedule published by the National Petroleum Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The council's general secretary, Alhaji Yakubu Dawuni-Issahaku, said the minimum fare on most routes would go from GH¢8.00 to GH¢9.20.",
                "Yakubu Dawuni-Issahaku",
                "said",
                "W",
            ),
            (
                "He said operators had absorbed two earlier fuel increases, in March and May, without raising fares.",
                "Yakubu Dawuni-Issahaku",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not doing this to punish anybody,” Dawuni-Issahaku told the Ledger by phone.",
                "Yakubu Dawuni-Issahaku",
                "told the Ledger",
                "",
            ),
            (
                "“A driver who fills his tank today pays GH¢310 more every week than he did in January.”",
                "Yakubu Dawuni-Issahaku",
                "told the Ledger",
                "W",
            ),
        ],
        [
            (
                "But the Deputy Minister for Transport, Hon. Kwabena Agyapong-Tawiah, said the ministry had not approved any increase and that operators were required to give 14 days' notice of new fares.",
                "Kwabena Agyapong-Tawiah",
                "said",
                "W",
            ),
            (
                "He said the CCTO had written to the ministry on Thursday, three days before the announcement.",
                "Kwabena Agyapong-Tawiah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dawuni-Issahaku insisted that the letter was a notice, not a request.",
                "Yakubu Dawuni-Issahaku",
                "insisted",
                "",
            ),
            (
                "He said the council had met ministry officials twice since May, on May 12 and June 30.",
                "Yakubu Dawuni-Issahaku",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agyapong-Tawiah conceded that both meetings had taken place.",
                "Kwabena Agyapong-Tawiah",
                "conceded",
                "W",
            ),
            ("He said neither had ended in an agreement.", "Kwabena Agyapong-Tawiah", "said", "W"),
        ],
        [
            (
                "Dawuni-Issahaku recalled that operators had kept fares unchanged for 14 months in 2025 and 2026 at the ministry's request.",
                "Yakubu Dawuni-Issahaku",
                "recalled",
                "W",
            ),
        ],
        [
            (
                "Agyapong-Tawiah, a former manager of a state bus company, was appointed deputy minister in February.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Motor Traffic and Transport Department of the Ghana Police Service said in a statement that officers would be deployed at 12 major lorry stations from today to prevent clashes between drivers and passengers.",
                "The Motor Traffic and Transport Department of the Ghana Police Service",
                "said in a statement",
                "",
            ),
            (
                "The statement, signed by its director, ACP Comfort Agyeiwaa Nortey, urged passengers to report overcharging on a toll-free line.",
                "The Motor Traffic and Transport Department of the Ghana Police Service",
                "urged",
                "",
            ),
        ],
        [
            (
                "On Facebook, the Member of Parliament for Ablekuma Central, Hon. Lydia Sarpomaa Agyekum-Sackey, posted a photo of the new fare chart and wrote that she had asked the minister to summon both sides.",
                "Lydia Sarpomaa Agyekum-Sackey",
                "wrote",
                "W",
            ),
            (
                "“Our people cannot carry this alone,” she wrote.",
                "Lydia Sarpomaa Agyekum-Sackey",
                "wrote",
                "",
            ),
        ],
        [
            ("“I used to spend GH¢16 a day going and coming.", "Efua Kwofie-Danquah", "said", "W"),
            ("Now it will be more than GH¢18.", "Efua Kwofie-Danquah", "said", ""),
        ],
        [
            (
                "“What do I tell my children, that we will eat less fish?” said Efua Kwofie-Danquah, 39, a fish seller who travels from Kasoa to the Agbogbloshie market every morning.",
                "Efua Kwofie-Danquah",
                "said",
                "",
            ),
        ],
        [
            (
                "Kwofie-Danquah said she made about GH¢120 on a good day.",
                "Efua Kwofie-Danquah",
                "said",
                "W",
            ),
        ],
        [
            (
                "A ministry official who asked not to be named said the ministry had drafted a new fare formula in April but had not published it.",
                "A ministry official who asked not to be named",
                "said",
                "W",
            ),
            (
                "The official said the formula would tie fares to the pump price of diesel.",
                "The official",
                "said",
                "",
            ),
        ],
        [
            (
                "The CCTO said drivers who charged more than the new fares would be suspended from its member stations.",
                "the Council of Commercial Transport Operators",
                "said",
                "",
            ),
        ],
        [
            (
                "Fares last rose in January 2027, by 12 per cent, according to the council's own figures.",
                "the council's own figures",
                "according to",
                "W",
            ),
        ],
        [
            ("YOU MAY ALSO LIKE", "", "", "B"),
        ],
        [
            ("Kasoa highway expansion to begin in September", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Call or WhatsApp 050 318 4427.", "", "", "B"),
        ],
        [
            ("© 2027 Ablekuma Ledger Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SAMPIGE EXPRESS", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "Home | Bengaluru | Karnataka | India | World | Business | Sport | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bengaluru / Civic", "", "", "B"),
        ],
        [
            ("Tanker owners move High Court against water board's price cap", "", "", "W"),
        ],
        [
            (
                "Cap of ₹1,200 a load will drive half of us out of business, association says",
                "The Bengaluru Private Water Tanker Owners' Association",
                "says",
                "",
            ),
        ],
        [
            ("Written by Harini Subbaiah-Kodandaram", "", "", "B"),
        ],
        [
            ("Bengaluru | Updated: August 12, 2027 10:05 IST", "", "", "B"),
        ],
        [
            ("Follow Us | Share", "", "", "B"),
        ],
        [
            (
                "Private tankers wait to fill up at a borewell yard in Varthur on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Express photo by G. Nanjundappa)", "", "", "B"),
        ],
        [
            (
                "The Bengaluru Private Water Tanker Owners' Association has asked the High Court of Karnataka to quash a price cap imposed by the Bengaluru Water Supply and Sewerage Board (BWSSB) in June, arguing that it was fixed without hearing tanker owners.",
                "The Bengaluru Private Water Tanker Owners' Association",
                "arguing",
                "W",
            ),
        ],
        [
            (
                "The cap, of ₹1,200 for a 6,000-litre load within 5 km and ₹1,500 up to 10 km, came into force on June 14, according to the petition.",
                "the petition",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The petition says tanker owners pay ₹650 to ₹700 a load to borewell owners and spend about ₹2,800 a day per tanker on diesel and wages.",
                "The petition",
                "says",
                "W",
            ),
            (
                "It says that at least 1,100 of the roughly 3,400 private tankers registered in the city have stopped running since the cap.",
                "the petition",
                "says",
                "W",
            ),
        ],
        [
            (
                "The association's president, R. Lakshmanappa, said it had written to the board three times in May asking to be heard before the cap was fixed.",
                "R. Lakshmanappa",
                "said",
                "W",
            ),
            (
                "He said the board had replied once, on May 29, to say the matter was “under consideration”.",
                "R. Lakshmanappa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody asked us what a load costs us,” Lakshmanappa told the Express.",
                "R. Lakshmanappa",
                "told the Express",
                "",
            ),
            (
                "“They asked the residents, they asked the corporators, they asked the newspapers.",
                "R. Lakshmanappa",
                "told the Express",
                "",
            ),
            ("Not one tanker owner.”", "R. Lakshmanappa", "told the Express", ""),
        ],
        [
            (
                "BWSSB chairman Dr. S. Vishwanath Ballal said the cap had been worked out by the board's engineers from the cost of diesel, wages and borewell water.",
                "S. Vishwanath Ballal",
                "said",
                "W",
            ),
            (
                "He said complaints of overcharging to the board's helpline had fallen from 2,300 in May to 410 in July.",
                "S. Vishwanath Ballal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lakshmanappa argued that the complaints had fallen because tankers had stopped running, not because prices had.",
                "R. Lakshmanappa",
                "argued",
                "",
            ),
            (
                "He said seven of his own 14 tankers had been parked since June.",
                "R. Lakshmanappa",
                "said",
                "W",
            ),
        ],
        [
            ("Ballal rejected that.", "S. Vishwanath Ballal", "rejected", ""),
            (
                "“There is no shortage of tankers in this city,” he said.",
                "S. Vishwanath Ballal",
                "said",
                "W",
            ),
            (
                "“There is a shortage of tankers willing to go to Whitefield for ₹1,200.”",
                "S. Vishwanath Ballal",
                "said",
                "",
            ),
        ],
        [
            (
                "Lakshmanappa warned that more owners would park their tankers before the monsoon ended if the cap stayed.",
                "R. Lakshmanappa",
                "warned",
                "",
            ),
        ],
        [
            ("Ballal, a civil engineer, took charge of the board in January 2026.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "When the petition came up for hearing on Wednesday, senior advocate Uday Kiran Kodialbail, appearing for the association, argued that the board had no power under its own Act to fix prices for private tankers.",
                "Uday Kiran Kodialbail",
                "argued",
                "",
            ),
        ],
        [
            (
                "Additional Advocate General Pramila Nadgouda told the court that the cap had been fixed under the Disaster Management Act after Bengaluru Urban district was declared drought-hit in April.",
                "Pramila Nadgouda",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "Justice Revathi Mallikarjun observed that the cap appeared to have been “fixed in a hurry”.",
                "Revathi Mallikarjun",
                "observed",
                "",
            ),
            (
                "She issued notice to the board and the State government and posted the matter to August 26.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Asked whether the board would revise the cap, Ballal said it would “wait for the court”.",
                "S. Vishwanath Ballal",
                "said",
                "",
            ),
        ],
        [
            (
                "In a post on X on Wednesday, Deepa Chikkanna-Puttaswamy, secretary of the Varthur Lake Residents' Welfare Association, wrote that 14 apartment complexes in the area had gone without tanker water for three days last week.",
                "Deepa Chikkanna-Puttaswamy",
                "wrote",
                "W",
            ),
            ("“The cap is on paper,” she wrote.", "Deepa Chikkanna-Puttaswamy", "wrote", ""),
            ("“The price is on the gate.”", "Deepa Chikkanna-Puttaswamy", "wrote", ""),
        ],
        [
            ("“If I charge ₹1,200, I lose ₹300 on every trip.", "Manjunath Hosamani", "asked", "W"),
            (
                "Who pays that, the chairman?” asked Manjunath Hosamani, who drives a tanker between Varthur and Gunjur.",
                "Manjunath Hosamani",
                "asked",
                "",
            ),
        ],
        [
            (
                "Hosamani said he made seven trips a day before the cap and three now.",
                "Manjunath Hosamani",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bengaluru Urban district received 38% less rain than normal between March and May, according to the India Meteorological Department.",
                "the India Meteorological Department",
                "according to",
                "W",
            ),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Varthur lake: BWSSB to lay new pipeline by 2028", "", "", "B"),
        ],
        [
            ("© 2027 The Sampige Express Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE YARRANBAH ADVOCATE", "", "", "B"),
        ],
        [
            ("Subscribe | Log in | Today's Paper", "", "", "B"),
        ],
        [
            ("News   Sport   Community   Rural   Weather   Obituaries   Puzzles", "", "", "B"),
        ],
        [
            ("News › Council", "", "", "B"),
        ],
        [
            ("Council votes 5-4 to close Yarranbah Memorial Pool at end of season", "", "", "W"),
        ],
        [
            ("Mayor says ratepayers cannot afford $4.6m rebuild", "Graeme Rushbrooke", "says", ""),
        ],
        [
            ("By Bronwyn Dalgleish-Ackroyd", "", "", "B"),
        ],
        [
            ("Wednesday, 16 June 2027 – 4:12pm", "", "", "B"),
        ],
        [
            ("Share | Comment", "", "", "B"),
        ],
        [
            ("The Yarranbah Memorial Pool, which opened in 1964, on Tuesday morning.", "", "", "W"),
        ],
        [
            ("Picture: Supplied", "", "", "B"),
        ],
        [
            (
                "Yarranbah's only public swimming pool will close for good at the end of the swimming season in April after the Yarranbah Shire Council voted 5-4 on Tuesday not to fund its rebuild.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Graeme Rushbrooke said a consultant's report had put the cost of replacing the pool's cracked shell and filtration plant at $4.6 million.",
                "Graeme Rushbrooke",
                "said",
                "W",
            ),
            (
                "He said that was more than the council's entire capital budget for roads this year.",
                "Graeme Rushbrooke",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I grew up in that pool, and so did my kids,” the mayor told the meeting.",
                "Graeme Rushbrooke",
                "told the meeting",
                "",
            ),
            (
                "“But I can't ask ratepayers in Boonah Creek to pay for it through their rates for the next 20 years.”",
                "Graeme Rushbrooke",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "Cr Daniel Reardon, who moved to fund the rebuild, said the same report had found the pool drew 31,000 visits last season.",
                "Daniel Reardon",
                "said",
                "W",
            ),
            (
                "He said the council had spent $2.2 million on a new administration building in 2025.",
                "Daniel Reardon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cr Rushbrooke said the administration building had been paid for by a state grant.",
                "Graeme Rushbrooke",
                "said",
                "W",
            ),
            (
                "He said the grant could not have been used for the pool.",
                "Graeme Rushbrooke",
                "said",
                "W",
            ),
        ],
        [
            ("Cr Reardon said that was “not the whole story”.", "Daniel Reardon", "said", ""),
            (
                "He said the council had not applied for either of two state pool grants that closed in March.",
                "Daniel Reardon",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the start of the meeting, Cr Reardon read out a letter from the Yarranbah Amateur Swimming Club, which has 164 members.",
                "",
                "",
                "W",
            ),
            (
                "The club wrote that 23 of its members were under 10 and that the nearest other public pool was 58km away in Kingaroy.",
                "The club",
                "wrote",
                "W",
            ),
            (
                "“A town that can't teach its children to swim is not a safe town,” the letter said.",
                "the Yarranbah Amateur Swimming Club",
                "the letter said",
                "",
            ),
        ],
        [
            (
                "“We've run a learn-to-swim program there every summer since 1971.",
                "Raelene Durack-Simms",
                "said",
                "W",
            ),
            ("Last year 212 kids went through it.", "Raelene Durack-Simms", "said", "W"),
        ],
        [
            (
                "“Where do they go now, the dam?” said Raelene Durack-Simms, the club's president, after the vote.",
                "Raelene Durack-Simms",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Durack-Simms said the club would start a petition to reverse the decision.",
                "Raelene Durack-Simms",
                "said",
                "",
            ),
            ("She left the chamber before the meeting closed.", "", "", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Deputy mayor Sharon Trevannion posted on Facebook after the meeting that she had voted to close the pool “with a heavy heart”.",
                "Sharon Trevannion",
                "posted on Facebook",
                "",
            ),
            (
                "She wrote that the council would look at running a bus to the Kingaroy pool on Saturdays.",
                "Sharon Trevannion",
                "wrote",
                "",
            ),
        ],
        [
            (
                "A council spokeswoman said the pool would stay open until April 30.",
                "A council spokeswoman",
                "said",
                "",
            ),
            (
                "She said the council had not yet decided what to do with the site.",
                "A council spokeswoman",
                "said",
                "",
            ),
        ],
        [
            (
                "Council records show the pool lost $287,000 in the 2025-26 financial year.",
                "Council records",
                "show",
                "W",
            ),
        ],
        [
            (
                "Voting to close the pool were the mayor, Cr Trevannion, Cr Neville Cattermole, Cr Jodie Marrable and Cr Peter Souvlakis.",
                "",
                "",
                "W",
            ),
            (
                "Voting against were Cr Reardon, Cr Megan Trounce, Cr Ivan Petrasek and Cr Lorna Quintrell.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bronwyn Dalgleish-Ackroyd is the Advocate's local government reporter.", "", "", "B"),
        ],
        [
            ("More from News", "", "", "B"),
        ],
        [
            ("Burnett Highway roadworks to start near Boonah Creek", "", "", "B"),
        ],
        [
            ("We acknowledge the Traditional Owners of the land on which we work.", "", "", "B"),
        ],
        [
            ("© 2027 Advocate Regional Media Pty Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us | Terms of use | Privacy | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LOWLANDER", "", "", "B"),
        ],
        [
            ("News from the Netherlands, in English", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Housing | Transport | Expat life | Jobs", "", "", "B"),
        ],
        [
            ("Transport › Utrecht", "", "", "B"),
        ],
        [
            (
                "Utrecht to fine cyclists €35 for parking outside the racks at Centraal station",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sjoerd Veldkamp-Terpstra", "", "", "B"),
        ],
        [
            ("October 8, 2027", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Bikes parked against the railings on the Jaarbeursplein on Thursday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Lieke Brouwers-Tjin", "", "", "B"),
        ],
        [
            (
                "Cyclists who leave their bikes outside the racks around Utrecht Centraal station will be fined €35 from January 1, the city's mobility alderman, Rutger van Wijngaarden, said on Thursday.",
                "Rutger van Wijngaarden",
                "said",
                "W",
            ),
            (
                "He said enforcement officers had removed 41,200 bikes from the station area last year, up from 33,900 in 2025.",
                "Rutger van Wijngaarden",
                "said",
                "W",
            ),
        ],
        [
            (
                "Van Wijngaarden said the three garages around the station, which hold 33,000 bikes between them, were on average only 81% full.",
                "Rutger van Wijngaarden",
                "said",
                "W",
            ),
            ("“There is room,” he said.", "Rutger van Wijngaarden", "said", ""),
            (
                "“People just don't want to walk down the stairs.”",
                "Rutger van Wijngaarden",
                "said",
                "",
            ),
        ],
        [
            (
                "In a letter to the city council sent on Wednesday, he wrote that the fine would be “a last resort” and that officers would first tag bikes with a warning label for 24 hours.",
                "Rutger van Wijngaarden",
                "wrote",
                "",
            ),
        ],
        [
            (
                "According to the letter, removed bikes that are not collected within 28 days are sold or scrapped, and only 38% are ever collected.",
                "the letter",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Sander ten Brinkhorst, of the Student & City party, said the city was punishing students for a shortage of racks near the new university buildings.",
                "Sander ten Brinkhorst",
                "said",
                "",
            ),
            (
                "He said the garage under the Jaarbeursplein had been closed for repairs since May, taking 4,000 spaces out of use.",
                "Sander ten Brinkhorst",
                "said",
                "W",
            ),
        ],
        [
            (
                "Van Wijngaarden conceded that the garage would not reopen before March.",
                "Rutger van Wijngaarden",
                "conceded",
                "",
            ),
            (
                "He said 2,500 temporary racks had been placed on the square in the meantime.",
                "Rutger van Wijngaarden",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ten Brinkhorst said the temporary racks were full by 8.30 a.m. on weekdays.",
                "Sander ten Brinkhorst",
                "said",
                "W",
            ),
            (
                "He said he had counted them himself on Tuesday.",
                "Sander ten Brinkhorst",
                "said",
                "W",
            ),
        ],
        [
            ("Ten Brinkhorst, 24, is the youngest member of the council.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Marloes de Vries-Kapteijn, a spokeswoman for the Utrecht cyclists' union Fietsvrij, said the union supported fines for “bikes that are clearly abandoned” but not for commuters.",
                "Marloes de Vries-Kapteijn",
                "said",
                "",
            ),
            (
                "“A fine won't make the garage any bigger,” she added.",
                "Marloes de Vries-Kapteijn",
                "added",
                "",
            ),
        ],
        [
            (
                "De Vries-Kapteijn noted that the union's own count on September 14 had found 1,150 bikes outside the racks at 9 a.m.",
                "Marloes de Vries-Kapteijn",
                "noted",
                "W",
            ),
            (
                "She did not say how the count was carried out.",
                "Marloes de Vries-Kapteijn",
                "did not say",
                "",
            ),
        ],
        [
            (
                "The student union SVU posted on Instagram that it would hold a protest ride to the city hall on October 20.",
                "SVU",
                "posted on Instagram",
                "",
            ),
        ],
        [
            (
                "“I work at the hospital, I start at seven, and the garage is a ten-minute walk from the platform.",
                "Ahmet Koçak-Verhoef",
                "asked",
                "",
            ),
            ("If I park in the garage, I miss my train.", "Ahmet Koçak-Verhoef", "asked", ""),
        ],
        [
            (
                "“So what do I do, leave home at six?” asked Ahmet Koçak-Verhoef, a nurse who commutes from Amersfoort.",
                "Ahmet Koçak-Verhoef",
                "asked",
                "",
            ),
        ],
        [
            (
                "The municipality said in a statement that the fine had been approved by the executive board of mayor and aldermen on Tuesday.",
                "The municipality",
                "said in a statement",
                "W",
            ),
            (
                "It said the city council would debate the measure on November 4.",
                "The municipality",
                "said",
                "",
            ),
        ],
        [
            (
                "Amsterdam brought in a similar fine of €30 in 2024, according to the Amsterdam municipality's website.",
                "the Amsterdam municipality's website",
                "according to",
                "W",
            ),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Rotterdam opens underground bike garage with 7,000 spaces", "", "", "B"),
        ],
        [
            ("Support The Lowlander.", "", "", "B"),
            ("Become a member from €4 a month.", "", "", "B"),
        ],
        [
            ("© 2027 Lowlander Media B.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise | Privacy | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("SIGLAP POST", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Lifestyle | Opinion | Videos", "", "", "B"),
        ],
        [
            ("Singapore › Housing", "", "", "B"),
        ],
        [
            (
                "Toa Payoh Lorong 5 hawker centre to close for nine months from January for upgrading",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Merchants' association chairman says temporary site is across a six-lane road from customers",
                "Selvaraj s/o Muniandy",
                "says",
                "W",
            ),
        ],
        [
            ("By Faris Iskandar Jamaludin", "", "", "B"),
        ],
        [
            ("Published Nov 14, 2027, 05:00 AM", "", "", "B"),
        ],
        [
            ("Updated Nov 14, 2027, 11:32 AM", "", "", "B"),
        ],
        [
            ("Share | Save | Gift this article", "", "", "B"),
        ],
        [
            (
                "Stallholders at the Toa Payoh Lorong 5 Market and Food Centre, which opened in 1985, on Nov 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SIGLAP POST PHOTO: AZMIN SHAFIEE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The 42-year-old Toa Payoh Lorong 5 Market and Food Centre will close for nine months from Jan 10, 2028, for upgrading works, the National Environment Agency (NEA) said on Saturday.",
                "the National Environment Agency",
                "said",
                "W",
            ),
            (
                "In a statement, it said the $14.8 million works would replace the roof, the drainage and the ventilation above the centre's 96 cooked-food stalls.",
                "the National Environment Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "A temporary market will be set up in a car park about 450m away, the agency said.",
                "the agency",
                "said",
                "",
            ),
        ],
        [
            (
                "But the chairman of the centre's merchants' association, Mr Selvaraj s/o Muniandy, said the car park was across a six-lane road from the housing blocks that supply most of the centre's customers.",
                "Selvaraj s/o Muniandy",
                "said",
                "W",
            ),
            (
                "He said 71 of the 96 cooked-food stallholders had signed a letter in March asking for the works to be done in two phases.",
                "Selvaraj s/o Muniandy",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Half the centre can stay open while they do the other half,” Mr Selvaraj told Siglap Post.",
                "Selvaraj s/o Muniandy",
                "told Siglap Post",
                "",
            ),
            (
                "“We have been asking since March.”",
                "Selvaraj s/o Muniandy",
                "told Siglap Post",
                "W",
            ),
        ],
        [
            (
                "Mr Ngiam Boon Siong, chairman of the Toa Payoh Central Town Council, said phasing the works would add about five months and $2.1 million to the project.",
                "Ngiam Boon Siong",
                "said",
                "",
            ),
            (
                "He said the town council had met the association twice, in April and in August.",
                "Ngiam Boon Siong",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Selvaraj said neither meeting had lasted more than 30 minutes.",
                "Selvaraj s/o Muniandy",
                "said",
                "W",
            ),
            (
                "He said the association had not been shown the contractor's timetable.",
                "Selvaraj s/o Muniandy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Ngiam said the timetable would be shared with stallholders “in the coming weeks”.",
                "Ngiam Boon Siong",
                "said",
                "",
            ),
            (
                "He added that stallholders would pay no rent for the first three months at the temporary site.",
                "Ngiam Boon Siong",
                "added",
                "W",
            ),
        ],
        [
            (
                "Ms Nurul Aisyah binte Rahmat, an MP for Toa Payoh Central GRC, wrote on Facebook on Saturday night that she had visited the centre three times this month.",
                "Nurul Aisyah binte Rahmat",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Our hawkers have fed this estate for four decades,” she wrote.",
                "Nurul Aisyah binte Rahmat",
                "wrote",
                "",
            ),
            ("“They deserve more than a car park.”", "Nurul Aisyah binte Rahmat", "wrote", ""),
        ],
        [
            (
                "Ms Nurul Aisyah said she would raise the matter with the Ministry of Sustainability and the Environment.",
                "Nurul Aisyah binte Rahmat",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“My customers are aunties and uncles from Block 52 and Block 53.",
                "Siow Ai Ling",
                "said",
                "",
            ),
            (
                "They will not cross that road for one bowl of fishball noodles.”",
                "Siow Ai Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nine months without them, can I survive?” said Madam Siow Ai Ling, 67, who has run her noodle stall at the centre since 1988.",
                "Siow Ai Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Siow said her stall took about $900 on a weekday and a little more on weekends.",
                "Siow Ai Ling",
                "said",
                "W",
            ),
        ],
        [
            (
                "NEA said 11 of the 15 hawker centres it had upgraded since 2022 had been closed for eight months or longer.",
                "the National Environment Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Housing Board, which owns the car park, said 180 parking lots would be lost during the works.",
                "A spokesperson for the Housing Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The centre was last upgraded in 2006, according to NEA's records.",
                "NEA's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Selvaraj, 58, took over his father's rojak stall at the centre in 1991.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Join Siglap Post's Telegram channel and get the latest breaking news delivered to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Hawker centres | Toa Payoh | NEA", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Siglap Post Media Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201912345K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms & Conditions | Privacy Statement | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RUBAGA REPORTER", "", "", "B"),
        ],
        [
            ("E-paper | Subscribe | Log in", "", "", "B"),
        ],
        [
            ("News   National   Kampala   Business   Sports   Commentary   Lifestyle", "", "", "B"),
        ],
        [
            ("News > Courts", "", "", "B"),
        ],
        [
            (
                "Boda boda riders tell court KCCA ban has cost them Shs2 billion a month",
                "The Kampala Boda Boda Riders' Welfare Association",
                "tell court",
                "W",
            ),
        ],
        [
            ("By JOSEPH MUKASA-ODONGO", "", "", "B"),
        ],
        [
            ("Tuesday, March 16, 2027", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Boda boda riders wait for passengers at the edge of the central business district on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | ISAAC MUWANGUZI", "", "", "B"),
        ],
        [
            (
                "KAMPALA. The Kampala Boda Boda Riders' Welfare Association has told the High Court that a ban on motorcycle taxis in the city's central business district has cost its members about Shs2 billion a month since it took effect in November.",
                "The Kampala Boda Boda Riders' Welfare Association",
                "has told the High Court",
                "W",
            ),
        ],
        [
            (
                "In its plaint, filed in January, the association says the Kampala Capital City Authority (KCCA) imposed the ban without consulting riders and without a resolution of the city council.",
                "the association",
                "says",
                "W",
            ),
            (
                "It asks the court to quash the ban and to order KCCA to pay Shs4.8 billion in compensation.",
                "The Kampala Boda Boda Riders' Welfare Association",
                "asks",
                "",
            ),
        ],
        [
            (
                "The association's chairman, Hajji Abdul Nsereko-Mayanja, told the court on Monday that 8,400 of its 23,000 registered members had worked inside the central business district before the ban.",
                "Abdul Nsereko-Mayanja",
                "told the court",
                "W",
            ),
            (
                "He said each had lost about Shs240,000 a month.",
                "Abdul Nsereko-Mayanja",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We were not consulted, not once,” Nsereko-Mayanja testified.",
                "Abdul Nsereko-Mayanja",
                "testified",
                "W",
            ),
            (
                "“They put up the signs on a Sunday night, and on Monday morning the police were impounding our bikes.”",
                "Abdul Nsereko-Mayanja",
                "testified",
                "W",
            ),
        ],
        [
            (
                "Under cross-examination by KCCA's lawyer, Brian Tumwebaze-Kizza, Nsereko-Mayanja conceded that the association had attended two meetings at City Hall in September.",
                "Abdul Nsereko-Mayanja",
                "conceded",
                "W",
            ),
            (
                "He insisted that the meetings had been about parking stages, not a ban.",
                "Abdul Nsereko-Mayanja",
                "insisted",
                "",
            ),
        ],
        [
            (
                "KCCA's director of physical planning, Eng. Julius Mugisha-Acellam, testified that the ban had cut road accidents in the city centre by 27 per cent in its first three months.",
                "Julius Mugisha-Acellam",
                "testified",
                "W",
            ),
            (
                "He said the figure came from police accident reports.",
                "Julius Mugisha-Acellam",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nsereko-Mayanja, recalled to the stand, said the riders' lawyers had not been shown those reports.",
                "Abdul Nsereko-Mayanja",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mugisha-Acellam told the court that the ban had been approved by the authority's executive committee on October 3.",
                "Julius Mugisha-Acellam",
                "told the court",
                "W",
            ),
            (
                "He said a council resolution was not required.",
                "Julius Mugisha-Acellam",
                "said",
                "",
            ),
        ],
        [
            (
                "Tumwebaze-Kizza argued that the association had no standing to sue because it was not registered as a company.",
                "Brian Tumwebaze-Kizza",
                "argued",
                "",
            ),
            (
                "He asked the court to dismiss the suit with costs.",
                "Brian Tumwebaze-Kizza",
                "asked",
                "",
            ),
        ],
        [
            (
                "Lady Justice Esther Nankya-Kibuuka asked the riders' lawyer, Godfrey Ssemakula, whether the association's certificate of registration had been filed with the plaint.",
                "Esther Nankya-Kibuuka",
                "asked",
                "",
            ),
            ("Ssemakula said it had been filed as an annexure.", "Godfrey Ssemakula", "said", "W"),
            ("The judge adjourned the hearing to April 6.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“Before the ban I was making Shs35,000 a day at Nakasero market.",
                "Ronald Kaweesa-Wamala",
                "asked",
                "W",
            ),
            (
                "Now I sit at the taxi park in Wandegeya and I make maybe 12,000.",
                "Ronald Kaweesa-Wamala",
                "asked",
                "",
            ),
        ],
        [
            (
                "“Who will pay my children's school fees, KCCA?” asked Ronald Kaweesa-Wamala, 31, who has ridden a boda boda for nine years.",
                "Ronald Kaweesa-Wamala",
                "asked",
                "",
            ),
        ],
        [
            (
                "Kaweesa-Wamala, who walked to the court from Wandegeya, waited outside on a bench until the hearing ended.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kampala Metropolitan police spokesperson ASP Josephine Nabatanzi-Ochola said 3,140 motorcycles had been impounded in the city centre since November.",
                "Josephine Nabatanzi-Ochola",
                "said",
                "W",
            ),
            (
                "She said 2,600 had since been released after their owners paid fines of Shs100,000 each.",
                "Josephine Nabatanzi-Ochola",
                "said",
                "W",
            ),
        ],
        [
            (
                "A KCCA official who asked not to be named said the authority was drafting a plan to let riders back into parts of the city centre after 7 p.m.",
                "A KCCA official who asked not to be named",
                "said",
                "",
            ),
        ],
        [
            (
                "The ban covers an area of about 4.5 square kilometres, according to KCCA's affidavit in reply.",
                "KCCA's affidavit in reply",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags: KCCA | Boda bodas | High Court", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Kampala traders count losses as KCCA demolishes Nakivubo stalls", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email news@rubagareporter.co.ug", "", "", "B"),
        ],
        [
            ("© 2027 Rubaga Reporter Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE EDENVALE ECHO", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Newsletters", "", "", "B"),
        ],
        [
            ("News   Sport   What's On   Property   Jobs   Announcements", "", "", "B"),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            (
                "Kirkby Stephen branch surgery to close in May, leaving 3,900 patients facing 11-mile trip",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patients' group chair says members were told less than a month before the decision",
                "Margaret Fenbury-Towne",
                "says",
                "W",
            ),
        ],
        [
            ("By Eleanor Coughtrey", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday, 11 February 2027, 7:00 am", "", "", "B"),
        ],
        [
            ("Share | Comment", "", "", "B"),
        ],
        [
            (
                "The branch surgery on Market Street, Kirkby Stephen, which opened in 1979.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image: Edenvale Echo", "", "", "B"),
        ],
        [
            (
                "A GP surgery that serves 3,900 patients in Kirkby Stephen will close on May 28, leaving them an 11-mile trip to the main practice in Appleby, its partners have confirmed.",
                "its partners",
                "have confirmed",
                "W",
            ),
        ],
        [
            (
                "In a letter sent to patients on Tuesday, the Eden Howgill Medical Practice said it could no longer staff two sites after two of its six GPs retired in December.",
                "the Eden Howgill Medical Practice",
                "said",
                "W",
            ),
            (
                "The letter said the practice had advertised the posts four times since last summer without a single applicant.",
                "the Eden Howgill Medical Practice",
                "The letter said",
                "W",
            ),
        ],
        [
            (
                "According to the letter, patients will be able to order repeat prescriptions online and collect them from the pharmacy next to the branch.",
                "the letter",
                "according to",
                "",
            ),
        ],
        [
            (
                "Margaret Fenbury-Towne, chair of the Upper Eden Patients' Group, said members had been told of the plan at a meeting on January 19, less than a month before the partners voted.",
                "Margaret Fenbury-Towne",
                "said",
                "W",
            ),
            ("“They'd made up their minds,” she said.", "Margaret Fenbury-Towne", "said", ""),
            ("“We were there to be told, not asked.”", "Margaret Fenbury-Towne", "said", ""),
        ],
        [
            (
                "The local MP, Hannah Kilbride-Sowerby, said she had written to the health secretary and to the integrated care board asking them to “step in”.",
                "Hannah Kilbride-Sowerby",
                "said",
                "W",
            ),
            (
                "She said the only bus to Appleby left Kirkby Stephen at 9.40 a.m. and the last one back left at 2.15 p.m.",
                "Hannah Kilbride-Sowerby",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mrs Fenbury-Towne said the group had collected 1,640 signatures on a petition in ten days.",
                "Margaret Fenbury-Towne",
                "said",
                "W",
            ),
            (
                "She said about a third of the branch's patients were over 70.",
                "Margaret Fenbury-Towne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Kilbride-Sowerby held a drop-in session at the town's Methodist hall on Saturday.",
                "",
                "",
                "",
            ),
            ("She said more than 200 people had come.", "Hannah Kilbride-Sowerby", "said", "W"),
        ],
        [
            (
                "A spokesperson for the integrated care board, which funds GP services in the area, said it had approved the closure on February 3.",
                "A spokesperson for the integrated care board",
                "said",
                "W",
            ),
            (
                "The spokesperson added that a mobile clinic would visit Kirkby Stephen one day a week.",
                "The spokesperson",
                "added",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Q&A: the practice's senior partner", "", "", ""),
        ],
        [
            (
                "We put readers' questions to Dr Anand Kesavan, the senior partner at Eden Howgill Medical Practice.",
                "",
                "",
                "B",
            ),
            ("His answers have been edited for length.", "", "", "B"),
        ],
        [
            ("Echo: How many patients actually use the Kirkby Stephen branch?", "", "", ""),
        ],
        [
            (
                "Dr Kesavan: About 140 appointments a week, out of 1,100 across the practice.",
                "Anand Kesavan",
                "Dr Kesavan:",
                "W",
            ),
            ("That's the problem.", "Anand Kesavan", "Dr Kesavan:", ""),
        ],
        [
            ("Echo: Patients say they weren't consulted.", "Patients", "say", "W"),
            ("Were they?", "", "", ""),
        ],
        [
            (
                "Dr Kesavan: We held two meetings and ran a survey in December.",
                "Anand Kesavan",
                "Dr Kesavan:",
                "W",
            ),
            ("I accept the meetings came late.", "Anand Kesavan", "Dr Kesavan:", ""),
        ],
        [
            ("Echo: Could the branch reopen if you recruit?", "", "", ""),
        ],
        [
            ("Dr Kesavan: If we found two GPs tomorrow, yes.", "Anand Kesavan", "Dr Kesavan:", ""),
            ("But I'd be lying if I said I expected to.", "Anand Kesavan", "Dr Kesavan:", ""),
        ],
        [
            (
                "“I'm 84, I don't drive, and my husband has dementia.",
                "Joan Witheridge",
                "asked",
                "",
            ),
            (
                "How am I meant to get him to Appleby for a blood test?” asked Joan Witheridge, who has been a patient at the branch since 1968.",
                "Joan Witheridge",
                "asked",
                "",
            ),
        ],
        [
            (
                "Mrs Witheridge said her last appointment had been cancelled twice in January.",
                "Joan Witheridge",
                "said",
                "W",
            ),
        ],
        [
            (
                "The practice's partners are due to meet the patients' group again on March 4.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Eleanor Coughtrey is a Local Democracy Reporter.", "", "", "B"),
            ("Her post is part of the Local Democracy Reporting Service.", "", "", "B"),
        ],
        [
            ("Sign up to our daily newsletter", "", "", "B"),
        ],
        [
            ("© 2027 Edenvale Echo Ltd.", "", "", "B"),
            ("Registered in England No. 08812345.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Terms | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SPOKANE TRIBUNE-HERALD", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | e-Edition", "", "", "B"),
        ],
        [
            ("News | Local | Courts | Business | Sports | Opinion | Obituaries", "", "", "B"),
        ],
        [
            ("Local › Courts", "", "", "B"),
        ],
        [
            (
                "Tenant tells jury she reported leak ‘at least six times’ before mold spread",
                "Tameka Rhodes-Villanueva",
                "tells jury",
                "W",
            ),
        ],
        [
            ("By Gregory Atwater-Boyle", "", "", "B"),
        ],
        [
            ("April 20, 2027 Updated April 20, 2027 at 8:47 p.m.", "", "", "B"),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "Tameka Rhodes-Villanueva leaves Spokane County Superior Court on Tuesday after testifying.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tyler Mendenhall/The Tribune-Herald", "", "", "B"),
        ],
        [
            (
                "Tameka Rhodes-Villanueva told a jury Tuesday that she reported a leak under her bathroom sink at least six times in 2025 before black mold spread across two walls of her apartment on East Sprague Ave.",
                "Tameka Rhodes-Villanueva",
                "told a jury",
                "W",
            ),
            (
                "Rhodes-Villanueva, 34, is suing her former landlord, Brightmoor Residential LLC, for $1.2 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the complaint, filed in September 2026, her daughter, now 7, was taken to an emergency room four times in 2025 with breathing problems.",
                "the complaint",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I called, I emailed, I went to the office with pictures on my phone,” Rhodes-Villanueva testified.",
                "Tameka Rhodes-Villanueva",
                "testified",
                "W",
            ),
            (
                "“Every time they said somebody would come.”",
                "Tameka Rhodes-Villanueva",
                "testified",
                "",
            ),
        ],
        [
            (
                "Here is part of her cross-examination by Brightmoor's attorney, Dana Whitsell, from the court record:",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: You didn't put any of those requests through the online portal, did you?",
                "",
                "",
                "",
            ),
        ],
        [
            ("A: No.", "Tameka Rhodes-Villanueva", "A:", ""),
            ("The portal never worked on my phone.", "Tameka Rhodes-Villanueva", "A:", ""),
        ],
        [
            ("Q: So there's no written record of the first three calls?", "", "", ""),
        ],
        [
            ("A: There are the emails.", "Tameka Rhodes-Villanueva", "A:", ""),
            ("I sent four.", "Tameka Rhodes-Villanueva", "A:", "W"),
        ],
        [
            (
                "Whitsell told jurors in her opening statement Monday that the company's maintenance log showed only two requests from the apartment, both in November 2025.",
                "Dana Whitsell",
                "told jurors",
                "W",
            ),
            ("She said both were answered within 48 hours.", "Dana Whitsell", "said", "W"),
        ],
        [
            (
                "Crystal Sandqvist, who managed the 64-unit building for Brightmoor until last year, testified later Tuesday that she had never seen the photos.",
                "Crystal Sandqvist",
                "testified",
                "W",
            ),
            (
                "She said tenants were told at move-in to use the portal for all repairs.",
                "Crystal Sandqvist",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rhodes-Villanueva's attorney, Martin Ogbuehi-Sorensen, asked Sandqvist why the log showed no entries at all from March to October 2025.",
                "Martin Ogbuehi-Sorensen",
                "asked",
                "",
            ),
            (
                "She said the company had changed software that spring and some records had been lost.",
                "Crystal Sandqvist",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sandqvist conceded under questioning that she had not checked the office voicemail during that period.",
                "Crystal Sandqvist",
                "conceded",
                "W",
            ),
        ],
        [
            (
                "Superior Court Judge Ramona Easterbrook overruled two objections by Whitsell during the exchange.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rhodes-Villanueva kept her eyes on the table for most of Sandqvist's testimony.",
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
                "Spokane Regional Health District records show an inspector visited the apartment on Nov. 18, 2025, and found mold covering about 40 square feet.",
                "Spokane Regional Health District records",
                "show",
                "W",
            ),
        ],
        [
            (
                "In an emailed statement, Brightmoor spokesman Kyle Dunsmore said the company “takes every maintenance request seriously” and would “let the facts come out in court.”",
                "Kyle Dunsmore",
                "said",
                "",
            ),
            (
                "He said the company had replaced the drywall and the sink in December 2025.",
                "Kyle Dunsmore",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dunsmore declined to say how many other units in the building had been treated for mold.",
                "Kyle Dunsmore",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Ogbuehi-Sorensen argued in his opening statement that the company had “a pattern, not a glitch.”",
                "Martin Ogbuehi-Sorensen",
                "argued",
                "",
            ),
            (
                "He said at least three other tenants in the building would testify.",
                "Martin Ogbuehi-Sorensen",
                "said",
                "",
            ),
        ],
        [
            ("The trial is expected to last two weeks.", "", "", ""),
            ("Sandqvist is scheduled to return to the stand Wednesday.", "", "", ""),
        ],
        [
            (
                "Gregory Atwater-Boyle can be reached at (509) 555-0148 or gregorya@tribune-herald.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Spokane council weighs rental inspection program", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for $1 a week.", "", "", "B"),
        ],
        [
            ("© 2027 The Spokane Tribune-Herald Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Contact | Careers", "", "", "B"),
        ],
    ],
    [
        [
            ("THE JABAL POST", "", "", "B"),
        ],
        [
            ("Saturday, July 24, 2027 | Amman 34°C", "", "", "B"),
        ],
        [
            ("Home | Local | Region | World | Business | Opinion | Sports | Culture", "", "", "B"),
        ],
        [
            ("Local > Amman", "", "", "B"),
        ],
        [
            (
                "East Amman districts to get water once a week for three weeks after pipeline breach",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Spokesman says unlicensed contractor drilling for a well caused the breach",
                "Firas al-Rawashdeh",
                "says",
                "W",
            ),
        ],
        [
            ("By Lina Shqairat", "", "", "B"),
        ],
        [
            ("Last Updated: Jul 24, 2027 - 10:15 PM", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Print", "", "", "B"),
        ],
        [
            ("Residents fill jerry cans from a water tanker in Marka on Friday.", "", "", ""),
        ],
        [
            ("(Photo by Tariq Odetallah)", "", "", "B"),
        ],
        [
            (
                "AMMAN — Households in Marka, Hashmi al-Shamali and three other districts of east Amman will receive water once a week, instead of twice, until mid-August after a breach on a main carrier line, the Ministry of Water and Irrigation said on Friday.",
                "the Ministry of Water and Irrigation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ministry spokesman Eng. Firas al-Rawashdeh said the breach, on a 1,000mm line near Sahab, had been caused by an unlicensed contractor drilling for a private well.",
                "Firas al-Rawashdeh",
                "said",
                "W",
            ),
            ("He said about 210,000 people were affected.", "Firas al-Rawashdeh", "said", "W"),
        ],
        [
            (
                "“We lost around 18,000 cubic metres of water before the line was shut,” Rawashdeh told The Jabal Post.",
                "Firas al-Rawashdeh",
                "told The Jabal Post",
                "W",
            ),
            (
                "“That is a day's supply for a city the size of Madaba.”",
                "Firas al-Rawashdeh",
                "told The Jabal Post",
                "W",
            ),
        ],
        [
            (
                "According to the ministry's distribution schedule, the affected districts will receive water on Sundays only, starting at 6 a.m.",
                "the ministry's distribution schedule",
                "according to",
                "",
            ),
        ],
        [
            (
                "Miyahuna, the company that runs Amman's water network, said in a post on its Facebook page that 40 tankers would be sent to hospitals, schools and mosques in the affected areas.",
                "Miyahuna",
                "said in a post on its Facebook page",
                "",
            ),
            (
                "It said residents could request a tanker by calling its hotline.",
                "Miyahuna",
                "said",
                "",
            ),
        ],
        [
            (
                "Mahmoud Abu Hilal, head of the Marka district council, said residents had been told of the new schedule only on Thursday night, by text message.",
                "Mahmoud Abu Hilal",
                "said",
                "W",
            ),
            (
                "He said many families in the district had storage tanks of just two cubic metres.",
                "Mahmoud Abu Hilal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rawashdeh said the ministry had sent the text message within six hours of the breach.",
                "Firas al-Rawashdeh",
                "said",
                "W",
            ),
            (
                "He said a family of six using a two-cubic-metre tank carefully could manage for a week.",
                "Firas al-Rawashdeh",
                "said",
                "",
            ),
        ],
        [
            ("Abu Hilal disputed that.", "Mahmoud Abu Hilal", "disputed", ""),
            ("“Carefully, in July, at 40 degrees?” he said.", "Mahmoud Abu Hilal", "said", ""),
        ],
        [
            (
                "Abu Hilal said the council had asked the ministry in writing in 2025 to replace the line's oldest section, which dates from 1987.",
                "Mahmoud Abu Hilal",
                "said",
                "W",
            ),
            ("He said it had received no reply.", "Mahmoud Abu Hilal", "said", "W"),
        ],
        [
            (
                "Al-Rawashdeh, a civil engineer, was appointed the ministry's spokesman in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Hadeel Abu Rumman, an MP for Amman's First District, wrote on Facebook that she would ask the minister to appear before parliament's water committee.",
                "Hadeel Abu Rumman",
                "wrote on Facebook",
                "",
            ),
            (
                "She wrote that summer cuts in east Amman had become “a yearly ritual”.",
                "Hadeel Abu Rumman",
                "wrote",
                "",
            ),
        ],
        [
            (
                "“We have a tank on the roof, but the pump needs electricity, and the electricity goes off too.",
                "Umm Yazan",
                "said",
                "",
            ),
            ("So we buy from the tankers, 15 dinars for three cubes.”", "Umm Yazan", "said", "W"),
        ],
        [
            (
                "“Fifteen dinars is a week's food for my children,” said Umm Yazan, a 52-year-old mother of five who asked to be identified only by her kunya, which means “mother of Yazan”, after her eldest son.",
                "Umm Yazan",
                "said",
                "",
            ),
        ],
        [
            (
                "Private tanker prices in the area have risen from 9 dinars to 15 dinars for three cubic metres since June, according to a survey by the Marka district council.",
                "a survey by the Marka district council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The ministry said it had referred the contractor to the public prosecutor.",
                "The ministry",
                "said",
                "W",
            ),
            ("It did not name him.", "the Ministry of Water and Irrigation", "did not name", ""),
        ],
        [
            (
                "Abu Hilal visited the pumping station near Sahab on Thursday with a delegation of residents.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Dams at 31% of capacity ahead of summer, ministry says", "", "", "B"),
        ],
        [
            ("Follow The Jabal Post on WhatsApp.", "", "", "B"),
        ],
        [
            ("© 2027 The Jabal Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Advertise | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NILWALA TRIBUNE", "", "", "B"),
        ],
        [
            ("e-Paper | Subscribe | සිංහල | தமிழ்", "", "", "B"),
        ],
        [
            ("Home | News | Business | Sports | Opinion | Features | Video", "", "", "B"),
        ],
        [
            ("News / Provincial", "", "", "B"),
        ],
        [
            (
                "Negombo fishermen block Lagoon Road over stalled dredging at Pitipana anchorage",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dilini Jayasekara-Mendis", "", "", "B"),
        ],
        [
            ("Monday, 6 December 2027 - 00:10", "", "", "B"),
        ],
        [
            ("Share | Tweet | Email", "", "", "B"),
        ],
        [
            ("Fishermen and their families on the Lagoon Road in Negombo on Sunday.", "", "", ""),
        ],
        [
            ("Pic by Ranjith Pathiranage", "", "", "B"),
        ],
        [
            (
                "NEGOMBO: About 600 fishermen and their families blocked the Lagoon Road in Negombo for four hours on Sunday, demanding that the government resume dredging at the Pitipana fisheries anchorage, where silt has trapped 140 boats since September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The president of the Pitipana Fishermen's Cooperative Society, W. A. Chaminda Mirando, said the mouth of the anchorage had silted up to a depth of less than a metre at low tide.",
                "W. A. Chaminda Mirando",
                "said",
                "W",
            ),
            (
                "He said multi-day boats, which need at least two metres, had not been able to leave since September 22.",
                "W. A. Chaminda Mirando",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Each boat that stays in costs its owner about Rs. 85,000 a week in loan interest and wages,” Mirando told the Tribune.",
                "W. A. Chaminda Mirando",
                "told the Tribune",
                "W",
            ),
            (
                "“Some owners have already sold their engines.”",
                "W. A. Chaminda Mirando",
                "told the Tribune",
                "",
            ),
        ],
        [
            (
                "Dredging began in June under a Rs. 310 million contract awarded by the Ceylon Fishery Harbours Corporation but stopped after six weeks, according to documents seen by the Tribune.",
                "documents seen by the Tribune",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The corporation's chairman, Lalith de Alwis-Gunasekera, said the contractor had stopped work because its dredger had broken down.",
                "Lalith de Alwis-Gunasekera",
                "said",
                "W",
            ),
            (
                "He said a replacement dredger would arrive from Colombo “within two weeks”.",
                "Lalith de Alwis-Gunasekera",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr. Mirando said the society had been told the same thing in October.",
                "W. A. Chaminda Mirando",
                "said",
                "W",
            ),
            (
                "He said members had written to the corporation four times since August.",
                "W. A. Chaminda Mirando",
                "said",
                "W",
            ),
        ],
        [
            (
                "De Alwis-Gunasekera insisted that the delay was the contractor's responsibility.",
                "Lalith de Alwis-Gunasekera",
                "insisted",
                "",
            ),
            (
                "He said the corporation had withheld Rs. 42 million in payments and would impose penalties under the contract.",
                "Lalith de Alwis-Gunasekera",
                "said",
                "W",
            ),
        ],
        [
            (
                "The parish priest of St. Anne's Church, Pitipana, Rev. Fr. Anthony Fernandopulle-Croos, read out a letter from the society at Sunday Mass before the protest.",
                "",
                "",
                "",
            ),
            (
                "The letter, addressed to the President, said 1,100 families in the parish depended on the anchorage.",
                "the Pitipana Fishermen's Cooperative Society",
                "said",
                "W",
            ),
            (
                "Fr. Fernandopulle-Croos later told reporters that the church would open its hall to families who could not afford food.",
                "Anthony Fernandopulle-Croos",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Sri Lanka Navy said its divers had cleared two sunken boats from the channel in November.",
                "A spokesman for the Sri Lanka Navy",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("“I have fished from Pitipana for 31 years.", "Sunil Warnakulasuriya", "said", ""),
            ("My father fished from here, and his father.", "Sunil Warnakulasuriya", "said", ""),
        ],
        [
            (
                "“Now my boat sits in the mud and I go to sea as a labourer on other people's boats from Chilaw,” said Sunil Warnakulasuriya, 54.",
                "Sunil Warnakulasuriya",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr. Warnakulasuriya said he earned about a third of what he made on his own boat.",
                "Sunil Warnakulasuriya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Fisheries Minister Nalaka Ratnayake-Pieris told Parliament on Friday that Rs. 120 million had been set aside in next year's Budget for dredging at 11 anchorages.",
                "Nalaka Ratnayake-Pieris",
                "told Parliament",
                "W",
            ),
            (
                "He did not say how much of it would go to Pitipana.",
                "Nalaka Ratnayake-Pieris",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Police said traffic on the Lagoon Road was diverted through Kochchikade until 2 p.m.",
                "Police",
                "said",
                "W",
            ),
            ("No arrests were made.", "", "", "W"),
        ],
        [
            (
                "Fish landings in the Negombo district fell by 23% in the third quarter compared with a year earlier, according to the Fisheries Ministry's figures.",
                "the Fisheries Ministry's figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Chilaw fishermen protest kerosene price hike", "", "", "B"),
        ],
        [
            ("Negombo lagoon: water quality tests ordered after fish kill", "", "", "B"),
        ],
        [
            ("Follow us on WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Nilwala Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact Us | Advertise | Privacy Policy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TAMANA CHRONICLE", "", "", "B"),
        ],
        [
            ("Friday, January 22, 2027 | Subscribe | E-paper", "", "", "B"),
        ],
        [
            ("News | Business | Sport | Tobago | Features | Commentary | Classifieds", "", "", "B"),
        ],
        [
            ("News › Tobago", "", "", "B"),
        ],
        [
            ("19 ferry sailings cancelled as only one vessel remains in service", "", "", "W"),
        ],
        [
            (
                "Tobago tourism secretary says hotels have lost 1,300 room nights",
                "Kerry-Ann Sandiford",
                "says",
                "W",
            ),
        ],
        [
            ("By Shivani Ramcharan-Lutchman", "", "", "B"),
        ],
        [
            ("Published: January 22, 2027, 5:30 am", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Passengers queue at the Port of Spain ferry terminal on Thursday morning after the 6.30 am sailing was cancelled.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: ANDRE DE FREITAS-PERMELL", "", "", "B"),
        ],
        [
            (
                "Nineteen sailings on the inter-island ferry service between Trinidad and Tobago have been cancelled from Wednesday to Sunday after a mechanical failure took one of its two vessels out of service, the Port Authority of Trinidad and Tobago (PATT) said on Thursday.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the authority said the fast ferry Mayaro Star had been withdrawn on Tuesday night after a fault was found in its starboard gearbox.",
                "the authority",
                "said",
                "W",
            ),
            (
                "It said the Mayaro Star's sister vessel, the Caribbean Galleon, would run two round trips a day instead of four.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "",
            ),
        ],
        [
            (
                "The statement said the authority had been told by the vessel's operator that a replacement part had to be shipped from Australia.",
                "the Port Authority of Trinidad and Tobago",
                "The statement said",
                "W",
            ),
        ],
        [
            (
                "Minister of Works and Transport Sen. Marcia Alleyne-Ottley told the Senate on Thursday that the part would arrive “by the end of next week”.",
                "Marcia Alleyne-Ottley",
                "told the Senate",
                "",
            ),
            (
                "She said the government had paid the operator TT$4.2 million for the part and the repair.",
                "Marcia Alleyne-Ottley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tobago House of Assembly Secretary for Tourism Kerry-Ann Sandiford said hotels in Crown Point and Scarborough had reported 1,300 cancelled room nights since Wednesday.",
                "Kerry-Ann Sandiford",
                "said",
                "W",
            ),
            (
                "She said businesses had been given just 12 hours' notice of the first cancellations.",
                "Kerry-Ann Sandiford",
                "said",
                "W",
            ),
        ],
        [
            (
                "Alleyne-Ottley said PATT had posted the changes on its website and social media “as soon as practicable”.",
                "Marcia Alleyne-Ottley",
                "said",
                "W",
            ),
            (
                "She said the Caribbean Galleon had been fully booked on 11 of its 12 sailings since the breakdown.",
                "Marcia Alleyne-Ottley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sandiford said a website post at ten o'clock at night was not notice.",
                "Kerry-Ann Sandiford",
                "said",
                "",
            ),
            (
                "She said the Tobago House of Assembly had asked the central government in 2025 to lease a third vessel for the Carnival season.",
                "Kerry-Ann Sandiford",
                "said",
                "W",
            ),
        ],
        [
            (
                "Alleyne-Ottley said a tender for a third vessel would close on February 5.",
                "Marcia Alleyne-Ottley",
                "said",
                "",
            ),
        ],
        [
            ("Alleyne-Ottley, an attorney, was appointed to the Senate in 2025.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Crown Point hotelier Roderick Pantin-Ragoonath said in a video posted on TikTok that he had refunded 46 bookings in two days.",
                "Roderick Pantin-Ragoonath",
                "said in a video posted on TikTok",
                "W",
            ),
            (
                "“Tobago is not a place you can switch off and on again,” he said in the video.",
                "Roderick Pantin-Ragoonath",
                "said in the video",
                "",
            ),
        ],
        [
            (
                "“My mother is 81, and she has dialysis in Port of Spain on Monday.",
                "Gloria Thomasos-Greaux",
                "said",
                "",
            ),
            ("I booked the Sunday boat in December.", "Gloria Thomasos-Greaux", "said", ""),
        ],
        [
            ("“Now they tell me to try the airbridge?", "Gloria Thomasos-Greaux", "said", ""),
            (
                "There is no seat on a plane until Tuesday!” said Gloria Thomasos-Greaux, of Bethel, who was waiting at the Scarborough terminal on Thursday.",
                "Gloria Thomasos-Greaux",
                "said",
                "",
            ),
        ],
        [
            (
                "Thomasos-Greaux said she had been on the standby list since 5 a.m.",
                "Gloria Thomasos-Greaux",
                "said",
                "W",
            ),
            ("She was still waiting at noon.", "", "", ""),
        ],
        [
            (
                "A PATT official who asked not to be identified said the Mayaro Star had been out of service for 74 days in 2026.",
                "A PATT official who asked not to be identified",
                "said",
                "W",
            ),
            (
                "The official said the vessel was due for a major overhaul in April.",
                "The official",
                "said",
                "",
            ),
        ],
        [
            (
                "The state-owned airline said it had added four flights between Piarco and Crown Point on Friday and Saturday.",
                "The state-owned airline",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ferry service carried 1.16 million passengers in 2026, according to PATT's annual report.",
                "PATT's annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("THA wants say in ferry contract talks", "", "", "B"),
        ],
        [
            ("Send news tips to newsroom@tamanachronicle.tt", "", "", "B"),
        ],
        [
            ("© 2027 Tamana Chronicle Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Home | About | Contact | Privacy | Terms", "", "", "B"),
        ],
    ],
]  # fmt: skip

CASES = [
    (
        "n131-ca-sept-end",
        "VERDUN — The borough will close the Gaston-Rivard Arena for at least 12 months after an inspection found asbestos in the insulation above the rink, borough mayor Isabelle de Grandpré-Sauvé announced Monday. She said the building would shut on Sept. 15.",
        [
            "VERDUN — The borough will close the Gaston-Rivard Arena for at least 12 months after an inspection found asbestos in the insulation above the rink, borough mayor Isabelle de Grandpré-Sauvé announced Monday.",
            "She said the building would shut on Sept. 15.",
        ],
    ),
    (
        "n131-ca-now-they-tell",
        "Arena attendant Réjean Brouillette-Doyon, 58, who has driven the ice resurfacer at Gaston-Rivard for 26 years, said he had been told to stay home on full pay. “Twenty-six years I've been breathing that,” he said. “Now they tell me?”",
        [
            "Arena attendant Réjean Brouillette-Doyon, 58, who has driven the ice resurfacer at Gaston-Rivard for 26 years, said he had been told to stay home on full pay.",
            "“Twenty-six years I've been breathing that,” he said.",
            "“Now they tell me?”",
        ],
    ),
    (
        "n131-ca-inbox-said",
        "Boisjoli disputed that. “We checked every inbox. There was nothing on Friday, nothing on Saturday,” she said.",
        [
            "Boisjoli disputed that.",
            "“We checked every inbox.",
            "There was nothing on Friday, nothing on Saturday,” she said.",
        ],
    ),
    (
        "n131-ca-am-no-speaker",
        "Karine Ostiguy, whose daughter plays in the under-11 league, asked how a nine-year-old was supposed to get to LaSalle for a practice at 6 a.m. Ostiguy stood at the back of the crowd with a hockey bag at her feet.",
        [
            "Karine Ostiguy, whose daughter plays in the under-11 league, asked how a nine-year-old was supposed to get to LaSalle for a practice at 6 a.m.",
            "Ostiguy stood at the back of the crowd with a hockey bag at her feet.",
        ],
    ),
    (
        "n131-ca-ave-mid",
        "Verdun's other arena, on Bannantyne Ave., closed in 2024 for roof repairs and reopened last winter.",
        [
            "Verdun's other arena, on Bannantyne Ave., closed in 2024 for roof repairs and reopened last winter."
        ],
    ),
    (
        "n131-gh-hon-chain",
        "But the Deputy Minister for Transport, Hon. Kwabena Agyapong-Tawiah, said the ministry had not approved any increase and that operators were required to give 14 days' notice of new fares. He said the CCTO had written to the ministry on Thursday, three days before the announcement.",
        [
            "But the Deputy Minister for Transport, Hon. Kwabena Agyapong-Tawiah, said the ministry had not approved any increase and that operators were required to give 14 days' notice of new fares.",
            "He said the CCTO had written to the ministry on Thursday, three days before the announcement.",
        ],
    ),
    (
        "n131-gh-cedi-decimals",
        "The council's general secretary, Alhaji Yakubu Dawuni-Issahaku, said the minimum fare on most routes would go from GH¢8.00 to GH¢9.20. He said operators had absorbed two earlier fuel increases, in March and May, without raising fares.",
        [
            "The council's general secretary, Alhaji Yakubu Dawuni-Issahaku, said the minimum fare on most routes would go from GH¢8.00 to GH¢9.20.",
            "He said operators had absorbed two earlier fuel increases, in March and May, without raising fares.",
        ],
    ),
    (
        "n131-gh-q-said-after",
        "“What do I tell my children, that we will eat less fish?” said Efua Kwofie-Danquah, 39, a fish seller who travels from Kasoa to the Agbogbloshie market every morning.",
        [
            "“What do I tell my children, that we will eat less fish?” said Efua Kwofie-Danquah, 39, a fish seller who travels from Kasoa to the Agbogbloshie market every morning."
        ],
    ),
    (
        "n131-in-initial-r",
        "The association's president, R. Lakshmanappa, said it had written to the board three times in May asking to be heard before the cap was fixed. He said the board had replied once, on May 29, to say the matter was “under consideration”.",
        [
            "The association's president, R. Lakshmanappa, said it had written to the board three times in May asking to be heard before the cap was fixed.",
            "He said the board had replied once, on May 29, to say the matter was “under consideration”.",
        ],
    ),
    (
        "n131-in-dr-initial-s",
        "BWSSB chairman Dr. S. Vishwanath Ballal said the cap had been worked out by the board's engineers from the cost of diesel, wages and borewell water. He said complaints of overcharging to the board's helpline had fallen from 2,300 in May to 410 in July.",
        [
            "BWSSB chairman Dr. S. Vishwanath Ballal said the cap had been worked out by the board's engineers from the cost of diesel, wages and borewell water.",
            "He said complaints of overcharging to the board's helpline had fallen from 2,300 in May to 410 in July.",
        ],
    ),
    (
        "n131-in-quote-three",
        "“Nobody asked us what a load costs us,” Lakshmanappa told the Express. “They asked the residents, they asked the corporators, they asked the newspapers. Not one tanker owner.”",
        [
            "“Nobody asked us what a load costs us,” Lakshmanappa told the Express.",
            "“They asked the residents, they asked the corporators, they asked the newspapers.",
            "Not one tanker owner.”",
        ],
    ),
    (
        "n131-in-asked-after",
        "“If I charge ₹1,200, I lose ₹300 on every trip. Who pays that, the chairman?” asked Manjunath Hosamani, who drives a tanker between Varthur and Gunjur.",
        [
            "“If I charge ₹1,200, I lose ₹300 on every trip.",
            "Who pays that, the chairman?” asked Manjunath Hosamani, who drives a tanker between Varthur and Gunjur.",
        ],
    ),
    (
        "n131-au-mayor-title",
        "“I grew up in that pool, and so did my kids,” the mayor told the meeting. “But I can't ask ratepayers in Boonah Creek to pay for it through their rates for the next 20 years.”",
        [
            "“I grew up in that pool, and so did my kids,” the mayor told the meeting.",
            "“But I can't ask ratepayers in Boonah Creek to pay for it through their rates for the next 20 years.”",
        ],
    ),
    (
        "n131-au-dam-said",
        "“Where do they go now, the dam?” said Raelene Durack-Simms, the club's president, after the vote.",
        [
            "“Where do they go now, the dam?” said Raelene Durack-Simms, the club's president, after the vote."
        ],
    ),
    (
        "n131-nl-am-she",
        "De Vries-Kapteijn noted that the union's own count on September 14 had found 1,150 bikes outside the racks at 9 a.m. She did not say how the count was carried out.",
        [
            "De Vries-Kapteijn noted that the union's own count on September 14 had found 1,150 bikes outside the racks at 9 a.m.",
            "She did not say how the count was carried out.",
        ],
    ),
    (
        "n131-nl-bv",
        "© 2027 Lowlander Media B.V. All rights reserved.",
        ["© 2027 Lowlander Media B.V.", "All rights reserved."],
    ),
    (
        "n131-sg-regn",
        "Copyright © 2027 Siglap Post Media Pte Ltd. Co. Regn. No. 201912345K. All rights reserved.",
        [
            "Copyright © 2027 Siglap Post Media Pte Ltd.",
            "Co. Regn. No. 201912345K.",
            "All rights reserved.",
        ],
    ),
    (
        "n131-sg-survive",
        "“Nine months without them, can I survive?” said Madam Siow Ai Ling, 67, who has run her noodle stall at the centre since 1988.",
        [
            "“Nine months without them, can I survive?” said Madam Siow Ai Ling, 67, who has run her noodle stall at the centre since 1988."
        ],
    ),
    (
        "n131-ug-cross-exam",
        "Under cross-examination by KCCA's lawyer, Brian Tumwebaze-Kizza, Nsereko-Mayanja conceded that the association had attended two meetings at City Hall in September. He insisted that the meetings had been about parking stages, not a ban.",
        [
            "Under cross-examination by KCCA's lawyer, Brian Tumwebaze-Kizza, Nsereko-Mayanja conceded that the association had attended two meetings at City Hall in September.",
            "He insisted that the meetings had been about parking stages, not a ban.",
        ],
    ),
    (
        "n131-ug-judge-asked",
        "Lady Justice Esther Nankya-Kibuuka asked the riders' lawyer, Godfrey Ssemakula, whether the association's certificate of registration had been filed with the plaint. Ssemakula said it had been filed as an annexure. The judge adjourned the hearing to April 6.",
        [
            "Lady Justice Esther Nankya-Kibuuka asked the riders' lawyer, Godfrey Ssemakula, whether the association's certificate of registration had been filed with the plaint.",
            "Ssemakula said it had been filed as an annexure.",
            "The judge adjourned the hearing to April 6.",
        ],
    ),
    (
        "n131-en-label-answer",
        "Dr Kesavan: About 140 appointments a week, out of 1,100 across the practice. That's the problem.",
        [
            "Dr Kesavan: About 140 appointments a week, out of 1,100 across the practice.",
            "That's the problem.",
        ],
    ),
    (
        "n131-en-am-pm",
        "The local MP, Hannah Kilbride-Sowerby, said she had written to the health secretary and to the integrated care board asking them to “step in”. She said the only bus to Appleby left Kirkby Stephen at 9.40 a.m. and the last one back left at 2.15 p.m.",
        [
            "The local MP, Hannah Kilbride-Sowerby, said she had written to the health secretary and to the integrated care board asking them to “step in”.",
            "She said the only bus to Appleby left Kirkby Stephen at 9.40 a.m. and the last one back left at 2.15 p.m.",
        ],
    ),
    (
        "n131-en-asked-after",
        "“I'm 84, I don't drive, and my husband has dementia. How am I meant to get him to Appleby for a blood test?” asked Joan Witheridge, who has been a patient at the branch since 1968.",
        [
            "“I'm 84, I don't drive, and my husband has dementia.",
            "How am I meant to get him to Appleby for a blood test?” asked Joan Witheridge, who has been a patient at the branch since 1968.",
        ],
    ),
    (
        "n131-us-ave-end",
        "Tameka Rhodes-Villanueva told a jury Tuesday that she reported a leak under her bathroom sink at least six times in 2025 before black mold spread across two walls of her apartment on East Sprague Ave. Rhodes-Villanueva, 34, is suing her former landlord, Brightmoor Residential LLC, for $1.2 million.",
        [
            "Tameka Rhodes-Villanueva told a jury Tuesday that she reported a leak under her bathroom sink at least six times in 2025 before black mold spread across two walls of her apartment on East Sprague Ave.",
            "Rhodes-Villanueva, 34, is suing her former landlord, Brightmoor Residential LLC, for $1.2 million.",
        ],
    ),
    (
        "n131-us-a-no",
        "A: No. The portal never worked on my phone.",
        ["A: No.", "The portal never worked on my phone."],
    ),
    (
        "n131-jo-carefully",
        "Abu Hilal disputed that. “Carefully, in July, at 40 degrees?” he said.",
        ["Abu Hilal disputed that.", "“Carefully, in July, at 40 degrees?” he said."],
    ),
    (
        "n131-lk-rev-fr",
        "The parish priest of St. Anne's Church, Pitipana, Rev. Fr. Anthony Fernandopulle-Croos, read out a letter from the society at Sunday Mass before the protest. The letter, addressed to the President, said 1,100 families in the parish depended on the anchorage. Fr. Fernandopulle-Croos later told reporters that the church would open its hall to families who could not afford food.",
        [
            "The parish priest of St. Anne's Church, Pitipana, Rev. Fr. Anthony Fernandopulle-Croos, read out a letter from the society at Sunday Mass before the protest.",
            "The letter, addressed to the President, said 1,100 families in the parish depended on the anchorage.",
            "Fr. Fernandopulle-Croos later told reporters that the church would open its hall to families who could not afford food.",
        ],
    ),
    (
        "n131-lk-pm-arrests",
        "Police said traffic on the Lagoon Road was diverted through Kochchikade until 2 p.m. No arrests were made.",
        [
            "Police said traffic on the Lagoon Road was diverted through Kochchikade until 2 p.m.",
            "No arrests were made.",
        ],
    ),
    (
        "n131-lk-initials",
        "The president of the Pitipana Fishermen's Cooperative Society, W. A. Chaminda Mirando, said the mouth of the anchorage had silted up to a depth of less than a metre at low tide. He said multi-day boats, which need at least two metres, had not been able to leave since September 22.",
        [
            "The president of the Pitipana Fishermen's Cooperative Society, W. A. Chaminda Mirando, said the mouth of the anchorage had silted up to a depth of less than a metre at low tide.",
            "He said multi-day boats, which need at least two metres, had not been able to leave since September 22.",
        ],
    ),
    (
        "n131-tt-airbridge",
        "“Now they tell me to try the airbridge? There is no seat on a plane until Tuesday!” said Gloria Thomasos-Greaux, of Bethel, who was waiting at the Scarborough terminal on Thursday.",
        [
            "“Now they tell me to try the airbridge?",
            "There is no seat on a plane until Tuesday!” said Gloria Thomasos-Greaux, of Bethel, who was waiting at the Scarborough terminal on Thursday.",
        ],
    ),
]
