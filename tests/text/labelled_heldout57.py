"""Fifty-seventh held-out set of hand-labelled pages for the hint engines (round thirty-six): a
fifty-seventh held-out set, written before any rule was tuned on it and never to be tuned on.
Twelve ordinary WHOLE pages, head to tail, from news sites in twelve countries, one beat each:
politics (a Maltese daily: a local councils bill passes), courts (a Trinidad and Tobago daily: the
High Court rules for market vendors), health (a Philippine daily's regions page: dengue cases
double), transport (a New Zealand regional site: bus fares rise and routes go), business (a
Ghanaian business site: a tile maker lays off workers over gas prices), education (a Malaysian
daily: new teachers for Johor), weather and disaster (a Sri Lankan daily: floods and landslides),
crime (a Nigerian daily's metro page: police arrest robbery suspects), sport (a Ugandan sports
site: a league title decided on the last day), environment (a Norwegian English-language site:
farmed salmon escape), housing (a Singaporean site: a sales exercise of public flats) and culture
(a Greek English-language site: a museum reopens). Each page keeps its site's own furniture in its
own wording, at the head, in the middle and at the tail, and ordinary attribution: said, told,
according to, statements, posts and releases, spokespeople named and unnamed, pronouns, surnames
and roles later. The pages hold 519 sentences: 230 "B", 178 "W" and 111 ""; 218 carry a speaker.
`STYLES` names the site, the story, its speakers and its furniture in order for each page.

Written from scratch for issue 13 in round thirty-six, without looking at the engine's code or
output: nothing under `claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or
`test_*.py` file, no `hint_scores.py`, nothing under `docs/` or `tests/benchmarks/`, and no
README of the project was read; `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The search, look-up and fetch tools were not used, and nothing was copied from
anywhere. The brief's folder was listed (it held the brief, a second note and a scoring script);
the brief was read, and the other two files were never opened. What was read for the format: the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); the module docstrings, the import line, the `STYLES`, the first two pages
and the first eight `CASES` of `labelled_new79.py` and `labelled_new80.py`, printed by a script
of my own (the terminal cut the first printing in the middle, so the same listing was saved to a
file in /tmp and printed again in parts with `sed`: the rest of the `labelled_new79.py` docstring
and its `STYLES` and first page with lines cut to 700 characters, its first two pages and eight
cases with the bracket-only lines filtered out and lines cut to 300, and the `labelled_new80.py`
docstring and `STYLES` with lines cut to 1,500);
`build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing); and the `[tool.ruff]`
tables of `pyproject.toml` (a `grep -A12` listing). No other page, case or docstring of any file
under `tests/` was read. What was run: two read-only `git status --short` runs (the first printed nothing; the last listed
`claimreview/text/boilerplate.py` as modified by someone else and `labelled_heldout58.py`,
`labelled_new81.py` and `labelled_new82.py` as untracked, names only, none of them opened);
`ls tests/text` filtered to the names `heldout5`, `new8` and `new79` (names only, none of those
files opened beyond what is listed above) and a count of `tests/text`; `ls` of the project's ruff
binary; `du -sh tests`; a Python one-liner printing the calendar of April to June 2026 to check
weekdays; scripts of my own in /tmp that turn a small line format into the literals below, rename
coined names, cut the split cases out of the pages and count sentences and flags; an import of
this file with `build` on every page; a checking script of my own (four fields, flags, a cue for
every speaker and a speaker for every cue, no speaker on furniture, the sentence count, every
split case occurring in a built page and joining back to its sentences); whole-word
case-insensitive counts over `tests/` of every capitalised word of these pages and speakers (each
part of a hyphenated name on its own) and of candidate replacements (`grep -rilw ... | wc -l`,
file counts only), counts of the twelve outlet names as phrases (`grep -rilF ... | wc -l`); and
`ruff format` / `ruff check` on this file. A first draft hit about a hundred and fifty coined
surnames, given names, towns, estates, roads, outlets and firms of other files under `tests/`;
each was renamed, and only replacements with no hit were kept. A last pass found nine of this
set's coined names newly hit once each; one `grep -rilw` run per word listed only the names of the
files holding them (`labelled_new81.py` and `labelled_new82.py`, siblings being drafted at the same
time and never opened; no line was printed), and the nine were renamed to words with no hit. A
second `ls tests/text` filtered to `heldout5[7-9]` and `new8[1-9]` listed those two names and
`labelled_heldout58.py`, names only. What still hits is real places and
bodies, titles and name parts kept on purpose (Datuk, Mohd, Sta., Lt. Col., SP, Cr, Chief, Mr.,
Mrs., Ms, Dr.), real abbreviations (PHO, PIBG, DMC, NBRO, HDB, BTO, CPC, COCOBOD), and common
English words used in outlet, team, project and place names (Ledger, Lens, Sentinel, Standard,
Echo, Dispatch, Chronicle, Eagles, Rovers, United, Grove, Junction, Realty); none of the outlet
names hits as a phrase.

Every person, town, village, estate, barangay, sitio, road, street, market, school, hospital,
stadium, club, company, association, union name, research centre, university department,
property firm, environmental group, outlet, photographer and number is invented. Real countries,
regions, big cities, roads and public bodies appear only as settings, with invented figures and
invented people in their offices: Malta, its Parliament and President, the Office of the Prime
Minister, the Standing Committee on Public Administration, the Local Councils' Association and
Gozo; Trinidad and Tobago, Port of Spain, the Hall of Justice, the High Court and the Ministry of
Rural Development and Local Government; the Philippines, Negros Oriental, Dumaguete, Cebu, Cebu
City, Bacolod and the Visayas, the Department of Health and its Central Visayas office, the
provincial health office and the DA (in a related headline); New Zealand, Hawke's Bay, Napier,
Hastings, Hawke's Bay Regional Council, the NZ Transport Agency and its National Land Transport
Programme, the Community Services Card and SuperGold card, NZ On Air and the New Zealand Media
Council; Ghana, Tema, Accra, the Ministry of Energy, the National Labour Commission, the
Association of Ghana Industries, the Ghana Statistical Service, COCOBOD, the GSE-CI, the cedi,
Togo, Burkina Faso and Côte d'Ivoire; Malaysia, Johor, Johor Bahru, Iskandar Puteri, the
Education Ministry, the Johor Education Department, the National Union of the Teaching
Profession (NUTP), parent-teacher associations (PIBG) and national schools (SK); Sri Lanka, the
Ratnapura and Kalutara districts, Ratnapura, the Kalu Ganga, the Sabaragamuwa and Western
provinces, the Ratnapura–Panadura road, the Disaster Management Centre, the Department of
Meteorology, the Irrigation Department, the National Building Research Organisation, the Army,
the Navy, the Sabaragamuwa Provincial Education Department and, in related headlines, the CPC and
the Kelani Valley line; Nigeria, Ogun State, Abeokuta, Lagos, the Ogun State Police Command and,
in related headlines, the Ogun assembly and the Lagos-Ibadan Expressway; Uganda, Kampala, Kampala
Road, Masaka, the Uganda Premier League, the CAF Champions League and, in a related headline, the
She Cranes and the Nations Cup; Norway, Vestland and Western Norway, the Directorate of Fisheries,
the Norwegian Veterinary Institute, the County Governor and the press's ethical code; Singapore,
the Housing Board (HDB), its BTO, Plus, Prime and two-room Flexi flats, the MRT and the
Government; Greece, its Ministry of Culture, the European Union and, in related headlines, the
Epidaurus festival and Thessaloniki. Social networks and apps (Facebook, X, WhatsApp, Telegram,
LinkedIn, Messenger, Viber) appear only as channels, in share strips and in prompts.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too, as their docstrings give them: furniture
"B" line by line, whatever it says (a market-rate strip, a read time, a listen line, a funding
line, a comments-closed note, a press-council line, a translation note, a registration line); a
caption by its content ("W" when it states a checkable fact) and its credit "B"; headlines and
standfirsts never split, one whose subject is a kind or a role ("minister says", "their attorney
says", "provincial health chief says", "Company says", "deputy minister says", "fish farming
company says") carrying the person or organisation the story names, in full; titles and roles
dropped from speakers; a pronoun, a later surname or a role resolved to the full name as first
given; an organisation's later generic noun kept as written ("The association", "The ministry",
"the ministry", "the directorate", "The company", "the company"), except that "the company said"
closing a lead whose own subject is the company's name carries that name; "It said" resolved to
the name as first given; a quote
over several sentences carrying its speaker and cue, those before a trailing attribution too; a
channel after the verb part of the cue ("said in a statement", "said in a media release", "said in
a Facebook post", "said in his closing speech", "said in an interview"), time words not;
"told the House", "told the Lampara", "told the Standard", "told the Ledger", "told the
Sentinel", "told reporters" and "told journalists" cues as written; "declined to comment", "did
not respond to questions" and "declined to speak to journalists" labelled like speech with flags
""; decisions, votes, rules, dates fixed and figures of record "W"; hedges, hopes, intentions,
forecasts, opinions, feelings, advice and questions ""; a figure of record inside a quote "W"; a
private person's own circumstances "" and that person's account of what an institution did "W";
sport data lines "", their titles and header row "B".

Conventions this set had to settle, in the same spirit:

* Courts. "Justice Gervase R. Harripersad ruled" at the end of a lead is a cue ("ruled"), like
  "found" for a study: the judgment is what he says; "the judge said" and "the judge wrote" about
  the judgment carry him too. What he did by the judgment without a verb of saying ("ordered the
  corporation to pay ...", "He dismissed the corporation's argument ...") carries no speaker and is
  "W", like a vote. A claim number ("CV2024-03187") is a designation inside a sentence.
* Names. A nickname set in quotation marks inside the name as first given stays in the speaker
  ("Teodulfo “Boying” Cabahug-Lumactod"). "Datuk", "Lt. Col.", "SP", "Cr", "Chief", "Mr.",
  "Mrs.", "Ms", "Mr", "Dr." and "Dr" are titles and go; "Mohd" and "a/l" are parts of the name and
  stay ("Mohd Izwan Hairi", "Tharmendran a/l Paramasivam"); Chinese names are kept in the order the
  page gives them ("Ee Yongsheng", "Tjoa Ruiqi"). A later given name alone, as Malaysian papers
  write it ("Norhaslinda said"), resolves to the full name, like a later surname. An alias after
  "a.k.a." is part of its sentence, and a suspect named in a police statement is not a speaker.
* Organisations. An abbreviation after the full name resolves to the name as first given, also
  where the name was first given as the subject of an act and not of a verb of saying ("The DMC
  said", "The DMC also urged" -> "the Disaster Management Centre (DMC)"; "the NBRO said" -> "The
  National Building Research Organisation (NBRO)"; "HDB said" -> "The Housing Board (HDB)"); a
  short form of a company's name resolves to the name with its legal suffix as first given
  ("Havbris said" -> "Havbris Laks AS", the descriptor "the fish farming company" dropped).
  "Council staff said", "Police said", "police said", "residents said", "Health officials advise"
  and "PHO data show" are kept as written, as is "A union representing museum guards in the
  region". A document as the subject of a verb is kept as written ("The statement said",
  "Figures from the Norwegian Veterinary Institute show"); "according to" keeps X whole
  ("provisional Ghana Statistical Service data released last week", "the Department of Health's
  latest surveillance report", "the council's annual report"). "A teacher at the school who asked
  not to be named" is kept whole: the clause is not set off by commas and is what names her.
* Cues. A channel put with a first verb leaves the second verb as the cue ("congratulated City in
  a post on X and said" -> "said"); a channel put before the subject leaves the main verb ("In a
  letter to staff dated May 11, the company said" -> "said"; "In a 38-page judgment, the judge
  said" -> "said"); "she said" set inside a sentence ("Items recovered from them, she said,
  included ...") is the cue of that sentence. "urged", "asked", "added", "advise", "show",
  "ruled", "wrote" and "says" are cues as written.
* Check-worthiness. A crime victim's account of the crime ("the gang robbed her twice, ...
  taking about N480,000 the second time") is "W", like a private person's account of what an
  institution did; her own routine ("I have not opened my stand after 7 p.m. since then"), relief
  and question are "". A forecast of weather or of an epidemic by an official ("could be
  expected", "expected admissions to peak in July") is ""; dates and plans an institution has
  fixed ("would start house-to-house clean-ups ... on Tuesday, June 9", "the first regional
  tenders would be issued in September", "would review the changes in January", "closed on
  Monday (25)", "will be hired by July under a recruitment round already under way") are "W". A
  party's promise or a litigant's intention ("would repeal the law if it won", "was “minded to
  appeal”", "would write to every councillor", "would press the agency to reconsider") is "". A
  quote with a causal claim of fact ("Farmed fish that swim up the river and spawn with wild fish
  weaken the stock for generations") is "W"; a caption that states what will happen to a stop is
  "W". A sentence that mixes a figure of record with a hope ("3,100 people visited ... and the
  municipality hoped to reach 10,000") is "W", for its figure.
* Furniture. A currency and index strip under the masthead, "Views: ... | Comments: ...", a
  "Listen to this article" line with or without its running time, a comment form's field line, a
  funding line, a press-council line, a press-code line, an editor-in-chief line, a
  company-registration line ("Company reg. C 48213", "Sdn Bhd (201801042217)", "Org. nr. 931 447
  205", "Pte. Ltd. (Co. Regn. No. 201934812K)") and a reproduction note are "B"; so is a share
  prompt that appears twice on one page, each time. A tip line with a question ("Seen something
  newsworthy?", "Tips?", "Have a story from your town? ...") is "B" in every sentence.

Splits. "Bill No. 142,", "12.20am on", "10.40pm.", "Gozo has to break its contract?” she asked.",
"Company reg. C 48213", "Gervase R. Harripersad", "CV2024-03187,", "14 days'", "$40,000",
"4 p.m. to", "868-555-0197 or", "tips@ierestandard.tt.", "DUMAGUETE CITY –", "Jan. 1 to", "Dr.
Mariflor", "Sta. Filomena were", "towns: Bacalanon, Sta. Filomena,", "Dr. Nemesio", "“day by
day.”", "₱2.5 million", "Inc.", "50c to $2.90", "$1.8m", "2026-27", "(Totara St–airport)", "Kemara
Rd,", "800m", "9am and 3pm", "GH¢14.62", "▲ 0.3%", "US$5.90 to US$16.40", "(MMBtu)", "GH¢58",
"Dr. Ohene", "JOHOR BAHRU:", "Wednesday (May 20)", "a/l", "60%", "40km", "RM54mil.", "Sdn Bhd
(201801042217)", "Lt. Col. Nishantha", "3.15 a.m. on", "212.5mm,", "8.30 a.m. on", "100mm", "6
a.m.", "Monday (25),", "(Pvt) Ltd.", "SP Adebimpe", "a.k.a. Captain Jala, 31.", "N2.6m", "Mr.
Zubairu", "7 p.m. and 9 p.m.,", "Mrs. Titilayo", "N480,000", "20th May 2026", "0809 555 0142.",
"N1.1tn", "2-1", "88th", "UGX 1.2 billion", "50' (pen)", "+24", "7:48 AM EAT", "29.05.2026
10:15", "4.2 kg,", "6 m on", "5.40 a.m. on", "NOK 500", "Org. nr. 931 447 205", "11.59pm on",
"$238,000", "10:00 AM", "Pte. Ltd. (Co. Regn. No. 201934812K)", "8 a.m. to 8 p.m.", "8.30 a.m. to
3.30 p.m.", "€7.4 million", "7th century BC,", "Dr. Sotiria" and "Echo Digital Media S.A." never
split a sentence wrongly, or end one where they end it; "“Two years I waiting on this." before
"Two years!”", "“I'm 74 and I don't drive." before "What am I meant to do", "“Please do not
wait." before "Bring the child in", "Tips?" before "Email", "Seen something newsworthy?" before
"WhatsApp the newsroom", and lines without a stop (menus, strips, list lines, score and table
lines) each end one; a quoted question followed by its attribution ("... break its contract?” she
asked.", "... with my shopping?" said Heni Kiritapu-Tawera, ...") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Maltese English-language daily's politics page, parliament passes a local councils bill by 38 votes to 33 after midnight, with the minister named once and then called by surname and he (said in his closing speech, told the House, told reporters), the opposition spokesperson with a figure and a quoted question, the councils' association through said in a statement and then The association said, its president who told the paper and then asked a quoted question followed by she asked, a mayor whose figure sits in his quote, an unnamed spokesperson for the Office of the Prime Minister, Bill No. 142, 12.20am and 10.40pm (masthead, date strip with pipes, menu, crumb with ›, headline with a vote, standfirst carrying the minister through says, byline, date line, read time, share strip, caption and Photo: credit, Read more link, WhatsApp prompt, Advertisement, support pitch in two sentences, Subscribe, related stories, comment count, moderation note in two sentences, footer with Company reg. and middle dots)",
    "Trinidad and Tobago daily's news page, the High Court rules that a regional corporation illegally bulldozed 14 market vendors' stalls, with the judge named with a middle initial and then called the judge, he and Justice with his surname (ruled, said, wrote, and an order and a dismissal as acts without a verb of saying), a claim number CV2024-03187, the vendors' attorney with told the Standard, a vendor named after her quote with Trinidadian English and an exclamation, the corporation's attorney with an intention, the chairman said in a statement and then The statement said, according to the vendors' association, its secretary with 4 p.m. on a fixed day, a councillor (masthead in capitals, date strip with pipes, menu with Carnival, section label, headline, standfirst carrying the attorney through says, byline, posted line with am, share strip, caption and PHOTO: credit in capitals, ADVERTISEMENT, e-paper pitch, related news, tags, a tip line in two sentences with a question, a phone number and an email, copyright, footer with pipes)",
    "Philippine national daily's regions page, dengue cases in Negros Oriental more than double and two district hospitals overflow, with a dateline with an en dash carrying according to the Provincial Health Office (PHO), Jan. 1 inside sentences, a town named Sta. Filomena in the middle of a sentence and of a list after a colon, PHO data show, the provincial health officer with Dr. named once and then called she and by surname (said in an interview, advice in her quote), a DOH regional medical officer with a hedge in quotes, the national surveillance report through according to, a mayor with his nickname in quotation marks, a village chief, a mother named after her quote of what the hospital did, a hospital chief's forecast, advice from health officials and advice without a speaker, the peso sign (masthead in capitals, date and weather strip with middle dots, menu, section label with a slash, headline with a semicolon, standfirst carrying the health officer through says, byline with a middle initial, date line with a pipe, share strip with Viber, caption and a (Photo by ...) credit, ADVERTISEMENT, READ: link, tags, follow prompt in two sentences, a story-tip line, Trending list, footer links, copyright with Inc. and All Rights Reserved.)",
    "New Zealand regional news site's local democracy page, a regional council raises bus fares by 50c and cuts three routes, with council staff said, the committee chair named once and then called she and by her double surname, a spokesperson for the NZ Transport Agency, routes in brackets with an en dash, according to council figures before a dash, according to the council's annual report, the transport manager with Rd inside a sentence, a commuter whose quoted question comes before said and her name, a councillor with Cr dropped and later called by surname, the bus operator named after a descriptor, 50c, 9am and 3pm, straight quotation marks (brand in capitals, region, date and temperature strip with pipes, menu, crumb with ›, headline with $1.8m, standfirst with a vote and no speaker, byline with Local Democracy Reporter, short date line with am, share strip, listen line with a running time, a caption that states a fact and a Photo / credit, funding line, comments-closed note, related articles, Advertisement, newsletter prompt, email box and Sign up, press-council line, footer links, copyright)",
    "Ghanaian business news site's page, a Tema tile maker is to lay off 240 of its 610 workers because of gas prices, with the company said on Monday at the end of the lead, a letter to staff put before the company said, It said, the managing director who told the Ledger and then said, a union branch secretary with a figure in his quote, the Association of Ghana Industries (AGI) said in March, according to provisional Ghana Statistical Service data, the AGI's chief executive, an economist with Dr. and a forecast, a ministry that did not respond to questions, a factory scene, a worker named after her quote of what the company did, US$5.90, GH¢ figures and (MMBtu), straight quotation marks (masthead in capitals, date and market strip with a currency rate and an index with a triangle, menu, section label, headline, standfirst carrying the company through says, byline, published line, listen and share strip, caption and File photo, Advertisement, Source: line, comments disclaimer, comment count, Log in to comment, Read also link, more business news, WhatsApp prompt, copyright in two sentences)",
    "Malaysian English-language daily's education page, a deputy minister promises 2,140 new teachers for Johor schools by July 15, with a JOHOR BAHRU: dateline and says after the figure, Datuk dropped from the name, told reporters, a weekday with the date in brackets, the deputy minister later called by her given name as Malaysian papers do, the state education department said in a statement and then It said, according to the school's parent-teacher association (PIBG), its chairman with a/l in his name, a teacher who asked not to be named, a headmaster who declined to comment, a mother named after her quote, the NUTP secretary-general with Mohd, RM54mil and 40km, straight quotation marks (masthead, date strip with pipes and two scripts, menu, crumb with ›, headline with a figure and says, standfirst, byline in capitals, published line with a middle dot, share strip, caption and a dash Photo: credit with a slash, Advertisement, related topics, WhatsApp prompt, recommended list, app prompt, company line with Sdn Bhd and a number in brackets, copyright in two sentences)",
    "Sri Lankan daily's online latest-news page, floods and landslides kill four and affect 12,460 people in two districts, with the Disaster Management Centre (DMC) said at the end of the lead and then The DMC said and The DMC also urged, its spokesman with Lt. Col. before his name and he said after a sentence, a Navy spokesman, rainfall of 212.5mm and 8.30 a.m. through according to the Department of Meteorology, a forecaster's forecast, the Irrigation Department said and It said, a warning issued as an act, advice from the NBRO with the NBRO said at the end, a divisional secretary who told the Sentinel, a villager whose quote runs over two sentences before said and his name, police said, a school closure on Monday (25) (masthead in capitals, date and edition strip with pipes and two scripts, menu, section label, headline with a semicolon, byline with two names, date-time line with hyphens, views and comments line, caption and Pic by credit, WhatsApp prompt, Advertisement, comments heading, comment rules in two sentences, comment form lines, more latest news, copyright with (Pvt) Ltd. and a reproduction note)",
    "Nigerian daily's metro page, police in Ogun State arrest five men over armed robberies of POS operators, with The Ogun State Police Command says in the lead, the command's spokesperson with SP dropped who said in a statement and then she said, an alleged gang leader with a.k.a. and an alias, she said set inside a sentence, the Commissioner of Police with Mr. named once and then he and by surname, 7 p.m. and 9 p.m., residents said, a victim with Mrs. whose account of the robbery is a claim and whose own routine and question are not, a community association chairman with Chief dropped who added, Police said, urged, N2.6m and N480,000 (masthead in capitals, date, menu, section label, headline, byline with a place, date line with 20th, share prompt and share strip, caption and Photo: credit, Advertisement, share prompt again, rights notice in two sentences, contact email, WhatsApp channel prompt, a story-tip line with a phone number, latest news list)",
    "Ugandan sports site's football report, a club wins the Uganda Premier League on the last day with an 88th-minute winner, with a match report without a speaker, the winning coach named after his quote with told journalists and then called by surname and he, the captain named after his quote with an exclamation in the next one, the beaten coach with quoted fragments, a club that said in a post on X, a rival coach who declined to speak to journalists, The Uganda Premier League said in a statement with UGX, a fan named after her quote, match facts, a goals line with minutes and (pen), attendance, referee and a top-three table that are sport data (brand in capitals, date strip with pipes, sport menu, league label, headline, standfirst, byline, published line with AM EAT, share strip, caption and Photo: credit, MATCH FACTS and FINAL TABLE titles and the header row, tags, you may also like, company footer with a middle dot)",
    "Norwegian English-language news site's environment page, up to 27,000 farmed salmon escape after a storm tears a net pen, with the company named after a descriptor at the end of the lead and then called The company, It and Havbris, the Directorate of Fisheries said with 5.40 a.m., a section head and then he, the company's chief executive and then she, according to the Directorate of Fisheries at the head of a sentence, the directorate said at the end of a sentence, a fisher named after his quote, Figures from the Norwegian Veterinary Institute show, a river owners' chair with a causal claim in her quote, an environmental group said in a statement, a mayor with a figure and quoted fragments, 4.2 kg, 6 m and NOK 500 (brand in capitals, strapline, date, menu, section label in capitals, headline, standfirst carrying the company through says, byline, published and updated lines with dotted dates and a pipe, share strip, caption and Photo: credit, translation note, Read also link, a tip line in two sentences with a question, supporter pitch in two sentences, company line with AS, Org. nr. and middle dots, press-code line)",
    "Singaporean news site's housing page, the Housing Board launches 5,214 BTO flats in four projects, with The Housing Board (HDB) ... it said in a media release, HDB said before and after its statements, flats in brackets after estate names, 11.59pm, the minister who said in a Facebook post and then he said and he wrote, an analyst with Ms dropped and then she, an associate professor, a buyer with Mr dropped named after his quote that runs over two sentences, $ figures without the S (brand in capitals, date strip with pipes, menu, crumb with ›, headline with figures, standfirst with a price, byline with a role, date and updated line with AM and PM, gift and share strip, listen line and running time, caption and PHOTO: credit, Advertisement, topics line, Telegram prompt, read next list, company line with Pte. Ltd. and Co. Regn. No. in brackets, footer links with pipes)",
    "Greek English-language news site's culture page, a regional archaeological museum reopens after six years and a €7.4 million renovation, with the Ministry of Culture said at the end of the lead and then The ministry said and the ministry said at the end of a sentence, the culture minister and then she, the museum's director with archaeologist and Dr. dropped and then she, opening hours with a.m. and p.m. and 8.30 a.m., ticket prices, according to the municipality, the mayor with a figure and a hope in one sentence, a café owner named after his quote with an exclamation, a union representing museum guards said in a statement, the 7th century BC (brand in capitals, strapline, date, menu, section label, headline, standfirst with a figure and a year, byline, date line with a hyphen, share strip, caption and an outlet-and-photographer credit with a slash, tags, more in culture, newsletter box with Subscribe, publisher line with S.A. and a reproduction note, copyright)",
]

ARTICLES = [
    [
        [
            ("The Lampara", "", "", "B"),
        ],
        [
            ("Thursday, 14 May 2026   |   E-paper   |   Subscribe   |   Sign in", "", "", "B"),
        ],
        [
            (
                "Local   Politics   Business   World   Sport   Comment   Arts   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local › Politics", "", "", "B"),
        ],
        [
            (
                "Parliament passes local councils bill 38-33 after sitting runs past midnight",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Waste and street-cleaning contracts will move from councils to five regional committees in 2027, minister says",
                "Silvio Meilaq-Balzan",
                "says",
                "W",
            ),
        ],
        [
            ("Kristiana Ebejer-Dalli", "", "", "B"),
        ],
        [
            ("Thursday, 14 May 2026, 06:45", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Opposition MPs vote against the bill at its third reading, shortly after midnight.",
                "",
                "",
                "",
            ),
            ("Photo: Charlot Axisa-Gerada", "", "", "B"),
        ],
        [
            (
                "Parliament passed the Local Government (Amendment) Bill, Bill No. 142, by 38 votes to 33 at 12.20am on Thursday, after opposition MPs failed in a last attempt to send it back to committee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill moves the award of waste-collection and street-cleaning contracts from individual local councils to five new regional committees from 1 January 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the bill, councils keep responsibility for local roads, parks, libraries and cultural events.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local Government Minister Silvio Meilaq-Balzan said in his closing speech that the ministry's own costing put the saving at about €4.2 million a year, because each region would tender one contract instead of a dozen or more.",
                "Silvio Meilaq-Balzan",
                "said in his closing speech",
                "W",
            ),
            (
                "“Nobody is taking anything away from the councils,” he told the House.",
                "Silvio Meilaq-Balzan",
                "told the House",
                "",
            ),
            (
                "“We are taking away a pile of paperwork that mayors have been asking us to take away for years.”",
                "Silvio Meilaq-Balzan",
                "told the House",
                "",
            ),
        ],
        [
            (
                "An opposition motion to refer the bill back to the Standing Committee on Public Administration was defeated by 38 votes to 32 at 10.40pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition spokesperson for local government Rosanne Desira-Zarb said waste and cleaning contracts made up about 40 per cent of a typical council's budget.",
                "Rosanne Desira-Zarb",
                "said",
                "W",
            ),
            (
                "“This is the biggest transfer of power away from local councils since they were set up, and the government pushed it through in three sittings,” she said.",
                "Rosanne Desira-Zarb",
                "said",
                "W",
            ),
            (
                "“Did anybody on that side of the House ask a single mayor what they thought?”",
                "Rosanne Desira-Zarb",
                "said",
                "",
            ),
            (
                "She said the opposition would repeal the law if it won the next general election.",
                "Rosanne Desira-Zarb",
                "said",
                "",
            ),
        ],
        [
            (
                "The Local Councils' Association said in a statement early on Thursday that it had received the final text of the bill only on Tuesday, a day before the debate resumed.",
                "The Local Councils' Association",
                "said in a statement",
                "W",
            ),
            (
                "The association said 41 mayors had signed a letter in March asking the government to put the reform off by a year.",
                "The association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its president, Lorrainne Abdilla-Lanzon, told the Lampara that at least 19 councils had waste contracts running into 2028 and did not know whether they would have to pay penalties to end them early.",
                "Lorrainne Abdilla-Lanzon",
                "told the Lampara",
                "W",
            ),
            (
                "“Who pays the contractor if a small council in Gozo has to break its contract?” she asked.",
                "Lorrainne Abdilla-Lanzon",
                "asked",
                "",
            ),
            (
                "“The minister tells us the regions will sort it out.",
                "Lorrainne Abdilla-Lanzon",
                "asked",
                "",
            ),
            ("Nobody has told us how.”", "Lorrainne Abdilla-Lanzon", "asked", ""),
        ],
        [
            (
                "Meilaq-Balzan told reporters outside Parliament on Thursday morning that existing contracts would run until they expired and that no council would pay a penalty to end one.",
                "Silvio Meilaq-Balzan",
                "told reporters",
                "W",
            ),
            (
                "He said the first regional tenders would be issued in September.",
                "Silvio Meilaq-Balzan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jesmond Pirotta-Magro, the mayor of Dragun, said he welcomed the bill.",
                "Jesmond Pirotta-Magro",
                "said",
                "",
            ),
            (
                "“We have two people in the office, and last year they spent eleven weeks on one cleaning tender,” he said.",
                "Jesmond Pirotta-Magro",
                "said",
                "W",
            ),
            (
                "“I would rather they spent that time answering residents' emails.”",
                "Jesmond Pirotta-Magro",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Office of the Prime Minister said each regional committee would have seven members, four of them chosen by the councils in its region and three appointed by the minister.",
                "A spokesperson for the Office of the Prime Minister",
                "said",
                "W",
            ),
        ],
        [
            ("The bill now goes to the President for assent.", "", "", "W"),
        ],
        [
            ("Read more: Councils warn of €9 million hole in waste budgets", "", "", "B"),
        ],
        [
            ("Follow the Lampara on WhatsApp for the day's main stories.", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Quality journalism takes time, and readers like you pay for it.", "", "", "B"),
            ("Support the Lampara from €1.99 a month.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Gozo ferry fares to rise in July, ministry confirms", "", "", "B"),
        ],
        [
            ("Mayors ask for one-year delay to councils reform", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
            ("Please read our community guidelines before posting.", "", "", "B"),
        ],
        [
            (
                "© 2026 Lampara Media Ltd   ·   Company reg. C 48213   ·   Terms   ·   Privacy   ·   Cookies",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE IERE STANDARD", "", "", "B"),
        ],
        [
            ("Tuesday, May 19, 2026   |   Today's Paper   |   Subscribe", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sport   Carnival   Features   Letters   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Fourteen Pommerac Junction vendors win High Court case over bulldozed stalls",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Each vendor lost between $40,000 and $75,000 in goods and earnings, their attorney says",
                "Rajeshree Gopeesingh-Chadee",
                "says",
                "W",
            ),
        ],
        [
            ("Premchand Gajadhar-Leacock", "", "", "B"),
        ],
        [
            ("Posted May 19, 2026, 5:12 am", "", "", "B"),
        ],
        [
            ("Share this:   Facebook   WhatsApp   X   Email", "", "", "B"),
        ],
        [
            (
                "Clarabelle Noriega-Sankar, centre, and other vendors outside the Hall of Justice in Port of Spain on Monday.",
                "",
                "",
                "",
            ),
            ("PHOTO: MELCHIOR KALLOO-ARNEAUX", "", "", "B"),
        ],
        [
            (
                "The Sorzanal Regional Corporation acted illegally when it demolished 14 vendors' stalls at the Pommerac Junction market without notice in August 2024, Justice Gervase R. Harripersad ruled in the High Court in Port of Spain on Monday.",
                "Gervase R. Harripersad",
                "ruled",
                "W",
            ),
        ],
        [
            (
                "In a 38-page judgment, the judge said the corporation had given the vendors no written notice and no chance to be heard before its workers and a hired backhoe took the stalls down on the morning of August 9, 2024.",
                "Gervase R. Harripersad",
                "said",
                "W",
            ),
            (
                "He said the corporation's own market by-laws required 14 days' notice before a licensed stall could be removed, and 11 of the 14 vendors held licences that were valid that day.",
                "Gervase R. Harripersad",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A public body cannot decide on a Thursday afternoon that a man's livelihood will be gone before Friday breakfast,” the judge wrote.",
                "Gervase R. Harripersad",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Justice Harripersad ordered the corporation to pay the vendors' legal costs and damages, to be assessed by a master at a hearing on September 22.",
                "",
                "",
                "W",
            ),
            (
                "He dismissed the corporation's argument that all 14 stalls were illegal structures because three of them had no licence.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The vendors filed their claim, CV2024-03187, in October 2024.", "", "", "W"),
        ],
        [
            (
                "The vendors' attorney, Rajeshree Gopeesingh-Chadee, said her clients had each lost between $40,000 and $75,000 in goods, equipment and earnings, and that most had not been able to trade since.",
                "Rajeshree Gopeesingh-Chadee",
                "said",
                "W",
            ),
            (
                "“These are people who did nothing wrong except be in the way of a plan nobody showed them,” she told the Standard.",
                "Rajeshree Gopeesingh-Chadee",
                "told the Standard",
                "",
            ),
        ],
        [
            (
                "“I cried in the corridor when he read it out,” said Clarabelle Noriega-Sankar, 61, who sold doubles and aloo pie at the market for 26 years.",
                "Clarabelle Noriega-Sankar",
                "said",
                "",
            ),
            ("“Two years I waiting on this.", "Clarabelle Noriega-Sankar", "said", ""),
            ("Two years!”", "Clarabelle Noriega-Sankar", "said", ""),
        ],
        [
            (
                "Attorney for the corporation Ishwar Rambharose-Pooran said the stalls were removed to make way for a drain funded by the Ministry of Rural Development and Local Government, after floods in June 2024 put water in more than 60 homes at Pommerac Junction.",
                "Ishwar Rambharose-Pooran",
                "said",
                "W",
            ),
            (
                "He said the corporation would study the judgment and was “minded to appeal”.",
                "Ishwar Rambharose-Pooran",
                "said",
                "",
            ),
            ("The corporation has 42 days to file an appeal.", "", "", "W"),
        ],
        [
            (
                "Corporation chairman Darcus Ghanie-Trestrail said in a statement on Monday evening that the new drain had kept the same homes dry during heavy rain last October.",
                "Darcus Ghanie-Trestrail",
                "said in a statement",
                "W",
            ),
            (
                "The statement said the corporation had offered all 14 vendors spaces in a new covered market on Cachipe Road at a rent of $300 a month, and that six had accepted.",
                "The statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "Noriega-Sankar said the new market was “down a dead-end road where nobody passes”.",
                "Clarabelle Noriega-Sankar",
                "said",
                "",
            ),
        ],
        [
            (
                "Eight of the vendors have been selling from tables on the pavement across from the old market site since the demolition, according to the Pommerac Junction Vendors' Association.",
                "the Pommerac Junction Vendors' Association",
                "according to",
                "W",
            ),
            (
                "The association's secretary, Hemraj Seunarine-Moonilal, said members would meet on Saturday at 4 p.m. to decide whether to take up the corporation's offer.",
                "Hemraj Seunarine-Moonilal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Pommerac Junction market was built by the old county council in 1968 and had 31 stalls before the demolition.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pommerac Junction councillor Antoinette Bholasingh-Carrera said she had raised the vendors' complaints at four statutory meetings of the corporation since September 2024.",
                "Antoinette Bholasingh-Carrera",
                "said",
                "W",
            ),
            (
                "“Today a judge said what we have been saying for two years,” she said.",
                "Antoinette Bholasingh-Carrera",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read the Standard's e-paper from $1.99 a week.", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Sorzanal residents say drain works left half-done", "", "", "B"),
        ],
        [
            ("Vendors march on corporation office after demolition", "", "", "B"),
        ],
        [
            ("Tags: High Court, vendors, Sorzanal Regional Corporation", "", "", "B"),
        ],
        [
            ("Seen something newsworthy?", "", "", "B"),
            ("WhatsApp the newsroom at 868-555-0197 or email tips@ierestandard.tt.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Iere Standard Publishing Company Limited.", "", "", "B"),
        ],
        [
            ("Privacy Policy   |   Terms of Use   |   Advertise   |   Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("KAPULOAN DAILY", "", "", "B"),
        ],
        [
            ("Monday, June 8, 2026   ·   Cebu 31°C   ·   E-Paper", "", "", "B"),
        ],
        [
            (
                "Nation   Regions   Metro   Business   Sports   Opinion   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REGIONS / VISAYAS", "", "", "B"),
        ],
        [
            ("Dengue cases in Negros Oriental more than double; 9 dead since January", "", "", "W"),
        ],
        [
            (
                "Two district hospitals are at more than 150 percent of capacity, provincial health chief says",
                "Mariflor Dimataga-Pardillo",
                "says",
                "W",
            ),
        ],
        [
            ("By Honorio P. Bontuyan-Ursal", "", "", "B"),
        ],
        [
            ("June 8, 2026 | 11:32 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Messenger | Viber", "", "", "B"),
        ],
        [
            (
                "Relatives watch over dengue patients sharing beds in a hallway of the Bacalanon District Hospital on Sunday.",
                "",
                "",
                "",
            ),
            ("(Photo by Honorio P. Bontuyan-Ursal)", "", "", "B"),
        ],
        [
            (
                "DUMAGUETE CITY – Negros Oriental recorded 2,418 dengue cases from Jan. 1 to May 30, up from 1,107 in the same period last year, according to the Provincial Health Office (PHO).",
                "the Provincial Health Office (PHO)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Provincial health officer Dr. Mariflor Dimataga-Pardillo said nine patients had died, seven of them children under 15, compared with three deaths in the first five months of 2025.",
                "Mariflor Dimataga-Pardillo",
                "said",
                "W",
            ),
            (
                "She said the district hospitals in Bacalanon and Sta. Filomena were running at more than 150 percent of their bed capacity, with two patients to a bed in some wards.",
                "Mariflor Dimataga-Pardillo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are seeing patients come in late, already with warning signs, because families wait for the fever to pass,” Dimataga-Pardillo said in an interview on Sunday.",
                "Mariflor Dimataga-Pardillo",
                "said in an interview",
                "",
            ),
            ("“Please do not wait.", "Mariflor Dimataga-Pardillo", "said in an interview", ""),
            (
                "Bring the child in on the second day of fever.”",
                "Mariflor Dimataga-Pardillo",
                "said in an interview",
                "",
            ),
        ],
        [
            (
                "PHO data show that 1,306 of the cases came from five towns: Bacalanon, Sta. Filomena, Tigbawan, Kabulihan and Dapdapon.",
                "PHO data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Dr. Nemesio Alcoseba-Banzon, a medical officer at the Department of Health-Central Visayas, said the department had sent 1,200 dengue test kits and 40 boxes of intravenous fluids to the province on Friday.",
                "Nemesio Alcoseba-Banzon",
                "said",
                "W",
            ),
            (
                "He said the department was “not yet” recommending a state of calamity for the whole province but was watching the numbers “day by day.”",
                "Nemesio Alcoseba-Banzon",
                "said",
                "",
            ),
        ],
        [
            (
                "Nationwide, 98,640 dengue cases were recorded from Jan. 1 to May 16, 14 percent more than a year earlier, according to the Department of Health's latest surveillance report.",
                "the Department of Health's latest surveillance report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Bacalanon Mayor Teodulfo “Boying” Cabahug-Lumactod said the municipal council declared a dengue outbreak in the town on Thursday, which allows it to use its quick response fund for mosquito nets, larvicide and fogging.",
                "Teodulfo “Boying” Cabahug-Lumactod",
                "said",
                "W",
            ),
            (
                "He said the town had set aside ₱2.5 million for the response and would start house-to-house clean-ups in 14 barangays on Tuesday, June 9.",
                "Teodulfo “Boying” Cabahug-Lumactod",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Barangay Tigbawan, village chief Angelito Tabotabo-Gerodias said 41 residents had been taken to hospital since May 1, most of them children from a sitio beside a creek.",
                "Angelito Tabotabo-Gerodias",
                "said",
                "W",
            ),
            (
                "“The creek has not been dredged since the last typhoon,” he said.",
                "Angelito Tabotabo-Gerodias",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My son was on a folding bed in the hallway for two nights before they found him a room,” said Jenelyn Managbanag-Siton, 34, whose seven-year-old son was admitted on Wednesday.",
                "Jenelyn Managbanag-Siton",
                "said",
                "W",
            ),
            ("“The nurses are doing everything.", "Jenelyn Managbanag-Siton", "said", ""),
            ("There are just too many of us.”", "Jenelyn Managbanag-Siton", "said", ""),
        ],
        [
            (
                "The chief of the Bacalanon District Hospital, Dr. Epifanio Dumdum-Pagaduan, said the hospital turned its conference room into a 20-bed ward on Saturday and borrowed six nurses from the provincial hospital in Dumaguete.",
                "Epifanio Dumdum-Pagaduan",
                "said",
                "W",
            ),
            (
                "He said he expected admissions to peak in July, at the height of the rainy season.",
                "Epifanio Dumdum-Pagaduan",
                "said",
                "",
            ),
            (
                "“If it keeps going like this, we will run out of hallway,” he said.",
                "Epifanio Dumdum-Pagaduan",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Health officials advise residents to empty water containers, cover drums, turn over old tires and clean roof gutters at least once a week.",
                "Health officials",
                "advise",
                "",
            ),
            (
                "Anyone with a fever lasting more than two days should go to the nearest health center.",
                "",
                "",
                "",
            ),
        ],
        [
            ("READ: Cebu City logs 30% rise in dengue cases in May", "", "", "B"),
        ],
        [
            ("Tags: dengue, Negros Oriental, Department of Health, public health", "", "", "B"),
        ],
        [
            ("Don't miss out on the latest news and updates.", "", "", "B"),
            ("Follow Kapuloan Daily on Facebook and Viber.", "", "", "B"),
        ],
        [
            ("Have a story from your town?", "", "", "B"),
            ("Message our Visayas desk on Facebook.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Jeepney drivers in Bacolod hold one-day strike over route changes", "", "", "B"),
        ],
        [
            ("Rice prices ease in Visayas markets, DA says", "", "", "B"),
        ],
        [
            ("About Us   |   Contact   |   Privacy Notice   |   Advertise With Us", "", "", "B"),
        ],
        [
            ("© 2026 Kapuloan Media Group, Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BAYLINE NEWS", "", "", "B"),
        ],
        [
            ("Hawke's Bay   |   Wednesday 27 May 2026   |   Napier 13°", "", "", "B"),
        ],
        [
            (
                "News   Local Democracy   Sport   Business   Rural   Opinion   Weather   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local Democracy › Transport", "", "", "B"),
        ],
        [
            (
                "Bus fares up 50c and three routes cut as regional council closes $1.8m gap",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Councillors voted 6-3 for the changes, which take effect on July 20", "", "", "W"),
        ],
        [
            ("Ataahua Tremain-Herewini, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Wed, May 27, 2026, 6:30am", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email   Copy link", "", "", "B"),
        ],
        [
            ("Listen to this article   4 min", "", "", "B"),
        ],
        [
            (
                "A Route 12 bus at the Kerrabrook terminus, one of the stops that will lose its service in July.",
                "",
                "",
                "W",
            ),
            ("Photo / Timoti Cottle-Haronga", "", "", "B"),
        ],
        [
            (
                "Adult bus fares in Napier and Hastings will rise by 50c to $2.90 from July 20, and three suburban routes will stop running, after Hawke's Bay Regional Council's transport committee approved a package of cuts on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Councillors voted 6-3 for the changes.", "", "", "W"),
            (
                "Council staff said the package would close a $1.8 million gap in the 2026-27 public transport budget.",
                "Council staff",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transport committee chair Rangimarie Rangitaawa-McAlpine said the council had little choice after the NZ Transport Agency cut its share of the region's bus funding from 51 per cent to 46 per cent.",
                "Rangimarie Rangitaawa-McAlpine",
                "said",
                "W",
            ),
            (
                '"Nobody around this table wanted to put fares up," she said.',
                "Rangimarie Rangitaawa-McAlpine",
                "said",
                "",
            ),
            (
                '"But the alternative was a bigger rates rise, and ratepayers told us very clearly in March that they have had enough."',
                "Rangimarie Rangitaawa-McAlpine",
                "said",
                "",
            ),
        ],
        [
            (
                'A spokesperson for the NZ Transport Agency said the funding rate had been set for all regions in the 2024-27 National Land Transport Programme and was "not specific to Hawke\'s Bay".',
                "A spokesperson for the NZ Transport Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The routes to go are the 12 (Kerrabrook loop), the 17 (Totara St–airport) and the 21 (Kowhai Heights).",
                "",
                "",
                "W",
            ),
            (
                "Together they carried about 640 passengers a day last year, according to council figures – about 6 per cent of trips on the network.",
                "council figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Bus patronage in the region was 2.31 million trips in 2024-25, according to the council's annual report, down from 2.54 million two years earlier.",
                "the council's annual report",
                "according to",
                "W",
            ),
            (
                "Rangitaawa-McAlpine said the council would press the agency to reconsider the funding rate before the next programme is drafted.",
                "Rangimarie Rangitaawa-McAlpine",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's public transport manager, Clayton Gilfedder-Pirika, said most Route 12 passengers would be able to walk to Route 9 stops on Kemara Rd, no more than 800m away.",
                "Clayton Gilfedder-Pirika",
                "said",
                "W",
            ),
            (
                "He said the council would review the changes in January.",
                "Clayton Gilfedder-Pirika",
                "said",
                "W",
            ),
        ],
        [
            ("\"I'm 74 and I don't drive.", "Heni Kiritapu-Tawera", "said", ""),
            (
                'What am I meant to do, walk 800 metres with my shopping?" said Heni Kiritapu-Tawera, who catches the 12 from Kerrabrook to the town centre twice a week.',
                "Heni Kiritapu-Tawera",
                "said",
                "",
            ),
            (
                "She said she would write to every councillor who voted for the cuts.",
                "Heni Kiritapu-Tawera",
                "said",
                "",
            ),
        ],
        [
            (
                'Cr Ngahuia Wihongi, who voted against the package, said the council was "balancing the books on the backs of people who have no other way to get around".',
                "Ngahuia Wihongi",
                "said",
                "",
            ),
            (
                "Wihongi said fares had already gone up 40c in 2024 and patronage had fallen 9 per cent since.",
                "Ngahuia Wihongi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The operator, Tidebank Coaches, said no drivers would lose their jobs, because it was already 11 drivers short across the region.",
                "Tidebank Coaches",
                "said",
                "W",
            ),
        ],
        [
            (
                "Concession fares for children and Community Services Card holders will stay at $1.50, and SuperGold card holders will still travel free between 9am and 3pm on weekdays.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Napier bus shelters to get real-time arrival screens", "", "", "B"),
        ],
        [
            ("Regional rates: what the 8.9% rise means for your household", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Get Bayline's morning briefing in your inbox at 6am.", "", "", "B"),
        ],
        [
            ("Enter your email", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Bayline News is a member of the New Zealand Media Council.", "", "", "B"),
        ],
        [
            ("About   Contact   Complaints   Terms   Privacy", "", "", "B"),
        ],
        [
            ("© Bayline Media Limited 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ACCRA LEDGER", "", "", "B"),
        ],
        [
            (
                "Tuesday, 12 May 2026   ·   US$1 = GH¢14.62   ·   GSE-CI 6,812.40 ▲ 0.3%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Politics   Business   Sports   Entertainment   Regional   Features   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Tema tile maker to lay off 240 workers as gas costs bite", "", "", "W"),
        ],
        [
            (
                "Company says its gas bill has nearly tripled since 2024",
                "Kpotame Ceramics Limited",
                "says",
                "W",
            ),
        ],
        [
            ("By Esinam Ayittey-Korsah", "", "", "B"),
        ],
        [
            ("Published: 12 May 2026 at 08:14", "", "", "B"),
        ],
        [
            ("Listen   |   Share   |   Comment", "", "", "B"),
        ],
        [
            ("The Kpotame Ceramics factory in Tema.", "", "", ""),
            ("File photo", "", "", "B"),
        ],
        [
            (
                "Kpotame Ceramics Limited, one of the country's largest makers of floor and wall tiles, will lay off 240 of its 610 workers at its Tema factory from June 1, the company said on Monday.",
                "Kpotame Ceramics Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter to staff dated May 11, the company said it would shut two of its four kilns because the price it pays for natural gas had risen from US$5.90 to US$16.40 per million British thermal units (MMBtu) since January 2024.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said gas now made up 38 per cent of its production costs, against 14 per cent two years ago.",
                "Kpotame Ceramics Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Abla Koomson-Awuah told the Ledger that the company had been selling at a loss since October, while imported tiles were reaching Accra shops at about GH¢58 a square metre, below its own cost of GH¢71.",
                "Abla Koomson-Awuah",
                "told the Ledger",
                "W",
            ),
            (
                "She said the company wrote to the Ministry of Energy in February to ask for a special gas tariff for manufacturers and had not received a reply.",
                "Abla Koomson-Awuah",
                "said",
                "W",
            ),
            ('"We are not leaving Ghana," she said.', "Abla Koomson-Awuah", "said", ""),
            (
                '"If the gas price comes down, the kilns come back on, and we call our people back first."',
                "Abla Koomson-Awuah",
                "said",
                "",
            ),
        ],
        [
            (
                "Kpotame, founded in 1994, also exports tiles to Togo, Burkina Faso and Côte d'Ivoire.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Edem Mireku-Fosu, branch secretary of the Ceramics and Building Materials Workers' Union at the factory, said management told the union about the lay-offs only on Friday, although the collective agreement requires 30 days' notice.",
                "Edem Mireku-Fosu",
                "said",
                "W",
            ),
            (
                '"Two hundred and forty families will lose their income in three weeks," he said.',
                "Edem Mireku-Fosu",
                "said",
                "W",
            ),
            (
                "He said the union had asked the National Labour Commission to call both sides to a meeting.",
                "Edem Mireku-Fosu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Association of Ghana Industries (AGI) said in March that at least 11 of its members had cut production because of energy costs this year.",
                "The Association of Ghana Industries (AGI)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Manufacturing output fell 2.1 per cent in the first quarter of 2026 from a year earlier, according to provisional Ghana Statistical Service data released last week.",
                "provisional Ghana Statistical Service data released last week",
                "according to",
                "W",
            ),
        ],
        [
            (
                'AGI chief executive Senam Ocansey-Atiemo said on Monday that the government had to "decide whether it wants factories or not".',
                "Senam Ocansey-Atiemo",
                "said",
                "",
            ),
            (
                "She said industrial users paid about 40 per cent more per unit of gas than power producers.",
                "Senam Ocansey-Atiemo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ohene Kwarkye-Bentil, an economist at the Accra-based Centre for Industrial Policy Research, said more factories would follow unless gas for manufacturers was priced separately from gas for power plants.",
                "Ohene Kwarkye-Bentil",
                "said",
                "",
            ),
            ('"Tiles are just the first domino," he said.', "Ohene Kwarkye-Bentil", "said", ""),
        ],
        [
            (
                "The Ministry of Energy did not respond to questions sent on Monday.",
                "The Ministry of Energy",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "By Monday afternoon, a handful of workers had gathered under a neem tree outside the factory's main gate.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                '"I have worked here for 17 years," said Delali Makafui Agbenyo-Tagoe, a glaze-line supervisor.',
                "Delali Makafui Agbenyo-Tagoe",
                "said",
                "",
            ),
            (
                '"They gave us a letter and told us to go home and wait.',
                "Delali Makafui Agbenyo-Tagoe",
                "said",
                "W",
            ),
            (
                'Nobody has said anything about our end-of-service benefits."',
                "Delali Makafui Agbenyo-Tagoe",
                "said",
                "W",
            ),
        ],
        [
            ("Source: The Accra Ledger", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments posted on this page are those of readers and do not represent the views of The Accra Ledger.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("Log in to comment", "", "", "B"),
        ],
        [
            (
                "Read also: Manufacturers want separate gas price, AGI tells parliament committee",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Business News", "", "", "B"),
        ],
        [
            ("Cedi gains 1.4% against dollar in first week of May", "", "", "B"),
        ],
        [
            ("Cocoa farmers to get new producer price in October, COCOBOD says", "", "", "B"),
        ],
        [
            ("Get business headlines on WhatsApp every morning – tap to join", "", "", "B"),
        ],
        [
            ("© 2026 Accra Ledger Media.", "", "", "B"),
            ("Republishing any part of this story without permission is not allowed.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Selatan Post", "", "", "B"),
        ],
        [
            ("Thursday, 21 May 2026   |   BM   |   中文   |   Log in", "", "", "B"),
        ],
        [
            (
                "Nation   Johor   Business   World   Sport   Lifestyle   Education   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nation › Education", "", "", "B"),
        ],
        [
            (
                "2,140 new teachers for Johor schools by July 15, deputy minister says",
                "Norhaslinda Jaafar",
                "says",
                "W",
            ),
        ],
        [
            (
                "Some rural schools have run with barely half their teachers since the school year began",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By NURFARAHIN ZOLKEPLI", "", "", "B"),
        ],
        [
            ("Published: 21 May 2026 · 9:05am", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X   Telegram", "", "", "B"),
        ],
        [
            (
                "Year 5 and Year 6 pupils share a classroom for a mathematics lesson at SK Ladang Sepadu on Tuesday.",
                "",
                "",
                "",
            ),
            ("— Photo: NURFARAHIN ZOLKEPLI/The Selatan Post", "", "", "B"),
        ],
        [
            (
                "JOHOR BAHRU: The Education Ministry will send 2,140 newly trained teachers to schools in Johor by July 15, says Deputy Education Minister Datuk Norhaslinda Jaafar.",
                "Norhaslinda Jaafar",
                "says",
                "W",
            ),
        ],
        [
            (
                "She told reporters after opening a teachers' conference here on Wednesday (May 20) that 1,460 of them would go to primary schools and the rest to secondary schools, most of them in rural districts.",
                "Norhaslinda Jaafar",
                "told reporters",
                "W",
            ),
            (
                "She said Johor had 3,020 teaching vacancies when the school year began, the highest of any state.",
                "Norhaslinda Jaafar",
                "said",
                "W",
            ),
            (
                "Asked about the cause of the shortage, she said about 2,600 teachers in Johor had retired over the past two years, many of them from rural schools.",
                "Norhaslinda Jaafar",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We know some schools have been managing with half the teachers they need, and that is not fair on the children," she said.',
                "Norhaslinda Jaafar",
                "said",
                "",
            ),
            (
                '"By the second term, every classroom should have a teacher."',
                "Norhaslinda Jaafar",
                "said",
                "",
            ),
        ],
        [
            (
                "The Johor Education Department said in a statement that 37 schools in the state had been running with fewer than 60% of their teachers since January.",
                "The Johor Education Department",
                "said in a statement",
                "W",
            ),
            (
                "It said head teachers at those schools had combined classes and borrowed teachers from nearby schools for some subjects on a rotation.",
                "The Johor Education Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "At SK Ladang Sepadu, a primary school of 212 pupils on an oil palm estate 40km from the nearest town, nine teachers have been doing the work of 16 since January, according to the school's parent-teacher association (PIBG).",
                "the school's parent-teacher association (PIBG)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "PIBG chairman Tharmendran a/l Paramasivam said Year 5 and Year 6 pupils had been taught together in one classroom for science and mathematics since February.",
                "Tharmendran a/l Paramasivam",
                "said",
                "W",
            ),
            (
                '"My daughter asked me last week why her teacher always looks so tired," he said.',
                "Tharmendran a/l Paramasivam",
                "said",
                "",
            ),
            ('"What do I tell her?"', "Tharmendran a/l Paramasivam", "said", ""),
        ],
        [
            (
                "A teacher at the school who asked not to be named said she now taught 34 periods a week, against 26 last year.",
                "A teacher at the school who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school's headmaster declined to comment, saying he was not authorised to speak to the media.",
                "The school's headmaster",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                '"For three months my son had no English teacher at all," said Athirah Shamsudin, whose son is in Year 4.',
                "Athirah Shamsudin",
                "said",
                "W",
            ),
            (
                '"He is learning English from cartoons on my phone."',
                "Athirah Shamsudin",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "National Union of the Teaching Profession (NUTP) secretary-general Mohd Izwan Hairi said about 1,100 teachers in Johor had applied last year for transfers to other states, mostly to be nearer their families.",
                "Mohd Izwan Hairi",
                "said",
                "W",
            ),
            (
                'He said young teachers posted to rural schools would keep asking to leave unless the ministry gave them proper housing, "not a storeroom behind the canteen".',
                "Mohd Izwan Hairi",
                "said",
                "",
            ),
            ('"Posting them there is one thing," he said.', "Mohd Izwan Hairi", "said", ""),
            ('"Keeping them there is another."', "Mohd Izwan Hairi", "said", ""),
        ],
        [
            (
                "Norhaslinda said the ministry would build 180 units of teachers' quarters in Johor under this year's budget, at a cost of RM54mil.",
                "Norhaslinda Jaafar",
                "said",
                "W",
            ),
            (
                "She said the first 60 units, at four rural schools, were due to be completed in December.",
                "Norhaslinda Jaafar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new teachers, who graduated from teacher training institutes in March, are to report to their schools from July 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related topics: Education Ministry, teachers, Johor", "", "", "B"),
        ],
        [
            (
                "Follow us on our WhatsApp channel for the day's top stories, straight to your phone.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Recommended for you", "", "", "B"),
        ],
        [
            ("Johor to build three new schools in Iskandar Puteri by 2028", "", "", "B"),
        ],
        [
            ("Teachers' union wants classes capped at 35 pupils", "", "", "B"),
        ],
        [
            ("Get The Selatan Post app", "", "", "B"),
        ],
        [
            ("Selatan Post Media Sdn Bhd (201801042217)", "", "", "B"),
        ],
        [
            ("Copyright © 2026.", "", "", "B"),
            ("Any reproduction requires the publisher's written consent.", "", "", "B"),
        ],
    ],
    [
        [
            ("LANKA SENTINEL", "", "", "B"),
        ],
        [
            (
                "Sunday, 24 May 2026   |   Online Edition   |   E-Paper   |   සිංහල   |   தமிழ்",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Latest   Local   Business   Sports   World   Editorial   Features",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            (
                "Floods, landslides kill four as Kalu Ganga bursts its banks; 12,460 affected",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Sandamali Welikannage and Rifkan Marzook-Hameed", "", "", "B"),
        ],
        [
            ("2026-05-24 13:40:12", "", "", "B"),
        ],
        [
            ("Views: 3,218   |   Comments: 2", "", "", "B"),
        ],
        [
            (
                "Residents of Pahala Kirimetiya are taken to a safety centre by Navy boat on Sunday morning.",
                "",
                "",
                "",
            ),
            ("Pic by Sampath Gonawalage", "", "", "B"),
        ],
        [
            (
                "Four people were killed and 12,460 people from 3,184 families were affected by floods and landslides in the Ratnapura and Kalutara districts after heavy rain on Saturday night, the Disaster Management Centre (DMC) said.",
                "the Disaster Management Centre (DMC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "DMC spokesman Lt. Col. Nishantha Pathiraja-Wickremaratne said 1,870 people were staying in 23 safety centres set up in schools and temples.",
                "Nishantha Pathiraja-Wickremaratne",
                "said",
                "W",
            ),
            (
                "He said two of the dead were a mother and her 11-year-old son, whose house at Hapugoda was buried by a landslide at about 3.15 a.m. on Sunday.",
                "Nishantha Pathiraja-Wickremaratne",
                "said",
                "W",
            ),
            (
                "The other two were a man swept away while crossing a stream near Dewamulla and a 68-year-old woman who was electrocuted in her flooded kitchen, he said.",
                "Nishantha Pathiraja-Wickremaratne",
                "said",
                "W",
            ),
        ],
        [
            (
                "The DMC said 41 houses had been fully destroyed and 612 partly damaged.",
                "the Disaster Management Centre (DMC)",
                "said",
                "W",
            ),
            (
                "A Navy spokesman said 214 people had been rescued by boat since Saturday night.",
                "A Navy spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The heaviest rainfall, 212.5mm, was recorded at Kosgalawatte in the 24 hours to 8.30 a.m. on Sunday, according to the Department of Meteorology.",
                "the Department of Meteorology",
                "according to",
                "W",
            ),
            (
                "Duty forecaster Nilmini Attygalle-Seneviratne said showers of over 100mm could be expected in the Sabaragamuwa and Western provinces until at least Tuesday.",
                "Nilmini Attygalle-Seneviratne",
                "said",
                "",
            ),
            ("The department has issued a red warning for both provinces.", "", "", "W"),
        ],
        [
            (
                "The Irrigation Department said the Kalu Ganga was above major flood level at Ratnapura at noon on Sunday and was still rising.",
                "The Irrigation Department",
                "said",
                "W",
            ),
            (
                "It said the sluice gates of two reservoirs upstream had been opened in stages since 6 a.m.",
                "The Irrigation Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The National Building Research Organisation (NBRO) issued level-three landslide warnings – its highest – for 11 divisional secretariat divisions in the two districts.",
                "",
                "",
                "W",
            ),
            (
                "People living on slopes should move to safer places at once if they see cracks in walls or in the ground, or water springing from a hillside, the NBRO said.",
                "The National Building Research Organisation (NBRO)",
                "said",
                "",
            ),
        ],
        [
            (
                "Kosgalawatte Divisional Secretary Harshani Illangakoon-Rajapathirana told the Sentinel that dry rations for three days had been given to all families in the safety centres in her division.",
                "Harshani Illangakoon-Rajapathirana",
                "told the Sentinel",
                "W",
            ),
            (
                "She said the Army had sent 60 soldiers and four boats to help with evacuations, and the Navy another three boats.",
                "Harshani Illangakoon-Rajapathirana",
                "said",
                "W",
            ),
        ],
        [
            ('"The water came into the house in ten minutes.', "Wimalasena Udugampola", "said", ""),
            (
                'We only took the children and the identity cards," said Wimalasena Udugampola, 52, a rubber tapper now sleeping with his family of five in a classroom of the Kirimetiya junior school.',
                "Wimalasena Udugampola",
                "said",
                "",
            ),
            (
                '"The television, the rice, the school books – everything is under water."',
                "Wimalasena Udugampola",
                "said",
                "",
            ),
        ],
        [
            (
                "Traffic on the Ratnapura–Panadura road was stopped at two places where the water was more than a metre deep, police said.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Sabaragamuwa Provincial Education Department said all schools in the Ratnapura education zone would be closed on Monday (25), and those used as safety centres until further notice.",
                "The Sabaragamuwa Provincial Education Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The DMC also urged gem miners to stay out of pits along the rivers until the water level falls.",
                "the Disaster Management Centre (DMC)",
                "urged",
                "",
            ),
        ],
        [
            ("Follow the Sentinel on WhatsApp for flood updates through the night.", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Readers are requested to keep their comments relevant and civil.", "", "", "B"),
            ("The Sentinel reserves the right to remove any comment.", "", "", "B"),
        ],
        [
            ("Add a comment", "", "", "B"),
        ],
        [
            ("Name   Email   Your comment", "", "", "B"),
        ],
        [
            ("More Latest News", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for June, CPC says", "", "", "B"),
        ],
        [
            ("Train services on Kelani Valley line suspended", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lanka Sentinel Newspapers (Pvt) Ltd.", "", "", "B"),
            (
                "News items may be reproduced only if the Lanka Sentinel is credited as the source.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("OLUMO CHRONICLE", "", "", "B"),
        ],
        [
            ("Wednesday, May 20, 2026", "", "", "B"),
        ],
        [
            (
                "News   Politics   Metro   Business   Sports   Entertainment   Opinion   Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Metro", "", "", "B"),
        ],
        [
            ("Police arrest five over robberies of POS operators in Ogun community", "", "", "W"),
        ],
        [
            ("Oluwatosin Otubanjo-Soyoye, Abeokuta", "", "", "B"),
        ],
        [
            ("20th May 2026", "", "", "B"),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Telegram   LinkedIn", "", "", "B"),
        ],
        [
            (
                "The suspects at the state police command headquarters in Abeokuta on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Ogun State Police Command", "", "", "B"),
        ],
        [
            (
                "The Ogun State Police Command says it has arrested five men suspected of robbing at least 23 point-of-sale (POS) operators at gunpoint in Isheri-Aromi and neighbouring communities since February.",
                "The Ogun State Police Command",
                "says",
                "W",
            ),
        ],
        [
            (
                "The command's spokesperson, SP Adebimpe Onafowokan-Fashina, said in a statement on Tuesday that the suspects were arrested on Sunday night at a hideout in a farm settlement near Ogbon-Ayeru, after a tip-off from residents.",
                "Adebimpe Onafowokan-Fashina",
                "said in a statement",
                "W",
            ),
            (
                "She said the suspects, aged between 19 and 31, included the gang's alleged leader, Kazeem Olagoke-Durosimi, a.k.a. Captain Jala, 31.",
                "Adebimpe Onafowokan-Fashina",
                "said",
                "W",
            ),
            (
                "Items recovered from them, she said, included one locally made pistol, two cut-to-size guns, 11 live cartridges, N2.6m in cash and 14 ATM cards.",
                "Adebimpe Onafowokan-Fashina",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Commissioner of Police, Mr. Zubairu Maikudi, said the gang usually struck between 7 p.m. and 9 p.m., when operators were closing for the day, and had shot one operator in the leg in April.",
                "Zubairu Maikudi",
                "said",
                "W",
            ),
            (
                '"We will not allow criminals to turn the businesses of hard-working young people into a death trap," he said.',
                "Zubairu Maikudi",
                "said",
                "",
            ),
            (
                "He said the suspects would be charged to court as soon as investigations were concluded.",
                "Zubairu Maikudi",
                "said",
                "",
            ),
        ],
        [
            (
                "Maikudi said two of the suspects had been arrested in 2024 for a similar offence and released on bail.",
                "Zubairu Maikudi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Isheri-Aromi, a fast-growing community close to the Lagos boundary, has only one bank branch, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "A POS operator in Isheri-Aromi, Mrs. Titilayo Ojikutu-Kuforiji, said the gang robbed her twice, in February and in April, taking about N480,000 the second time.",
                "Titilayo Ojikutu-Kuforiji",
                "said",
                "W",
            ),
            (
                '"I have not opened my stand after 7 p.m. since then," she said.',
                "Titilayo Ojikutu-Kuforiji",
                "said",
                "",
            ),
            ('"Who will pay back my customers\' money?"', "Titilayo Ojikutu-Kuforiji", "said", ""),
        ],
        [
            (
                "She said she was relieved by the arrests but wanted the police to recover the money.",
                "Titilayo Ojikutu-Kuforiji",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The chairman of the Isheri-Aromi Community Development Association, Chief Olatokunbo Shonibare-Omotayo, said the community had installed 16 solar streetlights and hired eight vigilance men since March.",
                "Olatokunbo Shonibare-Omotayo",
                "said",
                "W",
            ),
            (
                "He said residents would keep giving the police information.",
                "Olatokunbo Shonibare-Omotayo",
                "said",
                "",
            ),
            (
                '"Our people are tired of running indoors once it is dark," he added.',
                "Olatokunbo Shonibare-Omotayo",
                "added",
                "",
            ),
        ],
        [
            (
                "Police said a sixth suspect escaped during the raid and is still at large.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Onafowokan-Fashina urged POS operators to avoid keeping large sums of cash at their stands and to report suspicious movements to the nearest police division.",
                "Adebimpe Onafowokan-Fashina",
                "urged",
                "",
            ),
            (
                '"Information given to the police will be treated in confidence," she said.',
                "Adebimpe Onafowokan-Fashina",
                "said",
                "",
            ),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("All rights reserved.", "", "", "B"),
            (
                "No part of this story may be copied, rewritten or republished without written permission from Olumo Chronicle.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact: news@olumochronicle.ng", "", "", "B"),
        ],
        [
            ("Join the Olumo Chronicle channel on WhatsApp for breaking stories.", "", "", "B"),
        ],
        [
            (
                "Send your stories, pictures and videos to our newsroom on 0809 555 0142.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Ogun assembly passes N1.1tn supplementary budget", "", "", "B"),
        ],
        [
            ("Tanker fire: Lagos-Ibadan Expressway reopened after six hours", "", "", "B"),
        ],
        [
            ("Man, 27, remanded over phone theft at Abeokuta market", "", "", "B"),
        ],
    ],
    [
        [
            ("KAWUNDO SPORTS", "", "", "B"),
        ],
        [
            ("Monday, 25 May 2026   |   Live scores   |   Fixtures   |   Log in", "", "", "B"),
        ],
        [
            (
                "Football   Cricket   Rugby   Boxing   Athletics   Basketball   Netball   More",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Uganda Premier League", "", "", "B"),
        ],
        [
            (
                "Kasimbe City crowned champions as late Ssenyonga-Lubowa winner sinks Namugoji",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City finish a point clear of Mutaasa Rovers, who could only draw at home",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Denis Ssentongo-Mubiru", "", "", "B"),
        ],
        [
            ("Published on May 25, 2026 at 7:48 AM EAT", "", "", "B"),
        ],
        [
            ("Share on:   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Kasimbe City players lift the trophy at Kabuga Memorial Stadium on Sunday.",
                "",
                "",
                "",
            ),
            ("Photo: Kasimbe City FC Media", "", "", "B"),
        ],
        [
            (
                "Kasimbe City won the Uganda Premier League title for the first time on Sunday, coming from behind to beat Namugoji Eagles 2-1 at Kabuga Memorial Stadium with a goal from Bosco Ssenyonga-Lubowa in the 88th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The win left City on 64 points, one ahead of Mutaasa Rovers, who were held 0-0 at home by Nakitto United.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Namugoji went ahead in the 31st minute when Akena Otim-Lagen headed in a corner from the right.",
                "",
                "",
                "W",
            ),
            (
                "City levelled five minutes after half-time through a penalty by captain Hannington Kavuma-Kyeyune, given after Namugoji defender Shafik Ndawula-Nkangi handled on the line.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers, champions in each of the last two seasons, had led the table for 22 of the 30 rounds.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "With the rain falling hard and the Rovers result already known in the stands, City threw everyone forward.",
                "",
                "",
                "",
            ),
            (
                "Ssenyonga-Lubowa, a 19-year-old substitute who came on in the 79th minute, turned in a low cross from the left, and the pitch invasion that followed held up the restart for six minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"I told the boys at half-time that we had not come this far to be afraid of one goal," City coach Livingstone Ssemakula-Odongo told journalists after the match.',
                "Livingstone Ssemakula-Odongo",
                "told journalists",
                "",
            ),
            (
                "Ssemakula-Odongo said the club's wage bill this season was about UGX 1.2 billion, less than half of Rovers'.",
                "Livingstone Ssemakula-Odongo",
                "said",
                "W",
            ),
            (
                '"Nobody gave us a chance in August," he said.',
                "Livingstone Ssemakula-Odongo",
                "said",
                "",
            ),
        ],
        [
            (
                '"When I stepped up for the penalty, I did not look at the goalkeeper even once," said Kavuma-Kyeyune, who has played for City for nine seasons.',
                "Hannington Kavuma-Kyeyune",
                "said",
                "",
            ),
            ('"Today I can die a happy man!"', "Hannington Kavuma-Kyeyune", "said", ""),
        ],
        [
            (
                'Namugoji coach Fahad Oryem-Lakony said his side had "given everything" but "switched off for one moment".',
                "Fahad Oryem-Lakony",
                "said",
                "",
            ),
        ],
        [
            (
                'Mutaasa Rovers congratulated City in a post on X and said they would "come back stronger".',
                "Mutaasa Rovers",
                "said",
                "",
            ),
        ],
        [
            (
                "Rovers coach Muhammed Kaweesa-Lumonya declined to speak to journalists after the match.",
                "Muhammed Kaweesa-Lumonya",
                "declined to speak to journalists",
                "",
            ),
        ],
        [
            (
                "The Uganda Premier League said in a statement that City would receive the trophy and prize money of UGX 150 million at the season's awards night on June 12.",
                "The Uganda Premier League",
                "said in a statement",
                "W",
            ),
            (
                "As champions, City will represent Uganda in the CAF Champions League next season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"I have supported this club since it played on a murram pitch behind the market," said Resty Nalwanga-Musoke, who travelled from Masaka with her two sons.',
                "Resty Nalwanga-Musoke",
                "said",
                "",
            ),
            ('"Today the whole of Kasimbe is singing."', "Resty Nalwanga-Musoke", "said", ""),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            ("Kasimbe City 2-1 Namugoji Eagles", "", "", ""),
        ],
        [
            ("Goals: Kavuma-Kyeyune 50' (pen), Ssenyonga-Lubowa 88'; Otim-Lagen 31'", "", "", ""),
        ],
        [
            ("Attendance: 7,450", "", "", ""),
        ],
        [
            ("Referee: Tonny Nsubuga-Tibaijuka", "", "", ""),
        ],
        [
            ("FINAL TABLE – TOP THREE", "", "", "B"),
        ],
        [
            ("Pos   Team   P   W   D   L   GD   Pts", "", "", "B"),
        ],
        [
            ("1   Kasimbe City   30   19   7   4   +24   64", "", "", ""),
        ],
        [
            ("2   Mutaasa Rovers   30   18   9   3   +27   63", "", "", ""),
        ],
        [
            ("3   Namugoji Eagles   30   16   8   6   +15   56", "", "", ""),
        ],
        [
            ("Tags: Kasimbe City, Namugoji Eagles, Mutaasa Rovers, UPL", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Golden Boot race goes to the last kick as three strikers tie on 17", "", "", "B"),
        ],
        [
            ("She Cranes name 15 for Nations Cup in Kampala", "", "", "B"),
        ],
        [
            ("© 2026 Kawundo Sports Ltd · Plot 14, Kampala Road", "", "", "B"),
        ],
    ],
    [
        [
            ("VESTLAND DISPATCH", "", "", "B"),
        ],
        [
            ("News in English from Western Norway", "", "", "B"),
        ],
        [
            ("Friday 29 May 2026", "", "", "B"),
        ],
        [
            (
                "News   Environment   Business   Politics   Culture   Sport   Jobs   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENVIRONMENT", "", "", "B"),
        ],
        [
            (
                "Up to 27,000 farmed salmon escape after storm tears net pen at Hellestrand",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Divers found a four-metre tear in one of its pens, fish farming company says",
                "Havbris Laks AS",
                "says",
                "W",
            ),
        ],
        [
            ("By Synnøve Hatleskog-Tveitaa", "", "", "B"),
        ],
        [
            ("Published: 29.05.2026 10:15   |   Updated: 29.05.2026 14:02", "", "", "B"),
        ],
        [
            ("Share this article   Facebook   X   Email", "", "", "B"),
        ],
        [
            ("The damaged net pen at the Storeskjer site on Thursday.", "", "", ""),
            ("Photo: Directorate of Fisheries", "", "", "B"),
        ],
        [
            (
                "Up to 27,000 farmed salmon may have escaped from a fish farm in Hellestrand municipality after a storm on Wednesday night tore a hole in one of its net pens, the fish farming company Havbris Laks AS said on Thursday.",
                "Havbris Laks AS",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said the pen at its Storeskjer site held 188,000 salmon with an average weight of about 4.2 kg, and divers found a tear about four metres long at a depth of 6 m on Thursday morning.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said the exact number of fish that escaped would be known only when the remaining fish had been counted at slaughter, planned for August.",
                "Havbris Laks AS",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Directorate of Fisheries said it was notified at 5.40 a.m. on Thursday and sent two inspectors to the site the same morning.",
                "The Directorate of Fisheries",
                "said",
                "W",
            ),
            (
                "Section head Torstein Lyngvær-Bakkebø said the directorate would investigate whether the moorings and the net met the required technical standard.",
                "Torstein Lyngvær-Bakkebø",
                "said",
                "W",
            ),
            (
                "“An escape of this size is serious, and we are treating it that way,” he said.",
                "Torstein Lyngvær-Bakkebø",
                "said",
                "",
            ),
        ],
        [
            (
                "Havbris chief executive Åshild Ottesen-Vikøren said the company was “deeply sorry”.",
                "Åshild Ottesen-Vikøren",
                "said",
                "",
            ),
            (
                "She said wind gusts at the site reached 31 metres per second, more than anything measured there since the farm opened in 2011.",
                "Åshild Ottesen-Vikøren",
                "said",
                "W",
            ),
            (
                "“We will do everything we can to get as many fish back as possible,” she said.",
                "Åshild Ottesen-Vikøren",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Directorate of Fisheries, 41 escapes involving about 290,000 salmon were reported in Norway in 2025.",
                "the Directorate of Fisheries",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The directorate has given the company and local fishers permission to fish with nets within 500 metres of the site until June 14.",
                "",
                "",
                "W",
            ),
            (
                "Havbris said it would pay NOK 500 for every escaped salmon handed in, and that 1,940 fish had been caught by Friday morning.",
                "Havbris Laks AS",
                "said",
                "W",
            ),
        ],
        [
            (
                "Escaped farmed salmon can usually be recognised by worn fins and more black spots below the lateral line, the directorate said.",
                "the directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I had 64 of them in one net on Thursday evening,” said Vebjørn Hovdenakk, who fishes for a living from the village of Storeskjer.",
                "Vebjørn Hovdenakk",
                "said",
                "",
            ),
        ],
        [
            (
                "Figures from the Norwegian Veterinary Institute show that about 2,300 wild salmon returned to the Hellestrand river last year, down from 5,100 in 2015.",
                "Figures from the Norwegian Veterinary Institute",
                "show",
                "W",
            ),
        ],
        [
            (
                "Astrid Kleppevik-Rønningen, who chairs the Hellestrand River Owners' Association, said the escape could hardly have come at a worse time, with the river's fishing season due to open on Monday.",
                "Astrid Kleppevik-Rønningen",
                "said",
                "",
            ),
            (
                "“Farmed fish that swim up the river and spawn with wild fish weaken the stock for generations,” she said.",
                "Astrid Kleppevik-Rønningen",
                "said",
                "W",
            ),
            (
                "She said the association had asked the County Governor to put the opening of the season back by two weeks.",
                "Astrid Kleppevik-Rønningen",
                "said",
                "W",
            ),
        ],
        [
            (
                "The environmental group Fjordvern said in a statement that escapes were “the industry's oldest problem” and called for farms to move to closed pens.",
                "Fjordvern",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Hellestrand mayor Oddvar Sæbjørnsrud said the farm employed 46 people and was “important for the municipality”, but that the company “must answer for what happened”.",
                "Oddvar Sæbjørnsrud",
                "said",
                "W",
            ),
        ],
        [
            ("Quotes have been translated from Norwegian by Vestland Dispatch.", "", "", "B"),
        ],
        [
            ("Read also: Coastal municipalities split over new salmon tax rules", "", "", "B"),
        ],
        [
            ("Tips?", "", "", "B"),
            ("Email tips@vestlanddispatch.no", "", "", "B"),
        ],
        [
            ("Support independent journalism in English from Western Norway.", "", "", "B"),
            ("Become a supporter from NOK 59 a month.", "", "", "B"),
        ],
        [
            (
                "Vestland Dispatch AS · Org. nr. 931 447 205 · Editor-in-chief: Sigve Ulvestrand-Lidal",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vestland Dispatch follows the Ethical Code of Practice for the Norwegian Press.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("SINGAPORE LENS", "", "", "B"),
        ],
        [
            ("Tue, Jun 02, 2026   |   Subscribe   |   Log in", "", "", "B"),
        ],
        [
            (
                "Singapore   Asia   World   Business   Tech   Sport   Life   Opinion   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore › Housing", "", "", "B"),
        ],
        [
            ("5,214 BTO flats launched in June, including 1,380 in Telok Ketam", "", "", "W"),
        ],
        [
            (
                "Three-room flats in the non-mature estate start from $238,000 before grants",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Peh Weiling, Housing Correspondent", "", "", "B"),
        ],
        [
            ("Jun 02, 2026, 10:00 AM   |   Updated Jun 02, 2026, 01:45 PM", "", "", "B"),
        ],
        [
            ("Gift this article   |   Share", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
            ("3 min", "", "", "B"),
        ],
        [
            (
                "An artist's impression of the Ketam Grove project, one of four in the June sales exercise.",
                "",
                "",
                "",
            ),
            ("PHOTO: HDB", "", "", "B"),
        ],
        [
            (
                "The Housing Board (HDB) launched 5,214 Build-To-Order (BTO) flats across four projects on June 2, it said in a media release.",
                "The Housing Board (HDB)",
                "said in a media release",
                "W",
            ),
        ],
        [
            (
                "Of these, 1,380 are in Telok Ketam, a non-mature estate, where a three-room flat starts from $238,000 and a four-room flat from $356,000, excluding grants.",
                "",
                "",
                "W",
            ),
            (
                "The other three projects are in Kelulut (1,122 flats), Sembilang (1,506) and Senja (1,206).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "HDB said 1,640 of the flats were classified as Plus flats and 412 as Prime flats, which come with extra subsidies but stricter resale rules, including a 10-year minimum occupation period.",
                "The Housing Board (HDB)",
                "said",
                "W",
            ),
            (
                "Singles aged 35 and above can apply for two-room Flexi flats in all four projects, HDB said.",
                "The Housing Board (HDB)",
                "said",
                "W",
            ),
        ],
        [
            ("Applications close at 11.59pm on June 9.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "National Development Minister Ee Yongsheng said in a Facebook post that 78 per cent of first-timer families who applied for a BTO flat last year were offered one within two tries.",
                "Ee Yongsheng",
                "said in a Facebook post",
                "W",
            ),
            (
                "He said the Government would launch about 19,600 BTO flats in 2026, as it had promised in February.",
                "Ee Yongsheng",
                "said",
                "W",
            ),
            (
                "“We will keep building at a steady pace, so that young couples can plan their lives with confidence,” he wrote.",
                "Ee Yongsheng",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Ms Tjoa Ruiqi, head of research at property firm Peakfold Realty, said she expected the Telok Ketam project to be the most popular of the four, because it is a short walk from a future MRT station.",
                "Tjoa Ruiqi",
                "said",
                "",
            ),
            (
                "She said four-room flats in the last BTO project launched nearby, in 2023, drew 4.6 applicants for each flat.",
                "Tjoa Ruiqi",
                "said",
                "W",
            ),
            (
                "“Buyers who only apply for Telok Ketam should be ready to be disappointed,” she said.",
                "Tjoa Ruiqi",
                "said",
                "",
            ),
        ],
        [
            (
                "Associate Professor Yim Kaixin of a local university's real estate department said the starting prices were about 3 per cent higher than those of similar flats in non-mature estates launched in June 2025.",
                "Yim Kaixin",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the February exercise, there were 3.1 first-timer applicants for every three-room flat in non-mature estates, HDB said.",
                "The Housing Board (HDB)",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have tried three times in two years,” said Mr Mohamad Fadhli Nordin, 29, a logistics executive who plans to apply with his fiancee, Ms Irdina Ramli, 27.",
                "Mohamad Fadhli Nordin",
                "said",
                "",
            ),
            (
                "“If Telok Ketam doesn't work out, we'll look at Senja.",
                "Mohamad Fadhli Nordin",
                "said",
                "",
            ),
            ("We just want a place before the wedding.”", "Mohamad Fadhli Nordin", "said", ""),
        ],
        [
            ("The next BTO exercise will be held in October.", "", "", "W"),
        ],
        [
            ("Topics: HDB, BTO, Housing", "", "", "B"),
        ],
        [
            ("Join Singapore Lens on Telegram for our daily round-up of top stories.", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Resale flat prices rise 1.1% in first quarter, slowest in six years", "", "", "B"),
        ],
        [
            ("Couples can now apply for rental flats while waiting for BTO keys", "", "", "B"),
        ],
        [
            ("Singapore Lens Pte. Ltd. (Co. Regn. No. 201934812K)", "", "", "B"),
        ],
        [
            ("Terms & Conditions   |   Privacy Policy   |   Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("ATHENS ECHO", "", "", "B"),
        ],
        [
            ("The news from Greece, in English", "", "", "B"),
        ],
        [
            ("Saturday, June 6, 2026", "", "", "B"),
        ],
        [
            (
                "Greece   Politics   Economy   Culture   Travel   Sports   Opinion   Diaspora",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Culture", "", "", "B"),
        ],
        [
            ("Kastrina museum reopens after six years and a €7.4 million renovation", "", "", "W"),
        ],
        [
            (
                "Forty-six objects that have never been on show go on display, among them a set of bronze figurines found in 1978",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Chrysoula Papadrakou-Vlachou", "", "", "B"),
        ],
        [
            ("June 6, 2026 - 09:20", "", "", "B"),
        ],
        [
            ("Share:   Facebook   X   Email", "", "", "B"),
        ],
        [
            (
                "Visitors in the new main hall of the Archaeological Museum of Kastrina on Friday.",
                "",
                "",
                "",
            ),
            ("Athens Echo / Stamatis Koutsamanis", "", "", "B"),
        ],
        [
            (
                "The Archaeological Museum of Kastrina, closed since 2020 for a renovation, reopened to the public on Friday with twice as much exhibition space and 1,140 objects on display, the Ministry of Culture said.",
                "the Ministry of Culture",
                "said",
                "W",
            ),
            (
                "The ministry said the project cost €7.4 million, of which €5.9 million came from European Union regional funds and the rest from the national budget.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Culture Minister Evangelia Lykourezou-Stamati said at the reopening that Kastrina had “a small museum with a very big story”.",
                "Evangelia Lykourezou-Stamati",
                "said",
                "",
            ),
            (
                "She said 46 of the objects had never been shown before, among them a set of bronze votive figurines found in 1978 at the sanctuary of Palaiopyrgos, on the edge of the town.",
                "Evangelia Lykourezou-Stamati",
                "said",
                "W",
            ),
        ],
        [
            (
                "The museum's best-known piece, a bronze griffin head from the 7th century BC, now has a hall of its own.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The museum's director, archaeologist Dr. Sotiria Karamaniotou, said the building's 1960s roof had leaked onto the storerooms for years, and 312 objects had to be treated by conservators before they could be shown.",
                "Sotiria Karamaniotou",
                "said",
                "W",
            ),
            (
                "“Some of these pieces spent fifty years in wooden crates,” she said.",
                "Sotiria Karamaniotou",
                "said",
                "W",
            ),
            (
                "“Now a child from Kastrina can see them at eye level.”",
                "Sotiria Karamaniotou",
                "said",
                "",
            ),
        ],
        [
            (
                "The museum is open daily from 8 a.m. to 8 p.m. until October 31, and from 8.30 a.m. to 3.30 p.m. in winter.",
                "",
                "",
                "W",
            ),
            (
                "Tickets cost €8, or €4 for students and visitors over 65, and entry is free on the first Sunday of each month from November to March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The renovation was due to finish in 2022 but was held up by two failed tenders for the roof, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mayor Giorgos Anastasiadis-Pelekis said 3,100 people visited the museum in 2019, its last full year open, and the municipality hoped to reach 10,000 in the first year after the reopening.",
                "Giorgos Anastasiadis-Pelekis",
                "said",
                "W",
            ),
            (
                "“For six years we sent school groups to other towns to see our own history,” he said.",
                "Giorgos Anastasiadis-Pelekis",
                "said",
                "",
            ),
        ],
        [
            (
                "“Tourists used to get off the bus, look at the locked door and get back on,” said Vangelis Tsirogiannis-Marou, who runs a café across the square.",
                "Vangelis Tsirogiannis-Marou",
                "said",
                "",
            ),
            (
                "“Today I sold out of galaktoboureko by noon!”",
                "Vangelis Tsirogiannis-Marou",
                "said",
                "",
            ),
        ],
        [
            (
                "A union representing museum guards in the region said in a statement on Friday that the museum had only four permanent guards, against the nine its own staffing plan requires.",
                "A union representing museum guards in the region",
                "said in a statement",
                "W",
            ),
            (
                "Five more guards will be hired by July under a recruitment round already under way, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: museums, archaeology, Kastrina", "", "", "B"),
        ],
        [
            ("More in Culture", "", "", "B"),
        ],
        [
            ("Epidaurus festival adds three Sunday matinees for its 2026 season", "", "", "B"),
        ],
        [
            ("Thessaloniki book fair draws record 94,000 visitors", "", "", "B"),
        ],
        [
            ("Newsletter: the week in Greece, every Friday", "", "", "B"),
        ],
        [
            ("Your email address", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Athens Echo is published by Echo Digital Media S.A.", "", "", "B"),
            ("No part of this site may be reproduced without written permission.", "", "", "B"),
        ],
        [
            ("© 2026 Athens Echo", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h57-mt-strip-menu-crumb-head",
        "Thursday, 14 May 2026   |   E-paper   |   Subscribe   |   Sign in\nLocal   Politics   Business   World   Sport   Comment   Arts   Podcasts\nLocal › Politics\nParliament passes local councils bill 38-33 after sitting runs past midnight\nWaste and street-cleaning contracts will move from councils to five regional committees in 2027, minister says",
        [
            "Thursday, 14 May 2026   |   E-paper   |   Subscribe   |   Sign in",
            "Local   Politics   Business   World   Sport   Comment   Arts   Podcasts",
            "Local › Politics",
            "Parliament passes local councils bill 38-33 after sitting runs past midnight",
            "Waste and street-cleaning contracts will move from councils to five regional committees in 2027, minister says",
        ],
    ),
    (
        "h57-mt-bill-no-am",
        "Parliament passed the Local Government (Amendment) Bill, Bill No. 142, by 38 votes to 33 at 12.20am on Thursday, after opposition MPs failed in a last attempt to send it back to committee.\nThe bill moves the award of waste-collection and street-cleaning contracts from individual local councils to five new regional committees from 1 January 2027.",
        [
            "Parliament passed the Local Government (Amendment) Bill, Bill No. 142, by 38 votes to 33 at 12.20am on Thursday, after opposition MPs failed in a last attempt to send it back to committee.",
            "The bill moves the award of waste-collection and street-cleaning contracts from individual local councils to five new regional committees from 1 January 2027.",
        ],
    ),
    (
        "h57-mt-question-she-asked",
        "Its president, Lorrainne Abdilla-Lanzon, told the Lampara that at least 19 councils had waste contracts running into 2028 and did not know whether they would have to pay penalties to end them early. “Who pays the contractor if a small council in Gozo has to break its contract?” she asked. “The minister tells us the regions will sort it out. Nobody has told us how.”",
        [
            "Its president, Lorrainne Abdilla-Lanzon, told the Lampara that at least 19 councils had waste contracts running into 2028 and did not know whether they would have to pay penalties to end them early.",
            "“Who pays the contractor if a small council in Gozo has to break its contract?” she asked.",
            "“The minister tells us the regions will sort it out.",
            "Nobody has told us how.”",
        ],
    ),
    (
        "h57-mt-moderation-reg-footer",
        "Comments are moderated and may take up to an hour to appear. Please read our community guidelines before posting.\n© 2026 Lampara Media Ltd   ·   Company reg. C 48213   ·   Terms   ·   Privacy   ·   Cookies",
        [
            "Comments are moderated and may take up to an hour to appear.",
            "Please read our community guidelines before posting.",
            "© 2026 Lampara Media Ltd   ·   Company reg. C 48213   ·   Terms   ·   Privacy   ·   Cookies",
        ],
    ),
    (
        "h57-tt-initial-ruled-judgment",
        "The Sorzanal Regional Corporation acted illegally when it demolished 14 vendors' stalls at the Pommerac Junction market without notice in August 2024, Justice Gervase R. Harripersad ruled in the High Court in Port of Spain on Monday.\nIn a 38-page judgment, the judge said the corporation had given the vendors no written notice and no chance to be heard before its workers and a hired backhoe took the stalls down on the morning of August 9, 2024. He said the corporation's own market by-laws required 14 days' notice before a licensed stall could be removed, and 11 of the 14 vendors held licences that were valid that day.",
        [
            "The Sorzanal Regional Corporation acted illegally when it demolished 14 vendors' stalls at the Pommerac Junction market without notice in August 2024, Justice Gervase R. Harripersad ruled in the High Court in Port of Spain on Monday.",
            "In a 38-page judgment, the judge said the corporation had given the vendors no written notice and no chance to be heard before its workers and a hired backhoe took the stalls down on the morning of August 9, 2024.",
            "He said the corporation's own market by-laws required 14 days' notice before a licensed stall could be removed, and 11 of the 14 vendors held licences that were valid that day.",
        ],
    ),
    (
        "h57-tt-claim-number-attorney",
        "The vendors filed their claim, CV2024-03187, in October 2024.\nThe vendors' attorney, Rajeshree Gopeesingh-Chadee, said her clients had each lost between $40,000 and $75,000 in goods, equipment and earnings, and that most had not been able to trade since. “These are people who did nothing wrong except be in the way of a plan nobody showed them,” she told the Standard.",
        [
            "The vendors filed their claim, CV2024-03187, in October 2024.",
            "The vendors' attorney, Rajeshree Gopeesingh-Chadee, said her clients had each lost between $40,000 and $75,000 in goods, equipment and earnings, and that most had not been able to trade since.",
            "“These are people who did nothing wrong except be in the way of a plan nobody showed them,” she told the Standard.",
        ],
    ),
    (
        "h57-tt-two-years-exclaim",
        "“I cried in the corridor when he read it out,” said Clarabelle Noriega-Sankar, 61, who sold doubles and aloo pie at the market for 26 years. “Two years I waiting on this. Two years!”",
        [
            "“I cried in the corridor when he read it out,” said Clarabelle Noriega-Sankar, 61, who sold doubles and aloo pie at the market for 26 years.",
            "“Two years I waiting on this.",
            "Two years!”",
        ],
    ),
    (
        "h57-tt-tip-question-copyright",
        "Seen something newsworthy? WhatsApp the newsroom at 868-555-0197 or email tips@ierestandard.tt.\nCopyright © 2026 Iere Standard Publishing Company Limited.\nPrivacy Policy   |   Terms of Use   |   Advertise   |   Contact Us",
        [
            "Seen something newsworthy?",
            "WhatsApp the newsroom at 868-555-0197 or email tips@ierestandard.tt.",
            "Copyright © 2026 Iere Standard Publishing Company Limited.",
            "Privacy Policy   |   Terms of Use   |   Advertise   |   Contact Us",
        ],
    ),
    (
        "h57-ph-dateline-jan-dr",
        "DUMAGUETE CITY – Negros Oriental recorded 2,418 dengue cases from Jan. 1 to May 30, up from 1,107 in the same period last year, according to the Provincial Health Office (PHO).\nProvincial health officer Dr. Mariflor Dimataga-Pardillo said nine patients had died, seven of them children under 15, compared with three deaths in the first five months of 2025. She said the district hospitals in Bacalanon and Sta. Filomena were running at more than 150 percent of their bed capacity, with two patients to a bed in some wards.",
        [
            "DUMAGUETE CITY – Negros Oriental recorded 2,418 dengue cases from Jan. 1 to May 30, up from 1,107 in the same period last year, according to the Provincial Health Office (PHO).",
            "Provincial health officer Dr. Mariflor Dimataga-Pardillo said nine patients had died, seven of them children under 15, compared with three deaths in the first five months of 2025.",
            "She said the district hospitals in Bacalanon and Sta. Filomena were running at more than 150 percent of their bed capacity, with two patients to a bed in some wards.",
        ],
    ),
    (
        "h57-ph-sta-list-colon-dr",
        "PHO data show that 1,306 of the cases came from five towns: Bacalanon, Sta. Filomena, Tigbawan, Kabulihan and Dapdapon.\nDr. Nemesio Alcoseba-Banzon, a medical officer at the Department of Health-Central Visayas, said the department had sent 1,200 dengue test kits and 40 boxes of intravenous fluids to the province on Friday. He said the department was “not yet” recommending a state of calamity for the whole province but was watching the numbers “day by day.”",
        [
            "PHO data show that 1,306 of the cases came from five towns: Bacalanon, Sta. Filomena, Tigbawan, Kabulihan and Dapdapon.",
            "Dr. Nemesio Alcoseba-Banzon, a medical officer at the Department of Health-Central Visayas, said the department had sent 1,200 dengue test kits and 40 boxes of intravenous fluids to the province on Friday.",
            "He said the department was “not yet” recommending a state of calamity for the whole province but was watching the numbers “day by day.”",
        ],
    ),
    (
        "h57-ph-inc-all-rights",
        "About Us   |   Contact   |   Privacy Notice   |   Advertise With Us\n© 2026 Kapuloan Media Group, Inc. All Rights Reserved.",
        [
            "About Us   |   Contact   |   Privacy Notice   |   Advertise With Us",
            "© 2026 Kapuloan Media Group, Inc.",
            "All Rights Reserved.",
        ],
    ),
    (
        "h57-nz-question-before-said",
        "\"I'm 74 and I don't drive. What am I meant to do, walk 800 metres with my shopping?\" said Heni Kiritapu-Tawera, who catches the 12 from Kerrabrook to the town centre twice a week. She said she would write to every councillor who voted for the cuts.",
        [
            "\"I'm 74 and I don't drive.",
            'What am I meant to do, walk 800 metres with my shopping?" said Heni Kiritapu-Tawera, who catches the 12 from Kerrabrook to the town centre twice a week.',
            "She said she would write to every councillor who voted for the cuts.",
        ],
    ),
    (
        "h57-nz-routes-brackets-dash",
        "The routes to go are the 12 (Kerrabrook loop), the 17 (Totara St–airport) and the 21 (Kowhai Heights). Together they carried about 640 passengers a day last year, according to council figures – about 6 per cent of trips on the network.",
        [
            "The routes to go are the 12 (Kerrabrook loop), the 17 (Totara St–airport) and the 21 (Kowhai Heights).",
            "Together they carried about 640 passengers a day last year, according to council figures – about 6 per cent of trips on the network.",
        ],
    ),
    (
        "h57-gh-usd-mmbtu-it-said",
        "In a letter to staff dated May 11, the company said it would shut two of its four kilns because the price it pays for natural gas had risen from US$5.90 to US$16.40 per million British thermal units (MMBtu) since January 2024. It said gas now made up 38 per cent of its production costs, against 14 per cent two years ago.",
        [
            "In a letter to staff dated May 11, the company said it would shut two of its four kilns because the price it pays for natural gas had risen from US$5.90 to US$16.40 per million British thermal units (MMBtu) since January 2024.",
            "It said gas now made up 38 per cent of its production costs, against 14 per cent two years ago.",
        ],
    ),
    (
        "h57-gh-worker-quote-runs-on",
        '"I have worked here for 17 years," said Delali Makafui Agbenyo-Tagoe, a glaze-line supervisor. "They gave us a letter and told us to go home and wait. Nobody has said anything about our end-of-service benefits."',
        [
            '"I have worked here for 17 years," said Delali Makafui Agbenyo-Tagoe, a glaze-line supervisor.',
            '"They gave us a letter and told us to go home and wait.',
            'Nobody has said anything about our end-of-service benefits."',
        ],
    ),
    (
        "h57-my-dateline-says-bracket-date",
        "JOHOR BAHRU: The Education Ministry will send 2,140 newly trained teachers to schools in Johor by July 15, says Deputy Education Minister Datuk Norhaslinda Jaafar.\nShe told reporters after opening a teachers' conference here on Wednesday (May 20) that 1,460 of them would go to primary schools and the rest to secondary schools, most of them in rural districts. She said Johor had 3,020 teaching vacancies when the school year began, the highest of any state.",
        [
            "JOHOR BAHRU: The Education Ministry will send 2,140 newly trained teachers to schools in Johor by July 15, says Deputy Education Minister Datuk Norhaslinda Jaafar.",
            "She told reporters after opening a teachers' conference here on Wednesday (May 20) that 1,460 of them would go to primary schools and the rest to secondary schools, most of them in rural districts.",
            "She said Johor had 3,020 teaching vacancies when the school year began, the highest of any state.",
        ],
    ),
    (
        "h57-my-sdn-bhd-copyright",
        "Get The Selatan Post app\nSelatan Post Media Sdn Bhd (201801042217)\nCopyright © 2026. Any reproduction requires the publisher's written consent.",
        [
            "Get The Selatan Post app",
            "Selatan Post Media Sdn Bhd (201801042217)",
            "Copyright © 2026.",
            "Any reproduction requires the publisher's written consent.",
        ],
    ),
    (
        "h57-lk-lt-col-am-he-said",
        "DMC spokesman Lt. Col. Nishantha Pathiraja-Wickremaratne said 1,870 people were staying in 23 safety centres set up in schools and temples. He said two of the dead were a mother and her 11-year-old son, whose house at Hapugoda was buried by a landslide at about 3.15 a.m. on Sunday. The other two were a man swept away while crossing a stream near Dewamulla and a 68-year-old woman who was electrocuted in her flooded kitchen, he said.",
        [
            "DMC spokesman Lt. Col. Nishantha Pathiraja-Wickremaratne said 1,870 people were staying in 23 safety centres set up in schools and temples.",
            "He said two of the dead were a mother and her 11-year-old son, whose house at Hapugoda was buried by a landslide at about 3.15 a.m. on Sunday.",
            "The other two were a man swept away while crossing a stream near Dewamulla and a 68-year-old woman who was electrocuted in her flooded kitchen, he said.",
        ],
    ),
    (
        "h57-lk-mm-am-forecast",
        "The heaviest rainfall, 212.5mm, was recorded at Kosgalawatte in the 24 hours to 8.30 a.m. on Sunday, according to the Department of Meteorology. Duty forecaster Nilmini Attygalle-Seneviratne said showers of over 100mm could be expected in the Sabaragamuwa and Western provinces until at least Tuesday. The department has issued a red warning for both provinces.",
        [
            "The heaviest rainfall, 212.5mm, was recorded at Kosgalawatte in the 24 hours to 8.30 a.m. on Sunday, according to the Department of Meteorology.",
            "Duty forecaster Nilmini Attygalle-Seneviratne said showers of over 100mm could be expected in the Sabaragamuwa and Western provinces until at least Tuesday.",
            "The department has issued a red warning for both provinces.",
        ],
    ),
    (
        "h57-lk-quote-two-sentences-said",
        '"The water came into the house in ten minutes. We only took the children and the identity cards," said Wimalasena Udugampola, 52, a rubber tapper now sleeping with his family of five in a classroom of the Kirimetiya junior school. "The television, the rice, the school books – everything is under water."',
        [
            '"The water came into the house in ten minutes.',
            'We only took the children and the identity cards," said Wimalasena Udugampola, 52, a rubber tapper now sleeping with his family of five in a classroom of the Kirimetiya junior school.',
            '"The television, the rice, the school books – everything is under water."',
        ],
    ),
    (
        "h57-ng-sp-aka-she-said",
        "The command's spokesperson, SP Adebimpe Onafowokan-Fashina, said in a statement on Tuesday that the suspects were arrested on Sunday night at a hideout in a farm settlement near Ogbon-Ayeru, after a tip-off from residents. She said the suspects, aged between 19 and 31, included the gang's alleged leader, Kazeem Olagoke-Durosimi, a.k.a. Captain Jala, 31. Items recovered from them, she said, included one locally made pistol, two cut-to-size guns, 11 live cartridges, N2.6m in cash and 14 ATM cards.",
        [
            "The command's spokesperson, SP Adebimpe Onafowokan-Fashina, said in a statement on Tuesday that the suspects were arrested on Sunday night at a hideout in a farm settlement near Ogbon-Ayeru, after a tip-off from residents.",
            "She said the suspects, aged between 19 and 31, included the gang's alleged leader, Kazeem Olagoke-Durosimi, a.k.a. Captain Jala, 31.",
            "Items recovered from them, she said, included one locally made pistol, two cut-to-size guns, 11 live cartridges, N2.6m in cash and 14 ATM cards.",
        ],
    ),
    (
        "h57-ng-mr-pm-times",
        'The Commissioner of Police, Mr. Zubairu Maikudi, said the gang usually struck between 7 p.m. and 9 p.m., when operators were closing for the day, and had shot one operator in the leg in April. "We will not allow criminals to turn the businesses of hard-working young people into a death trap," he said. He said the suspects would be charged to court as soon as investigations were concluded.',
        [
            "The Commissioner of Police, Mr. Zubairu Maikudi, said the gang usually struck between 7 p.m. and 9 p.m., when operators were closing for the day, and had shot one operator in the leg in April.",
            '"We will not allow criminals to turn the businesses of hard-working young people into a death trap," he said.',
            "He said the suspects would be charged to court as soon as investigations were concluded.",
        ],
    ),
    (
        "h57-ug-exclaim-then-coach",
        '"When I stepped up for the penalty, I did not look at the goalkeeper even once," said Kavuma-Kyeyune, who has played for City for nine seasons. "Today I can die a happy man!"\nNamugoji coach Fahad Oryem-Lakony said his side had "given everything" but "switched off for one moment".',
        [
            '"When I stepped up for the penalty, I did not look at the goalkeeper even once," said Kavuma-Kyeyune, who has played for City for nine seasons.',
            '"Today I can die a happy man!"',
            'Namugoji coach Fahad Oryem-Lakony said his side had "given everything" but "switched off for one moment".',
        ],
    ),
    (
        "h57-ug-match-facts-table",
        "MATCH FACTS\nKasimbe City 2-1 Namugoji Eagles\nGoals: Kavuma-Kyeyune 50' (pen), Ssenyonga-Lubowa 88'; Otim-Lagen 31'\nAttendance: 7,450\nReferee: Tonny Nsubuga-Tibaijuka\nFINAL TABLE – TOP THREE\nPos   Team   P   W   D   L   GD   Pts\n1   Kasimbe City   30   19   7   4   +24   64",
        [
            "MATCH FACTS",
            "Kasimbe City 2-1 Namugoji Eagles",
            "Goals: Kavuma-Kyeyune 50' (pen), Ssenyonga-Lubowa 88'; Otim-Lagen 31'",
            "Attendance: 7,450",
            "Referee: Tonny Nsubuga-Tibaijuka",
            "FINAL TABLE – TOP THREE",
            "Pos   Team   P   W   D   L   GD   Pts",
            "1   Kasimbe City   30   19   7   4   +24   64",
        ],
    ),
    (
        "h57-no-dotted-dates-caption-lead",
        "Published: 29.05.2026 10:15   |   Updated: 29.05.2026 14:02\nShare this article   Facebook   X   Email\nThe damaged net pen at the Storeskjer site on Thursday. Photo: Directorate of Fisheries\nUp to 27,000 farmed salmon may have escaped from a fish farm in Hellestrand municipality after a storm on Wednesday night tore a hole in one of its net pens, the fish farming company Havbris Laks AS said on Thursday.",
        [
            "Published: 29.05.2026 10:15   |   Updated: 29.05.2026 14:02",
            "Share this article   Facebook   X   Email",
            "The damaged net pen at the Storeskjer site on Thursday.",
            "Photo: Directorate of Fisheries",
            "Up to 27,000 farmed salmon may have escaped from a fish farm in Hellestrand municipality after a storm on Wednesday night tore a hole in one of its net pens, the fish farming company Havbris Laks AS said on Thursday.",
        ],
    ),
    (
        "h57-no-tips-org-nr-footer",
        "Tips? Email tips@vestlanddispatch.no\nSupport independent journalism in English from Western Norway. Become a supporter from NOK 59 a month.\nVestland Dispatch AS · Org. nr. 931 447 205 · Editor-in-chief: Sigve Ulvestrand-Lidal\nVestland Dispatch follows the Ethical Code of Practice for the Norwegian Press.",
        [
            "Tips?",
            "Email tips@vestlanddispatch.no",
            "Support independent journalism in English from Western Norway.",
            "Become a supporter from NOK 59 a month.",
            "Vestland Dispatch AS · Org. nr. 931 447 205 · Editor-in-chief: Sigve Ulvestrand-Lidal",
            "Vestland Dispatch follows the Ethical Code of Practice for the Norwegian Press.",
        ],
    ),
    (
        "h57-sg-flexi-pm-close",
        "HDB said 1,640 of the flats were classified as Plus flats and 412 as Prime flats, which come with extra subsidies but stricter resale rules, including a 10-year minimum occupation period. Singles aged 35 and above can apply for two-room Flexi flats in all four projects, HDB said.\nApplications close at 11.59pm on June 9.",
        [
            "HDB said 1,640 of the flats were classified as Plus flats and 412 as Prime flats, which come with extra subsidies but stricter resale rules, including a 10-year minimum occupation period.",
            "Singles aged 35 and above can apply for two-room Flexi flats in all four projects, HDB said.",
            "Applications close at 11.59pm on June 9.",
        ],
    ),
    (
        "h57-sg-pte-ltd-regn-no",
        "Couples can now apply for rental flats while waiting for BTO keys\nSingapore Lens Pte. Ltd. (Co. Regn. No. 201934812K)\nTerms & Conditions   |   Privacy Policy   |   Contact Us",
        [
            "Couples can now apply for rental flats while waiting for BTO keys",
            "Singapore Lens Pte. Ltd. (Co. Regn. No. 201934812K)",
            "Terms & Conditions   |   Privacy Policy   |   Contact Us",
        ],
    ),
    (
        "h57-gr-am-pm-hours-tickets",
        "The museum is open daily from 8 a.m. to 8 p.m. until October 31, and from 8.30 a.m. to 3.30 p.m. in winter. Tickets cost €8, or €4 for students and visitors over 65, and entry is free on the first Sunday of each month from November to March.",
        [
            "The museum is open daily from 8 a.m. to 8 p.m. until October 31, and from 8.30 a.m. to 3.30 p.m. in winter.",
            "Tickets cost €8, or €4 for students and visitors over 65, and entry is free on the first Sunday of each month from November to March.",
        ],
    ),
    (
        "h57-gr-sa-reproduction-copyright",
        "Newsletter: the week in Greece, every Friday\nYour email address\nSubscribe\nAthens Echo is published by Echo Digital Media S.A. No part of this site may be reproduced without written permission.\n© 2026 Athens Echo",
        [
            "Newsletter: the week in Greece, every Friday",
            "Your email address",
            "Subscribe",
            "Athens Echo is published by Echo Digital Media S.A.",
            "No part of this site may be reproduced without written permission.",
            "© 2026 Athens Echo",
        ],
    ),
]
