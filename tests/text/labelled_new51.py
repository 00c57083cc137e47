"""Fifty-first set of new hand-labelled pages for the hint engines (tuning set, round twenty-four): twelve whole news pages, with light furniture, dense with HARD SPEAKERS.

Written from scratch for issue 13 in round twenty-four, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was opened, and no test, scorer or engine was run; only an import of this
file and `build` on every page, a small script of my own that checks the split cases against the
pages, whole-word greps of the invented names over `tests/` and `ruff format` / `ruff check` were
run). The format and the conventions were read from the docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new40.py` to `labelled_new49.py`, the first page and the split cases
of `labelled_new48.py`, the split cases of `labelled_new49.py`, a grep of the cues earlier sets give
to "wrote on X", "said in a post on ...", "posted on Facebook", "as quoted by" and "according to a
news release from", and `build` in `labelled_articles.py`. Every person, small place, street, river,
organisation, outlet, company, club, school, church, mosque and number is invented (the United
States and Oregon, England, Canada and British Columbia, Australia and Queensland, India, Uttar
Pradesh and Prayagraj, Ireland, New Zealand and Wellington, South Africa, Kenya, Eldoret and Mombasa,
France, Lot-et-Garonne, Bordeaux and Paris, Japan and Akita Prefecture, Nigeria and Kaduna State
appear only as settings; real public bodies such as "the Oregon Health Authority", "the Ministry of
Health", "the National Assembly", "the Environment Ministry", "Parliament", "the Local Democracy
Reporting scheme" and "the Local Journalism Initiative" appear only as settings, with invented
figures; X, Facebook and Instagram appear only as channels). No surname, town, outlet, company, club
or product of any file under `tests/` is reused: every capitalised word of the pages, the parts of
double-barrelled names included, was grepped as a whole word over the whole `tests/` tree, and every
surname, town, street, outlet and company that occurred was changed (first names, titles, real
settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it after selecting all, but with light
furniture (masthead, menu, crumb or section label, headline, byline, date line, share strip, caption
and credit, a related line or two, tags, footer), so most of each page is story. The twelve pages,
from twelve countries, are ordinary news: (1) a US city daily on a boil-water notice lifted after a
main break (the mayor's post on X, a council member's Facebook post, a water-bureau spokesperson, the
bureau then "It", "according to a statement from", a caption speaker, a council member's past vote
mentioned without attribution); (2) an English regional site on a market hall closing for repairs (a
two-paragraph quote named only afterwards, a father and son sharing a surname, a quote broken by
"said Cllr", a quote running on without a cue, a "He" after a quote naming the council leader, "Sir"
and "Dame"); (3) a Canadian community site on a village's fire coverage ("In her view", "For Name,
the answer is", "he says" inside a clause, a Q&A section with the interviewer's turns citing a report
and the mayor); (4) an Australian regional site on a crocodile at a boat ramp (group speakers, "X's
message was blunt:", a council and a club each followed by "It said", an Instagram post and "wrote in
the caption", a victim and an MP mentioned without attribution); (5) an Indian regional daily on a
crush at a river fair (Mahant, Swami, Maulana, Fr. and Sadhvi, "Speaking in Hindi, he said", remarks
translated by a disciple, a message read out by an official, "A spokesperson for the district
administration", "according to a statement from the office of the Mela Adhikari"); (6) an Irish
regional weekly on three churches closing (a long quote named afterwards with "That is what X told
the Trumpeter", a pastoral letter read by the priest and carried by its author, "the letter said", a
council chair who shares the priest's surname, "no relation", "Most Rev.", "Canon", "Sr", a TD's "He"
after a quote naming the bishop); (7) a New Zealand regional paper on a slip cutting off a bay (a
quote broken by "said Name" and running on, a kuia speaking through her grandson who shares her
surname, a minister's message read out by an MP, a school's Facebook post, a "He" after a quote
naming the MP); (8) a South African community site on a cancelled water-tanker contract (a company in
apposition then "It denied", "the statement said", "according to a statement from the municipality",
"The audit report found", anonymous and group sources, "Inkosi" and "Gogo", "posted on Facebook", a
"He" after a quote naming the municipal manager); (9) a Kenyan daily's counties page on a broken CT
scanner (a caption speaker, "wrote on X", "Kipsengeret's office", a ministry spokesperson and a
ministry statement, a supplier then "It said", "one nurse", "For nurses at the hospital, the answer
is", "In her view", "Hon.", "Mzee", "said in Kiswahili", a family sharing a surname); (10) an
English-language site in France on a mayor sleeping in a classroom (a quote taken from a French
paper and the translation note, "In his view", a letter read out and carried by its author then "The
letter said" and "It said", "Maître", "Monsieur le maire" inside a quote, an MP's office, a teacher
mentioned then declining to comment); (11) a Japanese English-language daily on bears cancelling a
festival (a four-sentence quote named only at its end, "said through an interpreter", a ministry then
"It said", a "He" after a quote naming the mayor, a quote running on without a cue, "The post
urged"); and (12) a Nigerian national daily on a market fire (HRH, Alhaji, Emir, Waziri, Most Rev.,
Sheikh and Malam, an Emir's message read on his behalf and the reader's own later words, an agency
then "It said", two brothers sharing a surname, a governor's Facebook post, a "He" after a quote
naming a former chairman). `STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new49.py` hold too (mastheads, menus, crumbs, section
labels, bylines and role lines, date lines, share strips, related and read-more lines, tags,
newsletter, app and WhatsApp lines, reader-service lines, funding lines and footers "B" line by line;
captions by content and credits "B"; standfirsts labelled like headlines with the source as the body
names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a
role resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given, "It" for a
document to the document as written; quotes over several sentences or paragraphs carry the quote's
speaker and cue; "did not respond" and "declined to comment" labelled like speech with flags "";
a statement read out for someone an act, its content carrying the author; anonymous sources keeping
their descriptor without the "who asked not to be named" clause; "he"/"she" going to the last-named
person of that gender who was the subject of a reporting verb; plans, decisions, orders, figures and
results of record "W", pledges, hopes, forecasts, advice, opinions and feelings "").

Conventions this set had to settle, in the same spirit:

* Speech reported without a reporting verb. "In her view, ..." and "In his view, ..." carry the person
  with the cue "in her view" / "in his view" (as "In his words" does in `labelled_new48.py`) and are
  labelled by content: an opinion "", but one that carries figures of record in a relative clause
  ("which rose to 110 hours for new recruits in 2024", "which lost its bakery in 2019") "W", as in
  `labelled_new47.py`. "For Tilney-Kurian, the answer is simple: pay the volunteers." carries him with
  the cue "for", and "For nurses at the hospital, the answer is a second scanner." the group as
  written; both are prescriptions, "". "Mayor X's message was blunt: “Stay out of the water ...”" is
  ONE sentence carrying the mayor with the cue "message", "" (advice). "He wants the village to
  offer $25 for every call ..., a stipend he says would cost about $14,000 a year." carries him with
  "says" and is "W" (a costing without a hedging verb).
* Social media. "wrote on X at 4:51 p.m. Tuesday" has the cue "wrote on X" (the time dropped) and the
  first sentence of the post, before the cue, carries it too; "said in a post on Facebook" and "said
  in a post on the school's Facebook page" are cues as written, a following "he wrote" / "she wrote"
  has "wrote"; "wrote in the caption" (of an Instagram video) and "posted on Facebook on Tuesday night
  that ..." ("posted") are cues; "said in a post on his verified Facebook page" is one cue; "It said
  in a social media post" resolves to the council. The act of posting without content ("posted a
  video of the animal on Instagram ... that has since been viewed more than 210,000 times", "A town
  official posted a map ... on Kamiotani's official X account") has no speaker and is "W"; "The post
  urged residents to ..." keeps "The post" with "urged", "" (advice). The standfirst "The mayor
  announced the all-clear on X before ..." carries the mayor named in the body, cue "announced".
* Unnamed spokespeople and offices are kept as written ("A spokesperson for the water bureau", "A
  spokesperson for the Marine Parks and Wildlife Service", "A spokesperson for the district
  administration", "A spokesperson for the Akhara", "A spokesperson for the council", "A spokesperson
  for the municipality", "A spokesperson for the Ministry of Health", "A spokesperson for the education
  authority", "A spokesperson for the Akita prefectural government", "A spokesperson for the state
  fire service"), and "the spokesperson said" / "The spokesperson said" resolves to that descriptor
  as first written; "The council leader's office", "Mallaval-Brousse's office" and "Kipsengeret's
  office" are kept as written (the office speaks, not the person); "A bureau engineer", "A ward
  committee member" and "One trader" keep the descriptor and drop the "who asked not to be named"
  clause; "one nurse said" keeps "one nurse".
* "according to a statement from X" keeps the whole phrase as written ("a statement from the county
  health department", "a statement from the office of the Mela Adhikari", "a statement from the
  diocese", "a statement from the municipality", "a statement from the ministry", "a statement from
  the prefecture", "a statement from the state police command"), as "a news release from the Alberta
  RCMP" is in `labelled_new40.py`; so do "according to time stamps reviewed by the Courier", "according
  to the bureau's website", "according to the municipality's 2025 integrated development plan",
  "according to the regional ambulance service" and "according to the hospital"; "according to Fr
  Kilcawley" resolves to the priest's full name. "hospital records show" keeps the records with
  "show"; "A council report puts the cost ... at $4.8 million." keeps the report with "puts", "W";
  "The audit report ... found" keeps it with "found", "W".
* Speakers named only after the quote. Two quote paragraphs with no attribution followed by "Ken
  Harbrindle, 61, said it to the cabinet shortly before the vote, ..." carry him and "said" in every
  sentence, the naming sentence too (""), as in `labelled_new42.py`; "That is what Fr Declan
  Kilcawley, parish priest of Derrylea for 23 years, told the Trumpeter on Monday." gives the two
  quote paragraphs before it his name and the cue "told the Trumpeter"; a four-sentence quote whose
  last sentence ends "..., said Shigeru Nagatomi, 71, ..." carries him and "said" in all four.
* Shared surnames. "the younger Harbrindle said" resolves to Danny Harbrindle and "Mr Harbrindle
  senior said" to Ken Harbrindle (named together in a caption that is itself no speech); "Nuala
  Kilcawley — no relation to the priest —", "Ms Kilcawley" and "she" go to her, "Fr Kilcawley" to Fr
  Declan Kilcawley; "the younger Nwaezeapu" resolves to Obinna and "The elder Nwaezeapu" to Ikemefuna;
  the kuia and her grandson Rangitūnoa-Poutu are told apart by "she" (through him) and by his first
  name and surname; "His brother, Geoffrey Nabwera" is the speaker as given, his brother Samson
  Nabwera only mentioned, and "Ms Chemeli-Nabwera" resolves to Rael Chemeli-Nabwera.
* Titles and honorifics dropped: "Mayor", "Council member", "Cllr", "Sir", "Dame", "Coun.", "Fire
  Chief", "Cr", "Mr", "Mr.", "Ms", "Mrs", "District Magistrate Dr.", "Superintendent of Police",
  "Mahant", "Swami", "Maulana", "Fr.", "Fr", "Sadhvi", "Naib Tehsildar", "Bishop", "the Most Rev.",
  "Most Rev.", "Canon", "Sr", "Independent TD", "Kuia", "Inkosi", "Gogo", "Executive Mayor", "Ward 14
  councillor", "Governor", "Dr.", "Hon.", "Mzee", "Maître", "HRH", "Alhaji", "(Dr)", "Emir", "Waziri",
  "Sheikh", "Chief Imam" and "Malam"; "arap" is part of a Kalenjin name ("Kiprono arap Kipsengeret")
  and "Te" of a Māori one ("Rāwiri Te Kani-Rāpata"). Roles resolve to the name: "the Maulana", "the
  Bishop", "the Emir", "The Waziri", "the mayor" (when the body names the mayor), "the younger ...".
  "Monsieur le maire" and "the Maulana sahib" inside a quote name nobody as a speaker.
* Read out, translated, quoted by someone else. "Naib Tehsildar X read out a message from Maulana Y",
  "On Sunday he read a pastoral letter from the Bishop of Kilcurrane, ...", "Whenua MP X read out a
  message from the Minister ..." and "Escoubas-Vigouroux read out a letter from ..." are acts, "W",
  without a speaker; "In it, the Maulana said", "In it, Bishop Rossdale-Gaule said", "In it,
  Lomond-Hewitt said" and "In it, Fourcade-Marty said" carry the author; "the letter said" and "the
  message said" keep the document, and "It said" after "The letter said" resolves to "The letter". "In
  a message read on his behalf by the Waziri of Baraji, ..., the Emir said" carries the Emir, and the
  Waziri's own later words ("The Waziri later told Northern Polestar ...") carry the Waziri.
  "said through a disciple who translated his remarks" is one cue carrying the Swami; "Through her
  grandson, X, who translated for reporters, she said" carries the kuia with "said through her
  grandson"; the grandson's own "“Nan says the hill is telling us something,” X said" carries the
  grandson (a person quoted inside a quote stays the quoter's); "Speaking in Hindi, he said, “...”"
  has the cue "said", "said in Kiswahili" is a cue as written; a quote taken from another paper ("...,”
  the mayor, X, 67, told Le Courrier du Dropt.") has the cue "told Le Courrier du Dropt", and the
  site's note that quotes from French-language sources were translated is "B".
* A "He" after a quote that names another man goes to the speaker of the quote, not to the man named
  inside it: after "“I asked the council leader, Stephen Marlwood-Sesay, ...,” Cllr Uttershaw said.",
  "He said no meeting ... had taken place" is Uttershaw's; likewise the TD after naming the bishop, the
  councillor after naming the municipal manager, the mayor after naming his MP, the marae chairman
  after naming the MP (who had spoken earlier), the association head after naming the mayor, and
  the market chairman after naming his predecessor.
* Organisations then pronouns: "It said", "It added", "It denied", "It expects" resolve to the name as
  first given ("the Tillamont Water Bureau", "the Victorian Markets Trust", "Bungaree Shire Council",
  "The Pindarra Heads Sport Fishing Club", "Manzini-Velaphi Logistics (Pty) Ltd" from "The company,
  Manzini-Velaphi Logistics (Pty) Ltd, said", "Hallvardsen-Meditec EA Ltd", "Whenua District Council",
  "The Environment Ministry", "The provincial department of cooperative governance", "the state
  emergency management agency"), while "The bureau said", "The council said", "the company said",
  "the agency said", "The agency's statement said", "The diocese said" and "the statement said" keep
  the words as written. A sentence that states what the organisation did ("Bungaree Shire Council
  closed the ramp on Monday morning.", "The Pindarra Heads Sport Fishing Club has cancelled ...") has
  no speaker.
* People mentioned without being quoted carry no speaker and are labelled by content: a past vote
  ("Odumegwu-Stenberg voted against a similar increase last year."), an absence ("Cllr Marlwood-Sesay
  was not at the meeting."), a fixture ("Canon ... is to celebrate the final Mass there on August
  23."), a tenure, a victim, a founder, a former mayor or governor ("W"), and a visit, prayers led or a
  shopkeeper standing guard (""). "Fishing guide X posted a video ..." is an act, not speech.
* Q&A section: "Q&A: The chief on what happens next" is a topic subhead, ""; the paper's
  introduction "The Sentinel spoke with ... on Wednesday." is "W" without a speaker and "The
  conversation has been edited for length and clarity." "B"; every sentence of an answer carries the
  chief with the cue "A:" ("A: No." "W", "A: It's fair." and "A: Partly." ""); the interviewer's turns
  carry no speaker unless they cite one: "Q: Council's own report says daytime turnout is the
  problem." keeps "Council's own report" with "says" ("W"), "Q: The mayor blames the training hours."
  carries the mayor with "blames" (""), and the question that follows each ("Is that fair?", "Do you
  agree?") is "" without a speaker.
* Groups are kept as written: "Residents on the east side", "Wildlife officers" (and the standfirst's
  "Wildlife officers say"), "Locals", "Council officials", "Rangers", "Several regulars", "Several
  residents at Tuesday's meeting" (with "asked", ""), "Village staff", "officials", "Vendors",
  "Relatives of the two seriously injured women", "Residents at the hui", "Some residents", "Residents
  queuing at a tanker in KwaNsimbi on Tuesday", "Nurses at the hospital's casualty department",
  "Relatives waiting outside the casualty department on Wednesday", "Parents", "Members of the town's
  hunting association", "Traders" (the headline's "traders put losses at N2.1bn" carrying them with
  "put"), "Residents of nearby streets" and "Several parishioners"; "The administration expects ..."
  keeps "The administration" with "expects", "" (a forecast).
* Splits. "Ore. —" in a dateline and "B.C. —" never end a sentence; "Published ... 6:12 p.m. PDT |
  Updated ... 8:40 a.m. PDT" and "Mar. 16, 2026 7:00 a.m." are one date line each; "2:15 a.m. Friday",
  "7.40 a.m., minutes", "2.40 a.m. in" and "at 2 p.m. I'm lucky" (no comma before the capital
  pronoun) never end one, "at 4:51 p.m. Tuesday." does at the final stop; "Dr.", "Fr.", "St.
  Aloysius' School", "Mr. Isozaki", "Most Rev." and the "Co.," of "North Honshu Times Co., Ltd." never
  end one, while "Pvt. Ltd." and that "Ltd." end one before "All rights reserved.";
  a caption followed on its line by "Picture by ..." is two sentences; "A: No." is a sentence of its
  own; a quote of two sentences before its cue ("“The lanes were half full of shops." / "Where were
  the devotees supposed to walk?”") ends at each stop, the second after its "?" and closing quote; a
  quote broken by its attribution ("“The roof,” said Cllr X, ..., “has been held up ...”", "“We can
  fix the road,” said ..., “but not until ...”") is ONE sentence.

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US city daily, a boil-water notice lifted after a main break (masthead, menu, crumb, headline, deck with the mayor's post on X, byline, published-and-updated line, share strip, caption quoting a shopkeeper, dateline with Ore., the mayor wrote on X, time stamps via according to, a spokesperson for the water bureau said then the spokesperson said over three sentences, a council member said in a post on Facebook then he wrote, a second council member's plan then said over two sentences, according to the bureau's website, did not respond to questions, topic subheads, the bureau said in a statement then It said, residents on the east side said, an engineer who asked not to be named, the shopkeeper by surname, the Oregon Health Authority, according to a statement from the county health department, the director told council members then has asked for, a council member's past vote mentioned without attribution, a quote with said and a gesture, expected vote, related lines, topics line, footer)",
    "English regional news site, a Victorian market hall to shut for repairs (masthead, menu, crumb, headline, byline with role line, date line, share strip, caption naming a father and son with a bracketed credit, a two-paragraph quote named only afterwards with said it to the cabinet, the son by full name then the younger Harbrindle with his quote running on into the next paragraph, Mr Harbrindle senior, a quote broken mid-sentence by said Cllr, the cabinet member's quote continuing in the next paragraph without a cue, two opposition councillors voting without a quote, one then said, his quote naming the council leader then He said, a spokesperson for the council said, the leader mentioned then his office said, a civic society and Its chairman with Sir, the trust said in a statement then It added, the traders' association said, shoppers split, Several regulars said, Dame with wrote to the council, The council said, related lines, publisher line, footer)",
    "Canadian community site in British Columbia, a village's fire coverage deal (masthead, menu, headline, byline with LJI role line, date line with Mar., share strip, caption and credit, dateline with B.C., called, In her view with a figure in a relative clause, she said, a councillor's lone vote, For Name the answer is, he wants with a stipend he says, a quote running on into the next paragraph, the neighbouring chief, residents asked, village staff said, Q&A section with topic subhead, intro, edit note, Q and A turns, an interviewer's turn citing a council report and one citing the mayor, 2 p.m. mid-sentence, bare answers, agreement date, funding line, related line, footer)",
    "Australian regional news site in north Queensland, a crocodile closes a boat ramp (masthead, menu, headline, standfirst with officers say, byline, updated-and-first-published line, caption glued to Picture by, wildlife officers said, a spokesperson for a wildlife service then the spokesperson said at the end, the council closed then It said in a social media post, the mayor's message was blunt with a quote, Cr, locals said, an Instagram video then wrote in the caption and He said, a publican said then She said, council officials said, a fatal attack in 2009 naming the victim without attribution, an MP's visit then called for and by surname said, the fishing club cancelled then It said, club president said then she said, rangers said, hotline line, read-more line, tags line, newsletter lines, acknowledgement and footer)",
    "Indian regional English daily, a crush at a river fair in Uttar Pradesh (masthead, menu with an e-paper link in Hindi, crumb, headline, byline with place, IST updated line, caption and credit, capitals dateline with officials said, according to a statement from the office of the Mela Adhikari, a spokesperson for the district administration, District Magistrate with Dr. then she said, SP then He said, According to the police with 7.40 a.m. mid-sentence, Mahant blamed then Speaking in Hindi he said with a question before a capital and the quote running on into the next paragraph, a spokesperson for the Akhara, Swami said through a disciple who translated, a message read out by a Naib Tehsildar then In it the Maulana said, Fr. with St. mid-sentence, Sadhvi then she said, relatives said, vendors said, the mela committee's secretary denied, the administration expects, Also Read line, tags line, Pvt. Ltd. footer)",
    "Irish regional weekly, a diocese closing three rural churches (masthead, menu with Nuacht, headline, byline with Ní, date line, share strip, caption and credit, a two-paragraph quote named only afterwards with told the Trumpeter, a pastoral letter read out by the priest then In it Bishop said with the Most Rev., the letter said, The letter said, according to a statement from the diocese, The diocese said, a meeting date with the diocese said at the end, a council chair sharing the priest's surname with no relation then Ms Kilcawley and She said, Fr Kilcawley said and according to Fr Kilcawley, Canon mentioned without attribution then did not respond to a message, Sr said, an Independent TD's quote naming the bishop then He said and a quote running on into the next paragraph, parishioners at Mass, Several parishioners said, read-more line, footer with Ltd. and registration)",
    "New Zealand regional paper, a slip cutting off a coastal settlement (masthead, menu with Te Ao Māori, headline, byline, time-first date line, share line, caption glued to Photo / credit, a quote broken mid-sentence by said Name and running on into the next paragraph, the council said then It said, A council report puts, a chief executive did not respond to questions, a kuia speaking in te reo at a hui, she said through her grandson who translated, the grandson sharing her surname quoting Nan says then He said, a school principal said in a post on the school's Facebook page then she wrote, an MP reading out a minister's message then In it and the message said, the MP by surname said, residents at the hui said, some residents said, the mayor said, a marae chairman's quote naming the MP then He said and a quote running on into the next paragraph, according to the regional ambulance service, a late resident mentioned without attribution, funding line, related line, footer)",
    "South African community site, a municipality cancels a water-tanker contract (masthead, menu, headline, byline, date line with a bar, caption and credit, a company named in apposition with (Pty) Ltd, mid-sentence then It denied, the statement said, according to a statement from the municipality, The audit report found, a ward committee member who asked not to be named, a spokesperson for the municipality said, the mayor said then she said, according to the municipality's plan, an opposition councillor's quote naming the municipal manager then He said and has called for, the municipal manager did not respond, Inkosi said then he said and a quote running on into the next paragraph, residents queuing said, a gogo's own account, a ward councillor posted on Facebook, the provincial department said then It said, a former mayor mentioned without attribution, Read line, WhatsApp line, tags line, footer)",
    "Kenyan daily's counties page, a county hospital's broken CT scanner (masthead, menu, section label, headline, byline, date line with AM, caption quoting a patient's wife, credit in capitals, hospital records show, a governor with arap wrote on X then he wrote, his office said, a spokesperson for the Ministry of Health, according to a statement from the ministry, the supplier named in apposition with EA Ltd then It said and the company said, a medical superintendent declined to comment, nurses said, one nurse said with her quote running on into the next paragraph, For nurses the answer is, a county health chief with Dr. then In her view, an MP with Hon. said then by surname, Mzee said in Kiswahili, a husband and his brother sharing a surname with the wife's double-barrelled name, she said then a quote, relatives said, a former governor mentioned without attribution, related line, app line, footer)",
    "English-language news site in south-west France, a mayor sleeping in a village school's only classroom (masthead, menu with Français, headline, byline, published line, caption and credit, the mayor told a French newspaper, his quote running on into the next paragraph, translation note, In his view with facts in a relative clause, a letter read out by the mayor then In it and The letter said and It said, the mayor disputed, a spokesperson for the education authority, according to a statement from the prefecture, a quote naming the local MP then He said, the MP's office said, a lawyer with Maître then she said, a parent with Monsieur le maire inside her quote, parents said, the parents' association said at the end, the other village's mayor said, the teacher mentioned then She declined to comment, related line, newsletter line, tags line, footer with Mentions légales)",
    "Japanese English-language daily's regional page, bear attacks cancel a spring festival (masthead, menu with a Japanese-language link, headline, byline with role, date line with JST, caption and bracketed credit, dateline with Akita Prefecture, a four-sentence quote named only at its end with said Name, the neighbour mentioned without attribution, a spokesperson for the prefectural government then The spokesperson said, a mayor said through an interpreter then he said and by surname, the tourism association said, the ministry said in a statement then It said, members of the hunting association said, the association head's quote naming the mayor with Mr. then He said and a quote running on into the next paragraph, police said, according to the hospital, a late founder mentioned without attribution, a post on the town's X account then The post urged, related line, footer with Co., Ltd.)",
    "Nigerian national daily, a market fire in Kaduna State (masthead, menu, headline with traders put, From-Name-City byline, date line, caption with HRH Alhaji (Dr) and a credit, the state emergency management agency has said then the agency said in a statement and It said with 2.40 a.m. mid-sentence, The agency's statement said, a spokesperson for the state fire service, traders said, one trader who asked not to be named, two brothers sharing a surname with the elder and the younger Nwaezeapu, an Emir urging then a message read on his behalf by the Waziri, the Waziri then speaking in his own name, Most Rev. Bishop said then the Bishop said, Sheikh leading prayers then He said, a governor said in a post on his verified Facebook page, his spokesman with Malam told the paper, the market chairman's quote naming a former chairman then He said, residents of nearby streets said, according to a statement from the state police command, a trader mentioned without attribution, READ ALSO line, footer)",
]

ARTICLES = [
    [  # 1. US city daily, a boil-water notice lifted: "wrote on X", "said in a post on Facebook", "a spokesperson for the water bureau", the bureau then "It", "according to a statement from", a caption speaker, a person mentioned without being quoted
        [
            ("THE TILLAMONT COURIER", "", "", "B"),
        ],
        [
            (
                "News   Local   Politics   Business   Sports   Opinion   Obituaries   e-Edition",
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
                "Boil-water notice lifted for 41,000 Tillamont residents after main break",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The mayor announced the all-clear on X before the water bureau had alerted its customers, drawing criticism from two council members.",
                "Colette Vantassel-Roybal",
                "announced",
                "W",
            ),
        ],
        [
            ("By Renata Oyeleye-Holvey", "", "", "B"),
        ],
        [
            (
                "Published March 18, 2026 at 6:12 p.m. PDT | Updated March 19, 2026 at 8:40 a.m. PDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "“We ran out of bottled water on day two,” said Dolores Achterholt-Quispe, who manages the Hollyknoll Market on Lacombe Street, pictured Tuesday.",
                "Dolores Achterholt-Quispe",
                "said",
                "",
            ),
            ("Photo: Marcus Ebright / The Tillamont Courier", "", "", "B"),
        ],
        [
            (
                "TILLAMONT, Ore. — Residents of Tillamont can drink their tap water again, four days after a 36-inch main burst under Galloway Avenue and forced a boil-water notice across most of the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“The water is safe to drink.", "Colette Vantassel-Roybal", "wrote on X", "W"),
            (
                "Thank you, Tillamont, for your patience these last four days,” Mayor Colette Vantassel-Roybal wrote on X at 4:51 p.m. Tuesday.",
                "Colette Vantassel-Roybal",
                "wrote on X",
                "",
            ),
        ],
        [
            (
                "Her post went up 38 minutes before the Tillamont Water Bureau sent its own alert to customers, and 52 minutes before the notice was formally lifted on the bureau's website, according to time stamps reviewed by the Courier.",
                "time stamps reviewed by the Courier",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the water bureau said the mayor had been briefed on the final test results before she posted.",
                "A spokesperson for the water bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every one of the 64 samples came back clean by 3:30,” the spokesperson said.",
                "A spokesperson for the water bureau",
                "said",
                "W",
            ),
            ("“The mayor didn't jump the gun.", "A spokesperson for the water bureau", "said", ""),
            (
                "Our alert system simply takes longer to reach 41,000 accounts.”",
                "A spokesperson for the water bureau",
                "said",
                "W",
            ),
        ],
        [
            ("Not everyone was persuaded.", "", "", ""),
        ],
        [
            (
                "Council member Harlan Odumegwu-Stenberg said in a post on Facebook that residents “deserve one source of truth, not a race to be first.”",
                "Harlan Odumegwu-Stenberg",
                "said in a post on Facebook",
                "",
            ),
        ],
        [
            (
                "“I found out my water was safe from a politician's social media account,” he wrote.",
                "Harlan Odumegwu-Stenberg",
                "wrote",
                "",
            ),
            (
                "“That's not how public health notices should work.”",
                "Harlan Odumegwu-Stenberg",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Council member Priya Lindenhayn-Okwudiba, who chairs the utilities committee, said she would ask the bureau to present a timeline of the notice at the committee's April 7 meeting.",
                "Priya Lindenhayn-Okwudiba",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'm not interested in who posted first,” Lindenhayn-Okwudiba said.",
                "Priya Lindenhayn-Okwudiba",
                "said",
                "",
            ),
            (
                "“I want to know why the bureau's own alert took 38 minutes longer than a post on X.”",
                "Priya Lindenhayn-Okwudiba",
                "said",
                "",
            ),
        ],
        [
            (
                "The bureau's alert system sends text messages in batches of 5,000, according to the bureau's website.",
                "the bureau's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Vantassel-Roybal did not respond to questions about the timing of her post.",
                "Colette Vantassel-Roybal",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("What broke", "", "", ""),
        ],
        [
            (
                "The main, installed in 1961, split at about 2:15 a.m. Friday near the corner of Galloway Avenue and Petterell Street, flooding three blocks and cutting pressure to the bureau's Quarrycote reservoir.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bureau said in a statement Saturday that the pipe had failed along a seam weakened by corrosion.",
                "The bureau",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "It said crews replaced a 40-foot section of pipe over 31 hours and that the repair had cost about $1.2 million so far.",
                "the Tillamont Water Bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "It expects that figure to rise once the road above is rebuilt.",
                "the Tillamont Water Bureau",
                "expects",
                "",
            ),
        ],
        [
            (
                "Residents on the east side said pressure had dropped to a trickle for most of the weekend.",
                "Residents on the east side",
                "said",
                "W",
            ),
        ],
        [
            (
                "A bureau engineer, who asked not to be named because he was not authorized to speak publicly, said the Quarrycote reservoir came within 4 feet of running dry on Saturday.",
                "A bureau engineer",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Hollyknoll Market, Achterholt-Quispe said she sold 1,100 gallon jugs of water between Friday and Monday, more than in all of last year.",
                "Dolores Achterholt-Quispe",
                "said",
                "",
            ),
        ],
        [
            (
                "“People were buying it by the cartload,” she said.",
                "Dolores Achterholt-Quispe",
                "said",
                "",
            ),
            (
                "“I had to put a limit on it: four per family.”",
                "Dolores Achterholt-Quispe",
                "said",
                "",
            ),
        ],
        [
            (
                "The Oregon Health Authority said it had received no reports of illness linked to the break.",
                "The Oregon Health Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a statement from the county health department, two people were treated at Tillamont General Hospital for minor injuries after slipping in mud left by the flooding.",
                "a statement from the county health department",
                "according to",
                "W",
            ),
        ],
        [
            ("Who pays", "", "", ""),
        ],
        [
            (
                "The bureau's director, Anselm Kirchhoff-Lemarchal, told council members on Monday that the city's 118 miles of cast-iron mains are, on average, 67 years old.",
                "Anselm Kirchhoff-Lemarchal",
                "told council members",
                "W",
            ),
        ],
        [
            (
                "Kirchhoff-Lemarchal, who took over the bureau in 2023, has asked for a 9% rate increase to pay for replacing them.",
                "Anselm Kirchhoff-Lemarchal",
                "has asked for",
                "W",
            ),
        ],
        [
            ("Odumegwu-Stenberg voted against a similar increase last year.", "", "", "W"),
        ],
        [
            (
                "“At the rate we're funded, we can replace one mile a year, or we can keep doing this,” Kirchhoff-Lemarchal said, pointing to a photo of the flooded street.",
                "Anselm Kirchhoff-Lemarchal",
                "said",
                "W",
            ),
        ],
        [
            ("The council is expected to vote on the rate increase in May.", "", "", ""),
        ],
        [
            ("Related: Tillamont council delays vote on water rates", "", "", "B"),
        ],
        [
            ("Related: Quarrycote reservoir to get $4 million seismic upgrade", "", "", "B"),
        ],
        [
            ("Topics: Water | Tillamont City Council | Public health", "", "", "B"),
        ],
        [
            ("© 2026 The Tillamont Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Contact Us", "", "", "B"),
        ],
    ],
    [  # 2. English regional site, a market hall to close: a long quote named only afterwards, a father and son, a quote broken by "said Cllr", a quote running on without a cue, a "He" that goes to the speaker and not to the leader named inside his quote, "A spokesperson for the council", "Sir" and "Dame"
        [
            ("Fernwold Valley Echo", "", "", "B"),
        ],
        [
            ("News | Sport | What's On | Property | Jobs | Announcements", "", "", "B"),
        ],
        [
            ("Home > News > Sallowcote", "", "", "B"),
        ],
        [
            ("Sallowcote market hall to shut for 18 months as £3.4m repairs approved", "", "", "W"),
        ],
        [
            ("By Imogen Thrushcross", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday 12 March 2026, 5:47 pm", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Share by email", "", "", "B"),
        ],
        [
            (
                "Ken Harbrindle, left, and his son Danny at their fruit and veg stall in Sallowcote market hall.",
                "",
                "",
                "",
            ),
            ("(Image: Imogen Thrushcross)", "", "", "B"),
        ],
        [
            (
                "Traders in Sallowcote's Victorian market hall will have to move out by the end of June after councillors approved £3.4m of repairs to its roof and ironwork.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fernwold Valley District Council's cabinet voted five to two on Wednesday evening to close the Grade II-listed hall from July 1 while the work is carried out.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“My grandfather had this pitch in 1958.", "Ken Harbrindle", "said", ""),
            (
                "My father had it after him, and I've had it for 34 years.",
                "Ken Harbrindle",
                "said",
                "",
            ),
            (
                "Eighteen months is a long time to be out, and some of us won't come back.",
                "Ken Harbrindle",
                "said",
                "",
            ),
        ],
        [
            ("“I'm not saying don't do the work.", "Ken Harbrindle", "said", ""),
            (
                "I'm saying tell us where we're going before you tell us to go.”",
                "Ken Harbrindle",
                "said",
                "",
            ),
        ],
        [
            (
                "Ken Harbrindle, 61, said it to the cabinet shortly before the vote, as about 40 traders and shoppers looked on from the public gallery.",
                "Ken Harbrindle",
                "said",
                "",
            ),
        ],
        [
            (
                "His son, Danny Harbrindle, 29, who runs the stall's delivery round, said the council had offered traders temporary pitches in the Corn Exchange car park but had not said how many.",
                "Danny Harbrindle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A car park in January isn't a market,” the younger Harbrindle said.",
                "Danny Harbrindle",
                "said",
                "",
            ),
        ],
        [
            ("“We'll go where they put us.", "Danny Harbrindle", "said", ""),
            ("What else can we do?”", "Danny Harbrindle", "said", ""),
        ],
        [
            (
                "Mr Harbrindle senior said 23 of the hall's 31 stalls were let, the most since 2019.",
                "Ken Harbrindle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The roof,” said Cllr Rosalind Pendeford-Okpalaugo, the cabinet member for economy, “has been held up by scaffolding inside the hall since 2022, and our surveyors have told us plainly that it will not survive another winter.”",
                "Rosalind Pendeford-Okpalaugo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We looked at doing the work in phases with traders still inside.",
                "Rosalind Pendeford-Okpalaugo",
                "said",
                "W",
            ),
            (
                "The contractors would not insure it, and the cost went up by almost a million.",
                "Rosalind Pendeford-Okpalaugo",
                "said",
                "W",
            ),
            (
                "Nobody on this cabinet wanted to close the hall.”",
                "Rosalind Pendeford-Okpalaugo",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Graham Uttershaw, who leads the opposition Independent group, voted against, as did Cllr Mairead Costellane-Hurd.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Costellane-Hurd said she voted against because the officers' report gave no date for traders to return.",
                "Mairead Costellane-Hurd",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I asked the council leader, Stephen Marlwood-Sesay, in November whether traders would be consulted before any decision, and I was told yes,” Cllr Uttershaw said.",
                "Graham Uttershaw",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said no meeting with traders as a group had taken place since.",
                "Graham Uttershaw",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the council said officers had met the Sallowcote Market Traders' Association twice, in January and February, and would hold a drop-in session for all stallholders on March 24.",
                "A spokesperson for the council",
                "said",
                "W",
            ),
        ],
        [
            ("Cllr Marlwood-Sesay was not at the meeting.", "", "", "W"),
        ],
        [
            (
                "The council leader's office said he was at a Local Government Association conference in London.",
                "The council leader's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Sallowcote Civic Society, which campaigned for the hall to be listed in 1987, has raised £86,000 towards the cost of restoring its clock tower.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its chairman, Sir Aldous Fenmore-Rideout, said the society was “delighted and relieved” that the council had chosen to repair the hall rather than sell it.",
                "Aldous Fenmore-Rideout",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the Victorian Markets Trust said the hall was one of only 11 covered markets of its age in the North of England still trading.",
                "the Victorian Markets Trust",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "It added that it had offered the council a grant of £250,000 towards the ironwork.",
                "the Victorian Markets Trust",
                "added",
                "W",
            ),
        ],
        [
            (
                "The Sallowcote Market Traders' Association said it would ask the council to halve stall rents for the first six months after the hall reopens.",
                "The Sallowcote Market Traders' Association",
                "said",
                "W",
            ),
        ],
        [
            ("Shoppers the Echo spoke to on Thursday were split.", "", "", ""),
        ],
        [
            (
                "Several regulars said they would follow their favourite stalls to the car park.",
                "Several regulars",
                "said",
                "",
            ),
        ],
        [
            (
                "“It's the heart of the town,” said Jean Albery-Onwuachu, 74, who has shopped at the hall every Saturday since 1971.",
                "Jean Albery-Onwuachu",
                "said",
                "",
            ),
            (
                "“But if the roof comes down, there's no heart at all, is there?”",
                "Jean Albery-Onwuachu",
                "said",
                "",
            ),
        ],
        [
            (
                "Dame Felicity Ormonde-Vanbrugh, the MP for Fernwold Valley, wrote to the council in February asking it to keep at least part of the hall open during the work.",
                "Felicity Ormonde-Vanbrugh",
                "wrote to the council",
                "W",
            ),
        ],
        [
            (
                "The council said it had considered the request and ruled it out on safety grounds.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Sallowcote bus station to close for resurfacing in April", "", "", "B"),
        ],
        [
            ("Read more: Fernwold Valley council tax to rise by 4.99%", "", "", "B"),
        ],
        [
            ("The Fernwold Valley Echo is part of Holmsgarth Regional Media Ltd.", "", "", "B"),
        ],
        [
            ("© Holmsgarth Regional Media Ltd 2026", "", "", "B"),
        ],
    ],
    [  # 3. Canadian community site, a village's fire coverage: "In her view", "For Name, the answer is", a quote running on without a cue, a Q&A section with Q: and A: turns, interviewer's turns citing a report and the mayor
        [
            ("LARCHBECK LAKE SENTINEL", "", "", "B"),
        ],
        [
            ("Home   News   Community   Sports   Opinion   Classifieds   Contact", "", "", "B"),
        ],
        [
            (
                "Village turns to neighbours for daytime fire coverage as volunteer roster shrinks to nine",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tobias Quinnelly-Marchesi", "", "", "B"),
        ],
        [
            ("Local Journalism Initiative Reporter", "", "", "B"),
        ],
        [
            ("Mar. 16, 2026 7:00 a.m.", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email   Print", "", "", "B"),
        ],
        [
            (
                "Fire Chief Anneliese Drobotová-Kinneally beside the department's 1998 pumper truck at the Larchbeck Lake fire hall.",
                "",
                "",
                "",
            ),
            ("Tobias Quinnelly-Marchesi / Sentinel", "", "", "B"),
        ],
        [
            (
                "LARCHBECK LAKE, B.C. — The Village of Larchbeck Lake will rely on the neighbouring Pemmican Creek fire department to answer weekday daytime calls after its own volunteer roster fell to nine members, council decided Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agreement, approved in a 4-1 vote, costs the village $38,000 a year and runs until the end of 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Henrietta Solhaug-Achari called the deal “a bridge, not a destination.”",
                "Henrietta Solhaug-Achari",
                "called",
                "",
            ),
        ],
        [
            (
                "In her view, the province's training requirements for volunteers, which rose to 110 hours for new recruits in 2024, are the main reason the roster has halved in five years.",
                "Henrietta Solhaug-Achari",
                "in her view",
                "W",
            ),
        ],
        [
            ("“Nobody is against training.", "Henrietta Solhaug-Achari", "said", ""),
            (
                "But asking a rancher or a nurse on shifts to find 110 hours before they can ride a truck — that's where we lose them,” she said.",
                "Henrietta Solhaug-Achari",
                "said",
                "",
            ),
        ],
        [
            ("Coun. Brock Tilney-Kurian cast the lone vote against.", "", "", "W"),
        ],
        [
            (
                "For Tilney-Kurian, the answer is simple: pay the volunteers.",
                "Brock Tilney-Kurian",
                "for",
                "",
            ),
        ],
        [
            (
                "He wants the village to offer $25 for every call a volunteer attends, a stipend he says would cost about $14,000 a year.",
                "Brock Tilney-Kurian",
                "says",
                "W",
            ),
        ],
        [
            (
                "“We're paying another village $38,000 to do what our own people would do for less than half that,” he said.",
                "Brock Tilney-Kurian",
                "said",
                "W",
            ),
        ],
        [
            (
                "“And Pemmican Creek's hall is 22 kilometres from here.",
                "Brock Tilney-Kurian",
                "said",
                "W",
            ),
            (
                "In a structure fire, that's the difference between saving a house and saving the chimney.”",
                "Brock Tilney-Kurian",
                "said",
                "",
            ),
        ],
        [
            (
                "Pemmican Creek Fire Chief Dmitri Orlyk-Hurst said his crews took an average of 19 minutes to reach Larchbeck Lake's main street in three test runs last month.",
                "Dmitri Orlyk-Hurst",
                "said",
                "W",
            ),
        ],
        [
            (
                "Several residents at Tuesday's meeting asked whether their home insurance premiums would rise.",
                "Several residents at Tuesday's meeting",
                "asked",
                "",
            ),
        ],
        [
            (
                "Village staff said the community's fire protection grade, which insurers use to set premiums, would be reviewed by the underwriters' survey office in the fall.",
                "Village staff",
                "said",
                "W",
            ),
        ],
        [
            ("Q&A: The chief on what happens next", "", "", ""),
        ],
        [
            (
                "The Sentinel spoke with Larchbeck Lake Fire Chief Anneliese Drobotová-Kinneally on Wednesday.",
                "",
                "",
                "W",
            ),
            ("The conversation has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: How many calls did the department answer last year?", "", "", ""),
        ],
        [
            ("A: We went to 212 calls in 2025.", "Anneliese Drobotová-Kinneally", "A:", "W"),
            (
                "About 60 per cent were medical, and 31 were fires of some kind.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Council's own report says daytime turnout is the problem.",
                "Council's own report",
                "says",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            ("A: It's fair.", "Anneliese Drobotová-Kinneally", "A:", ""),
            (
                "On a weekday at 2 p.m. I'm lucky to get two people to the hall.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "W",
            ),
            ("We need four to roll the engine safely.", "Anneliese Drobotová-Kinneally", "A:", "W"),
        ],
        [
            ("Q: Does the agreement mean the Larchbeck Lake hall will close?", "", "", ""),
        ],
        [
            ("A: No.", "Anneliese Drobotová-Kinneally", "A:", "W"),
            (
                "We're not closing the hall, and nobody's being laid off, because nobody here is paid.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "W",
            ),
            (
                "Evenings and weekends, we still take our own calls.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: The mayor blames the training hours.", "Henrietta Solhaug-Achari", "blames", ""),
            ("Do you agree?", "", "", ""),
        ],
        [
            ("A: Partly.", "Anneliese Drobotová-Kinneally", "A:", ""),
            (
                "The hours are the hours, and I wouldn't cut them.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "",
            ),
            (
                "What's changed is that people work two jobs now.",
                "Anneliese Drobotová-Kinneally",
                "A:",
                "",
            ),
        ],
        [
            ("Q: What would you say to someone thinking about joining?", "", "", ""),
        ],
        [
            ("A: Come to the hall on a Thursday night.", "Anneliese Drobotová-Kinneally", "A:", ""),
            ("We'll buy the coffee.", "Anneliese Drobotová-Kinneally", "A:", ""),
        ],
        [
            ("The agreement with Pemmican Creek takes effect April 1.", "", "", "W"),
        ],
        [
            (
                "Tobias Quinnelly-Marchesi's reporting is funded through the Local Journalism Initiative.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related: Pemmican Creek approves new fire hall design", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Larchbeck Lake Sentinel", "", "", "B"),
        ],
        [
            ("Privacy   Terms   Advertise", "", "", "B"),
        ],
    ],
    [  # 4. Australian regional site, a crocodile at a boat ramp: group speakers ("Wildlife officers", "Locals", "Council officials", "Rangers"), "message was blunt:", a council and a club each followed by "It said", an Instagram post, people mentioned without being quoted
        [
            ("The Bungaree Beacon", "", "", "B"),
        ],
        [
            ("News   Sport   Community   Business   Weather   Subscribe", "", "", "B"),
        ],
        [
            ("Crocodile sightings shut Yallambee Creek boat ramp for Easter", "", "", "W"),
        ],
        [
            (
                "Wildlife officers say a 4.1-metre saltwater crocodile has been seen at the ramp five times in a fortnight.",
                "Wildlife officers",
                "say",
                "W",
            ),
        ],
        [
            ("Kirralee Dungate-Mabey", "", "", "B"),
        ],
        [
            ("Updated April 1 2026 - 4:35pm, first published 11:20am", "", "", "B"),
        ],
        [
            ("The Yallambee Creek boat ramp, closed since Monday.", "", "", "W"),
            ("Picture by Kirralee Dungate-Mabey", "", "", "B"),
        ],
        [
            (
                "The Yallambee Creek boat ramp at Pindarra Heads will stay closed over the Easter long weekend after a large saltwater crocodile was seen there five times in two weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wildlife officers said the animal, estimated at 4.1 metres, had been targeted for removal and a floating trap was set on Tuesday.",
                "Wildlife officers",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Marine Parks and Wildlife Service said it was the largest crocodile reported in the Pindarra estuary since sightings were first logged in 1985.",
                "A spokesperson for the Marine Parks and Wildlife Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the state's crocodile management plan, any crocodile longer than two metres that shows no fear of people in the estuary is removed, the spokesperson said.",
                "A spokesperson for the Marine Parks and Wildlife Service",
                "said",
                "W",
            ),
        ],
        [
            ("Bungaree Shire Council closed the ramp on Monday morning.", "", "", "W"),
            (
                "It said in a social media post that the closure would stay in place until the crocodile was caught, and that six new warning signs had gone up along the esplanade.",
                "Bungaree Shire Council",
                "said in a social media post",
                "W",
            ),
        ],
        [
            (
                "Mayor Trent Albanez-Coker's message was blunt: “Stay out of the water, and stay off the rocks at the ramp.”",
                "Trent Albanez-Coker",
                "message",
                "",
            ),
        ],
        [
            (
                "“This is crocodile country, and it always has been,” Cr Albanez-Coker said.",
                "Trent Albanez-Coker",
                "said",
                "",
            ),
            (
                "“We've had a few quiet years and people have got comfortable.”",
                "Trent Albanez-Coker",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Albanez-Coker said the ramp would reopen only after rangers confirmed the crocodile had been caught.",
                "Trent Albanez-Coker",
                "said",
                "W",
            ),
        ],
        [
            (
                "Locals said the crocodile had been hanging around the ramp since fishers began cleaning their catch on the pontoon in February.",
                "Locals",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fishing guide Wade Kilbrandon-Oromo posted a video of the animal on Instagram on Saturday that has since been viewed more than 210,000 times.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“He was sitting right under the pontoon, bold as brass,” Mr Kilbrandon-Oromo wrote in the caption.",
                "Wade Kilbrandon-Oromo",
                "wrote in the caption",
                "",
            ),
        ],
        [
            (
                "He said he would lose about $6,000 in bookings over the long weekend.",
                "Wade Kilbrandon-Oromo",
                "said",
                "",
            ),
        ],
        [
            (
                "“Everyone's got a croc story this year,” said publican Gail Struthwick-Mowle, whose hotel overlooks the ramp.",
                "Gail Struthwick-Mowle",
                "said",
                "",
            ),
            (
                "“Mine is watching one take a pelican off the jetty at breakfast.”",
                "Gail Struthwick-Mowle",
                "said",
                "",
            ),
        ],
        [
            (
                "She said long-weekend bookings were down by about a third.",
                "Gail Struthwick-Mowle",
                "said",
                "",
            ),
        ],
        [
            (
                "Council officials said the nearest open ramp, at Quoll Point, was 34 kilometres away by road.",
                "Council officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The shire's last fatal crocodile attack, in 2009, killed a 62-year-old prawn trawlerman, Leslie Hoggart-Pyne, near the river mouth.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The state MP for Pindarra, Justine Whelby-Carron, toured the esplanade with the mayor on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "She later called for the state to fund a permanent crocodile-removal officer based in the town.",
                "Justine Whelby-Carron",
                "called for",
                "",
            ),
        ],
        [
            (
                "Whelby-Carron said 23 crocodile sightings in the town had been reported to the state since January, more than in all of 2025.",
                "Justine Whelby-Carron",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Pindarra Heads Sport Fishing Club has cancelled its Easter Saturday competition, which usually draws about 90 boats.",
                "",
                "",
                "W",
            ),
            (
                "It said entry fees would be refunded in full.",
                "The Pindarra Heads Sport Fishing Club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Club president Noreen Battaglia-Tuhi said members were “disappointed but not surprised”.",
                "Noreen Battaglia-Tuhi",
                "said",
                "",
            ),
        ],
        [
            (
                "“We'd rather lose a comp than lose a member,” she said.",
                "Noreen Battaglia-Tuhi",
                "said",
                "",
            ),
        ],
        [
            (
                "Rangers said crocodiles had been removed from the estuary in 2019 and 2022, and both were taken to a crocodile farm.",
                "Rangers",
                "said",
                "W",
            ),
        ],
        [
            ("Report crocodile sightings to the wildlife service on 1300 555 402.", "", "", "B"),
        ],
        [
            ("Read more: Pindarra Heads esplanade upgrade delayed by wet season", "", "", "B"),
        ],
        [
            ("Tags: Crocodiles | Pindarra Heads | Bungaree Shire Council", "", "", "B"),
        ],
        [
            ("Get the latest Bungaree news in your inbox every morning.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Traditional Custodians of the land on which we work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Bungaree Beacon Pty Ltd", "", "", "B"),
        ],
    ],
    [  # 5. Indian regional daily, a crush at a river fair: religious titles (Mahant, Swami, Maulana, Fr., Sadhvi), "Speaking in Hindi, he said", remarks translated by a disciple, a message read out by an official, "a spokesperson for the district administration", "according to a statement from"
        [
            ("THE DOAB SENTINEL", "", "", "B"),
        ],
        [
            ("Home | India | States | Cities | Business | Sports | Opinion | ई-पेपर", "", "", "B"),
        ],
        [
            ("Home / States / Uttar Pradesh", "", "", "B"),
        ],
        [
            (
                "14 injured in crush at Ghatwari Mela; entry to Sitaldhara ghat capped at 40,000 an hour",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Abhinav Sirsikar | Ramghati", "", "", "B"),
        ],
        [
            ("Updated: Mar 16, 2026 09:12 IST", "", "", "B"),
        ],
        [
            ("Devotees at the Sitaldhara ghat on Monday, a day after the crush.", "", "", ""),
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "RAMGHATI (UTTAR PRADESH): Fourteen pilgrims were injured, two of them seriously, in a crush near the Sitaldhara ghat on the second day of the Ghatwari Mela on Sunday, officials said.",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district administration has since capped entry to the ghat area at 40,000 people an hour and closed two narrow approach lanes, according to a statement from the office of the Mela Adhikari.",
                "a statement from the office of the Mela Adhikari",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the district administration said the injured were taken to the district hospital, where 12 were discharged by Sunday evening.",
                "A spokesperson for the district administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "District Magistrate Dr. Vaidehi Rangnekar-Sodhani said barricades at the ghat's eastern entry were pushed over when a large group arrived at once after the morning aarti.",
                "Vaidehi Rangnekar-Sodhani",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We had 320 police personnel and 150 volunteers on duty at that ghat.",
                "Vaidehi Rangnekar-Sodhani",
                "said",
                "W",
            ),
            (
                "Nobody was negligent, but we have learnt something,” she said.",
                "Vaidehi Rangnekar-Sodhani",
                "said",
                "",
            ),
        ],
        [
            (
                "She said CCTV footage from the ghat was being examined.",
                "Vaidehi Rangnekar-Sodhani",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintendent of Police Harshvardhan Ambalkar said three constables who had left their posts at the barricade had been suspended.",
                "Harshvardhan Ambalkar",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said a case had been registered against unknown persons for rioting and causing hurt.",
                "Harshvardhan Ambalkar",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the police, the crush began at about 7.40 a.m., minutes after the aarti ended.",
                "the police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mahant Gyananand Puri, head of the Sitaldhara Akhara, which organises the fair, blamed the administration for allowing vendors to occupy the approach lanes.",
                "Gyananand Puri",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Speaking in Hindi, he said, “The lanes were half full of shops.",
                "Gyananand Puri",
                "said",
                "W",
            ),
            ("Where were the devotees supposed to walk?”", "Gyananand Puri", "said", ""),
        ],
        [
            (
                "“We wrote to the administration three times since January about these stalls.",
                "Gyananand Puri",
                "said",
                "W",
            ),
            ("Not one reply came.”", "Gyananand Puri", "said", "W"),
        ],
        [
            (
                "A spokesperson for the Akhara later said it had written to the Chief Minister's office asking for a judicial inquiry.",
                "A spokesperson for the Akhara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Swami Atmaprakash Saraswati, 84, who has attended every Ghatwari Mela since 1961, said through a disciple who translated his remarks that the crowds had grown “beyond anything these ghats were built for”.",
                "Atmaprakash Saraswati",
                "said through a disciple who translated his remarks",
                "",
            ),
        ],
        [
            (
                "He said the fair drew about two lakh people in 1961, when the ghat had a single flight of steps.",
                "Atmaprakash Saraswati",
                "said",
                "W",
            ),
        ],
        [
            (
                "At an interfaith meeting on Monday evening, Naib Tehsildar Arvind Kholkute read out a message from Maulana Shamsul Arfeen Nizami, the imam of the town's Jama Masjid, who could not attend.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In it, the Maulana said the mosque committee had opened its courtyard on Station Road as a rest area for pilgrims.",
                "Shamsul Arfeen Nizami",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fr. Cyprian Tirkey-Menezes, principal of St. Aloysius' School, said 60 of the school's senior students had joined the volunteers at the ghats since Monday.",
                "Cyprian Tirkey-Menezes",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The Maulana sahib and I have stood at this ghat together for 20 years,” Fr. Tirkey-Menezes said.",
                "Cyprian Tirkey-Menezes",
                "said",
                "",
            ),
        ],
        [
            (
                "Sadhvi Pranjali Giri, who was at the ghat during the crush, said she saw an elderly woman fall and two policemen carry her out.",
                "Pranjali Giri",
                "said",
                "",
            ),
        ],
        [
            (
                "“People were only trying to hold on to each other,” she said.",
                "Pranjali Giri",
                "said",
                "",
            ),
        ],
        [
            (
                "Relatives of the two seriously injured women, both from Kesarikhera, said they had been moved to a larger hospital in Prayagraj on Monday.",
                "Relatives of the two seriously injured women",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vendors said the spaces in the lanes had been allotted to them by the mela committee for ₹2,500 each.",
                "Vendors",
                "said",
                "W",
            ),
        ],
        [
            (
                "The committee's secretary, Bhuvanesh Kalakoti, denied this, saying no stall had been allotted within 50 metres of the ghat.",
                "Bhuvanesh Kalakoti",
                "denied",
                "W",
            ),
        ],
        [
            ("The mela runs until March 29.", "", "", "W"),
        ],
        [
            (
                "The administration expects about 11 lakh visitors over its 15 days.",
                "The administration",
                "expects",
                "",
            ),
        ],
        [
            (
                "Also Read | Ramghati mela: traffic diversions announced on Station Road",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Ghatwari Mela | Ramghati | crowd management", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Doab Sentinel Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 6. Irish regional weekly, three churches to close: a long quote named only afterwards, a pastoral letter read out by a priest and carried by its author, "the letter said", a council chair who shares the priest's surname, "Most Rev.", "Fr", "Canon", "Sr", a TD's "He" after a quote naming the bishop
        [
            ("The Western Trumpeter", "", "", "B"),
        ],
        [
            ("News   Sport   Community   Farming   Nuacht   Death Notices   e-Paper", "", "", "B"),
        ],
        [
            (
                "Three churches to close as diocese groups 11 parishes into four ‘families’",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Síle Ní Fhathaigh", "", "", "B"),
        ],
        [
            ("Wednesday, 18 March 2026", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "St Feichín's Church, Derrylea, one of the three to close, was built in 1834.",
                "",
                "",
                "W",
            ),
            ("Photo: Eamon Gildernew", "", "", "B"),
        ],
        [
            (
                "“I baptised children in Derrylea whose grandparents I had married.",
                "Declan Kilcawley",
                "told the Trumpeter",
                "",
            ),
            ("I buried their parents.", "Declan Kilcawley", "told the Trumpeter", ""),
            (
                "You don't close a church like that lightly, and we haven't.",
                "Declan Kilcawley",
                "told the Trumpeter",
                "",
            ),
        ],
        [
            (
                "“But there are 14 priests under the age of 75 in this diocese today, and there were 41 when I was ordained.",
                "Declan Kilcawley",
                "told the Trumpeter",
                "W",
            ),
            ("The arithmetic is not in dispute.”", "Declan Kilcawley", "told the Trumpeter", ""),
        ],
        [
            (
                "That is what Fr Declan Kilcawley, parish priest of Derrylea for 23 years, told the Trumpeter on Monday.",
                "Declan Kilcawley",
                "told the Trumpeter",
                "",
            ),
        ],
        [
            (
                "On Sunday he read a pastoral letter from the Bishop of Kilcurrane, the Most Rev. Fintan Rossdale-Gaule, at every Mass in the parish.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In it, Bishop Rossdale-Gaule said the 11 parishes of the diocese's western deanery would be grouped into four “families of parishes” from September 1, and that the churches at Derrylea, Cloonagh and Tubbermore would close after a final Mass in August.",
                "Fintan Rossdale-Gaule",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is not the decision I hoped to make as bishop,” the letter said.",
                "the letter",
                "said",
                "",
            ),
            ("“It is the decision that was left to make.”", "the letter", "said", ""),
        ],
        [
            (
                "The letter said Derrylea's parish registers, which go back to 1822, would be moved to the diocesan archive.",
                "The letter",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a statement from the diocese, the three churches had a combined average Sunday attendance of 61 last year, and insuring and heating them cost about €48,000 a year.",
                "a statement from the diocese",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The diocese said the buildings would not be sold for at least two years.",
                "The diocese",
                "said",
                "W",
            ),
        ],
        [
            (
                "Members of the three parish pastoral councils will meet the bishop on April 14, the diocese said.",
                "the diocese",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chair of the Derrylea parish pastoral council, Nuala Kilcawley — no relation to the priest — said the council had been consulted “in the sense that we were told”.",
                "Nuala Kilcawley",
                "said",
                "",
            ),
        ],
        [
            (
                "“We found out the date from the letter like everyone else,” Ms Kilcawley said.",
                "Nuala Kilcawley",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said a petition to keep the church open had 1,312 signatures by Tuesday evening.",
                "Nuala Kilcawley",
                "said",
                "W",
            ),
        ],
        [
            ("“Fr Declan has been straight with us,” she said.", "Nuala Kilcawley", "said", ""),
            ("“It's the bishop's office that hasn't.”", "Nuala Kilcawley", "said", ""),
        ],
        [
            (
                "Fr Kilcawley said the parish would ask the bishop to allow funerals to continue in Derrylea church after it closes for Sunday Mass.",
                "Declan Kilcawley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tubbermore's bell, cast in 1902, will be moved to the new parish centre in Ballinvorrig, according to Fr Kilcawley.",
                "Declan Kilcawley",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Canon Pádraig Mulcreavy, 91, who served in Cloonagh from 1979 to 2004, is to celebrate the final Mass there on August 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Canon Mulcreavy did not respond to a message left at his home.",
                "Pádraig Mulcreavy",
                "did not respond to a message",
                "",
            ),
        ],
        [
            (
                "Sr Attracta Mulhartagh-Coen, who ran the Tubbermore youth choir for 30 years, said she was “heartbroken but not surprised”.",
                "Attracta Mulhartagh-Coen",
                "said",
                "",
            ),
        ],
        [
            (
                "“We sang at that altar every Christmas since 1988,” she said.",
                "Attracta Mulhartagh-Coen",
                "said",
                "",
            ),
        ],
        [
            (
                "“I rang Bishop Rossdale-Gaule myself last week and put it to him that a church is also a community hall,” said Independent TD Ciarán Moughty-Kerrane.",
                "Ciarán Moughty-Kerrane",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said he had asked the diocese to consider handing the three buildings to local community groups.",
                "Ciarán Moughty-Kerrane",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Those churches are where the wakes happen, the Stations, the Christmas dinner for people on their own.",
                "Ciarán Moughty-Kerrane",
                "said",
                "",
            ),
            ("Close the door and that goes too.”", "Ciarán Moughty-Kerrane", "said", ""),
        ],
        [
            (
                "Parishioners leaving the 11am Mass in Derrylea on Sunday were mostly quiet.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Several parishioners said they would now travel to Mass in Ballinvorrig, 9km away.",
                "Several parishioners",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Kilcurrane diocese appoints its first lay pastoral director", "", "", "B"),
        ],
        [
            ("© 2026 Western Trumpeter Newspapers Ltd.", "", "", "B"),
            ("Registered in Ireland No. 482119.", "", "", "B"),
        ],
    ],
    [  # 7. New Zealand regional paper, a slip cuts off a bay: a quote broken by "said Name", a kuia speaking through her grandson who shares her surname, a minister's message read out by an MP, a Facebook post, a "He" after a quote naming the MP, a quote running on without a cue
        [
            ("Rātā Coast Herald", "", "", "B"),
        ],
        [
            ("News   Sport   Rural   Business   Te Ao Māori   Opinion   Puzzles", "", "", "B"),
        ],
        [
            ("Slip leaves 140 people at Pūrangi Bay cut off for a third week", "", "", "W"),
        ],
        [
            ("Tamati Rerekohu", "", "", "B"),
        ],
        [
            ("5:00am Saturday, 21 March 2026", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("The slip on Pūrangi Bay Rd, seen from a council drone on Thursday.", "", "", ""),
            ("Photo / Whenua District Council", "", "", "B"),
        ],
        [
            (
                "About 140 residents of Pūrangi Bay have now been without road access for 19 days, since a slip brought 30,000 cubic metres of hillside down across the only road into the settlement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We can fix the road,” said Whenua District Council infrastructure manager Lachlan Pettiward-Moke, “but not until the hill stops moving, and it moved another 40 centimetres this week.”",
                "Lachlan Pettiward-Moke",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've got monitoring pegs on the face and a geotechnical engineer up there every day.",
                "Lachlan Pettiward-Moke",
                "said",
                "W",
            ),
            ("When they tell me it's stopped, we'll start.”", "Lachlan Pettiward-Moke", "said", ""),
        ],
        [
            (
                "The council said it had spent $610,000 on the emergency response so far.",
                "The council",
                "said",
                "W",
            ),
            (
                "It said a temporary track for four-wheel-drive vehicles would open on Monday between 7am and 9am and 4pm and 6pm each day.",
                "Whenua District Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "A council report puts the cost of a permanent repair at $4.8 million.",
                "A council report",
                "puts",
                "W",
            ),
        ],
        [
            (
                "The council's chief executive, Ngaire Hollister-Tūhoro, did not respond to questions about how long that repair would take.",
                "Ngaire Hollister-Tūhoro",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Kuia Mihiterina Rangitūnoa-Poutu, 88, who was born in the bay, spoke in te reo Māori at a community hui at Pūrangi Bay marae on Thursday night.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Through her grandson, Nikora Rangitūnoa-Poutu, who translated for reporters, she said the road had been cut by slips twice before in her lifetime, in 1951 and 1988, and each time the people had walked out over the hill.",
                "Mihiterina Rangitūnoa-Poutu",
                "said through her grandson",
                "W",
            ),
        ],
        [
            (
                "“Nan says the hill is telling us something,” Nikora Rangitūnoa-Poutu said afterwards.",
                "Nikora Rangitūnoa-Poutu",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the family had asked the council to test the ground above the marae.",
                "Nikora Rangitūnoa-Poutu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pūrangi Bay School principal Hinemoa Kereopa-Walden said in a post on the school's Facebook page that the school would reopen on Monday with 23 of its 31 pupils, brought in by boat.",
                "Hinemoa Kereopa-Walden",
                "said in a post on the school's Facebook page",
                "W",
            ),
        ],
        [
            (
                "“Thank you to the skippers who are giving up their mornings for our tamariki,” she wrote.",
                "Hinemoa Kereopa-Walden",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Kereopa-Walden said the eight pupils still at home were being taught online.",
                "Hinemoa Kereopa-Walden",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the hui, Whenua MP Dougal Fairgate-Trevenna read out a message from the Minister for Emergency Management, Gareth Lomond-Hewitt, who was in Wellington.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In it, Lomond-Hewitt said the Government would pay 88 per cent of the cost of repairing the road under its emergency works policy.",
                "Gareth Lomond-Hewitt",
                "said",
                "W",
            ),
        ],
        [
            ("“Pūrangi Bay will not be forgotten,” the message said.", "the message", "said", ""),
        ],
        [
            (
                "Fairgate-Trevenna said he had raised the road in Parliament twice since the slip.",
                "Dougal Fairgate-Trevenna",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents at the hui said food and fuel were reaching the bay by boat twice a week from Kōhatu Wharf.",
                "Residents at the hui",
                "said",
                "W",
            ),
        ],
        [
            (
                "Some residents said they had not been told when the track would open to school traffic.",
                "Some residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Tui Ferrabone-Hona said the council would ask the Government for a decision on a permanent route by June.",
                "Tui Ferrabone-Hona",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Dougal rang me the day after the slip and said he would sort it, and I believed him,” said Pūrangi Bay Marae chairman Rāwiri Te Kani-Rāpata.",
                "Rāwiri Te Kani-Rāpata",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the marae had fed about 60 people a day in the first week after the slip.",
                "Rāwiri Te Kani-Rāpata",
                "said",
                "W",
            ),
        ],
        [
            ("“We're not asking for a motorway.", "Rāwiri Te Kani-Rāpata", "said", ""),
            (
                "We're asking for a way out if someone gets sick at night.”",
                "Rāwiri Te Kani-Rāpata",
                "said",
                "",
            ),
        ],
        [
            (
                "A rescue helicopter has flown two patients out of the bay since the slip, according to the regional ambulance service.",
                "the regional ambulance service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The bay's best-known son, the late rugby league player Hemi Tautoro-Marsters, is buried at the marae urupā.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This story was produced with funding from the Local Democracy Reporting scheme.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related: Coast road slips cost council $2.1m in a year", "", "", "B"),
        ],
        [
            ("Read more: Pūrangi Bay School marks 100 years", "", "", "B"),
        ],
        [
            ("© 2026 Rātā Coast Media Limited", "", "", "B"),
        ],
    ],
    [  # 8. South African community site, a water-tanker contract cancelled: a company named in apposition then "It denied", "according to a statement from the municipality", "A spokesperson for the municipality", "Inkosi", a "He" after a quote naming the municipal manager, "posted on Facebook", a department then "It said"
        [
            ("DORINGVELD HERALD", "", "", "B"),
        ],
        [
            ("News | Local | Politics | Sport | Lifestyle | Motoring | Jobs", "", "", "B"),
        ],
        [
            (
                "Municipality cancels R42-million water tanker contract after audit finds double billing",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nokuthula Mbuli-Greyling", "", "", "B"),
        ],
        [
            ("18 March 2026 | 14:05", "", "", "B"),
        ],
        [
            ("Residents queue at a municipal water tanker in KwaNsimbi on Tuesday.", "", "", ""),
            ("Image: Sifiso Dlangamandla", "", "", "B"),
        ],
        [
            (
                "The Thembalihle Local Municipality has cancelled a R42-million contract with a private water tanker company after an internal audit found the company had billed twice for 1,870 deliveries over 14 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company, Manzini-Velaphi Logistics (Pty) Ltd, said in a statement on Wednesday that it would challenge the cancellation in court.",
                "Manzini-Velaphi Logistics (Pty) Ltd",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "It denied any double billing and said every delivery had been signed for by a ward councillor or a ward committee member.",
                "Manzini-Velaphi Logistics (Pty) Ltd",
                "denied",
                "W",
            ),
        ],
        [
            ("“We have delivered water through floods and strikes.", "the statement", "said", ""),
            (
                "We will see the municipality in court,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a statement from the municipality, the audit compared the company's invoices with GPS records from its 22 trucks.",
                "a statement from the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The audit report, tabled at a special council meeting on Tuesday, found that 312 of the disputed deliveries were logged at times when the trucks' GPS showed them parked at the depot.",
                "The audit report",
                "found",
                "W",
            ),
        ],
        [
            (
                "A ward committee member, who asked not to be named, said she had been told to sign for deliveries she never saw.",
                "A ward committee member",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the municipality said the R11,3 million already paid for the disputed deliveries would be recovered.",
                "A spokesperson for the municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Executive Mayor Thandeka Vilakazi-Mdlalose said the municipality would run its own fleet of 14 tankers until a new tender was awarded, which she expected by June.",
                "Thandeka Vilakazi-Mdlalose",
                "said",
                "W",
            ),
        ],
        [
            ("“Water is not a business opportunity.", "Thandeka Vilakazi-Mdlalose", "said", ""),
            (
                "It is a right, and our people have been robbed twice,” she said.",
                "Thandeka Vilakazi-Mdlalose",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality has about 61,000 households, a third of them without piped water, according to the municipality's 2025 integrated development plan.",
                "the municipality's 2025 integrated development plan",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I asked the municipal manager, Bongani Mdakane-Pires, in January to stop every payment until the audit was done,” said opposition councillor Pieter Schoeman-Ratshitanga.",
                "Pieter Schoeman-Ratshitanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said payments to the company had continued until the end of February.",
                "Pieter Schoeman-Ratshitanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Schoeman-Ratshitanga, who sits on the municipal public accounts committee, has called for a forensic investigation.",
                "Pieter Schoeman-Ratshitanga",
                "has called for",
                "",
            ),
        ],
        [
            (
                "Mdakane-Pires did not respond to calls and messages.",
                "Bongani Mdakane-Pires",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Inkosi Mandlenkosi Mkhatshwa-Sibisi, whose traditional council covers four of the affected wards, said some villages had gone nine days without a tanker in January.",
                "Mandlenkosi Mkhatshwa-Sibisi",
                "said",
                "W",
            ),
        ],
        [
            ("“The trucks were being paid for.", "Mandlenkosi Mkhatshwa-Sibisi", "said", "W"),
            ("They were not coming,” he said.", "Mandlenkosi Mkhatshwa-Sibisi", "said", "W"),
        ],
        [
            (
                "“In one village an old man died waiting for water to wash his wife's body.",
                "Mandlenkosi Mkhatshwa-Sibisi",
                "said",
                "W",
            ),
            ("I will not forget that.”", "Mandlenkosi Mkhatshwa-Sibisi", "said", ""),
        ],
        [
            (
                "Residents queuing at a tanker in KwaNsimbi on Tuesday said the municipality's own trucks came only twice a week.",
                "Residents queuing at a tanker in KwaNsimbi on Tuesday",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gogo Nomsa Ngubeni-Mabaleka, 67, said she carried two 25-litre containers up the hill every morning.",
                "Nomsa Ngubeni-Mabaleka",
                "said",
                "",
            ),
        ],
        [
            ("“My knees are finished,” she said, laughing.", "Nomsa Ngubeni-Mabaleka", "said", ""),
        ],
        [
            (
                "Ward 14 councillor Lwazi Nqayi-Barnard posted on Facebook on Tuesday night that two more municipal tankers would be sent to the ward from Thursday.",
                "Lwazi Nqayi-Barnard",
                "posted",
                "W",
            ),
        ],
        [
            (
                "The provincial department of cooperative governance said it was monitoring the situation.",
                "The provincial department of cooperative governance",
                "said",
                "",
            ),
            (
                "It said the municipality had not asked it for assistance.",
                "The provincial department of cooperative governance",
                "said",
                "W",
            ),
        ],
        [
            (
                "The contract was awarded in December 2024, when Vilakazi-Mdlalose's predecessor, Jabulani Mahlakeng-Rootman, was mayor.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read: Thembalihle water crisis – what we know so far", "", "", "B"),
        ],
        [
            ("Join the Doringveld Herald WhatsApp channel for local news.", "", "", "B"),
        ],
        [
            ("Tags: Thembalihle | water | tenders", "", "", "B"),
        ],
        [
            ("© 2026 Doringveld Herald.", "", "", "B"),
            ("Part of Doringveld Community Media (Pty) Ltd.", "", "", "B"),
        ],
    ],
    [  # 9. Kenyan daily's counties page, a hospital's broken scanner: a speaker in a caption, "wrote on X", "A spokesperson for the Ministry of Health", "according to a statement from the ministry", a supplier then "It said", "one nurse", "For nurses at the hospital, the answer is", "In her view", "Hon.", "Mzee", "said in Kiswahili", a family sharing a surname
        [
            ("ESCARPMENT DISPATCH", "", "", "B"),
        ],
        [
            ("Home   News   Counties   Business   Sports   Opinion   Video", "", "", "B"),
        ],
        [
            ("COUNTIES", "", "", "B"),
        ],
        [
            ("Torokwet hospital's only CT scanner out of service for 40 days", "", "", "W"),
        ],
        [
            ("By Jepchumba Kiplel-Awino", "", "", "B"),
        ],
        [
            ("Thursday, March 19, 2026 8:15 AM", "", "", "B"),
        ],
        [
            (
                "“We borrowed money for the matatu and for the scan,” said Rael Chemeli-Nabwera, whose husband was referred to Eldoret for a head scan.",
                "Rael Chemeli-Nabwera",
                "said",
                "",
            ),
            ("PHOTO | JEPCHUMBA KIPLEL-AWINO", "", "", "B"),
        ],
        [
            (
                "The only CT scanner at Torokwet County Referral Hospital has been out of service for 40 days, forcing patients to travel about 120 kilometres to Eldoret for scans, hospital records show.",
                "hospital records",
                "show",
                "W",
            ),
        ],
        [
            (
                "Governor Kiprono arap Kipsengeret wrote on X on Tuesday that a replacement part had been “ordered and paid for” and would arrive “within days”.",
                "Kiprono arap Kipsengeret",
                "wrote on X",
                "W",
            ),
        ],
        [
            (
                "“Our people deserve better, and they will get it,” he wrote.",
                "Kiprono arap Kipsengeret",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Kipsengeret's office later said the part had cost Sh4.6 million.",
                "Kipsengeret's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Health said the scanner was supplied under the national medical equipment leasing scheme, under which the supplier is responsible for repairs.",
                "A spokesperson for the Ministry of Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the scheme, a faulty machine must be repaired within 14 days, according to a statement from the ministry.",
                "a statement from the ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The supplier, Hallvardsen-Meditec EA Ltd, said the part had been held at the port of Mombasa since March 2 awaiting customs clearance.",
                "Hallvardsen-Meditec EA Ltd",
                "said",
                "W",
            ),
            (
                "It said the scanner would be back in service by March 27.",
                "Hallvardsen-Meditec EA Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We regret the inconvenience to patients,” the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital's medical superintendent, Dr. Enock Ngeny-Maritim, declined to comment and referred questions to the county health department.",
                "Enock Ngeny-Maritim",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Nurses at the hospital's casualty department said at least 11 patients a day were being referred for scans.",
                "Nurses at the hospital's casualty department",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We write the referral letter and we know half of them will not go, because they cannot afford it,” one nurse said.",
                "one nurse",
                "said",
                "",
            ),
        ],
        [
            ("“Some of them come back a week later, worse.”", "one nurse", "said", ""),
        ],
        [
            (
                "For nurses at the hospital, the answer is a second scanner.",
                "nurses at the hospital",
                "for",
                "",
            ),
        ],
        [
            (
                "The County Executive Committee Member for Health, Dr. Mercy Jelimo-Okinyi, said the county had set aside Sh38 million for a second scanner in the 2026/27 budget.",
                "Mercy Jelimo-Okinyi",
                "said",
                "W",
            ),
        ],
        [
            (
                "In her view, the national leasing scheme “has failed counties like ours”.",
                "Mercy Jelimo-Okinyi",
                "in her view",
                "",
            ),
        ],
        [
            (
                "“We pay the lease every month whether the machine works or not,” she said.",
                "Mercy Jelimo-Okinyi",
                "said",
                "",
            ),
            ("“That is Sh1.9 million a month.”", "Mercy Jelimo-Okinyi", "said", "W"),
        ],
        [
            (
                "Torokwet East MP Hon. Wilfred Kiprotuk Sigilai said he would raise the leasing scheme with the Health Committee when the National Assembly resumes on April 7.",
                "Wilfred Kiprotuk Sigilai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sigilai said at least three other counties had reported scanners lying idle under the same scheme.",
                "Wilfred Kiprotuk Sigilai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mzee Joseph Kimng'eno-Wekunda, 79, who is waiting for a scan of his abdomen, said in Kiswahili that he had sold a goat to pay for the journey.",
                "Joseph Kimng'eno-Wekunda",
                "said in Kiswahili",
                "",
            ),
        ],
        [
            (
                "Ms Chemeli-Nabwera said her husband, Samson Nabwera, 58, had a stroke on March 3 and was referred to Eldoret two days later, but the family could not raise the Sh9,000 for the trip and the scan until March 12.",
                "Rael Chemeli-Nabwera",
                "said",
                "W",
            ),
        ],
        [
            (
                "“He is home now, but he cannot talk well,” she said.",
                "Rael Chemeli-Nabwera",
                "said",
                "",
            ),
        ],
        [
            (
                "His brother, Geoffrey Nabwera, a teacher in Torokwet town, said the family had started a harambee to pay for follow-up scans.",
                "Geoffrey Nabwera",
                "said",
                "",
            ),
        ],
        [
            (
                "Relatives waiting outside the casualty department on Wednesday said the referral letters came with no help for transport.",
                "Relatives waiting outside the casualty department on Wednesday",
                "said",
                "W",
            ),
        ],
        [
            (
                "The scanner was installed in 2019 and launched by the then governor, Paul Cheboiwo-Kosgey.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RELATED: Torokwet nurses threaten strike over delayed salaries", "", "", "B"),
        ],
        [
            ("Get the Escarpment Dispatch app for breaking news from your county.", "", "", "B"),
        ],
        [
            ("© 2026 Escarpment Dispatch Media Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 10. English-language site in France, a mayor sleeps in a classroom: a quote from a French paper and the translation note, "In his view", a letter read out by the mayor and carried by its author, "A spokesperson for the education authority", "according to a statement from the prefecture", "Maître", a "He" after a quote naming the MP, a teacher mentioned then declining
        [
            ("The Garonne Gazette", "", "", "B"),
        ],
        [
            ("News   Property   Practical   Food & Wine   Events   Français", "", "", "B"),
        ],
        [
            ("Mayor sleeps in classroom as village's only school class faces closure", "", "", "W"),
        ],
        [
            ("By Harriet Coulthwaite-Morvan", "", "", "B"),
        ],
        [
            ("Published: 17 March 2026 at 10:34", "", "", "B"),
        ],
        [
            (
                "Mayor Bertrand Escoubas-Vigouroux in the classroom at Puyrenier-sur-Dropt school on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Mairie de Puyrenier-sur-Dropt", "", "", "B"),
        ],
        [
            (
                "The mayor of Puyrenier-sur-Dropt, a village of 412 people in Lot-et-Garonne, has spent three nights sleeping in its school's only classroom in protest at a decision to close the class in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I will stay here until someone from the education authority comes to see these children for themselves,” the mayor, Bertrand Escoubas-Vigouroux, 67, told Le Courrier du Dropt.",
                "Bertrand Escoubas-Vigouroux",
                "told Le Courrier du Dropt",
                "",
            ),
        ],
        [
            (
                "“I have a camp bed, a kettle and the key to the door.",
                "Bertrand Escoubas-Vigouroux",
                "told Le Courrier du Dropt",
                "",
            ),
            (
                "That is all I need.”",
                "Bertrand Escoubas-Vigouroux",
                "told Le Courrier du Dropt",
                "",
            ),
        ],
        [
            (
                "Quotes from French-language sources in this article have been translated by the Gazette.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Escoubas-Vigouroux, a retired vet, has been mayor since 2008.", "", "", "W"),
        ],
        [
            (
                "In his view, closing the class would “finish” the village, which lost its bakery in 2019 and its post office in 2022.",
                "Bertrand Escoubas-Vigouroux",
                "in his view",
                "W",
            ),
        ],
        [
            (
                "At a council meeting on Monday evening, Escoubas-Vigouroux read out a letter from the department's director of education services, Isabelle Fourcade-Marty.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In it, Fourcade-Marty said the class, which has 11 pupils aged three to ten, was below the minimum of 15 set for single-class rural schools in the department.",
                "Isabelle Fourcade-Marty",
                "said",
                "W",
            ),
        ],
        [
            (
                "The letter said the pupils would be offered places at the school in Villebrunet, 9km away, with free transport.",
                "The letter",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the decision had been taken after consultation with the village council in January.",
                "The letter",
                "said",
                "W",
            ),
        ],
        [
            (
                "Escoubas-Vigouroux disputed that, saying the council had been “informed, not consulted”.",
                "Bertrand Escoubas-Vigouroux",
                "disputed",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the education authority said the decision was final for the coming school year but would be reviewed in 2027.",
                "A spokesperson for the education authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a statement from the prefecture, 23 single-class schools in Lot-et-Garonne have closed since 2015.",
                "a statement from the prefecture",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I called our MP, Thierry Mallaval-Brousse, on Friday, and he promised to raise it in Paris,” Escoubas-Vigouroux said.",
                "Bertrand Escoubas-Vigouroux",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said he had received no reply by Tuesday.",
                "Bertrand Escoubas-Vigouroux",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mallaval-Brousse's office said he had written to the education minister on Monday.",
                "Mallaval-Brousse's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The parents' association has hired a lawyer, Maître Sandrine Aubergeon-Laffitte, who said she would file an urgent application with the administrative court in Bordeaux this week.",
                "Sandrine Aubergeon-Laffitte",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The rules require the authority to take account of travel time for very young children.",
                "Sandrine Aubergeon-Laffitte",
                "said",
                "W",
            ),
            (
                "A three-year-old on a bus for 40 minutes each way — that was never considered,” she said.",
                "Sandrine Aubergeon-Laffitte",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Monsieur le maire has done more for this school in one week than the ministry has in ten years,” said Élodie Carrère-Bastide, whose twin daughters are in the class.",
                "Élodie Carrère-Bastide",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she would drive her daughters to Villebrunet herself rather than put them on the bus.",
                "Élodie Carrère-Bastide",
                "said",
                "",
            ),
        ],
        [
            (
                "Parents said they had taken turns bringing the mayor his meals and a clean shirt each morning.",
                "Parents",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition against the closure has 1,040 signatures, more than twice the village's population, the parents' association said.",
                "the parents' association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mayor of Villebrunet, Gisèle Andrieu-Combarel, said her school had room for all 11 pupils and had already reserved a minibus.",
                "Gisèle Andrieu-Combarel",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school's teacher, Nathalie Roumégous-Petit, has taught the class since 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "She declined to comment, citing the duty of discretion that applies to state employees.",
                "Nathalie Roumégous-Petit",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Related: Rural post offices – what changes in 2026", "", "", "B"),
        ],
        [
            ("Newsletter: get the Gazette's free weekly digest in English", "", "", "B"),
        ],
        [
            ("Tags: Lot-et-Garonne | education | rural life", "", "", "B"),
        ],
        [
            ("© The Garonne Gazette 2026 – All rights reserved", "", "", "B"),
        ],
        [
            ("Mentions légales | Contact | Advertise", "", "", "B"),
        ],
    ],
    [  # 11. Japanese English-language daily, bears cancel a festival: a four-sentence quote named only at its end, "A spokesperson for the Akita prefectural government", "said through an interpreter", a ministry then "It said", a "He" after a quote naming the mayor, a quote running on without a cue, "The post urged"
        [
            ("NORTH HONSHU TIMES", "", "", "B"),
        ],
        [
            ("National | Regional | Business | Culture | Sports | Opinion | 日本語", "", "", "B"),
        ],
        [
            (
                "Bear attacks force Akita town to cancel spring festival for first time since 1946",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Emiko Tachihara", "", "", "B"),
        ],
        [
            ("Staff Writer", "", "", "B"),
        ],
        [
            ("March 20, 2026 (Updated 18:22 JST)", "", "", "B"),
        ],
        [
            (
                "Members of the Kamiotani hunting association patrol the edge of a rice field on Wednesday.",
                "",
                "",
                "",
            ),
            ("(North Honshu Times)", "", "", "B"),
        ],
        [
            (
                "KAMIOTANI, Akita Prefecture — The town of Kamiotani has cancelled its spring cherry blossom festival for the first time since 1946 after three people were injured by Asian black bears in the town in the past two weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“I have lived here 71 years.", "Shigeru Nagatomi", "said", ""),
            (
                "We used to see a bear maybe once a year, far up in the beech forest.",
                "Shigeru Nagatomi",
                "said",
                "",
            ),
            (
                "This year they are in the persimmon trees behind the school.",
                "Shigeru Nagatomi",
                "said",
                "",
            ),
            (
                "My grandson asked me if bears can open doors,” said Shigeru Nagatomi, 71, a rice farmer whose neighbour was attacked on March 9.",
                "Shigeru Nagatomi",
                "said",
                "",
            ),
        ],
        [
            (
                "Nagatomi said he now drives his grandson the 800 metres to school.",
                "Shigeru Nagatomi",
                "said",
                "",
            ),
        ],
        [
            (
                "The neighbour, Fumiko Sasagawa, 77, was bitten on the leg while feeding her chickens and has since left hospital.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Akita prefectural government said the prefecture had recorded 214 bear sightings between January and mid-March, compared with 37 in the same period last year.",
                "A spokesperson for the Akita prefectural government",
                "said",
                "W",
            ),
        ],
        [
            (
                "The spokesperson said the prefecture had issued its first bear warning of the year on February 26, the earliest since it began issuing them in 2008.",
                "A spokesperson for the Akita prefectural government",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Kazuhiro Isozaki said through an interpreter that the town would hire four more hunters and put electric fencing around its two elementary schools by the end of April.",
                "Kazuhiro Isozaki",
                "said through an interpreter",
                "W",
            ),
        ],
        [
            ("“The festival is our pride.", "Kazuhiro Isozaki", "said", ""),
            (
                "But I cannot ask families to stand under the trees at night when bears are coming down the mountain,” he said.",
                "Kazuhiro Isozaki",
                "said",
                "",
            ),
        ],
        [
            (
                "Isozaki said the festival, which drew about 38,000 visitors last year, would be replaced by a daytime event at the town gymnasium on April 12.",
                "Kazuhiro Isozaki",
                "said",
                "W",
            ),
        ],
        [
            (
                "The town's tourism association said cancelling the festival would cost local businesses about 60 million yen.",
                "The town's tourism association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Environment Ministry said in a statement that bears were leaving hibernation earlier this year because of a mild winter and a poor beechnut crop last autumn.",
                "The Environment Ministry",
                "said in a statement",
                "W",
            ),
            (
                "It said it would send two wildlife specialists to the prefecture next week.",
                "The Environment Ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Members of the town's hunting association said they had trapped two bears since March 10.",
                "Members of the town's hunting association",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Mr. Isozaki asked us to patrol every morning, and we are doing it, but most of us are over 70,” said Tadashi Kuromatsu, who heads the association.",
                "Tadashi Kuromatsu",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the association had 19 members, down from 56 in 1990.",
                "Tadashi Kuromatsu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kuromatsu said hunters were paid 8,000 yen by the town for each patrol.",
                "Tadashi Kuromatsu",
                "said",
                "W",
            ),
        ],
        [
            ("“Young people don't want a licence.", "Tadashi Kuromatsu", "said", ""),
            (
                "It costs money and time, and people call you cruel on social media.”",
                "Tadashi Kuromatsu",
                "said",
                "",
            ),
        ],
        [
            (
                "The most recent victim, a 64-year-old woman, was attacked while picking butterbur shoots near her home on Sunday, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "She suffered cuts to her face and arm and is in stable condition, according to the hospital.",
                "the hospital",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The festival's founder, the late Genzaburo Ichinose, planted the first 300 cherry trees along the Uzura River in 1946.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A town official posted a map of recent sightings on Kamiotani's official X account on Thursday.",
                "",
                "",
                "W",
            ),
            (
                "The post urged residents to carry bells and to avoid walking alone at dawn and dusk.",
                "The post",
                "urged",
                "",
            ),
        ],
        [
            ("Related: Akita Prefecture raises bear alert to highest level", "", "", "B"),
        ],
        [
            ("Copyright © North Honshu Times Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 12. Nigerian national daily, a market fire: religious and traditional titles (HRH, Alhaji, Emir, Waziri, Most Rev., Sheikh), an Emir's message read on his behalf, an agency then "It said", "A spokesperson for the state fire service", brothers sharing a surname, a Facebook post, a "He" after a quote naming a former chairman
        [
            ("NORTHERN POLESTAR", "", "", "B"),
        ],
        [
            ("Home   News   Politics   Business   Metro   Sports   Opinion   Video", "", "", "B"),
        ],
        [
            (
                "Fire guts 312 shops at Zangon-Baraji market, traders put losses at N2.1bn",
                "Traders",
                "put",
                "W",
            ),
        ],
        [
            ("From Hauwa Dantiye-Ologbo, Kaduna", "", "", "B"),
        ],
        [
            ("March 21, 2026", "", "", "B"),
        ],
        [
            (
                "The Emir of Baraji, HRH Alhaji (Dr) Musa Dangana Kabiru, consoling traders at the market on Friday.",
                "",
                "",
                "",
            ),
            ("PHOTO: NORTHERN POLESTAR", "", "", "B"),
        ],
        [
            (
                "At least 312 shops were destroyed when fire swept through the Zangon-Baraji central market in Kaduna State in the early hours of Thursday, the state emergency management agency has said.",
                "the state emergency management agency",
                "has said",
                "W",
            ),
        ],
        [
            (
                "In a statement on Friday, the agency said no life was lost, but 17 people were treated for burns and smoke inhalation.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the fire started at about 2.40 a.m. in a section of the market where fuel was sold in jerrycans.",
                "the state emergency management agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency's statement said the cause of the fire was still under investigation.",
                "The agency's statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the state fire service said its trucks reached the market 50 minutes after the first call because access roads were blocked by parked vehicles and stalls.",
                "A spokesperson for the state fire service",
                "said",
                "W",
            ),
        ],
        [
            ("Traders said they had lost goods worth about N2.1bn.", "Traders", "said", "W"),
        ],
        [
            (
                "One trader, who asked not to be named because he still sells fuel elsewhere in the market, said the fuel section was “the only place we could afford”.",
                "One trader",
                "said",
                "",
            ),
        ],
        [
            (
                "Ikemefuna Nwaezeapu, who has sold textiles in the market for 22 years, said he lost stock worth N38m.",
                "Ikemefuna Nwaezeapu",
                "said",
                "",
            ),
        ],
        [
            (
                "His younger brother, Obinna Nwaezeapu, whose shop was next door, said the two of them had taken a loan of N15m in January to restock ahead of Ramadan and Easter.",
                "Obinna Nwaezeapu",
                "said",
                "",
            ),
        ],
        [
            ("“Everything is ashes.", "Obinna Nwaezeapu", "said", ""),
            (
                "My brother and I are starting from zero,” the younger Nwaezeapu said.",
                "Obinna Nwaezeapu",
                "said",
                "",
            ),
        ],
        [
            (
                "The elder Nwaezeapu said he had asked the market committee in 2024 to ban fuel sales near the textile section.",
                "Ikemefuna Nwaezeapu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Emir of Baraji, Alhaji Musa Dangana Kabiru, who visited the market on Friday, urged the traders to remain calm and not to blame any group for the fire.",
                "Musa Dangana Kabiru",
                "urged",
                "",
            ),
        ],
        [
            (
                "In a message read on his behalf by the Waziri of Baraji, Alhaji Shehu Gwadabe-Adamu, the Emir said the emirate council would donate N50m to the affected traders.",
                "Musa Dangana Kabiru",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Waziri later told Northern Polestar that the emirate council had set up a seven-member committee to share the donation.",
                "Shehu Gwadabe-Adamu",
                "told Northern Polestar",
                "W",
            ),
        ],
        [
            (
                "The Catholic Bishop of Baraji Diocese, Most Rev. Stephen Auta-Gwamna, said the church would open its hall on Hospital Road to store goods the traders managed to save.",
                "Stephen Auta-Gwamna",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Fire does not ask whether you are Muslim or Christian.",
                "Stephen Auta-Gwamna",
                "said",
                "",
            ),
            (
                "We will stand with our brothers,” the Bishop said.",
                "Stephen Auta-Gwamna",
                "said",
                "",
            ),
        ],
        [
            (
                "The Chief Imam of the Zangon-Baraji Central Mosque, Sheikh Abdulkadir Yandoto-Maigari, led prayers at the site on Friday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He said the mosque would hold a fundraising for the traders after Juma'at prayers next Friday.",
                "Abdulkadir Yandoto-Maigari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Governor Aminu Balarabe Kwantagora said in a post on his verified Facebook page that the state would rebuild the market “with hydrants, wider lanes and no fuel stalls”.",
                "Aminu Balarabe Kwantagora",
                "said in a post on his verified Facebook page",
                "",
            ),
        ],
        [
            (
                "The governor's spokesman, Malam Ibrahim Dankande-Sulaiman, told Northern Polestar that a committee to assess the losses would be inaugurated on Monday.",
                "Ibrahim Dankande-Sulaiman",
                "told Northern Polestar",
                "W",
            ),
        ],
        [
            (
                "“I told the former chairman, Alhaji Lawan Bichi-Ladan, two years ago that the fuel sellers must leave this market,” said the market's chairman, Alhaji Idris Tuggar-Danmusa.",
                "Idris Tuggar-Danmusa",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the fuel sellers had been moved once, in 2023, but returned within weeks.",
                "Idris Tuggar-Danmusa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents of nearby streets said they used buckets of water and sand to stop the fire from spreading to houses behind the market.",
                "Residents of nearby streets",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two fuel sellers have been arrested for questioning, according to a statement from the state police command.",
                "a statement from the state police command",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mrs Ladi Tankari-Ebele, whose shop survived, stood by its door all morning with a fire extinguisher.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The market was last rebuilt in 2009, after a fire that destroyed 140 shops.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("READ ALSO: Kaduna govt bans fuel hawking in markets", "", "", "B"),
        ],
        [
            ("© 2026 Northern Polestar Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n51-pm-pdt-byline-share-caption",
        "By Renata Oyeleye-Holvey\nPublished March 18, 2026 at 6:12 p.m. PDT | Updated March 19, 2026 at 8:40 a.m. PDT\nShare   Email   Print\n“We ran out of bottled water on day two,” said Dolores Achterholt-Quispe, who manages the Hollyknoll Market on Lacombe Street, pictured Tuesday. Photo: Marcus Ebright / The Tillamont Courier",
        [
            "By Renata Oyeleye-Holvey",
            "Published March 18, 2026 at 6:12 p.m. PDT | Updated March 19, 2026 at 8:40 a.m. PDT",
            "Share   Email   Print",
            "“We ran out of bottled water on day two,” said Dolores Achterholt-Quispe, who manages the Hollyknoll Market on Lacombe Street, pictured Tuesday.",
            "Photo: Marcus Ebright / The Tillamont Courier",
        ],
    ),
    (
        "n51-ore-dateline-wrote-on-x",
        "TILLAMONT, Ore. — Residents of Tillamont can drink their tap water again, four days after a 36-inch main burst under Galloway Avenue and forced a boil-water notice across most of the city.\n“The water is safe to drink. Thank you, Tillamont, for your patience these last four days,” Mayor Colette Vantassel-Roybal wrote on X at 4:51 p.m. Tuesday.",
        [
            "TILLAMONT, Ore. — Residents of Tillamont can drink their tap water again, four days after a 36-inch main burst under Galloway Avenue and forced a boil-water notice across most of the city.",
            "“The water is safe to drink.",
            "Thank you, Tillamont, for your patience these last four days,” Mayor Colette Vantassel-Roybal wrote on X at 4:51 p.m. Tuesday.",
        ],
    ),
    (
        "n51-spokesperson-quote-three",
        "A spokesperson for the water bureau said the mayor had been briefed on the final test results before she posted.\n“Every one of the 64 samples came back clean by 3:30,” the spokesperson said. “The mayor didn't jump the gun. Our alert system simply takes longer to reach 41,000 accounts.”",
        [
            "A spokesperson for the water bureau said the mayor had been briefed on the final test results before she posted.",
            "“Every one of the 64 samples came back clean by 3:30,” the spokesperson said.",
            "“The mayor didn't jump the gun.",
            "Our alert system simply takes longer to reach 41,000 accounts.”",
        ],
    ),
    (
        "n51-am-friday-it-said-it-expects",
        "The main, installed in 1961, split at about 2:15 a.m. Friday near the corner of Galloway Avenue and Petterell Street, flooding three blocks and cutting pressure to the bureau's Quarrycote reservoir.\nThe bureau said in a statement Saturday that the pipe had failed along a seam weakened by corrosion.\nIt said crews replaced a 40-foot section of pipe over 31 hours and that the repair had cost about $1.2 million so far.\nIt expects that figure to rise once the road above is rebuilt.",
        [
            "The main, installed in 1961, split at about 2:15 a.m. Friday near the corner of Galloway Avenue and Petterell Street, flooding three blocks and cutting pressure to the bureau's Quarrycote reservoir.",
            "The bureau said in a statement Saturday that the pipe had failed along a seam weakened by corrosion.",
            "It said crews replaced a 40-foot section of pipe over 31 hours and that the repair had cost about $1.2 million so far.",
            "It expects that figure to rise once the road above is rebuilt.",
        ],
    ),
    (
        "n51-topics-footer-split",
        "Topics: Water | Tillamont City Council | Public health\n© 2026 The Tillamont Courier. All rights reserved.\nTerms of Use | Privacy Policy | Contact Us",
        [
            "Topics: Water | Tillamont City Council | Public health",
            "© 2026 The Tillamont Courier.",
            "All rights reserved.",
            "Terms of Use | Privacy Policy | Contact Us",
        ],
    ),
    (
        "n51-long-quote-named-after",
        "“My grandfather had this pitch in 1958. My father had it after him, and I've had it for 34 years. Eighteen months is a long time to be out, and some of us won't come back.\n“I'm not saying don't do the work. I'm saying tell us where we're going before you tell us to go.”\nKen Harbrindle, 61, said it to the cabinet shortly before the vote, as about 40 traders and shoppers looked on from the public gallery.",
        [
            "“My grandfather had this pitch in 1958.",
            "My father had it after him, and I've had it for 34 years.",
            "Eighteen months is a long time to be out, and some of us won't come back.",
            "“I'm not saying don't do the work.",
            "I'm saying tell us where we're going before you tell us to go.”",
            "Ken Harbrindle, 61, said it to the cabinet shortly before the vote, as about 40 traders and shoppers looked on from the public gallery.",
        ],
    ),
    (
        "n51-quote-broken-by-said-cllr",
        "“The roof,” said Cllr Rosalind Pendeford-Okpalaugo, the cabinet member for economy, “has been held up by scaffolding inside the hall since 2022, and our surveyors have told us plainly that it will not survive another winter.”\n“We looked at doing the work in phases with traders still inside. The contractors would not insure it, and the cost went up by almost a million. Nobody on this cabinet wanted to close the hall.”",
        [
            "“The roof,” said Cllr Rosalind Pendeford-Okpalaugo, the cabinet member for economy, “has been held up by scaffolding inside the hall since 2022, and our surveyors have told us plainly that it will not survive another winter.”",
            "“We looked at doing the work in phases with traders still inside.",
            "The contractors would not insure it, and the cost went up by almost a million.",
            "Nobody on this cabinet wanted to close the hall.”",
        ],
    ),
    (
        "n51-he-after-quote-naming-leader",
        "“I asked the council leader, Stephen Marlwood-Sesay, in November whether traders would be consulted before any decision, and I was told yes,” Cllr Uttershaw said.\nHe said no meeting with traders as a group had taken place since.",
        [
            "“I asked the council leader, Stephen Marlwood-Sesay, in November whether traders would be consulted before any decision, and I was told yes,” Cllr Uttershaw said.",
            "He said no meeting with traders as a group had taken place since.",
        ],
    ),
    (
        "n51-mar-am-caption-bc-dateline",
        "Mar. 16, 2026 7:00 a.m.\nShare on Facebook   Share on X   Email   Print\nFire Chief Anneliese Drobotová-Kinneally beside the department's 1998 pumper truck at the Larchbeck Lake fire hall. Tobias Quinnelly-Marchesi / Sentinel\nLARCHBECK LAKE, B.C. — The Village of Larchbeck Lake will rely on the neighbouring Pemmican Creek fire department to answer weekday daytime calls after its own volunteer roster fell to nine members, council decided Tuesday.",
        [
            "Mar. 16, 2026 7:00 a.m.",
            "Share on Facebook   Share on X   Email   Print",
            "Fire Chief Anneliese Drobotová-Kinneally beside the department's 1998 pumper truck at the Larchbeck Lake fire hall.",
            "Tobias Quinnelly-Marchesi / Sentinel",
            "LARCHBECK LAKE, B.C. — The Village of Larchbeck Lake will rely on the neighbouring Pemmican Creek fire department to answer weekday daytime calls after its own volunteer roster fell to nine members, council decided Tuesday.",
        ],
    ),
    (
        "n51-for-name-the-answer-is",
        "Coun. Brock Tilney-Kurian cast the lone vote against.\nFor Tilney-Kurian, the answer is simple: pay the volunteers.\nHe wants the village to offer $25 for every call a volunteer attends, a stipend he says would cost about $14,000 a year.",
        [
            "Coun. Brock Tilney-Kurian cast the lone vote against.",
            "For Tilney-Kurian, the answer is simple: pay the volunteers.",
            "He wants the village to offer $25 for every call a volunteer attends, a stipend he says would cost about $14,000 a year.",
        ],
    ),
    (
        "n51-qa-pm-before-capital",
        "Q: Council's own report says daytime turnout is the problem. Is that fair?\nA: It's fair. On a weekday at 2 p.m. I'm lucky to get two people to the hall. We need four to roll the engine safely.",
        [
            "Q: Council's own report says daytime turnout is the problem.",
            "Is that fair?",
            "A: It's fair.",
            "On a weekday at 2 p.m. I'm lucky to get two people to the hall.",
            "We need four to roll the engine safely.",
        ],
    ),
    (
        "n51-qa-bare-no-and-source",
        "Q: Does the agreement mean the Larchbeck Lake hall will close?\nA: No. We're not closing the hall, and nobody's being laid off, because nobody here is paid. Evenings and weekends, we still take our own calls.\nQ: The mayor blames the training hours. Do you agree?",
        [
            "Q: Does the agreement mean the Larchbeck Lake hall will close?",
            "A: No.",
            "We're not closing the hall, and nobody's being laid off, because nobody here is paid.",
            "Evenings and weekends, we still take our own calls.",
            "Q: The mayor blames the training hours.",
            "Do you agree?",
        ],
    ),
    (
        "n51-caption-picture-by",
        "The Yallambee Creek boat ramp, closed since Monday. Picture by Kirralee Dungate-Mabey\nThe Yallambee Creek boat ramp at Pindarra Heads will stay closed over the Easter long weekend after a large saltwater crocodile was seen there five times in two weeks.",
        [
            "The Yallambee Creek boat ramp, closed since Monday.",
            "Picture by Kirralee Dungate-Mabey",
            "The Yallambee Creek boat ramp at Pindarra Heads will stay closed over the Easter long weekend after a large saltwater crocodile was seen there five times in two weeks.",
        ],
    ),
    (
        "n51-message-was-blunt",
        "Mayor Trent Albanez-Coker's message was blunt: “Stay out of the water, and stay off the rocks at the ramp.”\n“This is crocodile country, and it always has been,” Cr Albanez-Coker said. “We've had a few quiet years and people have got comfortable.”",
        [
            "Mayor Trent Albanez-Coker's message was blunt: “Stay out of the water, and stay off the rocks at the ramp.”",
            "“This is crocodile country, and it always has been,” Cr Albanez-Coker said.",
            "“We've had a few quiet years and people have got comfortable.”",
        ],
    ),
    (
        "n51-club-then-it-said",
        "The Pindarra Heads Sport Fishing Club has cancelled its Easter Saturday competition, which usually draws about 90 boats. It said entry fees would be refunded in full.\nClub president Noreen Battaglia-Tuhi said members were “disappointed but not surprised”.",
        [
            "The Pindarra Heads Sport Fishing Club has cancelled its Easter Saturday competition, which usually draws about 90 boats.",
            "It said entry fees would be refunded in full.",
            "Club president Noreen Battaglia-Tuhi said members were “disappointed but not surprised”.",
        ],
    ),
    (
        "n51-dr-district-magistrate",
        "District Magistrate Dr. Vaidehi Rangnekar-Sodhani said barricades at the ghat's eastern entry were pushed over when a large group arrived at once after the morning aarti.\n“We had 320 police personnel and 150 volunteers on duty at that ghat. Nobody was negligent, but we have learnt something,” she said.",
        [
            "District Magistrate Dr. Vaidehi Rangnekar-Sodhani said barricades at the ghat's eastern entry were pushed over when a large group arrived at once after the morning aarti.",
            "“We had 320 police personnel and 150 volunteers on duty at that ghat.",
            "Nobody was negligent, but we have learnt something,” she said.",
        ],
    ),
    (
        "n51-am-police-hindi-question",
        "According to the police, the crush began at about 7.40 a.m., minutes after the aarti ended.\nMahant Gyananand Puri, head of the Sitaldhara Akhara, which organises the fair, blamed the administration for allowing vendors to occupy the approach lanes.\nSpeaking in Hindi, he said, “The lanes were half full of shops. Where were the devotees supposed to walk?”",
        [
            "According to the police, the crush began at about 7.40 a.m., minutes after the aarti ended.",
            "Mahant Gyananand Puri, head of the Sitaldhara Akhara, which organises the fair, blamed the administration for allowing vendors to occupy the approach lanes.",
            "Speaking in Hindi, he said, “The lanes were half full of shops.",
            "Where were the devotees supposed to walk?”",
        ],
    ),
    (
        "n51-fr-st-aloysius",
        "Fr. Cyprian Tirkey-Menezes, principal of St. Aloysius' School, said 60 of the school's senior students had joined the volunteers at the ghats since Monday.\n“The Maulana sahib and I have stood at this ghat together for 20 years,” Fr. Tirkey-Menezes said.",
        [
            "Fr. Cyprian Tirkey-Menezes, principal of St. Aloysius' School, said 60 of the school's senior students had joined the volunteers at the ghats since Monday.",
            "“The Maulana sahib and I have stood at this ghat together for 20 years,” Fr. Tirkey-Menezes said.",
        ],
    ),
    (
        "n51-pvt-ltd-footer",
        "Tags: Ghatwari Mela | Ramghati | crowd management\nCopyright © 2026 Doab Sentinel Media Pvt. Ltd. All rights reserved.",
        [
            "Tags: Ghatwari Mela | Ramghati | crowd management",
            "Copyright © 2026 Doab Sentinel Media Pvt. Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n51-letter-read-then-in-it",
        "On Sunday he read a pastoral letter from the Bishop of Kilcurrane, the Most Rev. Fintan Rossdale-Gaule, at every Mass in the parish.\nIn it, Bishop Rossdale-Gaule said the 11 parishes of the diocese's western deanery would be grouped into four “families of parishes” from September 1, and that the churches at Derrylea, Cloonagh and Tubbermore would close after a final Mass in August.\n“This is not the decision I hoped to make as bishop,” the letter said. “It is the decision that was left to make.”",
        [
            "On Sunday he read a pastoral letter from the Bishop of Kilcurrane, the Most Rev. Fintan Rossdale-Gaule, at every Mass in the parish.",
            "In it, Bishop Rossdale-Gaule said the 11 parishes of the diocese's western deanery would be grouped into four “families of parishes” from September 1, and that the churches at Derrylea, Cloonagh and Tubbermore would close after a final Mass in August.",
            "“This is not the decision I hoped to make as bishop,” the letter said.",
            "“It is the decision that was left to make.”",
        ],
    ),
    (
        "n51-shared-surname-no-relation",
        "The chair of the Derrylea parish pastoral council, Nuala Kilcawley — no relation to the priest — said the council had been consulted “in the sense that we were told”.\n“We found out the date from the letter like everyone else,” Ms Kilcawley said.",
        [
            "The chair of the Derrylea parish pastoral council, Nuala Kilcawley — no relation to the priest — said the council had been consulted “in the sense that we were told”.",
            "“We found out the date from the letter like everyone else,” Ms Kilcawley said.",
        ],
    ),
    (
        "n51-broken-quote-runs-on",
        "“We can fix the road,” said Whenua District Council infrastructure manager Lachlan Pettiward-Moke, “but not until the hill stops moving, and it moved another 40 centimetres this week.”\n“We've got monitoring pegs on the face and a geotechnical engineer up there every day. When they tell me it's stopped, we'll start.”\nThe council said it had spent $610,000 on the emergency response so far. It said a temporary track for four-wheel-drive vehicles would open on Monday between 7am and 9am and 4pm and 6pm each day.",
        [
            "“We can fix the road,” said Whenua District Council infrastructure manager Lachlan Pettiward-Moke, “but not until the hill stops moving, and it moved another 40 centimetres this week.”",
            "“We've got monitoring pegs on the face and a geotechnical engineer up there every day.",
            "When they tell me it's stopped, we'll start.”",
            "The council said it had spent $610,000 on the emergency response so far.",
            "It said a temporary track for four-wheel-drive vehicles would open on Monday between 7am and 9am and 4pm and 6pm each day.",
        ],
    ),
    (
        "n51-through-her-grandson",
        "Through her grandson, Nikora Rangitūnoa-Poutu, who translated for reporters, she said the road had been cut by slips twice before in her lifetime, in 1951 and 1988, and each time the people had walked out over the hill.\n“Nan says the hill is telling us something,” Nikora Rangitūnoa-Poutu said afterwards.\nHe said the family had asked the council to test the ground above the marae.",
        [
            "Through her grandson, Nikora Rangitūnoa-Poutu, who translated for reporters, she said the road had been cut by slips twice before in her lifetime, in 1951 and 1988, and each time the people had walked out over the hill.",
            "“Nan says the hill is telling us something,” Nikora Rangitūnoa-Poutu said afterwards.",
            "He said the family had asked the council to test the ground above the marae.",
        ],
    ),
    (
        "n51-pty-ltd-mid-it-denied",
        "The company, Manzini-Velaphi Logistics (Pty) Ltd, said in a statement on Wednesday that it would challenge the cancellation in court.\nIt denied any double billing and said every delivery had been signed for by a ward councillor or a ward committee member.\n“We have delivered water through floods and strikes. We will see the municipality in court,” the statement said.",
        [
            "The company, Manzini-Velaphi Logistics (Pty) Ltd, said in a statement on Wednesday that it would challenge the cancellation in court.",
            "It denied any double billing and said every delivery had been signed for by a ward councillor or a ward committee member.",
            "“We have delivered water through floods and strikes.",
            "We will see the municipality in court,” the statement said.",
        ],
    ),
    (
        "n51-inkosi-quote-runs-on",
        "“The trucks were being paid for. They were not coming,” he said.\n“In one village an old man died waiting for water to wash his wife's body. I will not forget that.”",
        [
            "“The trucks were being paid for.",
            "They were not coming,” he said.",
            "“In one village an old man died waiting for water to wash his wife's body.",
            "I will not forget that.”",
        ],
    ),
    (
        "n51-ea-ltd-dr-declined",
        "The supplier, Hallvardsen-Meditec EA Ltd, said the part had been held at the port of Mombasa since March 2 awaiting customs clearance. It said the scanner would be back in service by March 27.\n“We regret the inconvenience to patients,” the company said.\nThe hospital's medical superintendent, Dr. Enock Ngeny-Maritim, declined to comment and referred questions to the county health department.",
        [
            "The supplier, Hallvardsen-Meditec EA Ltd, said the part had been held at the port of Mombasa since March 2 awaiting customs clearance.",
            "It said the scanner would be back in service by March 27.",
            "“We regret the inconvenience to patients,” the company said.",
            "The hospital's medical superintendent, Dr. Enock Ngeny-Maritim, declined to comment and referred questions to the county health department.",
        ],
    ),
    (
        "n51-letter-it-said-disputed",
        "In it, Fourcade-Marty said the class, which has 11 pupils aged three to ten, was below the minimum of 15 set for single-class rural schools in the department.\nThe letter said the pupils would be offered places at the school in Villebrunet, 9km away, with free transport.\nIt said the decision had been taken after consultation with the village council in January.\nEscoubas-Vigouroux disputed that, saying the council had been “informed, not consulted”.",
        [
            "In it, Fourcade-Marty said the class, which has 11 pupils aged three to ten, was below the minimum of 15 set for single-class rural schools in the department.",
            "The letter said the pupils would be offered places at the school in Villebrunet, 9km away, with free transport.",
            "It said the decision had been taken after consultation with the village council in January.",
            "Escoubas-Vigouroux disputed that, saying the council had been “informed, not consulted”.",
        ],
    ),
    (
        "n51-four-sentence-quote-named-at-end",
        "“I have lived here 71 years. We used to see a bear maybe once a year, far up in the beech forest. This year they are in the persimmon trees behind the school. My grandson asked me if bears can open doors,” said Shigeru Nagatomi, 71, a rice farmer whose neighbour was attacked on March 9.\nNagatomi said he now drives his grandson the 800 metres to school.",
        [
            "“I have lived here 71 years.",
            "We used to see a bear maybe once a year, far up in the beech forest.",
            "This year they are in the persimmon trees behind the school.",
            "My grandson asked me if bears can open doors,” said Shigeru Nagatomi, 71, a rice farmer whose neighbour was attacked on March 9.",
            "Nagatomi said he now drives his grandson the 800 metres to school.",
        ],
    ),
    (
        "n51-post-urged-co-ltd-footer",
        "A town official posted a map of recent sightings on Kamiotani's official X account on Thursday. The post urged residents to carry bells and to avoid walking alone at dawn and dusk.\nRelated: Akita Prefecture raises bear alert to highest level\nCopyright © North Honshu Times Co., Ltd. All rights reserved.",
        [
            "A town official posted a map of recent sightings on Kamiotani's official X account on Thursday.",
            "The post urged residents to carry bells and to avoid walking alone at dawn and dusk.",
            "Related: Akita Prefecture raises bear alert to highest level",
            "Copyright © North Honshu Times Co., Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n51-agency-am-mid-sentence",
        "In a statement on Friday, the agency said no life was lost, but 17 people were treated for burns and smoke inhalation.\nIt said the fire started at about 2.40 a.m. in a section of the market where fuel was sold in jerrycans.\nThe agency's statement said the cause of the fire was still under investigation.",
        [
            "In a statement on Friday, the agency said no life was lost, but 17 people were treated for burns and smoke inhalation.",
            "It said the fire started at about 2.40 a.m. in a section of the market where fuel was sold in jerrycans.",
            "The agency's statement said the cause of the fire was still under investigation.",
        ],
    ),
]
