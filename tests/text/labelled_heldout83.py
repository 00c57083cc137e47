"""Eighty-third held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-nine):
twelve WHOLE pages, head to tail, of TYPICAL everyday news as a reader pastes them from a desktop
browser, from mainstream news sites in twelve countries, one subject each. This set is HELD OUT: it
measures the engine on ordinary copy and must never be tuned on, looked at while tuning, or used to
choose between rules.

The pages: an English regional daily's local government page (a borough cabinet moves grey-bin
collections to every three weeks to close a £6.2m gap); a United States local newspaper's health
page (an Ohio hospital stops delivering babies, leaving the nearest maternity unit 38 miles away);
an Indian daily's city page (Hyderabad's Metro airport line 14 months late and ₹1,240 crore over
cost); a Nigerian news site's politics page (the Kwara State House of Assembly passes a N412.6bn
supplementary budget as the minority walks out); an Australian national news site's weather page (an
east coast low brings evacuation orders for 1,400 homes in the Macleay Valley); a Canadian city
daily's education page (a Manitoba school division votes 6-3 to close two elementary schools); a
South African news site's crime page (five arrested as police seize 3.2 tonnes of stolen cable in
Germiston); an Irish national daily's courts page (a credit union manager jailed for stealing
€412,000 from members); a Singapore news site's business page (a cold-chain logistics group's
half-year profit falls 22%); a New Zealand news site's science page (a 14km fault found beneath
Hastings); a Philippine news site's sports page (a provincial basketball team wins Game 5 to reach
its first league finals); and a Scottish national daily's culture page (a Paisley gallery reopens
after a £31m refurbishment).

Nothing on these pages is aimed at one difficulty: each carries its own site's furniture (mastheads,
taglines, sign-in and subscribe strips, menus with pipes or wide spaces, section paths with ›, / or
a label, bylines with roles and places, date, Published and Updated lines in each country's style,
share strips, captions and credits, Advertisement lines and "Story continues below", Read more, Also
Read and READ ALSO links mid-story, related, trending, read-next and numbered most-read lists, tag
lines, tip lines, reporter bios and contact lines, newsletter blocks, subscription and supporter
appeals, comment prompts and rules, an emergency notice, an acknowledgement of country, a
press-standards line, a journal reference, publisher and registration lines, copyright lines and
footers); its speakers of ordinary kinds (council leaders and councillors, a hospital chief, a
doctor, a state senator, spokespeople, a managing director, a minister and an MLA, a commissioner,
legislative leaders, a press secretary, an economist, a meteorologist, an emergency services
commander, a board chair, a superintendent, a trustee, a union president, police, a detective,
counsel, a judge, a victim's representative, a chief executive, a chief financial officer, analysts,
scientists, a civil defence controller, an insurance spokesperson, coaches, a player, a league
commissioner, a gallery director, a critic, residents, commuters, parents and visitors) and hard
ones (a later surname, a pronoun or "the judge" / "the detective" resolving to the full name; a
company or corporation first named inside an apposition and later by its initials or "It"; bodies
and documents as written; a person named after the quote; quotes over several sentences with the
attribution at the end; a question or exclamation inside a quote followed by its attribution; a
Chinese-order name with a later "Mr" and surname); and a natural mix of check-worthy and other
sentences. Splits fall around ordinary abbreviations and numbers: titles that never end a sentence
("Dr.", "Sen.", "Mr.", "Rt. Hon.", "Hon. (Mrs.)", "Atty.", "Det Garda", "Cllr"), initials ("K.
Venkataramanaiah", "P. Sridhar Goud"), "Corporation Ltd. (BURCL)" mid-sentence, "Sept. 14" and "Co.
Regn. No." inside a sentence, and "a.m.", "p.m.", "Ltd.", "Pvt. Ltd.", "(Pty) Ltd.", "Pty Ltd.",
"Inc." and "Corp." that end one before a capital.

The pages hold 522 sentences: 238 "B", 162 "W" and 122 ""; 198 sentences carry a speaker (87
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order. `HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch
of two to four consecutive sentences of one paragraph of these pages joined by single spaces: "Cllr"
before "She said"; a quote's "” said Pauline ..., 38," before its continuation over two sentences;
"Ohio —" in a dateline; "Dr." mid-sentence before a quote's "?"; "State Sen. ..., R-Millbreck,"
before a surname cue; "at 3 a.m." ending a sentence inside a quote; "Corporation Ltd. (BURCL)"
mid-sentence; "“Now they say 2029?" inside a quote with no attribution; "Rt. Hon." mid-sentence;
"Dr." before "told journalists"; "Hon. (Mrs.)" before "“How do you scrutinise N412bn overnight?” she
asked."; "at 9am" and "the Bureau of Meteorology said." before a new sentence; a quote split over
two sentences with the attribution at the end; "Pty Ltd." before an ABN line; "Dr." with two "He
said"; a quote ending in a question; "Sept. 14 at 7 p.m." before "Trustees"; a quote split before
"Ramokgadi said"; "(Pty) Ltd." before "Reg. No. ..."; "BL" and "Mr"; a two-sentence caption; "wrote
in a note" before "She said"; "Ltd." before "Co. Regn. No. ..." and that before "All rights
reserved."; a nested "‘when will it go again?’" mid-sentence; a quote with "“Should I be selling the
house?" and "Probably not."; a nested quote ending "’”" before "said"; "“Who else would I want
taking that shot?” Alcantara-Buenviaje said"; "Atty." mid-sentence; "“Where are the birds?” she
asked." before its continuation; and "Ltd." before "Registered in Scotland No. ...": what a reviewer
wants, not what the engine does.

Written from scratch for issue 13 in round forty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole with `cat`; `/tmp/brief`
was not listed); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole
with `ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source segment
printed by an `ast` script of my own, that function only) and the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` range from `[tool.ruff` to the next other table), in one command; then the
output of a script of my own using `ast` that prints the module docstring, `STYLES`, the first two
pages of `ARTICLES` and the first eight `CASES` of `labelled_new123.py` and `labelled_new124.py`
(and the import line of each). The tool cut the middle of that output, so it was saved to a scratch
file, of which `grep -n` showed the section markers and `sed` showed four ranges; in all, the
docstrings and `STYLES` of both files, the first page of `labelled_new123.py` and the start of its
second, most of the first page, the second page and the eight cases of `labelled_new124.py` were
seen; the rest of the second page and the cases of `labelled_new123.py` and about fifteen lines of
the first page of `labelled_new124.py` were not. No other page, case or docstring of any file under
`tests/` was read. `/tmp/sets` was listed once (`ls -d` and the first names of a listing, which
showed none). What was run: Python one-liners printing the calendars of April to September 2027 (to
check weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker,
cue and text separated by a tilde, one line a sentence, a leading "+" continuing the paragraph, case
marks naming a first sentence and a length) into the literals below, apply renames, count sentences,
flags and speakers and cut the split cases out of the pages; case-insensitive substring file counts
(`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of three letters or
more and every part of a hyphenated word of the pages (804 words, then the 68 new words after the
renames), and for about 80 candidate replacements; an import of this file by path with
`labelled_articles.build` on every page and a check of the flags, the text at each label's offsets,
no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids,
every case text in a built page and equal to its sentences joined by single spaces, and the counts
above; and `ruff format` and `ruff check` with the project's `pyproject.toml` as config, the check
through `--stdin-filename tests/text/labelled_heldout83.py` so that the per-file ignores for
`tests/**` apply. The project has no `.venv`, so ruff (0.17.6) was installed with pip into a virtual
environment of my own in the scratch folder. Only counts were read from the word searches, never the
matched lines or file names. Of the first draft's coined words, about forty hit more than two files
and were renamed: outlets (Deccan, Southerly, Meridian, Thistle, Kahu), a firm and a research house
(Kallang, Anson Road), places and schools (Dunmore, Wickham, Sturgeon), a Singaporean surname (Seah)
and a byline surname (Toh), and surnames or parts of double-barrelled surnames (Bashir, Dacanay,
Farrant, Ngata, Ferrabee, Baird, Lennie, Mowbray, Ashe, Mokoena, Ferreira, Ndlela, Doyle, Holloway,
Pryor, Dowd, Halloran, Rannoch, Gair, Lawal, Rourke, Pryce, Moran, Bryce, Harte, Vale, Cruz,
Okonkwo, Santiago, Ocampo, Dizon) and a given name (Deshawn); only replacements with at most two
hits were kept. What still hits is real countries, regions, cities, towns, suburbs, roads and rivers
(Ohio, Columbus, Hyderabad, Telangana, Mumbai, Ilorin, Kwara, Kempsey, Hastings, Napier, Hawke's
Bay, Ekurhuleni, Gauteng, Cork, Limerick, Jurong, Johor, Vietnam, Quezon, Bicol, Negros, Clark,
Leith, Dundee, Smoky Cape, Hunter and the like), common given names kept on purpose (Tamsin,
Pauline, Desmond, Annika, Renata, Gordon, Leona, Carla, Dana, Kayleigh, Rahul, Adebayo, Halima,
Ibrahim, Musa, Folasade, Merrin, Warrick, Kieran, Jackson, Marguerite, Owen, Harjit, Colleen,
Rhonda, Brennan, Mpho, Thandiwe, Sibusiso, Lerato, Úna, Ronan, Fionnuala, Cathal, Declan, Bríd,
Dara, Benedict, Nurul, Clarissa, Kiri, Graham, Priyanka, Dominic, Jerome, Enzo, Rodel, Ferdinand,
Noel, Isla, Alasdair, Elspeth, Agnes, Catriona, Colin, Morven), short common surnames (Wee, Lim,
Ling, Wei, Kok), and ordinary, outlet and title words and tokens (Advertiser, Chronicle, Courier,
Tribune, Record, Post, Hawks, Garda, Atty, Cllr, MLA, MMC, SAPS, DAC, Pty, Pvt, Regn, IPSO and the
like).

Every person, outlet, firm, hospital, corporation, contractor, network of civil society groups,
research house, institute, journal, school division, school, credit union, league, team, arena,
gallery, artist and figure is invented. Real countries, regions, cities and institutions appear only
as settings, with invented statements and figures: the Ohio Department of Health, State Route 7; the
Old Mumbai Highway and the Centre; the Kwara State House of Assembly; the Bureau of Meteorology, the
NSW SES, the state's Department of Education and the Pacific Highway; the City of Ekurhuleni, the
Germiston Magistrate's Court, the Second-Hand Goods Act and Parliament; Cork Circuit Criminal Court,
the Central Bank, the Dáil and gardaí; the Singapore Exchange; Renfrewshire Council, the Scottish
Government and the Independent Press Standards Organisation; and Facebook, X, WhatsApp, LinkedIn,
Viber and Telegram (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, tagline, strip, menu, section path, byline, role, date line, share
line, caption, credit, link, list item, number, appeal, note, form label and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". As in the recent sets: furniture "B" line by line, whatever it says; a caption by its
content and its credit "B"; headlines and standfirsts never split and flagged by content, a
standfirst's "says", "say" or "warn" carrying the speaker the story names as first given; a dateline
belongs to its lead sentence; a speaker is the full name as first given without titles, ranks, roles
or post-nominals ("Council leader Cllr", "Dr.", "State Sen." with "R-Millbreck", "Hospital
spokeswoman", "Municipal Administration Minister", "Opposition MLA", "Hon. (Mrs.)", "Hon.", "Mr",
"Captain", "Emergency Services Minister", "NSW SES Assistant Commissioner", "Board chair",
"Superintendent Dr.", "Trustee", "Judge", "Det Garda", "SC", "BL", "Chief executive", "Chief
financial officer", "Lead author Dr", "Co-author Professor", "PLB Commissioner Atty.", "Hawks coach"
dropped; initials kept); a pronoun, a later surname, "Mr"/"Ms" with a surname, "the judge" or "the
detective" resolves to it; an organisation, group or document is kept as written ("the council",
"the hospital", "the company", "The league", "Traffic police", "police", "Police", "The regional
council", "a report to cabinet", "Ohio Department of Health data", "industry data"), while a later
short name or "It" resolves to the organisation as first given ("BURCL said in a statement" ->
"Bhagyanagar Urban Rail Corporation Ltd.", "It said" -> "Frostbay Cold Chain Holdings" or "The City
of Ekurhuleni"); a descriptor before a proper name is dropped ("The council's waste contractor,
Carrowmere Environmental," -> "Carrowmere Environmental", "Mainboard-listed logistics firm ..."); a
quote over several sentences carries its speaker and cue in each; a named person acting without a
verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* Verbs that report without "say" are cues carrying their subject: "announced" (a hospital's
  closure, "W"), "reported" (a company's results, "W"), "demanded" and "described ... as" (an MLA's
  demand and a leader's jibe, ""), "welcomed the arrests" (""), "Police have asked anyone with
  information ..." (an appeal, cue "asked", ""), "The council hopes ..." (cue "hopes", "W" because
  it states a past visitor count) and "kept their “hold” rating ..., saying ..." (cue "saying", "").
* "the statement said" after "In a statement, the Chief Press Secretary to the Governor, Mr ...,
  said" carries that person, the statement's author.
* A quote continued after "“...?” she asked." carries the cue "asked" in its next sentence.
* "The judge imposed a sentence ..." is the judge acting, with no speaker ("W"); "the accused said"
  in a letter carries the accused by name ("").
* A caption of two sentences is split; its second sentence, a checkable fact ("The company runs 11
  cold stores in Singapore and Malaysia."), is "W".
* A Chinese-order name is kept whole ("Benedict Ngiam Kok Leong") and "Mr Ngiam" resolves to it.
* An acknowledgement of country, an emergency-number notice and a newsletter form's field label and
  button ("Email address", "Subscribe") are "B", like other page furniture.
* A box score's title ("The Scores:") is "B"; its team lines and the quarter scores are "" data.

Check-worthiness as in the recent sets: statements of record by officials, courts, documents and
data, figures, dates and first-person records ("I spend two hours a day in an auto and a bus",
"We've been here 22 years and we've never had to leave before", "I was born there, and both my boys
were born there") are "W"; opinions, feelings, colour, rhetorical questions, refusals, appeals,
advice, plans, promises, forecasts and schedules (a full-council vote, a public meeting, trial runs
"expected", a river's expected peak, a family meeting, a finals tip-off, opening hours) are "".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'English REGIONAL DAILY\'s local government page (a Midlands-style borough), a council cabinet moves grey-bin collections to every three weeks to close a £6.2m gap: masthead in capitals, sign-in/jobs strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Residents\' groups warn ..." carrying the groups, a warning ""; byline, a Local Democracy Reporter role line, a time-and-date line with "Updated", share strip; caption "" and image credit; the decision, the savings package and "the council said" "W"; the council leader with "Council leader Cllr" dropped (grant and spending figures "W", "She said" "W", a quote over three sentences ""), an audit "W"; Advertisement; the opposition leader named before a relative clause (a neighbouring council\'s reversal and fly-tipping "W", a quote ""); "Cllr Threlfall said" resolving to the leader and a trailing "she said" "W"; a recycling-centre cut "W"; Read more link; "According to a report to cabinet" "W" and "The report says" a plan ""; a resident named after her quote (a three-sentence quote "", her bin full "W"); a contractor with its descriptor dropped (a promise ""); a full-council vote date ""; a tip line in two sentences, a numbered Most Read list (numbers and headlines "B"), newsletter lines, a comment count, copyright split at "Ltd." before "All rights reserved.", footer links',
    'United States LOCAL NEWSPAPER\'s health page (Ohio), a rural hospital stops delivering babies: masthead in capitals, a 99¢ subscribe strip, menu with pipes, section label; headline of record "W"; byline, outlet line, a Published/Updated line with "p.m. ET" and "a.m. ET", share strip; caption "" and a slash credit; "MILLBRECK, Ohio —" lead with "the hospital announced" kept as written "W" and births with no speaker "W"; the president and CEO after "The hospital\'s president and CEO," (losses "W", a feeling with a number "", a staffing record inside the quote "W"), "Whitsell-Amory said" the emergency department "W"; travel distances with no speaker "W"; ADVERTISEMENT; "according to Ohio Department of Health data" "W"; an obstetrician with "Dr." dropped ("W", "Brattwick said" an opinion "", a question in the quote with no attribution ""); a state senator with "State Sen." and "R-Millbreck" dropped ("W", "Fenstermaker said" "W"); a hospital spokeswoman "W"; "did not respond to a request for comment" ""; a mother named after her quote (a record "W", "at 3 a.m." ending a sentence inside the quote before "That\'s the plan, I guess.”" ""); "according to the Millhaven Center ..." "W"; redeployed nurses "W"; a public meeting at "6:30 p.m." ""; reporter bio and contact line in two sentences, RELATED list, a subscription appeal in two sentences, copyright split before "All rights reserved.", footer links',
    'Indian DAILY\'s city page (Hyderabad), the Metro\'s airport line delayed by 14 months and ₹1,240 crore over cost: masthead in capitals, ePaper strip, menu with wide spaces, section path with a slash; headline of record "W"; standfirst, a forecast ""; "Staff Reporter", an Updated line with IST, share line; caption "" and "Photo: Special Arrangement"; the lead with the managing director named last after "Managing Director of the ... Corporation Ltd. (BURCL)" with "Ltd." mid-sentence and initials kept ("W", "He said" "W" twice, "..., he said" "W", "Mr. Venkataramanaiah said" a quote ""); a minister with the portfolio dropped and initials kept ("W", a checkable quote "W"); an opposition MLA ("W", "He demanded" "", a quote ""); a commuter named after her quote (a daily record "W", "“Now they say 2029?" and a doubt ""); ADVERTISEMENT and an Also Read link; "According to the corporation\'s annual report" and "The report shows" "W"; "BURCL said in a statement" resolving to the corporation as first given "W" and "the statement said" a forecast ""; a contractor with its descriptor dropped "declined to comment" ""; traffic restrictions "W" and "Traffic police said" "W"; trial runs "expected" ""; a Published line, Related Topics and its tags, COMMENTS label, comment rules in two sentences, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links',
    'Nigerian NEWS SITE\'s politics page (Kwara State), the House of Assembly passes a N412.6bn supplementary budget as the minority walks out: masthead in capitals, date strip, menu with pipes, section label; headline of record "W"; byline with place, date line, share line; caption "" and credit; the passage, a hospital allocation and the vote with "the Speaker, Rt. Hon. ..." mid-sentence, all with no speaker "W"; the Commissioner for Finance with "Dr." dropped ("told journalists" "W", "She said" "W", a promise in a quote ""); the Minority Leader with "Hon. (Mrs.)" dropped ("W", "“How do you scrutinise N412bn overnight?” she asked." as one sentence "" and its continuation with the cue "asked" "", "Ekundayo-Ajiboye said" a plan ""); the Majority Leader with "Hon." dropped ("W", "He described" ""); ADVERTISEMENT; "according to the Kwara Budget Transparency Network, a coalition ..." carrying the network as written "W"; "Its coordinator, ..." ("W", an opinion ""); READ ALSO link; "In a statement, the Chief Press Secretary to the Governor, Mr ..., said" ("W") and "the statement said" carried by him, a promise ""; an economist with "Dr" dropped ("W", an opinion ""); an adjournment of record "W"; Related News list, newsletter block (title, prompt, field label, button), copyright split before "All rights reserved.", footer links',
    'Australian NATIONAL NEWS SITE\'s weather page (New South Wales), an east coast low forces evacuation orders for 1,400 homes: masthead in capitals, a tagline, menu with pipes, section path with ›; headline of record "W"; standfirst, a forecast ""; a double byline, an Updated/first published line with "4.52pm" and "6.05am", share strip; caption "" and credit; evacuation orders "W"; "the Bureau of Meteorology said" a record fall "at 9am" mid-sentence "W" and other totals with no speaker "W"; a senior meteorologist (a forecast "", a quoted warning "", a wind gust "at 2.10am" "W"); the SES assistant commissioner with the rank dropped (rescues "W", a two-sentence quote "" with the attribution at its end, a river forecast ""); Advertisement; "according to the network operator" "W"; "the Department of Education said" "W"; a resident named after her quote ("W" record, continuation ""); an evacuation centre and a road closure "W"; the emergency services minister ("W", a warning ""); a forecast "" and a record "W"; an emergency notice in two sentences, Read next list, newsletter lines, an acknowledgement of country, copyright split at "Pty Ltd." before an ABN line, footer links',
    'Canadian CITY DAILY\'s education page (Manitoba), a school division votes 6-3 to close two elementary schools: masthead in capitals, subscribe strip, menu with wide spaces, section label with a slash; headline of record "W"; standfirst "Parents say ..." carrying parents "W"; "Author of the article:" line, a Published/Last updated/read-time line with bullets, "Join the conversation"; caption "" and a credit in capitals; the vote and capacity "W"; the board chair with "Board chair" dropped ("W", a two-part quote ""); the superintendent with "Superintendent Dr." dropped (savings and repairs "W", a promise ""); a plan with no speaker ""; a dissenting trustee ("W", a quote ""); "Advertisement 3" and "Story continues below"; a parent named after her quote (a three-sentence quote ending in a question ""), "Mazurak said" a date "W"; "A spokesperson for the provincial education department" kept as written "W"; a teachers\' association president ("W", a forecast ""); a meeting "on Sept. 14 at 7 p.m." and a vote in the fall ""; share line, Trending list, a flyer link, comments prompt, copyright split at "Inc." before "All rights reserved.", footer links',
    'South African NEWS SITE\'s crime page (Gauteng), police seize 3.2 tonnes of stolen cable at a scrapyard: masthead in capitals, subscribe strip, menu with wide spaces, section path with a slash; headline of record "W"; byline, a Published line, share line; caption "" and a "Supplied/SAPS" credit; the raid with no speaker "W"; the police spokesperson with "Gauteng police spokesperson Captain" dropped (value and a traced outage "W", a two-sentence quote with "Ramokgadi said" at its end ""); charges "W" and "police said" "W"; ADVERTISEMENT; "The City of Ekurhuleni said" and "It said" "W"; the MMC "welcomed the arrests" "", a two-sentence quote "" and "She said" a spending figure "W"; a ward councillor named first ("W"); READ MORE link; a resident named after her quote (colour over three sentences ""); "Ramokgadi said" the investigation "W" and a hedge ""; "Police said" arrests "W"; "Police have asked" an appeal ""; Related Articles list, a tip line in two sentences, a publisher line split at "(Pty) Ltd." before "Reg. No. ...", copyright split before "All rights reserved.", footer links',
    'Irish NATIONAL DAILY\'s crime and law page (Cork), a credit union manager jailed for stealing €412,000: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Judge says ..." carrying the judge ""; byline, a date-time line, share strip; caption "" and photograph credit; the sentence and the plea with "(58)" and "Co Cork" "W", his career "W"; the judge with "Judge" dropped ("Sentencing him on Tuesday, ..., said" "W", "She said" an opinion ""); "The judge imposed" a sentence with no speaker "W"; a detective garda with "Det Garda" dropped ("told the court" "W", "He said" "W", "the detective said" "W", "Det Garda Kealey-Brosnahan said" "W"); prosecuting counsel with "SC" dropped ("W", "She said" "W"); defence counsel with "BL" dropped ("W", "He said" with a quoted fragment and a sale "W"); "the accused said" in a letter ""; Advertisement; the chairwoman\'s victim impact statement ("W", a quote ""); "The Central Bank said in a statement" "W"; assets with no speaker "W"; "Judge Tarrantmore said" remorse "" and "the judge said" a two-sentence quote ""; custody "W"; More from list, newsletter lines, copyright with "DAC", footer links',
    'Singapore NEWS SITE\'s business page, a cold-chain logistics group\'s half-year profit falls 22%: masthead in capitals, subscribe strip, menu with pipes, section path with ›; headline of record "W"; byline, role, Updated and Published lines, share strip; a two-sentence caption ("" then a fact "W") and a credit in capitals; "SINGAPORE –" lead with "reported" carrying the group with its descriptor dropped "W"; "the company said in a filing" kept as written "W", revenue and a loss with no speaker "W", "It said" resolving to the group "W"; a dividend "W"; the chief executive with a Chinese name ("W", a quote "", "Mr Ngiam said" "W", "Asked whether ..., Mr Ngiam said:" a quote ""); the chief financial officer ("W", "She said" an expectation with a fact "W"); ADVERTISEMENT and READ MORE link; an analyst "wrote in a note" "W" and "She said" a forecast ""; the share price "W" and year-to-date fall "W"; "Analysts at ... Research kept ..., saying" ""; "according to industry data" "W"; customers "W"; a Telegram line, a reporter bio, TOPICS and tags, copyright split at "Ltd." before "Co. Regn. No. ..." and "All rights reserved.", footer links',
    'New Zealand NEWS SITE\'s science page (Hawke\'s Bay), scientists find a 14km fault under Hastings: masthead in capitals, a tagline, menu with pipes, section label; headline of record "W"; standfirst "..., researchers say, ..." carrying the researchers, a hedge ""; byline, role, a time-and-date line, share line; caption "" and an institute credit; the study and the fault "W"; the lead author with "Lead author Dr" dropped (method and history "W", a quote with a nested question "‘when will it go again?’" mid-sentence "", its continuation "", "Dr Ratahi-Sloane said" a plan ""), a survey cost with no speaker "W"; "According to the study" and "The study estimates" "W"; the co-author with "Professor" dropped (a framing "", a hazard zone "W"); "The regional council said" "W"; Advertisement; the civil defence controller with its descriptor dropped (advice ""); a resident named after her quote (four sentences with a question ""); an insurance spokesperson (a forecast ""); funding "W"; a journal reference as one "B" sentence, Related stories list, a supporter appeal in two sentences, copyright, footer links',
    'Philippine NEWS SITE\'s sports page (basketball), a provincial team wins Game 5 to reach its first league finals: masthead in capitals, subscribe strip, menu with pipes, section label with a slash; headline of record "W"; byline, a date-time line, share line; caption "" and a dash credit in capitals; "MANILA, Philippines —" lead and game records with no speaker "W" (points, a run "with 9:14 left" and "with 2:05 remaining"); the winning coach named after a quote holding a nested quote ending "’”" ("", and two more sentences ""), "Manalastas said" a run of wins "W"; the star player with "“Who else would I want taking that shot?” Alcantara-Buenviaje said" as one sentence "", "He said" an injury "W" and a vow ""; the losing coach ("W" twice); the league commissioner with "PLB Commissioner Atty." dropped ("W", a jibe ""); ADVERTISEMENT; "The league said" attendance "W"; the finals "at 7 p.m." ""; "The Scores:" title "B" and box-score lines "" data; Read Next list, newsletter lines, copyright split at "Corp." before "All rights reserved.", footer links',
    'Scottish NATIONAL DAILY\'s culture page (Renfrewshire), a town gallery reopens after a £31m refurbishment: masthead in capitals, a tagline, menu with pipes, section path with ›; headline of record "W"; standfirst "Director says ..." carrying the director ""; byline, role, a date-time line with BST, share label; caption "" and picture credit; visitors and the building "W"; the director ("W", a two-sentence quote ""); funding "W"; "according to a report to the council\'s leadership board in March" "W"; the council leader ("W", a quote ""); an artist\'s paintings "W"; Advertisement; a visitor named after her quote (colour "" and an exclamation ""); a transition line ""; a critic (a moved collection "W", "“Where are the birds?” she asked." as one sentence "" and its continuation ""); "Ms Garvellan said" a plan "" and a quote ""; opening hours ""; "The council hopes" with a past count "W"; Read more list, newsletter lines, a comments label, a press-standards line, copyright split at "Ltd." before "Registered in Scotland No. ...", footer links',
]

ARTICLES = [
    [
        [
            ("HOLLINSBURY ADVERTISER", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Jobs | Announcements", "", "", "B"),
        ],
        [
            ("News     Sport     What's On     Business     Property     Opinion", "", "", "B"),
        ],
        [
            ("Home › News › Local Government", "", "", "B"),
        ],
        [
            (
                "Grey bins to be emptied every three weeks as Hollinsbury council closes £6.2m gap",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents' groups warn of overflowing streets and a rise in fly-tipping",
                "Residents' groups",
                "warn",
                "",
            ),
        ],
        [
            ("By Tamsin Orrelford", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("14:32, 12 MAY 2027 | Updated 16:05, 12 MAY 2027", "", "", "B"),
        ],
        [
            ("Share     Facebook     X     WhatsApp     Email", "", "", "B"),
        ],
        [
            ("Grey general-waste bins outside homes on Quarry Lane, Hollinsbury.", "", "", ""),
        ],
        [
            ("Image: Keiran Podmore / Advertiser", "", "", "B"),
        ],
        [
            (
                "General-waste bins in Hollinsbury will be emptied every three weeks instead of every fortnight from September, after the borough council's cabinet voted 6-2 on Tuesday night to cut £1.4m from its waste budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The change is one of 38 savings proposals meant to close a £6.2m gap in the council's budget for 2027/28.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Recycling and food waste will still be collected every week, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council leader Cllr Annika Threlfall said the authority's core grant from central government had fallen by 31 per cent in real terms since 2015.",
                "Annika Threlfall",
                "said",
                "W",
            ),
            (
                "She said the council now spent 58p of every pound it raised on adult and children's social care, up from 41p a decade ago.",
                "Annika Threlfall",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody stands for election to make the bins worse,” she said.",
                "Annika Threlfall",
                "said",
                "",
            ),
            (
                "“But the choice in front of us was bins or children's services.",
                "Annika Threlfall",
                "said",
                "",
            ),
            ("I was never going to cut children's services.”", "Annika Threlfall", "said", ""),
        ],
        [
            (
                "She said a waste audit carried out last October found that about 62 per cent of what households put in their grey bins could have been recycled or put in a food caddy.",
                "Annika Threlfall",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cllr Desmond Kettleborough, who leads the opposition Residents' Alliance group, said neighbouring Ashvale District Council had moved to three-weekly collections in 2022 and scrapped them 18 months later.",
                "Desmond Kettleborough",
                "said",
                "W",
            ),
            (
                "He said reports of fly-tipping in Ashvale had risen by 40 per cent in the first year.",
                "Desmond Kettleborough",
                "said",
                "W",
            ),
            (
                "“We are about to repeat somebody else's mistake with our eyes wide open,” he said.",
                "Desmond Kettleborough",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Threlfall said Ashvale had not brought in weekly food waste collections at the same time.",
                "Annika Threlfall",
                "said",
                "W",
            ),
            (
                "Hollinsbury has collected food caddies every week since 2019, she said.",
                "Annika Threlfall",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cabinet also agreed to close the household waste recycling centre on Stonebridge Road on Mondays and Tuesdays, saving £210,000 a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Read more: Hollinsbury Market Hall to close for 18 months for £9m repairs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "According to a report to cabinet, the council collects 41,300 tonnes of household waste a year and pays £118 for every tonne it sends to landfill.",
                "a report to cabinet",
                "according to",
                "W",
            ),
            (
                "The report says households of five or more people will be able to ask for a larger 240-litre bin free of charge.",
                "The report",
                "says",
                "",
            ),
        ],
        [
            (
                "“We've got a baby in nappies and my dad lives with us,” said Pauline Cheverall, 38, a care worker who lives on Quarry Lane with her partner and four others.",
                "Pauline Cheverall",
                "said",
                "",
            ),
            ("“Three weeks in August is going to be grim.", "Pauline Cheverall", "said", ""),
            ("I'd like to see a councillor live with it.”", "Pauline Cheverall", "said", ""),
        ],
        [
            (
                "She said the family's grey bin was already full by the end of the second week.",
                "Pauline Cheverall",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council's waste contractor, Carrowmere Environmental, said no jobs would be lost because crews would be moved to garden waste rounds.",
                "Carrowmere Environmental",
                "said",
                "",
            ),
        ],
        [
            (
                "The cabinet's decision will go to full council, which votes on the budget on May 26.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Do you have a story for us?", "", "", "B"),
            ("Email newsdesk@hollinsburyadvertiser.co.uk or call 01632 960 418.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Man, 24, charged after crash on Hollinsbury ring road", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Plans for 320 homes at former Stonebridge brickworks approved", "", "", "B"),
        ],
        [
            ("3", "", "", "B"),
        ],
        [
            ("Hollinsbury Town reach play-off final after penalty shootout", "", "", "B"),
        ],
        [
            ("Sign up to our daily newsletter", "", "", "B"),
        ],
        [
            ("The biggest Hollinsbury stories, straight to your inbox every morning.", "", "", "B"),
        ],
        [
            ("Comments (47)", "", "", "B"),
        ],
        [
            ("© 2027 Hollinsbury Advertiser Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Terms | Privacy notice | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("THE OSWELL VALLEY RECORD", "", "", "B"),
        ],
        [
            ("Subscribe: 99¢ for 3 months | Log in", "", "", "B"),
        ],
        [
            ("News | Local | Health | Sports | Obituaries | Opinion | e-Edition", "", "", "B"),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            (
                "Tullock County hospital to stop delivering babies June 30, leaving nearest maternity unit 38 miles away",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Renata Osgoodby", "", "", "B"),
        ],
        [
            ("The Oswell Valley Record", "", "", "B"),
        ],
        [
            (
                "Published 5:12 p.m. ET June 3, 2027 | Updated 9:40 a.m. ET June 4, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share     Facebook     X     Email     Print", "", "", "B"),
        ],
        [
            (
                "The entrance to the birthing center at Millbreck Regional Medical Center in Millbreck, Ohio.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Renata Osgoodby/The Oswell Valley Record", "", "", "B"),
        ],
        [
            (
                "MILLBRECK, Ohio — Millbreck Regional Medical Center will stop delivering babies on June 30, the hospital announced Thursday, ending 71 years of births in Tullock County.",
                "the hospital",
                "announced",
                "W",
            ),
            (
                "Its birthing center delivered 212 babies last year, down from 390 in 2017.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital's president and CEO, Gordon Whitsell-Amory, said the unit lost $3.1 million in 2026 and could no longer find enough nurses to staff it around the clock.",
                "Gordon Whitsell-Amory",
                "said",
                "W",
            ),
            (
                "“This is the hardest decision I've made in 14 years here,” he said.",
                "Gordon Whitsell-Amory",
                "said",
                "",
            ),
            (
                "“Four of our nine labor and delivery nurses have left since January, and we have not been able to replace a single one.”",
                "Gordon Whitsell-Amory",
                "said",
                "W",
            ),
        ],
        [
            (
                "Whitsell-Amory said the emergency department, which treated 18,400 patients last year, would stay open around the clock and could still handle emergency deliveries.",
                "Gordon Whitsell-Amory",
                "said",
                "W",
            ),
        ],
        [
            (
                "Expectant mothers in the county will now have to travel to Halverson Memorial Hospital in Ketteridge Falls, 38 miles north on State Route 7, or to Columbus, about an hour and 20 minutes away.",
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
                "Tullock County recorded 486 births in 2026, according to Ohio Department of Health data, and about 14% of mothers received no prenatal care in the first trimester.",
                "Ohio Department of Health data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Leona Brattwick, an obstetrician who has delivered babies at the hospital since 2009, said she had delivered three babies in cars in the ambulance bay since 2020.",
                "Leona Brattwick",
                "said",
                "W",
            ),
            (
                "“Thirty-eight miles on Route 7 in February is not a drive, it's a gamble,” Brattwick said.",
                "Leona Brattwick",
                "said",
                "",
            ),
            (
                "“What happens to a woman in Sayler Township when the snowplows haven't come through?”",
                "Leona Brattwick",
                "said",
                "",
            ),
        ],
        [
            (
                "State Sen. Carla Fenstermaker, R-Millbreck, said she had asked the Ohio Department of Health on Friday to review whether the closure met the state's notice rules, which require 90 days' warning.",
                "Carla Fenstermaker",
                "said",
                "W",
            ),
            (
                "Fenstermaker said the hospital had given 27 days' notice.",
                "Carla Fenstermaker",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hospital spokeswoman Dana Ruskmere said the 90-day rule applied to closing a whole hospital, not a single unit, and the hospital had informed the state on May 28.",
                "Dana Ruskmere",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ohio Department of Health did not respond to a request for comment Friday.",
                "The Ohio Department of Health",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "“I was born there, and both my boys were born there,” said Kayleigh Dornbusch, 29, of Sayler Township, who is due in August.",
                "Kayleigh Dornbusch",
                "said",
                "W",
            ),
            (
                "“Now I'm supposed to have a bag packed and a plan for who watches the boys at 3 a.m.",
                "Kayleigh Dornbusch",
                "said",
                "",
            ),
            ("That's the plan, I guess.”", "Kayleigh Dornbusch", "said", ""),
        ],
        [
            (
                "At least 19 rural hospitals in Ohio have closed or stopped delivering babies since 2015, according to the Millhaven Center for Rural Health Policy.",
                "the Millhaven Center for Rural Health Policy",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Whitsell-Amory said the unit's five remaining nurses had been offered jobs elsewhere in the hospital.",
                "Gordon Whitsell-Amory",
                "said",
                "W",
            ),
        ],
        [
            (
                "A public meeting on the closure is scheduled for 6:30 p.m. June 15 at the Millbreck Public Library.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Renata Osgoodby covers health for The Oswell Valley Record.", "", "", "B"),
            ("Reach her at rosgoodby@ovrecord.com or 740-555-0163.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Halverson Memorial adds 6 beds as births climb", "", "", "B"),
        ],
        [
            ("Tullock County commissioners put ambulance levy on November ballot", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for just 99¢ for 3 months.", "", "", "B"),
        ],
        [
            ("© 2027 The Oswell Valley Record.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Service | Privacy Policy | Your Privacy Choices | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE GODAVARI COURIER", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "Home     India     Cities     Business     Sport     Opinion     Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cities / Hyderabad", "", "", "B"),
        ],
        [
            ("Metro's airport line delayed by 14 months, cost up by ₹1,240 crore", "", "", "W"),
        ],
        [
            ("Commuters on the Gachibowli stretch will have to wait until 2029", "", "", ""),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Hyderabad, Updated: June 8, 2027 22:14 IST", "", "", "B"),
        ],
        [
            ("Share     Tweet     WhatsApp     Copy link", "", "", "B"),
        ],
        [
            ("Pillars of the elevated airport corridor near Raidurg in Hyderabad.", "", "", ""),
        ],
        [
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "The 31-km elevated Metro line from Raidurg to the airport will open in August 2029, not June 2028 as planned, and will cost ₹7,640 crore instead of ₹6,400 crore, Managing Director of the Bhagyanagar Urban Rail Corporation Ltd. (BURCL) K. Venkataramanaiah said on Tuesday.",
                "K. Venkataramanaiah",
                "said",
                "W",
            ),
            (
                "He said land acquisition for two stations, at Narsingi and Kokapet, had taken 19 months longer than expected.",
                "K. Venkataramanaiah",
                "said",
                "W",
            ),
            (
                "He said 1,430 workers were now on site, up from 900 in January.",
                "K. Venkataramanaiah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Steel prices had risen by 23% since the contracts were awarded in 2025, he said.",
                "K. Venkataramanaiah",
                "said",
                "W",
            ),
            (
                "“We will not open a line that is not safe to open, whatever the pressure,” Mr. Venkataramanaiah said at a press conference at the corporation's office in Begumpet.",
                "K. Venkataramanaiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Municipal Administration Minister P. Sridhar Goud said the State government had released ₹1,150 crore of its ₹2,300 crore share so far.",
                "P. Sridhar Goud",
                "said",
                "W",
            ),
            (
                "“The Centre has not released a single rupee of its share this year,” he said.",
                "P. Sridhar Goud",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition MLA Rahul Meduri said the project's cost had now risen by 41% since it was first approved in 2023 at ₹5,420 crore.",
                "Rahul Meduri",
                "said",
                "W",
            ),
            ("He demanded a white paper on the project.", "Rahul Meduri", "demanded", ""),
            (
                "“The people of Hyderabad deserve to know who is responsible for this,” he said.",
                "Rahul Meduri",
                "said",
                "",
            ),
        ],
        [
            (
                "“I spend two hours a day in an auto and a bus to get to Shamshabad,” said Sravani Kothapalli, a ground staff employee at the airport.",
                "Sravani Kothapalli",
                "said",
                "W",
            ),
            ("“Now they say 2029?", "Sravani Kothapalli", "said", ""),
            ("I will believe it when I see a train.”", "Sravani Kothapalli", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Also Read | City Metro ridership crosses 6 lakh a day for the first time",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "According to the corporation's annual report for 2026-27, only 38% of the viaduct work had been completed by March 31.",
                "the corporation's annual report for 2026-27",
                "according to",
                "W",
            ),
            (
                "The report shows the corporation paid ₹46 crore in compensation to 212 landowners in Narsingi last year.",
                "The report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "BURCL said in a statement that the number of stations on the line had been increased from nine to 11 after requests from residents of Kokapet and Gandipet.",
                "Bhagyanagar Urban Rail Corporation Ltd.",
                "said in a statement",
                "W",
            ),
            (
                "“The additional stations will add about 22,000 daily riders by 2031,” the statement said.",
                "Bhagyanagar Urban Rail Corporation Ltd.",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "The civil contractor, Tungabhadra Infra Projects, declined to comment.",
                "Tungabhadra Infra Projects",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Traffic on the Old Mumbai Highway between Raidurg and Narsingi has been restricted to two lanes in each direction since January 2026 because of the construction.",
                "",
                "",
                "W",
            ),
            (
                "Traffic police said about 9,000 vehicles an hour used the stretch at peak times.",
                "Traffic police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The first section of the line, 9 km from Raidurg to Narsingi, is now expected to open for trial runs in December 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Published - June 08, 2027 10:14 pm IST", "", "", "B"),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Hyderabad / metro rail / public transport / Telangana", "", "", "B"),
        ],
        [
            ("COMMENTS", "", "", "B"),
        ],
        [
            ("Comments have to be in English, and in full sentences.", "", "", "B"),
            ("They cannot be abusive or personal.", "", "", "B"),
        ],
        [
            ("Copyright © 2027, Godavari Courier Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Archive | Terms of Use | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("DAYSPRING NEWS", "", "", "B"),
        ],
        [
            ("Wednesday, June 16, 2027", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Metro | Sports | Entertainment | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "Kwara Assembly passes N412.6bn supplementary budget as minority lawmakers walk out",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Adebayo Olumirin, Ilorin", "", "", "B"),
        ],
        [
            ("June 16, 2027", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share on WhatsApp", "", "", "B"),
        ],
        [
            (
                "Members of the Kwara State House of Assembly during plenary in Ilorin on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: DAYSPRING", "", "", "B"),
        ],
        [
            (
                "The Kwara State House of Assembly on Tuesday passed a N412.6bn supplementary appropriation bill for 2027, raising the state's total budget for the year to N1.38tn.",
                "",
                "",
                "W",
            ),
            (
                "The bill also provides N21.3bn to complete the state's new teaching hospital in Ilorin.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill was passed at plenary presided over by the Speaker, Rt. Hon. Abdulganiyu Olaleye-Bamidele, after its third reading, with 16 of the House's 24 members voting in favour.",
                "",
                "",
                "W",
            ),
            (
                "Six members of the minority caucus walked out of the chamber before the vote, while two members were absent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Commissioner for Finance, Dr. Halima Dankaro-Okunlola, told journalists after the sitting that N187bn of the new spending would go to roads, including the 64-kilometre Ilorin–Lafiagi road.",
                "Halima Dankaro-Okunlola",
                "told journalists",
                "W",
            ),
            (
                "She said N58.4bn had been set aside for salary arrears owed to local government workers since 2025.",
                "Halima Dankaro-Okunlola",
                "said",
                "W",
            ),
            (
                "“Every naira in this bill has a project attached to it, and every project will be published on the ministry's website,” she said.",
                "Halima Dankaro-Okunlola",
                "said",
                "",
            ),
        ],
        [
            (
                "The Minority Leader, Hon. (Mrs.) Folasade Ekundayo-Ajiboye, said members received copies of the 214-page bill on Monday evening, less than 24 hours before it was passed.",
                "Folasade Ekundayo-Ajiboye",
                "said",
                "W",
            ),
            (
                "“How do you scrutinise N412bn overnight?” she asked.",
                "Folasade Ekundayo-Ajiboye",
                "asked",
                "",
            ),
            (
                "“We were not going to lend our names to that.”",
                "Folasade Ekundayo-Ajiboye",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ekundayo-Ajiboye said the minority caucus would write to the governor asking him not to sign the bill.",
                "Folasade Ekundayo-Ajiboye",
                "said",
                "",
            ),
        ],
        [
            (
                "But the Majority Leader, Hon. Musa Tijani Agboluaje, said the bill had been before the House Committee on Finance and Appropriation for two weeks and its chairman had briefed all members on June 9.",
                "Musa Tijani Agboluaje",
                "said",
                "W",
            ),
            (
                "He described the walkout as “theatre for the cameras”.",
                "Musa Tijani Agboluaje",
                "described",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The state's 2027 budget was N968bn when it was signed in January, according to the Kwara Budget Transparency Network, a coalition of 31 civil society groups in the state.",
                "the Kwara Budget Transparency Network",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Its coordinator, Ibrahim Oyewusi-Danladi, said only 41 per cent of the capital budget for 2026 had been released by the end of the year.",
                "Ibrahim Oyewusi-Danladi",
                "said",
                "W",
            ),
            (
                "“A supplementary budget should come after you have spent the first one, not before,” he said.",
                "Ibrahim Oyewusi-Danladi",
                "said",
                "",
            ),
        ],
        [
            ("READ ALSO: Kwara LG workers threaten strike over N58bn salary arrears", "", "", "B"),
        ],
        [
            (
                "In a statement, the Chief Press Secretary to the Governor, Mr Bolaji Adegbemiro, said the supplementary budget was needed because federal allocations to the state rose by 37 per cent in the first five months of the year.",
                "Bolaji Adegbemiro",
                "said",
                "W",
            ),
            (
                "“The governor will sign the bill into law this week,” the statement said.",
                "Bolaji Adegbemiro",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "An Ilorin-based economist, Dr Taiwo Ajibade-Ogunmola, said the state would spend about N94bn servicing its debts this year, more than it plans to spend on health.",
                "Taiwo Ajibade-Ogunmola",
                "said",
                "W",
            ),
            (
                "He said the government's promise to publish every project was “a good start, if they keep it”.",
                "Taiwo Ajibade-Ogunmola",
                "said",
                "",
            ),
        ],
        [
            ("The House adjourned plenary to June 22.", "", "", "W"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Kwara: Assembly confirms four new commissioners", "", "", "B"),
        ],
        [
            ("Ilorin–Lafiagi road: contractor returns to site after eight months", "", "", "B"),
        ],
        [
            ("Subscribe to our newsletter", "", "", "B"),
        ],
        [
            (
                "Enter your email address to get the latest news straight to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Email address", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Dayspring News.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise | Contact | Privacy Policy | Disclaimer", "", "", "B"),
        ],
    ],
    [
        [
            ("BRIGALOW", "", "", "B"),
        ],
        [
            ("Australia's independent news", "", "", "B"),
        ],
        [
            ("Home | News | Weather | Politics | Business | Sport | Lifestyle", "", "", "B"),
        ],
        [
            ("News › Weather", "", "", "B"),
        ],
        [
            (
                "Evacuation orders for 1,400 homes as east coast low dumps 184mm on NSW Mid North Coast",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More heavy rain and damaging winds are forecast through Friday, with the Macleay River expected to peak overnight",
                "",
                "",
                "",
            ),
        ],
        [
            ("Jackson Wedderburn-Tyack and Aleisha Trounce", "", "", "B"),
        ],
        [
            ("Updated June 17, 2027 — 4.52pm, first published at 6.05am", "", "", "B"),
        ],
        [
            ("Share     Save     Comment", "", "", "B"),
        ],
        [
            ("Floodwater covers a road near Frederickton on Thursday morning.", "", "", ""),
        ],
        [
            ("Picture: NSW SES", "", "", "B"),
        ],
        [
            (
                "Evacuation orders have been issued for about 1,400 homes in low-lying parts of the Macleay Valley after an east coast low dropped more than 180mm of rain on the NSW Mid North Coast in 24 hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Smoky Cape recorded 184mm in the 24 hours to 9am on Thursday, its heaviest June fall since 1996, the Bureau of Meteorology said.",
                "the Bureau of Meteorology",
                "said",
                "W",
            ),
            ("Kempsey recorded 97mm and Macksville 131mm in the same period.", "", "", "W"),
            (
                "Bureau senior meteorologist Sharna Delacombe said a further 100mm to 150mm was possible between Port Macquarie and Coffs Harbour before the system moved offshore on Saturday.",
                "Sharna Delacombe",
                "said",
                "",
            ),
        ],
        [
            (
                "“Isolated six-hourly totals of up to 200mm can't be ruled out, and that's the kind of rain that brings flash flooding with very little warning,” she said.",
                "Sharna Delacombe",
                "said",
                "",
            ),
            (
                "She said a wind gust of 107km/h was recorded at Coffs Harbour Airport at 2.10am.",
                "Sharna Delacombe",
                "said",
                "W",
            ),
        ],
        [
            (
                "NSW SES Assistant Commissioner Warrick Pennefather said crews had carried out 63 flood rescues since Wednesday night, most of them of people who drove into floodwater.",
                "Warrick Pennefather",
                "said",
                "W",
            ),
        ],
        [
            ("“If it's flooded, forget it.", "Warrick Pennefather", "said", ""),
            ("I can't put it any plainer than that,” he said.", "Warrick Pennefather", "said", ""),
        ],
        [
            (
                "He said the Macleay River at Kempsey was expected to peak at about 6.8 metres early on Friday, above the major flood level.",
                "Warrick Pennefather",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "About 9,800 homes and businesses were without power at 3pm, according to the network operator.",
                "the network operator",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Thirty-one schools were closed on Thursday, the Department of Education said.",
                "the Department of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've been here 22 years and we've never had to leave before,” said Merrin Coutts-Penberthy, who packed her car in East Kempsey at 5am.",
                "Merrin Coutts-Penberthy",
                "said",
                "W",
            ),
            (
                "“The dog's in the back, the photos are in the boot, and the rest is up to the river.”",
                "Merrin Coutts-Penberthy",
                "said",
                "",
            ),
        ],
        [
            (
                "An evacuation centre has opened at the Kempsey Showground, where 214 people had registered by midday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police closed the Pacific Highway between Kempsey and Frederickton at 11am after water crossed the road.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Emergency Services Minister Kieran Pellingworth said disaster assistance had been activated for the Kempsey, Nambucca and Port Macquarie-Hastings local government areas.",
                "Kieran Pellingworth",
                "said",
                "W",
            ),
            (
                "“Nobody should be out on those roads tonight unless they have to be,” he said.",
                "Kieran Pellingworth",
                "said",
                "",
            ),
        ],
        [
            (
                "The low is forecast to weaken on Saturday, with showers easing by Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("It is the third east coast low to hit the NSW coast this year.", "", "", "W"),
        ],
        [
            ("For emergency help in floods and storms, call the SES.", "", "", "B"),
            ("In a life-threatening emergency, call triple zero.", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Bureau declares La Niña over as winter outlook turns dry for the south", "", "", "B"),
        ],
        [
            ("Insurers brace for wave of claims after Hunter hailstorm", "", "", "B"),
        ],
        [
            ("Get the morning briefing", "", "", "B"),
        ],
        [
            ("Sign up for our free daily newsletter.", "", "", "B"),
        ],
        [
            (
                "Brigalow acknowledges the Traditional Owners of Country throughout Australia.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Brigalow Media Pty Ltd.", "", "", "B"),
            ("ABN 41 820 377 915", "", "", "B"),
        ],
        [
            ("About | Contact | Editorial policies | Privacy | Terms of use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KILDONAN CHRONICLE", "", "", "B"),
        ],
        [
            ("Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "News     Local     Politics     Business     Sports     Arts     Opinion     Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS / EDUCATION", "", "", "B"),
        ],
        [
            ("Birchmoor Plains trustees vote 6-3 to close two elementary schools", "", "", "W"),
        ],
        [
            ("Parents say they were given two months to make their case", "Parents", "say", "W"),
        ],
        [
            ("Author of the article: Brennan Oakhurst-Tindle", "", "", "B"),
        ],
        [
            ("Published Jun 23, 2027  •  Last updated 6 hours ago  •  3 minute read", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            (
                "Parents hold signs outside the Birchmoor Plains School Division office on Tuesday evening.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO BY BRENNAN OAKHURST-TINDLE /Kildonan Chronicle", "", "", "B"),
        ],
        [
            (
                "Trustees of the Birchmoor Plains School Division voted 6-3 on Tuesday night to close Larchmount Park and Larkspur Road elementary schools at the end of June 2028.",
                "",
                "",
                "W",
            ),
            (
                "The two schools have 212 students between them, in buildings with room for 640.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board chair Marguerite Lafrenière-Mackinnis said enrolment across the division had fallen by 11 per cent since 2019, while the cost of heating and repairing older schools had risen by a third.",
                "Marguerite Lafrenière-Mackinnis",
                "said",
                "W",
            ),
            (
                "“None of us ran for this board to close schools,” she said.",
                "Marguerite Lafrenière-Mackinnis",
                "said",
                "",
            ),
            (
                "“But we can't keep paying to heat empty classrooms when we're short of teachers in full ones.”",
                "Marguerite Lafrenière-Mackinnis",
                "said",
                "",
            ),
        ],
        [
            (
                "Superintendent Dr. Owen Brantwell-Makowski said the closures would save about $1.9 million a year, mostly in maintenance and administration.",
                "Owen Brantwell-Makowski",
                "said",
                "W",
            ),
            (
                "He said Larchmount Park, built in 1958, needed $4.3 million in roof and boiler work over the next five years.",
                "Owen Brantwell-Makowski",
                "said",
                "W",
            ),
            (
                "He said no teaching positions would be cut as a result of the closures.",
                "Owen Brantwell-Makowski",
                "said",
                "",
            ),
        ],
        [
            (
                "Students from both schools will move to Cedarbank Elementary, which is to get six new classrooms.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Trustee Harjit Sangwan-Reilly, one of the three who voted against, said the division had received 1,140 submissions during consultation and fewer than 40 supported closing Larkspur Road.",
                "Harjit Sangwan-Reilly",
                "said",
                "W",
            ),
            (
                "“We asked the community what it thought, and then we did the opposite,” he said.",
                "Harjit Sangwan-Reilly",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement 3", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "“My daughter walks four blocks to school now,” said Colleen Mazurak, whose two children attend Larkspur Road.",
                "Colleen Mazurak",
                "said",
                "",
            ),
            (
                "“Next year she'll be on a bus for 35 minutes each way.",
                "Colleen Mazurak",
                "said",
                "",
            ),
            ("Who thinks that's better for a six-year-old?”", "Colleen Mazurak", "said", ""),
        ],
        [
            (
                "Mazurak said parents were first told the schools were under review on April 20, two months before the vote.",
                "Colleen Mazurak",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the provincial education department said school closures were a decision for local boards, and the province had not been asked to review this one.",
                "A spokesperson for the provincial education department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rhonda Kasprick, president of the Birchmoor Plains Teachers' Association, said the average class at Cedarbank already had 24 students.",
                "Rhonda Kasprick",
                "said",
                "W",
            ),
            (
                "“Adding two schools' worth of kids to that building is going to be a squeeze, new classrooms or not,” she said.",
                "Rhonda Kasprick",
                "said",
                "",
            ),
        ],
        [
            (
                "The division will hold a meeting for families at Cedarbank Elementary on Sept. 14 at 7 p.m.",
                "",
                "",
                "",
            ),
            ("Trustees will vote on new catchment boundaries in the fall.", "", "", ""),
        ],
        [
            ("Share this article in your social network", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Birchmoor Plains council approves 2.9% tax increase", "", "", "B"),
        ],
        [
            ("Teen charged after string of break-ins near Kildonan Park", "", "", "B"),
        ],
        [
            ("This Week in Flyers", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be logged in to join the discussion or read more comments.", "", "", "B"),
        ],
        [
            ("© 2027 Kildonan Chronicle, a division of Prairie Lantern Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy | Accessibility | Copyright", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KOPPIE POST", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | Newsletters", "", "", "B"),
        ],
        [
            (
                "News     Crime & Courts     Politics     Business     Sport     Lifestyle     Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Crime & Courts", "", "", "B"),
        ],
        [
            (
                "Five arrested as police seize 3.2 tonnes of stolen cable at Germiston scrapyard",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lindokuhle Mabasa-Verwey", "", "", "B"),
        ],
        [
            ("Published: 25 June 2027 | 13:48", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            (
                "Police officers inspect bundles of copper cable at a scrapyard in Germiston on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Supplied/SAPS", "", "", "B"),
        ],
        [
            (
                "Five men were arrested and about 3.2 tonnes of copper cable were seized during a raid on a scrapyard in Germiston, Ekurhuleni, on Thursday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gauteng police spokesperson Captain Mpho Ramokgadi said the cable, worth an estimated R4.7m, had been cut into short lengths and stripped to hide its markings.",
                "Mpho Ramokgadi",
                "said",
                "W",
            ),
            (
                "He said officers had traced part of it to an underground power line in Katlehong that was stolen on June 19, leaving about 6,000 households without electricity for four days.",
                "Mpho Ramokgadi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“These are not people stealing to feed their families.",
                "Mpho Ramokgadi",
                "said",
                "",
            ),
            (
                "This is organised crime, and the people buying the cable are as guilty as the people cutting it,” Ramokgadi said.",
                "Mpho Ramokgadi",
                "said",
                "",
            ),
        ],
        [
            (
                "The suspects, aged between 24 and 51, are expected to appear in the Germiston Magistrate's Court on Monday on charges of possession of suspected stolen property and contravening the Second-Hand Goods Act.",
                "",
                "",
                "W",
            ),
            ("The scrapyard's owner was among those arrested, police said.", "police", "said", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The City of Ekurhuleni said it had recorded 312 incidents of cable theft and vandalism on its electricity network between January and May, compared with 244 in the same period last year.",
                "The City of Ekurhuleni",
                "said",
                "W",
            ),
            (
                "It said repairs had cost the city R38.5m in the 2026/27 financial year.",
                "The City of Ekurhuleni",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's MMC for energy, Thandiwe Mashigoane-Pienaar, welcomed the arrests.",
                "Thandiwe Mashigoane-Pienaar",
                "welcomed",
                "",
            ),
            (
                "“We are spending money replacing the same cable two and three times.",
                "Thandiwe Mashigoane-Pienaar",
                "said",
                "",
            ),
            (
                "That money should be building new substations,” she said.",
                "Thandiwe Mashigoane-Pienaar",
                "said",
                "",
            ),
            (
                "She said the city had spent R6.2m on replacing cable in Katlehong alone since January.",
                "Thandiwe Mashigoane-Pienaar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sibusiso Mthimkhulu-Maake, ward councillor for part of Katlehong, said residents had formed street patrols after the June 19 outage, when a clinic had to turn away patients because its generator failed.",
                "Sibusiso Mthimkhulu-Maake",
                "said",
                "W",
            ),
        ],
        [
            ("READ MORE: Cable theft costs metros billions a year, Parliament told", "", "", "B"),
        ],
        [
            (
                "“Four days with no power, in June, with children,” said Lerato Modiselle, 41, a mother of three in Katlehong.",
                "Lerato Modiselle",
                "said",
                "",
            ),
            ("“We cooked on a fire in the yard.", "Lerato Modiselle", "said", ""),
            (
                "Then they tell us it was sold to a scrapyard ten kilometres away.”",
                "Lerato Modiselle",
                "said",
                "",
            ),
        ],
        [
            (
                "Ramokgadi said the raid followed a two-month investigation by the provincial organised crime unit, working with the city's private security contractor.",
                "Mpho Ramokgadi",
                "said",
                "W",
            ),
            ("He said more arrests were likely.", "Mpho Ramokgadi", "said", ""),
        ],
        [
            (
                "Police said 14 people had been arrested for cable theft in Ekurhuleni since April.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police have asked anyone with information to contact the Germiston police station.",
                "Police",
                "asked",
                "",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Three held after substation break-in leaves Tembisa in the dark", "", "", "B"),
        ],
        [
            ("Metro police impound 11 bakkies loaded with scrap metal", "", "", "B"),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Send it to us on WhatsApp at 060 412 7793.", "", "", "B"),
        ],
        [
            ("The Koppie Post is published by Koppie Media (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 2014/118842/07.", "", "", "B"),
        ],
        [
            ("© 2027 The Koppie Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About us | Contact | Advertise | Privacy policy | Press Code", "", "", "B"),
        ],
    ],
    [
        [
            ("THE IRISH WAYFARER", "", "", "B"),
        ],
        [
            ("Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "News     Business     Sport     Opinion     Culture     Lifestyle     Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Crime & Law", "", "", "B"),
        ],
        [
            (
                "Former credit union manager jailed for four years for stealing €412,000 from members",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge says breach of trust ‘struck at the heart of a small community’",
                "Úna Tarrantmore",
                "says",
                "",
            ),
        ],
        [
            ("Eilís Carrabine-Ferriter", "", "", "B"),
        ],
        [
            ("Wed Jun 30 2027 - 06:00", "", "", "B"),
        ],
        [
            ("Share     Email     Facebook     X     LinkedIn", "", "", "B"),
        ],
        [
            ("The courthouse on Washington Street, Cork.", "", "", ""),
        ],
        [
            ("Photograph: Dara Mulcahy-Treacy", "", "", "B"),
        ],
        [
            (
                "A former manager of a Co Cork credit union who stole €412,000 from members' accounts over nine years has been jailed for four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Declan Fitzsimons-Cahalane (58), of Glebe View, Ballydarragh, Co Cork, pleaded guilty at Cork Circuit Criminal Court to 46 counts of theft from Ballydarragh and District Credit Union between 2015 and 2024.",
                "",
                "",
                "W",
            ),
            (
                "He had worked at the credit union since 1994 and became its manager in 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sentencing him on Tuesday, Judge Úna Tarrantmore said he had taken money from 73 accounts, many of them belonging to elderly members who rarely checked their statements.",
                "Úna Tarrantmore",
                "said",
                "W",
            ),
            (
                "She said his offending was “a grave breach of trust that struck at the heart of a small community”.",
                "Úna Tarrantmore",
                "said",
                "",
            ),
        ],
        [
            (
                "The judge imposed a sentence of five years and suspended the final 12 months on condition that he pay €60,000 in compensation within two years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Det Garda Ronan Kealey-Brosnahan told the court the thefts came to light in March 2024 when a member in her 80s queried a withdrawal of €9,500 she had not made.",
                "Ronan Kealey-Brosnahan",
                "told the court",
                "W",
            ),
            (
                "He said Mr Fitzsimons-Cahalane had moved money from dormant and rarely used accounts into an account in his late mother's name, and then withdrew it in cash.",
                "Ronan Kealey-Brosnahan",
                "said",
                "W",
            ),
            (
                "About €290,000 was spent on online gambling, the detective said.",
                "Ronan Kealey-Brosnahan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Det Garda Kealey-Brosnahan said gardaí had examined more than 11,000 transactions in the course of the investigation.",
                "Ronan Kealey-Brosnahan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fionnuala Dervan SC, prosecuting, said the credit union had repaid all 73 members in full from its own reserves and its insurance.",
                "Fionnuala Dervan",
                "said",
                "W",
            ),
            (
                "She said its board had since brought in a rule that no single employee could approve a transfer from a dormant account.",
                "Fionnuala Dervan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cathal Breheny-Vaughan BL, defending, said his client had no previous convictions and had been treated for a gambling addiction since 2024.",
                "Cathal Breheny-Vaughan",
                "said",
                "W",
            ),
            (
                "He said Mr Fitzsimons-Cahalane was “utterly ashamed” and had sold the family home to raise the €60,000 for the members.",
                "Cathal Breheny-Vaughan",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter handed to the judge, the accused said he had “betrayed people who trusted me with everything they had”.",
                "Declan Fitzsimons-Cahalane",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The credit union's chairwoman, Bríd Mulvanerty, said in a victim impact statement that membership had fallen from 4,100 to 3,500 since the thefts became public.",
                "Bríd Mulvanerty",
                "said",
                "W",
            ),
            (
                "“People who had saved with us for 40 years closed their accounts in a week,” she said.",
                "Bríd Mulvanerty",
                "said",
                "",
            ),
        ],
        [
            (
                "The Central Bank said in a statement that it had appointed an inspector to the credit union in 2024 and that the credit union had since strengthened its controls.",
                "The Central Bank",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Ballydarragh and District Credit Union has assets of about €48 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge Tarrantmore said she accepted that his remorse was genuine, and she had taken into account his early plea and the compensation.",
                "Úna Tarrantmore",
                "said",
                "",
            ),
            (
                "“But the members of this credit union were not faceless customers of some large bank,” the judge said.",
                "Úna Tarrantmore",
                "said",
                "",
            ),
            ("“They were his neighbours.”", "Úna Tarrantmore", "said", ""),
        ],
        [
            ("Mr Fitzsimons-Cahalane, who wore a grey suit, was taken into custody.", "", "", "W"),
        ],
        [
            ("More from Crime & Law", "", "", "B"),
        ],
        [
            ("Man (31) charged over Limerick stabbing remanded in custody", "", "", "B"),
        ],
        [
            ("Garda numbers in Cork city lowest since 2009, Dáil told", "", "", "B"),
        ],
        [
            ("Sign up for our Morning Briefing newsletter", "", "", "B"),
        ],
        [
            ("The day's main stories, delivered to your inbox.", "", "", "B"),
        ],
        [
            ("© 2027 The Irish Wayfarer DAC", "", "", "B"),
        ],
        [
            (
                "Contact | Help | Terms & Conditions | Privacy Statement | Cookie Settings",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE MARINA TIMES", "", "", "B"),
        ],
        [
            ("Subscribe | Log in | e-Paper", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Tech | Sport | Life | Opinion", "", "", "B"),
        ],
        [
            ("Business › Companies & Markets", "", "", "B"),
        ],
        [
            (
                "Frostbay Cold Chain's H1 profit falls 22% as power costs and weaker freight rates bite",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Liew Wei Ling", "", "", "B"),
        ],
        [
            ("Correspondent", "", "", "B"),
        ],
        [
            ("Updated Jul 29, 2027, 07:12 PM", "", "", "B"),
        ],
        [
            ("Published Jul 29, 2027, 05:48 PM", "", "", "B"),
        ],
        [
            ("Share     Gift this article", "", "", "B"),
        ],
        [
            ("Frostbay Cold Chain's warehouse in Jurong.", "", "", ""),
            ("The company runs 11 cold stores in Singapore and Malaysia.", "", "", "W"),
        ],
        [
            ("PHOTO: FROSTBAY COLD CHAIN HOLDINGS", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Mainboard-listed logistics firm Frostbay Cold Chain Holdings reported a 22 per cent fall in net profit for the first half of 2027, as higher electricity tariffs and weaker regional freight rates squeezed its margins.",
                "Frostbay Cold Chain Holdings",
                "reported",
                "W",
            ),
        ],
        [
            (
                "Net profit for the six months to June 30 was $31.4 million, down from $40.3 million a year earlier, the company said in a filing to the Singapore Exchange on Thursday.",
                "the company",
                "said in a filing",
                "W",
            ),
            ("Revenue rose 6 per cent to $286.2 million.", "", "", "W"),
            (
                "Its Malaysian business swung to a loss of $1.2 million, from a profit of $2.6 million, after a one-off write-down on a warehouse in Johor.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It said its electricity costs rose by 34 per cent after its fixed-price contracts with power retailers expired in January.",
                "Frostbay Cold Chain Holdings",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of 1.2 cents a share, unchanged from a year ago, payable on Aug 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Benedict Ngiam Kok Leong said at a results briefing that the group had signed a lease for a 14,000 sq m cold store in Binh Duong, Vietnam, which will open in the second quarter of 2028.",
                "Benedict Ngiam Kok Leong",
                "said",
                "W",
            ),
            (
                "“Vietnam is where our customers are going, and we would rather be there a year early than a year late,” he said.",
                "Benedict Ngiam Kok Leong",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ngiam said the group's Singapore warehouses were running at 91 per cent of capacity, against 84 per cent a year ago.",
                "Benedict Ngiam Kok Leong",
                "said",
                "W",
            ),
            (
                "Asked whether the group would consider selling its Jurong warehouse, Mr Ngiam said: “Everything is on the table, but nothing is on the market.”",
                "Benedict Ngiam Kok Leong",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief financial officer Nurul Ashikin Hamzah said the group's net debt stood at $148 million, or 0.9 times equity, at the end of June.",
                "Nurul Ashikin Hamzah",
                "said",
                "W",
            ),
            (
                "She said the group expected electricity costs to stabilise in the second half, as about 60 per cent of its power needs were now covered by a new two-year contract.",
                "Nurul Ashikin Hamzah",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            (
                "Power retailers raise fixed-price plans for business customers by up to 18%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Telok Ayer Securities analyst Clarissa Wee wrote in a note that the results were “below expectations”, and cut her target price for the stock to $0.61 from $0.72.",
                "Clarissa Wee",
                "wrote in a note",
                "W",
            ),
            (
                "She said the Vietnam expansion would not add meaningfully to earnings before 2029.",
                "Clarissa Wee",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares of Frostbay Cold Chain closed down 4.8 per cent at $0.595 on Thursday, before the results were released.",
                "",
                "",
                "W",
            ),
            ("They have fallen 17 per cent so far this year.", "", "", "W"),
        ],
        [
            (
                "Analysts at Boon Tat Research kept their “hold” rating on the stock, saying the dividend looked safe.",
                "Analysts at Boon Tat Research",
                "saying",
                "",
            ),
        ],
        [
            (
                "Average electricity tariffs for businesses in Singapore rose by about 21 per cent in the first half of the year, according to industry data.",
                "industry data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The group counts supermarket chains, pharmaceutical distributors and two of the three largest food delivery platforms in Singapore among its customers.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Join The Marina Times's Telegram channel for the latest business news.", "", "", "B"),
        ],
        [
            (
                "Liew Wei Ling is a correspondent at The Marina Times, covering logistics and property.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TOPICS", "", "", "B"),
        ],
        [
            ("Companies | Logistics | SGX | Earnings", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Marina Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 198402868E.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions | Data Protection Policy | Advertise with us | Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("TAKAHĒ NEWS", "", "", "B"),
        ],
        [
            ("Aotearoa New Zealand", "", "", "B"),
        ],
        [
            (
                "Home | National | Politics | Business | Climate | Science | Sport | Te Ao Māori",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science", "", "", "B"),
        ],
        [
            ("Scientists find 14km fault hidden beneath Hastings", "", "", "W"),
        ],
        [
            (
                "The fault could produce a quake of magnitude 6.8 or larger, researchers say, but they can't say when",
                "researchers",
                "say",
                "",
            ),
        ],
        [
            ("Hōani Pāringatai", "", "", "B"),
        ],
        [
            ("Science reporter", "", "", "B"),
        ],
        [
            ("9:05am Tuesday 13 July 2027", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("A seismic survey truck on Karamū Road, Hastings, in 2026.", "", "", ""),
        ],
        [
            ("Photo: Aorere Institute of Geoscience", "", "", "B"),
        ],
        [
            (
                "A 14-kilometre fault has been found running beneath the city of Hastings, in a study published on Tuesday in the New Zealand Journal of Earth Hazards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fault, which the researchers have named the Karamū Fault, lies between 2km and 6km below the surface and shows no trace at ground level.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Kiri Ratahi-Sloane, a seismologist at the Aorere Institute of Geoscience, said the team found it by sending sound waves into the ground from trucks along 86km of city streets in 2025 and 2026.",
                "Kiri Ratahi-Sloane",
                "said",
                "W",
            ),
            (
                "She said the fault had moved at least three times in the past 12,000 years, most recently about 1,900 years ago.",
                "Kiri Ratahi-Sloane",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The honest answer to ‘when will it go again?’ is that we don't know,” she said.",
                "Kiri Ratahi-Sloane",
                "said",
                "",
            ),
            (
                "“It could be tomorrow, or it could be in a thousand years.”",
                "Kiri Ratahi-Sloane",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Ratahi-Sloane said the team would now drill two boreholes to date the fault's past movements more precisely.",
                "Kiri Ratahi-Sloane",
                "said",
                "",
            ),
            (
                "The survey cost about $380,000 and was carried out mostly at night to avoid traffic.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the study, a rupture of the whole fault could produce an earthquake of magnitude 6.8 to 7.1.",
                "the study",
                "according to",
                "W",
            ),
            (
                "The study estimates the fault slips by about 0.4mm a year on average.",
                "The study",
                "estimates",
                "W",
            ),
        ],
        [
            (
                "Co-author Professor Graham Leckenby said the discovery did not mean Hastings was more dangerous than before, only that the danger was better understood.",
                "Graham Leckenby",
                "said",
                "",
            ),
            (
                "He said the city was already in one of the highest seismic hazard zones in the country under the building code.",
                "Graham Leckenby",
                "said",
                "W",
            ),
        ],
        [
            (
                "The regional council said it would add the fault to its hazard maps by the end of the year and had written to 1,840 property owners whose land sits above it.",
                "The regional council",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The region's civil defence controller, Tāmati Harlowe-Ruanui, said the finding did not change the advice to households.",
                "Tāmati Harlowe-Ruanui",
                "said",
                "",
            ),
            (
                "“Have three days of food and water, know where your family will meet, and drop, cover and hold,” he said.",
                "Tāmati Harlowe-Ruanui",
                "said",
                "",
            ),
        ],
        [
            (
                "“I've lived on Karamū Road for 30 years and this is the first I've heard of it,” said Priyanka Mollinson, a retired teacher.",
                "Priyanka Mollinson",
                "said",
                "",
            ),
            ("“Should I be selling the house?", "Priyanka Mollinson", "said", ""),
            ("Probably not.", "Priyanka Mollinson", "said", ""),
            (
                "But I'll be bolting the bookcase to the wall tonight.”",
                "Priyanka Mollinson",
                "said",
                "",
            ),
        ],
        [
            (
                "An insurance industry spokesperson, Dominic Trevallyn-Hapeta, said premiums were set on national hazard models and would not change overnight.",
                "Dominic Trevallyn-Hapeta",
                "said",
                "",
            ),
        ],
        [
            ("The study was funded by a $1.2 million government research grant.", "", "", "W"),
        ],
        [
            (
                "Journal reference: Ratahi-Sloane K, Leckenby G, et al. A blind thrust beneath Hastings, Hawke's Bay. N Z J Earth Hazards. 2027;9(2):114-131.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            (
                "Napier's art deco buildings need $240m in quake strengthening, report finds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("What is a blind fault, and should you worry about one?", "", "", "B"),
        ],
        [
            ("Takahē News is reader-supported.", "", "", "B"),
            ("Become a supporter from $5 a month.", "", "", "B"),
        ],
        [
            ("© 2027 Takahē Media Limited", "", "", "B"),
        ],
        [
            ("About | Contact | Complaints | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MABUHAY TRIBUNE", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in", "", "", "B"),
        ],
        [
            (
                "News | Nation | Metro | Business | Sports | Entertainment | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SPORTS / Basketball", "", "", "B"),
        ],
        [
            ("Mangrove Hawks down Bulkan in Game 5, reach first PLB finals", "", "", "W"),
        ],
        [
            ("By Raffy Dimasalang-Cuevas", "", "", "B"),
        ],
        [
            ("June 27, 2027, 11:47 PM", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Viber | Email", "", "", "B"),
        ],
        [
            (
                "Quezon's Jerome Alcantara-Buenviaje drives past Bicol's Rodel Pacquing in Game 5 of the PLB semifinals at the Paseo Arena in Pasig City on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("—PLB MEDIA BUREAU", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines — The Quezon Mangrove Hawks beat the Bicol Bulkan 94-88 in Game 5 of their semifinal series on Sunday night, reaching the finals of the Pambansang Liga ng Basketbol (PLB) for the first time in the franchise's six seasons.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jerome Alcantara-Buenviaje scored 27 points, 11 of them in the fourth quarter, and added nine rebounds and six assists.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Import Tavarius Makinde-Ruelas had 19 points and 16 rebounds despite playing with four fouls for most of the second half.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bicol led 71-63 with 9:14 left before the Hawks went on a 17-4 run, capped by a corner three from rookie Enzo Tabuena-Lim with 2:05 remaining.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pacquing led Bicol with 24 points and made 6 of 9 three-pointers.", "", "", "W"),
        ],
        [
            ("The Hawks had lost both of their previous Game 5s, in 2024 and 2026.", "", "", "W"),
        ],
        [
            (
                "“I told them at the timeout, ‘We've been down eight before and come back,’” said Hawks coach Jojo Manalastas.",
                "Jojo Manalastas",
                "said",
                "",
            ),
            ("“These boys don't panic.", "Jojo Manalastas", "said", ""),
            ("I panic, they don't.”", "Jojo Manalastas", "said", ""),
        ],
        [
            (
                "Manalastas said the Hawks had won 11 of their last 13 games since Makinde-Ruelas joined the team in April.",
                "Jojo Manalastas",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Who else would I want taking that shot?” Alcantara-Buenviaje said of Tabuena-Lim's three.",
                "Jerome Alcantara-Buenviaje",
                "said",
                "",
            ),
            (
                "He said he had played on a sprained left ankle since Game 2.",
                "Jerome Alcantara-Buenviaje",
                "said",
                "W",
            ),
            (
                "“I'll play on one leg in the finals if I have to.”",
                "Jerome Alcantara-Buenviaje",
                "said",
                "",
            ),
        ],
        [
            (
                "Bulkan coach Noel Sarmiento-Buenaflor said his team “ran out of legs” after playing three games in five days.",
                "Noel Sarmiento-Buenaflor",
                "said",
                "W",
            ),
            (
                "He said the league had turned down Bicol's request to move Game 5 to Monday.",
                "Noel Sarmiento-Buenaflor",
                "said",
                "W",
            ),
        ],
        [
            (
                "PLB Commissioner Atty. Ferdinand Salcedo-Ybañez said the schedule was set before the season began and both teams had agreed to it in January.",
                "Ferdinand Salcedo-Ybañez",
                "said",
                "W",
            ),
            (
                "“Nobody complained about it when they were winning,” he said.",
                "Ferdinand Salcedo-Ybañez",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The league said 8,412 fans watched the game, the biggest crowd of the season.",
                "The league",
                "said",
                "W",
            ),
        ],
        [
            (
                "The best-of-seven finals against the defending champions, the Negros Sugar Barons, open on Wednesday at 7 p.m.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The Scores:", "", "", "B"),
        ],
        [
            (
                "QUEZON 94 – Alcantara-Buenviaje 27, Makinde-Ruelas 19, Tabuena-Lim 14, Villareal 11, Sagun 9, Mangahas 8, Macaraeg 6, Sison 0.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "BICOL 88 – Pacquing 24, Abellera 18, Tolentino 15, Llamas 12, Bautista 10, Rivera 9.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Quarters: 20-24, 43-47, 63-69, 94-88.", "", "", ""),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("National pool to hold Clark camp ahead of qualifiers window", "", "", "B"),
        ],
        [
            ("PLB: Sugar Barons sweep Zamboanga, await semis winner", "", "", "B"),
        ],
        [
            ("Subscribe to our sports newsletter", "", "", "B"),
        ],
        [
            ("Don't miss out on the latest news and information.", "", "", "B"),
        ],
        [
            ("© Copyright 1998-2027 Mabuhay Tribune Media Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy Policy | Terms of Use | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CAIRNGORM POST", "", "", "B"),
        ],
        [
            ("Scotland's news, every day", "", "", "B"),
        ],
        [
            ("News | Politics | Sport | Business | Culture | Opinion | Puzzles", "", "", "B"),
        ],
        [
            ("Culture › Art", "", "", "B"),
        ],
        [
            (
                "Paisley's Abercorn Gallery reopens after £31m refurbishment as 12,000 visit in first weekend",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Director says the gallery will ‘never again’ keep its best works in storage",
                "Isla Garvellan",
                "says",
                "",
            ),
        ],
        [
            ("By Morven Dunbreck", "", "", "B"),
        ],
        [
            ("Arts Correspondent", "", "", "B"),
        ],
        [
            ("Monday 19 July 2027, 6:00 am BST", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Visitors in the restored main hall of the Abercorn Gallery on Saturday.", "", "", ""),
        ],
        [
            ("Picture: Colin Strachurr", "", "", "B"),
        ],
        [
            (
                "More than 12,000 people visited the Abercorn Gallery in Paisley over its reopening weekend, after a £31 million refurbishment that kept it closed for five years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Victorian building, which opened in 1871, now has 22 galleries instead of 14 and a new lift to its upper floors.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The gallery's director, Isla Garvellan, said 1,340 works were now on show, almost three times as many as before it closed in 2022.",
                "Isla Garvellan",
                "said",
                "W",
            ),
            (
                "“For a century we kept the best of this collection in the basement, wrapped in brown paper,” she said.",
                "Isla Garvellan",
                "said",
                "",
            ),
            ("“That will never happen again.”", "Isla Garvellan", "said", ""),
        ],
        [
            (
                "The refurbishment was paid for by Renfrewshire Council, which contributed £18.5m, with £9m from the Scottish Government and £3.5m from a public appeal.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The project ran 14 months late and £4.2m over its original budget of £26.8m, according to a report to the council's leadership board in March.",
                "a report to the council's leadership board in March",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The council's leader, Alasdair Balnagarrow, said the overspend was caused by asbestos found in the roof space in 2024.",
                "Alasdair Balnagarrow",
                "said",
                "W",
            ),
            ("“Nobody could have budgeted for that,” he said.", "Alasdair Balnagarrow", "said", ""),
        ],
        [
            (
                "Among the works back on display are 46 paintings by the Paisley-born artist Elspeth Corrievale (1868–1941), none of which had been shown since 1987.",
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
                "“I came here on school trips in the fifties and it was dark and dusty and you weren't allowed to touch anything,” said Agnes Tolmie-Gourlay, 79, from Ferguslie Park.",
                "Agnes Tolmie-Gourlay",
                "said",
                "",
            ),
            (
                "“Now my great-grandson is drawing on a screen in the Egyptian room!”",
                "Agnes Tolmie-Gourlay",
                "said",
                "",
            ),
        ],
        [
            ("Not everyone is convinced.", "", "", ""),
        ],
        [
            (
                "The artist and critic Catriona Vallance-Dunlop said the new café and shop took up space that had housed the gallery's natural history collection, which has been moved to a store in Linwood.",
                "Catriona Vallance-Dunlop",
                "said",
                "W",
            ),
            ("“Where are the birds?” she asked.", "Catriona Vallance-Dunlop", "asked", ""),
            (
                "“Half of Paisley learned what a kestrel looked like in that room.”",
                "Catriona Vallance-Dunlop",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ms Garvellan said 220 of the birds would return to display in a new gallery in 2028, and the rest could be seen by appointment.",
                "Isla Garvellan",
                "said",
                "",
            ),
            ("“Nobody is throwing out a kestrel,” she said.", "Isla Garvellan", "said", ""),
        ],
        [
            (
                "Entry is free, and the gallery is open seven days a week, from 10am to 5pm.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council hopes the gallery will attract 250,000 visitors a year, against about 90,000 before it closed.",
                "The council",
                "hopes",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Fringe venues in Leith report record advance sales", "", "", "B"),
        ],
        [
            ("Dundee printmaker wins £25,000 Clachan art prize", "", "", "B"),
        ],
        [
            ("Sign up to the Cairngorm Post's Culture newsletter", "", "", "B"),
        ],
        [
            ("Get the week's best reviews and arts news every Friday.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            (
                "The Cairngorm Post is a member of the Independent Press Standards Organisation (IPSO).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Cairngorm Post Publishing Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418827.", "", "", "B"),
        ],
        [
            ("Contact us | Terms | Privacy | Cookie policy | Accessibility", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h83-en-cllr-she",
        "Council leader Cllr Annika Threlfall said the authority's core grant from central government had fallen by 31 per cent in real terms since 2015. She said the council now spent 58p of every pound it raised on adult and children's social care, up from 41p a decade ago.",
        [
            "Council leader Cllr Annika Threlfall said the authority's core grant from central government had fallen by 31 per cent in real terms since 2015.",
            "She said the council now spent 58p of every pound it raised on adult and children's social care, up from 41p a decade ago.",
        ],
    ),
    (
        "h83-en-said-quote",
        "“We've got a baby in nappies and my dad lives with us,” said Pauline Cheverall, 38, a care worker who lives on Quarry Lane with her partner and four others. “Three weeks in August is going to be grim. I'd like to see a councillor live with it.”",
        [
            "“We've got a baby in nappies and my dad lives with us,” said Pauline Cheverall, 38, a care worker who lives on Quarry Lane with her partner and four others.",
            "“Three weeks in August is going to be grim.",
            "I'd like to see a councillor live with it.”",
        ],
    ),
    (
        "h83-us-dateline",
        "MILLBRECK, Ohio — Millbreck Regional Medical Center will stop delivering babies on June 30, the hospital announced Thursday, ending 71 years of births in Tullock County. Its birthing center delivered 212 babies last year, down from 390 in 2017.",
        [
            "MILLBRECK, Ohio — Millbreck Regional Medical Center will stop delivering babies on June 30, the hospital announced Thursday, ending 71 years of births in Tullock County.",
            "Its birthing center delivered 212 babies last year, down from 390 in 2017.",
        ],
    ),
    (
        "h83-us-dr-mid",
        "Dr. Leona Brattwick, an obstetrician who has delivered babies at the hospital since 2009, said she had delivered three babies in cars in the ambulance bay since 2020. “Thirty-eight miles on Route 7 in February is not a drive, it's a gamble,” Brattwick said.",
        [
            "Dr. Leona Brattwick, an obstetrician who has delivered babies at the hospital since 2009, said she had delivered three babies in cars in the ambulance bay since 2020.",
            "“Thirty-eight miles on Route 7 in February is not a drive, it's a gamble,” Brattwick said.",
        ],
    ),
    (
        "h83-us-sen-r",
        "State Sen. Carla Fenstermaker, R-Millbreck, said she had asked the Ohio Department of Health on Friday to review whether the closure met the state's notice rules, which require 90 days' warning. Fenstermaker said the hospital had given 27 days' notice.",
        [
            "State Sen. Carla Fenstermaker, R-Millbreck, said she had asked the Ohio Department of Health on Friday to review whether the closure met the state's notice rules, which require 90 days' warning.",
            "Fenstermaker said the hospital had given 27 days' notice.",
        ],
    ),
    (
        "h83-us-3am",
        "“I was born there, and both my boys were born there,” said Kayleigh Dornbusch, 29, of Sayler Township, who is due in August. “Now I'm supposed to have a bag packed and a plan for who watches the boys at 3 a.m. That's the plan, I guess.”",
        [
            "“I was born there, and both my boys were born there,” said Kayleigh Dornbusch, 29, of Sayler Township, who is due in August.",
            "“Now I'm supposed to have a bag packed and a plan for who watches the boys at 3 a.m.",
            "That's the plan, I guess.”",
        ],
    ),
    (
        "h83-in-ltd-mid",
        "The 31-km elevated Metro line from Raidurg to the airport will open in August 2029, not June 2028 as planned, and will cost ₹7,640 crore instead of ₹6,400 crore, Managing Director of the Bhagyanagar Urban Rail Corporation Ltd. (BURCL) K. Venkataramanaiah said on Tuesday. He said land acquisition for two stations, at Narsingi and Kokapet, had taken 19 months longer than expected.",
        [
            "The 31-km elevated Metro line from Raidurg to the airport will open in August 2029, not June 2028 as planned, and will cost ₹7,640 crore instead of ₹6,400 crore, Managing Director of the Bhagyanagar Urban Rail Corporation Ltd. (BURCL) K. Venkataramanaiah said on Tuesday.",
            "He said land acquisition for two stations, at Narsingi and Kokapet, had taken 19 months longer than expected.",
        ],
    ),
    (
        "h83-in-q-no-attr",
        "“I spend two hours a day in an auto and a bus to get to Shamshabad,” said Sravani Kothapalli, a ground staff employee at the airport. “Now they say 2029? I will believe it when I see a train.”",
        [
            "“I spend two hours a day in an auto and a bus to get to Shamshabad,” said Sravani Kothapalli, a ground staff employee at the airport.",
            "“Now they say 2029?",
            "I will believe it when I see a train.”",
        ],
    ),
    (
        "h83-ng-rt-hon",
        "The bill was passed at plenary presided over by the Speaker, Rt. Hon. Abdulganiyu Olaleye-Bamidele, after its third reading, with 16 of the House's 24 members voting in favour. Six members of the minority caucus walked out of the chamber before the vote, while two members were absent.",
        [
            "The bill was passed at plenary presided over by the Speaker, Rt. Hon. Abdulganiyu Olaleye-Bamidele, after its third reading, with 16 of the House's 24 members voting in favour.",
            "Six members of the minority caucus walked out of the chamber before the vote, while two members were absent.",
        ],
    ),
    (
        "h83-ng-dr-told",
        "The Commissioner for Finance, Dr. Halima Dankaro-Okunlola, told journalists after the sitting that N187bn of the new spending would go to roads, including the 64-kilometre Ilorin–Lafiagi road. She said N58.4bn had been set aside for salary arrears owed to local government workers since 2025.",
        [
            "The Commissioner for Finance, Dr. Halima Dankaro-Okunlola, told journalists after the sitting that N187bn of the new spending would go to roads, including the 64-kilometre Ilorin–Lafiagi road.",
            "She said N58.4bn had been set aside for salary arrears owed to local government workers since 2025.",
        ],
    ),
    (
        "h83-ng-mrs-asked",
        "The Minority Leader, Hon. (Mrs.) Folasade Ekundayo-Ajiboye, said members received copies of the 214-page bill on Monday evening, less than 24 hours before it was passed. “How do you scrutinise N412bn overnight?” she asked. “We were not going to lend our names to that.”",
        [
            "The Minority Leader, Hon. (Mrs.) Folasade Ekundayo-Ajiboye, said members received copies of the 214-page bill on Monday evening, less than 24 hours before it was passed.",
            "“How do you scrutinise N412bn overnight?” she asked.",
            "“We were not going to lend our names to that.”",
        ],
    ),
    (
        "h83-au-9am-bureau",
        "Smoky Cape recorded 184mm in the 24 hours to 9am on Thursday, its heaviest June fall since 1996, the Bureau of Meteorology said. Kempsey recorded 97mm and Macksville 131mm in the same period.",
        [
            "Smoky Cape recorded 184mm in the 24 hours to 9am on Thursday, its heaviest June fall since 1996, the Bureau of Meteorology said.",
            "Kempsey recorded 97mm and Macksville 131mm in the same period.",
        ],
    ),
    (
        "h83-au-quote-split",
        "“If it's flooded, forget it. I can't put it any plainer than that,” he said.",
        ["“If it's flooded, forget it.", "I can't put it any plainer than that,” he said."],
    ),
    (
        "h83-au-pty-abn",
        "© 2027 Brigalow Media Pty Ltd. ABN 41 820 377 915",
        ["© 2027 Brigalow Media Pty Ltd.", "ABN 41 820 377 915"],
    ),
    (
        "h83-ca-dr-he",
        "Superintendent Dr. Owen Brantwell-Makowski said the closures would save about $1.9 million a year, mostly in maintenance and administration. He said Larchmount Park, built in 1958, needed $4.3 million in roof and boiler work over the next five years. He said no teaching positions would be cut as a result of the closures.",
        [
            "Superintendent Dr. Owen Brantwell-Makowski said the closures would save about $1.9 million a year, mostly in maintenance and administration.",
            "He said Larchmount Park, built in 1958, needed $4.3 million in roof and boiler work over the next five years.",
            "He said no teaching positions would be cut as a result of the closures.",
        ],
    ),
    (
        "h83-ca-q-end",
        "“My daughter walks four blocks to school now,” said Colleen Mazurak, whose two children attend Larkspur Road. “Next year she'll be on a bus for 35 minutes each way. Who thinks that's better for a six-year-old?”",
        [
            "“My daughter walks four blocks to school now,” said Colleen Mazurak, whose two children attend Larkspur Road.",
            "“Next year she'll be on a bus for 35 minutes each way.",
            "Who thinks that's better for a six-year-old?”",
        ],
    ),
    (
        "h83-ca-sept-pm",
        "The division will hold a meeting for families at Cedarbank Elementary on Sept. 14 at 7 p.m. Trustees will vote on new catchment boundaries in the fall.",
        [
            "The division will hold a meeting for families at Cedarbank Elementary on Sept. 14 at 7 p.m.",
            "Trustees will vote on new catchment boundaries in the fall.",
        ],
    ),
    (
        "h83-za-quote-2",
        "“These are not people stealing to feed their families. This is organised crime, and the people buying the cable are as guilty as the people cutting it,” Ramokgadi said.",
        [
            "“These are not people stealing to feed their families.",
            "This is organised crime, and the people buying the cable are as guilty as the people cutting it,” Ramokgadi said.",
        ],
    ),
    (
        "h83-za-pty-reg",
        "The Koppie Post is published by Koppie Media (Pty) Ltd. Reg. No. 2014/118842/07.",
        ["The Koppie Post is published by Koppie Media (Pty) Ltd.", "Reg. No. 2014/118842/07."],
    ),
    (
        "h83-ie-bl-mr",
        "Cathal Breheny-Vaughan BL, defending, said his client had no previous convictions and had been treated for a gambling addiction since 2024. He said Mr Fitzsimons-Cahalane was “utterly ashamed” and had sold the family home to raise the €60,000 for the members.",
        [
            "Cathal Breheny-Vaughan BL, defending, said his client had no previous convictions and had been treated for a gambling addiction since 2024.",
            "He said Mr Fitzsimons-Cahalane was “utterly ashamed” and had sold the family home to raise the €60,000 for the members.",
        ],
    ),
    (
        "h83-sg-caption",
        "Frostbay Cold Chain's warehouse in Jurong. The company runs 11 cold stores in Singapore and Malaysia.",
        [
            "Frostbay Cold Chain's warehouse in Jurong.",
            "The company runs 11 cold stores in Singapore and Malaysia.",
        ],
    ),
    (
        "h83-sg-wrote-target",
        "Telok Ayer Securities analyst Clarissa Wee wrote in a note that the results were “below expectations”, and cut her target price for the stock to $0.61 from $0.72. She said the Vietnam expansion would not add meaningfully to earnings before 2029.",
        [
            "Telok Ayer Securities analyst Clarissa Wee wrote in a note that the results were “below expectations”, and cut her target price for the stock to $0.61 from $0.72.",
            "She said the Vietnam expansion would not add meaningfully to earnings before 2029.",
        ],
    ),
    (
        "h83-sg-regn",
        "Copyright © 2027 Marina Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved.",
        [
            "Copyright © 2027 Marina Press Holdings Ltd.",
            "Co. Regn. No. 198402868E.",
            "All rights reserved.",
        ],
    ),
    (
        "h83-nz-nested-q",
        "“The honest answer to ‘when will it go again?’ is that we don't know,” she said. “It could be tomorrow, or it could be in a thousand years.”",
        [
            "“The honest answer to ‘when will it go again?’ is that we don't know,” she said.",
            "“It could be tomorrow, or it could be in a thousand years.”",
        ],
    ),
    (
        "h83-nz-q-then-short",
        "“I've lived on Karamū Road for 30 years and this is the first I've heard of it,” said Priyanka Mollinson, a retired teacher. “Should I be selling the house? Probably not. But I'll be bolting the bookcase to the wall tonight.”",
        [
            "“I've lived on Karamū Road for 30 years and this is the first I've heard of it,” said Priyanka Mollinson, a retired teacher.",
            "“Should I be selling the house?",
            "Probably not.",
            "But I'll be bolting the bookcase to the wall tonight.”",
        ],
    ),
    (
        "h83-ph-coach-quote",
        "“I told them at the timeout, ‘We've been down eight before and come back,’” said Hawks coach Jojo Manalastas. “These boys don't panic. I panic, they don't.”",
        [
            "“I told them at the timeout, ‘We've been down eight before and come back,’” said Hawks coach Jojo Manalastas.",
            "“These boys don't panic.",
            "I panic, they don't.”",
        ],
    ),
    (
        "h83-ph-q-surname",
        "“Who else would I want taking that shot?” Alcantara-Buenviaje said of Tabuena-Lim's three. He said he had played on a sprained left ankle since Game 2.",
        [
            "“Who else would I want taking that shot?” Alcantara-Buenviaje said of Tabuena-Lim's three.",
            "He said he had played on a sprained left ankle since Game 2.",
        ],
    ),
    (
        "h83-ph-atty",
        "PLB Commissioner Atty. Ferdinand Salcedo-Ybañez said the schedule was set before the season began and both teams had agreed to it in January. “Nobody complained about it when they were winning,” he said.",
        [
            "PLB Commissioner Atty. Ferdinand Salcedo-Ybañez said the schedule was set before the season began and both teams had agreed to it in January.",
            "“Nobody complained about it when they were winning,” he said.",
        ],
    ),
    (
        "h83-sc-q-asked",
        "“Where are the birds?” she asked. “Half of Paisley learned what a kestrel looked like in that room.”",
        [
            "“Where are the birds?” she asked.",
            "“Half of Paisley learned what a kestrel looked like in that room.”",
        ],
    ),
    (
        "h83-sc-ltd-no",
        "© 2027 Cairngorm Post Publishing Ltd. Registered in Scotland No. SC418827.",
        ["© 2027 Cairngorm Post Publishing Ltd.", "Registered in Scotland No. SC418827."],
    ),
]
