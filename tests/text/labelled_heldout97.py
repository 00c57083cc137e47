"""Ninety-seventh held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-six):
twelve WHOLE news pages from twelve countries, none of them a country of `labelled_new151.py` or
`labelled_new152.py`, in the twelve formats a newsroom checks, head to tail as a reader's paste gives
them, with the furniture each kind of site and each way of pasting leaves. The pages: a Ghanaian wire
story on a news agency's own site (the cocoa regulator cuts its main-crop forecast by 11% as swollen
shoot spreads); an Australian live blog with timed posts, newest first (a category 4 cyclone crosses
the north Queensland coast near Ingham); a Philippine regional newspaper's "Q:"/"A:" interview (an
onion growers' leader on imports that land with the harvest); a Canadian energy co-operative's press
release on its own site (a solar and battery project switched on, a rate freeze, a "Quotes" section
with dash attribution lines); an Irish regional paper's opinion column (nurses commuting from
Longford to Dublin); an Indian cricket site's match report (a drawn Ranji Trophy quarter-final decided
on first-innings lead); a Kenyan business site's markets story (the all-share index at a seven-year
high, the shilling, a Treasury bill auction, a table of gainers); a Singaporean daily's health study
story (a school trial of outdoor time against myopia, with a journal reference); a Scottish regional
paper's court report (a plant hire firm fined after a telehandler overturns); a Guyanese paper's
politics story (supplementary spending passed after an Opposition walkout); an American local
paper's explainer with question subheads (Tucson's new water rates); and a Namibian paper's feature
obituary (a choir founder and music teacher, dead at 87).

All four hints matter equally here. FURNITURE: mastheads, menus with pipes, dots and double spaces,
crumbs, a ticker strip of index levels, bylines run together with an outlet's name, date lines,
share and gift lines, captions and credits, a wire summary box and its "(Reporting by ...)" and
standards lines, live-blog time stamps, entry bylines and "Key event" labels, a press release's
"Quick facts", "Quotes", "Associated links", "About", forward-looking disclaimer, "-30-" and media
contact, a "Most Read" list with its numbers on their own lines, a table's title, header row and
source line, a journal reference, comment-form lines, promotion lines, author bios and company
lines. ATTRIBUTION AND SPEAKERS: inverted cues ("said Yaw Ofori-Kumah, managing director of ...",
"said Grace Wanjiru Kimotho-Ochieng, head of research at ...", "said the study's lead author,
Associate Professor Tan Hui Min of ...", "said a dealer at a commercial bank in Nairobi", "said
Elina Kambonde-Groenewald, a soprano who ..."); quotes named after their first sentence and carried
on in a second pair of quote marks with no cue; titles dropped ("Dr." twice, "Dr" once,
"Associate Professor", "Prof", "Madam", "Sec.", "Sheriff", "Fiscal depute", "Defence solicitor",
"HSE inspector", "Mr." before the Speaker, "Senior Minister in the Office of the President with
responsibility for Finance", "Opposition Chief Whip", "Opposition Leader", "Government MP", "Education
Minister", "Council Member", "Tucson Water Director", "Hinchinbrook Shire mayor", "The premier")
while "Ma." and a middle initial ("Akua S. Owusu-Ansah") stay in a name; a surname-first Singaporean
name kept whole and "Prof Tan" resolving to it; a nurse named only by her given name; a mother whose
surname is part of her son's ("Lorraine Drysdale", "Drysdale-Baird"); groups and bodies as written
("two sources at the Ghana Cocoa Board", "The sources", "the sources", "traders", "Analysts at Aldgate
Softs Research", "The importers", "Landlords", "Researchers", "Former members", "One reader in
Ingham", "the company", "The company", "The Central Bank"); documents and data with their own verbs
("according to a presentation to the board seen by Sextant" -> "a presentation to the board", "It
said" resolving to it, "The Residential Tenancies Board's latest rent index puts", "Central Bank of
Kenya data show", "The machine's load chart ... said", "An investigation by the Health and Safety
Executive found", "Figures published by the HSE show", "according to the Auditor General's report
for 2024", "according to the bourse's daily report", "the CSO's census figures"); channels in the cue
("told Southerly by phone", "said in a post on Facebook", "said in response to queries", "told an 8pm
press conference", "told a parliamentary committee", "told the Dáil", "told the House", "told the
council", "told me") and fronted ones that are not ("In a statement, Strathearn Plant & Agri Hire
said", "In a statement on Sunday, Education Minister ... said", "In a 2015 interview with the
Kalahari Post, she remembered"); "A:" answers over a whole interview; dash-attributed quotes in a
press release. CHECK-WORTHINESS: records, counts, prices, rates, scores, schedules, rules, rulings and
dates a body set for itself ("W") beside forecasts, estimates of output, plans without a date,
advice, verdicts, opinions, feelings, rhetorical questions, question subheads and scene-setting
(""), in every format, including a column where the columnist's own argument is "" and the facts
she cites are "W", a match report's verdicts ("It was not a difficult chance.") beside its figures,
and a press release whose own narration is a mix of record and expectation. SENTENCE SPLITS:
abbreviations inside a sentence ("Dr. Akua S. Owusu-Ansah", "Ltd., a licensed", "Brgy. Labi Munti",
"Agriculture Sec. Renato", "on Jan. 19 asking", "KENTVILLE, N.S. – Silverthorn", "incl. HST, at",
"Co-operative Ltd. is", "by 8 a.m. and", "from Feb. 21 at", "Pwani Commercial Bank Ltd. gained",
"Tausi Cement Ltd., whose", "Ltd., of Crieff Road", "the Health and Safety at Work etc. Act 1974",
"Financial Paper No. 3 of 2026", "at 11.48 pm, after", "The Speaker, Mr. Leonard", "the U.S. Bureau
of Reclamation", "on Jan. 12, 2027, after", "Mrs. Hamwaalwa", "Rev. Abraham Hamwaalwa", "Registered
in Ireland No. 418277.", "Co. Regn. No. 198400217K.", "Registered in Scotland No. SC284119.", "et al."
and a title's full stop inside one journal reference) and at the end of one ("by Feb. 28." / "We
received ...", "home by 9.30 p.m." / "She has done this ...", "Holdings Ltd." / "Co. Regn. No. ...",
"Publications DAC." / "Registered in Ireland ...", "Perthshire Post Ltd." / "Registered in Scotland
...", "Pvt. Ltd." / "All rights reserved."); initials in score lines ("H. Dhanorkar 187", "A. Wadhwani
84*") never split; decimals and times ("3.5 acres", "31.3 overs", "118.2 overs", "Sh58.25", "61.4
percent", "0.42 dioptres", "$187.40", "$9.86 per ccf", "1517 GMT", "6.05pm", "9.05 pm", "14:00");
questions and exclamations inside a quote before their attribution (one sentence: "Who can blame
them?” he said.", "“Move where?” she said.", "... while we waited for a sitting?” he asked.", "“Is a
dead lawn in Tucson really news?” she said.", "It just didn't stop!” he said.", "“At first he
complained about the heat!” she said.", "We were told to wait for the Auditor General!” she said.")
against a question followed by a new sentence inside the quote ("“Did I think about the drop?" /
"Only for one ball.”", "“Where else in the region do you get that?" / "Not in Lagos, not in
Cairo.”", "“Did anybody at that company ever stand in that field and look at it?" / "I don't think
so.”"), a reader's message in three sentences ending "Is this normal?!”", "“I was late exactly
once." / "Once!”", a "Q:" line citing a source followed by a short question of its own, and
ellipses before a lower-case word inside one sentence ("Yasi… this one", "over… it isn't", "a
margin… the farmer", "a bad year… and the sheep", "here… of course", "the team… so I", "June 2… if
they cut", "a flat… he can't") against ellipses before a capital (two sentences: "is large…" /
"Whether it holds ...", "punish anybody…" / "We are asking ...", "voices like birds…" / "What they
did not have ...").

The pages hold 538 sentences: 180 "B", 190 "W" and 168 ""; 196 sentences carry a speaker (79
distinct speakers, page by page; 79 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases cut from the pages, each one
to three consecutive sentences of one paragraph joined by single spaces.

Written from scratch for issue 13 in round fifty-six as a HELD-OUT set: never tuned on, only measured.
It was written without looking at the engine's code or output: nothing under `claimreview/`, `docs/`
or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`;
the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the module docstrings,
`STYLES`, the first two pages of `ARTICLES` and the first three `CASES` of `labelled_new151.py` and
`labelled_new152.py`. Coined names were checked for freshness with file counts of `grep -rlF` over
`tests/text` (the `labelled_new*.py` files and `labelled_articles.py`; counts only, no text shown):
a wire agency's name, two bank and telecom names, a project's name, a commodities firm, a given
name and ten people's names or surnames that hit were replaced, and every speaker label was then
counted the same way (no person's name hit; only generic nouns and phrases and real public bodies did).

Every person, outlet, agency, firm, co-operative, federation, choir, project, statement, quote,
letter, report, study, journal, message and figure is invented, and so is every small place
(Asempaneye, Garrawin Creek, Brgy. Labi Munti, Gaspard Ridge, Balgownie Mains and the like); so is
Cyclone Orla. Real countries, regions, cities, towns, rivers, courts, parliaments, ministries,
regulators, utilities, exchanges, universities, hospitals, barracks, cricket associations and other
public bodies appear only as settings, with invented statements and figures: Accra, Kumasi, Sefwi
Wiawso, Bibiani, the Western North region, the Ghana Cocoa Board, Ghana's Ministry of Finance, Ivory
Coast, Togo, Abidjan and the International Cocoa Organization; Ingham, Cardwell, Townsville,
Brisbane, the Herbert River, Hinchinbrook Shire, Lavarack Barracks, Ergon Energy, the Bureau of
Meteorology and the Australian Defence Force; Bongabon, San Jose City, Nueva Ecija, Metro Manila,
Cabanatuan, the Maharlika Highway, the Department of Agriculture and the Bureau of Plant Industry;
Kentville, Kings and Annapolis counties, Kings—Hants, the Nova Scotia Utility and Review Board, the
Government of Canada and the Province of Nova Scotia; Longford, Dublin, Mullingar, Athlone, the
Mater, the CSO, the Residential Tenancies Board and the Dáil (and Vienna); Nagpur, Jamtha,
Thiruvananthapuram, the Vidarbha Cricket Association, the Ranji Trophy and the state sides of
Vidarbha, Madhya Pradesh, Saurashtra, Mumbai and Kerala; Nairobi, the Nairobi Securities Exchange,
the Central Bank of Kenya and its Monetary Policy Committee (and Lagos and Cairo); Singapore,
Tampines, the National University of Singapore and its Yong Loo Lin School of Medicine, the Singapore
National Eye Centre, the Ministry of Health and the Health Promotion Board; Perth, Crieff Road,
Auchterarder, Dundee, Ninewells Hospital, Perth Sheriff Court, the Court of Session and the Health
and Safety Executive; the National Assembly of Guyana, Parliament Building, Regions Two, Three and
Five, Mahaicony, the Contingencies Fund, the Auditor General and the Private Sector Commission;
Tucson, Pima County, Tucson Water, the City Council, the Central Arizona Project, the Colorado River
and the U.S. Bureau of Reclamation; Windhoek, Katutura, Oniipa, Windhoek Central Hospital, the
Most Excellent Order of the Eagle and the education ministry (and Leipzig).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, label, byline, date
line, share strip, caption, credit, time stamp, list item, list number, table row, contact line and
legal line is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". Furniture is "B" line by line and never carries a speaker; headlines
and standfirsts are never split or "B", are flagged by content, and their "says", "say", "warns" or
"calls" carries the speaker as the story first gives it; a person is named in full as first given,
without titles or roles, and a pronoun or surname resolves to that name; a quote over several
sentences carries its speaker and cue in each; "according to X" gives X as written; a body's name
and a generic noun are kept as written, a bracketed acronym is dropped, and "It said" after a body or
document resolves to it as first given; a participle saying how the paper got a document ("seen by
Sextant") is dropped.

Conventions this set had to settle, in the same spirit:

* Press release on an organisation's own site: the release's own narration is the page's voice, like
  a paper's, and carries no speaker (records "W", an expected output ""), except the lead's
  "Silverthorn Valley Energy Co-operative today announced", which carries the co-operative. In a
  "Quotes" section each quote is followed by a dash attribution line ("– Name, title, body"): the
  quote's sentences carry that person with the dash as written ("–") as cue, as a Q&A answer carries
  its prefix; the attribution line itself is "B", like a signature or a byline. The "About" paragraph
  is "B" (boilerplate), and so are the forward-looking disclaimer, "-30-" and the media contact.
* Wire story: a "Summary" label is "B" and its bullets are flagged by content with no speaker, like
  a standfirst without a cue; the "(Reporting by ...; Editing by ...)" line, the standards line and
  the agency's description of itself are "B"; a photo credit run together with "Purchase Licensing
  Rights" is one "B" sentence.
* Live blog: an entry headline of the form "Premier says ..." or "Hinchinbrook mayor says ..." carries
  the person as that entry first names her or him; a reader's message quoted in an entry carries the
  reader as written ("One reader in Ingham", cue "wrote") in every sentence.
* Opinion column: the columnist's own sentences carry no speaker (she is the page's voice); her
  argument is "" and the facts she cites are "W"; a person she names only by a given name
  ("Muireann") is labelled with that name; "Landlords will tell you, with some justice, that ..."
  carries "Landlords" with cue "will tell you" (""); "told me" keeps "me" in the cue as an addressee.
* Match report: the result line under the head ("Vidarbha 461 & 188/3 drew with ...") is "W"; under a
  "B" "Brief scores:" title, score lines, the result line and the player-of-the-match line are ""
  (data, as line-ups and league rows are in labelled_new2).
* Markets story: "X, whose shares fell 7.5 percent ... after it delayed its annual results ..., declined
  to comment" carries X with "declined to comment" and is "W" for the facts in its relative clause; an
  unnamed source's quote carries him as written ("a dealer at a commercial bank in Nairobi"), and the
  next sentence, which says why he was not named, is the paper's narration (no speaker, "").
* Health study: a verb of saying inside a relative clause ("a difference the authors said could have
  been due to chance") is not the sentence's cue, which carries no speaker; a standfirst "Researchers
  say" carries "Researchers" as written; a company line split into "... Holdings Ltd." / "Co. Regn.
  No. 198400217K." / "All rights reserved." (three "B" sentences).
* Court report: a document that "said" something ("The machine's load chart, kept in the cab, said")
  is kept as written, like "the letter said"; a sheriff's arithmetic (the fine after trial and the
  third off for the plea) is "W"; his view ("obvious and entirely foreseeable") and remarks are "".
* Politics story: the Speaker of the House who "ruled" that questions were out of order carries the
  ruling, "W", as a judge's "ruled" does.
* Explainer: a sentence whose first clause is the paper's own and whose second is "Tucson Water
  estimates as many as 30,000 qualify" carries the utility with cue "estimates" ("W").
* Obituary: the "Born: ... Died: ..." line is two "W" sentences split at the full stop; the subject's
  own words from an old interview carry her in full ("she remembered", "she said then" with cue
  "said"); "Former members describe her as ..." carries "Former members" with cue "describe" ("");
  a funeral time and place set by the family is "W", like a body's own schedule.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    "Ghanaian WIRE STORY on a news agency's own site (Accra), desktop paste: the cocoa regulator cuts "
    "its main-crop forecast by 11% as swollen shoot spreads. Head: agency masthead, menu with pipes, "
    'section label (all "B"); headline "..., sources say" carrying the sources as the lead first '
    'gives them ("two sources at the Ghana Cocoa Board", bracketed acronym dropped, "W"); joint '
    'byline, date-and-updated line (all "B"); a file-photo caption ("") and its agency credit run '
    'together with "Purchase Licensing Rights" ("B"); a "Summary" label "B" and two summary bullets '
    'flagged by content ("W", no speaker). Body: an "ACCRA, May 19 (Sextant) -" dateline lead with '
    '"told Sextant"; the paper\'s own record ("The board forecast ..."); "The sources, who asked not '
    'to be named ..., said" and later "the sources said" kept as written; a spokesman who "did not '
    'comment on forecasts" (""); market figures with "1517 GMT" and decimals; disease facts of '
    'record; "according to a presentation to the board seen by Sextant" (participle dropped) and "It '
    'said" resolving to it; a buyer\'s quote with an inverted cue and "Ltd.," mid-sentence, then a '
    'three-sentence quote ending in a question with "he said" (one sentence); smuggling and a '
    'farmgate price "W", "traders say"; a farmer with "3.5 acres" (record "W"), a quote of feeling "" '
    'and a claim "W"; analysts\' forecast ""; "The International Cocoa Organization estimated" ("W"); '
    '"Dr. Akua S. Owusu-Ansah" (initial kept, "Dr." dropped) who "told a parliamentary committee", '
    '"She said" a dated promise ("W"); "did not respond to a request for comment". Tail: '
    "reporting-and-editing line, trust-principles line, read-next label and headline, agency "
    'boilerplate, copyright split at "Sextant." (all "B").',
    "Australian LIVE BLOG on a national news site (north Queensland), desktop paste, newest post "
    "first: a category 4 cyclone crosses the coast near Ingham. Head: masthead, menu with double "
    'spaces, crumb (all "B"); headline of record "W"; standfirst "Bureau of Meteorology warns ..." '
    'carrying the bureau ("" a forecast); the live-updates byline line and the date line "B". Posts: '
    'every time stamp ("9.41pm AEST"), entry byline and "Key event" label is "B"; each entry headline '
    'is flagged by content, and "Hinchinbrook mayor says", "Premier says" and "Bureau says" carry the '
    'speaker as the entry first gives them. An electricity distributor "said", "It said" (resolving '
    'to it, a plan ""), and "the company said in a post on Facebook" kept as written; a mayor who '
    '"told Southerly by phone" (channel in the cue), an ellipsis before a lower-case word inside one '
    'sentence, a two-sentence quote ending "didn\'t stop!” he said", "He said" a count "W"; the '
    'premier who "told an 8pm press conference", "She said" a time and count ("W"), a two-sentence '
    'quote (""), "Asked whether ..., Kettering-Shaw said" ("W"); a forecaster named in an apposition '
    'after "The Bureau of Meteorology\'s senior forecaster", records "W" and forecasts "" (a '
    'carried-on quote with no cue); the bureau\'s "said" on the eye crossing ("W"); a reader\'s '
    'message quoted in three sentences ending "?!”" carrying "One reader in Ingham" ("wrote"). Tail: '
    'copyright line "B".',
    'Philippine REGIONAL NEWSPAPER\'S WEBSITE (Nueva Ecija), desktop paste, a "Q:"/"A:" INTERVIEW '
    "with the chair of an onion growers' federation on imports landing with the harvest. Head: "
    'masthead, menu, section label (all "B"); headline "Onion growers\' chief says ..." carrying her '
    'in full ("Ma." kept as part of her name, "W" a causal claim); a two-sentence standfirst (a '
    'record "W", the sit-down ""); byline, date, share line "B"; a caption with "Brgy." mid-sentence '
    '("") and its credit "B"; the edited-for-length line "B". Q&A: every answer sentence carries her '
    'with cue "A:", first and carried-on sentences alike, prices, yields, tonnages and dates "W" '
    '("P25 a kilo", "18 tonnes a hectare", "Jan. 19" and "Feb. 28." ending a sentence before "We '
    'received ..."), opinions, rhetorical questions and an exclamation ""; an ellipsis before a '
    'lower-case word inside one answer sentence; questions carry no speaker except "Q: The Department '
    'of Agriculture says ..." and "Q: The importers say ..." (each "W", as written with '
    '"says"/"say"), each followed by a short question of its own. After: the department "did not '
    'respond to the Courier\'s questions", the secretary ("Sec." dropped) with a plan (""). Tail: '
    'related line, copyright split before "All rights reserved." (all "B").',
    "Canadian PRESS RELEASE on an ORGANISATION'S OWN SITE (Nova Scotia), desktop paste: an energy "
    "co-operative switches on a solar and battery project and freezes rates. Head: the co-op's name "
    'as masthead, menu, newsroom crumb (all "B"); title and subtitle of record ("W"); "News release" '
    'label and date "B". Body: a "KENTVILLE, N.S. –" dateline lead where the co-op "today announced" '
    '(it carries the co-op, "W"); the release\'s own narration carries no speaker (records "W", an '
    'expected output ""); the CEO\'s quote named after its first sentence with "said ..., President '
    'and CEO of ..." and carried on in a second pair of quote marks (""); a rate freeze of record and '
    '"$187.40 a month, incl. HST," mid-sentence ("W"). "Quick facts" label "B", bullets by content. '
    '"Quotes" label "B": three quotes each followed by a dash attribution line ("– Name, title") '
    'which is "B" like a signature, while the quote\'s sentences carry the person named there with '
    'the dash as cue ("–"): the CEO (""), the MP (a dollar figure "W"), a landowner (an ellipsis '
    'before a lower-case word and a closing exclamation). Tail: associated links, "About" boilerplate '
    'with "Ltd. is" mid-sentence, forward-looking disclaimer, "-30-", media contact, copyright (all '
    '"B").',
    "Irish REGIONAL NEWSPAPER'S WEBSITE (the midlands), desktop paste, an OPINION COLUMN on nurses "
    'commuting to Dublin because they cannot afford to live there. Head: masthead, menu, "Opinion" '
    'label (all "B"); headline and standfirst of opinion (""); the columnist\'s name, date and share '
    'line "B". Body: the columnist\'s own voice carries no speaker: scene-setting and argument "" '
    '("5.40", "by 8 a.m. and ...", "home by 9.30 p.m." ending a sentence before "She has done this '
    '..."), the facts she cites "W" (a record since 2022, a salary, a target, Vienna\'s share of '
    'social renting); "According to the CSO\'s census figures" and "The Residential Tenancies '
    'Board\'s latest rent index puts" (both as written, "W"); a nurse named by her given name only, '
    'whose "“Move where?” she said." is one sentence and whose two-sentence quote follows; the '
    'minister who "told the Dáil" a count ("W"); rhetorical fragments and an ellipsis before a '
    'lower-case word; "Landlords will tell you" carrying "Landlords"; a former landlord who "told me" '
    'a sale ("W"), his quote and a carried-on question with no cue. Tail: author bio, comments count, '
    '"Most Read" label with list numbers and headlines each on their own line, company line split at '
    '"DAC." before "Registered in Ireland No. ..." (all "B").',
    "Indian CRICKET WEBSITE'S MATCH REPORT (Nagpur), desktop paste: a Ranji Trophy quarter-final "
    "drawn, Vidarbha through on first-innings lead after an opener dropped on 11 makes 187. Head: "
    'masthead, menu, series crumb (all "B"); headline of record "W"; standfirst "" (a verdict); '
    'byline, place-and-time line, share (all "B"). Body: a result line of record under the head '
    '("W"); match facts "W" with "4.40 pm", "19 for 1", "lbw", "4 for 98 from 31.3 overs", "118.2 '
    'overs"; verdicts "" ("It was not a difficult chance.", "They never looked close."); the '
    "batter's quote with an ellipsis before a lower-case word, then a question followed by a new "
    'sentence inside one quote ("“Did I think about the drop?" / "Only for one ball.”"); the winning '
    'coach with a record in indirect speech ("W") and a quote whose question carries on with no cue; '
    "the losing coach's quoted verdict and a two-sentence quote; the association's fixture \"from "
    'Feb. 21" ("W", scheduled by the body that runs it). "Brief scores:" title "B"; score lines with '
    'initials ("H. Dhanorkar 187", "A. Wadhwani 84*") and the result and player-of-the-match lines "" '
    '(data). Tail: author line, related label and headlines, copyright split at "Pvt. Ltd." (all '
    '"B").',
    "Kenyan NEWSPAPER'S BUSINESS SITE (Nairobi), desktop paste, a MARKETS STORY: the all-share index "
    "at a seven-year high as foreigners buy bank stocks; shilling and T-bill yields. Head: masthead, "
    'a ticker strip of index levels and rates, menu, crumb (all "B"); headline and standfirst of '
    'record ("W"); byline, published line, share (all "B"). Body: index, turnover and share moves "W" '
    'with "Sh58.25", "61.4 percent", "Pwani Commercial Bank Ltd. gained" (an abbreviation '
    "mid-sentence), \"according to the bourse's daily report\"; an analyst's quote named after its "
    'first sentence with an inverted cue (a causal claim "W"), carried on over a question and a '
    'fragment (""), then "She said" ("W"); "Central Bank of Kenya data show" and "The Central Bank '
    'said" kept as written; an unnamed dealer ("said a dealer at a commercial bank in Nairobi", an '
    "ellipsis before a lower-case word) and the narration of his anonymity (no speaker); a sceptic "
    'named in narration ("W") with a two-sentence quote (record "W", advice ""); "Tausi Cement Ltd., '
    'whose shares fell ..., declined to comment" ("W" for the facts in the clause) and "The company '
    'said" a date it set ("W"). Table title, header row and source "B", data rows ""; also-read lines '
    'and copyright split at "Ltd." (all "B").',
    "Singaporean NATIONAL DAILY'S WEBSITE, desktop paste, a HEALTH STUDY STORY: a school trial adding "
    '80 minutes outdoors a day cuts new myopia by 31%. Head: masthead, menu, section label (all "B"); '
    'headline of record "W"; standfirst "Researchers say ..." carrying "Researchers" as written (""); '
    'byline, role line, published line, gift line (all "B"); caption "" and its credit "B". Body: a '
    '"SINGAPORE –" lead of record; trial design and results "W" with decimals ("21.7 per cent", "0.42 '
    'dioptres"); "a difference the authors said could have been due to chance" inside a relative '
    "clause (not the sentence's cue, no speaker); the lead author named after her first quoted "
    'sentence with "Associate Professor" dropped (surname-first name kept whole) and carried on (""), '
    '"Prof Tan said" resolving to her ("W") and a hypothesis with "she said" (""); "according to the '
    'Ministry of Health" ("W"); an independent expert ("Dr" dropped) who "called it", "But he said", '
    'and a quote split by an ellipsis before a capital; "The Health Promotion Board said in response '
    'to queries" and "It said" resolving to the board ("W" guidance); a mother ("Madam" dropped) with '
    'an exclamation closing a quote before its attribution. Tail: a journal reference with "et al." '
    'as one "B" sentence, WhatsApp and promotion lines, more-on-this-topic list, and a company line '
    'split into "... Holdings Ltd." / "Co. Regn. No. ..." / "All rights reserved." (all "B").',
    "Scottish REGIONAL NEWSPAPER'S WEBSITE (Perth), desktop paste, a COURT REPORT: a plant hire firm "
    "fined £160,000 after a telehandler overturns on a slope and crushes a young worker. Head: "
    'masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Sheriff says ..." carrying '
    'the sheriff in full (""); byline, role line, date, share (all "B"); a caption of record "W" and '
    'its credit "B". Body: the fine and the plea of record, "Ltd., of Crieff Road," and "the Health '
    'and Safety at Work etc. Act 1974" mid-sentence; the fiscal depute who "told the court" and "She '
    'said" (facts "W"); "The machine\'s load chart ... said" (a document with its own verb, as '
    'written); "Ms Lattimer-Gow said" ("W"); "An investigation by the Health and Safety Executive '
    'found" (as written); the defence solicitor\'s mitigation ("") beside new procedures and costs '
    '("W"), a two-sentence quote carried on in a second pair of quote marks; the sheriff\'s '
    'arithmetic ("W"), his view and remarks (""); the time to pay (an act, no speaker); the victim\'s '
    "mother, whose surname is part of her son's, with an ellipsis before a lower-case word and a "
    'question followed by a new sentence inside one quote; an inspector "said after the hearing:" '
    'with a colon; "Figures published by the HSE show" ("W"); "In a statement, Strathearn Plant & '
    'Agri Hire said" (fronted channel, cue "said", short form resolving to the name with "Ltd."). '
    'Tail: tip line in two sentences, related list, company line split before "Registered in Scotland '
    'No. ..." (all "B").',
    "Guyanese NATIONAL NEWSPAPER'S WEBSITE (Georgetown), desktop paste, a POLITICS STORY: the "
    "National Assembly approves $62.4 billion in supplementary spending after the Opposition walks "
    'out. Head: masthead, menu, section label (all "B"); headline of record "W"; standfirst '
    '"Opposition Chief Whip calls ..." carrying her in full (""); "By Staff Reporter", date, share '
    '(all "B"); caption "" and its credit "B". Body: a lead beginning "THE National Assembly" with '
    '"US$298 million" and "9.15 pm"; "Financial Paper No. 3 of 2026 ... at 11.48 pm," (records "W"); '
    'the finance minister with a long title and "Dr." dropped who "told the House", "He said", a rule '
    'with "he said" at the end ("W"), and a quoted question with "he asked" (one sentence, ""); the '
    'chief whip\'s opinion "" and her count "W", then a three-sentence quote ending in an exclamation '
    'with "she said"; "The Speaker, Mr. ..., ruled" (a ruling carries him, "W"); the walkout of '
    'record; the Opposition Leader who "told reporters" a plan (""); "According to the Auditor '
    'General\'s report for 2024" ("W"); a government MP\'s accusation (""); a farmer in the gallery '
    'with a record ("W") and a quote (""); "The Private Sector Commission said in a statement" (""); '
    'the next sitting, scheduled ("W"). Tail: related posts, comment form lines, copyright (all "B").',
    "American LOCAL NEWSPAPER'S WEBSITE (Tucson), desktop paste, an EXPLAINER WITH QUESTION SUBHEADS "
    'on new water rates. Head: masthead, menu, section crumb (all "B"); headline of record with a '
    'colon and standfirst of record ("W"); byline run together with the paper\'s name, '
    'published-and-updated line with "a.m. MT", share (all "B"). Body: an intro of record and '
    '"Here\'s what you need to know." (""); seven question subheads (""); rates, tiers, units and '
    'thresholds "W" ("$9.86 per ccf", "5/8-inch meter", "22,400 gallons"); "according to Tucson '
    'Water" and "Tucson Water estimates" inside a sentence whose first clause is the paper\'s own '
    '(the sentence carries the utility, "W"); the utility director who "told the council", "She said" '
    'a share of customers ("W"), and a quote split by an ellipsis before a capital (""); "the U.S. '
    'Bureau of Reclamation" mid-sentence; two council members\' objections (""), one with a quote; '
    'scheduled review "on Jan. 12, 2027," ("W"); a resident with a quoted question and "she said" '
    '(one sentence). Tail: author line in two sentences, copyright (all "B").',
    "Namibian NEWSPAPER'S WEBSITE (Windhoek), desktop paste, a FEATURE OBITUARY of a choir founder "
    'and music teacher. Head: masthead, menu, crumb (all "B"); headline and standfirst of record '
    '("W"); byline, date, share (all "B"); a caption of record "W" and its credit "B"; a "Born: ... '
    'Died: ..." line split into two sentences of record ("W"). Body: the death and age of record '
    '("She was 87." a sentence of its own); her son who "said" how she died ("W") and a quote (""); '
    "early life, teaching years, the choir's founding, the independence concert, a tour, an album, "
    'hymns and an honour, all of record ("W"); her own words from a 2015 interview ("she remembered", '
    'then a quote split by an ellipsis before a capital with "she said then"), carrying her in full; '
    '"Former members describe" carrying "Former members"; a former chorister\'s quote named after its '
    'only sentence with an inverted cue, then "“I was late exactly once." / "Once!”"; the minister\'s '
    'statement with a fronted channel ("In a statement on Sunday, ... said", "Mrs. Hamwaalwa" '
    'mid-sentence) and a plan (""); "Rev. Abraham Hamwaalwa" mid-sentence; survivors and funeral '
    'times of record ("at 14:00"); the choir\'s present conductor and his quote (""). Tail: memories '
    'line, more-obituaries label and headlines, copyright (all "B").',
]

ARTICLES = [
    [
        [("SEXTANT NEWSWIRE", "", "", "B")],
        [("World | Business | Markets | Commodities | Africa | Technology | More", "", "", "B")],
        [("Commodities", "", "", "B")],
        [
            (
                "Ghana cuts cocoa crop forecast by 11% as swollen shoot spreads, sources say",
                "two sources at the Ghana Cocoa Board",
                "say",
                "W",
            )
        ],
        [("By Efua Nkansah-Boadu and Tobias Brentwick", "", "", "B")],
        [("May 19, 2026 4:17 PM GMT Updated 2 hours ago", "", "", "B")],
        [
            (
                "A farmer opens cocoa pods on a farm near Sefwi Wiawso in Ghana's Western North region, October 14, 2025.",
                "",
                "",
                "",
            )
        ],
        [("Sextant/Kwabena Ampofo-Tetteh/File Photo Purchase Licensing Rights", "", "", "B")],
        [("Summary", "", "", "B")],
        [("Main crop forecast cut to 580,000 T from 650,000 T", "", "", "W")],
        [("Disease has spread to four more districts in Western North", "", "", "W")],
        [
            (
                "ACCRA, May 19 (Sextant) - Ghana's cocoa regulator has cut its forecast for the 2026/27 main crop by 11% to 580,000 metric tons after the swollen shoot virus spread to four more districts in the Western North region, two sources at the Ghana Cocoa Board (COCOBOD) told Sextant on Tuesday.",
                "two sources at the Ghana Cocoa Board",
                "told Sextant",
                "W",
            )
        ],
        [
            ("The board forecast 650,000 tons for the main crop in February.", "", "", "W"),
            (
                "The sources, who asked not to be named because the revision has not been made public, said the new figure was presented to the board's directors on Friday.",
                "The sources",
                "said",
                "W",
            ),
        ],
        [
            (
                "A COCOBOD spokesman, Kojo Anim-Boateng, said the board did not comment on forecasts before they were approved.",
                "Kojo Anim-Boateng",
                "said",
                "",
            )
        ],
        [
            (
                "Ghana is the world's second-biggest cocoa grower after neighbouring Ivory Coast, and the two countries together produce a little over half the world's beans.",
                "",
                "",
                "W",
            ),
            (
                "New York cocoa futures rose 2.8% to $7,418 a ton by 1517 GMT, their biggest one-day gain since March 4.",
                "",
                "",
                "W",
            ),
            ("London cocoa was up 2.1% at 5,206 pounds a ton.", "", "", "W"),
        ],
        [
            (
                "Cocoa swollen shoot virus disease, which is spread by mealybugs, has no cure.",
                "",
                "",
                "W",
            ),
            (
                "Infected trees have to be cut out and the land replanted, and new trees take three to five years to bear pods.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 590,000 hectares, or nearly a third of Ghana's cocoa land, was infected in 2025, according to a presentation to the board seen by Sextant.",
                "a presentation to the board",
                "according to",
                "W",
            ),
            (
                "It said 218,400 hectares had been cut out and replanted since 2018.",
                "a presentation to the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Farmers in Sefwi who used to sell us 200 bags a season are bringing in 40,” said Yaw Ofori-Kumah, managing director of Nkawie Produce Buyers Ltd., a licensed buying company based in Kumasi.",
                "Yaw Ofori-Kumah",
                "said",
                "W",
            )
        ],
        [
            ("“Some of them have cut their trees.", "Yaw Ofori-Kumah", "said", ""),
            (
                "Some are carrying their beans across the border at night.",
                "Yaw Ofori-Kumah",
                "said",
                "",
            ),
            ("Who can blame them?” he said.", "Yaw Ofori-Kumah", "said", ""),
        ],
        [
            (
                "Smuggling to Ivory Coast and Togo, where farmers are paid in CFA francs, has also cut into the board's purchases in recent seasons.",
                "",
                "",
                "W",
            ),
            ("COCOBOD raised the farmgate price to 58,000 cedis a ton in October.", "", "", "W"),
            (
                "That is still below what farmers receive in Ivory Coast at current exchange rates, traders say.",
                "traders",
                "say",
                "W",
            ),
        ],
        [
            (
                "In Asempaneye, a village of about 1,200 people near Bibiani, farmer Comfort Adjoa Baidoo-Mensah, 47, said she had lost 3.5 acres of trees to the disease since 2023.",
                "Comfort Adjoa Baidoo-Mensah",
                "said",
                "W",
            ),
            (
                "“The cutting gang came in January and left me with stumps,” she said.",
                "Comfort Adjoa Baidoo-Mensah",
                "said",
                "",
            ),
            (
                "She said she had been promised 1,000 cedis per hectare in compensation and had received nothing.",
                "Comfort Adjoa Baidoo-Mensah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Aldgate Softs Research in London said the cut could push the global market into a third straight season of deficit.",
                "Analysts at Aldgate Softs Research",
                "said",
                "",
            ),
            (
                "The International Cocoa Organization estimated the 2024/25 deficit at 441,000 tons in its last quarterly bulletin.",
                "The International Cocoa Organization",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "A COCOBOD deputy chief executive, Dr. Akua S. Owusu-Ansah, told a parliamentary committee in April that the board owed licensed buying companies about 2.1 billion cedis for beans delivered last season.",
                "Akua S. Owusu-Ansah",
                "told a parliamentary committee",
                "W",
            ),
            (
                "She said the arrears would be cleared by the end of June.",
                "Akua S. Owusu-Ansah",
                "said",
                "W",
            ),
            (
                "Ghana's Ministry of Finance did not respond to a request for comment.",
                "Ghana's Ministry of Finance",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The smaller mid-crop, harvested from May to August, is not affected by the revision, the sources said.",
                "the sources",
                "said",
                "W",
            )
        ],
        [
            (
                "(Reporting by Efua Nkansah-Boadu in Accra and Tobias Brentwick in London; Additional reporting by Mariam Koné-Traoré in Abidjan; Editing by Helen Barraclough-Pym)",
                "",
                "",
                "B",
            )
        ],
        [("Our Standards: The Sextant Trust Principles.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Ivory Coast port arrivals lag last season's pace, exporters estimate", "", "", "B")],
        [
            (
                "Sextant Newswire is the news division of Sextant Data Group and serves more than 2,000 media clients in 140 countries.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Sextant.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("SOUTHERLY", "", "", "B")],
        [("News  Opinion  Sport  Culture  Lifestyle  Climate  More", "", "", "B")],
        [("Australia news › Queensland", "", "", "B")],
        [
            (
                "Cyclone Orla live: category 4 system crosses coast near Ingham as 31,000 homes lose power",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bureau of Meteorology warns rivers from Cardwell to Townsville will keep rising into the weekend",
                "the Bureau of Meteorology",
                "warns",
                "",
            )
        ],
        [
            (
                "Live updates by Harriet Moorcroft-Lyle (now) and Declan Otway-Finch (earlier)",
                "",
                "",
                "B",
            )
        ],
        [("Fri 13 Mar 2026 21.47 AEST", "", "", "B")],
        [("9.41pm AEST", "", "", "B")],
        [("Harriet Moorcroft-Lyle", "", "", "B")],
        [("Power out to 31,000 homes and businesses", "", "", "W")],
        [
            (
                "Ergon Energy said about 31,000 homes and businesses between Cardwell and Townsville were without power at 9.30pm, including almost all of Ingham.",
                "Ergon Energy",
                "said",
                "W",
            ),
            (
                "It said crews would not go out until gusts dropped below 90km/h, which was unlikely before dawn.",
                "Ergon Energy",
                "said",
                "",
            ),
            (
                "“Treat every fallen line as live, and stay at least eight metres away,” the company said in a post on Facebook.",
                "the company",
                "said in a post on Facebook",
                "",
            ),
        ],
        [("9.12pm AEST", "", "", "B")],
        [("Harriet Moorcroft-Lyle", "", "", "B")],
        [
            (
                "Hinchinbrook mayor says council depot has lost its roof",
                "Lachlan Birtles-Cavanagh",
                "says",
                "W",
            )
        ],
        [
            (
                "Hinchinbrook Shire mayor Lachlan Birtles-Cavanagh told Southerly by phone that the roof had come off the council's works depot in Ingham and the boat ramp at Garrawin Creek had been “ripped out of the ground.”",
                "Lachlan Birtles-Cavanagh",
                "told Southerly by phone",
                "W",
            )
        ],
        [
            (
                "“I've been through Larry and I've been through Yasi… this one sounded different,” he said.",
                "Lachlan Birtles-Cavanagh",
                "said",
                "",
            ),
            ("“It howled for three hours straight.", "Lachlan Birtles-Cavanagh", "said", ""),
            ("It just didn't stop!” he said.", "Lachlan Birtles-Cavanagh", "said", ""),
        ],
        [
            (
                "He said nobody in the shire had been reported injured as of 9pm.",
                "Lachlan Birtles-Cavanagh",
                "said",
                "W",
            )
        ],
        [("8.40pm AEST", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Declan Otway-Finch", "", "", "B")],
        [
            (
                "Premier says 2,400 people in evacuation centres",
                "Rosalind Kettering-Shaw",
                "says",
                "W",
            )
        ],
        [
            (
                "The premier, Rosalind Kettering-Shaw, told an 8pm press conference in Brisbane that 2,400 people were sheltering in 11 evacuation centres across the north.",
                "Rosalind Kettering-Shaw",
                "told an 8pm press conference",
                "W",
            ),
            (
                "She said the centre at the Townsville showgrounds reached its limit of 600 people at 7.15pm and a second hall had been opened beside it.",
                "Rosalind Kettering-Shaw",
                "said",
                "W",
            ),
        ],
        [
            ("“This is not over.", "Rosalind Kettering-Shaw", "said", ""),
            (
                "The wind is the first chapter, and the rain is the dangerous one,” she said.",
                "Rosalind Kettering-Shaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the state would seek help from the Australian Defence Force, Kettering-Shaw said 140 soldiers from Lavarack Barracks were already on standby.",
                "Rosalind Kettering-Shaw",
                "said",
                "W",
            )
        ],
        [("7.20pm AEST", "", "", "B")],
        [("Declan Otway-Finch", "", "", "B")],
        [
            (
                "Bureau says gust of 187km/h recorded at Garrawin Creek",
                "the Bureau of Meteorology",
                "says",
                "W",
            )
        ],
        [
            (
                "The Bureau of Meteorology's senior forecaster, Miriam Oduya-Thorne, said an automatic weather station at Garrawin Creek recorded a gust of 187km/h at 6.48pm, the strongest measured in the region since 2011.",
                "Miriam Oduya-Thorne",
                "said",
                "W",
            ),
            (
                "She said Orla had weakened to a category 3 system as it moved inland over the Herbert River valley.",
                "Miriam Oduya-Thorne",
                "said",
                "W",
            ),
            (
                "It was expected to become a tropical low by Saturday morning, she said.",
                "Miriam Oduya-Thorne",
                "said",
                "",
            ),
        ],
        [
            (
                "“People think once the eye has passed it's over… it isn't,” Oduya-Thorne said.",
                "Miriam Oduya-Thorne",
                "said",
                "",
            ),
            (
                "“Up to 400mm could fall on the Herbert catchment by Sunday.”",
                "Miriam Oduya-Thorne",
                "said",
                "",
            ),
        ],
        [("6.31pm AEST", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Declan Otway-Finch", "", "", "B")],
        [("Eye crosses coast between Cardwell and Ingham", "", "", "W")],
        [
            (
                "The eye of Cyclone Orla crossed the coast about 20km north of Ingham at 6.05pm as a category 4 system, the Bureau of Meteorology said.",
                "the Bureau of Meteorology",
                "said",
                "W",
            )
        ],
        [
            (
                "One reader in Ingham wrote: “Windows rattling like a train's going past.",
                "One reader in Ingham",
                "wrote",
                "",
            ),
            (
                "Kids are in the bath with a mattress over them.",
                "One reader in Ingham",
                "wrote",
                "",
            ),
            ("Is this normal?!”", "One reader in Ingham", "wrote", ""),
        ],
        [("© 2026 Southerly Media Pty Ltd", "", "", "B")],
    ],
    [
        [("CENTRAL LUZON COURIER", "", "", "B")],
        [("Home | Nation | Regions | Business | Agri | Opinion | Sports | Lifestyle", "", "", "B")],
        [("Agri › The Courier Interview", "", "", "B")],
        [
            (
                "Onion growers' chief says imports timed with the harvest pushed farmgate price to P25 a kilo",
                "Ma. Corazon Villaruel-Tiongco",
                "says",
                "W",
            )
        ],
        [
            (
                "Ma. Corazon Villaruel-Tiongco has led the Nueva Ecija Allied Onion Growers Federation since 2019.",
                "",
                "",
                "W",
            ),
            (
                "We spoke to her in Bongabon, where the dry-season harvest is in its third week.",
                "",
                "",
                "",
            ),
        ],
        [("By Rommel Cabatuan-Sarmiento", "", "", "B")],
        [("April 7, 2026 | 6:05 AM", "", "", "B")],
        [("Share this: Facebook · X · Viber · Email", "", "", "B")],
        [
            (
                "Harvested red onions dry in the sun in Brgy. Labi Munti, Bongabon, Nueva Ecija.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Jericho Dalisay-Ocampo", "", "", "B")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("Q: How bad is this harvest for your members?", "", "", "")],
        [
            ("A: The harvest itself is good.", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "Yields are up, about 18 tonnes a hectare in most of our barangays.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            ("The problem is the price.", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "Last Monday the traders were buying at P25 a kilo at the farm gate.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            ("Our production cost is around P42.", "Ma. Corazon Villaruel-Tiongco", "A:", "W"),
        ],
        [
            (
                "Q: The Department of Agriculture says the suggested retail price in Metro Manila is P120.",
                "The Department of Agriculture",
                "says",
                "W",
            ),
            ("Why the gap?", "", "", ""),
        ],
        [
            ("A: Ask the cold storage owners.", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "Between the farm and the market there are five or six hands, and each one takes a margin… the farmer takes the loss.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "",
            ),
            (
                "In December, when there was no local supply, onions in Metro Manila reached P600 a kilo, and nobody complained on behalf of the farmer then.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
        ],
        [("Q: Were imports allowed this year?", "", "", "")],
        [
            ("A: Yes, and that is the whole issue.", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "The Bureau of Plant Industry issued clearances for 21,000 tonnes in February, and the last shipments arrived in Manila in the second week of March.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            (
                "That is exactly when our harvest starts.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: The importers say there was a shortage in February.", "The importers", "say", "W"),
            ("Was there?", "", "", ""),
        ],
        [
            ("A: In February, maybe.", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "But you do not fix February with ships that come in March.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "",
            ),
            (
                "We wrote to the Secretary on Jan. 19 asking that all arrivals stop by Feb. 28.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            (
                "We received an acknowledgment and nothing more.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
        ],
        [("Q: Why don't growers store their own onions and wait for a better price?", "", "", "")],
        [
            ("A: With what money?", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
            (
                "A cold storage room for 5,000 bags costs P8 million to P10 million to build.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            (
                "Our federation has 1,430 members and one facility, in San Jose City, which we share with three cooperatives.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
            (
                "It holds 60,000 bags; the private ones in the province hold more than two million.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "W",
            ),
        ],
        [("Q: What do you tell the young farmers?", "", "", "")],
        [
            (
                "A: My son is 27, and he planted two hectares this season on his own.",
                "Ma. Corazon Villaruel-Tiongco",
                "A:",
                "",
            ),
            ("He sold at P26 and lost about P30,000.", "Ma. Corazon Villaruel-Tiongco", "A:", "W"),
            ("He asked me why we keep doing this!", "Ma. Corazon Villaruel-Tiongco", "A:", ""),
        ],
        [
            (
                "The Department of Agriculture did not respond to the Courier's questions by press time.",
                "The Department of Agriculture",
                "did not respond to the Courier's questions",
                "",
            ),
            (
                "Agriculture Sec. Renato Buenaflor-Quimpo said on March 30 that import clearances would be “calibrated to the harvest calendar” from next year.",
                "Renato Buenaflor-Quimpo",
                "said",
                "",
            ),
        ],
        [("RELATED: Bongabon farmers dump onions on Maharlika Highway in protest", "", "", "B")],
        [("© 2026 Central Luzon Courier.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Silverthorn Valley Energy Co-operative", "", "", "B")],
        [("Home  Members  Outages  Rates  Projects  About  Newsroom  Contact", "", "", "B")],
        [("Newsroom › News releases", "", "", "B")],
        [("Gaspard Ridge Solar and Storage Project begins supplying members", "", "", "W")],
        [
            (
                "Co-op's largest project to date is built to supply about 11% of members' electricity and supports a rate freeze for 2027",
                "",
                "",
                "W",
            )
        ],
        [("News release", "", "", "B")],
        [("May 20, 2026", "", "", "B")],
        [
            (
                "KENTVILLE, N.S. – Silverthorn Valley Energy Co-operative today announced that the Gaspard Ridge Solar and Storage Project in Kings County has begun supplying electricity to its 9,400 member households and businesses.",
                "Silverthorn Valley Energy Co-operative",
                "announced",
                "W",
            )
        ],
        [
            (
                "The 14-megawatt solar array, built on 31 hectares of former orchard land, is paired with a 20-megawatt-hour battery that can meet peak evening demand for about two hours.",
                "",
                "",
                "W",
            ),
            (
                "Construction began in June 2025 and finished three weeks ahead of schedule and $1.2 million under the $38.4-million budget.",
                "",
                "",
                "W",
            ),
            ("The project is expected to produce about 19,000 megawatt-hours a year.", "", "", ""),
        ],
        [
            (
                "“Our members asked us in 2021 to build something here in the Valley rather than buy more power from away,” said Marguerite Thibodeau-Ross, President and CEO of Silverthorn Valley Energy Co-operative.",
                "Marguerite Thibodeau-Ross",
                "said",
                "",
            ),
            ("“Today they own it.", "Marguerite Thibodeau-Ross", "said", ""),
            (
                "Every member household will see the benefit on its bill.”",
                "Marguerite Thibodeau-Ross",
                "said",
                "",
            ),
        ],
        [
            (
                "The co-operative's board of directors has approved a freeze on residential energy rates for 2027, subject to approval by the Nova Scotia Utility and Review Board.",
                "",
                "",
                "W",
            ),
            (
                "The average residential member pays $187.40 a month, incl. HST, at 2026 rates.",
                "",
                "",
                "W",
            ),
        ],
        [("Quick facts", "", "", "B")],
        [
            (
                "The project has 25,872 solar panels and 118 string inverters on a single-axis tracking system.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Government of Canada contributed $9.6 million through a federal clean electricity program, and the Province of Nova Scotia provided a $4-million loan at 2.1% over 20 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "About 120 people worked on site during construction, 74 of them from Kings and Annapolis counties.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Sheep from a neighbouring farm will graze the site from May to October to keep vegetation down.",
                "",
                "",
                "",
            )
        ],
        [("Quotes", "", "", "B")],
        [
            (
                "“Gaspard Ridge shows what a member-owned utility can do when members, governments and neighbours pull in the same direction.",
                "Marguerite Thibodeau-Ross",
                "–",
                "",
            ),
            ("We are already looking at the next site.”", "Marguerite Thibodeau-Ross", "–", ""),
        ],
        [
            (
                "– Marguerite Thibodeau-Ross, President and CEO, Silverthorn Valley Energy Co-operative",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "“Projects like this one lower bills and cut pollution at the same time.",
                "Aidan Corcoran-MacLeod",
                "–",
                "",
            ),
            (
                "The Government of Canada is proud to have invested $9.6 million in Kings County's energy future.”",
                "Aidan Corcoran-MacLeod",
                "–",
                "W",
            ),
        ],
        [
            (
                "– Aidan Corcoran-MacLeod, Member of Parliament for Kings—Hants, on behalf of the Minister of Energy and Natural Resources",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "“I was sceptical about putting panels on orchard land.",
                "Everett Brinicombe",
                "–",
                "",
            ),
            (
                "But the lease pays more than the apples did in a bad year… and the sheep seem happy!”",
                "Everett Brinicombe",
                "–",
                "",
            ),
        ],
        [("– Everett Brinicombe, landowner and co-op member since 1994", "", "", "B")],
        [("Associated links", "", "", "B")],
        [("Gaspard Ridge project page", "", "", "B")],
        [("2027 rate application (PDF, 1.4 MB)", "", "", "B")],
        [("About Silverthorn Valley Energy Co-operative", "", "", "B")],
        [
            (
                "Silverthorn Valley Energy Co-operative Ltd. is a member-owned electric utility founded in 1946.",
                "",
                "",
                "B",
            ),
            (
                "It serves 9,400 members in Kings and Annapolis counties and is governed by a nine-member elected board.",
                "",
                "",
                "B",
            ),
        ],
        [("Forward-looking information", "", "", "B")],
        [
            (
                "This release contains forward-looking statements about expected production and rates, which are subject to risks and uncertainties.",
                "",
                "",
                "B",
            ),
            ("Actual results may differ materially.", "", "", "B"),
        ],
        [("-30-", "", "", "B")],
        [("Media contact:", "", "", "B")],
        [("Jolene Arsenault-Pike, Communications Manager", "", "", "B")],
        [("902-555-0183 | media@silverthornvalley.coop", "", "", "B")],
        [("© 2026 Silverthorn Valley Energy Co-operative Ltd.", "", "", "B")],
    ],
    [
        [("THE MIDLAND ARGUS", "", "", "B")],
        [("News  Sport  Opinion  Business  Farming  Property  Death Notices  Jobs", "", "", "B")],
        [("Opinion", "", "", "B")],
        [
            (
                "Nurses are commuting from Longford to Dublin because we forgot to build homes near the work",
                "",
                "",
                "",
            )
        ],
        [
            (
                "A country that cannot house the people who care for it has a planning problem, not a housing crisis",
                "",
                "",
                "",
            )
        ],
        [("Gráinne Fennelly-Doran", "", "", "B")],
        [("Tue 12 May 2026 at 05:00", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "At 5.40 on a Monday morning, the car park at Longford station is already half full.",
                "",
                "",
                "",
            ),
            (
                "Muireann, a staff nurse I have known since we were at school together, is in the third row, eating toast out of a tinfoil parcel.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "She will be on a ward in the Mater by 8 a.m. and, if the trains behave, home by 9.30 p.m.",
                "",
                "",
                "",
            ),
            ("She has done this three days a week since 2022.", "", "", "W"),
            ("She is not unusual.", "", "", ""),
        ],
        [
            (
                "According to the CSO's census figures, 14,200 people now commute from the midland counties to Dublin every working day, up from 9,800 in 2016.",
                "the CSO's census figures",
                "according to",
                "W",
            ),
            (
                "The Residential Tenancies Board's latest rent index puts the average new rent in Dublin at €2,180 a month.",
                "The Residential Tenancies Board's latest rent index",
                "puts",
                "W",
            ),
            ("A staff nurse at the top of the scale earns about €58,000 before tax.", "", "", "W"),
            ("You can do the sums yourself.", "", "", ""),
        ],
        [
            ("I asked Muireann why she doesn't move.", "", "", ""),
            ("“Move where?” she said.", "Muireann", "said", ""),
            ("“I'm 41.", "Muireann", "said", ""),
            (
                "I'm not going back to a box room with three strangers and a rota for the fridge.”",
                "Muireann",
                "said",
                "",
            ),
        ],
        [
            (
                "Last week the Minister for Housing, Cathal Breathnach-Furlong, told the Dáil that 41,300 homes were completed in 2025, “the highest number since 2008.”",
                "Cathal Breathnach-Furlong",
                "told the Dáil",
                "W",
            ),
            ("He is right about the number.", "", "", ""),
            (
                "He did not mention that the Government's own target for that year was 50,500, or that fewer than one in five of those homes was built within walking distance of a hospital.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Here is the thing we keep refusing to say out loud.", "", "", ""),
            (
                "We have built a country in which the people who keep it running are priced out of the places where the work is.",
                "",
                "",
                "",
            ),
            ("It did not happen by accident.", "", "", ""),
        ],
        [
            (
                "For 15 years, successive governments have treated key-worker housing as somebody else's job: the councils', the market's, the approved housing bodies'.",
                "",
                "",
                "",
            ),
            ("Other countries did not.", "", "", ""),
            (
                "In Vienna, roughly four in ten households rent from the city or from a limited-profit housing association.",
                "",
                "",
                "W",
            ),
            ("Nobody there is asking nurses to catch the 5.58 from Longford.", "", "", ""),
        ],
        [("Could we do it here… of course we could, if we wanted to.", "", "", "")],
        [
            (
                "Landlords will tell you, with some justice, that the rules brought in since 2021 have driven small investors out of the market.",
                "Landlords",
                "will tell you",
                "",
            ),
            (
                "Eoin Prendiville-Carr, who let four apartments in Athlone until last year, told me he sold the last of them in January.",
                "Eoin Prendiville-Carr",
                "told me",
                "W",
            ),
            (
                "“Every one of them went to a family buying to live in,” he said.",
                "Eoin Prendiville-Carr",
                "said",
                "",
            ),
            ("“Is that a tragedy?”", "Eoin Prendiville-Carr", "said", ""),
        ],
        [
            ("Maybe not.", "", "", ""),
            (
                "But the nurses are still in the car park at 5.40, and the toast is still in the tinfoil.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Gráinne Fennelly-Doran is a journalist and broadcaster based in Mullingar.",
                "",
                "",
                "B",
            )
        ],
        [("Comments (214)", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Mullingar bypass objections to be heard in June", "", "", "B")],
        [("2", "", "", "B")],
        [("Athlone IT campus to add 600 student beds", "", "", "B")],
        [
            ("© 2026 Midland Argus Publications DAC.", "", "", "B"),
            ("Registered in Ireland No. 418277.", "", "", "B"),
        ],
    ],
    [
        [("WICKETLINE", "", "", "B")],
        [
            (
                "Home | Live Scores | Schedule | Series | Teams | News | Features | Videos",
                "",
                "",
                "B",
            )
        ],
        [("Ranji Trophy 2025-26 › 2nd Quarter-final › Report", "", "", "B")],
        [("Dhanorkar's 187 takes Vidarbha into semi-finals on first-innings lead", "", "", "W")],
        [
            (
                "Madhya Pradesh pay for a dropped catch on the first morning as the quarter-final ends in a draw in Nagpur",
                "",
                "",
                "",
            )
        ],
        [("Nikhil Sathaye-Rao", "", "", "B")],
        [("Nagpur | 14-Feb-2026 • 7:12 PM IST", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Vidarbha 461 & 188/3 drew with Madhya Pradesh 329; Vidarbha advanced on first-innings lead.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Harshal Dhanorkar was dropped on 11 on the first morning and went on to make 187.",
                "",
                "",
                "W",
            ),
            (
                "That innings, more than anything Madhya Pradesh did over the next four days, decided the second quarter-final of the Ranji Trophy, which was called off as a draw at 4.40 pm on Saturday with Vidarbha 188 for 3 in their second innings.",
                "",
                "",
                "W",
            ),
            (
                "Vidarbha, who led by 132 on first innings, go through to the semi-finals for the fourth time in five seasons.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dhanorkar, 26, faced 341 balls and hit 22 fours and two sixes.", "", "", "W"),
            (
                "He was put down by Devendra Chouhan at first slip off Anshul Tomar in the sixth over of the match, with Vidarbha on 19 for 1.",
                "",
                "",
                "W",
            ),
            ("It was not a difficult chance.", "", "", ""),
        ],
        [
            (
                "From there, Dhanorkar and wicketkeeper Rohan Gedam added 156 for the fifth wicket, the highest partnership of the match.",
                "",
                "",
                "W",
            ),
            (
                "Gedam made 72 before he was lbw to the left-arm spinner Kunal Sikarwar with the second new ball.",
                "",
                "",
                "W",
            ),
            ("Tomar finished with 4 for 98 from 31.3 overs.", "", "", "W"),
        ],
        [
            (
                "“When you get a life that early, you owe it to the team… so I just told myself to bat the whole day,” Dhanorkar said.",
                "Harshal Dhanorkar",
                "said",
                "",
            ),
            ("“Did I think about the drop?", "Harshal Dhanorkar", "said", ""),
            ("Only for one ball.”", "Harshal Dhanorkar", "said", ""),
        ],
        [
            ("Madhya Pradesh replied with 329 in 118.2 overs.", "", "", "W"),
            (
                "Their captain, Siddhant Raghuwanshi, made 104, his third hundred of the season, before he was caught at short leg off Parth Waghmare.",
                "",
                "",
                "W",
            ),
            (
                "Waghmare, the off-spinner, took 5 for 81, his best figures in first-class cricket.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vidarbha's coach, Sameer Paranjape, said Waghmare had bowled 41 overs in the innings with only two breaks.",
                "Sameer Paranjape",
                "said",
                "W",
            ),
            (
                "“He is 21 and he wanted the ball every time I looked at him,” Paranjape said.",
                "Sameer Paranjape",
                "said",
                "",
            ),
            ("“What more can a coach ask for?”", "Sameer Paranjape", "said", ""),
        ],
        [
            (
                "Madhya Pradesh coach Manoj Sengar-Tiwari said his side had “lost the match in the first session.”",
                "Manoj Sengar-Tiwari",
                "said",
                "",
            ),
            (
                "“We had them two down, and we let the best batter off.",
                "Manoj Sengar-Tiwari",
                "said",
                "",
            ),
            (
                "In a knockout, you don't get that back,” he said.",
                "Manoj Sengar-Tiwari",
                "said",
                "",
            ),
        ],
        [
            (
                "Rain washed out the whole of the fourth day's play after lunch, leaving Madhya Pradesh, still 132 behind, with little more than a day to force a result.",
                "",
                "",
                "W",
            ),
            ("They never looked close.", "", "", ""),
        ],
        [
            (
                "Vidarbha will play Saurashtra in the semi-final from Feb. 21 at the VCA Stadium in Jamtha, the Vidarbha Cricket Association said.",
                "the Vidarbha Cricket Association",
                "said",
                "W",
            ),
            (
                "The other semi-final, between Mumbai and Kerala, starts on the same day in Thiruvananthapuram.",
                "",
                "",
                "W",
            ),
        ],
        [("Brief scores:", "", "", "B")],
        [
            (
                "Vidarbha 461 in 142.5 overs (H. Dhanorkar 187, R. Gedam 72, Y. Kolte 41; A. Tomar 4-98, K. Sikarwar 3-121) and 188/3 in 52 overs (A. Wadhwani 84*, H. Dhanorkar 51; D. Chouhan 2-37)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Madhya Pradesh 329 in 118.2 overs (S. Raghuwanshi 104, P. Jatav 58; P. Waghmare 5-81, N. Barde 3-64)",
                "",
                "",
                "",
            )
        ],
        [("Result: Match drawn; Vidarbha qualify on first-innings lead", "", "", "")],
        [("Player of the match: Harshal Dhanorkar", "", "", "")],
        [("Nikhil Sathaye-Rao is a senior correspondent at Wicketline.", "", "", "B")],
        [("RELATED", "", "", "B")],
        [("Kerala seal first Ranji semi-final spot since 2019", "", "", "B")],
        [("Scorecard: Vidarbha vs Madhya Pradesh, 2nd QF", "", "", "B")],
        [
            ("© 2026 Wicketline Digital Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE NAIROBI TRIBUNE", "", "", "B")],
        [
            (
                "NSE ASI 142.87 ▲1.6% | NSE 20 2,214.06 ▲1.1% | USD/KES 129.28 ▼0.02% | 91-day T-bill 7.84%",
                "",
                "",
                "B",
            )
        ],
        [("News | Counties | Business | Markets | Tech | Opinion | Sports | ePaper", "", "", "B")],
        [("Business › Markets", "", "", "B")],
        [("NSE hits seven-year high as foreign investors pile into bank stocks", "", "", "W")],
        [
            (
                "Foreign buyers were net purchasers of Sh412 million worth of shares on Thursday, the most in a single session since August 2024",
                "",
                "",
                "W",
            )
        ],
        [("By Wairimu Gachoka-Nduta", "", "", "B")],
        [("Published on: 21 May 2026 - 6:18 pm", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B")],
        [
            (
                "The Nairobi Securities Exchange's all-share index rose 1.6 percent to 142.87 points on Thursday, its highest close since May 2018, as foreign investors bought heavily into the biggest lenders.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Equity turnover rose to Sh1.42 billion from Sh806 million on Wednesday, according to the bourse's daily report.",
                "the bourse's daily report",
                "according to",
                "W",
            ),
            ("Foreign investors accounted for 61.4 percent of all trades.", "", "", "W"),
        ],
        [
            (
                "Mvule Bank Plc led the gainers, climbing 4.9 percent to Sh58.25, after it reported a 23 percent rise in first-quarter net profit to Sh9.8 billion on Wednesday evening.",
                "",
                "",
                "W",
            ),
            ("Pwani Commercial Bank Ltd. gained 3.2 percent to Sh41.90.", "", "", "W"),
            (
                "Jiwe Telecom Plc, the most valuable company on the exchange, slipped 0.6 percent to Sh21.10 on profit-taking.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Foreigners are coming back because the shilling has been stable for a year and our banks are paying dividends of 8 to 10 percent,” said Grace Wanjiru Kimotho-Ochieng, head of research at Ngong Road Capital.",
                "Grace Wanjiru Kimotho-Ochieng",
                "said",
                "W",
            ),
            (
                "“Where else in the region do you get that?",
                "Grace Wanjiru Kimotho-Ochieng",
                "said",
                "",
            ),
            ("Not in Lagos, not in Cairo.”", "Grace Wanjiru Kimotho-Ochieng", "said", ""),
        ],
        [
            (
                "She said the index was still about 24 percent below its 2015 peak in shilling terms.",
                "Grace Wanjiru Kimotho-Ochieng",
                "said",
                "W",
            )
        ],
        [
            (
                "The shilling was little changed at 129.28 to the dollar, Central Bank of Kenya data show.",
                "Central Bank of Kenya data",
                "show",
                "W",
            ),
            ("It has traded between 128.9 and 129.6 since June 2025.", "", "", "W"),
        ],
        [
            ("Yields on government paper eased at Thursday's auction.", "", "", "W"),
            (
                "The 91-day Treasury bill fell to 7.84 percent from 7.91 percent, and the 364-day paper to 9.62 percent from 9.70 percent.",
                "",
                "",
                "W",
            ),
            (
                "The Central Bank said it had received bids worth Sh38.6 billion against Sh24 billion on offer, a subscription rate of 160.8 percent.",
                "The Central Bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Everyone is waiting for the Monetary Policy Committee on June 2… if they cut, bank stocks will run again,” said a dealer at a commercial bank in Nairobi.",
                "a dealer at a commercial bank in Nairobi",
                "said",
                "",
            ),
            (
                "The dealer asked not to be named because he is not authorised to speak to the media.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Not everyone is convinced.", "", "", ""),
            (
                "Benson Otieno Magare, an independent analyst and former stockbroker, said foreign money had left just as quickly in 2022.",
                "Benson Otieno Magare",
                "said",
                "W",
            ),
            (
                "“In 2022 the foreigners sold Sh18 billion in a year.",
                "Benson Otieno Magare",
                "said",
                "W",
            ),
            (
                "Retail investors should not chase this rally,” he said.",
                "Benson Otieno Magare",
                "said",
                "",
            ),
        ],
        [
            (
                "Tausi Cement Ltd., whose shares fell 7.5 percent to Sh6.42 after it delayed its annual results for a second time, declined to comment.",
                "Tausi Cement Ltd.",
                "declined to comment",
                "W",
            ),
            (
                "The company said on May 4 that the results would be published “no later than June 30.”",
                "The company",
                "said",
                "W",
            ),
        ],
        [("Top gainers, Thursday", "", "", "B")],
        [("Company | Close (Sh) | Change", "", "", "B")],
        [("Mvule Bank Plc | 58.25 | +4.9%", "", "", "")],
        [("Pwani Commercial Bank Ltd. | 41.90 | +3.2%", "", "", "")],
        [("Rift Valley Bottlers Plc | 112.00 | +2.8%", "", "", "")],
        [("Source: NSE", "", "", "B")],
        [("Also read: Treasury targets Sh420bn in domestic borrowing for 2026/27", "", "", "B")],
        [("Also read: Mvule Bank first-quarter profit rises 23pc on lending growth", "", "", "B")],
        [
            ("Copyright © 2026 Tribune Media Group Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE SINGAPORE SENTINEL", "", "", "B")],
        [
            (
                "Singapore | Asia | World | Business | Tech | Health | Sport | Life | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [
            (
                "Extra 80 minutes outdoors each school day cut new myopia cases in children by 31%: Singapore study",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Researchers say schools could adopt the approach without adding to lesson time, but caution that the effect on children who are already short-sighted was small",
                "Researchers",
                "say",
                "",
            )
        ],
        [("Desmond Koh Jia Wei", "", "", "B")],
        [("Health Correspondent", "", "", "B")],
        [("Published May 21, 2026, 05:00 AM SGT", "", "", "B")],
        [("Gift this article", "", "", "B")],
        [
            (
                "Pupils at one of the 14 primary schools in the study play during an outdoor recess session.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO: SENTINEL FILE", "", "", "B")],
        [
            (
                "SINGAPORE – Primary school pupils who spent an extra 80 minutes outdoors each school day were 31 per cent less likely to become short-sighted over three years than those who did not, a Singapore study has found.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The trial, which followed 2,418 children aged seven to nine in 14 primary schools from 2022 to 2025, was published on May 20 in the journal Ophthalmic Epidemiology Asia.",
                "",
                "",
                "W",
            ),
            (
                "It was led by researchers from the National University of Singapore and the Singapore National Eye Centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Half the schools were randomly assigned to move recess, physical education and some form-teacher periods outdoors, so that pupils spent about 80 more minutes a day outside without losing lesson time.",
                "",
                "",
                "W",
            ),
            (
                "In those schools, 21.7 per cent of children who had normal vision at the start developed myopia by the end of the third year, against 31.4 per cent in the other schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The message for parents is simple: daylight matters,” said the study's lead author, Associate Professor Tan Hui Min of NUS's Yong Loo Lin School of Medicine.",
                "Tan Hui Min",
                "said",
                "",
            ),
            ("“You don't need a playground or a sports programme.", "Tan Hui Min", "said", ""),
            ("You need children to be out in bright light for longer.”", "Tan Hui Min", "said", ""),
        ],
        [
            (
                "Prof Tan said light levels outdoors, even in shade, were typically 10 to 50 times higher than in a classroom.",
                "Tan Hui Min",
                "said",
                "W",
            ),
            (
                "The leading explanation is that bright light slows the growth of the eyeball, she said.",
                "Tan Hui Min",
                "said",
                "",
            ),
        ],
        [
            ("The effect on children who were already short-sighted was smaller.", "", "", "W"),
            (
                "Their prescriptions worsened by an average of 0.42 dioptres a year in the outdoor schools, against 0.49 dioptres in the others, a difference the authors said could have been due to chance.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Singapore has one of the highest rates of childhood myopia in the world.",
                "",
                "",
                "W",
            ),
            (
                "About 65 per cent of children are short-sighted by Primary 6, and about 83 per cent of young adults, according to the Ministry of Health.",
                "the Ministry of Health",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Ravindran Muthiah, a consultant paediatric ophthalmologist who was not involved in the study, called it “one of the better-designed trials we have”.",
                "Ravindran Muthiah",
                "called",
                "",
            ),
            (
                "But he said schools that took part knew they were being studied, and some teachers may have been stricter about getting children outside than they would be otherwise.",
                "Ravindran Muthiah",
                "said",
                "",
            ),
            ("“A 31 per cent drop is large…", "Ravindran Muthiah", "said", ""),
            (
                "Whether it holds when the researchers are not watching is the real question,” he said.",
                "Ravindran Muthiah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Health Promotion Board said in response to queries that it would “study the findings closely”.",
                "The Health Promotion Board",
                "said in response to queries",
                "",
            ),
            (
                "It said its current guidance recommends at least two hours of outdoor time a day for children.",
                "The Health Promotion Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madam Nur Farhana Rahim, 38, whose son took part in the trial at a school in Tampines, said he now asks to walk home instead of taking the school bus.",
                "Nur Farhana Rahim",
                "said",
                "",
            ),
            ("“At first he complained about the heat!” she said.", "Nur Farhana Rahim", "said", ""),
            ("“Now he says his eyes feel less tired.”", "Nur Farhana Rahim", "said", ""),
        ],
        [
            (
                "Journal reference: Tan HM, Chua JX, Ong BK, et al. Outdoor time during the school day and incident myopia in Singapore children: a cluster-randomised trial. Ophthalmic Epidemiol Asia. 2026;9(2):114-126.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Join The Singapore Sentinel's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            )
        ],
        [("Read 3 articles and stand to win rewards", "", "", "B")],
        [("Spin the wheel now", "", "", "B")],
        [("MORE ON THIS TOPIC", "", "", "B")],
        [("Myopia drops in children tested after two years of home-based learning", "", "", "B")],
        [("Parents' guide: how much screen time is too much?", "", "", "B")],
        [
            ("Copyright © 2026 Sentinel Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 198400217K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("PERTHSHIRE POST", "", "", "B")],
        [
            (
                "News | Sport | Business | Farming | What's On | Family Notices | Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("News › Courts", "", "", "B")],
        [
            (
                "Plant hire firm fined £160,000 after young worker crushed by overturning telehandler",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Sheriff says risk of the machine tipping on the slope was “obvious and entirely foreseeable”",
                "Alasdair Mowat-Lennie",
                "says",
                "",
            )
        ],
        [("By Morven Tullis-Greig", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("Wednesday 18 March 2026, 4:55pm", "", "", "B")],
        [("Share: Facebook X Email", "", "", "B")],
        [("Perth Sheriff Court, where the company admitted the breach on Wednesday.", "", "", "W")],
        [("Image: Perthshire Post", "", "", "B")],
        [
            (
                "A Perthshire plant hire company has been fined £160,000 after a 23-year-old worker was crushed when the telehandler he was operating overturned on a sloping field near Auchterarder.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Strathearn Plant & Agri Hire Ltd., of Crieff Road, Perth, admitted breaching the Health and Safety at Work etc. Act 1974 when it appeared at Perth Sheriff Court.",
                "",
                "",
                "W",
            ),
            (
                "Callum Drysdale-Baird suffered a fractured pelvis and crush injuries to his left leg in the incident at Balgownie Mains farm on 8 August 2023.",
                "",
                "",
                "W",
            ),
            (
                "He spent 11 weeks in Ninewells Hospital in Dundee and has not returned to work.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fiscal depute Fiona Lattimer-Gow told the court the company had supplied Mr Drysdale-Baird and the machine to the farm for the silage and straw season.",
                "Fiona Lattimer-Gow",
                "told the court",
                "W",
            ),
            (
                "She said he had been lifting round bales onto a trailer on a slope of about 14 degrees when the telehandler tipped onto its side at around 6.20pm.",
                "Fiona Lattimer-Gow",
                "said",
                "W",
            ),
            (
                "The machine's load chart, kept in the cab, said it should not be driven with a raised load across slopes steeper than 10 degrees.",
                "The machine's load chart",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Lattimer-Gow said Mr Drysdale-Baird had been given a 40-minute induction on the machine by a company fitter but no training in working on slopes, and that no risk assessment had been carried out for the field.",
                "Fiona Lattimer-Gow",
                "said",
                "W",
            ),
            (
                "An investigation by the Health and Safety Executive found that the company had carried out a written risk assessment for only three of the 27 farms it supplied with operators that year.",
                "An investigation by the Health and Safety Executive",
                "found",
                "W",
            ),
        ],
        [
            (
                "Defence solicitor Ruaridh Menzies-Fotheringham said the company deeply regretted the accident and had since rewritten its procedures.",
                "Ruaridh Menzies-Fotheringham",
                "said",
                "",
            ),
            (
                "He said every operator now received a full day's training, including on slopes, before being sent out, and that the firm had fitted tilt alarms to all 19 of its telehandlers at a cost of about £23,000.",
                "Ruaridh Menzies-Fotheringham",
                "said",
                "W",
            ),
            (
                "“This was a family business that got something badly wrong,” he said.",
                "Ruaridh Menzies-Fotheringham",
                "said",
                "",
            ),
            ("“It has not tried to hide from that.”", "Ruaridh Menzies-Fotheringham", "said", ""),
        ],
        [
            (
                "Sheriff Alasdair Mowat-Lennie said he would have fined the company £240,000 after a trial, but had reduced the penalty by a third because of its early guilty plea.",
                "Alasdair Mowat-Lennie",
                "said",
                "W",
            ),
            (
                "He said the risk of the machine tipping on a slope of that gradient was “obvious and entirely foreseeable”.",
                "Alasdair Mowat-Lennie",
                "said",
                "",
            ),
        ],
        [
            (
                "“A young man has been left with injuries that will affect him for the rest of his life.",
                "Alasdair Mowat-Lennie",
                "said",
                "",
            ),
            (
                "That is the measure of this failure,” the sheriff said.",
                "Alasdair Mowat-Lennie",
                "said",
                "",
            ),
        ],
        [("The company was given 12 months to pay.", "", "", "W")],
        [
            (
                "Speaking outside court, Mr Drysdale-Baird's mother, Lorraine Drysdale, said her son had been “a different boy” since the accident.",
                "Lorraine Drysdale",
                "said",
                "",
            ),
            (
                "“He played football twice a week and he was saving for a flat… he can't walk the length of the street now without sticks,” she said.",
                "Lorraine Drysdale",
                "said",
                "",
            ),
        ],
        [
            (
                "“Did anybody at that company ever stand in that field and look at it?",
                "Lorraine Drysdale",
                "said",
                "",
            ),
            ("I don't think so.”", "Lorraine Drysdale", "said", ""),
        ],
        [
            (
                "HSE inspector Euan Laidlaw-Crum said after the hearing: “Telehandlers overturn on farms every year, and the causes are nearly always the same.",
                "Euan Laidlaw-Crum",
                "said",
                "",
            ),
            (
                "Employers must plan the work, train the operator for the ground and make sure the machine is suited to it.”",
                "Euan Laidlaw-Crum",
                "said",
                "",
            ),
        ],
        [
            (
                "Figures published by the HSE show 11 people were killed in incidents involving telehandlers on farms in Great Britain between 2015 and 2025.",
                "Figures published by the HSE",
                "show",
                "W",
            )
        ],
        [
            (
                "In a statement, Strathearn Plant & Agri Hire said it had “apologised personally” to Mr Drysdale-Baird and his family.",
                "Strathearn Plant & Agri Hire Ltd.",
                "said",
                "",
            ),
            (
                "Mr Drysdale-Baird is pursuing a separate claim for damages against the company at the Court of Session.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Do you have a story for us?", "", "", "B"),
            ("Email newsdesk@perthshirepost.co.uk", "", "", "B"),
        ],
        [("Related", "", "", "B")],
        [("Farmer fined after quad bike death of seasonal worker", "", "", "B")],
        [("Crieff haulage firm admits safety breach over loading bay fall", "", "", "B")],
        [
            ("© 2026 Perthshire Post Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC284119.", "", "", "B"),
        ],
    ],
    [
        [("ESSEQUIBO STAR", "", "", "B")],
        [("Home  News  Politics  Business  Regions  Oil & Gas  Sport  Letters", "", "", "B")],
        [("Politics", "", "", "B")],
        [("House approves $62.4B in extra spending after Opposition walks out", "", "", "W")],
        [
            (
                "Opposition Chief Whip calls supplementary paper ‘a blank cheque signed after the money was spent’",
                "Natasha Fiedtkou-Benn",
                "calls",
                "",
            )
        ],
        [("By Staff Reporter", "", "", "B")],
        [("May 15, 2026", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Opposition members leave the chamber of the National Assembly on Thursday night.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Essequibo Star/Orin Persaud-Griffith", "", "", "B")],
        [
            (
                "THE National Assembly on Thursday night approved $62.4 billion (US$298 million) in supplementary spending for the Government after the Opposition walked out of the sitting at 9.15 pm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Financial Paper No. 3 of 2026 was passed by 36 votes to none at 11.48 pm, after a debate that lasted more than six hours.",
                "",
                "",
                "W",
            ),
            (
                "It is the third supplementary paper brought to the House since the 2026 budget was passed in February, and brings this year's supplementary spending to $131.9 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Minister in the Office of the President with responsibility for Finance, Dr. Kamal Bissessar-Ramroop, told the House that $41.7 billion of the sum had already been spent from the Contingencies Fund since March.",
                "Kamal Bissessar-Ramroop",
                "told the House",
                "W",
            ),
            (
                "He said most of it went on emergency works after floods in Regions Two, Three and Five in April, including $14.2 billion to repair sea defences and drainage.",
                "Kamal Bissessar-Ramroop",
                "said",
                "W",
            ),
            (
                "The Contingencies Fund exists for urgent spending that cannot wait for Parliament, and every withdrawal must be approved by the House afterwards, he said.",
                "Kamal Bissessar-Ramroop",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Should we have let the water sit in people's homes while we waited for a sitting?” he asked.",
                "Kamal Bissessar-Ramroop",
                "asked",
                "",
            )
        ],
        [
            (
                "Opposition Chief Whip Natasha Fiedtkou-Benn said the paper was “a blank cheque signed after the money was spent.”",
                "Natasha Fiedtkou-Benn",
                "said",
                "",
            ),
            (
                "She said 22 of the paper's 48 line items gave no breakdown of what the money had bought, and that $6.8 billion was listed only as “other goods and services.”",
                "Natasha Fiedtkou-Benn",
                "said",
                "W",
            ),
        ],
        [
            ("“We asked for the contracts.", "Natasha Fiedtkou-Benn", "said", ""),
            ("We asked for the names of the contractors.", "Natasha Fiedtkou-Benn", "said", ""),
            (
                "We were told to wait for the Auditor General!” she said.",
                "Natasha Fiedtkou-Benn",
                "said",
                "",
            ),
        ],
        [
            (
                "The Speaker, Mr. Leonard Carmichael-Fraser, ruled at 9.05 pm that questions on individual contracts were out of order during the consideration of a financial paper and would have to be put in writing.",
                "Leonard Carmichael-Fraser",
                "ruled",
                "W",
            ),
            ("Ten minutes later, Opposition members left the chamber.", "", "", "W"),
        ],
        [
            (
                "Opposition Leader Terrence Abdool-Heywood later told reporters outside Parliament Building that the Opposition would write to the Auditor General asking for a special audit of the Contingencies Fund.",
                "Terrence Abdool-Heywood",
                "told reporters",
                "",
            ),
            (
                "“We will not sit there and clap for spending we are not allowed to see,” he said.",
                "Terrence Abdool-Heywood",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Auditor General's report for 2024, $18.3 billion was withdrawn from the Contingencies Fund that year, and $4.1 billion of it had not been approved by the House by December 31.",
                "the Auditor General's report for 2024",
                "according to",
                "W",
            )
        ],
        [
            (
                "Government MP Savitri Jagnarine-Moore said the Opposition had “walked out on the farmers of Mahaicony” and accused its members of playing politics with flood relief.",
                "Savitri Jagnarine-Moore",
                "said",
                "",
            )
        ],
        [
            (
                "Mahaicony rice farmer Deonarine Seecharran-Mohabir, who watched the debate from the public gallery, said he lost 30 acres of paddy in the April floods and had received $240,000 in compensation.",
                "Deonarine Seecharran-Mohabir",
                "said",
                "W",
            ),
            (
                "“It is not enough, but it came,” he said.",
                "Deonarine Seecharran-Mohabir",
                "said",
                "",
            ),
        ],
        [
            (
                "The Private Sector Commission said in a statement on Friday that it supported the flood spending but urged the Government to publish every contract awarded under emergency procurement.",
                "The Private Sector Commission",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "The House is scheduled to meet again on May 28, when an Opposition motion on the Contingencies Fund is due to be debated.",
                "",
                "",
                "W",
            )
        ],
        [("Related Posts", "", "", "B")],
        [("Flood relief: $3.2B paid to 11,400 farmers, ministry says", "", "", "B")],
        [("Letter: The Contingencies Fund is not a piggy bank", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [("Copyright © 2026 Essequibo Star.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("SONORAN LEDGER", "", "", "B")],
        [
            (
                "News  Politics  Business  Sports  Things to Do  Opinion  Obituaries  e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL › WATER", "", "", "B")],
        [
            (
                "Tucson's new water rates start July 1: What changes on your bill, who gets a break and what's next",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The City Council voted 5-2 on Tuesday to add a fourth, higher tier for the heaviest summer users",
                "",
                "",
                "W",
            )
        ],
        [("Ximena Arredondo-Platt Sonoran Ledger", "", "", "B")],
        [("Published 6:02 a.m. MT May 21, 2026 | Updated 9:47 a.m. MT May 21, 2026", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Most Tucson Water customers will pay a few dollars more a month starting July 1, but the biggest summer users could see their bills rise by a third or more under a rate plan the City Council approved Tuesday.",
                "",
                "",
                "W",
            ),
            ("Here's what you need to know.", "", "", ""),
        ],
        [("What is changing?", "", "", "")],
        [
            (
                "The city is adding a fourth tier to its residential rate for water used above 30 ccf in a month, or roughly 22,400 gallons.",
                "",
                "",
                "W",
            ),
            (
                "One ccf, the unit on your bill, is 100 cubic feet, or about 748 gallons.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water in the new top tier will cost $9.86 per ccf, compared with $6.12 in the current top tier.",
                "",
                "",
                "W",
            ),
            (
                "All four tiers also go up by 4.5%, and the monthly service charge for a standard 5/8-inch meter rises from $11.40 to $12.25.",
                "",
                "",
                "W",
            ),
        ],
        [("How much will my bill go up?", "", "", "")],
        [
            (
                "The typical single-family household uses about 9 ccf a month, according to Tucson Water.",
                "Tucson Water",
                "according to",
                "W",
            ),
            ("At that level, the monthly bill will rise by about $2.10, to $48.77.", "", "", "W"),
            (
                "A household that uses 40 ccf in July, which is not unusual for a large lot with a pool and grass, will see that month's bill climb from $212.30 to about $281.",
                "",
                "",
                "W",
            ),
        ],
        [("Why is the city doing this?", "", "", "")],
        [
            (
                "Tucson Water Director Lorna Vasquez-Whitlock told the council that the utility's cost of buying Colorado River water from the Central Arizona Project rose 19% this year.",
                "Lorna Vasquez-Whitlock",
                "told the council",
                "W",
            ),
            (
                "She said the top tier was meant to “send a price signal” to the 6% of customers who account for about a fifth of summer demand.",
                "Lorna Vasquez-Whitlock",
                "said",
                "W",
            ),
        ],
        [
            ("“We are not trying to punish anybody…", "Lorna Vasquez-Whitlock", "said", ""),
            (
                "We are asking the people who use the most to pay what that water actually costs us,” Vasquez-Whitlock said.",
                "Lorna Vasquez-Whitlock",
                "said",
                "",
            ),
        ],
        [
            (
                "Arizona's share of the Colorado River has been cut under shortage declarations by the U.S. Bureau of Reclamation every year since 2022, and talks among the seven basin states over how the river will be shared after 2026 have not concluded.",
                "",
                "",
                "W",
            )
        ],
        [("Who gets a break?", "", "", "")],
        [
            (
                "Customers enrolled in the city's low-income assistance program will get a credit of $15 a month, up from $10.",
                "",
                "",
                "W",
            ),
            (
                "About 8,900 households are enrolled, but Tucson Water estimates as many as 30,000 qualify.",
                "Tucson Water",
                "estimates",
                "W",
            ),
            ("To qualify, a household of four must earn less than $62,400 a year.", "", "", "W"),
        ],
        [("Why did two council members vote no?", "", "", "")],
        [
            (
                "Council Member Dwight Okonkwo-Reyes said the plan would hit large families on the south side who have no pools but many people under one roof.",
                "Dwight Okonkwo-Reyes",
                "said",
                "",
            ),
            (
                "“A family of eight in a three-bedroom house is not a golf course,” he said.",
                "Dwight Okonkwo-Reyes",
                "said",
                "",
            ),
        ],
        [
            (
                "Council Member Pauline Hadaway-Tso, the other no vote, said the city should have waited for a rate study due in October.",
                "Pauline Hadaway-Tso",
                "said",
                "",
            )
        ],
        [("What about customers outside city limits?", "", "", "")],
        [
            (
                "Tucson Water also serves about 41,000 accounts outside the city limits, in unincorporated Pima County.",
                "",
                "",
                "W",
            ),
            (
                "Those customers already pay higher rates, and the new tier applies to them too.",
                "",
                "",
                "W",
            ),
        ],
        [("Can I do anything to lower my bill?", "", "", "")],
        [
            (
                "Tucson Water offers rebates of up to $2,000 for replacing grass with desert landscaping and up to $300 for a smart irrigation controller.",
                "",
                "",
                "W",
            )
        ],
        [("What happens next?", "", "", "")],
        [
            ("The new rates apply to bills issued on or after July 1.", "", "", "W"),
            (
                "The council is scheduled to review them on Jan. 12, 2027, after the rate study is published.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kathleen Marsh-Ybarra, a retired teacher who spoke at Tuesday's meeting, said she had already let her backyard lawn die.",
                "Kathleen Marsh-Ybarra",
                "said",
                "",
            ),
            (
                "“Is a dead lawn in Tucson really news?” she said.",
                "Kathleen Marsh-Ybarra",
                "said",
                "",
            ),
        ],
        [
            (
                "Ximena Arredondo-Platt covers water and the environment for the Sonoran Ledger.",
                "",
                "",
                "B",
            ),
            ("Reach her at xarredondo@sonoranledger.com or on X at @ximenaAP.", "", "", "B"),
        ],
        [("© 2026 Sonoran Ledger.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("KALAHARI POST", "", "", "B")],
        [
            (
                "Home | National | Regional | Business | Sport | Lifestyle | Obituaries | Vacancies",
                "",
                "",
                "B",
            )
        ],
        [("Lifestyle › Obituaries", "", "", "B")],
        [("Josefina Hamwaalwa, who taught Katutura to sing, dies at 87", "", "", "W")],
        [
            (
                "Her choir sang at the independence celebrations in 1990 and rehearsed every Sunday for more than 50 years",
                "",
                "",
                "W",
            )
        ],
        [("By Helvi Shaanika-Beukes", "", "", "B")],
        [("16 May 2026", "", "", "B")],
        [("Share: WhatsApp | Facebook | X", "", "", "B")],
        [
            (
                "Josefina Hamwaalwa conducts the Katutura Youth Harmony Choir at a concert in Windhoek in 2014.",
                "",
                "",
                "W",
            )
        ],
        [("Photo: Kalahari Post archive", "", "", "B")],
        [
            ("Born: 3 March 1939, Oniipa.", "", "", "W"),
            ("Died: 9 May 2026, Windhoek.", "", "", "W"),
        ],
        [
            (
                "Josefina Nantinda Hamwaalwa, the music teacher who founded one of Namibia's best-known youth choirs and led it for more than half a century, died on 9 May at Windhoek Central Hospital.",
                "",
                "",
                "W",
            ),
            ("She was 87.", "", "", "W"),
        ],
        [
            (
                "Her son, Tomas Shilongo Hamwaalwa, said she died after a short illness, with three of her grandchildren singing at her bedside.",
                "Tomas Shilongo Hamwaalwa",
                "said",
                "W",
            ),
            (
                "“She conducted them with one finger until the end,” he said.",
                "Tomas Shilongo Hamwaalwa",
                "said",
                "",
            ),
        ],
        [
            (
                "She was born at Oniipa, in what was then South West Africa, the fourth of seven children of a carpenter and a seamstress at the Finnish mission.",
                "",
                "",
                "W",
            ),
            (
                "She trained as a teacher and in 1961 moved to Windhoek, where she taught music at a primary school in Katutura for 31 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a 2015 interview with the Kalahari Post, she remembered arriving with “one suitcase, one tuning fork and no piano.”",
                "Josefina Nantinda Hamwaalwa",
                "remembered",
                "",
            ),
            ("“The children had voices like birds…", "Josefina Nantinda Hamwaalwa", "said", ""),
            (
                "What they did not have was anybody listening to them,” she said then.",
                "Josefina Nantinda Hamwaalwa",
                "said",
                "",
            ),
        ],
        [
            (
                "She founded the Katutura Youth Harmony Choir in 1974 with 16 pupils, who rehearsed in a church hall on Sunday afternoons because they were not allowed to use the school after hours.",
                "",
                "",
                "W",
            ),
            (
                "By 1990 the choir had more than 80 members, and on 21 March that year it sang at the independence celebrations at the stadium in Windhoek.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Former members describe her as strict, funny and impossible to disappoint.",
                "Former members",
                "describe",
                "",
            ),
            (
                "“If you came late, you sang the first hymn alone, in front of everyone,” said Elina Kambonde-Groenewald, a soprano who joined the choir at nine and now sings with an opera company in Leipzig.",
                "Elina Kambonde-Groenewald",
                "said",
                "",
            ),
            ("“I was late exactly once.", "Elina Kambonde-Groenewald", "said", ""),
            ("Once!”", "Elina Kambonde-Groenewald", "said", ""),
        ],
        [
            (
                "In 1996 the choir toured Germany, giving 12 concerts in 19 days, and in 2003 it recorded an album of her hymns in Oshiwambo, Otjiherero and Khoekhoegowab.",
                "",
                "",
                "W",
            ),
            (
                "She wrote more than 40 hymns, several of which are still sung in Lutheran congregations across the north.",
                "",
                "",
                "W",
            ),
            (
                "She received the Most Excellent Order of the Eagle, Third Class, in 2008.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement on Sunday, Education Minister Loide Amupolo-Nangombe said Mrs. Hamwaalwa had “given a generation of Namibian children the confidence to be heard.”",
                "Loide Amupolo-Nangombe",
                "said",
                "",
            ),
            (
                "She said the ministry would name its national schools choir competition after her from next year.",
                "Loide Amupolo-Nangombe",
                "said",
                "",
            ),
        ],
        [
            ("Her husband, Rev. Abraham Hamwaalwa, a Lutheran pastor, died in 2011.", "", "", "W"),
            (
                "She is survived by three sons, a daughter, 14 grandchildren and four great-grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A memorial service will be held at the Lutheran church in Katutura on Friday, 22 May, at 14:00, and she will be buried at Oniipa on Saturday, 30 May.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The choir, which now has 64 members, rehearsed as usual on Sunday afternoon.",
                "",
                "",
                "W",
            ),
            (
                "Its conductor since 2019, Moses Iitula-Skrywer, said they had started with one of her hymns and had not been able to finish it.",
                "Moses Iitula-Skrywer",
                "said",
                "",
            ),
            ("“We will try again next week,” he said.", "Moses Iitula-Skrywer", "said", ""),
        ],
        [
            (
                "Share your memories of Josefina Hamwaalwa: email obituaries@kalaharipost.com.na",
                "",
                "",
                "B",
            )
        ],
        [("More obituaries", "", "", "B")],
        [("Former Swakopmund mayor remembered as ‘a builder of bridges’", "", "", "B")],
        [("Rugby pioneer who coached the first national schools side dies at 79", "", "", "B")],
        [("© Kalahari Post 2026.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h97-gh-dr-initial-committee",
        "A COCOBOD deputy chief executive, Dr. Akua S. Owusu-Ansah, told a parliamentary committee in April that the board owed licensed buying companies about 2.1 billion cedis for beans delivered last season. She said the arrears would be cleared by the end of June.",
        [
            "A COCOBOD deputy chief executive, Dr. Akua S. Owusu-Ansah, told a parliamentary committee in April that the board owed licensed buying companies about 2.1 billion cedis for beans delivered last season.",
            "She said the arrears would be cleared by the end of June.",
        ],
    ),
    (
        "h97-gh-ltd-comma-inverted",
        "“Farmers in Sefwi who used to sell us 200 bags a season are bringing in 40,” said Yaw Ofori-Kumah, managing director of Nkawie Produce Buyers Ltd., a licensed buying company based in Kumasi.",
        [
            "“Farmers in Sefwi who used to sell us 200 bags a season are bringing in 40,” said Yaw Ofori-Kumah, managing director of Nkawie Produce Buyers Ltd., a licensed buying company based in Kumasi."
        ],
    ),
    (
        "h97-gh-question-then-attribution",
        "“Some of them have cut their trees. Some are carrying their beans across the border at night. Who can blame them?” he said.",
        [
            "“Some of them have cut their trees.",
            "Some are carrying their beans across the border at night.",
            "Who can blame them?” he said.",
        ],
    ),
    (
        "h97-gh-decimal-acres-quote",
        "In Asempaneye, a village of about 1,200 people near Bibiani, farmer Comfort Adjoa Baidoo-Mensah, 47, said she had lost 3.5 acres of trees to the disease since 2023. “The cutting gang came in January and left me with stumps,” she said. She said she had been promised 1,000 cedis per hectare in compensation and had received nothing.",
        [
            "In Asempaneye, a village of about 1,200 people near Bibiani, farmer Comfort Adjoa Baidoo-Mensah, 47, said she had lost 3.5 acres of trees to the disease since 2023.",
            "“The cutting gang came in January and left me with stumps,” she said.",
            "She said she had been promised 1,000 cedis per hectare in compensation and had received nothing.",
        ],
    ),
    (
        "h97-au-ellipsis-lower-exclaim",
        "“I've been through Larry and I've been through Yasi… this one sounded different,” he said. “It howled for three hours straight. It just didn't stop!” he said.",
        [
            "“I've been through Larry and I've been through Yasi… this one sounded different,” he said.",
            "“It howled for three hours straight.",
            "It just didn't stop!” he said.",
        ],
    ),
    (
        "h97-au-interrobang-reader",
        "One reader in Ingham wrote: “Windows rattling like a train's going past. Kids are in the bath with a mattress over them. Is this normal?!”",
        [
            "One reader in Ingham wrote: “Windows rattling like a train's going past.",
            "Kids are in the bath with a mattress over them.",
            "Is this normal?!”",
        ],
    ),
    (
        "h97-au-category-then-she-said",
        "She said Orla had weakened to a category 3 system as it moved inland over the Herbert River valley. It was expected to become a tropical low by Saturday morning, she said.",
        [
            "She said Orla had weakened to a category 3 system as it moved inland over the Herbert River valley.",
            "It was expected to become a tropical low by Saturday morning, she said.",
        ],
    ),
    (
        "h97-ph-ma-name-standfirst",
        "Ma. Corazon Villaruel-Tiongco has led the Nueva Ecija Allied Onion Growers Federation since 2019. We spoke to her in Bongabon, where the dry-season harvest is in its third week.",
        [
            "Ma. Corazon Villaruel-Tiongco has led the Nueva Ecija Allied Onion Growers Federation since 2019.",
            "We spoke to her in Bongabon, where the dry-season harvest is in its third week.",
        ],
    ),
    (
        "h97-ph-feb-ends-sentence",
        "We wrote to the Secretary on Jan. 19 asking that all arrivals stop by Feb. 28. We received an acknowledgment and nothing more.",
        [
            "We wrote to the Secretary on Jan. 19 asking that all arrivals stop by Feb. 28.",
            "We received an acknowledgment and nothing more.",
        ],
    ),
    (
        "h97-ph-q-source-then-question",
        "Q: The importers say there was a shortage in February. Was there?",
        ["Q: The importers say there was a shortage in February.", "Was there?"],
    ),
    (
        "h97-ph-sec-title",
        "The Department of Agriculture did not respond to the Courier's questions by press time. Agriculture Sec. Renato Buenaflor-Quimpo said on March 30 that import clearances would be “calibrated to the harvest calendar” from next year.",
        [
            "The Department of Agriculture did not respond to the Courier's questions by press time.",
            "Agriculture Sec. Renato Buenaflor-Quimpo said on March 30 that import clearances would be “calibrated to the harvest calendar” from next year.",
        ],
    ),
    (
        "h97-ca-dateline-ns-dash",
        "KENTVILLE, N.S. – Silverthorn Valley Energy Co-operative today announced that the Gaspard Ridge Solar and Storage Project in Kings County has begun supplying electricity to its 9,400 member households and businesses.",
        [
            "KENTVILLE, N.S. – Silverthorn Valley Energy Co-operative today announced that the Gaspard Ridge Solar and Storage Project in Kings County has begun supplying electricity to its 9,400 member households and businesses."
        ],
    ),
    (
        "h97-ca-incl-hst",
        "The co-operative's board of directors has approved a freeze on residential energy rates for 2027, subject to approval by the Nova Scotia Utility and Review Board. The average residential member pays $187.40 a month, incl. HST, at 2026 rates.",
        [
            "The co-operative's board of directors has approved a freeze on residential energy rates for 2027, subject to approval by the Nova Scotia Utility and Review Board.",
            "The average residential member pays $187.40 a month, incl. HST, at 2026 rates.",
        ],
    ),
    (
        "h97-ca-ellipsis-exclaim-quote",
        "“I was sceptical about putting panels on orchard land. But the lease pays more than the apples did in a bad year… and the sheep seem happy!”",
        [
            "“I was sceptical about putting panels on orchard land.",
            "But the lease pays more than the apples did in a bad year… and the sheep seem happy!”",
        ],
    ),
    (
        "h97-ie-am-pm-mid-and-end",
        "She will be on a ward in the Mater by 8 a.m. and, if the trains behave, home by 9.30 p.m. She has done this three days a week since 2022. She is not unusual.",
        [
            "She will be on a ward in the Mater by 8 a.m. and, if the trains behave, home by 9.30 p.m.",
            "She has done this three days a week since 2022.",
            "She is not unusual.",
        ],
    ),
    (
        "h97-ie-move-where",
        "I asked Muireann why she doesn't move. “Move where?” she said. “I'm 41.",
        ["I asked Muireann why she doesn't move.", "“Move where?” she said.", "“I'm 41."],
    ),
    (
        "h97-ie-dac-registered-no",
        "© 2026 Midland Argus Publications DAC. Registered in Ireland No. 418277.",
        ["© 2026 Midland Argus Publications DAC.", "Registered in Ireland No. 418277."],
    ),
    (
        "h97-in-lbw-decimal-overs",
        "Gedam made 72 before he was lbw to the left-arm spinner Kunal Sikarwar with the second new ball. Tomar finished with 4 for 98 from 31.3 overs.",
        [
            "Gedam made 72 before he was lbw to the left-arm spinner Kunal Sikarwar with the second new ball.",
            "Tomar finished with 4 for 98 from 31.3 overs.",
        ],
    ),
    (
        "h97-in-ellipsis-then-question",
        "“When you get a life that early, you owe it to the team… so I just told myself to bat the whole day,” Dhanorkar said. “Did I think about the drop? Only for one ball.”",
        [
            "“When you get a life that early, you owe it to the team… so I just told myself to bat the whole day,” Dhanorkar said.",
            "“Did I think about the drop?",
            "Only for one ball.”",
        ],
    ),
    (
        "h97-in-score-line-initials",
        "Vidarbha 461 in 142.5 overs (H. Dhanorkar 187, R. Gedam 72, Y. Kolte 41; A. Tomar 4-98, K. Sikarwar 3-121) and 188/3 in 52 overs (A. Wadhwani 84*, H. Dhanorkar 51; D. Chouhan 2-37)",
        [
            "Vidarbha 461 in 142.5 overs (H. Dhanorkar 187, R. Gedam 72, Y. Kolte 41; A. Tomar 4-98, K. Sikarwar 3-121) and 188/3 in 52 overs (A. Wadhwani 84*, H. Dhanorkar 51; D. Chouhan 2-37)"
        ],
    ),
    (
        "h97-ke-ltd-mid-sentence",
        "Mvule Bank Plc led the gainers, climbing 4.9 percent to Sh58.25, after it reported a 23 percent rise in first-quarter net profit to Sh9.8 billion on Wednesday evening. Pwani Commercial Bank Ltd. gained 3.2 percent to Sh41.90. Jiwe Telecom Plc, the most valuable company on the exchange, slipped 0.6 percent to Sh21.10 on profit-taking.",
        [
            "Mvule Bank Plc led the gainers, climbing 4.9 percent to Sh58.25, after it reported a 23 percent rise in first-quarter net profit to Sh9.8 billion on Wednesday evening.",
            "Pwani Commercial Bank Ltd. gained 3.2 percent to Sh41.90.",
            "Jiwe Telecom Plc, the most valuable company on the exchange, slipped 0.6 percent to Sh21.10 on profit-taking.",
        ],
    ),
    (
        "h97-ke-question-then-fragment",
        "“Foreigners are coming back because the shilling has been stable for a year and our banks are paying dividends of 8 to 10 percent,” said Grace Wanjiru Kimotho-Ochieng, head of research at Ngong Road Capital. “Where else in the region do you get that? Not in Lagos, not in Cairo.”",
        [
            "“Foreigners are coming back because the shilling has been stable for a year and our banks are paying dividends of 8 to 10 percent,” said Grace Wanjiru Kimotho-Ochieng, head of research at Ngong Road Capital.",
            "“Where else in the region do you get that?",
            "Not in Lagos, not in Cairo.”",
        ],
    ),
    (
        "h97-sg-ellipsis-capital",
        "“A 31 per cent drop is large… Whether it holds when the researchers are not watching is the real question,” he said.",
        [
            "“A 31 per cent drop is large…",
            "Whether it holds when the researchers are not watching is the real question,” he said.",
        ],
    ),
    (
        "h97-sg-journal-reference",
        "Journal reference: Tan HM, Chua JX, Ong BK, et al. Outdoor time during the school day and incident myopia in Singapore children: a cluster-randomised trial. Ophthalmic Epidemiol Asia. 2026;9(2):114-126.",
        [
            "Journal reference: Tan HM, Chua JX, Ong BK, et al. Outdoor time during the school day and incident myopia in Singapore children: a cluster-randomised trial. Ophthalmic Epidemiol Asia. 2026;9(2):114-126."
        ],
    ),
    (
        "h97-sg-ltd-co-regn",
        "Copyright © 2026 Sentinel Press Holdings Ltd. Co. Regn. No. 198400217K. All rights reserved.",
        [
            "Copyright © 2026 Sentinel Press Holdings Ltd.",
            "Co. Regn. No. 198400217K.",
            "All rights reserved.",
        ],
    ),
    (
        "h97-sc-etc-act",
        "Strathearn Plant & Agri Hire Ltd., of Crieff Road, Perth, admitted breaching the Health and Safety at Work etc. Act 1974 when it appeared at Perth Sheriff Court. Callum Drysdale-Baird suffered a fractured pelvis and crush injuries to his left leg in the incident at Balgownie Mains farm on 8 August 2023.",
        [
            "Strathearn Plant & Agri Hire Ltd., of Crieff Road, Perth, admitted breaching the Health and Safety at Work etc. Act 1974 when it appeared at Perth Sheriff Court.",
            "Callum Drysdale-Baird suffered a fractured pelvis and crush injuries to his left leg in the incident at Balgownie Mains farm on 8 August 2023.",
        ],
    ),
    (
        "h97-gy-financial-paper-no",
        "Financial Paper No. 3 of 2026 was passed by 36 votes to none at 11.48 pm, after a debate that lasted more than six hours. It is the third supplementary paper brought to the House since the 2026 budget was passed in February, and brings this year's supplementary spending to $131.9 billion.",
        [
            "Financial Paper No. 3 of 2026 was passed by 36 votes to none at 11.48 pm, after a debate that lasted more than six hours.",
            "It is the third supplementary paper brought to the House since the 2026 budget was passed in February, and brings this year's supplementary spending to $131.9 billion.",
        ],
    ),
    (
        "h97-gy-mr-speaker-ruled",
        "The Speaker, Mr. Leonard Carmichael-Fraser, ruled at 9.05 pm that questions on individual contracts were out of order during the consideration of a financial paper and would have to be put in writing. Ten minutes later, Opposition members left the chamber.",
        [
            "The Speaker, Mr. Leonard Carmichael-Fraser, ruled at 9.05 pm that questions on individual contracts were out of order during the consideration of a financial paper and would have to be put in writing.",
            "Ten minutes later, Opposition members left the chamber.",
        ],
    ),
    (
        "h97-us-jan-date-mid",
        "The new rates apply to bills issued on or after July 1. The council is scheduled to review them on Jan. 12, 2027, after the rate study is published.",
        [
            "The new rates apply to bills issued on or after July 1.",
            "The council is scheduled to review them on Jan. 12, 2027, after the rate study is published.",
        ],
    ),
    (
        "h97-na-born-died",
        "Born: 3 March 1939, Oniipa. Died: 9 May 2026, Windhoek.",
        ["Born: 3 March 1939, Oniipa.", "Died: 9 May 2026, Windhoek."],
    ),
]
