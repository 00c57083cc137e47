"""Hundred-and-fifty-eighth set of new hand-labelled pages for the hint engines (tuning set, round fifty-seven):
twelve WHOLE pages of everyday news from twelve countries, head to tail as a reader's paste gives them,
dense with SPEAKERS that are hard to find and to name. None of the countries of `labelled_new155.py`
or `labelled_new156.py` comes back (no Canada, United Kingdom, India, Ireland, Ghana, Philippines,
Australia, Nepal, Kenya, Fiji, Guyana, Pakistan, Zimbabwe or United States). The pages: a New Zealand
regional news site, pasted from a phone (Ōpōtiki's only general practice cuts to three days a week;
two women at the practice, a kaumātua quoted before he is named and over two paragraphs, a health
agency statement, Facebook posts and a patients' Q&A factbox); a South African news site (court
testimony in a culpable-homicide trial after a scholar transport minibus leaves the N8 near
Botshabelo: an expert and the accused share the surname van der Merwe); a Nigerian national daily's
website (a fire razes 214 shops at an Onitsha market: a union chairman's statement read by his
secretary, two unrelated Okafors, a traditional ruler with titles before and after his name); a
Ugandan regional news site (87 girls escape a dormitory fire at a Catholic girls' school in Masaka: a
nun, a matron, an imam and a monsignor, a board statement read at the gate); a Jamaican news site
(fishermen fenced off from their landing beach near Treasure Beach: a father and son named Campbell,
a Facebook Live video, the environment agency and a developer's attorney); a Sri Lankan English
daily's website (a farmer killed by a wild elephant in Polonnaruwa: two unrelated Bandaras with
initials, a monk, an army brigadier and a wildlife officer with a particle in her name); a
Bangladeshi English daily's website (garment workers block the Dhaka-Tangail highway over unpaid
wages: three women, a notice read over a loudspeaker, an unnamed manager, the manufacturers'
association); a Malaysian news portal (74 pupils ill after a school canteen breakfast in Kuantan:
Malay honorifics, "binti" and "a/p", a Chinese name surname first); a Maltese news site (the
Planning Authority board refuses a fireworks factory extension at Qrendi: a priest and a club
president both named Borg, an architect titled "Perit"); a Zambian provincial news site on WordPress
(the Food Reserve Agency's K350 maize price: a senior chief whose statement is read by his induna, a
chieftainess and a farmers' union chairperson); a Papua New Guinean news site (landowners block the
Highlands Highway near Lae over gravel money: a clan leader and a police commander, a works
department letter, a defence force major, a quote in Tok Pisin); and a Trinidad and Tobago community
news site (a burst main leaves Arima and Sangre Grande without water for five days, with a short Q&A
with the water authority's director of operations).

What is hard is who speaks. Pronoun chains with two people of the same gender in one story: a doctor
and her practice manager ("who signed the letter with her, said", then "“They are not angry at
her,” she said." and "“She has been doing the work of two doctors ...”", all the manager's); an
expert witness led by a woman prosecutor ("Led through her evidence by the prosecutor, Adv. ..., she
said" is the witness; "Sebothoma-Khumalo asked her whether" is the prosecutor; "She said" the
witness again); a teacher and the magistrate ("asked her for the dates" / "She could not give them,
but said"); a nun and her matron ("She said the headteacher arrived ..." is the matron); a father and
an imam ("he said, adding that ..." the imam, "Kasozi said that was true" the father); a father and a
son with one surname ("His son, Andre Campbell, ..., said", "He said", "The elder Campbell said", "he
said", "The younger Campbell said"); two unrelated Bandaras ("He said" after the village officer,
"Sunil Bandara said" and "he said" back to the brother); a union leader speaking of a worker
("“She is not the only one borrowing,” she said, pointing at Khatun." carries the leader); a health
director and a headmistress who names her ("“Dr Hasniza's officers were here ...,” she said." is
the headmistress); an architect and an objector ("She said her own measurement ..." the objector,
"Grech Sant said" and "She said nobody had" the architect, after the chairperson "asked the architect
whether"); a chieftainess and a union chairperson ("She said the chieftainess was right ..." is the
chairperson); a clan leader and a police commander ("Maiyang-Siki said the commander had treated the
clan fairly." / "“He listened,” he said." is the clan leader); two neighbours ("“Jennifer carries
the buckets,” she said." is the second woman, naming the first). Speakers named only after the
quote or in a later paragraph (the lead's "its owner said in a letter to patients" and "A crash
reconstruction expert told the Bloemfontein Regional Court" carry the people named in the next
paragraph; "“My mokopuna were born in that building,” said Hemi Tautahi-Waaka, 78, ..." and "...,”
said Desmond “Scaley” Campbell, 61, ..."), and a quote carried over a paragraph break with no cue.
Roles and titles before and after names, dropped from the label: "Dr", "Adv.", "Magistrate",
"Engr.", "Comrade", "Chief (Mrs)", "HRH Igwe" and the regnal title "Eze-Udo III" after the name,
"SP", "Hon.", "Sr. Dr.", "Msgr.", "Sheikh", "ASP", "Cpl.", "Pastor", "Ven." and "Thera", "Army Media
Spokesman Brigadier", "Datuk Dr", "Puan", "ACP", "Datuk Seri", "Fr", "Perit", "Senior Chief",
"Chieftainess", "Agriculture Minister", "Morobe Provincial Police Commander Chief Superintendent",
"Major", "Arima Mayor", "Eng.". Particles and compound names kept whole ("Sonja van der Merwe" and
"Van der Merwe" at the head of a sentence, "Riaan du Toit-Venter" and "Du Toit-Venter told the
court", "Chandima de Alwis-Jayasuriya" and "De Alwis-Jayasuriya said", "Cherisse La Fortune-Baptiste",
"Marlon de Souza-Rampersad", unhyphenated Maltese double surnames "Anthea Grech Sant", "Marthese
Zammit Tabone", "Noel Farrugia Mifsud", "Hasniza binti Che Hashim", "Wan Mohd Ariffin Wan Ismail",
"Maheswari a/p Subramaniam", "Tay Boon Heng" with "Tay said", "W.M. Sunil Bandara" and "R.P. Ananda
Bandara" with their initials, "Mst. Rehana Khatun", "Md. Shahidul Kabir Pathan", "Jennifer St.
Bernard"). Shared surnames (the van der Merwes, the Okafors, the Campbells, the Bandaras, the Borgs
with a third Borg in a photo credit). Spokespeople and unnamed officials ("A spokesperson for the
local MP", "A general manager at the factory" with "who asked not to be named because ..." dropped,
"A BGMEA spokesperson", "A senior official at the agency's provincial office" and "The official
said", "The department's Momase regional manager"). Organisations that speak ("the Anambra State
Fire Service said", "The Free State Department of Education said in a statement", "the Pahang
Health Department said", "The labour ministry said", "The Ministry of Public Utilities said", "The
office of the Morobe Governor said in a statement"), with generic nouns kept as written ("The
board", "the agency", "the authority", "The authority", "the association", "police") and short forms
and "It said" resolving to the name as first given ("NEPA said", "It said", "Calabash Reef
Developments did not answer calls" -> "Calabash Reef Developments Ltd.", "Markham Civil Works
declined to comment" -> "Markham Civil Works Ltd."). Statements read out (a chairman's by his union
secretary, a board's by a headteacher, a senior chief's by his induna, a factory notice over a
loudspeaker): the reading is narration, "In the statement, X said" carries the author, the reader
answering afterwards carries himself. Posts (Facebook, Facebook Live, X), court testimony
("testified", "conceded", "put it to", "told the court"), "according to" reports and data ("a
preliminary police report seen by The Buddu Times", "department figures", "the Crop Forecast Survey
released by the Ministry of Agriculture and the Zambia Statistics Agency in May", "police figures
given in parliament in 2024", "WASA's published supply schedule", "According to him"), refusals and
silences of every wording, and a Q&A whose answers carry the cue "A:".

Check-worthiness is labelled as carefully: of record ("W") are counts, times, sums, dates, rules,
decisions with a date (a reopening, a payment date in a signed notice, a meeting a ministry or a
priest has called), findings and orders of a court, causal claims by officials ("He blamed the
delay on traffic ...", "The report puts the likely cause at ...", "because its solar batteries were
stolen in January"), a body's statement of its position in a letter ("The letter says any money
owed ... is “a matter between the clan and the contractor.”"), and a witness's measured evidence;
not worth checking ("") are feelings and opinions in quotes, plans and promises with no date ("would
contribute UGX 50 million", "would cover the admitted pupils' hospital charges", "would appeal"),
forecasts ("should return to most areas by Saturday", "expected a maize surplus", "would rot"), the
personal stories of traders, parents and farmers told in indirect speech ("lost 1,200 bags of
cement", "had borrowed Tk 9,000", "vomited five times", "would sell only 20"), refusals and
silences, questions, scene-setting and introductions ("Among those stuck was Rosa Samuel, 44, ...").

The pages hold 521 sentences: 185 "B", 166 "W" and 170 ""; 272 sentences carry a speaker (137
distinct speakers, page by page; 137 distinct labels, none recurring across pages). `STYLES`
describes each page, its story, its speakers and its furniture in order; `CASES` holds 30 split
cases written fresh in the pages' manner (titles mid-sentence: "Adv.", "Engr.", "SP", "Chief (Mrs)",
"Sr. Dr.", "Msgr.", "ASP", "Cpl.", "Ven." with "Thera", "Md.", "Mst.", "Datuk Dr", "Perit", "Fr",
"Major"; particles at the head of a sentence; initials "H.M.K." and "D.M."; "Ltd." ending a sentence
before a capital and "Ltd. a permit" and "Ltd.," inside one; "Sdn Bhd." at the end; "a/p" inside a
name; "St." inside a surname; "a.m."/"p.m." before a capital and at the end; "Rs." before a number
mid-sentence and "Rs. 150." ending one; "No. 4"; decimals and currencies "Tk 11.5 crore", "K3.4
million"; a semicolon list kept whole; a parenthesis holding a full sentence; a nested quote ending
".’" before a capital; a quoted question with its attribution against "?" before a new sentence in
the same quote; an ellipsis before a lower-case word; a sign quoted inside a sentence; Q:/A:
prefixes).

Written from scratch for issue 13 in round fifty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run, and no other writer's file was
read. What was read: the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`;
`def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through
`ast` only, the module docstrings and the shape of `STYLES`, `ARTICLES` and `CASES` of
`labelled_new155.py` and `labelled_new156.py`, the first five `STYLES` and one page (the interview)
of the first, and the first `STYLES`, part of the second page and the first three `CASES` of the
second. Coined names were checked for freshness with file counts of `grep -rlF` over
`labelled_new*.py` and `labelled_articles.py` in `tests/text` (counts only, no text shown): a New
Zealand double-barrelled surname, two Igbo surnames, a nickname, a Bangladeshi union leader's name and a
police officer's, two Malay given names, a Tamil given name, a Trinidadian surname with "St.", and
three given names (Zulu, Sotho, Ugandan) that hit were replaced before the file was written, and
about fifteen further candidates that hit (among them names meant for the split cases) were never
used; only common given names and single parts of compound names hit after that.

Every person, outlet, publisher, firm, clinic, school, marae, market, union, club, association,
co-operative, contractor, statement, notice, letter, licence, post, video, report and figure is
invented, and so is every small place (Kōwhai Lane, Te Pahou Marae, Eke-Amaka market, Ogbe-Nkwelle,
St Bakhita Girls' Secondary School, Crab Gully Bay, Kalukele-Pahalawewa and its Purana Viharaya,
Sekolah Kebangsaan Permatang Badak Jaya, the Chimtende depot, Mararuo village and the Ngasu clan).
Real countries, regions, cities, towns, roads, courts, parliaments, ministries, agencies, police,
armed forces, hospitals, dioceses and other public bodies appear only as settings, with invented
statements and figures: Ōpōtiki, Whakatāne, the Bay of Plenty, Health New Zealand, Healthline and
Whakatāne Hospital; Bloemfontein, Botshabelo, Thaba Nchu, the N8, the Bloemfontein Regional Court,
the Road Traffic Management Corporation, the Free State Department of Education, the National
Prosecuting Authority and the Press Council of South Africa; Onitsha, Anambra State, Upper Iweka,
the Anambra State Fire Service and the Anambra State Police Command; Masaka, Kijjabwemi, Nyendo,
Kyotera, Kalungu, Masaka Regional Referral Hospital, Masaka Diocese, the Ministry of Education and
Sports and the Uganda National Examinations Board; Treasure Beach, St Elizabeth, Black River, Santa
Cruz, Kingston, the St Elizabeth Municipal Corporation and the National Environment and Planning
Agency; Polonnaruwa, Manampitiya, Dimbulagala, Hingurakgoda, Anuradhapura, Hambantota, Ampara, the
North Central Province, the Department of Wildlife Conservation, the Sri Lanka Army, the Mahaweli
Authority of Sri Lanka and Polonnaruwa General Hospital; Gazipur, Konabari, Chandra, Jamalpur,
Dhaka, Tejgaon, the Dhaka-Tangail highway, Industrial Police-2, the Highway Police, the BGMEA, the
Department of Inspection for Factories and Establishments and the labour ministry; Kuantan,
Beserah, Sungai Buloh, the Pahang Health Department, Hospital Tengku Ampuan Afzan, the National
Public Health Laboratory, the Education and Health ministries and the Penal Code; Qrendi, Ħaġar
Qim, Żurrieq, the Planning Authority, the Environment and Resources Authority, the Civil Protection
Department and the Environment and Planning Review Tribunal; Chipata, Katete, Lundazi, Petauke,
Lusaka, the Food Reserve Agency, the Zambia National Farmers Union, the Ministry of Agriculture, the
Zambia Statistics Agency and Parliament; Lae, Kainantu, Nadzab, Bulolo, the Highlands Highway, the
Morobe Provincial Police Command, the Department of Works and Highways, the Papua New Guinea Defence
Force, the National Executive Council and the Morobe Governor's office; Arima, Malabar, Sangre
Grande, Valencia, Calvary Hill, Hollis Avenue, Woodford Street, Caroni, the Water and Sewerage
Authority and the Ministry of Public Utilities.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, box label, list item and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B"
line by line and never carries a speaker; headlines and standfirsts are one sentence each, flagged
by content, and their "says", "say", "tells court" or "tells hearing" carries the source as the story
first gives it; a dateline belongs to its lead sentence. A person is named in full as first given,
without titles, roles or honorifics; a pronoun, a surname, a given name or a role noun resolves to
that name; a quote over several sentences or paragraphs carries its speaker and cue in each;
"according to X" gives X as written; a body's name, a generic noun and a document are kept as
written with their article and case; a bracketed acronym and a descriptor before a proper name are
dropped; a short form and "It said" resolve to the name as first given; a channel or language
phrase after the verb is part of the cue and one fronted before the subject is not.

Conventions this set had to settle, in the same spirit:

* Honorifics that are part of a legal or customary name stay: "Md." and "Mst." in Bangladeshi
  names (as "Ma." in the recent sets), "binti" and "a/p" in Malaysian names, "Wan" in "Wan Mohd
  Ariffin Wan Ismail", initials in Sri Lankan names ("W.M.", "R.P.", "K.G."). Courtesy titles,
  ranks and honours go: "Datuk", "Datuk Seri", "Dr", "Puan", "ACP"; "Dr Hasniza said" resolves to
  "Hasniza binti Che Hashim".
* A monk is labelled without "Ven." before and "Thera" after ("Pahalagama Sumanatissa"), and "the
  Thera said" resolves to him. A chief is labelled by the chieftaincy name with the rank dropped
  ("Senior Chief Kasembelo" -> "Kasembelo", "Chieftainess Nyamulenga" -> "Nyamulenga"); a
  traditional ruler's "HRH Igwe" and his regnal title after the name ("Eze-Udo III") go, and "the
  monarch said" resolves to him.
* A nickname in quotation marks inside a name is part of the name as first given ("Desmond “Scaley”
  Campbell") and stays on every later label ("The elder Campbell said").
* A newsroom factbox in Q:/A: form answered by the paper carries no speaker; its answers are flagged
  by content, and one that cites a source carries it ("A: Yes, on the three open days, the practice
  says." -> "the practice", "says"). In an interview the answers carry the interviewee with the cue
  "A:", and the introduction naming him is narration.
* A video described by the reporter ("A video posted on X ... shows flames ...") carries no speaker,
  unlike a document that states a position ("The letter says", "The report puts"); a voice in it
  carries the person as written ("a woman", "is heard shouting in the video").
* A notice signed by a person is kept as written ("The notice, signed by the managing director, ...,
  said" -> "The notice"), like "the statement said"; the signatory is not the speaker.
* A secondary cue inside a relative clause ("who told the court she was not related to the accused,
  said", "where traders say the fire began") does not change the sentence's speaker, who is the
  subject of the main verb; a participle "saying" after an act carries the subject ("landowners
  from Mararuo village", "saying"; "The Environment and Resources Authority had recommended refusal,
  saying"), but after "declined to comment" the cue stays "declined to comment".
* A poster who "gave her name only as Ummi Aisyah" is labelled with the name she gave. "could not
  be reached for comment", "did not answer repeated phone calls", "did not reply to questions",
  "did not answer calls" and "did not wish to speak to reporters" are labelled like "declined to
  comment" (the person or body, ""), and "According to him" gives the person.
* A sign read out and quoted inside a sentence ("read out the sign fixed to the gate: “Private
  Property. Trespassers Will Be Prosecuted.”") is one sentence: the quoted words are the object of
  the verb, not sentences of the page.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL NEWS SITE (Eastern Bay of Plenty), mobile paste, a RURAL CLINIC CUTTING ITS HOURS: Ōpōtiki\'s only general practice goes to three days a week because its owner cannot hire a second GP. Head: masthead, menu line, crumb (all "B"); headline of record "W" (no speaker); standfirst "Owner says ..." carrying the doctor in full as the story first gives her ("W"); byline with role, date line, share line (all "B"); a caption of record "W" and its credit "B". Body: the lead\'s "its owner said in a letter to patients" carries the doctor named only in the next paragraph ("W"); TWO WOMEN IN TURN: the owner ("Dr" dropped) "said", "she said" inside a sentence, "she told the Beacon" and the quote carried on; her practice manager after a two-clause apposition whose "with her" is the owner, "She said", and a quote whose "her" and "She" are the owner while the speaker stays the manager; the surname cue "Tumoana-Fitzgerald said" and "She said" back to the owner; "Advertisement" "B"; the health agency\'s manager after a fronted "In a written statement" (cue "said"), "she said" at the end of a sentence, "The statement said" kept as written and "It did not say" (no speaker); a kaumātua NAMED ONLY AFTER HIS QUOTE ("..." said Hemi ..., 78, a kaumātua ...) and his quote carried over the next paragraph with no cue; the MP\'s unnamed spokesperson kept as written; a practice of record (no speaker) and "It did not respond to questions" resolving to it; a Facebook post ("one mother", "wrote") and a reply ("A reply under her post", "asked") with the question in the quote. A patients\' Q&A FACTBOX by the paper: box label "B", "Q:" lines "" with no speaker, "A:" lines "W" with no speaker except "..., the practice says". Tail: more-in label and one headline, comments count, a two-sentence comments notice, copyright split at "Ltd." (all "B").',
    'South African NEWS SITE (Bloemfontein), desktop paste, COURT TESTIMONY in a culpable-homicide trial: a scholar transport minibus left the N8 near Botshabelo, killing two pupils. Head: masthead, menu, a load-shedding and weather strip, crumb (all "B"); headline "..., expert tells court" carrying the expert in full ("W"); standfirst "Defence says ..." carrying defence counsel ("W"); byline, date line, share line (all "B"); a caption "" and its credit "B". Body: "A crash reconstruction expert told the Bloemfontein Regional Court" resolving to the expert named in the next paragraph; SHARED SURNAME: the accused Jacobus van der Merwe and the expert Sonja van der Merwe ("who told the court she was not related", an embedded cue under the main "said"); "Led through her evidence by the prosecutor, Adv. ..., she said" (the witness, not the prosecutor; "Adv." dropped); the prosecutor "asked her whether" ("") and "She said" (the witness); cross-examination: "the defence advocate ... put it to Van der Merwe" (the capitalised particle here is the WITNESS; "W"), "She conceded" (the witness) and her two-sentence quote; "Du Toit-Venter told the court his client would testify" (a plan, ""); the accused in the dock (no speaker); a teacher who "testified" ("W"), "She said" with a quoted chairperson inside, the magistrate ("Magistrate" dropped) "asked her for the dates", "She could not give them, but said" (the teacher) and the magistrate\'s order (an act, no speaker, "W"); a mother "said in Sesotho" and her quote; the provincial department "said in a statement" ("W"), the owner "declined to comment", "According to the charge sheet"; the prosecuting authority\'s spokesperson (a plan, "") and the next sitting "W". A "READ ALSO:" line and "ADVERTISEMENT" mid-story "B". Tail: topics line, newsletter line, copyright split in two, press-council line (all "B").',
    'Nigerian NATIONAL DAILY\'S WEBSITE (Onitsha bureau), desktop paste, a MARKET FIRE: 214 shops razed at a building materials market. Head: masthead, menu, an exchange-rate ticker, crumb (all "B"); headline of record "W"; byline with place, date line (all "B"); a caption "" and its credit "B". Body: "according to the market\'s traders\' union" (as written) and "No life was lost, the Anambra State Fire Service said"; the service\'s spokesperson ("Engr." dropped) "said in a statement" with "11.42 p.m." and "12.23 a.m.," mid-sentence, "He blamed" (a causal claim, "W"); "the statement said" kept as written over two sentences and "The statement did not say" (no speaker); "Advertisement" "B"; A STATEMENT READ OUT: the secretary "read a statement from its chairman, Comrade ..." (narration, no speaker), "In the statement, Odinkemelu said" (the chairman, "Comrade" dropped), "He appealed" and "the chairman said"; the secretary answering afterwards carries himself, with an embedded "where traders say" under his "said"; the distribution company "did not respond to calls and text messages"; SHARED SURNAME: "Chief (Mrs) Ifeoma Okafor" (title dropped; her losses an anecdote "") and "Obinna Okafor, who is not related to her", "He said", "Okafor said" (the tyre dealer); a traditional ruler with "HRH Igwe" before and the regnal title "Eze-Udo III" after the name (both dropped) who "described" and "the monarch said"; the police spokesman ("SP" dropped) and "According to him" (the person, "W"); the commissioner ("Hon." dropped) and "She did not say" (like "declined to say"); a viral video described by the reporter (no speaker, "W") and "“Where is fire service?” a woman is heard shouting in the video." (one sentence, cue as written). Tail: share prompt, WhatsApp line, related label and two headlines, rights notice in two sentences, contact line (all "B").',
    'Ugandan REGIONAL NEWS SITE (Masaka), desktop paste, a BOARDING SCHOOL DORMITORY FIRE: 87 girls escape at a Catholic girls\' school. Head: masthead, menu, trending line, crumb (all "B"); headline of record "W"; standfirst "Headteacher says ..." carrying the nun in full ("W"); byline, posted line (all "B"); a caption "" and its credit "B". Body: a "MASAKA –" lead of record; "according to a preliminary police report seen by The Buddu Times" (whole) and "The report puts" (the document, "W"); RELIGIOUS TITLES: the headteacher ("Sr. Dr." dropped) "said", "She said"; TWO WOMEN: the matron "said", her quote, and "She said the headteacher arrived ..." (the matron); "Several parents said" (as written, "W"); "Asked about it, the headteacher said" (role noun resolving to the nun) and her quote; "ADVERTISEMENT" "B"; the nun "read a statement from the school\'s board of governors" (narration), "The board said in the statement" (as written, reopening date "W") and "It said" resolving to "the school\'s board of governors"; TWO MEN: a father, then an imam ("Sheikh" dropped) "said", "he said, adding that ..." ("W"), and "Kasozi said that was true" back to the father; the vicar general ("Msgr." dropped) leading prayers (narration), "He said" a pledge ("") and "the monsignor said"; the police spokesman ("ASP" dropped) and "He declined to say"; the ministry "In a post on X ... said" (fronted channel, cue "said", "W"); the exams board "declined to comment". Tail: tags, also-like label and two headlines, reply form lines, copyright with address (all "B").',
    'Jamaican NEWS SITE (St Elizabeth), desktop paste, a BEACH ACCESS DISPUTE: fishermen fenced off from their landing site by a villa developer. Head: masthead, date line, menu, crumb (all "B"); headline of record "W"; byline, a caption "" and its credit "B". Body: a "TREASURE BEACH, St Elizabeth —" lead "Fishermen at Crab Gully Bay say" (as written); the fence of record; FATHER AND SON WITH ONE SURNAME: a Patois quote NAMED ONLY AFTER IT ("said Desmond “Scaley” Campbell, 61", the nickname kept as part of the name as first given), "His son, Andre Campbell, ..., said", "He said" (the son), "The elder Campbell said" and "he said" (the father), "The younger Campbell said" (the son); a Facebook Live video narrated with a sign read out in one sentence ("“Private Property. Trespassers Will Be Prosecuted.”" not split, "W" for the view count) and "he said in the video"; a newsletter prompt "B"; a councillor ("The councillor for the Southfield Division" dropped) and "She said", "Wint-Barrett said"; the corporation\'s chief executive "did not respond to messages"; NEPA "said in a release" with "Ltd. a permit" mid-sentence, "It said" and "NEPA said" resolving to the agency as first given; the developer\'s short form "did not answer calls" resolving to "Calabash Reef Developments Ltd."; its attorney "said in an email" ("W") and "She declined to say"; a corporal ("Cpl." dropped); "According to a 1998 licence issued to ...," (the clause after the comma dropped); a pastor with "at 6 p.m. on Wednesday" ("W", a scheduled event he runs). Tail: more-news label and two headlines, a two-sentence comments notice, copyright split at "Ltd." (all "B").',
    'Sri Lankan ENGLISH DAILY\'S WEBSITE (Polonnaruwa), desktop paste, HUMAN-ELEPHANT CONFLICT: a farmer trampled while guarding paddy, villagers block a highway. Head: masthead, language switch, menu, crumb (all "B"); headline of record "W"; standfirst "... wildlife officials say ..." carrying the assistant director as the story gives her ("W"); byline ending "Corr.", date line, print line (all "B"); a caption "" and its credit "B". Body: "Hingurakgoda police said" and the dead man identified with INITIALS ("W.M. Gamini Bandara", no speaker); TWO MEN NAMED BANDARA, unrelated: the brother "W.M. Sunil Bandara" (initials kept) and the Grama Niladhari "R.P. Ananda Bandara" (the office dropped), "he said in Sinhala", "He said" (the officer), "Sunil Bandara said" and "he said" back to the brother; the blockade with "8 a.m. until 2 p.m." mid-sentence and "police said" (as written); A MONK: "Ven. ... Thera" with both honorifics dropped, and "the Thera said" with a quote carried on; "ADVERTISEMENT" "B"; A PARTICLE: "Chandima de Alwis-Jayasuriya" and "De Alwis-Jayasuriya said" at the head of a sentence, "She said"; "According to department figures" and a share with no speaker ("W"); MILITARY: "Army Media Spokesman Brigadier" dropped, a plan "" and a precedent "W"; the authority that built the fence (no speaker) and "The authority declined to comment"; the widow who "did not wish to speak to reporters" (like "declined to comment") and the post-mortem "W". Tail: related label and two headlines, copyright with "(Pvt) Ltd.", legal links (all "B").',
    'Bangladeshi ENGLISH DAILY\'S WEBSITE (Gazipur correspondent), desktop paste, a GARMENT WAGE PROTEST: 2,000 workers block the Dhaka-Tangail highway over two months\' unpaid wages. Head: masthead, a date line with the Bangla calendar, menu, crumb (all "B"); headline of record "W"; byline, published/updated line (all "B"); a caption "" and its credit "B". Body: the blockade with "Ltd. blocked" mid-sentence and "according to the Highway Police"; HONORIFICS KEPT AS PART OF THE NAME ("Mst. Rehana Khatun", "Md. ..."); THREE WOMEN: a worker (anecdote ""), the union leader "said" ("W"), "She said", a quote about the worker ("She is not the only one borrowing") "she said, pointing at Khatun" carrying the union leader, and a second worker; a notice read over a loudspeaker (narration) and "The notice, signed by the managing director, ..., said" (the notice, as written; payment dates "W"); the industrial police superintendent (office dropped) with "2.40 p.m." mid-sentence and "He said"; an unnamed manager "who asked not to be named because ..." (the clause dropped) and the managing director who "did not answer repeated phone calls"; "Advertisement" "B"; the manufacturers\' association with its bracketed acronym dropped, "said in a statement", and "A BGMEA spokesperson, asked whether ..., said" (""); "According to the Department of Inspection for Factories and Establishments (DIFE)" (acronym dropped) and "The labour ministry said" a meeting date ("W"); a Facebook live stream (no speaker) and "Khandakar shouted in one of the videos". Tail: topics, follow line, a most-read list pasted as numbers and headlines, an imprint line with "Ltd.," mid-line, copyright split in two (all "B").',
    'Malaysian NEWS PORTAL (Kuantan), desktop paste, SCHOOL FOOD POISONING: 74 pupils fall ill after a canteen breakfast. Head: masthead, language switch, menu, section (all "B"); headline of record "W"; standfirst "State health director says ..." carrying her in full ("W"); byline in capitals, date line (all "B"); a caption "" and its credit "B". Body: a "KUANTAN:" lead "the Pahang Health Department said"; MALAY HONORIFICS DROPPED AND "binti" KEPT: "Datuk Dr Hasniza binti Che Hashim", then "Dr Hasniza said" and "She said" resolving to her in full; a second woman, the headmistress ("Puan" dropped), with "9.15 a.m.," and "By 10 a.m. there ..." mid-sentence, "she said", "She said", and a quote naming the first woman while the speaker stays the headmistress; the district police chief ("ACP" dropped, "Wan ... Wan ..." kept whole) and "He said"; "The canteen operator could not be reached for comment"; "ADVERTISEMENT" "B"; a Chinese name surname first ("Tay Boon Heng", then "Tay said"); an Indian name with "a/p" kept ("Maheswari a/p Subramaniam") whose quote holds her daughter\'s "She"; a Facebook post by "a mother who gave her name only as Ummi Aisyah" (the name she gave); the ministry "said in a statement" (a review, "") and "It said" a reopening date ("W"); "According to the Health Ministry"; a state committee chairman ("Datuk Seri" dropped) visiting (narration) and "He said" a pledge (""). Tail: tags, related label and one headline, app line, copyright with company number split before "All Rights Reserved." (all "B").',
    'Maltese NEWS SITE (Valletta), desktop paste, a PLANNING HEARING: the Planning Authority board refuses a fireworks factory extension outside Qrendi. Head: masthead, date line, menu, crumb (all "B"); headline of record "W"; standfirst "Parish priest tells hearing ..." carrying him in full (""); byline with an unhyphenated double surname, reading time (all "B"); a caption "" and a credit naming a THIRD Borg ("B", no speaker). Body: the decision and the vote of record; TWO UNRELATED BORGS: the parish priest ("Fr" dropped) "told the board" and a quote over three sentences carried on, "He said" a death count ("W"); the club president "Charles Borg, who is not related to the priest" and "“Fr Borg buried my uncle,” Borg said." (the president speaking of the priest); "Advertisement" "B"; MALTESE TITLE "Perit" dropped from the architect; TWO WOMEN: the architect "told the board" ("W"), an objector "said" and "She said" (the objector), "Grech Sant said" back to the architect; the chairperson "asked the architect whether" ("") and "She said nobody had" (the architect); the mayor; the environment authority "had recommended refusal, saying" (cue "saying", "W"); the civil protection department "did not reply to questions"; "According to police figures given in parliament in 2024" (no comma, whole); the association "wrote on Facebook" (as written) and "the post said"; the appeal period "W". Tail: a two-sentence support appeal, related label and two headlines, comments-closed line, copyright (all "B").',
    'Zambian PROVINCIAL NEWS SITE on WordPress (Chipata), desktop paste, a MAIZE PRICE ROW WITH CHIEFS: the Food Reserve Agency opens buying at K350 a bag. Head: masthead, menu, crumb (all "B"); headline "..., senior chief says" carrying the chief by his chieftaincy name (a forecast, ""); date, byline, comment count (all "B"); a caption "" and its credit "B". Body: "CHIPATA —" lead where the agency is first given with its acronym and the cue "the agency said" (generic, as written); CHIEFS\' TITLES: "Senior Chief Kasembelo of the Nsenga people" labelled "Kasembelo" (rank dropped, chieftaincy name kept), whose statement is READ BY HIS INDUNA (narration), "In the statement, Kasembelo said" and "He said" (the chief), while "Mbewe-Zulu said" carries the induna; "Chieftainess Nyamulenga" labelled "Nyamulenga" with "told the Luangwa Times by phone"; TWO WOMEN: the farmers\' union chairperson "said", "She said the chieftainess was right ..." (the chairperson) and "Banda-Lungu said"; the agency\'s PR manager "did not respond to calls and text messages" and "In a statement issued in Lusaka on Sunday, the agency said" (fronted channel); an unnamed official with his reason dropped and "The official said"; the minister ("Agriculture Minister" dropped) "told Parliament" and "He said" a forecast (""); "According to the Crop Forecast Survey released by ... in May" (whole); two farmers (anecdotes ""), "he said in Nyanja", a payment delay "W", and "Tembo said"; the union\'s Facebook page "wrote". Tail: WordPress share and like strip with "Loading...", related label, previous/next links, reply form, powered-by line (all "B").',
    'Papua New Guinean NEWS SITE (Lae), desktop paste, a LANDOWNER ROADBLOCK on the Highlands Highway over unpaid gravel money. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Police commander says ..." carrying him in full (a plan, ""); byline, date line (all "B"); a caption "" and its credit "B". Body: "LAE —" lead whose participle "saying they were owed K1.2 million" carries "landowners from Mararuo village" ("W"); "according to the Morobe Provincial Police Command"; TWO MEN: the clan leader "said" and a quote "he said, holding up a folder" carried on; the police commander ("Morobe Provincial Police Commander Chief Superintendent" dropped) "said", "He said" (a plan, ""); "Maiyang-Siki said the commander had ..." and "“He listened,” he said." (the clan leader speaking of the commander) with the quote carried on; "According to a letter from the Department of Works and Highways to the clan dated August 14, seen by the Herald," (the participle after the comma dropped) with "Ltd., was" mid-sentence; "The letter says" ("W"); the department\'s regional manager "did not answer calls"; the contractor\'s short form "declined to comment, saying" resolving to the firm with its "Ltd."; "ADVERTISEMENT" "B"; a priest ("Fr" dropped) and a meeting date ("W"); the governor\'s office kept as written; MILITARY: "Major" dropped, the call-out rule "W"; a vendor introduced (no speaker) and her quote "she said in Tok Pisin"; a Facebook group post ("one driver", "warned"). Tail: share line, a two-sentence tip line, more-from label and two headlines, copyright in two sentences (all "B").',
    'Trinidad and Tobago COMMUNITY NEWS SITE (Arima), desktop paste, a WATER OUTAGE with a SHORT Q&A: a burst 42-inch main leaves Arima and Sangre Grande dry for five days. Head: masthead, tagline, menu, crumb (all "B"); headline of record "W"; standfirst "Authority says supply should return ..." carrying the authority as first given (a forecast, ""); byline with the particle "La", date line (all "B"); a caption "" and its credit "B". Body: "the Water and Sewerage Authority (WASA) said" (acronym dropped), "In a release on Monday, the authority said" (generic, as written) and "It said" resolving to the authority as first given; TWO WOMEN: "Jennifer St. Bernard, 67, of Calvary Hill," ("St." inside a surname, no split), "She said she and her neighbour, Indra ..., had been ..." (the first woman), "Boodoosingh-Lalla ... said", and "“Jennifer carries the buckets,” she said." (the second woman, naming the first); the mayor ("Arima Mayor" dropped) "said" and "called"; a senator "wrote on Facebook" ("W") and "he wrote"; the ministry "said" ("W"); the contractor "declined to comment"; "According to WASA\'s published supply schedule". The Q&A: box label "B", an intro naming the director ("Eng." dropped, narration, no speaker), "His answers have been shortened." "B"; "Q:" turns "" except "Q: Residents say ..." ("Residents", "say", "W") followed by "Is that true?"; answers carry the director with the cue "A:", every sentence. Tail: a feedback prompt and its buttons, related label and two headlines, publisher address, copyright in two sentences (all "B").',
]

ARTICLES = [
    # Page 1
    [
        [("EASTERN BAY BEACON", "", "", "B")],
        [("☰ Menu   Search   Subscribe   Sign in", "", "", "B")],
        [("Local News › Health", "", "", "B")],
        [("Ōpōtiki's only GP clinic to open three days a week from July", "", "", "W")],
        [
            (
                "Owner says she has advertised for a second doctor for 14 months without one suitable applicant",
                "Ngaire Tumoana-Fitzgerald",
                "says",
                "W",
            )
        ],
        [("Hinemoa Kereama-Platt, health reporter", "", "", "B")],
        [("5:00am, Thursday 14 May 2026", "", "", "B")],
        [("Share on Facebook | Share on X | Email this story", "", "", "B")],
        [
            (
                "The Kōwhai Lane Medical Centre has been the town's only general practice since a second clinic closed in 2019.",
                "",
                "",
                "W",
            )
        ],
        [("Photo / Eastern Bay Beacon", "", "", "B")],
        [
            (
                "The only general practice in Ōpōtiki will open three days a week instead of five from July 6, its owner said in a letter to patients on Monday.",
                "Ngaire Tumoana-Fitzgerald",
                "said in a letter to patients",
                "W",
            ),
        ],
        [
            (
                "Dr Ngaire Tumoana-Fitzgerald, who bought the Kōwhai Lane Medical Centre from its founder in 2019 and is now its only doctor, said she had advertised for a second GP since March last year.",
                "Ngaire Tumoana-Fitzgerald",
                "said",
                "W",
            ),
            (
                "Two doctors had applied, she said, and neither was registered to practise in New Zealand.",
                "Ngaire Tumoana-Fitzgerald",
                "said",
                "W",
            ),
            (
                "“I am one doctor for 5,400 people,” she told the Beacon.",
                "Ngaire Tumoana-Fitzgerald",
                "told the Beacon",
                "W",
            ),
            (
                "“Something had to give, and I would rather it was the hours than me.”",
                "Ngaire Tumoana-Fitzgerald",
                "told the Beacon",
                "",
            ),
        ],
        [
            (
                "Her practice manager, Tania Hoeta-Ruwhiu, who has worked at the centre since it opened in 1998 and who signed the letter with her, said the phones had not stopped since Monday.",
                "Tania Hoeta-Ruwhiu",
                "said",
                "",
            ),
            (
                "She said about 300 patients had called in two days, most of them asking about repeat prescriptions.",
                "Tania Hoeta-Ruwhiu",
                "said",
                "W",
            ),
            ("“They are not angry at her,” she said.", "Tania Hoeta-Ruwhiu", "said", ""),
            (
                "“She has been doing the work of two doctors since Christmas, and they know it.”",
                "Tania Hoeta-Ruwhiu",
                "said",
                "",
            ),
        ],
        [
            (
                "Tumoana-Fitzgerald said the centre would open on Mondays, Wednesdays and Fridays from 8.30am to 5pm, and that its two nurses would run a walk-in clinic for dressings, vaccinations and blood tests on Tuesday mornings.",
                "Ngaire Tumoana-Fitzgerald",
                "said",
                "W",
            ),
            (
                "She said her contract with Health New Zealand, which pays practices for each enrolled patient, did not set a minimum number of opening days.",
                "Ngaire Tumoana-Fitzgerald",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "In a written statement, Health New Zealand's group manager for primary care in the Bay of Plenty, Kiriona Paewai-Tuck, said the agency had been told of the change on May 4 and that talks with the practice were continuing.",
                "Kiriona Paewai-Tuck",
                "said",
                "W",
            ),
            (
                "Patients who needed care on the days the centre was closed could call Healthline or go to the emergency department at Whakatāne Hospital, 60 kilometres away, she said.",
                "Kiriona Paewai-Tuck",
                "said",
                "W",
            ),
            (
                "The statement said a rural workforce scheme had placed 22 doctors in Bay of Plenty practices since 2024.",
                "The statement",
                "said",
                "W",
            ),
            ("It did not say how many of them were still working in the region.", "", "", ""),
        ],
        [
            (
                "“My mokopuna were born in that building,” said Hemi Tautahi-Waaka, 78, a kaumātua of Te Pahou Marae who has been a patient at the centre for 27 years.",
                "Hemi Tautahi-Waaka",
                "said",
                "",
            ),
        ],
        [
            (
                "“When you cut the days, you do not cut the sickness.",
                "Hemi Tautahi-Waaka",
                "said",
                "",
            ),
            (
                "You just push it to Thursday, and on Thursday there is nobody here.",
                "Hemi Tautahi-Waaka",
                "said",
                "",
            ),
            ("Then it is the ambulance, or it is nothing.”", "Hemi Tautahi-Waaka", "said", ""),
        ],
        [
            (
                "He said some whānau on the coast road east of the town already drove more than an hour each way to reach the clinic.",
                "Hemi Tautahi-Waaka",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the local MP said the MP had written to the Minister of Health on Tuesday asking for Ōpōtiki to be added to the list of hard-to-staff areas whose new doctors receive a relocation grant.",
                "A spokesperson for the local MP",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rangitāiki Family Doctors, the nearest practice in Whakatāne, closed its books to new patients in February.",
                "",
                "",
                "W",
            ),
            (
                "It did not respond to questions about whether it would take patients from Ōpōtiki.",
                "Rangitāiki Family Doctors",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "On a community Facebook page, one mother wrote that she had taken her son to Whakatāne's emergency department twice in April because she could not get an appointment in town.",
                "one mother",
                "wrote",
                "",
            ),
            (
                "A reply under her post, liked more than 400 times by Wednesday night, asked: “Who is going to train the next doctor for a town like ours?”",
                "A reply under her post",
                "asked",
                "",
            ),
        ],
        [("WHAT CHANGES FOR PATIENTS", "", "", "B")],
        [("Q: When do the new hours start?", "", "", "")],
        [("A: Monday, July 6.", "", "", "W")],
        [("Q: Will repeat prescriptions still be issued?", "", "", "")],
        [("A: Yes, on the three open days, the practice says.", "the practice", "says", "W")],
        [("Q: Where can I go on a Tuesday or a Thursday?", "", "", "")],
        [
            (
                "A: Healthline is free on 0800 611 116, and Whakatāne Hospital's emergency department is open around the clock.",
                "",
                "",
                "W",
            )
        ],
        [("More in Health", "", "", "B")],
        [("Whakatāne emergency department waits at three-year high", "", "", "B")],
        [("Comments (41)", "", "", "B")],
        [
            ("Have your say.", "", "", "B"),
            ("Comments are moderated and must follow our community guidelines.", "", "", "B"),
        ],
        [
            ("© 2026 Eastern Bay Beacon Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Page 2
    [
        [("MANGAUNG MIRROR", "", "", "B")],
        [
            (
                "News | Free State | Courts | Education | Business | Sport | Opinion | Jobs | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Load-shedding: suspended | Bloemfontein 27°C, clear", "", "", "B")],
        [("Home / News / Courts", "", "", "B")],
        [
            (
                "Scholar transport driver was doing ‘about 110km/h’ before crash that killed two pupils, expert tells court",
                "Sonja van der Merwe",
                "tells court",
                "W",
            )
        ],
        [
            (
                "Defence says freshly laid road chips, not speed, made the minibus skid off the N8 near Botshabelo",
                "Riaan du Toit-Venter",
                "says",
                "W",
            )
        ],
        [("Refilwe Motaung-Sauls | Courts reporter", "", "", "B")],
        [("11 March 2026, 18:40", "", "", "B")],
        [("🔗 Copy link | WhatsApp | Facebook | X", "", "", "B")],
        [
            (
                "Jacobus van der Merwe, 46, in the dock of the Bloemfontein Regional Court on Wednesday.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Refilwe Motaung-Sauls", "", "", "B")],
        [
            (
                "A crash reconstruction expert told the Bloemfontein Regional Court on Wednesday that a minibus carrying 17 pupils was travelling at about 110km/h, on a stretch with a limit of 80km/h, when it left the N8 near Botshabelo in February last year.",
                "Sonja van der Merwe",
                "told the Bloemfontein Regional Court",
                "W",
            ),
            ("Two pupils, aged nine and 11, died and six were admitted to hospital.", "", "", "W"),
        ],
        [
            (
                "The driver, Jacobus van der Merwe, 46, of Thaba Nchu, has pleaded not guilty to two counts of culpable homicide and one of reckless driving.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sonja van der Merwe, a crash reconstruction specialist with the Road Traffic Management Corporation who told the court she was not related to the accused, said she had calculated the speed from 38 metres of tyre marks and from where the vehicle came to rest after it rolled.",
                "Sonja van der Merwe",
                "said",
                "W",
            ),
            ("“The marks do not lie about speed,” she said.", "Sonja van der Merwe", "said", ""),
            ("“They only tell you how much of it there was.”", "Sonja van der Merwe", "said", ""),
        ],
        [
            (
                "Led through her evidence by the prosecutor, Adv. Zodwa Sebothoma-Khumalo, she said the minibus had passed a speed sign about 400 metres before the bend.",
                "Sonja van der Merwe",
                "said",
                "W",
            ),
            (
                "Sebothoma-Khumalo asked her whether the road surface could have made the vehicle skid.",
                "Zodwa Sebothoma-Khumalo",
                "asked",
                "",
            ),
            (
                "She said the surface was dry on the day and that she had found no potholes within 200 metres of the marks.",
                "Sonja van der Merwe",
                "said",
                "W",
            ),
        ],
        [("READ ALSO: Free State pulls 61 scholar transport vehicles off the road", "", "", "B")],
        [
            (
                "Under cross-examination, the defence advocate, Riaan du Toit-Venter, put it to Van der Merwe that the road had been resurfaced a week before the crash and that loose chips were still lying on it.",
                "Riaan du Toit-Venter",
                "put it to",
                "W",
            ),
            (
                "She conceded that nobody had told her about the resurfacing when she wrote her report.",
                "Sonja van der Merwe",
                "conceded",
                "W",
            ),
            (
                "“If there were chips, the speed would be a little lower,” she said.",
                "Sonja van der Merwe",
                "said",
                "",
            ),
            ("“Not 30 kilometres an hour lower.”", "Sonja van der Merwe", "said", ""),
        ],
        [
            (
                "Du Toit-Venter told the court his client would testify that a bakkie had overtaken him on the bend and forced him onto the gravel shoulder.",
                "Riaan du Toit-Venter",
                "told the court",
                "",
            ),
            (
                "Van der Merwe, who sat with his head bowed for most of the morning, did not look up when the names of the two children were read into the record.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Earlier, a teacher at the pupils' school, Mmapula Tshabalala-Nkoe, testified that she had reported the driver to the school governing body twice in 2024 for speeding.",
                "Mmapula Tshabalala-Nkoe",
                "testified",
                "W",
            ),
            (
                "She said the governing body's chairperson had told her that transport was “the parents' arrangement, not the school's”.",
                "Mmapula Tshabalala-Nkoe",
                "said",
                "",
            ),
            (
                "Magistrate Palesa Moloi-Ramokoena asked her for the dates.",
                "Palesa Moloi-Ramokoena",
                "asked",
                "",
            ),
            (
                "She could not give them, but said copies of both complaints were in a file at the school.",
                "Mmapula Tshabalala-Nkoe",
                "said",
                "W",
            ),
            ("The magistrate ordered that the file be brought to court.", "", "", "W"),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Outside court, the mother of the younger girl who died, Mpho Lekhooa, held up a photograph of her daughter in school uniform.",
                "",
                "",
                "",
            ),
            (
                "“Every month they tell us it is going to court, going to court,” she said in Sesotho.",
                "Mpho Lekhooa",
                "said in Sesotho",
                "",
            ),
            ("“I want to hear one person say sorry.”", "Mpho Lekhooa", "said in Sesotho", ""),
        ],
        [
            (
                "The Free State Department of Education said in a statement that it had stopped paying its subsidy to the minibus's owner, Mmabatho Shuttle Services, in March 2025, and that 61 scholar transport vehicles in the province had failed roadworthy tests since then.",
                "The Free State Department of Education",
                "said in a statement",
                "W",
            ),
            (
                "Mmabatho Shuttle Services declined to comment.",
                "Mmabatho Shuttle Services",
                "declined to comment",
                "",
            ),
            (
                "According to the charge sheet, the minibus was licensed to carry 15 passengers.",
                "the charge sheet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The National Prosecuting Authority's regional spokesperson, Kagiso Sehloho, said the State would call three more witnesses, among them the first traffic officer at the scene.",
                "Kagiso Sehloho",
                "said",
                "",
            ),
            ("The trial continues on Thursday.", "", "", "W"),
        ],
        [("Related Topics: Courts | Road safety | Scholar transport | Botshabelo", "", "", "B")],
        [("Get the Mirror's free morning briefing in your inbox", "", "", "B")],
        [
            ("© Mangaung Mirror 2026.", "", "", "B"),
            ("Reproduction without written permission is prohibited.", "", "", "B"),
        ],
        [
            (
                "The Mangaung Mirror subscribes to the Code of Ethics and Conduct of the Press Council of South Africa.",
                "",
                "",
                "B",
            )
        ],
    ],
    # Page 3
    [
        [("EASTERN LEDGER", "", "", "B")],
        [
            (
                "Home | News | Politics | Metro | Business | Sports | Opinion | Interviews | Columns | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("LATEST: Naira closes at ₦1,538/$ at official window", "", "", "B")],
        [("Home » Metro » South-East", "", "", "B")],
        [("Fire razes 214 shops at Onitsha building materials market", "", "", "W")],
        [("By Chidiebube Nwankwo-Eze, Onitsha", "", "", "B")],
        [("8th June 2026", "", "", "B")],
        [
            (
                "Traders salvage iron rods from burnt shops at the Eke-Amaka market, Onitsha, on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Eastern Ledger", "", "", "B")],
        [
            (
                "Traders at the Eke-Amaka Building Materials Market in Onitsha, Anambra State, are counting their losses after a fire that started late on Sunday destroyed 214 shops, according to the market's traders' union.",
                "the market's traders' union",
                "according to",
                "W",
            ),
            (
                "No life was lost, the Anambra State Fire Service said.",
                "the Anambra State Fire Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The service's spokesperson, Engr. Okwudili Anene-Obi, said in a statement on Monday that the fire was reported at 11.42 p.m. and that its first engine reached the market at 12.23 a.m., 41 minutes later.",
                "Okwudili Anene-Obi",
                "said in a statement",
                "W",
            ),
            (
                "He blamed the delay on traffic on the Upper Iweka road and on goods stacked across the market's two entrances.",
                "Okwudili Anene-Obi",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "“Our men had to cut through padlocks and drag hoses over cement bags,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            ("“They did what could be done.”", "the statement", "said", ""),
            ("The statement did not say what caused the fire.", "", "", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "At a news conference in the market on Monday afternoon, the union's secretary, Uchenna Emejulu-Akpa, read a statement from its chairman, Comrade Kenechukwu Odinkemelu, who was not present.",
                "",
                "",
                "",
            ),
            (
                "In the statement, Odinkemelu said the traders had lost goods worth about ₦2.1bn, most of it cement, roofing sheets and iron rods bought on credit ahead of the rainy season.",
                "Kenechukwu Odinkemelu",
                "said",
                "W",
            ),
            (
                "He appealed to the state government to waive the market's levies for the rest of the year.",
                "Kenechukwu Odinkemelu",
                "appealed",
                "",
            ),
            (
                "“Many of our members owe the banks, and the banks do not know fire,” the chairman said.",
                "Kenechukwu Odinkemelu",
                "said",
                "",
            ),
        ],
        [
            (
                "Answering questions afterwards, Emejulu-Akpa said the union had written to the electricity distribution company twice in May asking it to replace a transformer near Line C, where traders say the fire began.",
                "Uchenna Emejulu-Akpa",
                "said",
                "W",
            ),
            (
                "“Sparks were falling from that transformer every evening,” he said.",
                "Uchenna Emejulu-Akpa",
                "said",
                "",
            ),
            (
                "The distribution company did not respond to calls and text messages on Monday.",
                "The distribution company",
                "did not respond to calls and text messages",
                "",
            ),
        ],
        [
            (
                "Chief (Mrs) Ifeoma Okafor, the market's women leader, said she lost 1,200 bags of cement in her two shops.",
                "Ifeoma Okafor",
                "said",
                "",
            ),
            (
                "“I came at 1 a.m. and stood there watching it burn,” she said.",
                "Ifeoma Okafor",
                "said",
                "",
            ),
        ],
        [
            (
                "A tyre dealer in the next line, Obinna Okafor, who is not related to her, said the fire reached his shop at about 2 a.m.",
                "Obinna Okafor",
                "said",
                "",
            ),
            (
                "He said he had insured his stock once, in 2021, and let the policy lapse the following year.",
                "Obinna Okafor",
                "said",
                "",
            ),
            ("“Next time, insurance first,” Okafor said.", "Obinna Okafor", "said", ""),
        ],
        [
            (
                "The traditional ruler of Ogbe-Nkwelle, where the market stands, HRH Igwe Chukwuemeka Ofoegbu-Nnaji, Eze-Udo III, who visited the scene on Monday morning, described the fire as “a calamity for the whole of Onitsha.”",
                "Chukwuemeka Ofoegbu-Nnaji",
                "described",
                "",
            ),
            (
                "“This market feeds thousands of families who have never sold a single bag of cement,” the monarch said.",
                "Chukwuemeka Ofoegbu-Nnaji",
                "said",
                "",
            ),
        ],
        [
            (
                "The Police Public Relations Officer of the Anambra State Police Command, SP Tochi Ezenwa-Ibe, said two men were arrested on Monday morning for looting burnt shops.",
                "Tochi Ezenwa-Ibe",
                "said",
                "W",
            ),
            (
                "According to him, the suspects were found with 86 iron rods and two bags of nails.",
                "Tochi Ezenwa-Ibe",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The state Commissioner for Commerce, Hon. Adaobi Ikeotuonye, said the government would set up a committee to assess the losses and would “not abandon” the traders.",
                "Adaobi Ikeotuonye",
                "said",
                "",
            ),
            (
                "She did not say whether the levies would be waived.",
                "Adaobi Ikeotuonye",
                "did not say",
                "",
            ),
        ],
        [
            (
                "A video posted on X on Sunday night, viewed more than 180,000 times by Monday evening, shows flames rising above the market's main gate as people run with buckets.",
                "",
                "",
                "W",
            ),
            (
                "“Where is fire service?” a woman is heard shouting in the video.",
                "a woman",
                "is heard shouting in the video",
                "",
            ),
        ],
        [("Kindly share this story:", "", "", "B")],
        [("Join the Eastern Ledger WhatsApp channel for verified news", "", "", "B")],
        [("RELATED NEWS", "", "", "B")],
        [("Onitsha traders protest new daily levy at Main Market", "", "", "B")],
        [("FG approves N40bn fund for market fire victims in six states", "", "", "B")],
        [
            ("All rights reserved.", "", "", "B"),
            (
                "This material may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior written permission from EASTERN LEDGER.",
                "",
                "",
                "B",
            ),
        ],
        [("Contact: newsdesk@easternledger.ng", "", "", "B")],
    ],
    # Page 4
    [
        [("THE BUDDU TIMES", "", "", "B")],
        [
            (
                "HOME | NEWS | REGIONS | EDUCATION | BUSINESS | SPORTS | FAITH | OPINION | CONTACT US",
                "",
                "",
                "B",
            )
        ],
        [("Trending: Kyotera cattle market reopens | Masaka City budget read", "", "", "B")],
        [("News › Central Region", "", "", "B")],
        [("87 girls escape as fire guts Masaka school dormitory", "", "", "W")],
        [
            (
                "Headteacher says all the girls were counted on the football pitch within ten minutes of the alarm",
                "Agatha Nalwadda-Mukasa",
                "says",
                "W",
            )
        ],
        [("By Josephine Nakawooya-Semwogerere", "", "", "B")],
        [("Posted Tuesday, April 21, 2026 — 12:15 pm", "", "", "B")],
        [
            (
                "Parents wait outside St Bakhita Girls' Secondary School, Kijjabwemi, on Monday morning.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO | BUDDU TIMES", "", "", "B")],
        [
            (
                "MASAKA – Eighty-seven girls escaped unhurt and three were treated for smoke inhalation after fire destroyed a dormitory at St Bakhita Girls' Secondary School in Kijjabwemi, Masaka City, on Sunday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fire broke out at about 10.20pm, an hour after lights-out, according to a preliminary police report seen by The Buddu Times.",
                "a preliminary police report seen by The Buddu Times",
                "according to",
                "W",
            ),
            (
                "The report puts the likely cause at a faulty socket in the matron's room at the end of the dormitory.",
                "The report",
                "puts",
                "W",
            ),
        ],
        [
            (
                "The headteacher, Sr. Dr. Agatha Nalwadda-Mukasa, a member of the Daughters of Our Lady of the Lake, said the girls had been counted on the football pitch within ten minutes of the alarm.",
                "Agatha Nalwadda-Mukasa",
                "said",
                "W",
            ),
            (
                "She said the three girls treated at Masaka Regional Referral Hospital were discharged on Monday morning.",
                "Agatha Nalwadda-Mukasa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The matron, Scovia Namuddu, whose room was at the end of the dormitory, said she smelt smoke while ironing and ran to wake the prefects.",
                "Scovia Namuddu",
                "said",
                "",
            ),
            ("“I did not think about my things,” she said.", "Scovia Namuddu", "said", ""),
            ("“I thought, these are other people's children.”", "Scovia Namuddu", "said", ""),
            (
                "She said the headteacher arrived within minutes and unlocked the second exit herself.",
                "Scovia Namuddu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Several parents said the dormitory's second door was kept locked at night.",
                "Several parents",
                "said",
                "W",
            ),
            (
                "Asked about it, the headteacher said the door was bolted from inside “for the girls' security” and that the key hung on a nail beside it.",
                "Agatha Nalwadda-Mukasa",
                "said",
                "W",
            ),
            ("“Nobody was ever locked in,” she said.", "Agatha Nalwadda-Mukasa", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "On Monday afternoon she read a statement from the school's board of governors to about 200 parents gathered at the gate.",
                "",
                "",
                "",
            ),
            (
                "The board said in the statement that the school would reopen on May 4, a week late, and that 120 students would sleep in two classroom blocks until the dormitory was rebuilt.",
                "The board",
                "said in the statement",
                "W",
            ),
            (
                "It said lost uniforms and mattresses would be replaced at no cost to parents.",
                "the school's board of governors",
                "said",
                "",
            ),
        ],
        [
            (
                "Ronald Kasozi, whose daughter is in Senior Three, said he had not been told how often the school held fire drills.",
                "Ronald Kasozi",
                "said",
                "",
            ),
            (
                "Sheikh Abdu-Nooh Lubega, the imam of a mosque in Nyendo, whose two daughters board at the school, said he had been allowed to see them for only a few minutes.",
                "Abdu-Nooh Lubega",
                "said",
                "",
            ),
            (
                "“Schools are not prisons,” he said, adding that parents had raised the locked door at a meeting in February.",
                "Abdu-Nooh Lubega",
                "said",
                "W",
            ),
            (
                "Kasozi said that was true, and that the minutes of the meeting would show it.",
                "Ronald Kasozi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Vicar General of Masaka Diocese, Msgr. Deogratias Ssenfuma-Kato, led prayers at the scene on Monday.",
                "",
                "",
                "",
            ),
            (
                "He said the diocese would contribute UGX 50 million towards the rebuilding.",
                "Deogratias Ssenfuma-Kato",
                "said",
                "",
            ),
            (
                "“God has spared these children, and we must not test Him twice,” the monsignor said.",
                "Deogratias Ssenfuma-Kato",
                "said",
                "",
            ),
        ],
        [
            (
                "The Greater Masaka regional police spokesperson, ASP Twaha Kisekka-Mubiru, said detectives had taken statements from the matron and four prefects.",
                "Twaha Kisekka-Mubiru",
                "said",
                "W",
            ),
            (
                "He declined to say whether anyone would be charged.",
                "Twaha Kisekka-Mubiru",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "In a post on X on Monday, the Ministry of Education and Sports said it had sent two inspectors to the school, and reminded head teachers that dormitory exits “must remain unlocked at all times when occupied”.",
                "the Ministry of Education and Sports",
                "said",
                "W",
            ),
            (
                "The Uganda National Examinations Board declined to comment on whether four Senior Four candidates whose project work was burnt would be given more time.",
                "The Uganda National Examinations Board",
                "declined to comment",
                "",
            ),
        ],
        [("Tags: Masaka | Fire | Schools | Boarding", "", "", "B")],
        [("YOU MAY ALSO LIKE", "", "", "B")],
        [("Kalungu: boda boda riders strike over new stage fees", "", "", "B")],
        [("Masaka City council passes UGX 68bn budget", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B")],
        [("Copyright © 2026 The Buddu Times | Plot 14, Kampala Road, Masaka", "", "", "B")],
    ],
    # Page 5
    [
        [("THE SOUTHERN PARISH POST", "", "", "B")],
        [("Tuesday | February 17, 2026", "", "", "B")],
        [
            (
                "Lead Stories | News | Business | Sports | Entertainment | Letters | Commentary | Classifieds | Obituaries",
                "",
                "",
                "B",
            )
        ],
        [("News › St Elizabeth", "", "", "B")],
        [("Treasure Beach fishermen cut off from landing site by villa fence", "", "", "W")],
        [("Kadian Whyte-Samuels/Staff Reporter", "", "", "B")],
        [
            (
                "Desmond Campbell (left) and his son Andre at the padlocked gate at Crab Gully Bay on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Kadian Whyte-Samuels", "", "", "B")],
        [
            (
                "TREASURE BEACH, St Elizabeth — Fishermen at Crab Gully Bay say a fence put up by a villa developer last week has cut them off from the sand where 14 boats have landed their catch for decades.",
                "Fishermen at Crab Gully Bay",
                "say",
                "W",
            ),
        ],
        [
            (
                "The fence, of concrete posts and chain-link, runs about 300 metres along the back of the beach and has one gate, which has been padlocked since Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Mi born yah, mi father born yah, and nobody ever tell we fi ask permission to reach the sea,” said Desmond “Scaley” Campbell, 61, who has fished from the bay since he was 12.",
                "Desmond “Scaley” Campbell",
                "said",
                "",
            ),
        ],
        [
            (
                "His son, Andre Campbell, 34, who captains one of the bay's boats, said the crews now had to drag their boats over rocks at the western end of the bay, which adds about 40 minutes to every landing.",
                "Andre Campbell",
                "said",
                "W",
            ),
            (
                "He said two outboard engines had been damaged on the rocks since Saturday.",
                "Andre Campbell",
                "said",
                "W",
            ),
            (
                "The elder Campbell said the family had paid its dues to the fishing co-operative every year since 1998.",
                "Desmond “Scaley” Campbell",
                "said",
                "W",
            ),
            ("“We nah move,” he said.", "Desmond “Scaley” Campbell", "said", ""),
        ],
        [
            (
                "The younger Campbell said the co-operative's 38 members sold about 1.2 tonnes of fish a week before the fence went up, most of it to guest houses in Treasure Beach.",
                "Andre Campbell",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a Facebook Live video on Sunday, watched about 26,000 times by Monday night, Andre Campbell walked the length of the fence and read out the sign fixed to the gate: “Private Property. Trespassers Will Be Prosecuted.”",
                "",
                "",
                "W",
            ),
            (
                "“This is what they put between a fisherman and the sea,” he said in the video.",
                "Andre Campbell",
                "said in the video",
                "",
            ),
        ],
        [("Sign up for the Post's Daily Digest", "", "", "B")],
        [
            (
                "The councillor for the Southfield Division, Yvonne Wint-Barrett, said she wrote to the St Elizabeth Municipal Corporation on Friday asking whether the developer had approval for the fence.",
                "Yvonne Wint-Barrett",
                "said",
                "W",
            ),
            ("She said she had not had a reply.", "Yvonne Wint-Barrett", "said", ""),
            (
                "“I am not against development, but development cannot mean the people who were here first have to climb over rocks,” Wint-Barrett said.",
                "Yvonne Wint-Barrett",
                "said",
                "",
            ),
        ],
        [
            (
                "The corporation's chief executive officer, Garfield Mullings-Reid, did not respond to messages on Monday.",
                "Garfield Mullings-Reid",
                "did not respond to messages",
                "",
            ),
        ],
        [
            (
                "The National Environment and Planning Agency (NEPA) said in a release on Monday that it granted Calabash Reef Developments Ltd. a permit in 2024 for four villas on the lots behind the beach.",
                "The National Environment and Planning Agency",
                "said in a release",
                "W",
            ),
            (
                "It said the permit did not cover any structure on the beach itself and that its enforcement officers would visit the site this week.",
                "The National Environment and Planning Agency",
                "said",
                "W",
            ),
            (
                "NEPA said the beach below the high-water mark is Crown land.",
                "The National Environment and Planning Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Calabash Reef Developments did not answer calls to its Kingston office.",
                "Calabash Reef Developments Ltd.",
                "did not answer calls",
                "",
            ),
            (
                "Its attorney-at-law, Marcia Heslop-Grant, said in an email that the fence stood “entirely within” the company's titles and that her client would “not be litigating this matter in the press.”",
                "Marcia Heslop-Grant",
                "said in an email",
                "W",
            ),
            (
                "She declined to say why the gate was locked.",
                "Marcia Heslop-Grant",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Cpl. Dwayne Sinclair-Rowe of the Black River police said officers went to the bay on Saturday after a report of a dispute and that no one was arrested.",
                "Dwayne Sinclair-Rowe",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a 1998 licence issued to the Crab Gully Fishermen's Co-operative, a copy of which the co-operative shared with the Post, the beach has been a registered fish landing site for 28 years.",
                "a 1998 licence issued to the Crab Gully Fishermen's Co-operative",
                "according to",
                "W",
            ),
            (
                "Treasure Beach, on the south coast, is known for small guest houses run by local families rather than large resorts.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Pastor Lloyd McFarlane-Dyce of the Crab Gully Gospel Hall, whose congregation includes most of the crews, said a prayer meeting would be held at the gate at 6 p.m. on Wednesday.",
                "Lloyd McFarlane-Dyce",
                "said",
                "W",
            ),
            (
                "“We will pray on the public side of the fence,” he said.",
                "Lloyd McFarlane-Dyce",
                "said",
                "",
            ),
        ],
        [("MORE JAMAICA NEWS", "", "", "B")],
        [("Black River market traders get new stalls after two-year wait", "", "", "B")],
        [("Santa Cruz water supply restored after pump repairs", "", "", "B")],
        [
            ("Comments are reviewed before publication.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Southern Parish Post Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Page 6
    [
        [("LANKA EVENING HERALD", "", "", "B")],
        [("සිංහල | தமிழ் | English", "", "", "B")],
        [("Home | News | Business | Features | Sports | Opinion | World | ePaper", "", "", "B")],
        [("Home > News > Local", "", "", "B")],
        [("Farmer killed by wild elephant while guarding paddy in Polonnaruwa", "", "", "W")],
        [
            (
                "Villagers block Batticaloa road for six hours; wildlife officials say fence repairs will start next week",
                "Chandima de Alwis-Jayasuriya",
                "say",
                "W",
            )
        ],
        [("By Nuwan Ekanayake-Ratnayake, Polonnaruwa Group Corr.", "", "", "B")],
        [("Tuesday, 4 August 2026 - 06:12 PM", "", "", "B")],
        [("Print | Email | Share | Comments (3)", "", "", "B")],
        [
            (
                "Villagers block the Polonnaruwa–Batticaloa road at Manampitiya junction on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Pic by Nuwan Ekanayake-Ratnayake", "", "", "B")],
        [
            (
                "A 52-year-old farmer was trampled to death by a wild elephant early on Monday while guarding his paddy field at Kalukele-Pahalawewa in the Polonnaruwa district, Hingurakgoda police said.",
                "Hingurakgoda police",
                "said",
                "W",
            ),
            ("The dead man was identified as W.M. Gamini Bandara, a father of three.", "", "", "W"),
        ],
        [
            (
                "His younger brother, W.M. Sunil Bandara, said the two men had taken turns to sit up in a tree hut above the field every night since the paddy began to ripen in July.",
                "W.M. Sunil Bandara",
                "said",
                "",
            ),
            (
                "“At about 2.30 a.m. I heard him shout, and then the elephant trumpeted,” he said in Sinhala.",
                "W.M. Sunil Bandara",
                "said in Sinhala",
                "",
            ),
            (
                "“By the time I came down with the torch, it was over.”",
                "W.M. Sunil Bandara",
                "said in Sinhala",
                "",
            ),
        ],
        [
            (
                "The village's Grama Niladhari, R.P. Ananda Bandara, who is not related to the family, said it was the third death from an elephant attack in his division since 2023.",
                "R.P. Ananda Bandara",
                "said",
                "W",
            ),
            (
                "He said a 6.5-kilometre electric fence built in 2019 to keep elephants out of the village had not worked for most of this year because its solar batteries were stolen in January.",
                "R.P. Ananda Bandara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sunil Bandara said villagers had reported the broken fence to wildlife officials at least four times.",
                "W.M. Sunil Bandara",
                "said",
                "W",
            ),
            ("“They write it in a book and they go,” he said.", "W.M. Sunil Bandara", "said", ""),
        ],
        [
            (
                "About 300 villagers blocked the Polonnaruwa–Batticaloa road at Manampitiya junction from 8 a.m. until 2 p.m. on Monday, carrying the dead man's photograph and demanding that the fence be repaired.",
                "",
                "",
                "W",
            ),
            ("Traffic was diverted through Dimbulagala, police said.", "police", "said", "W"),
        ],
        [
            (
                "The chief incumbent of the Kalukele Purana Viharaya, Ven. Pahalagama Sumanatissa Thera, who addressed the crowd at the junction, said the temple would hold the seventh-day almsgiving for the dead man at its own cost.",
                "Pahalagama Sumanatissa",
                "said",
                "",
            ),
            (
                "“The elephant is not our enemy,” the Thera said.",
                "Pahalagama Sumanatissa",
                "said",
                "",
            ),
            (
                "“But a government that cannot replace a battery in eight months is not our friend either.”",
                "Pahalagama Sumanatissa",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Department of Wildlife Conservation's assistant director for the Polonnaruwa range, Chandima de Alwis-Jayasuriya, who met the protesters at the junction, said work on the fence would begin next Monday and take about three weeks.",
                "Chandima de Alwis-Jayasuriya",
                "said",
                "W",
            ),
            (
                "De Alwis-Jayasuriya said the department had 11 field officers to look after fences in three divisions, against an approved cadre of 26.",
                "Chandima de Alwis-Jayasuriya",
                "said",
                "W",
            ),
            (
                "She said the stolen batteries had been replaced once already, in March, and were stolen again in May.",
                "Chandima de Alwis-Jayasuriya",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to department figures, 164 people and 388 elephants were killed in clashes between people and elephants across Sri Lanka in 2025.",
                "department figures",
                "according to",
                "W",
            ),
            (
                "The North Central Province, which includes Polonnaruwa, accounted for almost a third of the human deaths.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Army Media Spokesman Brigadier Kapila Edirimanne-Silva said soldiers from a nearby camp would help the department guard the fence line at night until the repairs were finished.",
                "Kapila Edirimanne-Silva",
                "said",
                "",
            ),
            (
                "He said the army had done the same at two villages in the Anuradhapura district last year.",
                "Kapila Edirimanne-Silva",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fence was built by the Mahaweli Authority of Sri Lanka and handed over to the wildlife department in 2021.",
                "",
                "",
                "W",
            ),
            ("The authority declined to comment.", "The authority", "declined to comment", ""),
        ],
        [
            (
                "The dead man's wife, K.G. Chandrika Kumari, did not wish to speak to reporters.",
                "K.G. Chandrika Kumari",
                "did not wish to speak to reporters",
                "",
            ),
            (
                "Hingurakgoda police said a post-mortem examination would be held at Polonnaruwa General Hospital on Tuesday.",
                "Hingurakgoda police",
                "said",
                "W",
            ),
        ],
        [("You may also be interested in", "", "", "B")],
        [("Elephant fence batteries stolen in Hambantota for third time this year", "", "", "B")],
        [("Paddy farmers in Ampara call for guaranteed price of Rs. 150 a kilo", "", "", "B")],
        [("© 2026 Evening Herald Newspapers (Pvt) Ltd.", "", "", "B")],
        [("Terms of Use | Privacy Policy | Contact Us", "", "", "B")],
    ],
    # Page 7
    [
        [("THE DAILY MEGHNA POST", "", "", "B")],
        [("Dhaka, Tuesday, July 7, 2026 | Asar 23, 1433 BS", "", "", "B")],
        [
            (
                "Home | Bangladesh | Business | World | Sports | Opinion | Entertainment | Youth | Photos",
                "",
                "",
                "B",
            )
        ],
        [("Home / Business / Industry", "", "", "B")],
        [("Gazipur garment workers block highway over two months' unpaid wages", "", "", "W")],
        [("Staff Correspondent, Gazipur", "", "", "B")],
        [("Published: 07 Jul 2026, 09:14 PM | Updated: 07 Jul 2026, 10:02 PM", "", "", "B")],
        [
            (
                "Workers of Shapla Knit Composite sit on the Dhaka-Tangail highway at Konabari on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Meghna Post", "", "", "B")],
        [
            (
                "Around 2,000 workers of Shapla Knit Composite Ltd. blocked the Dhaka-Tangail highway at Konabari in Gazipur for nearly five hours on Tuesday, demanding their wages for May and June.",
                "",
                "",
                "W",
            ),
            (
                "Traffic was backed up for about 12 kilometres towards Chandra, according to the Highway Police.",
                "the Highway Police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mst. Rehana Khatun, 29, a sewing operator who has worked at the factory for seven years, said she had borrowed Tk 9,000 from a neighbour to pay her rent.",
                "Mst. Rehana Khatun",
                "said",
                "",
            ),
            (
                "“My landlord has given me until the 15th,” she said.",
                "Mst. Rehana Khatun",
                "said",
                "",
            ),
        ],
        [
            (
                "Morsheda Parvin Khandakar, the general secretary of the Garment Workers' Unity Forum, who led the blockade, said the factory owed its 3,100 workers about Tk 26 crore in wages and overtime.",
                "Morsheda Parvin Khandakar",
                "said",
                "W",
            ),
            (
                "She said the workers had twice been given a date for payment, June 10 and June 30, and both had passed.",
                "Morsheda Parvin Khandakar",
                "said",
                "W",
            ),
            (
                "“She is not the only one borrowing,” she said, pointing at Khatun.",
                "Morsheda Parvin Khandakar",
                "said",
                "",
            ),
            (
                "“Half the line is living on credit from the grocer.”",
                "Morsheda Parvin Khandakar",
                "said",
                "",
            ),
        ],
        [
            (
                "Another operator, Mst. Jesmin Akter, 24, said she had sent her two-year-old son to her mother in Jamalpur because she could no longer pay for day care.",
                "Mst. Jesmin Akter",
                "said",
                "",
            ),
        ],
        [
            (
                "At about 1 p.m., a factory official read out a notice over a loudspeaker at the gate.",
                "",
                "",
                "",
            ),
            (
                "The notice, signed by the managing director, Md. Ashraful Haque Chowdhury, said May's wages would be paid on July 12 and June's by July 25.",
                "The notice",
                "said",
                "W",
            ),
            ("The workers jeered.", "", "", ""),
        ],
        [
            (
                "The superintendent of Industrial Police-2 in Gazipur, Md. Shahidul Kabir Pathan, said the blockade was lifted at 2.40 p.m. after talks between union leaders, the factory's management and labour ministry officials.",
                "Md. Shahidul Kabir Pathan",
                "said",
                "W",
            ),
            ("He said no one was injured or detained.", "Md. Shahidul Kabir Pathan", "said", "W"),
        ],
        [
            (
                "A general manager at the factory, who asked not to be named because he was not authorised to speak to the press, said two European buyers had cancelled orders worth about $4.2 million since April, leaving the company short of cash.",
                "A general manager at the factory",
                "said",
                "W",
            ),
            (
                "Chowdhury did not answer repeated phone calls on Tuesday.",
                "Md. Ashraful Haque Chowdhury",
                "did not answer repeated phone calls",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said in a statement that it was “in touch with the management” and that 14 of its member factories in Gazipur had not yet paid June's wages.",
                "The Bangladesh Garment Manufacturers and Exporters Association",
                "said in a statement",
                "W",
            ),
            (
                "A BGMEA spokesperson, asked whether the association would lend Shapla Knit money to pay its workers, said that was “a matter for the board.”",
                "A BGMEA spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Department of Inspection for Factories and Establishments (DIFE), 96 of the 1,900 garment factories it monitors in Gazipur had not paid June's wages by July 6.",
                "the Department of Inspection for Factories and Establishments",
                "according to",
                "W",
            ),
            (
                "The labour ministry said late on Tuesday that a tripartite meeting would be held at its office in Dhaka on Thursday.",
                "The labour ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Garment Workers' Unity Forum streamed the blockade live on its Facebook page, where one video had drawn more than 3,000 comments by evening.",
                "",
                "",
                "W",
            ),
            (
                "“Pay us, or we will be back on this road on Thursday,” Khandakar shouted in one of the videos.",
                "Morsheda Parvin Khandakar",
                "shouted in one of the videos",
                "",
            ),
        ],
        [("Topics: Garments | Wages | Gazipur | Labour unrest", "", "", "B")],
        [("Follow The Daily Meghna Post on Google News", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [("Onion prices jump Tk 20 a kg in a week", "", "", "B")],
        [("2", "", "", "B")],
        [("Padma bridge toll collection crosses Tk 3,000 crore", "", "", "B")],
        [
            (
                "Editor: Rafiqul Alam Sarkar | Published by Meghna Media Ltd., Tejgaon, Dhaka",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2026 The Daily Meghna Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Page 8
    [
        [("EAST COAST EXPRESS", "", "", "B")],
        [("BM | EN", "", "", "B")],
        [
            (
                "Nation | Politics | Business | World | Sports | Lifestyle | Videos | Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Nation", "", "", "B")],
        [
            (
                "74 pupils fall ill after school breakfast in Kuantan; canteen ordered shut for 14 days",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "State health director says samples of nasi lemak and sambal have been sent for testing",
                "Hasniza binti Che Hashim",
                "says",
                "W",
            )
        ],
        [("By FARAH NADIAH KAMARULZAMAN", "", "", "B")],
        [("Tuesday, 22 Sep 2026 7:05 PM MYT", "", "", "B")],
        [
            (
                "Parents outside the emergency department of Hospital Tengku Ampuan Afzan in Kuantan on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("— East Coast Express pic", "", "", "B")],
        [
            (
                "KUANTAN: Seventy-four pupils of Sekolah Kebangsaan Permatang Badak Jaya were taken to hospital and clinics with vomiting and diarrhoea on Tuesday after eating breakfast bought at the school canteen, the Pahang Health Department said.",
                "the Pahang Health Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "State health director Datuk Dr Hasniza binti Che Hashim said 61 of the pupils were treated as outpatients and 13 were admitted to Hospital Tengku Ampuan Afzan, all of them in stable condition.",
                "Hasniza binti Che Hashim",
                "said",
                "W",
            ),
            (
                "Dr Hasniza said the canteen had been ordered closed for 14 days and that samples of nasi lemak, sambal and fried chicken had been sent to the National Public Health Laboratory in Sungai Buloh.",
                "Hasniza binti Che Hashim",
                "said",
                "W",
            ),
            (
                "She said inspectors found the sambal had been cooked the previous afternoon and left at room temperature overnight.",
                "Hasniza binti Che Hashim",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school's headmistress, Puan Nur Atiqah binti Abdul Latiff, said the first pupil complained of stomach pain at about 9.15 a.m., during the second lesson.",
                "Nur Atiqah binti Abdul Latiff",
                "said",
                "W",
            ),
            (
                "By 10 a.m. there were more than 30, she said.",
                "Nur Atiqah binti Abdul Latiff",
                "said",
                "W",
            ),
            (
                "She said teachers drove some of the children to the Beserah health clinic in their own cars before the ambulances arrived.",
                "Nur Atiqah binti Abdul Latiff",
                "said",
                "W",
            ),
            (
                "“Dr Hasniza's officers were here before the last ambulance had left,” she said.",
                "Nur Atiqah binti Abdul Latiff",
                "said",
                "",
            ),
            ("“We will cooperate fully.”", "Nur Atiqah binti Abdul Latiff", "said", ""),
        ],
        [
            (
                "Kuantan district police chief ACP Wan Mohd Ariffin Wan Ismail said police had opened an investigation under Section 336 of the Penal Code, for endangering life by a rash or negligent act.",
                "Wan Mohd Ariffin Wan Ismail",
                "said",
                "W",
            ),
            (
                "He said the canteen operator, a 47-year-old woman, had given a statement.",
                "Wan Mohd Ariffin Wan Ismail",
                "said",
                "W",
            ),
            (
                "The canteen operator could not be reached for comment.",
                "The canteen operator",
                "could not be reached for comment",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The chairman of the school's Parent-Teacher Association (PIBG), Tay Boon Heng, whose son was among those admitted, said parents had complained to the school about the canteen's food twice this year.",
                "Tay Boon Heng",
                "said",
                "W",
            ),
            (
                "Tay said the association would ask the state education department to let parents sit on the committee that awards canteen contracts.",
                "Tay Boon Heng",
                "said",
                "",
            ),
            (
                "“We pay for the food, so we should be allowed to see the kitchen,” he said.",
                "Tay Boon Heng",
                "said",
                "",
            ),
        ],
        [
            (
                "Maheswari a/p Subramaniam, 38, said her daughter, who is in Year 3, vomited five times on the way to the clinic.",
                "Maheswari a/p Subramaniam",
                "said",
                "",
            ),
            (
                "“She kept asking me whether she was going to die,” she said.",
                "Maheswari a/p Subramaniam",
                "said",
                "",
            ),
        ],
        [
            (
                "In a Facebook post shared more than 5,000 times by Tuesday night, a mother who gave her name only as Ummi Aisyah wrote that her son had brought his nasi lemak home uneaten because “it smelt sour.”",
                "Ummi Aisyah",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The Education Ministry said in a statement that it viewed the incident seriously and that all 14 canteen contracts in the Kuantan district would be reviewed.",
                "The Education Ministry",
                "said in a statement",
                "",
            ),
            (
                "It said the school would reopen on Thursday, with meals brought in from a caterer approved by the health department.",
                "The Education Ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the Health Ministry, 31 food poisoning episodes were recorded in schools nationwide in the first eight months of the year, against 44 in the same period of 2025.",
                "the Health Ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "State education committee chairman Datuk Seri Mohd Faizal Hamzah visited the pupils in hospital on Tuesday evening.",
                "",
                "",
                "",
            ),
            (
                "He said the state government would cover the admitted pupils' hospital charges.",
                "Mohd Faizal Hamzah",
                "said",
                "",
            ),
        ],
        [("Tags / Keywords: Food poisoning, Kuantan, Schools, Pahang", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Terengganu school canteens to get surprise checks every month", "", "", "B")],
        [("Download the East Coast Express app for breaking news alerts", "", "", "B")],
        [
            ("Copyright © 2026 East Coast Express Sdn Bhd (201501022871).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # Page 9
    [
        [("MELITA TRIBUNE", "", "", "B")],
        [("Thursday, 15 October 2026, 17:48", "", "", "B")],
        [
            (
                "Local | Court & Police | Politics | Business | Gozo | Sport | Opinion | Comment | Obituaries",
                "",
                "",
                "B",
            )
        ],
        [("Local › Environment", "", "", "B")],
        [
            (
                "Planning board refuses Qrendi fireworks factory extension after 1,317 objections",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Parish priest tells hearing the village has ‘lived with the danger for 80 years’",
                "Ġużeppi Borg",
                "tells hearing",
                "",
            )
        ],
        [("Ramona Camilleri Bondin", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("The fireworks factory outside Qrendi, seen from the road to Ħaġar Qim.", "", "", "")],
        [("Photo: Jonathan Borg", "", "", "B")],
        [
            (
                "The Planning Authority's board on Thursday refused a permit to extend a fireworks factory outside Qrendi, after a two-hour hearing at which residents, the village's parish priest and the factory's owners all spoke.",
                "",
                "",
                "W",
            ),
            (
                "The board voted 8-3 against the application, which had drawn 1,317 objections.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The extension, sought by the Qrendi Fireworks Enthusiasts' Association, would have added two storage rooms and a mixing room within 200 metres of the nearest homes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The parish priest of Qrendi, Fr Ġużeppi Borg, told the board the village had “lived with the danger for 80 years”.",
                "Ġużeppi Borg",
                "told the board",
                "",
            ),
            (
                "“Every family here has a name on the memorial,” he said.",
                "Ġużeppi Borg",
                "said",
                "",
            ),
            ("“I am not asking you to close anything.", "Ġużeppi Borg", "said", ""),
            ("I am asking you not to make it bigger.”", "Ġużeppi Borg", "said", ""),
            (
                "He said seven people from the parish had died in fireworks factory explosions since 1985.",
                "Ġużeppi Borg",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association's president, Charles Borg, who is not related to the priest, said the extension would let the factory keep less material in each room and so make it safer.",
                "Charles Borg",
                "said",
                "",
            ),
            ("“Fr Borg buried my uncle,” Borg said.", "Charles Borg", "said", ""),
            (
                "“Nobody in this room is more afraid of another funeral than I am.”",
                "Charles Borg",
                "said",
                "",
            ),
            (
                "He said the association had spent €180,000 on fire doors and sprinklers since 2022.",
                "Charles Borg",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The association's architect, Perit Anthea Grech Sant, told the board the new rooms met the distances set by the Civil Protection Department.",
                "Anthea Grech Sant",
                "told the board",
                "W",
            ),
            (
                "An objector, Marthese Zammit Tabone, whose house is 180 metres from the site, said the distances had been measured from the wrong corner of the building.",
                "Marthese Zammit Tabone",
                "said",
                "W",
            ),
            (
                "She said her own measurement, taken with a tape and a neighbour, came to 162 metres.",
                "Marthese Zammit Tabone",
                "said",
                "W",
            ),
            ("Grech Sant said she had not seen that measurement.", "Anthea Grech Sant", "said", ""),
        ],
        [
            (
                "The board's chairperson, Ivan Spiteri-Cachia, asked the architect whether anyone from the Civil Protection Department had visited the site.",
                "Ivan Spiteri-Cachia",
                "asked",
                "",
            ),
            (
                "She said nobody had, and that the department had approved the plans on paper in March.",
                "Anthea Grech Sant",
                "said",
                "W",
            ),
        ],
        [
            (
                "Qrendi's mayor, Noel Farrugia Mifsud, said the local council had voted unanimously to object.",
                "Noel Farrugia Mifsud",
                "said",
                "W",
            ),
            (
                "The Environment and Resources Authority had recommended refusal, saying part of the extension fell within a protected area of garigue.",
                "The Environment and Resources Authority",
                "saying",
                "W",
            ),
            (
                "The Civil Protection Department did not reply to questions sent on Wednesday.",
                "The Civil Protection Department",
                "did not reply to questions",
                "",
            ),
        ],
        [
            (
                "According to police figures given in parliament in 2024, 11 people have been killed in explosions at licensed fireworks factories in Malta since 2010.",
                "police figures given in parliament in 2024",
                "according to",
                "W",
            ),
        ],
        [
            (
                "After the vote, the association wrote on Facebook that it would appeal to the Environment and Planning Review Tribunal.",
                "the association",
                "wrote on Facebook",
                "",
            ),
            ("“The feast will go on,” the post said.", "the post", "said", ""),
            ("The association has 30 days to file an appeal.", "", "", "W"),
        ],
        [
            ("Independent journalism costs money.", "", "", "B"),
            ("Support the Melita Tribune from €1 a month.", "", "", "B"),
        ],
        [("Related Stories", "", "", "B")],
        [("Żurrieq band club fined €3,000 over late-night petards", "", "", "B")],
        [("Fireworks factory licences: what the rules say", "", "", "B")],
        [("Comments are closed for this article.", "", "", "B")],
        [("© Melita Tribune Media Ltd. 2026", "", "", "B")],
    ],
    # Page 10
    [
        [("LUANGWA TIMES", "", "", "B")],
        [
            (
                "Home | Chipata | Petauke | Katete | Lundazi | Agriculture | Politics | Sport | Contact",
                "",
                "",
                "B",
            )
        ],
        [("Home » Agriculture", "", "", "B")],
        [
            (
                "FRA's K350 maize price will drive farmers to briefcase buyers, senior chief says",
                "Kasembelo",
                "says",
                "",
            )
        ],
        [("June 30, 2026", "", "", "B")],
        [("by Chisomo Phiri-Mwale", "", "", "B")],
        [("0 Comments", "", "", "B")],
        [
            (
                "Farmers queue with their maize at the Chimtende satellite depot on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Picture by Chisomo Phiri-Mwale", "", "", "B")],
        [
            (
                "CHIPATA — The Food Reserve Agency (FRA) opened its maize buying season in Eastern Province on Monday at K350 for a 50-kilogramme bag, K50 less than last year, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            (
                "At its Chimtende satellite depot, about 40 kilometres east of Chipata, more than 200 farmers were queuing by 7 a.m., some with ox-carts they had loaded the night before.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Chief Kasembelo of the Nsenga people did not come to the depot but sent his induna, Lazarus Mbewe-Zulu, who read a statement to the farmers.",
                "",
                "",
                "",
            ),
            (
                "In the statement, Kasembelo said the price was “an insult to the hands that feed this nation” and would push farmers to sell to briefcase buyers paying cash at the roadside.",
                "Kasembelo",
                "said",
                "",
            ),
            (
                "He said farmers in his chiefdom had spent about K1,100 on fertiliser for every hectare they planted this season.",
                "Kasembelo",
                "said",
                "W",
            ),
            (
                "Asked by farmers whether the chief would meet the agency, Mbewe-Zulu said he would carry the question to the palace.",
                "Lazarus Mbewe-Zulu",
                "said",
                "",
            ),
        ],
        [
            (
                "Chieftainess Nyamulenga, whose chiefdom borders Chimtende, told the Luangwa Times by phone that she had asked the district commissioner to call a meeting of chiefs, the agency and farmers' groups.",
                "Nyamulenga",
                "told the Luangwa Times by phone",
                "W",
            ),
            (
                "“We cannot argue with a price we only hear on the radio,” she said.",
                "Nyamulenga",
                "said",
                "",
            ),
        ],
        [
            (
                "The Eastern Province chairperson of the Zambia National Farmers Union (ZNFU), Esnart Banda-Lungu, said the union had asked for K420 a bag, based on a production cost it put at K380.",
                "Esnart Banda-Lungu",
                "said",
                "W",
            ),
            (
                "She said the chieftainess was right that nobody had consulted farmers before the price was announced.",
                "Esnart Banda-Lungu",
                "said",
                "W",
            ),
            (
                "“Consultation is not a press release,” Banda-Lungu said.",
                "Esnart Banda-Lungu",
                "said",
                "",
            ),
        ],
        [
            (
                "FRA public relations manager Mwansa Chileshe-Kapambwe did not respond to calls and text messages.",
                "Mwansa Chileshe-Kapambwe",
                "did not respond to calls and text messages",
                "",
            ),
            (
                "In a statement issued in Lusaka on Sunday, the agency said its price reflected “current market conditions” and that it would buy up to 500,000 tonnes nationwide this season.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior official at the agency's provincial office, who asked not to be named because he was not allowed to speak to the press, said depots in Chipata district took in 62,000 bags on the first day.",
                "A senior official at the agency's provincial office",
                "said",
                "W",
            ),
            (
                "The official said farmers would be paid within 21 days.",
                "A senior official at the agency's provincial office",
                "said",
                "",
            ),
        ],
        [
            (
                "Agriculture Minister Reuben Mtonga-Siame told Parliament last Thursday that the government could not pay more than the market without “taxing the same farmers twice.”",
                "Reuben Mtonga-Siame",
                "told Parliament",
                "",
            ),
            (
                "He said the country expected a maize surplus of about 1.3 million tonnes.",
                "Reuben Mtonga-Siame",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Crop Forecast Survey released by the Ministry of Agriculture and the Zambia Statistics Agency in May, Eastern Province will produce about 1.06 million tonnes of maize this season, up from 610,000 tonnes in the drought-hit 2023/24 season.",
                "the Crop Forecast Survey released by the Ministry of Agriculture and the Zambia Statistics Agency in May",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lazarous Tembo, 56, who farms four hectares near Chimtende, said he had brought 60 bags but would sell only 20 to the agency.",
                "Lazarous Tembo",
                "said",
                "",
            ),
            (
                "“The rest I will keep until December, when the price goes up,” he said in Nyanja.",
                "Lazarous Tembo",
                "said in Nyanja",
                "",
            ),
            (
                "Another farmer, Grace Mwanza, said a briefcase buyer had offered her K300 cash a bag on Sunday, with no queue.",
                "Grace Mwanza",
                "said",
                "",
            ),
            ("“The agency pays after six weeks,” she said.", "Grace Mwanza", "said", "W"),
            (
                "Tembo said the same buyer had come to his farm on Saturday.",
                "Lazarous Tembo",
                "said",
                "",
            ),
        ],
        [
            (
                "On its Facebook page, the union's provincial office wrote: “K350 is not a price, it is a punishment.”",
                "the union's provincial office",
                "wrote",
                "",
            ),
        ],
        [("Share this:", "", "", "B")],
        [("Facebook | WhatsApp | X | Print", "", "", "B")],
        [("Like this:", "", "", "B")],
        [("Loading...", "", "", "B")],
        [("Related", "", "", "B")],
        [("← Previous: Katete council opens new bus station", "", "", "B")],
        [("Next: Lundazi girls' secondary school gets solar power →", "", "", "B")],
        [("Leave a Reply Cancel reply", "", "", "B")],
        [("© 2026 Luangwa Times | Proudly powered by WordPress", "", "", "B")],
    ],
    # Page 11
    [
        [("HUON GULF HERALD", "", "", "B")],
        [
            (
                "Lae | Morobe | Highlands | National | Business | Sport | Pacific | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("News > Morobe", "", "", "B")],
        [("Landowners block Highlands Highway near Lae over unpaid gravel money", "", "", "W")],
        [
            (
                "Police commander says officers will not clear the blockade by force ‘while talks continue’",
                "Wakon Tepa-Ambo",
                "says",
                "",
            )
        ],
        [("By Ruth Yawing-Maso", "", "", "B")],
        [("Tuesday, November 3, 2026", "", "", "B")],
        [("Trees felled across the Highlands Highway at Mararuo junction on Tuesday.", "", "", "")],
        [("Picture: HERALD", "", "", "B")],
        [
            (
                "LAE — Traffic on the Highlands Highway was stopped for a second day on Tuesday after landowners from Mararuo village felled trees across the road and set up a checkpoint, saying they were owed K1.2 million for gravel taken from their land to resurface the highway.",
                "landowners from Mararuo village",
                "saying",
                "W",
            ),
            (
                "More than 150 trucks and PMVs were stuck on either side of the block by Tuesday afternoon, according to the Morobe Provincial Police Command.",
                "the Morobe Provincial Police Command",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The leader of the Ngasu clan, Yawing Maiyang-Siki, who owns the quarry land with his two brothers, said the clan signed an agreement with a contractor in 2023 and was paid for the first six months only.",
                "Yawing Maiyang-Siki",
                "said",
                "W",
            ),
            (
                "“We have the paper,” he said, holding up a folder.",
                "Yawing Maiyang-Siki",
                "said",
                "",
            ),
            ("“They have the road.”", "Yawing Maiyang-Siki", "said", ""),
        ],
        [
            (
                "Morobe Provincial Police Commander Chief Superintendent Wakon Tepa-Ambo said he had met the landowners on Monday night and again on Tuesday morning.",
                "Wakon Tepa-Ambo",
                "said",
                "W",
            ),
            (
                "He said police would not clear the blockade by force “while talks continue” but would arrest anyone who damaged a vehicle.",
                "Wakon Tepa-Ambo",
                "said",
                "",
            ),
        ],
        [
            (
                "Maiyang-Siki said the commander had treated the clan fairly.",
                "Yawing Maiyang-Siki",
                "said",
                "",
            ),
            ("“He listened,” he said.", "Yawing Maiyang-Siki", "said", ""),
            ("“The department has never listened.”", "Yawing Maiyang-Siki", "said", ""),
        ],
        [
            (
                "According to a letter from the Department of Works and Highways to the clan dated August 14, seen by the Herald, the contractor, Markham Civil Works Ltd., was paid in full by the department in April 2025.",
                "a letter from the Department of Works and Highways to the clan dated August 14",
                "according to",
                "W",
            ),
            (
                "The letter says any money owed to landowners is “a matter between the clan and the contractor.”",
                "The letter",
                "says",
                "W",
            ),
            (
                "The department's Momase regional manager did not answer calls on Tuesday.",
                "The department's Momase regional manager",
                "did not answer calls",
                "",
            ),
            (
                "Markham Civil Works declined to comment, saying the matter was with its lawyers.",
                "Markham Civil Works Ltd.",
                "declined to comment",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Fr Augustine Kaupa-Nime, the Catholic parish priest at Mararuo, who has carried messages between the two sides since Monday, said the clan and the contractor had agreed to meet at the Lae district office on Thursday.",
                "Augustine Kaupa-Nime",
                "said",
                "W",
            ),
            (
                "The office of the Morobe Governor said in a statement that the provincial government had “no role” in the gravel contract.",
                "The office of the Morobe Governor",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "A Papua New Guinea Defence Force spokesperson, Major Dickson Awaisa-Tau, said soldiers had not been asked to help.",
                "Dickson Awaisa-Tau",
                "said",
                "W",
            ),
            (
                "He said any call-out of the army to support police would need the approval of the National Executive Council.",
                "Dickson Awaisa-Tau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Among those stuck was Rosa Samuel, 44, who had brought 14 bags of kaukau from Kainantu to sell at Lae's main market.",
                "",
                "",
                "",
            ),
            (
                "“Mi wetim tupela de pinis,” she said in Tok Pisin.",
                "Rosa Samuel",
                "said in Tok Pisin",
                "",
            ),
            (
                "She said half of the kaukau would rot before it reached the market.",
                "Rosa Samuel",
                "said",
                "",
            ),
        ],
        [
            (
                "On the Morobe Community Noticeboard Facebook group, one driver posted photographs of the fallen trees and warned others heading for Lae to turn back at Nadzab.",
                "one driver",
                "warned",
                "",
            ),
        ],
        [("Share: Facebook | WhatsApp | Email", "", "", "B")],
        [
            ("Have a news tip?", "", "", "B"),
            ("Message the Herald newsroom on WhatsApp.", "", "", "B"),
        ],
        [("MORE FROM MOROBE", "", "", "B")],
        [("Lae city market reopens after three-week clean-up", "", "", "B")],
        [("Bulolo teachers still waiting for leave fares", "", "", "B")],
        [
            ("© 2026 Huon Gulf Herald.", "", "", "B"),
            ("Content may not be republished without permission.", "", "", "B"),
        ],
    ],
    # Page 12
    [
        [("THE NORTHERN RANGE GAZETTE", "", "", "B")],
        [("East Trinidad's community paper since 1998", "", "", "B")],
        [
            (
                "News | Arima | Sangre Grande | Tunapuna | Business | Sport | Carnival | Letters",
                "",
                "",
                "B",
            )
        ],
        [("News › Utilities", "", "", "B")],
        [
            (
                "Five days dry: Arima and Sangre Grande still waiting as WASA repairs 42-inch main",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Authority says supply should return to most areas by Saturday",
                "the Water and Sewerage Authority",
                "says",
                "",
            )
        ],
        [("Marisa La Borde-Ramnath", "", "", "B")],
        [("Monday 6 July 2026, 8:25 PM", "", "", "B")],
        [("Residents fill buckets at a standpipe on Hollis Avenue, Arima, on Monday.", "", "", "")],
        [("PHOTO: NORTHERN RANGE GAZETTE", "", "", "B")],
        [
            (
                "Thousands of households in Arima, Malabar and Sangre Grande have had no pipe-borne water since Wednesday, when a 42-inch transmission main burst at Valencia, the Water and Sewerage Authority (WASA) said.",
                "the Water and Sewerage Authority",
                "said",
                "W",
            ),
            (
                "In a release on Monday, the authority said repairs were 80 per cent complete and that supply should return to most areas by Saturday.",
                "the authority",
                "said",
                "W",
            ),
            (
                "It said 14 tankers were serving the worst-hit areas from 6 a.m. to 10 p.m. every day.",
                "the Water and Sewerage Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jennifer St. Bernard, 67, of Calvary Hill, Arima, said no truck had come up her street since Thursday.",
                "Jennifer St. Bernard",
                "said",
                "",
            ),
            (
                "She said she and her neighbour, Indra Boodoosingh-Lalla, had been filling buckets at a standpipe outside a church on Hollis Avenue.",
                "Jennifer St. Bernard",
                "said",
                "",
            ),
            (
                "Boodoosingh-Lalla, who is 71 and walks with a frame, said she had not bathed properly in five days.",
                "Indra Boodoosingh-Lalla",
                "said",
                "",
            ),
            ("“Jennifer carries the buckets,” she said.", "Indra Boodoosingh-Lalla", "said", ""),
            ("“I carry the complaints.”", "Indra Boodoosingh-Lalla", "said", ""),
        ],
        [
            (
                "Arima Mayor Cherisse La Fortune-Baptiste said the borough corporation had sent its own two water trucks to the hillside streets and had asked WASA for a list of the streets its tankers had covered.",
                "Cherisse La Fortune-Baptiste",
                "said",
                "W",
            ),
            (
                "La Fortune-Baptiste called the Saturday date “a forecast, not a promise.”",
                "Cherisse La Fortune-Baptiste",
                "called",
                "",
            ),
        ],
        [
            (
                "An Opposition senator, Avinash Maharaj-Doodnath, wrote on Facebook that the same main had burst twice in 2025.",
                "Avinash Maharaj-Doodnath",
                "wrote on Facebook",
                "W",
            ),
            (
                "“It is 2026 and we are carrying buckets like it is 1976,” he wrote.",
                "Avinash Maharaj-Doodnath",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The Ministry of Public Utilities said the minister had visited the repair site on Sunday and would update Parliament on Friday.",
                "The Ministry of Public Utilities",
                "said",
                "W",
            ),
            (
                "The contractor replacing the burst section, Caroni Pipeline Services Ltd., declined to comment.",
                "Caroni Pipeline Services Ltd.",
                "declined to comment",
                "",
            ),
            (
                "According to WASA's published supply schedule, parts of Sangre Grande received water only three days a week even before the main burst.",
                "WASA's published supply schedule",
                "according to",
                "W",
            ),
        ],
        [("THREE QUESTIONS FOR WASA", "", "", "B")],
        [
            (
                "The Gazette put three questions to WASA's director of operations, Eng. Marlon de Souza-Rampersad, by phone on Monday.",
                "",
                "",
                "",
            )
        ],
        [("His answers have been shortened.", "", "", "B")],
        [("Q: Why is this taking so long?", "", "", "")],
        [
            (
                "A: The main is 42 inches across and lies eight metres under the road.",
                "Marlon de Souza-Rampersad",
                "A:",
                "W",
            ),
            (
                "We had to dig a pit the size of a house before a welder could reach it.",
                "Marlon de Souza-Rampersad",
                "A:",
                "",
            ),
        ],
        [("Q: Will Saturday hold?", "", "", "")],
        [
            (
                "A: If the weld passes its pressure test on Thursday, yes.",
                "Marlon de Souza-Rampersad",
                "A:",
                "",
            ),
            (
                "Then we refill the line slowly, over about a day, so it does not burst somewhere else.",
                "Marlon de Souza-Rampersad",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Residents say your tankers are not going up the hillside streets.",
                "Residents",
                "say",
                "W",
            ),
            ("Is that true?", "", "", ""),
        ],
        [
            (
                "A: Some streets are too steep for a full tanker.",
                "Marlon de Souza-Rampersad",
                "A:",
                "W",
            ),
            (
                "From tomorrow we are sending the smaller trucks there.",
                "Marlon de Souza-Rampersad",
                "A:",
                "",
            ),
        ],
        [("Did you find this article useful?", "", "", "B")],
        [("Yes | No", "", "", "B")],
        [("RELATED", "", "", "B")],
        [("WASA: Caroni plant back to full output after flood damage", "", "", "B")],
        [("Sangre Grande hospital gets its own water tank", "", "", "B")],
        [("Northern Range Gazette Ltd., 14 Woodford Street, Arima.", "", "", "B")],
        [
            ("© 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n158-nz-nested-quote-ends-sentence",
        "“She told me, ‘Come back on Friday.’ There is no Friday any more,” he said.",
        ["“She told me, ‘Come back on Friday.’", "There is no Friday any more,” he said."],
    ),
    (
        "n158-nz-parenthesis-sentence",
        "The practice has 5,400 patients. (It had 4,100 when Dr Aroha Kingi-Lowe bought it.) Most of them live in town.",
        [
            "The practice has 5,400 patients.",
            "(It had 4,100 when Dr Aroha Kingi-Lowe bought it.)",
            "Most of them live in town.",
        ],
    ),
    (
        "n158-za-adv-title-mid",
        "Adv. Lwazi Mthethwa-Pillay, for the State, said the witness was reliable. The defence disagreed.",
        [
            "Adv. Lwazi Mthethwa-Pillay, for the State, said the witness was reliable.",
            "The defence disagreed.",
        ],
    ),
    (
        "n158-za-particle-at-sentence-start",
        "The driver is Pieter van Wyk-Louw. Van Wyk-Louw, 52, has pleaded not guilty.",
        ["The driver is Pieter van Wyk-Louw.", "Van Wyk-Louw, 52, has pleaded not guilty."],
    ),
    (
        "n158-za-list-with-semicolons",
        "The court heard three witnesses: a teacher, who reported the driver twice; a traffic officer, who measured the skid; and an expert, who put the speed at 110km/h. It adjourned at 4 p.m.",
        [
            "The court heard three witnesses: a teacher, who reported the driver twice; a traffic officer, who measured the skid; and an expert, who put the speed at 110km/h.",
            "It adjourned at 4 p.m.",
        ],
    ),
    (
        "n158-ng-engr-and-sp-titles",
        "The spokesperson, Engr. Obiora Nwachukwu-Eke, briefed reporters. SP Halima Bello-Okon of the police spoke after him.",
        [
            "The spokesperson, Engr. Obiora Nwachukwu-Eke, briefed reporters.",
            "SP Halima Bello-Okon of the police spoke after him.",
        ],
    ),
    (
        "n158-ng-chief-mrs-and-am-at-end",
        "Chief (Mrs) Nkechi Ubah-Onwuka lost two shops. She said the fire reached them at 1.15 a.m. on Monday.",
        [
            "Chief (Mrs) Nkechi Ubah-Onwuka lost two shops.",
            "She said the fire reached them at 1.15 a.m. on Monday.",
        ],
    ),
    (
        "n158-ng-am-ends-before-capital",
        "The first engine arrived at 12.40 a.m. Traders had been fighting the fire with buckets for half an hour.",
        [
            "The first engine arrived at 12.40 a.m.",
            "Traders had been fighting the fire with buckets for half an hour.",
        ],
    ),
    (
        "n158-ug-sr-dr-and-msgr",
        "Sr. Dr. Immaculata Nakiyingi met the parents at the gate. Msgr. Charles Lwanga-Ssebunya led prayers.",
        [
            "Sr. Dr. Immaculata Nakiyingi met the parents at the gate.",
            "Msgr. Charles Lwanga-Ssebunya led prayers.",
        ],
    ),
    (
        "n158-ug-asp-then-declined",
        "ASP Moses Kiggundu-Waiswa said four prefects had made statements. He declined to say more.",
        [
            "ASP Moses Kiggundu-Waiswa said four prefects had made statements.",
            "He declined to say more.",
        ],
    ),
    (
        "n158-jm-ltd-mid-sentence",
        "The agency granted Sandy Cay Holdings Ltd. a permit in 2023. It did not cover the beach.",
        [
            "The agency granted Sandy Cay Holdings Ltd. a permit in 2023.",
            "It did not cover the beach.",
        ],
    ),
    (
        "n158-jm-ltd-ends-sentence",
        "The permit was issued to Sandy Cay Holdings Ltd. Its directors live in Kingston.",
        ["The permit was issued to Sandy Cay Holdings Ltd.", "Its directors live in Kingston."],
    ),
    (
        "n158-jm-cpl-title",
        "Cpl. Andrea Bisasor-Lewis of the Santa Cruz police confirmed the report. No one was charged.",
        [
            "Cpl. Andrea Bisasor-Lewis of the Santa Cruz police confirmed the report.",
            "No one was charged.",
        ],
    ),
    (
        "n158-jm-sign-quoted-inside-sentence",
        "He read the sign aloud: “No Entry. Guard Dogs On Duty.” Then he laughed.",
        ["He read the sign aloud: “No Entry. Guard Dogs On Duty.”", "Then he laughed."],
    ),
    (
        "n158-lk-initials-two-bandaras",
        "The Grama Niladhari, H.M.K. Priyantha Bandara, visited the field. The farmer's brother, D.M. Upali Bandara, was not at home.",
        [
            "The Grama Niladhari, H.M.K. Priyantha Bandara, visited the field.",
            "The farmer's brother, D.M. Upali Bandara, was not at home.",
        ],
    ),
    (
        "n158-lk-ven-and-thera",
        "Ven. Rambukwelle Sirisumana Thera addressed the crowd. The Thera said the temple would help the family.",
        [
            "Ven. Rambukwelle Sirisumana Thera addressed the crowd.",
            "The Thera said the temple would help the family.",
        ],
    ),
    (
        "n158-lk-rupees-abbreviation",
        "Paddy sold for Rs. 142.50 a kilo in Polonnaruwa. Farmers wanted Rs. 150. The mills offered less.",
        [
            "Paddy sold for Rs. 142.50 a kilo in Polonnaruwa.",
            "Farmers wanted Rs. 150.",
            "The mills offered less.",
        ],
    ),
    (
        "n158-bd-md-and-mst",
        "Md. Touhidul Islam Bhuiyan signed the notice. Mst. Shirin Akter read it out.",
        ["Md. Touhidul Islam Bhuiyan signed the notice.", "Mst. Shirin Akter read it out."],
    ),
    (
        "n158-bd-pm-then-taka",
        "Workers left the road at 3.10 p.m. The factory owes them Tk 11.5 crore.",
        ["Workers left the road at 3.10 p.m.", "The factory owes them Tk 11.5 crore."],
    ),
    (
        "n158-my-datuk-dr-binti",
        "Datuk Dr Suhaila binti Ab Rahman said 19 pupils were treated. Dr Suhaila said samples had gone to Sungai Buloh.",
        [
            "Datuk Dr Suhaila binti Ab Rahman said 19 pupils were treated.",
            "Dr Suhaila said samples had gone to Sungai Buloh.",
        ],
    ),
    (
        "n158-my-a-p-and-sdn-bhd",
        "The canteen is run by Seri Kenanga Catering Sdn Bhd. Its owner, Malathi a/p Krishnan, could not be reached.",
        [
            "The canteen is run by Seri Kenanga Catering Sdn Bhd.",
            "Its owner, Malathi a/p Krishnan, could not be reached.",
        ],
    ),
    (
        "n158-my-question-then-attribution",
        "“Why did nobody check the sambal?” a father asked. The headmistress did not answer.",
        ["“Why did nobody check the sambal?” a father asked.", "The headmistress did not answer."],
    ),
    (
        "n158-mt-perit-and-fr",
        "Perit Claudette Vella Zarb spoke for the applicants. Fr Anton Mallia Borg spoke against.",
        [
            "Perit Claudette Vella Zarb spoke for the applicants.",
            "Fr Anton Mallia Borg spoke against.",
        ],
    ),
    (
        "n158-mt-ellipsis-lower-case",
        "“We will appeal… and we will win,” the club said. Residents were less sure.",
        ["“We will appeal… and we will win,” the club said.", "Residents were less sure."],
    ),
    (
        "n158-zm-kwacha-and-depot-no",
        "The agency pays K350 a bag. At depot No. 4 in Katete, farmers were paid K340 after a deduction.",
        [
            "The agency pays K350 a bag.",
            "At depot No. 4 in Katete, farmers were paid K340 after a deduction.",
        ],
    ),
    (
        "n158-zm-question-inside-quote",
        "“Who set this price? Not the farmers,” the chieftainess said.",
        ["“Who set this price?", "Not the farmers,” the chieftainess said."],
    ),
    (
        "n158-pg-ltd-comma-and-kina",
        "Highway Gravel Supplies Ltd., the contractor, was paid K3.4 million. The clan says it received K600,000.",
        [
            "Highway Gravel Supplies Ltd., the contractor, was paid K3.4 million.",
            "The clan says it received K600,000.",
        ],
    ),
    (
        "n158-pg-fr-and-major",
        "Fr Peter Wani-Kaupa carried the messages. Major Joel Sinebare-Aua said soldiers had not been called.",
        [
            "Fr Peter Wani-Kaupa carried the messages.",
            "Major Joel Sinebare-Aua said soldiers had not been called.",
        ],
    ),
    (
        "n158-tt-st-in-surname-and-pm-at-end",
        "Lorraine St. Bernard-Cumberbatch, 58, said the tanker came at 9 p.m. Her neighbour said it came at ten.",
        [
            "Lorraine St. Bernard-Cumberbatch, 58, said the tanker came at 9 p.m.",
            "Her neighbour said it came at ten.",
        ],
    ),
    (
        "n158-tt-qa-prefixes",
        "Q: When will the water come back? A: By Saturday, if the weld holds.",
        ["Q: When will the water come back?", "A: By Saturday, if the weld holds."],
    ),
]
