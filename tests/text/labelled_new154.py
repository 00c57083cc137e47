"""Hundred-and-fifty-fourth set of new hand-labelled pages for the hint engines (tuning set, round fifty-six):
twelve WHOLE pages of everyday local news from twelve countries that are thin in news test sets, each
pasted a different way, head to tail, with the furniture such sites really leave. None of the
countries of `labelled_new151.py` or `labelled_new152.py` comes back. The pages: a Namibian regional
newspaper's website, desktop paste (a fishery: the horse mackerel quota cut by 18%); a Botswana news
site pasted from a PHONE with the menu folded (a court case: two herders jailed for stealing 23
cattle); a Fijian news APP'S SHARE sheet pasted from the email it made (a storm: the Qawa River
floods Labasa); a Samoan daily's PRINT VIEW (an obituary: a village principal of 32 years dies at
84); a Papua New Guinean national daily's website, desktop paste (a road: the Highlands Highway
reopens after a landslip); a Belizean news site in READER MODE (a council meeting: market vendors
moved to a riverside lot); a Guyanese regional newspaper's website with its COMMENTS, desktop paste (a
budget: $14.6 billion for Region Six); a Barbadian daily's website from a PHONE (a sports result: a
cricket title won by four wickets); a Mauritian daily's PDF E-PAPER copied across two pages (a
business opening: a 12th supermarket and 140 jobs); a Seychellois news site's PRINT VIEW (a festival:
9,400 people at a breadfruit festival); a Bhutanese weekly's PDF E-PAPER copied across two pages (a
school: the boarding stipend raised to Nu. 1,800); and a Falkland Islands weekly in the browser's
READING MODE (a health clinic: a GP clinic returns to Fox Bay after 14 months).

What is hard is all three hints at once. FURNITURE: mastheads with slogans ("Walvis Bay's own
newspaper since 1998", "The nation's voice, every morning", "Berbice's voice since 2001"); weather,
currency, gold and stock strips; menus with pipes, double spaces or folded to a lone "☰"; crumbs and
section kickers; bylines in many shapes (a name alone, a name and a role line, "By JOSEPH WAKON",
"Litia Vuniwai | Labasa", "By Staff Writer", "Written by ...", a byline with a place); date lines in
local formats ("11 March 2026 | 14:05 | 5 min read", "12 Mar 2026 · 3 min read", "2h ago · Updated 38m
ago", "09 March 2026", "Published Thursday, March 12th, 2026", "Sun, Mar 8, 2026 · 4 min", "Published:
10 March 2026" with a "Hits:" counter); share strips and WordPress leftovers in reader mode ("Click
to share on Facebook (Opens in new window)", "Like Loading..."); captions and credits ("FILE PIC",
"PHOTO: ...", "– Picture by ...", "(Photo: ...)", "Photo: Supplied by the family"); "READ ALSO:",
"ALSO READ:", "READ MORE:" and "RELATED:" inserts mid-story; ad labels ("- Advertisement -",
"ADVERTISEMENT", "Ad") and an ad's own text spilled into a PDF copy; newsletter boxes; comment
sections with counts, rules, handles ("Indira R. says:"), times, readers' text and "Reply"; an app
share's "Shared from the ... app", URL line and "Sent from my iPhone"; a print view's header and
footer lines (date, time, title, URL with "1/2") that recur MID-STORY at the page break; an e-paper's
running heads, jump lines ("Continued on page 11", "From page 10", "(Contd. on p. 7)", "From p. 6:
Boarding stipend") and pull quotes; and footers with addresses, PO boxes, phone numbers, imprint and
copyright lines ("Erongo Sentinel Media (Pty) Ltd." / "All rights reserved.", "Kumul Media Ltd.,
Section 12, ...", "Post Media Ltée, 14 Rue Desforges", "Druk Dispatch Pvt. Ltd., Norzin Lam").
SPEAKERS: names first given after roles and titles that go ("Fisheries minister", "Senior
Magistrate", "Prosecutor Insp.", "Rre" (the Setswana "Mr"), "Defence attorney", "Francistown police
station commander Supt.", "Police spokesperson", "The Commissioner Northern", "Dr." three times, "Rev.",
"Mr", "Chief Inspector", "Governor", "Mayor", "Council administrator", "Minister of Local Government
and Regional Development", "Regional Chairman", "Captain", "Rovers coach", "BCA competitions
manager", "Managing director", "Commerce minister", "Flacq District Council chairperson", "District
administrator", "principal", "Dzongkhag agriculture officer", "Pemagatshel Dzongdag Dasho", "Class X
student", "Chief Medical Officer", "MLA"); names that keep what looks like a title or a sign (a Samoan
MATAI title is part of the name: "Aiono Pesamino Taulapapa", then "Aiono said"; a Nama click letter:
"Martha !Naruses-Kavari"; a Sino-Mauritian name in three parts: "Gilbert Lam Po Tang"); quotes named
only after their second or third sentence with inverted cues ("said the forum's chairperson, Johannes
Gariseb-Oosthuizen", "said Rohitesh Prakash Chand, a cane farmer from Waiqele", "said Benson Wakias,
who drives for ...", "said Marie-Josée Pitot, a retired teacher ...", "said the current principal,
Losaline Seumanu-Pio"); quotes closed by "asked" carrying "asked" in every sentence ("asked Juana Ical,
58", "asked chef Ronny Mathiot, who ...", "asked Cheryl Adams-Beaton, the opposition's spokesperson on
agriculture"); surname-only and pronoun cues ("Baitsile said", "Mai said", "Tzul said", "Pech said",
"Kelaga said", "Rassool said", "Jaffray-Lowe said", "Larue said, laughing"), "It said" resolving to
a body as first given (the Fiji Roads Authority; the Samoan ministry of education; the Bhutanese
ministry of education); generic nouns kept as written ("The service", "The department", "The
company", "The ministry", "The hospital", "The government", "The organising committee" beside "the
organising committee", "The butchery's owner", "A spokesperson for the Department of Veterinary
Services"); groups as written ("traders", "vendors", "Forecasters", "Police", "Truck drivers",
"Opposition MPs", "his family"); "according to" with documents and data ("the ministry's 2025 stock
assessment", "its annual report", "Statistics Mauritius", "KEMH figures", "a 2025 school health survey
by the health ministry"); and cues beyond "said" ("told a media briefing", "told the court", "asked
for", "told the Herald", "called on", "estimated", "told the meeting", "told the committee", "replied",
"told the Chronicle", "said in a statement", "announced", "warns", "says", "say"). CHECK-WORTHINESS:
quotas, catches, prices, counts, sentences, minimum sentences, floods and rainfall, closures, rations,
budgets and allocations, votes and motions, fees, scores and points, titles and relegation, revenue,
unemployment, stipends and costs, population, fares and patients ("W") beside forecasts and
estimates ("could be lost", "would cost the industry about N$410 million", "She estimated", "expected
to weaken", "expected the figure to fall"), promises without dates ("prices at Flacq would be the
same", "Black Bush will be dry this year"), plans ("planned to open a 13th store ... in 2027",
"wanted every school ... by 2027", "had not ruled out going to court"), opinions, feelings,
anecdotes and questions (""); and the dates bodies set for themselves ("would be reviewed in August",
"published in the Government Gazette by 31 March", "would not restart before Thursday", "would stay
closed until Wednesday", "presented ... on April 18", "would be held on March 6 and 7, 2027", "by April
10", "starting in May") ("W"). Where sentences end: "9 a.m." ENDING a sentence before "That is close
...", "Mt. Hagen." before "About 40,000 ...", "St. Philip." before "Chasing 244, ...", "10 p.m." before
"Cocom said ...", "(Pty) Ltd." and "Ltd." before "All rights reserved."; and where they do not:
"Dr." three times, "Insp.", "Supt.", "Rev.", "Region No. 6 (...)", "No. 52 Village", "Coffee Ltd.,",
"Media Ltd., Section 12", "Ltée opened", "Ltée, 14 Rue Desforges", "Pvt. Ltd., Norzin Lam", "Nu."
ten times (one starting a quoted sentence), "St. Michael,", "6:30 p.m.,", "8 a.m. to 8 p.m.
Monday", "10 a.m. to 6 p.m. on", "by 1 p.m. on", "until after 10 p.m." ending a sentence,
"March 27, 2026, 11 a.m." ending a line, initials in a scorecard ("J. Husbands-Lowe 71, A. Bishop 44;
T. Forde 3-41, N. Corbin 2-38"), a reader's handle "Indira R. says:", "Like Loading...", decimals
(N$/US$ 18.42, 3.2 metres, 4.5-hectare, K2.4 million, 49.1 overs, Rs 6.8 billion, 8.9%, 1.2 tonnes,
Nu. 98.6 million, 14.6%), a "!" inside a surname, a question then "Partly." then a sentence, a
question then "Yes." then a sentence, a question then "Never," then its attribution, questions and
exclamations inside quotes before their attribution (one sentence: "“If it goes to N$30, who will
buy?” she asked.", "“We have 212 people here and two toilets!” she said.", "“How many times must the
farmers of Black Bush buy the same pump?” asked ...", "“Can a corner shop compete ...?” he asked.",
"“I waited 13 years for this, ... Speightstown!” said Glenroy Skeete, ...") against a "?" or "!"
followed by a new sentence inside the quote (two: "“Who is going to walk down ... tomatoes?" /
"Nobody!” she said.", "“My mother cooked it this way in 1975!" / "I only added more chilli,” ...", "“Do
I want to fly to Stanley ...?" / "No,” she said."; three: "“We got what we got." / "The roads in
Canje?" / "Not a dollar,” he said."), and ellipses before a lower-case word inside one sentence
("Nine days for one landslip… who is going", "We handed them the title… and they took it").

The pages hold 533 sentences: 227 "B", 168 "W" and 138 ""; 225 sentences carry a speaker (109
distinct speakers, page by page; 109 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, first two pages
and first three cases of `labelled_new151.py` and `labelled_new152.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over the `labelled_new*.py` files and `labelled_articles.py`
in `tests/text` (counts only, no text shown): twenty surnames, a given name and an imprint's name that
hit were replaced before the file was written, and the full names of the people, bylines, commenters, outlets,
firms, clubs, groups and small places were then counted the same way (none hit).

Every person, outlet, firm, club, union, association, group, forum, school, festival, statement,
report, comment and figure is invented, and so is every small place (Saleuta, the Naleba settlement
hall, Dechenling Central School, the Foursquare ground, Soleil Marché and the like). Real countries,
regions, districts, towns, villages, rivers, roads, islands, courts, parliaments, ministries,
agencies, hospitals, utilities, universities and other public bodies appear only as settings, with
invented statements and figures: Walvis Bay, Windhoek, Swakopmund, Henties Bay, Kuisebmond, Lüderitz,
the Benguela, the Ministry of Fisheries and Marine Resources, the University of Namibia and the
Government Gazette; Francistown, Matsiloje, Tonota, Tati Siding, Maun, the Shashe River, the North
East District, Blue Jacket Street, the Francistown Magistrate's Court and the Department of
Veterinary Services; Labasa, the Qawa, Labasa and Wailevu rivers, Nasekula Road, Waiqele, Vunimoli,
Dreketi, Macuata, Bua, Vanua Levu, Taveuni, the Lau Group, Savusavu, Suva, Nadi, the Fiji
Meteorological Service, the National Disaster Management Office, the Republic of Fiji Military
Forces, the Fiji Sugar Corporation, the Fiji Roads Authority and Energy Fiji Limited; Apia, Savai'i,
Upolu, Salelologa, Malifa, Tupua Tamasese Meaole Hospital, the EFKS church, Cyclone Val and the
Ministry of Education, Sports and Culture; Port Moresby, Lae, Goroka, Mt Hagen, Kainantu, Watarais,
Yonki, Kassam Pass, Mendi, Wabag, Waigani Drive, Boroko, the Highlands Highway and the Department of
Works and Highways; San Ignacio, Santa Elena, Burns Avenue, the Macal River, Succotz and Benque
Viejo; New Amsterdam, Black Bush Polder, Mibicuri, the Canje, Skeldon, the Arthur Chung Conference
Centre and the National Assembly; Speightstown, Holetown, Oistins, St. Philip, St. Michael, Fontabelle
Road, Kensington Oval, the Lloyd Erskine Sandiford Centre and the Barbados Cricket Association;
Flacq, Centre de Flacq, Port Louis, Curepipe, Rose-Hill, Rose-Belle, Camp de Masque, Bel Air Rivière
Sèche, Rue Desforges, Statistics Mauritius and the Road Development Authority; Anse Boileau, Anse à
la Mouche, Baie Lazare, Takamaka, Les Canelles, Victoria, Latanier Road, the Seychelles Agricultural
Agency and the Seychelles Tourism Board; Pemagatshel, Shumar, Samdrup Jongkhar, Kanglung, Thimphu,
Norzin Lam and the Ministry of Education and Skills Development; Stanley, Fox Bay, Port Howard, West
Falkland, Ross Road, the King Edward VII Memorial Hospital, FIGAS, the Legislative Assembly and the
Falkland Islands Government.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, slogan, strip, menu, crumb, byline, date
line, share line, caption, credit, insert, label, list item, comment line, jump line, running head,
address and legal line is a paragraph of its own); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever it says, and
never carries a speaker; headlines and standfirsts are never "B", never split, and flagged by
content, their "says", "say" or "warns" carrying the source as the body first gives it; a dateline
belongs to its lead sentence; a person is named in full as first given, without titles or roles, and
a pronoun or surname resolves to that name; a quote over several sentences carries its speaker and
cue in each; a body's name and a generic noun are kept as written.

Conventions this set had to settle, in the same spirit:

* Readers' comments pasted under a story are page furniture: the count, the rules, the sort line,
  each handle and time line, each comment's text sentence by sentence (whatever it claims) and
  "Reply" are "B" with no speaker; a reader is not a source of the story.
* An app share's own lines ("Shared from the Vanua Herald app", the bare URL, "Turn on
  notifications ...", the store line) and a mail client's "Sent from my iPhone" are "B".
* A print view's header and footer lines (the date, time and title line; the URL with "1/2") are
  "B" where they fall, including MID-STORY at a page break; so are "Print this article | Close
  window", "Printed from ...", "Printed on ...", "Page 1 of 1" and a "Hits:" counter.
* A PDF e-paper's running heads, section kickers, jump lines ("Continued on page 11", "From page 10",
  "(Contd. on p. 7)", "From p. 6: Boarding stipend"), the ad text caught in the copy and the imprint
  are "B". A PULL QUOTE repeats words already labelled in the body: it and its attribution line are
  "B" with no speaker, so the claim is counted once.
* Reader mode's domain line, author line, reading-time range and the WordPress leftovers it keeps
  ("Share this:", "Click to share on WhatsApp (Opens in new window)", "WhatsApp", "Like this:", "Like
  Loading...", "Related") are "B".
* A Samoan matai title before a name is PART of the name, not a title to drop ("Aiono Pesamino
  Taulapapa", and "Aiono said" resolves to him), as "Md." was in the hundred-and-fifty-first set;
  "Rre" (Setswana "Mr"), "Dasho", the post "Dzongdag", "Rev.", "Insp.", "Supt.", "Chief Inspector" and
  "MLA" are titles or posts and go. A click letter written "!" is part of a Nama surname and stays in
  the label ("Martha !Naruses-Kavari").
* A funeral-arrangements box is labelled like a fixtures list: its title "B", its lines "" (data);
  the body's "His family said the funeral service would be held ... on Saturday, March 14" is "W",
  like any date a body sets for itself.
* A prosecutor's "He asked for 10 years." carries the prosecutor with the cue "asked for" and is a
  record of the hearing ("W"); "She estimated the company's extra costs at K350,000." carries the
  manager with the cue "estimated" and is "" like any estimate.
* A private person's count inside a quoted exclamation is "W" when it is a record a reviewer would
  check ("“We have 212 people here and two toilets!” she said.", a Red Cross volunteer at an
  evacuation centre; "The other 15 are gone.", the cattle owner); anecdotes and feelings in the same
  quotes are "".
* A motion, its seconder and the councillors who voted against, told with no verb of saying, are acts
  of record with no speaker ("W"), as a judge's orders were in the earlier sets.
* A plan with only a year ("planned to open a 13th store, in Rose-Belle, in 2027", "wanted every
  school ... by 2027") is ""; a deadline or date a body sets for its own act ("by 31 March", "by April
  10", "on April 18", "starting in May") is "W".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Namibian REGIONAL NEWSPAPER\'S WEBSITE (Walvis Bay), desktop paste, a FISHERY story: the horse mackerel quota is cut by 18% to 287,000 tonnes. Head: masthead, slogan, a currency-and-weather strip (N$ against three currencies, fog at the coast), menu with pipes, crumb (all "B"); headline "... as ministry warns ..." carrying the ministry as the body first writes it ("W"); standfirst "Industry body says ... could go" carrying the operators\' forum (a forecast, ""); byline name, role line, a date-time-and-reading-time line, share strip (all "B"); a caption "" and its credit "B". Body: "WALVIS BAY –" lead "the Ministry of Fisheries and Marine Resources announced" ("W") and last year\'s quota (no speaker, "W"); the minister "told a media briefing", her quote of feeling "", "She said" with a review date ("W"); a "READ ALSO:" insert mid-story "B"; the forum\'s job forecast ""; its chairperson\'s two-sentence quote named after with an inverted cue (a grievance "", a record "W"), then a surname-only cue with an export-earnings estimate (""); a "- Advertisement -" label "B"; a union "said in a statement" ("W") and its general secretary with a Nama click letter in her surname ("Martha !Naruses-Kavari", cue "called on", ""); "According to the ministry\'s 2025 stock assessment" ("W"); a scientist ("Dr." dropped) with a causal claim ("W") and a quote of a question, "Partly." and a sentence (three, ""); "traders said" a price rise ("W"); a fish seller\'s plan "" and her question with "she asked" (one sentence, ""); the minister\'s set-aside and gazette date ("W"); the objection deadline (no speaker, "W"). Tail: tags, related list, a newsletter box, a comment count, three sentences of comment rules, a reader\'s name-and-time line, the reader\'s two-sentence comment, a reply/likes line, an address-phone-email footer and a copyright split at "(Pty) Ltd." before "All rights reserved." (all "B").',
    'Botswana REGIONAL NEWS SITE (Francistown), PHONE paste with the menu FOLDED (a lone "☰", the masthead, a search glyph and "Subscribe" each on a line), a COURT CASE: two herders get seven years for stealing 23 cattle. Straight quotation marks throughout. Head: section label "B"; headline of record "W"; standfirst "Magistrate says ..." carrying her in full (an opinion, ""); byline, a date-and-reading-time line, "Share" (all "B"); a caption "" and "FILE PIC" "B". Body: "FRANCISTOWN:" lead and the conviction of record (no speaker, "W"); the magistrate ("Senior Magistrate" dropped) on what the state proved ("W"), her quote of opinion and a second quoted sentence carried on with no cue (both ""); the prosecutor with "Insp." mid-sentence dropped ("told the court", a rule "W") and "He asked for 10 years." (cue "asked for", a record of the hearing "W"); the cattle owner ("Rre", the Setswana "Mr", dropped) "told the court" ("W"), "Baitsile said" outside court ("W"), his two-sentence quote (a count "W", a feeling ""); "ADVERTISEMENT" "B"; the defence attorney\'s appeal plan and opinion (""); an "ALSO READ:" insert "B"; the station commander with "Supt." mid-sentence dropped and her counts and pattern ("W"); "The butchery\'s owner ... told the court" kept as written ("W"); "A spokesperson for the Department of Veterinary Services" kept as written (a rule, "W"); the owner\'s plan "" and his statement-then-question quote (two, ""). Tail: ad label, more-in list, a WhatsApp newsletter block, back-to-top, footer links, an address line and a copyright line (all "B").',
    'Fijian NEWS APP SHARE (Labasa), pasted from an email the app\'s share button made: "Shared from the ... app" line, the article URL, a section label (all "B"), a STORM story: the Qawa River bursts its banks after 312mm of rain. Headline and standfirst of record ("W"); byline with place and a relative "2h ago · Updated 38m ago" line "B"; a caption "" and its credit "B". Body: the flooding "the Fiji Meteorological Service said" ("W"); "The service said" kept as written, with "9 a.m." ENDING a sentence before "That is close to ..." (both "W"); the disaster office "said" and its director who "told the Herald" ("W"); a "WATCH" label, a video caption "" and its credit and running time "B"; the police spokesperson\'s record ("W") and her appeal with the cue "asked" (""); a cane farmer\'s two-sentence quote named after with an inverted cue (anecdote, "") and his flooded hectares in indirect speech (""); the sugar corporation, the education ministry, the roads authority and "It said" (resolving to the authority; a clean-up plan "") and the power utility (all "W" for closures and counts); the Commissioner Northern (the post dropped) with rations and a date ("W") and a promise (""); a "READ MORE:" insert "B"; "Forecasters said" a forecast (""); warnings in force (no speaker, "W"); "vendors said" a price ("W"); a volunteer\'s needs "", her exclamation with a count before "she said" (one sentence, "W") and a two-sentence quote carried on with no cue (""). Tail: a notifications line, a tap-for-more line, the app-store line, a copyright line and "Sent from my iPhone" (all "B").',
    'Samoan DAILY\'S PRINT VIEW (Apia), an OBITUARY: a village school principal of 32 years dies at 84. Head: the browser\'s print header (date, time, page title and site name on one line), "Print this article | Close window", masthead, slogan, section label (all "B"); headline of record "W"; standfirst "Family says funeral service will be held ... on Saturday" carrying "his family" as the body first writes it (a date the family set, "W"); byline and date "B". Body: the death, "He was 84." and the career of record (no speaker, "W"), "his family said" an illness ("W"); the matai title "Afualo" given in 1979 ("W"); a teachers\' association\'s record ("W"); his daughter\'s memories (""); the print view\'s PAGE BREAK mid-story (the footer URL with "1/2" and the repeated print header, both "B"); a file caption "" and its credit "B"; the ministry "said in a statement" a record ("W") and its quote with "it said" (resolving to the ministry as first given, ""); the village pulenu\'u with his MATAI TITLE KEPT as part of his name ("Aiono Pesamino Taulapapa", then "Aiono said"; anecdotes ""); a former pupil ("Dr." dropped) with fees paid for 11 pupils ("W") and a quote of a sentence, a question and "Never," (three, ""); the faifeau ("Rev." dropped) with a count ("W"); the school roll (no speaker, "W") and the current principal\'s closure date named after ("W"); the survivors ("W"); the funeral service date "his family said" ("W"). Tail: a "FUNERAL ARRANGEMENTS" box (title "B", three data lines ""), the copyright-address-phone line, "Printed from ..." and the footer URL with "2/2" (all "B").',
    'Papua New Guinean NATIONAL DAILY\'S WEBSITE, desktop paste, a ROAD story: the Highlands Highway reopens at Kassam Pass after a nine-day landslip closure. Head: masthead, slogan, a weather strip with symbols, a kina-and-stocks strip, menu, crumb (all "B"); headline of record "W"; standfirst "Truck drivers say ..." carrying "Truck drivers" as written (a loss of record, "W"); byline in capitals, date line, "0 Comments", share glyphs (all "B"); a caption "" and its dashed credit "B". Body: "KASSAM PASS –" lead (no speaker, "W"), "Mt. Hagen." ENDING a sentence before "About 40,000 ...", which is "according to the Department of Works and Highways" ("W"); the regional works manager named in an apposition ("W" for crews and cost) and his two-sentence quote named after with "Mr" dropped (a warning "", the lane "W"); "ADVERTISEMENT" "B"; the provincial police commander ("Chief Inspector" dropped) with counts and an escort rule ("W"); "Truck drivers ... said" ("W"); a driver\'s two-sentence quote named after (anecdote, "") and his question with an ellipsis before a lower-case word before "he asked" (one sentence, ""); an exporter\'s manager with "Coffee Ltd.," mid-sentence (missed ship, "W") and "She estimated" (cue "estimated", ""); a "RELATED:" insert "B"; the governor ("Governor" dropped) with requests of record ("W") and a feeling ""; "The department said" kept as written (a survey starting in April, "W"); "Kelaga said" a hold-up ("W") and "No one was injured." (no speaker, "W"). Tail: tags, a "Leave a Reply" form with two sentences, more-from list, a publisher line with "Ltd.," mid-sentence, a PO box-phone-email line and a copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Belizean LOCAL NEWS SITE in READER MODE (Cayo), a COUNCIL MEETING: a town council votes 5-2 to move 86 market vendors to a riverside lot. Head as reader view gives it: the domain, the title (a vote of record, "W"), the author, a reading-time range and a "Published Thursday, March 12th, 2026" line (all but the title "B"). Body: "SAN IGNACIO, Cayo –" lead ("W"); the mayor ("Mayor" dropped) with a justification "", a two-sentence quote named after "" and an ambulance\'s 11 minutes ("W"); the motion, seconder and the two votes against (an act of record with no speaker, "W", "Councillor" in the text); "Mai said" the vendors were not consulted ("W") and her question then "Nobody!” she said." (two, ""); the council administrator "told the meeting" the fees of record ("W") and a forecast (""); "Tzul said" his reason with a fact ("W"); "Advertisement", a caption "" and a bracketed credit "B"; the vendors\' association "said" a petition count ("W"), its president\'s opinion "" and a flood record ("W"); "Pech said" the spending ("W"); the fee rule (no speaker, "W"); a tamale seller\'s three-sentence quote ending "?” asked Juana Ical, 58." (all three carry "asked", ""); a "READ MORE:" insert "B"; a tour operator\'s view and quote (""); the ministry on the law ("W"); the meeting\'s times with "6:30 p.m.," mid-sentence and "10 p.m." ENDING a sentence before "Cocom said ..." (a record "W", then ""). Tail: the WordPress leftovers reader mode keeps ("Share this:", two "Click to share ... (Opens in new window)" lines and their labels, "Like this:", "Like Loading...") and a related list (all "B").',
    'Guyanese REGIONAL NEWSPAPER\'S WEBSITE (Berbice), desktop paste, a BUDGET story: the Committee of Supply approves $14.6 billion for Region Six. Head: masthead, slogan, a currency-gold-weather strip, a menu run together with double spaces, crumb (all "B"); headline of record "W"; standfirst "Opposition MPs say ..." carrying "Opposition MPs" as written (a record, "W"); staff byline, date, a comment-count glyph, "Share" (all "B"); a caption "" and its credit "B". Body: the approval with "Region No. 6 (...)" mid-sentence and the largest share (no speaker, "W"); the minister ("Minister of Local Government and Regional Development" dropped) "told the committee" and "He said" a date (both "W") and his promise (""); "Opposition MPs said" ("W"); an opposition MP\'s question before an inverted "asked Cheryl Adams-Beaton, ..." (one sentence, "") and "She told the committee" a loss, "She said" an idle excavator (both "W"); "Persaud-Singh replied" ("W"); a "READ ALSO:" insert "B"; further allocations (no speaker, "W"); the regional chairman ("Regional Chairman" dropped) "told the Chronicle" ("W") and his quote of a sentence, a question and "Not a dollar,” he said." (three; the last a checkable claim "W"); a farmer in the gallery (""); the next sitting ("W"). Tail: "Advertisement", the comment count, a two-sentence comment policy, a sort line, two readers\' comments each with a handle line (one with an initial, "Indira R. says:"), a time line, the comment text and "Reply", "Load more comments", an address-phone footer and a copyright split before "All rights reserved." (all "B").',
    'Barbadian DAILY\'S WEBSITE, PHONE paste with the menu FOLDED ("☰", masthead, "LOG IN" and a section crumb on their own lines), a SPORTS RESULT: Speightstown Cavaliers win the cricket Elite Division by four wickets. Head: headline and standfirst of record ("W"); byline, a date-and-reading-time line, a listen-to-this-article line and "Share" (all "B"). Body: the title with "St. Philip." ENDING a sentence before "Chasing 244, ..." (both "W"); the partnership and the points table ("W"); the captain ("Captain" dropped) with a tribute "" and a quote of a question, "Yes." and a sentence (three, ""); the opener\'s "highest score" in indirect speech ("W"); "Advertisement" "B"; a scorecard (title "B"; two innings lines with initials such as "J. Husbands-Lowe 71," and "K. Walcott-Best 88," and the result line, all "" data); the collapse and the season\'s top wicket-taker (no speaker, "W"); the losing captain\'s and coach\'s opinions (""), the coach\'s ellipsis before a lower-case word (one sentence, ""); the competitions manager ("BCA competitions manager" dropped) with a presentation date and a club count ("W"); relegation ("W"); a veteran member\'s exclamation before "said Glenroy Skeete, 74, ..." (one sentence, ""). Tail: "Ad", a you-might-also-like list, a newsletter block, "↑ Top", footer links, an address line with "St. Michael," mid-line and a copyright line (all "B").',
    'Mauritian DAILY\'S PDF E-PAPER, copied from the e-paper reader across two pages, a BUSINESS OPENING: a supermarket chain opens its 12th store in Flacq with 140 jobs. Head: the page\'s running head "10 | BUSINESS | ... | Monday 9 March 2026", a section kicker (both "B"); headline of record "W"; standfirst "..., managing director says" carrying him in full ("W"); byline "B". Body: "FLACQ –" lead with "Ltée" mid-sentence ("W"); "The company said" kept as written ("W"); the company\'s history (no speaker) and revenue "according to its annual report" ("W"); the managing director\'s record ("W"), his price promise and quote (""); a caption "" and its credit "B"; the minister ("Commerce minister" dropped) with a jobs count ("W"); the e-paper\'s JUMP LINES ("Continued on page 11", "From page 10"), an "ADVERTISEMENT" label, the ad\'s own text spilled into the copy (three lines), an advertising-contact line and the second page\'s running head (all "B"); the council chairperson\'s permit record ("W"); unemployment "according to Statistics Mauritius" ("W"); a PULL QUOTE repeating the managing director\'s quote and its attribution line (both "B", no speaker); a cashier\'s first job and two-sentence quote (""); the shopkeepers\' association\'s closures ("W"), its secretary (a Sino-Mauritian name in three parts, "Gilbert Lam Po Tang") with a demand "" and a question before "he asked" (one sentence, ""); a roads authority\'s handover date ("W"); a neighbour\'s simile ""; a customer\'s quote of a question, "For rice, yes." and a sentence named after with an inverted cue (three, ""); the opening hours with "8 a.m. to 8 p.m." and "1 p.m." mid-sentence ("W"); a 2027 plan (""). Tail: the web address and an imprint line with "Ltée," mid-sentence (both "B").',
    'Seychellois NEWS SITE\'S PRINT VIEW, a FESTIVAL: 9,400 people at a breadfruit festival in Anse Boileau. Head: the print window\'s title line, "Print this page", masthead and slogan (all "B"); headline "..., organisers say" carrying "the organising committee" as the body first writes it ("W"); a "Written by" line, a "Published:" line and a "Hits:" counter (all "B"). Body: the attendance "the organising committee said" and the stalls (no speaker) ("W"); the district administrator ("District administrator" dropped) with the festival\'s start year ("W") and a two-sentence quote (""); a caption "" and its credit "B"; the prize and the winner\'s record (no speaker, "W") and her exclamation followed by a new sentence in the quote ("“... in 1975!" / "I only added more chilli,” Larue said, laughing.", two, ""); production "according to the Seychelles Agricultural Agency" ("W"), an agronomist\'s pilot ("W") and his forecast (""); a chef\'s two-sentence quote ending "?” asked chef Ronny Mathiot, who ..." (both carry "asked", ""); the tourism board\'s count ("W") and the fares (no speaker, "W"); "Police said" a closure with "10 a.m. to 6 p.m." ("W") and a diversion ("W"); a stallholder\'s sales anecdote and plan (""); a visitor\'s praise (""); an evening scene (""); "The organising committee said" the surplus ("W") and next year\'s dates ("W"). Tail: tags, an address-phone-email line, a copyright split at "Ltd." before "All rights reserved.", the URL line, a "Printed on" line, "Page 1 of 1" and "Close window" (all "B").',
    'Bhutanese NATIONAL WEEKLY\'S PDF E-PAPER, copied across pages 6 and 7, a SCHOOL story: the boarding stipend rises to Nu. 1,800 a month and a central school buys from village farmers. Head: the running head "6 | Saturday, March 14, 2026 | ...", a section kicker (both "B"); headline and second deck of record ("W", "Nu." mid-headline); byline with place "B". Body: the rise "the Ministry of Education and Skills Development announced" ("W"); "The ministry said" kept as written, and "It said" resolving to the ministry as first given ("W"); the principal named after a long fronted clause ("principal" dropped, "W" for households and spending) and a routine and a two-sentence quote (""); a caption "" and its credit "B"; a PULL QUOTE repeating her words (no attribution line, "B"); the JUMP LINES "(Contd. on p. 7)" and "From p. 6: Boarding stipend" and page 7\'s running head (all "B"); a second caption "" and credit "B"; a farmer\'s income and use of it in indirect speech and quote (anecdote, ""); a growers\' group\'s membership ("W"); the dzongkhag agriculture officer ("W" counts, "" obstacle); a district fact ("W"); the district governor with "Dzongdag" and "Dasho" dropped (a target, ""); a survey "according to" as written ("W"); the mess teacher\'s opinion (""), a price rise ("W") and a quote whose first sentence STARTS with "Nu." followed by a question before "he said" (two, ""); a student\'s routine and quote (""); the ministry\'s payment date and review rule ("W"). Tail: an "ADVERTISEMENT" label, a "TENDER NOTICE" with a last line ending "11 a.m." and an imprint line with "Pvt. Ltd.," mid-sentence and a phone-fax-web line (all "B").',
    'Falkland Islands WEEKLY\'S WEBSITE in the browser\'s READING MODE, a HEALTH CLINIC: a fortnightly GP clinic returns to Fox Bay on West Falkland after 14 months. Head as reading mode gives it: the domain, the title (a schedule of record, "W"), a "Written by" line, a date line and a reading time (all but the title "B"). Body: the clinic\'s start date (no speaker, "W"); why visits stopped "the Falkland Islands Government said in a statement" ("W"); "The government said" kept as written ("W"); West Falkland\'s population (no speaker, "W"); the Chief Medical Officer with "Dr." dropped (a flight schedule "W"), her two-sentence quote (""), the flights and fares during the gap ("W") and a conditional plan (""); a caption "" and its credit "B"; the consulting room and the old clinic\'s numbers "according to KEMH figures" ("W"); an MLA ("MLA" dropped) with an opinion and a quote (""); a farmer\'s missed checks, her question then "No,” she said." (two) and a joke (all ""); the Camp nurse\'s figure of speech "" and her count ("W"); "FIGAS said" seats kept free ("W"); a question subhead ""; the services (no speaker, "W"); "The hospital said" a dentist from May ("W"); a fallback plan (""); a booking line (""); the only hospital ("W"). Tail: a "Filed under" line, a two-sentence newsletter box, a two-sentence letters policy, an address line with the territory\'s postcode and a copyright line (all "B").',
]

ARTICLES = [
    [
        [
            ("THE ERONGO SENTINEL", "", "", "B"),
        ],
        [
            ("Walvis Bay's own newspaper since 1998", "", "", "B"),
        ],
        [
            (
                "N$/US$ 18.42 ▲ | N$/€ 19.87 ▼ | N$/£ 23.31 | Walvis Bay 18°C Fog | Swakopmund 16°C Fog | Windhoek 27°C Sunny",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Erongo | Business | Fishing | Sport | Opinion | Classifieds | Notices | E-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Business › Fishing", "", "", "B"),
        ],
        [
            (
                "Horse mackerel quota cut by 18% as ministry warns of shrinking stock",
                "the Ministry of Fisheries and Marine Resources",
                "warns",
                "W",
            ),
        ],
        [
            (
                "Industry body says up to 600 seasonal jobs could go at Walvis Bay factories and on boats",
                "The Namib Pelagic Operators' Forum",
                "says",
                "",
            ),
        ],
        [
            ("Ndeshipanda Amukoto", "", "", "B"),
        ],
        [
            ("Business Reporter", "", "", "B"),
        ],
        [
            ("11 March 2026 | 14:05 | 5 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X | LinkedIn | Email | Print", "", "", "B"),
        ],
        [
            (
                "Workers offload horse mackerel at a processing quay in Walvis Bay during the 2025 season.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: File / Erongo Sentinel", "", "", "B"),
        ],
        [
            (
                "WALVIS BAY – The total allowable catch for horse mackerel has been cut by 18% to 287,000 tonnes for the 2026 season, the Ministry of Fisheries and Marine Resources announced on Tuesday.",
                "the Ministry of Fisheries and Marine Resources",
                "announced",
                "W",
            ),
            ("The 2025 quota was 350,000 tonnes.", "", "", "W"),
        ],
        [
            (
                "Fisheries minister Penehafo Kaunapawa-Iiyambo told a media briefing in Windhoek that a research survey in January had found 31% fewer adult fish than the same survey a year earlier.",
                "Penehafo Kaunapawa-Iiyambo",
                "told a media briefing",
                "W",
            ),
            (
                "“We cannot fish tomorrow's stock today,” she said.",
                "Penehafo Kaunapawa-Iiyambo",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the quota would be reviewed in August, after a second survey in July.",
                "Penehafo Kaunapawa-Iiyambo",
                "said",
                "W",
            ),
        ],
        [
            ("READ ALSO: Hake right holders given until June to land 2025 balance", "", "", "B"),
        ],
        [
            (
                "The Namib Pelagic Operators' Forum, which represents nine companies holding horse mackerel rights, said up to 600 seasonal jobs at Walvis Bay factories and on vessels could be lost.",
                "The Namib Pelagic Operators' Forum",
                "said",
                "",
            ),
        ],
        [
            (
                "“We accept the science, but nobody consulted us on the timing.",
                "Johannes Gariseb-Oosthuizen",
                "said",
                "",
            ),
            (
                "Two of our members signed crew contracts for April in good faith,” said the forum's chairperson, Johannes Gariseb-Oosthuizen.",
                "Johannes Gariseb-Oosthuizen",
                "said",
                "W",
            ),
            (
                "Gariseb-Oosthuizen said the cut would cost the industry about N$410 million in export earnings this year.",
                "Johannes Gariseb-Oosthuizen",
                "said",
                "",
            ),
        ],
        [
            ("- Advertisement -", "", "", "B"),
        ],
        [
            (
                "The Coastal Fishing Workers' Union said in a statement that its members had lost 112 working days in 2025 because quota allocations were published late.",
                "The Coastal Fishing Workers' Union",
                "said in a statement",
                "W",
            ),
            (
                "Its general secretary, Martha !Naruses-Kavari, called on the ministry to pay a monthly “bridging allowance” to crew who are laid off.",
                "Martha !Naruses-Kavari",
                "called on",
                "",
            ),
        ],
        [
            (
                "According to the ministry's 2025 stock assessment, the spawning biomass of horse mackerel has fallen in four of the last five years.",
                "the ministry's 2025 stock assessment",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Selma Hamutenya-Beukes, a fisheries scientist at the University of Namibia's Sam Nujoma campus in Henties Bay, said warmer water off the coast in 2024 and 2025 had pushed juvenile fish further offshore.",
                "Selma Hamutenya-Beukes",
                "said",
                "W",
            ),
        ],
        [
            ("“Is it overfishing?", "Selma Hamutenya-Beukes", "said", ""),
            ("Partly.", "Selma Hamutenya-Beukes", "said", ""),
            (
                "But the Benguela is changing faster than our models, and the quota has to follow the fish,” she said.",
                "Selma Hamutenya-Beukes",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Walvis Bay fish market on Wednesday morning, traders said a 10-kilogram box of horse mackerel had gone up from N$95 to N$120 since Friday.",
                "traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ester Kambonde, who sells fried fish and vetkoek at the Kuisebmond open market, said she would have to raise the price of a plate from N$25.",
                "Ester Kambonde",
                "said",
                "",
            ),
            ("“If it goes to N$30, who will buy?” she asked.", "Ester Kambonde", "asked", ""),
        ],
        [
            (
                "Kaunapawa-Iiyambo said 40,000 tonnes of the quota would be set aside for new right holders and for companies that land their catch for processing on shore.",
                "Penehafo Kaunapawa-Iiyambo",
                "said",
                "W",
            ),
            (
                "She said the allocations would be published in the Government Gazette by 31 March.",
                "Penehafo Kaunapawa-Iiyambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Right holders have until 20 March to lodge objections with the ministry.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Fishing | Horse mackerel | Walvis Bay | Quotas | Jobs", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Pilchard moratorium extended for a sixth year", "", "", "B"),
        ],
        [
            ("NEWSLETTER", "", "", "B"),
        ],
        [
            ("Get the Coastal Brief in your inbox every weekday at 6am.", "", "", "B"),
        ],
        [
            ("14 Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Keep it civil and on topic.", "", "", "B"),
            (
                "Comments containing insults, tribal slurs or personal attacks will be removed.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tate Haipinge • 2 hours ago", "", "", "B"),
        ],
        [
            ("Every year the same story.", "", "", "B"),
            ("The quota goes down but the rights go to the same five families.", "", "", "B"),
        ],
        [
            ("Reply • 23 👍", "", "", "B"),
        ],
        [
            (
                "The Erongo Sentinel | 14 Sam Nujoma Avenue, Walvis Bay | PO Box 2291 | Tel +264 64 205 511 | news@erongosentinel.com.na",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Erongo Sentinel Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
        ],
        [
            ("The Francistown Voice", "", "", "B"),
        ],
        [
            ("🔍", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("COURTS", "", "", "B"),
        ],
        [
            ("Two herders jailed for seven years over theft of 23 cattle", "", "", "W"),
        ],
        [
            (
                'Magistrate says stock theft "is killing the livelihoods of small farmers"',
                "Masego Phatshwane-Dintwe",
                "says",
                "",
            ),
        ],
        [
            ("Tumelo Mmolai", "", "", "B"),
        ],
        [
            ("12 Mar 2026 · 3 min read", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Cattle at a kraal near Matsiloje in the North East District.", "", "", ""),
        ],
        [
            ("FILE PIC", "", "", "B"),
        ],
        [
            (
                "FRANCISTOWN: Two herders were each sentenced to seven years in prison by the Francistown Magistrate's Court on Tuesday for stealing 23 head of cattle from a cattle post near Matsiloje in October 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ontiretse Molefhi, 29, and Kabelo Tshekiso, 33, were convicted of stock theft after a trial that ran for 11 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Magistrate Masego Phatshwane-Dintwe said the state had proved that the two men drove the cattle about 40km at night and sold 15 of them to a butchery in Tonota for P3,500 each.",
                "Masego Phatshwane-Dintwe",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Stock theft is killing the livelihoods of small farmers in this district," she said.',
                "Masego Phatshwane-Dintwe",
                "said",
                "",
            ),
            ('"This court must send a message."', "Masego Phatshwane-Dintwe", "said", ""),
        ],
        [
            (
                "Prosecutor Insp. Gofaone Lekgowe told the court that the minimum sentence for stealing cattle under the Stock Theft Act was five years.",
                "Gofaone Lekgowe",
                "told the court",
                "W",
            ),
            ("He asked for 10 years.", "Gofaone Lekgowe", "asked for", "W"),
        ],
        [
            (
                "The owner of the cattle, Rre Mothusi Baitsile, 67, told the court in June 2025 that he had found the hides of four of his animals in a dry riverbed two days after the theft.",
                "Mothusi Baitsile",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "Speaking outside court, Baitsile said police had recovered eight of the cattle from a farm near Tati Siding.",
                "Mothusi Baitsile",
                "said",
                "W",
            ),
            ('"The other 15 are gone.', "Mothusi Baitsile", "said", "W"),
            (
                "They were my grandchildren's school fees,\" he said.",
                "Mothusi Baitsile",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Defence attorney Neo Kgathi-Modise said her clients would appeal against both conviction and sentence.",
                "Neo Kgathi-Modise",
                "said",
                "",
            ),
            (
                'She said the identification of the cattle had rested on brand marks that "anyone with a hot iron can copy."',
                "Neo Kgathi-Modise",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Tonota butcher fined P20,000 for buying cattle without movement permits",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Francistown police station commander Supt. Boitumelo Sebina said 312 cases of stock theft were reported in the North East District in 2025, up from 247 the year before.",
                "Boitumelo Sebina",
                "said",
                "W",
            ),
            (
                "She said most stolen cattle in the area were moved at night along the Shashe River and slaughtered within 48 hours.",
                "Boitumelo Sebina",
                "said",
                "W",
            ),
        ],
        [
            (
                "The butchery's owner, who testified for the state, told the court in 2025 that he had been shown two forged movement permits.",
                "The butchery's owner",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Department of Veterinary Services said every animal sold to a butchery must be accompanied by a movement permit and a brand certificate.",
                "A spokesperson for the Department of Veterinary Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Baitsile, who keeps about 60 head of cattle, said he would now bring the herd into the kraal every night.",
                "Mothusi Baitsile",
                "said",
                "",
            ),
            ('"I am 67 years old and I sleep with one eye open.', "Mothusi Baitsile", "said", ""),
            ('What else can I do?" he said.', "Mothusi Baitsile", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("MORE IN COURTS", "", "", "B"),
        ],
        [
            ("Maun man gets 15 years for possession of rhino horn", "", "", "B"),
        ],
        [
            ("Former land board clerk acquitted of plot fraud", "", "", "B"),
        ],
        [
            ("Get the morning briefing", "", "", "B"),
        ],
        [
            (
                "Sign up to receive the Voice's top stories on WhatsApp every day at 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("About us · Contact · Advertise · Privacy · Terms", "", "", "B"),
        ],
        [
            (
                "The Francistown Voice · Plot 5670, Blue Jacket Street, Francistown · Tel: +267 241 5820",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Voice Media Botswana (Pty) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Vanua Herald app", "", "", "B"),
        ],
        [
            (
                "https://www.vanuaherald.com.fj/news/north/qawa-river-bursts-banks-labasa",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS / NORTH", "", "", "B"),
        ],
        [
            (
                "Qawa River bursts its banks as depression dumps 312mm of rain on Labasa",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Evacuation centres open in 14 settlements; schools in the North closed until Wednesday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Litia Vuniwai | Labasa", "", "", "B"),
        ],
        [
            ("2h ago · Updated 38m ago", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater on Nasekula Road in Labasa on Monday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: Vilimone Rakuita/Vanua Herald", "", "", "B"),
        ],
        [
            (
                "Labasa Town was cut off on Sunday night after the Qawa River rose 3.2 metres in six hours, the Fiji Meteorological Service said.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The service said 312 millimetres of rain fell at Labasa Airport in the 24 hours to 9 a.m.",
                "The service",
                "said",
                "W",
            ),
            ("That is close to the town's average rainfall for the whole of March.", "", "", "W"),
        ],
        [
            (
                "The National Disaster Management Office said 1,146 people had spent the night in 14 evacuation centres in Macuata and Bua.",
                "The National Disaster Management Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its director, Jone Nakauvadra, told the Herald no deaths had been reported, but a 61-year-old man was missing after trying to drive across a flooded crossing at Vunimoli on Sunday evening.",
                "Jone Nakauvadra",
                "told the Herald",
                "W",
            ),
        ],
        [
            ("WATCH", "", "", "B"),
        ],
        [
            (
                "Aerial footage shows floodwater over the approach to the Qawa bridge on Monday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: Herald Digital · 1:42", "", "", "B"),
        ],
        [
            (
                "Police spokesperson Ana Tuimoala said search teams from the Labasa Police Station and the Republic of Fiji Military Forces had resumed the search at first light.",
                "Ana Tuimoala",
                "said",
                "W",
            ),
            (
                "She asked motorists to keep off flooded roads “no matter how big your carrier is”.",
                "Ana Tuimoala",
                "asked",
                "",
            ),
        ],
        [
            ("“The water came into the house at midnight.", "Rohitesh Prakash Chand", "said", ""),
            (
                "By two o'clock we were on the roof with the children,” said Rohitesh Prakash Chand, a cane farmer from Waiqele.",
                "Rohitesh Prakash Chand",
                "said",
                "",
            ),
        ],
        [
            (
                "He said about half of his 4.5-hectare cane farm was still under water.",
                "Rohitesh Prakash Chand",
                "said",
                "",
            ),
        ],
        [
            (
                "The Fiji Sugar Corporation said the Labasa mill had stopped crushing and would not restart before Thursday.",
                "The Fiji Sugar Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said all schools in the Northern Division would stay closed until Wednesday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fiji Roads Authority said 23 roads and crossings in Macuata were closed on Monday, including the Labasa–Nabouwalu Highway at Dreketi.",
                "The Fiji Roads Authority",
                "said",
                "W",
            ),
            (
                "It said crews would begin clearing debris once the water dropped.",
                "The Fiji Roads Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "Energy Fiji Limited said power had been cut to about 4,800 customers in Labasa as a precaution.",
                "Energy Fiji Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Commissioner Northern, Apakuki Tikotikoca, said 3,000 food rations would arrive from Suva on Tuesday morning's ferry to Savusavu.",
                "Apakuki Tikotikoca",
                "said",
                "W",
            ),
            (
                "“Nobody in the North will go hungry this week,” he said.",
                "Apakuki Tikotikoca",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE: Nadi businesses count the cost of January floods", "", "", "B"),
        ],
        [
            (
                "Forecasters said the depression was moving south-east at about 15 km/h and was expected to weaken by Tuesday night.",
                "Forecasters",
                "said",
                "",
            ),
        ],
        [
            (
                "A heavy rain warning remains in force for Vanua Levu, Taveuni and the Lau Group, and a flood warning for the Labasa, Qawa and Wailevu rivers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At the Labasa market, vendors said a heap of dalo had gone up from $5 to $10 overnight.",
                "vendors",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mereani Lutu, a Red Cross volunteer at the Naleba settlement hall, said families needed drinking water and sleeping mats more than food.",
                "Mereani Lutu",
                "said",
                "",
            ),
            ("“We have 212 people here and two toilets!” she said.", "Mereani Lutu", "said", "W"),
            ("“The children are fine.", "Mereani Lutu", "said", ""),
            ("The old people are not sleeping.”", "Mereani Lutu", "said", ""),
        ],
        [
            ("Turn on notifications to get flood alerts for your area.", "", "", "B"),
        ],
        [
            ("Tap to read more stories from the North", "", "", "B"),
        ],
        [
            ("Download the Vanua Herald app: App Store | Google Play", "", "", "B"),
        ],
        [
            ("© Vanua Herald Media Pte Limited 2026", "", "", "B"),
        ],
        [
            ("Sent from my iPhone", "", "", "B"),
        ],
    ],
    [
        [
            (
                "3/9/26, 10:42 AM  Teacher who ran Saleuta school for 32 years dies at 84 – Apia Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print this article | Close window", "", "", "B"),
        ],
        [
            ("APIA TRIBUNE", "", "", "B"),
        ],
        [
            ("Samoa's morning paper since 1987", "", "", "B"),
        ],
        [
            ("OBITUARIES", "", "", "B"),
        ],
        [
            ("Teacher who ran Saleuta school for 32 years dies at 84", "", "", "W"),
        ],
        [
            (
                "Family says funeral service will be held in the village on Saturday",
                "his family",
                "says",
                "W",
            ),
        ],
        [
            ("By Sieni Leavasa", "", "", "B"),
        ],
        [
            ("09 March 2026", "", "", "B"),
        ],
        [
            (
                "Afualo Ioane Fa'alogo, who was principal of Saleuta Primary School on Savai'i for 32 years, died at his home in the village on Thursday, March 5.",
                "",
                "",
                "W",
            ),
            ("He was 84.", "", "", "W"),
        ],
        [
            (
                "He had been ill with diabetes for several years, his family said.",
                "his family",
                "said",
                "W",
            ),
        ],
        [
            (
                "Born in Saleuta in 1941, he trained at the Teachers College at Malifa and taught in Apia and at Salelologa before returning to his village school as principal in 1972.",
                "",
                "",
                "W",
            ),
            ("He was given the Afualo title by his family in 1979.", "", "", "W"),
            ("He retired in 2004.", "", "", "W"),
        ],
        [
            (
                "The Samoa Teachers Association said he had served as its president from 1983 to 1987.",
                "The Samoa Teachers Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "His daughter, Tina Fa'alogo-Tuimaseve, a nurse at Tupua Tamasese Meaole Hospital in Apia, said her father had taught three generations of Saleuta families, including her own children.",
                "Tina Fa'alogo-Tuimaseve",
                "said",
                "",
            ),
            (
                "“He knew every child by name, and every child's grandfather by name,” she said.",
                "Tina Fa'alogo-Tuimaseve",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.apiatribune.ws/2026/03/09/teacher-who-ran-saleuta-school-for-32-years-dies-at-84/  1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/9/26, 10:42 AM  Teacher who ran Saleuta school for 32 years dies at 84 – Apia Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Afualo Ioane Fa'alogo at the school's 50th jubilee in 2012.", "", "", ""),
        ],
        [
            ("Photo: Supplied by the family", "", "", "B"),
        ],
        [
            (
                "The Ministry of Education, Sports and Culture said in a statement that Saleuta's Year 8 examination results under his leadership were among the best in Savai'i through the 1980s and 1990s.",
                "The Ministry of Education, Sports and Culture",
                "said in a statement",
                "W",
            ),
            (
                "“Samoa has lost one of its great teachers,” it said.",
                "The Ministry of Education, Sports and Culture",
                "said",
                "",
            ),
        ],
        [
            (
                "The village's pulenu'u, Aiono Pesamino Taulapapa, said Afualo had turned down three offers of a post at the ministry in Apia because “Saleuta was where he was needed”.",
                "Aiono Pesamino Taulapapa",
                "said",
                "",
            ),
            (
                "“When the school roof blew off in Cyclone Val, he taught under the breadfruit trees for two months,” Aiono said.",
                "Aiono Pesamino Taulapapa",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Malia Tuala-Fepuleai, a former pupil who now heads the paediatric ward at the national hospital, said he had paid the school fees of at least 11 pupils out of his own salary.",
                "Malia Tuala-Fepuleai",
                "said",
                "W",
            ),
            (
                "“Some of us would not be doctors or lawyers without him.",
                "Malia Tuala-Fepuleai",
                "said",
                "",
            ),
            ("Did he ever tell anyone?", "Malia Tuala-Fepuleai", "said", ""),
            ("Never,” she said.", "Malia Tuala-Fepuleai", "said", ""),
        ],
        [
            (
                "The church's faifeau, Rev. Fetu Lauina, said more than 400 people had come to the family home to pay their respects by Sunday night.",
                "Fetu Lauina",
                "said",
                "W",
            ),
        ],
        [
            (
                "Saleuta Primary School had 96 pupils when he became principal and 214 when he retired.",
                "",
                "",
                "W",
            ),
            (
                "“We will close the school on Friday so the children can say goodbye,” said the current principal, Losaline Seumanu-Pio.",
                "Losaline Seumanu-Pio",
                "said",
                "W",
            ),
        ],
        [
            (
                "Afualo is survived by his wife of 58 years, Fa'amaoni, eight children, 31 grandchildren and six great-grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His family said the funeral service would be held at the EFKS church in Saleuta at 10am on Saturday, March 14, followed by burial at the family grounds.",
                "his family",
                "said",
                "W",
            ),
        ],
        [
            ("FUNERAL ARRANGEMENTS", "", "", "B"),
        ],
        [
            ("Friday 13 March: Family prayers at the family home, Saleuta, 7pm", "", "", ""),
        ],
        [
            ("Saturday 14 March: Funeral service, EFKS Saleuta, 10am", "", "", ""),
        ],
        [
            (
                "Ferry passengers from Upolu: the family bus will meet the 6am ferry at Salelologa wharf",
                "",
                "",
                "",
            ),
        ],
        [
            ("© 2026 Apia Tribune Ltd. | PO Box 1450, Apia, Samoa | Ph: (685) 24 517", "", "", "B"),
        ],
        [
            ("Printed from www.apiatribune.ws", "", "", "B"),
        ],
        [
            (
                "https://www.apiatribune.ws/2026/03/09/teacher-who-ran-saleuta-school-for-32-years-dies-at-84/  2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("KUMUL DAILY", "", "", "B"),
        ],
        [
            ("The nation's voice, every morning", "", "", "B"),
        ],
        [
            ("Port Moresby 31°C ⛅ | Lae 29°C 🌧 | Mt Hagen 22°C ⛅ | Goroka 24°C 🌧", "", "", "B"),
        ],
        [
            ("K1 = US$0.2541 | A$0.3897 | BSP 13.70 ▲0.05 | KSL 3.95 —", "", "", "B"),
        ],
        [
            (
                "Home | National | Provinces | Business | Sport | World | Opinion | Weekender | Jobs | Tenders",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Provinces » Eastern Highlands", "", "", "B"),
        ],
        [
            (
                "Highlands Highway reopens at Kassam Pass after nine-day landslip closure",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Truck drivers say they lost up to K6,000 each in spoiled loads",
                "Truck drivers",
                "say",
                "W",
            ),
        ],
        [
            ("By JOSEPH WAKON", "", "", "B"),
        ],
        [
            ("Friday, 13 March 2026", "", "", "B"),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            ("Share: f X in ✉", "", "", "B"),
        ],
        [
            (
                "Trucks queue at Kassam Pass on Wednesday as machinery clears the last of the slip.",
                "",
                "",
                "",
            ),
        ],
        [
            ("– Picture by PETER ANGI", "", "", "B"),
        ],
        [
            (
                "KASSAM PASS – The Highlands Highway at Kassam Pass in Eastern Highlands reopened to all traffic at 6am yesterday after being closed for nine days by a landslip.",
                "",
                "",
                "W",
            ),
            (
                "The highway is the only road link between the port of Lae and the Highlands provinces, including the coffee centres of Goroka and Mt. Hagen.",
                "",
                "",
                "W",
            ),
            (
                "About 40,000 cubic metres of earth and rock came down onto a 120-metre stretch of road on the night of March 3, according to the Department of Works and Highways.",
                "the Department of Works and Highways",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The department's regional works manager for the Highlands, Kila Yawari, said crews had worked two shifts a day with three excavators and a bulldozer hired from a contractor in Lae.",
                "Kila Yawari",
                "said",
                "W",
            ),
            (
                "He said the clean-up had cost about K2.4 million, paid from the department's emergency maintenance vote.",
                "Kila Yawari",
                "said",
                "W",
            ),
        ],
        [
            ("“The mountain is still moving.", "Kila Yawari", "said", ""),
            (
                "We have opened one lane plus a passing bay, not the full road,” Mr Yawari said.",
                "Kila Yawari",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Eastern Highlands provincial police commander Chief Inspector Simon Kelaga said 230 trucks and 90 PMVs had been held at Watarais on the Markham side and at Kainantu during the closure.",
                "Simon Kelaga",
                "said",
                "W",
            ),
            (
                "He said police would escort convoys through the pass between 6am and 6pm until further notice.",
                "Simon Kelaga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Truck drivers stuck at Watarais said they had lost up to K6,000 each in spoiled loads and missed trips.",
                "Truck drivers",
                "said",
                "W",
            ),
        ],
        [
            ("“I had 300 bags of potatoes for Port Moresby.", "Benson Wakias", "said", ""),
            (
                "After five days I sold them at Yonki for half,” said Benson Wakias, who drives for a Mt Hagen wholesaler.",
                "Benson Wakias",
                "said",
                "",
            ),
            (
                "“Nine days for one landslip… who is going to pay us back?” he asked.",
                "Benson Wakias",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ruth Anguna, operations manager at the Goroka-based exporter Asaro Valley Coffee Ltd., said 14 containers of green beans bound for Lae had missed a ship to Hamburg.",
                "Ruth Anguna",
                "said",
                "W",
            ),
            (
                "She estimated the company's extra costs at K350,000.",
                "Ruth Anguna",
                "estimated",
                "",
            ),
        ],
        [
            ("RELATED: Governor calls for Kassam bypass study", "", "", "B"),
        ],
        [
            (
                "Eastern Highlands Governor Luke Sigiro said the province had asked the national government for a bypass route in 2019, in 2022 and again last year.",
                "Luke Sigiro",
                "said",
                "W",
            ),
            (
                "“Every wet season we lose this road, and every wet season we clear it and pray,” he said.",
                "Luke Sigiro",
                "said",
                "",
            ),
        ],
        [
            (
                "The department said a geotechnical survey of the pass would start in April under the Highlands road improvement programme.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kelaga said two trucks were held up at knifepoint near Kainantu on Tuesday night while they waited to pass.",
                "Simon Kelaga",
                "said",
                "W",
            ),
            ("No one was injured.", "", "", "W"),
        ],
        [
            ("Tags: Highlands Highway, Kassam Pass, landslip, Eastern Highlands", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("More from Provinces", "", "", "B"),
        ],
        [
            ("Mendi hospital gets new oxygen plant", "", "", "B"),
        ],
        [
            ("Wabag market vendors relocated after fire", "", "", "B"),
        ],
        [
            (
                "Kumul Daily is published by Kumul Media Ltd., Section 12, Allotment 9, Waigani Drive, Port Moresby.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "PO Box 1182, Boroko, NCD | Phone: (+675) 325 7710 | Email: news@kumuldaily.com.pg",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Kumul Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("cayocompass.bz", "", "", "B"),
        ],
        [
            (
                "Town council votes 5-2 to move Saturday market vendors to riverside lot",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Marisela Chiac", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            ("Published Thursday, March 12th, 2026", "", "", "B"),
        ],
        [
            (
                "SAN IGNACIO, Cayo – The San Ignacio and Santa Elena Town Council voted five to two on Wednesday night to move the Saturday market's 86 vendors from Burns Avenue to a council-owned lot beside the Macal River from May 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Teodoro Pech said the move would free Burns Avenue for traffic and for the tour operators and shops that had complained for years about blocked doorways.",
                "Teodoro Pech",
                "said",
                "",
            ),
            ("“This is not about pushing anybody out.", "Teodoro Pech", "said", ""),
            ("It's about safety,” he said.", "Teodoro Pech", "said", ""),
            (
                "He said an ambulance had taken 11 minutes to get through the market on a Saturday in January.",
                "Teodoro Pech",
                "said",
                "W",
            ),
        ],
        [
            (
                "The motion was moved by Councillor Ingrid Novelo-Cal and seconded by Councillor Delroy Gentle.",
                "",
                "",
                "W",
            ),
            ("Councillors Rosita Mai and Elvis Tzul voted against.", "", "", "W"),
        ],
        [
            (
                "Mai said the council had not consulted the vendors before drawing up the plan.",
                "Rosita Mai",
                "said",
                "W",
            ),
            (
                "“Who is going to walk down to the river in the hot sun to buy two pounds of tomatoes?",
                "Rosita Mai",
                "said",
                "",
            ),
            ("Nobody!” she said.", "Rosita Mai", "said", ""),
        ],
        [
            (
                "Council administrator Marcos Chuc told the meeting that the Saturday market brought in BZ$44,700 in stall fees last year.",
                "Marcos Chuc",
                "told the meeting",
                "W",
            ),
            (
                "He said the council expected the figure to fall “a little” in the first year at the new site.",
                "Marcos Chuc",
                "said",
                "",
            ),
        ],
        [
            (
                "Tzul said he voted against because the lot had no toilets and no shade.",
                "Elvis Tzul",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Vendors set up their stalls on Burns Avenue before sunrise on Saturday.", "", "", ""),
        ],
        [
            ("(Photo: Cayo Compass)", "", "", "B"),
        ],
        [
            (
                "The Cayo Farmers and Vendors Association said 61 of its members had signed a petition against the move, which was handed to the council on Monday.",
                "The Cayo Farmers and Vendors Association",
                "said",
                "W",
            ),
            (
                "Its president, Aurelio Cocom, who has sold vegetables from his farm at Succotz at the market since 1994, said the new lot floods “every time the Macal comes up.”",
                "Aurelio Cocom",
                "said",
                "",
            ),
            (
                "He said the lot was under water for nine days in November.",
                "Aurelio Cocom",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pech said the council would spend BZ$180,000 to raise and pave the lot before May, using money from its 2026-27 capital budget.",
                "Teodoro Pech",
                "said",
                "W",
            ),
            (
                "The stall fee will stay at BZ$10 a day for the first year and rise to BZ$15 after that.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“I have sold tamales on this corner for 22 years.", "Juana Ical", "asked", ""),
            ("My customers know where to find me.", "Juana Ical", "asked", ""),
            ("Will they find me by the river?” asked Juana Ical, 58.", "Juana Ical", "asked", ""),
        ],
        [
            ("READ MORE: Benque Viejo council approves new garbage pickup schedule", "", "", "B"),
        ],
        [
            (
                "Delia Sho, who runs a tour office on Burns Avenue, said she welcomed the decision.",
                "Delia Sho",
                "said",
                "",
            ),
            ("“Visitors can't even see my sign on a Saturday,” she said.", "Delia Sho", "said", ""),
        ],
        [
            (
                "The Ministry of Local Government said town councils did not need its approval to move a market within their boundaries.",
                "The Ministry of Local Government",
                "said",
                "W",
            ),
        ],
        [
            ("The meeting, which began at 6:30 p.m., ended shortly before 10 p.m.", "", "", "W"),
            (
                "Cocom said the association had not ruled out going to court.",
                "Aurelio Cocom",
                "said",
                "",
            ),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Click to share on Facebook (Opens in new window)", "", "", "B"),
        ],
        [
            ("Facebook", "", "", "B"),
        ],
        [
            ("Click to share on WhatsApp (Opens in new window)", "", "", "B"),
        ],
        [
            ("WhatsApp", "", "", "B"),
        ],
        [
            ("Like this:", "", "", "B"),
        ],
        [
            ("Like Loading...", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Santa Elena bridge repairs to start in April", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORENTYNE CHRONICLE", "", "", "B"),
        ],
        [
            ("Berbice's voice since 2001", "", "", "B"),
        ],
        [
            (
                "G$208.45 = US$1 | Gold: US$3,012/oz | Georgetown 30°C | New Amsterdam 31°C",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HOME  NEWS  REGIONS  BUDGET 2026  BUSINESS  SPORT  LETTERS  EPAPER", "", "", "B"),
        ],
        [
            ("News » Budget 2026", "", "", "B"),
        ],
        [
            ("Region Six gets $14.6B in 2026 estimates; drainage takes biggest share", "", "", "W"),
        ],
        [
            (
                "Opposition MPs say Black Bush Polder pumps were promised in 2024 and 2025 budgets",
                "Opposition MPs",
                "say",
                "W",
            ),
        ],
        [
            ("By Staff Writer", "", "", "B"),
        ],
        [
            ("March 11, 2026", "", "", "B"),
        ],
        [
            ("💬 27", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Members of the National Assembly during consideration of the estimates at the Arthur Chung Conference Centre on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Parliament Office", "", "", "B"),
        ],
        [
            (
                "The National Assembly's Committee of Supply on Tuesday approved $14.6 billion in current and capital spending for Region No. 6 (East Berbice-Corentyne) for 2026, up from $12.9 billion last year.",
                "",
                "",
                "W",
            ),
            (
                "Drainage and irrigation takes the largest share of the capital budget, at $2.3 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister of Local Government and Regional Development Rajendra Persaud-Singh told the committee that $940 million of that would buy and install four new pumps at Black Bush Polder and at No. 52 Village.",
                "Rajendra Persaud-Singh",
                "told the committee",
                "W",
            ),
            (
                "He said the first two pumps would be working before the May–June rainy season.",
                "Rajendra Persaud-Singh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The pumps are coming, and Black Bush will be dry this year,” he said.",
                "Rajendra Persaud-Singh",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition MPs said the same pumps had been in the 2024 and 2025 estimates.",
                "Opposition MPs",
                "said",
                "W",
            ),
        ],
        [
            (
                "“How many times must the farmers of Black Bush buy the same pump?” asked Cheryl Adams-Beaton, the opposition's spokesperson on agriculture.",
                "Cheryl Adams-Beaton",
                "asked",
                "",
            ),
            (
                "She told the committee that rice farmers at Mibicuri had lost an estimated 1,800 acres to flooding in December.",
                "Cheryl Adams-Beaton",
                "told the committee",
                "W",
            ),
        ],
        [
            (
                "She said the region's only drainage excavator had been out of service since October.",
                "Cheryl Adams-Beaton",
                "said",
                "W",
            ),
        ],
        [
            (
                "Persaud-Singh replied that the earlier pumps had been bought but installed elsewhere in the region “where the need was greater”.",
                "Rajendra Persaud-Singh",
                "replied",
                "W",
            ),
        ],
        [
            ("READ ALSO: Corentyne rice farmers to get $1.2B fertiliser subsidy", "", "", "B"),
        ],
        [
            (
                "The committee also approved $410 million for a maternity wing at the Skeldon hospital and $118 million to repair 46 teachers' quarters in the riverain areas of the Canje.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Regional Chairman Hardat Budhoo, who watched from the public gallery, told the Chronicle the region had asked for $17 billion.",
                "Hardat Budhoo",
                "told the Chronicle",
                "W",
            ),
            ("“We got what we got.", "Hardat Budhoo", "said", ""),
            ("The roads in Canje?", "Hardat Budhoo", "said", ""),
            ("Not a dollar,” he said.", "Hardat Budhoo", "said", "W"),
        ],
        [
            (
                "Kamal Kissoondyal, a rice farmer from Black Bush who travelled to Georgetown to watch, said he had heard the same promise “three budgets running”.",
                "Kamal Kissoondyal",
                "said",
                "",
            ),
            (
                "“I will believe it when I hear the engine,” he said.",
                "Kamal Kissoondyal",
                "said",
                "",
            ),
        ],
        [
            (
                "The Committee of Supply will consider the estimates for Region Five on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("27 Comments", "", "", "B"),
        ],
        [
            ("Comment policy: The Chronicle welcomes debate.", "", "", "B"),
            (
                "We delete comments that are racist, abusive or off-topic, and we do not publish comments containing links.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sort by: Newest | Oldest | Top", "", "", "B"),
        ],
        [
            ("BerbiceBoy592 says:", "", "", "B"),
        ],
        [
            ("March 11, 2026 at 7:14 am", "", "", "B"),
        ],
        [
            ("Same pumps every year.", "", "", "B"),
            ("They should give them names.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Indira R. says:", "", "", "B"),
        ],
        [
            ("March 11, 2026 at 8:02 am", "", "", "B"),
        ],
        [
            ("My father farm in Black Bush 30 years and he never see a new pump yet.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Load more comments", "", "", "B"),
        ],
        [
            (
                "The Corentyne Chronicle | Lot 22 Main Street, New Amsterdam, Berbice | Tel: 333-4105 | WhatsApp: 600-2291",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Corentyne Chronicle Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
        ],
        [
            ("CARLISLE TIMES", "", "", "B"),
        ],
        [
            ("LOG IN", "", "", "B"),
        ],
        [
            ("SPORT › CRICKET", "", "", "B"),
        ],
        [
            (
                "Cavaliers clinch Elite Division title with four-wicket win at Foursquare",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Walcott-Best hits 88 as Speightstown side chase 244 with five balls to spare",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ryan Alleyne-Small", "", "", "B"),
        ],
        [
            ("Sun, Mar 8, 2026 · 4 min", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "SPEIGHTSTOWN Cavaliers are the Barbados Cricket Association (BCA) Elite Division champions after beating Foursquare Rovers by four wickets at the Foursquare ground in St. Philip.",
                "",
                "",
                "W",
            ),
            (
                "Chasing 244, Cavaliers reached 247 for six with five balls to spare, thanks to 88 from opener Kemar Walcott-Best.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Walcott-Best and Dario Skeete put on 121 for the third wicket after Cavaliers had slipped to 61 for two.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The win gave Cavaliers 96 points, four more than Holetown Pioneers, and their first Elite Division title since 2013.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Captain Rashidi Clarke-Bynoe said the title belonged to “every man who carried the drinks this season”.",
                "Rashidi Clarke-Bynoe",
                "said",
                "",
            ),
            ("“Did we make it hard for ourselves?", "Rashidi Clarke-Bynoe", "said", ""),
            ("Yes.", "Rashidi Clarke-Bynoe", "said", ""),
            ("But 13 years is a long time to wait,” he said.", "Rashidi Clarke-Bynoe", "said", ""),
        ],
        [
            (
                "Walcott-Best, 21, said his 88 was his highest score in the Elite Division.",
                "Kemar Walcott-Best",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("SCORES", "", "", "B"),
        ],
        [
            (
                "Foursquare Rovers 243 for 8 (50 overs) (J. Husbands-Lowe 71, A. Bishop 44; T. Forde 3-41, N. Corbin 2-38)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Speightstown Cavaliers 247 for 6 (49.1 overs) (K. Walcott-Best 88, D. Skeete 52, R. Clarke-Bynoe 31 not out; M. Hinds-Greaves 3-50)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Cavaliers won by four wickets.", "", "", ""),
        ],
        [
            (
                "Rovers had been 168 for three in the 38th over before losing five wickets for 44 runs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Left-arm spinner Tariq Forde took three for 41 to finish the season with 38 wickets, the most in the division.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers captain Jason Husbands-Lowe, who top-scored with 71, said his side would “come back stronger”.",
                "Jason Husbands-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Rovers coach Desmond Tull said his batsmen had “switched off” in the last 12 overs.",
                "Desmond Tull",
                "said",
                "",
            ),
            ("“We handed them the title… and they took it,” he said.", "Desmond Tull", "said", ""),
        ],
        [
            (
                "BCA competitions manager Andrea Marshall-Yearwood said the trophy would be presented at the association's awards night at the Lloyd Erskine Sandiford Centre on April 18.",
                "Andrea Marshall-Yearwood",
                "said",
                "W",
            ),
            (
                "She said 14 clubs had played in the Elite Division this season, two more than in 2025.",
                "Andrea Marshall-Yearwood",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the bottom of the table, Oistins Mariners were relegated to Division One after finishing with 22 points.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I waited 13 years for this, and tonight I'm going to wake up the whole of Speightstown!” said Glenroy Skeete, 74, a member of the club since 1969.",
                "Glenroy Skeete",
                "said",
                "",
            ),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            ("You might also like", "", "", "B"),
        ],
        [
            ("Pioneers' Harewood named in West Indies Academy squad", "", "", "B"),
        ],
        [
            ("Under-19 trials set for Kensington Oval", "", "", "B"),
        ],
        [
            ("📩 Sign up for our Sports newsletter", "", "", "B"),
        ],
        [
            ("Results, fixtures and fantasy tips every Monday.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("↑ Top", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy | Contact", "", "", "B"),
        ],
        [
            (
                "Carlisle Times, 22 Fontabelle Road, St. Michael, Barbados · (246) 430-5112",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Carlisle Times Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("10 | BUSINESS | THE PORT LOUIS POST | Monday 9 March 2026", "", "", "B"),
        ],
        [
            ("ECONOMY", "", "", "B"),
        ],
        [
            ("Supermarket chain opens 12th store in Flacq with 140 jobs", "", "", "W"),
        ],
        [
            (
                "Rs 310 million store is the group's largest outside Port Louis and Curepipe, managing director says",
                "Jean-Luc Rivalland",
                "says",
                "W",
            ),
        ],
        [
            ("By Anjali Ramsurrun", "", "", "B"),
        ],
        [
            (
                "FLACQ – Soleil Distribution Ltée opened its 12th supermarket at Centre de Flacq on Saturday with 140 staff, 112 of them recruited in the district.",
                "",
                "",
                "W",
            ),
            (
                "The company said the store cost Rs 310 million to build and fit out and has 3,200 square metres of shop floor.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Soleil Distribution was founded in 1989 with a single grocery in Rose-Hill and now employs about 1,460 people.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The group's revenue was Rs 6.8 billion in the year to June 2025, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Managing director Jean-Luc Rivalland said it was the group's largest store outside Port Louis and Curepipe.",
                "Jean-Luc Rivalland",
                "said",
                "W",
            ),
            (
                "He said prices at Flacq would be the same as at its Port Louis branches.",
                "Jean-Luc Rivalland",
                "said",
                "",
            ),
            (
                "“A family in Flacq should not pay more than a family in Port Louis, not even one rupee,” he said.",
                "Jean-Luc Rivalland",
                "said",
                "",
            ),
        ],
        [
            (
                "Managing director Jean-Luc Rivalland (centre) with staff at the opening of the Flacq store on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Yannick Bérenger", "", "", "B"),
        ],
        [
            (
                "Commerce minister Vishal Gungadin, who cut the ribbon, said 1,900 retail jobs had been created in the east of the island since 2023.",
                "Vishal Gungadin",
                "said",
                "W",
            ),
        ],
        [
            ("Continued on page 11", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("SOLEIL MARCHÉ – NOW OPEN IN FLACQ", "", "", "B"),
        ],
        [
            ("Opening offers until 22 March.", "", "", "B"),
            ("Conditions apply.", "", "", "B"),
        ],
        [
            (
                "For advertising in The Port Louis Post call 208 4411 or write to ads@plpost.mu",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE PORT LOUIS POST | Monday 9 March 2026 | BUSINESS | 11", "", "", "B"),
        ],
        [
            ("From page 10", "", "", "B"),
        ],
        [
            (
                "Flacq District Council chairperson Kavita Dookhun said the council had granted the building permit in 11 weeks, “a record for us”.",
                "Kavita Dookhun",
                "said",
                "W",
            ),
        ],
        [
            (
                "Unemployment in Flacq district was 8.9% in 2025, against 6.1% nationally, according to Statistics Mauritius.",
                "Statistics Mauritius",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“A family in Flacq should not pay more than a family in Port Louis, not even one rupee.”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("— Jean-Luc Rivalland, Soleil Distribution", "", "", "B"),
        ],
        [
            (
                "Nadia Seegobin, 24, a cashier from Bel Air Rivière Sèche who was hired in January, said it was her first full-time job.",
                "Nadia Seegobin",
                "said",
                "",
            ),
            ("“Before, I took two buses to work in Port Louis.", "Nadia Seegobin", "said", ""),
            ("Now I walk,” she said.", "Nadia Seegobin", "said", ""),
        ],
        [
            (
                "The Flacq Shopkeepers' Association said at least nine small shops within 2km of the site had closed since construction began in 2024.",
                "The Flacq Shopkeepers' Association",
                "said",
                "W",
            ),
            (
                "Its secretary, Gilbert Lam Po Tang, said the association was not against investment but wanted the government to limit supermarket opening hours on Sundays.",
                "Gilbert Lam Po Tang",
                "said",
                "",
            ),
            (
                "“Can a corner shop compete with 3,200 square metres and free parking?” he asked.",
                "Gilbert Lam Po Tang",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Road Development Authority said a roundabout built by the company at the store's entrance would be handed over to the authority in April.",
                "The Road Development Authority",
                "said",
                "W",
            ),
            (
                "Ashvin Beejadhur, who lives opposite the site, said the traffic on Saturday was “like the Port Louis motorway at six o'clock”.",
                "Ashvin Beejadhur",
                "said",
                "",
            ),
        ],
        [
            ("“Is it cheaper than the shop in the village?", "Marie-Josée Pitot", "said", ""),
            ("For rice, yes.", "Marie-Josée Pitot", "said", ""),
            (
                "For vegetables, no,” said Marie-Josée Pitot, a retired teacher from Camp de Masque.",
                "Marie-Josée Pitot",
                "said",
                "",
            ),
        ],
        [
            (
                "The store opens from 8 a.m. to 8 p.m. Monday to Saturday and from 8 a.m. to 1 p.m. on Sundays and public holidays.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said it planned to open a 13th store, in Rose-Belle, in 2027.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            ("www.plpost.mu", "", "", "B"),
        ],
        [
            (
                "Printed and published by Post Media Ltée, 14 Rue Desforges, Port Louis.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Mahé Mirror – Print", "", "", "B"),
        ],
        [
            ("Print this page", "", "", "B"),
        ],
        [
            ("THE MAHÉ MIRROR", "", "", "B"),
        ],
        [
            ("Seychelles news, every day", "", "", "B"),
        ],
        [
            (
                "Breadfruit festival draws 9,400 to Anse Boileau, organisers say",
                "the organising committee",
                "say",
                "W",
            ),
        ],
        [
            ("Written by Jude Payet-Hoareau", "", "", "B"),
        ],
        [
            ("Published: 10 March 2026", "", "", "B"),
        ],
        [
            ("Hits: 1284", "", "", "B"),
        ],
        [
            (
                "About 9,400 people visited the third Festival Friyapen at Anse Boileau over the weekend, up from 6,100 last year, the organising committee said.",
                "the organising committee",
                "said",
                "W",
            ),
            (
                "The festival, held on the district football field, had 48 food stalls, 31 of them run by households from Anse Boileau.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District administrator Marie-Claire Rassool said the festival had started in 2024 “as a small idea at a district meeting”.",
                "Marie-Claire Rassool",
                "said",
                "W",
            ),
            ("“Breadfruit was the food of our grandparents.", "Marie-Claire Rassool", "said", ""),
            (
                "We want children to know it is not only food for hard times,” she said.",
                "Marie-Claire Rassool",
                "said",
                "",
            ),
        ],
        [
            ("Stallholders serve breadfruit dishes at Anse Boileau on Saturday.", "", "", ""),
        ],
        [
            ("Photo: Mahé Mirror", "", "", "B"),
        ],
        [
            (
                "The SR 5,000 prize for the best dish went to Rosemonde Larue of Anse Boileau for a breadfruit and octopus curry.",
                "",
                "",
                "W",
            ),
            ("Larue, 63, has entered the competition every year since it began.", "", "", "W"),
            ("“My mother cooked it this way in 1975!", "Rosemonde Larue", "said", ""),
            ("I only added more chilli,” Larue said, laughing.", "Rosemonde Larue", "said", ""),
        ],
        [
            (
                "Seychelles grows about 850 tonnes of breadfruit a year, according to the Seychelles Agricultural Agency, but much of it is never picked.",
                "the Seychelles Agricultural Agency",
                "according to",
                "W",
            ),
            (
                "Alain Morel, an agronomist with the agency, said a pilot project at Anse Boileau had turned 1.2 tonnes of breadfruit into flour since September.",
                "Alain Morel",
                "said",
                "W",
            ),
            (
                "He said breadfruit flour could replace up to a third of the imported wheat flour in bread “if the bakers are willing”.",
                "Alain Morel",
                "said",
                "",
            ),
        ],
        [
            ("“Breadfruit is our potato, our rice and our bread.", "Ronny Mathiot", "asked", ""),
            (
                "Why are we importing frozen chips from South Africa?” asked chef Ronny Mathiot, who ran a cooking class for 60 children on Sunday.",
                "Ronny Mathiot",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Seychelles Tourism Board said about 1,300 of the visitors had come by the festival shuttle bus from hotels and guesthouses on Mahé.",
                "The Seychelles Tourism Board",
                "said",
                "W",
            ),
            ("Entry was free, and the shuttle from Victoria cost SR 20.", "", "", "W"),
        ],
        [
            (
                "Police said the coastal road through Anse Boileau was closed to through traffic from 10 a.m. to 6 p.m. on both days.",
                "Police",
                "said",
                "W",
            ),
            ("Buses were diverted via Les Canelles.", "", "", "W"),
        ],
        [
            (
                "Wilfred Sinon, who sold breadfruit chips at SR 25 a packet, said he had sold out by 1 p.m. on Saturday.",
                "Wilfred Sinon",
                "said",
                "",
            ),
            ("“Next year I will bring double,” he said.", "Wilfred Sinon", "said", ""),
        ],
        [
            (
                "Hannelore Weiss, a visitor from Germany staying at Anse à la Mouche, said the curry was “the best thing I have eaten in Seychelles”.",
                "Hannelore Weiss",
                "said",
                "",
            ),
        ],
        [
            (
                "In the evening, sega and moutya groups from Baie Lazare and Takamaka played until after 10 p.m.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The organising committee said stallholders paid SR 300 each for a pitch and the festival made a surplus of SR 41,200, which would go to the district youth club.",
                "The organising committee",
                "said",
                "W",
            ),
            (
                "Rassool said next year's festival would be held on March 6 and 7, 2027.",
                "Marie-Claire Rassool",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Anse Boileau, Festival, Food, Breadfruit", "", "", "B"),
        ],
        [
            (
                "The Mahé Mirror, Latanier Road, Victoria, Mahé | Tel: +248 4 28 11 90 | news@mahemirror.sc",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Mahé Mirror Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "URL: https://www.mahemirror.sc/local/item/4412-breadfruit-festival-draws-9-400-to-anse-boileau",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on 10/03/2026 11:26", "", "", "B"),
        ],
        [
            ("Page 1 of 1", "", "", "B"),
        ],
        [
            ("Close window", "", "", "B"),
        ],
    ],
    [
        [
            ("6 | Saturday, March 14, 2026 | THE DRUK DISPATCH", "", "", "B"),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            ("Boarding stipend raised to Nu. 1,800 a month", "", "", "W"),
        ],
        [
            ("Schools in the east buy more of their vegetables from village farmers", "", "", "W"),
        ],
        [
            ("Tshering Yangzom | Pemagatshel", "", "", "B"),
        ],
        [
            (
                "The monthly stipend for boarding students in public schools will rise from Nu. 1,500 to Nu. 1,800 from April, the Ministry of Education and Skills Development announced on Wednesday.",
                "the Ministry of Education and Skills Development",
                "announced",
                "W",
            ),
            (
                "The ministry said the increase would cost Nu. 98.6 million a year and cover 27,380 students in 71 schools with boarding facilities.",
                "The ministry",
                "said",
                "W",
            ),
            (
                "It said the stipend was last raised in 2021, from Nu. 1,200.",
                "the Ministry of Education and Skills Development",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Dechenling Central School in Pemagatshel, where 412 of the 655 students board, principal Sonam Pelzom said the kitchen now buys most of its vegetables from 38 farming households in three gewogs.",
                "Sonam Pelzom",
                "said",
                "W",
            ),
            (
                "She said the school spent Nu. 2.1 million on vegetables, rice and meat last year, and about 60% of it went to farmers living within 20km of the school.",
                "Sonam Pelzom",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said every boarder gets rice, dal and a vegetable curry at lunch and dinner.",
                "Sonam Pelzom",
                "said",
                "",
            ),
        ],
        [
            (
                "“Earlier, the truck came from Samdrup Jongkhar once a week and the spinach arrived half dead.",
                "Sonam Pelzom",
                "said",
                "",
            ),
            (
                "Now the children eat what their parents grow,” she said.",
                "Sonam Pelzom",
                "said",
                "",
            ),
        ],
        [
            (
                "Students queue for lunch at the Dechenling Central School mess on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Tshering Yangzom", "", "", "B"),
        ],
        [
            ("“Now the children eat what their parents grow.”", "", "", "B"),
        ],
        [
            ("(Contd. on p. 7)", "", "", "B"),
        ],
        [
            ("Saturday, March 14, 2026 | THE DRUK DISPATCH | 7", "", "", "B"),
        ],
        [
            ("From p. 6: Boarding stipend", "", "", "B"),
        ],
        [
            ("Pema Lhamo in her chilli field at Shumar.", "", "", ""),
        ],
        [
            ("Photo: Tshering Yangzom", "", "", "B"),
        ],
        [
            (
                "Pema Lhamo, 52, a farmer from Shumar who supplies potatoes and chillies to the school, said she earned about Nu. 46,000 from the school last year.",
                "Pema Lhamo",
                "said",
                "",
            ),
            (
                "“With that money, I paid for my son's college hostel in Kanglung,” she said.",
                "Pema Lhamo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Shumar Vegetable Growers' Group, formed in 2023, said 22 of the households supplying the school were now members.",
                "The Shumar Vegetable Growers' Group",
                "said",
                "W",
            ),
            (
                "Dzongkhag agriculture officer Kelzang Dema said 160 households in the dzongkhag had sold vegetables to schools in 2025, up from 45 in 2022.",
                "Kelzang Dema",
                "said",
                "W",
            ),
            (
                "She said the main problem was the monsoon, when farm roads were often blocked for days.",
                "Kelzang Dema",
                "said",
                "",
            ),
            ("Pemagatshel has 11 schools with boarding facilities.", "", "", "W"),
        ],
        [
            (
                "Pemagatshel Dzongdag Dasho Ugyen Namgyel said the dzongkhag wanted every school in the district to buy at least half of its vegetables locally by 2027.",
                "Ugyen Namgyel",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a 2025 school health survey by the health ministry, 14.6% of boarding students in the eastern dzongkhags were anaemic.",
                "a 2025 school health survey by the health ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Tashi Penjor, the teacher in charge of the school mess, said the increase was “welcome but late”.",
                "Tashi Penjor",
                "said",
                "",
            ),
            (
                "He said the price of a kilogram of beef in Pemagatshel had risen from Nu. 380 to Nu. 450 since 2023.",
                "Tashi Penjor",
                "said",
                "W",
            ),
            ("“Nu. 300 more for each child is good.", "Tashi Penjor", "said", ""),
            ("But will it keep up with prices next year?” he said.", "Tashi Penjor", "said", ""),
        ],
        [
            (
                "Class X student Chimi Yangki, 16, said the mess served ema datshi on Tuesdays and Fridays, “and everyone comes early on those days”.",
                "Chimi Yangki",
                "said",
                "",
            ),
            (
                "“At home we eat the same, so it does not feel like a hostel,” she said.",
                "Chimi Yangki",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry said schools would receive the April stipend by April 10, and the amount for each student would be reviewed every two years.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("TENDER NOTICE", "", "", "B"),
        ],
        [
            (
                "Dechenling Central School invites sealed quotations for the supply of rice, cooking oil and pulses for the 2026 academic year.",
                "",
                "",
                "B",
            ),
            ("Last date for submission: March 27, 2026, 11 a.m.", "", "", "B"),
        ],
        [
            ("Printed and published by Druk Dispatch Pvt. Ltd., Norzin Lam, Thimphu.", "", "", "B"),
        ],
        [
            ("Tel: 02-334170 | Fax: 02-334171 | www.drukdispatch.bt", "", "", "B"),
        ],
    ],
    [
        [
            ("stanleystandard.co.fk", "", "", "B"),
        ],
        [
            ("Fortnightly GP clinic returns to Fox Bay after 14-month gap", "", "", "W"),
        ],
        [
            ("Written by Imogen Halliday", "", "", "B"),
        ],
        [
            ("Friday 13 March 2026", "", "", "B"),
        ],
        [
            ("5 min read", "", "", "B"),
        ],
        [
            (
                "A doctor from the King Edward VII Memorial Hospital (KEMH) will hold a clinic at Fox Bay every second Tuesday from March 24, the first regular GP service on West Falkland since January 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The visits stopped in January last year when two of the hospital's six doctors left within a month and were not replaced until December, the Falkland Islands Government said in a statement.",
                "the Falkland Islands Government",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The government said it had recruited two doctors on three-year contracts, and both had arrived in December.",
                "The government",
                "said",
                "W",
            ),
            (
                "About 120 people live on West Falkland, most of them on farms reached only by track.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Medical Officer Dr. Ruth Jaffray-Lowe said the doctor would fly out on the FIGAS Islander on Tuesday mornings and return the same evening, weather permitting.",
                "Ruth Jaffray-Lowe",
                "said",
                "W",
            ),
            ("“We know people in Camp have been let down.", "Ruth Jaffray-Lowe", "said", ""),
            ("Fourteen months is too long,” she said.", "Ruth Jaffray-Lowe", "said", ""),
        ],
        [
            (
                "She said 63 West Falkland residents had flown to Stanley for GP appointments during the gap, at a cost to the government of about £41,000 in FIGAS fares.",
                "Ruth Jaffray-Lowe",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the doctor would also call at Port Howard once a month if there were enough bookings there.",
                "Ruth Jaffray-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Fox Bay settlement, where the clinic will be held in the community hall.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Stanley Standard", "", "", "B"),
        ],
        [
            (
                "The clinic will be held in the Fox Bay community hall, where a consulting room with a sink and an examination couch was fitted in February at a cost of £8,500.",
                "",
                "",
                "W",
            ),
            (
                "Before the gap, the clinic ran weekly and saw an average of 11 patients a visit, according to KEMH figures.",
                "KEMH figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "MLA Duncan Harvey-Peck, who raised the issue in the Legislative Assembly in September, said the clinic's return was “long overdue but very welcome”.",
                "Duncan Harvey-Peck",
                "said",
                "",
            ),
            (
                "“It should never have taken a question in the Assembly to get a doctor on a plane,” he said.",
                "Duncan Harvey-Peck",
                "said",
                "",
            ),
        ],
        [
            (
                "Jenna McRae-Goss, who runs a sheep farm about 40 minutes by track from Fox Bay, said she had missed two blood-pressure checks last year because the FIGAS flights were full.",
                "Jenna McRae-Goss",
                "said",
                "",
            ),
            (
                "“Do I want to fly to Stanley and lose two days of shearing for a ten-minute appointment?",
                "Jenna McRae-Goss",
                "said",
                "",
            ),
            ("No,” she said.", "Jenna McRae-Goss", "said", ""),
        ],
        [
            (
                "She said she would book the first clinic “for the whole family, dog excepted”.",
                "Jenna McRae-Goss",
                "said",
                "",
            ),
        ],
        [
            (
                "Morag Binnie, the Camp community nurse, who kept up her own monthly visits throughout, said she had “held the fort with a blood-pressure cuff and a satellite phone”.",
                "Morag Binnie",
                "said",
                "",
            ),
            (
                "She said she had seen 214 patients on West Falkland in 2025.",
                "Morag Binnie",
                "said",
                "W",
            ),
        ],
        [
            (
                "FIGAS said it would keep two seats free on the Tuesday flight for clinic patients.",
                "FIGAS",
                "said",
                "W",
            ),
        ],
        [
            ("What will the clinic offer?", "", "", ""),
        ],
        [
            (
                "The clinic will offer GP consultations, repeat prescriptions, blood tests and childhood vaccinations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital said a dentist would join the clinic on every third visit, starting in May.",
                "The hospital",
                "said",
                "W",
            ),
            (
                "Jaffray-Lowe said that when weather grounded the flights, patients would be offered a telephone or video consultation instead.",
                "Ruth Jaffray-Lowe",
                "said",
                "",
            ),
        ],
        [
            ("Appointments can be booked through the hospital reception.", "", "", ""),
        ],
        [
            ("KEMH, in Stanley, is the only hospital in the Falklands.", "", "", "W"),
        ],
        [
            ("Filed under: Camp, Health, West Falkland", "", "", "B"),
        ],
        [
            ("Get the Standard in your inbox every Friday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("Letters to the Editor: email editor@stanleystandard.co.fk.", "", "", "B"),
            (
                "Letters must include your name and settlement; we do not print anonymous letters.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Stanley Standard, Ross Road, Stanley, Falkland Islands FIQQ 1ZZ", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Ross Road Media Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n154-na-union-then-click",
        "The Coastal Fishing Workers' Union said in a statement that its members had lost 112 working days in 2025 because quota allocations were published late. Its general secretary, Martha !Naruses-Kavari, called on the ministry to pay a monthly “bridging allowance” to crew who are laid off.",
        [
            "The Coastal Fishing Workers' Union said in a statement that its members had lost 112 working days in 2025 because quota allocations were published late.",
            "Its general secretary, Martha !Naruses-Kavari, called on the ministry to pay a monthly “bridging allowance” to crew who are laid off.",
        ],
    ),
    (
        "n154-na-dr-mid",
        "Dr. Selma Hamutenya-Beukes, a fisheries scientist at the University of Namibia's Sam Nujoma campus in Henties Bay, said warmer water off the coast in 2024 and 2025 had pushed juvenile fish further offshore.",
        [
            "Dr. Selma Hamutenya-Beukes, a fisheries scientist at the University of Namibia's Sam Nujoma campus in Henties Bay, said warmer water off the coast in 2024 and 2025 had pushed juvenile fish further offshore.",
        ],
    ),
    (
        "n154-na-question-partly",
        "“Is it overfishing? Partly. But the Benguela is changing faster than our models, and the quota has to follow the fish,” she said.",
        [
            "“Is it overfishing?",
            "Partly.",
            "But the Benguela is changing faster than our models, and the quota has to follow the fish,” she said.",
        ],
    ),
    (
        "n154-na-question-asked",
        "Ester Kambonde, who sells fried fish and vetkoek at the Kuisebmond open market, said she would have to raise the price of a plate from N$25. “If it goes to N$30, who will buy?” she asked.",
        [
            "Ester Kambonde, who sells fried fish and vetkoek at the Kuisebmond open market, said she would have to raise the price of a plate from N$25.",
            "“If it goes to N$30, who will buy?” she asked.",
        ],
    ),
    (
        "n154-na-comment-rules",
        "Comments are moderated. Keep it civil and on topic. Comments containing insults, tribal slurs or personal attacks will be removed.",
        [
            "Comments are moderated.",
            "Keep it civil and on topic.",
            "Comments containing insults, tribal slurs or personal attacks will be removed.",
        ],
    ),
    (
        "n154-na-pty-ltd",
        "© 2026 Erongo Sentinel Media (Pty) Ltd. All rights reserved.",
        [
            "© 2026 Erongo Sentinel Media (Pty) Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n154-bw-insp",
        "Prosecutor Insp. Gofaone Lekgowe told the court that the minimum sentence for stealing cattle under the Stock Theft Act was five years. He asked for 10 years.",
        [
            "Prosecutor Insp. Gofaone Lekgowe told the court that the minimum sentence for stealing cattle under the Stock Theft Act was five years.",
            "He asked for 10 years.",
        ],
    ),
    (
        "n154-bw-supt",
        "Francistown police station commander Supt. Boitumelo Sebina said 312 cases of stock theft were reported in the North East District in 2025, up from 247 the year before. She said most stolen cattle in the area were moved at night along the Shashe River and slaughtered within 48 hours.",
        [
            "Francistown police station commander Supt. Boitumelo Sebina said 312 cases of stock theft were reported in the North East District in 2025, up from 247 the year before.",
            "She said most stolen cattle in the area were moved at night along the Shashe River and slaughtered within 48 hours.",
        ],
    ),
    (
        "n154-bw-question-end",
        '"I am 67 years old and I sleep with one eye open. What else can I do?" he said.',
        [
            '"I am 67 years old and I sleep with one eye open.',
            'What else can I do?" he said.',
        ],
    ),
    (
        "n154-fj-am-ends",
        "The service said 312 millimetres of rain fell at Labasa Airport in the 24 hours to 9 a.m. That is close to the town's average rainfall for the whole of March.",
        [
            "The service said 312 millimetres of rain fell at Labasa Airport in the 24 hours to 9 a.m.",
            "That is close to the town's average rainfall for the whole of March.",
        ],
    ),
    (
        "n154-fj-named-after",
        "“The water came into the house at midnight. By two o'clock we were on the roof with the children,” said Rohitesh Prakash Chand, a cane farmer from Waiqele.",
        [
            "“The water came into the house at midnight.",
            "By two o'clock we were on the roof with the children,” said Rohitesh Prakash Chand, a cane farmer from Waiqele.",
        ],
    ),
    (
        "n154-fj-exclaim-count",
        "“We have 212 people here and two toilets!” she said. “The children are fine. The old people are not sleeping.”",
        [
            "“We have 212 people here and two toilets!” she said.",
            "“The children are fine.",
            "The old people are not sleeping.”",
        ],
    ),
    (
        "n154-ws-date-then-age",
        "Afualo Ioane Fa'alogo, who was principal of Saleuta Primary School on Savai'i for 32 years, died at his home in the village on Thursday, March 5. He was 84.",
        [
            "Afualo Ioane Fa'alogo, who was principal of Saleuta Primary School on Savai'i for 32 years, died at his home in the village on Thursday, March 5.",
            "He was 84.",
        ],
    ),
    (
        "n154-ws-three-in-quote",
        "“Some of us would not be doctors or lawyers without him. Did he ever tell anyone? Never,” she said.",
        [
            "“Some of us would not be doctors or lawyers without him.",
            "Did he ever tell anyone?",
            "Never,” she said.",
        ],
    ),
    (
        "n154-pg-mt-ends",
        "The highway is the only road link between the port of Lae and the Highlands provinces, including the coffee centres of Goroka and Mt. Hagen. About 40,000 cubic metres of earth and rock came down onto a 120-metre stretch of road on the night of March 3, according to the Department of Works and Highways.",
        [
            "The highway is the only road link between the port of Lae and the Highlands provinces, including the coffee centres of Goroka and Mt. Hagen.",
            "About 40,000 cubic metres of earth and rock came down onto a 120-metre stretch of road on the night of March 3, according to the Department of Works and Highways.",
        ],
    ),
    (
        "n154-pg-ellipsis-lower",
        "“Nine days for one landslip… who is going to pay us back?” he asked.",
        [
            "“Nine days for one landslip… who is going to pay us back?” he asked.",
        ],
    ),
    (
        "n154-pg-ltd-comma",
        "Ruth Anguna, operations manager at the Goroka-based exporter Asaro Valley Coffee Ltd., said 14 containers of green beans bound for Lae had missed a ship to Hamburg. She estimated the company's extra costs at K350,000.",
        [
            "Ruth Anguna, operations manager at the Goroka-based exporter Asaro Valley Coffee Ltd., said 14 containers of green beans bound for Lae had missed a ship to Hamburg.",
            "She estimated the company's extra costs at K350,000.",
        ],
    ),
    (
        "n154-bz-question-exclaim",
        "“Who is going to walk down to the river in the hot sun to buy two pounds of tomatoes? Nobody!” she said.",
        [
            "“Who is going to walk down to the river in the hot sun to buy two pounds of tomatoes?",
            "Nobody!” she said.",
        ],
    ),
    (
        "n154-bz-pm-ends",
        "The meeting, which began at 6:30 p.m., ended shortly before 10 p.m. Cocom said the association had not ruled out going to court.",
        [
            "The meeting, which began at 6:30 p.m., ended shortly before 10 p.m.",
            "Cocom said the association had not ruled out going to court.",
        ],
    ),
    (
        "n154-bz-like-loading",
        "Like Loading...",
        [
            "Like Loading...",
        ],
    ),
    (
        "n154-gy-region-no",
        "The National Assembly's Committee of Supply on Tuesday approved $14.6 billion in current and capital spending for Region No. 6 (East Berbice-Corentyne) for 2026, up from $12.9 billion last year. Drainage and irrigation takes the largest share of the capital budget, at $2.3 billion.",
        [
            "The National Assembly's Committee of Supply on Tuesday approved $14.6 billion in current and capital spending for Region No. 6 (East Berbice-Corentyne) for 2026, up from $12.9 billion last year.",
            "Drainage and irrigation takes the largest share of the capital budget, at $2.3 billion.",
        ],
    ),
    (
        "n154-gy-question-asked",
        "“How many times must the farmers of Black Bush buy the same pump?” asked Cheryl Adams-Beaton, the opposition's spokesperson on agriculture. She told the committee that rice farmers at Mibicuri had lost an estimated 1,800 acres to flooding in December.",
        [
            "“How many times must the farmers of Black Bush buy the same pump?” asked Cheryl Adams-Beaton, the opposition's spokesperson on agriculture.",
            "She told the committee that rice farmers at Mibicuri had lost an estimated 1,800 acres to flooding in December.",
        ],
    ),
    (
        "n154-gy-we-got",
        "“We got what we got. The roads in Canje? Not a dollar,” he said.",
        [
            "“We got what we got.",
            "The roads in Canje?",
            "Not a dollar,” he said.",
        ],
    ),
    (
        "n154-bb-st-philip",
        "SPEIGHTSTOWN Cavaliers are the Barbados Cricket Association (BCA) Elite Division champions after beating Foursquare Rovers by four wickets at the Foursquare ground in St. Philip. Chasing 244, Cavaliers reached 247 for six with five balls to spare, thanks to 88 from opener Kemar Walcott-Best.",
        [
            "SPEIGHTSTOWN Cavaliers are the Barbados Cricket Association (BCA) Elite Division champions after beating Foursquare Rovers by four wickets at the Foursquare ground in St. Philip.",
            "Chasing 244, Cavaliers reached 247 for six with five balls to spare, thanks to 88 from opener Kemar Walcott-Best.",
        ],
    ),
    (
        "n154-bb-scorecard-initials",
        "Speightstown Cavaliers 247 for 6 (49.1 overs) (K. Walcott-Best 88, D. Skeete 52, R. Clarke-Bynoe 31 not out; M. Hinds-Greaves 3-50)",
        [
            "Speightstown Cavaliers 247 for 6 (49.1 overs) (K. Walcott-Best 88, D. Skeete 52, R. Clarke-Bynoe 31 not out; M. Hinds-Greaves 3-50)",
        ],
    ),
    (
        "n154-mu-ltee",
        "FLACQ – Soleil Distribution Ltée opened its 12th supermarket at Centre de Flacq on Saturday with 140 staff, 112 of them recruited in the district. The company said the store cost Rs 310 million to build and fit out and has 3,200 square metres of shop floor.",
        [
            "FLACQ – Soleil Distribution Ltée opened its 12th supermarket at Centre de Flacq on Saturday with 140 staff, 112 of them recruited in the district.",
            "The company said the store cost Rs 310 million to build and fit out and has 3,200 square metres of shop floor.",
        ],
    ),
    (
        "n154-sc-exclaim-then-sentence",
        "“My mother cooked it this way in 1975! I only added more chilli,” Larue said, laughing.",
        [
            "“My mother cooked it this way in 1975!",
            "I only added more chilli,” Larue said, laughing.",
        ],
    ),
    (
        "n154-bt-nu-start",
        "“Nu. 300 more for each child is good. But will it keep up with prices next year?” he said.",
        [
            "“Nu. 300 more for each child is good.",
            "But will it keep up with prices next year?” he said.",
        ],
    ),
    (
        "n154-bt-tender-am",
        "Dechenling Central School invites sealed quotations for the supply of rice, cooking oil and pulses for the 2026 academic year. Last date for submission: March 27, 2026, 11 a.m.",
        [
            "Dechenling Central School invites sealed quotations for the supply of rice, cooking oil and pulses for the 2026 academic year.",
            "Last date for submission: March 27, 2026, 11 a.m.",
        ],
    ),
    (
        "n154-fk-dr-then-quote",
        "Chief Medical Officer Dr. Ruth Jaffray-Lowe said the doctor would fly out on the FIGAS Islander on Tuesday mornings and return the same evening, weather permitting. “We know people in Camp have been let down. Fourteen months is too long,” she said.",
        [
            "Chief Medical Officer Dr. Ruth Jaffray-Lowe said the doctor would fly out on the FIGAS Islander on Tuesday mornings and return the same evening, weather permitting.",
            "“We know people in Camp have been let down.",
            "Fourteen months is too long,” she said.",
        ],
    ),
]
