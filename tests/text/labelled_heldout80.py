"""Eightieth held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-seven):
twelve WHOLE news pages in the commonest styles English-language news sites have, as a reader
pastes them: six pasted from a DESKTOP browser (select-all of the whole page: skip links, sign-in
and subscribe rows, menus, breadcrumbs, cookie notices, related lists, comment blocks and footers)
and six from a PHONE (app banners with "Open in app", a close mark or "Not now", condensed
hamburger menus, sticky share bars, listen lines, captions truncated with an ellipsis and followed
by their "more"/"Show more"/"Expand"/"read more" toggle, "Continue reading" and "Continue reading
below" toggles, "Scroll to continue with content", "Back to top" and "View desktop site" links).
Written as a HELD-OUT set, never to be tuned on: no rule may be changed because of these pages.

The pages, head to tail, from twelve outlets in twelve English-speaking countries, on ordinary
news with ordinary speakers, figures, opinions and colour. Desktop: an English regional daily
(local council: black bins emptied every three weeks), a United States metro daily (courts: a judge
blocks the closure of two fire stations), a Canadian city daily (transport: a harbour light-rail
line delayed to 2029 at $1.46 billion), a Jamaican national daily (crime: murders down 18 per cent
in a quarter), an Indian national daily's city page (education: state board Class 12 results) and
a New Zealand regional daily (science: a seabird breeding again on a rat-free island). Phone: an
Australian regional paper (weather: hail and a severe storm), a Philippine national news site
(politics: a city budget passed after a three-month deadlock), a South African news site (health:
chronic patients sent home without medicine), a Ugandan daily (business: pump prices rise as the
shilling weakens), an Irish regional weekly (sport: a small club wins a county football league
final) and a Trinidad and Tobago daily (culture: an old cinema to reopen as an arts centre).

What is hard: page furniture of two kinds, line by line and worded each site's own way (the phone
pages' banners, toggles and sticky bars, which repeat at the tail, and the desktop pages' skip
links, cookie notices, comment rules and legal lines), always "B"; captions cut mid-word by a phone
("... with some measured at…", "PHOTO: Anesta…") labelled by content like whole captions, with the
toggle that follows them "B"; a caption and its "(Photo by ...)" credit in one paragraph; and
sentence splits around abbreviations that END a sentence before a capital ("Inc." before "She
said", "Ltd." before "Registered in England No. ...", "6 a.m." before "No spam, ever.", "1 p.m."
before "Members", "6 p.m." inside a quote before "Now I stay till 10,” she said.", "Aug. 23.",
"Feb. 8." before "It argues", "Brgy. Malinta.") and those that do NOT ("St. Andrew", "St.
Catherine", "Saddlegate St. in a heatwave", "Larkhill Rd. with", "Quentonby Ave. and", "Station
No. 4", "Local 2290 v. City of Dellmont", "Sept. 30, 2027,", "& Co. and", "Dr. Everton", "Kamlesh R.
Pandharwal", "11 a.m. and", "Govt. Higher Secondary School", "B.Sc. in physics", "roll no. and",
"Prof. Deirdre", "e.g. to learn", "i.e. when", "e.g. Kampala–Mukono", "Atty. Gregorio", "Jr., who",
"Engr. Rodel", "Fr. Tadhg", "St. Cormac's", "Hon. Annmarie", "Co. Galway", "Sta. Rosa", "the U.S.
had"), decimals ("$1.46 billion", "6.41 lakh", "79.6%", "R2.7bn", "0-6 to 0-5"), an email address
inside a sentence, an ellipsis before lower case, quotes broken into short sentences ("“They saved
his life." / "Period." / "And now they want to take that station away?”"; "“Car's a write-off." /
"Roof's leaking." / "But we're all OK.""; "“Passengers won't accept a higher fare." / "So who pays?"
/ "Me.”"; "“People were told 2027." / "Then 2028." / "Now it's 2029?” he said."), a question or
exclamation in a quote followed by its attribution ("?” he asked.", "?" she asked.", "!” he said.",
"?” she laughed.") and a journal reference with "et al." kept as one "B" sentence. The pages hold
517 sentences: 261 "B", 126 "W" and 130 ""; 180 sentences carry a speaker (86 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` and `/tmp/sets` were listed once at the
start: the first held only the brief and the second was empty; neither was listed again); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed with
`ast.get_source_segment`, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` address range from `[tool.ruff` to the next other `[tool.` table); and, from
`labelled_new115.py` and `labelled_new116.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each. It was printed once (the tool cut its middle, so that the start of the docstring of
`labelled_new115.py`, and the end of the first page, the second page and the cases of
`labelled_new116.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed four ranges: the rest of the docstring of `labelled_new115.py` (lines cut
at 2,500 characters), the docstring and `STYLES` of `labelled_new116.py` (lines cut at 3,000
characters; the tool cut a stretch of it, which a narrower range then showed together with the
`STYLES`), and the first fifty-odd lines of the first page of `labelled_new115.py` (cut at 250
characters); so the `STYLES`, the rest of the first page, the second page and the cases of
`labelled_new115.py`, and the start of the first page of `labelled_new116.py`, were never seen. No
other page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of March and April 2027 (to check weekdays); scripts of my own in a scratch
folder that turn a small line format (flag, speaker, cue and text separated by a tilde, one line a
paragraph unless it starts with "+") into the literals below, apply renames, cut the split cases
out of the pages by the start of their first sentence and a count, and count sentences, flags and
speakers; case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`)
for every capitalised word of the pages (about seven hundred) and for every candidate replacement;
an import of this file (loaded with `importlib` from its own path, with only
`tests.text.labelled_articles` imported besides) with `build` on every page and a check of four
string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every
cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined by
single spaces, each expected sentence one labelled sentence of one paragraph, in order, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, through `--stdin-filename tests/text/labelled_heldout80.py` so that the
per-file ignores for `tests/**` apply. Only counts were read from the word searches, never the
matched lines or file names. Of the first draft's coined words, about seventy hit other files and
were renamed: outlets (Dayspring, Sahyadri, Tanglawan, Mzansi and the publishers Fellgate,
Harrowfield and Tidewater), towns, suburbs, streets and places (Ravensmoor, Calder, Northgate,
Eastbrook, Tollerby, Larch, Bellbird, Ropewalk, Kennedy, Pennock), a cinema (Vanguard), firms
(Vantorr, Hartlow, Brayne), surnames and parts of hyphenated surnames (Achong, Baird, Aubertin,
Marchessault, Baksh, Ottley, Baptistelle, Carrowby, Costelloe, Fenwright, Halloran, Hennigan,
Jagessar, Lule, Rampersaud, Lyle, Mavundla, Mbekwana, Mulqueeney, Mulvany, Nimbhorkar, Pennicott,
Pettigrove, Pryor, Quennick, Quimbayo, Thwaites, Ruakere, Sookhai, Tolhurst, Tumwesigire, Velloway,
Whitcombe, Wyndcombe and the line-up surnames Folan, Treacy, Ruane, Coen, Fahy, Finnerty, Tierney
and Keaveny) and rarer given names (Aurelie, Kerwyn, Inez, Merline, Mylene, Shervon, Saurabh, Uday,
Siobhan, Hamid, Julius, Caleb, Kenrick, Kayon, Seánie, Vivek); the replacements that hit as well
(Fonrose, Acham, Josiane, Ghislaine, Maelys, Baptisteau, Quandong, Pellingham, Mabley, Yesenia,
Costigane, Trumpeter, Morningtide, Ambleworth, Fellmarch, Penwarden, Brightwater, Quorvane,
Hennelly, Sumac, Wexbury, Ellacott, Marrowvale, Mulcreevy, Seosamh, Donncha, Tiernach, Ferdia,
Umthombo, Khanyiselo, Tejas, Tenniswood, Scarrow, Tarrowby, Wrexley, Macapugay, Maglunsod, Oneil,
Brammerton, Rangitoa, Vindhya, Malwa, Narmada, Madhyam, Sookdeo, Kenroy, Saltmarsh, Fundyline,
Tidewell, Tollemache, Quillinan, Quillbrook, Quillinghurst, Vellacourt, Whitlaker, Maricel,
Udayraj, Sorcha, Oonagh, Justus, Jethro, Aloysius, Bunyip, Tanyard, Cordwainer, Pranjal and
Hemant) were dropped for others; only replacements with no hit were kept. What still hits is real
countries, regions, cities, towns, suburbs, rivers and places (England, Jamaica, Kingston, St.
Andrew, St. Catherine, Clarendon, Half-Way Tree, Bhopal, Sehore, Arera Colony, Indore, Northland,
Te Tai Tokerau, the Marlborough Sounds, Norway, the Darling Downs, Gowrie Creek, Laguna, Malinta,
Pinagsama, Biñan, Sta. Rosa, Mthatha, OR Tambo, Nelson Mandela Bay, Kampala, Jinja, Mukono, Masaka,
Ntinda, Mombasa, Co. Galway, Tuam, Corofin, Athenry, Cork, San Fernando, Pt Fortin, Marabella, Port
of Spain, Tobago, Caracas, Nova Scotia and the like), common given names kept on purpose (Maisie,
Ottoline, Desmond, Gwendolyn, Kieran, Jonah, Renata, Marisela, Lorne, Ruben, Dolores, Thaddeus,
Dmitri, Bram, Colette, Everton, Marcia, Garfield, Natalee, Dwayne, Kamlesh, Rekha, Anvesha, Tessa,
Isla, Graeme, Deirdre, Tamsin, Dean, Lorraine, Brendan, Ernesto, Rosalinda, Gregorio, Rodel,
Jericho, Sizwe, Lwazi, Nokuthula, Marike, Brenda, Isaac, Moses, Fiona, Sarah, Pádraig, Ruairí,
Cian, Lorcan, Tadhg, Eamon, Bríd, Gráinne, Annmarie, Alvinda and the like), common and outlet words
(Courier, Sentinel, Tribune, Beacon, Chronicle, Courant, Ledger, Gazette, Wire, Times, Newsgroup,
Publications, Landing, Gardens, Parade, Doubles, Calypsonians and the like) and titles, register,
currency and time tokens kept or dropped on purpose (Cllr, Capt., Coun., Dr., Prof., Atty., Engr.,
Brgy., Fr., Hon., Cr, Ms, Mr, Jr., Govt., CDT, IST, PHT, JCF, DOC, SES, MEC, MLA, CBSE, LGUs, DILG,
GAA, DAC, Pty, Pvt, Shs, TT$, P, R, Rs).

Every person, outlet, publisher, council, union, firm, school, university, clinic, club, cinema,
journal, street, road, avenue, parade, suburb, island, rock, town and figure is invented. Real
countries, regions, cities and institutions appear only as settings: those listed above, and the
Court of Appeals (named in a quote), the Jamaica Constabulary Force and its police divisions (an
invented set of figures), the Government of Jamaica (an extension of states of emergency), the
Department of Conservation and the Official Information Act of New Zealand, the Bureau of
Meteorology, the SES and the Insurance Council of Australia, the DILG and the provincial board of
Laguna, the Eastern Cape health department, the DA and the provincial legislature, the Bank of
Uganda, the Uganda Revenue Authority and the Ministry of Energy, the county board of the GAA, the
National Archives of Trinidad and Tobago, the Local Democracy Reporting Service and fund (as credits), and Facebook, X, Reddit, LinkedIn, WhatsApp, Messenger,
Google Play and the App Store (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every banner, button, icon row, masthead, menu, label, byline, date line,
share strip, caption, toggle, credit, link, list item, note and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in
the recent sets: furniture "B" line by line, whatever it says; a caption by its content (cut or
whole) and its credit and toggle "B"; headlines and standfirsts never split and flagged by content,
a standfirst's or headline's "says" or "rules" carrying the person the story names ("Top cop says",
"Minister says", "councillor says", "Judge blocks ..., rules ..."), a headline's decision ("as
council agrees") carrying none; a dateline belongs to its lead sentence; a pronoun, a later surname
or "Dr. Blaisdale", "Cllr Fairlow", "Ms Ramdeholl" and "Tabulsing said" surname leads resolve to the
full name as first given without titles ("Cllr", "Capt.", "Coun.", "Dr.", "Dr", "Prof.", "Senior
Superintendent", "Atty.", "Engr.", "Fr.", "Hon.", "Cr", "Mr", "Ms", "Councilor", "Vice Mayor" and
roles dropped; "Jr." and a middle initial kept); a generic noun for an organisation or a document
is kept as written ("The council", "The suit", "The study", "the figures", "the board", "The
electricity distributor"), and "It argues" / "It said" resolve to it as first given; "according to
X" gives X as written; a quote over several sentences carries its speaker and cue in each,
including the sentences before the attribution; a named person acting without a verb of saying
(a judge granting an order, a vendor "was delighted") carries no speaker.

Conventions this set had to settle, in the same spirit:

* Phone furniture: an app banner and its buttons ("Open in app", "Get the app   Open", "Open in
  app     Not now", "✕"), icon rows ("☰   Search", "🔊 Listen   ↗ Share", "Share   Save   💬 14"),
  "Continue reading", "Continue reading below ↓", "Scroll to continue with content", the toggles
  after a cut caption ("Show more", "more", "...more", "read more", "Read more", "Expand"), "Back to
  top ↑", "Tap here to comment", "Desktop version" and "View full site" are each a "B" paragraph.
* A caption cut by the phone ("... with some measured at…") is one sentence labelled by content,
  like a whole caption ("" for scene-setting); the toggle after it is "B".
* A caption and its credit in one paragraph ("... on Monday." / "(Photo by ...)") are two sentences,
  the credit "B".
* An email address inside a sentence ("Reach her at rvellaquist@dellmontsentinel.com.") does not
  split it; a byline line holding only an address is "B".
* Sport data lines (team line-ups with scores in brackets, a referee line) are "", the "Match
  details" title "B", as in earlier sets.
* A question or exclamation in a quote followed by its attribution is one sentence ("...?” he
  asked.", "...?" she asked.", "...?” she laughed.", "...!” he said."); a quoted question with no
  attribution after it ends its sentence ("“Three weeks?" / "You're having a laugh,” he said.";
  "“Did we deserve it?" / "No.”"); "laughed" is the cue of the vendor's quote.
* "X did not reply to questions sent by Y" carries X with the cue "did not reply to questions", "".
* A patois or Filipino line in a quote is labelled like any quote ("", with its speaker and cue;
  "said in Filipino" is the cue).

Check-worthiness as in the recent sets: statements of record by officials, documents and data,
figures, dates and first-person records ("We fill half a bin a fortnight", "Before Christmas, I was
closing at 6 p.m.", "Car's a write-off.", "Each trip is R64 there and back.", "I made my first
appearance on that stage in 1961") are "W"; opinions, feelings, rhetorical questions, hedges
("likely", "probably", "partly", "could"), plans, procedures and forecasts with or without figures
(response times "would rise by as much as four minutes", recruits to graduate in June, a review due
by June 30, supplementary exams, a season to be announced) are "".

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
to five consecutive sentences of one paragraph of these pages joined by single spaces: "St. in a
heatwave?” he asked." before "“Because I have.”"; "9 a.m. on 1 April" mid-sentence; "Rd. with" and
an ellipsis before lower case; "“Three weeks?" before "You're having a laugh,” he said."; "6 a.m."
before "No spam, ever."; "Ltd." before "Registered in England No. 04417382."; "No. 4 on Quentonby
Ave. and" and "Aug. 23."; "Local 2290 v. City of Dellmont" and "Feb. 8." before "It argues";
"“They saved his life." / "Period." / a question; a caption before "(Photo by ...)"; "Inc." before
"She said"; "“People were told 2027." / "Then 2028." / "Now it's 2029?” he
said."; "& Co. and"; "1 p.m." before "Members"; "Dr. Everton" and "St. Andrew on Tuesday"; "6 p.m."
inside a quote before "Now I stay till 10,” she said."; "Kamlesh R. Pandharwal" and "11 a.m. and";
"Govt. Higher Secondary School"; "B.Sc. in physics"; "Prof. Deirdre"; an ellipsis and three short
quoted sentences; "Atty. Gregorio Lacsamano Jr., who" and "Fine."; a quote split at "patients." with
its attribution after the second sentence; "R64 there and back." before "Where must I get that
money?" she asked."; "So who pays?" / "Me.”"; "i.e. when"; "Fr. Tadhg" and an ellipsis; "Hon.
Annmarie" at a sentence start; "loud!”" closing a quote; and "6 a.m. rehearsals." before "Who eh
want doubles?” she laughed.": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'English DESKTOP PASTE (select-all) of a regional daily\'s site (Halverstoke), black bins to be emptied every three weeks: skip and accessibility links, masthead, sign-in/subscribe row, menu with pipes, breadcrumb with >; headline "W" (a decision, no speaker) and a standfirst "Opposition councillors say ..." ""; byline and role on two lines, Published and Updated lines, share row; caption "" and image credit; the cabinet vote with no speaker "W"; "The council estimates" "W"; the cabinet member with "Cllr" dropped ("told the meeting" "W", a two-sentence quote "", caddies "W"); Advertisement; the opposition leader (a quote "", "Saddlegate St. in a heatwave?” he asked." kept whole, "“Because I have.”" "", flats "W") and "A council spokesperson" "W"; Read more link; larger bins "W" with "9 a.m. on 1 April" mid-sentence ""; "Figures from the government\'s waste data service show" "W"; "according to its own annual report" "W"; a pensioner with "Larkhill Rd." mid-sentence and an ellipsis before lower case ""; a father ("“Three weeks?" then "You\'re having a laugh,” he said." ""); call-in procedure "" and "Cllr Fairlow said" resolving to the full name; Related stories list, a briefing block split at "6 a.m." before "No spam, ever.", sign-up row, comment count and two moderation sentences, publisher split at "Ltd." before "Registered in England No. 04417382.", copyright line, footer links',
    'United States DESKTOP PASTE (select-all) of a metro daily\'s site (Dellmont), a judge blocks the closure of two fire stations: skip link, subscribe offer and sign-in, masthead, menu, section label; headline carrying the judge by role "W"; byline with an email on its own line, PUBLISHED/UPDATED line, share row; caption "" with its credit in parentheses as its own "B" sentence; a lead carrying the judge, named in the next sentence, with cue "saying" "W"; the judge granting with no speaker "W" and "Station No. 4 on Quentonby Ave. and" mid-sentence with "Aug. 23." closing it; the judge "wrote in a 14-page order" (two sentences ""); the council vote "W" and "City officials estimated" "W"; Advertisement; the city attorney (appeal "" and "said in an email" ""); the suit\'s name with "Local 2290 v. City of Dellmont" mid-sentence and "Feb. 8." before "It argues ..." carried by "The suit" "W"; the union president with "Capt." dropped (a forecast with a figure "", a two-sentence quote ""); a resident (her husband\'s rescue "W", "“They saved his life." / "Period." / a rhetorical question ""); Related link; "According to fire department data" "W" and an unattributed companion figure "W"; the mayor with "Jr." kept (disappointment "", a plan ""); a council member\'s opinion ""; "according to its 2026 annual report" "W"; a reporter bio and a contact line with an email address, an Originally Published line, tags, More in Local News list, newsletter line, copyright with "Inc." and footer links',
    'Canadian DESKTOP PASTE (select-all) of a city daily\'s site (Portvale, N.S.), a harbour light-rail line delayed to 2029 at $1.46 billion: masthead, sign-in and subscribe row, menu with pipes, section label; headline "W" and a standfirst "Councillor says ..." carrying the councillor as the story names him ""; byline, Published/Last updated/read-time line, join line; caption "" with "N.S." mid-sentence and credit; "city staff told council\'s transportation committee" "W"; "Tarnell St. ferry terminal" mid-sentence "W"; the project director (faults "W" with "Inc." ending a sentence before "She said ..." "W", a two-sentence quote ""); a councillor with "Coun." dropped who "asked whether" "" and the director\'s answer with "Sept. 30, 2027," mid-sentence "W"; Story continues below and Advertisement; funding "W" and "according to a staff report" "W"; the councillor again (construction "W", "“People were told 2027." / "Then 2028." / "Now it\'s 2029?” he said."); READ MORE link; a rider (his commute "W", a promised time "W", a doubt ""); the mayor "said in a statement" "W" and a review "by Strutt Kendrigan & Co. and" mid-sentence ""; "A 2025 report by the province\'s auditor general found" with "the U.S. had" mid-sentence "W"; "1 p.m." ending a sentence before "Members of the public ..." ""; reporter bio and email in two sentences, share line, Trending list, a cookie notice of three sentences, copyright split at "Ltd." before "All rights reserved.", footer links',
    'Jamaican DESKTOP PASTE (select-all) of a national daily\'s site, murders down 18 per cent in the first quarter: date strip, masthead, menu with pipes, section label; headline "W" and a standfirst "Commissioner says ..." carrying the commissioner ""; byline with "/Staff Reporter", date line, share counts; caption "" and credit; "according to preliminary figures from the Jamaica Constabulary Force (JCF)." with a parenthesis closing the sentence "W" and "the figures show" "W"; the commissioner with "Dr." dropped "told journalists" with "St. Andrew on Tuesday" mid-sentence (a causal claim "W", a two-sentence quote "") and firearms seized "W"; a division\'s rise "W" and its head with "Senior Superintendent" dropped (a feud "W"); ADVERTISEMENT; the opposition spokesman (an opinion "", a record of earlier quarters "W", a question ""); states of emergency extended "W" with "St. Catherine and" mid-sentence; RELATED link; a cook-shop operator ("6 p.m." ending a sentence inside her quote before "Now I stay till 10,” she said." "W"); "Dr. Blaisdale said" at a sentence start resolving to the full name (a recruitment plan ""); an appeal for information ""; More Lead Stories list, a comments heading and three moderation sentences, copyright with "Ltd." and footer links',
    'Indian DESKTOP PASTE (select-all) of a national daily\'s city page (Bhopal), state board Class 12 results: skip link, e-paper/subscribe/sign-in row, masthead, menu with pipes, breadcrumb with slashes; headline "W" and a standfirst ""; byline, Updated line with IST, follow and listen lines; caption "" and credit in parentheses; a "BHOPAL:" lead with "the board announced" "W"; lakh figures with decimals "W"; girls and boys "W"; the board secretary with "Dr." dropped and a middle initial kept ("Kamlesh R. Pandharwal", "11 a.m. and" mid-sentence "W", a joke ""); a topper from "Govt. Higher Secondary School" mid-sentence "W" and her father\'s work ""; the topper named after her quote with "B.Sc. in physics" mid-sentence ""; Advertisement; the minister (a causal claim "W", a supplementary exam date ""); Also Read link; the arts stream "W" and an opposition MLA (vacancies "W"); an unnamed principal kept with her restrictive phrase, non-restrictive clause dropped ""; procedure with "roll no. and" mid-sentence ""; re-totalling fee ""; an inputs line, app and topics lines, Trending Topics list, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links',
    'New Zealand DESKTOP PASTE (select-all) of a regional daily\'s site (Northland), a seabird breeding again on a rat-free island: skip link, masthead, menu with pipes, section path; headline carrying the researchers "W" and a standfirst ""; byline and role, date line, share row; caption "" and credit; "researchers say" "W"; "according to a paper published on Tuesday in the journal ..." with a parenthesised species name "W"; eradication "W"; the lead author with "Dr" dropped (expectation "", a two-sentence quote "", fledged chicks "W"); "The study found" a probably-hedge ""; Advertisement; "The Department of Conservation (DOC) spent" through "figures released under the Official Information Act" "W"; a DOC manager (checks "W", a joke ""); a professor with "Prof." dropped (an opinion "" and "cautioned" a 1958 figure "W"); Related link; a general fact "" and a range "W"; a plan with "e.g. to learn" mid-sentence ""; a journal reference with "et al." as one "B" sentence; a funding note, newsletter block of two sentences, copyright split at "Ltd." before "All rights reserved.", footer links',
    'Australian PHONE PASTE of a regional paper\'s mobile site (Darling Downs, Queensland), hail and a severe storm at Wirrabarra: an app banner with "Open in app" and a close mark, a condensed menu with a hamburger and search, masthead and subscribe button, section label; headline "W"; byline, Updated/first published line, sticky share and listen lines; a truncated caption ending in an ellipsis "" and its "Show more" toggle; the hail "W"; a record "the Bureau of Meteorology said" "W"; a meteorologist ("exploded" "", a two-sentence quote with a likely-forecast ""); Advertisement and "Scroll to continue with content"; "an SES spokesperson said" "W"; the mayor with "Cr" dropped (a free tip "" and a quote ""); a resident (hiding "W", an ellipsis before lower case "", "“Car\'s a write-off." "W" / "Roof\'s leaking." "W" / "But we\'re all OK.”" ""); RELATED link; the distributor (restored power "W", "It said" a forecast ""); "according to the Insurance Council of Australia" "W"; school closures "W"; a "Continue reading" toggle, an app prompt, the sticky bar again (Share / Save / Comments), More from News list, back-to-top, copyright with "Pty Ltd 2027", footer links and a desktop-site link',
    'Philippine PHONE PASTE of a national news site\'s mobile page (Calumpang City, Laguna), a city budget passed after a three-month deadlock: an "Open in app" bar, a menu icon line and masthead, a log-in line, section label; headline "W"; byline, date line with "PHT", a sticky share row; a truncated caption "" with its "Read more" toggle; a "CALUMPANG CITY, Laguna —" lead "W"; the vote named after its count, "Vice Mayor ... said." "W"; the mayor\'s allies and confidential funds "W"; a councilor with "Atty." dropped and "Jr.," kept (an opinion, "“We were called obstructionists for three months." / "Fine." "" / health centers "W"); Advertisement and "Continue reading below ↓"; the mayor "said in a Facebook post" "" and "did not reply to questions" ""; health budget with "Brgy. Malinta." closing a sentence "W"; "according to the city budget office" "W"; a nurse (vaccines "W", "said in Filipino" ""); READ link; review procedure ""; the chief of staff with "Engr." dropped "told reporters" a plan ""; a sticky share bar, Related Stories list, an app prompt, a sections line, copyright, a full-site link',
    'South African PHONE PASTE of a news site\'s mobile page (Mthatha, Eastern Cape), chronic patients sent home without medicine: a cookie bar of two sentences with an OK button, an app banner with "Open in app", a hamburger/masthead/search line, a sign-in line, section label; headline "W" and a standfirst ""; byline, date line, listen and share icons, a "Comments (14)" line; a truncated caption "" and its "more" toggle; "the Eastern Cape health department has confirmed" "W"; the spokesperson (clinics "W", a lapsed tender "W", "“We apologise to patients." "" / deliveries of record "W"); a patient (trips "W", "“Each trip is R64 there and back." "W" before "Where must I get that money?” she asked." ""); a nurse kept as "A nurse at one of the clinics" with the non-restrictive clause dropped ("W", a quote ""); Advertisement; "The Health Justice Forum said in a statement" "W" and "the statement said" carried by the forum ""; an MPL with "Dr" dropped (a plan ""); ALSO READ link; "According to the department\'s annual report" "W"; a "Continue reading" toggle, sticky share bar, newsletter line, More in Health list, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links',
    'Ugandan PHONE PASTE of a daily\'s mobile business page (Kampala), pump prices rise as the shilling weakens: an app banner with "Get the app" and "Open", a menu/masthead/search line, "Sign In" and "Subscribe" lines, section label; headline "W"; byline, an "Added" line with a relative time, a sticky share line; a truncated caption "" and its "read more" toggle; prices "W"; "a survey by the Ledger found" "W"; "according to Bank of Uganda data" "W"; a dealers\' association chairman with "Mr" dropped (landed cost "W", an opinion ""); a boda boda rider (fuel spend "W", "“Passengers won\'t accept a higher fare." / "So who pays?" / "Me.”" ""); Advertisement and a "Continue reading" toggle; an economist with "Dr" dropped (a causal hedge "", coffee earnings of record "W", a forecast with "i.e. when" mid-sentence ""); the ministry\'s spokesperson (no tax cuts "W"); "according to the Uganda Revenue Authority" "W"; "e.g. Kampala–Mukono" mid-sentence and "drivers said" "W"; Related list, a comments prompt, an app line, copyright with "Ltd." and a desktop-version link',
    'Irish PHONE PASTE of a regional weekly\'s mobile sport page (Co. Galway), a small club wins a county football league final: an "Open in the app" banner, a hamburger/masthead line, a subscribe offer, section path; headline "W" and a standfirst ""; byline, date line, sticky share bar; a truncated caption "" with an "Expand" toggle; the result "W" with "Co. Galway" mid-sentence; the winning goal "W" and the half-time score "W"; the manager ("said" an opinion "", a two-sentence quote with a record "W"); the scorer named after his quote ""; Advertisement; the club chairman with "Fr." mid-sentence and dropped (parish population "W", a quote with an ellipsis before lower case ""); the losing captain (wind "", "“Did we deserve it?" / "No.”" ""); a supporter with "St." mid-sentence (her years "W", a feeling ""); "according to the county board" "W" and a next-round plan ""; a "Continue reading" toggle; Match details title "B", two team lines, scorers lines and a referee line as "" data; sticky bar again, Most Read list, app line, copyright with "DAC" and footer links',
    'Trinidad and Tobago PHONE PASTE of a daily\'s mobile culture page (San Fernando), an old cinema to reopen as an arts centre after a TT$14m restoration: an app banner ("Open in app" and "Not now"), a hamburger/masthead line, section label "Arts & Culture"; headline "W" and a standfirst carrying the minister by role, named below, with "says" ""; byline, date line with "AM", share icons and a comments count; a truncated caption "" and its "...more" toggle; the reopening "W" with "High St. in San Fernando" mid-sentence and "Pt Fortin" later; the minister with "Hon." at the start of a sentence and later "Ms" dropped (cost "W", a two-sentence quote "", seats of record "W"); the architect "told" with "Mr" dropped (a termite find "W", an exclamation quote "!” he said." ""); Advertisement; the Luxora\'s history "W" and "according to the National Archives" "W"; a veteran actress (her debut "W", "“Sando audiences are the hardest in the country." and a question ""); "Continue reading" toggle; the San Fernando mayor "said" a plan "" and "told reporters" a rent figure "W"; a vendor ("Ah go sell doubles ... 6 a.m." before "Who eh want doubles?” she laughed." with cue "laughed"); an opening date ""; sticky share bar, More in Arts list, app and newsletter lines, copyright with "Ltd." and footer links',
]

ARTICLES = [
    [
        [("Skip to main content", "", "", "B")],
        [("Accessibility help", "", "", "B")],
        [("THE HALVERSTOKE COURIER", "", "", "B")],
        [("Sign in     Subscribe from £1 a week", "", "", "B")],
        [
            (
                "Home | News | Sport | What's On | Property | Jobs | Notices | E-edition",
                "",
                "",
                "B",
            )
        ],
        [("News > Local Council > Halverstoke", "", "", "B")],
        [
            (
                "Black bins to be emptied every three weeks from June as council agrees £4.2m savings plan",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Opposition councillors say streets will be left ‘stinking’ by August, but the cabinet insists recycling will rise",
                "Opposition councillors",
                "say",
                "",
            )
        ],
        [("By Maisie Threlkeldon", "", "", "B")],
        [("Local Democracy Reporting Service", "", "", "B")],
        [("Published 11:42, Thursday, 11 March 2027", "", "", "B")],
        [("Updated 14:05, Thursday, 11 March 2027", "", "", "B")],
        [("Share on Facebook   Share on X   Share by email   Copy link", "", "", "B")],
        [
            (
                "Bins awaiting collection on Treloggan Road, Halverstoke, last week.",
                "",
                "",
                "",
            )
        ],
        [("Image: Halverstoke Courier/Jonah Wraxby", "", "", "B")],
        [
            (
                "Householders in Halverstoke will have their black-bin waste collected once every three weeks from 7 June, after the borough council's cabinet voted 6-2 on Wednesday night to approve the change.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The council estimates the move will save £1.3m a year, part of a £4.2m package of savings for 2027/28.",
                "The council",
                "estimates",
                "W",
            )
        ],
        [
            (
                "Recycling, food waste and garden waste collections will not change.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cllr Ottoline Brakespeare, the cabinet member for environment, told the meeting that 41% of what went into black bins last year could have been recycled.",
                "Ottoline Brakespeare",
                "told the meeting",
                "W",
            ),
            (
                "“We are asking people to do something they already know how to do,” she said.",
                "Ottoline Brakespeare",
                "said",
                "",
            ),
            ("“Most families will barely notice.”", "Ottoline Brakespeare", "said", ""),
        ],
        [
            (
                "She said the council's food-waste caddies were used by about six in ten homes, and that crews would deliver 9,000 new caddies free of charge in May.",
                "Ottoline Brakespeare",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Opposition leader Cllr Desmond Fairlow said the plan had been “cooked up in a back room” and would leave streets “stinking by August”.",
                "Desmond Fairlow",
                "said",
                "",
            ),
            (
                "“Has anyone in that cabinet lived in a flat above a takeaway on Saddlegate St. in a heatwave?” he asked.",
                "Desmond Fairlow",
                "asked",
                "",
            ),
            ("“Because I have.”", "Desmond Fairlow", "asked", ""),
        ],
        [
            (
                "He said residents of the borough's 2,300 flats with shared bins had not been consulted, a claim the council disputed.",
                "Desmond Fairlow",
                "said",
                "W",
            ),
            (
                "A council spokesperson said 412 of the 3,870 responses to its public consultation had come from flats.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read more: Halverstoke tip to open on Sundays again from April",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Under the plan, households of six or more people, and those with a child in nappies, can apply for a larger 240-litre bin.",
                "",
                "",
                "W",
            ),
            (
                "Applications open at 9 a.m. on 1 April and can be made online or at the town hall.",
                "",
                "",
                "",
            ),
            (
                "Residents without internet access can call the council's contact centre.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Figures from the government's waste data service show Halverstoke recycled 38.4% of household waste in 2025/26, against an England average of 43.1%.",
                "Figures from the government's waste data service",
                "show",
                "W",
            )
        ],
        [
            (
                "Neighbouring Cressbury, which moved to three-weekly collections in 2024, raised its rate from 36% to 47% in two years, according to its own annual report.",
                "its own annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Pensioner Gwendolyn Ashcroyde, 77, who lives on Larkhill Rd. with her husband, said she was not worried.",
                "Gwendolyn Ashcroyde",
                "said",
                "",
            ),
            (
                "“We fill half a bin a fortnight, if that,” she said.",
                "Gwendolyn Ashcroyde",
                "said",
                "W",
            ),
            (
                "“It's the foxes I worry about... they'll have the bags open before the lorry comes.”",
                "Gwendolyn Ashcroyde",
                "said",
                "",
            ),
        ],
        [
            (
                "But father-of-four Kieran Mollister said his family already put two full bags beside their bin most weeks.",
                "Kieran Mollister",
                "said",
                "W",
            ),
            ("“Three weeks?", "Kieran Mollister", "said", ""),
            ("You're having a laugh,” he said.", "Kieran Mollister", "said", ""),
        ],
        [
            (
                "The cabinet's decision can be called in by the council's scrutiny committee within five working days.",
                "",
                "",
                "",
            ),
            (
                "Cllr Fairlow said his group would ask it to do so.",
                "Desmond Fairlow",
                "said",
                "",
            ),
        ],
        [("Related stories", "", "", "B")],
        [("Council tax in Halverstoke to rise by 4.99% from April", "", "", "B")],
        [("Parking charges at Wyebank car park go up 20p", "", "", "B")],
        [("Library opening hours cut at three branches", "", "", "B")],
        [("Get the Courier's morning briefing", "", "", "B")],
        [
            (
                "The day's top Halverstoke stories, in your inbox every weekday at 6 a.m.",
                "",
                "",
                "B",
            ),
            ("No spam, ever.", "", "", "B"),
        ],
        [("Email address     Subscribe", "", "", "B")],
        [("32 comments", "", "", "B")],
        [
            (
                "Comments are moderated and may take up to an hour to appear.",
                "",
                "",
                "B",
            ),
            ("Please read our community rules before posting.", "", "", "B"),
        ],
        [
            (
                "The Halverstoke Courier is published by Ambrestone Regional Media Ltd.",
                "",
                "",
                "B",
            ),
            ("Registered in England No. 04417382.", "", "", "B"),
        ],
        [("© Ambrestone Regional Media Ltd. 2027", "", "", "B")],
        [
            (
                "Contact us | Advertise | Privacy policy | Cookie policy | Terms | Manage preferences",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Skip to content", "", "", "B")],
        [("Subscribe: 99¢ for 3 months", "", "", "B")],
        [("Log In", "", "", "B")],
        [("THE DELLMONT SENTINEL", "", "", "B")],
        [
            (
                "News  Sports  Business  Opinion  Things To Do  Obituaries  e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL NEWS", "", "", "B")],
        [
            (
                "Judge blocks Dellmont from closing two fire stations, rules city skipped required hearing",
                "Marisela Quintebrook",
                "rules",
                "W",
            )
        ],
        [("By Renata Vellaquist", "", "", "B")],
        [("rvellaquist@dellmontsentinel.com", "", "", "B")],
        [
            (
                "PUBLISHED: March 16, 2027 at 5:48 PM CDT | UPDATED: March 17, 2027 at 8:02 AM CDT",
                "",
                "",
                "B",
            )
        ],
        [("Share this:   Facebook   X   Reddit   Email   Print", "", "", "B")],
        [
            (
                "Firefighters from Station No. 9 return from a call in the Ashlund neighborhood on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo by Caelan Orsweth / The Dellmont Sentinel)", "", "", "B"),
        ],
        [
            (
                "A Osterbeck County judge on Tuesday temporarily blocked the city of Dellmont from closing two fire stations, saying the city had likely skipped a public hearing required by its own charter.",
                "Marisela Quintebrook",
                "saying",
                "W",
            )
        ],
        [
            (
                "District Judge Marisela Quintebrook granted a temporary injunction sought by the firefighters' union, which sued the city last month.",
                "",
                "",
                "W",
            ),
            (
                "The order keeps Station No. 4 on Quentonby Ave. and Station No. 9 on Gorman Road open until a trial, set for Aug. 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The Charter is not a suggestion,” Quintebrook wrote in a 14-page order.",
                "Marisela Quintebrook",
                "wrote",
                "",
            ),
            (
                "“If the City wishes to close a fire station, it must first tell the public, in a hearing, why.”",
                "Marisela Quintebrook",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The city council voted 5-4 in January to close the two stations by May 1 to help fill a $6.8 million budget gap.",
                "",
                "",
                "W",
            ),
            (
                "City officials estimated the closures would save $2.1 million a year.",
                "City officials",
                "estimated",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "City Attorney Lorne Bickersfield said the city would appeal.",
                "Lorne Bickersfield",
                "said",
                "",
            ),
            (
                "“We respect the court, but we believe the council acted lawfully, and we'll say so to the Court of Appeals,” he said in an email.",
                "Lorne Bickersfield",
                "said in an email",
                "",
            ),
        ],
        [
            (
                "The suit, Professional Firefighters of Dellmont Local 2290 v. City of Dellmont, was filed Feb. 8.",
                "",
                "",
                "W",
            ),
            (
                "It argues that Section 7.04 of the city charter requires a public hearing before any “reduction in emergency services.”",
                "The suit",
                "argues",
                "W",
            ),
        ],
        [
            (
                "Union president Capt. Ruben Szalowitz said response times in the Ashlund neighborhood would rise by as much as four minutes if Station No. 9 closed.",
                "Ruben Szalowitz",
                "said",
                "",
            ),
            (
                "“Four minutes is the difference between a kitchen fire and a house fire,” he said.",
                "Ruben Szalowitz",
                "said",
                "",
            ),
            ("“Ask anybody who does this job.”", "Ruben Szalowitz", "said", ""),
        ],
        [
            (
                "Ashlund resident Dolores Varnaby, 68, said an engine from Station No. 9 reached her house within six minutes when her husband collapsed in 2023.",
                "Dolores Varnaby",
                "said",
                "W",
            ),
            ("“They saved his life.", "Dolores Varnaby", "said", ""),
            ("Period.", "Dolores Varnaby", "said", ""),
            (
                "And now they want to take that station away?”",
                "Dolores Varnaby",
                "said",
                "",
            ),
        ],
        [("RELATED: Dellmont council OKs 3% water rate increase", "", "", "B")],
        [
            (
                "According to fire department data, Station No. 9 answered 3,412 calls in 2026, more than any other station in the city.",
                "fire department data",
                "according to",
                "W",
            ),
            ("Station No. 4 answered 1,980.", "", "", "W"),
        ],
        [
            (
                "Mayor Thaddeus Orlowe Jr. said he was disappointed but not surprised by the ruling.",
                "Thaddeus Orlowe Jr.",
                "said",
                "",
            ),
            (
                "He said the council would hold the hearing the judge described “as soon as the law allows” and could vote again in June.",
                "Thaddeus Orlowe Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Council member Yolandra Dunworthy, who voted against the closures, said the ruling “gives us a second chance to get this right.”",
                "Yolandra Dunworthy",
                "said",
                "",
            )
        ],
        [
            (
                "The fire department has 212 sworn firefighters and 11 stations, according to its 2026 annual report.",
                "its 2026 annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Renata Vellaquist covers Osterbeck County courts and public safety for the Sentinel.",
                "",
                "",
                "B",
            ),
            ("Reach her at rvellaquist@dellmontsentinel.com.", "", "", "B"),
        ],
        [("Originally Published: March 16, 2027 at 5:48 PM CDT", "", "", "B")],
        [("Tags: Courts, Dellmont, Fire, Local Government", "", "", "B")],
        [("More in Local News", "", "", "B")],
        [("Man, 24, charged in Riverside Drive hit-and-run", "", "", "B")],
        [("School board delays vote on later start times", "", "", "B")],
        [("Ashlund library reopens after roof repairs", "", "", "B")],
        [("Sign up for Morning Report, our free weekday newsletter.", "", "", "B")],
        [
            (
                "Copyright © 2027 The Dellmont Sentinel, a division of Pelvorne Media Group Inc.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Privacy Policy | Terms of Use | Cookie Preferences | Do Not Sell or Share My Personal Information | Site Map",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("PORTVALE TRIBUNE", "", "", "B")],
        [("Sign In   Subscribe Now", "", "", "B")],
        [
            (
                "News | Local News | Opinion | Business | Sports | Arts | Life | Obituaries | Driving",
                "",
                "",
                "B",
            )
        ],
        [("Local News", "", "", "B")],
        [
            (
                "Harbour light-rail line delayed again, now set to open in 2029 at cost of $1.46 billion",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Residents have ‘lived with construction for four years’ and deserve straight answers, councillor says",
                "Bram Whitrigg",
                "says",
                "",
            )
        ],
        [("Anouchka Marchetterre", "", "", "B")],
        [
            (
                "Published Mar 22, 2027  •  Last updated 3 hours ago  •  4 minute read",
                "",
                "",
                "B",
            )
        ],
        [("Join the conversation", "", "", "B")],
        [
            (
                "Crews install overhead wires on the harbour line near Bayers Landing in Portvale, N.S., on Friday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Dmitri Voskanyan /Portvale Tribune", "", "", "B")],
        [
            (
                "The opening of Portvale's harbour light-rail line has been pushed back a second time, to spring 2029, and its budget has grown to $1.46 billion, city staff told council's transportation committee Monday.",
                "city staff",
                "told council's transportation committee",
                "W",
            )
        ],
        [
            (
                "The 11-kilometre line, with 13 stations between Bayers Landing and the Tarnell St. ferry terminal, was supposed to open in the fall of 2027.",
                "",
                "",
                "W",
            ),
            (
                "When council approved it in 2022, its budget was $980 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Project director Gráinne Quayleford told the committee that testing had found faults in signalling software supplied by Signatrix Systems Inc.",
                "Gráinne Quayleford",
                "told the committee",
                "W",
            ),
            (
                "She said the contractor had replaced 40 of 72 trackside units and expected to finish the rest by December.",
                "Gráinne Quayleford",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not going to open a railway that isn't safe to open,” she said.",
                "Gráinne Quayleford",
                "said",
                "",
            ),
            (
                "“I'd rather stand here and take the heat.”",
                "Gráinne Quayleford",
                "said",
                "",
            ),
        ],
        [
            (
                "Coun. Bram Whitrigg asked whether the city could claw back money from the company.",
                "Bram Whitrigg",
                "asked",
                "",
            ),
            (
                "Quayleford said the contract allowed penalties of up to $250,000 a month after Sept. 30, 2027, capped at $9 million.",
                "Gráinne Quayleford",
                "said",
                "W",
            ),
        ],
        [("Story continues below", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [
            (
                "The province of Nova Scotia and the federal government have each committed $320 million to the line.",
                "",
                "",
                "W",
            ),
            (
                "The city is responsible for any cost overruns under its agreement with both governments, according to a staff report.",
                "a staff report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Whitrigg, who represents Bayers Landing, said residents near the line had lived with construction since 2023.",
                "Bram Whitrigg",
                "said",
                "W",
            ),
            ("“People were told 2027.", "Bram Whitrigg", "said", "W"),
            ("Then 2028.", "Bram Whitrigg", "said", "W"),
            ("Now it's 2029?” he said.", "Bram Whitrigg", "said", ""),
        ],
        [("READ MORE: Ferry fares to rise 25 cents on April 1", "", "", "B")],
        [
            (
                "Farshid Sarvestani, who commutes from Bayers Landing to a job downtown, said his bus trip takes 55 minutes each way.",
                "Farshid Sarvestani",
                "said",
                "W",
            ),
            (
                "“The train was supposed to make it 19,” he said.",
                "Farshid Sarvestani",
                "said",
                "W",
            ),
            (
                "“I'll believe it when I'm sitting on it.”",
                "Farshid Sarvestani",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Colette Vaillancroix said in a statement that she had asked for an independent review of the project's schedule.",
                "Colette Vaillancroix",
                "said in a statement",
                "W",
            ),
            (
                "The review will be carried out by Strutt Kendrigan & Co. and is due by June 30.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A 2025 report by the province's auditor general found the project's original schedule was “optimistic,” noting that similar lines in Canada and the U.S. had taken an average of 7.2 years to build.",
                "A 2025 report by the province's auditor general",
                "found",
                "W",
            )
        ],
        [
            (
                "The committee's recommendation goes to council, which meets Mar. 30 at 1 p.m.",
                "",
                "",
                "",
            ),
            (
                "Members of the public can register to speak until noon the day before.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Anouchka Marchetterre covers transportation for the Tribune.",
                "",
                "",
                "B",
            ),
            ("She can be reached at amarchetterre@portvaletribune.ca.", "", "", "B"),
        ],
        [
            (
                "Share this Story: Harbour light-rail line delayed again, now set to open in 2029 at cost of $1.46 billion",
                "",
                "",
                "B",
            )
        ],
        [("Trending", "", "", "B")],
        [("Two-vehicle crash closes Route 107 near Musquodoboit", "", "", "B")],
        [("Portvale school board approves new French immersion site", "", "", "B")],
        [("Ice fog advisory issued for the harbour", "", "", "B")],
        [
            (
                "This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.",
                "",
                "",
                "B",
            ),
            ("Read more about cookies here.", "", "", "B"),
            (
                "By continuing to use our site, you agree to our Terms of Use and Privacy Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 Portvale Tribune, a division of Harbourcrest Newsgroup Ltd.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Contact Us | Advertise | Terms of Use | Privacy | Accessibility | Site Map",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Wednesday | March 24, 2027", "", "", "B")],
        [("THE JAMAICA DAYBREAKER", "", "", "B")],
        [
            (
                "Lead Stories | News | Business | Sports | Entertainment | Letters | Commentary | Classifieds | ePaper",
                "",
                "",
                "B",
            )
        ],
        [("News", "", "", "B")],
        [("Murders down 18 per cent in first quarter", "", "", "W")],
        [
            (
                "Top cop says ‘we are not celebrating’ as St Catherine North records rise",
                "Everton Blaisdale",
                "says",
                "",
            )
        ],
        [("Shanoya Ellerslie/Staff Reporter", "", "", "B")],
        [("Published: Wednesday | March 24, 2027 | 12:09 AM", "", "", "B")],
        [("Facebook 48   Twitter 12   WhatsApp   Email", "", "", "B")],
        [("Police personnel on patrol in downtown Kingston on Monday.", "", "", "")],
        [("Photo by Dwayne Cassiterre", "", "", "B")],
        [
            (
                "Murders across Jamaica fell by 18 per cent in the first quarter of the year, with 214 people killed between January 1 and March 20, compared with 261 in the same period last year, according to preliminary figures from the Jamaica Constabulary Force (JCF).",
                "preliminary figures from the Jamaica Constabulary Force (JCF)",
                "according to",
                "W",
            )
        ],
        [
            (
                "Shootings were down 14 per cent, to 209, the figures show.",
                "the figures",
                "show",
                "W",
            )
        ],
        [
            (
                "Police Commissioner Dr. Everton Blaisdale told journalists at a press briefing in St. Andrew on Tuesday that the decline was due mainly to the arrest of 37 gang leaders since October.",
                "Everton Blaisdale",
                "told journalists",
                "W",
            ),
            ("“We are not celebrating,” he said.", "Everton Blaisdale", "said", ""),
            (
                "“Two hundred and fourteen families are grieving tonight, and that is two hundred and fourteen too many.”",
                "Everton Blaisdale",
                "said",
                "",
            ),
        ],
        [
            (
                "He said 61 illegal firearms had been seized since January, among them 11 assault rifles.",
                "Everton Blaisdale",
                "said",
                "W",
            )
        ],
        [
            (
                "However, the St Catherine North Police Division recorded 29 murders, up from 22, the most of any division.",
                "",
                "",
                "W",
            ),
            (
                "Its commander, Senior Superintendent Marcia Wellingcourt, said a feud between two gangs in Lakesview Gardens accounted for at least nine of the killings.",
                "Marcia Wellingcourt",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Opposition spokesman on national security Garfield Stennabury said the figures were “welcome but fragile”.",
                "Garfield Stennabury",
                "said",
                "",
            ),
            (
                "“We have seen quarters like this before, in 2019 and in 2022, and by September we were right back where we started,” he said.",
                "Garfield Stennabury",
                "said",
                "W",
            ),
            (
                "“Where is the plan for the Corporate Area when the states of emergency end?”",
                "Garfield Stennabury",
                "said",
                "",
            ),
        ],
        [
            (
                "The Government extended the states of public emergency in St. Catherine and Clarendon on March 9 for a further 90 days.",
                "",
                "",
                "W",
            )
        ],
        [("RELATED: Two held after Old Harbour Road shooting", "", "", "B")],
        [
            (
                "In Half-Way Tree, cook-shop operator Natalee Scarlettson said business had picked up since police began patrolling the square at nights.",
                "Natalee Scarlettson",
                "said",
                "",
            ),
            (
                "“Before Christmas, I was closing at 6 p.m.",
                "Natalee Scarlettson",
                "said",
                "W",
            ),
            ("Now I stay till 10,” she said.", "Natalee Scarlettson", "said", "W"),
            ("“Mi nah lie, mi feel safer.”", "Natalee Scarlettson", "said", ""),
        ],
        [
            (
                "Dr. Blaisdale said 400 recruits would graduate from the police academy in June, bringing the force to about 13,100 members.",
                "Everton Blaisdale",
                "said",
                "",
            )
        ],
        [
            (
                "Anyone with information on any of the killings is asked to contact the nearest police station.",
                "",
                "",
                "",
            )
        ],
        [("More Lead Stories", "", "", "B")],
        [("Gov't to table new building code in April", "", "", "B")],
        [("Farmers count losses after bush fire in St Elizabeth", "", "", "B")],
        [("Taxi operators threaten strike over fare review", "", "", "B")],
        [("Comments", "", "", "B")],
        [
            ("We welcome your comments on this story.", "", "", "B"),
            ("Please do not use profanity or make defamatory statements.", "", "", "B"),
            (
                "The Daybreaker reserves the right to remove comments that break these rules.",
                "",
                "",
                "B",
            ),
        ],
        [("© Copyright 2027 Daybreaker Media Company Ltd.", "", "", "B")],
        [
            (
                "Privacy Policy | Terms of Use | Contact Us | Advertise | Archives",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Skip to content", "", "", "B")],
        [("E-Paper | Subscribe | Sign In", "", "", "B")],
        [("THE BETWA TIMES", "", "", "B")],
        [
            (
                "India | Cities | Business | Sports | Education | Entertainment | Videos | Web Stories",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home / Cities / Bhopal News / MP Board Class 12 result: pass rate up to 79.6%",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "MP Board Class 12 result: pass rate up to 79.6%, Sehore girl tops with 496 marks",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Girls outshine boys again; arts stream lags behind science and commerce",
                "",
                "",
                "",
            )
        ],
        [("By Yashvardhan Wankhedkar", "", "", "B")],
        [("Updated: Mar 25, 2027 18:12 IST", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [
            (
                "Students celebrate their results at a government school in Bhopal on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("(Photo: Betwa Times/Kshitij Dhamnerkar)", "", "", "B")],
        [
            (
                "BHOPAL: As many as 79.6% of students who appeared for the Class 12 examination of the state board passed this year, up from 74.2% in 2026, the board announced on Thursday.",
                "the board",
                "announced",
                "W",
            )
        ],
        [
            (
                "Of the 6.41 lakh students who wrote the exams in February and March, 5.10 lakh cleared them.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Girls again did better than boys, with a pass rate of 82.3% against 76.9%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Board secretary Dr. Kamlesh R. Pandharwal said results were declared at 11 a.m. and the board's website received 1.8 million visits in the first hour.",
                "Kamlesh R. Pandharwal",
                "said",
                "W",
            ),
            (
                "“The server did not go down this time,” he said, drawing laughter from reporters.",
                "Kamlesh R. Pandharwal",
                "said",
                "",
            ),
        ],
        [
            (
                "Anvesha Khurmade of Govt. Higher Secondary School, Sehore, topped the state with 496 marks out of 500 in the science stream.",
                "",
                "",
                "W",
            ),
            ("Her father drives an autorickshaw in Sehore town.", "", "", ""),
        ],
        [
            (
                "“I studied six to seven hours daily, but I also slept well,” said Anvesha, who wants to do a B.Sc. in physics and later become a space scientist.",
                "Anvesha Khurmade",
                "said",
                "",
            ),
            (
                "“My teachers took extra classes on Sundays and never charged a single rupee.”",
                "Anvesha Khurmade",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "School education minister Devraj Silwaria said the improvement was the result of remedial classes held in 3,200 government schools from September.",
                "Devraj Silwaria",
                "said",
                "W",
            ),
            (
                "He said supplementary exams would begin on June 15 for students who failed in one or two subjects.",
                "Devraj Silwaria",
                "said",
                "",
            ),
        ],
        [("Also Read | Engineering entrance counselling to begin May 2", "", "", "B")],
        [
            (
                "However, the pass rate in the arts stream fell to 71.8% from 73.4%.",
                "",
                "",
                "W",
            ),
            (
                "Opposition MLA Rekha Bundelwar said posts of arts lecturers had been lying vacant in 1,140 higher secondary schools for over two years.",
                "Rekha Bundelwar",
                "said",
                "W",
            ),
        ],
        [
            (
                "A principal of a private school in Arera Colony, who did not wish to be named, said the jump in marks was partly due to easier question papers.",
                "A principal of a private school in Arera Colony",
                "said",
                "",
            )
        ],
        [
            (
                "Students can check their results on the board's website by entering their roll no. and date of birth.",
                "",
                "",
                "",
            ),
            ("Original mark sheets will be sent to schools by May 5.", "", "", ""),
        ],
        [
            (
                "Students who want their answer books re-totalled can apply till April 10 by paying Rs 500 per subject.",
                "",
                "",
                "",
            )
        ],
        [("(With inputs from Sehore)", "", "", "B")],
        [
            (
                "Get the latest news on education, exams, results and toppers only on The Betwa Times.",
                "",
                "",
                "B",
            )
        ],
        [("Download The Betwa Times app for real-time news.", "", "", "B")],
        [("Trending Topics", "", "", "B")],
        [
            (
                "CBSE Class 10 result date | Bhopal weather | Indore metro | IPL 2027 schedule",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2027 Betwa Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Advertise With Us | Privacy Policy | Terms of Use | RSS",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("THE NORTHLAND BEACON", "", "", "B")],
        [
            (
                "Latest | Northland | National | World | Business | Sport | Environment | Weather | Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Environment > Science", "", "", "B")],
        [
            (
                "Shearwaters breeding on Mokorua Island again, 10 years after rats removed, researchers say",
                "researchers",
                "say",
                "W",
            )
        ],
        [
            (
                "‘When we saw an egg, I actually yelled’ – scientists thrilled at birds' return",
                "",
                "",
                "",
            )
        ],
        [("Tessa Wyndlebury", "", "", "B")],
        [("Environment reporter", "", "", "B")],
        [("Wed, 31 Mar 2027, 5:30am", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Email", "", "", "B")],
        [
            (
                "A fluttering shearwater chick in its burrow on Mokorua Island in December.",
                "",
                "",
                "",
            )
        ],
        [("Photo / Tollhaven University", "", "", "B")],
        [
            (
                "A seabird not seen breeding on Mokorua Island for more than 60 years has returned, a decade after the island was cleared of rats, researchers say.",
                "researchers",
                "say",
                "W",
            )
        ],
        [
            (
                "Scientists from Tollhaven University found 47 active burrows of fluttering shearwaters (Puffinus gavia) on the 140ha island during surveys in November and December, according to a paper published on Tuesday in the journal Pacific Island Ecology.",
                "a paper published on Tuesday in the journal Pacific Island Ecology",
                "according to",
                "W",
            )
        ],
        [
            (
                "The island, 9km off the Northland coast, was cleared of Norway rats in 2016 in an operation that used 11 tonnes of bait dropped by helicopter.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Lead author Dr Isla Treganowe said the team had expected to find birds visiting, but not breeding.",
                "Isla Treganowe",
                "said",
                "",
            ),
            (
                "“When we put the burrowscope down the first hole and saw an egg, I actually yelled,” she said.",
                "Isla Treganowe",
                "said",
                "",
            ),
            (
                "“Honestly, we thought it'd take 20 years, not 10.”",
                "Isla Treganowe",
                "said",
                "",
            ),
        ],
        [
            (
                "She said chicks had fledged from at least 31 of the burrows.",
                "Isla Treganowe",
                "said",
                "W",
            )
        ],
        [
            (
                "The study found the birds were probably recolonising from a colony on Hapuawhe Rock, 23km to the north, based on DNA taken from feathers.",
                "The study",
                "found",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Department of Conservation (DOC) spent $1.9 million on the eradication, according to figures released under the Official Information Act.",
                "figures released under the Official Information Act",
                "according to",
                "W",
            )
        ],
        [
            (
                "DOC's Northland operations manager, Graeme Tollerwick, said the island had stayed rat-free since, with traps checked every three months.",
                "Graeme Tollerwick",
                "said",
                "W",
            ),
            (
                "“One pregnant rat off a fishing boat and we're back to square one,” he said.",
                "Graeme Tollerwick",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Deirdre Ockleshaw, a seabird ecologist at Tollhaven University who was not involved in the study, said the result was “a textbook case” of what pest eradication could do.",
                "Deirdre Ockleshaw",
                "said",
                "",
            ),
            (
                "But she cautioned that the colony was still tiny compared with the 2,000 or so pairs recorded there by a survey in 1958.",
                "Deirdre Ockleshaw",
                "cautioned",
                "W",
            ),
        ],
        [("Related: Why the garden bird count needs you this winter", "", "", "B")],
        [
            (
                "Fluttering shearwaters nest in burrows and feed on krill and small fish.",
                "",
                "",
                "",
            ),
            (
                "They breed only in New Zealand, mostly on islands off the North Island and in the Marlborough Sounds.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The team plans to return in spring to band chicks and to fit 12 adults with GPS tags, e.g. to learn where they feed.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Journal reference: Treganowe I, Hollenby M, Tuhorangi T, et al. Natural recolonisation of a rat-free island by fluttering shearwaters. Pac Isl Ecol. 2027;19(2):114-129.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Tessa Wyndlebury's environment reporting is supported by the Local Democracy Reporting fund.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Get the Beacon's morning newsletter", "", "", "B"),
            (
                "Sign up to receive the day's top stories from Te Tai Tokerau and beyond, straight to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Copyright 2027 Beacon Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About | Contact | Advertise | Privacy Policy | Terms & Conditions | Help",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("The Downs Courant app – open for the full experience", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("✕", "", "", "B")],
        [("☰   Search", "", "", "B")],
        [("THE DOWNS COURANT", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("News", "", "", "B")],
        [
            (
                "Hail up to 7cm smashes homes and cars as storm cuts power to 4300 homes",
                "",
                "",
                "W",
            )
        ],
        [("Tamsin Argyle", "", "", "B")],
        [("Updated March 30 2027 - 9:42am, first published 6:15am", "", "", "B")],
        [("Share ↗", "", "", "B")],
        [("Listen · 3 min", "", "", "B")],
        [
            (
                "Hailstones piled up like snow along Mayfarrow Parade in Wirrabarra on Monday evening, with some measured at…",
                "",
                "",
                "",
            )
        ],
        [("Show more", "", "", "B")],
        [
            (
                "Hailstones up to 7cm across smashed windows and cars in Wirrabarra on Monday night as a severe thunderstorm cut power to about 4300 homes across the Darling Downs.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The town's airport gauge recorded 62mm of rain in 40 minutes, its heaviest short burst since records began there in 1994, the Bureau of Meteorology said.",
                "the Bureau of Meteorology",
                "said",
                "W",
            )
        ],
        [
            (
                'Senior meteorologist Dean Kallister said the storm cell had "exploded" over the range shortly after 5pm.',
                "Dean Kallister",
                "said",
                "",
            ),
            (
                '"It went from nothing to a very dangerous storm in under half an hour," he said.',
                "Dean Kallister",
                "said",
                "",
            ),
            (
                '"More storms are likely on Tuesday afternoon, so please keep an eye on the warnings."',
                "Dean Kallister",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Scroll to continue with content", "", "", "B")],
        [
            (
                "The SES received 612 calls for help between 5pm Monday and 6am Tuesday, most of them for damaged roofs, an SES spokesperson said.",
                "an SES spokesperson",
                "said",
                "W",
            )
        ],
        [
            (
                "Wirrabarra Regional Council mayor Cr Lorraine Ditchwood said the council's green-waste facility on Wilgabrook Rd would accept storm debris free of charge until Sunday.",
                "Lorraine Ditchwood",
                "said",
                "",
            ),
            (
                '"Just bring it in, please don\'t pile it on the footpath," she said.',
                "Lorraine Ditchwood",
                "said",
                "",
            ),
        ],
        [
            (
                "Brendan Hollyoake said he hid in the bathroom with his two kids when hail came through the lounge-room window.",
                "Brendan Hollyoake",
                "said",
                "W",
            ),
            (
                '"It sounded like someone tipping a truckload of gravel on the roof... then the glass went," he said.',
                "Brendan Hollyoake",
                "said",
                "",
            ),
            ("\"Car's a write-off.", "Brendan Hollyoake", "said", "W"),
            ("Roof's leaking.", "Brendan Hollyoake", "said", "W"),
            ("But we're all OK.\"", "Brendan Hollyoake", "said", ""),
        ],
        [("RELATED: How to make a home insurance claim after a storm", "", "", "B")],
        [
            (
                "The electricity distributor said crews had restored power to all but 860 homes by 9am Tuesday.",
                "The electricity distributor",
                "said",
                "W",
            ),
            (
                "It said the remaining customers could be without power until Wednesday night.",
                "The electricity distributor",
                "said",
                "",
            ),
        ],
        [
            (
                "Insurers had received about 1900 claims by Tuesday morning, according to the Insurance Council of Australia.",
                "the Insurance Council of Australia",
                "according to",
                "W",
            )
        ],
        [
            (
                "Schools in Wirrabarra will open as normal on Tuesday except Wirrabarra West State School, where a classroom block was flooded.",
                "",
                "",
                "W",
            )
        ],
        [("Continue reading", "", "", "B")],
        [("Get breaking news alerts: download the Courant app", "", "", "B")],
        [("Share   Save   💬 14", "", "", "B")],
        [("More from News", "", "", "B")],
        [("Road closures remain after Gowrie Creek floods", "", "", "B")],
        [("Council to review dog registration fees", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [("© Downs Courant Media Pty Ltd 2027", "", "", "B")],
        [("Privacy · Terms · Contact", "", "", "B")],
        [("View desktop site", "", "", "B")],
    ],
    [
        [("Read this story in the Balitanglaw app", "", "", "B")],
        [("OPEN", "", "", "B")],
        [("≡   BALITANGLAW NEWS   🔍", "", "", "B")],
        [("Log in", "", "", "B")],
        [("NATION", "", "", "B")],
        [
            (
                "Calumpang City council passes P4.8-B budget after 3-month deadlock",
                "",
                "",
                "W",
            )
        ],
        [("Jericho Bantiles", "", "", "B")],
        [("Mar 23, 2027 7:10 AM PHT", "", "", "B")],
        [("f   Messenger   X   🔗", "", "", "B")],
        [
            (
                "Councilors and city officials during the session at Calumpang City Hall that ran past midnight on Monday, March 22, 2027. Photo from the Calumpang City Public…",
                "",
                "",
                "",
            )
        ],
        [("Read more", "", "", "B")],
        [
            (
                "CALUMPANG CITY, Laguna — The city council on Monday approved the city's P4.8-billion budget for 2027, ending a three-month deadlock that left the city running on a reenacted budget since January.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The measure passed 8-4 after a session that lasted past midnight, Vice Mayor Ernesto Sabalvaro said.",
                "Ernesto Sabalvaro",
                "said",
                "W",
            )
        ],
        [
            (
                "Councilors allied with Mayor Rosalinda Tabulsing had blocked the budget since December over P312 million in “confidential and intelligence funds,” which the final version cut to P95 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Councilor Atty. Gregorio Lacsamano Jr., who led the bloc, said the cut was “a victory for taxpayers, not for any politician.”",
                "Gregorio Lacsamano Jr.",
                "said",
                "",
            ),
            (
                "“We were called obstructionists for three months.",
                "Gregorio Lacsamano Jr.",
                "said",
                "",
            ),
            ("Fine.", "Gregorio Lacsamano Jr.", "said", ""),
            (
                "The money is now in our health centers, where it belongs.”",
                "Gregorio Lacsamano Jr.",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Continue reading below ↓", "", "", "B")],
        [
            (
                "Tabulsing said in a Facebook post on Tuesday that the funds were needed to fight illegal drugs and “other threats to peace and order.”",
                "Rosalinda Tabulsing",
                "said in a Facebook post",
                "",
            ),
            (
                "She did not reply to questions sent by Balitanglaw on Tuesday.",
                "Rosalinda Tabulsing",
                "did not reply to questions",
                "",
            ),
        ],
        [
            (
                "Under the approved budget, health spending rises to P612 million from P448 million, and P120 million is set aside for a new health center in Brgy. Malinta.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Because of the deadlock, the city could not release salary increases for 1,140 employees or start 23 road projects, according to the city budget office.",
                "the city budget office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Jhoanna Catapangco, 34, a nurse at the Brgy. Pinagsama health center, said they ran out of some childhood vaccines in February.",
                "Jhoanna Catapangco",
                "said",
                "W",
            ),
            (
                "“The children were the ones who suffered,” she said in Filipino.",
                "Jhoanna Catapangco",
                "said in Filipino",
                "",
            ),
        ],
        [("READ: DILG reminds LGUs to pass budgets on time", "", "", "B")],
        [
            (
                "The budget ordinance still has to be reviewed by the provincial board.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The mayor is expected to sign it this week, her chief of staff, Engr. Rodel Manansalan, told reporters.",
                "Rodel Manansalan",
                "told reporters",
                "",
            )
        ],
        [("Share   Tweet   Copy link", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Laguna governor orders audit of flood control projects", "", "", "B")],
        [("Biñan, Sta. Rosa to share new garbage transfer station", "", "", "B")],
        [("Get the latest news first on the Balitanglaw app.", "", "", "B")],
        [("Sections   Nation   Business   Sports   Lifestyle   Opinion", "", "", "B")],
        [("© 2027 Balitanglaw Media, Inc.", "", "", "B")],
        [("View full site", "", "", "B")],
    ],
    [
        [
            ("We use cookies to improve your experience on our site.", "", "", "B"),
            ("By using this site you agree to our cookie policy.", "", "", "B"),
        ],
        [("OK", "", "", "B")],
        [("Get the full Ingqayi Wire experience", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("≡   INGQAYI WIRE   🔍", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [
            (
                "Chronic patients sent home without pills as Eastern Cape medicine deliveries stall",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Some patients have made three trips in two weeks – and paid for every one",
                "",
                "",
                "",
            )
        ],
        [("Lwazi Ngcukaza", "", "", "B")],
        [("29 Mar 2027", "", "", "B")],
        [("🔊 Listen   ↗ Share", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [
            (
                "Patients queue outside a clinic near Mthatha before 7am on Friday, hoping the day's medicine deliv…",
                "",
                "",
                "",
            )
        ],
        [("more", "", "", "B")],
        [
            (
                "More than 2,000 chronic patients at clinics around Mthatha have been sent home without their medication over the past two weeks after deliveries from the provincial medicine depot were delayed, the Eastern Cape health department has confirmed.",
                "the Eastern Cape health department",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "Department spokesperson Sizwe Tshakaza said 14 clinics in the OR Tambo district had been affected.",
                "Sizwe Tshakaza",
                "said",
                "W",
            ),
            (
                "He said one of the depot's two delivery trucks broke down on 8 March and a tender for a new transport contractor lapsed on 28 February.",
                "Sizwe Tshakaza",
                "said",
                "W",
            ),
            ('"We apologise to patients.', "Sizwe Tshakaza", "said", ""),
            (
                'Deliveries resumed on Friday and all clinics should be fully stocked by Wednesday," he said.',
                "Sizwe Tshakaza",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nokuthula Gxarisa, 58, who has high blood pressure and diabetes, said she had travelled 23km by taxi three times in two weeks to fetch her tablets.",
                "Nokuthula Gxarisa",
                "said",
                "W",
            ),
            ('"Each trip is R64 there and back.', "Nokuthula Gxarisa", "asked", "W"),
            (
                'Where must I get that money?" she asked.',
                "Nokuthula Gxarisa",
                "asked",
                "",
            ),
        ],
        [
            (
                "A nurse at one of the clinics, who asked not to be named because she is not allowed to speak to the media, said staff had been giving patients five-day supplies from what was left on the shelves.",
                "A nurse at one of the clinics",
                "said",
                "W",
            ),
            (
                '"Some people we just had to tell, sorry, come back next week."',
                "A nurse at one of the clinics",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Health Justice Forum said in a statement that clinics in the district had also run out of TB medicine in October last year.",
                "The Health Justice Forum",
                "said in a statement",
                "W",
            ),
            (
                '"This is not a breakdown, it\'s a pattern," the statement said.',
                "The Health Justice Forum",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "The DA's health spokesperson in the provincial legislature, Dr Marike Steenhuisen, said she would submit written questions to the MEC for health this week.",
                "Marike Steenhuisen",
                "said",
                "",
            )
        ],
        [
            (
                "ALSO READ | Nurses' union threatens go-slow over unpaid overtime",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "According to the department's annual report, it spent R2.7bn on medicine in 2025/26, about 9% of its budget.",
                "the department's annual report",
                "according to",
                "W",
            )
        ],
        [("Continue reading", "", "", "B")],
        [("↗ Share   WhatsApp   Facebook   X   Copy link", "", "", "B")],
        [
            (
                "Get the Ingqayi Wire newsletter: the day's news, every morning at 6am.",
                "",
                "",
                "B",
            )
        ],
        [("More in Health", "", "", "B")],
        [("Measles cases rise in Nelson Mandela Bay", "", "", "B")],
        [("New TB screening vans for rural clinics", "", "", "B")],
        [
            ("© 2027 Ingqayi Wire Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms · Privacy · Complaints · Contact", "", "", "B")],
    ],
    [
        [("Read faster on the Kampala Ledger app", "", "", "B")],
        [("Get the app   Open", "", "", "B")],
        [("☰  KAMPALA LEDGER  🔍", "", "", "B")],
        [("Sign In", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("BUSINESS", "", "", "B")],
        [
            (
                "Fuel prices rise to Shs5,420 as shilling hits seven-month low",
                "",
                "",
                "W",
            )
        ],
        [("By Brenda Nakaweesi", "", "", "B")],
        [("Added 2 hours ago", "", "", "B")],
        [("Share  |  WhatsApp  |  Facebook  |  X", "", "", "B")],
        [
            (
                "A boda boda rider fuels his motorcycle at a station on Jinja Road in Kampala on Tuesday. Dealers say they have…",
                "",
                "",
                "",
            )
        ],
        [("read more", "", "", "B")],
        [
            (
                "Pump prices for petrol in Kampala rose to as much as Shs5,420 a litre on Tuesday, up from Shs5,150 a week ago, as the shilling weakened against the dollar.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Diesel rose to Shs4,990 from Shs4,760 at most stations along Jinja Road, a survey by the Ledger found.",
                "a survey by the Ledger",
                "found",
                "W",
            )
        ],
        [
            (
                "The shilling traded at 3,872 to the dollar on Monday, its weakest level since August, according to Bank of Uganda data.",
                "Bank of Uganda data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mr Isaac Tumushabire, the chairman of the Fuel Dealers' Association, said importers were paying about $60 more per cubic metre for fuel landed in Mombasa than in February.",
                "Isaac Tumushabire",
                "said",
                "W",
            ),
            (
                "“We are not the ones raising prices, the dollar is,” he said.",
                "Isaac Tumushabire",
                "said",
                "",
            ),
        ],
        [
            (
                "Boda boda rider Moses Kasozibwe said he now spends Shs40,000 a day on fuel, up from Shs34,000 in January.",
                "Moses Kasozibwe",
                "said",
                "W",
            ),
            ("“Passengers won't accept a higher fare.", "Moses Kasozibwe", "said", ""),
            ("So who pays?", "Moses Kasozibwe", "said", ""),
            ("Me.”", "Moses Kasozibwe", "said", ""),
        ],
        [
            (
                "A pump attendant at a station in Ntinda, who gave her name only as Sarah, said sales had fallen by about a quarter since Friday.",
                "Sarah",
                "said",
                "W",
            ),
            (
                "“People are buying Shs10,000 at a time, not filling the tank,” she said.",
                "Sarah",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Continue reading", "", "", "B")],
        [
            (
                "Economist Dr Fiona Kyaligonza said the weakness was partly seasonal, as coffee export receipts slow between harvests.",
                "Fiona Kyaligonza",
                "said",
                "",
            ),
            (
                "She said coffee earned Uganda $2.1bn in the 12 months to February, a record.",
                "Fiona Kyaligonza",
                "said",
                "W",
            ),
            (
                "“I'd expect the shilling to recover by June, i.e. when the main harvest comes in.”",
                "Fiona Kyaligonza",
                "said",
                "",
            ),
        ],
        [
            (
                "The spokesperson of the Ministry of Energy, Octavius Byamukuru, said the government had no plans to cut fuel taxes.",
                "Octavius Byamukuru",
                "said",
                "W",
            )
        ],
        [
            (
                "Excise duty on petrol is Shs1,550 per litre, according to the Uganda Revenue Authority.",
                "the Uganda Revenue Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "Taxi fares on some routes, e.g. Kampala–Mukono, had gone up by Shs500 by Tuesday evening, drivers said.",
                "drivers",
                "said",
                "W",
            )
        ],
        [("Related", "", "", "B")],
        [("Coffee farmers in Masaka count gains as prices hold", "", "", "B")],
        [("Traders close shops in protest over new rent rates", "", "", "B")],
        [("Tap here to comment", "", "", "B")],
        [
            (
                "Download the Kampala Ledger app on Google Play and the App Store.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Ledger Publications Ltd.", "", "", "B")],
        [("Desktop version", "", "", "B")],
    ],
    [
        [("Get the Connacht Chronicle app", "", "", "B")],
        [("Open in the app", "", "", "B")],
        [("☰  CONNACHT CHRONICLE", "", "", "B")],
        [("Subscribe €1 for 3 months", "", "", "B")],
        [("Sport › GAA", "", "", "B")],
        [
            (
                "Knockardane end 38-year wait as Cian Daverin goal sinks Ballycreel in league final",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tiny parish celebrates into the night after a storm-lashed decider",
                "",
                "",
                "",
            )
        ],
        [("Ruairí Ganleigh", "", "", "B")],
        [("Sun 28 Mar 2027 at 19:40", "", "", "B")],
        [("Share   🔗   f   X   ✉", "", "", "B")],
        [
            (
                "Knockardane's Cian Daverin wheels away after scoring the only goal of the final at Tuam on Sunday…",
                "",
                "",
                "",
            )
        ],
        [("Expand", "", "", "B")],
        [
            (
                "Knockardane won the Co. Galway Junior A Football League final for the first time since 1989 on Sunday, beating Ballycreel 1-14 to 0-11 in wind and driving rain at Tuam.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Corner-forward Cian Daverin got the game's only goal in the 51st minute, flicking a long delivery from midfielder Lorcan Gallivane to the net.",
                "",
                "",
                "W",
            ),
            (
                "Ballycreel had led 0-6 to 0-5 at half-time after playing with the wind.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Knockardane manager Pádraig Mulcahane said his players had “grown up” at half-time.",
                "Pádraig Mulcahane",
                "said",
                "",
            ),
            (
                "“We lost two semi-finals in a row, 2024 and 2025, by a point each,” he said.",
                "Pádraig Mulcahane",
                "said",
                "W",
            ),
            (
                "“This bunch weren't going to let it happen a third time.”",
                "Pádraig Mulcahane",
                "said",
                "",
            ),
        ],
        [
            (
                "“I just closed my eyes and swung the boot,” said Daverin, who is 19.",
                "Cian Daverin",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Club chairman Fr. Tadhg Hennesby said the parish had a population of 412 at the last census, and that 31 of them had played in Sunday's panel or on the club's under-age teams this year.",
                "Tadhg Hennesby",
                "said",
                "W",
            ),
            (
                "“There'll be a bonfire at the crossroads tonight... and I won't be the one putting it out.”",
                "Tadhg Hennesby",
                "said",
                "",
            ),
        ],
        [
            (
                "Ballycreel captain Eamon Costerlow said his side had “given away the game” in the ten minutes after the break.",
                "Eamon Costerlow",
                "said",
                "",
            ),
            ("“Did we deserve it?", "Eamon Costerlow", "said", ""),
            ("No.”", "Eamon Costerlow", "said", ""),
        ],
        [
            (
                "Bríd Naughtley, who has washed Knockardane's jerseys since she retired from St. Cormac's national school in 2003, said she had not missed a final in 40 years.",
                "Bríd Naughtley",
                "said",
                "W",
            ),
            (
                "“I cried at the final whistle and I'm not a bit ashamed of it,” she said.",
                "Bríd Naughtley",
                "said",
                "",
            ),
        ],
        [
            (
                "It was the first league title for the club in any grade since 1989, according to the county board.",
                "the county board",
                "according to",
                "W",
            ),
            ("Knockardane will play in the Junior A championship in May.", "", "", ""),
        ],
        [("Continue reading", "", "", "B")],
        [("Match details", "", "", "B")],
        [
            (
                "Knockardane: S Forhane; D Kyneen, M Forhane, P Truscane; L Gallivane, J Gilsenane, T Rooneagh; C Daverin (1-3), E Mannery (0-5, 0-4 f).",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Ballycreel: K Halligey; B Coobane, N Fahervy; E Costerlow (0-4, 0-3f), L Dooher (0-3), R Finnavane (0-2), J Tierlogue (0-2).",
                "",
                "",
                "",
            )
        ],
        [("Referee: M Keavennan (Corofin).", "", "", "")],
        [("↗ Share   🔗 Copy link", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1. Athenry traders oppose one-way system", "", "", "B")],
        [("2. Tributes to retired teacher, 91", "", "", "B")],
        [("3. Galway hurlers name team for Cork", "", "", "B")],
        [
            (
                "Download the Connacht Chronicle app for the latest local news and sport.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Connacht Chronicle Newspapers DAC", "", "", "B")],
        [("Privacy · Cookies · Terms · Contact", "", "", "B")],
    ],
    [
        [("The Southern Gazette app: news that matters, faster", "", "", "B")],
        [("Open in app     Not now", "", "", "B")],
        [("☰   SOUTHERN GAZETTE", "", "", "B")],
        [("Arts & Culture", "", "", "B")],
        [
            (
                "Old Luxora cinema to reopen as San Fernando arts centre after $14m restoration",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Minister says the building will be ‘a home for the south's artists’ from July",
                "Annmarie Ramdeholl",
                "says",
                "",
            )
        ],
        [("Kennardo Paulstone", "", "", "B")],
        [("Tuesday, March 30, 2027, 6.05 AM", "", "", "B")],
        [("f   X   WhatsApp   💬 9", "", "", "B")],
        [
            (
                "Workers restore the plaster ceiling of the former Luxora cinema on High Street, San Fernando, last week. PHOTO: Anesta…",
                "",
                "",
                "",
            )
        ],
        [("...more", "", "", "B")],
        [
            (
                "The former Luxora cinema on High St. in San Fernando, closed since a fire in 2011, will reopen in July as a 480-seat arts centre after a TT$14 million restoration.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hon. Annmarie Ramdeholl, Minister of Culture and the Arts, said the work had come in TT$1.2 million under budget when she toured the building on Monday.",
                "Annmarie Ramdeholl",
                "said",
                "W",
            ),
            (
                "“For too long, if you were a young actor or pannist in the south, you had to take a maxi to Port of Spain to be seen,” she said.",
                "Annmarie Ramdeholl",
                "said",
                "",
            ),
            ("“That ends in July.”", "Annmarie Ramdeholl", "said", ""),
        ],
        [
            (
                "Ms Ramdeholl said 130 of the original 1948 seats had been restored and the rest were copies made by a furniture workshop in Pt Fortin.",
                "Annmarie Ramdeholl",
                "said",
                "W",
            )
        ],
        [
            (
                "Architect Desmond Achoy-Trevillan told the Gazette that workers had found termite damage in 60 per cent of the roof timbers when the job started in 2025.",
                "Desmond Achoy-Trevillan",
                "told",
                "W",
            ),
            (
                "“We opened up the first beam and it just powdered in my hand!” he said.",
                "Desmond Achoy-Trevillan",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Luxora opened in 1948 as the largest cinema in south Trinidad, with 1,100 seats.",
                "",
                "",
                "W",
            ),
            (
                "Calypsonians, jazz bands and touring theatre companies from as far as Caracas played there until the 1970s, according to the National Archives.",
                "the National Archives",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Actress Alvinda Quow, 79, said the building had been “a cathedral” for her generation.",
                "Alvinda Quow",
                "said",
                "",
            ),
            (
                "“I made my first appearance on that stage in 1961, at 13, in a school pantomime,” she said.",
                "Alvinda Quow",
                "said",
                "W",
            ),
            (
                "“Sando audiences are the hardest in the country.",
                "Alvinda Quow",
                "said",
                "",
            ),
            (
                "If they don't like you, they tell you, loud!”",
                "Alvinda Quow",
                "said",
                "",
            ),
        ],
        [("Continue reading", "", "", "B")],
        [
            (
                "San Fernando Mayor Kenwyn Ramsawak said the corporation would help run the centre with a board of local artists.",
                "Kenwyn Ramsawak",
                "said",
                "",
            ),
            (
                "He told reporters that community groups would pay TT$500 a night to use the main hall, about a third of the commercial rate.",
                "Kenwyn Ramsawak",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Doubles vendor Shirlene Mohanbir, whose stall has stood outside the cinema's boarded-up doors for 22 years, was delighted.",
                "",
                "",
                "",
            ),
            (
                "“Ah go sell doubles to the people going in for the 6 a.m. rehearsals.",
                "Shirlene Mohanbir",
                "laughed",
                "",
            ),
            ("Who eh want doubles?” she laughed.", "Shirlene Mohanbir", "laughed", ""),
        ],
        [
            (
                "The centre's first season, to be announced in May, will open with a festival of plays by southern writers.",
                "",
                "",
                "",
            )
        ],
        [("↗ Share     🔗 Copy link     💬 Comments", "", "", "B")],
        [("More in Arts & Culture", "", "", "B")],
        [("Pan yard in Marabella gets new roof", "", "", "B")],
        [("Tobago heritage festival dates confirmed", "", "", "B")],
        [("Read the full e-paper in the Southern Gazette app.", "", "", "B")],
        [("Sign up for our weekend arts newsletter.", "", "", "B")],
        [("© 2027 Southern Gazette Publishing Co. Ltd.", "", "", "B")],
        [("Terms of Use | Privacy | Advertise | Contact", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h80-eng-st-heatwave-asked",
        "“Has anyone in that cabinet lived in a flat above a takeaway on Saddlegate St. in a heatwave?” he asked. “Because I have.”",
        [
            "“Has anyone in that cabinet lived in a flat above a takeaway on Saddlegate St. in a heatwave?” he asked.",
            "“Because I have.”",
        ],
    ),
    (
        "h80-eng-am-on-1-april",
        "Under the plan, households of six or more people, and those with a child in nappies, can apply for a larger 240-litre bin. Applications open at 9 a.m. on 1 April and can be made online or at the town hall. Residents without internet access can call the council's contact centre.",
        [
            "Under the plan, households of six or more people, and those with a child in nappies, can apply for a larger 240-litre bin.",
            "Applications open at 9 a.m. on 1 April and can be made online or at the town hall.",
            "Residents without internet access can call the council's contact centre.",
        ],
    ),
    (
        "h80-eng-rd-ellipsis-lower",
        "Pensioner Gwendolyn Ashcroyde, 77, who lives on Larkhill Rd. with her husband, said she was not worried. “We fill half a bin a fortnight, if that,” she said. “It's the foxes I worry about... they'll have the bags open before the lorry comes.”",
        [
            "Pensioner Gwendolyn Ashcroyde, 77, who lives on Larkhill Rd. with her husband, said she was not worried.",
            "“We fill half a bin a fortnight, if that,” she said.",
            "“It's the foxes I worry about... they'll have the bags open before the lorry comes.”",
        ],
    ),
    (
        "h80-eng-three-weeks-laugh",
        "But father-of-four Kieran Mollister said his family already put two full bags beside their bin most weeks. “Three weeks? You're having a laugh,” he said.",
        [
            "But father-of-four Kieran Mollister said his family already put two full bags beside their bin most weeks.",
            "“Three weeks?",
            "You're having a laugh,” he said.",
        ],
    ),
    (
        "h80-eng-6am-no-spam",
        "The day's top Halverstoke stories, in your inbox every weekday at 6 a.m. No spam, ever.",
        [
            "The day's top Halverstoke stories, in your inbox every weekday at 6 a.m.",
            "No spam, ever.",
        ],
    ),
    (
        "h80-eng-ltd-registered-no",
        "The Halverstoke Courier is published by Ambrestone Regional Media Ltd. Registered in England No. 04417382.",
        [
            "The Halverstoke Courier is published by Ambrestone Regional Media Ltd.",
            "Registered in England No. 04417382.",
        ],
    ),
    (
        "h80-us-no-ave-aug",
        "District Judge Marisela Quintebrook granted a temporary injunction sought by the firefighters' union, which sued the city last month. The order keeps Station No. 4 on Quentonby Ave. and Station No. 9 on Gorman Road open until a trial, set for Aug. 23.",
        [
            "District Judge Marisela Quintebrook granted a temporary injunction sought by the firefighters' union, which sued the city last month.",
            "The order keeps Station No. 4 on Quentonby Ave. and Station No. 9 on Gorman Road open until a trial, set for Aug. 23.",
        ],
    ),
    (
        "h80-us-v-city-feb",
        "The suit, Professional Firefighters of Dellmont Local 2290 v. City of Dellmont, was filed Feb. 8. It argues that Section 7.04 of the city charter requires a public hearing before any “reduction in emergency services.”",
        [
            "The suit, Professional Firefighters of Dellmont Local 2290 v. City of Dellmont, was filed Feb. 8.",
            "It argues that Section 7.04 of the city charter requires a public hearing before any “reduction in emergency services.”",
        ],
    ),
    (
        "h80-us-life-period",
        "Ashlund resident Dolores Varnaby, 68, said an engine from Station No. 9 reached her house within six minutes when her husband collapsed in 2023. “They saved his life. Period. And now they want to take that station away?”",
        [
            "Ashlund resident Dolores Varnaby, 68, said an engine from Station No. 9 reached her house within six minutes when her husband collapsed in 2023.",
            "“They saved his life.",
            "Period.",
            "And now they want to take that station away?”",
        ],
    ),
    (
        "h80-us-caption-photo-paren",
        "Firefighters from Station No. 9 return from a call in the Ashlund neighborhood on Monday. (Photo by Caelan Orsweth / The Dellmont Sentinel)",
        [
            "Firefighters from Station No. 9 return from a call in the Ashlund neighborhood on Monday.",
            "(Photo by Caelan Orsweth / The Dellmont Sentinel)",
        ],
    ),
    (
        "h80-ca-inc-she-said",
        "Project director Gráinne Quayleford told the committee that testing had found faults in signalling software supplied by Signatrix Systems Inc. She said the contractor had replaced 40 of 72 trackside units and expected to finish the rest by December.",
        [
            "Project director Gráinne Quayleford told the committee that testing had found faults in signalling software supplied by Signatrix Systems Inc.",
            "She said the contractor had replaced 40 of 72 trackside units and expected to finish the rest by December.",
        ],
    ),
    (
        "h80-ca-told-2027-then-2028",
        "Whitrigg, who represents Bayers Landing, said residents near the line had lived with construction since 2023. “People were told 2027. Then 2028. Now it's 2029?” he said.",
        [
            "Whitrigg, who represents Bayers Landing, said residents near the line had lived with construction since 2023.",
            "“People were told 2027.",
            "Then 2028.",
            "Now it's 2029?” he said.",
        ],
    ),
    (
        "h80-ca-co-and-due",
        "Mayor Colette Vaillancroix said in a statement that she had asked for an independent review of the project's schedule. The review will be carried out by Strutt Kendrigan & Co. and is due by June 30.",
        [
            "Mayor Colette Vaillancroix said in a statement that she had asked for an independent review of the project's schedule.",
            "The review will be carried out by Strutt Kendrigan & Co. and is due by June 30.",
        ],
    ),
    (
        "h80-ca-1pm-members",
        "The committee's recommendation goes to council, which meets Mar. 30 at 1 p.m. Members of the public can register to speak until noon the day before.",
        [
            "The committee's recommendation goes to council, which meets Mar. 30 at 1 p.m.",
            "Members of the public can register to speak until noon the day before.",
        ],
    ),
    (
        "h80-jm-dr-st-andrew",
        "Police Commissioner Dr. Everton Blaisdale told journalists at a press briefing in St. Andrew on Tuesday that the decline was due mainly to the arrest of 37 gang leaders since October. “We are not celebrating,” he said. “Two hundred and fourteen families are grieving tonight, and that is two hundred and fourteen too many.”",
        [
            "Police Commissioner Dr. Everton Blaisdale told journalists at a press briefing in St. Andrew on Tuesday that the decline was due mainly to the arrest of 37 gang leaders since October.",
            "“We are not celebrating,” he said.",
            "“Two hundred and fourteen families are grieving tonight, and that is two hundred and fourteen too many.”",
        ],
    ),
    (
        "h80-jm-6pm-now-till-10",
        "In Half-Way Tree, cook-shop operator Natalee Scarlettson said business had picked up since police began patrolling the square at nights. “Before Christmas, I was closing at 6 p.m. Now I stay till 10,” she said. “Mi nah lie, mi feel safer.”",
        [
            "In Half-Way Tree, cook-shop operator Natalee Scarlettson said business had picked up since police began patrolling the square at nights.",
            "“Before Christmas, I was closing at 6 p.m.",
            "Now I stay till 10,” she said.",
            "“Mi nah lie, mi feel safer.”",
        ],
    ),
    (
        "h80-in-initial-am-and",
        "Board secretary Dr. Kamlesh R. Pandharwal said results were declared at 11 a.m. and the board's website received 1.8 million visits in the first hour. “The server did not go down this time,” he said, drawing laughter from reporters.",
        [
            "Board secretary Dr. Kamlesh R. Pandharwal said results were declared at 11 a.m. and the board's website received 1.8 million visits in the first hour.",
            "“The server did not go down this time,” he said, drawing laughter from reporters.",
        ],
    ),
    (
        "h80-in-govt-school",
        "Anvesha Khurmade of Govt. Higher Secondary School, Sehore, topped the state with 496 marks out of 500 in the science stream. Her father drives an autorickshaw in Sehore town.",
        [
            "Anvesha Khurmade of Govt. Higher Secondary School, Sehore, topped the state with 496 marks out of 500 in the science stream.",
            "Her father drives an autorickshaw in Sehore town.",
        ],
    ),
    (
        "h80-in-bsc-in-physics",
        "“I studied six to seven hours daily, but I also slept well,” said Anvesha, who wants to do a B.Sc. in physics and later become a space scientist. “My teachers took extra classes on Sundays and never charged a single rupee.”",
        [
            "“I studied six to seven hours daily, but I also slept well,” said Anvesha, who wants to do a B.Sc. in physics and later become a space scientist.",
            "“My teachers took extra classes on Sundays and never charged a single rupee.”",
        ],
    ),
    (
        "h80-nz-prof-cautioned",
        "Prof. Deirdre Ockleshaw, a seabird ecologist at Tollhaven University who was not involved in the study, said the result was “a textbook case” of what pest eradication could do. But she cautioned that the colony was still tiny compared with the 2,000 or so pairs recorded there by a survey in 1958.",
        [
            "Prof. Deirdre Ockleshaw, a seabird ecologist at Tollhaven University who was not involved in the study, said the result was “a textbook case” of what pest eradication could do.",
            "But she cautioned that the colony was still tiny compared with the 2,000 or so pairs recorded there by a survey in 1958.",
        ],
    ),
    (
        "h80-au-ellipsis-write-off",
        'Brendan Hollyoake said he hid in the bathroom with his two kids when hail came through the lounge-room window. "It sounded like someone tipping a truckload of gravel on the roof... then the glass went," he said. "Car\'s a write-off. Roof\'s leaking. But we\'re all OK."',
        [
            "Brendan Hollyoake said he hid in the bathroom with his two kids when hail came through the lounge-room window.",
            '"It sounded like someone tipping a truckload of gravel on the roof... then the glass went," he said.',
            "\"Car's a write-off.",
            "Roof's leaking.",
            "But we're all OK.\"",
        ],
    ),
    (
        "h80-ph-atty-jr-fine",
        "Councilor Atty. Gregorio Lacsamano Jr., who led the bloc, said the cut was “a victory for taxpayers, not for any politician.” “We were called obstructionists for three months. Fine. The money is now in our health centers, where it belongs.”",
        [
            "Councilor Atty. Gregorio Lacsamano Jr., who led the bloc, said the cut was “a victory for taxpayers, not for any politician.”",
            "“We were called obstructionists for three months.",
            "Fine.",
            "The money is now in our health centers, where it belongs.”",
        ],
    ),
    (
        "h80-za-apologise-resumed",
        'Department spokesperson Sizwe Tshakaza said 14 clinics in the OR Tambo district had been affected. He said one of the depot\'s two delivery trucks broke down on 8 March and a tender for a new transport contractor lapsed on 28 February. "We apologise to patients. Deliveries resumed on Friday and all clinics should be fully stocked by Wednesday," he said.',
        [
            "Department spokesperson Sizwe Tshakaza said 14 clinics in the OR Tambo district had been affected.",
            "He said one of the depot's two delivery trucks broke down on 8 March and a tender for a new transport contractor lapsed on 28 February.",
            '"We apologise to patients.',
            'Deliveries resumed on Friday and all clinics should be fully stocked by Wednesday," he said.',
        ],
    ),
    (
        "h80-za-r64-asked",
        'Nokuthula Gxarisa, 58, who has high blood pressure and diabetes, said she had travelled 23km by taxi three times in two weeks to fetch her tablets. "Each trip is R64 there and back. Where must I get that money?" she asked.',
        [
            "Nokuthula Gxarisa, 58, who has high blood pressure and diabetes, said she had travelled 23km by taxi three times in two weeks to fetch her tablets.",
            '"Each trip is R64 there and back.',
            'Where must I get that money?" she asked.',
        ],
    ),
    (
        "h80-ug-who-pays-me",
        "Boda boda rider Moses Kasozibwe said he now spends Shs40,000 a day on fuel, up from Shs34,000 in January. “Passengers won't accept a higher fare. So who pays? Me.”",
        [
            "Boda boda rider Moses Kasozibwe said he now spends Shs40,000 a day on fuel, up from Shs34,000 in January.",
            "“Passengers won't accept a higher fare.",
            "So who pays?",
            "Me.”",
        ],
    ),
    (
        "h80-ug-dr-ie-when",
        "Economist Dr Fiona Kyaligonza said the weakness was partly seasonal, as coffee export receipts slow between harvests. She said coffee earned Uganda $2.1bn in the 12 months to February, a record. “I'd expect the shilling to recover by June, i.e. when the main harvest comes in.”",
        [
            "Economist Dr Fiona Kyaligonza said the weakness was partly seasonal, as coffee export receipts slow between harvests.",
            "She said coffee earned Uganda $2.1bn in the 12 months to February, a record.",
            "“I'd expect the shilling to recover by June, i.e. when the main harvest comes in.”",
        ],
    ),
    (
        "h80-ie-fr-bonfire",
        "Club chairman Fr. Tadhg Hennesby said the parish had a population of 412 at the last census, and that 31 of them had played in Sunday's panel or on the club's under-age teams this year. “There'll be a bonfire at the crossroads tonight... and I won't be the one putting it out.”",
        [
            "Club chairman Fr. Tadhg Hennesby said the parish had a population of 412 at the last census, and that 31 of them had played in Sunday's panel or on the club's under-age teams this year.",
            "“There'll be a bonfire at the crossroads tonight... and I won't be the one putting it out.”",
        ],
    ),
    (
        "h80-tt-hon-minister",
        "Hon. Annmarie Ramdeholl, Minister of Culture and the Arts, said the work had come in TT$1.2 million under budget when she toured the building on Monday. “For too long, if you were a young actor or pannist in the south, you had to take a maxi to Port of Spain to be seen,” she said. “That ends in July.”",
        [
            "Hon. Annmarie Ramdeholl, Minister of Culture and the Arts, said the work had come in TT$1.2 million under budget when she toured the building on Monday.",
            "“For too long, if you were a young actor or pannist in the south, you had to take a maxi to Port of Spain to be seen,” she said.",
            "“That ends in July.”",
        ],
    ),
    (
        "h80-tt-loud-exclaim",
        "Actress Alvinda Quow, 79, said the building had been “a cathedral” for her generation. “I made my first appearance on that stage in 1961, at 13, in a school pantomime,” she said. “Sando audiences are the hardest in the country. If they don't like you, they tell you, loud!”",
        [
            "Actress Alvinda Quow, 79, said the building had been “a cathedral” for her generation.",
            "“I made my first appearance on that stage in 1961, at 13, in a school pantomime,” she said.",
            "“Sando audiences are the hardest in the country.",
            "If they don't like you, they tell you, loud!”",
        ],
    ),
    (
        "h80-tt-6am-laughed",
        "Doubles vendor Shirlene Mohanbir, whose stall has stood outside the cinema's boarded-up doors for 22 years, was delighted. “Ah go sell doubles to the people going in for the 6 a.m. rehearsals. Who eh want doubles?” she laughed.",
        [
            "Doubles vendor Shirlene Mohanbir, whose stall has stood outside the cinema's boarded-up doors for 22 years, was delighted.",
            "“Ah go sell doubles to the people going in for the 6 a.m. rehearsals.",
            "Who eh want doubles?” she laughed.",
        ],
    ),
]
