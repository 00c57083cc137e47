"""Boilerplate, attribution and check-worthiness: targeted cases, then the labelled set."""

import re

import pytest

from claimreview.text import analyze, boilerplate, checkworthy, normalize, split_text
from claimreview.text import speakers as naming
from tests.text.hint_scores import evaluate
from tests.text.labelled_articles import ARTICLES, build


def speakers(body: str) -> list[tuple[str, str, bool]]:
    return [
        (s.text, s.attributions[0].speaker if s.attributions else "", bool(
            s.attributions and s.attributions[0].inherited
        ))
        for s in analyze(body)
    ]  # fmt: skip


def test_the_labelled_set_is_large_enough():
    assert sum(len(build(a)[1]) for a in ARTICLES) >= 200


def test_labelled_scores_meet_the_targets():
    scores, counts, mistakes = evaluate()
    assert counts["misaligned"] == 0, mistakes
    assert scores["attribution"][2] >= 0.90, mistakes
    assert scores["source_match"] >= 0.90, mistakes
    assert scores["boilerplate"][0] >= 0.98, mistakes
    assert scores["checkworthy"][2] >= 0.80, mistakes


def test_nested_cue_belongs_to_the_outer_speaker():
    body = "“If, as Mayor Jo Platt has said, the plan is fair, then show us the numbers,” Vera Lind said."
    ((_, speaker, inherited),) = speakers(body)
    assert speaker == "Vera Lind"
    assert not inherited


def test_quote_across_paragraphs_inherits_the_speaker_where_it_closes():
    body = (
        "“We have waited ten years for this road.\n\n"
        "“Now it is finally here, and we are grateful,” said Amal Odeh, a shopkeeper."
    )
    result = speakers(body)
    assert result[0][1:] == ("Amal Odeh", True)
    assert result[1][1:] == ("Amal Odeh", False)


def test_quote_opened_after_a_named_speaker_keeps_that_speaker():
    body = 'Councillor Bea Holt said: "The budget is balanced. Nobody will lose services."'
    result = speakers(body)
    assert [r[1] for r in result] == ["Bea Holt", "Bea Holt"]  # the name, not the title
    assert result[1][2] is True


def test_straight_and_curly_quotes_behave_alike():
    straight = speakers('"The bridge is safe," the engineer said. "We checked it twice."')
    curly = speakers("“The bridge is safe,” the engineer said. “We checked it twice.”")
    assert [r[1:] for r in straight] == [r[1:] for r in curly]
    assert straight[1][1] == "the engineer"


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        ("US officials say the buildup is real.", "US officials", "say"),
        ("The buildup is real, said Gen. Tara Hoyle.", "Gen. Tara Hoyle", "said"),
        ("Lebanese sources have said the troops arrived.", "Lebanese sources", "have said"),
        ("The ministry has declined to comment.", "The ministry", "has declined to comment"),
        ("Prices will rise, according to the central bank.", "the central bank", "according to"),
        ("Tom Ng told reporters the vote was rigged.", "Tom Ng", "told reporters"),
        ("Mia Roth blamed the council, saying it ignored warnings.", "Mia Roth", "saying"),
        ("The agency, in a statement, said the road would reopen.", "The agency", "said"),
        ("The mayor, Ama Dede, has disclosed that the plant is shut.", "Ama Dede", "has disclosed"),
        ("The bridge stays shut, the council reiterated.", "the council", "reiterated"),
        ("“It was our game to lose,” Pat Oduya rued.", "Pat Oduya", "rued"),
    ],
)
def test_attribution_forms(sentence, source, cue):
    (result,) = analyze(sentence)
    assert result.attributions[0].source == source
    assert result.attributions[0].cue == cue


def test_a_sentence_can_carry_two_attributions():
    (result,) = analyze("Police say two men fled, while witnesses say there were three.")
    assert [a.source for a in result.attributions] == ["Police", "witnesses"]


def test_pronouns_are_resolved_to_the_last_named_person():
    result = analyze("Finance minister Ola Berg spoke on Monday. He said taxes would not rise.")
    assert result[1].attributions[0].source == "He"
    assert result[1].speaker == "Ola Berg"


@pytest.mark.parametrize(
    "sentence",
    [
        "The board never said the plant was closed for good.",
        "The reports of a buildup come as the war enters its fifth year.",
        "Insurance claims from the floods have reached £12m.",
        "Residents were told to leave their homes.",
        "It was a well-said speech, and the hall was full.",
    ],
)
def test_no_attribution_where_nobody_is_quoted(sentence):
    (result,) = analyze(sentence)
    assert result.attributions == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Already a subscriber?", "subscription prompt"),
        ("You have reached your free article limit.", "subscription prompt"),
        ("Sign in", "sign-in prompt"),
        ("Monthly €12 / month", "price line"),
        ("Cookie Policy Privacy Policy Terms and Conditions", "cookie or legal notice"),
        ("More in this section", "related links"),
        ("Share this article", "share or follow line"),
        ("© 2026 The Demo Gazette", "copyright line"),
        # By shape, not by phrase: invented lines of the kinds pasted pages carry.
        ("Start | Region | Markets | Weather | Puzzles", "navigation or share strip"),
        ("Email · Facebook · Bluesky", "navigation or share strip"),
        ("By Oskar Vell, Transport editor", "byline"),
        ("By Mira Haddad and Tom de Vries | 9 June 2026", "byline"),
        ("— Juno Park", "byline"),
        ("Posted 08:15 CEST, 21 June 2026", "date line"),
        ("Thursday 4 September 2025", "date line"),
        ("Last updated 6.40pm BST", "date line"),
        ("Photograph: Lia Brenn for the Valley Post", "credit"),
        ("NORTHWIRE/Ada Sol/Pool Photo", "credit"),
        ("(Writing by Ben Carr; Editing by Sue Lam)", "credit"),
        ("This reporting was supported by a grant from the Brae Foundation.", "funding note"),
        ("You have 3 free stories remaining", "subscription prompt"),
        ("Get the morning briefing delivered to your inbox", "share or follow line"),
        (
            "Got a news tip? Email tips@valleypost.example or call 0161 496 0000.",
            "call for tips or letters",
        ),
        (
            "We and our 80 partners use cookies and store information on your device to "
            "personalise content and ads.",
            "cookie or legal notice",
        ),
        ("Accept all cookies", "cookie or legal notice"),
        ("This site uses cookies.", "cookie or legal notice"),
        ("By continuing to browse you agree to our use of cookies.", "cookie or legal notice"),
        ("5 min read", "editorial note"),
        # Round two (issue 13): labels with a colon, bylines without "By", calls to action,
        # disclosures and republishing notes, relative time stamps.
        ("Related: Harbour ferry timetable cut for winter", "related links"),
        ("Watch live: the council meeting from 7pm", "related links"),
        ("Please enable JavaScript to view the live updates.", "related links"),
        ("Comments are turned off for this story.", "related links"),
        ("Ilse Marwood, Senior Health Reporter", "byline"),
        ("Tobias Quell, Channel 9 Investigative Producer", "byline"),
        ("Download the Lakeshore Ledger app for alerts on your phone.", "share or follow line"),
        ("Follow him on Mastodon @tquell.", "share or follow line"),
        ("Book your tickets for the derby now", "share or follow line"),
        ("Our weekly newsletter on courts and crime, every Friday.", "share or follow line"),
        ("Stream every episode free on our app", "call to action"),
        ("You can cancel at any time.", "subscription prompt"),
        ("Already have an account?", "sign-in prompt"),
        ("Do not sell or share my personal data", "cookie or legal notice"),
        ("Your choices apply to this website only.", "cookie or legal notice"),
        ("Conflicts of interest: the authors declare none.", "editorial note"),
        ("Funding: The survey was paid for by the Orrin Trust.", "editorial note"),
        ("This story was first published by the Fenland Review.", "editorial note"),
        ("The views expressed here are the writer's own.", "editorial note"),
        ("(Photo by Ana Reyes/Skyline Pictures)", "credit"),
        ("Pia Lund for the Coastal Herald", "credit"),
        ("Updated 35 minutes ago", "date line"),
        ("2 hours ago", "date line"),
        # Round three: menus by spacing or section names, widgets, credits in brackets.
        ("Front   Region   Courts   Weather   Puzzles", "navigation or share strip"),
        ("News Sport Business Culture Opinion Video", "navigation or share strip"),
        ("Topics: Courts ▸ Housing ▸ Transport", "related links"),
        ("ALSO READ | Tram depot plan goes back to committee", "related links"),
        ("Article continues below advertisement", "related links"),
        ("GOLD 2,312.40 +0.8%", "ticker or widget"),
        ("FT  Harbour United 3 – 1 Millfield", "ticker or widget"),
        ("14°C Sunny spells", "ticker or widget"),
        ("(Northgate Wire)", "credit"),
        ("Image source, Quayside Photos", "credit"),
        ("— Ines Hald in Portbury", "byline"),
        ("Posted 3h ago, updated 20m ago", "date line"),
        ("desk@portburyvoice.example", "contact line"),
        ("• Unlimited access to every story", "subscription prompt"),
        ("This report may not be reproduced without permission.", "editorial note"),
        # Round four: releases, newsletters, transcripts, print pages, wikis, comment threads.
        (
            "Press contact: Ruth Abara, 555-0142, press@harlowcity.example",
            "call for tips or letters",
        ),
        ("For more information, visit harlowcity.example/parks.", "call for tips or letters"),
        ("###", "editorial note"),
        ("FOR IMMEDIATE RELEASE", "editorial note"),
        ("This transcript may not be in its final form.", "editorial note"),
        ("[09:14:55]", "editorial note"),
        ("[3] City of Harlow, Parks Budget 2026, p. 9.", "editorial note"),
        ("Good morning, everyone!", "editorial note"),
        ("Forward this to a friend.", "editorial note"),
        ("You are receiving this email because you subscribed on our website.", "editorial note"),
        ("Continued on Page B4", "editorial note"),
        ("Posted on May 3, 2026 by harlowwatcher", "editorial note"),
        ("12 thoughts on “Why the pool closed”", "editorial note"),
        ("Like   Reply", "editorial note"),
        ("History[edit]", "related links"),
        ("Sources:", "related links"),
        ("Ember Desk is an independent, nonprofit newsroom covering the coast.", "related links"),
        ("Translated by Ola Brekke", "credit"),
        ("STAFF PHOTO BY LENA ORTIZ", "credit"),
        ("harlowcourier.news", "contact line"),
        ("B2 THE HARLOW COURIER MONDAY, MARCH 2, 2026", "page header"),
        ("POOL, from A1", "page header"),
        ("Aired March 2, 2026 - 18:00 ET", "date line"),
        (
            "Harbour Dredging Co. undertakes no obligation to update these statements.",
            "editorial note",
        ),
        # Round five: fifteen kinds of site.
        ("Front  News  Sport  Arts & Culture  Opinion  The Back Page", "navigation or share strip"),
        ("The Harlow Ledger is a member of the Regional Press Council.", "about the publisher"),
        ("KHLW 1040 AM is owned and operated by Bellmore Radio Inc.", "about the publisher"),
        ("Harlow Media Ltd, 9 Dock Row, Harlow HA2 7QT.", "contact line"),
        ("Registered in Harlowshire, company number 55120.", "editorial note"),
        ("Annex B: the harbour plan (PDF, 1.2 MB)", "document link"),
        ("Posted by Ann Quist on May 3, 2026 at 9:15 am", "byline"),
        # (round twenty-three) a page's cells apart by spaces, a source's web address
        ("Posted by News Desk   27 January 2026 at 8:42 am", "byline"),
        ("By: Ama Quaye   Sat, 14 Mar 2026   Source: harbournews.com", "byline"),
        ("Ann Quist can be reached at aquist@harlowledger.com or 319-555-0142.", "contact line"),
        ("Ann Quist can be contacted at aquist@harlowledger.com.", "contact line"),
        ("Follow The Harlow Ledger on Google News and never miss an update", "call to action"),
        ("Join Harlow Post on WhatsApp", "call to action"),
        ("For more news, follow Harlow Post on Facebook and YouTube.", "call to action"),
        ("Published in The Harlow Ledger, March 12th, 2026", "editorial note"),
        ("| Photo Credit: Special Arrangement", "credit"),
        ("— Photo by the writer", "credit"),
        ("— Pic courtesy of Ade Obi", "credit"),
        ("Photo courtesy of the family", "credit"),
        ("— Harbourwire pic", "credit"),
        ("— Photo: Ann Lee", "credit"),
        (
            "Harlow: Fajr 5:24   Zuhr 12:09   Asr 3:11   Maghrib 5:31   Isha 6:50",
            "ticker or widget",
        ),
        ("Email: news@harlowledger.com", "contact line"),
        ("Harlow FM 97.4 & 103.1", "masthead"),
        ("KQZN 1040 AM", "masthead"),
        ("Phone: +44 20 5510 0413   Email: news@harlowledger.com", "navigation or share strip"),
        ("Words by Ann Quist   Photography by Ola Brekke", "navigation or share strip"),
        ("Share   Copy link   Comments (41)", "navigation or share strip"),
        ("HLW PHOTO/Ann Quist/kt.", "credit"),
        ("(ak/jd)", "editorial note"),
        ("Fact-checked by Ola Brekke", "editorial note"),
        ("You have 2 of 5 free articles remaining.", "subscription prompt"),
        ("Register or log in to keep reading", "sign-in prompt"),
        ("Have a news tip?", "call for tips or letters"),
        ("We're hiring reporters and photographers.", "call for tips or letters"),
        ("Letters must be signed and include an address.", "call for tips or letters"),
        ("CONTEST: Win two tickets to the harbour festival!", "related links"),
        ("Listen live · Now playing: Harbour Breakfast", "related links"),
        ("Was this page helpful?", "related links"),
        ("Got it", "related links"),
        ("Use of our photos requires a subscription.", "subscription prompt"),
        ("The Morning Ledger: the day's news in your inbox by 7am.", "share or follow line"),
        ("When you buy through our links, we may earn an affiliate commission.", "editorial note"),
        ("Funders have no say over our journalism.", "editorial note"),
        ("Serving Harlow and the coast since 1884", "editorial note"),
        ("The student newspaper of Harlow College since 1950", "about the publisher"),
        # Round six: apps, radio, podcasts, print notices, accessibility bars, AI notes.
        ("🔊 Read aloud", "related links"),
        ("✔ Why you can trust us: we publish our sources.", "related links"),
        ("By: Ann Quist, Dev Malik", "byline"),
        ("Up next: The Late Mix with Ola Brekke", "related links"),
        ("Produced by Kit Varga.", "editorial note"),
        ("Executive producer: Ines Hald.", "editorial note"),
        ("This episode is supported by Harbour Outdoor.", "editorial note"),
        ("Use code HARBOUR10 for 10% off your first order.", "editorial note"),
        ("You are using an outdated browser.", "editorial note"),
        ("Summary generated by AI, reviewed by our editors", "editorial note"),
        ("Sign in or create an account to keep reading", "sign-in prompt"),
        ("Health  ⟩  Hospitals  ⟩  Waiting lists", "navigation or share strip"),
        ("THE HARLOW STANDARD — Independent news for the coast", "masthead"),
        ("Supporter — $12/month · Plus a tote bag", "price line"),
        ("Ph 0491 555 213", "contact line"),
        ("Harbour in the 1950s – 18 pictures", "related links"),
        ("KEY FACTS", "related links"),
        # Round seven: furniture as pastes mangle it.
        ("Ines Hald Health correspondent", "byline"),
        ("Share on Facebook Share on X Share via Email", "related links"),
        ("Log in »", "sign-in prompt"),
        ("- Advertisement -", "related links"),
        ("ALSO READ »  Ferry fares rise again", "related links"),
        ("Duration 3:12", "related links"),
        ("Posted by Ann Quist", "editorial note"),
        ("A Name · Harbour News · Posted: Jul 29, 2026 7:14 AM PT", "date line"),
        ("Our journalism relies on readers like you.", "editorial note"),
        ("Company registration number 1984023.", "editorial note"),
        (
            "The views of contributors do not necessarily reflect those of the Post.",
            "editorial note",
        ),
        ("This site is operated by Harbour Broadcasting Ltd.", "about the publisher"),
        # Round eight: strips with longer items, and more items than a short line has words.
        (
            "Live Shows | Closures (3) | Send Us Your Pictures | 9 On Your Side | Contact 9 | Jobs",
            "navigation or share strip",
        ),
        (
            "Mon 3 May 2026 | E-paper | Subscribe from R5 a week | Log in",
            "navigation or share strip",
        ),
        ("ON AIR · 06:00–09:00 · Mornings with Ana & Joe", "navigation or share strip"),
        ("Log in / Register", "navigation or share strip"),
        ("Home :: Council and democracy :: News", "navigation or share strip"),
        ("@RiverdaleNews", "post author line"),
        ("Ana Kowal (@anakowal)", "post author line"),
        ("View on Instagram", "share or follow line"),
        ("2.4K Reposts   9.1K Likes", "ticker or widget"),
        ("Over 12,000 subscribers", "ticker or widget"),
        ("1,022 votes", "ticker or widget"),
        ("Company No. 04418822.", "editorial note"),
        ("Registered charity, certificate no. 0419T.", "editorial note"),
        ("Estimated reading time: 6 minutes", "editorial note"),
        ("Listen duration 3′ 40″", "editorial note"),
        ("Your email address will not be published.", "sign-in prompt"),
        ("Required fields are marked *", "sign-in prompt"),
        ("Email *", "sign-in prompt"),
        ("By staff writer Ola Brandt", "byline"),
        ("By Jonas Kerr (jk) and Mia Holt", "byline"),
        ("From Ada Obi, Enugu", "byline"),
        ("— With additional reporting by Ira Solis, Lagos", "credit"),
        ("Mixed and produced by Tam Oyelaran.", "editorial note"),
        ("Abusive comments will be deleted.", "comment rules"),
        ("Posts must follow our community guidelines.", "editorial note"),
        ("This article was translated with the help of software.", "editorial note"),
        ("Support for this podcast comes from the Ellery Trust.", "funding note"),
        ("Harbour FM is a listener-supported station.", "site's own funding"),
        ("Become a member for $8 a month.", "subscription prompt"),
        ("Take the reader survey", "call to action"),
        ("Did you find what you needed?", "feedback prompt"),
        ("An official website of Kellby Borough Council", "about the publisher"),
        ("Harbour United — The Official Website of The Gulls", "about the publisher"),
        ("Orrin Media Ltd, 4 Quay Street, Port Dallen.", "contact line"),
        ("Ostwind GmbH, Hafengasse 3, 20457 Seestadt.", "contact line"),
        ("Responsible for content: Ilka Brand.", "editorial note"),
        ("Jump to main story", "related links"),
        ("The views in this column are the writer's own.", "editorial note"),
        ("Comments are switched off for this piece.", "comment rules"),
        ("Released: 17 February 2026", "date line"),
        ("Sept. 14, 2026, 5 a.m. MDT", "date line"),
        ("Harbour FM is not responsible for the content of external sites.", "editorial note"),
        ("Valley Radio depends on listeners like you.", "call for support"),
        ("This excerpt has been edited for clarity.", "editorial note"),
        ("Photography by Lin Abiola", "credit"),
        ("Interview by Cosmo Pettit ’19", "byline"),
        (
            "Harbour uses cookies and similar tools to give you a better experience.",
            "cookie or legal notice",
        ),
        ("Closings & Delays (27)", "ticker or widget"),
        ("EIN 84-3390127.", "editorial note"),
        ("Allow all   Customise   Necessary only", "navigation or share strip"),
        ("This site uses cookies to personalise content and ads.", "cookie or legal notice"),
        # a longer link label in capitals, a related story's label, a player loading
        ("YOU MAY LIKE TO READ | Board exams: how the re-test will work", "related links"),
        ("ALSO ON THE HERALD: One in five trains ran late in 2025", "related links"),
        ("Related story: Where to get a flu jab", "related links"),
        ("Loading video…", "related links"),
        ("Loading…", "related links"),
        # a credit that names no one, a weather widget, a quote beside its arrow
        ("File photo", "credit"),
        ("Supplied", "credit"),
        ("43°   Clear   Orrelby, OH", "ticker or widget"),
        ("Quillan Motors ₹1,184.50 ▼7.3%", "ticker or widget"),
        # where the story ran in print
        ("This article ran on Page A1 of the March 13 print edition.", "editorial note"),
        ("Appeared in the March 4, 2026, print edition as 'Orrel in Talks'.", "editorial note"),
        # an offer or a strip that ends in its button
        ("Get 12 weeks for $12 - Subscribe", "subscription prompt"),
        # a share strip's longer button
        ("Send as a gift   Share   Save   412 comments", "navigation or share strip"),
        # a player's control, a picker
        ("▶ Watch Quillan News Live", "ticker or widget"),
        ("▷ Listen · 11 min", "ticker or widget"),
        ("Orrelby ▾   Change region", "navigation or share strip"),
        # a masthead's strip ending in its account button, whatever its other items hold
        (
            "Thursday, March 12, 2026   Today's Paper   Subscribe: $1 a week   Log in",
            "navigation or share strip",
        ),
        (
            "Report a missed bin   Pay your council tax   Apply for a permit   Find your bin day",
            "navigation or share strip",
        ),
        # A long menu of short items, two of them single words, whatever its items' wording:
        (
            "Who we are   Our work   Reports   News   Get involved   Contact",
            "navigation or share strip",
        ),
        (
            "Home   Alerts   Shelters   Recovery   Sign up for flood alerts",
            "navigation or share strip",
        ),
        ("Reported by Eva Fitch.", "editorial note"),
        ("Reported by Delia Frost and Omar Said.", "editorial note"),
        ("Abusive or defamatory posts will be removed.", "comment rules"),
        ("You are free to republish this story under our licence.", "editorial note"),
        ("The Ledger is a 501(c)(3) nonprofit.", "about the publisher"),
    ],
)
def test_boilerplate_lines(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper said 40,000 readers subscribe to its print edition.",
        "Regulators will ban cookie walls from next year, the ministry said.",
        "Sign language interpreters were present at the briefing.",
        "Share prices fell 4% on Monday.",
        "Copyright lawyers say the ruling will be appealed.",
        "Read more carefully, the judge told the jury, and the answer is plain.",
        "By Tuesday the river had risen by two metres.",
        "By law, the council must publish the figures.",
        "The bridge was funded by a £30m government grant.",
        "Published figures show 12% of trains ran late in March.",
        "Updated maps of the flood zone will be released on Friday.",
        "Photographs of the damage were shared widely on Sunday.",
        "We accept that the policy has failed, the minister told parliament.",
        "Our reporters counted 14 empty shops on the high street.",
        "You have to wonder whether the deal will survive, one analyst said.",
        "We baked cookies for the volunteers on Sunday.",
        # Near misses of round two's shapes: reporting that opens like furniture.
        "Related charges were dropped against two other men in May.",
        "Support for the plan fell to 38% in the latest poll.",
        "Watch makers in the valley employ 1,200 people.",
        "Follow-up tests found no trace of the chemical.",
        "Get-out clauses in the contract cost the city £2m.",
        "Ilse Marwood, a nurse in the ward, said staff were exhausted.",
        "Pia Lund, 34, was arrested for the theft on Tuesday.",
        "Funding for the scheme was cut by a third in 2025.",
        "The views from the tower draw 40,000 visitors a year.",
        "Two hours ago the river crossed its banks, the mayor said.",
        "Shop owners on the high street reported a 12% drop in sales.",
        "Book sales rose 5% last year.",
        "Home sales in the region fell for a third month.",
        "News of the closure spread quickly through the town.",
        "Gold Coast Council approved 14 new homes.",
        "Ines Hald, 52, has run the bakery since 1998.",
        "Good morning traffic on the ring road was the worst since May.",
        "Sources said the deal would be signed on Friday.",
        "Press freedom groups condemned the arrest.",
        "The company said it had no obligation to refund customers.",
        "The bank is owned by the state and employs 3,000 people.",
        "Close to 400 homes were flooded.",
        "Allow extra time for journeys on Monday, the police said.",
        "The station has been closed since 2019.",
        "The council has no say over the port's budget.",
        "Readers of the Harlow Ledger raised £4,000 for the lifeboat.",
        "Produced in Harlow since 1950, the cheese sells in 12 countries.",
        "The editor: a job nobody wanted, she said.",
        "Rate rises hit 4,000 households, the bank said.",
        "Ask the council and it will say the budget is fixed.",
        "In 2019 the ferry carried 40,000 passengers.",
        "A man was arrested on Tuesday.",
        "Posted to Harbour in 2019, she led the unit for five years.",
        "The report, published on May 3, 2026, found 12 faults.",
        "The station is owned by the city and employs 40 people.",
        "The network is part of the state grid.",
        "Acme Ltd is owned by Beta Holdings.",
        "Traffic: the M4 is closed between junctions 3 and 4 after a crash.",
        "Corrections: the article said 40 homes; the figure is 14.",
        "Budget 2026 | Sales tax rises to 9% from July on fuel and food",
        "Rates | The bank raised its rate to 4% | Markets fell 2% on the news.",
        "Support for the ban comes from 60% of voters, a poll found.",
        "Comments by the minister were criticised by 40 MPs.",
        "Comments on the plan will be reviewed by the council until 3 May.",
        "Our complaints about the policy were ignored for a year.",
        "This story has been corrected to show that the mine employs 2,300 people.",
        "With 40 homes flooded, the council declared an emergency.",
        "From Lagos, Ada Obi reports on the strike.",
        "Police closed Quay Street on Friday after the fire.",
        "Members of the board voted 7-2 to close the school.",
        "Your Honour, the defendant was in Leeds that night, his lawyer told the court.",
        "The station's 2,000 members voted to strike.",
        "The official website of the council crashed for six hours on Monday.",
        # A page's own headline after a label and a colon (a banner's as often).
        "▶ The player was sent off in the 80th minute.",
        # (an outside review's texts) bullets, a fall, a banner with a bar that is the headline
        "► Council approves $40 million bond for school repairs",
        "► Greer says crime doubled under Alvarez",
        "Fuel costs ▾ 4.1%",
        "Readers were told to subscribe - or else.",
        "The column appeared in the print edition of the Herald in 1998 and caused a row.",
        "Appeared in court on Monday, the two men denied the charges.",
        "BREAKING | Jury convicts former Harlow mayor in bribery case",
        # (a second review's) a banner that is the page's own headline or a live blog's entry;
        # capitals idioms in headlines; a round-up's item; bullets and a schedule; an arrow
        "BREAKING   Jury convicts former Orrel County sheriff on all 11 counts",
        "DEVELOPING\tShooting reported near Marlow station",
        "SEE YOU IN COURT: LANDLORD SUES TENANTS",
        "LISTEN UP: COUNCIL TO FINE NOISY NEIGHBOURS",
        "ALSO IN COURT: A Harlow man, 34, was fined £200 for driving without insurance.",
        "▶ Play areas in all 14 parks will reopen from 9am.",
        "► 8:30 Wheelchair race starts",
        "Pound ▾ against dollar",
        # (a third review's) a lead-in before a sentence; a headline a paste glued a button to
        "ALSO ON THE BALLOT: Measure C would raise the sales tax by half a cent.",
        "Water bills set to rise - Subscribe",
        "Loading of the ferry began at 6am.",
        "Archive pictures show the mill in 1962.",
        "Labour 29% ▼2",
        "SEE ALSO the council's reply, which says the figures are wrong.",
        "LIVE UPDATES: At least 3 dead as tornadoes tear through Orrel County",
        "BREAKING: Orrel wins governor's race, Quillan Wire projects",
        # A story's list set apart by spaces: clauses, not a menu's items.
        "Rents are up   Wages are flat   Bills rose   Jobs went   Shops shut",
        "Pools shut   Libraries are closing   Buses cut   Parks sold",
        # (round twenty-three) a reach without an address; a posting dated without its day
        "The mayor can be reached at home on most evenings, his aide said.",
        "Published by the ministry in 2024, the report found 41 faults.",
        "Published in Nature, March 12, 2026, the study found 40 cases.",
        "Join Mayor Quist on Facebook, she said.",
        "For more information, the council said, residents should call the hotline.",
        "| The council approved 40 homes.",
        "He showed the photo",
        "The council approved a new pic",
        # (a row of a table or a result, its cells no furniture alone)
        "Kelby Town 2   Arnsford Rovers 1",
        "Asr 3:11 was the time of the last prayer, the imam said.",
        "The station moved to 97.4 FM in 2020.",
    ],
)
def test_real_sentences_about_the_same_words_are_not_boilerplate(sentence):
    assert boilerplate.classify(sentence) == ""


def test_a_related_list_and_page_furniture_are_blocks_but_reporting_stops_them():
    body = (
        "Health\n\nClinic waiting times double in a year\n\nBy Ana Solis\n\n"
        "Patients waited 41 days on average in May, the health board said.\n\n"
        "Where the waits are longest\n\nThe board will publish a plan in July.\n\n"
        "Related\n\nNurses vote on new pay offer\n\nHospital car park fees scrapped\n\n"
        "Share\n\nComments"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["Health"] and reasons["By Ana Solis"]
    assert reasons["Clinic waiting times double in a year"] == ""  # the headline stays
    # A subhead between two sentences of reporting stays; a box's heading does not.
    assert reasons["Where the waits are longest"] == ""
    assert reasons["The board will publish a plan in July."] == ""
    assert reasons["Nurses vote on new pay offer"] == "related links"
    assert reasons["Hospital car park fees scrapped"] == "related links"
    assert reasons["Comments"]


def test_a_paywall_block_takes_in_the_lines_that_speak_to_the_reader_and_stops_at_reporting():
    body = (
        "Ferry fares to rise by a fifth\n\n"
        "Fares on the island ferry will rise 20% in April, the operator said on Monday.\n\n"
        "Subscribe to keep reading.\n\n"
        "Get every story in full, with no adverts.\n\n"
        "Keep reading for 99¢ for four weeks.\n\n"
        "Already a member?\n\n"
        "A 20% rise would add £4 a week to a commuter's costs.\n\n"
        "The operator blamed fuel prices."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["Subscribe to keep reading."]
    assert reasons["Get every story in full, with no adverts."]
    assert reasons["Already a member?"]
    assert reasons["Keep reading for 99¢ for four weeks."]  # told what to do
    # A price in the story is not the paywall's price: no reader is addressed.
    assert reasons["A 20% rise would add £4 a week to a commuter's costs."] == ""
    assert reasons["The operator blamed fuel prices."] == ""


def test_notes_to_editors_in_a_releases_contents_list_hides_nothing_of_its_body():
    release = (
        "£212 million to protect 9,800 homes from coastal flooding\n\n"
        "Thirty-one sea defence schemes will go ahead after the second funding round.\n\n"
        "Published 4 March 2026\n\n"
        "Contents\n\nSchemes funded\n\nHow schemes were chosen\n\nNotes to editors\n\n"
        "Thirty-one schemes will share £212 million, the department announced today.\n\n"
        "The money comes from the second round of the £1.1 billion fund, which opened in 2024.\n\n"
        "Coastal Minister Ana Pell said the funding would protect almost 10,000 homes.\n\n"
        "Work on the first 12 schemes will start this year, the agency said.\n\n"
        "Notes to editors\n\n"
        "1. The fund was announced in the 2024 budget.\n\n"
        "Press office: 020 7946 0000"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(release)}
    assert (
        reasons["Coastal Minister Ana Pell said the funding would protect almost 10,000 homes."]
        == ""
    )
    assert reasons["Work on the first 12 schemes will start this year, the agency said."] == ""
    assert reasons["1. The fund was announced in the 2024 budget."]


def test_a_press_releases_end_mark_ends_its_story_and_a_chapter_list_is_one_block():
    release = (
        "Dock workers vote to strike\n\n"
        "Workers at Port Dallen voted 88% for a strike, the union said on Tuesday.\n\n"
        "“This vote could not be clearer,” said Ines Aldo, the union's regional officer.\n\n"
        "ENDS\n\n"
        "1. The ballot closed at noon on 4 November 2026.\n\n"
        "2. The union represents 38,000 port workers.\n\n"
        "Media enquiries\n\n"
        "Press office: 020 7946 0000"
    )
    reasons = [(s.text, s.boilerplate_reason) for s in analyze(release)]
    end = [text for text, _ in reasons].index("ENDS")
    assert all(reason == "" for _, reason in reasons[1:end])
    assert all(reason for _, reason in reasons[end:])

    episode = (
        "The co-op that voted to evict its own members\n\n"
        "The board of the Quarry Lane co-op voted 9-2 to evict 14 households in March.\n\n"
        "In this episode\n\n"
        "00:00  Cold open\n\n03:12  How the co-op began\n\n14:40  The vote\n\n"
        "Transcript\n\n"
        "The meeting was on a Tuesday night in the community room."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(episode)}
    assert reasons["03:12  How the co-op began"] == reasons["14:40  The vote"] == "chapter list"
    assert reasons["The meeting was on a Tuesday night in the community room."] == ""
    # One stamped line on its own is a live page's entry, labelled by what it says.
    live = "Count under way\n\nCounting began at 10pm.\n\n10:30 Polls closed across the county"
    reasons = {s.text: s.boilerplate_reason for s in analyze(live)}
    assert reasons["10:30 Polls closed across the county"] != "chapter list"
    # Three in a row at times of day: the live page's key events, over its entries.
    live = (
        "Tram strike live: only a tenth of services running\n\n"
        "The morning so far\n\n"
        "07:58  Minister calls strike ‘deeply irresponsible’\n\n"
        "09:31  Only 11 of 96 trams running\n\n"
        "12:05  Union names 21 May as second strike date\n\n"
        "12:05\n\n"
        "The union said a second strike would begin on 21 May.\n\n"
        "09:31\n\n"
        "Only 11 of the network's 96 trams were running at 9.30am."
    )
    result = analyze(live)
    assert [s.boilerplate_reason for s in result[2:5]] == ["key events"] * 3
    assert result[6].boilerplate_reason == "" and result[-1].boilerplate_reason == ""
    # A timeline in a story, or a day's schedule, has no entries of those times below it.
    timeline = (
        "Warehouse fire: how the night unfolded\n\n"
        "21:04 First 999 call reports smoke at the warehouse\n\n"
        "21:11 Two fire engines arrive at the scene\n\n"
        "21:40 Roof of the main building collapses\n\n"
        "The fire service said 60 firefighters attended."
    )
    assert not any(s.is_boilerplate for s in analyze(timeline))
    # Two are enough when both stamps come back as the entries' stamps.
    live = (
        "Storm live: gusts of 91mph on the coast\n\n"
        "Key events\n\n"
        "14:32  Power cuts rise to 12,000 homes\n\n"
        "13:20  Gust of 91mph recorded at the point\n\n"
        "14:32\n\n"
        "The grid operator said 12,000 homes were without power.\n\n"
        "13:20\n\n"
        "A gust of 91mph was recorded at the lighthouse at 1.15pm."
    )
    result = analyze(live)
    assert [s.boilerplate_reason for s in result[2:4]] == ["key events"] * 2
    assert result[5].boilerplate_reason == "" and result[-1].boilerplate_reason == ""
    two_times = timeline.replace("21:40 Roof of the main building collapses\n\n", "")
    assert not any(s.is_boilerplate for s in analyze(two_times))
    # Headlines under stamps that age are a list's links, never a story's timeline.
    aged = (
        "By-election night as it happened\n\n"
        "Key events\n\n"
        "4h ago  Result: Forward Party gain the seat\n\n"
        "5h ago  Turnout 38.4%\n\n"
        "The Forward Party won the seat with a majority of 2,140."
    )
    result = analyze(aged)
    assert [s.boilerplate_reason for s in result[2:]] == ["key events", "key events", ""]
    # One such line alone is not a list; nor are two without a heading the rules took (live
    # entries), nor a day's schedule whose times come back.
    (_, _, alone, _) = analyze(aged.replace("5h ago  Turnout 38.4%\n\n", ""))
    assert alone.boilerplate_reason != "key events"
    bare = analyze(aged.replace("Key events\n\n", ""))
    assert [s.boilerplate_reason for s in bare[1:3]] == ["", ""]
    schedule = analyze(
        "Election day in Kelby\n\n07:00  Polls open\n\n22:00  Polls close\n\n"
        "07:00\n\nThe first voters queued in the rain.\n\n22:00\n\nCounting began."
    )
    assert [s.boilerplate_reason for s in schedule[1:3]] == ["", ""]


def test_an_obituarys_name_over_its_story_is_the_headline_not_a_label():
    page = (
        "Obituaries\n\nMargaret Ellen Dowd\n\n1941 – 2026\n\nShare  ·  Print\n\n"
        "Margaret Ellen Dowd, 84, of Harwich, died on Nov. 28, 2026, at Pell House.\n\n"
        "She taught at Harwich Elementary for 31 years.\n\nSign the guestbook"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Margaret Ellen Dowd"] == ""
    assert reasons["Obituaries"] and reasons["Share  ·  Print"]
    # A body's name over a story that opens with it is the site's masthead, as before.
    site = page.replace("Margaret Ellen Dowd", "Dunmoor City Council")
    assert analyze(site)[1].boilerplate_reason == "section label"


def test_repeated_headline_is_boilerplate_but_the_first_is_not():
    body = "Ferry route approved\n\nThe council voted on Monday.\n\nFerry route approved"
    result = analyze(body)
    assert [s.boilerplate_reason for s in result] == ["", "", "repeated headline"]


def test_checkworthiness_ignores_the_attribution_part():
    (plain,) = analyze("The mayor said on Tuesday that she was pleased.")
    (factual,) = analyze("The mayor said the scheme cost £4m in 2024.")
    assert not plain.is_checkworthy
    assert "date" not in plain.checkworthy_reasons
    assert factual.is_checkworthy
    assert {"number", "date"} <= set(factual.checkworthy_reasons)


def test_questions_and_opinions_score_low():
    (question,) = analyze("Will prices rise by 10% in 2027?")
    (opinion,) = analyze("I think the council should cut the budget by half.")
    assert question.checkworthy_score < checkworthy.THRESHOLD
    assert opinion.checkworthy_score < checkworthy.THRESHOLD
    # A rule's "must" states an obligation on the record, not a view: "should" is the view.
    (rule,) = analyze("Appeals must be made within 28 days of the date on the penalty notice.")
    (view,) = analyze("Appeals should be made much easier, within 28 days of the notice.")
    assert rule.is_checkworthy and "opinion" not in rule.checkworthy_reasons
    assert "opinion" in view.checkworthy_reasons


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ward councillor Hal Brisco, who sits on the roads panel, said the bid was late.",
         "Hal Brisco"),
        ("Harbour board spokeswoman Lena Vos called the delay avoidable and said work would "
         "restart in May.", "Lena Vos"),
        ("The Dunmore and Brack Traders Guild polled 90 shops and said most had lost money.",
         "Dunmore and Brack Traders Guild"),
        ("Pell Logistics did not respond to a request for comment.", "Pell Logistics"),
        ("A spokesperson for the museum did not immediately respond to emails seeking comment.",
         "A spokesperson for the museum"),
        ("State Rep. Hollis Grange, D-Marren, said the vote would wait.", "Hollis Grange"),
        ("Dr Ama Fenn of Westry University said the trial was small.", "Ama Fenn"),
        ("Historian Pell Ardwick said the bridge dated from 1840.", "Pell Ardwick"),
        ("Fares rose 9% in May, according to an analysis by the Harbour Transport Trust.",
         "an analysis by the Harbour Transport Trust"),
        # (round thirty-five: a document's date is part of it, as 27 of the sets' 29 such
        # labels write it)
        ("Fares rose 9% in May, according to figures from the port authority on Tuesday.",
         "figures from the port authority on Tuesday"),
        ("“Nobody is buying,” said a dealer at a car showroom in Lenton.",
         "a dealer at a car showroom in Lenton"),
        ("Lawmakers from coastal districts said the rule was too strict.",
         "Lawmakers from coastal districts"),
        ("The bakery at Fenn Cross, which employs 12 people, said it would close.",
         "The bakery at Fenn Cross"),
        ("Rents rose, said Ola Brekke of the Tenants Union.", "Ola Brekke"),
        ("Administrator Wynne Carrow said the cuts were final.", "Wynne Carrow"),
        ("The office of House Speaker Tam Orrin declined to comment.",
         "The office of House Speaker Tam Orrin"),
        ("Director of parks Ines Vall told the meeting the lake would reopen.", "Ines Vall"),
        ("Vice President for Finance Ola Brekke said fees would rise.", "Ola Brekke"),
        ("Angry father-of-two Dev Malik, 38, said: “We were never told.”", "Dev Malik"),
        ("Geologist Ama Fenn of the Westry Survey, who led the work, said the cliff was stable.",
         "Ama Fenn"),
        ("The state's engineer, Ir. Lena Vos, said the wall would hold.", "Lena Vos"),
        ("The port's counsel, Tam Orrin KC, told the inquiry it was lawful.", "Tam Orrin"),
        # People in a place: the people, not the place their phrase ends on; a place's region
        # after a comma is not an apposed name.
        ("Police in Ravensby said the road was closed.", "Police in Ravensby"),
        ("Staff at the hospital in Ravensby said they had not been paid.",
         "Staff at the hospital in Ravensby"),
        ("A spokesman for the council in Dunmore said the road would reopen.",
         "A spokesman for the council in Dunmore"),
        ("Owners of shops on Front Street in East Tenney said they were worried.",
         "Owners of shops on Front Street in East Tenney"),
        ("The ministry in Ankara said 12 people died.", "The ministry in Ankara"),
        ("Residents of Bagongtanaw, Sta. Rufina, said the water had been off for days.",
         "Residents of Bagongtanaw"),
        ("Workers at the plant in Ravensby, Lincolnshire, said they had not been paid.",
         "Workers at the plant in Ravensby"),
        ("Jane Colley of Harwich, Essex, said she had waited three hours.", "Jane Colley"),
        ("The mayor of Harwich, Tom Pell, said the road would reopen.", "Tom Pell"),
        ("A spokesman for Acme Pumps, Jane Colley, said profits rose.", "Jane Colley"),
        # (found by the round's outside reviews: the people a chain starts from, a person at its
        # head, a message's addressees, a surname after a body's name)
        ("Sources close to the minister in London said she would resign.",
         "Sources close to the minister in London"),
        ("Aides to the president in Washington said the visit was off.",
         "Aides to the president in Washington"),
        ("Friends of the victim in Harlow said he had been bullied.",
         "Friends of the victim in Harlow"),
        ("Dr Mary Kent of the hospital in Ravensby said the ward was full.", "Mary Kent"),
        ("Patients of Dr Ana Ruiz at the clinic in Marbury said they were not told.",
         "Patients of Dr Ana Ruiz at the clinic in Marbury"),
        ("The waiting list shows no sign of shrinking, with 7.6 million people waiting.", ""),
        ("An email sent to staff at the school in Corby said the head had resigned.",
         "An email sent to staff at the school in Corby"),
        ("The chief executive of Halden Foods, Farquhar, said the plant would open in 2026.",
         "Farquhar"),
        # Honorifics of Indian English copy and a university's regents are no part of a name.
        ("Union Minister of State for Housing Shri Devendra Kolhe said the line would open.",
         "Devendra Kolhe"),
        ("“Tenders will be floated within 60 days,” Smt. Vasundha Ekre told reporters.",
         "Vasundha Ekre"),
        ("“Nobody wanted this,” said Regent Philippa Gwell, who chairs the finance committee.",
         "Philippa Gwell"),
        ("Sri Lanka said exports rose.", "Sri Lanka"),
        # A footnote mark after the cue or the source is no part of either; more documents.
        ("About 14 miles of main predate 1930, the board's asset inventory shows.²",
         "the board's asset inventory"),
        ("The bill rises to $98 by 2029, according to the board's own rate calculator.¹",
         "the board's own rate calculator"),
        ("The state's own funding list, published in March, shows $131 million unspent.",
         "The state's own funding list"),
        ("The agenda shows the developer had asked for 85 feet.", "The agenda"),
        # The time of what was said, the date of a source and a body closing a headline.
        ("“You chose this 40 times,” the judge said when sentencing Naquin.", "the judge"),
        ("The mayor said when asked that the bridge would open.", "The mayor"),
        ("The mayor said when the bridge would open.", ""),
        ("A story on 4 March (“Brewer to cut 40 jobs”) said the firm had declined to comment.",
         "A story"),
        ("Police on Jan. 5 said the man was 40.", "Police"),
        ("Your report of April 14 said bins would be emptied fortnightly.",
         "Your report of April 14"),
        ("Bridge toll to jump to $7.50 in September, authority says", "authority"),
        # "claim" with a thing taken or asked for says nothing; an ordinal is no source.
        ("Rovers claimed the title on Saturday.", ""),
        ("The company claimed a 40% rise in sales in the first quarter.", "The company"),
        ("The army claimed the capture of three towns in the north.", "The army"),
        ("Kumari Selja, the Congress MP, said farmers had not been paid.", "Kumari Selja"),
        ("Households will be able to claim a first payment of £500 from Friday.", ""),
        ("The minister claimed the rise was the largest since 2010.", "The minister"),
        ("Second, the Minister for Energy, Hamish Leadbit, will announce that the cap will fall.",
         "Hamish Leadbit"),
        ("First Minister Ann Wyatt, the party's leader, said the cap would fall.", "Ann Wyatt"),
        # "point out" is a cue; a verb of saying that opens its sentence in its plain form is
        # an order, and its object nobody.
        ("Others point out that drivers will face a round trip of 82 miles.", "Others"),
        ("Confirm the booking with the hotel.", ""),
        ("Note the exits to your children.", ""),
        ("Says the mayor: “We will win.”", "the mayor"),
        # "adds up to", "adds between 12 and 20 minutes": an amount; a year before the source.
        ("Detour adds up to 20 minutes for about 3,000 drivers a day", ""),
        # A verb before the people a relative clause describes is not theirs.
        ("Your report quoted several traders who say the lane has driven customers away.",
         "several traders"),
        ("Police arrested two men who said they had been paid.", "two men"),
        ("Two injured workers said the scaffold gave way.", "Two injured workers"),
        ("Fred the builder said the wall had been unsafe for years.", "Fred the builder"),
        ("Newly appointed senior officials said the budget was balanced.",
         "Newly appointed senior officials"),
        ("The company that employed the workers said it would pay them in full.", "The company"),
        ("A study that followed several patients said the drug reduced symptoms.", "A study"),
        ("An earlier version of this article misstated the number of overheating reports Zippel "
         "received before the fire.", ""),
        ("Drivers use Rundell Road, which adds between 12 and 20 minutes at peak times.", ""),
        ("In May 2025 the County Court found that the trust had breached its duty.",
         "County Court"),
        ("A senior official of the Ministry of Housing and Urban Affairs, who did not wish to be "
         "named, said the plan was pending.",
         "A senior official of the Ministry of Housing and Urban Affairs"),
        # (round twenty-three) titles of chiefs and churches, police ranks, an office: none
        # of them part of the name ("Neighbour" is a surname too: left as written)
        ("The traditional ruler, Oba Adeyemi Ojo II, said the road was overdue.", "Adeyemi Ojo II"),
        ("His wife, Deaconess Ruth Ade, said 500 members attended.", "Ruth Ade"),
        ("Police spokesman SSP H.M.K. Perera said three men were arrested.", "H.M.K. Perera"),
        ("Range DIG P.B. Silva said two phones were recovered.", "P.B. Silva"),
        ("District Collector R. Vetri said 412 people had been moved.", "R. Vetri"),
    ],
)  # fmt: skip
def test_round_two_speaker_shapes(sentence, speaker):
    (result,) = analyze(sentence)
    assert result.speaker == speaker


def test_no_response_to_a_request_for_comment_asserts_nothing():
    (result,) = analyze("The ministry did not respond to a request for comment on the 40% rise.")
    assert "nothing asserted" in result.checkworthy_reasons
    assert not result.is_checkworthy


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A lawyer for Heppenstall could not be reached Friday.", "A lawyer for Heppenstall"),
        ("The company could not immediately be reached for comment.", "The company"),
        ("Tom Vell could not be reached.", "Tom Vell"),
        # (a thing out of reach says nothing, and is nobody)
        ("A deal could not be reached.", ""),
        ("Agreement could not be reached.", ""),
        ("The island could not be reached by boat for three days.", ""),
        ("Passengers on the stranded ferry could not be reached for two days.", ""),
    ],
)
def test_could_not_be_reached_is_said_nothing_by_someone_who_can_answer(sentence, speaker):
    (result,) = analyze(sentence)
    assert result.speaker == speaker
    if speaker:
        assert result.attributions[0].said_nothing and not result.is_checkworthy


def test_a_broadcast_transcript_names_guests_not_the_anchor():
    body = (
        "MARA QUILL, HARBOUR NEWS ANCHOR: Good evening. The ferry strike is in its third day.\n\n"
        "IVO RENSHAW, FERRY UNION SECRETARY: We have 400 members out and we are staying out.\n\n"
        "QUILL: How long can they hold out?\n\n"
        "RENSHAW: As long as it takes. The strike fund has six weeks of pay in it.\n\n"
        "QUILL: Thank you. In a statement, the port authority said talks would resume.\n\n"
        "TESS ABERLE, COMMUTER: I have missed two shifts already."
    )
    by_text = {s.text: s for s in analyze(body)}
    assert by_text["The strike fund has six weeks of pay in it."].speaker == "Ivo Renshaw"
    assert by_text["RENSHAW: As long as it takes."].speaker == "Ivo Renshaw"
    assert by_text["QUILL: How long can they hold out?"].attributions == []
    assert by_text["The ferry strike is in its third day."].attributions == []
    statement = by_text["In a statement, the port authority said talks would resume."]
    assert statement.speaker == "the port authority"  # the anchor's turn keeps the source cited
    assert by_text["TESS ABERLE, COMMUTER: I have missed two shifts already."].speaker == (
        "Tess Aberle"
    )


def test_an_interviewer_who_asks_is_nobody_s_source():
    body = (
        "Nell Arden runs the Copperfield food bank.\n\n"
        "DEV SORREL: How many families come each week?\n\n"
        "NELL ARDEN: About 300, up from 180 last year.\n\n"
        "SORREL: What changed?\n\n"
        "ARDEN: Rents. Every family we see mentions the rent."
    )
    by_text = {s.text: s for s in analyze(body)}
    assert by_text["DEV SORREL: How many families come each week?"].attributions == []
    assert by_text["NELL ARDEN: About 300, up from 180 last year."].speaker == "Nell Arden"
    assert by_text["Every family we see mentions the rent."].speaker == "Nell Arden"


def test_the_title_alone_names_the_person_given_it_before():
    first, second, third = analyze(
        "Governor Lise Varga declared a state of emergency on Sunday.\n\n"
        "In a statement, the governor said 150 guards were on their way.\n\n"
        "The mayor said the roads were shut."
    )
    assert first.attributions == []  # declaring an emergency is an act, not words
    assert second.speaker == "Lise Varga"
    assert third.speaker == "The mayor"  # nobody was named mayor: no guess


def test_a_name_used_later_is_completed_from_its_first_mention():
    _opening, later, firm = analyze(
        "Minister Tan Wei Ling opened the plant on Monday.\n\n"
        "“It will run on solar power,” Tan said.\n\n"
        "Harbour Motors said Tan had approved the loan."
    )
    assert later.speaker == "Tan Wei Ling"  # the family name first, as given
    assert firm.speaker == "Harbour Motors"


def test_a_verb_before_a_role_word_is_not_a_descriptor():
    (result,) = analyze("Police arrested shop owner Dev Malik and said he had confessed.")
    assert result.speaker == "Police"


def test_direct_speech_in_the_first_person_needs_more_than_one_sign():
    talk, figures = analyze(
        "“We were the better side for most of the night,” the coach said.\n\n"
        "“We cut the waiting list by 2,400 patients between March and June,” the minister said."
    )
    assert "speaker's own experience" in talk.checkworthy_reasons
    assert not talk.is_checkworthy  # a comparison in someone's own account of a game
    assert figures.is_checkworthy  # a figure and dates survive the penalty


def test_the_writers_own_story_and_feelings_are_not_claims_but_acts_are():
    narrated, angry, act = analyze(
        "Every morning at the stop outside my flat, I watch the same bus go past Dunmore.\n\n"
        "Coach Ivo Renn was furious with Dunmore.\n\n"
        "The case was investigated by the Harbour Police Authority."
    )
    assert not narrated.is_checkworthy
    assert not angry.is_checkworthy
    assert act.is_checkworthy


def test_a_date_in_reporting_is_a_checkable_detail():
    (dated,) = analyze("The bypass opened to traffic in September 2019.")
    (quoted,) = analyze("“We open in September,” she said.")
    assert dated.is_checkworthy
    # (a plan in the speaker's own words weighs less than the dated report; whether it is worth
    # a check is the fitted pass's call, round twenty-four: the labelled sets split on it)
    assert quoted.checkworthy_score < dated.checkworthy_score


def test_boilerplate_scores_zero():
    (line,) = analyze("Annual €130 €65")
    assert line.is_boilerplate
    assert line.checkworthy_score == 0


@pytest.mark.parametrize(
    "text",
    [
        "officials who said " * 50_000,  # a relative clause in a relative clause in a ...
        "he said " * 5_000,  # one "sentence" of 40,000 characters, a cue every two words
        '"' * 50_000,
        "said, " * 5_000,
        # Prepositional phrases after a source, never reaching the sentence's end: a nested
        # pattern once tried every way of grouping them (minutes at 15 groups).
        "Rents rose, according to data" + " by a b in c d" * 2_000 + " ; x",
    ],
)
def test_text_that_is_not_prose_is_analyzed_without_failing(text):
    sentences = analyze(text)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    # Longer than any real sentence: no attribution is read into it.
    assert all(s.attributions == [] for s in sentences if len(s.text) > 10_000)


def test_analysis_pauses_the_cycle_collector_and_restores_it_as_it_was(monkeypatch):
    import gc

    import claimreview.text as engine

    assert gc.isenabled()
    seen = []

    def segment_that_fails(body):
        seen.append(gc.isenabled())
        raise RuntimeError("stop here")

    analyze("It rained. It stopped.")
    assert gc.isenabled()
    with monkeypatch.context() as patched:
        patched.setattr(engine, "segment", segment_that_fails)
        with pytest.raises(RuntimeError):
            analyze("It rained.")
    assert seen == [False]
    assert gc.isenabled()  # restored after an error too
    gc.disable()
    try:
        analyze("It rained. It stopped.")
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


# --- speakers a reviewer can trust (issue 13) ---------------------------------------------------


def _speakers_of(body: str) -> list[str]:
    return [s.speaker for s in analyze(body)]


def _said(body: str) -> dict[str, str]:
    """Each sentence's text -> its speaker."""
    return {s.text: s.speaker for s in analyze(body)}


def test_pronouns_name_people_never_places_bills_or_names_inside_quotes():
    body = (
        "Deputy mayor Ruth Okoye opened the new bridge at Carrow on Friday.\n\n"
        "“Carrow and the Hollins Bill have waited long enough,” she said.\n\n"
        "The bridge cost £21m."
    )
    assert _speakers_of(body)[1] == "Ruth Okoye"


def test_a_later_surname_and_an_honorific_name_the_person_in_full():
    body = (
        "Harbour master Tomas Ilves said the quay would reopen in May.\n\n"
        "“We lost two weeks to the storm,” Ilves said.\n\n"
        "Mr Ilves said the repairs cost £40,000."
    )
    assert _speakers_of(body) == ["Tomas Ilves"] * 3


def test_the_subject_of_a_name_with_party_and_apposition_is_the_name():
    body = (
        "Rep. Dana Whitfield, D-Ore., a member of the budget committee, said the plan "
        "would cost $2 billion."
    )
    assert _speakers_of(body) == ["Dana Whitfield"]


def test_he_does_not_name_a_person_the_article_calls_she():
    body = (
        "The defence lawyer, Mara Quist, said her client would appeal.\n\n"
        "She said the sentence was too long.\n\n"
        "Defendant Owen Pike addressed the court before the sentence.\n\n"
        "“I am sorry,” he said."
    )
    assert _speakers_of(body) == ["Mara Quist", "Mara Quist", "", "Owen Pike"]


def test_it_said_names_the_body_just_quoted_and_nothing_when_none():
    body = "Norvale Foods said it would appeal.\n\nIt said the fine was unfair."
    assert _speakers_of(body) == ["Norvale Foods", "Norvale Foods"]
    assert _speakers_of("It said the fine was unfair.") == [""]


def test_a_transcript_gives_answers_to_the_interviewee_and_questions_to_nobody():
    body = (
        "Lena Marr has run the city's buses since 2019.\n\n"
        "Q: Why are fares rising?\n\n"
        "A: Fuel costs rose 30% this year. We cannot absorb that.\n\n"
        "Q: What would you say to passengers?\n\n"
        "A: Buy a season ticket."
    )
    assert _speakers_of(body) == ["", "", "Lena Marr", "Lena Marr", "", "Lena Marr"]


def test_descriptors_before_a_body_name_are_dropped_but_people_of_a_body_kept():
    body = (
        "The levy will raise £3m, according to the campaign group Fair Roads Now.\n\n"
        "Analysts at Keel Street Partners said the figure was too high.\n\n"
        "Villagers in Sennaby said the river had turned grey on Tuesday."
    )
    assert _speakers_of(body) == [
        "Fair Roads Now",
        "Analysts at Keel Street Partners",
        "Villagers in Sennaby",
    ]


def test_a_first_name_used_later_names_the_person_the_text_brought_in():
    body = (
        "Fisherman Rosli bin Hamdan has worked the estuary for 30 years.\n\n"
        "“Before, I could get 15 kilos a day,” Rosli said.\n\n"
        "Her husband, Gareth Pellowe-Idris, runs the counter.\n\n"
        "Gareth said the counter earned £9,400 last year.\n\n"
        "Zippelvane Mobility lost the case.\n\n"
        "Zippelvane said it would appeal."
    )
    # A firm's short name stays as written: nothing says "Zippelvane Mobility" is a person.
    assert _speakers_of(body) == [
        "",
        "Rosli bin Hamdan",
        "",
        "Gareth Pellowe-Idris",
        "",
        "Zippelvane",
    ]


def test_he_never_names_a_place_or_a_unit_in_the_sentence_before():
    body = (
        "Fire Chief Emile Bastarache said the merged department would keep all 14 volunteers.\n\n"
        "The pickup is being bought from Maritime Apparatus Ltd. of Gowanbrae Mills. "
        "He said it should arrive by March.\n\n"
        "A helicopter from the Air Force's 505th Tactical Wing joined the search. "
        "He said it would continue until Friday."
    )
    assert _speakers_of(body) == [
        "Emile Bastarache",
        "",
        "Emile Bastarache",
        "",
        "Emile Bastarache",
    ]


def test_amounts_scores_names_and_announced_views_are_not_speech():
    body = (
        "Lab Notes: one discovery a week, explained without the jargon.\n\n"
        "For a typical customer paying £32 a month, a 6.4% rise adds £2.05 a month.\n\n"
        "Substitute Marisol Ossorio added a third six minutes from time.\n\n"
        "What I would say is that a fire engine in 12 minutes is better than none."
    )
    assert _speakers_of(body) == ["", "", "", ""]
    assert _speakers_of("The mayor added that 40 homes were empty.") == ["The mayor"]


def test_a_time_between_a_source_and_its_cue_is_not_the_source():
    body = (
        "Sahyadri Cables Ltd. on Thursday reported a 38% rise in profit.\n\n"
        "The mayor last week said the road would reopen.\n\n"
        "On Thursday police said the road was closed.\n\n"
        "According to data from the Central Electricity Planning Board, spending rose 12%."
    )
    assert _speakers_of(body) == [
        "Sahyadri Cables Ltd.",
        "The mayor",
        "police",
        "data from the Central Electricity Planning Board",
    ]


def test_a_document_by_a_body_is_the_source_as_written():
    body = (
        "Figures compiled by the charity Patients First Alliance show that waits are longest "
        "in the north.\n\n"
        "Research by the consumer group Fair Deal Collective found that 38% of customers paid "
        "more.\n\n"
        "A report by the auditor found that 12 schools had overspent.\n\n"
        "The plan was drawn up by Mayor Ana Ruiz, who said it would cost £3m."
    )
    assert _speakers_of(body) == [
        "Figures compiled by the charity Patients First Alliance",
        "Research by the consumer group Fair Deal Collective",
        "A report by the auditor",
        "Ana Ruiz",
    ]


def test_a_finding_closing_a_headline_or_before_a_participle_has_its_source():
    body = (
        "Traffic noise makes bumblebees visit fewer flowers, study finds\n\n"
        "Bees near busy roads spent 31% less time on each flower, researchers found, raising "
        "concern for pollination.\n\n"
        "The inquiry was led by the Restitution Commission, whose report found that 40 claims "
        "were unpaid.\n\n"
        "The team found a body, leaving the scene at once."
    )
    study, researchers, commission, team = _speakers_of(body)
    assert (study, researchers, team) == ("study", "researchers", "")
    assert commission != "report"  # the body's report: the body or nobody


def test_the_role_names_the_person_the_text_gave_it_in_small_letters_too():
    body = (
        "The finance minister, Ingrid Wolstencroft, told parliament the rise would cost £2.8bn.\n\n"
        "Opposition leader Serafina Dimmock said nurses had lost 11% of their pay.\n\n"
        "The finance minister said later that her figure was wrong."
    )
    assert _speakers_of(body) == ["Ingrid Wolstencroft", "Serafina Dimmock", "Ingrid Wolstencroft"]
    # Not someone of the title ("the wife of the minister, A Name,") or who held it before.
    body = (
        "The wife of the minister, Jo Kerr, was questioned on Monday.\n\n"
        "The previous mayor, Lena Vos, left a £4m deficit.\n\n"
        "The minister said he had not known.\n\n"
        "The mayor said the deficit was now £1m."
    )
    assert _speakers_of(body) == ["", "", "The minister", "The mayor"]


def test_it_names_one_body_never_both_sides_and_a_metro_is_a_body():
    body = (
        "The operator and the union will meet on Thursday, both sides said.\n\n"
        "It said the talks would be held in private.\n\n"
        "In a statement, Ostrevan Metro said it had offered 3.2% this year.\n\n"
        "It said the union's claim would add $17.1m to its wage bill."
    )
    assert _speakers_of(body) == ["both sides", "", "Ostrevan Metro", "Ostrevan Metro"]


def test_a_maori_surname_with_te_is_one_surname():
    body = (
        "Club president Hone Te Awhitu-Brinsley said the club had raised $41,000.\n\n"
        "Te Awhitu-Brinsley said the building would stand 1.8 metres higher."
    )
    assert _speakers_of(body) == ["Hone Te Awhitu-Brinsley"] * 2


def test_figures_and_counted_nouns_are_never_a_source_or_a_cue():
    # A comma grouping digits sets off no clause; "14 states", "homes added to", "homes told
    # not to drink": nouns, a participle and an order, not speech.
    assert _speakers_of(
        "Her union has about 6,300 members in 14 states.\n\n"
        "The index covers about 48,000 homes added to Listmoor in March.\n\n"
        "Boil notice: 83,000 homes told not to drink tap water."
    ) == ["", "", ""]
    # A source after the cue closes the sentence: "the economy" is what was said, not who.
    assert _speakers_of(
        "The day opened by saying the economy had grown for six quarters, the longest run."
    ) == [""]
    # A noun after a noun ("see energy reports"), a time's colon ("04:12 · 24 wards").
    assert _speakers_of(
        "Owners will no longer be able to link them to voice assistants or see energy "
        "reports.\n\nResults updated 04:12 · Marrow ward results are in"
    ) == ["", ""]
    # The quoted "…,” the union states." still counts.
    assert _speakers_of("“Wages have fallen 4%,” the union states.") == ["the union"]


def test_what_a_source_says_as_a_heading_or_an_object_reports_nothing():
    assert (
        _speakers_of(
            "What the post says\n\nHow we reported this story\n\n"
            "That is not what the numbers say.\n\nWe rate this claim FALSE.\n\n"
            "Attendance tells the same story."
        )
        == [""] * 5
    )
    # A pseudo-cleft reports, and so does a source beside the idiom.
    assert _speakers_of(
        "What the council says is that the plan is late.\n\n"
        "The data told a different tale, the mayor said."
    ) == ["the council", "the mayor"]


def test_a_relative_clause_after_a_comma_or_with_its_own_subject_names_its_source():
    assert _speakers_of(
        "Her death was confirmed by her son, Ilario Penhallow-Ruiz, who said she had been ill."
    ) == ["Ilario Penhallow-Ruiz"]
    assert _speakers_of(
        "Most were fibres under a millimetre long, which the authors say come from clothing."
    ) == ["the authors"]


def test_a_chain_of_sentences_about_her_carries_the_person_to_a_later_she():
    body = (
        "Oriel Vantongeren, who captained the ferry for 20 years, died on Monday.\n\n"
        "Her son, Caspar Vantongeren-Lisle, said she had been ill since spring.\n\n"
        "Born in 1938, she went to sea at 17.\n\n"
        "She earned her master's certificate in 1969.\n\n"
        "She was given command in 1971.\n\n"
        "“The company told me it was temporary,” she told this newspaper in 1996."
    )
    assert _speakers_of(body)[-1] == "Oriel Vantongeren"


# --- check-worthiness that discriminates (issue 13) -------------------------------------------


def _score(body: str) -> list[int]:
    return [s.checkworthy_score for s in analyze(body)]


def test_a_captions_scene_in_the_present_is_no_claim_but_a_dated_report_is():
    scenes = (
        "Crews repair a broken main under Ferris Avenue in Tollbury on Monday.\n\n"
        "Grey seal pups on the sandbar at Kelvaig Ness last week.\n\n"
        "Passengers board a bus on Avenida Costanera in San Ermelindo on Monday."
    )
    assert not any(s.is_checkworthy for s in analyze(scenes))
    reports = (
        "Crews repaired a broken main under Ferris Avenue in Tollbury on Monday.\n\n"
        "The new emergency department in Tollbury opens in September.\n\n"
        "The library in Carrow reopens on Saturday.\n\n"
        "The council will debate a rent cap at Tollbury Town Hall on Monday.\n\n"
        "Union leader Ada Brell said the union had warned Velkor in March."
    )
    assert not any("caption" in s.checkworthy_reasons for s in analyze(reports))
    # (the two scheduled events, "The library in Carrow reopens on Saturday." and "The council
    # will debate a rent cap …", a date and a place and no figure, sit at the bar, 37 to 42 in
    # the fits of rounds twenty-four to fifty-six, one over and one under as each refit has it:
    # they are the fit's to weigh, as the sets label a body's scheduled event a claim; the past
    # repair, the opening and the union's warning stay check-worthy)
    checkworthy = [s.is_checkworthy for s in analyze(reports)]
    assert [checkworthy[0], checkworthy[1], checkworthy[4]] == [True, True, True]


def test_advice_in_the_imperative_is_no_claim_but_an_opinions_opener_is_no_advice():
    advice = (
        "Call 101 quoting incident 1187 of 19 September.\n\n"
        "To respond to the consultation, fill in the form at wrayburn.example by 30 June.\n\n"
        "• Order before 20 November for 5% off."
    )
    assert not any(s.is_checkworthy for s in analyze(advice))
    news = (
        "Calls to 999 rose 12% in March.\n\n"
        "Use of force by officers fell by a third last year.\n\n"
        "Call for inquiry grows after 14 deaths at the Tarn Road care home.\n\n"
        "Take the case of Dunmore, where rents rose 40% in a single year.\n\n"
        "Check the figures: crime in Dunmore has fallen by 12% since 2021."
    )
    assert all(s.is_checkworthy for s in analyze(news))


def test_a_short_sentence_with_a_figure_is_still_a_claim():
    (shares,) = analyze("Its shares fell 1.8%.")
    (weather,) = analyze("It rained.")
    assert shares.is_checkworthy and not weather.is_checkworthy


def test_declined_to_comment_and_did_not_say_assert_nothing():
    declined, silent = analyze(
        "The ministry declined to comment on the 2025 audit.\n\n"
        "She did not say what caused the fire."
    )
    assert not declined.is_checkworthy and "nothing asserted" in declined.checkworthy_reasons
    assert not silent.is_checkworthy


def test_a_caption_is_scene_setting_not_a_claim():
    (caption,) = analyze("Firefighters walk past the burned depot in Carrow, March 4, 2026.")
    assert not caption.is_checkworthy and "caption" in caption.checkworthy_reasons


def test_small_numbers_in_direct_speech_are_talk_but_scales_are_figures():
    talk, figure = analyze(
        "“It was over in ten minutes,” she said.\n\n"
        "“Four thousand homes lost power,” the minister said."
    )
    assert "number" not in talk.checkworthy_reasons
    assert "number" in figure.checkworthy_reasons and figure.is_checkworthy


def test_an_officials_statement_is_on_the_record():
    (record,) = analyze("Mayor Ines Varga said the council would publish the contract.")
    (chat,) = analyze("Ines Varga said she would think about it.")
    assert "statement of record" in record.checkworthy_reasons
    assert "statement of record" not in chat.checkworthy_reasons


def test_what_a_source_says_happened_is_a_claim_to_check_but_not_a_mind_or_a_silence():
    # Reported speech in the writer's words: the source's account of events, checkable even
    # without a figure.
    account, plan = analyze(
        "Her son, Tomas Ferreira-Lind, said the family had been given a week's notice.\n\n"
        "A spokesperson said the depot would close after the summer."
    )
    # (whether it clears the bar is the fit's: round thirty-four's refit put this one at 39
    # against 40, its wording "son" weighing against; it still outscores a state of mind)
    assert "reported statement" in account.checkworthy_reasons
    assert plan.is_checkworthy
    # Left alone: a state of mind, a feeling, a denial, a question, a silence, direct speech,
    # a line that only introduces a quotation, and a sentence with no source.
    mind, feeling, denial, question, silence, quoted, colon, bare = analyze(
        "Ines Varga said she would think about it.\n\n"
        "Shop owners said they were worried about the roadworks.\n\n"
        "The company denied that it had cut the budget.\n\n"
        "She asked whether the budget had been cut.\n\n"
        "The council did not respond to a request for comment.\n\n"
        "“The roof leaks every winter,” she said.\n\n"
        "The head of the trust, Oren Baptiste, said:\n\n"
        "The family had been given a week's notice."
    )
    for sentence in (mind, denial, question, silence, quoted, colon, bare):
        assert "reported statement" not in sentence.checkworthy_reasons, sentence.text
    assert "opinion" in feeling.checkworthy_reasons  # a feeling weighs against it
    assert not (mind.is_checkworthy or feeling.is_checkworthy or silence.is_checkworthy)
    assert account.checkworthy_score > mind.checkworthy_score
    # Nor what is said as an object, an order, an apology or a lapse of memory.
    for sentence in analyze(
        "The bishop said a prayer for the victims.\n\n"
        "The coach told players to enjoy the final.\n\n"
        "The airline said it was sorry for the delays.\n\n"
        "Lind said he could not remember the date.\n\n"
        "The manager said it was too early to say.\n\n"
        "Critics say the figure is too low."  # a crowd's view, not a named account
    ):
        assert "reported statement" not in sentence.checkworthy_reasons, sentence.text


def test_but_said_belongs_to_the_subject_and_a_relative_clause_verb_is_no_cue():
    body = (
        "Prof. Ada Lind, an economist at Carrow University, called the plan bold but said "
        "three years was too short.\n\n"
        "Sen. Omar Reyes, D-Ore., who wrote the bill, said it would pass."
    )
    assert _speakers_of(body) == ["Ada Lind", "Omar Reyes"]


def test_a_question_turn_keeps_a_source_it_cites():
    body = (
        "Lena Marr has run the city's buses since 2019.\n\n"
        "Q: Passenger surveys say buses are late.\n\n"
        "A: They were. They are not now.\n\n"
        "Q: Why?\n\n"
        "A: New timetables."
    )
    assert _speakers_of(body)[1] == "Passenger surveys"


def test_a_transcript_s_initials_name_the_person_the_introduction_named():
    body = (
        "Interview by Tomas Ekwall\n\n"
        "Ana Vance runs the county's ambulance trust.\n\n"
        "TE: How many hours were lost at hospital doors this winter?\n\n"
        "AV: Forty-one thousand hours, between November and March.\n\n"
        "TE: Is that a record?\n\n"
        "AV: It is the highest since 2019. We lost 112 paramedics last year.\n\n"
        "TE: What would help?\n\n"
        "AV: Discharge teams at every hospital."
    )
    said = _said(body)
    assert said["AV: Forty-one thousand hours, between November and March."] == "Ana Vance"
    assert said["We lost 112 paramedics last year."] == "Ana Vance"
    assert said["TE: Is that a record?"] == ""  # the interviewer's questions are nobody's


def test_a_press_conference_transcript_titles_surnames_and_answers_over_paragraphs():
    body = (
        "The Hon. Mirela Dunsford MP\n\n"
        "Press conference, Harrow Quay\n\n"
        "MINISTER DUNSFORD: Thanks for coming. I'm joined by Dr Oskar Pellew of the port board.\n\n"
        "From Monday, berth fees will rise by 9 per cent.\n\n"
        "Ships that pay a year ahead will get a 4 per cent discount.\n\n"
        "JOURNALIST: How many ships use the quay?\n\n"
        "DR PELLEW: About 1,400 a year, up from 1,100 in 2020.\n\n"
        "[Question inaudible]\n\n"
        "JOURNALIST: Will there be any exemptions?\n\n"
        "MINISTER DUNSFORD: Not for cargo ships.\n\n"
        "DR PELLEW: Ferries pay a flat fee.\n\n"
        "The council will publish the new fees on Friday."
    )
    said = _said(body)
    # A title before a surname in the prefix: the full name the article gave.
    assert said["MINISTER DUNSFORD: Thanks for coming."] == "Mirela Dunsford"
    assert said["DR PELLEW: About 1,400 a year, up from 1,100 in 2020."] == "Oskar Pellew"
    # An answer runs on over paragraphs without a prefix, up to the next turn.
    assert said["From Monday, berth fees will rise by 9 per cent."] == "Mirela Dunsford"
    assert said["Ships that pay a year ahead will get a 4 per cent discount."] == "Mirela Dunsford"
    # A journalist's question is nobody's; a stage direction is nobody's; after the last turn
    # the article's own words are nobody's.
    assert said["JOURNALIST: How many ships use the quay?"] == ""
    assert said["[Question inaudible]"] == ""
    assert said["The council will publish the new fees on Friday."] == ""


def test_an_answer_in_the_first_person_runs_on_whoever_its_he_or_she_is():
    body = (
        "Below is a transcript of the chief's remarks.\n\n"
        "CHIEF MAREN ODDVIK: Good afternoon. Thank you all for coming.\n\n"
        "This morning officers from our traffic unit arrested a 34-year-old man at his home. "
        "He has been charged with vehicular homicide.\n\n"
        "As many of you know, Ada Brisk was struck at a crossing on Feb. 24. She was 67.\n\n"
        "REPORTER: Has he admitted to it?\n\n"
        "ODDVIK: I'm not going to get into that.\n\n"
        "She pauses and looks at the family.\n\n"
        "REPORTER: Does he have a record?\n\n"
        "ODDVIK: He has two prior convictions."
    )
    said = _said(body)
    for sentence in (
        "This morning officers from our traffic unit arrested a 34-year-old man at his home.",
        "He has been charged with vehicular homicide.",
        "She was 67.",
    ):
        assert said[sentence] == "Maren Oddvik", sentence
    # the writer's words between turns, in the third person, are still nobody's
    assert said["She pauses and looks at the family."] == ""


def test_a_transcripts_office_prefixes_name_the_people_its_head_gives_that_office():
    body = (
        "Media statement\n\n"
        "The Honourable Ines Calloway MP, Premier\n\n"
        "The Honourable Dr Ravi Thenuwara MP, Minister for Transport and Roads\n\n"
        "The Honourable Leah Ortiz MP, Minister for Health\n\n"
        "PREMIER: Thanks for coming. We will spend $80 million on the Wyndale bypass.\n\n"
        "Work starts in March.\n\n"
        "TRANSPORT MINISTER: The bypass will take 9,000 trucks a day off the main street.\n\n"
        "JOURNALIST: When will it open?\n\n"
        "PREMIER: In 2029.\n\n"
        "MINISTER: That is the advice we have."
    )
    said = _said(body)
    assert said["PREMIER: Thanks for coming."] == "Ines Calloway"
    assert said["Work starts in March."] == "Ines Calloway"  # the answer runs on
    assert said["PREMIER: In 2029."] == "Ines Calloway"
    assert (
        said["TRANSPORT MINISTER: The bypass will take 9,000 trucks a day off the main street."]
        == "Ravi Thenuwara"
    )
    # "MINISTER" alone fits two lines of the head: neither minister is named for it.
    assert said["MINISTER: That is the advice we have."] not in ("Ravi Thenuwara", "Leah Ortiz")


def test_styles_parties_and_a_ranks_portfolio_are_no_part_of_a_name():
    assert naming.person_name("The Honourable Ines Calloway") == "Ines Calloway"
    assert naming.person_name("The Right Honourable Ines Calloway") == "Ines Calloway"
    assert naming.person_name("The Right Stuff") == ""  # a film, not a person
    assert naming.person_name("Secretary of State Gretchen Alvey") == "Gretchen Alvey"
    assert naming.person_name("Minister of Health Ana Ruiz") == "Ana Ruiz"
    assert naming.person_name("Department of Health Ana Ruiz") == ""  # a body's name runs on
    assert naming.person_name("Republican Dale Ostermeyer") == "Dale Ostermeyer"
    assert naming.person_name("Democrat Lorraine Baptiste") == "Lorraine Baptiste"
    assert naming.person_name("Transport CS Jeremiah Kiprono") == "Jeremiah Kiprono"


def test_no_speaker_from_the_end_of_a_bodys_name_or_a_designation():
    # (an outside set's pages) "she" is the magistrate, never "Criminal Appeal" or "Ward No"
    body = (
        "Magistrate Rosalind Harcourt has sat in Nunkeri for 20 years.\n\n"
        "In 2015, the Court of Criminal Appeal overturned one of her sentences.\n\n"
        "“The appeal court sat 1,400 kilometres away,” she says.\n\n"
        "Residents of Ward No. 14 complained in January.\n\n"
        "She said a committee would report within 30 days."
    )
    assert set(_speakers_of(body)) <= {"Rosalind Harcourt", ""}
    assert "Rosalind Harcourt" in _speakers_of(body)


def test_a_role_in_initials_names_its_holder_and_a_conjunction_is_no_first_name():
    body = (
        "Education CS Rehema Wanjiru told MPs on Tuesday that 1,214 schools were unpaid.\n\n"
        "The CS said the Treasury had released Sh31 billion.\n\n"
        "FBI Director Ana Ruiz said 12 agents had left.\n\n"
        "The FBI said three would return.\n\n"
        "But Ailsa Corrie, who founded the campaign, said the decision was wrong."
    )
    assert _speakers_of(body) == [
        "Rehema Wanjiru", "Rehema Wanjiru", "Ana Ruiz", "FBI", "Ailsa Corrie",
    ]  # fmt: skip


def test_a_post_under_its_accounts_name_and_handle_is_the_accounts():
    page = (
        "Flooding closes roads across Pellmont\n\n"
        "Crews worked through the night to clear the worst-hit streets.\n\n"
        "Ines Calloway MP\n\n"
        "@InesCallowayMP\n\n"
        "Shameful.\n\n"
        "312 families given 28 days' notice.\n\n"
        "7:15 PM · Nov 5, 2026\n\n"
        "1.8K  Reposts   5.2K  Likes\n\n"
        "Pellmont County Emergency Management\n\n"
        "@PellmontEMA · Nov 5\n\n"
        "Shelter is OPEN at Sorrelby High School gym.\n\n"
        "318 Reposts   406 Likes\n\n"
        "The river is expected to peak on Thursday."
    )
    said = _said(page)
    assert said["312 families given 28 days' notice."] == "Ines Calloway"
    assert said["Shelter is OPEN at Sorrelby High School gym."] == (
        "Pellmont County Emergency Management"
    )
    assert said["The river is expected to peak on Thursday."] == ""
    # A follow line's handle over the story's own lines is no post.
    footer = (
        "Council to sell depot\n\n"
        + "The council voted to sell the depot on Tuesday.\n\n" * 8
        + "Follow us\n\n@MarlowGazette\n\nThe sale will close in June.\n\n"
        "The buyer has not been named."
    )
    assert set(_speakers_of(footer)) == {""}


def test_an_office_prefix_is_nobodys_when_the_head_gives_the_office_to_no_one_beside_it():
    # (an outside review's transcripts) the office stands apart from the name in the line, or
    # belongs to a deputy: the prefix keeps its own word
    body = (
        "Transcript: storm update\n\n"
        "The Premier was joined by Police Commissioner Leonie Varga at the briefing.\n\n"
        "Lieutenant Governor Amanda Ferrell opened the briefing.\n\n"
        "PREMIER: Good afternoon. About 61,000 homes are without power.\n\n"
        "GOVERNOR: We have confirmed four deaths.\n\n"
        "REPORTER: Will you ask for federal help?\n\n"
        "GOVERNOR: We already have.\n\n"
        "PREMIER: Thank you."
    )
    said = _said(body)
    assert said["PREMIER: Good afternoon."] != "Leonie Varga"
    assert said["GOVERNOR: We have confirmed four deaths."] != "Amanda Ferrell"


def test_a_person_after_a_bodys_name_with_a_title_is_still_named():
    body = (
        "Bank of England Governor Andrew Bellwood said rates would fall slowly.\n\n"
        "“We still see rates on a gradually declining path,” he said.\n\n"
        "Secretary of the Department of Homeland Security Kristen Moyle toured the San Ysidro "
        "port of entry on Wednesday.\n\n"
        "“Crossings are down 80 percent from a year ago,” she said."
    )
    assert _speakers_of(body) == [
        "Andrew Bellwood", "Andrew Bellwood", "", "Kristen Moyle",
    ]  # fmt: skip


def test_a_newspaper_a_country_and_another_offices_letters_are_no_persons_title():
    body = (
        "Independent councillor Rosalind Gellatly said the plan was unlawful.\n\n"
        "The Independent reported last month that the plan had been delayed.\n\n"
        "US envoy Steven Witkowski said talks would resume.\n\n"
        "The US said it had made a final offer.\n\n"
        "Medical Director Dr Owen Lloyd will lead a health programme.\n\n"
        "The MD said the company would invest £200 million in new trains."
    )
    said = _said(body)
    assert said["Independent councillor Rosalind Gellatly said the plan was unlawful."] == (
        "Rosalind Gellatly"
    )
    assert said["The Independent reported last month that the plan had been delayed."] != (
        "Rosalind Gellatly"
    )
    assert said["The US said it had made a final offer."] != "Steven Witkowski"
    assert said["The MD said the company would invest £200 million in new trains."] != "Owen Lloyd"


def test_an_office_beside_another_name_or_a_past_holder_names_nobody_for_the_prefix():
    # (a second outside review's transcripts)
    body = (
        "Transcript: hospital announcement\n\n"
        "Premier Oliver Brank, joined by the Health Minister, spoke at the hospital.\n\n"
        "Mayor Kim Lowe, who took over from former Mayor Don Ruiz, was also there.\n\n"
        "HEALTH MINISTER: It will open seven days a week.\n\n"
        "Every patient will be bulk billed.\n\n"
        "MAYOR: The latest estimate is $41 million.\n\n"
        "PREMIER: We will pay half.\n\n"
        "MAYOR: Thank you, Premier.\n\n"
        "PREMIER: Thank you all."
    )
    said = _said(body)
    assert said["HEALTH MINISTER: It will open seven days a week."] != "Oliver Brank"
    assert said["MAYOR: The latest estimate is $41 million."] == "Kim Lowe"
    assert said["PREMIER: Thank you all."] == "Oliver Brank"


def test_given_names_like_places_titles_in_headlines_and_a_handle_under_a_byline():
    body = (
        "Interview With Fisheries Minister Hemi Waaka About Quota Cuts\n\n"
        "Santo Bellandi, who runs Trattoria Gallo, opened a second kitchen in March.\n\n"
        "“A kitchen is a family,” he said.\n\n"
    )
    assert _said(body)["“A kitchen is a family,” he said."] == "Santo Bellandi"
    body = (
        "Lucía Arbeláez met the miners on Monday.\n\n"
        "The administration of Lucía Arbeláez says the fund is empty.\n\n"
        "“There is no money left,” she said."
    )
    assert _said(body)["“There is no money left,” she said."] == "Lucía Arbeláez"
    byline = (
        "Rents rise again\n\n"
        "Jenna Whitlock\n\n"
        "@jennawhitlock\n\n"
        "Rents across the city rose by 11 per cent last year.\n\n"
        "A two-bedroom flat now costs £1,400 a month.\n\n"
        "Share   Save\n\n"
        "© 2026 The City Ledger"
    )
    assert set(_speakers_of(byline)) == {""}


def test_two_letter_initials_name_nobody_when_another_holder_is_given_in_words():
    body = (
        "DI Sarah Walsh, who led the first investigation, said the raids were not linked.\n\n"
        "The new investigation is led by a detective inspector from the serious crime unit, "
        "Mohammed Rafiq.\n\n"
        "“We are working through hours of CCTV,” the DI said."
    )
    assert _said(body)["“We are working through hours of CCTV,” the DI said."] != "Sarah Walsh"


def test_an_office_prefix_names_nobody_beside_an_acting_holder_a_qualified_office_or_an_object():
    # (a third outside review's transcripts)
    acting = (
        "Transcript: Media conference\n\n"
        "Acting Commissioner Shane Moyle, State Police Service\n\n"
        "Commissioner Katrina Oddsworth is on leave overseas until May.\n\n"
        "COMMISSIONER: Good afternoon. Officers executed 44 search warrants.\n\n"
        "JOURNALIST: Is this linked to the shooting?\n\n"
        "COMMISSIONER: I won't comment on that.\n\n"
        "JOURNALIST: And the road toll?\n\n"
        "COMMISSIONER: The road toll this year is 97."
    )
    assert "Katrina Oddsworth" not in _speakers_of(acting)
    other_state = (
        "Transcript: Premier's press conference\n\n"
        "Subjects: GST; Victorian Premier Dana Foley's budget\n\n"
        "PREMIER: The audit is clear.\n\n"
        "JOURNALIST: Will you sue?\n\n"
        "PREMIER: We are getting legal advice.\n\n"
        "JOURNALIST: When?\n\n"
        "PREMIER: Soon."
    )
    assert "Dana Foley" not in _speakers_of(other_state)


def test_an_mp_named_before_the_letters_and_names_that_open_with_will_or_said():
    body = (
        "Labour MP Tom Hale opened the debate.\n\n"
        "Rita Ode MP said the town needed 2,300 homes.\n\n"
        "The MP said the waiting list had doubled.\n\n"
        "Will Penhaligon scored twice for the Rovers.\n\n"
        "“We had the game won and we let it slip,” he said."
    )
    said = _said(body)
    assert said["The MP said the waiting list had doubled."] != "Tom Hale"
    assert said["“We had the game won and we let it slip,” he said."] == "Will Penhaligon"


def test_a_live_entrys_byline_handle_is_no_post_and_a_headline_beside_a_button_is_kept():
    page = (
        "Election night live\n\n"
        "Owain Pritchard\n\n"
        "@owainpritchard\n\n"
        "There is a queue of about 40 people outside the polling station.\n\n"
        "Turnout in this ward was just 21 per cent last time.\n\n"
        "10:42pm\n\n"
        "Sioned Ap Huw\n\n"
        "@sionedaphuw\n\n"
        "Labour held this seat with a majority of 6,200.\n\n"
        "10:51pm"
    )
    assert {s.speaker for s in analyze(page)} == {""}
    headline = "Minister rejects calls for an inquiry into vetting delays   Gift this article"
    assert boilerplate.classify(headline) == ""


def test_label_lines_between_turns_carry_no_answer_on():
    body = (
        "Results night at Carrow Hall\n\n"
        "Related: How the count works\n\n"
        "Turnout was 41 per cent.\n\n"
        "Related: Who is standing\n\n"
        "The count ended at 3am.\n\n"
        "Related: Ward by ward\n\n"
        "Two recounts were held.\n\n"
        "Related: The new council"
    )
    assert set(_speakers_of(body)) == {""}


def test_a_speaker_line_ending_in_a_colon_gives_the_quoted_paragraphs_after_it():
    body = (
        "The union's regional organiser, Bea Skillen, said:\n\n"
        "“Our members kept this port running through the storms of last winter. "
        "They have watched profits rise by half.\n\n"
        "“This vote could not be clearer.”\n\n"
        "The company has offered 3.2%."
    )
    assert _speakers_of(body) == ["Bea Skillen"] * 4 + [""]


def test_verbs_of_colour_are_cues_beside_a_quotation_but_an_order_given_is_not():
    body = (
        "Hundreds of pensioners told to quit their homes within 28 days\n\n"
        "Stan Orrick, 77, fumed: “They sold us these as homes for life.”\n\n"
        "Waves blasted the sea wall at high tide.\n\n"
        "The motorist snapped a photograph of the flooded road.\n\n"
        "Prosecutor Annis Lowe told the court the money was never repaid.\n\n"
        "Efua Mensah sells rice at the market. “I will have to stop cooking,” she lamented."
    )
    assert _speakers_of(body) == ["", "Stan Orrick", "", "", "Annis Lowe", "", "Efua Mensah"]


def test_a_label_before_a_name_and_a_body_named_with_of_are_named_in_full():
    body = (
        "Claim: Perry Kettle, the MP for Bellhaven North, wrote that crime had doubled.\n\n"
        "The Ambleforth Chamber of Trade says footfall is 12% below 2019."
    )
    assert _speakers_of(body) == ["Perry Kettle", "Ambleforth Chamber of Trade"]


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman():
    body = (
        "Hattie Voss said the park owners had broken their promise.\n\n"
        "A Brightcrest spokeswoman said the notices were lawful.\n\n"
        "She added that fees had not gone up since 2021."
    )
    assert _speakers_of(body)[-1] == "A Brightcrest spokeswoman"


def test_rows_of_a_table_and_reported_questions_are_not_claims_to_check():
    body = (
        "Rovers won the league on goal difference, the club said.\n\n"
        "1 Harbour Rovers 30 19 6 5 +27 63\n\n"
        "Life Sciences   $241.8   $218.4   +11%\n\n"
        "Rovers (4-3-3): Abel; Quigley, Iyalla, Venn; Ekwe, Moss\n\n"
        "A reporter asked whether the city had ignored a 2019 inspection report.\n\n"
        "Sales rose 11% to $241.8m in the third quarter, up from $218.4m."
    )
    scores = _score(body)
    assert scores[0] >= checkworthy.THRESHOLD
    assert all(score < checkworthy.THRESHOLD for score in scores[1:5])
    assert scores[5] >= checkworthy.THRESHOLD  # the same figures in a sentence are a claim


def test_records_and_studies_are_sources_but_a_search_party_that_found_something_is_not():
    body = (
        "In 612 of the cases the tenant owed less than $1,000, court records show.\n\n"
        "Official figures show 31 drivers were fined.\n\n"
        "The search team found the boat on Tuesday.\n\n"
        "Forty members showed up to the meeting."
    )
    assert _speakers_of(body) == [
        "court records",
        "Official figures",
        "",
        "",
    ]


# An outside review of round eight's rules found each of these hidden or misnamed; they are the
# news sentences the rules must leave alone.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rents up 40% / wages flat",
        "Teachers: 4.5% / Nurses: 3% / Police: 2%",
        "Regulator bans betting app",
        "Official website of the ministry lists 14 hospitals that do not exist",
        "The firm, company no. 09871234, owed £2m to creditors.",
        "Licence number 44123 was revoked after the inspection.",
        "Written and directed by Tamsin Royle, the film was banned in three countries.",
        "Funding for the new stadium comes from the Dunmore Sports Trust.",
        "Support for the bill comes from unions and the Harbour Trust.",
        "Mill Lane, Eastleigh, flooded for the third time this year.",
        "Marlow Street, the town's busiest road, reopens on Monday.",
        "The company's new headquarters, 40 Canal Street, Leeds, cost £12m.",
        "Under the new law, abusive comments will be removed within 24 hours.",
        "Comments from the public will be reviewed before the plan is finalised.",
        "Comments made in Parliament are subject to parliamentary privilege.",
        "This post was first shared on Facebook on 3 March and has been viewed 2 million times.",
        "This story is part of a wider pattern of false claims.",
        "Rhona Pell *",
        "The bakery uses cookies from a local farm.",
        "Team   Won   Lost",
        "The town depends on tourists like you, the mayor said.",
        "Interview by the police led to two arrests.",
        "Posts will be cut at the plant, the union said.",
        # The second outside review's cases.
        "The school uses cookies so that children can see what a quarter looks like.",
        "Photography by Ines Varga dominates the second room.",
        "Footage by a passer-by shows the officer striking the man.",
        "Labour (31)",
        "Harbourlight Trust is a registered 501(c)(3) charity that the IRS is investigating.",
        "Support for Reform comes from older voters and former Labour members.",
        "Funding for Dunmoor Hospice comes from the Kestrel Foundation.",
        "Millbeck   Green hold   Recount ordered",
        "Yes   No   Not sure",
        "Close Ashgrove Library   Merge two fire stations   Cut bus subsidies   Sell the depot",
        "Abusive posts will be removed within 24 hours under the new law.",
        "Platforms are not responsible for the content of third-party posts, the judge ruled.",
        "WKRN depends on members like you, the station wrote in a letter.",
        "Reported by Dunmoor Council to the regulator in May.",
        "Photographs by Ines Varga are on show at the Tivold Gallery until June.",
        "Chart by the Office for Budget Responsibility predicts growth of 1.1%.",
        "Artwork by Nell Ashby sold for £1.2m at auction.",
    ],
)
def test_news_shaped_like_round_eight_furniture_stays_a_claim(sentence):
    assert boilerplate.classify(sentence) == ""


def test_furniture_blocks_stop_at_the_story_next_to_them():
    body = (
        "Shares in Harlow Foods fall after profit warning\n\n"
        "Shares in Harlow Foods fell sharply on Tuesday after a profit warning, the company said.\n\n"
        "Sign up to our business newsletter\n\n"
        "Share prices in the group fell 12 per cent by midday.\n\n"
        "Support for the chief executive among investors has collapsed.\n\n"
        "Advertisement\n\n"
        "Two firefighters died.\n\n"
        "Advertisement\n\n"
        "Ana Vance (@anavance_mp)\n\n"
        "If you live in Harlow, your family could lose £1,200 a year under these cuts\n\n"
        "###\n\n"
        "The council will vote on the plan on 4 May."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    for kept in [
        "Share prices in the group fell 12 per cent by midday.",
        "Support for the chief executive among investors has collapsed.",
        "Two firefighters died.",
        "If you live in Harlow, your family could lose £1,200 a year under these cuts",
        "The council will vote on the plan on 4 May.",
    ]:
        assert reasons[kept] == "", kept

    timeline = (
        "How the night unfolded\n\n"
        "The river rose 2 metres in six hours, the Environment Agency said.\n\n"
        "23:55 The river breached defences at Mill Lane.\n\n"
        "01:20 Firefighters rescued 14 people from Quay Street.\n\n"
        "03:05 The A12 was closed in both directions."
    )
    assert all(not s.boilerplate_reason for s in analyze(timeline)[1:])


def test_second_review_speakers_roles_documents_and_particles():
    body = (
        "Maren Holt, CEO of Kestrel Ports, said the berth would open in May.\n\n"
        "Figures show crime has fallen by a fifth, according to the mayor, Dana Whitlow.\n\n"
        "Åsa Berg runs the yard.\n\n"
        "Pieter van der Berg said the ship was late.\n\n"
        "Start times for Sunday's marathon have been moved.\n\n"
        "Sign up for our morning newsletter\n\n"
        "Subscribers on the annual plan will be moved to a monthly contract without warning."
    )
    sentences = analyze(body)
    speakers = [s.speaker for s in sentences]
    assert speakers[0] == "Maren Holt"
    assert speakers[1] == "Dana Whitlow"
    assert speakers[3] == "Pieter van der Berg"
    assert sentences[4].boilerplate_reason == "" and sentences[6].boilerplate_reason == ""


def test_a_said_line_gives_its_quotation_to_the_last_speaker_it_names_and_she_looks_close():
    body = (
        "Mayor Tom Abara told reporters that Councillor Rhona Pell had said:\n\n"
        "“The budget cannot be balanced without closing two libraries.”\n\n"
        "A fire service spokeswoman said the blaze started in a barn.\n\n"
        "The farm's owner lost 200 sheep in the fire.\n\n"
        "She said the family had farmed there since 1890."
    )
    speakers = _speakers_of(body)
    assert speakers[1] == "Rhona Pell"
    assert speakers[-1] != "A fire service spokeswoman"  # an unnamed woman came between


def test_names_beyond_ascii_are_completed_and_a_capitalised_role_after_a_name_is_not_its_speaker():
    body = (
        "Ingibjörg Haldorsen-Achebe leads the university's night ecology group.\n\n"
        "Haldorsen-Achebe said bat activity fell by 41% over six years.\n\n"
        "Councillor Ottoline Praed, Cabinet Member for Environment, said the bins would save £2m."
    )
    assert _speakers_of(body)[1:] == ["Ingibjörg Haldorsen-Achebe", "Ottoline Praed"]


def test_no_answer_to_requests_for_comment_asserts_nothing_but_unanswered_complaints_do():
    scores = _score(
        "Halcyra did not respond to seven requests for comment over three weeks.\n\n"
        "The firm did not respond to 40 complaints in 2025, the regulator found."
    )
    assert scores[0] < checkworthy.THRESHOLD <= scores[1]


def test_particles_and_capitalised_roles_after_a_name():
    body = (
        "Pieter van der Berg, Head of Operations, said the new vessel would arrive in June.\n\n"
        "Rhodri ap Gwyn, Leader of the Opposition, said the deal was a scandal.\n\n"
        "Hendrik van den Heuvel said exports fell.\n\n"
        "Kestrel Ports Ltd, Owner of the Harbour, said the berth was safe.\n\n"
        "The Commissioner for Environment, Barr. Emeka Odina, told journalists the drain was clear."
    )
    assert _speakers_of(body) == [
        "Pieter van der Berg",
        "Rhodri ap Gwyn",
        "Hendrik van den Heuvel",
        "Kestrel Ports Ltd",
        "Emeka Odina",
    ]


def test_a_section_break_then_an_advert_then_more_reporting_hides_nothing():
    body = (
        "Ferry fares rise by a fifth\n\n"
        "Fares on the island ferry will rise 20% in April, the operator said on Monday.\n\n"
        "###\n\n"
        "Advertisement\n\n"
        "The council said it would review the subsidy in May."
    )
    assert analyze(body)[-1].boilerplate_reason == ""


def test_a_surname_in_the_headline_takes_the_full_name_the_story_gives_later():
    body = (
        "Mayor Okafor says bridge will stay shut until 2028\n\n"
        "The Kestenbaum Street bridge will stay closed for two more years, Mayor Adaeze Okafor "
        "said on Tuesday.\n\n"
        "Okafor said repairs would cost $41 million."
    )
    assert _speakers_of(body) == ["Adaeze Okafor"] * 3


def test_the_speaker_after_an_opening_phrase():
    body = (
        "Later, Inés Cruz, the captain's sister, said the family would protest.\n\n"
        "In a statement, the council said the bins would be collected on Friday.\n\n"
        "Speaking at the hearing, Ana Lind said the plan was flawed."
    )
    assert _speakers_of(body) == ["Inés Cruz", "the council", "Ana Lind"]


def test_commas_in_brackets_after_a_name_do_not_hide_the_speaker():
    body = (
        "Councillor Maren Holt (Labour, Ashgrove), Cabinet Member for Finance, said the gap "
        "was £14m.\n\n"
        "Rhona Pell (Green), the council's deputy leader, said cuts were not the answer."
    )
    assert _speakers_of(body) == ["Maren Holt", "Rhona Pell"]


def test_titles_honours_teams_and_surnames_with_particles():
    assert naming.person_name("Coach Dean Moskovitz-Hale") == "Dean Moskovitz-Hale"
    assert naming.person_name("Professor Alasdair Kinnear-Boyd CBE FRSE") == "Alasdair Kinnear-Boyd"
    assert naming.person_name("Alhaji Mustapha Danbaba") == "Mustapha Danbaba"
    assert naming.person_name("Datuk Seri Kamaruzzaman Ishak") == "Kamaruzzaman Ishak"
    assert naming.person_name("The Falcons") == ""
    assert naming.person_name("Kestrelgate Power Distribution Plc") == ""
    body = (
        "Local TD Peadar Ó Maolmhuaidh said he had raised the closure in the Dáil.\n\n"
        "Deputy Ó Maolmhuaidh said the minister had not replied."
    )
    assert _speakers_of(body) == ["Peadar Ó Maolmhuaidh"] * 2


def test_her_son_said_names_the_son_the_story_named():
    body = (
        "Her death was confirmed by her son, Augustin Boateng, who said she had died at home.\n\n"
        "“She never once asked anyone to call her Captain,” her son said."
    )
    assert _speakers_of(body)[-1] == "Augustin Boateng"
    # A surname opening with the Irish "Ó", one capital letter alone.
    body = (
        "Her son, Tadhg Ó Briain, said the family had been given a week's notice.\n\n"
        "Her son said the nearest home with a vacancy was 64 kilometres away."
    )
    assert _speakers_of(body) == ["Tadhg Ó Briain"] * 2


def test_a_surname_with_a_particle_takes_the_full_name_given_before():
    body = (
        "Marloes van Houtem, 71, said her grandmother had owned the painting.\n\n"
        "“She remembered the smell of the varnish,” Ms van Houtem said."
    )
    assert _speakers_of(body) == ["Marloes van Houtem"] * 2


def test_a_first_name_alone_names_the_one_speaker_who_has_it():
    body = (
        "Odile Marchetti-Raine, 24, scored 31 goals in the final, said the coach.\n\n"
        "Her sister Kirra Marchetti-Raine said the crowd had been the loudest she had heard.\n\n"
        "“Mum cried from the first centre pass,” Odile said.\n\n"
        "Kirra said she would play on next season."
    )
    assert _speakers_of(body)[2:] == ["Odile Marchetti-Raine", "Kirra Marchetti-Raine"]
    # Two speakers with one first name: a first name alone names neither.
    body = (
        "Tomas Ferrant said the pier was unsafe.\n\n"
        "Tomas Quillby said it had been inspected in May.\n\n"
        "“It will not stand another winter,” Tomas said."
    )
    assert _speakers_of(body)[-1] != "Tomas Ferrant"
    assert _speakers_of(body)[-1] != "Tomas Quillby"


def test_a_generational_suffix_stays_and_a_company_is_not_a_person():
    body = "The defendant's attorney, Hollis Grandwater III, said his client never saw the money."
    assert _speakers_of(body) == ["Hollis Grandwater III"]
    assert naming.person_name("Velmont Mining") == ""
    assert naming.person_name("Arbury Logistics") == ""


def test_the_one_name_among_the_parts_before_said_and_never_the_subject_of_what_was_said():
    body = (
        "The chair of the House Resources Committee, Rep. Lyle Stambrook Jr., R-Utah, said the "
        "bill would not get a hearing this year."
    )
    assert _speakers_of(body) == ["Lyle Stambrook Jr."]
    body = "Wenna Castellow died on Monday, her son, Aurel Castellow, said in a statement."
    assert _speakers_of(body) == ["Aurel Castellow"]
    # No name among the parts: no speaker rather than the subject of the reported clause.
    body = "After months of delay, and two failed votes, said the bill would be withdrawn."
    assert _speakers_of(body) == [""]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a phrase of place or time between the verb and its reported clause
        ("Cllr Wenda Ashgrove-Pike argued at a cabinet meeting that the zone had worked.",
         "Wenda Ashgrove-Pike"),
        ("The Harrowfield Tenants' Union warned councillors in a letter last week that rents "
         "were rising.", "Harrowfield Tenants' Union"),
        ("The Budget Office estimated in April that the bill would cost $2.8 billion.",
         "Budget Office"),
        # questions asked, reported or quoted
        ("Melisande Quarrie-Holt, a teacher who lives in Dunmere, asked why the line would skip "
         "her district.", "Melisande Quarrie-Holt"),
        ("A reporter from KXRV-TV asked whether the city had ignored a 2019 inspection.",
         "A reporter from KXRV-TV"),
        # a characterisation in quotation marks
        ("Sheriff Odalys Brannigan called the breach “a serious and avoidable failure”.",
         "Odalys Brannigan"),
        # saying nothing, in other words than "declined to comment"
        ("Sheriff Tomasz Ellery-Lund, who was elected in 2022, declined to be interviewed.",
         "Tomasz Ellery-Lund"),
        # a name between commas after a relation, with a particle
        ("His daughter, Nur Aisyah binti Razak, who runs a homestay in the village, said the "
         "river had changed.", "Nur Aisyah binti Razak"),
    ],
)  # fmt: skip
def test_cues_with_a_phrase_before_the_clause_questions_and_characterisations(body, speaker):
    assert _speakers_of(body) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "The council asked residents to boil their water.",
        "She was asked whether the plant would close.",
        "It would at least tell young people that the county wants them to stay.",
        "The mayor called the police.",
        "The union called for an inquiry into the closure.",
    ],
)
def test_requests_orders_and_calls_without_words_are_not_attributions(body):
    assert _speakers_of(body) == [""]


def test_asked_whether_before_the_speaker_is_not_the_cue():
    body = "Asked whether the project would be reviewed, Kamal Ishak said the study was under way."
    assert _speakers_of(body) == ["Kamal Ishak"]


def test_it_after_a_bodys_short_name_is_the_body_as_first_named_in_full():
    body = (
        "The Northern Care Executive said it would close 18 beds at the hospital.\n\n"
        "The Executive said the beds were rarely used.\n\n"
        "It said 11 nursing posts were vacant."
    )
    assert _speakers_of(body) == ["Northern Care Executive", "Executive", "Northern Care Executive"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Figures from the Office for Regional Finance show the town's spending power fell 9%.",
         "Figures from the Office for Regional Finance"),
        ("The council's own risk register, published with the budget, found that reserves would "
         "run out in 2028.", "The council's own risk register"),
        ("Halvard Ridge Cooperative's outage map showed 41,380 members without power.",
         "Halvard Ridge Cooperative's outage map"),
        ("Oxtail Paper Holdings did not respond to our questions for this episode.",
         "Oxtail Paper Holdings"),
        ("Brellcare did not respond to seven requests for comment over three weeks.", "Brellcare"),
    ],
)  # fmt: skip
def test_documents_of_a_body_and_unanswered_questions(body, speaker):
    assert _speakers_of(body) == [speaker]


def test_not_responding_to_an_event_is_no_attribution():
    assert _speakers_of("The firm did not respond to the fire within an hour.") == [""]


def test_a_long_title_before_a_name_after_said_keeps_the_whole_name():
    body = "“Water must pay its way,” said Minister for Sustainability and Water Dr Tan Wei Ling."
    assert _speakers_of(body) == ["Tan Wei Ling"]


def test_mr_and_mrs_of_one_surname_are_two_people():
    body = (
        "Idris Penhallow, 78, and his wife, Morwenna Penhallow, 76, have used the library for "
        "30 years.\n\n"
        "“It is the only time some people here see anybody,” Mr Penhallow said.\n\n"
        "Mrs Penhallow said the van was due to be withdrawn in September.\n\n"
        "“They call it a saving,” she added."
    )
    assert _speakers_of(body)[1:] == ["Idris Penhallow", "Morwenna Penhallow", "Morwenna Penhallow"]


def test_the_minister_is_the_minister_named_with_a_portfolio_and_a_comma():
    body = (
        "Speaking on Tuesday, the Minister for Health, Órla Deasy-Carrow, said 46 beds would "
        "open by March.\n\n"
        "“I accept that this week is not acceptable,” the minister said."
    )
    assert _speakers_of(body) == ["Órla Deasy-Carrow"] * 2


def test_she_after_a_sentence_that_names_a_speaker_by_surname_alone():
    body = (
        "The council's leader, Rhiannon Dewhurst, defended the cuts.\n\n"
        "Opposition leader Marcus Tellwright said the council had wasted money.\n\n"
        "“They spent £3m on advice they ignored,” he said. “Then they hired more.\n\n"
        "“It is a scandal. Nobody has been held to account.”\n\n"
        "Dewhurst rejected that. “The consultants saved us £11m,” she said."
    )
    assert _speakers_of(body)[-1] == "Rhiannon Dewhurst"


def test_a_name_does_not_run_over_a_comma():
    assert naming.person_name("One, Agnes Pobjoy") == "Agnes Pobjoy"
    assert naming.person_name("Alasdair Kinnear-Boyd, CBE") == "Alasdair Kinnear-Boyd"
    assert naming.person_name("Its sponsor, state Sen. Paul Dressler") == "Paul Dressler"
    body = "One, Agnes Pobjoy, 81, said she had used the library every week for 50 years."
    assert _speakers_of(body) == ["Agnes Pobjoy"]
    body = (
        "The FEPC, in a statement signed by its head of communications, Ms Halima Tukur, said "
        "the tariff would rise."
    )
    assert _speakers_of(body) == ["FEPC"]


# --- round nine: furniture of the twelfth tuning set's kinds of site ---------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Yes   No", "navigation or share strip"),
        ("Sign in   Subscribe", "navigation or share strip"),
        ("Search   Newsletters   Sign in", "navigation or share strip"),
        ("Search   My account   Contact us", "navigation or share strip"),
        ("Share   Save   Print", "navigation or share strip"),
        ("Share on Facebook   Share on LinkedIn   Email a friend", "navigation or share strip"),
        ("Join Willowmere   Log in", "navigation or share strip"),
        ("Release date: 20 January 2026", "date line"),
        ("Next release: 17 February 2026", "date line"),
        ("Article publication date: 9-Jun-2026", "date line"),
        ("Comments are checked before they appear.", "comment rules"),
        ("You must be a registered user to comment.", "comment rules"),
        ("Is this page useful?", "feedback prompt"),
    ],
)
def test_buttons_publication_dates_comment_rules_and_feedback_prompts(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "No   More   Heroes",
        "Next   week",
        "Release date set for March 3.",
        "Is this page useful to residents who lost homes in the flood?",
        "Comments from residents were overwhelmingly negative.",
    ],
)
def test_lines_like_buttons_or_dates_that_are_news_stay(line):
    assert boilerplate.classify(line) == ""


def test_rows_of_a_table_with_bars_are_data_but_its_header_and_a_masthead_are_not():
    lines = [
        "Rainfall, October 2026",
        "Region | Rainfall (mm) | % of average | Rank",
        "Eastern Lowlands | 246.3 | 214% | 1st",
        "Northern Uplands | 208.9 | 131% | 9th",
        "Western Coast | 187.4 | 122% | 14th",
    ]
    reasons = boilerplate.mark(lines)
    assert reasons[1] and not any(reasons[2:])
    masthead = [
        "SUNDAY, MAY 8, 2026 | $3.00 | Vol. 141, No. 312",
        "INSIDE: Weather A12 | Puzzles C8",
    ]
    assert all(boilerplate.mark(masthead))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A spokesperson for the Department of Agriculture and Fisheries said funding was under "
         "review.", "A spokesperson for the Department of Agriculture and Fisheries"),
        ("Margit Sallow-Dlamini, Director of Economic Statistics, said the market was cooling.",
         "Margit Sallow-Dlamini"),
        ("The patients' group Health Voice Arran said people were already going to hospital.",
         "Health Voice Arran"),
        ("The researchers found no difference in crop yields between the two groups of farms.",
         "The researchers"),
        ("The panel found that the amount in her sample was inconsistent with her account.",
         "The panel"),
        ("Vantmoor Capital now expects the rate to reach 6.75% by June.", "Vantmoor Capital"),
    ],
)  # fmt: skip
def test_long_bodies_roles_after_a_name_groups_and_findings(body, speaker):
    assert _speakers_of(body) == [speaker]


def test_police_finding_something_is_an_act_not_a_finding():
    assert _speakers_of("Police found a body in the river on Sunday.") == [""]


def test_a_party_in_brackets_is_not_a_first_name_and_mr_outweighs_a_guessed_pronoun():
    body = (
        "Case: R (Okwudili) v Carrowmere Borough Council [2026] HCAL 311\n\n"
        "The claim was brought by Leandro Okwudili, whose mother lives at the home.\n\n"
        "“A consultation after the decision is no consultation,” she wrote.\n\n"
        "Mr Okwudili said outside court that his mother had asked him every week."
    )
    assert _speakers_of(body)[-1] == "Leandro Okwudili"


def test_a_list_number_and_a_number_to_call_are_not_figures():
    body = (
        "1. Main points\n\n"
        "2. Statistician's comment\n\n"
        "In an emergency, call 999.\n\n"
        "Employment rose by 41,000 in the three months to November.\n\n"
        "3. Employment fell in 12 of the 14 regions."
    )
    scores = _score(body)
    assert all(score < checkworthy.THRESHOLD for score in scores[:3])
    assert scores[3] >= checkworthy.THRESHOLD
    assert scores[4] >= checkworthy.THRESHOLD  # a numbered point with figures of its own


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Candour is the trading name of the Consumers' Alliance, a registered charity (No. 1123456).",
         "about the publisher"),
        ("The Athletics Federation of Velmark is a company limited by guarantee.",
         "about the publisher"),
        ("Harbour News Ltd is registered in England and Wales with company number 0123456.",
         "about the publisher"),
        ("Keywords: NORVAINE CENBANK/RATES (UPDATE 2)", "related links"),
        ("(Adds governor's comments from news conference, analyst reaction)", "editorial note"),
        ("Market data is delayed by at least 15 minutes unless otherwise stated.",
         "editorial note"),
        ("Read the full judgment (PDF, 64 pages)", "document link"),
        ("Custody image: Brackenshaw Police", "credit"),
        ("This article was updated at 14:10 UTC to add comment from the regulator.",
         "editorial note"),
    ],
)  # fmt: skip
def test_legal_lines_wire_notes_and_credits_of_more_kinds_of_site(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Brandeth is the trading name of Pennywise Foods, which was fined £2m in March.",
        "The charity, registered in England and Wales, said it would close 12 shops.",
        "Police image: the suspect leaving the shop",
    ],
)
def test_news_about_a_trading_name_or_an_image_stays(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Anzeige", "related links"),
        ("Publicidad", "related links"),
        ("Reported and hosted by Saoirse Delahunt-Obi.", "editorial note"),
        ("Produced by Ann Bee, Tom Lane and Jo Kay.", "editorial note"),
        ("Checked by Linnea Oyelowo-Brantley and Casimir Trewinnard", "credit"),
        ("Shot and subbed by Kit Marr", "credit"),
        ("Presenter: Freya Zell", "editorial note"),
        (
            "This article was reviewed by Dr. Amira Keld, consultant in acute medicine.",
            "editorial note",
        ),
        ("This guide was medically reviewed by Ann Lee, MD.", "editorial note"),
        ("Producers: Ann Bee, Tom Lane and Jo Kay.", "editorial note"),
    ],
)
def test_advert_labels_from_abroad_and_credits_of_a_programme(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Hosted by Mayor Lang, the gala raised £4,000 for the lifeboat.",
        "Reported and confirmed by police, the figures rose.",
        "Werbung für Bier ist verboten.",
        "Fined by Regulator After Leak",
        "Opened by Prince Edward.",
        "Backed by Carrow Council.",
        "Backed by Labour, the motion passed by 40 votes to 2.",
        # a transcript's turns under a role, not a programme's credits
        "PRESENTER: The hosepipe ban starts on Friday.",
        "PRESENTER: Sorry — go on.",
        "Host: You took home a bonus of £212,000 last year.",
        "This page was reviewed by the council in May.",
    ],
)
def test_a_sentence_opening_like_a_credit_stays(line):
    assert boilerplate.classify(line) == ""


def test_a_row_of_match_figures_is_data_but_a_strip_with_counts_is_furniture():
    for row in ("Possession  58%  |  42%", "Shots on target  7  |  3", "Corners 9 · 4"):
        assert boilerplate.classify(row) == "", row
    for strip in ("Closings (14) | Jobs (3) | Events", "1 | 2 | 3 | Next", "Home | News | Sport"):
        assert boilerplate.classify(strip) == "navigation or share strip", strip
    for line in ("Updated 14 June 2026 | 10.45", "Issue 214 | Vol. 12"):
        assert boilerplate.classify(line), line


def test_a_quotation_after_a_sentence_about_a_speaker_is_theirs():
    body = (
        "Striker Jonah Pike, who scored twice, said he was delighted.\n\n"
        "Asked about his future, Pike smiled. “I'm happy here.”\n\n"
        "Maria Lopez, 45, lost her job in March. “It was devastating.”\n\n"
        "The council approved the plan on Monday. “This is a great day.”\n\n"
        "Liam Hobb, 44, was jailed for four years by Judge Anthony Rees. “You preyed on people "
        "who trusted you.”"
    )
    speakers = _speakers_of(body)
    assert speakers[2] == "Jonah Pike"
    # Someone who has not spoken, a body, a person things were done to: whose words these are
    # is not said.
    assert speakers[4] == speakers[6] == speakers[8] == ""


def test_a_quotation_over_paragraphs_of_its_own_is_the_speaker_of_the_sentence_before():
    # Reported, then quoted at length without a cue: the quotation is the person just reported.
    body = (
        "Huguette Marr said the couple's insurer had already warned them.\n\n"
        "“Nobody from the town asked us anything.\n\n"
        "“We found out from a post on the town's page.”\n\n"
        "Her husband shook his head."
    )
    assert _speakers_of(body) == ["Huguette Marr"] * 3 + [""]
    # An advertisement slot inside a quotation neither ends it nor takes its speaker away.
    body = (
        "“Officers arrested a man on Sunday,” said Inspector Rhiannon Kell.\n\n"
        "Advertisement · Keep scrolling for the rest of the story\n\n"
        "“I know this has shocked the town. We received 61 clips in 24 hours.\n\n"
        "“Our thoughts remain with his family.”\n\n"
        "Holroyd appeared in court on Tuesday."
    )
    said = analyze(body)
    assert said[1].is_boilerplate
    assert [s.speaker for s in said[2:]] == ["Rhiannon Kell"] * 3 + [""]
    # A cue of its own outside the marks ("the letter reads") is left to that cue, never
    # given the sentence before's speaker.
    body = (
        "The tenants' network warned councillors in a letter last week.\n\n"
        "“Renoviction is the new eviction,” the letter reads."
    )
    assert _speakers_of(body)[1] != "The tenants' network"


def test_a_one_word_label_the_page_names_nobody_by_is_no_speaker():
    body = (
        "Team news\n\n"
        "Kelby Town\n\n"
        "Out: Ryan Hollin (hamstring), Declan Rush (knee)\n\n"
        "Doubtful: none\n\n"
        "Harbour Athletic\n\n"
        "Out: Luca Trew (suspended), Josiah Trevan (ankle)\n\n"
        "Doubtful: Femi Adeyoke (calf)\n\n"
        "Manager Gwen Lanchard said her side were ready.\n\n"
        "Lanchard: We have trained well all week.\n\n"
        "Lanchard: The fans will make the difference."
    )
    said = _said(body)
    assert said["Out: Ryan Hollin (hamstring), Declan Rush (knee)"] == ""
    assert said["Out: Luca Trew (suspended), Josiah Trevan (ankle)"] == ""
    assert said["Doubtful: Femi Adeyoke (calf)"] == ""
    # A surname the page gives in full is still the person's turn.
    assert said["Lanchard: The fans will make the difference."] == "Gwen Lanchard"
    # And a name given only in its labels, whose turns speak, is still a speaker's.
    said = _said(
        "Marta and Joel run the bakery on Quay Street.\n\n"
        "Marta: We opened in 2019 with two ovens.\n\n"
        "Joel: Now we bake 900 loaves a day.\n\n"
        "Marta: No.\n\n"
        "Joel: We never wanted to."
    )
    assert said["Marta: We opened in 2019 with two ovens."] == "Marta"
    assert said["Marta: No."] == "Marta"


@pytest.mark.parametrize(
    "line",
    [
        "More market reports",  # a noun, and nothing said
        "Update estimate",
        "Keep me posted",  # an object, not a speaker
        "Tulleson County Sheriff's Office replied  ·  3 replies",  # a count
        "Please note that responses may be made public.",  # an order
        "The traders' survey that found footfall was down was answered by 14 of 60 firms.",
        "May be an image of 1 person and text that says 'SHERIFF'S OFFICE'",
    ],
)
def test_a_count_a_clause_an_object_an_order_or_a_bare_label_is_no_speaker(line):
    body = f"The council voted on Tuesday to close the library, the mayor said.\n\n{line}"
    assert _speakers_of(body)[1] == ""


def test_sources_that_are_people_still_speak_when_the_line_says_something():
    said = _said(
        "Most of them said they would vote.\n\n"
        "Head coach Jo Pellow said:\n\n"
        "“We made it hard for ourselves.”\n\n"
        "Mayor says bridge will reopen"
    )
    assert said["Most of them said they would vote."] == "Most of them"
    assert said["Head coach Jo Pellow said:"] == "Jo Pellow"
    assert said["“We made it hard for ourselves.”"] == "Jo Pellow"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Co-owner Guadalupe Terrazo", "Guadalupe Terrazo"),
        ("Irrigator Bryce Wattleby", "Bryce Wattleby"),
        ("Madam Rohani Abdul Latif", "Rohani Abdul Latif"),
        ("Leader of the Opposition Dinesh Bhadaur", "Dinesh Bhadaur"),
        ("Senior Minister of State for Transport Azlan Mohd Shukor", "Azlan Mohd Shukor"),
        ("Water CECM Paul Kiprugut Sainas", "Paul Kiprugut Sainas"),
        # (a name in capitals is all name; a body after "for" is no person)
        ("JO ANNE BLOGGS", ""),
        ("a spokesperson for Kestrel Buses", ""),
    ],
)
def test_roles_portfolios_and_honorifics_before_a_name_are_not_the_name(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    ("span", "body"),
    [
        ("Operator SerayaRail", "SerayaRail"),
        ("Drugmaker Velliant Pharma", "Velliant Pharma"),
        ("Police Scotland", "Police Scotland"),  # a body whose name opens with a role's word
        ("Retailer", "Retailer"),
    ],
)
def test_a_wire_storys_trade_before_a_firms_name_is_not_the_name(span, body):
    assert naming.organisation(span) == body


def test_a_clause_before_the_subject_and_a_bodys_role_before_the_person():
    said = _said(
        "Speaking to reporters at Bukit Cendana station at about 2pm, SerayaRail group chief "
        "executive Kwek Boon Tay apologised to commuters and said a faulty card was to blame.\n\n"
        "When Cressmoor announced the closure in March, it promised a mobile branch.\n\n"
        "Cressmoor says only 212 customers used the branch regularly."
    )
    assert list(said.values()) == ["Kwek Boon Tay", "", "Cressmoor"]


def test_a_headlines_name_and_quotation_above_an_interview_is_no_turn():
    said = _said(
        "Ottilie Bellman: ‘A theatre is a promise you make to a town’\n\n"
        "When Ottilie Bellman arrived at the Playhouse in 1999, it owed £600,000. That year it "
        "sold 41,000 tickets.\n\n"
        "We met in the green room, where a terrier was asleep under the table.\n\n"
        "Nate Eccles: You inherited a theatre that was close to bankruptcy. What did you do first?\n\n"
        "Ottilie Bellman: I cancelled the lease on the director's car.\n\n"
        "Eccles: And it worked?\n\n"
        "Bellman: It paid off a third of the debt in one winter.\n\n"
        "Eccles: Why stay 27 years?\n\n"
        "Bellman: Because a theatre is a promise you make to a town."
    )
    assert said["That year it sold 41,000 tickets."] == ""
    assert said["We met in the green room, where a terrier was asleep under the table."] == ""
    assert said["Eccles: And it worked?"] == ""  # the interviewer asks
    assert said["Bellman: It paid off a third of the debt in one winter."] == "Ottilie Bellman"


def test_a_podcast_transcripts_name_and_time_lines_give_the_turns_below_them():
    body = (
        "Episode 14: Last orders at the branch\n\n"
        "Juno Corby  00:00\n\n"
        "It's a quarter to ten, and six people are waiting outside the branch.\n\n"
        "Edna Jolly  00:41\n\n"
        "I come every Friday. I've been coming here since 1968.\n\n"
        "Juno Corby  01:26\n\n"
        "What will you do after the 27th?\n\n"
        "Dr Edna Jolly  01:30\n\n"
        "My grandson says he'll set it up on the phone for me.\n\n"
        "This episode was produced by Lotte Varr and edited by Cai Dunn.\n\n"
        "Subscribe wherever you get your podcasts."
    )
    said = _said(body)
    # The episode's credit line is furniture and ends the last turn.
    assert said["This episode was produced by Lotte Varr and edited by Cai Dunn."] == ""
    assert said["I come every Friday."] == said["I've been coming here since 1968."] == "Edna Jolly"
    assert said["My grandson says he'll set it up on the phone for me."] == "Edna Jolly"
    # The host's words and questions name nobody; furniture after the last turn is nobody's.
    assert said["It's a quarter to ten, and six people are waiting outside the branch."] == ""
    assert said["What will you do after the 27th?"] == ""
    assert said["Subscribe wherever you get your podcasts."] == ""
    labels = [s for s in analyze(body) if s.text.endswith(("00:00", "00:41", "01:26", "01:30"))]
    assert len(labels) == 4 and all(s.is_boilerplate for s in labels)


def test_a_live_pages_or_a_races_name_and_time_lines_are_no_transcript():
    # Stamps that run backwards, or a clock that starts late: entries, not a recording's turns.
    blog = _said(
        "Kelby North  01:40\n\nCandidate Ash Pill said it was a political earthquake.\n\n"
        "Dunmore East  01:14\n\nTurnout was 41.2 per cent.\n\n"
        "Kelby North  00:55\n\nThe count has started."
    )
    assert blog["Candidate Ash Pill said it was a political earthquake."] == "Ash Pill"
    race = analyze(
        "Tamsin Oko  1:10:02\n\nOko leads at halfway.\n\n"
        "Ruth Aben  1:10:42\n\nHer coach told us she had been ill all week.\n\n"
        "Tamsin Oko  2:21:04\n\nOko wins in a course record."
    )
    assert race[3].speaker == "Her coach"
    assert not race[0].is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A ruling on a request is an act; "claims" after a verb is its object, a noun.
        ("Judge Pia Nussel denied a defense request to lower Hargit's bail.", ""),
        ("The council rejected the appeal on Tuesday.", ""),
        ("The firm rejected claims that it had misled customers.", ""),
        ("The council denied reports that the pool would close.", ""),
        # What was said stays said.
        ("The minister denied the allegations.", "The minister"),
        ("A leaked report claims the scheme failed.", "A leaked report"),
        ("The report, published on Tuesday, estimates that 400 jobs will go.", "The report"),
    ],
)
def test_a_ruling_on_a_request_and_claims_as_a_verbs_object_name_no_speaker(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


def test_a_name_in_apposition_after_a_party_tag_or_after_the_hon():
    said = _said(
        "“People who have paid off their homes should not be taxed out of them,” said the "
        "bill's sponsor, Sen. Lucia Armbrett, R-Hollisford.\n\n"
        "Meanwhile, the Minister of Public Utilities, the Hon. Clem Joachim-Larue, told "
        "Parliament in February that EC$14 million had been set aside."
    )
    assert list(said.values()) == ["Lucia Armbrett", "Clem Joachim-Larue"]
    assert naming.person_name("the Hon. Clem Joachim-Larue") == "Clem Joachim-Larue"


def test_a_headlines_title_is_the_person_the_story_gives_that_title():
    body = (
        "Mayor says budget gap is 'manageable'\n\n"
        "Mayor Teodora Vasquez-Lind said on Tuesday that the $14 million shortfall could be "
        "closed without layoffs.\n\n"
        "Councilmember Rosa Tran, who chairs the finance committee, said she would hold hearings."
    )
    assert _speakers_of(body) == ["Teodora Vasquez-Lind"] * 2 + ["Rosa Tran"]


def test_calls_not_returned_and_a_colon_before_a_quotation():
    body = (
        "The mayor's spokeswoman, Dana Okafor, did not return calls seeking comment Wednesday.\n\n"
        "City Council President Aaron Whitlock, D-Ward 4, disagreed: “The numbers don't add up.”\n\n"
        "Okonkwo was blunt: “It should have come in March.”\n\n"
        "The verdict was clear: “Guilty on all counts.”\n\n"
        "Anil T., pharmacy owner: “We closed our second branch in October.”\n\n"
        "The firm returned calls to the bank on Monday."
    )
    assert _speakers_of(body) == ["Dana Okafor", "Aaron Whitlock", "Okonkwo", "", "", ""]


def test_no_reply_to_an_outlets_request_or_to_messages_left_is_said_nothing():
    body = (
        "Mayor Bette Kuczyn did not respond to KQNB's request for comment.\n\n"
        "Crescent Moon Bakery did not respond to messages left Monday and Tuesday.\n\n"
        "The crew did not respond to calls from the harbour for 40 minutes."
    )
    said = analyze(body)
    assert [s.speaker for s in said] == ["Bette Kuczyn", "Crescent Moon Bakery", ""]
    assert all(s.checkworthy_score < 40 for s in said[:2])


# --- an outside review of round nine's rules: what it broke, kept fixed -----------------------


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The firm is hiring 200 staff at its Sunderland plant.", True),
        ("Haaland finished the season scoring 36 goals.", True),
        ("Burglaries rose during 2023.", True),
        ("The council is recovering 80% of the cost from developers.", True),
        ("To get help, call 0800 123 456.", False),
        ("Tel 01632 960123 for tickets.", False),
    ],
)
def test_only_a_number_to_ring_is_no_figure(sentence, claim):
    (result,) = analyze(sentence)
    assert result.is_checkworthy is claim


@pytest.mark.parametrize(
    "body",
    [
        "The trust did not respond to emails from the coroner for six months.",
        "Investigators found the black box 40 miles off the coast on Tuesday.",
        "Researchers found the bones of a mammoth in a gravel pit near Swindon.",
        "The council has asked if residents can cut water use by 10%.",
        "Election promises on housing that were made in 2019 remain unmet.",
    ],
)
def test_acts_and_requests_that_look_like_cues_name_nobody(body):
    assert _speakers_of(body)[-1] == ""


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Ahmed Hassan, the head teacher, said the school was evacuated in four minutes.\n\n"
         "One pupil, Ahmed, 11, said he had been frightened by the smoke.", "Ahmed Hassan"),
        ("Chad Morris, a UN refugee official, said 20,000 people had crossed in a week.\n\n"
         "Chad said it had closed its border with Sudan on Sunday.", "Chad Morris"),
        ("Thomas Baxter, the club chairman, said the deal was done.\n\n"
         "Striker Kieran Thomas scored twice in the second half.\n\n"
         "“We were brilliant today,” Thomas said.", "Thomas Baxter"),
        ("In a letter to the Minister for Health, Labour TD Sean Kenny called for an inquiry.\n\n"
         "The minister said she would consider the request.", "Sean Kenny"),
        ("The former Minister for Housing, Darragh Byrne, criticised the plan on radio.\n\n"
         "The minister said 9,000 homes would be built.", "Darragh Byrne"),
        ("The Minister of Finance, Wale Adeyemi, presented the budget.\n\n"
         "The Minister of Budget and Planning, Atiku Shehu, disagreed.\n\n"
         "The minister said the plan was realistic.", "Atiku Shehu"),
    ],
)  # fmt: skip
def test_a_first_name_or_a_title_that_could_mean_someone_else_names_nobody_wrong(body, wrong):
    assert _speakers_of(body)[-1] != wrong


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Why should we pay more?” asked Joyce Mbeki, a pensioner from Soweto.", "Joyce Mbeki"),
        ("The judge found the council had acted unlawfully.", "The judge"),
        ("A K Menon, the board's chairman, said the dam was safe.", "A K Menon"),
        ("Air Vice-Marshal Sarah Pryce said the jets were grounded.", "Sarah Pryce"),
        ("The governor warned in a speech to bankers in Lagos that inflation would stay high.",
         "The governor"),
    ],
)  # fmt: skip
def test_questions_asked_after_a_quotation_findings_initials_and_ranks(body, speaker):
    assert _speakers_of(body) == [speaker]


def test_slogans_and_a_planning_storys_comments_stay_and_widgets_without_a_header_go():
    assert boilerplate.classify("No cuts   No closures") == ""
    assert boilerplate.classify("More homes   More jobs") == ""
    line = "Comments are read before publication, but the council does not publish names."
    assert boilerplate.classify(line) == ""
    widget = ["Markets", "FTSE 100 | 8,231.4 | +0.3%", "Dow Jones | 39,112.2 | -0.1%",
              "Brent crude | $82.10 | +1.2%"]  # fmt: skip
    assert all(boilerplate.mark(widget)[1:])
    results = ["Ward | Winner | Majority", "Abbey | Labour | 412", "Castle | Reform | 88",
               "Priory | Green | 1,204"]  # fmt: skip
    assert not any(boilerplate.mark(results)[1:])


def test_a_measure_inside_a_noun_phrase_is_not_the_end_of_a_sentence():
    from claimreview.text import split_text

    assert len(split_text("A 500 sq. ft. Manhattan studio now rents for $4,100 a month.")) == 1
    assert len(split_text("Volunteers put up a 30 ft. Christmas tree in the square.")) == 1
    assert len(split_text("Offices let at £12 per sq. ft. The landlord wants £15.")) == 2


def test_two_speakers_of_one_surname_are_told_apart_by_honorific_and_relation_or_not_at_all():
    body = (
        "Gwilym Tasker, 71, said the shop had been in the family for 60 years.\n\n"
        "His wife, Maureen Tasker, 68, said they had not been warned.\n\n"
        "“We lost everything,” Mrs Tasker said.\n\n"
        "Tasker said the insurers had refused to pay."
    )
    assert _speakers_of(body) == ["Gwilym Tasker", "Maureen Tasker", "Maureen Tasker", "Tasker"]
    body = (
        "Callum Fraser said the win was the best of his career.\n\n"
        "Ewan Fraser said his brother had carried the team.\n\n"
        "“He was everywhere,” Fraser said."
    )
    assert _speakers_of(body)[-1] == "Fraser"
    body = "David and Mary Okonkwo run the guesthouse. Mr Okonkwo said bookings had halved."
    assert _speakers_of(body)[-1] != "Mary Okonkwo"


def test_particles_opening_a_sentence_and_accusations():
    body = (
        "Pieter-Jan van der Merwe-Sithole, the chief executive, said sales rose 4%.\n\n"
        "Van der Merwe-Sithole said the second half would be harder.\n\n"
        "Health executive Kiprono arap Chebet said 14 cases had been confirmed.\n\n"
        "Arap Chebet told the Tribune by phone that more tests were under way.\n\n"
        "The opposition accused the county government of ignoring repeated warnings.\n\n"
        "He was accused of theft."
    )
    assert _speakers_of(body) == [
        "Pieter-Jan van der Merwe-Sithole",
        "Pieter-Jan van der Merwe-Sithole",
        "Kiprono arap Chebet",
        "Kiprono arap Chebet",
        "The opposition",
        "",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("A quick word about cookies 🍪", "cookie or legal notice"),
        ("Cookies on the Sentinel", "cookie or legal notice"),
        ("This article is for Review members.", "subscription prompt"),
        ("Get the paper delivered?", "subscription prompt"),
        ("License this photo", "credit"),
    ],
)
def test_cookie_headings_members_only_notes_and_photo_sales(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Bakers worried about cookies tax",
        "Cookies on the menu at the school fair raised £300.",
        "Purchase orders rose 4% in May.",
    ],
)
def test_news_about_cookies_and_orders_stays(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Léim go dtí an príomhábhar / Skip to main content", "related links"),
        ("Hafan / Home", "navigation or share strip"),
    ],
)
def test_a_bilingual_sites_lines(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_headline_with_a_slash_stays():
    assert boilerplate.classify("Rents up 40% / wages flat") == ""
    assert boilerplate.classify("Council votes to close libraries / Cyngor yn pleidleisio") == ""


def test_a_sidebar_q_and_a_belongs_to_the_person_its_introduction_names():
    body = (
        "Large parts of Shastri Colony were under water on Tuesday.\n\n"
        "Mayor Ramesh Gaikwad-Patil said 20 more pumps would be deployed.\n\n"
        "Municipal Commissioner Vaishali Ranade-Kulkarni spoke to The Chronicle on Tuesday.\n\n"
        "Q: Why has the drain missed three deadlines?\n\n"
        "A: There were two problems.\n\n"
        "Q: Will the drain be ready by March?\n\n"
        "A: Yes."
    )
    speakers = _speakers_of(body)
    assert speakers[4] == speakers[6] == "Vaishali Ranade-Kulkarni"


@pytest.mark.parametrize(
    "introduction",
    [
        # the surname of a person the page named in full, never the place in the same line
        "Brandt spoke to the Ledger on Thursday, a day after a closure in Pellow Lake.",
        # a place named before the turns is no interviewee either
        "Residents drove 94 kilometres after a closure in Pellow Lake.",
    ],
)
def test_a_q_and_a_belongs_to_its_interviewee_not_to_a_place_its_introduction_names(
    introduction,
):
    body = (
        "‘Not a date I can give’: Health Minister Ottilie Brandt on rural ER closures\n\n"
        "Ottilie Brandt has been health minister for 14 months.\n\n"
        f"{introduction}\n\n"
        "Q: How many ERs closed last month?\n\n"
        "A: I'd have to check the exact number.\n\n"
        "Q: It was eleven.\n\n"
        "A: February is when we see the most sick calls."
    )
    speakers = _speakers_of(body)
    assert speakers[4] == speakers[6] == "Ottilie Brandt"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Senate Minority Leader Yolanda Treviño-Marsh, D-Calder Bluff, wrote on Facebook that "
         "the cap was reckless.", "Yolanda Treviño-Marsh"),
        ("Speaking after the hearing, PC Jodie Trewhella-Ampofo said the data was recovered.",
         "Jodie Trewhella-Ampofo"),
        ("Tabuyoc Mayor Reynaldo “Dodong” Villacrusis told reporters the town had no water.",
         "Reynaldo Villacrusis"),
        ("The firm declined to say whether he had been disciplined before the crash.",
         "The firm"),
        ("Deputy minister Sibusiso Mabena-Joubert did not respond to questions about "
         "compensation.", "Sibusiso Mabena-Joubert"),
        ("Devgiri Infraprojects did not respond to calls and e-mails from The Chronicle.",
         "Devgiri Infraprojects"),
        ("He would not be drawn on when that might be.", ""),
        ("A senior official at the hospital, who asked not to be named, said the fridge broke.",
         "A senior official at the hospital"),
        ("Anseclaire Mutual Insurance, which covers many homes on the point, did not return "
         "calls.", "Anseclaire Mutual Insurance"),
    ],
)  # fmt: skip
def test_party_tags_of_several_words_ranks_nicknames_non_answers_and_relative_clauses(
    body, speaker
):
    assert _speakers_of(body)[-1] == speaker


def test_a_relation_after_a_name_and_a_son_tell_mrs_apart():
    body = (
        "Priya Sharma, the bride's mother, said the hall had been booked for a year.\n\n"
        "The groom's father, Anil Sharma, said the family was heartbroken.\n\n"
        "Mrs Sharma said she wanted a refund.\n\n"
        "Chief Joseph ole Sankale said his office had received complaints.\n\n"
        "Ole Sankale said he had forwarded them."
    )
    assert _speakers_of(body)[2:] == ["Priya Sharma", "Joseph ole Sankale", "Joseph ole Sankale"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The ambulance service did not respond to 14 calls from the house that night, the "
         "inquest heard.", "the inquest"),
        ("The court heard that the driver had three previous convictions.", "The court"),
        ("Coun. Rosalie Thibault warns fire hall closure will add 12 minutes to response times",
         "Rosalie Thibault"),
        ("Residents heard a loud bang shortly after midnight.", ""),
        ("Halbrook Labs recalls 212,000 power banks after 31 reports of overheating", ""),
        ("Sadhbh Nic Conmara writes a weekly column for the Ballyvoney Leader.", ""),
    ],
)  # fmt: skip
def test_what_a_hearing_heard_a_headlines_warning_and_a_columnists_job(body, speaker):
    assert _speakers_of(body) == [speaker]


def test_a_headlines_surname_with_a_particle_takes_the_full_name_below():
    body = (
        "Dr Ní Bhriain-Costello warns closure of 18 beds will fill acute wards\n\n"
        "A consultant, Dr Gráinne Ní Bhriain-Costello, said the wards would be full in a week."
    )
    assert _speakers_of(body) == ["Gráinne Ní Bhriain-Costello"] * 2


def test_two_of_one_surname_told_apart_by_title_and_a_headlines_abbreviated_governor():
    body = (
        "Governor says she will 'read every line' of tax cap\n\n"
        "Gov. Rosalind Stoltzfus-Kane said she had not seen the final text.\n\n"
        "Rep. Marcy Kettleborough said the bill was fair.\n\n"
        "Her brother, Sen. Dale Kettleborough, said it was not.\n\n"
        "Rep. Kettleborough said the cap would save homeowners $310.\n\n"
        "Sen. Kettleborough said the schools would lose $4 million."
    )
    speakers = _speakers_of(body)
    assert speakers[0] == "Rosalind Stoltzfus-Kane"
    assert speakers[-2:] == ["Marcy Kettleborough", "Dale Kettleborough"]


# --- a second outside review of round nine: what it broke, kept fixed ---------------------------


@pytest.mark.parametrize(
    ("body", "index", "speaker"),
    [
        ("Education Minister Joy Mutua has faced questions over the tender. Nation reporter "
         "Daniel Otieno spoke to Education Minister Joy Mutua.\n\nQ: Were contractors paid?\n\n"
         "A: Every contractor was paid by March.\n\nQ: What about the audit?\n\n"
         "A: The audit found no loss.", 3, "Joy Mutua"),
        ("Adaeze Nwosu runs the port authority. She spoke to us after Transport Minister Bello "
         "Aminu toured the terminal.\n\nQ: Why raise fees?\n\nA: Dredging costs rose 60 per cent."
         "\n\nQ: Will they fall?\n\nA: Not this year.", 3, "Adaeze Nwosu"),
        ("Treasurer Malcolm Ruddick delivered his third budget on Tuesday. This interview was "
         "conducted by Sophie Tran.\n\nQ: Is the surplus real?\n\nA: It is $4.2 billion.\n\n"
         "Q: And next year?\n\nA: Smaller.", 3, "Malcolm Ruddick"),
        ("Governor says state will cover flood costs\n\nLt. Gov. Ana Pereira toured the towns on "
         "Monday. Gov. Thomas Reyes said the state would pay.", 0, "Thomas Reyes"),
        ("Mayor says bridge will reopen in June\n\nDeputy Mayor Colin Hart said the repairs were "
         "on budget. Mayor Jenny Oduya said the bridge would reopen in June.", 0, "Jenny Oduya"),
        ("The 999 operator did not return calls from the family for 40 minutes, the inquest "
         "heard.", 0, "the inquest"),
        ("The patient did not respond to questions from paramedics, the court heard.", 0,
         "the court"),
    ],
)  # fmt: skip
def test_interviewers_deputies_and_hearings_are_not_taken_for_the_speaker(body, index, speaker):
    assert _speakers_of(body)[index] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Councillor Gary Hebden was suspended after a complaint by resident Marion Tuft. “He "
        "shouted at me in the car park.”",
        "The letter to chief executive Ruth Blane ended: “We expect the flats to be repaired.”",
        "Storm warns of worse to come as rivers rise",
        "Grandmother claims £1m lottery prize",
    ],
)
def test_a_person_things_were_done_to_a_letters_recipient_and_a_storm_say_nothing(body):
    assert _speakers_of(body)[-1] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Ridgeback Energy declined to name the buyer but said the sale raised $40 million.",
        "The ministry declined to specify a date, but said 14,000 teachers would be hired.",
        "The council declined to name the bridge after the late mayor, despite a petition "
        "signed by 12,000 people.",
    ],
)
def test_a_refusal_beside_a_statement_keeps_the_statements_score(sentence):
    (result,) = analyze(sentence)
    assert result.is_checkworthy


@pytest.mark.parametrize(
    "line",
    [
        "(Changes to the tax code mean 40,000 pensioners will pay more from April.)",
        "— Victor Osimhen 26",
        "This story was updated on Friday to add that the company has paid $3 million in fines.",
        "Sales of cookies on the rise",
        "The truth about cookies",
        "This article is for all members of the pension scheme who retired before 2012.",
    ],
)
def test_news_shaped_like_round_nine_furniture_stays(line):
    assert boilerplate.classify(line) == ""


def test_degrees_end_sentences_and_a_measure_after_an_adjective_does_not():
    from claimreview.text import split_text

    assert len(split_text("He holds a B.Eng. Three years later he joined the firm.")) == 2
    assert len(split_text("The new 3 km. Nairobi Expressway spur will cost KSh 9 billion.")) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("11:52 p.m.", "date line"),
        ("By Capitol bureau staff | Last updated 11:58 p.m. CDT, May 15, 2026", "date line"),
        ("Posted at Oct 21 2026 04:55 PM | Updated as of Oct 21 2026 07:30 PM", "date line"),
        ("AMBALNAGAR, September 24, 2026 00:15 IST", "date line"),
        ("This site follows the Editors' Code of Practice.", "about the publisher"),
        ("This newspaper is regulated by IPSO.", "about the publisher"),
        ("Follow Rift Courier on WhatsApp for county news.", "share or follow line"),
        ("Support nonpartisan statehouse reporting.", "call for support"),
    ],
)
def test_live_blog_times_stamped_bylines_datelines_standards_and_support_lines(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The power came back at 9:05 p.m.",
        "Support for the plan fell to 31% in May.",
        "This newspaper follows the money, and here is where it went.",
        "LAGOS, Nigeria - The central bank raised rates by 50 basis points.",
    ],
)
def test_news_with_times_support_and_datelines_stays(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Comments posted on this site are the views of readers and do not represent the views "
         "of the Daily Wallop.", "comment rules"),
        ("Follow La Voz de Miraluna on our WhatsApp channel for the latest news.",
         "share or follow line"),
        ("Photographs of the items can be viewed on our website.", "call to action"),
        ("Reporting like this is free to read because readers like you chip in.",
         "call for support"),
        ("Will you chip in $15 a month to keep them that way?", "call for support"),
        ("Our journalists strive for accuracy, but on occasion we make mistakes.",
         "editorial note"),
    ],
)  # fmt: skip
def test_the_publisher_speaking_of_itself_its_site_and_its_readers(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The council said the list was on its website.",
        "Our reporters found 14 violations at the plant.",
        "Scams target readers like you, police said.",
        "Neighbours will chip in to fix the roof.",
    ],
)
def test_news_about_websites_reporters_and_chipping_in_stays(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The Klaxon is regulated by the Press Complaints Authority.", "about the publisher"),
        ("The Dunmallow Champion Ltd is a member of the Association of Irish Local Titles.",
         "about the publisher"),
        ("We follow the Regional Publishers' Code of Conduct.", "about the publisher"),
        ("Bytecrane is part of Lantern Row Publishing Inc, an international media group.",
         "about the publisher"),
        ("Good evening from the press gallery.", "editorial note"),
        ("Please check the audio before quoting.", "editorial note"),
        ("From the July/August 2026 issue", "editorial note"),
        ("Add The Madhyam Post as a preferred source", "editorial note"),
        ("Already one?", "subscription prompt"),
    ],
)  # fmt: skip
def test_who_publishes_the_page_and_by_what_rules(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The bank is regulated by the Financial Conduct Authority.",
        "The Herald is owned by Quarry Media, which cut 40 jobs in May.",
        "The firm is part of Lantern Row Publishing, the court heard.",
        "Ireland is a member of the European Union.",
        "We follow the money.",
        "Good morning from Dunmere, where the floods have receded.",
    ],
)
def test_news_about_regulators_owners_and_members_stays(line):
    assert boilerplate.classify(line) == ""


def test_labels_in_capitals_are_furniture_but_not_a_subhead_or_a_headline():
    page = (
        "DEPARTMENT OF HARBOURS AND COASTS\n\n"
        "Breakwater repairs at Kellin Point to finish in March\n\n"
        "Crews have replaced 240 metres of the Kellin Point breakwater since June.\n\n"
        "The work cost £4.1 million, the department said.\n\n"
        "WHAT WE'RE WATCHING\n\n"
        "Ferry fares to the islands: what changes in April\n\n"
        "COURT\n\n"
        "A Kellin man was fined £600 on Monday for fishing inside the harbour closure zone."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["DEPARTMENT OF HARBOURS AND COASTS"] == "section label"
    assert reasons["WHAT WE'RE WATCHING"] == "section label"
    assert reasons["COURT"] == ""  # the court report's subhead
    assert reasons["Breakwater repairs at Kellin Point to finish in March"] == ""
    # A headline in capitals, with no other line to be the headline, stays.
    (headline, *_rest) = analyze(
        "KELLIN BREAKWATER TO FINISH IN MARCH\n\n"
        "Crews have replaced 240 metres of the Kellin Point breakwater since June."
    )
    assert not headline.is_boilerplate


def test_advice_to_readers_in_the_imperative_is_furniture_but_news_opening_with_a_noun_is_not():
    page = (
        "Thieves posing as water board staff stole £2,300 from two pensioners in Dunmarsh.\n\n"
        "Police said the men wore high-visibility jackets and carried fake badges.\n\n"
        "Protect yourself from doorstep crime\n\n"
        "Ask your energy supplier about its password scheme.\n\n"
        "Don't let anyone in without checking their identity card first.\n\n"
        "Call centres in Dunmarsh closed early on Friday.\n\n"
        "Stop signs were installed at the junction after the crash.\n\n"
        "Keep Dunmarsh Tidy volunteers cleared 40 bags of litter.\n\n"
        "Close to 3,000 people marched through Dunmarsh on Saturday.\n\n"
        "Drink driving arrests rose by a third over Christmas.\n\n"
        "Call for public inquiry into Dunmarsh flood\n\n"
        "Never in its 140-year history had the club been relegated.\n\n"
        "Follow the money and the picture is clear: the town spent £12m on consultants."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    for advice in (
        "Protect yourself from doorstep crime",
        "Ask your energy supplier about its password scheme.",
        "Don't let anyone in without checking their identity card first.",
    ):
        assert reasons[advice] == "advice to readers", advice
    for news in (
        "Call centres in Dunmarsh closed early on Friday.",
        "Stop signs were installed at the junction after the crash.",
        "Keep Dunmarsh Tidy volunteers cleared 40 bags of litter.",
        "Close to 3,000 people marched through Dunmarsh on Saturday.",
        "Drink driving arrests rose by a third over Christmas.",
        "Call for public inquiry into Dunmarsh flood",
        "Never in its 140-year history had the club been relegated.",
        "Follow the money and the picture is clear: the town spent £12m on consultants.",
    ):
        assert reasons[news] == "", news
    # Inside a quotation it is the speaker's advice, reported.
    (quoted,) = analyze("“Lock the door and call us,” the inspector said.")
    assert not quoted.is_boilerplate
    # A number to ring is no figure; the verbs of a condition, of the order's own "Do not" and
    # of a clause the order governs report nothing. A figure in the condition, or a source at
    # the end, still keeps the line.
    advice = (
        "Report an outage to the co-op at 1-800-555-0196.",
        "If you were at the clinic on those days and are not immune, call 0300 555 0192.",
        "Do not go near the cordon to take photographs.",
        "Check your child's record, or ask your surgery, whether they have had two doses.",
    )
    kept = (
        "Call 101 and you get a recording.",
        "Visit the ward at night, when only two nurses are on duty.",
        "If the firm does not pay within 14 days, take your case to the ombudsman.",
        "Do not expect the council to act, the report warns.",
        "Do not go near the cordon, police advised.",
    )
    page = "Fire at the depot\n\nThe fire began at 3am.\n\n" + "\n\n".join(advice + kept)
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert all(reasons[line] in ("advice to readers", "call to action") for line in advice)
    assert [reasons[line] for line in kept] == [""] * 5


def test_a_thread_of_readers_comments_is_furniture_but_a_comments_button_hides_nothing():
    story = (
        "The Fenwick Lane post office will close on 28 March after 94 years.\n\n"
        "Postmaster Una Threlkeld said the lease had become too costly to renew.\n\n"
    )
    thread = (
        "3 thoughts on “Fenwick Lane post office to close”\n\n"
        "Hilda M says:\n\n"
        "February 9, 2026 at 8:14 pm\n\n"
        "So sad.\n\n"
        "Reply\n\n"
        "Peter Quayle says:\n\n"
        "February 9, 2026 at 9:02 pm\n\n"
        "The petition stays on the counter until the end of the month.\n\n"
        "Reply"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(story + thread)}
    assert reasons["The Fenwick Lane post office will close on 28 March after 94 years."] == ""
    for comment in ("So sad.", "The petition stays on the counter until the end of the month."):
        assert reasons[comment] == "reader comment"
    # A comments button above the story, with no thread under it, hides none of the story.
    button = analyze("Comments (12)\n\n" + story + "Share this story\n\nReply")
    assert [s.text for s in button if not s.is_boilerplate] == [
        "The Fenwick Lane post office will close on 28 March after 94 years.",
        "Postmaster Una Threlkeld said the lease had become too costly to renew.",
    ]


def test_a_spaced_tables_header_and_a_consent_boxs_buttons_are_furniture_its_rows_data():
    page = (
        "Council composition\n\n"
        "Party   Seats   Change\n\n"
        "Civic Alliance   21   −7\n\n"
        "Moorcrest Independents   9   +6\n\n"
        "I accept   I do not accept   Show purposes\n\n"
        "👍 Yes   👎 No\n\n"
        "More homes   More jobs   Less traffic"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Party   Seats   Change"] == "table header"
    assert reasons["Civic Alliance   21   −7"] == ""
    assert reasons["I accept   I do not accept   Show purposes"]
    assert reasons["👍 Yes   👎 No"]
    assert reasons["More homes   More jobs   Less traffic"] == ""  # a slogan, no buttons


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Accept all   Manage preferences", True),  # two buttons of a consent box
        ("Accept   Learn more", True),
        ("Share on X   Share on Bluesky   Copy link", True),
        ("Accept   Reject", False),  # a ballot's table: no cookie box's own button
        ("Share   Save   Gift article", True),
        ("Phonebox Direct   £899 + free case   View deal", True),  # an offer and its button
        ("Polls close   22:00", False),
        ("Ferries   No", False),
        # (an outside review's texts) a table's rows, a poll's answers, a placard, lists of
        # places and names with one longer item: what a menu looks like too
        ("Sandy Bay   OK", False),
        ("Moor End   Close", False),
        ("Northgate bus lane   Continue", False),
        ("Agree   Disagree", False),
        ("Reject the cuts   Save our library", False),
        ("Books are free   Rooms are warm   Doors are open   Keep them open", False),
        ("Kharadi   Wagholi   Hadapsar   Mundhwa and Keshav Nagar   Viman Nagar", False),
        # a scoring summary's line is no masthead ("WKVR 6 — Our Valley's News Leader" is)
        ("KF — Tavi Orme 22 run (Mat Ulve kick), 1:05", False),
        ("WKVR 6 — Our Valley's News Leader", True),
        ("KQNB NEWS — Live at 5:00, 6:00 and 10:00", True),
        ("THE HALLAM ARGUS — Evening edition (updated 6:30pm)", True),
        # (an outside review's texts) a league's, a firm's results are no sponsor's labels; a
        # claim or a headline before "Learn more" is no shop's row; a broadcaster's masthead
        ("Promoted: Hartmoor, Brent Vale", False),
        ("Heart disease kills more women than breast cancer   Learn more", False),
        ("Councillors back plan for a new pool   Read more", False),
        ("KQN — News at 6:00 and 10:00", True),
        ("RNZ — Radio Aroha (Te Reo o te Awa)", True),
        # not menus: a slogan, a table's header and rows, a list of cuts
        ("No cuts   No closures", False),
        ("Quayhead   Civic Alliance   2,140   41%   Hold", False),
        ("Libraries   Parks   Street lighting   Grants to charities and youth clubs   Bins", False),
    ],
)
def test_two_consent_buttons_and_an_offer_ending_in_its_button_are_strips_a_tables_rows_not(
    line, furniture
):
    reason = boilerplate.classify(line)
    assert bool(reason) == furniture, reason


def test_a_row_of_columns_apart_by_spaces_is_data_not_a_claim_to_check():
    row, prose, _fell = analyze(
        "Civic Alliance   21   −7\n\n"
        "The Civic Alliance won 21 seats, seven fewer than in 2022.  Turnout fell."
    )
    assert "table row" in row.checkworthy_reasons and not row.is_checkworthy
    assert prose.is_checkworthy  # two spaces between sentences make no columns


def test_label_and_value_lines_are_no_transcript_turns():
    results = "\n\n".join(
        f"{ward} ward — Civic Alliance HOLD\n\nMajority: {majority} votes\n\nTurnout: {turnout}%"
        for ward, majority, turnout in (("Quayhead", 211, 37.2), ("Ashbarrow", 637, 31.9))
    )
    assert all(not s.attributions for s in analyze(results))
    # A speaker's answer that is a figure is still theirs.
    interview = (
        "Ines Varga is the mayor. She spoke to us.\n\nQ: How many homes?\n\nVarga: 4,000.\n\n"
        "Q: By when?\n\nVarga: By 2030, if the council agrees."
    )
    speakers = {s.text: s.speaker for s in analyze(interview)}
    assert speakers["Varga: 4,000."] == speakers["Varga: By 2030, if the council agrees."]
    assert speakers["Varga: 4,000."] == "Ines Varga"


def test_a_custody_timeline_is_no_date_line():
    # "Declared 02:48" on a results page is furniture, "Charged 09:30" in a timeline a fact:
    # the shape does not tell them apart, so neither is hidden.
    for line in ("Arrested 02:15", "Charged 09:30", "Injured 4", "Closed Monday 3 May"):
        assert boilerplate.classify(line) == "", line


def test_a_paste_wraps_a_cookie_notice_over_lines_and_it_stays_one_block():
    page = (
        "We and our 212 partners use cookies and similar\n\n"
        "technologies to store and access information on your\n\n"
        "device, to show you personalised ads and content, and to\n\n"
        "measure how our site is used.\n\n"
        "Register free\n\n"
        "Already registered? Log in\n\n"
        "Crews restored water to 1,400 homes in Terrebrook on Tuesday."
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert all(reasons[:7]) and reasons[7] == ""  # the question beside its button too
    # A line of news opening with a brand in small letters is no wrapped line of the notice.
    (*_notice, news) = analyze(
        "We and our partners use cookies and similar\n\n"
        "iPhone sales fell 12% in the quarter, the company said."
    )
    assert not news.is_boilerplate


def test_a_live_pages_entry_bylines_and_a_columns_author_note_are_furniture():
    live = (
        "Tram strike live: only a tenth of services running\n\n"
        "10:02\n\nYusra Hashmi\n\nThe union said 300 drivers had joined the picket.\n\n"
        "09:31\n\nFinbar Hallowes\n\nOnly 11 of 96 trams were running.\n\n"
        "09:05\n\nYusra Hashmi\n\nFinbar Hallowes\n\nPickets arrived at the depot at 5am."
    )
    result = analyze(live)
    names = [s for s in result if s.text in ("Yusra Hashmi", "Finbar Hallowes")]
    assert len(names) == 4 and all(s.is_boilerplate for s in names)
    assert not any(s.is_boilerplate for s in result if s.text.endswith("5am."))
    # A subhead said once after a stamp stays.
    once = "10:02\n\nUnion Strikes Back\n\nThe union said 300 drivers had joined the picket."
    assert analyze(once)[1].boilerplate_reason != "byline"

    column = (
        "Cutting library hours is the most expensive saving this council will make\n\n"
        "The council plans to cut opening hours at 14 libraries from April.\n\n"
        "Visits rose 12% last year, its own figures show.\n\n"
        "About the author\n\n"
        "Ottoline Vowles ran library services in Dunfirth for 19 years. "
        "She writes for the Examiner every other Friday."
    )
    reasons = [s.boilerplate_reason for s in analyze(column)]
    assert reasons[:3] == ["", "", ""] and reasons[3:] == ["author note"] * 3


def test_a_numbered_contents_list_and_a_boxs_heading_are_furniture():
    page = (
        "Labour market overview: January 2026\n\n"
        "1. Main points\n\n2. Statistician's comment\n\n3. Employment\n\n4. Earnings\n\n"
        "Key takeaways\n\n"
        "The employment rate rose to 75.1% in the three months to November."
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[1:5] == ["contents list"] * 4 and reasons[5] and not reasons[6]
    # A numbered list of demands in a story, or items out of order, stays.
    demands = (
        "The report makes three demands.\n\n"
        "1. Publish the contracts\n\n2. Freeze fees until 2027\n\n3. Hold an inquiry"
    )
    assert not any(s.is_boilerplate for s in analyze(demands))


def test_a_framed_label_and_a_tag_list_under_filed_under_are_furniture():
    page = (
        "Bees visit fewer flowers near busy roads, a study of 40 verges found.\n\n"
        "· · · advert · · ·\n\n"
        "The study was led by Glenharrow University.\n\n"
        "Filed under\n\nInsects\n\nBiodiversity\n\nRoads"
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[0] == reasons[2] == "" and all(reasons[1:2] + reasons[3:])
    # A dash before a line is no frame: "-- Mayor Jo Bell said …" stays.
    assert not analyze("-- Mayor Jo Bell said the road would reopen.")[0].is_boilerplate


def test_a_cookie_block_takes_its_heading_and_the_longer_sentence_of_its_paragraph():
    page = (
        "Before you read on: your cookie choices\n\n"
        "Tidemark uses a few essential cookies to make this website work. We'd also like to set "
        "optional cookies that count visits, remember your settings and help us suggest "
        "programmes, but only if you say yes.\n\n"
        "Nothing optional is switched on unless you choose it.\n\n"
        "OK, switch them on\n\n"
        "Hospital waiting list reaches 812,000, the highest since records began\n\n"
        "More than 41,000 patients have now waited over a year, you could say a record."
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert all(reasons[:5]) and not any(reasons[5:])


def test_she_is_the_person_a_sentence_is_about_never_the_street_it_names():
    body = (
        "Ingrid Mackinlay-Okeyo runs the only shop on Skarrow.\n\n"
        "“We launched 23 times last year,” said the coxswain, Morag Quist.\n\n"
        "Back on Harbour Row, Mackinlay-Okeyo locks the shop at six.\n\n"
        "“You learn to freeze things,” she says."
    )
    assert _speakers_of(body)[-1] == "Ingrid Mackinlay-Okeyo"
    body = (
        "Water poured down Kelloway Avenue for three hours.\n\n"
        "“It came up through the floor,” she said."
    )
    assert _speakers_of(body)[-1] == ""  # nobody named, and a street is nobody
    # A surname that is also a kind of street is still a person's.
    body = "Councillor Ellen Close chaired the meeting.\n\n“We will vote in May,” she said."
    assert _speakers_of(body)[-1] == "Ellen Close"
    # A passive subject after an opening phrase is not the one who acts.
    body = (
        "Ruth Dane, the boy's mother, sat beside Amara Holt in court.\n\n"
        "Outside court, Holt was thanked by Dane for her evidence.\n\n"
        "“She never gave up on my son,” she said."
    )
    assert _speakers_of(body)[-1] != "Amara Holt"


def test_a_surname_used_later_takes_the_second_surname_after_it():
    body = (
        "Transport Secretary Ximena Aldabe Urquiza said fares would rise in May.\n\n"
        "“Nobody likes raising a fare,” Aldabe told reporters on Monday.\n\n"
        "Maria Santos Tuesday said nothing.\n\n"
        "Santos said so."
    )
    speakers = _speakers_of(body)
    assert speakers[:2] == ["Ximena Aldabe Urquiza"] * 2
    assert speakers[-1] == "Maria Santos"  # a day after a name is no second surname


def test_a_fact_panels_heading_after_its_subject_is_furniture():
    assert boilerplate.classify("Bluetongue at a glance") == "section label"
    assert boilerplate.classify("The budget in numbers") == "section label"
    assert boilerplate.classify("Jobs fell in numbers not seen since 2009") == ""
    assert boilerplate.classify("Exports at a glance fell 4% in May.") == ""


def test_a_finding_closing_the_sentence_names_who_found_it():
    assert _speakers_of(
        "Only 61% of bills were paid in full last year, the auditor-general found.\n\n"
        "Prices rose 4% in a year, the inspectors found.\n\n"
        "The ball crossed the line, the referee found.\n\n"
        "The auditors found the files in a cupboard."
    ) == ["the auditor-general", "the inspectors", "", ""]


def test_share_buttons_time_stamps_and_vox_pops_make_no_comment_thread():
    live = (
        "Comments (45)\n\n"
        "2h ago\n\n"
        "The river burst its banks at Orlan Bridge at 4am.\n\n"
        "Share\n\n"
        "1h ago\n\n"
        "Ines Varga says:\n\n"
        "Residents of 40 homes have been moved to the school hall.\n\n"
        "Share\n\n"
        "Three thoughts on the flood defences\n\n"
        "The wall at Orlan Bridge was built in 1998 for a one-in-75-year flood.\n\n"
        "Like"
    )
    kept = [s.text for s in analyze(live) if not s.is_boilerplate]
    for claim in (
        "The river burst its banks at Orlan Bridge at 4am.",
        "Residents of 40 homes have been moved to the school hall.",
        "The wall at Orlan Bridge was built in 1998 for a one-in-75-year flood.",
    ):
        assert claim in kept


def test_a_line_ending_in_a_colon_that_says_something_or_names_someone_is_no_label():
    for line in (
        "Two men have been charged:",
        "Council approves three projects:",
        "Mayor Ines Varga replied:",
        "Varga tweeted:",
        "Ines Varga:",
        "Varga:",
    ):
        assert not boilerplate._colon_label(line), line
    (intro, _quote) = analyze("In her own words:\n\n“We will rebuild the pier by June.”")
    assert not intro.is_boilerplate  # it introduces a quotation


def test_a_headline_or_a_flash_in_capitals_is_no_label():
    page = (
        "KELLIN MILL TO CLOSE WITH LOSS OF 300 JOBS\n\n"
        "Owners blame energy costs for the end of 140 years of weaving\n\n"
        "The Kellin mill will close in March, its owners said on Monday.\n\n"
        "STRIKE CALLED OFF\n\n"
        "Talks resume at the mill next week"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["KELLIN MILL TO CLOSE WITH LOSS OF 300 JOBS"] == ""
    assert reasons["STRIKE CALLED OFF"] == ""
    # A body's word in a headline ("ROVERS", "ALLIANCE") does not make it a sender's label.
    (_label, headline, _score) = analyze(
        "Cup final\n\nROVERS WIN THE CUP\n\nKellin Rovers 2 Dunmarsh City 1"
    )
    assert not headline.is_boilerplate


# --- round twelve: a site's own notes, in its voice --------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Kestrel Radio is not responsible for what appears on other websites.", "editorial note"),
        ("The Wren is not responsible for the content of wire stories.", "editorial note"),
        (
            "Disclaimer: Newsdesk Hub is not responsible for the accuracy of releases posted by"
            " member institutions.",
            "editorial note",
        ),
        ("Please call 101 quoting crime reference 12/4471/26.", "advice to readers"),
        (
            "Anyone who saw the van can ring 101 quoting incident 554 of 3 March.",
            "advice to readers",
        ),
        (
            "Objections can be lodged online, quoting ref. 26/0099/FUL, until 4 June.",
            "advice to readers",
        ),
        ("Printed and published by Harrowgate Press Ltd for Dunmore Media.", "about the publisher"),
        (
            "If you spot an error in our coverage, tell us at fixes@harbourpost.example.",
            "call for tips or letters",
        ),
        (
            "To request a correction to something we published, use the form below.",
            "call for tips or letters",
        ),
        ("We may earn a commission if you buy through links on this page.", "editorial note"),
        (
            "If you buy through a link in this article, we may receive a small fee at no cost to you.",
            "editorial note",
        ),
    ],
)
def test_a_sites_own_notes_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry is not responsible for the content of the leaked report.",
        "Platforms are not responsible for what appears on their sites, the court ruled.",
        "The agency said it is not responsible for the accuracy of news releases from members.",
        "He was quoting reference books from the 1950s.",
        "The minister was quoting crime figures that had since been revised.",
        "Printed circuit boards made up 40% of the plant's exports.",
        "Printed by a Leeds firm, the leaflets cost the party £14,000.",
        "If you spot an error on your tax bill, contact the council within 28 days.",
        "To complain about noise, residents must call the council's hotline.",
        "Retailers earn a commission when customers buy through comparison sites, the study found.",
        "We earn a commission on every policy we sell, the broker's chief executive said.",
        "Agents earn a fee of 1.5% when a buyer purchases through them.",
    ],
)
def test_news_about_the_same_things_is_not_a_sites_note(sentence):
    assert boilerplate.classify(sentence) == ""


def test_a_sites_note_goes_on_in_its_own_voice_in_its_paragraph():
    page = (
        "Best budget kettles of 2026\n\n"
        "We may earn a commission when you buy through the links in this article. "
        "It doesn't change what we recommend.\n\n"
        "The Ashlight K2 boiled a litre in 2 minutes 41 seconds in our test. "
        "It changes how we rank the others."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["It doesn't change what we recommend."] == "editorial note"
    # (the same words after a finding are the finding's)
    assert reasons["It changes how we rank the others."] == ""


def test_a_reference_to_a_paper_is_furniture_and_a_sentence_about_it_is_not():
    line = (
        "Journal reference: Quarrie T, Odumosu L, Brandt K. Hedge width and dormouse nests."
        " Mammal Ecol Lett. 2026;7(1):12-19."
    )
    assert boilerplate.classify(line) == "journal reference"
    assert boilerplate.classify("Quarrie T, the lead author, said hedges matter.") == ""
    (_intro, reference) = analyze("The study is published today.\n\n" + line)
    assert reference.text == line and reference.is_boilerplate


def test_a_sites_name_above_the_headline_is_its_masthead_but_a_headline_is_not():
    page = (
        "The Quellbrook Courier\n\n"
        "Ferry fares to rise by a fifth from March\n\n"
        "Fares on the Quellbrook ferry will rise by 20% from 1 March, the operator said on Monday."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["The Quellbrook Courier"] == "masthead"
    assert reasons["Ferry fares to rise by a fifth from March"] == ""
    # A headline in title case that ends in a medium's word is the last line before the story.
    page = (
        "Home | News | Sport\n\n"
        "Council Sells The Old Post\n\n"
        "The council has sold the old post office building for £1.2m, its leader said."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Council Sells The Old Post"] == ""


_DEPOT_STORY = [
    "The council's planning committee voted 7 to 2 on Tuesday to approve a bus depot on Fenwick Road.",
    "The depot will house 40 buses and open in April, the operator said.",
    "Residents said they had not been consulted.",
    "Councillor Ann Pell said the decision was a mistake.",
    "The operator said it would plant 200 trees.",
    "Work starts in June.",
    "It will cost £8m.",
    "The old depot will close.",
    "Its site will be sold for housing.",
    "Read more",
    "Copyright 2026 The Marlow Gazette",
]


@pytest.mark.parametrize(
    "head",
    [
        # a share bar, a breadcrumb, a menu or an offer under the headline, then the standfirst
        ["Skip to main content", "THE MARLOW GAZETTE", "News | Sport | Business | Opinion",
         "Council approves new bus depot on Fenwick Road", "Share | Tweet | Email",
         "Residents fear noise as 40 buses move in next spring"],
        ["Council approves new bus depot on Fenwick Road", "Home › News › Local",
         "Residents fear noise as 40 buses move in next spring", "By Ann Smith"],
        ["Council approves new bus depot on Fenwick Road", "News | Sport | Business | Opinion",
         "Residents fear noise as 40 buses move in next spring"],
        ["Council approves new bus depot on Fenwick Road", "Subscribe now for £1 a week",
         "Residents fear noise as 40 buses move in next spring"],
        # a byline or a date in the fence: the line above it is the headline
        ["Council approves new bus depot on Fenwick Road", "Marlow Gazette | 3 March 2026",
         "Local News", "Residents fear noise as 40 buses move in next spring"],
        # (an outside review's layouts) a paywall, a sign-in or a gift bar under the headline,
        # under the site's menu
        ["Skip to main content", "Marlow Gazette", "News | Analysis | Events | Jobs",
         "Council approves new bus depot on Fenwick Road", "Premium content",
         "This article is available to subscribers only", "Sign in",
         "Residents fear noise as 40 buses move in next spring"],
        ["Skip to content", "The Marlow Gazette", "World | Politics | Business | Climate",
         "Council approves new bus depot on Fenwick Road", "Gift this article",
         "Subscribe to the Gazette", "Residents fear noise as 40 buses move in next spring"],
        # a tags strip or the site's masthead under the headline, over a standfirst
        ["Skip to content", "Marlow Gazette", "News | Sport | Business | Opinion",
         "Council approves new bus depot on Fenwick Road",
         "Planning / Transport / Fenwick Road / Marlow Council",
         "Residents fear noise as 40 buses move in next spring"],
        ["Council approves new bus depot on Fenwick Road",
         "THE MARLOW GAZETTE — Independent since 1871",
         "Residents fear noise as 40 buses move in next spring"],
        # a breadcrumb above the headline, a council's service menu under it
        ["Skip to main content", "Marlow District Council", "Sign in to your account",
         "Home > News", "Council approves new bus depot on Fenwick Road",
         "Pay it | Report it | Apply for it", "Bins and recycling",
         "Residents fear noise as 40 buses move in next spring"],
    ],
)  # fmt: skip
def test_a_headline_over_a_share_bar_a_menu_or_a_date_stays_the_title(head):
    # (A pass that hid what the rules left above a headline was withdrawn: outside reviews
    # found it hiding headlines under every kind of strip; these are their layouts.)
    sentences = analyze("\n\n".join(head + _DEPOT_STORY))
    kept = next(s.text for s in sentences if not s.is_boilerplate)
    assert kept == "Council approves new bus depot on Fenwick Road"


def test_a_pull_quote_is_the_pages_copy_of_a_quote_the_story_gives():
    page = (
        "Budget cuts hit clinics\n\n"
        "“There is no easy version of this budget,” the treasurer, Ada Lund, said on Monday. "
        "“We read every line twice.”\n\n"
        "“There is no easy version of this budget.”\n\n"
        "“Half the people who use the clinic have no car.\n\n"
        "They will not get to the next one.”\n\n"
        "Lund said the clinic would close in May."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["“There is no easy version of this budget.”"] == "pull quote"
    # the quote in the story itself, and a quotation the story gives only once, stay claims
    assert (
        reasons[
            "“There is no easy version of this budget,” the treasurer, Ada Lund, said on Monday."
        ]
        == ""
    )
    assert reasons["“Half the people who use the clinic have no car."] == ""
    assert reasons["They will not get to the next one.”"] == ""


def test_a_quotation_given_twice_in_its_own_paragraphs_is_no_pull_quote():
    # Each copy is a paragraph of nothing but the quotation: neither is the story's own.
    page = (
        "Pier to reopen\n\n"
        "“We will rebuild the pier by June.”\n\n"
        "The mayor spoke at the harbour.\n\n"
        "“We will rebuild the pier by June.”"
    )
    assert not any(s.is_boilerplate for s in analyze(page))


def test_a_called_event_in_live_text_is_a_statement_of_record_not_a_table_row():
    line = "34' GOAL! Kelby Rovers 1-1 Arnmouth Athletic (Dara Quigley, 34')"
    assert not checkworthy._is_table_row(line)
    (event,) = analyze(line)
    assert event.is_checkworthy and "table row" not in event.checkworthy_reasons
    # (a row of a results table, with no event called, stays a row)
    assert checkworthy._is_table_row("Kelby Rovers 1-1 Arnmouth Athletic 34' 2,314")


def test_an_embedded_posts_text_is_the_accounts_between_its_handle_and_its_stamp():
    page = (
        "Trams halted across the city\n\n"
        "Harrowmere Metro has just posted this update:\n\n"
        "Harrowmere Metro\n\n"
        "@HarrowmereMetro\n\n"
        "There are no trams on the Northern line today. Buses will run every 20 minutes.\n\n"
        "8:30 AM · May 14, 2026\n\n"
        "Commuters queued for an hour at Quay Street."
    )
    by_text = {s.text: s for s in analyze(page)}
    assert by_text["Harrowmere Metro has just posted this update:"].speaker == "Harrowmere Metro"
    assert by_text["Harrowmere Metro"].is_boilerplate
    for line in (
        "There are no trams on the Northern line today.",
        "Buses will run every 20 minutes.",
    ):
        assert by_text[line].speaker == "Harrowmere Metro", line
    assert by_text["Commuters queued for an hour at Quay Street."].speaker == ""


def test_a_posted_line_without_an_embed_after_it_gives_nobody_the_story():
    # No handle: the paragraphs after the colon are the reporter's.
    page = (
        "The council posted this on its website:\n\n"
        "Bins will be collected on Saturday.\n\n"
        "Residents said they had not been told."
    )
    by_text = {s.text: s for s in analyze(page)}
    assert by_text["Bins will be collected on Saturday."].speaker == ""
    # A handle, but the story goes on with no stamp to close the post: nothing carried.
    page = "Ferry fares rise\n\nThe operator posted:\n\n@KelbyFerries\n\n" + "".join(
        f"Fares rose {n}% on route {n}.\n\n" for n in range(1, 9)
    )
    assert all(not s.speaker for s in analyze(page) if s.text.startswith("Fares rose"))


# What the second look at round twelve's rules found them hiding (each was news, shown so by an
# outside review of 218 cases): the rules now stop short of all of it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new law, hosting firms are not responsible for the content of any website"
        " they store.",
        "Parents are not responsible for what is posted on other children's accounts under the"
        " proposed code.",
        "The regulator found that Brackwater Media is not responsible for the accuracy of wire"
        " copy it republishes.",
        "Police, quoting incident 312 of 4 May, named the dead man as Aled Pruitt, 41.",
        "Quoting crime reference 45/221/26, the force named the suspect as Dale Pruitt, 23.",
        "Printed by Crestway Ltd, the ballot papers listed the wrong polling date.",
        "Printed by Harland Press in 1923, the pamphlet claimed the mine was safe.",
        "To complain about a GP surgery, patients in our survey waited 11 weeks for a reply.",
        "To request a correction to a police record, we found applicants paid up to £95.",
        "Our investigation found brokers earn a commission of up to £400 when customers buy"
        " through comparison links.",
        "Influencers earn a commission of up to 30% when followers buy through their links, our"
        " analysis shows.",
        "We found that 40% of price comparison sites earn a commission when you buy through their"
        " links without saying so.",
    ],
)
def test_news_about_disclaimers_appeals_printers_and_commissions_stays_a_claim(sentence):
    assert boilerplate.classify(sentence) == ""


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Boise ID, Reno NV. Both cities saw rents rise more than 20% in 2025; Reno's rose 24%.",
            2,
        ),
        ("Leeds FC, Hull FC. Both clubs were fined £20,000 in 2026; the appeal is due in June.", 2),
        (
            "Pellow, R. & Mbatha, S. (2026) found that wrens sing 30% louder near motorways. Their"
            " study covered 41 sites.",
            2,
        ),
        (
            "Solvik M, et al. reported in 2025; their trial of 900 patients found the drug cut"
            " relapses by a third.",
            1,
        ),
    ],
)
def test_lists_and_citations_in_a_sentence_are_no_reference_line(text, sentences):
    found = analyze(text)
    assert len(found) == sentences
    assert not any(s.boilerplate_reason == "journal reference" for s in found)


@pytest.mark.parametrize(
    ("headline", "below"),
    [
        ("Councillor Suspended Over Post", "Row over remarks about travellers deepens"),
        ("Billionaire Buys The Harwick Times", "Deal ends 140 years of family ownership"),
        ("Strike Hits Dunford Echo", "Journalists walk out over pay"),
        ("Harwick Council Sells The Gazette", "Council-run newspaper to close"),
    ],
)
def test_a_headline_in_title_case_ending_in_a_mediums_word_is_no_masthead(headline, below):
    page = (
        f"{headline}\n\n{below}\n\nThe council confirmed the decision on Monday, its leader said."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons[headline] == ""


def test_a_quotation_that_leads_the_story_is_its_claim_however_often_it_comes_back():
    page = (
        "“The bridge is safe to use.”\n\n"
        "That was the council's message in March. Eight weeks later the bridge was shut.\n\n"
        "“The bridge is safe to use,” the council's engineer said in March."
    )
    assert analyze(page)[0].boilerplate_reason == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Interment will follow at Oldenhof Cemetery.", "funeral notice"),
        ("A reception will follow in the church hall.", "funeral notice"),
        (
            "In lieu of flowers, the family asks that donations be made to the Kelby Hospice.",
            "funeral notice",
        ),
        ("Said by: Orla Venn, candidate for mayor", "fact-check label"),
        ("Date of claim: 4 March 2026", "fact-check label"),
        ("Our verdict: Mostly False", "fact-check label"),
        ("Our ruling", "fact-check label"),
        ("16.3 ov", "date line"),
        ("Sponsored by Marlowe & Finch Funeral Directors", "editorial note"),
        ("Materials provided by University of Kelby.", "credit"),
        ("Reproduction in any form without written permission is prohibited.", "editorial note"),
        ("This report by The Kelby Press was first published March 3, 2026.", "editorial note"),
    ],
)
def test_notices_claim_boxes_and_stamps_of_round_twelve(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The funeral will be held on Friday, the palace said.",
        "Services will resume on the Northern line on Monday after the strike.",
        "The verdict was read out at 3pm to a silent court.",
        "Ruling party members walked out of the chamber.",
        "Sponsored by the oil firm, the study found no link between drilling and tremors.",
        "The reproduction of the painting sold for £40,000 without the owner's permission, the"
        " court heard.",
        "Leave campaigners spent £7m in the final month.",
        "Shelter in place orders were lifted at 6pm.",
    ],
)
def test_news_like_round_twelves_notices_stays_a_claim(sentence):
    assert boilerplate.classify(sentence) == ""


def test_a_magazine_q_and_a_gives_every_answer_to_the_interviewee_prefixed_or_not():
    page = (
        "Tova Brennick-Lund has run the Kessaly central bank since 2023.\n\n"
        "This interview has been edited for length and clarity.\n\n"
        "Inflation is back at 2.6%. Is the job done?\n\n"
        "Brennick-Lund: Not yet. Services inflation is still running at 4.1%.\n\n"
        "You raised rates eight times.\n\n"
        "I know, and I do not take that lightly. Repossessions doubled.\n\n"
        "When will rates fall?\n\n"
        "Brennick-Lund: I cannot give a date.\n\n"
        "Ilse Varga is economics editor of The Kelby Quarterly."
    )
    by_text = {s.text: s for s in analyze(page)}
    for answer in (
        "Brennick-Lund: Not yet.",
        "Services inflation is still running at 4.1%.",
        "I know, and I do not take that lightly.",
        "Repossessions doubled.",
        "Brennick-Lund: I cannot give a date.",
    ):
        assert by_text[answer].speaker == "Tova Brennick-Lund", answer
    for asked in ("Is the job done?", "You raised rates eight times.", "When will rates fall?"):
        assert by_text[asked].speaker == "", asked
    assert by_text["Ilse Varga is economics editor of The Kelby Quarterly."].is_boilerplate


def test_labels_with_colons_and_questions_in_a_story_make_no_interview():
    page = (
        "Flood warnings across the valley\n\n"
        "What happens next?\n\n"
        "Update: The river peaked at 4.2 metres overnight.\n\n"
        "Who pays for the damage?\n\n"
        "Update: Insurers have opened a helpline.\n\n"
        "Residents were moved to the leisure centre."
    )
    assert all(not s.speaker for s in analyze(page))


def test_a_furniture_line_names_nobody_for_a_later_pronoun():
    page = (
        "Water tariff to rise by 12%\n\n"
        "The municipal commissioner, Ravi Kalyanpurkar, defended the rise on Monday.\n\n"
        "Also Read | Lakes at 31% of capacity as monsoon runs late\n\n"
        "He said the cost of pumping water had doubled."
    )
    assert analyze(page)[-1].speaker == "Ravi Kalyanpurkar"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The County Executive Committee Member for Transport, Halima Dzame, defended the levy"
            " on Tuesday and said it was fair.",
            "Halima Dzame",
        ),
        (
            "According to the Commissioner for Finance, Dr. Kehinde Ogunlade, the loan was"
            " approved in March.",
            "Kehinde Ogunlade",
        ),
        # (a role and its body with a description after it: the role is the source, not the
        # words after the cue)
        (
            "The chief executive of Acme, the largest shareholder, said profits fell.",
            "The chief executive of Acme",
        ),
    ],
)
def test_a_role_and_its_body_give_way_to_the_name_after_them(sentence, speaker):
    (found,) = analyze(sentence)
    assert found.speaker == speaker


def test_a_long_death_notice_line_is_still_a_notice_and_a_memorial_in_the_news_is_not():
    assert (
        boilerplate.classify(
            "Memorial contributions in her memory may be made to the Kelby Hospice Trust, 4 Mill"
            " Row, Kelby, or to any branch of the lifeboat charity."
        )
        == "funeral notice"
    )
    assert (
        boilerplate.classify(
            "A memorial service will be held for the 14 victims at the cathedral on Friday, the"
            " mayor said."
        )
        == ""
    )


# What the second look at round twelve's rules found them getting wrong (an outside review of
# 254 cases): each stays news.
@pytest.mark.parametrize(
    "sentence",
    [
        "A memorial service will be held for the victims at Varnby Cathedral on Friday.",
        "Services will be held at the town's three churches on Sunday.",
        "Donations can be made to the flood appeal, which has raised £2.1m in three days.",
        "Verdict: Guilty on all counts",
        "The ruling: a fine of 40,000 euros",
        "Sponsored by Senator Jane Doe, the bill would cap rents at 3%.",
        "Statistics supplied by Eurostat show unemployment rose to 7.1% in March.",
        "In 40 cases, reproductive tissue was stored without consent.",
        "The artist's designs were reproduced on 20,000 T-shirts without permission.",
        "This report by the ombudsman was published after a two-year inquiry and found 40"
        " failures.",
        "This report was produced by the Treasury and shows debt rising to 110% of GDP.",
        "Shelter in place order for Millbrook after chemical leak",
        "Close emergency ward plan rejected by health board",
        "Leave now warning for coastal towns as Storm Elin nears",
    ],
)
def test_news_like_round_twelves_notices_found_by_the_second_review_stays_news(sentence):
    assert boilerplate.classify(sentence) == ""
    assert not any(s.is_boilerplate for s in analyze(sentence))


def test_an_odds_or_sale_strip_in_capitals_is_no_called_event():
    assert checkworthy._is_table_row("ODDS! Rovers 11/10, Draw 12/5, Athletic 5/2")
    assert checkworthy._is_table_row("SALE! £10 £20 £30")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The sale of Northwind, said the regulator, would leave 40,000 customers without power.",
            "the regulator",
        ),
        (
            # ("New Jersey" is a place: the name after it is the mayor's)
            "The mayor of Jersey City, New Jersey, Steven Pell, said the city would sue.",
            "Steven Pell",
        ),
        (
            "According to the coach of the winning side, Kelby Harriers, the team trained for 18 months.",
            "the coach of the winning side",
        ),
        (
            "According to a spokesman for the Met Office, Central Forecasting, more rain is due.",
            "a spokesman for the Met Office",
        ),
    ],
)
def test_an_apposition_that_names_a_place_or_a_body_gives_no_person(sentence, speaker):
    (found,) = analyze(sentence)
    assert found.speaker == speaker


def test_born_is_no_first_name_and_a_unions_name_is_no_person():
    page = (
        "Born Hettie Louise Pardoe in 1934, she ran the mobile library for 40 years.\n\n"
        "“The council thought it was a stunt,” she told the Herald in 1987."
    )
    assert analyze(page)[-1].speaker == "Hettie Louise Pardoe"
    page = (
        "The Kelby Vehicle Workers' Union called the strike on Monday.\n\n"
        "He said the union would keep its members off the roads."
    )
    assert analyze(page)[-1].speaker == ""


def test_a_death_and_a_sending_off_are_events_of_record():
    for line in ("Sheriff confirms third death", "Rovers centre-back Ian Lowrie is sent off"):
        (found,) = analyze(line)
        assert "named event" in found.checkworthy_reasons, line


# What the third review found (174 cases against the round's last changes): each stays news.
@pytest.mark.parametrize(
    "sentence",
    [
        "A reception will follow at the Élysée Palace, where the president will host 40 heads"
        " of state.",
        "In lieu of flowers, the club asked fans to donate to the stadium disaster fund, which"
        " has raised £2m.",
        "Sponsored by Senator Ann Lee the bill would cap rent rises at 3% a year.",
        "Under the new law, reproduction of the images without the consent of the person"
        " pictured is prohibited, with fines of up to €20,000.",
    ],
)
def test_news_like_round_twelves_notices_found_by_the_third_review_stays_news(sentence):
    assert boilerplate.classify(sentence) == ""


def test_a_q_and_a_gives_no_answer_to_someone_else_named_after_a_question():
    page = (
        "Interview: Mary Lund on the bus plan\n\n"
        "Mary Lund has led the transport board since 2024.\n\n"
        "Why cap fares?\n\n"
        "Lund: Because fares doubled in a decade.\n\n"
        "Will it last?\n\n"
        "Lund: As long as the Treasury pays.\n\n"
        "What do critics say?\n\n"
        "Opposition leader Tom Hart called the plan reckless."
    )
    assert analyze(page)[-1].speaker != "Mary Lund"


@pytest.mark.parametrize(
    "line",
    [
        "READ: Classes suspended in 11 provinces as the storm nears",
        "WATCH: Crews clear the coast road",
        "MORE ON THIS | What Stage 4 means for your street this week",
    ],
)
def test_a_links_label_in_capitals_before_a_headline_is_a_related_link(line):
    assert boilerplate.classify(line) == "related links"


def test_a_tables_cells_are_no_full_name_and_a_scorers_line_no_turn():
    body = (
        "Spec   Varnel Slate 7\n\n"
        "Weight   174g\n\n"
        "Varnel says the battery lasts six weeks.\n\n"
        "Varnel confirmed updates until 2031.\n\n"
        "Rovers: Tries: Pell 17', Okafor 52'; Cons: Dunn 17'\n\n"
        "Cobblers: Tries: Mace 8'; Pens: Hale 30'\n\n"
        "Rovers: 15 Pell; 14 Okafor, 13 Dunn\n\n"
        "Cobblers: 15 Mace; 14 Hale, 13 Greer"
    )
    said = _said(body)
    assert said["Varnel says the battery lasts six weeks."] == "Varnel"
    assert said["Rovers: Tries: Pell 17', Okafor 52'; Cons: Dunn 17'"] == ""
    assert said["Cobblers: 15 Mace; 14 Hale, 13 Greer"] == ""


@pytest.mark.parametrize(
    "line",
    [
        "Medically reviewed by Imke Soltvedt, MD, cardiologist",
        "Fact checked by Ruairi Glennane",
        "This article is for information only and is not a substitute for professional advice.",
        "This page is for information only and is not investment advice.",
        "Market data delayed by at least 15 minutes.",
        "Prices checked 11 June 2026 at 09:00 BST.",
        "Voiced by artificial intelligence.",
        "[Question inaudible]",
        "[Laughter]",
    ],
)
def test_a_pages_disclaimers_review_credits_and_stage_directions_are_notes(line):
    assert boilerplate.classify(line) == "editorial note"


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by Ann Lee, who said the plan was flawed.",
        "The minister said the plan is not legal advice.",
        "Prices were checked by inspectors in 40 shops.",
        "Prices rose 4% in March.",
    ],
)
def test_claims_worded_near_those_notes_stay_claims(line):
    assert boilerplate.classify(line) == ""


def test_a_headlines_bare_role_is_the_person_named_under_it_never_a_shadow_or_a_former_one():
    body = (
        "Governor says no rush to cut rates\n\n"
        "Central bank governor Ilse Brandvold told a committee on Tuesday that inflation was"
        " still 4.1%.\n\n"
        "Minister says bus fares will be capped at £2\n\n"
        "Shadow transport minister Ruth Okafor-Lane said the cap came too late.\n\n"
        "Transport minister Alan Reeve said the cap starts in May.\n\n"
        "According to her lawyer, the audit is wrong."
    )
    said = _said(body)
    assert said["Governor says no rush to cut rates"] == "Ilse Brandvold"
    assert said["Minister says bus fares will be capped at £2"] == "Minister"  # not the shadow
    assert said["According to her lawyer, the audit is wrong."] == "her lawyer"


def test_a_comment_thread_without_a_heading_opens_at_its_first_author_line():
    body = (
        "Rovers beat Harriers 2-1 on Sunday.\n\n"
        "Share this report:  WhatsApp  ·  Facebook\n\n"
        "Kwame_Fan88  says:\n\n"
        "That penalty was a dive.\n\n"
        "June 1, 2026 at 10:12 pm  ·  Reply\n\n"
        "Ife Adeyemi says:\n\n"
        "Harriers will still win the league.\n\n"
        "June 1, 2026 at 10:30 pm  ·  Reply"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["That penalty was a dive."] == "reader comment"
    assert reasons["Harriers will still win the league."] == "reader comment"
    assert reasons["Rovers beat Harriers 2-1 on Sunday."] == ""
    # Vox pops with "A Name says:" and no Reply buttons are no thread.
    vox = (
        "Shoppers had their say.\n\nAnn Lee says:\n\nPrices are too high.\n\nBo Tan says:\n\nFine."
    )
    assert {s.boilerplate_reason for s in analyze(vox)} == {""}


def test_the_host_the_introduction_names_asks_and_a_label_above_it_is_no_first_turn():
    body = (
        "Follow:  Castbay  ·  RSS\n\n"
        "This week, host Maeve Kinsolving talks to Priya Vasudevan, a former city engineer.\n\n"
        "MAEVE KINSOLVING: In March 2022 you wrote a memo.\n\n"
        "PRIYA VASUDEVAN: I said the budget was fiction.\n\n"
        "MAEVE KINSOLVING: What happened?\n\n"
        "PRIYA VASUDEVAN: Nothing happened."
    )
    said = _said(body)
    assert said["MAEVE KINSOLVING: In March 2022 you wrote a memo."] == ""
    assert said["MAEVE KINSOLVING: What happened?"] == ""
    assert said["PRIYA VASUDEVAN: Nothing happened."] == "Priya Vasudevan"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Renata Wojdyla/Stoopside)", "credit"),
        ("— With files from Matthias Redekop in Regina", "editorial note"),
        ("The Laurentine Press filed this story on June 7, 2026.", "editorial note"),
        ("[ AD ]", "editorial note"),
        ("Distributed on behalf of", "editorial note"),
        ("Jump to a chapter", "editorial note"),
        ("Full transcript (PDF)", "editorial note"),
        ("Was this page useful?   Yes   No", "editorial note"),
        ("Key figures", "related links"),
        ("Disclaimer", "related links"),
        ("READ NEXT | Four IPOs open next week", "related links"),
        ("With files from the inquiry, the police charged him.", ""),
        ("Was this page useful to the killer?", ""),
        ("Match facts show the home side dominated.", ""),
    ],
)
def test_wire_notes_widgets_file_links_and_fact_box_headings(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("RED WIND · Dunlorne coast · until 15:00 Saturday", ""),
        ("EMERGENCY WARNING · Kell fire · Tallabinda and Narrow Flats", ""),
        ("Home · News · Weather", "navigation or share strip"),
        ("March 2, 1934 – January 19, 2026", ""),
        ("2 March 1934 – 19 January 2026", ""),
        ("May 3, 2026 – May 4, 2026", "date line"),
        ("Published 3 May 2026 – Updated 4 May 2026", "date line"),
    ],
)
def test_a_warning_boxs_lines_and_life_dates_are_no_strip_and_no_stamp(line, reason):
    assert boilerplate.classify(line) == reason


def test_quotes_after_a_said_line_or_vox_pops_are_no_comment_thread_even_above_a_thread():
    body = (
        "Shop thefts in Hallam have tripled, police say.\n\n"
        "Inspector Ruth Kane says:\n\n"
        "Thefts in the town have tripled since last year.\n\n"
        "Ann Lee says:\n\n"
        "The council cut the wardens in 2024.\n\n"
        "The council said wardens had been replaced by CCTV.\n\n"
        "Comments are moderated.\n\n"
        "Kwame_Fan88  says:\n\n"
        "Bring back the wardens.\n\n"
        "June 1, 2026 at 10:12 pm  ·  Reply\n\n"
        "Bo_T  says:\n\n"
        "Agreed.\n\n"
        "June 1, 2026 at 10:30 pm  ·  Reply"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    for kept in (
        "Thefts in the town have tripled since last year.",
        "The council cut the wardens in 2024.",
        "The council said wardens had been replaced by CCTV.",
    ):
        assert reasons[kept] == "", kept
    assert reasons["Bring back the wardens."] == "reader comment"


@pytest.mark.parametrize(
    "line",
    [
        "Distributed by the Reform Alliance, the leaflets claim crime rose 40% last year.",
        "Prices were checked on 14 March and unleaded cost 162p a litre.",
        "Prices were correct on 3 forecourts but wrong on 9 others.",
        "The trading standards officer filed this report on 10 March.",
        "Inspector Vaughn filed this report after finding 11 faulty pumps.",
        "LATEST: Two people have died after a tree fell on a car in Kilbarra.",
    ],
)
def test_claims_that_open_like_a_pages_notes_stay_claims(line):
    assert boilerplate.classify(line) == ""


def test_narration_between_transcript_turns_is_the_writers():
    body = (
        "Kezia Barnaby won silver in 2019. Tomas Reid spoke to her.\n\n"
        "TOMAS REID: When did you start running?\n\n"
        "KEZIA BARNABY: At nine, on the beach at Carrow.\n\n"
        "She pauses, and looks out at the track.\n\n"
        "What changed?\n\n"
        "That figure was later disputed by the regulator.\n\n"
        "KEZIA BARNABY: Everything changed in 2022.\n\n"
        "I moved clubs and my times fell by four seconds.\n\n"
        "TOMAS REID: And now?\n\n"
        "KEZIA BARNABY: Now I train alone."
    )
    said = _said(body)
    assert said["She pauses, and looks out at the track."] == ""
    assert said["What changed?"] == ""
    assert said["That figure was later disputed by the regulator."] == ""
    assert said["I moved clubs and my times fell by four seconds."] == "Kezia Barnaby"


def test_a_debates_members_by_constituency_and_office_and_the_chair_who_speaks_for_nobody():
    body = (
        "Flood Defences: Rural Communities\n\n"
        "Nerys Caddow (Cresswater and Holm) (Mut): I beg to move the motion.\n\n"
        "Three times in four winters the river has burst its banks.\n\n"
        "Gideon Ashby (Quill Heath) (Shire): Will the hon. Lady give way?\n\n"
        "Nerys Caddow: I will give way briefly.\n\n"
        "Mr Speaker: I call the Minister.\n\n"
        "The Minister for Rural Affairs (Hywel Strand): Let me start with the figures.\n\n"
        "Since 2021 we have completed 312 schemes.\n\n"
        "Column 418\n\n"
        "Gideon Ashby: Will the Minister give way?\n\n"
        "Hywel Strand: I give way."
    )
    said = _said(body)
    assert said["Nerys Caddow (Cresswater and Holm) (Mut): I beg to move the motion."] == (
        "Nerys Caddow"
    )
    assert said["Three times in four winters the river has burst its banks."] == "Nerys Caddow"
    assert said[
        "The Minister for Rural Affairs (Hywel Strand): Let me start with the figures."
    ] == ("Hywel Strand")
    assert said["Since 2021 we have completed 312 schemes."] == "Hywel Strand"
    assert said["Mr Speaker: I call the Minister."] == ""
    assert said["Column 418"] == ""


def test_a_headlines_full_name_and_quotation_over_a_q_and_a_with_initials():
    said = _said(
        "Hana Ishida: ‘We farm on top of a living city’\n\n"
        "The soil scientist talks to Mila Jov about fungi.\n\n"
        "MJ: What has your trial found?\n\n"
        "HI: Yields fell by 4% on the plots we did not dig.\n\n"
        "MJ: Is that a lot?\n\n"
        "HI: It is, for one season. Ishida's team will publish in May."
    )
    assert said["Hana Ishida: ‘We farm on top of a living city’"] == "Hana Ishida"
    # (a name the page never has speak is no speaker: "Breaking News: ‘…’", a place)
    place = _said("Port Lenard: ‘Our town is dying’\n\nPort Lenard has lost half its shops.")
    assert place["Port Lenard: ‘Our town is dying’"] == ""
    lone = _said("Breaking News: ‘Bridge closed’\n\nThe bridge closed at 9am on Friday.")
    assert lone["Breaking News: ‘Bridge closed’"] == ""


def test_a_committees_numbered_questions_and_a_debates_moderator_named_after_the_role():
    evidence = _said(
        "Examination of witnesses\n\n"
        "Q1 Chair: Good morning. Why were 8,412 trains cancelled?\n\n"
        "Dr Ivo Marl: The drivers were not trained in time.\n\n"
        "Q2 Tessa Quell: When did you know?\n\n"
        "Dr Ivo Marl: In October.\n\n"
        "Q3 Tessa Quell: So you knew for two months. The council says complaints tripled."
    )
    assert evidence["Q3 Tessa Quell: So you knew for two months."] == "Tessa Quell"
    assert evidence["The council says complaints tripled."] == "Tessa Quell"
    assert evidence["Q1 Chair: Good morning."] == ""  # the chair, procedure
    debate = _said(
        "MODERATOR PIA ESKER: Good evening and welcome to the debate.\n\n"
        "Each candidate has 90 seconds.\n\n"
        "MAYOR DELL HALLOW: Thank you. Crime fell 12% last year.\n\n"
        "ESKER: Councilman Wrath, the police chief told the council she is 64 officers short.\n\n"
        "COUNCILMAN MARC WRATH: She is, and I will hire them.\n\n"
        "ESKER: Mayor?\n\n"
        "HALLOW: We hired 40 last year.\n\n"
        "WRATH: You lost 60."
    )
    assert debate["MODERATOR PIA ESKER: Good evening and welcome to the debate."] == ""
    assert debate["Each candidate has 90 seconds."] == ""
    assert debate[
        "ESKER: Councilman Wrath, the police chief told the council she is 64 officers short."
    ] == ("the police chief")
    assert debate["HALLOW: We hired 40 last year."] == "Dell Hallow"
    assert debate["COUNCILMAN MARC WRATH: She is, and I will hire them."] == "Marc Wrath"
    assert debate["WRATH: You lost 60."] == "Marc Wrath"
    # A clock's colon is no label: the spokesperson's turn runs on over it.
    briefing = _said(
        "Press briefing by the government spokesperson, Anna Drava\n\n"
        "MS. DRAVA: Good morning. First, the floods.\n\n"
        "The Prime Minister chaired the committee at 7:30 this morning.\n\n"
        "Q: Thanks. How many homes were flooded?\n\n"
        "MS. DRAVA: About 1,140.\n\n"
        "Q: And the army?\n\n"
        "MS. DRAVA: It is on standby."
    )
    assert briefing["The Prime Minister chaired the committee at 7:30 this morning."] == (
        "Anna Drava"
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Dear Parents and Carers,", "editorial note"),
        ("With best wishes,", "editorial note"),
        ("Kind regards,", "editorial note"),
        ("Yours sincerely,", "editorial note"),
        ("Tap to read more", "related links"),
        ("See more", "related links"),
        ("Update: 16 February 2026, 09:02", "date line"),
        ("Translated from the Portuguese by Ines Valcourt-Mbeki", "credit"),
        ("This article first appeared in Dutch in De Kromme Post on 4 May 2026.", "editorial note"),
        ("Dear Sir, the council has cut the bin round twice this year.", ""),
        ("Best, the two sides agreed, to wait for the audit.", ""),
        ("Update on the flood: 300 homes lost power overnight.", ""),
        ("Translated into law, the plan would cut bus fares by 20%.", ""),
    ],
)
def test_a_letters_salutation_and_sign_off_read_more_buttons_and_edition_notes(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # A fact check's rating in its own words; a court's verdict is news.
        ("Verdict: Needs context", "fact-check label"),
        ("Rating: Mostly false", "fact-check label"),
        ("Verdict: Guilty", ""),
        # An opinion page's disclaimers.
        ("Dr Strickmore writes in a personal capacity.", "editorial note"),
        (
            "The views expressed are the author's own and not those of the Infirmary or the Board.",
            "editorial note",
        ),
        (
            "Views expressed by correspondents are not necessarily those of the Evening Post.",
            "editorial note",
        ),
        ("Views expressed at the meeting were mostly angry, the chair said.", ""),
        # A transcript's notes and a chair keeping order.
        (
            "This transcript was produced by a captioning service and has been lightly edited"
            " for clarity.",
            "editorial note",
        ),
        ("This transcript was obtained by the Courier and was edited by ministry officials.", ""),
        ("This transcript was obtained by the Post and shows the minister knew.", ""),
        ("END   11:38 A.M.", "editorial note"),
        ("Mr Speaker: I call the Minister.", "chair's procedure"),
        ("Q9 Chair: A final question from me.", "chair's procedure"),
        ("Chair: Why were 8,412 trains cancelled?", ""),
        ("Chair: Your figures are wrong.", ""),
        ("Chair: Thank you, but that is false.", ""),
        ("Chair: Good afternoon, the report is damning.", ""),
        ("Mr Speaker: I call on the Government to resign.", ""),
        ("Chair: Thank you, Minister.", "chair's procedure"),
        ("Mr Speaker: The Minister misled the House.", ""),
        ("Chair: Councilman Wrath.", "chair's procedure"),
        ("Q2 Chair: You told this Committee in June that the backlog would be cleared by May.", ""),
        # A wire credit at the foot, standing notes of court lists and portals, a video player.
        ("Owen Zdro of KXRB 12 contributed to this report.", "credit"),
        ("Rising costs contributed to the report.", ""),
        (
            "All persons charged are presumed innocent unless and until proven guilty.",
            "editorial note",
        ),
        ("He is presumed innocent until proven guilty, his lawyer said.", ""),
        ("Suspects are presumed innocent under the law, but 80% are held for a year.", ""),
        (
            "This report has been published from a wire agency feed without changes to the text.",
            "editorial note",
        ),
        ("Only the headline has been edited by NewsPrism staff.", "editorial note"),
        ("This report was generated from a wire feed controlled by the hackers for hours.", ""),
        ("This programme was produced by a company owned by the minister's brother.", ""),
        ("This episode was produced by Lena Corr and edited by Sam Vey.", "editorial note"),
        (
            "Views expressed at the meeting were not necessarily shared by the board, the chair "
            "admitted.",
            "",
        ),
        ("The deputy minister insisted she spoke in her personal capacity.", ""),
        ("Autoplay is on.", "ticker or widget"),
        # A market strip; a table's row or a result's line is not one.
        (
            "US500 fut +0.1%   TECH100 fut −0.2%   Brent $71.40   Gold $2,914   10-yr 4.21%",
            "ticker or widget",
        ),
        ("Wheat (Jul) 548¾ ▲4½   Corn (Jul) 431½ ▼1¼   Soybeans (Jul) 1012 ▲3", "ticker or widget"),
        ("Turnout 41%   Majority 2,140   Swing 4.5%", ""),
        ("Lab 21,430 +6.2%   Con 14,210 −8.1%   LD 6,010 +1.3%", ""),
        ("Rovers   12   8   2   26", ""),
    ],
)
def test_signatures_ratings_disclaimers_and_a_chairs_procedure(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_letters_signature_under_it_but_not_a_list_of_names_and_places():
    page = (
        "Letters\n\nThe library served 4,000 people a year and should reopen.\n\n"
        "Winifred Gadsby, Dunmerrow\n\nPolice named the three victims on Friday.\n\n"
        "John Carver, Selmouth\n\nAnn Pell, Kelso\n\nTom Rook, Upper Wickhamby"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Winifred Gadsby, Dunmerrow"] == "letter signature"
    assert reasons["John Carver, Selmouth"] == reasons["Ann Pell, Kelso"] == ""
    # Nor under a race's results: a page that is no letters page.
    results = analyze(
        "Marathon results\n\nThe race was won in 2:08:14, a course record.\n\n"
        "Kip Langat, Eldoret\n\nThe women's race was won in 2:21:40.\n\nRuth Chebet, Iten"
    )
    assert [s.boilerplate_reason for s in results if "," in s.text and ":" not in s.text] == [
        "",
        "",
    ]


def test_an_emails_header_lines_at_the_top_are_furniture_and_a_lone_to_line_is_not():
    pasted = [
        "From: Hollowmere Primary <office@hollowmere.example>",
        "Date: 12 March 2026 at 16:05",
        "To: Parents and Carers",
        "Subject: Roof works finish on Friday",
        "The roof works finished two weeks early and cost £41,000.",
    ]
    reasons = boilerplate.mark(pasted)
    assert all(reasons[:4]) and reasons[4] == ""
    story = ["To: the council, a bill for £2m", "The council paid the bill in May."]
    assert boilerplate.mark(story) == ["", ""]


def test_according_to_her_or_him_and_shes_said_name_whom_she_or_he_said_would_name():
    body = (
        "Finance commissioner Ada Obi presented the budget on Tuesday.\n\n"
        "According to her, the state's debt rose by 40% in two years.\n\n"
        "Treasurer Ben Ode spoke next. He said the audit was late.\n\n"
        "According to her, the audit office has 12 vacancies.\n\n"
        "According to him, only 3 auditors remain.\n\n"
        "She's said the budget will balance by 2028."
    )
    said = _said(body)
    assert said["According to her, the state's debt rose by 40% in two years."] == "Ada Obi"
    # (Ben Ode is "he": "her" passes him by)
    assert said["According to her, the audit office has 12 vacancies."] == "Ada Obi"
    assert said["According to him, only 3 auditors remain."] == "Ben Ode"
    assert said["She's said the budget will balance by 2028."] == "Ada Obi"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("PSVWU Secretary-General Dismas Okwaro", "Dismas Okwaro"),
        ("Mum-of-two Kayleigh Brannock", "Kayleigh Brannock"),
        ("Forecaster Sian Polglaze", "Sian Polglaze"),
        ("Editor-in-Chief Rosa Lind", "Rosa Lind"),
        ("Ann King-General", "Ann King-General"),  # a surname, never a role
        ("Mary-Kate Olsen-Baird", "Mary-Kate Olsen-Baird"),
    ],
)
def test_a_role_written_as_one_hyphenated_word_is_no_part_of_the_name(span, name):
    assert naming.person_name(span) == name


def test_a_headlines_role_or_surname_before_a_colon_or_a_quoting_verb_is_the_person_below():
    body = (
        "Ekwunife: ‘This town was taken for granted’\n\n"
        "Nadira Ekwunife won the seat with 14,210 votes.\n\n"
        "Police chief: officer ended pursuit 40 seconds before crash\n\n"
        "Police chief Lorena Vandermeer said the officer stopped at 9:14pm.\n\n"
        "Minister calls strike ‘deeply irresponsible’\n\n"
        "Transport minister Lucinda Ranasinghe said the strike was irresponsible.\n\n"
        "‘This is a dangerous afternoon’, minister says\n\n"
        "Emergency minister Dominic Strathairn said the fire had spread.\n\n"
        "Council calls meeting ‘urgent’\n\n"
        "‘Grim day’, mayor says\n\n"
        "The storm killed two people in the town.\n\n"
        "Verdict: Misleading"
    )
    said = _said(body)
    assert said["Ekwunife: ‘This town was taken for granted’"] == "Nadira Ekwunife"
    assert (
        said["Police chief: officer ended pursuit 40 seconds before crash"] == "Lorena Vandermeer"
    )
    assert said["Minister calls strike ‘deeply irresponsible’"] == "Lucinda Ranasinghe"
    assert said["‘This is a dangerous afternoon’, minister says"] == "Dominic Strathairn"
    # A body's verb, a role the story names nobody with, a label: no one.
    assert said["Council calls meeting ‘urgent’"] == ""
    assert said["‘Grim day’, mayor says"] == ""
    assert said["Verdict: Misleading"] == ""


def test_a_headlines_role_alone_before_its_cue_may_be_two_words_or_follow_a_semicolon():
    from claimreview.text.attribution import _headline_role_before

    def role(outside: str) -> str:
        span = _headline_role_before(outside, outside.rindex(" says") + 1)
        return outside[span[0] : span[1]] if span else ""

    assert role("‘A dangerous afternoon’, health minister says") == "health minister"
    assert role("Residents pack hall; mayor says the tank is old") == "mayor"
    assert role("Residents pack hall; Mayor says the tank is old") == "Mayor"
    assert role("The tank is old, the report says") == ""


def test_a_source_or_an_insider_at_a_body_is_the_source_not_the_body():
    said = _said(
        "A source at the council told the Blare: “Officers are embarrassed.”\n\n"
        "One Tideway source at the count told me the party had lost.\n\n"
        "An insider at the club said the manager would go."
    )
    assert said["A source at the council told the Blare: “Officers are embarrassed.”"] == (
        "A source at the council"
    )
    assert said["One Tideway source at the count told me the party had lost."] == (
        "One Tideway source at the count"
    )
    assert said["An insider at the club said the manager would go."] == "An insider at the club"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Auctioneer Alasdair Rennison", "Alasdair Rennison"),
        ("Pharmacist Jo Bell", "Jo Bell"),
        ("Campaigners Ann Ode", "Ann Ode"),
        ("Peter Ann Smith", "Peter Ann Smith"),
        ("the operator, Sundquist Marine", "Sundquist Marine"),  # -quist: a surname, no role
        ("Ingrid Lindqvist", "Ingrid Lindqvist"),
    ],
)
def test_an_agents_noun_before_a_name_is_a_role_whatever_list_it_is_missing_from(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    ("span", "body"),
    [
        # A body's name that opens with a group's word is its name, whole (an outside review
        # found a rule that dropped the word cut many: "Doctors Without Borders").
        ("Doctors Without Borders", "Doctors Without Borders"),
        ("Police Service of Northern Ireland", "Police Service of Northern Ireland"),
        ("Engineers Ireland", "Engineers Ireland"),
        ("Masters Golf Club", "Masters Golf Club"),
        ("Rogers Communications", "Rogers Communications"),
    ],
)
def test_a_bodys_name_opening_with_a_groups_word_is_kept_whole(span, body):
    assert naming.organisation(span) == body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Page 2 of 3", "related links"),
        ("___", "separator"),
        ("* * *", "separator"),
        ("Printed from The Ashenbury Gazette", "related links"),
        ("Story continues below", "related links"),
        ("Editor's note: This story has been updated to include a statement.", "editorial note"),
        ("Editor's note: The council's budget papers put the cost at £40,000.", ""),
        ("Page 3 of the report says costs rose.", ""),
        ("Printed on recycled paper, the leaflets cost £4,000.", ""),
    ],
)
def test_a_print_views_page_marks_and_foot_rules_and_an_update_note_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_noun_after_its_owner_is_no_cue_and_a_time_opening_the_sentence_is_no_source():
    said = _said(
        "Editor's note: The council's budget papers put the cost at £40,000.\n\n"
        "Hours later the band posted its own account, saying the barrier broke.\n\n"
        "Two days later the mayor said sorry.\n\n"
        "A later statement said the roof was safe."
    )
    # ("note" after its owner is no cue; the papers' estimate is theirs, as the sets label it)
    assert said["Editor's note: The council's budget papers put the cost at £40,000."] == (
        "The council's budget papers"
    )
    assert said["Hours later the band posted its own account, saying the barrier broke."] == (
        "the band"
    )
    assert said["Two days later the mayor said sorry."] == "the mayor"
    assert said["A later statement said the roof was safe."] == "A later statement"


def test_a_conference_calls_operator_speaks_for_nobody():
    body = (
        "Kestrel Freight Q1 earnings call\n\n"
        "Operator: Good morning, and welcome to the Kestrel Freight first-quarter call.\n\n"
        "Howard Bramlage: Thank you. Revenue rose 8% to $1.31 billion in the quarter.\n\n"
        "Operator: Our next question comes from Jonah Feltham. Please go ahead.\n\n"
        "Jonah Feltham: What are the one-time costs?\n\n"
        "Howard Bramlage: About $14 million, most of it in the second quarter."
    )
    said = _said(body)
    assert (
        said["Operator: Good morning, and welcome to the Kestrel Freight first-quarter call."] == ""
    )
    assert said["Please go ahead."] == ""
    assert said["Revenue rose 8% to $1.31 billion in the quarter."] == "Howard Bramlage"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Last updated 11:52 p.m.", "date line"),
        ("Last checked 14:30.", "date line"),
        ("The conversation has been condensed and lightly edited.", "editorial note"),
        ("The excerpt below has been lightly edited.", "editorial note"),
        ("See older updates", "related links"),
        ("Read 2,077 replies", "related links"),
        ("Refresh this page for the latest results.", "related links"),
        ("Sponsored content below", "related links"),
        ("Article continues after this message", "related links"),
        ("Prices supplied by Tickerfeed.", "related links"),
        ("2h  Like  Reply  14", "editorial note"),
        ("Forgot password?", "sign-in prompt"),
        ("Something went wrong, please try again later.", "sign-in prompt"),
        ("#TullesonCounty #KeepingYouSafe", "tags"),
        ("👍😮❤️ 1.4K", "ticker or widget"),
        # Claims worded near them stay claims.
        ("The interview was edited by police before release, the court heard.", ""),
        ("Something went wrong at the plant, the union said.", ""),
        ("Prices are provided by 14 dealers, the survey said.", ""),
        ("#1 in the league for a decade, the club is now bottom.", ""),
        ("🔥 Rovers win 3-0", ""),
    ],
)
def test_live_pages_forms_posts_and_edited_notes_furniture(line, reason):
    assert boilerplate.classify(line) == reason


# An outside review of round fourteen's rules (70 invented texts) found these; each is kept.
def test_names_and_bodies_that_look_like_the_round_fourteen_role_and_time_rules_stay_whole():
    said = _said(
        "Sameer Patel, a pharmacist in Kelby, said stocks ran out in March.\n\n"
        "His sister Priya Patel, a GP, said patients were worried.\n\n"
        "Mr Patel said suppliers had given no reason.\n\n"
        "Later Life Ambitions said 2m pensioners were affected.\n\n"
        "Harbour master Jo Skipper said the ferry was late. Skipper said 60 passengers waited.\n\n"
        "Sainsbury's said profits rose 4%.\n\n"
        "The council's said it will not appeal."
    )
    assert said["Sameer Patel, a pharmacist in Kelby, said stocks ran out in March."] == (
        "Sameer Patel"
    )
    assert said["Mr Patel said suppliers had given no reason."] == "Sameer Patel"
    assert said["Later Life Ambitions said 2m pensioners were affected."] == "Later Life Ambitions"
    assert said["Skipper said 60 passengers waited."] == "Jo Skipper"
    assert said["Sainsbury's said profits rose 4%."] == "Sainsbury's"
    assert said["The council's said it will not appeal."] != ""


def test_a_headline_label_that_tells_of_its_subject_is_no_speaker():
    said = _said(
        "Okafor: ex-mayor jailed for six years over housing fraud\n\n"
        "Emeka Okafor, 61, was jailed on Friday.\n\n"
        "Surgeon: suspended after three patient deaths\n\n"
        "Surgeon Ian Pellow, 54, has been suspended.\n\n"
        "Preston: 14 new cases, up from 9\n\n"
        "Anna Preston, the county's public health director, said cases rose."
    )
    assert said["Okafor: ex-mayor jailed for six years over housing fraud"] == ""
    assert said["Surgeon: suspended after three patient deaths"] == ""
    assert said["Preston: 14 new cases, up from 9"] == ""


def test_an_update_note_that_states_the_fact_stays_and_a_sentence_shaped_header_is_no_header():
    note = "Editor's note: This story has been updated to reflect that the mine has now closed."
    assert boilerplate.classify(note) == ""
    story = [
        "To: the point, the board rejected the plan.",
        "Subject: to approval, the scheme will start in May.",
        "From: the start, the project was late, the auditor said.",
    ]
    assert boilerplate.mark(story) == ["", "", ""]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Give £30", "donation ask"),
        ("Donate $25", "donation ask"),
        ("£30 could give a family clean water for a month", "donation ask"),
        ("£1.24m raised of our £2m target", "donation ask"),
        ("Choose your amount", "donation ask"),
        ("Send my gift", "donation ask"),
        ("Other ways to give", "donation ask"),
        ("£30 could buy a week's food for a family, the charity said.", ""),
        ("Give the council £3m and it will fix the roads.", ""),
        ("The appeal has raised £40,000 of its £100,000 target.", ""),
    ],
)
def test_a_donation_boxs_asks_are_furniture_and_a_charitys_figures_in_the_story_are_not(
    line, reason
):
    assert boilerplate.classify(line) == reason


def test_capitals_that_run_on_into_a_bodys_word_are_no_person_and_jurors_find():
    said = _said(
        "The drivers' union, United Bus Operators, said 160 jobs would go.\n\n"
        "The Country Alliance's Gavin Stirrat said he had rung to concede.\n\n"
        "Jurors found that Corvantis knew of the leak in 1989.\n\n"
        "Jurors found the body in a car park."
    )
    assert (
        said["The drivers' union, United Bus Operators, said 160 jobs would go."] != "Bus Operators"
    )
    assert (
        said["The Country Alliance's Gavin Stirrat said he had rung to concede."] == "Gavin Stirrat"
    )
    assert said["Jurors found that Corvantis knew of the leak in 1989."] == "Jurors"
    assert said["Jurors found the body in a car park."] == ""


def test_a_headlines_short_role_and_an_interviewers_your_chairman_name_the_titled_person():
    said = _said(
        "CFO says fuel costs will weigh on the second half\n\n"
        "Chief financial officer Marisol Vale said fuel costs rose 12%.\n\n"
        "The club's chairman, Colin Rudgewick, set the budget in May.\n\n"
        "Q: Your chairman says the playing budget is £180,000. Is that enough?\n\n"
        "A: It is what we have."
    )
    assert said["CFO says fuel costs will weigh on the second half"] == "Marisol Vale"
    assert said["Q: Your chairman says the playing budget is £180,000."] == "Colin Rudgewick"


def test_a_possessive_is_no_first_name_a_month_opening_the_sentence_no_source_word():
    said = _said(
        "The home side won 2-1.\n\n"
        "His Stallions counterpart, Chukwuemeka Ihejirika, blamed the referee.\n\n"
        "“Everybody saw that he went down before the contact,” he said.\n\n"
        "In January the Floodwater and Rivers Board wrote to say the scheme had been cut.\n\n"
        "Regional health chief says the unit delivered 311 babies\n\n"
        "Regional health chief Ottavio Brambatti said the unit was safe."
    )
    assert said["“Everybody saw that he went down before the contact,” he said."] == (
        "Chukwuemeka Ihejirika"
    )
    assert (
        said["In January the Floodwater and Rivers Board wrote to say the scheme had been cut."]
        == "Floodwater and Rivers Board"
    )
    assert said["Regional health chief says the unit delivered 311 babies"] == "Ottavio Brambatti"


def test_a_participle_after_a_number_is_no_cue():
    said = _said(
        "Seren Polglase, whose herd was one of the two confirmed this week, said she had lost"
        " 14 calves.\n\n"
        "The two confirmed that the plant would close."
    )
    assert (
        said[
            "Seren Polglase, whose herd was one of the two confirmed this week, said she had lost"
            " 14 calves."
        ]
        == "Seren Polglase"
    )
    assert said["The two confirmed that the plant would close."] == "The two"


def test_no_reply_to_emails_and_a_phone_message_seeking_comment_is_a_silence():
    text = "Pathway Learning did not respond to emails and a phone message seeking comment."
    sentence = analyze(text)[0]
    assert sentence.speaker == "Pathway Learning"
    assert sentence.checkworthy_score < 40


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Type your email here", "editorial note"),
        ("Your email will stay private.", "editorial note"),
        ("Starred boxes are required.", "editorial note"),
        ("You can opt out with one click at the bottom of any email.", "editorial note"),
        ("Discussion about this post", "editorial note"),
        ("Drop us a line at ottersby@stoopside.example.", "call for tips or letters"),
        ("Join from $5 a month and hear every episode without ads.", "subscription prompt"),
        ("May 14, 2026   Updated May 15, 2026 9:12 a.m.", "date line"),
        (
            "These statements rest on current expectations and are subject to risks and"
            " uncertainties that could cause results to differ.",
            "editorial note",
        ),
        ("You can opt out of the scheme, the council said.", ""),
        ("These statements by the minister carry real risks for the economy, critics said.", ""),
        ("Mandatory fines are required by law, the judge said.", ""),
    ],
)
def test_a_sign_up_boxs_small_print_and_a_releases_safe_harbour_note(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Estimated 40 minutes", False),  # a wait, not a reading time
        ("5 mins to read", True),
        ("Quick read: 3 min  ·  640 words", True),
        ("View this post on Instagram", True),
        ("A post shared by Calla Montrey (@callamontrey)", True),
        ("Add a comment…", True),
        ("Small Change is made possible by listeners.", True),
        ("Independent, nonpartisan and funded by readers", True),
        ("Independent journalism is not cheap.", True),
        ("If you value our reporting, please consider a contribution of any amount.", True),
        ("Your gift powers independent local journalism.", True),
        # News in the same words:
        ("The museum is funded by donors and the council.", False),
        ("The scheme, funded by readers of the Gazette in 1950, raised £400 for the ward.", False),
        ("Add the flour and stir.", False),
        ("It took an estimated 6 minutes for crews to arrive.", False),
        ("Declared 02:48", False),
    ],
)
def test_reading_times_embedded_posts_a_newsrooms_ask_and_transcript_labels(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_a_fact_boxs_labelled_figures_at_the_foot_are_facts_not_related_links():
    page = (
        "Cholera outbreak spreads in Kipsoni\n\n"
        "The county has recorded 214 cases since March 26, health officials said.\n\n"
        "The last outbreak, in 2023, infected 1,104 people, according to ministry data.\n\n"
        "CHOLERA IN KIPSONI: KEY FACTS\n\n"
        "Cases recorded since March 26: 214\n\n"
        "Deaths: 6\n\n"
        "Toll-free hotline: 0800 721 316\n\n"
        "Related\n\n"
        "Why are clinics running out of rehydration salts?\n\n"
        "Share this article"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Cases recorded since March 26: 214"] == reasons["Deaths: 6"] == ""
    assert reasons["Why are clinics running out of rehydration salts?"]


def test_an_about_heading_in_the_storys_first_half_is_a_subhead_not_a_release_paragraph():
    # (an outside review: looked for from the first third, it hid a story's claims)
    lines = [
        "Kestrel Homes fined over fire doors",
        "Kestrel Homes admitted four breaches of fire safety rules.",
        "About Kestrel Homes",
        "Kestrel Homes was fined £400,000 in 2021, court records show.",
        "Judge Amara Lunt said the firm had put profit before safety.",
        *[f"Tenant {n} said the doors were never fixed." for n in range(8)],
    ]
    reasons = boilerplate.mark(lines)
    assert not any(reasons[3:5])


def test_according_to_him_reaches_the_sentence_before_or_a_man_the_text_calls_he():
    said = _said(
        "Fisherman Dai Rowlands said the works would close the harbour.\n\n"
        "According to him, at least six boats would have to move.\n\n"
        "Rami Haddad leads the port's finance team.\n\n"
        "According to him, container traffic grew 8%."
    )
    assert said["According to him, at least six boats would have to move."] == "Dai Rowlands"
    assert said["According to him, container traffic grew 8%."] == "Rami Haddad"
    said = _said(
        "Her manager, Paul Rigby, has disputed the figures.\n\n"
        "The audit began in May.\n\n"
        "According to him, only 12 were removed.\n\n"
        "Auditor Tom Vance and his deputy Sam Okri started in June.\n\n"
        "The review took weeks.\n\n"
        "According to him, 40 files are missing."
    )
    # The only person named in the sentences before; two men, neither yet "he": no one.
    assert said["According to him, only 12 were removed."] == "Paul Rigby"
    assert said["According to him, 40 files are missing."] == ""


# A second outside review (about 80 invented texts, 5505750 against 4d71997) found these.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("These statements ignore the risks faced by 40,000 patients.", ""),
        ("Any statement that the drug is risk-free is false.", ""),
        ("£50m will fund 400 new homes in Harlan by 2028.", ""),
        ("£30 could buy a family's water for a month, the charity claims.", ""),
        ("You can opt out, but only 4% of adults have done so in Wales.", ""),
        ("You can unsubscribe from the register within 14 days.", ""),
        ("On Monday.", ""),
        ("Thursday 7 May.", ""),
        ("You can unsubscribe at any time.", "editorial note"),
    ],
)
def test_claims_worded_like_round_fourteens_furniture_stay_claims(line, reason):
    assert boilerplate.classify(line) == reason


def test_round_fourteens_second_review_speakers():
    said = _said(
        "The makers of Wowza! said the show would return next year.\n\n"
        "Two confirmed the deal had collapsed.\n\n"
        "On April 4 the ministry said the plan was dead.\n\n"
        "The Rovers' Jack Penhale said the club was for sale."
    )
    wowza = said["The makers of Wowza! said the show would return next year."]
    assert wowza.startswith("The makers of Wowza")
    assert said["Two confirmed the deal had collapsed."] == "Two"
    assert said["On April 4 the ministry said the plan was dead."] == "the ministry"
    on_may_1 = _said("On May 1 the Mayor said the road would reopen.")
    assert on_may_1["On May 1 the Mayor said the road would reopen."].lower().endswith("mayor")
    assert said["The Rovers' Jack Penhale said the club was for sale."] == "Jack Penhale"


def test_a_saying_clauses_subject_is_the_name_before_its_apposition_and_a_groups_noun():
    said = _said(
        "Planning officers had recommended approval, saying the extension met the policy.\n\n"
        "Fiona Leckie, chief executive of Drumcairn Chamber of Commerce, welcomed the route,"
        " saying it would bring visitors.\n\n"
        "The committee's top Democrat, Sen. Raymond Okoro, D-Mich., voted for the bill but said"
        " it was weak."
    )
    assert (
        said["Planning officers had recommended approval, saying the extension met the policy."]
        == "Planning officers"
    )
    assert (
        said[
            "Fiona Leckie, chief executive of Drumcairn Chamber of Commerce, welcomed the route,"
            " saying it would bring visitors."
        ]
        == "Fiona Leckie"
    )
    assert (
        said[
            "The committee's top Democrat, Sen. Raymond Okoro, D-Mich., voted for the bill but said"
            " it was weak."
        ]
        == "Raymond Okoro"
    )


def test_an_initial_and_a_surname_is_the_full_name_given_before_when_the_initial_fits():
    said = _said(
        "Present: Cllr Norman Culverhouse, Cllr Ann Bell.\n\n"
        "Mr N. Culverhouse reported that the four cameras had not recorded since May.\n\n"
        "Mr T. Bell reported that the hall roof leaked."
    )
    assert (
        said["Mr N. Culverhouse reported that the four cameras had not recorded since May."]
        == "Norman Culverhouse"
    )
    assert said["Mr T. Bell reported that the hall roof leaked."] == "T. Bell"  # not Ann


# A third outside review (97 invented texts, 4d71997 against add5781) found these.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Capital at risk rose to £80m last year.", ""),
        ("Capital is at risk in every one of these schemes.", ""),
        ("Capital at risk if you withdraw early.", "editorial note"),
        ("This summary is not accurate: the bill cuts taxes by £2bn.", ""),
        ("This is the web version of WhatsApp that the ministry banned on Tuesday.", ""),
        ("This is the web version of our weekday morning newsletter.", "editorial note"),
        ("Thanks for watching over my son, the mother wrote to the nurses.", ""),
        ("All times are good.", ""),
    ],
)
def test_claims_worded_like_the_newest_furniture_stay_claims(line, reason):
    assert boilerplate.classify(line) == reason


def test_round_fourteens_third_review_speakers():
    said = _said(
        "Mr Kerr, Ms Patel and Dr Owusu signed a letter to the council, saying the plan was"
        " unlawful.\n\n"
        "Why now? the minister said on Tuesday that the timing was a coincidence.\n\n"
        "In total 14 reported no symptoms at all."
    )
    assert (
        said[
            "Mr Kerr, Ms Patel and Dr Owusu signed a letter to the council, saying the plan was"
            " unlawful."
        ]
        == "Mr Kerr, Ms Patel and Dr Owusu"
    )
    assert said["Why now? the minister said on Tuesday that the timing was a coincidence."] == (
        "the minister"
    )
    assert said["In total 14 reported no symptoms at all."] == ""


def test_a_transcripts_name_and_role_in_small_letters_label_a_turn():
    body = (
        "Harbour Foods Q3 call\n\n"
        "Operator: Welcome to the call.\n\n"
        "Dana Velikova, chief executive: Thank you. Sales rose 6% to £412m in the quarter.\n\n"
        "Tom Ree, CFO: Margins were 8.1%, up from 7.4%.\n\n"
        "Priya Shah, Ridgecourt Securities: What is the outlook for wages?\n\n"
        "Dana Velikova, chief executive: We expect wage costs to rise by about 5%."
    )
    said = _said(body)
    assert said["Sales rose 6% to £412m in the quarter."] == "Dana Velikova"
    assert said["Tom Ree, CFO: Margins were 8.1%, up from 7.4%."] == "Tom Ree"
    prose = _said("Tom Bell, a local trader, put it simply: the rent doubled.")
    assert prose["Tom Bell, a local trader, put it simply: the rent doubled."] == ""


def test_a_correspondents_name_and_place_under_the_headline_is_a_byline():
    body = (
        "Harbour town votes to ban cruise ships from its old port\n\n"
        "Marta Velloso in Porto Antigo\n\n"
        "Tue 14 Apr 2026 08.00 BST\n\n"
        "The council voted 17 to 4 on Monday to ban cruise ships from 2027.\n\n"
        "after newsletter promotion\n\n"
        "The port authority has until June to respond."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["Marta Velloso in Porto Antigo"] == "byline"
    assert reasons["after newsletter promotion"]
    assert reasons["The port authority has until June to respond."] == ""
    # The headline itself, however it is cased, is no byline.
    headline = "Floods Hit Homes in Texas\n\nRain fell for 3 days, officials said."
    assert analyze(headline)[0].boilerplate_reason == ""


def test_a_question_headline_in_a_most_read_list_is_a_link_and_a_closing_subhead_is_not():
    body = (
        "The council voted 9-2 to close the bridge, officials said.\n\n"
        "Most read\n\n"
        "Storm brings heavy rain to the north\n\n"
        "Why are house prices rising again?\n\n"
        "Rail strike called off"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["Why are house prices rising again?"] == "related links"
    story = (
        "The council voted 9-2 to close the bridge, officials said.\n\nWhat happens next?\n\nShare"
    )
    assert {s.text: s.boilerplate_reason for s in analyze(story)}["What happens next?"] == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Author: Dana Whitlock", "byline"),
        ("Authors: Dana Whitlock and Tom Ree", "byline"),
        (
            "Anyone with information is asked to call Elmbrook police at 555-0142.",
            "call for tips or letters",
        ),
        ("Anyone with information is asked to call police, the chief said.", ""),
        ("Author: the council has written to 400 homes.", ""),
    ],
)
def test_a_local_tv_pages_author_line_and_its_police_appeal_line(line, reason):
    assert boilerplate.classify(line) == reason


# --- an outside review of round fifteen's rules: what it broke, kept fixed ---------------------


@pytest.mark.parametrize(
    ("body", "sentence", "not_speaker"),
    [
        (
            'Councillor Dorian Pell said the bypass would cost £41m more than planned.\n\n"We were given a figure of £120m at the outset.\n\n"That figure was never realistic and the officers knew it," the letter from the finance committee reads.\n\nThe council has not responded.',
            '"We were given a figure of £120m at the outset.',
            "Dorian Pell",
        ),
        (
            'Jewellery shop raided\n\nPolice said shop owner Rashid Tamboli had told them the raiders were armed.\n\n"They had a gun and a hammer.\n\n"I thought they were going to kill me."\n\nThe men escaped on a moped.',
            '"They had a gun and a hammer.',
            "Police",
        ),
        (
            'Tax row deepens\n\nPrime Minister Dana Holt said taxes would fall, but Finance Minister Teodor Vasquez warned that rises might be needed.\n\n"We cannot promise anything in this climate.\n\n"The numbers simply do not add up."\n\nVasquez\'s remarks were seen as a rebuke.',
            '"We cannot promise anything in this climate.',
            "Dana Holt",
        ),
        (
            'Environment Secretary Rhona Galbraith said the river was cleaner than at any time since 1990.\n\n"The river is an open sewer.\n\n"I would not let my dog swim in it."\n\nThose were the words of angler Piet Vandermolen, who has fished the Aske for 40 years.',
            '"The river is an open sewer.',
            "Rhona Galbraith",
        ),
        (
            'Protesters gathered outside the parliament building on Saturday, police said.\n\n"No more cuts! Save our wards!\n\n"Hands off our hospital!"\n\nThe chants could be heard across the square.',
            '"Hands off our hospital!"',
            "police",
        ),
        (
            'The court heard the defendant sent dozens of messages to his former partner, prosecutor Delia Mansour said.\n\n"I know where you live.\n\n"You will regret going to the police."\n\nJurors were shown screenshots of the messages.',
            '"I know where you live.',
            "The court",
        ),
    ],
)
def test_a_quotation_after_a_sentence_is_not_given_a_speaker_it_may_not_be(
    body, sentence, not_speaker
):
    # Its own source after it, another person in the sentence before, a body, a crowd's chant,
    # or the person named after it: whoever speaks, not the sentence before's speaker.
    assert _said(body)[sentence] != not_speaker


@pytest.mark.parametrize(
    ("body", "sentence", "speaker"),
    [
        (
            "Aid convoy reaches northern province\n\nThe US said on Tuesday it would send a further $40m in emergency aid to the region.\n\nOfficials in the US say the first flights will land at Kessara airport on Friday.\n\nA spokesperson for the UN said 1.2 million people needed food assistance.",
            "The US said on Tuesday it would send a further $40m in emergency aid to the region.",
            "US",
        ),
        (
            "Aid convoy reaches northern province\n\nThe US said on Tuesday it would send a further $40m in emergency aid to the region.\n\nOfficials in the US say the first flights will land at Kessara airport on Friday.\n\nA spokesperson for the UN said 1.2 million people needed food assistance.",
            "Officials in the US say the first flights will land at Kessara airport on Friday.",
            "Officials in the US",
        ),
        (
            'Racing legend dies at 88\n\nAthole Still, the voice of racing for four decades, has died aged 88.\n\nHis son, Rory Still, said his father had died peacefully at home in Dunmore.\n\n"He called his last race in 2009 and never stopped talking about it," Rory Still said.',
            "His son, Rory Still, said his father had died peacefully at home in Dunmore.",
            "Rory Still",
        ),
        (
            'Kelby FC appoint interim coach\n\nEven Haugland, the Norwegian assistant, will take charge for the next four matches.\n\nHaugland said the squad was "hurting".\n\nJust Verbeek, the sporting director, said the club had received 40 applications.\n\n"We will take our time," Verbeek said.\n\nSo Yeon-hee, the club captain, said the players backed the decision.',
            "Just Verbeek, the sporting director, said the club had received 40 applications.",
            "Just Verbeek",
        ),
        (
            'Tribute to racing commentator\n\nVeteran racing commentator Athole Still, who called 40 Grand Nationals, said the sport had "lost its soul".\n\nActor Or Sasson, who starred in the film, said he would donate his fee.\n\nSalvator Benedetti, the festival director, said ticket sales were up 30 per cent.',
            "Actor Or Sasson, who starred in the film, said he would donate his fee.",
            "Or Sasson",
        ),
        (
            'Cricket: Proteas legend backs new league\n\nFormer captain AB de Villiers said the new franchise league would "change cricket in Kelby".\n\nBatting coach JC van der Merwe said three of the squad had never played a day-night match.\n\nTeam doctor Dr AK Sharma Rao said two players were being treated for heat exhaustion.',
            'Former captain AB de Villiers said the new franchise league would "change cricket in Kelby".',
            "AB de Villiers",
        ),
        (
            'Cricket: Proteas legend backs new league\n\nFormer captain AB de Villiers said the new franchise league would "change cricket in Kelby".\n\nBatting coach JC van der Merwe said three of the squad had never played a day-night match.\n\nTeam doctor Dr AK Sharma Rao said two players were being treated for heat exhaustion.',
            "Team doctor Dr AK Sharma Rao said two players were being treated for heat exhaustion.",
            "AK Sharma Rao",
        ),
        (
            "Pilots vote to strike\n\nThe Airline Pilots Association said 92 per cent of members had voted for action.\n\nEnergy supplier Utility Warehouse said customers would not be affected.\n\nThe Utility Regulator said it would review the airline's fuel surcharge.\n\nCarrier Global said it had suspended production at its Kelby plant.\n\nThe Peacemaker Trust said the dispute should go to arbitration.",
            "The Airline Pilots Association said 92 per cent of members had voted for action.",
            "Airline Pilots Association",
        ),
        (
            "Pilots vote to strike\n\nThe Airline Pilots Association said 92 per cent of members had voted for action.\n\nEnergy supplier Utility Warehouse said customers would not be affected.\n\nThe Utility Regulator said it would review the airline's fuel surcharge.\n\nCarrier Global said it had suspended production at its Kelby plant.\n\nThe Peacemaker Trust said the dispute should go to arbitration.",
            "The Peacemaker Trust said the dispute should go to arbitration.",
            "Peacemaker Trust",
        ),
        (
            "On this week's Terrace Talk, two Harbourside Rovers season-ticket holders give their verdict on the manager.\n\nKev: Eleven defeats in a row. Worst run since 1987. We concede goals every week.\n\nDana: Give him until Christmas. The squad is young.\n\nKev: Ticket prices up 20 per cent this season, too. Fans deserve better.\n\nDana: Fair point on the prices.",
            "Worst run since 1987.",
            "Kev",
        ),
        (
            "What the candidates told our readers' panel\n\nDunmore's three mayoral candidates answered readers' questions on Tuesday night.\n\nFiona: I will freeze parking charges for two years. The town centre has lost 40 shops since 2020.\n\nAmir: Free buses for under-18s. Paid for by the business rates surplus.\n\nFiona: And I will reopen the Mill Road library, which closed in 2023.\n\nAmir: Twelve million pounds of waste at the town hall. Every penny back to residents.",
            "Paid for by the business rates surplus.",
            "Amir",
        ),
    ],
)
def test_names_bodies_and_short_turns_the_round_first_broke(body, sentence, speaker):
    assert _said(body)[sentence] == speaker


def test_an_opening_phrase_ends_before_a_name_not_before_its_age():
    said = _said(
        "Last week the finance director of the council Rosa Achebe, 61, told councillors the "
        "reserves were gone.\n\n"
        "Despite her objections Nia Okafo, 39, said she would abstain."
    )
    assert list(said.values()) == ["Rosa Achebe", "Nia Okafo"]


def test_a_museums_name_is_not_run_into_its_heads():
    assert naming.person_name("Head of Kelby Museum of Art Dana Flores") == ""


@pytest.mark.parametrize(
    "line",
    [
        "A video shared by Kelby Police shows the suspect fleeing on a moped.",
        "A post shared by the shop's owner on Facebook has been viewed 40,000 times.",
        "The station, which has 12 volunteers, is supported by listeners in three counties.",
        "Public broadcaster KTV is paid for by viewers through a £159 licence fee.",
        "Advertisement: the council's £40,000 poster campaign was banned by the watchdog.",
    ],
)
def test_news_in_the_words_of_an_embed_an_ask_or_an_ad_slot_is_news(line):
    assert boilerplate.classify(line) == ""


def test_a_releases_own_notes_to_editors_are_still_its_notes():
    reasons = {
        s.text: s.boilerplate_reason
        for s in analyze(
            "Kelby Water fined £2.1m for sewage spills\n\nPress release, 12 March\n\nKelby Water has been fined £2.1m after pleading guilty to 14 illegal sewage discharges into the River Aske between 2021 and 2023.\n\nThe Environment Agency said the company had failed to report 9 of the spills.\n\nNotes to editors\n\nThe Environment Agency's investigation began in 2022 after a complaint from the Aske Anglers' Club, which recorded 31 days of discharges.\n\nThe company's profits rose to £214m in 2025, up from £180m.\n\nKelby Water is owned by a consortium of three pension funds.\n\nIn 2024 the company paid £48m in dividends.\n\nMedia contact: press@kelbyea.example"
        )
    }
    assert reasons["Notes to editors"]
    assert reasons["Kelby Water is owned by a consortium of three pension funds."]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # (a notice's and a news story's words alike: left to the story)
        ("Mass of Christian Burial will be held at 10:30 a.m. Friday at St. Wendel Church.", False),
        (
            "Burial will follow at Mount Hope Cemetery, with military honors by Legion Post 217.",
            False,
        ),
        ("Online condolences may be left at gutweinlam.example.", True),
        ("Arrangements are under the direction of Gutwein-Lam Funeral Home.", True),
        ("Arrangements were entrusted to the state after the families asked for a funeral.", False),
        ("Published in the Gazette on June 2, the order caps deposits at four weeks' rent.", False),
        ("Published by Glenholl Register from Mar. 9 to Mar. 11, 2026.", True),
        (
            "Visitation will be from 4 to 7 p.m. Thursday at Gutwein Funeral Home, 318 W. Main St.",
            True,
        ),
        ("Sign the Guest Book", True),
        ("42 entries", True),
        # News in the same words:
        ("Burial of the victims will take place on Friday, officials said.", False),
        ("42 people were injured.", False),
        ("Arrangements for the summit are still being made.", False),
    ],
)
def test_a_paid_death_notices_own_formulae_are_its_furniture(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


# --- a second outside review of round fifteen: what it broke, kept fixed ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Local journalism isn't cheap, the review warns, and 300 titles have closed since 2015.",
        "The station is funded by listeners.",
        "NPR-style member stations in the region are supported by listeners.",
        "Your contribution makes up 6% of your salary, and your employer pays the rest.",
        "Your support makes a difference to 40,000 children a year, the trust estimates.",
        "Your donation funds a week of food for a family.",
        "If you value the work carers do, you have to pay for it.",
        "Advertisement — that is what the council insisted the poster was not.",
        "Estimated 40 minutes",
        "Mass of Christian Burial will be celebrated Friday for the three men at St. Agnes Church.",
        "Published by the ministry on Jan. 14, the figures show 3,100 evictions last year.",
    ],
)
def test_news_in_the_words_of_an_ask_an_ad_slot_a_reading_time_or_a_notice(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("body", "sentence", "speaker"),
    [
        # What the person received, saw or heard chanted is not their words.
        (
            "Tenant Joanna Petts said she received a message from her landlord on Monday.\n\n"
            "“Rent goes up 40% from June. Pay or leave.”",
            "Pay or leave.”",
            "",
        ),
        (
            "Council officer Mark Tandi told the meeting the school would close.\n\n"
            "“Shame on you! Shame on you!”",
            "Shame on you!”",
            "",
        ),
        # Names ending in -ed, and "The accused", still claim; a denial with a clause is said.
        ("Councillor Omar Rasheed claims he was never told.", "", "Omar Rasheed"),
        ("The accused claims he was attacked first with a hammer.", "", "The accused"),
        ("Harrowgate Athletic denied the bid had ever been received.", "", "Harrowgate Athletic"),
        # A source after the cue ending in "me" or "them" is still a source.
        (
            "“It was terrifying,” said the woman sitting next to me.",
            "",
            "the woman sitting next to me",
        ),
        # Firms whose names open with a trade's word keep it.
        ("Insurer Direct Ltd said claims had doubled.", "", "Insurer Direct Ltd"),
        ("Utility Point Ltd said prices would rise.", "", "Utility Point Ltd"),
    ],
)
def test_speakers_the_round_second_broke(body, sentence, speaker):
    said = analyze(body)
    chosen = [s for s in said if s.text.endswith(sentence)] if sentence else said[:1]
    assert chosen and chosen[-1].speaker == speaker


def test_a_banner_named_after_its_quotation_is_nobodys_words():
    said = _said(
        "Headteacher Anne Rudd said the school would close on Thursday.\n\n"
        "“Support our teachers. Fair pay now.”\n\n"
        "The banner was hung from the school gates by parents on Wednesday morning."
    )
    assert said["Fair pay now.”"] == ""
    assert naming.person_name("the Rev. Canon Mary Holte") == "Mary Holte"


def test_a_first_name_ending_like_a_role_is_a_name():
    assert naming.person_name("Salvator Mundi Okaf") == "Salvator Mundi Okaf"


def test_a_live_page_by_a_reporter_at_clock_times_is_no_transcript():
    said = _said(
        "Nadia Okor  00:31\n\nTurnout is 38%, the returning officer says, down from 61%.\n\n"
        "Ben Hale  00:45\n\nA recount has been ordered in Kelby North.\n\n"
        "Nadia Okor  01:10\n\nThe Greens hold Eastgate."
    )
    assert (
        said["Turnout is 38%, the returning officer says, down from 61%."]
        == "the returning officer"
    )
    assert said["A recount has been ordered in Kelby North."] == ""


# --- a third outside review of round fifteen: what it broke, kept fixed -----------------------


@pytest.mark.parametrize(
    ("body", "sentence", "speaker"),
    [
        # A denial of a clause is said, whatever its object.
        (
            "Harlow Water denied that access to the reservoir had been restricted.",
            "",
            "Harlow Water",
        ),
        (
            "Stonegate Airways denied its request for extra night flights was linked to the strike.",
            "",
            "Stonegate Airways",
        ),
        # A clause's own apposition is not the subject after it (never him; since round
        # thirty-four, the name just before the cue's comma: his successor).
        (
            "When Tom Redd, the former leader, resigned in May, his successor, Ama Sowa, said "
            "the finances were worse than expected.",
            "",
            "Ama Sowa",
        ),
        # A verb before a role is no body's role: the body speaks ("…, saying").
        (
            "Greenway Homes will pay chief executive Mark Dunnet a £2 million bonus, saying he had "
            "steered the firm through the downturn.",
            "",
            "Greenway Homes",
        ),
        # An acronym of a body is no coined name after a trade's word.
        (
            "Utility UK, which represents water companies, said bills would rise by 9%.",
            "",
            "Utility UK",
        ),
        # A third party's words told to the person reported.
        (
            "Jonas Pelling, 42, said he woke to a firefighter shouting on the landing.\n\n"
            "“Get out now. The roof is going.”",
            "The roof is going.”",
            "",
        ),
        (
            "Headteacher Ruth Amis said a parent had emailed the school on Monday evening.\n\n"
            "“My son came home covered in bruises. Nobody called me.”",
            "Nobody called me.”",
            "",
        ),
        # A surname in capitals, first or after its honorific.
        (
            "Mdm TAN Siew Lin, 72, a resident of Block 3, said she had waited two hours.",
            "",
            "TAN Siew Lin",
        ),
        # A participle before "claims" is no verb taking it as its object.
        ("A nurse who was dismissed claims she was targeted.", "", "A nurse"),
        # "posted" alone over an embedded post still names its author.
        ("Councillor Dev Patil posted", "", "Dev Patil"),
    ],
)
def test_speakers_the_round_third_broke(body, sentence, speaker):
    said = analyze(body)
    chosen = [s for s in said if s.text.endswith(sentence)] if sentence else said[:1]
    assert chosen and chosen[-1].speaker == speaker


def test_a_live_page_after_midnight_is_no_transcript_and_a_quoted_ask_is_speech():
    said = _said(
        "Marta Quill  00:04\n\nPolls have closed.\n\n"
        "Devon Achter  00:09\n\nCounting staff say the postal vote share is the highest yet.\n\n"
        "Marta Quill  00:26\n\nThe returning officer says a result is expected by 2am."
    )
    assert said["Counting staff say the postal vote share is the highest yet."] == "Counting staff"
    quoted = analyze(
        "“This station is made possible by listeners. We have always known it,” he said."
    )
    assert not quoted[0].is_boilerplate
    assert (
        boilerplate.classify(
            "Your donation funds independent local journalism, the site's donation page tells readers."
        )
        == ""
    )


def test_lines_that_speak_of_the_site_by_the_name_its_furniture_gives_it_are_furniture():
    page = (
        "WIRECREST\n\nPhones   Laptops   Audio   Reviews\n\n"
        "Halvorne's new headphones cost $349\n\n"
        "Halvorne said on Tuesday that the Arc 2 will ship in May.\n\n"
        "The battery lasts 60 hours, the company said.\n\n"
        "Read more: The best headphones for 2026\n\nFollow Wirecrest on Instagram\n\n"
        "Tamsin Roe has tested headphones for Wirecrest since 2019.\n\n"
        "Wirecrest is part of Gallimore Digital.\n\n© 2026 Gallimore Digital LLC.\n\n"
        "Privacy   Terms   Cookie settings"
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[7:9] == ["author note", "about the publisher"]
    assert not any(reasons[3:5])
    # The name from a copyright line and an address, the line in the footer's paragraph.
    station = (
        "Water rates to rise 6% in July\n\n"
        "The council voted 5-2 on Monday to raise water rates by 6%.\n\n"
        "The average bill will rise by $4.10 a month, the utility said.\n\n"
        "Got a tip? Email tips@kqnbradio.example.\n\n"
        "KQNB Radio is a service of Prairiefire Public Media. Copyright 2026 KQNB Radio"
    )
    reasons = [s.boilerplate_reason for s in analyze(station)]
    assert reasons[-2] == "about the publisher" and not any(reasons[:3])
    # A story's own sentence about an outlet its furniture does not name, or of reporting,
    # stays: the outlet's ownership is the story.
    story = (
        "Gallimore Digital buys the Harwich Ledger\n\n"
        "Gallimore Digital said on Monday it had bought the paper for $12 million.\n\n"
        "The Harwich Ledger is part of Gallimore Digital from today, the company said.\n\n"
        "Wirecrest reported the talks last week.\n\n"
        "© 2026 Wirecrest Media Ltd"
    )
    reasons = [s.boilerplate_reason for s in analyze(story)]
    assert not any(reasons[:4])


@pytest.mark.parametrize(
    "line",
    [
        "Lanternway is a registered charity in England and Wales (No. 1184226).",
        "University of Swanlow is a registered charity, number 1140218.",
    ],
)
def test_a_registered_charitys_number_line_is_furniture(line):
    assert boilerplate.classify(line) == "about the publisher"
    assert not boilerplate.classify("The trust is a registered charity that runs 14 food banks.")


def test_a_fact_box_after_the_last_reporting_keeps_its_lines():
    page = (
        "Hearing test for newborns wins £3.8m grant\n\n"
        "The university has won £3.8 million to trial a phone-based hearing test.\n\n"
        "“We lost nearly three months,” said Gemma Wakelin, a parent.\n\n"
        "Project at a glance\n\nFunder: Oatridge Trust\n\n"
        "Award: £3.8 million over five years\n\nTrial: 4,000 babies at six clinics\n\n"
        "Tags: Research\n\nMedia enquiries\n\nRelated news\n\n"
        "Nursing course ranked first for student satisfaction\n\n© 2026 University of Swanlow"
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[3] and not any(reasons[4:7]) and all(reasons[7:])
    # Without the box's heading, loose lines after the last reporting are still furniture.
    unboxed = page.replace("Project at a glance\n\n", "")
    assert all(s.is_boilerplate for s in analyze(unboxed)[3:])


@pytest.mark.parametrize(
    "line",
    [
        "This interview has been shortened and lightly edited.",
        "This content is reproduced under the Open Chamber Licence.",
        "This article's audio is read by a synthetic voice.",
        "This is an uncorrected transcript of evidence.",
        "This story is part of Deserts of Care, a series supported by the Harwell Foundation.",
        "This material may not be republished without a licence.",
        "This page is maintained by the county.",
    ],
)
def test_what_the_page_says_of_its_own_making_is_an_editorial_note(line):
    assert boilerplate.classify(line) == "editorial note"


@pytest.mark.parametrize(
    "line",
    [
        "This report found that 40% of renters had fallen behind.",
        "This story is a familiar one in towns across the county.",
        "This service cost the council £2.4 million last year.",
        "This website was hacked in March, the council said.",
        # (a fact check's findings, in the page's own words)
        "This content came from a satirical website, The Daily Spoof.",
        "This interview was recorded in 2019 when she was an opposition backbencher.",
        "This service may contain material from Russian state media.",
        "This content was published by four regional newspapers on the same day.",
    ],
)
def test_what_a_page_says_of_the_world_is_no_note_on_itself(line):
    assert not boilerplate.classify(line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("How we did this", True),
        ("How we reviewed this article:", True),
        ("How our ratings work", True),
        ("How we handle corrections", True),
        ("How we got here", False),
        ("How we lost the town's only bank", False),
        ("How our schools compare", False),
    ],
)
def test_a_method_boxs_heading_is_furniture_a_storys_subhead_is_not(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Anyone with information is asked to call 101 quoting reference 46/18825/25.", True),
        (
            "Anyone who needs help to leave can call the council's recovery line on 1800 555 362.",
            True,
        ),
        ("Witnesses are being urged to come forward.", True),
        ("Anyone with information is asked to call police, a spokesperson said.", False),
        ("“Anyone who saw the van is asked to call us,” Sgt Ellie Marsh said.", False),
        ("Anyone who can call a doctor should do so, but 40% cannot.", False),
        (
            "We would also like to hear from anyone with doorbell or dashcam footage from the "
            "area between 6.15pm and 7.45pm.",
            True,
        ),
        ("Detectives want to speak to anyone who was in Quarry Road on Saturday 14 March.", True),
        ("Police want to speak to anyone who saw the crash, which killed two people.", False),
        ("We would like to hear from anyone who has been affected by the 14 closures.", False),
    ],
)
def test_an_appeal_for_information_is_a_readers_line_unless_someone_makes_it(line, furniture):
    page = f"Police are investigating a burglary in Hallow Street.\n\n{line}"
    assert analyze(page)[-1].is_boilerplate is furniture


def test_the_role_of_an_unnamed_speaker_names_them_as_first_given():
    body = (
        "A spokesperson for the governor said the budget would be signed on Friday.\n\n"
        "“The governor has been clear about tuition,” the spokesperson said.\n\n"
        "A senior official in the Finance Department said the note was on file.\n\n"
        "“Whether anyone read it is another matter,” the official said."
    )
    got = [speaker for _text, speaker, _inherited in speakers(body)]
    assert got == [
        "A spokesperson for the governor",
        "A spokesperson for the governor",
        "A senior official in the Finance Department",
        "A senior official in the Finance Department",
    ]
    # Nobody unnamed before: the role as written.
    ((_, speaker, _),) = speakers("“We will appeal,” the spokesperson said.")
    assert speaker == "the spokesperson"


@pytest.mark.parametrize(
    ("span", "body"),
    [
        ("the state Department of Health", "the state Department of Health"),
        ("The federal Debt Management Office", "The federal Debt Management Office"),
        ("the campaign group Clean Rivers Now", "Clean Rivers Now"),
    ],
)
def test_the_level_of_government_before_a_bodys_name_stays_a_descriptor_goes(span, body):
    assert naming.organisation(span) == body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("What has the operator said?", ""),
        ("What do critics say?", ""),
        ("What are tenants and landlords saying?", ""),
        ("“What has the council done about it?” said Ruth Amberley.", "Ruth Amberley"),
        ("What the operator said was that the line would reopen.", "the operator"),
    ],
)
def test_a_question_about_what_someone_says_names_no_speaker(text, speaker):
    ((_, got, _),) = speakers(text)
    assert got == speaker


def test_a_day_or_a_month_ending_a_source_is_no_bodys_name():
    body = (
        "The district faces a $6.8 million deficit next year, according to budget projections "
        "presented Tuesday, and enrollment has fallen by about 1,900 students since 2016."
    )
    ((_, speaker, _),) = speakers(body)
    assert speaker == "budget projections presented Tuesday"
    assert naming.organisation("the campaign group Clean Rivers Now") == "Clean Rivers Now"
    assert naming.organisation("figures released Monday") == "figures released Monday"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The office has received 12 complaints since January, according to records we "
            "obtained through an open records request.",
            "records we obtained through an open records request",
        ),
        (
            "The city spent $412,118, according to payment records I obtained.[1]",
            "payment records I obtained",
        ),
        (
            "Walkers completed 78% of their walks, according to step counters they wore "
            "throughout the study.",
            "step counters they wore throughout the study",
        ),
        # A clause of its own after a comma is not the source's.
        ("Rents rose 9%, according to the council, and they fell in 2024.", "the council"),
    ],
)
def test_a_clause_that_qualifies_the_source_without_that_is_the_sources(body, speaker):
    ((_, got, _),) = speakers(body)
    assert got == speaker


def test_the_matchs_own_result_line_is_kept_a_ticker_of_games_is_not():
    report = (
        "Castlemere 27-20 Roswithick: Corsairs hold on with 14 men\n\n"
        "FT   Castlemere 27 – 20 Roswithick\n\nHT 13 – 10\n\n"
        "Castlemere held on for a 27-20 win over Roswithick on Saturday despite playing the "
        "last 20 minutes with 14 men.\n\n"
        "The result lifts Castlemere to second in the table."
    )
    reasons = [s.boilerplate_reason for s in analyze(report)]
    assert reasons[1:3] == ["", ""]
    ticker = (
        "FT  Marrowby Kestrels 24 – 18 Coolabin Rays\n\n"
        "LIVE  Westbrook Heelers 12 – 6 Tarrant Magpies  2nd half\n\n"
        "Kestrels hold off Rays to reach first grand final in 17 years\n\n"
        "The Marrowby Kestrels beat the Coolabin Rays 24-18 on Saturday and will play the "
        "Tarrant Magpies or the Westbrook Heelers in the final."
    )
    assert all(s.is_boilerplate for s in analyze(ticker)[:2])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Deputy Public Prosecutor Siti Nurafiqah Jamaluddin asked for a deterrent sentence.\n\n"
            "“Banks lend on the basis of documents,” the DPP said.",
            "Siti Nurafiqah Jamaluddin",
        ),
        (
            "Justice Hellen Kwamboka Kibisu on Monday suspended the fees.\n\n"
            "In her ruling, the judge said the petitioners had raised weighty questions.",
            "Hellen Kwamboka Kibisu",
        ),
        (
            "Health Minister Dr the Hon. Everald McTaggart-Binns declared an outbreak.\n\n"
            "The minister said the ministry would hire 300 workers.",
            "Everald McTaggart-Binns",
        ),
        (
            "On Thursday the Speaker, Rt Hon. Gerald Mutyaba Kasozi, directed the ministry to "
            "table a report.\n\nThe Speaker said the House could not wait.",
            "Gerald Mutyaba Kasozi",
        ),
        # Initials nobody in the text holds stay as written.
        ("“We will appeal,” the DPP said.", "DPP"),
    ],
)
def test_a_title_initials_or_another_word_for_it_name_the_person_given_it(body, speaker):
    assert speakers(body)[-1][1] == speaker


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("PERA spokesperson Begum Shazia Nawaz Kharal", "Shazia Nawaz Kharal"),
        ("Chaudhry Arslan Mehmood Warraich", "Arslan Mehmood Warraich"),
        ("MPA Tahir Mehmood Sandhila", "Tahir Mehmood Sandhila"),
        ("chairman Encik Mohd Faizal Kamarudin", "Mohd Faizal Kamarudin"),
        ("GHR chief whip Datuk Hajah Rosnah Mat Yasin", "Rosnah Mat Yasin"),
        ("Tan Sri Zulkifli Ahmad Sabki", "Zulkifli Ahmad Sabki"),
        ("Dato' Sri Kamarul Ariffin Basri", "Kamarul Ariffin Basri"),
        ("Haji Mohd Salleh Yusof", "Mohd Salleh Yusof"),
        ("Perit Kurt Mifsud Borg", "Kurt Mifsud Borg"),
        ("head teacher Sr. Margaret Namuddu Kayiwa", "Margaret Namuddu Kayiwa"),
        # The same words as a name, or its end, stay.
        ("Rokeya Begum", "Rokeya Begum"),
        ("Nadia Chaudhry", "Nadia Chaudhry"),
        ("Adi Godrej", "Adi Godrej"),
        # Given names elsewhere: Adi in Israel and India, Sri and Ratu in Indonesia, Haji in a
        # Somali name.
        ("Adi Bar Shalom", "Adi Bar Shalom"),
        ("Finance Minister Sri Wahyuni Lestari", "Sri Wahyuni Lestari"),
        ("Aden Haji Ali", "Aden Haji Ali"),
        ("Mark Delacroix Sr.", "Mark Delacroix Sr."),
    ],
)
def test_styles_of_south_and_southeast_asia_the_pacific_and_malta_are_not_the_name(span, name):
    assert naming.person_name(span) == name


def test_a_played_clips_label_names_its_speaker_and_saying_im_a_name_makes_no_presenter():
    bulletin = (
        "NEWSREADER: Wealdmoor FM News at eight o'clock.\n\n"
        "Two leisure centres will close in the summer.\n\n"
        "[CLIP] CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE: Nobody came into politics.\n\n"
        "NEWSREADER: Campaigners say they will ask for a review.\n\n"
        "NEWSREADER: Trains are running normally."
    )
    got = [speaker for _text, speaker, _inherited in speakers(bulletin)]
    assert got == ["", "", "Anwen Cadwgan", "Campaigners", ""]
    # A witness, a guest or an official who opens by naming themselves keeps their words (an
    # outside review: press conferences and interviews open so as often as bulletins).
    briefing = (
        "HELEN OKAFOR: Good morning. I'm Helen Okafor, Chief Constable of Wealdmoor Police.\n\n"
        "HELEN OKAFOR: A man aged 34 has been arrested.\n\n"
        "REPORTER: Were there earlier calls?\n\n"
        "HELEN OKAFOR: There were two previous calls to the address this year."
    )
    assert speakers(briefing)[-1][1] == "Helen Okafor"


# An outside review's texts (round seventeen): sentences the first versions of this round's
# rules hid, each a claim of the story.
_REVIEWED_CLAIMS = [
    (
        'KQNB\n\nNews   Weather   Traffic   Podcasts\n\nKQNB to cut evening news after federal funding ends\n\nBy Leah Tran\n\nKQNB will end its evening newscast on July 1 after losing $380,000 a year in federal funding, station manager Rick Ames said Monday.\n\nThe station will lay off four of its 19 staff.\n\nListeners gave $1.2 million in the last pledge drive, a record.\n\nKQNB receives about 18% of its budget from federal grants.\n\nDonate now\n\nKQNB has lost three other grants since 2024.\n\nGot a tip? Email tips@kqnb.example',
        ['KQNB receives about 18% of its budget from federal grants.', 'KQNB has lost three other grants since 2024.'],
    ),
    (
        'The Dunmoor Courier\n\nNews   Tech   Sport   Opinion\n\nPlatform removes 40,000 accounts\n\nBy Kemi Ade\n\nChirpnet said on Tuesday it had removed 40,000 accounts linked to a network promoting a mining company.\n\nResearchers at Dunmoor University first flagged the network in January.\n\nChirpnet is facing a fine of up to 6% of its turnover under the new online safety law.\n\nFollow us on Chirpnet: chirpnet.com/dunmoorcourier\n\nChirpnet has removed 12 similar networks since 2024.\n\n© 2026 Dunmoor Courier Ltd',
        ['Chirpnet is facing a fine of up to 6% of its turnover under the new online safety law.', 'Chirpnet has removed 12 similar networks since 2024.'],
    ),
    (
        'Harwich Borough Council\nHome > News > Press releases\nCouncil approves £4.2m road repair programme\nPublished: 3 March 2026\nThe council\'s cabinet has approved a £4.2 million programme to resurface 60 miles of road over the next two years.\nCllr Maya Fenn, cabinet member for highways, said: "Our roads are in a worse state than they have been for a decade."\nThe money comes from the council\'s capital reserves and a government pothole grant.\nHarwich Borough Council has spent £11 million on road repairs since 2020.\nNotes to editors\nMedia enquiries: press@harwichbc.example\n© Harwich Borough Council 2026',
        ['Harwich Borough Council has spent £11 million on road repairs since 2020.'],
    ),
    (
        'Gallowmere Now\n\nLocal   Politics   Weather   Sport\n\nFormer reporter sues over dismissal\n\nBy Ivy Lam\n\nA former reporter is suing her old employer, claiming she was fired for refusing to drop a story about the mayor.\n\nCourt papers filed on Monday seek $400,000 in damages.\n\nMarta Lind worked for Gallowmere Now for 12 years before she was fired in March.\n\nGot a tip? Email tips@gallowmerenow.example\n\nMarta Lind joined Gallowmere Now from the Courier in 2014 and won two state awards.\n\n© 2026 Gallowmere Now LLC',
        ['Marta Lind worked for Gallowmere Now for 12 years before she was fired in March.', 'Marta Lind joined Gallowmere Now from the Courier in 2014 and won two state awards.'],
    ),
    (
        'Members of the public are being asked to contact police after a 14-year-old girl went missing from her home in Dunmoor on Tuesday evening.\nAva Penrose was last seen at 7pm near the bus station on Quarry Road.\nShe is described as white, 5ft 4in, with long dark hair.\nAnyone with information is asked to call 101 quoting reference 188 of 14 April.',
        ['Members of the public are being asked to contact police after a 14-year-old girl went missing from her home in Dunmoor on Tuesday evening.'],
    ),
    (
        'Halvorne has added a feature to its phones that detects car crashes and calls emergency services automatically.\nThis feature is available in 30 countries from Monday.\nThis feature relies on motion data sampled 200 times a second.\nThis feature is based on technology the company acquired from Pulsewise in 2023.\nThis feature was tested by 2,000 drivers in Brazil before launch.\nThis feature is not intended for children under 13, the company said.\nCritics say it has triggered thousands of false calls.',
        ['This feature is available in 30 countries from Monday.', 'This feature is based on technology the company acquired from Pulsewise in 2023.'],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "claims"), _REVIEWED_CLAIMS)
def test_claims_an_outside_review_found_hidden_by_this_rounds_first_rules_stay(body, claims):
    shown = {s.text for s in analyze(body) if not s.is_boilerplate}
    assert set(claims) <= shown


def test_the_spokesperson_after_another_of_that_role_and_a_questions_answer():
    body = (
        "A spokesperson for the county council said it had not been consulted.\n\n"
        "The operator's spokesperson said the company had written to the council in January.\n\n"
        "“We regret the impact on passengers,” the spokesperson said."
    )
    assert speakers(body)[-1][1] != "A spokesperson for the county council"
    explainer = (
        "Rail strike: what you need to know\n\nDrivers at Northline will strike on Friday.\n\n"
        "What has the operator said?\n\nIt said it would run a reduced timetable on two lines."
    )
    got = [speaker for _text, speaker, _inherited in speakers(explainer)]
    assert got[-2:] == ["", "the operator"]
    page = (
        "Expressway in numbers\n\nLanes: 6\n\nToll plazas: 4\n\n"
        "Share: Facebook Twitter WhatsApp\n\n© 2026 Meridian Wire"
    )
    body = "The state cabinet approved the expressway on Tuesday.\n\n" + page
    assert analyze(body)[-2].is_boilerplate


def test_a_records_track_list_and_a_scorecards_lines_are_not_furniture():
    review = (
        "Nell Cawdrey's third album was recorded live in 11 days in a converted chapel.\n\n"
        "It reached No. 7 in the album chart.\n\nTracklist\n\n"
        "1. Salt Road\n\n2. Fieldfare\n\n3. Lammas\n\n4. Winter Orchard\n\n© 2026 Pressing Matters"
    )
    assert not any(s.is_boilerplate for s in analyze(review)[3:7])
    contents = "Labour market overview\n\n1. Main points\n\n2. Employment\n\n3. Earnings\n\n"
    contents += "The employment rate rose to 75.1% in the three months to November."
    assert all(s.is_boilerplate for s in analyze(contents)[1:4])
    report = (
        "Velmora beat Kestria by 58 runs on the final day to take the series.\n\n"
        "The third Test starts on Friday 20 March.\n\nScorecard\n\n"
        "Velmora 412 (Wettasinghe 88) and 245-6 dec (Wettasinghe 104)\n\n"
        "Kestria 298 (Dolbenmaen 71) and 301 (Dolbenmaen 96)\n\n"
        "Toss: Velmora, who chose to bat\n\nSeries: Velmora lead the three-match series 2-0\n\n"
        "More cricket\n\nKestria call up uncapped seamer for third Test\n\n"
        "© The Velmoran Standard 2026."
    )
    reasons = [s.boilerplate_reason for s in analyze(report)]
    assert not any(reasons[3:7]) and all(reasons[7:])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Authority found that Corraline had breached its licence.", "Authority"),
        # (not a team, whose "found" is as often what it came upon as a finding)
        ("The team found that pressing high unsettled the visitors.", ""),
        ("Mr Justice Carrivick found that the handrail had been loose for six weeks.", "Carrivick"),
        ("The team found a body in the river on Tuesday.", ""),
        ("The light now uses 24 LEDs instead of 17, and it shows.", ""),
        # "It found" means whatever was last described, a report or an inspection that said
        # nothing: nobody, rather than the last body that spoke.
        (
            "The county council said it had worked with the school since January.\n\n"
            "Ofsted inspectors visited the school in May.\n\n"
            "It found that pupils were making poor progress in reading.",
            "",
        ),
    ],
)
def test_a_team_a_body_or_a_judge_by_name_finds_as_researchers_and_courts_do(body, speaker):
    assert speakers(body)[-1][1] == speaker


def test_a_title_names_the_person_on_its_own_line_never_the_words_of_the_next():
    body = (
        "Judge: Mr Justice Carrivick\n\nHearing dates: 3 and 4 February 2026\n\n"
        "The judge said the regime was adequate on paper but not followed in practice."
    )
    assert speakers(body)[-1][1] == "Carrivick"


def test_part_of_a_longer_name_given_before_is_not_taken_for_that_person():
    # An outside review: a shorter name is as often a relative, a namesake or a cousin
    # ("Shopkeeper Ali Khan" after "Planning minister Muhammad Ali Khan") as a short form.
    body = (
        "Fisheries Minister Abdul Rahman Yusof said stocks were low.\n\n"
        "At the jetty, fisherman Abdul Rahman, 57, said he had not been to sea.\n\n"
        "Abdul Rahman said he had borrowed money."
    )
    got = [speaker for _text, speaker, _inherited in speakers(body)]
    assert got == ["Abdul Rahman Yusof", "Abdul Rahman", "Abdul Rahman"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Comments containing hate speech, abuse or defamatory content will be removed.", True),
        ("Abusive, racist or defamatory comments will be removed.", True),
        ("The Semenanjung Herald reserves the right to remove comments without notice.", True),
        ("Comments that are abusive, racist or libellous will not be published.", True),
        # news about moderation (an outside review), even beside furniture
        ("Under the code, comments deemed abusive may be deleted by moderators.", False),
        ("Teachers' comments on the affected scripts will be removed.", False),
        ("Meta reserves the right to remove comments, the court heard.", False),
    ],
)
def test_a_sites_comment_policy_is_furniture_news_about_comments_is_not(line, furniture):
    page = f"The council voted 7-2 to close the pool.\n\n{line}\n\nComment policy: be civil."
    assert analyze(page)[1].is_boilerplate is furniture
    assert boilerplate.classify("Comment policy: The Courier does not publish abusive comments.")
    # (a label before news is no policy: an outside review)
    assert not boilerplate.classify("Comment policy: The minister's remarks were taken down.")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Prayer timings (Lahore):  Fajr 4:09   Zuhr 12:11   Asr 3:50   Maghrib 6:58", True),
        ("Exchange rate (selling): US$1 = J$158.42  ·  £1 = J$207.10", True),
        ("TT$ rates (selling):  US$1 = TT$6.79   CAN$1 = TT$5.12   €1 = TT$7.71", True),
        ("FUEL PRICES (from midnight):  Petrol 92 Rs. 309  |  Auto Diesel Rs. 286", True),
        ("4D Results (Sun, 19/7):  1st 4821   2nd 0736   3rd 9154   |   Full results »", True),
        ("Fuel prices: The regulator raised petrol by Rs. 8 to Rs. 309 a litre.", False),
        ("Mortgage rates:  2-year fix 4.5%   5-year fix 4.2%", False),
        ("Results:  Labour 21,430   Conservative 14,210", False),
    ],
)
def test_a_sites_labelled_widget_of_rates_times_or_draws_is_furniture(line, furniture):
    # above the story among its furniture (in the story, or opening it, the same line is the
    # story's own data: outside reviews)
    page = (
        f"News | Business | Markets\n\n{line}\n\nThe naira fell 4% against the dollar on Tuesday."
    )
    assert (analyze(page)[1].boilerplate_reason == "ticker or widget") is furniture
    inside = f"The naira fell 4% on Tuesday.\n\n{line}\n\nTraders said demand was strong."
    prayer = line.startswith("Prayer")
    assert (analyze(inside)[1].boilerplate_reason == "ticker or widget") is (furniture and prayer)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("RELATED: Trade finance fraud: banks told to check shipping documents", True),
        # ("Also on Capitol Hill: Senators voted 52-48": an outside review, no label)
        ("Also on Capitol Hill: Senators voted 52-48 to confirm the secretary.", False),
        ("Also on Tuesday: The council said it would appeal.", False),
    ],
)
def test_a_links_label_makes_its_headline_a_link_whatever_its_verbs(line, furniture):
    assert (boilerplate.classify(line) == "related links") is furniture


def test_a_pic_credit_and_our_correspondents_note_are_furniture():
    assert boilerplate.classify("Pic by Nimal Kodagoda") == "credit"
    assert not boilerplate.classify("Pic by pic, the city rebuilt itself after the war.")
    page = (
        "Traders win order halting market fees\n\n"
        "The High Court suspended the fees on Monday, the county said.\n\n"
        "Mercy Jebet Chemutai is our Kisoko correspondent.\n\n© 2026 Nyika Daily Post"
    )
    assert analyze(page)[2].boilerplate_reason == "author note"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("18+ | Play safe.", True),
        ("New customers: bet £10, get £30 in free bets.", True),
        ("Set a deposit limit before you play.", True),
        ("Worried about your gambling?", True),
        ("Odds from Oddsmere, correct at 21:30.", True),
        ("The operator offered £30 in free bets to new customers, the regulator said.", False),
        ("Play safe, the coach told his defenders.", False),
        ("If the council agrees, work starts in May.", False),
    ],
)
def test_a_bookmakers_promotion_and_its_warnings_are_furniture(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("It does not form part of the reasons for the decision.", True),
        ("The full judgment is the only authoritative document.", True),
        ("Paragraph numbers in brackets refer to the full judgment.", True),
        ("Embargoed until 00:01, Tuesday 10 March 2026", True),
        ("*Name has been changed.", True),
        ("[TRAVEL JINGLE]", True),
        ("[Traffic passing]", True),
        ("Names of the victims have not been released.", False),
        ("It does not form part of the council's plan, she said.", False),
    ],
)
def test_a_court_summarys_and_a_releases_standing_notes_are_furniture(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Relief Minister Nighat Parveen Sheikh rejected the criticism.", "Nighat Parveen Sheikh"),
        ("The company disputed that account.", "The company"),
        ("The council rejected the plan on Tuesday.", ""),
        ("The judge rejected the appeal.", ""),
    ],
)
def test_rejecting_or_disputing_what_was_said_is_speech_rejecting_a_plan_is_an_act(body, speaker):
    ((_, got, _),) = speakers(body)
    assert got == speaker


# The second round of outside reviews (round seventeen): one line of each page a reviewer
# found this round's first rules got wrong, with what it should be (hidden or shown).
_REVIEWED_LINES = [
    ('MEDIAWATCH\n\nBBC\n\nLicence fee\n\nBroadcasting\n\nMinisters to review licence fee after 2027\n\nBy Corinne Altham\n\n12 March 2026\n\nThe government will open a review of the licence fee next month, the culture secretary told MPs on Wednesday.\n\nLisa Farrant said the review would look at a household levy and a subscription model.\n\nThe number of households paying the fee fell by 500,000 last year, according to figures published by the corporation.\n\nThe BBC is funded mainly by the £174.50 licence fee.\n\nRelated topics\n\nShare this story\n\n© 2026 Mediawatch Publishing Ltd', 'The BBC is funded mainly by the £174.50 licence fee.', False),
    ('Politics\n\nLabour\n\nHousing\n\nStarmer promises new towns in first year\n\nNatalie Brisco, Political reporter\n\nThe prime minister said on Monday that the first of 12 new towns would be approved within a year.\n\nSpeaking in Stevenage, he said the towns would include 40% affordable homes.\n\nCritics said the target was unrealistic given the shortage of builders.\n\nLabour is committed to building 1.5 million homes by 2029.\n\nMore on this story\n\nNewsletter sign-up', 'Labour is committed to building 1.5 million homes by 2029.', False),
    ('Wexham Council\n\nHome\n\nBins and recycling\n\nCouncil tax\n\nNews\n\nBin collections move to fortnightly\n\nBlack bin collections in Wexham will move to every two weeks from October.\n\nRecycling will still be collected weekly, and food waste collections will start in September.\n\nThe change is expected to save £1.1 million a year.\n\nWexham Council is committed to reaching a 65% recycling rate by 2035.\n\nWas this page helpful?\n\n© 2026 Wexham Council', 'Wexham Council is committed to reaching a 65% recycling rate by 2035.', False),
    ('Rovers sign Danish midfielder\n\nHarlow Rovers have signed midfielder Jonas Kjeldsen on a three-year deal for an undisclosed fee.\n\nKjeldsen, 24, scored nine goals for Silkeborg last season.\n\nManager Pete Ambrose said the club had tracked him for two years.\n\nPhoto: © Harlow Rovers\n\nHarlow Rovers is owned by a consortium led by Malik Osei.\n\nMore football\n\nFollow us on X', 'Harlow Rovers is owned by a consortium led by Malik Osei.', False),
    ('Highland Courier\n\nDog shelter closes after 40 years\n\nPawsafe Highland, a registered charity in Scotland, number SC041122, has closed its last shelter near Inverness.\n\nStaff said rising costs had made the shelter impossible to run.\n\nThe 28 remaining dogs have been rehomed.\n\n© Highland Courier 2026', 'Pawsafe Highland, a registered charity in Scotland, number SC041122, has closed its last shelter near Inverness.', False),
    ("News\n\nDomestic abuse helpline closed to new callers\n\nThe county's domestic abuse helpline has stopped taking new referrals after its funding ran out.\n\nThis service is intended for victims of domestic abuse, but the county has closed it to new callers until April.\n\nAbout 40 women a week used the line last year.\n\nShare this", 'This service is intended for victims of domestic abuse, but the county has closed it to new callers until April.', False),
    ('Crash trial hears driver\'s police interview\n\nJurors were played a recording of Alan Crisp\'s police interview on Tuesday.\n\nThis interview was recorded at Kingsway police station three hours after the crash, the jury heard.\n\nIn it, Crisp said he had looked down at his phone for "a second".\n\nHe denies causing death by dangerous driving.', 'This interview was recorded at Kingsway police station three hours after the crash, the jury heard.', False),
    ('The jury was then read a second transcript.\n\nThis interview is part of Operation Marlin\'s evidence against the four defendants.\n\nDetective Sergeant Ruth Malley told the court the defendants had answered "no comment" to every question.\n\nThe trial continues.', "This interview is part of Operation Marlin's evidence against the four defendants.", False),
    ("Tech\n\nGame site fined for collecting children's data\n\nPuzzlebox, a game website, has been fined £2.3 million for collecting the data of children under 13.\n\nThis website is intended for adults, yet most of its players were children.\n\nThe Information Commissioner's Office found the site had stored the birth dates and locations of 80,000 children.\n\nMore tech news", 'This website is intended for adults, yet most of its players were children.', False),
    ("Minister deletes post on asylum figures\n\nA post on the immigration minister's account claimed small boat crossings had fallen by 40%.\n\nThis content was published at 9am on Monday and deleted within an hour.\n\nHome Office figures show crossings rose by 12% in the same period.", 'This content was published at 9am on Monday and deleted within an hour.', False),
    ('Britain lags on broadband speeds\n\nThe UK ranks 35th in the world for average broadband speed.\n\nHow we measure up\n\nAverage speeds in the UK are 96Mbps, compared with 230Mbps in France and 180Mbps in Spain.\n\nMinisters have promised gigabit coverage for 85% of homes by 2026.', 'How we measure up', False),
    ("Wexham Town's title-winning season\n\nHow we did it\n\nCaptain Lee Barratt said the turning point was a 3-0 win at Dunmore in November.\n\nThe club spent less than £200,000 on wages, a quarter of the league average.\n\nHow we test for lead is outdated, the water inspector said.\n\nHow we score schools needs to change.", 'How we did it', False),
    ('Hate crime reports double\n\nAnyone can report hate crime online, and reports to the force have doubled since the form was introduced.\n\nAnyone may report a suspected breach to the regulator, yet only a handful do each year.\n\nMembers of the public can leave flowers at the park gates from Saturday.\n\nMembers of the public may submit objections to the plan until the end of March.\n\nWitnesses can submit statements anonymously for the first time under the new rules.', 'Anyone can report hate crime online, and reports to the force have doubled since the form was introduced.', False),
    ('Landlord registration: what the new law means\n\nFrom April, every landlord in Wales must register with the Rent Smart scheme.\n\nTenants may report an unregistered landlord to the council, and councils can issue fines of up to £5,000.\n\nAnyone may contact the tenancy tribunal free of charge under the new law.\n\nAnyone who rents out a room can apply for an exemption.', 'Anyone may contact the tenancy tribunal free of charge under the new law.', False),
    ('LIVE SCORES\n\nFT Kestrels 24 – 18 Rays\n\nSat 14 March\n\nFT Heelers 12 – 6 Magpies\n\nSat 14 March\n\nKestrels reach first grand final in 17 years\n\nThe Kestrels beat the Rays 24-18 on Saturday and will play the Heelers in the final.\n\nThe Heelers beat the Magpies 12-6 in a tryless semi-final.\n\nKestrels coach Dana Price said it was the best day of her career.', 'FT Kestrels 24 – 18 Rays', True),
    ("Gannetby Town 3-1 Hobwick Albion\n\nGannetby moved top with a 3-1 win at the Ness.\n\nMoreno's hat-trick was his first for the club.\n\nMatch facts\n\nGannetby: Hale, Oduya, Prince, Kerr, Moreno\n\nHobwick: Lane, Fitch, Bray, Lall\n\nReferee: Sam Ives\n\nAttendance: 4,212\n\nReport: Reserves draw at Carrow\n\nOpinion: Moreno is worth every penny\n\nSponsored: Bet £10 get £30", 'Report: Reserves draw at Carrow', True),
    ("THE DUNMORE ECHO\n\nNews   Sport   What's On\n\nReporter threatened outside court\n\nA reporter was threatened outside Dunmore Magistrates' Court on Monday after a hearing.\n\nThe man, who had just been fined, shouted at the reporter and followed her to her car.\n\nPolice said they were aware of the incident.\n\nKate Lyle covers the courts for the Dunmore Echo and was the reporter threatened.\n\nThe Dunmore Echo is committed to reporting the courts without fear.\n\nShare this story\n\n© 2026 Dunmore Echo", 'Kate Lyle covers the courts for the Dunmore Echo and was the reporter threatened.', False),
    ("Hartley Bugle\n\nLocal\n\nBugle wins Supreme Court privacy case\n\nThe Hartley Bugle won its Supreme Court appeal on Wednesday over reporting of a businessman's affair.\n\nFive justices ruled unanimously that the story was in the public interest.\n\nThe paper's legal costs were more than £400,000.\n\nThe Hartley Bugle is supported by a crowdfunding campaign that raised £120,000 for the case.\n\nShare\n\n© 2026 Hartley Bugle", 'The Hartley Bugle is supported by a crowdfunding campaign that raised £120,000 for the case.', False),
    ('Neighbourhood\n\nCouncil launches pothole app\n\nWexham Council has launched an app for reporting potholes.\n\nAnyone can report a pothole through the app, and the council promises to fix urgent ones within two days.\n\nMembers of the public can also call the highways team.\n\nLast year the council fixed 18,000 potholes.', 'Anyone can report a pothole through the app, and the council promises to fix urgent ones within two days.', False),
    ("Lottery: Wexham couple win £4m\n\nA couple from Wexham have won £4 million on the lottery.\n\nPaul and Jan Riley, both retired teachers, said they would buy a caravan.\n\nLottery winners\n\nLottery: How to check your ticket\n\nLotto: Wednesday's winning numbers\n\nScam: Fake lottery texts doing the rounds\n\nNewsletter sign-up", 'Lottery: How to check your ticket', True),
    ('Nurses to get 3.6% rise\n\nNurses in England will get a 3.6% pay rise from April, the health secretary said.\n\nThe Royal College of Nursing said the offer was "an insult".\n\nThis article was written with help from our health desk.\n\nThis article is part of a wider investigation into pay in the NHS.\n\nThis story is based on leaked minutes seen by the Post, which show ministers rejected a higher offer.\n\nThis article has been updated.', 'This story is based on leaked minutes seen by the Post, which show ministers rejected a higher offer.', False),
    ('Hollin Radio\n\nListen live   Schedule\n\nStation to close after 30 years\n\nHollin Radio will stop broadcasting on 31 May after its owner failed to find a buyer.\n\nThe station employs 14 people.\n\nHollin Radio is where the singer Tess Obi gave her first interview in 1976.\n\nSupport us\n\n© 2026 Hollin Radio', 'Hollin Radio is where the singer Tess Obi gave her first interview in 1976.', False),
    ("Seaford FM\n\nNews\n\nSport\n\nStation loses licence bid\n\nSeaford FM has lost its bid to renew its broadcasting licence, Ofcom said on Thursday.\n\nThe regulator awarded the licence to a rival group, Coastline Media.\n\nSeaford FM is owned by Coastline's former chairman, Bryn Hollis.\n\nSeaford FM is powered by solar panels on the roof of its studio.\n\nListen again\n\n© 2026 Seaford FM", 'Seaford FM is powered by solar panels on the roof of its studio.', False),
    ('Man jailed for attack on paramedic\n\nA man who punched a paramedic in the back of an ambulance has been jailed for 18 months.\n\nDale Harker, 29, of Carrow, admitted assaulting an emergency worker.\n\nImage: © Dunmore Police\n\nDunmore Police is part of a national scheme giving paramedics body cameras.\n\nMore crime news', 'Dunmore Police is part of a national scheme giving paramedics body cameras.', False),
]  # fmt: skip


@pytest.mark.parametrize(("body", "line", "hidden"), _REVIEWED_LINES)
def test_lines_an_outside_review_found_this_rounds_rules_got_wrong(body, line, hidden):
    (sentence,) = [s for s in analyze(body) if s.text == line]
    assert sentence.is_boilerplate is hidden


_REVIEWED_SPEAKERS = [
    ('HARTWELL, Ore. (AP) — Oregon\'s governor will appeal a ruling that struck down a cap on rent increases, a spokesperson for Gov. Dana Whitcombe said Thursday.\n\nThe cap, passed in 2023, limited annual increases to 7% plus inflation. A Marion County judge ruled last week that the law was vague.\n\n"We believe the court got this wrong," the statement said.\n\nMarisol Ibarra, a spokesperson for the Oregon Tenants Coalition, said landlords had raised rents by as much as 22% in the days after the ruling. The spokesperson said the group had logged more than 400 complaints since Friday.\n\nLandlord groups welcomed the decision. The Oregon Rental Housing Association said the cap had discouraged construction of new units.', 'The spokesperson said the group had logged more than 400 complaints since Friday.', 'The spokesperson'),
    ('A man has been jailed after firing a shotgun at a car in a Salford street.\n\nAccording to witnesses he fired twice at the car before driving off in a silver Audi.\n\nAccording to police they arrested two men near the scene within an hour.\n\nAccording to her mother she moved to Leeds in 2019 and had not been in touch since.\n\nAccording to the club they signed him for a fee of about £2m.\n\nAccording to the indictment he wired $2.3 million to an account in Cyprus.\n\nAccording to the coach they played their best football of the season in the second half.', 'According to witnesses he fired twice at the car before driving off in a silver Audi.', 'witnesses'),
    ('Children who slept fewer than nine hours scored lower on memory tests, according to data the researchers collected over six months from 4,500 pupils.\n\nThe reading scores fell by 12 points, according to tests they gave the pupils in June.\n\nMost of the children were in bed by 9pm, according to diaries their parents kept.\n\nThe findings were published in the journal Sleep Health. According to the authors they found no difference between boys and girls.', 'According to the authors they found no difference between boys and girls.', 'the authors'),
    ('WASHINGTON — FBI Director Marcus Hale told a Senate committee on Tuesday that threats against election officials had tripled since 2020.\n\nHale said the bureau had opened more than 200 investigations. Sen. Laura Bixby said the figure was "alarming".\n\nLater, the FBI said in a statement that it had charged 18 people with making threats.\n\nThe FBI said most of the threats had been made online.', 'Later, the FBI said in a statement that it had charged 18 people with making threats.', 'FBI'),
    ('GENEVA (Reuters) - WHO Director-General Tomas Andrade said on Monday that funding cuts would force the agency to close programmes in 40 countries.\n\nThe WHO said it faced a shortfall of $1.7 billion over the next two years.\n\nSeparately, IMF Managing Director Elena Novak said global growth would slow to 2.8% this year. The IMF said trade tensions were the biggest risk to the outlook.', 'The WHO said it faced a shortfall of $1.7 billion over the next two years.', ''),
    ('A farmer has been banned from keeping animals for ten years after 43 sheep were found dead on his land near Hexham.\n\nRSPCA Inspector Kate Dunmore said it was one of the worst cases she had seen. The RSPCA said the surviving animals had been rehomed.\n\nNFU President Tom Bradshaw said such cases were rare. The NFU said its members were "appalled" by the neglect.\n\nThe farmer was also ordered to pay £6,000 in costs.', 'The RSPCA said the surviving animals had been rehomed.', 'RSPCA'),
    ('JOHANNESBURG — ANC Secretary-General Fikile Dlamini said on Sunday the party would not enter a coalition with the EFF in Gauteng.\n\nThe ANC said its national executive committee would meet next week to discuss the municipal elections. EFF leader Julius Mokoena said the ANC was "afraid of the people".\n\nThe DA said it had held talks with three smaller parties.', 'The ANC said its national executive committee would meet next week to discuss the municipal elections.', 'ANC'),
    ('CANBERRA — AFP Commissioner Rhea Kershaw said on Thursday that officers had seized 1.2 tonnes of methamphetamine hidden in a shipment of tiles at Port Botany.\n\nThe AFP said it was the largest seizure of the drug this year. Three men, aged 31, 44 and 52, have been charged.\n\nEPA chief executive Tony Chappel said the shipment had also breached biosecurity rules. The EPA said it would fine the importer.', 'The AFP said it was the largest seizure of the drug this year.', 'AFP'),
    ('A man who murdered his former partner has had his minimum term increased from 18 to 24 years after the Court of Appeal found it was unduly lenient.\n\nJustice Secretary Helen Warbrook said the case showed the system for reviewing sentences was working.\n\nAt the original trial at Leeds Crown Court, the judge said the killing had not been planned. The Court of Appeal disagreed.\n\nThe judge said the defendant had shown "some remorse", a finding the appeal court said was not supported by the evidence.', 'At the original trial at Leeds Crown Court, the judge said the killing had not been planned.', 'the judge'),
    ('SAN FRANCISCO (AP) — A federal judge Tuesday blocked the administration from cutting off funding to 14 sanctuary cities while a lawsuit goes forward.\n\nU.S. District Judge William Orrick III said the cities were likely to succeed in their claim that the cuts were unconstitutional.\n\nThe judge wrote that the government could not "coerce" local officials. A Justice Department spokesperson said the department would appeal.', 'The judge wrote that the government could not "coerce" local officials.', 'William Orrick III'),
    ("TALLAHASSEE, Fla. (AP) — A state judge Monday ordered Florida election officials to count 2,300 mail ballots that arrived after the deadline because of a postal delay.\n\nThe judge said voters should not be punished for a failure of the Postal Service. The secretary of state's office said it would appeal.\n\nElection supervisors in three counties said they would begin counting on Wednesday.", 'The judge said voters should not be punished for a failure of the Postal Service.', 'The judge'),
    ("A review commissioned by the Premier, Tourism Minister Jo Blake, and the Treasurer found the state's events fund had returned $3 for every dollar spent.\n\nThe Premier said the fund would be expanded by $40 million. Opposition tourism spokesperson Dean Marsh said the figures had not been independently checked.", 'The Premier said the fund would be expanded by $40 million.', 'Premier'),
    ('TEL AVIV — Adi Bar Shalom, whose brother was among those killed at the festival, said the families wanted an independent state commission of inquiry.\n\nBar Shalom said the families had collected 120,000 signatures.\n\nAdi Ben-Nun, a professor of public policy at Tel Aviv University, said such commissions typically took two to three years to report.\n\nIndustrialist Adi Rustom Godrej said the group would invest $200 million in the new plant.', 'TEL AVIV — Adi Bar Shalom, whose brother was among those killed at the festival, said the families wanted an independent state commission of inquiry.', 'Adi Bar Shalom'),
    ("JAKARTA — Finance Minister Sri Wahyuni Lestari said on Tuesday that the budget deficit would stay below 3% of GDP this year.\n\nSri Wahyuni said tax revenue had grown 8% in the first quarter.\n\nSri Rahayu, a market trader in Bandung, said the price of rice had risen by a third since January.\n\nMalaysian economist Sri Ganesh Kumar said the rupiah's fall would make imports more expensive.", 'JAKARTA — Finance Minister Sri Wahyuni Lestari said on Tuesday that the budget deficit would stay below 3% of GDP this year.', 'Sri Wahyuni Lestari'),
    ('NAIROBI — Director of Public Prosecutions Noor Haji said on Wednesday his office would charge 12 county officials over the loss of Sh1.3 billion.\n\nHaji said the evidence had been gathered by the Ethics and Anti-Corruption Commission over 18 months.\n\nMohamed Haji Abdi, the Garissa county assembly speaker, said the assembly had not been consulted.', 'Haji said the evidence had been gathered by the Ethics and Anti-Corruption Commission over 18 months.', 'Public Prosecutions Noor Haji'),
    ("PRESENTER: Good morning, you're listening to the Breakfast Show. Our first guest is a GP from Hull.\n\nDR HELEN OKORO: Thank you for having me. I'm Helen Okoro and I've been a GP in east Hull for 22 years. We now have one GP for every 2,900 patients.\n\nPRESENTER: Is that worse than it was?\n\nDR HELEN OKORO: Much worse. When I started it was about one for every 1,800. Half of our patients wait more than two weeks for an appointment.", 'DR HELEN OKORO: Thank you for having me.', 'Helen Okoro'),
    ('Oral evidence: Water industry regulation\n\nQ1 Chair: Welcome. Could you introduce yourself for the record?\n\nGRACE MWANGI: I am Grace Mwangi, chief executive of Severnside Water. We serve 2.3 million customers across the Midlands.\n\nQ2 Chair: How many pollution incidents did you report last year?\n\nGRACE MWANGI: We reported 418 incidents, which is down 12% on the year before. Our spills from storm overflows fell by a quarter.', 'GRACE MWANGI: I am Grace Mwangi, chief executive of Severnside Water.', 'Grace Mwangi'),
    ('NEWSREADER: Good evening. Plans to build 4,000 homes on green belt land near Harrogate have been approved.\n\n[CLIP] CLLR JANE ASQUITH, PLANNING COMMITTEE CHAIR: We need these homes. Our waiting list has 6,000 families on it.\n\nNEWSREADER: Opponents say the roads cannot cope.\n\n[SOUNDBITE] MARK ELLERBY, CAMPAIGNER: The A61 already has queues of a mile every morning.', 'NEWSREADER: Opponents say the roads cannot cope.', 'Opponents'),
    ("PRESENTER: Let's go to the phones. Dave is in Dudley.\n\nDAVE: Hi, yes, this is Dave from Dudley. The bins haven't been collected on our street for five weeks.\n\nPRESENTER: Five weeks? The council says the strike ends on Friday.\n\nDAVE: They said that last month as well.", 'DAVE: Hi, yes, this is Dave from Dudley.', 'Dave'),
]  # fmt: skip


@pytest.mark.parametrize(("body", "line", "speaker"), _REVIEWED_SPEAKERS)
def test_speakers_an_outside_review_found_this_rounds_rules_got_wrong(body, line, speaker):
    (sentence,) = [s for s in analyze(body) if s.text == line]
    assert sentence.speaker == speaker


# The last outside reviews of round seventeen: a line of each page they found wrong, with
# what it should be.
_LAST_REVIEWED_SPEAKERS = [
    ('The Home Office rejected his asylum claim in March 2024, leaving him without the right to work.\n\nHis solicitor, Priya Natarajan, said the decision would be appealed. "He has been waiting for four years," she said.\n', 'The Home Office rejected his asylum claim in March 2024, leaving him without the right to work.', ''),
    ('The referee rejected the penalty claims in the 78th minute, and VAR did not intervene.\n\nDunmore manager Tomasz Wielgus disputed that account after the match. "It was a clear foul, everyone saw it," he said.\n', 'The referee rejected the penalty claims in the 78th minute, and VAR did not intervene.', ''),
    ('An employment tribunal rejected her claim for unfair dismissal but upheld a smaller claim for unpaid holiday pay.\n\nEmployment Judge Fionnuala Brereton found that the bakery had failed to pay Ms Oduya for 11 days of leave.\n', 'An employment tribunal rejected her claim for unfair dismissal but upheld a smaller claim for unpaid holiday pay.', ''),
    ('Cabinet rejected the report\'s recommendations on Tuesday, opting instead to keep the current funding formula.\n\nThe report, by former auditor-general Kwame Asante-Boateng, had called for a single regional grant.\n\nOpposition leader Delphine Marcoux rejected the characterisation of the report as "unaffordable".\n', "Cabinet rejected the report's recommendations on Tuesday, opting instead to keep the current funding formula.", ''),
    ('Shareholders rejected the accounts at a stormy annual general meeting in Valletta, the first time in the company\'s 40-year history.\n\nThe chairman, Perit Joseph Camilleri, disputed the suggestion that the board had lost control. "We have the confidence of our largest investors," he said.\n', "Shareholders rejected the accounts at a stormy annual general meeting in Valletta, the first time in the company's 40-year history.", ''),
    ('Residents disputed the service charges levied by the management company, taking their case to the First-tier Tribunal.\n\nThe tribunal rejected the charges for window cleaning, finding no evidence the work had been done.\n', 'Residents disputed the service charges levied by the management company, taking their case to the First-tier Tribunal.', ''),
    ('The court rejected the charges against two of the five defendants at a preliminary hearing, ruling the evidence against them was inadmissible.\n\nProsecutors disputed that interpretation and said they would appeal.\n', 'The court rejected the charges against two of the five defendants at a preliminary hearing, ruling the evidence against them was inadmissible.', ''),
    ('A search team found the missing climber was sheltering in a bothy on the north ridge late on Saturday.\n\nMountain rescue leader Eilidh Macaskill said he was cold but otherwise well.\n', 'A search team found the missing climber was sheltering in a bothy on the north ridge late on Saturday.', ''),
    ('The team found themselves two goals down inside 20 minutes at Ashburn Park.\n\nThe team found that pressing high in the second half unsettled the visitors, and they were level by the hour mark.\n', 'The team found that pressing high in the second half unsettled the visitors, and they were level by the hour mark.', ''),
    ('County sheriff deputies found the suspect had fled through a back window, leaving the stolen laptops behind.\n\nSheriff Dale Rourke said the man was still at large.\n', 'County sheriff deputies found the suspect had fled through a back window, leaving the stolen laptops behind.', ''),
    ('Divers from the port authority found the car was submerged in six metres of water near Pier 4.\n\nPolice said the driver, a 61-year-old man, had been reported missing on Wednesday.\n', 'Divers from the port authority found the car was submerged in six metres of water near Pier 4.', ''),
    ('Judge Judy-style television shows have surged in popularity in Nigeria, with three new series launching this year.\n\nPresenter Ngozi Ikenna, a former magistrate, said the format worked because viewers liked quick verdicts.\n\nThe judge said she had received hundreds of letters from viewers.\n', 'The judge said she had received hundreds of letters from viewers.', 'The judge'),
    ('Planning minister Muhammad Ali Khan said the new housing scheme would be ready by June.\n\nShopkeeper Ali Khan, whose stall faces the site, was less sure.\n\nAli Khan said: "They have promised this for ten years."\n', 'Ali Khan said: "They have promised this for ten years."', 'Ali Khan'),
    ('Maria Fernanda Santos, 68, has run the bakery on Rua Augusta since 1979.\n\nHer daughter-in-law, Fernanda Santos, took over the ovens last year.\n\nFernanda Santos said the business now employed nine people.\n', 'Fernanda Santos said the business now employed nine people.', 'Fernanda Santos'),
    ('Funeral director John Paul Mensah said the cemetery had run out of space.\n\nJohn Paul, a gravedigger at the site for 30 years, said he had never seen it so full.\n', 'John Paul, a gravedigger at the site for 30 years, said he had never seen it so full.', 'John Paul'),
    ("Siosaia Tupou Fifita, a fisherman from Ha'apai, said the cyclone destroyed his boat.\n\nTupou Fifita, his cousin and a teacher, said the school roof had gone too.\n", 'Tupou Fifita, his cousin and a teacher, said the school roof had gone too.', 'Tupou Fifita'),
    ('Dr Nomvula Grace Dlamini, the provincial health head, said clinics had enough stock.\n\nGrace Dlamini, a nurse at the Ntuzuma clinic, said shelves had been empty for weeks.\n', 'Grace Dlamini, a nurse at the Ntuzuma clinic, said shelves had been empty for weeks.', 'Grace Dlamini'),
    ('Governor Chief Ayodele Fayose-Bankole said the state would pay the new minimum wage from January.\n\nThe governor said the arrears would be cleared within six months.\n', 'The governor said the arrears would be cleared within six months.', 'Ayodele Fayose-Bankole'),
    ('Senator Chief Olusegun Adebayo-Ojo said the bill would be reintroduced next session.\n\nThe senator said the Senate leadership had blocked it twice.\n', 'The senator said the Senate leadership had blocked it twice.', 'Olusegun Adebayo-Ojo'),
    ("Jesús María Ortega, the town's mayor, said the bridge would reopen in a month.\n\nMaría Ortega, a pharmacist whose shop sits beside the bridge, disputed that timetable.\n\nMaría Ortega said she had heard the same promise in January.\n", 'María Ortega said she had heard the same promise in January.', 'María Ortega'),
]  # fmt: skip
_LAST_REVIEWED_LINES = [
    ("Premier League clubs vote to ban front-of-shirt gambling sponsors\n\nBy Hugh Marsh, Sports News Correspondent\n\nPremier League clubs have voted to ban gambling sponsors from the front of their shirts from the start of the 2026-27 season.\n\nEight of the 20 clubs currently have gambling firms as their main shirt sponsor.\n\nThe clubs will still be allowed to carry betting brands on their sleeves and on pitch-side advertising.\n\nNew customers bet £10 on average in their first month, according to the Betting and Gaming Council.\n\nThe Gambling Commission said it welcomed the move.\n\nWorried about someone's gambling? The charity GamCare has seen calls from family members double.\n\nOne club chairman said the ban would cost his club £10m a year.\n", "Worried about someone's gambling?", False),
    ('Grand National: Minella Storm wins at 33-1\n\nMinella Storm, ridden by Rachael Blackmore, won the Grand National at Aintree on Saturday at odds of 33-1.\n\nThe favourite, Corach Rambler, fell at the first fence.\n\nBookmakers said it was a good result for them, with few punters backing the winner.\n\nOdds from William Hill, correct at 5pm on Friday, had Minella Storm at 40-1.\n\nFree bets worth £1m were handed out by bookmakers before the race.\n\nAll 34 horses returned safely, the British Horseracing Authority said.\n', 'Odds from William Hill, correct at 5pm on Friday, had Minella Storm at 40-1.', False),
    ('Chiefs beat Bills in overtime thriller\n\nBy Mike Sando\n\nPatrick Mahomes threw for 318 yards and three touchdowns as the Kansas City Chiefs beat the Buffalo Bills 30-27 in overtime on Sunday night.\n\nHarrison Butker kicked the winning field goal from 41 yards.\n\nBills quarterback Josh Allen ran for two touchdowns.\n\nBox score\n\nChiefs 7 10 3 7 3 — 30\nBills 3 14 0 10 0 — 27\n\nPassing: Mahomes 27-39, 318 yds, 3 TD\nRushing: Allen 11-69, 2 TD\nFollow us: @NFLDesk\nTrending: Rodgers retires after 21 seasons\nPodcast: The Huddle\n\nNFL scores\nEagles 24, Cowboys 17\nPackers 31, Bears 10\n', 'Trending: Rodgers retires after 21 seasons', True),
    ("Film review: The Coldharbour Line — a gripping railway thriller\n\n★★★★☆\n\nDir: Amara Obi. Cert 15, 118 mins\n\nBy Peter Loy, Film Critic\n\nAmara Obi's second feature is a taut thriller set on a night train from London to Penzance.\n\nIdris Mensah plays a retired signalman who notices that one passenger never leaves her compartment.\n\nThe film was shot in 23 days on a real train.\n\nThis review was written after a press screening.\n\nThis is the latest release from the Bristol studio Fennel Films.\n\nThe Coldharbour Line is in cinemas from Friday.\n\nRating: 4/5\nAlso on Screen Daily: our interview with Amara Obi\n", 'Rating: 4/5', False),
    ('Treasury broke embargo on Budget figures, watchdog finds\n\nThe Treasury broke the embargo on the Office for Budget Responsibility\'s forecasts by publishing them 40 minutes early, an investigation has found.\n\nEmbargoed until 12.30pm, the forecasts were posted at 11.50am.\n\nEmbargoed to the minute, the document was meant to appear only after the chancellor sat down.\n\nThe OBR\'s chair said the breach was "a serious failure".\n\nThe Treasury apologised and said it had changed its procedures.\n', 'Embargoed until 12.30pm, the forecasts were posted at 11.50am.', False),
    ('Pakistan election results live: PTI-backed independents lead\n\nLIVE UPDATES\n\nOur correspondents across the country are bringing you the latest.\n\n4:15pm\nThe Election Commission has released results for 180 of 266 seats.\n\n4:02pm\nPTI-backed independents lead in 92 constituencies, PML-N in 64.\n\n3:45pm\nAlso on Election Day: mobile internet was suspended across the country, the interior ministry confirmed.\n\n3:30pm\nPrayer times: voting was paused at several polling stations in Lahore for Asr prayers, officials said.\n\nRefresh for the latest updates\n\nDisclaimer: This live blog is being updated as results come in.\n', 'Also on Election Day: mobile internet was suspended across the country, the interior ministry confirmed.', False),
    ("News sites turn off comments as abuse rises\n\nBy Leah Monroe, Media Reporter\n\nA growing number of news websites are shutting their comment sections, saying the cost of moderating them has become too high.\n\nThe Yorkshire Post is the latest to switch comments off on most stories.\n\nIts editor said moderators had been removing hundreds of abusive posts a day.\n\nComments that are racist or threatening will be removed within an hour under the paper's old policy.\n\nUnder the Online Safety Act, publishers' own comment sections are exempt.\n\nComments containing links may be held for review, the BBC's guidelines say.\n\nAbusive comments will now be deleted by an AI tool, the Daily Echo said.\n\nThe Herald reserves the right to remove comments without notice, and does so about 300 times a month.\n\nPublishers that reserve the right to moderate comments can be liable for them, lawyers warn.\n", "Comments that are racist or threatening will be removed within an hour under the paper's old policy.", False),
    ("Exam board under fire for marking errors\n\nThousands of GCSE pupils in Wales received the wrong grades because of a marking error, the exam board has admitted.\n\nWJEC said scripts from 4,200 pupils had been re-marked.\n\nTeachers' comments on the affected scripts will be removed before they are returned.\n\nThe board said any pupil whose grade went down would keep the higher one.\n\nPupils' comments will not be published in the board's review.\n", "Teachers' comments on the affected scripts will be removed before they are returned.", False),
    ("Judge warns jurors over social media\n\nA judge has warned jurors in the trial of a former MP not to read comments about the case online.\n\nMr Justice Holroyde said comments that prejudice the trial may be referred to the attorney general.\n\nComments posted under newspaper articles will be monitored by the police.\n\nComments deemed in contempt may be removed by the publishers at the court's request.\n\nThe trial continues.\n", "Comments deemed in contempt may be removed by the publishers at the court's request.", False),
    ("Gambling firms' profits soar as online betting grows\n\nThe UK's biggest gambling firms made record profits last year, driven by a surge in online betting.\n\nFlutter, which owns Paddy Power and Betfair, reported profits of £1.2bn.\n\nFree bets and bonuses cost the industry £1.4bn last year.\n\nHalf of new customers were offered free bets within an hour of signing up.\n\nIn free bets alone, Betvane gave away £80m.\n\nSet a deposit limit and stick to it, the charity advises.\n\n18+ | Play safe, the slogan on every advert, has been criticised as meaningless.\n\nIf gambling is affecting your finances, the charity StepChange can help.\n\nThe Gambling Commission said it was consulting on a ban on free bet offers.\n", 'Set a deposit limit and stick to it, the charity advises.', False),
    ('Kisoko Courier\n\nElection violence: three killed in Ravu\n\nBy Amos Keter\n\nThree people were killed in clashes between rival party supporters in Ravu on Saturday, police said.\n\nHomes were set on fire in two villages.\n\nThe electoral commission suspended voting in four polling centres.\n\nOur correspondent in Ravu, Amos Keter, was beaten by youths while reporting on the clashes.\n\nAmos Keter is our Ravu correspondent and is recovering in hospital.\n\nAdvertisement\n\nShare this article\n\n© 2026 Kisoko Courier\n', 'Amos Keter is our Ravu correspondent and is recovering in hospital.', False),
    ('Press freedom index: Kisoko falls 12 places\n\nBy Ruth Njeri\n\nKisoko has fallen 12 places in the annual World Press Freedom Index, Reporters Without Borders said.\n\nTwo journalists were killed in the country last year.\n\nPatrick Otieno is our former Kisoko correspondent who fled the country in 2024.\n\nMary Wanjiku is a freelance journalist and was detained for six days in March.\n\nRuth Njeri is our media correspondent.\n\n© Pan African Review 2026\n', 'Patrick Otieno is our former Kisoko correspondent who fled the country in 2024.', False),
    ('In pictures: Storm Eowyn batters Galway\n\nPic: Waves crash over the promenade at Salthill\n\nPic by Aoife Walsh\n\nPics by readers show roofs torn off in Oranmore.\n\nPics: Galway City Council\n\nMore than 40,000 homes lost power.\n\nPic by a reader shows a tree on a car in Knocknacarra\n\nThe storm is expected to clear by Saturday morning.\n', 'Pics by readers show roofs torn off in Oranmore.', False),
    ("Chelsea\n\nChelsea takeover: consortium submits bid\n\nBy Mark Ellis | Football | 3 hours ago\n\nA consortium led by the American investor Todd Hale has submitted a formal bid for Chelsea, according to people familiar with the talks.\n\nThe club's current owners have been under pressure since the Premier League charged them with 74 breaches of financial rules.\n\nA sale would need approval from the league's owners' and directors' test.\n\nAdvertisement\n\nChelsea is owned by BlueCo, a consortium formed in 2022.\n\nChelsea is a member of the European Club Association.\n\nAdvertisement\n\nSupporters' groups have called for a fan representative on the board.\n\nShare this article\n\nMore on Chelsea\nTags: Chelsea, Premier League, takeovers\n© 2026 Touchline Media Ltd\n", 'Chelsea is a member of the European Club Association.', False),
    ('BBC\n\nBBC licence fee to rise to £180\n\nBy Anna Crewe\nPublished 1 April 2026\n\nThe television licence fee will rise by £5.50 to £180 a year from April, the government has confirmed.\n\nCulture Secretary Lisa Nandy said the rise was in line with inflation.\n\nCritics said the fee was a regressive tax that fell hardest on poorer households.\n\nAdvertisement\n\nThe BBC is funded by the licence fee and does not carry adverts.\n\nThe BBC does not accept advertising in the UK.\n\nShare this article\n\nRelated: BBC charter review begins\nMore on BBC\n© 2026 Kestrel Media Group\n', 'The BBC is funded by the licence fee and does not carry adverts.', False),
    ('OFCOM\n\nOfcom fines broadcaster £250,000\n\nPublished 10:22, 12 May 2026\n\nThe media regulator has fined the broadcaster Westway TV £250,000 for breaching impartiality rules in a series of programmes about the Gaza war.\n\nWestway TV said it would appeal.\n\nAdvertisement\n\nOfcom is an independent regulator and competition authority.\n\nOfcom does not verify claims made by broadcasters before transmission.\n\nShare\n\nTags: Ofcom, broadcasting, regulation\n© 2026 Pressline Digital\n', 'Ofcom is an independent regulator and competition authority.', False),
    ("MOODY'S\n\nMoody's warns on Pakistan's debt\n\nBy Farah Naz | Karachi\n\nMoody's has warned that Pakistan faces a financing gap of at least $5bn in the coming fiscal year.\n\nThe ratings agency said the IMF programme remained the country's main anchor.\n\nAdvertisement\n\nAisha Rahman is a senior credit analyst at Moody's.\n\nAdvertisement\n\nFinance Minister Muhammad Aurangzeb said the government would meet all its obligations.\n\nTags: Moody's, Pakistan, IMF, debt\n© 2026 Karachi Business Recorder\n", "Aisha Rahman is a senior credit analyst at Moody's.", False),
    ('Politics\n\nGovernment wins vote on welfare bill\n\nPolitics | 8 May 2026\n\nThe government won a vote on its welfare bill by 335 votes to 260 after making concessions to rebel backbenchers.\n\nForty-two Labour MPs voted against the bill.\n\nPolitics is part of everyday life in the Commons tearoom.\n\nAdvertisement\n\nMore Politics\n\nTags: Politics, welfare, Labour\n© 2026 Westbourne Press Ltd\n', 'Politics is part of everyday life in the Commons tearoom.', False),
    ('Guardian\n\nGuardian Media Group to sell Observer\n\nBy Rachel Byrne | Media | 2 hours ago\n\nGuardian Media Group has agreed to sell The Observer to Tortoise Media, ending more than three decades of ownership.\n\nJournalists at both titles voted for strike action over the sale.\n\nAdvertisement\n\nThe Guardian is owned by the Scott Trust.\n\nThe Guardian is reader-funded.\n\nAdvertisement\n\nMore on Guardian\n© 2026 Pressgate Media Ltd\n', 'The Guardian is reader-funded.', False),
    ('Truth Check: Did the council ban barbecues on the beach?\n\nBy Nadia Ellis | Fact check | 5 June 2026\n\nA post shared 12,000 times on Facebook claims Seabrook council has banned barbecues on all its beaches.\n\nThat is false. The council has banned disposable barbecues on two beaches only.\n\nAdvertisement\n\nSeabrook Council is a member of the Local Government Association.\n\nGot a claim you want us to check? Email check@seabrookcouncil.example\n\n© 2026 Coastline Media\n', 'Seabrook Council is a member of the Local Government Association.', False),
]  # fmt: skip


@pytest.mark.parametrize(("body", "line", "speaker"), _LAST_REVIEWED_SPEAKERS)
def test_speakers_the_last_outside_reviews_found_wrong(body, line, speaker):
    (sentence,) = [s for s in analyze(body) if s.text == line]
    assert sentence.speaker == speaker


@pytest.mark.parametrize(("body", "line", "hidden"), _LAST_REVIEWED_LINES)
def test_lines_the_last_outside_reviews_found_wrong(body, line, hidden):
    (sentence,) = [s for s in analyze(body) if s.text == line]
    assert sentence.is_boilerplate is hidden


@pytest.mark.parametrize(
    "line",
    [
        "Kinder Trust, a registered charity in England and Wales (No. 1180001), cut 40 jobs.",
        "If gambling is a problem in the family, the children suffer most, the report found.",
        "Anyone who witnessed the attack is asked to contact police on 101, as officers believe "
        "it was racially motivated.",
        "Anyone with information is asked to call 101 — though a third of calls go unanswered, "
        "figures show.",
        "18+ | Youth unemployment hit 32% in March",
    ],
)
def test_news_the_seventh_outside_review_found_hidden_stays(line):
    assert not boilerplate.classify(line)
    page = f"The council voted on Tuesday.\n\n{line}\n\nThe regulator said it would act."
    assert not analyze(page)[1].is_boilerplate


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Campaign group Justice For Grenfell said the inquiry was slow.\n\n"
            "The judge said the report would be published in May.",
            "The judge",
        ),
        ("A judge Tuesday found that the law was unconstitutional.", ""),
        (
            "The company rejects the allegations in full, a spokesman for Brightwater Foods said.",
            "a spokesman for Brightwater Foods",
        ),
        ("The tribunal rejected that claim and ordered the firm to pay costs.", ""),
    ],
)
def test_speakers_the_sixth_outside_review_found_wrong(body, speaker):
    assert speakers(body)[-1][1] == speaker


def test_the_words_a_written_text_reads_are_that_texts_but_a_reader_or_a_sign_is_no_source():
    body = (
        "“The club will not be bullied into a sale,” the statement read.\n\n"
        "The recall notice, posted on Monday, reads: “Stop using the heater at once.”\n\n"
        "“We were never consulted,” the residents' letter reads in part.\n\n"
        "Outside the depot, a banner read “Save our buses”.\n\n"
        "“Amazing Grace,” she read from the order of service.\n\n"
        "Councillor Ada Pym read the figures twice before the vote."
    )
    assert _speakers_of(body) == [
        "the statement",
        "The recall notice",
        "the residents' letter",
        "",
        "",
        "",
    ]


def test_a_title_in_a_headline_or_a_standfirst_is_the_one_person_the_story_gives_it():
    body = (
        "Turnout heading for a record, secretary of state says\n\n"
        "Judge finds council misled tenants over closures\n\n"
        "Pipes burst under Kelloway Road for three hours, the water director says\n\n"
        "Secretary of State Gretchen Malory said 1.2 million ballots had been cast.\n\n"
        "Mrs Justice Odile Farrant-Hume quashed the decision.\n\n"
        "Water Director Lionel Abernethy told reporters the main was 98 years old."
    )
    assert _speakers_of(body)[:3] == ["Gretchen Malory", "Odile Farrant-Hume", "Lionel Abernethy"]


def test_the_title_a_list_of_those_present_gives_in_brackets_names_its_holder():
    body = (
        "Present: Dora Quist (Chief Executive), Harriet Mabley (Director of Finance).\n\n"
        "The Director of Finance confirmed that borrowing would rise to £318 million.\n\n"
        "According to the DPR, the extension will cost Rs 212 crore.\n\n"
        "The Detailed Project Report (DPR) was published in May."
    )
    assert _speakers_of(body)[1:3] == ["Harriet Mabley", "DPR"]


def test_a_turn_that_opens_with_a_sources_words_gives_them_to_that_source():
    body = (
        "Mila Jovan talks to the soil scientist Haruka Ishida.\n\n"
        "MJ: The fertiliser industry says yields are just as high.\n\n"
        "HI: In our trial they are 6% higher.\n\n"
        "MJ: Campaigners say the plots should be sold.\n\n"
        "HI: Our modelling says that would cost £2m.\n\n"
        "MJ: I said that to the board.\n\n"
        "HI: We have said so for years."
    )
    assert _speakers_of(body)[1:] == [
        "The fertiliser industry",
        "Haruka Ishida",
        "Campaigners",
        "Haruka Ishida",
        "Mila Jovan",
        "Haruka Ishida",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("‹ Previous   1   2   3   Next ›", "navigation or share strip"),
        ("« Older posts | 1 | 2 | Newer »", "navigation or share strip"),
        ("Previous 1 Next", "navigation or share strip"),
        ("by Marit Frettle | Birchmoor Public Radio | Jan. 14, 2026, 4:12 p.m.", "byline"),
        ("By Jane Doe, Radio Kent, Sept. 3, 2026", "byline"),
    ],
)
def test_a_pager_and_a_byline_ending_in_a_clock_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Last 2 games",
        "By the time the polls closed at 8 p.m.",
        "By 9 p.m. the hall was full.",
        "Polls close at 8 p.m.",
        "Next up: 3 games in 7 days",
    ],
)
def test_lines_that_only_look_like_a_pager_or_a_byline_stay(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Cpl. Leanne Mell", "Leanne Mell"),
        ("Spc. Jordan Lee", "Jordan Lee"),
        ("Pte. Kieran Farn", "Kieran Farn"),
        ("Cr Lachie Bonnet", "Lachie Bonnet"),  # an Australian councillor
        ("Corporator Rekha Bhale", "Rekha Bhale"),  # an Indian city's councillor
        ("SP Ademola Ish", "Ademola Ish"),  # a superintendent of police
        ("Senate President Pro Tempore Harlan Sprad", "Harlan Sprad"),
        ("Head of libraries J.R.R. Brind", "J.R.R. Brind"),  # initials, not an acronym
        ("Dunstan L.J.", "Dunstan"),  # a Lord Justice by the surname
        ("UNICEF", ""),
    ],
)
def test_ranks_local_titles_and_a_benchs_letters_are_no_part_of_a_name(span, name):
    assert naming.person_name(span) == name


def test_a_councillor_called_cr_later_is_the_councillor_named_in_full():
    body = (
        "Shire councillor Lachie Bonnet said the yards had lost money for years.\n\n"
        "“My grandfather sold steers here,” Cr Bonnet said."
    )
    assert _speakers_of(body) == ["Lachie Bonnet", "Lachie Bonnet"]


def test_how_the_room_took_a_quotation_does_not_hide_its_speaker():
    body = (
        "Helen Grund chairs the lido board.\n\n"
        "“Localised leaks in a tank!” Grund replied, to groans.\n\n"
        "“Is the pool the best use of £2.4m?” one man asked, to jeers.\n\n"
        "“I have been moved before,” Nora Kell told the Herald, with a laugh.\n\n"
        "The council replied to the letter with a shrug of a statement."
    )
    assert _speakers_of(body) == ["", "Helen Grund", "one man", "Nora Kell", ""]


def test_would_not_say_whether_is_a_source_saying_nothing_like_declining_to_comment():
    body = (
        "Imogen Selk runs the plant.\n\n"
        "She would not say how many of the jobs would go.\n\n"
        "Gov. Walt Duck has not said whether he would sign the bill.\n\n"
        "The ambulance service did not respond to a query about response times.\n\n"
        "Lerato Mokg did not answer calls or reply to written questions sent on 24 February.\n\n"
        "The board did not say when the plant would reopen.\n\n"
        "The report did not say how the money was spent.\n\n"
        "The mayor said the plan was dead."
    )
    said = analyze(body)
    assert [s.speaker for s in said] == [
        "",
        "Imogen Selk",
        "Walt Duck",
        "The ambulance service",
        "Lerato Mokg",
        "The board",
        "",
        "The mayor",
    ]
    saying_nothing = [bool(s.attributions and s.attributions[0].said_nothing) for s in said]
    assert saying_nothing[1:6] == [True] * 5
    assert not said[-1].attributions[0].said_nothing


@pytest.mark.parametrize(
    "slogan",
    [
        "Your town, your news",
        "Nonprofit, nonpartisan news from the Oklahoma Capitol",
        "Independent health news",
        "The voice of the hill farms",
        "Trinidad and Tobago's newspaper of record",
        "Your source for the latest research news",
    ],
)
def test_a_sites_slogan_between_its_name_and_its_menu_is_its_masthead(slogan):
    page = [
        "Pebbleton Courier",
        slogan,
        "News | Council | Schools | Sport | Letters",
        "Council votes to close the lido after 88 years",
        "By Owen Nank",
        "The council voted 7-2 on Tuesday to close Pebbleton Lido, which opened in 1936.",
    ]
    said = analyze("\n\n".join(page))
    assert {s.text: s.boilerplate_reason for s in said}[slogan] == "masthead"
    assert next(s.text for s in said if not s.is_boilerplate) == page[3]


@pytest.mark.parametrize(
    "page",
    [
        # from the outside review: headlines and story lines with a slogan's words
        [
            "Independent journalism under threat",
            "Press groups warn over a new broadcasting bill",
            "By Colm Fairl",
            "Groups representing 40 newspapers wrote to the minister on Monday.",
        ],
        [
            "Opinion",
            "The voice of reason in a noisy chamber",
            "By Sam Odu",
            "Senator Ida Fenn rarely raises her voice in the chamber.",
        ],
        [
            "Media",
            "Independent news outlets face funding squeeze",
            "By Colm Fairl",
            "Small independent newsrooms lost 12% of their income last year.",
        ],
        [
            "Your paper needs you",
            "How readers saved the Keld Advertiser",
            "Readers raised £41,000 in a month to keep the paper going.",
        ],
    ],
)
def test_headlines_with_a_slogans_words_stay(page):
    said = analyze("\n\n".join(page))
    assert (
        next(s.text for s in said if not s.is_boilerplate)
        == page[1 if page[0] in ("Opinion", "Media") else 0]
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("DJIA 41,882.14 ▲0.31%   S&P 500 5,911.02 ▲0.18%   10-Yr 4.21%", "ticker or widget"),
        ("GNST  $41.18  ▼ 6.2%", "ticker or widget"),
        ("LSX All Share 16,842.31 ▲ 0.62%   |   USD/LKR 298.45", "ticker or widget"),
        ("Principal partner: Kestwell Motors", "funding note"),
        ("Official partner: Glaciem Sportswear", "funding note"),
        (
            "FT  Strath City 2-0 Lowcross  ·  FT  Morwick Vale 1-1 Fairlop  ·  Tonight 19:45",
            "ticker or widget",
        ),
        (
            "FINAL  Kittering Falls 28, Brixley Ridge 27   |   FINAL  Cutler Pines 41, Harrow 10",
            "ticker or widget",
        ),
        ("▶ LIVE NOW: 9 News at 6", "ticker or widget"),
    ],
)
def test_a_markets_arrows_and_a_clubs_partner_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Labour 412 ▲ 23",  # a results table's row
        "Unemployment rose to 4.2% ▲ from 3.9% last year.",
        "Select Language ▼",
        "Title sponsor: the council paid £2m for it.",
        "Rovers won 2-0 at FT and City drew 1-1 at HT.",
        "LIVE: Storm batters coast as 40,000 lose power",
        "Live now: what we know about the fire",
    ],
)
def test_an_arrow_in_a_row_or_a_sentence_is_no_ticker(line):
    assert boilerplate.classify(line) != "ticker or widget"
    assert boilerplate.classify(line) != "funding note"


def test_a_name_over_the_page_that_its_own_furniture_gives_again_is_the_masthead():
    page = [
        "Skip to main content",
        "Orran Isles Electoral Commission",
        "Register to vote   Elections   Results   Publications",
        "Ada Quill elected for Saltrey North in by-election",
        "Ada Quill has been elected for Saltrey North with 2,114 votes, the commission said.",
        "Turnout was 41.2%.",
        "© Orran Isles Electoral Commission 2026",
    ]
    reasons = {s.text: s.boilerplate_reason for s in analyze("\n\n".join(page))}
    assert reasons["Orran Isles Electoral Commission"] == "masthead"
    assert reasons["Ada Quill elected for Saltrey North in by-election"] == ""


def test_a_headline_that_a_share_strip_repeats_is_no_masthead():
    page = [
        "Skip to main content",
        "Crisis at the Harbour Board",
        "Harbour Board chief quits over dredging contract",
        "The chief executive of the Harbour Board resigned on Monday, the board said.",
        "Share: Crisis at the Harbour Board",
        "© Quayside Media 2026",
    ]
    reasons = {s.text: s.boilerplate_reason for s in analyze("\n\n".join(page))}
    assert reasons["Crisis at the Harbour Board"] == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Not an emergency? Call 101", "contact line"),
        ("In an emergency, always call 999.", "contact line"),
        ("Report online or call 101.", "contact line"),
        ("Cookies on this government website", "subscription prompt"),
        ("Having trouble reading this email?", "subscription prompt"),
        ("Print subscriber?", "subscription prompt"),
        ("Are you a healthcare professional?", "subscription prompt"),
    ],
)
def test_a_public_services_and_an_emails_standing_lines_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Call 999 if you see anyone in the water.",
        "Police received 999 calls an hour.",
        "Is it an emergency?",
        "In an emergency the council will open shelters.",
        "Are you a healthcare professional or a parent?",
    ],
)
def test_sentences_about_emergencies_stay(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        # from the outside review of this round's credits and bylines
        ("Producer: Tomás Ó Riordáin", True),
        ("Host: Juan de la Cruz", True),
        ("Executive producer: Mark Tan (BBC)", True),
        ("Editor: Letters may be edited for length.", True),
        ("PRODUCER: JANE DOE", True),
        ("By Friday, turnout reached 61% at 5 p.m.", False),
        ("By Sunday, the river peaked at 4 metres shortly after 6 a.m.", False),
        ("This story was edited by Ashvale Council, emails show.", False),
    ],
)
def test_credits_in_any_letters_and_sentences_opening_like_bylines(line, hidden):
    assert bool(boilerplate.classify(line)) is hidden


def test_two_holders_of_a_standfirsts_title_given_two_ways_name_neither():
    body = (
        "Fees must rise, the vice-chancellor says\n\n"
        "Professor Lena Haug, vice-chancellor of Northbridge University, told staff fees would rise.\n\n"
        "The vice-chancellor of rival Eastmoor University, Prof Samuel Adu, said it was secure."
    )
    assert _speakers_of(body) == ["the vice-chancellor", "Lena Haug", "Samuel Adu"]


def test_a_holder_who_sent_apologies_or_plays_a_part_is_not_the_one_who_speaks():
    body = (
        "Apologies were received from John Marsh (Chair). In his absence, Cllr Ruth Penn took "
        "the chair.\n\n"
        "The chair said the minutes of the last meeting were approved.\n\n"
        "Cast: Ellie Park (Mayor), Tom Rhys (Narrator)\n\n"
        "In the play, the mayor says the town must be evacuated."
    )
    said = [s for s in _speakers_of(body) if s]
    assert said == ["The chair", "the mayor"]


def test_a_turn_waving_away_what_others_or_things_say_is_the_speakers_own():
    body = (
        "Host Sam Gree talks to the economist Farah Naq and the tenant Marta Lind.\n\n"
        "FARAH NAQ: The evidence says nothing of the kind.\n\n"
        "MARTA LIND: Landlords always say that.\n\n"
        "FARAH NAQ: People say all kinds of things.\n\n"
        "MARTA LIND: The Bible says we must welcome the stranger.\n\n"
        "FARAH NAQ: The water company says a lot of things.\n\n"
        "MARTA LIND: The council says every household was offered a plan."
    )
    assert _speakers_of(body)[1:] == ["Farah Naq", "Marta Lind"] * 2 + ["Farah Naq", "The council"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law does not say whether a drone counts as an aircraft.",
        "The guidelines have not said whether booster doses are needed.",
        "The server did not respond to a query for nearly 40 seconds.",
        "The emergency hotline did not answer calls or reply to texts for six hours.",
    ],
)
def test_a_laws_or_a_machines_silence_is_no_ones_refusal(sentence):
    assert _speakers_of(sentence) == [""]


def test_a_services_emergency_lines_over_its_page_but_not_a_column_asking_so():
    page = [
        "Skip to content",
        "Wensley Police",
        "Emergency?",
        "Call 999.",
        "Not an emergency?",
        "Report online or call 101.",
        "Appeal after van stolen in Harrowgate",
        "Officers are appealing for witnesses after a van was stolen on Tuesday night.",
        "The call handler logged it as a low-priority welfare check.",
        "Not an emergency?",
        "Mrs Dale lay on her kitchen floor for six hours.",
    ]
    said = analyze("\n\n".join(page))
    hidden = [s.text for s in said if s.is_boilerplate]
    assert hidden[:6] == page[:6]
    assert said[-2].text == "Not an emergency?" and not said[-2].is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "CP 31 ▲4",  # a poll's rows move too
        "Labour 29% ▼2, Conservatives 27% ▲1, Reform 22% ▲3",
        "Kit sponsor: Harlow Building Society, since 2011",
        "LIVE NOW: Premier addresses parliament on housing crisis",
        "Cookies on the health ministry website",
    ],
)
def test_lines_of_a_story_that_look_like_a_widget_stay(line):
    assert boilerplate.classify(line) == ""


def test_a_court_holding_that_and_a_team_finding_after_a_comma_are_sources():
    body = (
        "The court held that the trust was liable.\n\n"
        "The club held talks with the council.\n\n"
        "Ann Lowe held that post for years.\n\n"
        "By September, colonies had raised 13.9 queens, the team found, compared with 18.1.\n\n"
        "The team found a body in the river."
    )
    assert _speakers_of(body) == ["The court", "", "", "the team", ""]


def test_a_figure_put_at_an_amount_is_the_estimate_of_whoever_put_it():
    body = (
        "The council's own consultants put the price of the scheme at £6.8m a year.\n\n"
        "But the cabinet paper puts the saving at £740,000.\n\n"
        "She put the letters on our website.\n\n"
        "He put the kettle on at 7 a.m."
    )
    assert _speakers_of(body) == [
        "The council's own consultants",
        "the cabinet paper",
        "",
        "",
    ]


def test_asking_someone_a_reported_question_is_the_askers():
    body = (
        "Kavita Dood asked the minister how much had gone to manufacturers.\n\n"
        "Gwen Lanch asked Sir Malcolm Drew, the permanent secretary, why ministers were not told.\n\n"
        "The council asked residents if they could cut water use.\n\n"
        "She asked the minister to resign."
    )
    assert _speakers_of(body) == ["Kavita Dood", "Gwen Lanch", "", ""]


def test_a_document_with_whose_and_when_before_its_verb_is_the_source_as_written():
    body = (
        "Official figures for the year to March show 214,300 completions.\n\n"
        "Government figures published in January show that 47% did not complete.\n\n"
        "Betting monitors flagged unusual wagers, documents seen by Fieldhouse show\n\n"
        "Residents in Marlow showed the damage to reporters."
    )
    assert _speakers_of(body) == [
        "Official figures for the year to March",
        "Government figures published in January",
        "documents seen by Fieldhouse",
        "",
    ]


def test_an_expectation_to_do_or_of_a_figure_is_the_forecasters():
    body = (
        "Skylarke expects to carry 58,000 passengers in its first year.\n\n"
        "Forecasters expect winds to ease on Monday.\n\n"
        "The company now expects adjusted EPS of $3.35 to $3.45.\n\n"
        "Delays are expected to last until May.\n\n"
        "Residents were expected to leave."
    )
    assert _speakers_of(body) == ["Skylarke", "Forecasters", "The company", "", ""]


# From the round's last outside reviews: senses of the new cues that name no source.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The court held that the transfer ban should be lifted.", "The court"),
        ("They held that lead until the final minute.", ""),
        ("He has held that seat since 2004.", ""),
        ("The court held that hearing in Des Moines.", ""),
        ("His granddaughter, Chloe, read: “Do not stand at my grave and weep.”", ""),
        ("The school expects pupils to wear full uniform at all times.", ""),
        ("Striker Leon Bapt, who expects to be fit for the final, scored twice.", ""),
        ("Tomasz Wron expects to retire next spring after 30 years.", ""),
        ("The couple expect to marry in 2026.", ""),
        ("Pupils expect to get their results on August 14.", ""),
        ("Everyone expects him to win the seat comfortably.", ""),
        ("Tarrant expects to complete the sale of its Irish arm by June.", "Tarrant"),
        ("The principal asked the parents if they could help with fundraising.", ""),
        ("Residents asked the council whether the road would be closed.", "Residents"),
        ("Arriving at the ground, the team found the pitch waterlogged.", ""),
        ("So Young Kim, a nurse at the clinic, said staff were exhausted.", "So Young Kim"),
    ],
)
def test_held_read_expects_asked_and_found_only_in_their_senses_of_a_source(sentence, speaker):
    assert _speakers_of(sentence)[-1] == speaker


def test_a_standfirsts_title_held_only_at_another_body_names_no_one():
    body = (
        "Mine expansion is safe, the chief executive says\n\n"
        "The mine's chief executive declined to be interviewed.\n\n"
        "Greg Mull, chief executive of the Tallowmere Chamber of Commerce, said the town needed "
        "the jobs."
    )
    assert _speakers_of(body)[0] == "the chief executive"


def test_a_turn_dismissing_what_a_party_says_is_the_speakers_own():
    body = (
        "Host Sam Gree talks to Minister Lin Chen.\n\n"
        "MINISTER CHEN: Treasury said that in March, and it has changed.\n\n"
        "MINISTER CHEN: Labor says one thing and does another.\n\n"
        "MINISTER CHEN: The opposition says no to everything we propose.\n\n"
        "MINISTER CHEN: Campaigners say the plots should be sold."
    )
    assert _speakers_of(body)[1:] == ["Lin Chen"] * 3 + ["Campaigners"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            [
                "The Harbour Post",
                "Independent journalism under threat",
                "Share  Facebook  X  Email",
                "By Lena Drum",
                "Press groups wrote to the minister on Monday.",
            ],
            "Independent journalism under threat",
        ),
        (
            [
                "The Ashvale Advertiser",
                "Your guide to the new paper and card collections",
                "News | Council | Sport",
                "Collections change on 4 May, the council said.",
            ],
            "Your guide to the new paper and card collections",
        ),
    ],
)
def test_a_headline_with_a_slogans_words_over_a_share_strip_stays_the_title(page, title):
    said = analyze("\n\n".join(page))
    assert next(s.text for s in said if not s.is_boilerplate) == title


@pytest.mark.parametrize(
    "line",
    [
        "Official partner: Fenmouth Council announces new stadium funding",
        "This story was reviewed by Ashvale Council, emails show.",
    ],
)
def test_a_partners_news_and_a_review_a_source_reports_stay(line):
    assert boilerplate.classify(line) == ""


def test_the_newsroom_asking_someone_is_no_source():
    body = (
        "Campaigners say midwives are leaving.\n\nWe asked the trust how many midwives it employs."
    )
    assert _speakers_of(body) == ["Campaigners", ""]


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("Log in   Register   Print edition", True),
        ("Donate   Write for us", True),
        ("OK   More information", True),
        ("e-Paper   Subscribe   Sign In", True),
        ("Select Language ▼", True),
        ("Search stories, topics and sources", True),
        ("Search for a town, city or postcode", True),
        ("Try Workfield Plus free for 1 month", True),
        ("Turn on breaking news alerts?", True),
        ("Turn on the lights at dusk, police advise.", False),
        ("Turn on notifications", False),
        ("Search for missing climber called off", False),
        ("Search giant blocks news", False),
        ("Search warrant sources", False),
        ("Try Harbourline free for two weeks", False),
        ("Print edition   Digital edition", False),
        ("Search for a missing boy resumes", False),
        ("Search and rescue teams found two walkers.", False),
        ("Try it free for a month, the company says.", False),
        ("OK   Sandy Bay", False),
    ],
)
def test_a_pages_own_tools_at_its_head_and_headlines_that_share_their_words(line, hidden):
    assert bool(boilerplate.classify(line)) is hidden


def test_a_headline_shaped_like_a_mediums_name_over_a_caption_or_standfirst_stays():
    # (from an outside review: a rule that took a medium-shaped first line as the masthead hid
    # these headlines, and was withdrawn)
    for page in (
        [
            "The Gold Standard",
            "Why now?",
            "The central bank said on Monday it would sell 40 tonnes of its reserves.",
        ],
        [
            "The Village Voice",
            "How sixty pensioners from a village with one bus a day ended up "
            "singing live on national radio",
            "Every Thursday at 7pm, the choir meets in the hall.",
        ],
    ):
        assert not analyze("\n\n".join(page))[0].is_boilerplate, page[0]


def test_a_cookie_notices_buttons_at_the_head_of_a_page_are_its_own_not_the_title():
    body = (
        "This site uses cookies to personalise content and ads.\n\n"
        "Manage your choices or accept to continue.\n\n"
        "Accept   Manage\n\n"
        "Council shuts Brindle Street bridge after inspectors find cracked beam\n\n"
        "The bridge will stay closed for at least six weeks, the council said on Tuesday.\n\n"
        "Home   Team   Away\n\n"
        "Rovers 2   City 1"
    )
    result = analyze(body)
    assert [s.is_boilerplate for s in result[:4]] == [True, True, True, False]
    # (short spaced items away from a notice are no buttons of it)
    assert not result[5].is_boilerplate


def test_a_generations_suffix_stays_with_the_name_a_surname_later_stands_for():
    body = (
        "U.S. District Judge Orrin T. Quillfeather Jr. granted the injunction.\n\n"
        "In a 38-page order, Quillfeather wrote that the board had erred.\n\n"
        "Winger Tavita Fonoti III scored twice.\n\n"
        "“I just ran,” Fonoti said."
    )
    assert _speakers_of(body) == [
        "",
        "Orrin T. Quillfeather Jr.",
        "",
        "Tavita Fonoti III",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Commuter Adaeze Mbatha, 46, said the train was late again.", "Adaeze Mbatha"),
        ("Rancher Wendell Quarrie said he lost a welder.", "Wendell Quarrie"),
        ("Retiree Phua Kim Seng, 71, said he waited 14 hours.", "Phua Kim Seng"),
        ("Det Garda Niamh Quillane told the court the firm was insolvent.", "Niamh Quillane"),
        (
            "Another brokerage, Orrel Equities, kept its rating but said its estimates were high.",
            "Orrel Equities",
        ),
    ],
)
def test_a_descriptor_before_a_name_is_no_part_of_it(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


def test_a_title_word_after_a_role_is_a_first_name_a_surname_later_stands_for():
    body = (
        "Eastvale coach Dean Quarrington did not question the decision.\n\n"
        "“We gave them ten minutes with an extra man,” Quarrington told reporters.\n\n"
        "Asked about the card, he said: “It was deliberate.”"
    )
    assert _speakers_of(body)[1:] == ["Dean Quarrington", "Dean Quarrington"]


@pytest.mark.parametrize(
    "dateline",
    ["LONDON, Feb 24 (Quillan) - ", "ORRELBY, England, Feb 24 (Quillan) - ", "OTTAWA (LP) — "],
)
def test_a_wire_storys_dateline_is_never_its_subject(dateline):
    body = f"{dateline}Brindle Homes cut its forecast on Tuesday, saying buyers had been put off."
    assert _speakers_of(body) == ["Brindle Homes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaker Garrett Quillby, Republican of Missouri, said the House had done its part.",
        "Garrett Quillby, Democrat of Ohio, said the bill was fair.",
    ],
)
def test_a_party_and_its_state_after_a_name_is_no_source(sentence):
    assert _speakers_of(sentence) == ["Garrett Quillby"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "About 2,800 homes were without power, according to the lines company, Orrel Power.",
            "Orrel Power",
        ),
        ("Prices rose 4%, according to the regulator, Ofwater.", "Ofwater"),
        ("Prices rose 4%, according to the regulator, Tuesday.", "the regulator"),
        # (a second review's) a name after a phrase with a body or place in it is that body's
        (
            "Floodwater reached the second floor, according to the mayor of the nearby town,"
            " Dunmoor.",
            "the mayor of the nearby town",
        ),
        (
            "Flights resume Monday, said a spokeswoman for the carrier, Aerovane.",
            "a spokeswoman for the carrier",
        ),
    ],
)
def test_a_body_named_after_the_phrase_that_describes_it_is_the_source(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We rebuilt, and now it's gone again!” one man shouted at the premier as she left.",
        "“We rebuilt, and now it's gone again,” one man shouted at the premier as she left.",
    ],
)
def test_a_verb_of_colour_right_after_a_quotation_and_its_speaker_needs_no_clause(sentence):
    assert _speakers_of(sentence) == ["one man"]


def test_a_descriptor_word_that_is_a_surname_stays_the_surname():
    body = (
        "Councillor Sheila Neighbour said the bylaw would be reviewed.\n\n"
        "“We've heard the complaints,” Neighbour said.\n\n"
        "State Rep. Linda Voter, D-Essex, introduced the bill.\n\n"
        "“Every vote should count,” Voter said."
    )
    assert _speakers_of(body) == ["Sheila Neighbour", "Sheila Neighbour", "", "Linda Voter"]


def test_a_surname_two_generations_share_takes_neither_suffix():
    body = (
        "Roland Dupree Sr. founded the store in 1962. His son, Roland Dupree Jr., runs it.\n\n"
        "“My father built this with his hands,” Dupree said."
    )
    assert _speakers_of(body)[-1] == "Roland Dupree"


@pytest.mark.parametrize(
    "narration",
    [
        "I asked her whether she regretted it. She looked away before answering.",
        "Editor's note: We asked her office for documents. They have not provided them.",
        "We walked through the kitchen, where his nephew was making pasta.",
    ],
)
def test_the_writers_own_i_or_we_between_turns_is_nobodys(narration):
    body = (
        "INTERVIEWER: You sold the company in 2020. Why?\n\n"
        "GRETA LINDQVIST: I was tired, and my investors wanted out.\n\n"
        f"{narration}\n\n"
        "INTERVIEWER: Do you regret it?\n\n"
        "GRETA LINDQVIST: Some days."
    )
    said = [s.speaker for s in analyze(body)]
    assert said[3 : len(said) - 2] == [""] * (len(said) - 5)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("This site uses cookies to personalise content and ads.\nAccept   Manage", ""),
        ("Who we are   Our work   Reports   News   Get involved   Contact", ""),
        ("Orrel Gazette   Subscribe: $1 a week   Log in", ""),
        ("Sort by: Newest ▾", ""),
        # (a second review's) furniture under the headline
        ("", "Loading…"),
        ("", "File photo"),
        ("", "This site uses cookies to personalise content and ads.\nAccept   Reject"),
    ],
)
def test_a_short_headline_right_over_the_story_is_the_headline_not_a_kicker(above, below):
    body = (
        f"{above}\n\nMayor Quillby resigns\n\n{below}\n\n"
        "Orrel Mayor Ellen Quillby resigned on Friday, citing health reasons, her office said."
    )
    result = analyze(body.strip())
    kept = [s.text for s in result if not s.is_boilerplate]
    assert kept[0] == "Mayor Quillby resigns"


@pytest.mark.parametrize(
    "label",
    ["Business", "In pictures", "Cost of living", "Helen Quillby", "Space Race\n\nHealth Checks"],
)
def test_a_sections_label_right_over_the_story_stays_a_label(label):
    body = (
        f"Home   News   Sport   Business   Culture   Weather\n\n{label}\n\n"
        "Shares in Orrel Foods fell 12 per cent on Monday after the company warned on profits."
    )
    assert all(s.is_boilerplate for s in analyze(body)[:-1])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Her lawyer, Desmond K. Quarrie of the Valley Justice Project, said the order stands.",
            "Desmond K. Quarrie",
        ),
        (
            "Opposition spokesman Dr Kerwin Oddleigh, Member of Parliament for St. Orrel North"
            " West, said the ministry had ignored warnings.",
            "Kerwin Oddleigh",
        ),
    ],
)
def test_an_apposition_with_an_initial_and_a_body_names_the_person_an_office_does_not(
    sentence, speaker
):
    assert _speakers_of(sentence) == [speaker]


def test_a_titled_full_name_opens_a_turn_however_few_its_turns():
    body = (
        "REPORTER: Any news?\n\nCHIEF DANA QUARRIE: We made an arrest.\n\n"
        "REPORTER: When?\n\nCHIEF DANA QUARRIE: Today.\n\n"
        "SGT. DWAYNE ODDLEIGH: That's all the time we have today."
    )
    assert _speakers_of(body)[-1] == "Dwayne Oddleigh"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The plant employs 340 people, according to a filing with the securities regulator.",
            "a filing with the securities regulator",
        ),
        (
            "Each rider pays about Sh500 a month, according to tables published with the budget.",
            "tables published with the budget",
        ),
        (
            "According to sources close to the club, one of them is the Orrel midfielder.",
            "sources close to the club",
        ),
        (
            "The star is unhappy, according to friends close to her, and wants to leave.",
            "friends close to her",
        ),
        (
            "The deal was worth about £19m a year, according to two people familiar with the talks.",
            "two people familiar with the talks",
        ),
        # (a "with" after a person is how, not who)
        ("“We will be back,” said the mayor with a smile.", "the mayor"),
    ],
)
def test_a_document_or_people_phrase_runs_on_through_with_and_close_to(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Parents who spoke at the meeting said the letters were the first they had heard.",
            "Parents who spoke at the meeting",
        ),
        (
            "But traders who spoke to the Orrel Gazette insisted no notice was served.",
            "traders who spoke to the Orrel Gazette",
        ),
        # why they are not named is not who they are
        (
            "Officials who spoke on condition of anonymity said the talks had stalled.",
            "Officials",
        ),
        # a "who" that is the cue's own subject: the people before it
        ("The paper quoted several traders who say the lane drove customers away.", None),
        # a named person's relative clause after a comma: the person
        ("Ellen Quillby, who chairs the board, said the vote would go ahead.", "Ellen Quillby"),
    ],
)
def test_people_told_apart_by_a_relative_clause_are_named_with_it(sentence, speaker):
    speakers = _speakers_of(sentence)
    if speaker is None:
        assert not any("who" in s for s in speakers)
    else:
        assert speakers == [speaker]


def test_a_relative_given_by_first_name_takes_the_family_surname_only_when_whose_is_known():
    said = _said(
        "Dirk Quarrie, who with his wife, Anneliese, farms outside Orrel, said the plant had"
        " closed.\n\n“We borrowed to build the sheds,” Anneliese said."
    )
    assert said["“We borrowed to build the sheds,” Anneliese said."] == "Anneliese Quarrie"
    # whose wife: the man the story is about or the officer named last? Not known.
    said = _said(
        "The cyclist was named as Owain Quarrie, a caretaker. PC Dafydd Oddleigh is supporting"
        " his family.\n\nIn a statement, his wife, Carys, said he always wore lights."
    )
    assert said["In a statement, his wife, Carys, said he always wore lights."] == "Carys"


def test_a_writers_note_is_furniture_when_the_story_never_names_the_writer():
    # (the note names a site the page's furniture does not, "the Ledger" under "Orrel Gazette",
    # and is not the story's last line)
    tail = "\n\nReach them at news@orrel.example.\n\nLocal news you can count on."
    story = (
        "Orrel Gazette\n\nBus routes cut in three villages\n\nBy Nolan Quarrie\n\n"
        "The county will cut three bus routes from April, officials said on Monday.\n\n"
        "The routes carry about 400 people a day, according to county figures.\n\n"
    )
    note = "Nolan Quarrie covers transport for the Ledger."
    result = {s.text: s.is_boilerplate for s in analyze(story + note + tail)}
    assert result[note]
    # a story about a reporter names her in it: her note is news
    about = (
        "Orrel Gazette\n\nReporter detained at border\n\nBy Staff\n\n"
        "Ellen Oddleigh was held for six hours at the border on Monday, her editor said.\n\n"
        "Oddleigh had been reporting on the port strike.\n\n"
    )
    note = "Ellen Oddleigh covers trade for the Ledger."
    result = {s.text: s.is_boilerplate for s in analyze(about + note + tail)}
    assert not result[note]


@pytest.mark.parametrize(
    "line",
    [
        "BCPR is listener-supported.",
        "Undercurrent is independent and listener-funded.",
        "Meter & Main is a reader-supported publication.",
        "Local reporting like this is paid for by subscribers.",
        "Independent science journalism, paid for by readers",
        "Reader donations keep it free.",
    ],
)
def test_the_site_on_its_own_money_is_furniture(line):
    body = (
        "Ferry fares to rise 8% in May\n\nFerry fares on the Orrel crossing will rise 8% in May,"
        f" the operator said on Monday.\n\n{line}\n\nShare this article"
    )
    assert analyze(body)[-2].is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    [
        "The station, funded by listeners, cut 12 jobs on Monday.",
        "The paper's owner said reporting like this is paid for by advertising that has gone.",
    ],
)
def test_news_of_a_stations_money_is_not_furniture(sentence):
    # (and a body the story names: "The Guardian is reader-funded." under a story about it, in
    # test_lines_the_last_outside_reviews_found_wrong)
    body = f"Station cuts jobs\n\n{sentence}"
    assert not analyze(body)[-1].is_boilerplate


def test_a_person_by_their_age_alone_is_the_one_person_given_that_age():
    said = _said(
        "Glenys Quarrie, 61, runs the cafe by the bridge. Her landlord, Tom Oddleigh, lives"
        " in Orrel.\n\n“If this goes on, I'm finished,” the 61-year-old said."
    )
    assert said["“If this goes on, I'm finished,” the 61-year-old said."] == "Glenys Quarrie"
    # (an outside review's layouts) with no name given the age, not whoever was named last
    said = _said(
        "An 88-year-old woman was rescued from the flood.\n\nFirefighter Jordi Quarrie said she"
        " had been trapped for hours.\n\n“I thought I would die,” the 88-year-old said."
    )
    assert said["“I thought I would die,” the 88-year-old said."] == "the 88-year-old"
    said = _said(
        "The 23-year-old striker has scored nine goals.\n\nCoach Leon Oddleigh said Jonas"
        " Quarrie was the best finisher.\n\n“I just try to be there,” the 23-year-old said."
    )
    assert said["“I just try to be there,” the 23-year-old said."] == "the 23-year-old"
    said = _said(
        "Kiri Quarrie, 19, and her brother Manaia, 23, run the farm.\n\n"
        "“We have had three floods,” the 23-year-old says."
    )
    assert said["“We have had three floods,” the 23-year-old says."] == "the 23-year-old"


def test_a_person_by_their_age_alone_is_the_one_person_named_just_before():
    body = (
        "Ferris Oxenholme has driven a forklift at the mill for 19 years. “My kids were born"
        " here,” says the 47-year-old.\n\n"
        "Oxenholme, a shop steward, organised the vote.\n\n"
        "“We did 212 shifts last month,” the 47-year-old said."
    )
    assert [s.speaker for s in analyze(body)] == ["", "Ferris Oxenholme", "", "Ferris Oxenholme"]
    # Two people named before it: not known which
    body = "Coach Leon Oddleigh watched Jonas Quarrie train.\n\n“I just try,” the 23-year-old said."
    assert _said(body)["“I just try,” the 23-year-old said."] == "the 23-year-old"
    # Only the cue's paragraph, or the one before when the quotation opens its own
    body = (
        "Glenys Furlow runs the cafe.\n\nThe bridge shut in May.\n\n"
        "“I'm finished,” the 61-year-old said."
    )
    assert _said(body)["“I'm finished,” the 61-year-old said."] == "the 61-year-old"


@pytest.mark.parametrize(
    "line",
    [
        "22 min read · Listen to the narrated version (31 min)",
        "Hear this story read aloud  6:12",
        "From the Spring 2026 issue · 24 min read",
    ],
)
def test_the_pages_player_and_a_row_of_furniture_items_are_furniture(line):
    body = f"Council saves Orrel cinema with £4.7m loan\n\n{line}\n\nThe cinema reopened in 2023 at a cost of £4.7m."
    assert [s.is_boilerplate for s in analyze(body)] == [False, True, False]


def test_a_row_of_items_with_one_that_is_news_is_not_furniture():
    line = "22 min read · Council votes to close the cinema"
    body = f"Council saves Orrel cinema with £4.7m loan\n\n{line}\n\nThe cinema reopened in 2023 at a cost of £4.7m."
    assert not analyze(body)[1].is_boilerplate


def test_a_pronoun_never_names_a_place_its_people_or_its_office_are_named_by():
    said = _said(
        "Residents of Valle Quarrie marched on Monday.\n\n"
        "Deputy Rogelio Oddleigh Beltrán of the ruling Civic Party, who presented the bill, said"
        " the city loses 41 percent of its water.\n\n“Nobody has water all day,” he said."
    )
    assert said["“Nobody has water all day,” he said."] == "Rogelio Oddleigh Beltrán"
    said = _said(
        "Santa Quarrie's mayor, Efrén Oddleigh, welcomed the vote in a video.\n\n"
        "He said the operator owes MXN 640 million to the electricity company."
    )
    assert said["He said the operator owes MXN 640 million to the electricity company."] == (
        "Efrén Oddleigh"
    )


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("News   Weather   Traffic   Sports   Investigates   8 On Your Side   Contests", True),
        ("Share   Tweet   Email", True),
        ("Canada edition   Sign In   Subscribe", True),
        # a story's list, a poll's answers, a title spaced out, a row of results
        (
            "Close Orrel Library   Merge two fire stations   Cut bus subsidies   Sell the depot",
            False,
        ),
        ("Yes   No   Not sure", False),
        ("Service   Contact   Email", False),
        ("No   More   Heroes", False),
        ("Ellen Quarrie   Greens   11,842", False),
    ],
)
def test_a_row_of_short_title_case_labels_or_buttons_is_a_strip(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("line", "service"),
    [
        ("For emergency help in floods and storms, call the SES on 132 500.", True),
        ("Riders can look up the new schedules online or call 311 for help planning a trip.", True),
        ("In an emergency, call 131 for police or 135 for an ambulance.", True),
        ("SMS CYCLONE to 2969 for free weather alerts", True),
        # a report, a quotation, a noun that is no call, a timeline's entry
        ("“Most people who get sick from the heat never call 911,” he said.", False),
        ("Police say they have broken up a ring that stole at least 212 vehicles.", False),
        ("We obtained call records for 2023 through 2025 through a records request.", False),
        ("• 01:40 – Staff on the night shift report smoke and call 999.", False),
        # (two outside reviews' layouts: nouns, headlines, and advice on the story's event)
        ("The text of the bill runs to 300 pages and was published on Monday.", False),
        ("Telco to close Orrel call centre with 450 jobs lost", False),
        ("Contact tracing identified 412 further cases linked to the wedding.", False),
        ("Teachers call for 500 extra classroom assistants", False),
        ("Police received the first call at 2215 hours reporting smoke.", False),
        ("Call 911 immediately if you see a man matching the description.", False),
        ("Residents can call Floodline on 0345 988 1188.", True),
    ],
)
def test_a_line_telling_the_reader_how_to_reach_someone_by_a_number(line, service):
    assert (boilerplate.classify(line) == "advice to readers") is service


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Hawkers at Orrel Food Centre say they may have to close.",
            "Hawkers at Orrel Food Centre",
        ),
        ("Growers in Quarrie say they have not been paid for months.", "Growers in Quarrie"),
        ("Papers at the Orrel archive show the deal was signed in 1952.", ""),
    ],
)
def test_people_by_their_work_at_a_place_are_the_source_with_it(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


def test_a_bodys_own_money_in_a_story_about_it_is_news():
    # (an outside review's layouts: the station is the story's, not the site's)
    story = (
        "Orrel Gazette\n\nRural stations lose state grants\n\nBy Ellen Quarrie\n\n"
        "Three rural radio stations will lose their state grants in July.\n\n"
        "KWNR is listener-supported.\n\n"
        "Its 4,100 members gave $610,000 last year, the station said.\n\nShare this article"
    )
    assert not _boilerplate_of(story)["KWNR is listener-supported."]
    lede = "Hallam Community Radio is listener-funded.\n\nIts members gave £61,000 last year."
    assert not analyze(lede)[0].is_boilerplate
    lido = (
        "Volunteers reopen Orrel lido\n\nThe lido reopened on Saturday after a two-year"
        " closure, the trust said.\n\nMember donations keep it going.\n\nShare this article"
    )
    assert not _boilerplate_of(lido)["Member donations keep it going."]
    # the site's own line, at its foot among its furniture, still goes
    site = (
        "Orrel Public Radio\n\nFerry fares to rise 8% in May\n\nFerry fares on the Orrel crossing"
        " will rise 8% in May, the operator said.\n\nThe operator blamed fuel costs.\n\n"
        "Share this article\n\nOPR is listener-supported.\n\n© 2026 Orrel Public Radio"
    )
    assert _boilerplate_of(site)["OPR is listener-supported."]


def test_a_sources_note_is_news_though_a_link_names_the_source():
    page = (
        "Orrel Gazette\n\nOffice loans are the next crisis, report warns\n\nBy Tom Oddleigh\n\n"
        "Office loans worth $40bn are at risk of default, a report warned on Monday.\n\n"
        "Petra Quarrie is a senior analyst at Calder Ratings and wrote the report.\n\n"
        "Related: Petra Quarrie on why office loans are the next crisis\n\nShare this article"
    )
    note = "Petra Quarrie is a senior analyst at Calder Ratings and wrote the report."
    assert not _boilerplate_of(page)[note]


def _boilerplate_of(body: str) -> dict[str, bool]:
    return {s.text: s.is_boilerplate for s in analyze(body)}


def test_initials_before_a_name_a_south_african_title_and_where_words_were_said():
    said = _said(
        "A.V. Sreedevi Quarrie, who died on Monday, collected 1,126 rice varieties.\n\n"
        "“Every variety has a name,” she told this newspaper in 1983."
    )
    assert said["“Every variety has a name,” she told this newspaper in 1983."] == (
        "A.V. Sreedevi Quarrie"
    )
    assert _speakers_of("Education MEC Mmapula Oddleigh said 46 schools were below 60%.") == [
        "Mmapula Oddleigh"
    ]
    # after a person's name, the phrases that end the sentence say where, not who
    assert _speakers_of(
        "“We are ready!” said Party Leader Sabine Quarrie at a rally in Orrel on Tuesday night."
    ) == ["Sabine Quarrie"]
    assert _speakers_of("“We will win,” said a trader at a trading house in Pel Orrel.") == [
        "a trader at a trading house in Pel Orrel"
    ]


def test_an_aside_before_that_and_a_warning_against_are_reported_speech():
    said = _said(
        "Rupert Quarrie said the bridge was sound.\n\n"
        "He conceded, however, that the 2022 inspection had rated it as safe."
    )
    assert said["He conceded, however, that the 2022 inspection had rated it as safe."] == (
        "Rupert Quarrie"
    )
    assert _speakers_of(
        "Dr. Ellen Oddleigh, a cardiologist who was not involved in the study, cautioned against"
        " reading too much into the results."
    ) == ["Ellen Oddleigh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Neighbours who declined to give their names said the house had been empty for weeks.",
        "Sources who spoke on the condition that they not be named said the deal was off.",
    ],
)
def test_a_clause_saying_why_people_are_unnamed_is_not_part_of_the_source(sentence):
    assert _speakers_of(sentence) == [sentence.split()[0]]


def test_a_title_between_two_people_named_in_full_keeps_the_second_name_whole():
    said = _said(
        "The panel included Lic. en Derecho Jorge Quarrie and Arq. Silvia Oddleigh.\n\n"
        "Oddleigh said she would build 10,000 homes."
    )
    assert said["Oddleigh said she would build 10,000 homes."] == "Silvia Oddleigh"


def test_a_most_read_lists_numbered_headlines_are_furniture_a_tables_ranked_rows_are_not():
    page = (
        "Council approves new bus lanes\n\nThe council approved four bus lanes on Tuesday,"
        " officials said.\n\nMost viewed this hour\n\n01 Cherry blossoms forecast to open early"
        "\n\n02 Rail fares on three private lines to rise in April\n\n03 Ex-mayor of Orrel"
        " indicted over bid-rigging"
    )
    assert all(s.is_boilerplate for s in analyze(page)[2:])
    table = (
        "Orrel Rovers top the table\n\nRovers beat Quarrie Town 2-1 on Saturday.\n\n"
        "1 Orrel Rovers 15 11 2 2 +19 35\n\n2 Quarrie Town 15 10 3 2 +14 33\n\n"
        "3 Oddleigh Vale 15 9 3 3 +11 30"
    )
    assert not any(s.boilerplate_reason == "related links" for s in analyze(table))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Halliwick Quarrie  4°C  Light rain", True),
        ("Orrel  41°  Cloudy", True),
        ("Orrel 45°C as heatwave grips the city", False),
        ("Orrel hits 40°C", False),
    ],
)
def test_a_places_weather_is_a_widget_a_headline_about_heat_is_not(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    "name", ["The Slieve Quarrie Champion", "The Orrel Star", "The Quarrie Advocate"]
)
def test_more_of_a_mediums_words_name_the_site_over_its_headline(name):
    body = f"{name}\n\nCouncil votes to close Orrel library\n\nThe council voted 5-4 on Monday."
    assert [s.is_boilerplate for s in analyze(body)] == [True, False, False]


def test_a_relative_takes_the_family_surname_only_right_after_a_person_of_two_names():
    for body, first in (
        ("Luis Ortega sells tacos in Colonia Quarrie.\n\n“We always paid,” Carmen said.", "Carmen"),
        (
            "The pupils of Mitchells Plain Primary and her son, Ebrahim, waited.\n\n"
            "“She stays until six,” Ebrahim said.",
            "Ebrahim",
        ),
        ("Tan Wei Quarrie and his wife, Mei, run the stall.\n\nMei said rents had tripled.", "Mei"),
    ):
        assert analyze(body)[-1].speaker == first


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The outage affects 1.2 million people, said Orrel Water spokesperson Nombuso Quarrie"
            " in a statement released with the city's maintenance plan.",
            "Nombuso Quarrie",
        ),
        (
            "Residents should store water, said Councillor Mpho Oddleigh at a community meeting"
            " in Pimville on Tuesday night.",
            "Mpho Oddleigh",
        ),
    ],
)
def test_where_the_words_were_said_after_a_speakers_name_is_not_the_speaker(sentence, speaker):
    assert _speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Spotted a mistake or something missing?", True),
        ("Orrelwick data is delayed by at least 15 minutes.", True),
        ("Nothing on this page is investment advice.", True),
        ("Summaries are generated automatically and may contain errors.", True),
        # (a footnote may be the story's own fact: "² The board treated 12,400 patients …")
        ("¹ From the FY2026 town budget, p. 14.", False),
        ("Summaries of the report were produced automatically by staff.", False),
        ("Spotted in Orrel: a rare white stork", False),
    ],
)
def test_a_pages_notes_on_itself_worded_afresh(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ellen Quarrie said the figures were wrong.\n\nQuarrie disputed that.", "Ellen Quarrie"),
        ("The drivers' union VTF disputed the company's figures.", "VTF"),
        ("The court rejected the company's appeal.", ""),
    ],
)
def test_disputing_a_claim_just_made_or_someones_figures_is_reported_speech(body, speaker):
    assert analyze(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The company blamed flooding at its Orrel pit in April.", "The company"),
        ("The district blames a change to its scheduling software for the error", "The district"),
        # what is blamed is never who blames it
        ("Farmers have not been paid; board blames auction prices", ""),
        ("You have been blamed for everything from the weather to the price of bread.", ""),
    ],
)
def test_blaming_something_is_a_claim_of_its_cause(body, speaker):
    assert analyze(body)[-1].speaker == speaker


def test_lines_a_fifth_review_found_hidden_or_misread_stay_the_storys():
    # (an outside review's layouts: a forecast in the story, a story's numbered demands, a
    # story sentence going on past a page-note's words, a consumer story's question, a passive
    # "blamed by")
    forecast = (
        "Snow warning for the hills\n\nForecasters expect snow above 300 metres on Friday:\n\n"
        "Orrel 1°C Snow\n\nKestwick -2°C Snow\n\nBradmoor 3°C Sleet"
    )
    assert not any(s.is_boilerplate for s in analyze(forecast))
    demands = (
        "Students occupy Orrel library\n\nStudents occupied the library on Monday with three"
        " demands, their union said.\n\n01 No rise in rents this year\n\n02 Divest from arms"
        " firms now\n\n03 Reinstate the sacked lecturers"
    )
    assert not any(s.is_boilerplate for s in analyze(demands))
    for line in (
        "Fuel prices are delayed by 30 minutes on the government's app, drivers complained.",
        "Summaries are generated automatically by the court's new AI system, and lawyers say"
        " they contain errors.",
        "Spotted an error on your energy bill?",
    ):
        assert not boilerplate.classify(line), line
    assert analyze("Airline blamed by passengers for seven-hour delay")[0].speaker == ""
    (blamed,) = analyze("Fishermen in Porthcove blamed seals for the collapse of the catch.")
    assert blamed.speaker == "Fishermen in Porthcove"
    assert "causal claim" in blamed.checkworthy_reasons


def test_lines_a_sixth_review_found_hidden_or_misread_stay_the_storys():
    page = (
        "Orrel Gazette\n\nMost viewed this hour\n\n01 Cherry blossoms forecast to open early"
        "\n\n02 Rail fares on three lines to rise in April\n\nCouncil to cut 200 jobs\n\n"
        "The council will cut 200 jobs, the leader said on Monday."
    )
    assert [s.is_boilerplate for s in analyze(page)] == [True, True, True, True, False, False]
    for headline in ("Police blamed for slow response to riot", "Hospital blamed over deaths"):
        assert analyze(headline)[0].speaker == ""
    said = analyze(
        "Nurses at Orrel General blamed cuts to agency staff for record waits, the Royal College"
        " of Nursing said on Thursday."
    )
    assert said[0].speaker == "Royal College of Nursing"
    for sentence, speaker in (
        ("It was a shock, according to a person close to him.", "a person close to him"),
        ("It was, according to a source close to her family.", "a source close to her family"),
        (
            "He will stay, according to two people familiar with his thinking.",
            "two people familiar with his thinking",
        ),
    ):
        assert _speakers_of(sentence) == [speaker]


def test_a_family_name_in_capitals_is_a_name_and_its_title_is_dropped():
    said = _said(
        "In the ruling, Presiding Judge SAKURADA Emiko said the school had failed its duty.\n\n"
        "The family's lawyer, Atty. NOMURA Kenta, said the award was among the largest.\n\n"
        "“We will read it carefully,” Sakurada said."
    )
    assert said[
        "In the ruling, Presiding Judge SAKURADA Emiko said the school had failed its duty."
    ] == ("SAKURADA Emiko")
    assert said[
        "The family's lawyer, Atty. NOMURA Kenta, said the award was among the largest."
    ] == ("NOMURA Kenta")
    assert said["“We will read it carefully,” Sakurada said."] == "SAKURADA Emiko"
    # (an acronym is still a body's, not a person's: two words in capitals)
    assert naming.person_name("NASA GSFC") == ""
    assert naming.person_name("UNICEF") == ""


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Member of Parliament Lim Hock Seng", "Lim Hock Seng"),
        ("Member of the Legislative Assembly Ravi Menonkutty", "Ravi Menonkutty"),
        ("Dona Aurélia Sampaio", "Aurélia Sampaio"),
        # (a body's name, a seat's words inside it or not)
        ("United Bus Operators", ""),
        ("Member of Parliament", ""),
        # ("Reeve" is a surname as often as a Canadian county's head, as "Voter" is: kept; see
        # test_a_descriptor_word_that_is_a_surname_stays_the_surname)
        ("Transport minister Alan Reeve", "Alan Reeve"),
    ],
)
def test_a_seat_and_dona_are_not_part_of_the_name(span, name):
    assert naming.person_name(span) == name


def test_a_transcripts_first_name_prefix_is_the_one_person_of_that_first_name():
    body = (
        "Marguerite Owusu-Lindqvist spent 19 years finding leaks for the water board. We asked"
        " her what changed.\n\n"
        "Q: How long did a repair take?\n\n"
        "MARGUERITE: When I started, it took five days.\n\n"
        "Q: And now?\n\n"
        "MARGUERITE: Six or seven weeks for the small ones."
    )
    said = _said(body)
    assert said["MARGUERITE: When I started, it took five days."] == "Marguerite Owusu-Lindqvist"
    assert said["MARGUERITE: Six or seven weeks for the small ones."] == (
        "Marguerite Owusu-Lindqvist"
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Foto: Henrike Aschauer", "credit"),
        ("Publicidade", "related links"),
        ("Todos os direitos reservados.", "copyright line"),
        ("Todos los derechos reservados.", "copyright line"),
        ("Prohibida su reproducción total o parcial.", "copyright line"),
        ("No reproduction or republication without written permission.", "copyright line"),
        ("Glenbrack Media Ltd, registered in Scotland No. SC412233.", "about the publisher"),
        ("Esta nota fue publicada originalmente en español.", "editorial note"),
        (
            "(This story has not been edited by Kestrel Times staff and is published from a"
            " syndicated news agency feed.)",
            "editorial note",
        ),
        ("(Kestrel Times has not edited this wire report beyond its headline.)", "editorial note"),
        (
            "Riverbend Daily acknowledges the Traditional Custodians of Country throughout"
            " Australia.",
            "editorial note",
        ),
        ("The Lowveld Post subscribes to the South African Press Code.", "editorial note"),
    ],
)
def test_furniture_of_pages_pasted_from_abroad_and_syndicated(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The union said the firm, registered in England No. 1234567, owes wages.",
        "The council acknowledges the traditional owners were not consulted, the minister said.",
        "The editor said the paper subscribes to the press code and will answer the complaint.",
        "The minister's speech was not edited before it went out on the agency feed, she said.",
    ],
)
def test_news_worded_like_those_notes_stays_news(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("body", "later", "full"),
    [
        # (a second surname, or two given names after the family name, after the name used)
        (
            "Jonathan Teoh Boon Hock, the project director, said work had stopped.",
            "Teoh",
            "Jonathan Teoh Boon Hock",
        ),
        (
            "José Luis Arrieta de Zubiaur, who leads the owners, said they would appeal.",
            "Arrieta",
            "José Luis Arrieta de Zubiaur",
        ),
        (
            "Mayor María Pilar Escrivá de la Fuente said the count had risen.",
            "Escrivá",
            "María Pilar Escrivá de la Fuente",
        ),
        # (a particle capitalised only because it opens the sentence)
        (
            "Former mayor Joost van der Kerckhove was convicted on Monday.",
            "Van der Kerckhove",
            "Joost van der Kerckhove",
        ),
        (
            "Concepción del Valle Urquiola, of the residents group, spoke.",
            "Del Valle",
            "Concepción del Valle Urquiola",
        ),
        # (a particle in small letters)
        ("Dato Sri Muthusamy a/l Krishnan disputed this.", "Muthusamy", "Muthusamy a/l Krishnan"),
    ],
)
def test_a_later_part_of_a_long_name_is_the_whole_name_as_first_given(body, later, full):
    said = _said(f"{body}\n\n“We will see,” {later} said.")
    assert said[f"“We will see,” {later} said."] == full


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Dr Reem Khalfan al-Haddadi", "Reem Khalfan al-Haddadi"),
        ("Maître Solène Verhaegen", "Solène Verhaegen"),
        ("Herr Ansgar Thielmann", "Ansgar Thielmann"),
        ("Gogo Nomsa Khumalo-Briggs", "Nomsa Khumalo-Briggs"),
        ("Dutch-born Marijke van der Berkhout", "Marijke van der Berkhout"),
        ("Mayor María Pilar Escrivá de la Fuente", "María Pilar Escrivá de la Fuente"),
        ("the al-Aqsa mosque", ""),
    ],
)
def test_titles_of_more_languages_and_joined_particles(span, name):
    assert naming.person_name(span) == name


def test_more_long_names_and_a_transcripts_particle_surname():
    said = _said(
        "The cap was approved by Sheikh Faisal bin Rashid Al Maktoumi, chairman of the"
        " council, according to a circular.\n\nSheikh Faisal said in a post that the"
        " council would act."
    )
    assert said["Sheikh Faisal said in a post that the council would act."] == (
        "Faisal bin Rashid Al Maktoumi"
    )
    body = (
        "Dr Orla Mac Giollarnáth-Beirne was appointed coroner in 2007.\n\n"
        "Q: Why did you take the post?\n\n"
        "MAC GIOLLARNÁTH-BEIRNE: Nobody else applied.\n\n"
        "Q: And the hardest case?\n\n"
        "MAC GIOLLARNÁTH-BEIRNE: A drowning in 2014. I think of it every week."
    )
    said = _said(body)
    assert said["MAC GIOLLARNÁTH-BEIRNE: A drowning in 2014."] == "Orla Mac Giollarnáth-Beirne"
    said = _said(
        "Police commander Tsang Wai-kit said barriers were placed at both ends.\n\n"
        "Q: Who moved them?\n\nTsang: We do not know yet.\n\n"
        "Q: How many people?\n\nTsang: Between 150 and 200."
    )
    assert said["Tsang: We do not know yet."] == "Tsang Wai-kit"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # (an outside review's layouts: a capitalised particle with no name to find)
        ("De Beers said diamond sales fell 20 per cent in the first half.", "De Beers"),
        ("Van Dijk said the port would handle 15 million containers this year.", "Van Dijk"),
        ("“We will win,” said Van Gaal.", "Van Gaal"),
        ("Dos Santos, the minister, said 40 schools had closed.", "Dos Santos"),
    ],
)
def test_a_capitalised_particle_with_no_name_to_find_is_as_written(body, speaker):
    assert _said(body)[body] == speaker


def test_the_review_of_round_twenty_twos_speaker_rules():
    # "Herr" and "Gogo" are surnames too: dropped only before a name of three words
    said = _said("Mayor Anton Herr opened the bridge on Sunday. “It took 11 years,” Herr said.")
    assert said["“It took 11 years,” Herr said."] == "Anton Herr"
    said = _said("Defender Musa Gogo said the pitch was dangerous. Gogo said he was injured.")
    assert list(said.values()) == ["Musa Gogo", "Musa Gogo"]
    # an acronym before a place is a body's branch, which "It" names later
    said = _said(
        "UNICEF Malaysia said 1,200 children had been displaced by the floods. It said schools"
        " in Kelantan would stay shut until Monday."
    )
    assert list(said.values()) == ["UNICEF Malaysia", "UNICEF Malaysia"]
    # the age of an unnamed person the paragraph describes is theirs, not the judge's
    for body in (
        "Judge Harriet Olumide jailed the driver for six years on Friday. “I have ruined lives,”"
        " the 23-year-old told the court.",
        "Firefighter Oisin Delaney carried the woman down four flights of stairs.\n\n“I owe him"
        " my life,” the 82-year-old said.",
        "Dr Anjali Menon treated the climber at the base camp clinic. “My fingers were black,”"
        " the 36-year-old recalled.",
    ):
        assert list(_said(body).values())[-1].startswith("the ")
    # nor a name cut at its apostrophe: the name is read whole (round thirty-three), and the
    # one person the paragraph names is the one of that age
    said = _said(
        "Grandmother Leota Fa'amausili has sold fruit at the Apia market for 40 years. “Prices"
        " were fair once,” the 72-year-old says."
    )
    assert list(said.values())[-1] == "Leota Fa'amausili"


@pytest.mark.parametrize(
    "line",
    [
        # (an outside review's news worded like this round's furniture)
        "Harbourline Ltd, registered in Scotland under number SC551203, was struck off in March.",
        "Ferncliff Ltd, registered in Wales with number 07766554, made a loss of £2m.",
        "The ruling acknowledges the traditional owners' right to fish in Marrah Bay.",
        "The motion acknowledges the traditional custodians of the Wattle Point area, the"
        " Gundara people.",
        "The publisher added “tous droits réservés” to the translation only after 2019.",
        "Prohibida su reproducción, the notice said, but the ministry copied the photo anyway.",
        "No reproduction without permission is lawful under the 1998 act, the judge ruled.",
        "Hundreds of wire stories were published without edits from a news agency feed during"
        " the strike.",
        "Sentinel Media is committed to the editorial code, its chief executive Sipho Dlamini"
        " insisted on Tuesday.",
        "Fotos by a local photographer were shared thousands of times before the police"
        " identified the driver.",
    ],
)
def test_news_about_registration_land_rights_copyright_and_syndication_stays_news(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Southern Cross Media Group acknowledges the Traditional Owners of Country throughout"
            " Australia and their continuing connection to land, waters and community.",
            "editorial note",
        ),
        ("We pay our respects to Elders past and present.", "editorial note"),
        (
            "Eastern Cape Daily adheres to the Press Code of Ethics and Conduct for South African"
            " Print and Online Media.",
            "editorial note",
        ),
        (
            "No reproduction, republication or redistribution without the prior written"
            " permission of Clydemouth Media.",
            "copyright line",
        ),
        ("© 2026 Editorial Cumbre. Todos los derechos reservados.", "copyright line"),
        (
            "This article came straight from the Sternway feed and has not been edited by Ledger"
            " staff.",
            "editorial note",
        ),
    ],
)
def test_the_long_forms_of_those_footer_lines_are_furniture(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("NL   FR   EN", "navigation or share strip"),
        ("BM   中文   Login", "navigation or share strip"),
        ("عربي   Sign in", "navigation or share strip"),
        ("English   Français   Login", "navigation or share strip"),
        ("☰   GLENCAIRN COURIER   🔍", "navigation or share strip"),
        ("Home   Environment   Flooding and coastal change", "navigation or share strip"),
        (
            "DOW 44,212.80 +0.4%   S&P 500 6,031.55 +0.2%   NASDAQ 19,877.10 −0.1%",
            "ticker or widget",
        ),
        ("We use some essential cookies to make this service work.", "cookie or legal notice"),
        (
            "We'd also like to use analytics cookies so we can understand how you use the service.",
            "cookie or legal notice",
        ),
        # (not two countries' codes, a match table's header, a warning's label, a result's line)
        ("US   UK", ""),
        ("Home   Away", ""),
        ("⚠️   FLOOD WARNING", ""),
        ("Lab 21,430 +6.2%   Con 14,210 −8.1%   LD 9,120 +1.0%", ""),
    ],
)
def test_a_pages_head_language_pickers_icons_trails_and_index_levels(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("+1 (412) 555-0187", "contact line"),
        ("Box office: 020 7946 0321", "contact line"),
        ("412-555-0187", "contact line"),
        ("Words and photographs by Hester Quarmby", "byline"),
        ("We may earn a commission if you book through them.", "editorial note"),
        ("The writer travelled as a guest of Visit Lofoten.", "editorial note"),
        (
            "Hester Quarmby travelled as a guest of the Glenmoor Tourist Association.",
            "editorial note",
        ),
        (
            "Talk to a qualified adviser before making decisions about your pension.",
            "editorial note",
        ),
        ("Consult a registered adviser before investing.", "editorial note"),
        # (a year, a count, a score, a date; a politician's trip; advice reported)
        ("Final: 2026 2027", ""),
        ("Population: 1204330", ""),
        ("Score: 3-1", ""),
        ("Deadline: 05.05.2026", ""),
        ("The minister travelled as a guest of the Saudi government.", ""),
        ("Smith said he consulted a registered adviser before investing.", ""),
    ],
)
def test_numbers_to_ring_bylines_with_pictures_and_a_pages_disclosures(line, reason):
    assert boilerplate.classify(line) == reason


def test_quoted_as_saying_a_priests_title_and_an_interview_under_a_credit():
    said = _said(
        "Haslinda Kamarulzaman, who spoke to residents, was quoted as saying by the national news"
        " agency that the ministry would help."
    )
    assert list(said.values()) == ["Haslinda Kamarulzaman"]
    said = _said("Fr. Anselmo Guinto said 60 evacuees had been sheltering in the convent.")
    assert list(said.values()) == ["Anselmo Guinto"]
    # The interviewer's turns under the paper's name: its questions, nobody's words; the
    # interviewee's turns by her name in full and by her surname with its particle, one person
    body = (
        "The Glenbrack Champion\n\n"
        "Photo: Niall Mac an tSaoir\n\n"
        "Dr Orla Mac Giollarnáth-Beirne, 66, was appointed coroner in 2007.\n\n"
        "CHAMPION: Why did you take the job?\n\n"
        "ORLA MAC GIOLLARNÁTH-BEIRNE: Honestly, because nobody else applied.\n\n"
        "CHAMPION: What did he tell you?\n\n"
        "MAC GIOLLARNÁTH-BEIRNE: He told me to be kind.\n\n"
        "CHAMPION: Has the job changed you?\n\n"
        "MAC GIOLLARNÁTH-BEIRNE: I don't drive after a pint."
    )
    said = _said(body)
    assert said["CHAMPION: Why did you take the job?"] == ""
    assert said["ORLA MAC GIOLLARNÁTH-BEIRNE: Honestly, because nobody else applied."] == (
        "Orla Mac Giollarnáth-Beirne"
    )
    assert said["MAC GIOLLARNÁTH-BEIRNE: He told me to be kind."] == "Orla Mac Giollarnáth-Beirne"


@pytest.mark.parametrize("line", ["✦", "⁂", "***", "&&", "$$", "—"])
def test_an_ornament_between_a_pages_parts_is_furniture(line):
    assert boilerplate.classify(line) == "separator"


def test_a_reviews_title_above_its_stars_stays_the_reviews_subhead():
    body = (
        "Our critics on four films from the festival.\n\n"
        "The Salt Year\n\n★★★★★\n\n"
        "Haldorsson's second feature follows a widowed skipper who takes his boat out alone.\n\n"
        "A Map of Wolves\n\n★★★☆☆\n\n"
        "It is patient and beautiful, and its last 20 minutes are extraordinary."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["★★★★★"] == "separator"
    assert reasons["The Salt Year"] == reasons["A Map of Wolves"] == ""


def test_a_cue_closing_the_sentence_before_its_day_in_brackets():
    body = "The towns will share £142 million, the government announced today (11 March 2026)."
    assert _said(body)[body] == "the government"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "County Attorney Linet Wafula opposed the application, telling the court that the"
            " county had advertised the post twice.",
            "Linet Wafula",
        ),
        ("The mayor opened the bridge, telling reporters it cost £4m.", "The mayor"),
        # (no comma, no cue: a story told, the truth told, an order given)
        ("Telling the story, he wept.", ""),
        ("She was telling the truth.", ""),
        ("The minister left, telling the crowd to go home.", ""),
    ],
)
def test_a_participle_telling_after_a_comma_is_the_subjects_cue(body, speaker):
    assert _said(body)[body] == speaker


@pytest.mark.parametrize(
    "line",
    [
        # (a third outside review's lines that must stay claims)
        "🚨   TSUNAMI WARNING ISSUED   🚨",
        "⚽   KELBY 2-1 ARNSFORD   ⚽",
        "Home   Kelby Town 2   Arnsford Rovers 1",
        "Home   Prices rose 4%   Rents rose 7%",
        "Final tally: 2104-1988-312",
        "Budget: 125.000.000",
        "Consult a tax adviser before selling, HMRC recommends in its new guidance.",
        "Speak to your financial adviser before switching funds, the FCA warns.",
        "Councillor Ben Voss stayed as a guest of the Grand Kelby Resort.",
        "Senator Mara Quill flew to Bali as a guest of Harnell Airlines.",
        "Dariusz Wendt travelled as a guest of the Saudi tourism ministry.",
        "The Daily Meridian subscribes to the press code but refused to publish a correction.",
    ],
)
def test_alerts_scores_tallies_and_reported_advice_are_not_page_furniture(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Our correspondent travelled courtesy of Nordlys Tourism.", "editorial note"),
        ("The writer travelled with support from the Wensley Valley Trust.", "editorial note"),
        (
            "Prohibida su reproducción total o parcial sin autorización escrita del editor.",
            "copyright line",
        ),
    ],
)
def test_more_forms_of_a_press_trip_and_a_rights_line(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_day_range_then_a_capital_ends_the_sentence():
    assert split_text("The office is open Mon.–Fri. Staff said the service would return.") == [
        "The office is open Mon.–Fri.",
        "Staff said the service would return.",
    ]


def test_a_name_with_a_particle_then_its_role_was_quoted_as_saying():
    said = _said(
        "Mohamed bin Salem, the minister, was quoted as saying that the airport would expand."
    )
    assert list(said.values()) == ["Mohamed bin Salem"]
    said = _said("The minister left early, saying the plan would work.")
    assert list(said.values()) == ["The minister"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Fernando Oyarzún was quoted by the Santiago daily El Faro as saying that the mine"
            " would close in 2027.",
            "Fernando Oyarzún",
        ),
        (
            "Her brother, Sunil Wickramasinghe, was quoted in the Colombo press as saying she had"
            " left the country.",
            "Sunil Wickramasinghe",
        ),
        (
            "Datuk TAN Boon Kiat, the chairman of the port authority, said cargo had fallen 8%.",
            "TAN Boon Kiat",
        ),
        ("Water CECM Jane Wanjiru said the dam was full.", "Jane Wanjiru"),
    ],
)
def test_quoted_by_an_outlet_as_saying_and_a_family_name_in_capitals_after_a_title(body, speaker):
    assert _said(body)[body] == speaker


def test_a_comment_threads_reply_buttons_with_their_counts():
    body = (
        "The singer was fined €1,000 and banned from driving for a year.\n\n"
        "143 comments\n\nSort by newest\n\nBallyfarnanBabe\n\n2 hours ago\n\n"
        "148 on the motorway at midnight and she gets a slap on the wrist?\n\n"
        "Reply · 57 likes\n\nGerry from Kilcuan\n\n3 hours ago\n\n"
        "Fair play to her for owning it.\n\nReply · 12 likes"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["Fair play to her for owning it."] == "reader comment"
    assert reasons["The singer was fined €1,000 and banned from driving for a year."] == ""


def test_the_fifth_reviews_ornaments_trails_trips_and_acronyms():
    # a title above its stars at the top of the text stays the text's
    reasons = {
        s.text: s.boilerplate_reason
        for s in analyze(
            "The Salt Orchard\n\n★★★★☆\n\nDervla Minogue's second novel follows three sisters."
        )
    }
    assert reasons["The Salt Orchard"] == ""
    # an emoji posted is the story's, not an ornament
    body = "Aksel Brun posted a single line to his followers:\n\n🔥🔥🔥\n\nThe post was deleted."
    assert {s.text: s.boilerplate_reason for s in analyze(body)}["🔥🔥🔥"] == ""
    assert boilerplate.classify("—…") == ""
    assert boilerplate.classify(
        "The writer travelled as a guest of Visit Saltmarsh, the state tourism board."
    ) == ("editorial note")
    assert boilerplate.classify("Home   News   Local elections 2026") == (
        "navigation or share strip"
    )
    # a family name in capitals after any title is the name's ("Minister NGUYEN Van Hoa", a
    # sixth review: cutting it to "Van Hoa" names someone else); an acronym there stays with
    # the name ("Senator AKP Yusuf Demir"), the lesser error
    said = _said("Minister NGUYEN Van Hoa told the assembly that rice exports would be capped.")
    assert list(said.values()) == ["NGUYEN Van Hoa"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Provincial agriculture officials estimated damage to rice and corn at ₱1.2 billion.",
            "Provincial agriculture officials",
        ),
        (
            "Hollis Thorrington, who died in 1994, once said the play was “about nothing but"
            " weather and money”.",
            "Hollis Thorrington",
        ),
        ("The plaintiffs dispute that, citing screenshots taken in March 2024.", "The plaintiffs"),
    ],
)
def test_an_estimate_at_a_figure_once_said_and_a_plural_dispute(body, speaker):
    assert _said(body)[body] == speaker


def test_a_pronoun_never_names_a_credit_or_a_byline():
    body = (
        "The singer was banned from driving for a year.\n\n"
        "The singer arriving at court on Tuesday.\n\n"
        "Photo: Tattler Pictures\n\n"
        "In a statement that evening, she said: “I made a stupid mistake.”"
    )
    said = _said(body)
    assert said["In a statement that evening, she said: “I made a stupid mistake.”"] != (
        "Tattler Pictures"
    )
    # (a contact line's name is the one a later surname means: "Contact: Lt. A Name, …")
    body = (
        "Police arrested two men for catalytic converter thefts.\n\n"
        "Contact: Lt. Gareth Kenwick, Public Information Officer, (555) 014-2290\n\n"
        "Kenwick said Friday that there had been no report of a theft since the arrests."
    )
    assert list(_said(body).values())[-1] == "Gareth Kenwick"


def test_a_place_with_a_particle_is_no_one_a_pronoun_means():
    # (a sixth review: "Rio de Janeiro", "Sharm el-Sheikh" read as people took the pronoun)
    said = _said(
        "Coach Bruno Tavares flew to Rio de Janeiro on Monday.\n\n“We are ready,” he said."
    )
    assert said["“We are ready,” he said."] != "Rio de Janeiro"


def test_a_place_an_office_is_of_or_a_phrase_ends_on_is_nobody():
    # (round twenty-three) "The Custos of St Thomas, A Name, …", then "She said …": the
    # person, never the parish; "Tests at the laboratory in Accra confirmed …, she added":
    # the speaker, never the city.
    body = (
        "The Custos of St Thomas, Hon. Dr Winsome Nembhard, who visited in the afternoon,"
        " appealed to residents to protest peacefully.\n\n"
        "She said she would meet water officials on Thursday.\n\n"
        "The Director of Health Services, Dr Akosua Boadum, disclosed this on Monday.\n\n"
        "Laboratory tests at the Public Health Reference Laboratory in Accra later confirmed"
        " cholera in 11 samples, she added."
    )
    speakers_ = _speakers_of(body)
    assert speakers_[1] == "Winsome Nembhard"
    assert speakers_[3] == "Akosua Boadum"


def test_colour_verbs_with_that_and_averred_and_a_bracketed_honorific():
    # (round twenty-three) "lamented that …" reports what was said, "averred" is a verb of
    # saying, and "Dr (Mrs) A Name" keeps its name (a bracket opens no clause there).
    body = (
        "The Commissioner for Information, Dr (Mrs) Grace Attah, who visited the victims at"
        " the Federal Medical Centre, Lokoja, said the state would pay their bills.\n\n"
        "She lamented that 41 people had been kidnapped in the district since January.\n\n"
        "“The mills are not charities,” Mr Asim Bhuttar averred.\n\n"
        "Waves blasted the sea wall."
    )
    assert _speakers_of(body) == ["Grace Attah", "Grace Attah", "Asim Bhuttar", ""]


def test_a_later_given_name_and_a_filipino_particle_name_the_person_in_full():
    # (round twenty-three) Malay and Arabic names are used later by the names before "bin"
    # or "al-"; "dela" is a particle of a Filipino surname, in small letters or capitalised.
    body = (
        "The district officer, Mohd Nazrulhisham bin Razali, said 40 families were moved.\n\n"
        "Mohd Nazrulhisham said the families returned on Thursday.\n\n"
        "Resident Syed Azman al-Qadrani said the slope had cracked in 2024.\n\n"
        "“Monitored by whom?” Syed Azman asked.\n\n"
        "Police Major Ma. Cristina dela Paz-Ylagan said the driver was among the dead.\n\n"
        "Dela Paz-Ylagan said the bus was overloaded.\n\n"
        "Dela Smith, a passenger, said the brakes failed."
    )
    assert _speakers_of(body) == [
        "Mohd Nazrulhisham bin Razali",
        "Mohd Nazrulhisham bin Razali",
        "Syed Azman al-Qadrani",
        "Syed Azman al-Qadrani",
        "Ma. Cristina dela Paz-Ylagan",
        "Ma. Cristina dela Paz-Ylagan",
        "Dela Smith",
    ]


def test_an_office_spelt_out_with_its_initials_then_a_comma_names_its_holder():
    # (round twenty-three) "The Municipal Chief Executive (MCE), Hon. A Name, announced …"
    # (an act, no speech), then "the MCE stated": the holder.
    body = (
        "The Municipal Chief Executive (MCE), Hon. Yaw Kyekyeku, announced a ban on food"
        " sales.\n\n"
        "“We will not joke with lives,” the MCE stated."
    )
    assert _speakers_of(body) == ["", "Yaw Kyekyeku"]


def test_an_indonesian_rank_and_a_monks_style_are_no_part_of_the_name():
    assert _speakers_of(
        "Police spokesman Sr. Comr. Arief Kusuma said the captain was questioned."
    ) == ["Arief Kusuma"]
    # ("Thero" after the name is a style too: round twenty-eight's sets, new56 and new64, drop
    # it as new48 did not)
    assert _speakers_of(
        "The incumbent, Ven. Kotagama Sumana Thero, said the school had been shamed."
    ) == ["Kotagama Sumana"]


def _furniture_of(body: str) -> list[bool]:
    return [s.is_boilerplate for s in analyze(body)]


def test_a_comment_thread_marked_by_its_authors_stamps_and_counts_is_furniture():
    # (round twenty-three) comments with no "Reply" button: each under its author's name and
    # time stamp, with a count of likes under it; and one comment alone under a heading and
    # furniture. The story's lines above stay.
    story = "Flour prices rise again\n\n" + "".join(
        f"The price of a {kg}kg bag of flour rose to Rs{kg * 123} on Monday, the millers'"
        " association said.\n\n"
        for kg in range(5, 55, 5)
    )
    thread = (
        "Comments (14)\n\n"
        "Abusive or off-topic comments will be removed.\n\n"
        "Kashif R.\n\n"
        "Mar 12, 2026 10:51am\n\n"
        "Same story every year before Eid.\n\n"
        "Recommend 31\n\n"
        "Ayesha N.\n\n"
        "Mar 12, 2026 12:37pm\n\n"
        "My salary is the same as in 2023.\n\n"
        "Recommend 12"
    )
    hidden = _furniture_of(story + thread)
    assert not any(hidden[:11])
    assert all(hidden[11:])
    one = (
        "2 Comments\n\n"
        "Sort by   Top\n\n"
        "Add a comment...\n\n"
        "Pieter Oberholzer\n\n"
        "They must fix the potholes first, then they can build taxi ranks.\n\n"
        "Like · Reply · 2h"
    )
    hidden = _furniture_of(story + one)
    assert not any(hidden[:11])
    assert all(hidden[11:])
    # A "Comments" button over a live page's entries, each under its writer and stamp, is no
    # thread.
    live = "Comments (3)\n\nBudget day: live updates\n\n" + "".join(
        f"Ann Lee\n\nMar 12, 2026 10:{minute}am\n\n"
        f"The council approved item {minute} of the budget by 12 votes to 3.\n\n"
        for minute in (10, 20, 30)
    )
    assert not any(s.is_boilerplate for s in analyze(live) if "approved" in s.text)


def test_a_likelihood_scores_lower_than_the_same_fact_and_shows_why():
    # (round twenty-three) "may", "could", "is expected to": a forecast, not a fact of record
    (fact,) = analyze("Heavy rain caused flash floods in low-lying parts of Skye.")
    (hedged,) = analyze("Heavy rain may cause flash floods in low-lying parts of Skye.")
    assert "hedged" in hedged.checkworthy_reasons and "hedged" not in fact.checkworthy_reasons
    # (how far under the fact it falls, and so whether under the bar, is the fitted pass's
    # call: round thirty-three's refit on two more tuning sets left this forecast at 42, the
    # bar 40; the tuning sets mark three in four hedged claims without a figure not worth one)
    assert hedged.checkworthy_score < fact.checkworthy_score
    assert fact.checkworthy_score >= checkworthy.THRESHOLD
    # A hedged figure is still on the record, to check against the estimate (the round's fourth
    # outside review: fifteen such sentences had lost their flag): it weighs more than the same
    # hedge without a figure, and "hedged" is not among its reasons. Whether it reaches the bar
    # is the fitted pass's call (round twenty-four): the labelled sets mark about a third of
    # hedged figures not worth a check ("Analysts said prices could rise 4% to 5% this year.").
    for text, vague in (
        ("The bridge is expected to cost $2.4 billion.", "The bridge is expected to cost a lot."),
        ("Up to 5,000 jobs may be lost.", "Jobs may be lost."),
        ("The index could fall 3%, analysts said.", "The index could fall, analysts said."),
    ):
        (sentence,) = analyze(text)
        (without,) = analyze(vague)
        assert "hedged" not in sentence.checkworthy_reasons, text
        assert sentence.checkworthy_score > without.checkworthy_score, text
    (jobs,) = analyze("Up to 5,000 jobs may be lost.")
    assert jobs.is_checkworthy
    # "May" the month and "could not" are no likelihood.
    for text in (
        "The council approved 40 homes on 3 May.",
        "Police could not confirm that 12 people were hurt.",
    ):
        (sentence,) = analyze(text)
        assert "hedged" not in sentence.checkworthy_reasons, text


def test_a_subject_with_a_verb_of_its_own_is_not_the_speaker_the_cue_closes_on():
    # (round twenty-three) "A Name, 84, …, waited 31 hours …, his daughter, B Name, said":
    # the daughter; the subject set off by commas still speaks when it has no verb of its own.
    assert _speakers_of(
        "Ernest Pym, 84, from Kelby Cross, waited 31 hours for a bed after a fall in January,"
        " his daughter, Lorraine Shipley-Karr, said."
    ) == ["Lorraine Shipley-Karr"]
    assert _speakers_of(
        "Sen. Ann Obi, R-Kelby, a member of the committee, said the bill would pass."
    ) == ["Ann Obi"]


def test_bangladeshi_and_malay_names_keep_their_parts_and_lose_their_ranks():
    # (round twenty-three) "Md" without its stop is a name's; "Sub-Inspector" a rank. (A
    # name's first two words alone stay as written: "John Paul" after "John Paul Mensah" may
    # be someone else, an outside review found; only the words before "bin" name the person,
    # or, round thirty-five, before a father's name opening "Mohd" or "Mat", "bin" left out.)
    body = (
        "The dead are the driver and two passengers, said Md Rafiqul Bari Talukdar, the"
        " officer-in-charge.\n\n"
        "At least 640 trucks were waiting, said Sub-Inspector Jahirul Mahfuz Mukul.\n\n"
        "State police chief Datuk Azrul Hisham Mohd Khairi said 12 suspects were held.\n\n"
        "Azrul Hisham said the syndicate had operated since September."
    )
    assert _speakers_of(body) == [
        "Md Rafiqul Bari Talukdar",
        "Jahirul Mahfuz Mukul",
        "Azrul Hisham Mohd Khairi",
        "Azrul Hisham Mohd Khairi",
    ]


def test_projects_and_forecast_report_with_that_suggest_in_the_plural():
    # (round twenty-three) the verbs that report only with a that-clause; a relative clause
    # after a noun is none.
    body = (
        "The fiscal bureau projects that the state will end the period with $2.3 billion.\n\n"
        "The ministry forecast that the deficit would narrow to 3% next year.\n\n"
        "Studies suggest that heatwaves have become longer since the 1980s.\n\n"
        "They list $7.4 million of capital projects that have been deferred twice.\n\n"
        "The cinema projects films onto the old mill wall."
    )
    assert _speakers_of(body) == ["The fiscal bureau", "The ministry", "Studies", "", ""]


def test_in_his_words_and_a_principal_represented_by_a_deputy():
    # (round twenty-three) "In his words, “…”" is the quotation's cue; "The governor, who was
    # represented by his deputy, A Name, said" is the governor's speech (read on his behalf).
    body = (
        "Governor Oluwaseyi Fakeye flagged off the road on Monday.\n\n"
        "The governor, who was represented by his deputy, Prince Ade Ayantunji, said the"
        " contract was fully funded.\n\n"
        "In his words, “Our people have waited 28 years for this road. We will not fail them.”\n\n"
        "Its sponsor, state Sen. Paul Dressler, R-Cortaro, said the law was a floor."
    )
    assert _speakers_of(body) == [
        "",
        "Oluwaseyi Fakeye",
        "Oluwaseyi Fakeye",
        "Oluwaseyi Fakeye",
        "Paul Dressler",
    ]


def test_gas_prices_over_the_story_are_the_sites_widget():
    # (beside the page's other furniture, as the widget stands)
    body = (
        "Home | News | Sports | Obituaries\n\n"
        "Gas prices this week: E10-87 $196.30   E10-90 $205.10   ULSD $210.40\n\n"
        "Grocery store reopens after fire\n\n"
        "The store on Main Street reopened on Monday, six months after a fire closed it."
    )
    assert [s.is_boilerplate for s in analyze(body)] == [True, True, False, False]


def _hidden(body: str) -> dict[str, bool]:
    """Each sentence's text -> is it furniture."""
    return {s.text: s.is_boilerplate for s in analyze(body)}


def test_the_first_outside_review_of_round_twenty_three_hides_no_news():
    # A "Comments (3)" button over a byline and its date, a live page's entries after a
    # comments button, a consultee's response under "Comments": news, not readers' comments.
    menu = "\n\n".join(["Home", "News", "Sport", "Business", "Politics", "Health", "Weather"])
    story = (
        "The Orrel health board has closed its maternity unit after 14 midwives resigned.\n\n"
        "The board said the closure would last until June."
    )
    body = f"{menu}\n\nComments (3)\n\nPriya Nair\n\nMarch 12, 2026\n\n{story}"
    assert not any(v for k, v in _hidden(body).items() if "board" in k)
    live = (
        "Storm Dalia live: red warning for Orrel\n\n"
        "The Met Office has issued a red warning for Orrel until midnight.\n\n"
        "Comments (41)\n\nYusra Hashmi\n\n13 March 2026 10:02am\n\n"
        "Gusts of 94mph have been recorded at Crag Point, a record for March.\n\n"
        "Tom Ellery\n\n13 March 2026 10:20am\n\n"
        "A man in his 60s has died after a tree fell on his car in Orrel, police say."
    )
    assert not any(v for k, v in _hidden(live).items() if "Gusts" in k or "tree fell" in k)
    consultee = (
        "Wind farm plan draws 1,200 responses\n\n"
        "The planning authority said a decision was expected in June.\n\n"
        "Comments\n\nOrrel Parish Council\n\n12 March 2026\n\n"
        "The parish council objects because 41 lorries a day would use the single-track road."
    )
    assert not any(v for k, v in _hidden(consultee).items() if "objects" in k)
    # Sentences that look like a widget, a credit, a print line, a call or a byline.
    for sentence in (
        "The department set the new times as Fajr 5:52, Asar 4:40 and Maghrib 7:24 from Monday.",
        "Photo courtesy of police shows 41 cars burnt out in Orrel.",
        "Appeared in Kellworth Magistrates Court on 4 March 2026.",
        "Find Marisol Tejeda on Instagram, where she has 41,000 followers.",
        "Find Kellworth Police on Facebook and you will see 41 appeals for witnesses.",
        "Updated by the ministry 12 March 2026: 41 deaths.",
        "Minister Quits Over Leaked photo",
    ):
        assert boilerplate.classify(sentence) == "", sentence


def test_the_first_outside_review_of_round_twenty_three_keeps_speakers_and_lines():
    # A wide gap inside a justified or PDF line still wraps; one "that" a colour verb points
    # with is no that-clause; a son and a nephew are not the man with "bin" named before; a
    # body's people near a place are the source.
    assert [
        s.strip()
        for s in split_text(
            "The Ministry of Health   has confirmed 14 new cases of cholera in the\n"
            "district, bringing the total this year to 212."
        )
    ] == [
        "The Ministry of Health   has confirmed 14 new cases of cholera in the\n"
        "district, bringing the total this year to 212."
    ]
    said = _said(
        "Protests continued that week in 14 cities, police said.\n\n"
        "Residents called that number 400 times in the first week, the council said.\n\n"
        "Heavy rain continued that night, flooding 40 homes in Orrel.\n\n"
        "Engineers at Kellworth Water near Orrel said the leak was found at 11pm."
    )
    assert list(said.values()) == [
        "police",
        "the council",
        "",
        "Engineers at Kellworth Water near Orrel",
    ]
    assert _speakers_of(
        "The mosque chairman, Abdul Rahman bin Yusof, said 300 people had sheltered there.\n\n"
        "His son, Abdul Rahman, 24, said water reached the prayer hall at 4am.\n\n"
        "The village head, Ahmad Faizal bin Osman, said the river rose 2 metres.\n\n"
        "His nephew, Ahmad Faizal Rahman, 19, said he had moved his grandmother.\n\n"
        "Ahmad Faizal said the water reached the second floor."
    ) == [
        "Abdul Rahman bin Yusof",
        "Abdul Rahman",
        "Ahmad Faizal bin Osman",
        "Ahmad Faizal Rahman",
        "Ahmad Faizal",
    ]
    # "Ratu" is a given name in Indonesia as well as a Fijian chief's style; since round 32
    # it is read as the style, which the sets' Fijian copy drops (tuning +18 exact speakers,
    # held out +15), so an Indonesian "Ratu" loses her first name.
    assert (
        _speakers_of(
            "Banten governor Ratu Sari Wulandari said 12 districts had declared emergencies.\n\n"
            "Ratu said aid would arrive on Friday."
        )[0]
        == "Sari Wulandari"
    )


def test_names_with_a_joined_or_small_particle_in_an_apposition():
    # (the round's first outside review, still wrong before) "The ambassador, A al-B, said",
    # "The mayor, A dela B, said": the name set off by commas, its particle in small letters.
    assert _speakers_of(
        "The ambassador, Syed Azman al-Qadrani, said 1,200 nationals had been evacuated.\n\n"
        "The mayor, Rodel dela Paz, said 1,200 families had been evacuated.\n\n"
        "Dela Paz said more would leave.\n\n"
        "His mother, Madam Valli d/o Sinnathamby, 79, said it was the second fire."
    ) == [
        "Syed Azman al-Qadrani",
        "Rodel dela Paz",
        "Rodel dela Paz",
        "Valli d/o Sinnathamby",
    ]


def test_the_second_outside_review_of_round_twenty_three_keeps_sources_and_contacts():
    # A place after "in", "at" or "near" ends the phrase: its head, further back, is the source
    # (people of a body near a place, and people a plural names, keep the whole phrase).
    assert _speakers_of(
        "NADMO in Accra said 1,200 people had been displaced by the floods.\n\n"
        "President Bola Tinubu in Abuja said the fuel subsidy would not return.\n\n"
        "The US Embassy in Nairobi said visa interviews would resume on Monday.\n\n"
        "Growers in Kerendo say the price of tea leaves fell by a third this year."
    ) == ["NADMO", "Bola Tinubu", "US Embassy", "Growers in Kerendo"]
    # An attribution closing the sentence after a comma frames what comes before it, where a
    # cue is only an account ("suggested"), not someone's saying.
    assert _speakers_of(
        "Urine tests in a subgroup of 412 pupils suggested that salt intake fell by 0.8 g a "
        "day, the paper said."
    ) == ["the paper"]
    assert _speakers_of(
        "The company posted a loss of Sh1.3 billion in the year to June, according to the "
        "Auditor-General's report."
    ) == ["the Auditor-General's report"]
    # A line that gives how to reach a named person is furniture; a helpline's is news.
    assert _hidden(
        "The council opened 12 shelters on Friday.\n\n"
        "The helpline can be reached on 0800 555 0142 at any hour.\n\n"
        "Mary Okafor can be reached at mokafor@example.com."
    ) == {
        "The council opened 12 shelters on Friday.": False,
        "The helpline can be reached on 0800 555 0142 at any hour.": False,
        "Mary Okafor can be reached at mokafor@example.com.": True,
    }


def test_initials_run_together_open_a_name_after_a_portfolio():
    assert _speakers_of(
        "Commissioner General of Examinations K.D. Walisundara said the paper would stand.\n\n"
        "Walisundara added that 3,640 centres would get signal jammers.\n\n"
        "Chief Minister Raghavan T.K. Menon said the state would pay for the repairs."
    ) == ["K.D. Walisundara", "K.D. Walisundara", "Raghavan T.K. Menon"]


def test_headlines_with_their_age_after_them_and_public_notices_are_furniture():
    body = (
        "The council approved the budget on Tuesday.\n\n"
        "More Local News\n\n"
        "Bypass closed at Kilgarrow after lorry fire · 2 hours ago\n\n"
        "Plans lodged for 36 homes on Mill Lane · 5 hours ago\n\n"
        "PUBLIC NOTICES\n\n"
        "NOTICE OF PUBLIC HEARING – Tarrow County Board – Proposed road levy – Oct. 4, 2026, "
        "10 a.m., Courthouse\n\n"
        "IN THE MATTER OF THE ESTATE OF MARGARET L. OSTRANDER, Deceased.\n\n"
        "NOTICE TO BIDDERS – Highway Dept. – Culvert replacement on 140th St."
    )
    hidden = _hidden(body)
    assert hidden.pop("The council approved the budget on Tuesday.") is False
    assert all(hidden.values()), hidden
    # News that opens with the formulae in small letters stays.
    for sentence in (
        "Notice of the meeting was given 10 days before the vote.",
        "In the matter of pensions, the council voted 5-2.",
    ):
        assert boilerplate.classify(sentence) == "", sentence


def test_a_headlines_second_verb_of_saying_shares_the_first_verbs_subject():
    assert _speakers_of(
        "Oyelaran flags off N18bn road, says work will end in 18 months\n\n"
        "Police arrest 12 suspects, say gang stole 40 cars\n\n"
        "Opposition calls the levy a ‘poll sop’, says the State cannot afford it\n\n"
        "Fuel row: Irawole council hits back at union, says strike is illegal"
    ) == ["Oyelaran", "Police", "Opposition", "Irawole council"]
    # (a sentence's comma and "says" are still an inverted cue: "…, says Dr A Name.")
    assert _speakers_of("The clinic will open in June, says Dr Adaeze Okonkwo.") == [
        "Adaeze Okonkwo"
    ]


def test_a_name_given_only_is_the_source_and_a_code_is_never_a_person():
    assert _speakers_of(
        "One victim, a 34-year-old engineer who wanted to be known only as Hafizan, said he "
        "lost RM47,000 over six weeks.\n\n"
        "“We have waited long enough,” said one, who gave his name only as Kamau.\n\n"
        "A trader who asked to be identified only as Mama Achieng said prices had doubled."
    ) == ["Hafizan", "Kamau", "Mama Achieng"]
    # A law's name is no person a pronoun can name.
    assert _speakers_of(
        "The case is being investigated under Section 420 of the Penal Code.\n\n"
        "“I saw the advertisement on Facebook,” he told the Lembah Post."
    ) == ["", ""]


def test_the_third_and_fourth_outside_reviews_of_round_twenty_three():
    # A name set off by commas with a predicate of its own is who the news is about; the
    # source the closing cue names said it (the victim's d/o name had become the speaker).
    assert _speakers_of(
        "The victim, Kalaivani d/o Munusamy, 34, was pronounced dead at the scene, said "
        "district police chief ACP Mohd Nasri Rahim.\n\n"
        "The victim, John Kamande, 34, was pronounced dead at the scene, said Kilimani OCS "
        "Peter Mwangola.\n\n"
        "The driver, Rodel dela Cruz, said he had been driving for 14 hours.\n\n"
        "KUALA LUMPUR, March 2 — The state will spend RM50 million on drains this year, said "
        "Mentri Besar Datuk Seri Amiruddin Shaari."
    ) == ["Mohd Nasri Rahim", "Peter Mwangola", "Rodel dela Cruz", "Amiruddin Shaari"]
    # Ranks and titles before a name, and initials in a row, split nothing and leave the name.
    for text, speaker in (
        ("The police chief, PCol. Jean Fajardo, said 14 officers were relieved.", "Jean Fajardo"),
        ("At the scene, D/Supt. Ciarán Lynch said the road would reopen.", "Ciarán Lynch"),
        ("The prosecutor, Adv. Shamila Naidoo, said the State would appeal.", "Shamila Naidoo"),
        (
            "Counsel to the defendant, Mr O. A. Adeyemi, told the court he had paid.",
            "O. A. Adeyemi",
        ),
        ("Inspector-General of Police Kayode Egbetokun said 40 were held.", "Kayode Egbetokun"),
    ):
        assert [(s.text, s.speaker) for s in analyze(text)] == [(text, speaker)], text
    # An abbreviation that may end a sentence ends it before a speaker and a verb of saying.
    for text in (
        "Winds could reach 110 mph. Forecasters said up to 12 inches of rain may fall.",
        "The march ended on Main St. Organisers said 5,000 people attended.",
        "Prices rose 4 pct. Traders said demand was strong.",
    ):
        assert len(split_text(text)) == 2, text
    assert len(split_text("As St. John said in his letter, the end was near.")) == 1
    # A relative clause or news after it is no funding note.
    for text in (
        "The project, which is funded by the World Bank, will cost $40 million.",
        "The project is funded by the Asian Development Bank and will employ 300 people.",
    ):
        assert boilerplate.classify(text) == "", text
    assert boilerplate.classify("This reporting is supported by the Pulitzer Center.")
    # A hedged forecast with only a day is no claim yet (the round's fifth review: rain
    # "expected to continue until Friday" had become one).
    (forecast,) = analyze("The rains are expected to continue until Friday.")
    assert not forecast.is_checkworthy


def test_people_at_a_place_speak_and_pasted_pages_lines_outside_reviews_found():
    # A place after a person's noun is where they are, never the speaker; a region after a
    # place inside a clause is no name; an adverb before the cue is no part of the source.
    assert _speakers_of(
        "A woman at the scene said she saw three men running from the building.\n\n"
        "Youths in Mombasa on Tuesday said they would boycott the elections.\n\n"
        "The minister, who was addressing rice farmers at Anna Regina, Essequibo Coast, said "
        "the sector earned US$310M.\n\n"
        "Correction: An earlier version of this story wrongly stated that the mayor was "
        "arrested."
    ) == ["A woman at the scene", "Youths in Mombasa", "The minister", ""]
    for line in (
        "With inputs from PTI",
        "— With reports from Bella Cariaso and Jun Malig",
        "Originally published in The Fiji Times.",
        "Tagged: Cebu City, plastic ban",
        "Posted in News",
        "Courtesy: Ministry of Information",
        "(Photo courtesy of the Royal Bahamas Police Force)",
        "A version of this article appears in print on March 11, 2026, in the Business section.",
        "This article has been read 1,204 times.",
        "Click to share on X (Opens in new window)",
        "By regional reporter Hayley Brennan-Cole",
        "Article by Shawn Clarke-Boyce",
        "Story by: Semi Turaga-Lal",
    ):
        assert boilerplate.classify(line), line
    for sentence in (
        "Posted in Kenya since 2019, the officers have seized 40 guns.",
        "Originally published in 1998, the report found 40 faults.",
        "Courtesy of the council, residents got free bins.",
        "With reports from villagers, police found the bodies.",
        "Report by the auditor found 40 faults.",
    ):
        assert boilerplate.classify(sentence) == "", sentence


def test_surnames_that_are_styles_inverted_cues_and_objects_that_are_no_sources():
    # A style as a surname after a given name with a title or role before it, and alone after
    # that ("Bishop said"); never a style with a role's adjective ("The Catholic Bishop").
    assert _speakers_of(
        "The Rev. Anne Bishop said the hall seats 300. Bishop said it was built in 1910.\n\n"
        "Mr. Brian King said the team had 53 players. Mr. King said 12 were injured.\n\n"
        "Pastor Samuel Deacon said the church raised $18,000. Deacon said it would pay for "
        "the funeral.\n\n"
        "“Is this fair to the people who live here?” asked resident Tom Bishop at Tuesday's "
        "meeting."
    ) == ["Anne Bishop"] * 2 + ["Brian King"] * 2 + ["Samuel Deacon"] * 2 + ["Tom Bishop"]
    assert _speakers_of("The Catholic Bishop of Enugu said 40 churches were damaged.") != [
        "Catholic Bishop"
    ]
    # Right after a quotation any cue is inverted; a name given with "named" is the source;
    # what follows "denied" is its object; a thing's "which" clause is its own subject's.
    assert _speakers_of(
        "“Yes, we made mistakes,” admitted club president Alhaji Yusuf Danjuma.\n\n"
        "The first witness, a security guard named Emeka Obiora, told the court he saw the "
        "defendant at 9 p.m.\n\n"
        "They all denied the charges.\n\n"
        "Residents protested over water rationing which they said had lasted three weeks."
    ) == ["Yusuf Danjuma", "Emeka Obiora", "", ""]


def test_a_plural_portfolio_before_a_name_and_an_honorifics_pronoun():
    assert _speakers_of(
        "Ghana expects to export lithium by 2028, Minister of Natural Resources David "
        "Abiamofo said on Monday.\n\n"
        "He said the project could earn US$26 billion."
    ) == ["David Abiamofo", "David Abiamofo"]
    # "Mr." makes a lone surname a "he": "she" is not him (nobody, rather than the wrong one).
    assert _speakers_of(
        "Ms. Chebet said 18 people were arrested. Mr. Kiprop said no arrests had been made. "
        "She said the situation was calm."
    )[1:] == ["Kiprop", ""]


def test_a_sites_asks_and_disclaimers_and_an_ad_label_glued_without_a_space():
    for line in (
        "NOW Grenada is not responsible for the opinions, statements or media content "
        "presented by contributors.",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Please keep comments respectful and on topic.",
        "Just R1 for the first month.",
    ):
        assert boilerplate.classify(line), line
    for sentence in (
        "The council is not responsible for the content of the report.",
        "Join the WhatsApp group of the parents association, the head teacher urged.",
    ):
        assert boilerplate.classify(sentence) == "", sentence
    assert [
        (s.text, s.is_boilerplate)
        for s in analyze("AdvertisementKUALA LUMPUR: The ministry recorded 3,214 dengue cases.")
    ] == [
        ("Advertisement", True),
        ("KUALA LUMPUR: The ministry recorded 3,214 dengue cases.", False),
    ]


def test_a_quoted_question_before_its_attribution_is_a_question():
    for text in (
        "“How much longer?” asked Mrs. Eunice Atieno, 58.",
        "“Where are the other 40,000 vaccines?” she said.",
    ):
        (sentence,) = analyze(text)
        assert "question" in sentence.checkworthy_reasons, text
        assert not sentence.is_checkworthy, text
    # (a question inside, a claim after it is still a claim)
    (claim,) = analyze("Asked “why now?”, the minister said the fund had run out of money in May.")
    assert "question" not in claim.checkworthy_reasons


def test_the_fifth_and_sixth_outside_reviews_of_round_twenty_three():
    # A pronoun after someone the book cannot name as a person goes to nobody, not to the
    # person named before them (the striker, the farmer); a body's word as a surname after a
    # role and a given name is a surname.
    assert _speakers_of(
        "Striker Leon Dean scored twice. Manager Pete Church said his side had been poor. "
        "“We were second best,” he said.\n\n"
        "Farmer John Major lost 200 sheep in the snow. His wife, Linda, said they had never "
        "seen anything like it. “We've farmed here for 30 years,” she said."
    ) == ["", "Pete Church", "Pete Church", "", "Linda", "Linda"]
    # (round thirty-five: one who goes by one name, brought in with a relation, an age or a
    # "who", is a person the book can name, so "she" after "His wife, Linda," is Linda; never
    # the farmer named before her)
    # "Mrs." and "Mr." before full names give their pronouns.
    assert (
        _speakers_of(
            "Mrs. Adjoa Tenkorang said 18 people were arrested. Mr. Yaw Boateng said no arrests "
            "had been made. She said the situation was calm."
        )[2]
        != "Yaw Boateng"
    )
    assert _speakers_of(
        "The child, Nur Aleesya d/o Ravi, 4, was found in the pond by her grandmother, said "
        "fire and rescue operations commander Ahmad Zakaria.\n\n"
        "Residents near Mt. Elgon said the landslide buried 12 homes.\n\n"
        "Traders lament high prices, say sales down 40 per cent\n\n"
        "The driver, a man named Kofi, said he had not slept for a day.\n\n"
        "Brig. Gen. Said Abdullahi told reporters that 40 fighters had surrendered.\n\n"
        "The minister rejected the report, which said 40 schools had no toilets."
    ) == [
        "Ahmad Zakaria",
        "Residents near Mt. Elgon",
        "Traders",
        "Kofi",
        "Said Abdullahi",
        "the report",
    ]
    # Lines without a stop: a byline under a headline ending in "on", a two-word label.
    assert [
        s.strip()
        for s in split_text("Flood victims still waiting, six months on\nBy Chinedu Okeke")
    ] == [
        "Flood victims still waiting, six months on",
        "By Chinedu Okeke",
    ]
    assert [s.strip() for s in split_text("Log in\nComments (34)")] == ["Log in", "Comments (34)"]
    assert len(split_text("The council approved the budget on\nTuesday after a long debate.")) == 1


def test_no_source_after_a_clause_an_infinitive_or_a_crew_sent_and_more_notes():
    assert _speakers_of(
        "CORRECTION: A previous version of this story said the fire started on Tuesday.\n\n"
        "The minister is expected to announce the plan soon.\n\n"
        "Officers responded to a two-car crash on the A9 at 3am.\n\n"
        "“We will rebuild,” said the mayor on Tuesday.\n\n"
        "The council responded to the report by saying it would review 40 cases."
    ) == ["", "", "", "the mayor", "The council"]
    for line in (
        "Editor's note: This article contains descriptions of violence.",
        "Aboriginal and Torres Strait Islander readers are advised that this article contains "
        "images of people who have died.",
        "Posted by Sam Dean at 10:35",
        "Promoted by Harbour Bank",
    ):
        assert boilerplate.classify(line), line
    for sentence in (
        "This report contains 40 recommendations for the council.",
        "Posted by his lawyer on Tuesday, the video shows the arrest.",
    ):
        assert boilerplate.classify(sentence) == "", sentence


def test_the_seventh_and_eighth_outside_reviews_of_round_twenty_three():
    # A court's name is no person ("Home Circuit Court"), and an office's name before a
    # minister's does not hide the minister from the next pronoun. (The witness's "She said"
    # is hers: an unnamed person who spoke just before is whom the pronoun means; round 32.)
    assert _speakers_of(
        "The trial continued in the Home Circuit Court on Wednesday. A witness testified that "
        "she saw two men get out of a grey car. She said she was about 30 metres away.\n\n"
        "Former Scottish Office minister Hugh Brodie opened the exhibition. He said the museum "
        "had received 40,000 visitors.\n\n"
        "Foreign Office Minister Kate Ellis met the families on Tuesday. She said three of the "
        "detainees had been held for two years."
    ) == ["", "A witness", "A witness", "", "Hugh Brodie", "", "Kate Ellis"]
    assert (
        _speakers_of(
            "Striker Leon Dean scored twice. Manager Pete Church was delighted. “We were "
            "brilliant,” he said."
        )[2]
        != "Leon Dean"
    )
    assert boilerplate.classify("Warning: This story contains details of child abuse.")


def test_a_comments_button_over_the_story_does_not_open_the_thread_far_below():
    story = "\n\n".join(
        f"Ambulance crews in Pellingford lost {n} hours outside hospitals in week {n}."
        for n in range(10, 22)
    )
    body = (
        "Handover delays hit a record\n\nBy Ann Tiplow, Health Editor\n\n"
        "Comments (214)\n\nListen to this article · 5 min\n\n"
        f"{story}\n\nJoin the discussion\n\nSort by: Newest | Oldest\n\nPellingPete\n\n"
        "3 hours ago\n\nMy mum waited six hours last month.\n\nReply · 48 likes"
    )
    hidden = _hidden(body)
    assert not any(v for k, v in hidden.items() if k.startswith("Ambulance crews"))
    assert hidden["My mum waited six hours last month."]


# --- round twenty-four: speakers ----------------------------------------------------------------


def test_a_bodys_statement_keeps_the_body_in_its_name():
    body = (
        "According to a statement from the county health department, two people were treated "
        "for minor injuries.\n\n"
        "According to a news release from the Ministry of Health, 14 clinics will close."
    )
    assert [s.speaker for s in analyze(body)] == [
        "a statement from the county health department",
        "a news release from the Ministry of Health",
    ]


def test_a_clause_after_a_second_verb_of_saying_names_no_one():
    body = (
        "The haulier, Kestrelmoor Logistics, said on Wednesday that it would challenge the "
        "ruling.\n\n"
        "It denied any double billing and said every delivery had been signed for by a "
        "councillor.\n\n"
        "Ward councillor Anele Bixa voted against the contract but said the trucks had come "
        "twice a week."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers == ["Kestrelmoor Logistics", "Kestrelmoor Logistics", "Anele Bixa"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mahant Gyanesh Puri, head of the akhara, said the lanes were full.", "Gyanesh Puri"),
        ("Swami Atmadev Giri, 84, said through a disciple that he came in 1961.", "Atmadev Giri"),
        ("Mzee Joseph Kiprotich-Wanjau said he had sold a goat to pay for the scan.",
         "Joseph Kiprotich-Wanjau"),
        ("Inkosi Sipho Mthembu-Zulu said four wards had no water.", "Sipho Mthembu-Zulu"),
        ("Police spokesperson Brig. Ntando Sibisi said every docket was reviewed.",
         "Ntando Sibisi"),
    ],
)  # fmt: skip
def test_titles_of_more_countries_are_not_part_of_the_name(sentence, speaker):
    (s,) = analyze(sentence)
    assert s.speaker == speaker


def test_a_shire_and_an_operation_are_no_he_or_she():
    body = (
        "Police Minister Themba Nkwali said murders fell by 6% in the quarter.\n\n"
        "He credited Operation Qinisa, a crackdown launched in August.\n\n"
        "“In those precincts, murders are down 19%,” he said.\n\n"
        "Tessa Marlowe-Pike, a pharmacist and former Coorandah Shire councillor, spoke to 250 "
        "supporters.\n\n"
        "“Something has changed here,” she told the crowd."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[2] != "Operation Qinisa" and speakers[4] != "Coorandah Shire"


@pytest.mark.parametrize(
    "line",
    [
        "AD: Brask & Daughter Hardware – keys cut while you wait – 4412 SE Woodlark St.",
        "Sponsored: Homeowners are switching to this 15-year rate",
        "The Falaj Herald would like to send you notifications for breaking news and weather "
        "alerts.",
        "Turn on Dasol News notifications?",
    ],
)
def test_an_ads_label_and_a_prompt_for_notifications_are_furniture(line):
    # (round twenty-four: new50's app, blog and Gulf pages)
    assert boilerplate.classify(line)


def test_news_about_notifications_and_ads_is_no_furniture():
    for line in (
        "The app will send notifications to 40,000 users when the siren sounds.",
        "Advertisement: the council's poster campaign was banned by the regulator.",
        "Ad: 1,200 complaints were made about the campaign.",
    ):
        assert not boilerplate.classify(line), line


# Round twenty-five.


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“I'm proud,” said her granddaughter, Maeve Corrigall, 22, who sat the same course.",
         "Maeve Corrigall"),
        ("The hall was too small, said the head of the trust, Ann Brill, whose group ran it.",
         "Ann Brill"),
        ("Owner-chef Darren Quek said the rent was six times what he paid before.",
         "Darren Quek"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_before_a_relative_clause_and_a_double_role(sentence, speaker):
    (s,) = analyze(sentence)
    assert s.speaker == speaker


def test_a_feature_tells_its_speakers_in_the_present_and_by_first_name():
    body = (
        "Ishbel Carrack has run the raffle at the Tullochmore hall since 1981.\n\n"
        "The raffle was started by the Tullochmore Women's Rural Institute to pay for a roof.\n\n"
        "Ishbel, now 77, still buys the prizes herself.\n\n"
        "“Who else is going to do it?” she shrugs.\n\n"
        "The stall's owner, Kenji Arbuthnot, moved it to a shophouse in March.\n\n"
        "“Why would I change the recipe?” Arbuthnot laughs.\n\n"
        "“Not again,” sighs Arbuthnot."
    )
    sentences = analyze(body)
    speakers = [s.speaker for s in sentences][3:]
    assert speakers == ["Ishbel Carrack", "", "Kenji Arbuthnot", "Kenji Arbuthnot"]


def test_a_name_after_another_persons_surname_and_and_is_that_persons_own():
    body = (
        "Councilmembers Pieter Orlebane and Gwenda Rossmoyne voted no.\n\n"
        "Reps. Lorna Vickerbrook of Pollardvale and Dale Trumbridge of Colmford objected.\n\n"
        "Rossmoyne said the share of affordable homes was too low.\n\n"
        "Trumbridge did not respond to a request for comment."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[2:] == ["Gwenda Rossmoyne", "Dale Trumbridge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Is that fair?” Barker laughs. Then he left.",
         ["“Is that fair?” Barker laughs.", "Then he left."]),
        ("“Who knows?” Sim shrugged.", ["“Who knows?” Sim shrugged."]),
        # (a verb with an object in its plain sense opens a sentence of its own)
        ("“What happened?” Police called the station.",
         ["“What happened?”", "Police called the station."]),
    ],
)  # fmt: skip
def test_a_quoted_question_before_a_name_and_a_verb_of_manner(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supv. Arlen Foxmere said yes.", ["Supv. Arlen Foxmere said yes."]),
        ("She sells arepas at the corner of Cra. 14 Este and the stairway.",
         ["She sells arepas at the corner of Cra. 14 Este and the stairway."]),
        ("Published 14.04.2026, kl. 07.12", ["Published 14.04.2026, kl. 07.12"]),
        ("Thu, April 9, 2026 at 3:41 p.m. ADT  ·  4 min read",
         ["Thu, April 9, 2026 at 3:41 p.m. ADT  ·  4 min read"]),
        ("Log in\n© 2026 Dana Whitlow", ["Log in", "© 2026 Dana Whitlow"]),
        ("Sign in\nto read the rest", ["Sign in\nto read the rest"]),
    ],
)  # fmt: skip
def test_a_supervisor_a_carrera_a_norwegian_clock_an_atlantic_zone_and_a_label_line(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_an_appeal_to_the_public_and_questions_unanswered_name_their_source():
    body = (
        "Fire chief Marisa Quennell said a team had reached the village.\n\n"
        "Quennell urged the public to stay away from the area.\n\n"
        "The crowd urged on the runners.\n\n"
        "The building's owner, Kanaalrand Vastgoed, did not respond to questions from "
        "Polderpost.\n\n"
        "The market's administrator did not answer calls on Sunday.\n\n"
        "“Wala na,” said Aling Rosalind Tabuerte, 63.\n\n"
        "Its chair, Tā Hemi Rongowhetu, told the court the trust would appeal."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers == [
        "Marisa Quennell",
        "Marisa Quennell",
        "",
        "Kanaalrand Vastgoed",
        "The market's administrator",
        "Rosalind Tabuerte",
        "Hemi Rongowhetu",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("State fire director Datuk Nor Azlinda Abdul Karim said 24 firemen had reached the "
         "village.", "Nor Azlinda Abdul Karim"),
        ("Secretary of Mobility Lucila Arbeloa-Quant said two towers stood on unstable ground.",
         "Lucila Arbeloa-Quant"),
        ("The fire started at 5:50 a.m., said Lt. Dorian Mayeaux of the parish fire district.",
         "Dorian Mayeaux"),
        ("The study cannot show that pollution caused the admissions, the authors write.",
         "the authors"),
        # (a negated "show" reports nothing)
        ("The study cannot show that pollution caused the admissions.", ""),
    ],
)  # fmt: skip
def test_a_small_word_in_a_name_a_portfolio_a_body_in_small_letters_and_the_authors(
    sentence, speaker
):
    (s,) = analyze(sentence)
    assert s.speaker == speaker


def test_a_title_opening_a_sentence_is_who_she_is_next():
    body = (
        "Vice-Chancellor Alison Fernside said the school would close.\n\n"
        "Union official Morwenna Tregaskis said the decision was wrong.\n\n"
        "“Research income is being ignored,” she said.\n\n"
        "The Vice-Chancellor rejected the claim.\n\n"
        "“I came into this job as a linguist,” she said."
    )
    assert [s.speaker for s in analyze(body)][-1] == "Alison Fernside"


def test_an_outlet_that_spoke_with_someone_hands_the_answers_to_them():
    body = (
        "Chief executive Renata Castleford said the unit lost $1.9 million last year.\n\n"
        "County Commissioner Dale Rutherford said the county would ask the state for money.\n\n"
        "Plainsong Public Media spoke with Castleford after the board vote.\n\n"
        "Q: Why close now?\n\n"
        "A: We can't staff it safely.\n\n"
        "Q: Could the unit reopen?\n\n"
        "A: If the finances change, yes."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[-3] == speakers[-1] == "Renata Castleford"


def test_an_appeal_to_people_in_any_words_and_a_styled_surname_taking_a_turn():
    # (the second outside review of round twenty-five)
    body = (
        "Union official Gwen Rowlatch said the plans were reckless.\n\n"
        "Vice-chancellor Celia Ashbury said the school would close.\n\n"
        "Ms Rowlatch disagreed.\n\n"
        "“We were never consulted,” she said.\n\n"
        "Fire Chief Colin Fairbrand urged residents to check their smoke alarms.\n\n"
        "He urged anyone with information to call the police.\n\n"
        "The crowd urged on the runners.\n\n"
        "The company did not respond to enquiries."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[3:] == [
        "Gwen Rowlatch",
        "Colin Fairbrand",
        "Colin Fairbrand",
        "",
        "The company",
    ]


def test_a_sentences_subject_before_the_names_it_mentions_and_a_journalist_who_asks():
    # (the outside reviews of round twenty-five)
    body = (
        "Captain Shahzaib Qureshan said the batting let the side down.\n\n"
        "Qureshan defended opener Faizan Gillani, who scored 4, 11 and 0 in the series.\n\n"
        "“Faizan is a match-winner and he will come good,” he said.\n\n"
        "San Teodoro Mayor Rodolfo Ilustrado announced the suspension of classes.\n\n"
        "“No classes this afternoon,” he said.\n\n"
        "KVRP's Annika Sorrensby spoke with Superintendent Dr. Gregory Nakashiro about the "
        "decision.\n\n"
        "Q: Why make this change now?\n\n"
        "A: Recruitment, mostly.\n\n"
        "Q: Does it save money?\n\n"
        "A: Some."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[2] == "Shahzaib Qureshan"
    assert speakers[4] == "Rodolfo Ilustrado"
    assert speakers[7] == speakers[9] == "Gregory Nakashiro"


def test_a_teams_state_before_its_score():
    assert split_text("Halftime: Marlow St. 38-29.") == ["Halftime: Marlow St. 38-29."]
    assert [s.strip() for s in split_text("He lives on Main St. The shop closed.")] == [
        "He lives on Main St.",
        "The shop closed.",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The drivers' union, United Haulage Operators Local 1187, said 160 jobs would go.",
         "United Haulage Operators Local 1187"),
        ("The awards' organising body, the Society of Stage Managers, said 4,100 people voted.",
         "Society of Stage Managers"),
        ("Ruckmoor plc, the group that had held talks over the summer, said it would not bid.",
         "Ruckmoor plc"),
        ("In Basti Karam Din, a village near the breach, Sakina Begum, 52, said the water "
         "reached her house at 3 a.m.", "Sakina Begum"),
        # (no speaker rather than the clause after the cue)
        ("In Basti Karam Din, a village near the breach, said the water reached her house.", ""),
        ("The fire service has since said that one person was treated at the scene.",
         "The fire service"),
    ],
)  # fmt: skip
def test_bodies_named_in_apposition_an_opening_place_and_has_since_said(sentence, speaker):
    (s,) = analyze(sentence)
    assert s.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police Staff Sergeant Jomar Tiongsco of the Malaguimba Police Station, one of the "
         "first officers at the scene, said the speedometer was stuck.", "Jomar Tiongsco"),
        ("Among them was Dona Celestina Amarante, 79, who said she first visited in 1956.",
         "Celestina Amarante"),
    ],
)  # fmt: skip
def test_a_person_of_a_body_before_an_apposition_and_an_age_before_who(sentence, speaker):
    (s,) = analyze(sentence)
    assert s.speaker == speaker


def test_chiefs_and_monks_titles_and_an_outlet_that_put_questions_to_someone():
    # (new56, written mid-round twenty-five)
    for sentence, speaker in (
        ("Togbui Agbeve Sorkpaa IV, the paramount chief, said he had invited both sides.",
         "Agbeve Sorkpaa IV"),
        ("Ven. Kandegama Dhammasiri said the children walk past the temple in the dark.",
         "Kandegama Dhammasiri"),
    ):  # fmt: skip
        (s,) = analyze(sentence)
        assert s.speaker == speaker
    body = (
        "Student Mutinta Himanza, 20, said several classmates had asked about transferring.\n\n"
        "The Times put three questions to Prof Nkandu Mwelwani after the council meeting.\n\n"
        "Q: Why not cut management salaries first?\n\n"
        "A: We did.\n\n"
        "Q: Will fees rise again?\n\n"
        "A: I cannot promise that."
    )
    speakers = [s.speaker for s in analyze(body)]
    assert speakers[3] == speakers[5] == "Nkandu Mwelwani"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The closure was filed with the N.C. Department of Commerce under the WARN Act.",
         ["The closure was filed with the N.C. Department of Commerce under the WARN Act."]),
        ("Jeepneys queue along Sandoval Ave. SUNSTRAND PHOTO / JOEL BACAL",
         ["Jeepneys queue along Sandoval Ave.", "SUNSTRAND PHOTO / JOEL BACAL"]),
        ("“I have stopped seeing friends ... I feel forgotten,” she said.",
         ["“I have stopped seeing friends ...", "I feel forgotten,” she said."]),
        # (a small word after the ellipsis goes on; so do dots spaced apart, golden rule 47)
        ("“We moved out here for the air ... and now you want hogs,” she said.",
         ["“We moved out here for the air ... and now you want hogs,” she said."]),
        ("the thing is . . . I didn't mean it.", ["the thing is . . . I didn't mean it."]),
    ],
)  # fmt: skip
def test_a_states_body_a_credit_after_a_street_and_an_ellipsis_before_an_opener(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_an_arrow_closing_a_line_is_a_shape_of_furniture():
    assert boilerplate._line_shape("Pitch in for $6 a month ›").get("an arrow last") == 1.0
    assert "an arrow last" not in boilerplate._line_shape("Prices rose 4% in May.")


def test_a_headlines_role_is_named_under_the_byline_or_in_an_apposition():
    # (round twenty-six: "Sharks coach says …" named its coach seven story lines down, past the
    # byline and the date; "The ward councillor, Cllr A Name, said" set the name off by commas)
    body = "\n\n".join(
        [
            "Harbourside stripped of four points for fielding an unregistered player",
            "Sharks coach says the club will appeal",
            "By Tom Wexley",
            "Updated 9:14pm, Tuesday 14 April 2026",
            "The Harbourside Sharks have lost the four points they won on Saturday.",
            "The league's committee met on Tuesday night.",
            "It ruled that the winger's transfer had been lodged late.",
            "The Bulls said they had released the player on time.",
            "The score stands, the league said in a statement.",
            "It also fined the club $2,500.",
            "Sharks coach Ross Quillfeather said the club had lodged the form on Friday.",
        ]
    )
    said = _said(body)
    assert said["Sharks coach says the club will appeal"] == "Ross Quillfeather"
    body = (
        "Councillor says tankers skip the upper sections\n\n"
        "Tankers have not reached the upper sections of Ludmere since April 9.\n\n"
        "The ward councillor, Cllr Nomsa Pelindaba-Ruiters, said the tankers came once a day."
    )
    assert _speakers_of(body)[0] == "Nomsa Pelindaba-Ruiters"


def test_an_opposition_in_a_headline_is_no_one_person():
    body = (
        "Opposition calls the budget ‘a pay cut in disguise’\n\n"
        "The budget raises the minimum wage by 2 per cent.\n\n"
        "Opposition leader Serafina Dwyer-Lamb said the rise was below inflation."
    )
    assert _speakers_of(body)[0] != "Serafina Dwyer-Lamb"


def test_she_after_a_spokeswoman_for_a_body_is_the_spokeswoman():
    # (round twenty-six: "She said …" went to the councillor quoted before the spokeswoman)
    body = (
        "Cllr Priya Hessilford said the figures were cherry-picked.\n\n"
        "A spokeswoman for Marlbeck District Council said the pool cost £410,000 a year to run. "
        "She said the nearest public pool was 11 miles away. "
        "It said it had asked the government for a grant."
    )
    said = _said(body)
    assert said["She said the nearest public pool was 11 miles away."] == (
        "A spokeswoman for Marlbeck District Council"
    )
    assert said["It said it had asked the government for a grant."] != (
        "A spokeswoman for Marlbeck District Council"
    )


def test_an_unnamed_source_is_named_again_as_first_given():
    # (round twenty-six: "the person", "the officials" and "the source" stayed as written; "the
    # spokesperson" was forgotten when the spokesperson's own sentence named the mayor)
    body = (
        "A person familiar with the talks said the deal was close. "
        "“Dredging is the last big thing on the table,” the person said.\n\n"
        "Two senior state officials who asked not to be named said cabinet would meet on "
        "Monday. The officials said the deal was worth $2.4 billion.\n\n"
        "Mayor Ann Vantassel said the water was safe.\n\n"
        "A spokesperson for the water bureau said the mayor had been briefed before she posted. "
        "“Every sample came back clean,” the spokesperson said."
    )
    said = _said(body)
    assert said["“Dredging is the last big thing on the table,” the person said."] == (
        "A person familiar with the talks"
    )
    # (round forty-six: as first given, with the reason they are unnamed, as the sets label it)
    assert said["The officials said the deal was worth $2.4 billion."] == (
        "Two senior state officials who asked not to be named"
    )
    assert said["“Every sample came back clean,” the spokesperson said."] == (
        "A spokesperson for the water bureau"
    )


def test_a_strap_or_an_alert_above_the_menu_is_no_headline():
    # (round twenty-six: a site's strap, "BREAKING: …" or an offer kept above its menu became
    # the article's title, the headline under the menu two lines down)
    story = (
        "The council voted 7-2 on Tuesday to close the Marlow Road pool in April.\n\n"
        "It said repairs would cost £2.4 million.\n\n"
        "Swimmers said they would fight the decision."
    )
    for strap in [
        "Plain-spoken news for the Ardley valley, twice a week",
        "BREAKING: Ardley bypass closed after lorry fire",
        "Ardley, owned by the people who read it",
    ]:
        body = (
            f"The Ardley Courier\n\n{strap}\n\n"
            "News  |  Politics  |  Sport  |  Business  |  Opinion\n\n"
            "Council votes to close Marlow Road pool in April\n\nBy Tom Wexley\n\n" + story
        )
        kept = [s.text for s in analyze(body) if not s.is_boilerplate]
        assert kept[0] == "Council votes to close Marlow Road pool in April", strap
    # A headline over its byline and share strip stays the headline.
    body = (
        "The Ardley Courier\n\n"
        "News  |  Politics  |  Sport  |  Business  |  Opinion\n\n"
        "Council votes to close Marlow Road pool in April\n\n"
        "By Tom Wexley · Staff reporter · 12 March 2026\n\n"
        "Share  Facebook  X  Email  Print\n\n"
        "Swimmers vow to fight the decision at the next meeting\n\n" + story
    )
    kept = [s.text for s in analyze(body) if not s.is_boilerplate]
    assert kept[0] == "Council votes to close Marlow Road pool in April"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (round twenty-six) advice and reminders to people, a counsel's submission and a
        # study's authors' caution report what was said ...
        ("Doctors advised people to drink water even when they are not thirsty.", "Doctors"),
        (
            "The Arkansas Department of Health reminded residents never to run generators indoors.",
            "Arkansas Department of Health",
        ),
        (
            "For the club, Martin Pellgrove submitted that a developer could not be expected "
            "to wait.",
            "Martin Pellgrove",
        ),
        (
            "The researchers caution that one good year does not prove a recovery.",
            "The researchers",
        ),
        ("The panel recommended that the school close in July.", "The panel"),
        # ... but their plain senses say nothing
        ("Residents were advised to boil their water.", ""),
        ("The firm advised the council on the sale of the depot.", ""),
        ("She submitted a bid for the contract in May.", ""),
        ("The panel recommended Option B.", ""),
    ],
)
def test_advice_reminders_submissions_and_cautions_are_attributed(text, speaker):
    assert analyze(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (round twenty-six) an appeal ("called on … to") ...
        (
            "The Upper Carse branch of the Farmers Union has called on the government to pay "
            "for the tests.",
            "The Upper Carse branch of the Farmers Union",
        ),
        # ... and the forecast economists had made ...
        ("Economists had expected 2.9%.", "Economists"),
        ("Economists polled by Copperline had expected 3.2%.", "Economists polled by Copperline"),
        # ... but not a call for help, a call on a day, nor a figure or an update expected
        ("She called for help at 2 a.m.", ""),
        ("Police called on Tuesday.", ""),
        ("Next update expected by 8 p.m.", ""),
        ("Revenue: $3.12 billion vs. $3.05 billion expected", ""),
        ("Pay rose 5.4%, well above the 4.6% economists polled by Tickwell had expected.", ""),
    ],
)
def test_a_call_on_people_to_act_and_a_forecast_expected(text, speaker):
    assert analyze(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # (round twenty-six) a publisher's registration on a line of its own, in the registries'
        # own initials or words ...
        ("ABN 61 204 778 395.", True),
        ("KvK 74120583.", True),
        ("Registered society No. 8812.", True),
        ("VAT No. GB 123 4567 89", True),
        ("CIN: U22121MH1999PLC123456", True),
        # ... not a sentence that opens with such a word
        ("EIN 2026 was a good year for the firm.", False),
        ("Company No. 5 beat the record on Saturday.", False),
    ],
)
def test_a_publishers_registration_number_is_furniture(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_a_quotation_named_after_it_is_the_persons():
    # (round twenty-six: "That is what A Name, 24, says she was told …" under her quotation)
    body = (
        "The clinic opened in 2019.\n\n"
        "“They told me, ‘Go and buy gloves, then come back.’ I was already in labour.”\n\n"
        "That is what Ruth Nakawunde-Ssebo, 24, says she was told when she arrived.\n\n"
        "The district health officer said supplies were late."
    )
    assert _speakers_of(body) == ["", *["Ruth Nakawunde-Ssebo"] * 3, "The district health officer"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (round twenty-six) requests unanswered on a day ...
        ("Kemi Ashdown-Obi did not respond to text messages on Wednesday.", "Kemi Ashdown-Obi"),
        ("The authority did not respond to questions sent on Monday.", "The authority"),
        # ... not calls during an emergency
        ("The crew did not respond to calls from the harbour for 40 minutes.", ""),
    ],
)
def test_requests_unanswered_on_a_day(text, speaker):
    assert analyze(text)[0].speaker == speaker


def test_a_menu_down_the_page_and_the_sites_name_and_strap_above_it():
    # (round twenty-six, an outside review's pages: a menu pasted one section to a line, and
    # the site's name and strap above it, kept, one of them the title)
    head = [
        "Berlin Ledger",
        "Germany's news in English",
        "Home",
        "Politics",
        "Society",
        "Economy",
        "Living in Germany",
        "Jobs",
        "Berlin court strikes down landlord's furnished-flat surcharge in test case",
    ]
    story = [
        "A Berlin court on Tuesday struck down a surcharge of €240 a month.",
        "The tenants' association said the ruling could affect thousands of flats.",
        "The landlord said it would appeal.",
    ]
    result = analyze("\n\n".join([*head, *story]))
    kept = [s.text for s in result if not s.is_boilerplate]
    assert kept[0] == head[-1]
    assert all(s.is_boilerplate for s in result[:8])
    # A list of contents under the headline is no menu over it: the headline stays.
    page = [
        "Skip to content",
        "Retail Utilities Authority",
        "For consumers   For firms   Enforcement   Publications   News   About us",
        "Corraline Energy fined £3.6 million for overcharging prepayment customers",
        "On this page",
        "Summary",
        "What went wrong",
        "Our findings",
        "Penalty and redress",
        "Summary of the decision on the fine",
        *story,
    ]
    kept = [s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate]
    assert kept[0] == page[3]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (round twenty-seven) a body named after the words that describe it, before the cue ...
        (
            "All sailings have been cancelled for the day, the operator, Oileán Ferries, said.",
            "Oileán Ferries",
        ),
        ("Fares will rise in May, the company, Mara Buses, said.", "Mara Buses"),
        # ... never a place so described
        ("The storm hit on Monday, the town, Port Vale, said.", ""),
        # a role of a body, its holder between commas, then a verb of the holder's own
        (
            "The acting director-general of the national water department, Lindiwe Sithole, "
            "visited the town on Wednesday and said 30 more tankers would arrive by Friday.",
            "Lindiwe Sithole",
        ),
    ],
)
def test_a_body_after_its_description_and_a_roles_holder_after_its_body(text, speaker):
    assert analyze(text)[0].speaker == speaker


def test_a_hyphenated_surname_before_and_does_not_make_the_next_name_a_familys():
    # "Paula Renfrew-Quijas and Sam Hatterick" names two people in full (not "David and Mary
    # Okonkwo", one surname for two)
    text = (
        "Council members Paula Renfrew-Quijas and Sam Hatterick voted no.\n\n"
        "Hatterick said the council should have used the reserve fund."
    )
    assert analyze(text)[1].speaker == "Sam Hatterick"
    text = "David and Mary Okonkwo run the shop.\n\nOkonkwo said sales fell."
    assert analyze(text)[1].speaker == "Okonkwo"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an order or a suggestion names no source ...
        ("Don't expect that money to earn much.", ""),
        ("Reaction has been, let's say, mixed.", ""),
        # ... and a contracted pronoun is a person to resolve, never a speaker as written
        ("Mary Kellow runs the shop.\n\nShe'd told the council twice, she said.", "Mary Kellow"),
        ("They've said the shop will close.", ""),
    ],
)
def test_an_order_or_a_suggestion_is_no_source(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a way back behind its arrow, to anywhere; without one, to a page's parts ...
        ("‹ Back to Local", True),
        ("← Back to your briefing", True),
        ("Back to the homepage", True),
        # ... a widget's list after its label, and a privacy banner's opening
        ("Trending: Water Crisis   Metro Phase 2   Civic Polls", True),
        ("Your privacy matters to us", True),
        # but a headline or a sentence that goes back
        ("Back to school: fees rise 8%", False),
        ("Back to work for 300 at the mill", False),
        ("← Back to work after the strike, drivers say the deal is thin.", False),
    ],
)
def test_a_way_back_a_trending_widget_and_a_privacy_banner(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_people_asked_by_an_outlet_are_the_source_as_written():
    # "several farmers interviewed by AniNews": the farmers, not the outlet (nor a share
    # line's "Follow AniNews" taken for the outlet's full name)
    text = (
        "Farmers protest\n\n"
        "In the village, several farmers interviewed by AniNews said traders were offering "
        "P16 a kilo.\n\n"
        "Follow AniNews PH on Facebook and Viber for the latest updates."
    )
    assert analyze(text)[1].speaker == "several farmers interviewed by AniNews"
    text = "Three traders contacted by the Herald said prices had doubled."
    assert analyze(text)[0].speaker == "Three traders contacted by the Herald"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # the reader's turn, a stand-in picture's label, a numbered ad slot, a related label,
        # when comments close ...
        ("Let us know in the comments below.", True),
        ("Representational image.", True),
        ("Image for representational purposes only.", True),
        ("Advertisement 3", True),
        ("Related Reads", True),
        ("Comments on this article close at 10pm.", True),
        # ... but not the story's own sentences in those words
        ("Let us know how you voted, she said.", False),
        ("Representative images of the ward were shown to the court.", False),
        ("Comments on the plan closed on Friday, the council said.", False),
    ],
)
def test_a_readers_turn_a_stand_in_picture_and_a_numbered_ad_slot(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_an_aldermans_and_a_gps_titles_are_not_part_of_the_name():
    assert naming.person_name("Ald. Yolanda Prestridge-Obradu") == "Yolanda Prestridge-Obradu"
    assert naming.person_name("local GP Hester Vanmarrow") == "Hester Vanmarrow"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whose words or view a sentence gives, named before them ...
        (
            "Chiew Mei Ling disagreed.\n\nHer verdict: “A broken promise with a footnote.”",
            "Chiew Mei Ling",
        ),
        (
            "Prof. Suresh Pasupuleti has studied the scheme.\n\nProf. Pasupuleti's view is "
            "that the State should never have handed every unit to one operator.",
            "Suresh Pasupuleti",
        ),
        (
            "The minister, Kirkland Foster, tabled the bill.\n\nThe minister's case: “Our "
            "industry has been working with one hand tied behind its back.”",
            "Kirkland Foster",
        ),
        (
            "Annabel Strathnaver chairs the league.\n\nIn Strathnaver's words, the penalty is "
            "for “every parent who drops a 16-year-old off at training”.",
            "Annabel Strathnaver",
        ),
        # ... never other words, a body's case, or a view without its owner's quotation
        ("In other words, the bill is late.", ""),
        ("The council's case: “We had no choice.”", ""),
        ("Her verdict: the plan is late.", ""),
    ],
)
def test_whose_words_or_view_a_sentence_gives(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_a_daughters_lineage_word_is_part_of_her_name():
    assert naming.person_name("Eng. Muna bint Salim Al Ghadani") == "Muna bint Salim Al Ghadani"


def test_a_quotation_named_after_it_with_so_says_or_the_words_of():
    text = (
        "The fare rose in May.\n\n“Eighteen pesos is fair.\n\n“Ask me again in a month.”\n\n"
        "So says Rommel Abellanosa, 44, who has driven a tricycle since 2011.\n\n"
        "“The lads trained through all of it.”\n\n"
        "Those were the words of Clonmoylan manager Jarlath Tierneyhill before training.\n\n"
        "“I have 11 cows.”\n\n"
        "That is how Grace Jebichii, a farmer in Kibirong, describes the past two months."
    )
    assert [s.speaker for s in analyze(text)] == [
        "",
        *["Rommel Abellanosa"] * 3,
        *["Jarlath Tierneyhill"] * 2,
        *["Grace Jebichii"] * 2,
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's view framed by "For", in their own words (quoted, or after a colon) ...
        (
            "Ernesto Palabay Jr. drives a jeepney.\n\n"
            "For Palabay, the new fare is “late, but welcome.”",
            "Ernesto Palabay Jr.",
        ),
        (
            "For Brock Tilney, chair of the brigade, the answer is simple: pay the volunteers.",
            "Brock Tilney",
        ),
        # ... not the story's account of what something means for someone, a body or a place
        (
            "For Yesenia Ibarrondo, who is due in August, the news means a drive of an hour.",
            "",
        ),
        ("For the council, the answer is simple: sell the land.", ""),
        ("For Tranmoor, the nearest airport will be in Ilsworth.", ""),
    ],
)
def test_a_view_framed_by_for_in_the_persons_words(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a judge by title and name holds what the law is ...
        (
            "Justice Funmilayo Adegboye held that the Assembly acted outside its powers.",
            "Funmilayo Adegboye",
        ),
        ("Judge Mary Okoro held that post for ten years.", ""),
        # ... and a cue set off by commas inside the claim is the claim's
        (
            "Haslinda Mokhtazar said tariffs would rise.\n\nNon-revenue water stood at 41.2 per "
            "cent last year, she noted, against a national average of 34.8 per cent.",
            "Haslinda Mokhtazar",
        ),
    ],
)
def test_a_judge_by_name_holds_and_a_cue_set_off_by_commas(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a stamp the paste glued to its neighbour is judged apart ...
        ("18:42, 3 Mar 2026Updated 09:15, 4 Mar 2026", True),
        ("Posted 5h ago5 hours ago, updated 2h ago2 hours ago", True),
        # ... not a sentence that says so
        ("The firm Updated its forecast.", False),
        ("Two years ago5 people died.", False),
    ],
)
def test_a_glued_stamp_is_a_date_line(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_advice_to_people_described_at_length():
    text = (
        "Guidance counsellor Ms. Niamh Corrandulla advised students who had missed their "
        "grades not to make any decisions today."
    )
    assert analyze(text)[0].speaker == "Niamh Corrandulla"


def test_a_post_embedded_without_a_handle_line_first_is_the_posters():
    text = (
        "Efua Dentu-Ansaba won the 100m butterfly in a national record.\n\n"
        "Dentu-Ansaba posted after the race:\n\n"
        "View this post on Instagram\n\n"
        "Still can't believe it.\n\n"
        "Thank you coach Yaw and everyone at Marlins.\n\n"
        "A post shared by Efua Dentu-Ansaba (@efua.fly)\n\n"
        "The record had stood since 2019."
    )
    speakers = [s.speaker for s in analyze(text) if not s.is_boilerplate]
    assert speakers == ["", *["Efua Dentu-Ansaba"] * 3, ""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an estimate put at a figure, in any words, with a currency or a measure ...
        (
            "Police collision reconstructionists put his speed at 112 km/h.",
            "Police collision reconstructionists",
        ),
        ("The Wage Coalition puts a living wage in Saltmere at $23.10 an hour.", "Wage Coalition"),
        ("The firm put the cost of the scheme at £6.8m.", "The firm"),
        # ... not a clock's hour
        ("She put the children at 9 on a bus.", ""),
    ],
)
def test_an_estimate_put_at_a_figure(text, speaker):
    assert analyze(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a charge, a claim, a reading or someone's suggestion rejected is a statement ...
        ("The minister rejected the charge.", "The minister"),
        ("Chiew Mei Ling rejected that reading.", "Chiew Mei Ling"),
        (
            "Chiew Mei Ling spoke.\n\nShe rejected Mr Feldane's suggestion that the company "
            "had walked away.",
            "Chiew Mei Ling",
        ),
        # ... charges dismissed, a claim or an application refused are decisions
        ("The court rejected the charges against him in 2019 and he was freed.", ""),
        ("The council rejected his asylum claim in May.", ""),
        ("The council rejected the application.", ""),
    ],
)
def test_a_charge_a_claim_or_a_suggestion_rejected(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the speaker after an inverted cue, then when it was said ...
        ("The council will close the library, said Jo Bloggs on Monday.", "Jo Bloggs"),
        ("The plan is final, said the minister on Saturday.", "the minister"),
        # ... never a clause whose last word is a time word
        (
            "An official, who asked not to be named, said the licence capped the catch at "
            "45,000 tonnes a year.",
            "An official",
        ),
    ],
)
def test_a_speaker_after_an_inverted_cue_then_when(text, speaker):
    assert analyze(text)[0].speaker == speaker


def test_the_person_a_quotation_is_named_after_is_the_next_shes():
    text = (
        "Judge Helena Marsh wrote that the trips were relevant.\n\n"
        "“He would lean in my door and say, ‘Put Terry's on top.’\n\n"
        "“I did what I was told.”\n\n"
        "That is how Renata Fauquier, a former contracts manager, described the instructions.\n\n"
        "She testified that she had moved the bids to the top of the pile four times."
    )
    assert analyze(text)[-1].speaker == "Renata Fauquier"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle of saying after a comma, as ", saying" is ...
        (
            "Council President Dwight Ashbrook defended the proposal, arguing that it would "
            "save money.",
            "Dwight Ashbrook",
        ),
        ("The firm cut 40 jobs, noting that sales had fallen.", "The firm"),
        # ... not without the comma or without what was said
        ("He was arguing with the referee when the whistle went.", ""),
        ("Noting the delay, the chair adjourned the meeting.", ""),
    ],
)
def test_a_participle_of_saying_after_a_comma(text, speaker):
    assert analyze(text)[0].speaker == speaker


def test_a_pronoun_after_a_sentence_framed_for_someone_is_theirs():
    text = (
        "Sandra Hollowbrand has run the bakery on Main Street for 22 years.\n\n"
        "Jean Marlingate, who chairs the traders' group, said the closure would hurt.\n\n"
        "For Mrs Hollowbrand, the timing could not be worse.\n\n"
        "“January is always quiet,” she said."
    )
    assert analyze(text)[-1].speaker == "Sandra Hollowbrand"


def test_hundreds_of_people_are_the_subject_of_a_participle_of_saying():
    text = (
        "Hundreds of traders on Monday protested the planned relocation of the market, "
        "arguing that it would ruin them."
    )
    assert analyze(text)[0].speaker == "Hundreds of traders"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a release's dateline and sender, a live page's earlier items, a results provider,
        # related tags, quick facts, who answers for the site's content ...
        ("February 20, 2025 — Regina, Saskatchewan", True),
        ("From: Department for Transport and Rhiannon Ashdown-Pryce MP", True),
        ("2h ago - State of emergency declared in Kauriwhenua district", True),
        ("Results powered by Chronoroue", True),
        ("Related tags: Recall, Nitrosamines, Generics", True),
        ("Quick facts", True),
        ("FKR is responsible for the editorial content on this site.", True),
        # ... not the story's sentences in those words
        ("Growth powered by exports", False),
        ("Results show the plan works.", False),
        ("Two hours ago - the river burst its banks", False),
        ("The minister is responsible for the content of the bill.", False),
        ("From: my sister, who lives in Leeds", False),
    ],
)
def test_a_releases_dateline_and_sender_and_a_live_pages_earlier_items(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_a_strap_above_the_menu_with_a_section_label_over_the_headline():
    # the site's name, its strap, the menu, the section's label, then the headline
    sentences = [
        "GROUNDSWELL",
        "The magazine of regional Australia",
        "Subscribe  |  Current issue  |  Food  |  Land  |  People  |  Travel",
        "Food",
        "The baker who brought back a forgotten wheat",
        "The grain had not been grown commercially for seventy years.",
        "Words by Macy Tregenza",
        "Macy Tregenza met the baker on a wet Tuesday in March, and she said it was good.",
    ]
    reasons = boilerplate.mark(sentences, paragraphs=list(range(len(sentences))))
    assert reasons[1] == "strap above the menu"
    assert reasons[4] == ""


@pytest.mark.parametrize(
    "line", ["CLR 96.4FM - Corrib Lakes Radio", "Coolvarra FM 97.4 & 103.1", "Kwezana FM 98.4"]
)
def test_a_stations_frequency_and_name_is_its_masthead(line):
    assert boilerplate.classify(line) == "masthead"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "It said" after a body's short form: the body as the text first named it in full ...
        (
            "Thefts rose, according to figures from the Quillmouth Police Department.\n\n"
            "The department said owners could pick up a free steering-wheel lock.\n\n"
            "It said 1,140 locks had been handed out since January.",
            "the Quillmouth Police Department",
        ),
        (
            "Thornbeck Borough Council will collect bins every three weeks.\n\n"
            "The council said the change would save money.\n\n"
            "It said no jobs would be lost.",
            "Thornbeck Borough Council",
        ),
        # ... and as written when the text never gave it in full
        (
            "The council said the change would save money.\n\nIt said no jobs would be lost.",
            "The council",
        ),
    ],
)
def test_it_after_a_bodys_short_form_is_the_body_in_full(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_an_embeds_walk_stops_past_the_longest_post():
    # Each intro ending in a colon looks for the post under it; a page of many colons and few
    # furniture lines must not send every one of them to the page's end (quadratic: the
    # benchmark's 100,000-word text took 4.9 s instead of 2.1 s).
    from claimreview.text import attribution

    class Counted(list):
        reads = 0

        def __getitem__(self, index):
            Counted.reads += 1
            return super().__getitem__(index)

    sentences = [("A Name posted after the race:", 0)] + [
        (f"Line {i} of the story goes on.", i) for i in range(1, 2000)
    ]
    states = Counted(attribution._quote_states(sentences))
    assert attribution._embed_run(sentences, states, 0, frozenset()) == []
    assert Counted.reads <= attribution._EMBED_SENTENCES + 3


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # a neighbour's or a voter's word and chiefs' titles are not part of the name ("Reeve"
        # stays a surname, "Transport minister Alan Reeve"; "Adi" a name as well as a Fijian
        # style, "Adi Godrej")
        ("Neighbour Saravanan s/o Pakirisamy", "Saravanan s/o Pakirisamy"),
        ("Voter Nomsa Zungulu", "Nomsa Zungulu"),
        ("Nana Kyerematen Darkwah III", "Kyerematen Darkwah III"),
    ],
)
def test_everyday_roles_and_chiefs_titles_before_a_name(written, name):
    assert naming.person_name(written) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a published plan or forecast is the source of its own figures and targets ...
        (
            "The town's long-range financial plan, adopted in 2024, projects increases of 4.5 "
            "to 5.5 per cent a year until 2029.",
            "The town's long-range financial plan",
        ),
        (
            "The canton's transport plan for 2026-2029 aims to carry 18,500 passengers a day.",
            "The canton's transport plan for 2026-2029",
        ),
        (
            "The city's safety plan, approved in December, sets a target of cutting violent "
            "crime by 10% by 2027.",
            "The city's safety plan",
        ),
        (
            "The federation's revised forecast puts exports at 17.2 million cartons.",
            "The federation's revised forecast",
        ),
        # ... the same verbs say nothing with any other subject, or without a figure
        ("The club aims to finish in the top four.", ""),
        ("The council sets a target of 40 new homes a year.", ""),
        ("The plan puts residents first.", ""),
    ],
)
def test_a_plan_or_forecast_is_the_source_of_its_figures(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a role as the source is the person the story named with it before, also in an
        # apposition after its owner's word or a body's name ...
        (
            "Opening for the company, its lawyer, Sebastian Trewarthen, said it had spent $38m."
            "\n\nThe lawyer said a land-based option had been costed.",
            ["Sebastian Trewarthen", "Sebastian Trewarthen"],
        ),
        (
            "The Osun State Governor, Mr Oluwaseyi Fakeye, has said the road will be ready."
            "\n\nThe governor said the contract was fully funded.",
            ["Oluwaseyi Fakeye", "Oluwaseyi Fakeye"],
        ),
        # ... not a former holder, nor someone of the title, nor a role nobody was named with
        (
            "Former governor Ada Brill opened the road.\n\nThe governor said it cost £4m.",
            ["", "The governor"],
        ),
        (
            "The wife of the State Governor, Jo Kerr, was questioned.\n\nThe governor said no.",
            ["", "The governor"],
        ),
        ("The crowd cheered.\n\n“It was close,” the coach said.", ["", "the coach"]),
    ],
)
def test_a_role_as_the_source_is_the_person_named_with_it_before(text, speakers):
    assert [s.speaker for s in analyze(text)] == speakers


def test_how_someone_put_it_and_said_those_words_name_the_quotation():
    text = (
        "Dr Caroline Kibor told reporters the firm had paid.\n\n"
        "She put it simply: “We cannot pay for milk with invoices.”\n\n"
        "He put it on the table: “Read it.”\n\n"
        "The bridge fell on Friday.\n\n"
        "“Everything we need is over there. The school and the shop are there.\n\n"
        "“Nobody has driven out since Friday.”\n\n"
        "The Rev. Clive Bhagwan-Roach said those words at a service on Sunday."
    )
    assert [s.speaker for s in analyze(text)] == [
        "Caroline Kibor",
        "Caroline Kibor",
        "",
        "",
        *["Clive Bhagwan-Roach"] * 4,
    ]


def test_the_pages_first_line_over_its_menu_is_the_masthead():
    page = [
        "The Ouvrey Valley Record",
        "27°F  Freezing fog  ·  Winter Storm Warning until 6 p.m.",
        "Home   News   Weather   Sports   Obituaries   Opinion   Public Notices   e-Edition",
        "Ice storm knocks out power to 41,000 in the valley",
        "By Dale Holcroft",
        "More than 41,000 homes were without power on Thursday, the co-op said.",
        "Crews from three states were helping, it said.",
    ]
    body = "\n\n".join(page)
    reasons = {s.text: s.boilerplate_reason for s in analyze(body)}
    assert reasons["The Ouvrey Valley Record"] == "masthead"
    assert reasons["Ice storm knocks out power to 41,000 in the valley"] == ""
    # (a headline that opens a page without a menu under it stays the headline)
    plain = "\n\n".join(["Ice storm knocks out power", *page[4:]])
    assert analyze(plain)[0].boilerplate_reason == ""


def test_a_qa_with_a_role_is_the_person_named_with_it():
    text = (
        "The depot manager, Ruwan Pathirana, said the depot had 31 working buses.\n\n"
        "The council member for the area, Mr. Chaminda Weerakkodi, did not answer calls.\n\n"
        "Q&A with the depot manager\n\n"
        "Q: Why cut a school route?\n\n"
        "A: The town routes carry five times as many people.\n\n"
        "Q: When will the bus come back?\n\n"
        "A: When the engines come."
    )
    answers = [s.speaker for s in analyze(text) if s.text.startswith("A:")]
    assert answers == ["Ruwan Pathirana", "Ruwan Pathirana"]


def test_going_on_and_a_quotation_named_after_it_by_those_of_or_that_was():
    text = (
        "Gamini Perera said fares were too low.\n\n"
        "The committee would decide on Wednesday whether to strike, he continued.\n\n"
        "Every cent had gone into the business, he went on.\n\n"
        "He went on to win the seat in 2019.\n\n"
        "The road flooded.\n\n"
        "“I leave home at five.\n\n“Nobody is raising my salary.”\n\n"
        "The words are those of Kumudini Welikala, 41, a machine operator.\n\n"
        "“The truck comes on Tuesday.”\n\n"
        "That was Mavis Ndlela-Sishi, a pensioner, speaking at her gate on Wednesday.\n\n"
        "That was Aston Villa's third win.\n\n"
        "Asked what comes next, Mrs Welikala laughed."
    )
    assert [s.speaker for s in analyze(text)] == [
        *["Gamini Perera"] * 3,
        "",
        "",
        *["Kumudini Welikala"] * 3,
        *["Mavis Ndlela-Sishi"] * 2,
        "",
        "",
    ]


def test_a_reader_poll_and_a_quiz_are_furniture_but_not_a_table_of_results():
    page = [
        "Building work is due to start in June, the club said.",
        "FAN POLL",
        "What should we call the new east stand?",
        "The Bees' Stand   38%",
        "The 1994 Stand   27%",
        "Name it after a club legend   35%",
        "QUIZ",
        "How well do you know the town's heat records?",
        "Question 1 of 5: Which town has the highest summer maximum?",
        "First preferences",
        "Labour   41%",
        "Independent   33%",
        "Green   26%",
        "Counting resumes at 9am, the returning officer said.",
    ]
    reasons = [s.boilerplate_reason for s in analyze("\n\n".join(page))]
    assert reasons[1:9] == ["poll or quiz"] * 8
    assert "poll or quiz" not in reasons[9:]
    assert reasons[10:] == ["", "", "", ""]


@pytest.mark.parametrize(
    ("line", "strip"),
    [
        # a table's row, its label then its figures, is no strip ...
        ("Tomatoes  |  +9.8%", False),
        ("Class A  |  ₱501  |  ₱539", False),
        ("Matiroa Bay (Ōkaharoa)  |  6.20am, 11.30am, 3.40pm", False),
        # ... but a date line, a header of years, a ticker and a menu are
        ("15 July 2026  |  14:05", True),
        ("Offense  |  2025  |  2026", True),
        ("FTSE 100 | 8,231.4 | +0.3%", True),
        ("Home | News | Sport", True),
    ],
)
def test_a_tables_row_of_figures_is_no_strip(line, strip):
    assert (boilerplate.classify(line) == "navigation or share strip") == strip


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # a Fijian minister's "Talatala" before a name, a Theravada monk's "Thera" after it
        ("Talatala Sireli Naivaluvatu-Koroi", "Sireli Naivaluvatu-Koroi"),
        ("Ven. Pahalawela Sumanasiri Thera", "Pahalawela Sumanasiri"),
        ("Thera Jones", "Thera Jones"),
    ],
)
def test_a_ministers_and_a_monks_styles_are_not_part_of_the_name(written, name):
    assert naming.person_name(written) == name


def test_a_banner_between_the_menu_and_the_crumbs_is_no_headline():
    page = [
        "City of Kessingbrook",
        "Residents   Business   City Hall   Recreation   Parking & Roads   Report a Problem",
        "Service alert: Green bin collection is running one day late this week.",
        "Home › News and notices › News releases",
        "City to clear all sidewalks after council approves $46.8-million plan",
        "The City will clear every sidewalk this winter, the council decided on Tuesday.",
    ]
    result = analyze("\n\n".join(page))
    assert result[2].boilerplate_reason == "ticker or widget"
    assert next(s.text for s in result if not s.is_boilerplate) == page[4]
    # (a breaking headline under the menu, over its byline, is the page's headline)
    own = [*page[:2], "BREAKING: Council approves $46.8-million plan", "By Ada Quill", page[5]]
    assert next(s.text for s in analyze("\n\n".join(own)) if not s.is_boilerplate) == own[2]


def test_a_story_that_quotes_in_single_marks_names_its_speakers():
    # (the British style; pairs only: apostrophes and a plural's possessive are no marks)
    text = (
        "Councillor Hilary Fenshaw told the cabinet the rise was 'unavoidable' this year.\n\n"
        "'Nobody came into local government to do this,' she said.\n\n"
        "'But the alternative is closing libraries.'\n\n"
        "'We pay more every year,' said Joan Whitlock, 72, a retired nurse.\n\n"
        "'I don't know who to believe any more.'\n\n"
        "The players' union said it wouldn't strike."
    )
    assert [s.speaker for s in analyze(text)] == [
        *["Hilary Fenshaw"] * 3,
        *["Joan Whitlock"] * 2,
        "The players' union",
    ]
    # (with double marks in the text, single ones are nested quotations and stay as they are)
    nested = "“She told me, 'go home,' and I did,” said Ada Quill.\n\n'It rained.'"
    assert [s.speaker for s in analyze(nested)] == ["Ada Quill", ""]


@pytest.mark.parametrize("line", ["Home  Cities  Bengaluru", "Home   News   World"])
def test_crumbs_apart_by_wide_spaces_are_a_strip(line):
    # (r29a) a crumb trail pasted with wide spaces between its cells, not with slashes
    assert boilerplate.classify(line) == "navigation or share strip"
    assert boilerplate.classify("Home  Office figures show a rise.") == ""


def test_crumbs_ending_in_the_headline_a_latest_banner_and_a_stations_head():
    assert boilerplate.classify("Home / Companies / Steelmaker posts 38% jump in profit") == (
        "navigation or share strip"
    )
    assert boilerplate.classify("Home truths / the council / what it costs, says the mayor.") == ""
    page = [
        "OGUNDIPE TIMES",
        "Breaking News, Politics, Sports & More",
        "Home | News | Politics | Business | Metro | Sports | Opinion | Video",
        "Latest: Lagos commuters stranded as tanker drivers begin strike",
        "Oyo Assembly passes N712bn budget after three-week delay",
        "By Adewale Ikuforiji",
        "The Oyo State House of Assembly on Thursday passed the state's 2025 budget.",
    ]
    assert next(s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate) == page[4]
    station = [
        "KBRX 9 Tallgrass News",
        "Watch Live",
        "78°",
        "Weather Alert: Severe thunderstorm watch until 9 PM",
        "News | Weather | Traffic | Sports | 9 On Your Side | Contests | Watch",
        "City council votes 5-2 to close Ridgeway Public Pool",
        "The pool will not open this summer after the council voted on Tuesday night.",
    ]
    kept = [s.text for s in analyze("\n\n".join(station)) if not s.is_boilerplate]
    assert kept[0] == station[5]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body or an office whose name is a list with commas is named whole ...
        (
            "The Department of Climate Change, Energy, the Environment and Water declined to "
            "comment.",
            "Department of Climate Change, Energy, the Environment and Water",
        ),
        (
            "In a statement, the Minister for Agriculture, Food and the Marine described the cut "
            "as painful.",
            "Minister for Agriculture, Food and the Marine",
        ),
        (
            "The Ministry of Health, Labour and Welfare said 40 cases were found.",
            "Ministry of Health, Labour and Welfare",
        ),
        # ... not places listed before a source, nor a person set off after an office
        ("He visited Leeds, Bradford and Hull, the council said.", "the council"),
        ("The Minister for Health, Ann Roe, said it would open.", "Ann Roe"),
    ],
)
def test_a_bodys_name_listed_with_commas_is_named_whole(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place or a time a subject's phrase ends in is no source: the phrase is
        (
            "A contractor whose block collapsed in the earthquake in Hatay told a court that he "
            "had followed the plans.",
            "A contractor whose block collapsed in the earthquake in Hatay",
        ),
        (
            "Government figures published in January show that 47% of apprentices left.",
            "Government figures published in January",
        ),
        # (a body and its place, or a speaker after an opening phrase, stay as they were)
        ("Police in Leeds said the road was closed.", "Police in Leeds"),
        ("Speaking in Leeds, Ann Roe said the road was closed.", "Ann Roe"),
    ],
)
def test_a_place_a_subjects_phrase_ends_in_is_no_source(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_a_lead_that_describes_its_speaker_is_the_person_named_with_that_role():
    text = (
        "Pool to stay shut all summer\n\n"
        "The town manager says the pool will not open this year.\n\n"
        "Town manager Ingrid Solvberg said the basin had three cracks.\n\n"
        "The council meets on Monday."
    )
    assert [s.speaker for s in analyze(text)][:3] == ["", "Ingrid Solvberg", "Ingrid Solvberg"]
    # (not a former holder, nor a role the next lines give nobody)
    former = text.replace("Town manager Ingrid", "Former town manager Ingrid")
    assert analyze(former)[1].speaker == "The town manager"


def test_a_headlines_body_by_its_kind_is_the_body_the_story_names():
    text = (
        "Taps dry for two days in three suburbs\n\n"
        "Municipality says supply is back at 80% of homes\n\n"
        "By Ann Roe\n\n"
        "Three suburbs were without water for two days after a pipe burst.\n\n"
        "The Kwelane Local Municipality said on Wednesday that supply had been restored."
    )
    assert analyze(text)[1].speaker == "Kwelane Local Municipality"
    # (a co-op is the cooperative the story names; a kind the story names nobody with stays)
    coop = text.replace("Municipality says", "Co-op says").replace(
        "Kwelane Local Municipality", "Ouvrey Valley Electric Cooperative"
    )
    assert analyze(coop)[1].speaker == "Ouvrey Valley Electric Cooperative"
    unnamed = text.replace("The Kwelane Local Municipality said", "Officials said")
    assert analyze(unnamed)[1].speaker == "Municipality"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The tanker company, Sizakala Water Logistics (Pty) Ltd., declined to comment.",
            "Sizakala Water Logistics (Pty) Ltd.",
        ),
        ("Tala Foods (Pvt) Ltd said prices rose.", "Tala Foods (Pvt) Ltd"),
        # (a bracket that is no company's form ends the phrase; initials in it are kept, as
        # written)
        ("The Drivers' Union (DGU) said fares would rise.", "Drivers' Union (DGU)"),
    ],
)
def test_a_companys_form_in_brackets_is_part_of_its_name(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("above", "banner", "below"),
    [
        # a label set off by spaces, over the section's label (not yet taken when it is read)
        ([], "BREAKING   Jury convicts former Marrowby sheriff on all 11 counts", ["Politics"]),
        # two section labels between the banner and the headline
        ([], "BREAKING: Man charged after police chase ends in Tellbridge", ["State", "EXCLUSIVE"]),
        # under crumbs under the menu
        (["England | Regions"], "LIVE   Snow and ice: schools shut across the county", []),
        ([], "🔴 LIVE NOW: Storm coverage through the day", []),
    ],
)
def test_a_banner_under_the_menu_over_labels_and_the_headline_is_furniture(above, banner, below):
    headline = "Council votes to close Ridgeway pool for the whole of next summer"
    page = [
        "The Marrowby Courier",
        "News   Politics   Business   Sport   Opinion   Weather   Puzzles",
        *above,
        banner,
        *below,
        headline,
        "By Ann Roe",
        "The pool will not open next summer after the council voted on Tuesday night.",
    ]
    kept = [s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate]
    assert kept[0] == headline


def test_a_menu_with_a_comment_section_is_a_menu_and_the_strap_above_it_furniture():
    page = [
        "The Clydemuir Bulletin",
        "Scotland's independent daily since 1874",
        "News  Politics  Health  Education  Business  Sport  Comment  Puzzles",
        "Health",
        "Asthma admissions rise on high-pollution days, study finds",
        "Researchers at the Clydemuir institute compared 12 years of admissions with air readings.",
    ]
    kept = [s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate]
    assert kept[0] == page[4]
    # (a strip's comments still make it a share strip: "Share  Comment (12)")
    assert not boilerplate._a_menu("Share   Facebook   Email   Comment (12)")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # styles of address from Indonesia, Malaysia, Samoa and the bench are no part of a name
        ("The village head, Pak Kornelis Tupen Liwun, said 40 people stayed.", "Kornelis Tupen Liwun"),
        ("The midwife, Ibu Veronika Hoda Lamabelawa, said she was worried.", "Veronika Hoda Lamabelawa"),
        ("Assemblyman YB Mohd Khairul Anuar bin Sulaimi argued it was approved.", "Mohd Khairul Anuar bin Sulaimi"),
        ("The chief, Afioga Tuiolemu Iosefa Lemalusina, told the Dispatch they paid.", "Tuiolemu Iosefa Lemalusina"),
        ("The president, His Honour Tauaalii Lameko Afamasaga, said the council erred.", "Tauaalii Lameko Afamasaga"),
        ("Its minister, Rev. Faifeau Elisaia Tanuvasa-Lemalu, said the hall was open.", "Elisaia Tanuvasa-Lemalu"),
        # an Ethiopian "Ato" and "W/ro" (r29b)
        ("Ato Girma Bekele said the road was shut.", "Girma Bekele"),
        ("W/ro Almaz Tesfaye said the clinic had no water.", "Almaz Tesfaye"),
    ],
)  # fmt: skip
def test_styles_of_address_are_no_part_of_the_name(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # hearsay about a thing: "said to be", "said to have been", "said to date from"
        "A man said to be a contractor at the mine took photographs on Sunday.",
        "The fire, said to have been started by scavengers, broke out on April 11.",
        "The chapel, said to date from 1790, was damaged.",
        # words written on a thing: the place or the one holding it said nothing
        "A sign on the new gate said “PRIVATE PROPERTY – NO ENTRY” in red letters.",
        "A placard held up by a boy at the slip on Wednesday said “NO PAY NO ROAD”.",
        "A banner on the barn said “DIKE YES, YARD NO”.",
    ],
)
def test_hearsay_about_a_thing_and_words_on_a_sign_name_no_speaker(text):
    assert analyze(text)[-1].speaker == ""


def test_a_signs_word_in_a_name_or_a_role_is_still_a_speaker():
    text = "Sign language interpreter Ann Roe said the deaf club had 40 members."
    assert analyze(text)[-1].speaker == "Ann Roe"
    assert analyze("The Sign Company said profits rose.")[-1].speaker == "Sign Company"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A statement from the Kisoga Land Board, read out at the briefing by the board's "
            "secretary, Florence Nabbosa, said the title had been issued lawfully.",
            "A statement from the Kisoga Land Board",
        ),
        (
            "The letter, signed by its managing director, Datuk Haw Chee Boon, says the pond will "
            "be finished by December.",
            "The letter",
        ),
        (
            "The founding affidavit, sworn by the association's chair, Ann Roe, says the "
            "municipality paid R38 million.",
            "The founding affidavit",
        ),
        # (the one who reads a statement out and says something of their own is the speaker)
        ("The secretary, Florence Nabbosa, said the board had met.", "Florence Nabbosa"),
    ],
)
def test_a_document_read_out_or_signed_by_someone_is_the_source(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        # a player's length and controls, an advertisement's label abroad
        "Video runtime 2:05",
        "VIDEO  1:52",
        "Duration: 6 minutes",
        "▶ Tap to unmute",
        "Show transcript",
        "PUB",
        # a bookmaker's warnings
        "21+ only.",
        "Gambling problem?",
        "Bet responsibly.",
        "Terms apply.",
        "Odds and lines are for informational purposes and may change.",
    ],
)
def test_players_ad_labels_and_betting_warnings_are_furniture(line):
    assert boilerplate.classify(line)


@pytest.mark.parametrize(
    "line",
    [
        "Terms of the deal were not disclosed.",
        "The pub closed in 2019.",
        "The odds may change if the rain continues.",
        "Bet365 said profits rose.",
    ],
)
def test_the_stories_lines_with_those_words_are_not(line):
    assert boilerplate.classify(line) == ""


def test_a_quotation_after_reported_words_is_theirs_after_a_call_in_or_their_own_post():
    # (round twenty-nine) the quotation's paragraph after a person's reported words is theirs,
    # though the sentence before says a decision was "called in", or that they wrote a post
    called_in = (
        "Cllr Ann Roe, who leads the opposition, told the Chanticleer she had asked for the "
        "decision to be called in.\n\n"
        "“Nobody knocked on a single door. This was decided in a back room.”\n\n"
        "The council meets on Monday."
    )
    assert analyze(called_in)[1].speaker == "Ann Roe"
    blog = (
        "Dr Ann Roe, the study's lead author, said the birds were starving.\n\n"
        "She wrote in a blog post that adults had been seen bringing back pipefish.\n\n"
        "“You find them by the burrow entrance. It is one of the saddest things I have seen.”\n\n"
        "The survey is repeated every five years."
    )
    assert analyze(blog)[2].speaker == "Ann Roe"
    # (someone's message received is still not theirs)
    message = (
        "Ann Roe said she had a message from her landlord on Monday.\n\n"
        "“The rent goes up in May. Please pay by the first.”\n\n"
        "The council meets on Monday."
    )
    assert analyze(message)[1].speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a colon's cue with when or where the words were said before the colon
        ("Femke ter Horst summed it up after the vote: “They want us to move.”", "Femke ter Horst"),
        ("Ann Roe, 78, put it plainly when the Post visited on Monday: “They fenced us in.”", "Ann Roe"),
        ("Bob Lee disagreed after the vote: “The numbers do not add up.”", "Bob Lee"),
        # whose message, and how it was put
        ("Ann Roe spoke last.\n\nHer message to residents was blunt: “Stay away.”", "Ann Roe"),
        # (a label before a colon is still no cue)
        ("Police at the scene: “Move back.”", ""),
    ],
)  # fmt: skip
def test_a_colons_cue_with_its_occasion_or_a_message_put_bluntly(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("naming", "speaker"),
    [
        ("That was the plea of Rosa Piako, a mother of five who sells at the market.", "Rosa Piako"),
        ("The words came from Hyacinth Morrisey, a higgler.", "Hyacinth Morrisey"),
        # a particle in the name, and a first name of three letters that is no title
        ("So said Nor Hafizah binti Abdul Rasyidi, 74, standing in the doorway.", "Nor Hafizah binti Abdul Rasyidi"),
        ("So says Man Kumari Sunchaurel, 71, who lives alone.", "Man Kumari Sunchaurel"),
        ("So says Dr. Ann Lee, 44.", "Ann Lee"),
    ],
)  # fmt: skip
def test_a_quotation_named_after_it_by_a_plea_the_words_or_a_name_with_a_particle(naming, speaker):
    text = f"“I sell greens to the drivers. Please open the road.”\n\n{naming}"
    assert [s.speaker for s in analyze(text)] == [speaker] * 3


def test_a_role_then_a_title_of_any_style_then_the_name():
    text = "The Minister of Works, drs. Cornelis Groen, said the dike would go ahead."
    assert analyze(text)[0].speaker == "Cornelis Groen"


def test_a_live_pages_share_buttons_over_its_stamps_are_no_commenters():
    # (r29a: a live page with a "Comments (214)" button in its head and a "Share" button under
    # each entry had every entry hidden as a readers' thread: "Share" read as a commenter's
    # name over the next entry's stamp)
    entries = "\n\n".join(
        f"12 Sep 2025, {hour}:05\n\nRoads closed in ward {hour}\n\n"
        f"The Strandloper Link remained closed in ward {hour}, the city said.\n\nShare"
        for hour in (14, 13, 12, 11)
    )
    page = (
        "Storm live: hundreds evacuated as rivers burst\n\nUpdated 1 minute ago\n\nShare\n\n"
        "Comments (214)\n\nSummary\n\nMore than 800 people have been moved to halls.\n\n"
        f"Follow our live coverage below.\n\n{entries}\n\nLoad more"
    )
    hidden = _hidden(page)
    assert not any(v for k, v in hidden.items() if k.startswith(("The Strandloper", "Roads")))
    assert not hidden["More than 800 people have been moved to halls."]


@pytest.mark.parametrize("label", ["Top Stories", "Latest"])
def test_a_list_label_opening_a_menu_a_section_to_a_line_takes_no_headline(label):
    # (r29a: "Top Stories" or "Latest", the first of the menu's sections a line each, was read
    # as a list's label and the page's headline under the menu as one of its links)
    page = [
        "The Northstar Press",
        label,
        "National",
        "Politics",
        "Business",
        "Sport",
        "National",
        "Island residents stranded as ageing ferry pulled from service for third time",
        "By Callum Barrow",
        "Posted September 9, 2025 2:47 pm",
        "The ferry that links Tallow Island to the mainland was withdrawn on Tuesday.",
    ]
    kept = [s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate]
    assert kept[0] == page[7]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a reported clause without its "that", after a verb of belief or estimate (round 30)
        ("Dr Ann Rell, the study's lead author, believes warmer water has pushed the fish deeper.", "Ann Rell"),
        ("Meg Aster, an analyst at Tull Capital, estimates rivals will raise prices by Rs 2.", "Meg Aster"),
        ("Brian Oda, head of research at Mlimani Capital, believes investors will look past it.", "Brian Oda"),
        # (a noun before the verb is the source's, not a clause: "a fiscal note estimates …")
        ("A nonpartisan fiscal note estimates the bill would cost the state about $412,000.", "A nonpartisan fiscal note"),
    ],
)  # fmt: skip
def test_a_reported_clause_without_its_that(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    ["She conceded shortly after midnight.", "He described seeing smoke from the roof."],
)
def test_a_cue_without_a_clause_is_still_no_attribution(text):
    assert analyze(text)[-1].speaker == ""


def test_it_before_a_finding_is_the_document_named_before():
    # (round 30: "It found that …" after a report's finding named nobody; a document's cue
    # wanted a document's name, and "It" is none)
    body = (
        "The report found that the kitchen was dirty.\n\nIt also found that 12 cells had no heat."
    )
    assert [s.speaker for s in analyze(body)] == ["The report", "The report"]
    # (no that-clause: an act, whoever "It" is)
    assert analyze("The company bought a site.\n\nIt found a buyer in May.")[-1].speaker == ""


@pytest.mark.parametrize(
    "note",
    [
        # a note on an exchange's editing, however the page names the exchange (round 30)
        "His answers have been edited for length.",
        "Questions from reporters have been shortened.",
        "The conversation has been translated from Nepali and shortened.",
        "The following exchange has been edited for length and translated from Cantonese where marked.",
        "Some of Tuesday's exchanges, edited for length and clarity:",
        "This is a translated and shortened version of a story published on nak.no.",
        # (one rule for the page and its exchanges, whatever the verb's tense or number)
        "This interview has been edited and condensed.",
        "The transcript below was lightly edited for clarity.",
        "Her remarks were edited for length.",
        "This Q&A was produced with a transcription tool and edited for clarity.",
        "This video has been shortened.",
    ],
)
def test_a_note_on_an_exchanges_editing_is_furniture(note):
    assert _hidden(f"Mayor answers five questions\n\n{note}\n\nThe mayor spoke on Monday.")[note]


@pytest.mark.parametrize(
    "line",
    [
        "His answers were edited by police, the court heard.",
        "The interview was edited by police before it was played to the jury.",
        "The transcript was translated from Arabic by a court interpreter.",
    ],
)
def test_an_edit_that_is_the_news_is_not(line):
    assert not _hidden(f"Trial hears of police interview\n\n{line}\n\nThe trial goes on.")[line]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a degree after a name is no part of it, nor the subject (round 30)
        ("John Tull, M.D., said the clinic would open.", "John Tull"),
        ("Anna Berg, PhD, said the data were clear.", "Anna Berg"),
        ("Teodric Hallvard, P.Geo., said the core was good.", "Teodric Hallvard"),
        # (and without the comma: one list of degrees for both, round 31)
        ("Tom Hale J.D. said it was fine.", "Tom Hale"),
        ("Rhys Banner D.Phil. said the site was Roman.", "Rhys Banner"),
        ("Kai Lund P.Eng. said the bridge was safe.", "Kai Lund"),
        ("Ana Ruiz PhD said the data were clear.", "Ana Ruiz"),
        ("Lorraine Okafor, Ph.D., vice president for student affairs, said rates would rise.", "Lorraine Okafor"),
        # (an acronym in apposition is still the body's name)
        ("The agency, NASA, said the launch was off.", "NASA"),
        # "cautions that …" reports a clause, as "cautioned" does
        ("Co-author Mette Holm cautions that the volunteers were keener than most.", "Mette Holm"),
        # (a count's "replies" is a noun)
        ("Posted by the council on Facebook, the notice drew 400 replies.", ""),
    ],
)  # fmt: skip
def test_degrees_after_a_name_and_cues_of_caution(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        "By Dacey Rutterwick and Jolon Ruddlestoke / WBVN 9",
        "Posted by Kenrick Valdane, news editor  ·  3 hours ago",
    ],
)
def test_a_byline_after_a_slash_or_posted_by_with_a_role(line):
    assert _hidden(f"Water main breaks on Pikestaff Road\n\n{line}\n\nCrews dug all night.")[line]


def test_a_translation_in_brackets_after_a_quotation_is_the_speakers():
    # (round 30: a quotation in another language, then its English in brackets)
    body = (
        "Taps dry for a ninth day\n\n"
        "“Amanzi asekho,” said Zoleka Mqhayi. (There is no water.)\n\n"
        "The river peaked at 14.1 metres, the bureau said. (The levee was built in 1974.)"
    )
    got = {s.text: s.speaker for s in analyze(body)}
    assert got["(There is no water.)"] == "Zoleka Mqhayi"
    # (after reporting, a bracketed sentence is the writer's aside)
    assert got["(The levee was built in 1974.)"] == ""


def test_a_judge_of_a_court_with_an_ordinal():
    text = (
        "State District Judge Harlan P. Oduya of the 519th District Court said the law was clear."
    )
    assert analyze(text)[-1].speaker == "Harlan P. Oduya"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a retort closing its quotation (round 30)
        ("“Paper submissions are not consultation,” the Opposition spokesman shot back.", "the Opposition spokesman"),
        ("“We heard that last year too,” Kendell Farrier fired back.", "Kendell Farrier"),
        ("The striker shot back into form in May.", ""),
        ("Rebels fired back at troops near the border.", ""),
        # crediting a cause, blaming's mirror
        ("The ministry credited the smaller burned area to a rule introduced in 2025.", "The ministry"),
        ("The bank credited customers on Tuesday.", ""),
        ("Smith, credited with saving the club, said it was a good day.", "Smith"),
    ],
)  # fmt: skip
def test_a_retort_and_a_cause_credited(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_the_sites_notes_on_itself_at_its_foot():
    # (round 30: a station's frequency in its name, an adverb before "by", a press code, a
    # student paper's ask and a comment rule)
    page = [
        "Surfside 101.7",
        "News   Music   Shows   Contact",
        "Ferry back in service after repairs",
        "By Glenna Holt",
        "The ferry to Cape Pellowick returned to service on Monday after three weeks of repairs, the operator said.",
        "Share   Facebook   X   Email",
        "Student journalism isn't free.",
        "Comments are reviewed by an editor before they are posted.",
        "Contact us   Advertise   Privacy",
        "Surfside 101.7 is part of the Capewrack Radio Group.",
        "Surfside 101.7 follows the Canadian broadcast code of ethics.",
        "© 2026 Surfside 101.7",
    ]  # fmt: skip
    hidden = _hidden("\n\n".join(page))
    assert all(hidden[line] for line in page[5:])
    assert not hidden[page[4]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # styles of address from the Philippines, Italy, Thailand, France and the Arab world
        # (r30b)
        ("Kagawad Lorna Villacrusis said the barangay had no funds.", "Lorna Villacrusis"),
        ("Avv. Marco Dalla Libera said the appeal was filed.", "Marco Dalla Libera"),
        ("Khun Malee Intarasuk said prices rose.", "Malee Intarasuk"),
        ("Mme Hélène Vasseur said the school would close.", "Hélène Vasseur"),
        ("Dott.ssa Carla Benvenuti said the data were clear.", "Carla Benvenuti"),
        ("Hajj Mahmoud Abdel-Sattar said the well was dry.", "Mahmoud Abdel-Sattar"),
    ],
)  # fmt: skip
def test_more_styles_of_address_are_no_part_of_the_name(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        # (r30a, r30b: a menu of section words without separators, bylines and dates in other
        # languages, a place before the date)
        "HOME NEWS SPORT GAA COMMUNITY NOTES DEATH NOTICES CLASSIFIEDS",
        "Rugby Cricket Netball Football League Racing More",
        "Par Élodie Fauchereau",
        "14 de junio de 2024",
        "Izmir, 5 November 2024",
        "Oaxaca, 27 de marzo de 2024",
    ],
)
def test_menus_without_separators_and_bylines_and_dates_in_other_languages(line):
    page = (
        f"The Clare Champion\n\n{line}\n\nCouncil approves a library\n\nThe council met on Monday."
    )
    assert _hidden(page)[line]


def test_a_sections_dated_heading_is_no_dateline():
    page = "World News Briefs, Nov. 18\n\nThe council met on Monday and approved a new library."
    assert not _hidden(page)["World News Briefs, Nov. 18"]


def test_a_slogan_of_service_and_a_banner_under_the_weather_are_furniture():
    # (r30a: a weekly's "Serving … every Thursday" between its name and its menu; a TV station's
    # "ALERT: …" banner under its weather widget, under a menu of single words, over the
    # headline)
    weekly = [
        "The Corrabeg Clarion",
        "Serving north Clare every Thursday",
        "HOME NEWS SPORT GAA COMMUNITY NOTES DEATH NOTICES CLASSIFIEDS",
        "Lisnagry hall saved after parish raises €84,000 in ten weeks",
        "The community hall in Lisnagry will stay open after a ten-week drive raised €84,000.",
    ]
    station = [
        "WKTV 9",
        "Watch Live",
        "News Weather Traffic Sports Community Contests",
        "58° Clear",
        "ALERT: Boil advisory remains in effect for parts of Delmont Township",
        "Delmont Township water main break leaves 3,400 homes under boil advisory",
        "by Kayla Brunstetter",
        "About 3,400 homes in Delmont Township are under a boil advisory after a main broke.",
    ]
    for page, headline in ((weekly, 3), (station, 5)):
        kept = [s.text for s in analyze("\n\n".join(page)) if not s.is_boilerplate]
        assert kept[0] == page[headline]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a capital beyond Latin-1 opening a name before a relative clause (r30b), and a
        # Maltese monsignor's style
        ("Ms. Đỗ Thị Hạnh, who sells silk on Hàng Gai street, said sales fell.", "Đỗ Thị Hạnh"),
        ("Łukasz Wójcik, who runs a stall, said prices rose.", "Łukasz Wójcik"),
        ("Mgr Ġużeppi Buttiġieġ, the parish priest, said the bell was cracked.", "Ġużeppi Buttiġieġ"),
    ],
)  # fmt: skip
def test_names_with_capitals_beyond_latin_1(body, speaker):
    assert analyze(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the American "per" for "according to" (round 30)
        ("Winds reached 105 mph, per the forecast office in Port Havelock.", "the forecast office in Port Havelock"),
        ("Inflation eased to 3.1 per cent in March, per the central bank.", "the central bank"),
        ("Fares rose 4 per cent, and drivers are paid $20 per the hour.", ""),
        # what a forecasting body has forecast (r30a's "The IMD has forecast …")
        ("The department has forecast more heavy rain in the upper catchment until Saturday.", "The department"),
        ("Economists had forecast a 25-basis-point rise.", ""),
        ("Demand forecasts published in 2018 projected a shortfall.", ""),
    ],
)  # fmt: skip
def test_per_a_source_and_a_bodys_forecast(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_a_teams_line_up_and_scorers_are_no_speakers_turns():
    # (a match report's "Team: names" lines read as a transcript's turns, the team a speaker)
    body = "\n\n".join(
        [
            "Wickmere Rovers 3-1 Quaystead Athletic",
            "Rovers: Oosthuizen 38', 71' pen, Ossorio 84'",
            "Quaystead: MacAskill 9'",
            "Rovers manager Philippa Ravenhill said she was pleased.",
            "Wickmere Rovers: Sparshott; Kershaw, Ormerod, Babatunde; Whiteley, Nancarrow (Ossorio 66).",
            "Quaystead Athletic: Gaukroger; Brewington, Dewhirst, Lightowler; Lindgaard, MacAskill.",
        ]
    )
    got = {s.text: s.speaker for s in analyze(body)}
    assert got["Rovers: Oosthuizen 38', 71' pen, Ossorio 84'"] == ""
    assert (
        got[
            "Wickmere Rovers: Sparshott; Kershaw, Ormerod, Babatunde; Whiteley, Nancarrow (Ossorio 66)."
        ]
        == ""
    )
    assert got["Rovers manager Philippa Ravenhill said she was pleased."] == "Philippa Ravenhill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a member's portfolio or seat before the name is no part of it (round 31)
        ("County Executive Committee Member for Health Dr Faith Wambui Gichohi-Kibe said the county had paid Sh106 million.", "Faith Wambui Gichohi-Kibe"),
        ("Member for Wandoberra Dominic Stramondale said he had written to the minister.", "Dominic Stramondale"),
        ("The office of Member for Barwonga Kieran Sallisbury said the bill was dead.", "The office of Member for Barwonga Kieran Sallisbury"),
        # people outside a place, as written
        ("Parents outside a private school in Tumakuru town said the fee was too high.", "Parents outside a private school in Tumakuru town"),
        # the time that dates a document stays with it
        ("A study published on Monday found that garden ponds draw frogs.", "A study published on Monday"),
        ("Stats NZ figures released on Monday showed 2,905 new homes were consented.", "Stats NZ figures released on Monday"),
        ("Sahyadri Cables Ltd. on Thursday reported a loss of Rs 4 crore.", "Sahyadri Cables Ltd."),
        # things written and counted are an act, not words
        ("Hollisworth-Prynne wrote 143 checks to a company he controlled, prosecutors said in court documents.", "prosecutors"),
        ("Anna Berg wrote three novels before 2010.", ""),
        ("Anna Berg wrote in a letter that the plan was unsafe.", "Anna Berg"),
    ],
)  # fmt: skip
def test_portfolios_seats_dated_documents_and_things_written(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_it_is_the_body_named_before_whose_name_joins_two_places():
    body = (
        "The number waiting at Wexhaven and Ashlingbury Hospitals NHS Foundation Trust rose to "
        "71,412.\n\nIn a statement, the trust said the rise was caused by winter.\n\n"
        "It said orthopaedics had the longest waits."
    )
    assert analyze(body)[-1].speaker == "Wexhaven and Ashlingbury Hospitals NHS Foundation Trust"


@pytest.mark.parametrize(
    "line",
    [
        # furniture new71 found (round 31)
        "Recommended: What does an amber weather warning mean, and should I stay at home?",
        "Deals: 35% off cordless stick vacuums, today only ›",
        "Tags / Keywords: Floods , Kelantan , Tanah Kerayang , MetMalaysia , Nadma",
        "Odds supplied by Wagerline.",
        "Data as of 03 Feb 2026, 3:30 PM IST",
        "How we did this: The Bajada Report downloaded every eviction case filed in the county from 2016 to 2025.",
        "(Full disclosure: the Stoop's editor lives on Main Street and parks on it.)",
        "Meridiana writer Tomás Irigoyen-Laburu contributed from Madrid.",
    ],
)
def test_labels_credits_stamps_and_notes_of_round_31_are_furniture(line):
    body = f"Council cuts nine bus routes\n\n{line}\n\nThe council voted 7-4 on Thursday."
    assert _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        "Prices as of March 31 show a rise of 4%.",
        "The province contributed from its reserve fund.",
        "How we did it: a history of the cup run.",
    ],
)
def test_their_look_alikes_in_a_story_are_not(line):
    body = f"Council cuts nine bus routes\n\nThe council voted 7-4 on Thursday.\n\n{line}"
    assert not _hidden(body)[line]


def test_a_section_label_ends_a_list_and_the_headline_under_it_is_the_story():
    body = "\n\n".join(
        [
            "TRENDING",
            "#Banjir2026   #MonsoonAlert   #Budget2027",
            "NATION",
            "Floods force 9,800 from their homes as Sg. Perkai bursts its banks",
            "Sixty-one relief centres opened in the district; more rain expected until Sunday",
            "Datuk Zulkarnain Mahadzir said the water at the Sg. Perkai gauge in Kg. Teluk Rembia reached 8.4m at 6pm.",
            "“The water came up almost a metre in six hours,” he said when met at the PPS in SK Bukit Mengkudu.",
            "He said 14 roads in the district had been closed.",
        ]
    )
    got = analyze(body)
    assert [s.is_boilerplate for s in got[:5]] == [True, True, True, False, False]
    # (a Malaysian river's "Sg." opens its name; "when met at" is where the reporter met him;
    # "Bukit Mengkudu" is a place, no one "he" can be)
    assert [s.speaker for s in got[5:]] == ["Zulkarnain Mahadzir"] * 3


def test_he_is_the_person_not_the_inn_nor_it_the_analysts():
    body = (
        "At the Ardcloch Inn, 200 metres from the point, Callum Ardmorrow spent the morning "
        "sweeping glass.\n\n“It sounded like a train going through the building,” he said."
    )
    assert analyze(body)[-1].speaker == "Callum Ardmorrow"
    body = (
        "Analysts at Devkar Securities wrote in a note that the results were weak.\n\n"
        "The company will hold a call for analysts on Wednesday, it said in the filing."
    )
    assert analyze(body)[-1].speaker != "Analysts at Devkar Securities"


@pytest.mark.parametrize(
    "line",
    [
        # furniture the outside review r31a found (round 31)
        "Arabica (spot, Sul de Minas): R$ 1,182.00/bag ▲ 1.4%",
        "Dollar: R$ 5.02 ▼ 0.3%",
        "Posted on 3 February 2024 by Ruth K.",
        "Words: Johanna Berglund",
        "Image supplied: NSW SES",
        "Reach him at 555-0142.",
        "Kilele Online is now on Telegram.",
        "Coastal Herald News Service",
        "6 News reporter Jess Tran",
    ],
)
def test_tickers_credits_bylines_and_channels_of_r31a_are_furniture(line):
    body = f"Council cuts nine bus routes\n\n{line}\n\nThe council voted 7-4 on Thursday."
    assert _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        "Labour: 29% ▼2",
        "Words: they matter, the minister said.",
        "The mayor is now on TikTok and posts daily.",
        "Crime reporter Jess Tran said the case was closed.",
    ],
)
def test_their_look_alikes_are_not(line):
    body = f"Council cuts nine bus routes\n\nThe council voted 7-4 on Thursday.\n\n{line}"
    assert not _hidden(body)[line]


def test_headlines_under_more_local_news_are_links():
    body = "\n\n".join(
        [
            "Officials said the bridge would close on Monday.",
            "More local news",
            "Wagga nurses vote on pay offer",
            "Tarrawong show cancelled due to wet weather",
        ]
    )
    assert all(_hidden(body)[line] for line in body.split("\n\n")[1:])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name with a particle is a person a pronoun can mean; a part of a town is not
        (
            "Elsie van Wyk, 63, lives in Kwaggasdrif's Nuwe Hoop section and fetches water.\n\n"
            "“Some weeks the tap runs for two hours,” she said.",
            "Elsie van Wyk",
        ),
        # one who goes by one name, brought in with a role
        (
            "BNPB spokesman Rudi Hartanto said four people were missing.\n\nVillage head "
            "Sutrisno, who uses one name, said rain had fallen for six hours.\n\n“We heard a "
            "sound like thunder,” he said.",
            "Sutrisno",
        ),
        ("Wonoreja Regent Hj. Siti Nurjanah said the district had budgeted 2.1 billion rupiah.", "Siti Nurjanah"),
        (
            "The Philippine Atmospheric, Geophysical and Astronomical Services Administration said rain would continue.",
            "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
        ),
        ("Ruud van Dongen has been sacked after eight defeats, the club announced late on Saturday evening.", "the club"),
        ("A staff member at the firm's Abakaliki office said the plant was closed.", "A staff member at the firm's Abakaliki office"),
        # (a place's word with a capital is no role: "Transport Scotland" is a body)
        ("High-sided vehicles will be banned from 8am, Transport Scotland said.", "Transport Scotland"),
    ],
)  # fmt: skip
def test_names_places_and_bodies_the_outside_reviews_found(body, speaker):
    assert analyze(body)[-1].speaker == speaker


def test_a_lake_is_no_one_she_can_be():
    body = (
        "It is late April, and the field, sloping down towards Lake Bjärsjön, should be dark.\n\n"
        "“In 2023 we had 38 millimetres of rain,” she says."
    )
    assert analyze(body)[-1].speaker != "Lake Bjärsjön"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a standfirst's role, named below with the role after the name (round 31, new72)
        (
            "Agent says young steers are making 89 cents a kilogram less than in March\n\n"
            "Corbin Mallaby-Rhoads, a livestock agent with Mallaby & Struanmore, said steers "
            "sold for an average of 405c/kg.",
            "Corbin Mallaby-Rhoads",
        ),
        # (the first of a standfirst's two sources)
        (
            "Station commander says extra patrols are working; community forum says residents "
            "are afraid\n\nStation commander Brigadier Themba Mokoenane-Mazibukwe said the drop "
            "in murders followed the deployment.",
            "Themba Mokoenane-Mazibukwe",
        ),
    ],
)
def test_a_standfirsts_role_is_the_person_named_below(body, speaker):
    assert analyze(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a Facebook post, Transportation Undersecretary Celso Bautista said the fares would stay.", "Celso Bautista"),
        ("HRH Igwe Okonkwo Eze said the land belonged to the community.", "Okonkwo Eze"),
        ("Chidi Igwe said the land belonged to the community.", "Chidi Igwe"),
    ],
)  # fmt: skip
def test_styles_and_offices_of_the_review_r31b(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        # furniture of the tuning sets' tail (round 31)
        "Sentinel photo by Augustin Ducharmeaux",
        "READ: Beef exports to China paused after new FMD cases confirmed",
        "Environment correspondent, BRTV News Worcester",
        "High 89°, tonight 74°.",
        "BREAKING NEWS | Kanyiri-Sembeti highway reopened after landslide",
        "Docket North is funded by its readers.",
        "The Knockfeena Chronicle has covered the county since 1889.",
    ],
)
def test_credits_bylines_widgets_and_a_papers_own_words_are_furniture(line):
    body = f"Council cuts nine bus routes\n\n{line}\n\nThe council voted 7-4 on Thursday."
    assert _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        "Breaking news: the council has resigned.",
        "The council has covered the deficit since 2019 with reserves.",
        "The library is funded by its readers' donations and a council grant of £40,000.",
    ],
)
def test_and_their_news_look_alikes_are_not(line):
    body = f"Council cuts nine bus routes\n\nThe council voted 7-4 on Thursday.\n\n{line}"
    assert not _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        # paywalls, disclaimers and bylines of new71's pages (round 31)
        "Continue reading with Arthvani Premium, from ₹99 a month.",
        "Before you keep reading: The Plain Register's coverage of Halvorton's buses, schools and City Hall is paid for by readers.",
        "Disclaimer: The views and recommendations of analysts quoted in this story are their own and not those of Arthvani Daily.",
        "Investors should consult a certified expert before making any investment decision.",
        "Kirsty Maclennoch, Scotland correspondent, and Owen Tredgarth",
    ],
)
def test_paywall_offers_disclaimers_and_two_writers_are_furniture(line):
    body = f"Council cuts nine bus routes\n\n{line}\n\nThe council voted 7-4 on Thursday."
    assert _hidden(body)[line]


def test_what_investors_should_expect_is_news():
    line = "Investors should expect lower returns on the new investment bonds, the fund said."
    body = f"Council cuts nine bus routes\n\nThe council voted 7-4 on Thursday.\n\n{line}"
    assert not _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        # asks, stamps and labels of the tuning sets' pages (round 31)
        "Support local news: Become a member",
        "Upgrade to paid",
        "Readers like you help keep The Currach's journalism free to read for everyone.",
        "Want news like this the moment it breaks?",
        "Last Map Update: Fri, Feb. 13, 2026 at 5:48:12 am EST",
        "Advice last changed: 12 March 2026",
        "Series: Locked In, Left Behind — Part 2 of 4",
        "*Not his real name.",
        "Show notes",
    ],
)
def test_asks_stamps_and_labels_are_furniture(line):
    body = f"Council cuts nine bus routes\n\n{line}\n\nThe council voted 7-4 on Thursday."
    assert _hidden(body)[line]


@pytest.mark.parametrize(
    "line",
    [
        "Last update: the council has voted 7-2 to close the pool.",
        "Not his real name, the court heard, but one he used for years.",
    ],
)
def test_news_that_opens_like_them_is_not(line):
    body = f"Council cuts nine bus routes\n\nThe council voted 7-4 on Thursday.\n\n{line}"
    assert not _hidden(body)[line]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance on a decision and an apology are words (round 31)
        ("Commuters welcomed the decision.", "Commuters"),
        ("Trundle Buses, which runs about 60 per cent of services in Northvale, welcomed the decision.", "Trundle Buses"),
        ("The hospital apologised for the inconvenience.", "The hospital"),
        ("Stelworth's chief executive, Crispin Arbuthnott, apologised in a video posted on Saturday.", "Crispin Arbuthnott"),
        # (a host welcomes guests)
        ("The mayor welcomed visitors to the fair.", ""),
    ],
)  # fmt: skip
def test_welcoming_a_decision_and_apologising_are_cues(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause with its verb's object belongs to the head before it (round 31)
        ("Rates will rise, the head of the firm that runs it said on Monday.", "the head of the firm"),
        ("The plan is one that analysts said was flawed.", "analysts"),
        # an accusation names whom it accuses, whatever word opens the object
        ("Marius Oberholster accused police of moving some murders into another category.", "Marius Oberholster"),
        ("Joseph Gakure accused officials of releasing funds first.", "Joseph Gakure"),
        ("The man accused police of nothing.", ""),
    ],
)  # fmt: skip
def test_relative_clauses_with_objects_and_accusations(text, speaker):
    assert analyze(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to" a measure or a plan cites no one (round 31)
        ("Because the levy is split according to value, homeowners now pay a larger share.", ""),
        ("Fees are charged according to income.", ""),
        ("Everything went according to plan, the coach said.", "the coach"),
        ("The rise was 4%, according to figures from the board.", "figures from the board"),
    ],
)  # fmt: skip
def test_according_to_a_measure_is_no_source(text, speaker):
    assert analyze(text)[-1].speaker == speaker


def test_an_indonesian_given_names_abbreviation_opens_the_name():
    body = (
        "Kembangmas Regent Ach. Mudzakkir Hasbullah said the regency had set up a crisis "
        "center.\n\nMudzakkir said 19 of the missing were residents of Kembangmas."
    )
    got = analyze(body)
    assert [s.speaker for s in got] == ["Ach. Mudzakkir Hasbullah"] * 2
    # ("Er." is an engineer's style in Nepal and India, not a name's part)
    assert naming.person_name("Er. Suman Gharti-Rokaya") == "Suman Gharti-Rokaya"


def test_a_surname_after_a_nicknamed_first_mention_takes_the_given_name():
    body = (
        "Isaiah “Ice” Kenward scored 38 points as the Lynx beat the Comets 117-104.\n\n"
        "“I owed these guys one,” Kenward said after the game.\n\n"
        "The Lynx host the Owls on Friday."
    )
    said = _said(body)
    assert said["“I owed these guys one,” Kenward said after the game."] == "Isaiah Kenward"
    # A quoted word after a capitalised one is no nickname when the story names him in full.
    other = (
        "Fans chanted “Again” as Tomas Reddaway left the court.\n\n“It was loud,” Reddaway said."
    )
    assert _said(other)["“It was loud,” Reddaway said."] == "Tomas Reddaway"


def test_the_first_line_kept_above_the_menu_and_a_headline_is_the_sites():
    for first in (
        "Tidewater Post — Island news in English",
        "Plain reporting from the northern valleys.",
        "Ferry times  ·  Port Lusk 14:05  ·  Vell Harbour 15:40",
    ):
        page = (
            f"{first}\n\n"
            "News   Business   Sport   Weather   Opinion\n\n"
            "BUSINESS\n\n"
            "Marlowby Foods to shut two cold stores as power bills triple\n\n"
            "By Ana Quist\n\n"
            "Marlowby Foods will close two cold stores in June, putting 140 jobs at risk."
        )
        kept = [s.text for s in analyze(page) if not s.is_boilerplate]
        assert kept[0] == "Marlowby Foods to shut two cold stores as power bills triple", first
    # A share strip or a byline follows a headline: the line above them is the headline, even
    # when a standfirst without a full stop comes next. (A first line shaped as a headline
    # stays too: a crumb or a paywall may sit between a headline and its standfirst; see
    # test_a_headline_over_a_share_bar_a_menu_or_a_date_stays_the_title.)
    shared = (
        "Harbour council raises rates by 5%\n\n"
        "Share  ·  Facebook  ·  X  ·  Email\n\n"
        "Residents face higher bills from April as the council plugs a gap in its budget\n\n"
        "The council voted 9-4 on Tuesday to raise rates by 5%."
    )
    assert next(s.text for s in analyze(shared) if not s.is_boilerplate) == (
        "Harbour council raises rates by 5%"
    )


def test_counsel_putting_it_to_a_witness_and_a_clause_whose_subject_is_a_pronoun():
    body = (
        "The lawyer, Adv. Thandi Mokoena, put it to her that the engineer had resigned in May.\n\n"
        "Mr Okafor put it to the witness that the elders had approved the sale.\n\n"
        "She put it on the website.\n\n"
        "The state has begun work on the Iwo road, a project it says will cost N6.2bn."
    )
    said = _said(body)
    assert (
        said[
            "The lawyer, Adv. Thandi Mokoena, put it to her that the engineer had resigned in May."
        ]
        == "Thandi Mokoena"
    )
    assert (
        said["Mr Okafor put it to the witness that the elders had approved the sale."] == "Okafor"
    )
    assert said["She put it on the website."] == ""
    # "a project it says": the pronoun is the subject, never "a project it"
    assert (
        "project"
        not in said["The state has begun work on the Iwo road, a project it says will cost N6.2bn."]
    )


@pytest.mark.parametrize(
    "line, name",
    [
        ("Aunty Rosalie Kemble, a Wiradjuri elder, said the river had dropped.", "Rosalie Kemble"),
        ("Matua Hemi Tawhiri said 40 whanau had moved.", "Hemi Tawhiri"),
        ("Hagg Mahmoud Farouk said the canal was dry.", "Mahmoud Farouk"),
        (
            "The village chief, Ratu Josefa Delainavosa, said the move was hard.",
            "Josefa Delainavosa",
        ),
    ],
)
def test_elders_and_pilgrims_honorifics_are_no_part_of_the_name(line, name):
    assert _said(line)[line] == name


def test_a_notes_next_sentence_in_its_paragraph_is_the_notes_too():
    page = (
        "Rail fares rise 4% in March\n\n"
        "Fares on the Harwick line will rise by 4% from 1 March, the operator said.\n\n"
        "When you buy through links on our site, we may earn a commission. "
        "It never changes what we recommend.\n\n"
        "This transcript was generated automatically. It may contain errors.\n\n"
        "© 2026 Carewise Health Media Inc. "
        "Carewise does not provide medical advice, diagnosis or treatment.\n\n"
        "Good morning and welcome to our live coverage of the fire. "
        "The town is about 190 kilometres south-east of Perth.\n\n"
        "Crews worked through the night."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["It never changes what we recommend."]
    assert reasons["It may contain errors."]
    assert reasons["Carewise does not provide medical advice, diagnosis or treatment."]
    # a live page's welcome opens the story's own paragraph
    assert reasons["The town is about 190 kilometres south-east of Perth."] == ""
    assert reasons["Crews worked through the night."] == ""


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Copyright The Tallystone Ledger Ltd 2026.", True),
        ("Copyright Reuters 2026", True),
        ("Copyright Office figures for 2024 show a rise in claims.", False),
    ],
)
def test_a_copyright_line_may_name_its_holder_before_the_year(line, furniture):
    assert (boilerplate.classify(line) == "copyright line") is furniture


def test_a_trade_ending_in_man_before_a_name_is_a_role():
    line = "Retired postman Alan Hebdenby, 71, of Hollinshaw Rise, said the bins were full."
    assert _said(line)[line] == "Alan Hebdenby"


def test_a_pronoun_right_after_an_unnamed_person_is_that_person_not_one_named_before():
    body = (
        "Alan Hebdenby, 71, said he and his wife filled their bin once a month.\n\n"
        "A nurse at Rwamiko Health Centre, who asked not to be named, said patients were "
        "being sent to private drug shops.\n\n"
        "“Some of them come back the next day sicker,” she said.\n\n"
        "She said the centre saw 41 malaria cases on Monday.\n\n"
        "A mine official said the pipe had been patched twice.\n\n"
        "“Everyone on the plant knew that pipe was tired,” he said."
    )
    said = _said(body)
    nurse = "A nurse at Rwamiko Health Centre"
    assert said["“Some of them come back the next day sicker,” she said."] == nurse
    assert said["She said the centre saw 41 malaria cases on Monday."] == nurse
    assert said["“Everyone on the plant knew that pipe was tired,” he said."] == "A mine official"


def test_a_body_named_for_its_stores_is_no_person_and_its_it_said_follows():
    body = (
        "National Medical Stores said on Monday that deliveries had started.\n\n"
        "It said funds came six weeks late."
    )
    said = _said(body)
    assert said["National Medical Stores said on Monday that deliveries had started."] == (
        "National Medical Stores"
    )
    assert said["It said funds came six weeks late."] == "National Medical Stores"


def test_a_headlines_role_is_the_person_named_with_it_and_a_portfolio_below():
    body = (
        "Market to close as 14 blocks may collapse, says commissioner\n\n"
        "By Ade Ola\n\n"
        "The Lagos State Commissioner for Commerce and Industry, Mr Oluwaseun Adeyefa, said 14 "
        "blocks at the market could collapse."
    )
    assert _said(body)["Market to close as 14 blocks may collapse, says commissioner"] == (
        "Oluwaseun Adeyefa"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Knoxville   88°   Feels like 96°   Scattered storms",
        "Added 16 June 2026 08:41 AM",
        "CAUSEWAY DAILY PHOTO: DANIEL GOI",
        "Related video: What a copper strike means for the price of your phone (Verran Video)",
        "Heat Advisory until 8 p.m. EDT   ·   2 alerts ›",
        "FLOOD WATCH in effect until 8 PM for Pallingham and Oakum counties",
    ],
)
def test_widgets_stamps_and_credits_worded_as_round_thirty_twos_sites_word_them(line):
    assert boilerplate.classify(line)


@pytest.mark.parametrize(
    "line",
    [
        "Flood warning issued until Friday for the Swale",
        "Yellow weather warning until Thursday as Storm Ysella hits the coast",
        "Police added 16 more charges on Monday.",
        "Added to basket",
    ],
)
def test_a_headline_with_a_warning_or_an_act_of_adding_is_no_widget_or_stamp(line):
    assert boilerplate.classify(line) == ""


def test_a_browsers_printed_page_its_terms_and_partner_content_are_furniture():
    assert boilerplate.classify(
        "11/30/2026, 7:52 AM   Storm delays lobster season in Nova Scotia | The Saltspray Courant"
    )
    assert boilerplate.classify("This printout is for your personal, non-commercial use.")
    assert boilerplate.classify("Partner content from Verran")
    assert boilerplate.classify("11/30/2026, 7:52 AM The storm hit the wharf.") == ""


def test_a_headlines_firm_adding_a_route_says_nothing():
    body = (
        "Yarrandale to get daily Sydney flights from July as Wattlebird Air adds route\n\n"
        "Wattlebird Air chief executive Darren Ellicott said the route would start on July 1.\n\n"
        "Fares will start at $189, Ellicott adds."
    )
    said = _said(body)
    assert (
        said["Yarrandale to get daily Sydney flights from July as Wattlebird Air adds route"] == ""
    )
    assert said["Fares will start at $189, Ellicott adds."] == "Darren Ellicott"


def test_a_day_is_no_source_and_a_side_that_added_tries_says_nothing():
    body = (
        "A message circulating on WhatsApp since Monday claims that the city will cut water.\n\n"
        "Lock Ryder Fensome and centre Levi Otterburn added tries in the last ten minutes.\n\n"
        "He added two more goals before half-time.\n\n"
        "“We were brilliant,” Otterburn added."
    )
    said = _said(body)
    assert (
        "Monday"
        not in said[
            "A message circulating on WhatsApp since Monday claims that the city will cut water."
        ]
    )
    assert (
        said["Lock Ryder Fensome and centre Levi Otterburn added tries in the last ten minutes."]
        == ""
    )
    assert said["He added two more goals before half-time."] == ""
    assert said["“We were brilliant,” Otterburn added."] == "Levi Otterburn"


def test_a_named_source_set_off_after_its_role_may_say_where_it_works():
    body = (
        "The study found a link, according to its lead author, Dr. Ines Varga of Pellham "
        "University.\n\n"
        "The strike will go ahead, said the union's leader, Kip Arden of Unite.\n\n"
        "Prices rose 4%, according to the head of the agency, Jo Marsh of the Port Authority."
    )
    assert [speaker for _sentence, speaker in _said(body).items()] == [
        "Ines Varga",
        "Kip Arden",
        "Jo Marsh",
    ]


def test_a_quoted_question_then_its_speaker_and_how_they_looked():
    body = (
        "Tom Pell ran the stall for 30 years.\n\n"
        "“Did you hear her?” he asked, grinning. “She wants the whole lot.”\n\n"
        "“It is done,” said Ada Moss, laughing softly."
    )
    said = _said(body)
    assert said["“Did you hear her?” he asked, grinning."] == "Tom Pell"
    assert said["“She wants the whole lot.”"] == "Tom Pell"
    assert said["“It is done,” said Ada Moss, laughing softly."] == "Ada Moss"


def test_it_is_the_body_the_sentence_before_is_about():
    body = (
        "Storm Hale live: rail lines shut as winds reach 90mph\n\n"
        "10:42 GMT\n\n"
        "The Met Office said gusts could reach 90mph.\n\n"
        "10:50 GMT\n\n"
        "Southline Rail has closed the coast line between Perth Ferry and Dunlow.\n\n"
        "It said crews would work overnight to clear fallen trees.\n\n"
        "A ferry operator, Kelp Isle Ferries, has cancelled all sailings. It said it would "
        "review the forecast at noon.\n\n"
        "Shares in the operator fell 9%. It said the fall was expected.\n\n"
        "Prices fell 3% in May. It said the drop was no surprise."
    )
    said = [speaker for speaker in _said(body).values() if speaker]
    assert said == [
        "Met Office",
        "Southline Rail",
        "Kelp Isle Ferries",
        "Kelp Isle Ferries",
        "Kelp Isle Ferries",
    ]


def test_styles_before_one_name_and_a_names_particles_and_indonesian_degrees():
    body = (
        "“It rose fast,” said Pak Darsono, 61, who sells fruit.\n\n"
        "Bu Sumiati, a volunteer, said 640 people were sleeping there.\n\n"
        "Farmers' leader Ka Lito Pangatlan told reporters the imports hurt.\n\n"
        "The agency's head, Hj. Ratna Puspitasari Wibowo, S.Sos., M.Si., said 83 units were "
        "flooded.\n\n"
        "Separately, Puan Sri Norazlina binti Che Embong, who chairs a coalition, said the plan "
        "was late.\n\n"
        "M.R. Thanapat Suriyawong, a scientist, said the haze was worse.\n\n"
        "Muhtar Cemal Tepecikli said 212 homes were empty.\n\n"
        "Dona Cida, 63, a vendor, said the fare was too high.\n\n"
        "United Bus Operators said fares would rise."
    )
    assert [speaker for speaker in _said(body).values()] == [
        "Darsono",
        "Sumiati",
        "Lito Pangatlan",
        "Ratna Puspitasari Wibowo",
        "Norazlina binti Che Embong",
        "Thanapat Suriyawong",
        "Cemal Tepecikli",
        "Cida",
        "United Bus Operators",
    ]


def test_dotted_date_stamps_and_read_also_labels_abroad_are_the_sites():
    body = (
        "Cattle prices fall as drought bites in the north\n\n"
        "19.08.2025, 05:30\n\n"
        "Published 04.02.2025 14:31\n\n"
        "Farmers sold 4,000 head of cattle last week, the board said.\n\n"
        "Baca juga\n\n"
        "Drought forces farmers to sell cattle early\n\n"
        "The law took effect on 01.03.2025 and covers 4.2 million homes.\n\n"
        "READ ALSO\n\n"
        "Feed costs double in a year\n\n"
        "The board expects prices to recover by June."
    )
    hidden = [s.text for s in analyze(body) if s.is_boilerplate]
    assert hidden == [
        "19.08.2025, 05:30",
        "Published 04.02.2025 14:31",
        "Baca juga",
        "Drought forces farmers to sell cattle early",
        "READ ALSO",
        "Feed costs double in a year",
    ]


def test_a_writers_note_of_an_outlet_and_a_comments_name_and_date_are_the_sites():
    body = (
        "Clinic to close in Sabbath Hollow\n\n"
        "By Dana Krolikowski-Hanlin\n\n"
        "The Quellridge Sentinel-Gazette\n\n"
        "The county clinic will close on 30 June, the health board said on Tuesday.\n\n"
        "About 2,400 patients are registered there.\n\n"
        "The nearest other clinic is 31 miles away.\n\n"
        "The board said it could not recruit a doctor after the last one retired in March.\n\n"
        "Patients will be sent letters next week.\n\n"
        "Dana Krolikowski-Hanlin covers health and rural Ohio for the Sentinel-Gazette.\n\n"
        "Email her at dkh@example.com.\n\n"
        "Comments\n\n"
        "Wendell Fairstead   Jan 29\n\n"
        "The board never asked us.\n\n"
        "Leon Bezuidhout-Mokgosi is Veldside Sport's rugby writer.\n\n"
        "Follow him on X: @leonbm_rugby"
    )
    hidden = {s.text for s in analyze(body) if s.is_boilerplate}
    assert (
        "Dana Krolikowski-Hanlin covers health and rural Ohio for the Sentinel-Gazette." in hidden
    )
    assert "Wendell Fairstead   Jan 29" in hidden
    assert "Leon Bezuidhout-Mokgosi is Veldside Sport's rugby writer." in hidden
    assert (
        "The county clinic will close on 30 June, the health board said on Tuesday." not in hidden
    )
    # (a source's note, named in the story, stays: "A Name is a senior analyst at Moody's")
    story = (
        "Rates will rise again, said Priya Lalwani-Stott.\n\n"
        "Priya Lalwani-Stott is the Ledger's former economics editor.\n\n"
        "Share this story"
    )
    assert not analyze(story)[1].is_boilerplate
    assert not boilerplate.classify("Budget Day March 3")
    assert boilerplate.classify("Mayor Jane Hollis March 3") == "byline"


def test_a_numeral_that_names_a_place_is_no_figure():
    for text in (
        "Residents of Ward No. 14 tell a different story.",
        "“At No. 33 there was a goat tied to the marker post.",
        "The bus stops at Gate 4 on Route 9.",
    ):
        (sentence,) = analyze(text)
        assert "number" not in sentence.checkworthy_reasons, text
    (homes,) = analyze("The council approved 40 homes at No. 3 Mill Lane.")
    assert "number" in homes.checkworthy_reasons


def test_names_with_an_apostrophe_and_a_qa_introduced_by_an_outlet_with_a_role_first():
    body = (
        "Rationing to start in Kabiroti\n\n"
        "The Star spoke to Kawasco's managing director, Peter Kipng'eno Koech, on Tuesday "
        "afternoon.\n\n"
        "Q: Why has it taken until March to ration water?\n\n"
        "A: We have been rationing in the upper zones since January.\n\n"
        "Q: Who pays?\n\n"
        "A: Customers pay for what the meter reads."
    )
    said = _said(body)
    assert said["A: We have been rationing in the upper zones since January."] == (
        "Peter Kipng'eno Koech"
    )
    assert said["A: Customers pay for what the meter reads."] == "Peter Kipng'eno Koech"
    assert said["Q: Who pays?"] == ""
    body = "Sinead O'Brien chairs the board.\n\n“We are out of money,” O'Brien said."
    assert _said(body)["“We are out of money,” O'Brien said."] == "Sinead O'Brien"


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name():
    assert naming.person_name("In Abodwesoso") == ""
    body = (
        "Coun. Brock Tilney-Kurian cast the lone vote against.\n\n"
        "For Tilney-Kurian, the answer is simple: pay the volunteers.\n\n"
        "“We're paying another village $38,000 to do what our own people would do,” he said."
    )
    assert list(_said(body).values())[-1] == "Brock Tilney-Kurian"


def test_one_quoted_as_saying_is_the_source():
    body = (
        "Olorunkemi quoted the governor as saying that the arrears would be paid by June.\n\n"
        "State media quoted the provincial agriculture department as saying that 7,800 "
        "hectares had been flooded.\n\n"
        "Xinhua quoted Zhang Wei, the mayor, as saying the bridge was safe.\n\n"
        "He quoted Shakespeare in his speech."
    )
    assert list(_said(body).values()) == [
        "the governor",
        "the provincial agriculture department",
        "Zhang Wei",
        "",
    ]


def test_how_a_speaker_was_reached_is_an_aside():
    body = (
        "A ministry official in Fayoum, reached by phone, said he had received no "
        "instructions.\n\n"
        "The mayor, asked about the delay, said the work would finish in May."
    )
    assert list(_said(body).values()) == ["A ministry official in Fayoum", "The mayor"]


def test_an_interviews_kicker_is_no_turn_and_the_interviewer_asks_unattributed():
    body = (
        "Interview: the forester who counts the dead trees\n\n"
        "By Mara Kessler\n\n"
        "Anke Vollhaberg has run the Harzbach forest office for 12 years. Mara Kessler (MK) "
        "spoke to her.\n\n"
        "MK: Ms Vollhaberg, how bad is it this summer?\n\n"
        "AV: We lost 4,000 spruce in June alone.\n\n"
        "MK: Why spruce?\n\n"
        "AV: They have shallow roots, and the soil is dry to a metre.\n\n"
        "MK: What can be done?\n\n"
        "AV: We plant oak and beech now."
    )
    said = _said(body)
    assert said["MK: Why spruce?"] == ""
    assert said["MK: Ms Vollhaberg, how bad is it this summer?"] == ""
    assert said["AV: We plant oak and beech now."] == "Anke Vollhaberg"


def test_one_who_goes_by_one_name_with_an_age_is_whom_a_pronoun_means():
    body = (
        "Arief Mahendratamaji, the clinic head, said 40 children had been treated.\n\n"
        "Yusnidarwati, 39, who sells fried snacks near the river, brought her son in on "
        "Monday.\n\n"
        "“My son has been coughing since Monday,” she said."
    )
    assert list(_said(body).values())[-1] == "Yusnidarwati"


def test_well_said_is_an_idiom_not_a_source():
    body = "Well said.\n\nEnough said.\n\nWells said the plan was late."
    assert list(_said(body).values()) == ["", "", "Wells"]


def test_a_masthead_with_its_tagline_is_no_title():
    body = (
        "Moorgeest Dispatch — News in English from northern Lower Saxony\n\n"
        "Rail line to close for 16 weeks as Haldenbrück Schienen rebuilds bridge\n\n"
        "By Jana Obermüller\n\n"
        "The line between Tilsdorf and Moorgeest will close from 26 March, the operator said.\n\n"
        "The bridge is 90 years old.\n\n"
        "© 2026 Moorgeest Dispatch"
    )
    first = analyze(body)[0]
    assert first.boilerplate_reason == "masthead"
    # (a headline that names another outlet is no masthead: "The Ledger — a paper that …")
    (headline, *_rest) = analyze(
        "Harbour Ledger: the paper that outlived its owners\n\n"
        "The Harbour Ledger turns 150 this week, its editor said.\n\n"
        "© 2026 Coastline Media"
    )
    assert headline.boilerplate_reason == ""


def test_it_after_a_body_by_its_initials_is_the_body_named_in_full():
    body = (
        "The Office for National Statistics said inflation rose to 3.1%.\n\n"
        "ONS changed how it counts rents this year. It said the change added little.\n\n"
        "Traffic was heavy on the bridge. It said the fall was expected."
    )
    said = _said(body)
    assert said["It said the change added little."] == "Office for National Statistics"
    # (a word the text writes in small letters is a common noun opening its sentence)
    body = (
        "The Office for National Statistics said inflation rose to 3.1%.\n\n"
        "Traffic on the bridge was heavy. The traffic eased by noon.\n\n"
        "Traffic fell 9% in May. It said the fall was expected."
    )
    assert _said(body)["It said the fall was expected."] == "Office for National Statistics"


def test_a_title_holder_named_with_a_particle_is_whom_the_title_means():
    body = (
        "Builder jailed over apprentice's fall\n\n"
        "Judge Róisín de Búrca sentenced the builder to 18 months at Castlebar on Tuesday.\n\n"
        "The judge said the firm had ignored two warnings."
    )
    assert _said(body)["The judge said the firm had ignored two warnings."] == "Róisín de Búrca"


def test_dutch_t_and_the_styles_rra_mma_kgosi_me_before_a_name():
    assert naming.person_name("Councillor Marieke van 't Hoff") == "Marieke van 't Hoff"
    assert naming.person_name("Rra Gaolathe Sebonego") == "Gaolathe Sebonego"
    assert naming.person_name("Kgosi Olebile Rantsimako") == "Olebile Rantsimako"
    assert naming.person_name("Me Bertrand du Plessis-Aubignac") == "Bertrand du Plessis-Aubignac"
    # (a style only from the front of a name of three words or more: "Mma Ramotswe" as written)
    assert naming.person_name("Mma Ramotswe") == "Mma Ramotswe"


def test_a_rank_of_a_body_named_straight_after_it_is_no_person():
    body = (
        "Tea estates short of pluckers\n\n"
        "The superintendent of Kalugala Estate, who asked not to be named, said only 140 came.\n\n"
        "The chairman of Rosslyn Farm said the pumps failed.\n\n"
        "The Secretary of State, Ama Boateng, said help was coming."
    )
    said = list(_said(body).values())
    assert said[1:] == [
        "The superintendent of Kalugala Estate",
        "The chairman of Rosslyn Farm",
        "Ama Boateng",
    ]


def test_a_month_after_the_is_no_source():
    body = (
        "Hospital cuts night shifts\n\n"
        "The ministry did not answer questions about the March note.\n\n"
        "Official figures for the year to March show 214,300 completions."
    )
    said = list(_said(body).values())
    assert said[1] == "The ministry"
    assert said[2] == "Official figures for the year to March"


def test_a_forecasting_body_with_its_initials_or_named_for_its_science_has_forecast():
    body = (
        "Dry autumn ahead\n\n"
        "The Chilean Meteorological Directorate (DMC) has forecast a drier autumn for the south.\n\n"
        "The Department of Hydrology and Meteorology has forecast rain on Thursday."
    )
    said = list(_said(body).values())
    assert said[1:] == [
        "Chilean Meteorological Directorate (DMC)",
        "Department of Hydrology and Meteorology",
    ]


def test_links_to_the_story_before_or_after_and_pic_credits_and_copyright_notices_are_furniture():
    body = (
        "Drought deepens in the north\n\n"
        "Cattle wait at a dry dam outside Moshupane on Tuesday. PIC: TSHEPO MOLEFHE\n\n"
        "Farmers say 40 cattle have died.\n\n"
        "« Previous: Bus fares unchanged for 2026, says Transport Board\n\n"
        "Next: Crop Over bands register for 2026 season »\n\n"
        "Previous article: Council approves new budget\n\n"
        "Next: the council votes on the plan on Tuesday.\n\n"
        "All content is protected by copyright."
    )
    hidden = _hidden(body)
    assert hidden["PIC: TSHEPO MOLEFHE"]
    assert hidden["« Previous: Bus fares unchanged for 2026, says Transport Board"]
    assert hidden["Next: Crop Over bands register for 2026 season »"]
    assert hidden["Previous article: Council approves new budget"]
    assert hidden["All content is protected by copyright."]
    assert not hidden["Next: the council votes on the plan on Tuesday."]
    assert not hidden["Farmers say 40 cattle have died."]


def test_says_a_role_of_two_portfolios_then_the_name_closes_a_clause():
    body = (
        "Barrier to be built\n\n"
        "A barrier will be built by September, after boulders struck two houses in March, says"
        " state local government and housing committee chairman Datuk Hasnul Rasydan bin Zamri.\n\n"
        "The ministry, in a statement, said the barrier was safe."
    )
    said = list(_said(body).values())
    assert said[1:] == ["Hasnul Rasydan bin Zamri", "The ministry"]


def test_a_portfolio_of_a_list_and_hausa_and_ugandan_styles():
    body = (
        "Traders told to move\n\n"
        "The Commissioner for Commerce, Industry and Cooperatives, Hajiya Ummulkhairi Salisu"
        " Garko, disclosed this on Tuesday.\n\n"
        '"Government is not chasing anybody away," the commissioner said.\n\n'
        "Hajjat Zaituni Nakalanzi Sserwadda said she drove from Kampala."
    )
    said = list(_said(body).values())
    assert said[1:] == [
        "Ummulkhairi Salisu Garko",
        "Ummulkhairi Salisu Garko",
        "Zaituni Nakalanzi Sserwadda",
    ]


def test_a_trade_before_a_name_is_no_part_of_it():
    assert naming.person_name("Newsagent Raelene Stubbings") == "Raelene Stubbings"
    assert naming.person_name("Publican Dermot Quill") == "Dermot Quill"


def test_a_name_given_in_full_at_the_end_of_a_sentence_keeps_its_second_surname():
    body = (
        "Wells run dry\n\n"
        "The water level has fallen to 41 metres, said the committee's president, María José"
        " Urzúa Peñaloza.\n\n"
        "Urzúa said the committee had applied for a new well in 2023.\n\n"
        "Darnell Sturdivant Jr. added 22 points.\n\n"
        "“My dad sat in the second row tonight,” Sturdivant said."
    )
    said = list(_said(body).values())
    assert said[2] == "María José Urzúa Peñaloza"
    assert said[4] == "Darnell Sturdivant Jr."


def test_the_end_of_a_longer_name_the_text_gave_is_that_person():
    body = (
        "Tankers for outlying homes\n\n"
        "Ezequiel Carvajal de la Torre, a farmer, said the council should hire tankers.\n\n"
        "Carvajal de la Torre said a tanker cost about €180 a day.\n\n"
        "The MLA, V. Thangavel Murugan, said the scanner had been idle since March.\n\n"
        "Mr. Thangavel Murugan said that was true."
    )
    said = list(_said(body).values())
    assert said[2] == "Ezequiel Carvajal de la Torre"
    assert said[4] == "V. Thangavel Murugan"


def test_a_transcript_with_dotted_q_and_a_turns_gives_the_answers_to_the_interviewee():
    body = (
        "Founder on the recall\n\n"
        "Shanthi Ramakanthan at the plant in Hosur on March 6. | Photo Credit: R. Balasubramanian\n\n"
        "The Palar Standard met Shanthi Ramakanthan at the company's plant in Hosur.\n\n"
        "Q. Why did the scooters catch fire?\n\n"
        "A. All three scooters had cells from one batch that we bought in late 2025. Our own"
        " tests found that 0.3% of the cells had a thin separator.\n\n"
        "Q. Why recall all of them?\n\n"
        "A. Because nobody can tell from the outside which scooter has a bad cell.\n\n"
        "Q. Some analysts say Indian makers will never match Chinese cell prices.\n\n"
        "A. About 40% of the cost of a scooter is the battery."
    )
    said = _said(body)
    assert said["Q. Why did the scooters catch fire?"] == ""
    assert said["Our own tests found that 0.3% of the cells had a thin separator."] == (
        "Shanthi Ramakanthan"
    )
    assert said["A. About 40% of the cost of a scooter is the battery."] == "Shanthi Ramakanthan"
    assert said["Q. Some analysts say Indian makers will never match Chinese cell prices."] == (
        "Some analysts"
    )
    # (no transcript: a name's initial is no answer's turn)
    said = _said(
        "Mill to close\n\n"
        "A. J. Brannock said the mill would close in May.\n\n"
        "A. Kowalczyk, a worker, said she had heard nothing."
    )
    assert list(said.values())[1:] == ["A. J. Brannock", "A. Kowalczyk"]


def test_a_wire_storys_notes_and_credits_and_an_interviews_cut_are_furniture():
    body = (
        "Tanker cars derail near Corbendale\n\n"
        "Eds: UPDATES with NTSB comments, partial lifting of evacuation order.\n\n"
        "This story comes from our partners at Greyspan Press and has not been edited by Loessland"
        " 9.\n\n"
        "Eleven tanker cars left the track on Tuesday, the railroad said.\n\n"
        "Greyspan Press writers Sandra Morantz in Des Moines, Iowa, and Pete Halvorsbraaten in"
        " Omaha, Nebraska, contributed to this report.\n\n"
        "Edited excerpts:\n\n"
        "Excerpts from the interview show the minister was angry."
    )
    hidden = _hidden(body)
    assert hidden["Eds: UPDATES with NTSB comments, partial lifting of evacuation order."]
    assert hidden[
        "This story comes from our partners at Greyspan Press and has not been edited by Loessland"
        " 9."
    ]
    assert hidden[
        "Greyspan Press writers Sandra Morantz in Des Moines, Iowa, and Pete Halvorsbraaten in"
        " Omaha, Nebraska, contributed to this report."
    ]
    assert hidden["Edited excerpts:"]
    assert not hidden["Eleven tanker cars left the track on Tuesday, the railroad said."]
    assert not hidden["Excerpts from the interview show the minister was angry."]


def test_no_reply_to_calls_and_text_messages_is_a_silence_of_the_person_asked():
    said = _said(
        "Water cut\n\n"
        "The spokesperson for the Water Corporation, Mrs Funmilayo Agbo-Osho, did not respond to"
        " calls and text messages on Tuesday."
    )
    assert list(said.values())[1] == "Funmilayo Agbo-Osho"


def test_a_picture_posted_is_no_speech_unless_words_come_with_it():
    said = list(
        _said(
            "Levee holds\n\n"
            "Kallowra Mayor Trent Gillespie-Zammitt has posted a video to the council's Facebook"
            " page, filmed on top of the town levee at first light.\n\n"
            "The mayor posted a video on Facebook saying the levee had held.\n\n"
            "He posted a photo of the crowd with a message of his own:\n\n"
            "The union posted this a few minutes ago: the strike is off."
        ).values()
    )
    assert said[1] == ""
    assert said[2:] == ["Trent Gillespie-Zammitt", "Trent Gillespie-Zammitt", "The union"]


def test_a_body_set_off_before_its_cue_and_when_after_it_closes_the_claim():
    said = list(
        _said(
            "Water cuts\n\n"
            "Residents will have no mains water from Monday 27 April, the town hall announced on"
            " Thursday, after the reservoir fell to 9 per cent.\n\n"
            "Prices rose 4 per cent, the bank warned, as the drought deepened."
        ).values()
    )
    assert said[1:] == ["the town hall", "the bank"]


def test_a_headlines_bank_board_ministry_or_qualified_council_is_the_body_the_story_names():
    said = list(
        _said(
            "Bank says counter use has fallen by 71 per cent\n\n"
            "Warrabeen will lose its last branch after Wattlegate Bank announced it would close it.\n\n"
            "Town council says contractor was held up by parts\n\n"
            "The Kebun Hijau Town Council said the lift would run by June.\n\n"
            "Ministry says work on a bypass will start on Monday\n\n"
            "The Ministry of Works and Transport said the bypass would cost $2m."
        ).values()
    )
    assert said[0] == "Wattlegate Bank"
    assert said[2] == "Kebun Hijau Town Council"
    assert said[4] == "Ministry of Works and Transport"


def test_a_fathers_initial_joined_to_the_name_is_a_person_named_in_full():
    said = list(
        _said(
            "Herders lose animals to the dzud\n\n"
            "Its head, Colonel S.Tumurbaatar, said temperatures had fallen below minus 40.\n\n"
            "He said 3,400 herder households had lost more than half of their animals.\n\n"
            "Herder D.Ganbold, 52, said he had lost 80 sheep.\n\n"
            "Ganbold said hay cost 28,000 a bale."
        ).values()
    )
    assert said[1:] == ["S.Tumurbaatar", "S.Tumurbaatar", "D.Ganbold", "D.Ganbold"]


def test_a_sites_imprint_line_is_furniture():
    hidden = _hidden(
        "Council approves budget\n\n"
        "The council approved a budget of 4 million on Tuesday, the mayor said.\n\n"
        "Editor-in-chief: Vo Hoang Lam\n\n"
        "Managing editor: Jane Doe\n\n"
        "Publisher: Harbour Media Ltd\n\n"
        "Editor: The council should be ashamed of itself."
    )
    assert hidden["Editor-in-chief: Vo Hoang Lam"]
    assert hidden["Managing editor: Jane Doe"]
    assert hidden["Publisher: Harbour Media Ltd"]
    assert not hidden["Editor: The council should be ashamed of itself."]


def test_a_qa_answers_with_the_interviewee_named_in_full_and_both_surnames_of_a_prefix():
    said = _said(
        "Q&A: Why a loaf of bread costs 40 per cent more\n\n"
        "We spoke to Mrs Comfort Asantewaa Oppong-Mensah, president of the Greater Accra Bakers'"
        " Association, at her bakery.\n\n"
        "Q: How much of the increase is the exchange rate?\n\n"
        "A: Maybe half.\n\n"
        "Q: What else?\n\n"
        "A: Sugar, margarine, firewood, transport."
    )
    assert said["A: Maybe half."] == "Comfort Asantewaa Oppong-Mensah"
    said = _said(
        "Mexico City to add 300 water tankers\n\n"
        "Water director Ing. Arturo Cisneros Villagómez spoke to reporters at the briefing.\n\n"
        "REPORTER: How many households are without water today?\n\n"
        "CISNEROS VILLAGÓMEZ: About 410,000, in 96 colonias.\n\n"
        "REPORTER: When will the tankers come?\n\n"
        "CISNEROS VILLAGÓMEZ: I have seen the reports."
    )
    assert said["CISNEROS VILLAGÓMEZ: About 410,000, in 96 colonias."] == (
        "Arturo Cisneros Villagómez"
    )


def test_the_first_two_of_three_names_are_that_person():
    said = list(
        _said(
            "Traders not invited\n\n"
            "Ahmad Zaki Ibrahim, the assemblyman for Bukit Jelutong, said traders were ignored.\n\n"
            "Ahmad Zaki said only the association's committee had been invited."
        ).values()
    )
    assert said[2] == "Ahmad Zaki Ibrahim"


def test_a_title_holder_with_two_particles_in_the_name_is_whom_the_title_means():
    said = list(
        _said(
            "Mayor says night-time cuts could last until the autumn rains\n\n"
            "Residents will have no mains water at night from Monday.\n\n"
            "Mayor Bartolomé de la Rubia Arjona said the cuts were needed.\n\n"
            "The mayor said tankers would be sent where needed."
        ).values()
    )
    assert said[0] == said[2] == said[3] == "Bartolomé de la Rubia Arjona"


def test_in_his_words_set_off_inside_a_sentence_names_whose_quoted_words_they_are():
    said = list(
        _said(
            "County takes over quarry\n\n"
            "Governor Daniel Kiptoo Kogo said the quarry had been abandoned in 2019.\n\n"
            'The county, in his words, was being asked to take over "a hole in the ground."\n\n'
            "The plan, in other words, was dead."
        ).values()
    )
    assert said[2:] == ["Daniel Kiptoo Kogo", ""]


def test_a_body_named_for_its_field_and_its_place_is_no_person():
    assert naming.person_name("Environment Canterbury") == ""
    assert naming.person_name("Transport Scotland") == ""
    assert naming.person_name("Justice Carrivick") == "Carrivick"
    said = list(
        _said(
            "Farms told to halve water takes\n\n"
            "About 140 farms in Mid Canterbury must cut their takes by half from Thursday,"
            " Environment Canterbury said.\n\n"
            "Environment Canterbury said the trigger levels were set in 2017."
        ).values()
    )
    assert said[1:] == ["Environment Canterbury", "Environment Canterbury"]


def test_an_apposition_of_what_they_do_then_the_name_names_the_speaker():
    said = list(
        _said(
            "Library campaign\n\n"
            'Its founder, retired teacher Alwyn Crosfield-Balfrey, added: "The council says this'
            ' is about money."\n\n'
            "The club's owner, local businessman Derek Hale, said the ground would be sold."
        ).values()
    )
    assert said[1:] == ["Alwyn Crosfield-Balfrey", "Derek Hale"]


def test_the_name_just_before_the_cues_comma_after_an_opening_or_a_roles_parts():
    said = list(
        _said(
            "Typhoon hits Samar\n\n"
            "In Brgy. Santo Niño, fisherman Danilo Orbeta, 52, said he had tied his boat to a tree.\n\n"
            '"We lost our house to Yolanda," he said in Waray.\n\n'
            "His coach, Josphat Kibet Ruto of the Kerio Heights camp in Iten, said Chelimo ran"
            " 210km a week.\n\n"
            "The Chairman, Tomato Sellers Association, Agbaluwa Market, Alhaji Musa Garba-Tsafe,"
            " said prices had tripled.\n\n"
            "The inquiry, led by retired judge Mr Justice Raymond Gauci Pisani, said the works were"
            " unsafe."
        ).values()
    )
    assert said[1:5] == [
        "Danilo Orbeta",
        "Danilo Orbeta",
        "Josphat Kibet Ruto",
        "Musa Garba-Tsafe",
    ]
    assert said[5] != "Raymond Gauci Pisani"


def test_sport_and_place_words_that_look_like_cues_and_silence_to_phone_messages():
    said = list(
        _said(
            "Sharks win final\n\n"
            "Flyhalf Ruan Steenkamp added the conversion.\n\n"
            "Maize prices rose after an outbreak of armyworm on farms in Kaduna and Kano states.\n\n"
            "The company did not respond to phone messages or to a letter sent on Monday.\n\n"
            "Grazier Annabel Poustie said the dam was dry."
        ).values()
    )
    assert said[1:] == ["", "", "The company", "Annabel Poustie"]


def test_a_reporters_credit_with_a_place_a_translation_note_and_a_copyright_sign_are_furniture():
    hidden = _hidden(
        "Island ferries cut\n\n"
        "The ferry company will cut sailings to Kea from Monday, the ministry said.\n\n"
        "— Reported by Eleni Vasilakou in Athens.\n\n"
        "Quotes in this article were translated from Spanish.\n\n"
        "Copyright© 2026, THE SOUTHERN LANTERN"
    )
    assert hidden["— Reported by Eleni Vasilakou in Athens."]
    assert hidden["Quotes in this article were translated from Spanish."]
    assert hidden["Copyright© 2026, THE SOUTHERN LANTERN"]
    assert not hidden["The ferry company will cut sailings to Kea from Monday, the ministry said."]


def test_asked_a_name_three_questions_introduces_the_interviewee():
    said = _said(
        "Lake is safe to swim in, study author says\n\n"
        "Bather Walburga Hinterstoisser said she had swum there for years.\n\n"
        "Rhineline asked Prof. Sabine Achterberg-Nuñez three questions.\n\n"
        "Q: Is it safe?\n\n"
        "A: Mostly, yes.\n\n"
        "Q: Where does it come from?\n\n"
        "A: Mostly from the A95."
    )
    assert said["A: Mostly from the A95."] == "Sabine Achterberg-Nuñez"


def test_the_trainer_fits_what_the_pass_weighs_and_a_private_persons_account_is_one_of_them():
    from claimreview.text import checkworthy_rows

    body = (
        "Drought\n\n"
        "Segundo Pizarro Olave, 63, who grows maize, said he had sold 11 of his 19 cows.\n\n"
        "He said he had taken a loan of 6 million pesos.\n\n"
        "Agriculture minister Rosa Ibáñez said 4,100 farms had lost cattle."
    )
    rows = [row for _s, _e, row in checkworthy_rows(body) if row is not None]
    findings = [{f for f in features if f.startswith("finding:")} for features, _ceiling in rows]
    # (the weighed-only findings reach the trainer: "private person", as "quoted" and "short")
    assert "finding:private person" in findings[1]
    assert "finding:private person" in findings[2]  # his "he said", the same person
    assert "finding:private person" not in findings[3]
    assert checkworthy.WEIGHTS.get("finding:private person", 0.0) < 0


def test_a_statement_read_in_part_over_its_quoted_paragraphs_and_silence_by_press_time():
    said = list(
        _said(
            "Footbridge closed\n\n"
            "The statement read in part:\n\n"
            "“The footbridge was turned over to the city by the contractor in March.\n\n"
            "“Nobody will cross that bridge again until I am satisfied that it is safe.”\n\n"
            "The Garda Press Office did not answer that question by the time of going to press.\n\n"
            "The firm did not respond to questions by press time."
        ).values()
    )
    assert said[1:4] == ["The statement"] * 3
    assert said[4:] == ["Garda Press Office", "The firm"]


def test_a_company_with_its_legal_form_in_capitals_is_a_body_that_it_said_names():
    said = _said(
        "Plant permit\n\n"
        "Gulfward Methanol LLC said the plant was safe.\n\n"
        "It said it would reopen in May.\n\n"
        "Kanaalkade Vastgoed BV, the building's owner, did not respond to questions.\n\n"
        "Rijnvalk Logistiek B.V., which runs 46 barges, told customers it would charge more.\n\n"
        "Rijnvalk said the surcharge would be reset every day.\n\n"
        "Barnaby Crook KC said the case was weak."
    )
    assert said["Gulfward Methanol LLC said the plant was safe."] == "Gulfward Methanol LLC"
    assert said["It said it would reopen in May."] == "Gulfward Methanol LLC"
    assert (
        said["Kanaalkade Vastgoed BV, the building's owner, did not respond to questions."]
        == "Kanaalkade Vastgoed BV"
    )
    # (the firm's name does not go on into its form: "Rijnvalk" as written, not "… B")
    assert said["Rijnvalk said the surcharge would be reset every day."] == "Rijnvalk"
    assert (
        said["Barnaby Crook KC said the case was weak."] == "Barnaby Crook"
    )  # letters after a name


def test_malay_given_names_before_a_fathers_name_and_an_honorific_before_them_are_the_person():
    said = _said(
        "Flood bypass\n\n"
        "Datuk Zulkarnain Hafizuddin Mat Jusoh, the state works committee chairman, visited.\n\n"
        "Asked about the delay, Zulkarnain said the handover date was firm.\n\n"
        "Inspector Azrul Hisham Mohd Khairi said 213 reports had been lodged.\n\n"
        "Azrul Hisham said the syndicate was linked to them.\n\n"
        "Ms Nurul Asyikin Mohd Zawawi, the firm's director, told the court the money was gone.\n\n"
        "Ms Nurul Asyikin said it had gone to repay a loan.\n\n"
        "Madam Faridah binte Osmadi, 63, told the court she paid $18,400."
    )
    assert said["Asked about the delay, Zulkarnain said the handover date was firm."] == (
        "Zulkarnain Hafizuddin Mat Jusoh"
    )
    assert said["Azrul Hisham said the syndicate was linked to them."] == "Azrul Hisham Mohd Khairi"
    assert said["Ms Nurul Asyikin said it had gone to repay a loan."] == "Nurul Asyikin Mohd Zawawi"
    assert said["Madam Faridah binte Osmadi, 63, told the court she paid $18,400."] == (
        "Faridah binte Osmadi"
    )


def test_a_quoted_sentence_pointing_to_our_website_is_the_speakers_claim_not_furniture():
    sentences = analyze(
        "Dengue cases rise\n\n"
        "“We are not hiding any number,” he said. “Every suspected case is on the panel on our"
        " website, updated every morning.”\n\n"
        "Photographs of the items can be viewed on our website."
    )
    furniture = {s.text: s.is_boilerplate for s in sentences}
    assert not furniture[
        "“Every suspected case is on the panel on our website, updated every morning.”"
    ]
    assert furniture["Photographs of the items can be viewed on our website."]


def test_a_body_described_before_its_name_and_after_a_dateline_with_a_dash():
    said = _said(
        "Bins uncollected\n\n"
        "The operator, Limpa Sul, said the trucks were late.\n\n"
        "It said the service would return to normal by Friday.\n\n"
        "Limpeza Vale Verde Ltda. said the depot had flooded.\n\n"
        "It said repairs would take a week.\n\n"
        "HAWASSA — The Boreda Hills Coffee Farmers' Cooperative Union, which represents about"
        " 14,000 growers, said prices fell.\n\n"
        "The mayor, Ana Souza, said she was angry."
    )
    assert said["It said the service would return to normal by Friday."] == "Limpa Sul"
    assert said["It said repairs would take a week."] == "Limpeza Vale Verde Ltda."
    assert (
        said[
            "HAWASSA — The Boreda Hills Coffee Farmers' Cooperative Union, which represents about"
            " 14,000 growers, said prices fell."
        ]
        == "Boreda Hills Coffee Farmers' Cooperative Union"
    )
    assert said["The mayor, Ana Souza, said she was angry."] == "Ana Souza"  # (a person still)


def test_a_documents_date_is_part_of_it_after_according_to():
    said = _said(
        "Waits\n\n"
        "Waits rose to 61 hours, according to figures the authority released on Thursday.\n\n"
        "The debt stood at 4.37 lakh crore, according to the audit report tabled in the Assembly"
        " last month.\n\n"
        "The ward will close, according to the health board's chief executive on Tuesday."
    )
    assert list(said.values())[1:] == [
        "figures the authority released on Thursday",
        "the audit report tabled in the Assembly last month",
        "the health board's chief executive",  # (a person's time is when they spoke)
    ]


def test_two_surnames_used_alone_are_the_person_named_in_full_unless_someone_else_has_them():
    said = _said(
        "Sentence\n\n"
        "Lawyer Aaron Sammut Briffa, appearing for the family, said the family accepted it.\n\n"
        "“Nothing brings Mario back,” Dr Sammut Briffa said.\n\n"
        "Her opponent, Ana Belén Quiroga Sáez of the independent list, said the mayor was wrong.\n\n"
        "Quiroga said the contract was too big.\n\n"
        "Planning minister Muhammad Ali Khan said the scheme would be ready by June.\n\n"
        "Shopkeeper Ali Khan, whose stall faces the site, was less sure.\n\n"
        "Ali Khan said: “They have promised this for ten years.”"
    )
    assert said["“Nothing brings Mario back,” Dr Sammut Briffa said."] == "Aaron Sammut Briffa"
    assert said["Quiroga said the contract was too big."] == "Ana Belén Quiroga Sáez"
    assert said["Ali Khan said: “They have promised this for ten years.”"] == "Ali Khan"


@pytest.mark.parametrize(
    "line",
    [
        "Sponsored · Eldmoor Wealth: The three dividend stocks retirees keep buying",
        "SPONSORED   |   How a Brabant dairy cut freezer energy by 18% with new compressors",
        "You've reached the end of this preview.",
        "Not a member yet?",
        "Related pages: Bins and recycling   Check your bin day   Order a replacement bin",
        "(ATTN: ADDS comments from commuters in paras 10-11; UPDATES with city figures)",
        "Quotes translated from German by Lower Saxony Today.",
        "Duration: 1 minute 24 seconds",
        "Last update: about 2 hours ago",
        "WIN: A family pass to Rathgorm Adventure Park, just text PARK to 53097 for your chance.",
        "PCLL.SN   -4.81%",
        "HG=F   +1.91%",
    ],
)
def test_furniture_labelled_with_its_separator_or_stock_words(line):
    body = f"Bridge closed\n\nThe bridge closed on Monday after inspectors found cracks.\n\n{line}"
    assert analyze(body)[-1].is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "GDP   +3.2%",
        "Winter is coming for your heating bill, and the regulator says prices will rise 9%.",
        "Last year the council cut 40 jobs.",
    ],
)
def test_lines_like_those_labels_that_are_story(line):
    body = f"Prices\n\nThe bridge closed on Monday after inspectors found cracks.\n\n{line}"
    assert not analyze(body)[-1].is_boilerplate


def test_a_reporters_contact_line_with_a_pronoun_is_furniture():
    body = (
        "Bridge closed\n\nThe bridge closed on Monday after inspectors found cracks.\n\n"
        "Tamsin Oyebade covers county government for the Ledger-Dispatch.\n\n"
        "She can be reached at 717-555-0143."
    )
    assert analyze(body)[-1].is_boilerplate


def test_a_rank_of_a_body_before_the_name_and_comrade_and_madame_as_styles():
    said = _said(
        "Ferry\n\n"
        "Convener of Camas Dubh Community Council Oighrig MacFhionnlaigh said: “We wait.”\n\n"
        "Ms MacFhionnlaigh said the community had been promised a new boat.\n\n"
        "Ward 4 councillor Cde Tinotenda Mapfumo-Zhou said parents had lost their income.\n\n"
        "Mme Hélène Carré said the school would close in June."
    )
    assert list(said.values())[1:] == [
        "Oighrig MacFhionnlaigh",
        "Oighrig MacFhionnlaigh",
        "Tinotenda Mapfumo-Zhou",
        "Hélène Carré",
    ]
    # (a body's name that runs on past its word keeps no person: "Museum of Art A Name")
    assert naming.person_name("Head of Kelby Museum of Art Jane Smith") == ""


def test_a_headlines_first_word_is_no_first_name_and_one_named_person_takes_a_pronoun():
    said = _said(
        "Late Ngata double hands Harbourside the title\n\n"
        "Harbourside beat Pellmoor 24-10, with winger Tama Ngata scoring twice late on.\n\n"
        "“I didn't even see the line,” Ngata said.\n\n"
        "Suwarno, 54, who leads the fishermen's group, said the water turned black on Monday.\n\n"
        "He said the group had sent samples to a laboratory.\n\n"
        "Phạm Văn Đức, the provincial labour director, spoke on Monday.\n\n"
        "Đức said unemployment insurance payments had risen 37 per cent in 2024."
    )
    assert said["“I didn't even see the line,” Ngata said."] == "Tama Ngata"
    assert said["He said the group had sent samples to a laboratory."] == "Suwarno"
    assert said["Đức said unemployment insurance payments had risen 37 per cent in 2024."] == (
        "Phạm Văn Đức"
    )


def test_a_place_ranked_among_others_at_the_foot_is_no_writers_note():
    sentences = analyze(
        "Cocoa prices\n\n"
        "The cocoa board said farm-gate prices would rise 12 per cent from October.\n\n"
        "Ghana is the world's second-largest cocoa producer after Côte d'Ivoire.\n\n"
        "Disclaimer: The views expressed in comments are those of the readers."
    )
    assert not sentences[2].is_boilerplate
    assert sentences[3].is_boilerplate


def test_a_portuguese_names_generation_after_the_surname_is_part_of_it():
    said = _said(
        "Dengue\n\n"
        "José Carlos Albuquerque dos Santos Filho, the health secretary, spoke on Monday.\n\n"
        "Santos Filho said 1,204 cases had been confirmed.\n\n"
        "Marcos Pereira Filho runs the clinic.\n\n"
        "Pereira said the clinic was full."
    )
    assert said["Santos Filho said 1,204 cases had been confirmed."] == (
        "José Carlos Albuquerque dos Santos Filho"
    )
    assert said["Pereira said the clinic was full."] == "Marcos Pereira Filho"


def test_a_menu_on_one_line_between_bullets_is_one_line_of_furniture():
    sentences = analyze(
        "Home • News • Sport • Business • Opinion\n\n"
        "Bins to be collected fortnightly\n\n"
        "• Put your caddy out by 6.30am • Check your collection day online"
    )
    assert sentences[0].text == "Home • News • Sport • Business • Opinion"
    assert sentences[0].is_boilerplate
    assert not sentences[1].is_boilerplate  # (the title, not "Home")
    assert [s.text for s in sentences[2:]] == [
        "• Put your caddy out by 6.30am",
        "• Check your collection day online",
    ]


def test_a_team_before_its_coachs_role_is_no_person_a_pronoun_names():
    said = list(
        _said(
            "Brindle Creek lose semi-final\n\n"
            "Brindle Creek coach Sione Havili-Marsh was philosophical.\n\n"
            "“We were beaten by a better side,” he said."
        ).values()
    )
    assert said[-1] == "Sione Havili-Marsh"


@pytest.mark.parametrize(
    "line",
    [
        "Programming note: The Morning Show returns on Monday at 6 a.m.",
        "This video is not available outside Ireland.",
        "Weather coverage on 8 News is sponsored by Coolabah Air Conditioning.",
        "Local news on Tide FM is brought to you by Harbour Motors.",
    ],
)
def test_a_broadcasters_notes_and_sponsors_are_furniture(line):
    body = f"Storm\n\nThe storm closed 14 roads across the county on Monday.\n\n{line}"
    assert analyze(body)[-1].is_boilerplate


def test_a_sponsor_in_the_news_is_news():
    body = (
        "Festival\n\nThe festival opens on Friday.\n\nThe festival is sponsored by Pellmoor Bank."
    )
    assert not analyze(body)[-1].is_boilerplate


def test_figures_released_under_a_law_are_the_document_not_the_law():
    said = list(
        _said(
            "Fees\n\n"
            "The Department paid 186,000 euros in rent, according to figures released under the"
            " Freedom of Information Act.\n\n"
            "Figures obtained under the Freedom of Information Act show 4,120 fines in 2025."
        ).values()
    )
    assert said[1:] == [
        "figures released under the Freedom of Information Act",
        "Figures obtained under the Freedom of Information Act",
    ]


def test_a_named_seller_after_his_age_and_what_he_is_a_portfolio_before_a_name_and_initials():
    said = list(
        _said(
            "Flat sold\n\n"
            "“I did not expect that price,” said the seller, Mr Jeremy Koh Wei Ming, 46, an"
            " engineer who has since moved to Punggol.\n\n"
            "Minister of State for National Development Farah Ismail-Tan said 19,600 flats would"
            " be launched.\n\n"
            "ILOILO CITY — Subsidized rice is now sold in 12 markets, the Department of"
            " Agriculture (DA) in Western Visayas said on Monday."
        ).values()
    )
    assert said[1:] == [
        "Jeremy Koh Wei Ming",
        "Farah Ismail-Tan",
        "the Department of Agriculture (DA)",
    ]


def test_religious_titles_are_dropped_and_a_family_name_first_resolves_after_a_role():
    said = list(
        _said(
            "Temple land and a dispute\n\n"
            "The temple's abbot, Phra Khru Sophon Thammawat, said the land was donated in 1962.\n\n"
            "The abbot said the temple would appeal.\n\n"
            "Kang Hye-rim, the company's labour relations director, said the messages were"
            " private.\n\n"
            "Park Min-seo, who leads the union branch, said the company had lied.\n\n"
            "Kang, asked about the messages, said she had not seen them."
        ).values()
    )
    assert said[1:3] == ["Sophon Thammawat", "Sophon Thammawat"]
    assert said[-1] == "Kang Hye-rim"


def test_a_name_before_an_aside_between_dashes_and_after_two_descriptions():
    said = list(
        _said(
            "Strike\n\n"
            "Another worker, Artyom Borovikov — no relation — said 212 staff had resigned.\n\n"
            "The march drew 3,000 people, according to its organiser, the local pastor,"
            " Klaus-Dieter Hinrichsen."
        ).values()
    )
    assert said[1:] == ["Artyom Borovikov", "Klaus-Dieter Hinrichsen"]


def test_a_match_reports_facts_under_it_are_the_story_not_furniture():
    body = (
        "Otters storm into final\n\n"
        "Carnmore Otters beat Pellwick Harriers 24-10 in the semi-final on Saturday.\n\n"
        "Winger Jarrah Whitcroft-Lusk scored twice in the second half.\n\n"
        "HT 1 – 1\n\n"
        "Att: 2,314  ·  Ref: Morwenna Pilcher\n\n"
        "Referee: Gavin Strathie\n\n"
        "Man of the match: Callum Dreghorn\n\n"
        "More sport\n\n"
        "Player of the match voting is open — tap to vote"
    )
    furniture = [s.is_boilerplate for s in analyze(body)]
    assert furniture[3:7] == [False] * 4
    assert furniture[7:] == [True, True]


def test_adding_an_amount_is_no_speech_and_a_named_firm_keeps_its_initials_whole():
    said = list(
        _said(
            "Power\n\n"
            "The energy agency moved the tariff flag to yellow on June 1, adding R$ 1.88 to every"
            " 100 kilowatt-hours consumed.\n\n"
            "The city's power distributor, Ravi Power Distribution Co. (RPDC), said demand hit a"
            " record.\n\n"
            "It said the grid held."
        ).values()
    )
    assert said[1:] == ["", *["Ravi Power Distribution Co. (RPDC)"] * 2]


@pytest.mark.parametrize(
    "line",
    [
        "The Clarion's local footy coverage is proudly supported by Ferrier & Sons Pty Ltd.",
        "Schedules are subject to change.",
    ],
)
def test_a_strands_sponsor_and_a_schedules_caveat_are_furniture(line):
    body = f"Storm\n\nThe storm closed 14 roads across the county on Monday.\n\n{line}"
    assert analyze(body)[-1].is_boilerplate


def test_a_lay_role_in_the_source_opening_with_an_s_is_a_private_person():
    # (the last read of round thirty-five: stripping "'s" off a word took the "s" that opens
    # "students", "son" and "shoppers" too)
    for text in (
        "Two students said fees rose.",
        "Several shoppers said prices rose.",
        "Her son said he was fine.",
        "Several herders said the river dried.",
    ):
        assert checkworthy.is_private(text, 0, text.index(" said"))
    text = "Minister Jane Smith said more."
    assert not checkworthy.is_private(text, 0, text.index(" said"))


def test_a_title_with_its_kind_in_small_letters_names_its_holder_later():
    said = list(
        _said(
            "Highway blocked\n\n"
            "The industrial police superintendent, Rafiqul Hasnat, said 300 workers had joined.\n\n"
            "Traffic was back to normal by 3pm, the superintendent said.\n\n"
            "The previous mayor, Dolores Quentin, said the road was unsafe.\n\n"
            "The mayor said the city would appeal."
        ).values()
    )
    assert said[1:3] == ["Rafiqul Hasnat", "Rafiqul Hasnat"]
    assert said[-1] != "Dolores Quentin"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("TNV.WA   Tarnovia Bus SA   38.12   -4.90 (-11.39%)", "ticker or widget"),
        ("SLB.WA   Solvitra Bus Components SA   12.66   -0.31   -2.39%", "ticker or widget"),
        ("($1 = 3.6520 zlotys)", "editorial note"),
        ("(£1 = $1.2634)", "editorial note"),
        ("Seoul, May 14, 2026", "date line"),
        ("LAHORE: November 21, 2026", "date line"),
        ("Cairo — Thursday 24 September 2026", "date line"),
        ("Warsaw, 17.08.2026", "date line"),
    ],
)
def test_a_portals_quote_rows_a_wires_rate_and_a_place_before_its_date(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Judgment: 4 March 2026",
        "Shares of Tarnovia Bus SA fell 11.39% on Tuesday.",
        "Paris, then Rome.",
    ],
)
def test_a_label_before_a_date_and_a_sentence_about_a_share_are_not_furniture(line):
    assert boilerplate.classify(line) == ""


def test_a_body_keeps_the_initials_the_text_gives_it_in_brackets():
    said = list(
        _said(
            "Market fire\n\n"
            "The Bureau of Fire Safety Works (BFSW) said 212 stalls burned.\n\n"
            "It said the market had no permit.\n\n"
            "Damage was put at 18 million pesos, the BFSW said.\n\n"
            "Talunan Water Logistics (Pty) Ltd said its trucks were late."
        ).values()
    )
    assert said[1:4] == [
        "Bureau of Fire Safety Works (BFSW)",
        "Bureau of Fire Safety Works (BFSW)",
        "BFSW",
    ]
    assert "(Pty)" in said[4] and not said[4].endswith(")")


def test_a_title_after_the_name_a_part_of_a_place_and_more_titles_of_address():
    said = list(
        _said(
            "Market fire\n\n"
            "Inspector Rodolfo Tanganan-Reyes Jr., the city fire marshal, said the first call"
            " came at 3:42 a.m.\n\n"
            "The fire marshal said the permit had expired in March.\n\n"
            "Pundit Kamesh Ramdharry, who leads the temple, said 80 hampers arrived.\n\n"
            "Obaapanyin Afia Serwaa Kwakyewaa said 1,500 traders worked there.\n\n"
            "At a clinic in the city's Upper Zone, Rosalva Quintanilha waited with her son."
            " “We arrived at 6:30 a.m.,” she said."
        ).values()
    )
    assert said[1:] == [
        "Rodolfo Tanganan-Reyes Jr.",
        "Rodolfo Tanganan-Reyes Jr.",
        "Kamesh Ramdharry",
        "Afia Serwaa Kwakyewaa",
        "",
        "Rosalva Quintanilha",
    ]


def test_someone_doing_something_somewhere_is_the_source_and_an_owners_word_is_none():
    said = list(
        _said(
            "Trains cancelled\n\n"
            "A student waiting on the platform said the 7:10 train was cancelled twice.\n\n"
            "Nurses working at the clinic said staff were short.\n\n"
            "Readers can share their views on our Have Your Say page.\n\n"
            "“Close it now!” chanted the protesters."
        ).values()
    )
    assert said[1:] == [
        "A student waiting on the platform",
        "Nurses working at the clinic",
        "",
        "the protesters",
    ]


def test_an_outlet_named_news_speaks_and_crews_that_responded_do_not():
    said = list(
        _said(
            "Rationing\n\n"
            "Residents who spoke to Osabrim News said the rationing had pushed up prices.\n\n"
            "Crews from three fire departments responded.\n\n"
            "“No,” Ann Lo responded."
        ).values()
    )
    assert said[1:] == ["Residents who spoke to Osabrim News", "", "Ann Lo"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("LIVE: 6 News Today", "ticker or widget"),
        ("Cookies on the Glanyrafon Council website", "cookie or legal notice"),
    ],
)
def test_a_stations_live_strip_and_a_cookie_notices_heading_naming_the_site(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_writers_note_that_says_what_they_cover_is_furniture_a_live_headline_is_not():
    sentences = analyze(
        "Council backs housing plan\n\n"
        "LIVE: Council votes on the budget today\n\n"
        "The council voted 9 to 2 on Tuesday to approve 400 homes, the mayor said.\n\n"
        "Chantal Vermeulen-Ostrowski is a writer in Hamilton who covers housing and municipal"
        " politics."
    )
    assert [s.is_boilerplate for s in sentences] == [False, False, False, True]


def test_a_group_of_people_a_document_given_where_and_a_surname_unreached_are_sources():
    said = list(
        _said(
            "Works halted\n\n"
            "A group of residents has asked the High Court to halt the works, arguing that the"
            " permit was flawed.\n\n"
            "Figures tabled in the assembly show that the county collected Sh4.2 billion.\n\n"
            "Verne Holtzclaw, who owns the quarry, said 40 jobs would go.\n\n"
            "Holtzclaw could not be reached for comment on Friday.\n\n"
            "Agreement could not be reached for the second year."
        ).values()
    )
    assert said[1:] == [
        "A group of residents",
        "Figures tabled in the assembly",
        "Verne Holtzclaw",
        "Verne Holtzclaw",
        "",
    ]


def test_a_holder_named_as_an_owner_and_people_counted_are_no_one_person():
    said = list(
        _said(
            "Senate overrides veto\n\n"
            "The Senate voted 28-12 to override Gov. Elbert Vandermolen's veto of the bill.\n\n"
            "The governor vetoed it on April 9, saying the state could not afford it.\n\n"
            "Three Republicans switched to yes, among them Sen. Coralie Hesketh-Blaine.\n\n"
            "When I asked Hesketh-Blaine about it, she said two services had shut."
        ).values()
    )
    assert said[1:] == ["", "Elbert Vandermolen", "", "Coralie Hesketh-Blaine"]


@pytest.mark.parametrize(
    "line", ["COPPER   9,742.50   +115.50 (+1.20%)", "Copper Jul 26   4.8715   +0.0915 (+1.91%)"]
)
def test_a_quote_row_with_price_change_and_per_cent_is_a_ticker(line):
    assert boilerplate.classify(line) == "ticker or widget"


def test_a_writers_note_that_says_where_she_lives_closes_the_page():
    sentences = analyze(
        "Pub reopens\n\n"
        "The pub reopened in May, the owners said.\n\n"
        "Eluned Hopcyn-Thraves is a writer and translator who lives in Gwynedd. Her last piece"
        " for the Review was on community radio."
    )
    assert [s.is_boilerplate for s in sentences] == [False, False, True, True]


def test_a_question_put_to_reporters_after_the_match_is_attributed():
    said = list(
        _said(
            "Rovers lose\n\n"
            "“Was that a penalty?” Echezona Okwuosa-Bature asked reporters after the match.\n\n"
            "“Where must that money come from?” Lwandile Ngcobo-Dlamini asked the crowd."
        ).values()
    )
    assert said[1:] == ["Echezona Okwuosa-Bature", "Lwandile Ngcobo-Dlamini"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Ícaro Sobreira-Lessa", "byline"),
        ("VELAR/Ícaro Sobreira-Lessa/File Photo", "credit"),
        ("For immediate publication", "editorial note"),
        ("Views are personal.", "editorial note"),
    ],
)
def test_names_with_capitals_beyond_ascii_and_a_releases_and_a_columns_notes(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_release_about_block_whose_heading_ends_in_its_companys_form():
    sentences = analyze(
        "Brockmere to build battery plant\n\n"
        "TORONTO, Oct. 6, 2026 - Brockmere Grid Storage Inc. today announced that it will build"
        " a 400 MWh battery plant in Ontario.\n\n"
        "The plant will cost C$310 million, the company said.\n\n"
        "About Brockmere Grid Storage Inc.\n\n"
        "Brockmere Grid Storage Inc. designs and operates grid-scale batteries in Canada."
    )
    assert [s.is_boilerplate for s in sentences] == [False, False, False, True, True]


def test_a_body_whose_owner_and_kind_come_before_it_keeps_them_in_a_place():
    said = list(
        _said(
            "Strike\n\n"
            "The drivers' union in the state said 4,000 members would walk out.\n\n"
            "Police in Kano said the roads were clear."
        ).values()
    )
    assert said[1:] == ["The drivers' union in the state", "Police in Kano"]


def test_an_officials_we_is_the_institutions_account_not_their_own_experience():
    sentences = analyze(
        "Maternity unit\n\n"
        "“We have four nurses trained in obstetrics, and we need at least eight,” the health"
        " minister said.\n\n"
        "“We moved here in 1998 and I have never seen it so bad,” said resident Tomasz Kielar."
    )
    assert "speaker's own experience" not in sentences[1].checkworthy_reasons
    assert "speaker's own experience" in sentences[2].checkworthy_reasons


def test_a_pupil_by_school_year_is_a_role_before_the_name():
    assert naming.person_name("Sixth-grader Tomasz Wielgosz-Baran") == "Tomasz Wielgosz-Baran"


def test_a_team_before_its_coach_opening_the_sentence_is_not_whom_he_means():
    said = list(
        _said(
            "Warriors win\n\n"
            "Oronna Warriors beat Esanor Stars 2-1 on Sunday.\n\n"
            "Esanor coach Ahmadu Dikko-Bawa was unhappy with the red card.\n\n"
            "“Was it handball? I'm not so sure,” he said."
        ).values()
    )
    assert said[-1] == "Ahmadu Dikko-Bawa"


def test_two_roles_of_one_person_before_the_name_open_the_sentence():
    said = list(
        _said(
            "Buses\n\n"
            "PMPML chairman and managing director Shrikant Phadke-Rao declined to comment on the"
            " bidders but said the first 20 buses would arrive in May.\n\n"
            "“Under gross-cost, the operator carries the risk,” he said."
        ).values()
    )
    assert said[1:] == ["Shrikant Phadke-Rao", "Shrikant Phadke-Rao"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Syndicated from Meridale.", "editorial note"),
        ("It may not be republished without written permission.", "editorial note"),
        ("Forward this post", "editorial note"),
        ("Skip to “About this site”", "navigation or share strip"),
        ("Search the RCMP website", "navigation or share strip"),
        (
            "The Evening Lantern abides by the Editors' Code of Practice and is regulated by IPSO.",
            "about the publisher",
        ),
    ],
)
def test_a_syndicated_storys_notes_a_pages_own_tools_and_a_titles_regulator(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The Health Authority follows the national guidelines on vaccination for children.",
        "Search for missing climber called off",
        "Search the crash site",
    ],
)
def test_a_body_following_guidelines_and_a_search_called_off_are_news(line):
    assert boilerplate.classify(line) == ""


@pytest.mark.parametrize(
    "line",
    [
        "▶ WATCH  Inside the Port Ellerby birthing unit in its last week",
        "🎙 LISTEN — “We have been running on goodwill”: a midwife talks to Dawn Chorus",
        "TRAFFIC  3 incidents  ·  FM 1860 closed between Strayhorn Rd. and Adlard Ln.",
    ],
)
def test_a_players_or_a_widgets_label_in_capitals_and_what_it_offers(line):
    assert boilerplate.classify(line) == "ticker or widget"


@pytest.mark.parametrize(
    "line", ["WATCH AND ACT · Koorindah Ridge and Wattle Grove Road", "Watch the river rise"]
)
def test_a_warnings_level_in_capitals_is_not_a_players_label(line):
    assert boilerplate.classify(line) == ""


def test_a_role_with_its_kind_before_it_names_the_one_holder_of_the_role():
    said = list(
        _said(
            "Water\n\n"
            "In Iztapalapa, the borough hit hardest, mayor Elvira Ituarte Zaldumbide said 240"
            " trucks would be sent.\n\n"
            "The borough mayor said she had asked for 300 more trucks.\n\n"
            "The deputy mayor said the trucks were late.\n\n"
            "The event's medical director said 14 runners were treated."
        ).values()
    )
    assert said[2] == "Elvira Ituarte Zaldumbide"
    assert "Elvira Ituarte Zaldumbide" not in said[3:]


def test_a_long_styled_name_after_its_role_is_read_whole_as_the_subject():
    said = list(
        _said(
            "Water cuts\n\n"
            "Its chief executive, Datuk Ir. Hisyamuddin Fadhlan bin Ramlee, apologised to"
            " consumers and said 38 water tankers had been sent.\n\n"
            "“We understand the frustration,” Hisyamuddin Fadhlan said."
        ).values()
    )
    assert said[1:] == ["Hisyamuddin Fadhlan bin Ramlee"] * 2


def test_a_lineage_word_with_a_slash_and_a_body_with_whom_it_represents_are_whole():
    said = list(
        _said(
            "Floods\n\n"
            "Lorry driver Tamilselvan a/l Veeramuthu, 38, who was at the relief centre with his"
            " wife, said the family had moved their car.\n\n"
            "In a statement, the union representing the city's bus drivers and mechanics said 23"
            " buses were out of service."
        ).values()
    )
    assert said[1:] == [
        "Tamilselvan a/l Veeramuthu",
        "the union representing the city's bus drivers and mechanics",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Court\n\nThe court sat on Monday, the judge said.\n\nAli Karimzada is a journalist who"
        " lives in hiding after receiving death threats from the Taliban.",
        "Video\n\nVIDEO Footage obtained by the Herald shows the officer striking the man twice.",
        "Wards\n\nWe follow the health authority's guidelines and have closed two wards since"
        " Monday.",
    ],
)
def test_news_about_a_journalist_a_footage_line_and_an_officials_we_are_not_furniture(body):
    assert not any(s.is_boilerplate for s in analyze(body)[1:])


def test_a_role_of_another_time_another_office_or_another_place_names_no_holder():
    said = list(
        _said(
            "Town\n\n"
            "Arthur Pellow-Grant, the then mayor, opened the bridge in 1990.\n\n"
            "Lagos mayor Jane Okafor-Bello said 40 roads were shut.\n\n"
            "The Abuja mayor said the road would reopen.\n\n"
            "“No,” Ms Tan responded quickly.\n\n"
            "The mainstream media told lies about the vaccine, the senator claimed."
        ).values()
    )
    assert said[3] == "The Abuja mayor"
    assert said[4] == "Tan"
    assert said[5] == "the senator"


def test_a_quoted_firefighter_who_responded_to_a_blaze_did_not_say_it_by_responding():
    sentences = analyze(
        "Fire\n\n“We got there in four minutes,” said a firefighter who responded to the blaze."
    )
    assert [a.cue for a in sentences[1].attributions] == ["said"]


# --- round thirty-seven ---------------------------------------------------------------------


def test_a_source_closing_the_sentence_may_say_whom_it_told():
    said = list(
        _said(
            "Pool\n\n"
            "The wading pool will stay dry this summer, the park board confirmed to us Thursday.\n\n"
            "The pool will stay dry, the ministry said to the Herald on Friday."
        ).values()
    )
    assert said[1:] == ["the park board", "the ministry"]


def test_a_headlines_kind_or_role_is_who_says_the_same_thing_below():
    said = list(
        _said(
            "Opposition leader says closure rips the heart out of two villages\n\n"
            "By A Reporter\n\n"
            "The council will close the schools at Lusk and Balrath in June.\n\n"
            "Eilidh MacQuarrie-Dunbrae, who leads the opposition group, said the closure ripped"
            " the heart out of the two villages.\n\n"
            "Council officer Ann Dabb said the schools had 31 pupils between them."
        ).values()
    )
    assert said[0] == "Eilidh MacQuarrie-Dunbrae"
    # A kind the story never writes in small letters is a name, and a group is its own source.
    said = list(
        _said(
            "Corvane says the plant will stay open\n\n"
            "Corvane Dairies said on Monday its plant at Lisk would stay open.\n\n"
            "Parents say the bus takes too long\n\n"
            "Parents at Lisk school said the bus took 50 minutes, council officer Ann Dabb said."
        ).values()
    )
    assert said[0] == "Corvane"
    assert said[2] == "Parents"


def test_a_body_by_its_kind_in_a_headline_is_the_body_the_story_names_not_its_spokesperson():
    said = list(
        _said(
            "Hospital says it cannot staff the unit around the clock\n\n"
            "Wyndhollow Valley Hospital said on Monday it could not staff its maternity unit around"
            " the clock.\n\n"
            "“We cannot staff the unit around the clock,” spokesperson Lucy Brand said.\n\n"
            "The hospital said 212 babies were born there last year."
        ).values()
    )
    assert said[0] == "Wyndhollow Valley Hospital"


def test_an_interviews_turns_under_a_name_with_a_capital_beyond_ascii():
    said = list(
        _said(
            "Housing minister answers\n\n"
            "Housing Minister Cathal Ó Briain spoke to us on Monday.\n\n"
            "Q: How many homes were built last year?\n\n"
            "Ó Briain: We completed 34,000 homes last year.\n\n"
            "Q: Is that enough?\n\n"
            "Ó Briain: No. The number was 1,900 when I took office."
        ).values()
    )
    assert said[3] == said[5] == said[6] == "Cathal Ó Briain"
    assert said[2] == said[4] == ""


def test_why_someone_is_not_named_and_an_age_inside_the_clause_keep_the_subject():
    said = list(
        _said(
            "Talks stall\n\n"
            "A labour ministry official, speaking on condition of anonymity because he was not"
            " authorised to speak to the media, said a revised proposal would be tabled.\n\n"
            "Dattatray Pawar, whose son Ganesh, 22, was among the dead, said the workers had"
            " complained for months."
        ).values()
    )
    assert said[1:] == ["A labour ministry official", "Dattatray Pawar"]


def test_a_source_closing_the_sentence_with_a_description_after_it():
    said = _said(
        "Flights\n\nFlights were cancelled on Sunday, a spokesman for AirNusa, a regional"
        " carrier, said."
    )
    assert list(said.values())[1] == "a spokesman for AirNusa"


def test_one_name_brought_in_with_the_role_they_hold_is_a_person_a_pronoun_names():
    said = list(
        _said(
            "Quake\n\n"
            "Sutrisno, head of the local disaster mitigation agency, said 212 houses had been"
            " damaged. “The tremors have not stopped,” he said on Sunday."
        ).values()
    )
    assert said[1:] == ["Sutrisno", "Sutrisno"]


def test_an_estimate_put_at_a_count_or_put_as_it():
    said = list(
        _said(
            "March\n\nOrganisers said 40 buses came. Police put it at 10,000. State police put"
            " the number at 600. She put the children at 9 on a bus."
        ).values()
    )
    assert said[2:] == ["Police", "State police", ""]


def test_a_dateline_with_a_spaced_hyphen_is_no_part_of_the_subject():
    said = _said(
        "Wages\n\nDHAKA - Union leaders representing garment workers rejected the offer on"
        " Sunday, saying it fell far short of their demand."
    )
    assert list(said.values())[1] == "Union leaders"


def test_a_trade_in_small_letters_before_a_firms_name_is_no_part_of_it():
    said = list(
        _said(
            "Tea\n\n"
            "NAIROBI, Feb 4 (Continental Wire) - Kenyan tea exporter Kiambere Holdings cut its"
            " forecast on Wednesday, saying prices had fallen.\n\n"
            "British carmaker Dunmore Motors cut its forecast on Wednesday, saying prices had"
            " fallen."
        ).values()
    )
    assert said[1:] == ["Kiambere Holdings", "Dunmore Motors"]


@pytest.mark.parametrize(
    "line",
    [
        "By Jose Miguel dela Cruz",
        "By Rafael dos Santos Moreira",
        "By Alejandro de la Garza Treviño",
    ],
)
def test_a_byline_whose_name_holds_particles_in_small_letters(line):
    assert boilerplate.classify(line) == "byline"


def test_a_peers_title_is_no_part_of_the_name():
    said = _said("Report\n\nBaroness Helen Ashdown-Reilly said the report would be out in June.")
    assert list(said.values())[1] == "Helen Ashdown-Reilly"


def test_a_newsletter_posts_ask_and_its_reader_supported_line_beside_it():
    sentences = analyze(
        "Council votes on pool\n\n"
        "The council voted 4-3 on Monday to close the pool. It will shut in May.\n\n"
        "The Bench Notebook is a reader-supported publication. To receive new posts and support"
        " my work, consider becoming a free or paid subscriber.\n\n"
        "The pool opened in 1971 and has 40 staff. The vote came after a long meeting."
    )
    assert [s.is_boilerplate for s in sentences] == [
        False, False, False, True, True, False, False,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Recommended editorial content",
        "At this point you will find external content from X that complements the article.",
        "You can display it with one click and hide it again.",
        "I agree to external content being shown to me.",
        "Show external content",
    ],
)
def test_a_notice_over_embedded_content_is_a_consent_notice(line):
    assert boilerplate.classify(line) == "cookie or legal notice"


def test_a_poll_before_its_results_question_answers_and_button():
    sentences = analyze(
        "Beaches shut\n\n"
        "Six Durban beaches were closed on Friday after sewage spilled into the sea.\n\n"
        "POLL\n\nWould you swim at a Durban beach these holidays?\n\nYes, I'll take my chances\n\n"
        "No, not until the tests are clean\n\nVote   |   View results\n\n"
        "The city said tests would be done daily.\n\n"
        "Was this page helpful?\n\nYes   No\n\nPlease don't include personal information.\n\n"
        "Submit"
    )
    flags = {s.text: s.is_boilerplate for s in sentences}
    assert flags["Would you swim at a Durban beach these holidays?"]
    assert flags["No, not until the tests are clean"]
    assert not flags["The city said tests would be done daily."]
    assert not flags["Six Durban beaches were closed on Friday after sewage spilled into the sea."]


def test_a_bodys_role_is_the_holder_named_for_that_body():
    said = list(
        _said(
            "Floods\n\n"
            "A spokesman for Rescue 1122, Moazzam Ghufran Khattar, said rescuers had saved 40"
            " people.\n\n"
            "The Rescue 1122 spokesman said the service received 486 calls.\n\n"
            "The Abuja mayor said no."
        ).values()
    )
    assert said[2] == "Moazzam Ghufran Khattar"
    assert said[3] == "The Abuja mayor"


def test_an_outlet_by_the_medium_its_name_ends_in_asks_and_its_guest_answers():
    said = list(
        _said(
            "Teachers bill\n\n"
            "Rep. Delphina Whetstine-Farlowe sponsored the bill.\n\n"
            "Missouri Capitol Wire spoke with Whetstine-Farlowe on Tuesday afternoon.\n\n"
            "Q: What does the bill change?\n\n"
            "A: Four of the 11 districts started last year with a vacancy.\n\n"
            "Q: Is pay the problem?\n\n"
            "A: Pay matters, but a kid in a classroom cannot wait."
        ).values()
    )
    assert said[4] == said[6] == "Delphina Whetstine-Farlowe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sponsor, Rep. Delphina Whetstine-Farlowe, R-St. Joseph, said the bill passed.",
            ["The sponsor, Rep. Delphina Whetstine-Farlowe, R-St. Joseph, said the bill passed."],
        ),
        (
            "Lt.-Col. Julien de Courvallon said firing would stop. It did.",
            ["Lt.-Col. Julien de Courvallon said firing would stop.", "It did."],
        ),
        (
            "They play at Lee-On-Sea. Then it rained.",
            ["They play at Lee-On-Sea.", "Then it rained."],
        ),
    ],
)
def test_an_abbreviation_after_a_hyphen_does_not_end_the_sentence(text, expected):
    assert split_text(text) == expected


def test_it_after_the_company_is_the_firm_named_by_its_legal_form():
    said = list(
        _said(
            "Plant to close\n\n"
            "The US device maker Corlandt Medical Inc. is to cut 340 jobs at its plant.\n\n"
            "The company said the cuts would take place in phases.\n\n"
            "It did not say how many people work there."
        ).values()
    )
    assert said[3] == "Corlandt Medical Inc."


def test_a_style_said_before_a_given_name_names_the_person_by_it():
    said = list(
        _said(
            "Waste\n\n"
            "Haryo Wicaksono, head of the agency, said trucks were coming. Winarti Handayani said"
            " the depot was full.\n\n"
            "Asked about the depot, Pak Haryo said two more trucks would come.\n\n"
            "“The rest of the city is not,” Bu Winarti said."
        ).values()
    )
    assert said[3:] == ["Haryo Wicaksono", "Winarti Handayani"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Subscribers may send up to 10 gift articles a month with the gift button.", None),
        ("You're reading this free because a member sent you a gift link.", None),
        ("This article is available in full to Digital Plus subscribers.", None),
        ("Yogyakarta  ●  Mon, July 27, 2026  ●  10:14 am GMT+7", "navigation or share strip"),
        ("This feature first appeared in the Summer 2026 issue of Bramblings.", "editorial note"),
        ("Chip in $5 a month", "donation ask"),
        ("Donate from GH₵20.", "donation ask"),
        ("Give $5 a month to keep it that way.", "donation ask"),
    ],
)
def test_a_paywalls_gifts_a_dated_strip_a_features_first_issue_and_a_donations_sum(line, reason):
    assert boilerplate.classify(line) == (reason or "subscription prompt")


@pytest.mark.parametrize(
    "line",
    [
        "The paper sent 10 gift articles to schools.",
        "The bus takes 40 min.",
        "Give $5m to the hospital, the council said.",
        "Kano gives traders 60 days to relocate.",
    ],
)
def test_news_of_gifts_a_journeys_minutes_and_a_giving_are_not_furniture(line):
    assert boilerplate.classify(line) == ""


def test_a_description_after_a_name_before_who_told_reporters_is_the_name():
    said = list(
        _said(
            "Port\n\n"
            "The account was disputed by Chief Emeka Obiora, a director at the Federal Harbours"
            " Authority, who told reporters the port was working normally. He said 600 containers"
            " were released each day."
        ).values()
    )
    assert said[1:] == ["Emeka Obiora", "Emeka Obiora"]


def test_a_document_closing_the_sentence_reports_the_act_before_it():
    said = list(
        _said(
            "Trust\n\n"
            "A hospital trust has apologised after a patient waited 31 hours in A&E, a leaked"
            " internal report shows.\n\n"
            "The mayor said crime fell, figures show."
        ).values()
    )
    assert said[1:] == ["a leaked internal report", "The mayor"]


def test_the_wording_shown_as_a_reason_is_never_a_figure_as_the_pass_holds_it():
    for sentence in analyze(
        "Crowd\n\nMore than 200 people packed the auditorium on Monday.\n\n"
        "Subscribers can send up to 10 articles a month to friends."
    ):
        assert "0" not in " ".join(r for r in sentence.checkworthy_reasons if r.startswith("word"))


def test_a_scene_over_its_photo_credit_is_a_caption_a_fact_in_it_is_not():
    sentences = analyze(
        "Flyover shut\n\n"
        "The flyover was closed on Monday for 45 days, officials said.\n\n"
        "Volunteers ferry food to flats above the shops on Bridge Street.\n\n"
        "Photo: Ann Dabb\n\n"
        "Campaigners at the outfall, where sewage entered the river on 96 days last year.\n\n"
        "Photo: Ann Dabb"
    )
    by_text = {s.text: s for s in sentences}
    scene = by_text["Volunteers ferry food to flats above the shops on Bridge Street."]
    assert "caption" in scene.checkworthy_reasons and not scene.is_checkworthy
    fact = by_text[
        "Campaigners at the outfall, where sewage entered the river on 96 days last year."
    ]
    assert "caption" not in fact.checkworthy_reasons


@pytest.mark.parametrize(
    "line",
    [
        "Melbourne   31.8°   Feels like 30°   ☀   |   Change location",
        "Ossingbrook, IA   29°   Snow showers   Hi 33° Lo 21°",
        "Fellmouth weather: Overcast, 9°C, wind SW 12mph",
        "Mabaleng 27°C ☀",
    ],
)
def test_a_weather_widget_is_a_place_a_temperature_and_the_weathers_words(line):
    assert boilerplate.classify(line) == "ticker or widget"


@pytest.mark.parametrize(
    "line",
    [
        "Nagpur sizzles at 46.8°C, hottest April day in 16 years",
        "Temperatures in Sharjah 44°C on Monday",
        "Heatwave alert for 14 districts as mercury crosses 42°C",
        "Delhi Sizzles At 47.4°C, Hottest Day Of The Year",
        "Global Warming Of 2°C Could Cost Farmers Billions",
        "Kano 41°C",
    ],
)
def test_a_temperature_in_the_news_is_no_weather_widget(line):
    assert boilerplate.classify(line) != "ticker or widget"


def test_a_comments_header_with_a_separator_between_name_and_date():
    assert boilerplate.classify("Kelsey M. · April 3, 2026 at 2:07 pm") == "byline"
    assert boilerplate.classify("Budget Day · March 3, 2026") != "byline"


def test_a_slogan_of_fragments_above_the_menu_is_no_title():
    sentences = analyze(
        "Mfula Express\n\nYour town. Your news.\n\nNews | Municipal | Crime | Community | Sport"
        "\n\nMunicipal\n\nNkwezane council adopts budget with 11.5% electricity hike\n\n"
        "The council adopted its budget on Monday."
    )
    kept = [s.text for s in sentences if not s.is_boilerplate]
    assert kept[0] == "Nkwezane council adopts budget with 11.5% electricity hike"
    # Fragments that are the headline itself stay.
    sentences = analyze("Rain. Wind. Misery.\n\nStorm Ada closed 40 roads on Monday, police said.")
    assert not sentences[0].is_boilerplate


def test_a_view_framed_by_for_is_no_transcripts_turn_and_the_guest_answers_the_qa():
    said = list(
        _said(
            "Fire hall\n\n"
            "Coun. Brock Tilney-Kurian cast the lone vote against.\n\n"
            "For Tilney-Kurian, the answer is simple: pay the volunteers.\n\n"
            "Q&A: The chief on what happens next\n\n"
            "The Sentinel spoke with Fire Chief Anneliese Drobotová-Kinneally on Wednesday.\n\n"
            "Q: How many calls did the department answer last year?\n\n"
            "A: We went to 212 calls in 2025.\n\n"
            "Q: Is that fair?\n\n"
            "A: It's fair."
        ).values()
    )
    assert said[2] == "Brock Tilney-Kurian"
    assert said[6] == said[8] == "Anneliese Drobotová-Kinneally"


def test_a_title_with_its_portfolio_before_the_name_is_no_part_of_it():
    said = list(
        _said(
            "Budget\n\n"
            "Cabinet Secretary for the National Treasury Daniel Mwangi Ochieng presented the budget"
            " on Thursday. Ochieng told the House the deficit would fall.\n\n"
            "Head of the St. Catherine North Police Division, Senior Superintendent of Police"
            " Delroy McKenzie-Brown, said the curfew would last 48 hours. He said 27 murders had"
            " been recorded.\n\n"
            "Ada Obi, Director of Economic Statistics, said prices rose."
        ).values()
    )
    assert said[2] == "Daniel Mwangi Ochieng"
    assert said[3] == said[4] == "Delroy McKenzie-Brown"
    assert said[5] == "Ada Obi"


def test_a_comparisons_or_a_causes_object_and_an_expectation_aside_are_no_source():
    said = list(
        _said(
            "Poll\n\n"
            "The margin of 1.1m votes is wider than any published poll suggested.\n\n"
            "The road has been delayed due to a land dispute.\n\n"
            "The central bank raised its rate to 29.75% on Wednesday, surprising analysts who had"
            " expected a hold.\n\n"
            "Rain is forecast for Ogun and 11 other southern states this year.\n\n"
            "Economists who expected a cut said the decision was a surprise."
        ).values()
    )
    assert said[1:5] == ["", "", "", ""]
    assert said[5] == "Economists who expected a cut"


def test_the_initials_of_an_office_spelt_out_with_them_in_brackets_name_its_holder():
    said = list(
        _said(
            "Bus crash\n\n"
            "Md Kamrul Hasan, officer-in-charge (OC) of Sadar Police Station, said 12 people were"
            " hurt.\n\n"
            "The bus overturned at 7 a.m., the OC said.\n\n"
            "Deputy Commissioner (DC) Abu Rahman said the road would reopen. The DC said"
            " compensation would be paid.\n\n"
            "In Dakshinpara, Upazila Nirbahi Officer (UNO) Md. Shafiqul Islam Bhuiyan said 2,300"
            " houses were damaged. “The loss will be huge,” the UNO said."
        ).values()
    )
    assert said[2] == "Md Kamrul Hasan"
    assert said[4] == "Abu Rahman"
    assert said[6] == "Md. Shafiqul Islam Bhuiyan"


def test_an_occupation_and_an_abbreviated_rank_before_a_name_are_no_part_of_it():
    said = list(
        _said(
            "Flood\n\n"
            "Housewife Nur Aisyah Kamarudin said the water rose at 2am.\n\n"
            "Asst Comm Bahrin Mohd Noh said three people were held."
        ).values()
    )
    assert said[1:] == ["Nur Aisyah Kamarudin", "Bahrin Mohd Noh"]


def test_an_assurance_given_to_people_then_what_it_said():
    said = list(
        _said(
            "Protest\n\n"
            "W.M.K. Jayasundara, who arrived at the scene around 11.30 a.m., assured the"
            " protesters that repairs would begin on Monday. He said Rs. 4.2 million had been"
            " allocated.\n\n"
            "The new coach assured fans of a better season."
        ).values()
    )
    assert said[1:3] == ["W.M.K. Jayasundara"] * 2
    assert said[3] == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brent rose 0.8%, while U.S. West Texas Intermediate crude gained 1.3% to $79.92.",
            ["Brent rose 0.8%, while U.S. West Texas Intermediate crude gained 1.3% to $79.92."],
        ),
        ("He moved to the U.S. Then he left.", ["He moved to the U.S.", "Then he left."]),
        (
            "The talks were hosted by the U.S. Officials said they went well.",
            ["The talks were hosted by the U.S.", "Officials said they went well."],
        ),
    ],
)
def test_a_countrys_initials_before_a_name_are_its_adjective_after_the_its_noun(text, expected):
    assert split_text(text) == expected


def test_a_releases_legend_on_where_it_may_go_is_furniture():
    line = (
        "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES"
    )
    assert boilerplate.classify(line) == "editorial note"
    assert boilerplate.classify("Not for the first time, the council voted no.") == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related topic:", "related links"),
        ("Closings & Delays: 14", "related links"),
        ("Updated about 4 hours ago", "date line"),
    ],
)
def test_a_topics_label_a_stations_closings_count_and_a_stamp_about_its_hours(line, reason):
    assert boilerplate.classify(line) == reason


def test_a_comments_section_closed_for_a_while_beside_the_pages_furniture():
    sentences = analyze(
        "Water\n\nThe town's water was cut for 12 hours on Monday, the council said.\n\n"
        "Share   Facebook   X   Email\n\n"
        "Dear visitor, the comments section is undergoing an overhaul and will return soon.\n\n"
        "© 2026 Kwanele Observer"
    )
    assert sentences[3].is_boilerplate
    assert boilerplate.classify("About 4 hours") == ""


def test_a_menus_run_of_capitalised_sections_is_no_name_going_on():
    said = _said(
        "Pool\n\nJust In   Local   Australia   World   Business   Sport   Analysis   Podcasts\n\n"
        "The council will close the pool for two years.\n\n"
        "A spokeswoman for the state's Minister for Sport said the government would consider it."
    )
    assert list(said.values())[3] == "A spokeswoman for the state's Minister for Sport"


def test_a_place_based_word_opening_a_bodys_source_is_no_part_of_its_name():
    said = _said("Appeal\n\nLagos-based Vantrex Systems said it would appeal.")
    assert list(said.values())[1] == "Vantrex Systems"


# --- the second read's cases: news the first forms of this round's rules took wrongly -------


def test_a_story_line_in_the_present_over_a_credit_is_no_caption_without_a_place_or_time():
    sentences = analyze(
        "Clinics\n\nKessler's government closes clinics across the north while spending on the"
        " stadium doubles.\n\nPhotograph: Kofi Mensah/Getty Images\n\n"
        "The province now spends more on debt interest than on schools.\n\nPhoto: Kofi Mensah"
    )
    assert not any("caption" in s.checkworthy_reasons for s in sentences)


def test_a_release_date_in_a_story_and_a_wire_makers_name_are_news():
    sentences = analyze(
        "Letters\n\nNot for release until 2040. That is the stamp on the 300 letters the"
        " minister wrote in office.\n\nDunmore Wire makes cable for ships. It employs 300"
        " people.\n\nDunmore Wire is owned by a Chinese state fund.\n\n© 2026 The Courier"
    )
    assert not any(s.is_boilerplate for s in sentences[1:6])


def test_a_headline_of_fragments_opening_the_page_is_no_slogan():
    sentences = analyze(
        "Boom. Bust. Repeat.\n\nOPINION\n\nWhy the province keeps making the same mistake with"
        " its oil money\n\nBy Ama Kessler\n\nThe province has run a deficit for 11 years."
    )
    assert not sentences[0].is_boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose 4% to Mexico and U.S. Farmers welcomed the figures.",
            ["Exports rose 4% to Mexico and U.S.", "Farmers welcomed the figures."],
        ),
        (
            "The studio confirmed a release for the Next-Gen. Kessler said fans would be pleased.",
            [
                "The studio confirmed a release for the Next-Gen.",
                "Kessler said fans would be pleased.",
            ],
        ),
    ],
)
def test_a_country_after_and_and_a_hyphenated_word_still_end_a_sentence(text, expected):
    assert split_text(text) == expected


def test_the_second_reads_speakers_stay_as_they_were():
    said = list(
        _said(
            "Budget\n\n"
            "Texas AG Ama Kessler sued Vantrex on Monday.\n\n"
            "The company said it would fight the lawsuit. It said it had broken no law.\n\n"
            "Kiambere, operator of the Lumo ferry, said the boat would return. It said repairs had"
            " cost $2 million.\n\n"
            "Kessler insisted the loan was legal, court papers show.\n\n"
            "A letter signed by 40 senior doctors states that the ward is unsafe.\n\n"
            "The clinic stayed open thanks to Kofi Mensah, who said he would fund it.\n\n"
            "Kessler put the family home at 4512 Oak Street up for sale last year.\n\n"
            "Young voters remember Ama Kessler and have warned her party."
        ).values()
    )
    assert said[3] == "The company"
    assert said[4:6] == ["Kiambere", "Kiambere"]
    assert said[6] == "Ama Kessler"
    assert said[7] == "senior doctors"
    assert said[8] == "Kofi Mensah"
    assert said[9] == ""
    assert said[10] == "Young voters"


def test_an_opposite_claim_below_does_not_name_a_headlines_source():
    said = list(
        _said(
            "Opposition says fuel tax rise will hurt farmers\n\nBy A Reporter\n\n"
            "Finance Minister Ama Kessler said the fuel tax rise would raise $200 million and would"
            " not hurt farmers."
        ).values()
    )
    assert said[0] == "Opposition"
    assert naming.person_name("Ama Baron") == "Ama Baron"


# --- round thirty-eight ----------------------------------------------------------------------


def _between_story_lines(line: str):
    """The line's sentence, analysed between two lines of a story."""
    page = f"The council voted 7-2 to close the pool.\n\n{line}\n\nThe pool shut in 2019."
    return analyze(page)[1]


@pytest.mark.parametrize(
    "line",
    [
        "⚠ WEATHER ALERT: Frost Advisory for Lyle and Tama counties from 1 a.m. to 9 a.m. Saturday.",
        "WEATHER AWARE: Storms could move in Thursday evening.",
        "Kellerby  34°  Sunny, hot and windy",
        "Official Principal Partner: Dunmore Energy",
        "Matchball sponsor: Hartsfield Glazing",
        "Player of the Match, sponsored by Corbel Motors: Jonah Pettifer",
        "Newsrooms can run this story for free, in print or online, as long as they credit us.",
        "Copy the HTML below to paste the story and its tracking code into your site.",
        "All rights to the news, photographs and images published on this site belong to Ulku Medya.",
        "They may not be quoted without citing and linking to the source.",
        "IZMIR - Compiled from news agency reports",
        "Key event",
        "Refresh for the latest",
        "Comment rules: no insults, no slurs and no links to other sites.",
        "UPDATES with police figures, mayor's comments, background in paragraphs 3-9",
        "The following transcript was produced from the council's livestream and lightly edited.",
        "Speakers are identified in full on first reference and by surname after that.",
        "Speakers: Mayor Ann Quorley; Fire Chief Dev Halloran; Tess Ibori, president of Lumen Power",
        "Veltor is the news agency of the Castra Group, with 1,900 journalists in 120 locations.",
    ],
)
def test_alert_bars_sponsors_republishing_boxes_and_notes_on_the_copy_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Fire crews were called to the warehouse at 2 a.m. on Friday.",
        "UPDATES to the timetable will be posted on Monday, the council said.",
        "The sponsor of the bill, Rep. Ann Quorley, said it would pass.",
        "Comment policy: The minister's remarks were taken down.",
    ],
)
def test_story_lines_like_those_notes_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_role_holder_given_after_the_name_or_by_the_words_of_the_title():
    body = (
        "Orla Mennick-Dade, executive director of the Teachers' Pension Fund, said 2,600 retirees"
        " could return.\n\n"
        "Police Media Spokesman ASP Ruwan Dehigama said the roads were closed.\n\n"
        "DMC spokesman K.P.D. Lasantha Herath said two people died.\n\n"
        "The Commissioner for Health, Dr. Funke Adeyoola, said 61 points opened.\n\n"
        "The Commissioner for Information, Hajiya Zainab Kurfi, said schools would open.\n\n"
        "The executive director said guidance would come by Aug. 1.\n\n"
        "The police spokesman said a man was still missing.\n\n"
        "The DMC spokesman said 310 families were moved.\n\n"
        "Deaths had fallen to two, the health commissioner said.\n\n"
        "Schools will reopen on September 14, the information commissioner said."
    )
    assert _speakers_of(body)[5:] == [
        "Orla Mennick-Dade",
        "Ruwan Dehigama",
        "K.P.D. Lasantha Herath",
        "Funke Adeyoola",
        "Zainab Kurfi",
    ]


def test_it_said_names_the_body_not_its_initials_its_kind_or_its_statement():
    initials = (
        "The Public Transit Board (PTB) said fares would rise 8 percent.\n\n"
        "The PTB said the rise was the first since 2019.\n\n"
        "It said wages were the main reason."
    )
    assert _speakers_of(initials) == [
        "Public Transit Board (PTB)",
        "PTB",
        "Public Transit Board (PTB)",
    ]
    statement = (
        "The Ferry Authority of Tobago said in a statement posted on Facebook that the ferry"
        " would be out of service.\n\n"
        "It said a cargo vessel would carry passengers until then."
    )
    assert _speakers_of(statement) == ["Ferry Authority of Tobago"] * 2
    own = "Kellow Dairies will cut its milk price by 1.5p from 1 November, it told suppliers."
    assert _speakers_of(own) == ["Kellow Dairies"]
    assert _speakers_of("Brannock Foods will close its plant in May, it said on Monday.") == [
        "Brannock Foods"
    ]


def test_a_report_that_spoke_is_still_its_own_source_for_it():
    body = (
        "The council's audit report found the pool needed £1.6m of repairs.\n\n"
        "The report said the boilers were 31 years old.\n\n"
        "It said the work should start within three years."
    )
    assert _speakers_of(body)[2] == "The council's audit report"


def test_a_headline_kind_or_a_role_of_a_firm_is_the_body_the_story_names():
    body = (
        "Operator says route lost £186,000 last year\n\n"
        "Water company says supply will be back by Friday\n\n"
        "The route lost £186,000 last year after the subsidy ended, said Marrow Coaches, the"
        " operator.\n\n"
        "Thousands of homes have had no piped water for 10 days, according to the Nyeri Water and"
        " Sanitation Company (Nyewasco).\n\n"
        "Vendors sold water from tanks at Sh50 a jerrican."
    )
    said = _speakers_of(body)
    assert said[:2] == ["Marrow Coaches", "Nyeri Water and Sanitation Company"]
    assert said[3] == "Nyeri Water and Sanitation Company (Nyewasco)"


def test_a_qna_by_a_name_written_family_first_and_by_an_office():
    family_first = (
        "Daegu’s heat chief on a summer of tropical nights\n\n"
        "Q: How bad was this summer?\n\n"
        "HAN SORIM: We had 214 people treated for heat illness.\n\n"
        "Q: What changed?\n\n"
        "HAN: Every heat death is reported to my office the same day.\n\n"
        "Q: Is that enough?\n\n"
        "HAN: No."
    )
    said = _said(family_first)
    assert said["HAN SORIM: We had 214 people treated for heat illness."] == "Han Sorim"
    by_office = (
        "Tairua mayor Hinemoa Paretutanga-Rewi said 1,400 people lived north of the slip.\n\n"
        "Logging contractor Dwayne Morrish-Tane said his firm had stood down 23 drivers.\n\n"
        "The mayor spoke to Coastline News on Thursday evening.\n\n"
        "Q: How long can the coast manage?\n\n"
        "A: The shops told us they had about a week of stock.\n\n"
        "Q: When will the road reopen?\n\n"
        "A: I would love to give you a date."
    )
    said = _said(by_office)
    assert said["A: The shops told us they had about a week of stock."] == (
        "Hinemoa Paretutanga-Rewi"
    )


def test_a_transcripts_full_names_in_capitals_and_an_official_who_asks_once():
    body = (
        "Transcript: officials brief reporters on the outage\n\n"
        "Speakers: Mayor Esme Varrow; Fire Chief Tobiah Kestrand; Lina Odufa, president of Arc"
        " Power\n\n"
        "ESME VARROW: Good afternoon. About 38,000 customers are without power.\n\n"
        "TOBIAH KESTRAND: Thank you, Mayor. Our crews have answered 63 heat calls.\n\n"
        "LINA ODUFA: Thank you, Chief. A transformer failed at 10:52 a.m.\n\n"
        "QUESTION: Ms. Odufa, why was it not replaced?\n\n"
        "ODUFA: That replacement was moved to 2027.\n\n"
        "QUESTION: Mayor, should the city have opened the cooling centers sooner?\n\n"
        "VARROW: We opened the first centers at 12:15. Could we have been faster?"
    )
    said = _said(body)
    assert said["About 38,000 customers are without power."] == "Esme Varrow"
    assert said["Our crews have answered 63 heat calls."] == "Tobiah Kestrand"
    assert said["VARROW: We opened the first centers at 12:15."] == "Esme Varrow"


def test_a_headline_and_a_dateline_place_and_a_label_of_furniture_are_no_turns():
    body = (
        "Hyderpur: Tanker prices double as borewells run dry\n\n"
        "Written By: Anita Rao   |   Edited By: Kiran Das\n\n"
        "Updated: Apr 21, 2026, 14:37 IST\n\n"
        "Also Read: Metro to run extra trains\n\n"
        "HYDERPUR: Tanker prices have nearly doubled in three weeks, officials said. About 68,000"
        " homes rely on tankers, according to water board data.\n\n"
        "Also Read: Rains expected till Thursday\n\n"
        "Tags: water, tankers"
    )
    said = _said(body)
    assert said["Hyderpur: Tanker prices double as borewells run dry"] == ""
    assert said["About 68,000 homes rely on tankers, according to water board data."] == (
        "water board data"
    )


def test_places_texts_and_titles_before_a_speaker():
    body = (
        "In Tudun Wada, Zaria, a trader, Malam Sani Danbaba-Kure, said his children were ill.\n\n"
        "“The well is the only water we have,” he said.\n\n"
        "In a notice posted Wednesday, the Health Authority said nine posts were filled.\n\n"
        "Assemblyman for Plymouth Akeem Charlery said three teams cancelled.\n\n"
        "Board member Xander J. Kollwitz-Brand cast the lone vote against.\n\n"
        "He said 212 people had signed a petition."
    )
    assert _speakers_of(body) == [
        "Sani Danbaba-Kure",
        "Sani Danbaba-Kure",
        "Health Authority",
        "Akeem Charlery",
        "",
        "Xander J. Kollwitz-Brand",
    ]


def test_a_documents_time_runs_to_the_comma_that_ends_the_opening_source():
    body = (
        "According to health service figures published in June, 14 practices closed.\n\n"
        "According to the ordinance approved on Monday, the loan runs 15 years.\n\n"
        "According to the mayor on Monday, the loan will be repaid."
    )
    assert _speakers_of(body) == [
        "health service figures published in June",
        "the ordinance approved on Monday",
        "the mayor",
    ]


def test_a_judge_by_a_surname_with_its_particle_and_a_body_by_where_it_is_listed():
    judge = (
        "Judge Orlaith Ní Bhraonáin imposed a sentence of three years.\n\n"
        "Judge Ní Bhraonáin said the breach of trust was grave.\n\n"
        "“A credit union is not a bank,” the judge said."
    )
    assert _speakers_of(judge)[2] == "Orlaith Ní Bhraonáin"
    listed = (
        "Workers at the Corvina mine went on strike after talks with its owner failed.\n\n"
        "Tessaro said in a statement that the mine would keep operating.\n\n"
        "Shares in London-listed Tessaro fell 3.4% by 1305 GMT."
    )
    assert _speakers_of(listed)[1] == "Tessaro"


@pytest.mark.parametrize(
    "line",
    [
        "⚠ Extreme cold warning in effect for Brandon and area",
        "⚠ 1 active alert: Boil water advisory – Dunmore Water Works customers",
        "The Kesh Gazette is on WhatsApp.",
        "This story is based on a news release from the Halvard Institute of Technology.",
        "It has been edited for length and house style.",
        "Add to playlist",
        "REGINA   −23°C   Feels −31   Ice crystals   ›   7-day forecast",
    ],
)
def test_warning_signs_channels_release_notes_and_cold_widgets_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_comment_sections_rules_on_posts_and_offenders_beside_its_furniture():
    page = (
        "The council voted 7-2 to close the pool.\n\n"
        "Comments\n\n"
        "We moderate every comment before it appears.\n\n"
        "Abusive or off-topic posts will be removed.\n\n"
        "Repeat offenders will be blocked.\n\n"
        "Log in to comment"
    )
    assert [s.is_boilerplate for s in analyze(page)][2:5] == [True, True, True]
    # (news of a ban is no policy)
    story = "Repeat offenders will be banned from the market, the council said."
    assert not analyze(f"The council voted 7-2.\n\n{story}\n\nThe market opens at 6.")[
        1
    ].is_boilerplate


def test_the_second_reads_cases_keep_their_speakers():
    """What the round's first forms got wrong on ordinary copy (the second read)."""
    airline = (
        "The airline said the plane landed safely.\n\n"
        "Flight QX401 was diverted to Benfield after a warning light came on, it said."
    )
    assert _speakers_of(airline) == ["The airline", "The airline"]
    palace = (
        "The palace issued a short statement on Monday.\n\n"
        "King Edmar will visit Harlow next month, it said."
    )
    assert _speakers_of(palace)[1] != "King Edmar"
    two_firms = (
        "Tandle Mills said it had received an offer.\n\n"
        "Rival Kestrel Textiles said it would not bid.\n\n"
        "The company said the offer valued it at $2 billion.\n\n"
        "It said its board would meet on Friday."
    )
    assert _speakers_of(two_firms)[3] != "Rival Kestrel Textiles"
    another_body = (
        "Ana Ruiz, executive director of the Harlow Food Bank, said demand had doubled.\n\n"
        "At the Benfield Night Shelter, the executive director said every bed had been full."
    )
    assert _speakers_of(another_body)[1] == "the executive director"
    deputy = (
        "Deputy mayor Colin Marr said the road was shut.\n\n"
        "Harlow mayor Hinemoa Rewi said 1,400 people lived north of the slip.\n\n"
        "The mayor spoke to Coastline News on Thursday.\n\n"
        "Q: How long can the coast manage?\n\n"
        "A: About a week.\n\n"
        "Q: When will the road reopen?\n\n"
        "A: Soon."
    )
    assert _said(deputy)["A: About a week."] == "Hinemoa Rewi"
    utility = (
        "Utility says bills will rise 8% in October\n\n"
        "The Ridgeway Housing Authority warned tenants about arrears.\n\n"
        "Northvale Power said the average bill would rise by 8% in October."
    )
    assert _speakers_of(utility)[0] != "Ridgeway Housing Authority"


@pytest.mark.parametrize(
    "line",
    [
        "AMBER ALERT: Police in Dunmore are searching for a 6-year-old girl seen near the park.",
        "⚠ The bridge on Route 9 will close at 10 p.m. for repairs, the transport department said.",
        "CHANGES to bin collections over Christmas: see the full details for your street",
        "CORRECTS the record: council admits figures on pothole repairs were wrong",
        "They must not be republished until the trial ends, the court ruled.",
        "More than 80 percent of adults in the country are on WhatsApp.",
        "This transcript was compiled from police radio recordings obtained by the Gazette, and"
        " it shows officers waited 40 minutes.",
        "KABUL — Nashir is the media arm of the Tarvan Front.",
        "Saturday: Sunny and hot, 34°",
    ],
)
def test_story_lines_the_second_read_found_hidden_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


# --- round thirty-nine -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Pier shut after storm rips off 30ft of railings [PICTURES]",
        "Seaside town named one of the cheapest for a weekend away [INSIGHT]",
        "Nashik | November 4, 2026 11:52 IST",
        "Dominion Newswire · Wed, November 18, 2026 at 7:42 a.m. EST · 2 min read",
        "Forwarded this by a friend?",
        "As always, hit reply if I got something wrong; I read everything.",
        "If this was useful, pass it on to a neighbour who cares about housing.",
        "Every share helps.",
        "If you’ve been reading for free, consider upgrading to a paid subscription — it’s $6 a"
        " month.",
        "Moyvale FM News is brought to you in association with Dunraghy Motors, Ballina.",
        "Text your views to Moyvale Today on 51966.",
        "Texts cost 30c.",
        "Lee también: Viña del Mar aprueba 9 km de nuevas ciclovías",
        "Síguenos en el canal de WhatsApp de La Gaviota Porteña",
        "Share The Riverward Dispatch",
        "12   4   Share",
        "Free webinar Nov. 5: Managing mycotoxin risk in the 2026 wheat crop.",
    ],
)
def test_tagged_links_stamp_strips_newsletter_asks_and_furniture_abroad_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "“We will close it,” she said [LAUGHTER]",
        "As always, the mayor said she would veto the plan.",
        "Every shareholder gets a vote at the meeting.",
        "Share prices fell 4% on Monday after the results.",
        "If this plan was useful, the council said, it would be extended to 2028.",
        "Ole Sankale said he had forwarded the complaints to the county commissioner.",
    ],
)
def test_story_lines_like_those_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_comments_header_stays_a_byline_and_a_transcripts_tag_its_own_line():
    assert boilerplate.classify("Kelsey M. · April 3, 2026 at 2:07 pm") == "byline"
    said = _said("The mayor spoke first.\n\nMAYOR: We will reopen the pool. [APPLAUSE]")
    assert "MAYOR: We will reopen the pool." in said


def test_an_office_by_its_initials_is_the_holder_the_text_spelt_it_out_for():
    body = (
        "Deputy Commissioner Tabishan Mehmoodi Larikzai said the supply had been suspended.\n\n"
        "“No one is going to drink from those taps,” the DC said.\n\n"
        "The Jinja Resident City Commissioner, Hajji Wazemba Kagodha Yusufu, said he had written"
        " to the ministry.\n\n"
        "The RCC said the bylaw was passed in 2019.\n\n"
        "Assistant Commissioner (City) Sidra Naubahar said the drive would go on.\n\n"
        "The AC said the second phase would begin on September 14."
    )
    said = _said(body)
    assert said["“No one is going to drink from those taps,” the DC said."] == (
        "Tabishan Mehmoodi Larikzai"
    )
    assert said["The RCC said the bylaw was passed in 2019."] == "Wazemba Kagodha Yusufu"
    assert said["The AC said the second phase would begin on September 14."] == "Sidra Naubahar"


def test_two_holders_of_initials_or_a_place_spelling_them_name_nobody():
    two = (
        "Deputy Commissioner Amna Raza said the roads were shut.\n\n"
        "District Commissioner Bilal Shah said the schools were shut.\n\n"
        "The DC said the order would stand."
    )
    assert _said(two)["The DC said the order would stand."] == "DC"
    place = (
        "Dublin City Council Chief Executive Mary Doyle spoke on Monday.\n\n"
        "The DC said the order would stand."
    )
    assert _said(place)["The DC said the order would stand."] != "Mary Doyle"


def test_a_kikuyu_wa_a_body_called_networks_and_german_quotation_marks():
    body = (
        "The owner of the boreholes, Mzee Ngunjiri wa Kabuthi, said he held a licence.\n\n"
        "“I have tested that water myself,” Mzee Ngunjiri said.\n\n"
        "Skarvane Networks said engineers had reconnected about 6,000 properties.\n\n"
        "It said it had brought in 140 extra engineers.\n\n"
        "Jörg Habernitz, managing director of the tenants' group, said the index was unfair.\n\n"
        "„Every new index is a licence for the next rent increase,“ Habernitz said.\n\n"
        "Maria Klopp said: „We will fight. We will win.“"
    )
    said = _said(body)
    assert said["“I have tested that water myself,” Mzee Ngunjiri said."] == "Ngunjiri wa Kabuthi"
    assert said["It said it had brought in 140 extra engineers."] == "Skarvane Networks"
    quoted = "„Every new index is a licence for the next rent increase,“ Habernitz said."
    assert said[quoted] == "Jörg Habernitz"
    assert said["We will win.“"] == "Maria Klopp"


@pytest.mark.parametrize(
    "line",
    [
        # (the second read's lines near this round's furniture rules)
        "Text in the draft bill pushes the deadline back to 2030.",
        "Texts cost the trust £240,000 in 2025.",
        "Share Prices Tumble After Rate Rise",
        "Pellmoor Bank to cut 400 jobs across Wales [UPDATED]",
        "Government knew of flood risk for years, leaked memo shows [EXCLUSIVE]",
        "We cut crime by a third in two years [BOOING]",
        "The grid cannot cope, the minister admitted [VIDEO]",
        "Consider taking out a premium bond if you have spare savings, the adviser suggested.",
        "Upcoming poll: Labour leads by 5 points in the marginal seat",
        "Free offer: the council will pay half of every new boiler up to £2,000.",
        "Síguenos means “follow us” in Spanish, and the slogan appeared on 400 posters.",
        "Rates rise to 5% · Wed, November 18, 2026 at 7:42 a.m. EST · 2 min read",
        "If this is useful, share it with your GP, Dr Lee advised.",
    ],
)
def test_story_lines_near_round_thirty_nines_furniture_rules_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_initials_spell_only_the_offices_they_stand_for_and_never_a_longer_one():
    said = _said(
        "Project Manager Tom Rees said the bridge was on schedule.\n\n"
        "The PM said on Friday that the bridge would cost $2 billion.\n\n"
        "Additional Deputy Commissioner Ravi Kumar inspected the camp.\n\n"
        "The DC said 300 families would be moved by Friday.\n\n"
        "The Municipal Chief Executive, Kodzo Amenu, visited the drain.\n\n"
        "The MCE said the land was needed."
    )
    assert said["The PM said on Friday that the bridge would cost $2 billion."] != "Tom Rees"
    assert said["The DC said 300 families would be moved by Friday."] != "Ravi Kumar"
    assert said["The MCE said the land was needed."] == "Kodzo Amenu"


def test_an_unclosed_low_mark_or_a_comma_pasted_as_one_quotes_nothing():
    said = _said(
        "The sign at the gate read „Eintritt frei. Visitors said the museum had 3,000 guests on"
        " Sunday. “It was packed,” said guide Lena Vogt."
    )
    assert said["Visitors said the museum had 3,000 guests on Sunday."] == "Visitors"
    said = _said("Speaking at the rally, Mzee wa Kijiji Joseph Kamau said the land was theirs.")
    assert not said[
        "Speaking at the rally, Mzee wa Kijiji Joseph Kamau said the land was theirs."
    ].startswith("wa ")


@pytest.mark.parametrize(
    "line",
    [
        "Below is a transcript of Tuesday’s briefing at the transport office, lightly edited for"
        " length.",
        "Transcript by the Willamette Courant; audio courtesy of ODOT.",
        "Here is an edited excerpt of the press conference.",
    ],
)
def test_a_transcripts_notes_and_a_strands_funder_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_witness_who_agreed_that_and_a_firm_called_electric_speak():
    said = _said(
        "Ewardo Doyce-Matavesi, the club president, gave evidence on Tuesday.\n\n"
        "Under cross-examination by defence barrister Wojciech Welbourne-Tazevell, Mr"
        " Doyce-Matavesi agreed that the committee had never asked to see a bank statement.\n\n"
        "“We should have, and I have to live with that,” he said.\n\n"
        "The council agreed to sell the land for $2 million.\n\n"
        "About 210 people spent the night at the warming centres, the Cordmere Relief Alliance"
        " said.\n\n"
        "Ternholm Electric said it expected to restore power by Thursday. It said 260 line"
        " workers had arrived overnight."
    )
    assert said["“We should have, and I have to live with that,” he said."] == (
        "Ewardo Doyce-Matavesi"
    )
    assert not said["The council agreed to sell the land for $2 million."]
    assert said["It said 260 line workers had arrived overnight."] == "Ternholm Electric"


@pytest.mark.parametrize(
    "line",
    [
        "Free subscribers get every post; paid subscribers keep the lights on.",
        "Thank you for staying to the end.",
        "Liked this story?",
        "Subscribers can gift five articles a month to friends and family.",
        "Courtesy of Ysolt Ferrandeau-Baynes",
        "Also of interest",
        "This Dominion Newswire report was first filed Nov. 18, 2026.",
        "Quorvest Finance is not a broker-dealer and does not give investment advice.",
        "Dunreigh Rovers Community Trust is a registered Scottish charity, SC047712.",
        "Embedded post",
        "At this point the article contains a post from an external platform.",
        "We only load it if you agree, because the platform may then receive data about your"
        " visit.",
        "Always show external content",
        "Today’s issue is brought to you by Cropsmith.",
        "A word from our partner",
        "Share The Tilthwire and earn rewards.",
        "You’ve referred 0 friends so far.",
        "Today’s Coralstone is on the E-Paper — every page, exactly as it was printed.",
        "Sargassum alerts by text: send CORAL to 4100.",
        "Early-bird tickets at £295 end on 30 October.",
        "Place an ad online from $14.",
    ],
)
def test_newsletters_and_editions_abroad_notes_on_themselves_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy of the family, the photo shows him in 1990.",
        "Here is what the council decided.",
        "At this point the council had spent 4 million euros.",
        "Embedded in the report was a warning about costs.",
        "Place names in the county were changed in 2019.",
        "A word from the mayor opened the meeting.",
        "The trust is a registered charity that runs 14 shelters.",
    ],
)
def test_story_lines_near_those_notes_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_newsletters_line_on_its_own_money_and_its_beat_is_its_funding_at_the_foot():
    page = (
        "The council voted 7-2 to close the pool.\n\nThe pool shut in 2019.\n\n"
        "The Mudflat Memo is a reader-supported newsletter about Bellingham city hall.\n\n"
        "Free subscribers get every post; paid subscribers keep the lights on."
    )
    assert analyze(page)[2].boilerplate_reason == "site's own funding"


@pytest.mark.parametrize(
    "line",
    [
        # (the second read of the round's later rules: story lines near them)
        "Early bird prices were scrapped after complaints from families.",
        "Early-bird tickets rose 40 per cent this year.",
        "Refer a friend schemes cost banks £40 million last year, the regulator found.",
        "Refer five people a week to the scheme, ministers tell job centres.",
        "Transcript by the BBC shows the minister misled MPs.",
        "The issue is supported by Democrats in both chambers.",
        "This week's episode is presented by Anna Hollis, who was sacked by the BBC in 2024.",
        "Its journalism on China is funded by the US State Department, documents show.",
        "Today's Clarion is in the e-edition, but the print run was cut by 40 per cent.",
        "Below are excerpts from the ruling, which found the minister acted unlawfully.",
    ],
)
def test_story_lines_near_the_later_notes_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_accepted_or_agreed_report_only_with_their_clause_and_as_the_one_cue():
    said = _said(
        "Mr Arden accepted the “Player of the Year” award in front of 2,000 fans.\n\n"
        "The Treasury accepted that the forecast was wrong, the watchdog found."
    )
    assert not said["Mr Arden accepted the “Player of the Year” award in front of 2,000 fans."]
    assert said["The Treasury accepted that the forecast was wrong, the watchdog found."] == (
        "the watchdog"
    )


def test_a_strands_funder_at_the_foot_is_the_sites_and_in_a_story_about_it_news():
    foot = (
        "The council voted 7-2 to close the pool.\n\nThe pool shut in 2019.\n\n"
        "Council coverage in the Clarion is funded in part by the Lanwarne Civic Trust.\n\n"
        "© 2026 The Clarion"
    )
    assert analyze(foot)[2].boilerplate_reason == "site's own funding"
    story = (
        "The Clarion cut 12 reporters on Monday.\n\n"
        "Council coverage in the Clarion is funded in part by the Lanwarne Civic Trust.\n\n"
        "The trust said it would review its grants.\n\n© 2026 The Herald"
    )
    assert not analyze(story)[1].is_boilerplate


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Co-founder and CEO Tarunika Vemulapalli said the chargers logged 2.1 million hours.",
         "Tarunika Vemulapalli"),
        ("Founder and Chief Executive Jo Bellwether said sales fell 4%.", "Jo Bellwether"),
        ("Harbourmaster Iolyn Prytherwyn said 46 boats were moored this summer.",
         "Iolyn Prytherwyn"),
        ("Reeve Orvel Kindrachuk said the bridge carried 400 vehicles a day.", "Orvel Kindrachuk"),
        ("Whaea Ngāpera Tūtaki said she saw a doctor twice a year.", "Ngāpera Tūtaki"),
        ("Ntate Rethabile Mothusiemang said the tankers reached six sections.",
         "Rethabile Mothusiemang"),
        # (a surname that is also the role, last, stays the name's)
        ("Alan Reeve, a farmer, said he lost 40 acres of hay.", "Alan Reeve"),
        # (a body named by its fields, joined by "and", stays whole)
        ("Fire and Emergency New Zealand said crews pumped out 17 properties.",
         "Fire and Emergency New Zealand"),
    ],
)  # fmt: skip
def test_roles_joined_and_local_honorifics_before_a_name_are_not_the_name(line, speaker):
    assert analyze(line)[0].speaker == speaker


def test_a_closing_saying_frames_a_saying_reported_inside_it():
    survey = "About one in nine respondents said they planned to cancel their cover, he said."
    firm = "Acme Cement Ltd. on Monday reported a 22% fall in profit, the company said."
    order = (
        "Rhonda Pettij, a former deputy treasurer, told jurors she moved the money because her"
        " boss, Treasurer Corinne Escar, told her to."
    )
    said = _said(
        "Harlo Obi, the survey's director, presented the figures on Monday.\n\n"
        f"{survey}\n\n{firm}\n\n{order}"
    )
    assert said[survey] == "Harlo Obi"
    # (a description closing the sentence is the body named at its head)
    assert said[firm] == "Acme Cement Ltd."
    # ("told her to" orders; it frames nothing)
    assert said[order] == "Rhonda Pettij"


def test_a_strands_funding_and_editorial_control_at_the_foot_are_the_sites():
    page = (
        "The glacier lost a fifth of its ice, researchers said.\n\n"
        "Farmers fear for their water.\n\n"
        "Science coverage in The Bulletin is supported in part by the Quarrywell Foundation.\n\n"
        "The Bulletin keeps full editorial control.\n\n"
        "The Signal’s local democracy reporting is funded through a public-interest partnership."
    )
    assert [s.is_boilerplate for s in analyze(page)] == [False, False, True, True, True]


@pytest.mark.parametrize(
    "line",
    [
        "The board keeps full editorial control over the station, the regulator said.",
        "The city’s road project is funded by the state.",
        "The trust keeps editorial control of the paper it bought in 2019.",
    ],
)
def test_story_lines_like_funding_and_control_notes_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This news story is more than three weeks old, so some details may have changed.",
        "This audio is read by a computer voice and may mispronounce some names.",
        "Some names in this story have been changed.",
    ],
)
def test_a_pages_notes_on_its_age_its_reader_and_its_names_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Some names in this story have been changed by the court order, the judge said.",
        "The audio was read by a computer voice, police said, and it fooled the bank.",
        "Some residents said the pool was too cold.",
    ],
)
def test_story_lines_like_notes_on_age_reader_and_names_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_two_given_names_stand_for_a_four_word_name_and_a_body_for_itself():
    said = _said(
        "Council secretary Mohd Hazmirul Syafuan Jemain said 212 residents signed.\n\n"
        "Mohd Hazmirul said the council would reply in writing.\n\n"
        "The operator, Brushwick Environmental, says the cell will add 19 years.\n\n"
        "A spokeswoman for Brushwick said the company tests groundwater.\n\n"
        "Brushwick did not respond to a question about the citations."
    )
    assert said["Mohd Hazmirul said the council would reply in writing."] == (
        "Mohd Hazmirul Syafuan Jemain"
    )
    # (the body, never the spokeswoman who speaks for it)
    assert said["Brushwick did not respond to a question about the citations."] == (
        "Brushwick Environmental"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Darllenwch hefyd / Read more: Coastal path reopens after a rockfall at Porth Gwyn",
        "Lea también / See also: How the first cable line cut commutes in half",
    ],
)
def test_a_label_in_its_own_language_before_the_english_one_is_its_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Fine Gael / Labour coalition talks ended on Monday.",
        "Labour / Green candidate Jo Bell said 40 homes would be built.",
    ],
)
def test_story_lines_with_a_slash_between_parties_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "If you’ve opened this every week in November, consider becoming a member for $6 a month.",
        "If you have read this far, consider becoming a supporter.",
        "In today’s issue: the rental cap vote, a ferry fare change and your letters.",
        "Gift Aid it: add 25% to your gift at no extra cost to you.",
    ],
)
def test_a_newsletters_asks_contents_and_a_charitys_gift_aid_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "In this issue, the court found that the minister erred.",
        "Gift Aid is worth £1.4bn a year to charities, HMRC said.",
        "Consider the 40 families who lost their homes in the flood.",
    ],
)
def test_story_lines_like_asks_contents_and_gift_aid_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_the_body_before_that_and_a_verb_with_its_bare_object_is_the_source():
    said = _said(
        "A spokesperson for the department that funds island piers said 19 bids came in.\n\n"
        "The group that runs food banks said demand rose 30%."
    )
    assert said[
        "A spokesperson for the department that funds island piers said 19 bids came in."
    ] == ("A spokesperson for the department")
    assert said["The group that runs food banks said demand rose 30%."] == "The group"


def test_a_quoted_question_asked_in_court_or_of_a_committee_is_the_askers():
    said = _said(
        "Justice Aure Onyeka said the roofer took $412,360 in deposits.\n\n"
        "“Who would not open the door to a man with a card and a smile?” she asked in court.\n\n"
        "Senator Bo Tindall questioned the minister on Tuesday.\n\n"
        "“Is that fair?” he asked the committee.\n\n"
        "She asked the council to delay the vote."
    )
    assert said[
        "“Who would not open the door to a man with a card and a smile?” she asked in court."
    ] == ("Aure Onyeka")
    assert said["“Is that fair?” he asked the committee."] == "Bo Tindall"
    # (a request, no words quoted)
    assert not said["She asked the council to delay the vote."]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # (the second read of the round's rules: speakers near them as before)
        ("Ann Baker and Dana Reyes said the plan was dead.", "Ann Baker and Dana Reyes"),
        ("Harlow Energy said profits rose 4%, a statement said.", "Harlow Energy"),
        (
            "The school district has since added beacons at the crosswalk, a district"
            " spokesperson said.",
            "a district spokesperson",
        ),
    ],
)
def test_speakers_near_joined_roles_and_closing_sayings_stay_as_they_were(line, speaker):
    assert analyze(line)[0].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        "The state's Medicaid coverage is jointly funded by the federal government and the state.",
        "The BBC's World Service journalism is funded by the Foreign Office, a senior MP said.",
        "Kestrel Media retains editorial control.",
        "This audio was read by a computer voice pretending to be the mayor.",
        "This report is more than 20 years old.",
    ],
)
def test_story_lines_near_the_rounds_funding_age_and_audio_notes_stay_story(line):
    page = (
        f"The Kelby Herald was sold to Kestrel Media in March.\n\n{line}\n\n"
        "Staff were told on Monday."
    )
    assert not analyze(page)[1].is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "ALSO READ ▸ Penang port volumes up 6% in third quarter",
        "Also read › Penang port volumes up 6% in third quarter",
        "Want to join the conversation?",
        "This editorial represents the view of the Castlecrean Leader.",
    ],
)
def test_read_also_arrows_a_comment_prompt_and_an_editorials_note_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This editorial represents the view of the board, which met on Monday.",
        "Residents want to join the conversation about the pool, the mayor said.",
    ],
)
def test_story_lines_near_an_editorials_note_and_a_comment_prompt_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # (the second second read: story lines near the round's later furniture)
        "Consider becoming a member of the credit union, the regulator advised savers.",
        "In this email: “I want the figures changed,” the chief executive wrote to staff.",
        "In this edition: the mayor’s budget is £4m short, the auditor found.",
        "Want to join the debate, the mayor asked residents, then come on Friday.",
        "Want to join the conversation about your child’s screen time?",
        "This audio was read by a computer voice and could not be distinguished from hers.",
        "This story is more than 300 years old, so details vary from one teller to the next.",
        "Gift Aid your gift, the charity urged, but only 40% of donors did so.",
        "Prices rose sharply / Read more on page 4.",
    ],
)
def test_story_lines_near_the_rounds_later_furniture_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line", ["Reuters / Ann Lee and Tom Kay.", "AFP / Dana Reyes via Getty Images."]
)
def test_a_credits_joiners_after_its_slash_keep_it_a_credit(line):
    assert _between_story_lines(line).boilerplate_reason == "credit"


def test_a_pointing_that_after_a_preposition_is_no_relative_clause():
    assert analyze("Officials at that bus company said fares would rise.")[0].speaker == (
        "bus company"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Bins and recycling · Council Tax · Schools · Roads and parking · Planning · Newyddion / News",
        "Jump to:  1 Tax  ·  2 Fuel  ·  3 Beer  ·  4 Pensions  ·  5 Borrowing  ·  6 Defence  ·  7 Sugar",
    ],
)
def test_a_long_strip_apart_by_dots_is_furniture_its_separators_not_words(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_long_sentence_with_a_middle_dot_in_it_stays_story():
    line = (
        "The council voted to spend £4m on roads · the first rise in six years · after"
        " residents complained that potholes on the A49 had damaged 300 cars, officials said."
    )
    assert not _between_story_lines(line).is_boilerplate


def _opinion_page(note: str, byline: str = "Ines Tarrow-Blyth", tail: str = "") -> str:
    """A comment piece: its headline, the writer's name alone under it, the note, a story."""
    return (
        "Opinion\n\nThe pier deserves better than a quick sale\n\n"
        f"{byline}\n\n{note}\n\n4 March 2026\n\n"
        "The pier opened in 1911 and cost the borough £18,000 to build.\n\n"
        "The council voted 6-3 last month to sell it for £2.4m.\n\n"
        f"I think that is a mistake.{tail}"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Ines Tarrow-Blyth is a former harbour pilot and chairs the Friends of Marrow Pier.",
        "Ines Tarrow-Blyth has reported from courts across the county since 2015.",
        "Ines Tarrow-Blyth is a retired geography teacher who has lived in Marrow for 31 years.",
    ],
)
def test_the_writers_own_note_under_her_byline_is_furniture(note):
    sentences = analyze(_opinion_page(note))
    assert sentences[3].boilerplate_reason == "author note"
    assert not any(s.is_boilerplate for s in sentences[5:])


def test_the_writers_note_at_the_foot_takes_what_it_goes_on_to_say_of_her():
    page = (
        "Clinic to close three days a week\n\nBy Ines Tarrow-Blyth  |  Senior reporter\n\n"
        "The clinic in Marrow will open only on Mondays and Fridays from April, the health board "
        "said.\n\nIt saw 4,100 patients last year.\n\n"
        "Ines Tarrow-Blyth has covered rural health in the valley since 2012. She grew up on a "
        "farm near Dunlow.\n\nThe board will review the hours in 2027."
    )
    sentences = analyze(page)
    assert sentences[4].is_boilerplate and sentences[5].is_boilerplate
    assert not any(s.is_boilerplate for s in [sentences[2], sentences[3], sentences[6]])


@pytest.mark.parametrize(
    "page",
    [
        # the writer named in the story: a story about her, not her note
        _opinion_page(
            "Ines Tarrow-Blyth is a former harbour pilot.",
            tail="\n\nTarrow-Blyth was fined £400 in 2024 for mooring there.",
        ),
        # a source who shares no name with the byline
        _opinion_page(
            "Dana Whitcombe is a former harbour pilot and chairs the Friends of Marrow Pier."
        ),
        # the site's name over the headline is no byline
        "Marrow Courier\n\nPier to be sold for £2.4m\n\nThe council voted 6-3 to sell it.\n\n"
        "Marrow Courier has reported the sale since 2024.\n\nMarrow Courier",
    ],
)
def test_a_line_naming_someone_other_than_the_pages_unnamed_writer_stays(page):
    sentences = analyze(page)
    line = next(s for s in sentences if " is a former" in s.text or "has reported" in s.text)
    assert line.boilerplate_reason != "author note"


@pytest.mark.parametrize(
    "items",
    [
        ["• Butter: +23.1pc", "• Chocolate: +17.4pc"],
        ["1. St. Brigid's Girls (Nyeri) – 10.214", "2. Kirima Boys (Kiambu) – 10.087"],
        ["Claims paid after the cyclone: $418m"],
    ],
)
def test_a_list_of_the_storys_figures_at_its_foot_is_no_related_headlines(items):
    page = (
        "Food prices rise again\n\nFood prices rose 4.1% in the year to February, the statistics "
        "office said on Tuesday.\n\nBiggest rises, February 2026\n\n"
        + "\n\n".join(items)
        + "\n\nRead more\n\nMarkets slip as oil climbs"
    )
    sentences = analyze(page)
    kept = [s.text for s in sentences if not s.is_boilerplate]
    assert all(item in kept for item in items)
    assert sentences[-1].is_boilerplate


def test_a_bracket_closing_a_roles_qualifier_is_no_part_of_the_name_after_it():
    page = (
        "Deputy Commissioner of Police (Cyber) Anita Rao-Pillai told reporters on Friday that the"
        " accused posed as officers.\n\nRao-Pillai urged residents to hang up on such callers."
        " “No agency arrests anyone on a video call,” she said."
    )
    assert [s.speaker for s in analyze(page)] == ["Anita Rao-Pillai"] * 3


@pytest.mark.parametrize(
    "office, letters",
    [
        ("Deputy Commissioner of Police (Cyber)", "DCP"),
        ("Inspector General of Police", "IGP"),
        ("Assistant Commissioner of Police", "ACP"),
    ],
)
def test_a_police_rank_by_its_letters_is_the_holder_named_with_it_spelt_out(office, letters):
    page = (
        f"{office} Anita Rao-Pillai said six men had been arrested.\n\n"
        f"“They are actors with a script,” the {letters} said."
    )
    assert analyze(page)[1].speaker == "Anita Rao-Pillai"


def test_a_professions_letters_after_the_name_are_no_part_of_it():
    line = "Hal Ference, P.Ag., a crop specialist at the research farm, said the soil was dry."
    assert analyze(line)[0].speaker == "Hal Ference"


@pytest.mark.parametrize(
    "line",
    [
        "We use a handful of cookies to keep the live player running and to count visitors.",
        "Privacy and cookies: this blog uses a couple of cookies for visitor stats.",
        "Cookies help us count readers and remember where you stopped reading.",
        "Click “Agree” to continue or “Options” to manage your settings.",
    ],
)
def test_a_site_telling_what_it_does_with_cookies_is_a_consent_notice(line):
    assert _between_story_lines(line).boilerplate_reason == "cookie or legal notice"


@pytest.mark.parametrize(
    "line",
    [
        "Meta uses cookies to track users across the web, the regulator said.",
        "The bakery sells cookies to 14 schools in the district.",
        "Residents can manage their settings through the council's new app from May.",
    ],
)
def test_a_story_about_cookies_or_settings_is_no_consent_notice(line):
    assert not _between_story_lines(line).is_boilerplate


def test_an_office_of_a_body_set_off_after_a_name_leaves_the_name_the_speaker():
    line = (
        "Cllr Niamh Prendergast-Moore, the Cathaoirleach of Mayo County Council, said members "
        "stood for a minute's silence."
    )
    assert analyze(line)[0].speaker == "Niamh Prendergast-Moore"
    # (a body's own name after its description is still the body)
    line = "The awards organising body, the Society of Stage Producers, said the prize would stay."
    assert analyze(line)[0].speaker == "Society of Stage Producers"


@pytest.mark.parametrize(
    "line",
    [
        "You are viewing a text-only version of this article.",
        "You’re on a lighter, faster version of this page.",
        "Photographs, videos and interactive graphics are not shown.",
        "Comments and reader polls are not shown in the printer-friendly version.",
        "[Image not shown in text-only view: A fitter checks a meter in Kothrud.]",
        "Shared with you from the Tidewire app",
        "SLUG: PERU-ZINC/STRIKE (UPDATE 2)",
        "EDITORS: Adds union statement, analyst comment in paragraphs 6-9.",
        "Filed by A. Ruiz in Lima and B. Soto in Cusco; desk editor C. Vale.",
        "Resale, third-party archiving and use to train AI systems are not permitted.",
        "🎧 Prefer to listen?",
        "This story is narrated by Ines Callow (41 min).",
        "Audio is available to members.",
        "You’ve reached the end of your two free long reads this month.",
        "Not registered yet?",
        "Create a free Tidewire ID to watch full interviews.",
        "If you found this useful, chip in $5.",
        "Never miss a post.",
        "Pop your email in and we’ll send new stories once a week, nothing else.",
        "Prices quoted are indicative and were correct at the time of going to press.",
        "Something to tell us?",
        "We won't publish your email address.",
        "Fields marked * are required.",
        "Opinions are the writers' own and not those of the university.",
        "Philippine Standard Time: Monday, March 9, 2026, 10:14:32 AM",
        "Unless stated otherwise, all content on this site is in the public domain.",
        "WINTER WEATHER ADVISORY for Hall and Adams counties until 6 a.m. CST Thursday.",
    ],
)
def test_a_pages_notes_on_its_view_its_desk_and_its_asks_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Photographs of the flood are not shown to the jury, the judge ruled.",
        "Prices were correct at the time, the company said.",
        "Reproduction of the painting is prohibited under the 1988 act, the gallery said.",
        "Not registered yet, the firm was fined £4,000 in 2024.",
        "A WINTER STORM WARNING was issued for the county on Tuesday.",
        "NHS ENGLAND WARNING for hospitals as flu cases rise",
        "The council said it had never missed a post.",
    ],
)
def test_story_lines_worded_like_a_pages_notes_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Tidewire works best in the app.",
        "Tidewire does not necessarily share the views of its content partners.",
        "The Kothrud Mail — printer-friendly version",
        "We acknowledge the Wurundjeri Woi-wurrung people, the Traditional Owners of the land "
        "where this blog is written, and pay our respects to Elders past and present.",
        "Sandcove University is located in Mi’kma’ki, the ancestral and unceded territory of the "
        "Mi’kmaq.",
        "Want to republish Tidewire stories?",
        "— Post continues below the sign-up box —",
    ],
)
def test_a_site_naming_itself_then_saying_how_to_read_it_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The new tram works best in dry weather, engineers said.",
        "The council voted to acknowledge the Traditional Owners at every meeting, it said.",
        "The band's second album is a printable version of their live show.",
    ],
)
def test_story_lines_with_a_sites_words_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line, speaker",
    [
        ("The council did not reply to questions.", "The council"),
        ("The mayor’s office did not reply when we asked whether he meant leaks.",
         "The mayor’s office"),
        ("Ms Okafor replied that the pipeline would be finished in May.", "Okafor"),
    ],
)  # fmt: skip
def test_a_reply_not_given_is_a_silence_and_a_reply_given_a_saying(line, speaker):
    sentence = analyze(line)[0]
    assert sentence.speaker.endswith(speaker)
    assert (sentence.cue.startswith("did not")) == ("did not" in line)


def test_the_writers_question_in_a_when_clause_names_no_one():
    page = (
        "The union said pay had fallen 12% since 2020.\n\n"
        "The ministry did not respond when we asked whether it would meet the union."
    )
    assert analyze(page)[1].speaker == "The ministry"


def test_a_fact_checks_labels_open_no_ones_turns():
    page = "\n\n".join(
        [
            "CLAIM 1",
            "CLAIM: Half of the water the city buys is lost before it reaches a customer.",
            "VERDICT: Mostly correct",
            "The city's own plan puts the loss at 47.8%.",
            "CLAIM 2",
            "CLAIM: The city repaired 21,000 leaks last year.",
            "VERDICT: Unproven",
            "Its annual report lists 14,620 repairs.",
        ]
    )
    assert not any(s.speaker == "Claim" or s.speaker == "Verdict" for s in analyze(page))


def test_a_headlines_relation_is_the_relative_the_story_names_below():
    page = (
        "Fiddler dies aged 87\n\n"
        "‘He never walked past a child with a tin whistle,’ his daughter says\n\n"
        "His daughter, Siofra Tallon, said he played every Sunday night until September."
    )
    assert analyze(page)[1].speaker == "Siofra Tallon"
    # (in the story, a relation is the one named before it, never after)
    page = "“He was kind,” his son said.\n\nHis son, Ciaran Tallon, recalled the snow of 1982."
    assert analyze(page)[0].speaker != "Ciaran Tallon"


def test_the_first_line_kept_above_a_cookie_banner_and_the_headline_is_the_sites():
    page = "\n\n".join(
        [
            "SHAMBANI TRADE REVIEW",
            "Sign in | Subscribe | Advertise | Print edition",
            "MARKET BOARD (Nairobi wholesale, KSh): Avocado 520 ▲ · Onions 1,450 ▼",
            "This website uses cookies to remember your sign-in and to measure readership.",
            "OK, got it",
            "Avocado exports restart after five-week maturity ban is lifted",
            "Exporters say the stricter checks could cost small growers.",
        ]
    )
    sentences = analyze(page)
    assert sentences[2].is_boilerplate
    assert not sentences[5].is_boilerplate and not sentences[6].is_boilerplate


def test_a_welsh_ministers_title_is_no_part_of_her_name():
    page = (
        "Our minister, y Parch. Elin Rhys, tells us the cupboard handed out 1,276 parcels.\n\n"
        "“Nobody should be embarrassed,” she says."
    )
    assert [s.speaker for s in analyze(page)] == ["Elin Rhys", "Elin Rhys"]


@pytest.mark.parametrize(
    "line",
    [
        "By Ledger reporters in Nairobi, Kisumu, Eldoret and Mombasa",
        "By our correspondents",
        "By Herald staff",
        "By a staff reporter in Kisumu",
    ],
)
def test_a_desks_byline_without_a_name_is_a_byline(line):
    assert _between_story_lines(line).boilerplate_reason == "byline"


@pytest.mark.parametrize(
    "line", ["By law the team must publish its accounts.", "By then reporters had left."]
)
def test_a_sentence_opening_with_by_is_no_desks_byline(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_fan_sites_note_on_itself_and_its_ask_without_a_sum_are_furniture():
    page = "\n\n".join(
        [
            "THE DOTTEREL HIDE",
            "Dotterels hold off Bluetongues by 10 points to stay on top",
            "The Dotterels beat the Bluetongues by 10 points on Saturday.",
            "The Dotterel Hide is run by fans and is not affiliated with the club or the league.",
            "Keep the Hide going: chip in for server costs →",
            "© The Dotterel Hide 2011–2026.",
        ]
    )
    sentences = analyze(page)
    assert sentences[3].is_boilerplate and sentences[4].is_boilerplate
    assert not sentences[2].is_boilerplate


def test_a_body_not_affiliated_in_a_story_and_people_chipping_in_stay():
    for line in [
        "Residents were asked to chip in for the repairs, the council said.",
        "The militia is not affiliated with the army, officials said.",
    ]:
        assert not _between_story_lines(line).is_boilerplate


def test_a_quoted_question_and_what_it_drew_from_the_benches_is_the_askers():
    page = (
        "Cllr Asha Tumkur rose to speak.\n\n"
        "“Is the member speaking for the people or for the tanker lobby?” Tumkur asked, drawing"
        " protests from the Opposition benches."
    )
    assert analyze(page)[1].speaker == "Asha Tumkur"


@pytest.mark.parametrize(
    "line",
    [
        "The Prime Minister does not necessarily share the views of his backbenchers.",
        "Vancouver is located on the unceded territories of three First Nations.",
        "Rio Tinto acknowledges the traditional owners were not properly consulted.",
        "Google uses cookies to personalise adverts for more than two billion users.",
        "Cookies help us bake more than 3,000 loaves a day, the baker joked.",
        "Reproduction is prohibited under Section 48 of the Act.",
        "Resale is not permitted under the scheme and the houses must be owner-occupied.",
        "Views are personal, he insisted, but his party backed them.",
        "This report was read aloud by the clerk at the start of Tuesday's meeting.",
        "WINTER STORM WARNING ISSUED FOR DENVER UNTIL FRIDAY",
        "Premier League – 20 predictions",
    ],
)
def test_story_lines_the_first_second_read_found_hidden_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "page",
    [
        "Shelter marks 20 years\n\nPhoto: Ama Owusu\n\nAma Owusu has run the women's shelter in"
        " Accra since 2009. She has housed more than 3,000 women.\n\nThe shelter opened in 2006.",
        "Reporter freed\n\nBy Omar Haddad\n\nOmar Haddad was detained for nine hours at the border,"
        " his editor said. He was released without charge.\n\nThe ministry gave no reason.",
    ],
)
def test_a_story_about_a_person_named_in_a_credit_or_a_byline_is_no_writers_note(page):
    assert not any(s.boilerplate_reason == "author note" for s in analyze(page))


@pytest.mark.parametrize(
    "line",
    [
        "Leinster scored three tries in the first half and Munster did not reply.",
        "Most residents did not reply.",
        "Hamas had not replied by the deadline, and strikes resumed at dawn.",
    ],
)
def test_a_side_or_a_survey_that_did_not_reply_is_no_silence_of_a_source(line):
    assert analyze(line)[0].speaker == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bath beat Saracens 30-12 at the Rec. Finn Russell kicked 15 points.",
            ["Bath beat Saracens 30-12 at the Rec.", "Finn Russell kicked 15 points."],
        ),
        (
            "He is a colonel (retd.) The hearing resumes Monday.",
            ["He is a colonel (retd.)", "The hearing resumes Monday."],
        ),
    ],
)
def test_a_grounds_name_and_a_ranks_note_at_a_sentences_end_still_end_it(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    "source, name",
    [
        ("Roads and Transport Minister Ann Lee", "Ann Lee"),
        ("Lands and Housing County Executive Committee Member Wanjira Wambete", "Wanjira Wambete"),
        ("Punong Barangay Teodulfa Mascarinas", "Teodulfa Mascarinas"),
    ],
)
def test_a_portfolio_of_two_fields_and_a_village_chiefs_title_are_no_part_of_a_name(source, name):
    assert analyze(f"{source} said 1,860 units would be built.")[0].speaker == name


@pytest.mark.parametrize("source", ["Fire and Emergency New Zealand", "Ann Baker and Dana Reyes"])
def test_a_body_of_two_fields_and_two_people_stay_as_they_were(source):
    assert naming.person_name(source) == ""


@pytest.mark.parametrize(
    "line, cue",
    [
        ("Ann Lee reminded motorists that the speed limit on the causeway is 40 kph.", "reminded"),
        ("Ann Lee assured residents that the water is safe to drink.", "assured"),
        ("Ann Lee appealed to farmers to water crops only before 7 a.m.", "appealed"),
    ],
)
def test_a_reminder_an_assurance_or_an_appeal_to_people_reports_what_was_said(line, cue):
    sentence = analyze(line)[0]
    assert (sentence.speaker, sentence.cue) == ("Ann Lee", cue)


@pytest.mark.parametrize(
    "line",
    [
        "The firm appealed the ruling to the Supreme Court.",
        "The firm appealed to the Supreme Court to overturn the ruling.",
        "The union appealed against the decision.",
    ],
)
def test_an_appeal_to_a_court_reports_nothing_said(line):
    assert analyze(line)[0].speaker == ""


def test_a_closing_cue_with_the_month_it_was_said_in_names_its_source():
    line = "Output at the mine fell 4% in nine months, the company reported in October."
    assert analyze(line)[0].speaker == "the company"
    assert analyze("The ship sank, which was reported in May.")[0].speaker == ""


@pytest.mark.parametrize(
    "page, speaker",
    [
        (
            "Tenants’ association says members cannot afford the new units\n\n"
            "The Kiburu Estate Tenants Welfare Association said it would go to court.",
            "Kiburu Estate Tenants Welfare Association",
        ),
        (
            "Company says its expansion will add 150 jobs\n\n"
            "Tesserine Foods Corp. said on Monday it would add 150 jobs in Lethbridge.",
            "Tesserine Foods Corp.",
        ),
        (
            "Ranchers sell cows early, auction mart says\n\n"
            "Dag Skaarup, manager of Jeppeson Livestock Auction Mart, said sales doubled.",
            "Jeppeson Livestock Auction Mart",
        ),
    ],
)
def test_a_headlines_body_by_an_owners_word_a_legal_form_or_a_mart(page, speaker):
    assert analyze(page)[0].speaker == speaker


@pytest.mark.parametrize("line", ["Contributed", "Submitted", "Photo contributed"])
def test_a_readers_picture_credit_alone_is_a_credit(line):
    assert _between_story_lines(line).boilerplate_reason == "credit"


@pytest.mark.parametrize("line", ["Contributed to the fund.", "Submitted plans show 40 homes."])
def test_a_sentence_opening_with_contributed_or_submitted_stays(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "page",
    [
        "Hamilton Wins Monaco Grand Prix In Style\n\nAdvertisement\n\nSeven-time champion holds "
        "off Verstappen in a tense finish\n\nLewis Hamilton won the race on Sunday.",
        "Kenya: Floods Kill 40\n\nAdvertisement\n\nRescuers search for missing as rivers burst "
        "their banks\n\nForty people died, police said.",
    ],
)
def test_a_title_case_headline_over_an_advert_and_its_standfirst_stays(page):
    assert not analyze(page)[0].is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The defeat reminded fans that the club is far from ready.",
        "The new law advises employers that leave is paid.",
        "The message appealed to older voters to an extent, the poll found.",
        "The pilot did not respond when asked by controllers to climb.",
    ],
)
def test_a_thing_that_reminds_or_appeals_and_a_pilot_asked_are_no_sources(line):
    assert analyze(line)[0].cue not in ("reminded", "advises", "appealed", "did not respond")


def test_a_headlines_relative_is_the_storys_own_not_anothers():
    page = (
        "‘He never missed a match,’ his daughter says\n\n"
        "Kelly's daughter, Aoife Kelly, lives next door.\n\n"
        "His daughter, Maeve Ryan, said he went to every game."
    )
    assert analyze(page)[0].speaker == "Maeve Ryan"


def test_a_bare_union_is_the_union_the_story_gives_words_to():
    page = (
        "Union says pay offer is final\n\n"
        "The deal mirrors one struck in the Soviet Union in 1985.\n\n"
        "The Rift Valley Nurses Union said the offer was the last."
    )
    assert analyze(page)[0].speaker == "Rift Valley Nurses Union"


def test_a_bare_company_is_the_firm_the_story_gives_words_to():
    page = (
        "Company says it will appeal £2m fine\n\n"
        "A complaint by Harbour Foods Ltd led to the fine, the regulator said.\n\n"
        "Brightco Ltd said it would appeal."
    )
    assert analyze(page)[0].speaker == "Brightco Ltd"


@pytest.mark.parametrize(
    "line",
    [
        "The new school is located on unceded Musqueam land.",
        "The college is situated on the ancestral territory of the Cree, the chancellor noted.",
        "Resale of subsidised fertiliser is prohibited.",
        "Any reproduction of the recordings is prohibited.",
        "Contribute towards the cost of the roof, the vicar urged.",
        "By Friday reporters in Kyiv counted 40 explosions.",
    ],
)
def test_story_lines_the_second_second_read_found_hidden_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_writers_note_on_where_she_was_before_is_furniture():
    page = (
        "Clinic closes\n\nBy Ann Lee\n\nThe clinic closed on Monday.\n\n"
        "Ann Lee joined the Gazette in 2019 and covers the courts."
    )
    assert analyze(page)[-1].boilerplate_reason == "author note"


def test_a_ground_after_the_at_a_sentences_end_still_ends_it():
    assert [s.strip() for s in split_text("Bath lost at the Rec. Park Road was closed.")] == [
        "Bath lost at the Rec.",
        "Park Road was closed.",
    ]


def test_an_initial_and_a_surname_after_a_comma_are_no_professions_letters():
    assert naming.person_name("Ann Lee, P. Smith") == "P. Smith"
    assert naming.person_name("Hal Ference, P.Ag.") == "Hal Ference"


# --- round forty-two ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Magistrate Ana Bell ruled the point out of order.", "Ana Bell"),
        ("The judge ruled on Monday that the evidence was admissible.", "The judge"),
        ("Two years will be served on home detention, the judge ruled.", "the judge"),
        ("Speaker Tom Gurusiddappa ruled that the remark be expunged.", "Tom Gurusiddappa"),
        ("Area coroner Ann Grunby recorded a narrative conclusion.", "Ann Grunby"),
    ],
)
def test_a_ruling_is_its_judges_words(line, speaker):
    assert _speakers_of(line) == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "The hospital has not ruled out more closures.",
        "The oba ruled this town for 33 years.",
        "For 32 years, Labour ruled.",
        "The general ruled that region with an iron fist until he was killed in 1989.",
        "The king ruled in an age that saw the empire double in size.",
        "A court stenographer recorded the verdict in the register.",
        "Police bodycam footage recorded the conclusion of the search at about 7pm.",
        "Within four minutes, Dundee answered.",
        "On lap 41, Norris cut in.",
        "Iran did not respond to Washington's requests for talks.",
        "Moscow did not immediately respond to Kyiv's calls for a prisoner exchange.",
        "NHS, BMA -- both have rejected the offer.",
        "The engineer had ruled that out because of cracks.",
        "Protests have gone on since 2026, when the Supreme Court ruled that the levy was lawful.",
        "The station recorded 40mm of rain.",
        "She recorded a song on Monday.",
    ],
)
def test_ruled_out_a_reign_a_past_ruling_and_a_recording_are_no_ones_words(line):
    assert _speakers_of(line)[-1] == ""


def test_a_turn_cut_in_answered_or_interjected_is_the_speakers():
    said = _said(
        "Energy Minister Kofi Boateng spoke first.\n\n"
        "The minister cut in: “I was called at midnight.”\n\n"
        "“Ask the people who kept the records,” Ama Serwaa answered.\n\n"
        "Cllr Rita Moore interjected to say that the figure was wrong.\n\n"
        "The fire service answered 61 calls.\n\n"
        "The council approved a cut in fees."
    )
    assert said["The minister cut in: “I was called at midnight.”"] == "Kofi Boateng"
    assert said["“Ask the people who kept the records,” Ama Serwaa answered."] == "Ama Serwaa"
    assert said["Cllr Rita Moore interjected to say that the figure was wrong."] == "Rita Moore"
    assert said["The fire service answered 61 calls."] == ""
    assert said["The council approved a cut in fees."] == ""


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Asked about the claim, Ann Lee said little: “I have not seen it again.”", "Ann Lee"),
        ("Ann Lee said nothing, adding only that the matter was before the courts.", "Ann Lee"),
        ("Rising Stars Academy, a youth charity in Hull, said demand had doubled.", "Rising"),
        ("Answering Machine, the Manchester band, said the tour was off.", "Answering"),
    ],
)
def test_words_after_little_and_bodies_named_like_a_turns_opening(line, speaker):
    assert _speakers_of(line)[0].startswith(speaker)


def test_a_role_before_a_name_after_ruled_that():
    line = "The league's judiciary committee ruled that winger Kal Fono's transfer was void."
    assert _speakers_of(line)[0].endswith("judiciary committee")


def test_saying_nothing_is_no_speech():
    said = _said(
        "Tom Lee, the mayor, said the road would close.\n\n"
        "His father nodded and said nothing.\n\n"
        "He said nothing had changed."
    )
    assert said["His father nodded and said nothing."] == ""
    assert said["He said nothing had changed."] == "Tom Lee"


@pytest.mark.parametrize(
    "line",
    [
        "Intervening, the transport spokesman, Torcuill Ardcraggan, said the island lost sailings.",
        "Summing up, the coroner, Torcuill Ardcraggan, said the death was an accident.",
    ],
)
def test_a_turns_opening_participle_is_no_speaker(line):
    assert _speakers_of(line) == ["Torcuill Ardcraggan"]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Colleague Bart Quernmore, 24,", "Bart Quernmore"),
        ("Otunba Olaseinde Fasheyitan", "Olaseinde Fasheyitan"),
        ("The Ven. Kosga Sumedhankara Thero", "Kosga Sumedhankara"),
        ("The Venerable Ann Lee", "Ann Lee"),
    ],
)
def test_a_colleague_a_chiefs_and_a_monks_styles_are_no_part_of_the_name(source, name):
    assert _speakers_of(f"{source} said the talks had failed.") == [name]


def test_a_headlines_role_is_the_holder_named_with_a_style_or_a_brief_below():
    assert (
        _speakers_of(
            "Power cuts halved from Monday, Energy Minister announces\n\n"
            "ACCRA — Cuts will be halved, Energy Minister Hon. Kofi Boateng told reporters."
        )[0]
        == "Kofi Boateng"
    )
    assert _speakers_of(
        "Minister of State says a new contract will be in place by spring\n\n"
        "The fare will rise in January.\n\n"
        "The Minister of State with responsibility for the islands, Colm Mac Fhion, said the "
        "offer was fair."
    ) == ["Colm Mac Fhion", "", "Colm Mac Fhion"]
    # (a role the story gives twice is no one holder a headline can mean; the story's own
    # "the Minister of State" is still the one it named)
    assert _speakers_of(
        "The fare will rise.\n\n"
        "The Minister of State with responsibility for the islands, Colm Mac Fhion, said the "
        "offer was fair.\n\n"
        "“I understand the frustration,” the Minister of State said."
    ) == ["", "Colm Mac Fhion", "Colm Mac Fhion"]


def test_a_body_named_in_full_after_the_comma_closes_its_sentence_with_when():
    line = (
        "Tariffs will fall by 18 per cent, the Energy Tariff Board announced on Wednesday, the "
        "first cut since 2022."
    )
    assert _speakers_of(line) == ["Energy Tariff Board"]


@pytest.mark.parametrize(
    "dateline",
    [
        "KUALA LUMPUR, Jan. 12 -- ",
        "KUALA LUMPUR, Jan. 12, 2027 — ",
        "KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- ",
    ],
)
def test_a_release_wires_dateline_is_no_part_of_the_source(dateline):
    line = f"{dateline}Rimbaku Coldhaul Berhad, the cold chain group, said today it bought a rival."
    assert _speakers_of(line) == ["Rimbaku Coldhaul Berhad"]


def test_a_trade_before_a_firms_long_name_and_form_is_no_part_of_it():
    assert _speakers_of("Refiner Lumbung Kirana Sdn. Bhd. said its intake rose.") == [
        "Lumbung Kirana Sdn. Bhd."
    ]
    assert _speakers_of("Insurer Direct Ltd said its sales rose.") == ["Insurer Direct Ltd"]


def test_no_reply_to_the_outlets_own_questions_is_the_silent_ones():
    said = _said(
        "The venue closes in March.\n\n"
        "Tarrengo did not respond to The Bowerbird’s questions before publication."
    )
    assert said["Tarrengo did not respond to The Bowerbird’s questions before publication."] == (
        "Tarrengo"
    )


def test_a_writers_note_under_a_words_by_byline_and_her_work_are_furniture():
    page = (
        "The oysters are running out of air\n\n"
        "Words by Tuyeni Ndesh · Photographs by Jan Hamuk\n\n"
        "Oyster farmers lost half their stock last year.\n\n"
        "Tuyeni Ndesh writes about the sea from Swakopmund. Her reporting on the pilchard "
        "collapse won the 2025 Kalahari Press Prize."
    )
    assert [s.boilerplate_reason for s in analyze(page)][-2:] == ["author note", "author note"]


def test_a_releases_about_paragraphs_for_both_companies_are_furniture():
    page = (
        "Rimco buys Dingin\n\nRimco Berhad said it would buy Dingin for RM218 million.\n\n"
        "The deal closes in April.\n\nThe board approved it on Monday.\n\n"
        "About Rimco Berhad\n\nRimco Berhad runs 11 warehouses.\n\n"
        "About Dingin Serumpun Sdn. Bhd.\n\n"
        "Dingin Serumpun Sdn. Bhd. was established in 2009 and stores frozen fish."
    )
    assert analyze(page)[-1].is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Sgothan takes no responsibility for what other websites publish.",
        "The Herald accepts no responsibility for the content of external sites.",
        "GOVERNMENT OF THE REPUBLIC OF TRINIDAD AND TOBAGO",
        "LOST: grey tabby with a white chest, last seen near the bus stop — please call 7955 4410.",
        "🎟 Season cards are still available from the ticket office at Gate 3 and on the app.",
        "🔒 Why defect disputes between owners and developers can drag on for years",
        "🎙 Union Voices – Episode 41: ‘Twelve hours on, no sick pay’",
        "★★★★½  4.6 from 318 ratings",
        "✔ Based on a peer-reviewed study",
    ],
)
def test_furniture_of_round_forty_two_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The council takes no responsibility for the flooding, the mayor said.",
        "Nottinghamshire Police takes no responsibility for what other websites publish about "
        "the case.",
        "STATE OF EMERGENCY DECLARED ACROSS THE NORTH",
        "GOVERNMENT OF ZIMBABWE BANS MAIZE IMPORTS",
        "REPUBLIC OF IRELAND FANS ARRESTED IN PRAGUE",
        "⚽ GOAL! Royals lead 1-0 through Mensah.",
        "Lost property worth £2m was sold at auction.",
        "FOUND: Nearly half of UK adults have less than £1,000 in savings, a survey has found.",
        "📢 The Chancellor has confirmed the personal allowance will rise to £13,570 from April.",
        "✔ TRUE: Wiltshire Council approved a 4.99 per cent rise in February.",
        "🔒 Labour has a lock on the North East, winning all 27 seats.",
        "💬 Nigel Farage said the result was a breakthrough.",
    ],
)
def test_story_lines_like_round_forty_twos_furniture_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods hit Bkt. Mertajam and Sg. Ara. The state paid.",
            ["Floods hit Bkt. Mertajam and Sg. Ara.", "The state paid."],
        ),
        (
            "He beat A Name of Pt. Fortin Flying Fish (22.08). He said so.",
            ["He beat A Name of Pt. Fortin Flying Fish (22.08).", "He said so."],
        ),
        (
            "Of those, 611 had it. Snr. Prof. Ira Wanas said the risk rose.",
            ["Of those, 611 had it.", "Snr. Prof. Ira Wanas said the risk rose."],
        ),
        (
            "The shop was founded by Tom Hale Snr. His grandson runs it.",
            ["The shop was founded by Tom Hale Snr.", "His grandson runs it."],
        ),
        (
            "It became a Cat. 4 system at 6pm. It was Cat. 3 at noon. It fell.",
            ["It became a Cat. 4 system at 6pm.", "It was Cat. 3 at noon.", "It fell."],
        ),
        (
            "It is 38.2 per cent (Table 14, pg. 37). The share fell.",
            ["It is 38.2 per cent (Table 14, pg. 37).", "The share fell."],
        ),
        (
            "Spokesperson Asst. Insp. Vimbai Gumbo said no arrests were made. She left.",
            ["Spokesperson Asst. Insp. Vimbai Gumbo said no arrests were made.", "She left."],
        ),
        (
            "It will cost about £310,000 inc. VAT, officers said. It opens in May.",
            ["It will cost about £310,000 inc. VAT, officers said.", "It opens in May."],
        ),
        (
            "They are exempt (see App. C of the report). It rose.",
            ["They are exempt (see App. C of the report).", "It rose."],
        ),
        (
            "Download our App. The store opens Monday.",
            ["Download our App.", "The store opens Monday."],
        ),
        (
            "The team finished in 3rd pos. The coach left.",
            ["The team finished in 3rd pos.", "The coach left."],
        ),
    ],
)
def test_abbreviations_of_round_forty_two_split_where_sentences_end(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_a_pos_column_heading_stays_on_its_row():
    assert [s.strip() for s in split_text("Pos. | Swimmer | Club | Time")] == [
        "Pos. | Swimmer | Club | Time"
    ]


def test_a_bailie_and_a_firms_country_in_brackets():
    said = _said(
        "Tearlach Glen is the council convener.\n\n"
        "“It should pay,” Bailie Glen said.\n\n"
        "Solevu Energy (Fiji) Ltd said it had switched off power.\n\n"
        "Tom Bailie said the club would fold."
    )
    assert said["“It should pay,” Bailie Glen said."] == "Tearlach Glen"
    assert said["Solevu Energy (Fiji) Ltd said it had switched off power."] == (
        "Solevu Energy (Fiji) Ltd"
    )
    assert said["Tom Bailie said the club would fold."] == "Tom Bailie"


def test_a_question_asked_in_a_lobby_closes_on_its_asker():
    said = _said(
        "Zul Mansor, the opposition leader, spoke.\n\n"
        "“And what happens in 2029?” he asked reporters in the assembly lobby."
    )
    assert said["“And what happens in 2029?” he asked reporters in the assembly lobby."] == (
        "Zul Mansor"
    )


def test_citations_under_a_sources_heading_are_furniture():
    page = (
        "Claim checked\n\nThe minister said 11,000 nurses were hired.\n\n"
        "The ministry's 2013 report records 12,400.\n\nSo the claim is half true.\n\n"
        "Sources\n\n"
        "Schools Census Unit, Annual Basic Schools Census 2025/26, Table 14, pg. 37.\n\n"
        "Ibid., 2019/20 edition, Table 12.\n\n"
        "Ministry of Health, 2026 Mid-Year Performance Review, pg. 9."
    )
    assert [s.is_boilerplate for s in analyze(page)][-4:] == [True] * 4


def test_a_datelines_prefix_over_an_interview_is_no_turn():
    said = _said(
        "KUALA LUMPUR: On 19 November, a main burst. Datuk Ir. Nor Fadzil, who chairs the "
        "commission, said at the time that the pipe was 46 years old.\n\n"
        "POST: Why did it burst?\n\n"
        "NOR FADZIL: Corrosion at a joint.\n\n"
        "POST: Is that unusual?\n\n"
        "NOR FADZIL: No."
    )
    line = (
        "Datuk Ir. Nor Fadzil, who chairs the commission, said at the time that the pipe was "
        "46 years old."
    )
    assert said[line] == "Nor Fadzil"
    assert said["NOR FADZIL: Corrosion at a joint."] == "Nor Fadzil"


def test_the_younger_and_the_older_of_a_surname_by_age_or_kin():
    said = _said(
        "A clerk, Mrs. Oluremi Adeg-Ajib, said she had borrowed N350,000.\n\n"
        "Her daughter, Barr. Moyosore Adeg-Ajib, said the suit would not be withdrawn.\n\n"
        "“The matter comes up on December 10,” the younger Adeg-Ajib said."
    )
    assert said["“The matter comes up on December 10,” the younger Adeg-Ajib said."] == (
        "Moyosore Adeg-Ajib"
    )
    said = _said(
        "Ambrosia Tiplag, 67, said she woke.\n\n"
        "Her son, Rodelito Tiplag, 41, a miner, said he was on shift.\n\n"
        "The older Tiplag said she would stay."
    )
    assert said["The older Tiplag said she would stay."] == "Ambrosia Tiplag"


def test_the_younger_of_a_surname_the_story_tells_nothing_of_stays_as_written():
    said = _said(
        "Ann Rourke said the pitch was poor.\n\nJoe Rourke said it was fine.\n\n"
        "“It was poor,” the younger Rourke said."
    )
    assert said["“It was poor,” the younger Rourke said."] == "Rourke"


def test_he_after_a_spokesmans_quotation_carried_on_stays_the_named_man():
    # (an outside read: "He" two sentences on is as often the man named before the spokesman)
    said = _said(
        "Tom Reilly lost 40 sheep in the flood.\n\n"
        "A spokesman for the agency said: “Our defences worked.”\n\n"
        "“Nobody could have stopped that water.”\n\n"
        "He said he would claim on his insurance."
    )
    assert said["He said he would claim on his insurance."] == "Tom Reilly"


def test_a_headlines_role_is_the_holder_the_story_refers_back_to():
    assert (
        _speakers_of(
            "Relocation to cost $4.8m, permanent secretary says\n\n"
            "The village will move 42 homes.\n\n"
            "The Permanent Secretary for Rural Development, Jovesa Waqai, said the move would cost "
            "$4.8 million.\n\n"
            "“This is the village's decision,” the permanent secretary said."
        )[0]
        == "Jovesa Waqai"
    )
    # (another holder of the role, with a body of their own, leaves it unnamed)
    assert (
        _speakers_of(
            "Relocation to cost $4.8m, permanent secretary says\n\n"
            "The Permanent Secretary for Rural Development, Jovesa Waqai, said the move would cost "
            "$4.8 million.\n\n"
            "The permanent secretary for finance, Ana Tora, said the money was found."
        )[0]
        != "Jovesa Waqai"
    )


def test_headlines_under_most_read_this_week_are_related_links():
    page = (
        "Growers switch off the lamps\n\nLit tomato area fell 18% this winter, the growers said.\n\n"
        "Most read this week\n\nRose auction volumes slip 4% as imports grow\n\n"
        "Nursery fire in Pijnacker: no injuries, 2 ha of glass lost"
    )
    assert [s.is_boilerplate for s in analyze(page)][-3:] == [True, True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You can pay with the council's new app. A spokesman said it would save money.",
            ["You can pay with the council's new app.", "A spokesman said it would save money."],
        ),
        ("He used the app. 5G coverage was poor.", ["He used the app.", "5G coverage was poor."]),
        (
            "The event is at 10 a.m. PT. Analysts expect a cheaper phone.",
            ["The event is at 10 a.m. PT.", "Analysts expect a cheaper phone."],
        ),
        (
            "The ferry leaves from Kings Pt. The crossing takes an hour.",
            ["The ferry leaves from Kings Pt.", "The crossing takes an hour."],
        ),
        (
            "It was founded by Arthur Pell Snr. Pell's grandson runs it.",
            ["It was founded by Arthur Pell Snr.", "Pell's grandson runs it."],
        ),
        (
            "The post is for a Lab Asst. Applications close on Friday.",
            ["The post is for a Lab Asst.", "Applications close on Friday."],
        ),
        (
            "There was a fault with the POS. Staff took cash instead.",
            ["There was a fault with the POS.", "Staff took cash instead."],
        ),
        (
            "They rescued the dog and the cat. 14 other animals died.",
            ["They rescued the dog and the cat.", "14 other animals died."],
        ),
        (
            "The show is rated PG. 13-year-olds may watch.",
            ["The show is rated PG.", "13-year-olds may watch."],
        ),
        (
            "Rent is £1,450 a month inc. Bills are extra.",
            ["Rent is £1,450 a month inc.", "Bills are extra."],
        ),
    ],
)
def test_words_like_round_forty_twos_abbreviations_still_end_sentences(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_a_story_line_under_a_sources_subhead_stays_the_storys():
    page = (
        "Council tax rises\n\nThe council met on Monday.\n\nSources\n\n"
        "Council tax will rise by 4.99%, the maximum allowed without a referendum, officials "
        "said.\n\n“We think it holds 2m tonnes, possibly more,” Tom Varga said."
    )
    assert [s.is_boilerplate for s in analyze(page)][-2:] == [False, False]


def test_a_son_of_is_the_younger_not_the_father():
    said = _said(
        "Senator Mark Udall, son of Morris Udall, said the bill would pass.\n\n"
        "“My father would have backed this,” the younger Udall said."
    )
    assert said["“My father would have backed this,” the younger Udall said."] == "Mark Udall"


def test_a_hosts_one_off_greeting_before_the_turns_keeps_the_source_it_cites():
    said = _said(
        "SARAH JONES: I'm Sarah Jones and this is Money Talk. The Bank of England said on "
        "Thursday that rates would stay at 4%.\n\n"
        "HOST: Why?\n\nRAJ PATEL: Prices rose.\n\nHOST: And now?\n\nRAJ PATEL: We wait."
    )
    line = "The Bank of England said on Thursday that rates would stay at 4%."
    assert said[line] == "Bank of England"
    assert said["RAJ PATEL: Prices rose."] == "Raj Patel"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Pt. Fortin spent Sunday clearing mud.",
        "The Pt. Fortin Borough Corporation said it would help.",
        "PT. Pertamina said fuel supplies were normal.",
        "Asst. Commissioner of Police Wendy Achong said 14 people had been arrested.",
        "Snr. Lecturer Ann Lee said so.",
        "The methodology is set out in App. 2 of the audit.",
        "Table 4 in App. B shows 312 missing files.",
        "He finished in Pos. 3 after a late crash.",
        "The CAT. 4 warning was lifted on Sunday.",
    ],
)
def test_round_forty_twos_abbreviations_hold_in_their_other_forms(text):
    assert [s.strip() for s in split_text(text)] == [text]


def test_citations_with_quoted_or_capitalised_titles_are_furniture():
    page = (
        "Roads story\n\nThe council met.\n\nSources\n\n"
        'Office for National Statistics, "Local authority revenue expenditure", 2025, table 3.'
        "\n\nSmith, J. (2023), Why Councils Are Cutting Budgets, Local Gov Review, 14(2)."
    )
    assert [s.is_boilerplate for s in analyze(page)][-2:] == [True, True]


def test_a_headline_numbered_ten_is_no_rank_ending_a_list():
    page = (
        "Story\n\nThe council met on Monday.\n\nRead more\n\n"
        "10 Downing Street says talks will continue\n\nDrivers reject latest pay offer\n\n"
        "The talks resume today, the union said."
    )
    assert [s.is_boilerplate for s in analyze(page)][3:5] == [True, True]


def test_an_age_before_a_full_stop_tells_the_younger():
    said = _said(
        "The winners are brothers Ben Hollis, 41, and Tom Hollis, 38.\n\n"
        "“We'll share it,” the younger Hollis said."
    )
    assert said["“We'll share it,” the younger Hollis said."] == "Tom Hollis"


def test_another_holder_with_a_body_of_their_own_leaves_a_headlines_role_unnamed():
    assert (
        _speakers_of(
            "Relocation to cost $4.8m, permanent secretary says\n\n"
            "The Permanent Secretary for Rural Development, Jovesa Waqai, said the move was set.\n\n"
            "The permanent secretary in the Finance Ministry, Ana Tora, said it cost $4.8 million."
        )[0]
        == "permanent secretary"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Beurskop uses cookies.",
        "Clicking “I agree” accepts all cookies; “Decline” keeps only the ones the site needs.",
        "We're a student paper, so we keep cookies to a minimum.",
        "Beurskop does not give financial advice.",
        "Nothing in this article is a recommendation to buy or sell any security.",
        "Opinions are those of the writers.",
        "Image supplied",
        "Morning Markets: the numbers and news that move SA money, at 6:30am on weekdays.",
        "THE MORNING BRIEF: five stories Accra is talking about, in your inbox before you leave.",
    ],
)
def test_furniture_of_new100_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Google uses cookies to personalise adverts for two billion users, the regulator found.",
        "The bank does not give financial advice to pensioners, the regulator found.",
        "Nothing has changed, the mayor said.",
        "Schedule: trains run at 6:30am on weekdays from March.",
        "Tap “Settings”, then “Privacy”, the guide says.",
    ],
)
def test_story_lines_like_new100s_furniture_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_cookie_block_takes_in_its_quoted_buttons_and_data_promise():
    page = (
        "OREGON LONGSHORE\n\nLongshore uses cookies so the site remembers you.\n\n"
        "We don't sell your information.\n\n"
        "Tap “Fine by me” to carry on, or “Options” to switch some off.\n\n"
        "Fish plant closes\n\nThe fish plant closed on Monday, the owner said."
    )
    assert [s.is_boilerplate for s in analyze(page)][1:4] == [True, True, True]


def test_a_writers_note_under_a_bare_name_byline_is_furniture():
    page = (
        "Umbono raises data prices by 8%\n\nConsumer groups say the timing is cynical\n\n"
        "Lwandi Rooikloof\n\nPublished: 25 November 2026\n\n"
        "Umbono Mobile will raise the price of its data bundles by 8% from 1 December.\n\n"
        "A 1GB bundle will rise to R99 from R92.\n\n"
        "Lwandi Rooikloof has written about telecoms and technology since 2015."
    )
    assert analyze(page)[-1].boilerplate_reason == "author note"


@pytest.mark.parametrize(
    "line",
    [
        "The Thorn is editorially independent of the university and of the SRC.",
        "Highlights, player ratings and our transfer tracker are for Insiders.",
        "Register free to read 10 stories a month, or subscribe for ¥1,980 a month.",
    ],
)
def test_independence_notes_and_what_the_paywall_keeps_back_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The seats are for supporters.",
        "The BBC is editorially independent of government, its charter says.",
    ],
)
def test_story_lines_about_supporters_and_independence_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Member for Barron River Merindah Dunmur", "Merindah Dunmur"),
        ("MP for North Antrim Ann Lee", "Ann Lee"),
        ("Member for Wandoberra Ann Lee", "Ann Lee"),
        ("Member for Cairns Ann Marie Lee", "Ann Marie Lee"),
    ],
)
def test_a_members_seat_of_one_or_two_words_before_the_name(source, name):
    assert naming.person_name(source) == name


@pytest.mark.parametrize(
    "line",
    [
        "Clicking “Accept all” accepted 212 cookies from 61 advertising partners.",
        "Tap “Legitimate interest” and untick the partners listed there too.",
        "We keep the cookies in a glass jar by the till.",
        "Everyone uses cookies.",
        "ChatGPT does not give medical advice.",
        "The new policy is simple: teachers will email parents at 8am every weekday.",
        "The BBC is editorially independent of the government but its funding is not.",
        "RTÉ is editorially independent of the State.",
        "Its bonus episodes are for subscribers.",
        "Our rallies are for supporters.",
    ],
)
def test_story_lines_the_fourth_read_found_hidden_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_profiles_name_over_its_first_line_is_no_byline():
    page = (
        "Ward 3 candidates\n\nRuth Adeyemi\n\n"
        "Ruth Adeyemi runs a bakery on Mill Street and has lived in the ward for 22 years.\n\n"
        "She says rents are the ward's biggest problem."
    )
    said = [(s.is_boilerplate, s.speaker) for s in analyze(page)]
    assert said[2] == (False, "")
    assert said[3][1] == "Ruth Adeyemi"


def test_a_story_line_beside_a_newsletter_box_stays_the_storys():
    page = (
        "Bank outage\n\nNorthway's app was down for six hours on Friday.\n\n"
        "The Morning Ledger: the day's news in your inbox by 7am.\n\n"
        "You can claim back any fees charged during the outage through the bank's website."
    )
    assert not analyze(page)[-1].is_boilerplate


# --- round forty-three ---------------------------------------------------------------------------


def test_hansard_turns_by_title_and_surname_in_capitals_are_the_people_named_above():
    page = (
        "Bank admits it did not count older customers\n\n"
        "Shelby Dunmore, the bank's head of regional banking, told the hearing the branch "
        "would close in March.\n\n"
        "Senator Callan Orrby, a Nationals senator, said he would ask for the figures.\n\n"
        "CHAIR: Ms Dunmore, how many of the branch's customers are over 70?\n\n"
        "Ms DUNMORE: I'd have to take that on notice.\n\n"
        "Senator ORRBY: Your own submission says the branch made a profit of $1.4 million. "
        "Why close a profitable branch?\n\n"
        "Ms DUNMORE: Profit isn't the only test. The lease expires in March."
    )
    said = _said(page)
    assert said["Ms DUNMORE: I'd have to take that on notice."] == "Shelby Dunmore"
    assert said["Ms DUNMORE: Profit isn't the only test."] == "Shelby Dunmore"
    assert said["The lease expires in March."] == "Shelby Dunmore"
    senator = "Senator ORRBY: Your own submission says the branch made a profit of $1.4 million."
    assert said[senator] == "Callan Orrby"
    assert said["Why close a profitable branch?"] == "Callan Orrby"


def test_a_member_quoted_above_who_asks_in_the_record_is_no_interviewer():
    page = (
        "MCAs question health chief over drug shortage\n\n"
        "Ward MCA Kiprono Talam, who moved the motion, said the promise had been made before.\n\n"
        "Hon. Talam: Madam CEC, how many patients were sent away in October?\n\n"
        "Dr. Wanjala: I do not have that figure with me this afternoon.\n\n"
        "Hon. Talam: Then let me give it to you. The register shows 1,140 patients.\n\n"
        "Dr. Wanjala: The shortage is real, and I have never denied it."
    )
    said = _said(page)
    assert said["Hon. Talam: Madam CEC, how many patients were sent away in October?"] == (
        "Kiprono Talam"
    )
    assert said["The register shows 1,140 patients."] == "Kiprono Talam"


def test_an_interviewers_questions_in_turns_still_name_no_one():
    page = (
        "Five questions for the new harbour master\n\n"
        "Ana Kellow took over the harbour in May.\n\n"
        "LEDGER: What changed first?\n\n"
        "KELLOW: The dredging schedule. We moved it to winter.\n\n"
        "LEDGER: Why winter?\n\n"
        "KELLOW: Fewer boats, lower costs."
    )
    said = _said(page)
    assert said["LEDGER: Why winter?"] == ""
    assert said["KELLOW: Fewer boats, lower costs."] == "Ana Kellow"


@pytest.mark.parametrize(
    "line",
    [
        "The following is an extract from the Hansard record of Wednesday's afternoon sitting.",
        "The following exchange is taken from the committee's proof Hansard.",
        "The following items are compiled from the police department's daily log for March 2-8.",
    ],
)
def test_a_note_on_the_extract_that_follows_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The following year, the council sold the pool to a trust for £1.",
        "The following day, 40 swimmers protested outside the town hall.",
        "The following is what the report found: the roof had leaked since 2017.",
        "The following items were taken from the vehicle: a laptop, two phones and a passport.",
        "The following is an extract from the HSE's report:",
        "The following were drawn from the ballot for the final places: Kessock and Finlay.",
    ],
)
def test_story_lines_opening_with_the_following_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The department was restoring service “as quickly as possible,” the spokesperson said.",
            "the spokesperson",
        ),
        ("The club wanted players “very soon,” the manager said.", "the manager"),
        ("A spokesman for the “Save Our Pool” campaign said it was sad.", None),
    ],
)
def test_a_quoted_phrase_before_the_source_is_no_part_of_it(sentence, speaker):
    got = _speakers_of(f"Pool closes\n\n{sentence}")[1]
    if speaker is None:
        assert got.startswith("A spokesman for the “Save Our Pool” campaign")
    else:
        assert got == speaker


def test_sardar_is_kept_a_given_name_as_often_as_a_style():
    page = "Concert\n\nSardar Ali Takkar, the Pashto singer, said he would perform in Peshawar."
    assert _speakers_of(page)[1] == "Sardar Ali Takkar"


@pytest.mark.parametrize(
    ("span", "body"),
    [
        ("Nordhaven Water Systems Ltd. of Saskatoon", "Nordhaven Water Systems Ltd."),
        ("Acme Tools Inc. of Dayton", "Acme Tools Inc."),
        ("Bank of Montreal", "Bank of Montreal"),
        ("Food Corp. of India", "Food Corp. of India"),
        ("Electricity Co. of Ghana", "Electricity Co. of Ghana"),
    ],
)
def test_a_firms_town_after_its_form_is_no_part_of_its_name(span, body):
    assert naming.organisation(span) == body


def test_a_firm_of_a_town_that_spoke_is_the_firm():
    page = (
        "Water plant fails\n\n"
        "Nordhaven Water Systems Ltd. of Saskatoon, which maintains the plant, said its "
        "technician arrived on Sunday.\n\n"
        "It said a pump could restore service within 48 hours."
    )
    assert _speakers_of(page)[1:] == ["Nordhaven Water Systems Ltd."] * 2


def test_silence_to_the_outlets_questions_about_a_subject_is_a_source():
    page = (
        "Plant closes\n\n"
        "Verlandt Renewables did not respond to KQDT's questions about what will happen to "
        "the site.\n\n"
        "The minister did not respond to Kyiv's calls for an exchange.\n\n"
        "The minister did not respond to Labour's questions about the contract."
    )
    assert _speakers_of(page)[1:] == ["Verlandt Renewables", "", ""]


def test_a_technician_named_with_an_age_and_a_clause_is_the_speaker():
    page = (
        "Plant closes\n\n"
        "Lab technician Kortland Quarve, 31, who has worked at the plant since 2014, said he "
        "found out on Monday."
    )
    assert _speakers_of(page)[1] == "Kortland Quarve"


@pytest.mark.parametrize(
    "line",
    [
        "The Lab Letter: the week's most important research, explained, every Thursday.",
        "Country Wrap: the week on the land, every Friday.",
        "Sulyap Morning Brief: the day's top stories, before your first coffee.",
        "The Morning Ledger from NPS: markets, deals and the day's top stories before 7 a.m. ET.",
        "Sahelmarch Markets Daily: the day's prices, deals and policy moves, free every weekday.",
        "Sea & Shore, the Ledger's coastal newsletter, lands every Friday morning.",
        "Health Pulse: our weekly newsletter on staying well, every Thursday",
    ],
)
def test_a_newsletters_pitch_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Schedule: bins will be collected every Friday.",
        "Bin collections: the green bin goes out every Friday.",
        "Morning Star: the ferry sails every weekday at 7am.",
        "The Daily Mail: the paper has cut 40 jobs every year since 2019.",
        "Ferry Timetable: the day's first sailing leaves Portcullen at 6:15, every weekday.",
        "The Clarion, the parish newsletter, comes out every month.",
    ],
)
def test_timetable_lines_of_a_story_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This poll is not scientific.",
        "Our online polls are not scientific and reflect only the views of readers who voted.",
        "Download (MP3, 2.9 MB)",
        "Listen   Print   Download PDF (312 KB)",
        "Your gift of £25 buys a week of school meals.",
        "Your donation of KSh 1,500 keeps one borehole pump running for a month.",
    ],
)
def test_poll_notes_file_links_and_what_a_gift_buys_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The poll was not scientific, the council admitted.",
        "$5 buys a loaf of bread in the capital now.",
        "R20 buys a loaf of bread.",
        "$2 buys one bus ride in the city since the fare rise in March.",
        "Rs 500 a month pays for the tuition of one child at the academy.",
        "The council published its flood review as a PDF (4.1 MB) on its website on Tuesday.",
        "The 600-page report is available as a PDF (12 MB).",
        "The Lumora Pagewell 7 (16GB) costs $399.",
    ],
)
def test_prices_and_a_polls_flaw_in_the_story_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_bulleted_list_the_story_ends_on_stays_the_storys():
    page = (
        "Storm warning for the coast\n\n"
        "Forecasters expect gusts of 90km/h on Friday, the weather office said.\n\n"
        "What to do\n\n"
        "• Charge phones and power banks\n\n"
        "• Tie down bins and garden furniture\n\n"
        "Related\n\n"
        "Ferry sailings cancelled for the weekend\n\n"
        "Council opens two rest centres"
    )
    flags = {s.text: s.is_boilerplate for s in analyze(page)}
    assert not flags["What to do"]
    assert not flags["• Charge phones and power banks"]
    assert flags["Ferry sailings cancelled for the weekend"]


@pytest.mark.parametrize(
    "line",
    [
        "You have 5 gift articles left to share this month.",
        "This is a Premium story.",
        "You're reading this as a subscriber.",
        "You are reading it because you are a subscriber; thank you.",
        "*T&C apply.",
        "The audio version of this article is generated by text-to-speech, a technology based "
        "on artificial intelligence.",
        "KQDT is licensed to Norholt Broadcasting Co.",
        "KWRT-TV is licensed to Prairie Public Broadcasting.",
        "Meridant content is licensed to Tickerfield.",
    ],
)
def test_a_walls_word_to_subscribers_and_a_stations_licence_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The audio of the call was released by police.",
        "BASF is licensed to sell the seed in Kenya.",
        "KRVW is licensed to Pellham, about 40 miles east of the city.",
        "WKPL is licensed to Dunmore University.",
        "Disney content is licensed to Hotstar in India until 2027.",
        "This is a premium feature.",
        "This is a premium location for the new depot, the mayor said.",
        "You are reading the words of a man who spent 11 years in jail.",
    ],
)
def test_story_lines_near_those_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_welsh_councillors_title_is_no_part_of_the_name():
    page = "Bank closes\n\nCyng. Elin ap Rhys, who chairs the town council, said the hall was free."
    assert _speakers_of(page)[1] == "Elin ap Rhys"


@pytest.mark.parametrize(
    "line",
    [
        "Att: 2,314  ·  Ref: Morwenna Pilcher",
        "Valid votes: 14,694 · Rejected: 212 · Total cast: 14,906",
        "Registered voters: 38,412 · Turnout: 38.8%",
    ],
)
def test_a_matchs_or_a_counts_facts_in_a_row_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["Home  ·  News  ·  Sport  ·  Weather", "POLLEN: Low · AIR QUALITY: 42 Good"],
)
def test_strips_of_a_pages_menu_and_widgets_are_still_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_hansard_turn_is_no_other_person_of_the_surname():
    page = (
        "Housing minister questioned\n\n"
        "Carys Jones, a mother of three, said her family had lived in a hotel for 14 months.\n\n"
        "Dr Ellen Marsh, the council's housing officer, told the inquiry the list had grown.\n\n"
        "Senator Roy Marsh, who chairs the committee, said it would report in March.\n\n"
        "CHAIR: Welcome, Dr Marsh.\n\n"
        "Mr JONES: My constituent has been in a hotel for 14 months.\n\n"
        "Dr MARSH: Thank you. The list has 1,200 families on it.\n\n"
        "Senator MARSH: Dr Marsh, how long did the review take?\n\n"
        "Dr MARSH: Nine months."
    )
    said = _said(page)
    assert said["Mr JONES: My constituent has been in a hotel for 14 months."] != "Carys Jones"
    assert said["Senator MARSH: Dr Marsh, how long did the review take?"] == "Roy Marsh"
    assert said["Dr MARSH: Nine months."] == "Ellen Marsh"


def test_a_podcasts_host_quoted_before_the_interview_is_still_its_host():
    page = (
        "Why are energy bills rising?\n\n"
        "Rosa Tulley said on Monday that readers had sent in 400 questions about bills.\n\n"
        "Ms TULLEY: Why are bills rising 9 per cent?\n\n"
        "Mr OKAFOR: Wholesale gas prices rose in the autumn.\n\n"
        "Ms TULLEY: Will they fall?\n\n"
        "Mr OKAFOR: Not before spring."
    )
    assert _said(page)["Ms TULLEY: Why are bills rising 9 per cent?"] == ""


def test_carpenter_is_a_surname_as_often_as_a_trade():
    page = (
        "Fire\n\n"
        "Fire Chief Dale Carpenter said the blaze started at 2am.\n\n"
        "Carpenter said nobody was hurt.\n\n"
        "Local carpenter Joe Brannagh, 45, who built the stage, said it was safe."
    )
    assert _speakers_of(page)[1:] == ["Dale Carpenter", "Dale Carpenter", "Joe Brannagh"]


def test_a_bulleted_list_of_headlines_after_the_story_is_still_related_links():
    page = (
        "Bin strike talks\n\n"
        "Talks between the council and the union will resume on Friday, a spokesman said.\n\n"
        "Joe Bloggs is the Echo's local democracy reporter.\n\n"
        "• Ashgrove bin strike: talks to resume on Friday\n\n"
        "• Man jailed for arson attack on Ashgrove takeaway\n\n"
        "• New head named at Ashgrove Academy\n\n"
        "© 2026 Ashgrove Echo"
    )
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[3:6] == [True, True, True]


def test_a_headlines_role_is_the_role_as_the_story_goes_on_to_write_it():
    page = (
        "Review moved to 9pm, energy regulator says\n\n"
        "The energy regulator said it had moved the monthly review to 9pm because of a board "
        "meeting.\n\n"
        "Petrol rose by Sh3.10 a litre in October."
    )
    assert _speakers_of(page)[:2] == ["The energy regulator", "The energy regulator"]


def test_a_headlines_role_the_story_never_writes_is_no_one():
    page = (
        "Fares to rise in January, minister says\n\n"
        "Bus fares will rise by 5 per cent from January 1, the transport ministry said.\n\n"
        "The ministry said fuel had risen 18 per cent this year."
    )
    assert _speakers_of(page)[0] == ""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Cathaoirleach, Cllr Áine Ní Chonfhaola (Ind), said she would invite him.",
            "Áine Ní Chonfhaola",
        ),
        ("The Chairman, Cllr Áine Byrne (FF), said she would invite the officer.", "Áine Byrne"),
        ("The Mayor, Cllr Áine Byrne, said she would invite the officer.", "Áine Byrne"),
    ],
)
def test_a_chair_named_with_a_party_in_brackets_is_the_councillor(sentence, speaker):
    assert _speakers_of(f"Council meets\n\n{sentence}")[1] == speaker


def test_the_cathaoirleach_later_is_the_councillor_named_so():
    page = (
        "Council meets\n\n"
        "The Cathaoirleach, Cllr Máire Ní Chadhain, read a statement into the record.\n\n"
        "The Cathaoirleach said she had read it as a courtesy."
    )
    assert _speakers_of(page)[2] == "Máire Ní Chadhain"


def test_the_pages_own_name_on_its_own_money_is_furniture_wherever_it_stands():
    page = (
        "Gearwick\n\n"
        "Reviews · News · Deals\n\n"
        "Gearwick is reader-supported.\n\n"
        "Lumora Pagewell 7 review: a better screen for $30 more\n\n"
        "The Pagewell 7 costs $149, and its screen is the best we have tested this year.\n\n"
        "A Lumora spokesperson told Gearwick the panel came from a new supplier.\n\n"
        "The battery lasted 31 days in our test.\n\n"
        "© 2026 Gearwick Media Ltd."
    )
    assert analyze(page)[2].is_boilerplate


def test_another_outlets_money_in_a_story_about_it_stays():
    page = (
        "Public radio stations lose their state grants\n\n"
        "Three stations will lose a combined $2.1 million in state money from July.\n\n"
        "KWNR is listener-supported.\n\n"
        "Its general manager said it would cut two news jobs.\n\n"
        "The other two stations have not said what they will cut."
    )
    assert not analyze(page)[2].is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["Cwmderw Today is independent and not-for-profit.", "Cwmderw Today is reader-funded."],
)
def test_a_sites_not_for_profit_line_is_furniture(line):
    page = (
        "Bank branch to close\n\nThe branch will close on March 19, the bank said.\n\n"
        f"{line}\n\nDonate today: £3 a month keeps us going.\n\n© 2026 Cwmderw Today"
    )
    assert analyze(page)[2].is_boilerplate


def test_a_not_for_profit_body_in_the_story_stays():
    assert not _between_story_lines("The hospital is a not-for-profit trust.").is_boilerplate


def test_comments_under_a_name_and_stamp_on_one_line_are_the_readers():
    page = (
        "Murders down 19 per cent\n\n"
        "Murders fell 19 per cent this year, police said.\n\n"
        "Shootings fell 16 per cent over the same months, the force said.\n\n"
        "The commissioner said more patrols in 12 hotspots had made the difference.\n\n"
        "Comments\n\n"
        "Dwaylon M. · 2 hours ago\n\n"
        "Good work, but talk to me in December when the total is in.\n\n"
        "Shereen P. · 1 hour ago\n\n"
        "Not in my district.\n\n"
        "Privacy Policy | Terms | Contact Us | Advertise"
    )
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[1:4] == [False, False, False]
    assert flags[6] and flags[8]


def test_a_byline_and_stamp_over_the_story_opens_no_thread():
    page = (
        "Murders down 19 per cent\n\n"
        "Comments (12)\n\n"
        "Ann Reid · 2 hours ago\n\n"
        "Murders fell 19 per cent this year, police said.\n\n"
        "Shootings fell 16 per cent, the force said.\n\n"
        "The minister will give a statement on Tuesday."
    )
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[3:] == [False, False, False]


def test_one_comment_under_a_count_at_the_pages_foot_is_a_readers():
    page = (
        "Flats still empty\n\n"
        "The ministry said 240 flats in Phase 2 would be ready by June.\n\n"
        "Residents said the same promise was made in 2024.\n\n"
        "The contractor did not respond to questions.\n\n"
        "12 comments\n\n"
        "Marcia G. · 2 days ago\n\n"
        "Same thing happened in Phase 1.\n\n"
        "Nobody learns.\n\n"
        "© 2026 Clarendon Courier"
    )
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[1:4] == [False, False, False]
    assert flags[6] and flags[7]


def test_a_member_quoted_before_asks_in_a_parliaments_record_too():
    page = (
        "Minister questioned on theatres\n\n"
        "Independent TD Mattie Grehan said on Monday that 14 theatres were out of use.\n\n"
        "The exchange in the Dáil on Tuesday went as follows.\n\n"
        "Deputy GREHAN: Can the Minister tell the House how many theatres are out of use?\n\n"
        "Minister FOLEY: Nine, Deputy.\n\n"
        "Deputy GREHAN: And how many will reopen this year?\n\n"
        "Minister FOLEY: Six of them."
    )
    said = _said(page)
    # (the member's turn, as the prefix gives it: the page never calls her "Deputy Grehan")
    assert said["Deputy GREHAN: And how many will reopen this year?"] == "Deputy GREHAN"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Harrowgate Homes did not respond to the Herald's questions about the delay.",
            "Harrowgate Homes",
        ),
        ("The minister did not respond to the SNP's questions about the contract.", ""),
    ],
)
def test_silence_to_the_papers_questions_but_not_a_partys(sentence, speaker):
    assert _speakers_of(f"Homes delayed\n\n{sentence}")[1] == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Annual accounts 2025.pdf (880 KB)",
        "Download the report, PDF (2.4 MB).",
        "The following is an edited record of calls to the fire service.",
        "The following entries are drawn from the sheriff's office daily bulletin.",
        "Politics Weekly: the week's politics in five minutes, every Sunday.",
    ],
)
def test_file_names_edited_records_and_a_weeks_politics_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_live_pages_entries_under_a_comments_button_stay_the_storys():
    page = (
        "Storm Elin: roads closed and schools shut\n\n"
        "Comments (342)\n\n"
        "Share\n\n"
        "Hanna Pike · 10:42\n\n"
        "The A4031 is now closed in both directions because of fallen trees.\n\n"
        "Hanna Pike · 10:30\n\n"
        "All 23 primary schools in the Eldwick area are closed today.\n\n"
        "Hanna Pike · 10:12\n\n"
        "More than 6,000 homes are without power in Eldwick and Pelling."
    )
    flags = {s.text: s.is_boilerplate for s in analyze(page)}
    assert not flags["All 23 primary schools in the Eldwick area are closed today."]
    assert not flags["More than 6,000 homes are without power in Eldwick and Pelling."]


def test_a_story_about_the_outlets_own_money_is_news():
    page = (
        "TIDEWATER LEDGER\n\n"
        "Ledger loses its biggest donor\n\n"
        "The Tidewater Ledger will lose a $300,000 grant from the Marsh Foundation next year.\n\n"
        "The Tidewater Ledger is reader-supported.\n\n"
        "About 7,200 readers gave money last year, up from 5,100 in 2024.\n\n"
        "© 2026 Tidewater Ledger"
    )
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[3:5] == [False, False]


@pytest.mark.parametrize(
    "line",
    [
        "Weekly Walks: the group meets at the lido car park, every Tuesday.",
        "Parish Notes: the food bank opens at St Mark's hall, every Thursday morning.",
        "The council's response came as a 40-page PDF (6 MB).",
        "Reporters obtained a spreadsheet, consultants_2023-2025_final.xlsx (44 KB).",
        "Trustees approved the plan in a 12-page PDF (1.1 MB).",
    ],
)
def test_listings_and_files_in_sentences_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "WXTN-TV is licensed to Gray Television Licensee, LLC.",
        "KPLM is licensed to Bonneville International Corporation.",
        "This is a subscriber-only feature.",
    ],
)
def test_fcc_licence_footers_and_members_only_features_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not respond to the Opposition's questions about the contract.",
        "The regulator did not respond to the Committee's questions about the fines.",
    ],
)
def test_silence_to_an_institutions_questions_names_no_one(sentence):
    assert _speakers_of(f"Contract row\n\n{sentence}")[1] == ""


def _reader_poll_page(widget: str) -> list:
    story = "The council voted 7-2 to cut the number 34 bus.\n\nThe route carried 900 riders a day."
    return analyze(f"{story}\n\n{widget}\n\nThe cuts take effect on March 2.")


@pytest.mark.parametrize(
    "widget",
    [
        "READER POLL\n\nShould the city cut quiet routes?\n\nYes, frequency matters more — 54%"
        "\n\nNo, keep a bus near everyone — 31%\n\nNot sure — 15%\n\n2,418 votes.\n\nResults"
        " reflect only the readers who chose to answer and say nothing about the city as a whole.",
        "Reader poll\n\nShould the state cut bus fares?\n\nYes: 68.4%\n\nNo: 22.1%\n\nCan't say:"
        " 9.5%\n\nTotal votes: 5,212",
        "Player of the Match: you voted\n\nAnna Quell (Rovers) 47%\n\nBea Marrin (Rovers) 29%\n\n"
        "Cara Voss (United) 24%\n\nVoting closed at midnight, and 1,906 readers took part.",
        "POLL RESULTS\n\nHas your street been swept this year?\n\nYes: 38% | No: 51% | Don't know:"
        " 11%\n\n1,137 readers responded online.\n\nThe poll reflects the views of those who took"
        " part and is not a scientific sample.",
    ],
)
def test_a_reader_polls_answers_tally_and_caveat_are_furniture(widget):
    sentences = _reader_poll_page(widget)
    flags = [s.is_boilerplate for s in sentences]
    assert flags[:2] == [False, False] and flags[-1] is False
    assert all(flags[2:-1]), [(s.text, s.is_boilerplate) for s in sentences]


def test_a_surveys_fact_box_is_no_reader_poll():
    box = "Poll at a glance\n\n• Olatoyan (PGC): 38%\n\n• Ajibulu (PRA): 29%\n\n• Others: 16%"
    flags = {s.text: s.is_boilerplate for s in _reader_poll_page(box)}
    assert not flags["• Olatoyan (PGC): 38%"] and not flags["• Others: 16%"]


@pytest.mark.parametrize(
    "note",
    [
        "Our reporting on the city's water system is supported in part by a grant from the Vell"
        " Civic Trust.\n\nThe trust does not see our stories before they are published and has"
        " no say in what we cover.",
        "Our Health Check series is supported by the Orrin Coast Community Foundation.\n\nThe"
        " foundation has no role in choosing topics and does not read stories before they are"
        " published.",
    ],
)
def test_a_funding_note_in_part_and_its_hands_off_line_are_furniture(note):
    page = f"The council voted 7-2 to close the pool.\n\n{note}\n\nThe pool shut in 2019."
    assert [s.is_boilerplate for s in analyze(page)] == [False, True, True, False]


@pytest.mark.parametrize(
    "line",
    [
        "The foundation has no role in choosing which hospitals get the new scanners.",
        "The project is supported in part by a grant from the Asian Development Bank.",
        "The trust does not see the school's accounts before they are published, Ms Arle said.",
    ],
)
def test_a_funders_role_in_the_story_stays(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Membership starts at $8 a month.",
        "Contributions start at R50.",
        "Season membership from ₦15,000.",
        "Plans start at $1 for the first three months.",
        "Donations over $2 are tax deductible.",
    ],
)
def test_the_price_of_supporting_the_site_beside_its_appeal_is_furniture(line):
    ask = "If you value our reporting, please consider becoming a member."
    page = f"The council voted 7-2 to close the pool.\n\n{ask}\n\n{line}\n\nThe pool shut in 2019."
    assert [s.is_boilerplate for s in analyze(page)] == [False, True, True, False]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The streaming service raised its prices on Monday. Plans start at $7.99 a month.",
        "Digital subscriptions start at £4 a month. About 6,200 readers pay for the website,"
        " the company said.",
        "Season membership from £95. Junior members play free, the club said.",
        "All donations are tax-deductible.",
    ],
)
def test_prices_and_gifts_in_a_story_without_an_appeal_stay(paragraph):
    page = f"The council voted 7-2 to close the pool.\n\n{paragraph}\n\nThe pool shut in 2019."
    assert not any(s.is_boilerplate for s in analyze(page))


@pytest.mark.parametrize(
    "appeal",
    [
        "A word from the newsroom: nobody paid us to sit through all four hours of the meeting"
        " except the people who read this. About 2,300 of you give something each year, and"
        " that is the only reason this page has no paywall. If the story so far has been useful,"
        " a gift of any size sends a reporter to the next one.",
        "The Courier has covered this outbreak every day since January, and none of it is behind"
        " a paywall. If you'd like to help keep it that way, you can put something toward our"
        " health desk, once or every month.",
        "Keeping a reporter in the council chamber for a seven-hour sitting is work that readers"
        " fund. If you value our reporting, please consider a contribution. Contributions start"
        " at R50.",
    ],
)
def test_every_sentence_of_the_sites_appeal_in_prose_is_furniture(appeal):
    page = f"The council voted 7-2 to close the pool.\n\n{appeal}\n\nThe pool shut in 2019."
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags[0] is False and flags[-1] is False and all(flags[1:-1])


@pytest.mark.parametrize(
    "paragraph",
    [
        "If you'd like to help, call the food bank on 555 0100. Donations of tins are welcome.",
        "The charity said 400 families used the bank in May. Contributions start at R50, Ms"
        " Arle said, and every gift helps.",
        "Donations from 12 firms were returned. Our readers asked why, and the mayor said he"
        " did not know.",
    ],
)
def test_a_storys_paragraph_about_giving_stays(paragraph):
    page = f"The council voted 7-2 to close the pool.\n\n{paragraph}\n\nThe pool shut in 2019."
    flags = [s.is_boilerplate for s in analyze(page)]
    assert not any(flags), [(s.text, s.is_boilerplate) for s in analyze(page)]


@pytest.mark.parametrize(
    "line",
    [
        "This newsletter is free and reader-supported.",
        "If you value it, consider a paid subscription.",
        "Supported by listeners and local businesses.",
        "We acknowledge the financial support of the Government of Canada.",
        "Your comment will appear after it is approved.",
        "Like this:  ★ Like  Loading...",
    ],
)
def test_a_sites_word_on_its_money_comments_and_likes_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The station is funded by listeners through an annual levy of $40.",
        "If you value your car, consider the risks of parking on Mill Street, police said.",
        "Your comment will be read by the planning committee before it votes, Ms Arle said.",
    ],
)
def test_money_and_comments_in_the_story_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_title_somewhere_in_the_text_tells_whom_he_or_she_can_mean():
    body = (
        "Giving evidence, Ambrose Kettlewick said his brother had feared the defendant.\n\n"
        "Cross-examining him, Ysolde Penmarrow KC suggested he had not told police.\n\n"
        "He agreed that he had not.\n\n"
        "Ms Penmarrow put it to him that the row had been about football."
    )
    said = _said(body)
    assert said["He agreed that he had not."] == "Ambrose Kettlewick"


def test_a_title_of_another_person_of_the_surname_tells_nothing():
    body = (
        "Ambrose Kettlewick, 51, said he heard the threat outside the pub.\n\n"
        "Marjorie Kettlewick, his mother, wept as the statement was read.\n\n"
        "Cross-examining him, Ysolde Penmarrow suggested he had been drinking.\n\n"
        "Mrs Kettlewick left the court before the verdict."
    )
    from claimreview.text.attribution import _pronoun_of_title

    assert _pronoun_of_title(body, "Ambrose Kettlewick") == ""
    assert _pronoun_of_title(body, "Ysolde Penmarrow") == ""
    assert _pronoun_of_title(body + "\n\nMs Penmarrow sat down.", "Ysolde Penmarrow") == "she"


@pytest.mark.parametrize(
    "sentence, source",
    [
        (
            "“Shame on you!” shouted a woman in the public gallery as the vote was taken.",
            "a woman in the public gallery",
        ),
        (
            "“We will be back,” said a trader at the market when the stalls were cleared.",
            "a trader at the market",
        ),
    ],
)
def test_a_clause_after_the_source_is_no_part_of_it(sentence, source):
    assert _speakers_of(f"Vote row\n\n{sentence}")[1] == source


def test_an_added_stamp_is_furniture():
    assert _between_story_lines("Added 3rd December 2026 07:41 AM").is_boilerplate


def test_a_gifts_tax_status_in_the_story_stays():
    line = "Donations to the fund are tax-deductible, the charity said."
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["Playing next: Storm clean-up on the coast (2:04)", "Autoplay next: Ferry fares rise (1:48)"],
)
def test_a_players_next_clip_with_its_time_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_whats_next_in_a_live_blog_stays():
    assert not _between_story_lines("Next up: the budget vote at 10:30").is_boilerplate


def test_a_method_boxs_heading_and_lines_are_furniture():
    box = (
        "How we did this\n\nWe collected 212,000 listings for two-bedroom homes posted between"
        " 2019 and 2025. Pay figures are medians for full-time employees from the national"
        " earnings survey.\n\nOur code and data are available on request."
    )
    page = f"Rents rose 41% in six years.\n\n{box}\n\nThe council said it would act."
    flags = [s.is_boilerplate for s in analyze(page)]
    assert flags == [False, True, True, True, True, False]


def test_a_recipes_method_and_a_story_after_a_method_box_stay():
    recipe = "Method\n\n1. Cook the spaghetti for 10 mins.\n\n2. Fry the garlic for 1 min."
    flags = [s.is_boilerplate for s in analyze(f"Sardine pasta\n\n{recipe}")]
    assert flags[2:] == [False, False]
    page = (
        "Methodology\n\nResults were weighted by age and region.\n\nThe mayor said the figures"
        " showed a city in trouble."
    )
    assert [s.is_boilerplate for s in analyze(page)] == [True, True, False]


def test_a_listings_boxs_heading_dates_and_notes_are_furniture():
    box = (
        "WHAT'S ON\n\nCommunity health forum, Thursday 11 March, 6pm, Orrin Library. Entry is"
        " free and you don't need to book.\n\nFalls prevention for over-65s, Tuesdays at 10am,"
        " Heatley Centre, $5 a session."
    )
    page = f"Waiting lists grew by 900 in a year.\n\n{box}\n\nThe hospital said it would hire."
    assert [s.is_boilerplate for s in analyze(page)] == [False, True, True, True, True, False]


def test_a_timeline_under_its_own_heading_and_a_single_date_stay():
    timeline = (
        "How the outage unfolded\n\nFri 7.40am: First reports of declined card payments\n\n"
        "Sat 2.50pm: Most services restored"
    )
    assert not any(s.is_boilerplate for s in analyze(f"Bank apologises\n\n{timeline}")[2:])
    one = "Upcoming events\n\nThe festival returns on Sat 9 May, the council said."
    assert not analyze(f"Bank apologises\n\n{one}")[-1].is_boilerplate


@pytest.mark.parametrize(
    "survey",
    [
        "The poll found most voters back the trial.\n\nWould you support a four-day week"
        " trial?\n\nYes: 58%\n\nNo: 31%\n\nDon't know: 11%",
        "The pollster asked 2,000 adults in November.\n\nWhich party would you vote for?\n\n"
        "Labour — 34%\n\nReform — 29%\n\nLiberal Democrat — 11%\n\n1,988 voters answered.",
        "Teachers were asked about behaviour.\n\nHas behaviour got worse?\n\nWorse: 74%\n\n"
        "About the same: 19%\n\nBetter: 7%",
    ],
)
def test_a_surveys_results_set_as_answers_stay(survey):
    flags = {s.text: s.is_boilerplate for s in _reader_poll_page(survey)}
    answers = [t for t in flags if t.endswith("%")]
    assert answers and not any(flags[t] for t in answers)


def test_a_relative_called_by_title_tells_nothing_of_the_person():
    body = (
        "Tom Reyes, 17, scored twice in the final.\n\nHis mother, Mrs Reyes, watched from the"
        " stand.\n\n“I just kept running,” he said."
    )
    assert _said(body)["“I just kept running,” he said."] == "Tom Reyes"


@pytest.mark.parametrize(
    "line",
    [
        "If you'd like to help our town, stop printing press releases.",
        "If you'd like to help the victim's family, they have asked for donations to Age UK.",
        "If you would like to support our appeal, donations can be made at the post office,"
        " the organisers wrote on Facebook.",
        "A donation of any amount can be made at the church, the vicar said.",
    ],
)
def test_others_asks_for_help_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_funders_hands_off_line_about_another_outlet_stays():
    paragraph = (
        "The Clarion's local reporting is funded by the Vell Foundation, its editor said."
        "\n\nThe foundation has no role in choosing topics."
    )
    page = f"The Clarion will cut 12 jobs.\n\n{paragraph}\n\nThe paper was founded in 1881."
    flags = {s.text: s.is_boilerplate for s in analyze(page)}
    assert not flags["The foundation has no role in choosing topics."]


@pytest.mark.parametrize(
    "label", ["More rugby", "MORE ON BIN STRIKES", "More on this", "More reviews"]
)
def test_a_more_label_and_its_headlines_are_links(label):
    links = (
        f"{label}\n\nRats the size of cats spotted as the bin walkout enters a fourth week\n\n"
        "Binmen back on the rounds after 11-week strike ends with 5% deal"
    )
    page = f"The council voted 7-2 to close the pool.\n\n{links}\n\nThe pool shut in 2019."
    assert [s.is_boilerplate for s in analyze(page)] == [False, True, True, True, False]


def test_a_more_subhead_over_its_paragraphs_stays():
    page = (
        "The council voted 7-2 to close the pool.\n\nMore cuts to come\n\nThe council will"
        " close two libraries in May.\n\nThe leisure centre will lose its sauna in June."
    )
    assert not any(s.is_boilerplate for s in analyze(page))


@pytest.mark.parametrize(
    "box",
    [
        "About the data\n\nThe data show 50,510 knife offences were recorded in 2025.",
        "How we did this\n\nOur analysis of the data found the highest rate was in Ceredigion.",
        "About the poll\n\nSome 58% of respondents supported the change.",
    ],
)
def test_a_method_subhead_over_findings_keeps_them(box):
    sentences = analyze(f"Knife crime rises\n\n{box}\n\nThe minister said more would be done.")
    assert not sentences[2].is_boilerplate


@pytest.mark.parametrize(
    "page",
    [
        "What's on\n\nSat 7 Nov, 2pm: Rovers v United, Mill Park\n\nSun 8 Nov, 3pm: Town v"
        " Rovers, Quay Road\n\nCampaigners will deliver a 6,000-signature petition to County"
        " Hall on Thursday.",
        "Fixtures\n\nSat 7 Nov, 2pm: Rovers v United\n\nSun 8 Nov, 3pm: Town v Rovers\n\n"
        "Devante Cole scored in the 89th minute on Saturday to lift Rovers into the play-offs.",
    ],
)
def test_the_story_after_a_listings_box_stays(page):
    sentences = analyze(f"Rovers top the table\n\n{page}")
    assert sentences[2].is_boilerplate and not sentences[-1].is_boilerplate


def test_a_programme_under_an_events_subhead_and_look_alike_days_stay():
    page = (
        "Festival line-up announced\n\nUpcoming events\n\nFriday 11 July: Stormzy headlines the"
        " main stage.\n\nSaturday 12 July: the Proclaimers close the festival.\n\nWhat's on\n\n"
        "The club declined 12 requests for comment.\n\nLuke Shaw sat out training on Friday."
    )
    assert not any(s.is_boilerplate for s in analyze(page)[2:4])
    assert not any(s.is_boilerplate for s in analyze(page)[-2:])


def test_a_live_pages_next_item_at_its_clock_time_stays():
    assert not _between_story_lines("Next up: Labour leader's response (13:20)").is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Gambling can cost you more than money.",
        "You must be 18 or older to bet.",
        "Over-18s only; if betting has stopped being fun, talk to someone on the free helpline"
        " at 1800 407 219.",
        "If it's stopped being fun, talk to someone at the Orra Gambling Support Service on 1800"
        " 553 017: it's free, confidential and open 24 hours.",
    ],
)
def test_a_bookmakers_warnings_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_gambling_harm_in_the_story_stays():
    line = "If it's stopped being fun for 40,000 people, the minister said, the law must change."
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "page",
    [
        "More than 200 homes flooded\n\nRiverside Road and the lower end of Mill Lane\n\nThe"
        " whole of Quay Street and the caravan park",
        "More to come\n\nFire service says the blaze is not yet under control\n\nPolice say"
        " two people have been taken to hospital",
        "More results\n\nLabour hold Northgate with a majority of 1,204 votes\n\nGreens take"
        " Riverside from the Conservatives by 88 votes",
        "More questions than answers\n\nWhy did the council wait so long to act on the"
        " warnings?\n\nWho signed off the contract for the sea wall?",
    ],
)
def test_a_more_subhead_over_the_storys_own_lines_stays(page):
    sentences = analyze(f"Floods hit the town\n\n{page}")
    assert not any(s.is_boilerplate for s in sentences)


def test_an_events_diarys_items_with_their_notes_are_furniture():
    box = (
        "Events diary\n\nQuiz night, Friday 12 March, tickets are £5 from the bar\n\nCoffee"
        " morning, Saturday 13 March, all are welcome"
    )
    page = f"The hall reopened on Monday.\n\n{box}\n\nThe roof cost £40,000 to mend."
    assert [s.is_boilerplate for s in analyze(page)] == [False, True, True, True, False]


def test_a_story_sentence_opening_with_its_date_after_a_listings_box_stays():
    page = (
        "Festival returns\n\nFixtures\n\nSat 12 July, 2pm: Rovers v United, Mill Park\n\nSun 13"
        " July, 3pm: Town v Rovers, Quay Road\n\nSunday 14 July was the hottest day of last"
        " year's festival, with 31C recorded in the park."
    )
    sentences = analyze(page)
    assert sentences[2].is_boilerplate and not sentences[-1].is_boilerplate


# --- round forty-five -------------------------------------------------------------------------

_STORY_THEN = "Bin rounds cut\n\nThe council will collect bins every three weeks from April.\n\n"
_FOOTER = "\n\nThe Gazette is published by Whinmoor Media Ltd.\n\n© 2026 Whinmoor Media Ltd."


@pytest.mark.parametrize(
    ("handle", "stamp", "buttons"),
    [
        ("wheeliebin_warrior", "2 hours ago", "Reply   Like 41"),
        ("kofi_bright_gh", "Nov 19, 2026 at 9:12 am", "Reply    👍 63"),
        ("@kakwandi", "4h ago", "👍 112   Reply"),
        ("Ahmed R.", "Nov 18, 2026 10:42am", "Reply"),
        ("Herdis P.", "Jul 15", "Like (18)   Reply"),
    ],
)
def test_one_readers_comment_under_its_heading_is_furniture(handle, stamp, buttons):
    thread = (
        f"Comments (3)\n\n{handle}\n\n{stamp}\n\nThree weeks with two teenagers in the house."
        f"\n\nGood luck to whoever opens my bin in July.\n\n{buttons}"
    )
    sentences = analyze(_STORY_THEN + thread + _FOOTER)
    comment = [s for s in sentences if "teenagers" in s.text or "Good luck" in s.text]
    assert len(comment) == 2 and all(s.is_boilerplate for s in comment)
    assert not sentences[1].is_boilerplate


def test_a_live_entry_under_a_comments_button_without_a_reply_stays():
    page = (
        "Storm live: roads closed\n\nComments (342)\n\nAsha Mendez\n\n2 hours ago\n\nThe A61"
        " is closed in both directions after a tree fell at Hollins Cross.\n\nCrews expect to"
        " reopen it by 6pm.\n\nThe Met Office has extended its amber warning to midnight."
    )
    sentences = analyze(page)
    assert not any(s.is_boilerplate for s in sentences if "A61" in s.text or "Crews" in s.text)


@pytest.mark.parametrize(
    "head",
    ["Editor's picks", "Editors' picks", "Trending on KQDW 5", "Most read today", "Top stories"],
)
def test_a_list_label_no_rule_knew_over_two_headlines_is_furniture(head):
    page = (
        f"{_STORY_THEN}{head}\n\nRice prices in city markets rose ₱3 a kilo in two weeks\n\n"
        "Council approves 8% rise in garbage fees after 3-hour debate"
    )
    sentences = analyze(page)
    assert all(s.is_boilerplate for s in sentences[2:])
    assert not sentences[1].is_boilerplate


@pytest.mark.parametrize("head", ["Editor's picks", "Trending on TikTok"])
def test_a_list_label_over_the_storys_paragraphs_stays(head):
    page = (
        f"Floods close underpass\n\n{head}\n\nShort videos of the flooded underpass have been"
        " watched 2 million times since Monday\n\nThe council said it would pump the water out"
        " by Friday."
    )
    assert not any(s.is_boilerplate for s in analyze(page))


def test_a_most_read_lists_long_ranked_headlines_are_furniture():
    page = (
        f"{_STORY_THEN}Most read\n\n1. Driver, 23, jailed for 14 months after crash that left"
        " cyclist with broken pelvis on Whinmoorby Lane\n\n2. Quarrendby Market to shut for six"
        " weeks from 4 January while £780,000 roof repair is carried out"
    )
    assert all(s.is_boilerplate for s in analyze(page)[2:])


def test_a_pronoun_never_names_the_street_a_sentence_opens_on():
    body = (
        "Ice storm leaves 40,000 without power\n\nOn Ploverdale Lane, retiree Orville"
        " Pennifeather, 78, was sweeping ice off his porch steps.\n\n“My daughter's coming to get"
        " me at noon,” he said."
    )
    assert _speakers_of(body)[2] == "Orville Pennifeather"


def test_a_speaker_of_a_body_whose_name_opens_with_any_capital_is_the_person():
    body = (
        "“Nobody is against homes, but this is a block,” said Doreen Spiteriana of the Ħal"
        " Qormiena Residents' Forum.\n\nShe said the petition had 1,100 signatures."
    )
    assert _speakers_of(body) == ["Doreen Spiteriana", "Doreen Spiteriana"]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Agriculture CEC Jeremiah Tarukwo", "Jeremiah Tarukwo"),
        ("Health CEC Mary Wanjiku", "Mary Wanjiku"),
        ("Datuk TAN Boon Kiat", "TAN Boon Kiat"),
    ],
)
def test_an_acronyms_role_after_a_portfolio_is_no_part_of_the_name(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure: The Courier's parent company, Ardvarrich Media, made an offer for the Gazette"
        " in 2023 that was turned down.",
        "This article is part of The Ledger's series “Who Pays for News?”, which runs every"
        " Thursday until 17 December.",
        "This article is part of Winter Appeals, a series in which the Gazette reports on how"
        " local charities are coping with rising costs.",
        "This is a developing story.",
        "This is a breaking news story and will be updated.",
        "Words and pictures: Ueripura Tjikaruo-Hoveka",
        "Text and photos: Aroha Pennington",
        "Disclosure: The Courier has advertised with the brewery since 2021 and its owner holds"
        " a stake in the firm that printed this report.",
    ],
)
def test_a_pages_notes_on_itself_and_its_credits_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The series, which runs until March, is part of a project the council funds.",
        "This is a developing situation for the 40 families on the estate, the mayor said.",
        "Report: Council Overspent By £2m",
        "Text: Call Me Now",
        "This piece is part of her series Salt Memory, which explores the lives of the women who"
        " harvest it.",
        "This report is part of a series of inquiries the committee has launched into sewage"
        " spills since 2022.",
        "Disclosure: under the new law, police must answer a request within 35 days, and 1,204"
        " requests were made last year.",
    ],
)
def test_lines_like_a_pages_notes_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Open the app     Stay on the website",
        "Yes, turn on     Maybe later",
        "Start my subscription     I already subscribe",
        "Get the e-paper     No thanks",
    ],
)
def test_a_prompts_two_answers_one_the_way_out_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_two_spaced_slogans_without_a_way_out_stay():
    assert not _between_story_lines("More homes     More jobs").is_boilerplate


def test_an_embedded_posts_counts_beside_reply_make_no_comment_thread_of_the_story():
    story = "\n\n".join(
        f"Paragraph {k} of the flood story: the river rose {k} metres overnight, officials said."
        for k in range(1, 10)
    )
    page = (
        "Comments (12)\n\nBy Lucia Martin\n\n30 October 2026\n\n"
        f"{story}\n\nThe army is on its way.\n\n10:31 AM · Oct 30, 2026\n\n1.2K   Reply\n\nCopy"
        " link\n\nThe prime minister said the army would be deployed to the worst-hit towns."
    )
    kept = [s for s in analyze(page) if "flood story" in s.text or "prime minister" in s.text]
    assert len(kept) == 10 and not any(s.is_boilerplate for s in kept)


@pytest.mark.parametrize(
    "opening",
    ["Comments (5)\n\nBy Sipho Nkosi\n\n5 March 2026", "Comments\n\nSipho Nkosi\n\n5 March 2026"],
)
def test_a_comments_button_over_a_byline_and_the_stories_lead_is_no_comment(opening):
    page = (
        f"Taxi strike enters second day\n\n{opening}\n\nCommuters were left stranded across the"
        " city on Tuesday, the taxi council said.\n\nThe strike would continue until the levy was"
        " dropped, it said.\n\nReply · 57 likes"
    )
    sentences = analyze(page)
    assert not any(s.is_boilerplate for s in sentences if "strike would" in s.text)
    assert not any(s.is_boilerplate for s in sentences if "Commuters" in s.text)


@pytest.mark.parametrize(
    "lines",
    [
        "Most watched\n\n1. The Traitors, BBC One, 8.2 million viewers\n\n2. EastEnders, BBC One,"
        " 4.1 million viewers",
        "Latest figures\n\nUnemployment rate down to 5.6% from 5.9%\n\nYouth unemployment down to"
        " 12.1% from 13.4%",
        "Editor's picks\n\nTesco Finest Douro Red 2021, £9.50\n\nCotes du Rhone Villages 2022, £11",
        "Trending on TikTok\n\nLip oil from a local drugstore brand\n\nA P199 cotton tote that sold"
        " out in two days",
        "Latest updates\n\n1. More than 300 schools have been closed across the south-east as the"
        " cyclone approaches the coast\n\n2. Public transport has been suspended in the city and"
        " on the coast until further notice from officials",
    ],
)
def test_a_storys_list_under_a_subhead_stays(lines):
    page = f"Figures out today\n\nThe statistics office published its figures on Monday.\n\n{lines}"
    sentences = analyze(page + "\n\nThe next figures are due in March.")
    items = sentences[3:5]
    assert not any(s.is_boilerplate for s in items)


@pytest.mark.parametrize("row", ["Mere Tawhiri   Not now", "John Smith     Maybe later"])
def test_a_vox_pops_row_of_name_and_answer_stays(row):
    assert not _between_story_lines(row).is_boilerplate


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Minister for Health ONG Ye Kung", "ONG Ye Kung"),
        ("Minister for Education CHAN Chun Sing", "CHAN Chun Sing"),
        ("Minister of State LOW Yen Ling", "LOW Yen Ling"),
    ],
)
def test_a_surname_in_capitals_after_a_titles_portfolio_stays(span, name):
    assert naming.person_name(span) == name


def test_a_person_named_lane_is_still_who_a_pronoun_means():
    body = (
        "The complaint came from Sarah Lane, whose mother died at the home in March.\n\n"
        "“Mum deserved better,” she said."
    )
    assert _speakers_of(body)[1] == "Sarah Lane"


def test_a_governors_aide_named_after_the_role_is_the_speaker():
    body = (
        "The governor's media aide, Adesoji Adigbolu, dismissed the poll as “a paid exercise” and"
        " said the governor's own survey showed him ahead.\n\n"
        "“We don't govern by polls,” he said."
    )
    assert _speakers_of(body) == ["Adesoji Adigbolu", "Adesoji Adigbolu"]


def test_a_reader_polls_question_and_tally_under_its_label_are_furniture():
    page = (
        f"{_STORY_THEN}READER POLL\n\nWho do you think will win the governorship election in"
        " March?\n\nOyeduntan   Okesholu   Too close to call\n\n12,406 votes so far.\n\nThe"
        " commission will publish the final list of candidates on Friday."
    )
    sentences = analyze(page)
    assert [s.is_boilerplate for s in sentences[2:]] == [True, True, True, True, False]


def test_a_poll_label_over_the_storys_question_paragraph_needs_the_question_alone():
    page = (
        "Election nears\n\nPoll\n\nWho will win? The commission says 14 candidates have filed"
        " papers, and 2,000 voters were polled last week."
    )
    assert not any(s.is_boilerplate for s in analyze(page)[2:])


@pytest.mark.parametrize(
    "line",
    [
        "Autoplay: on",
        "Tonight on SHTV 11: Prime Time News at 7 p.m. · The Vox Pop at 8:30 p.m.",
        "Next on Thamalakane FM: Lunchtime Requests, 12:00–14:00",
        "Why you're seeing this: you follow Curepipe and Water & utilities.",
        "February 10, 2027 07:00 AM Atlantic Standard Time",
        "4th Floor, Silverleaf House, 19 Nyathela Road, Durban, 4001",
    ],
)
def test_players_schedules_feeds_stamps_and_addresses_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Tonight on BBC One: two guests and a band.",
        "Got 14 goals in 12 games?",
        "Four people were hurt on Nyathela Road, Durban, police said.",
    ],
)
def test_lines_like_players_schedules_and_addresses_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_releases_dateline_and_wire_before_a_colon_are_no_speakers_turn():
    page = (
        "Quarlestone Re Reports Fourth-Quarter Net Income\n\nCompany: Quarlestone Re Ltd.\n\n"
        "Contact: Ines Varga\n\nHAMILTON, Bermuda--(PEMBROKELINE NEWSWIRE)--Quarlestone Re Ltd."
        " (NYSE: QSRE) today reported net income of $118.6 million for the fourth quarter."
    )
    assert analyze(page)[-1].speaker != "Hamilton"


def test_a_releases_wire_before_its_issuer_is_no_part_of_the_speaker():
    body = (
        "TORONTO, Feb. 10, 2027 /PRNewswire/ -- Maple Holdings Inc. today reported a profit of"
        " $2 million."
    )
    assert _speakers_of(body) == ["Maple Holdings Inc."]


def test_what_an_episode_mentions_under_its_label_is_furniture():
    page = (
        "Water bills: who pays?\n\nThe episode looks at why bills rose 14% this year.\n\nSources"
        " mentioned in this episode\n\nState water department, monthly reservoir bulletin,"
        " January 2027\n\nNational statistics office, household costs survey, 2026"
    )
    assert [s.is_boilerplate for s in analyze(page)][2:] == [True, True, True]


@pytest.mark.parametrize(
    "line",
    [
        "Dial-in: +1 441 555 0190 (international) or 1 888 555 0117 (toll-free), passcode 448203.",
        "Newsroom: +233 30 290 4471.",
        "Llun/Picture: Echo",
    ],
)
def test_a_releases_dial_in_a_newsrooms_number_and_a_bilingual_credit_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_story_sentence_with_a_number_to_call_stays():
    line = "Residents can call 0800 555 0190 for help with the clean-up, the council said."
    assert not _between_story_lines(line).is_boilerplate


def test_a_family_name_given_first_is_the_person_after_an_honorific():
    body = (
        "Hsieh Pao-Hsiang, who runs the Lekhalong knitting mill, said orders had fallen by half."
        "\n\n“We quoted the same price as last year.\n\nIt was not enough,” Ms Hsieh said."
    )
    assert _speakers_of(body) == ["Hsieh Pao-Hsiang"] * 3


@pytest.mark.parametrize(
    "line",
    [
        "Today on Wall Street: the Dow fell 1.25% and the S&P 500 lost 0.83% by midday.",
        "Today on Capitol Hill: the Senate votes at 11:30 a.m. on the stopgap spending bill.",
        "Later on Monday: the prime minister will meet the premiers at 2pm in Canberra.",
        "Why am I seeing this orange sky?",
        "Got figures to back that up?",
        "WhatsApp messages from 0712 345 678 claim to be from the bank and ask for a PIN.",
        "SMS alerts were sent to 250 000 000 phones across the country on Tuesday.",
        "Hawaii 27, Alaska 24",
        "Darren Holt, 41, 12 Cedar Road, Grimsby.",
        "Ukraine/map: Russian forces advance near Pokrovsk, ISW says.",
        "Dial-in numbers: 0800 555 0190 had been published by mistake, the regulator found.",
        "Case number: 0121 345 6789.",
    ],
)
def test_story_lines_like_schedules_prompts_stamps_addresses_and_credits_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_poll_subhead_over_a_storys_question_and_its_survey_stays():
    page = (
        "Budget week\n\nThe chancellor speaks on Wednesday.\n\nPoll\n\nWho would voters back in"
        " a general election?\n\n1,012 voters were surveyed online between 3 and 5 May.\n\nThe"
        " Conservatives fell to 21%."
    )
    assert not any(s.is_boilerplate for s in analyze(page)[3:])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“I was shocked,” said Kiri Te Awa--the only witness.", "Kiri Te Awa"),
        ("“We are not going anywhere,” said Maria Lopez -- a nurse for 30 years.", "Maria Lopez"),
    ],
)
def test_a_dash_typed_as_two_hyphens_after_a_name_keeps_the_name(body, speaker):
    assert speaker in _speakers_of(body)[0]


def test_a_transcripts_turn_with_a_bracket_in_its_role_is_still_a_turn():
    body = (
        "WARREN, Senator (D-Mass.) and ranking member: Did you meet him?\n\nPOWELL, Chair of the"
        " Federal Reserve: No, I did not.\n\nWARREN: Really?\n\nPOWELL: Yes, really."
    )
    assert _speakers_of(body)[1] == _speakers_of(body)[3] == "Powell"


def test_a_pronoun_after_a_lane_a_story_is_on_names_no_one():
    body = (
        "A phone mast is planned for a verge on Brick Lane, opposite the primary school.\n\n"
        "“We were never consulted,” she said."
    )
    assert _speakers_of(body)[1] != "Brick Lane"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Nairobi County Health CECM Suzanne Silantoi", "Suzanne Silantoi"),
        ("Mombasa Finance CEC Evans Oanda", "Evans Oanda"),
    ],
)
def test_a_countys_portfolio_and_its_acronym_role_are_no_part_of_the_name(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("£189.99 at Hexmarket", True),
        ("$349 at Shelfwise", True),
        ("£2m at Leeds Crown Court", False),
        ("$349 at Shelfwise, the chain said.", False),
    ],
)
def test_a_shopping_boxs_price_at_its_shop_is_furniture(line, hidden):
    assert _between_story_lines(line).is_boilerplate is hidden


# --- round forty-six --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("BREAKING ▸ Ferry cancelled at Rusholm pier ▸ Passengers sent to the bridge", True),
        ("ALSO ON RIVERSIDE FM ▸ Growers want weekly briefings on the blight", True),
        ("MORE FROM THE COURIER ▸ Bin rounds cut to every three weeks", True),
        ("Read also ▸ Hotel stays up 4.1% in March, tourism board says", True),
        ("▸ The council will meet again on Friday.", False),
        ("The river ▸ rose two metres overnight.", False),
        # (a fact check's or a live page's line behind its label is the story's)
        ("CLAIM ▸ The governor said the state has no debt.", False),
        ("UPDATE ▸ The death toll has risen to 14, the health ministry said.", False),
        ("Timeline ▸ On 3 May the council voted to shut the clinic ▸ On 9 May 400 marched", False),
    ],
)
def test_a_strip_whose_items_an_arrow_opens_is_furniture(line, hidden):
    assert _between_story_lines(line).is_boilerplate is hidden


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        (
            "Editor's note: The Ashby Courier does not name people charged with a crime until"
            " they have appeared in court, in line with our editorial policy.",
            True,
        ),
        ("Editor's note: Prices in this article include tax unless stated otherwise.", True),
        ("Reporting note: This report is based on proceedings in open court.", True),
        ("How we used AI: A transcription tool produced a draft of the meeting's minutes.", True),
        (
            "Comments policy: The Courier welcomes comments but removes any that are abusive.",
            True,
        ),
        ("Sub judice notice: Comments are closed on reports of pending cases.", True),
        # (a note that reports: its figure, or news after the story went to press, or a finding)
        ("Editor's note: The council's own papers put the cost of the signs at £41,500.", False),
        (
            "Editor's note: The ombudsman found that our reporting on the land deal was accurate.",
            False,
        ),
        (
            "Editor's note: Since publication, the ministry has admitted that our account was"
            " correct.",
            False,
        ),
        (
            "Moderation policy: Meta will no longer remove posts that deny the election result.",
            False,
        ),
        ("Ethics policy: Members must now declare gifts worth more than $100.", False),
        (
            "Editor's note: After this article went to press, the board signed a two-year"
            " contract with the ambulance service.",
            False,
        ),
    ],
)
def test_a_notes_label_over_the_pages_word_on_its_own_ways_is_furniture(line, hidden):
    assert _between_story_lines(line).is_boilerplate is hidden


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("Purchase Licensing Rights, opens new tab", True),
        ("Read the full report (opens in a new window)", True),
        ("Bookmark     Share", True),
        ("It takes ten seconds, and you can unsubscribe at any time.", True),
        (
            "Sign up to Town Hall Weekly, our free Friday email on what your council does with"
            " your money.",
            True,
        ),
        ("The clinic opens a new window for bookings on Monday.", False),
        ("Sponsor: Senator Jane Smith", False),
        ("Customers said you can unsubscribe at any time.", False),
        (
            "The minister insisted that under the new law you can unsubscribe whenever you want.",
            False,
        ),
        (
            "Sign up for the fertiliser subsidy closes on Friday, and farmers who miss it will pay"
            " the full commercial price for their seed.",
            False,
        ),
        (
            "Register to vote before 30 June, the electoral commission urged young people, warning"
            " that fewer than half had done so.",
            False,
        ),
    ],
)
def test_links_buttons_sponsors_and_sign_up_small_print_are_furniture(line, hidden):
    assert _between_story_lines(line).is_boilerplate is hidden


def test_a_note_on_the_page_carries_nothing_on_into_its_paragraph():
    # (a second read: its next sentence may be the correction's fact or the story's)
    page = (
        "Ferry cut\n\nThe ferry will stop on Sundays from May.\n\nEditor's note: This report is"
        " based on proceedings in open court. The hospital was not fined by the regulator.\n\n"
        "The ferry carried 9,000 people in 2025."
    )
    hidden = {s.text: s.is_boilerplate for s in analyze(page)}
    assert hidden["Editor's note: This report is based on proceedings in open court."]
    assert not hidden["The hospital was not fined by the regulator."]


@pytest.mark.parametrize(
    "entry",
    [
        "Good morning from Topeka. The Senate gaveled in at 9 a.m.",
        "Good morning from Topeka. Our count shows 21 senators will vote against the bill.",
        "Good morning and welcome to our live coverage. Our reporters counted 40,000 marchers.",
    ],
)
def test_a_live_pages_greeting_does_not_carry_its_entrys_news_into_furniture(entry):
    page = (
        f"Live: Senate debates school phone ban\n\n9:04 a.m.\n\n{entry}\n\nDebate on the bill"
        " is expected after lunch."
    )
    news = entry.split(". ", 1)[1]
    assert {s.text: s.is_boilerplate for s in analyze(page)}[news] is False


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The inquiry's chairperson, retired judge Justice Thandi Mokoena, said the inquiry"
            " would ask police to investigate.",
            "Thandi Mokoena",
        ),
        (
            "But the chief's spokesman, Okyeame Kwame Asante-Boadu, said the land had been lent"
            " to the school.",
            "Kwame Asante-Boadu",
        ),
        (
            "Vice-Rector for Academic Affairs Prof. Eleni Charalambous-Pitta told the paper that"
            " the university would open a new hall.",
            "Eleni Charalambous-Pitta",
        ),
        # ("retired" as a verb, or before a role only in a description)
        ("Dube retired on Tuesday and told reporters the pension fund was empty.", "Dube"),
        ("The coach retired Moyo and said the striker was too old.", "The coach"),
        (
            "Another commuter, retired schoolteacher Asha Pillai, said the fare would cost her"
            " more.",
            "Asha Pillai",
        ),
        (
            "The inquiry, led by retired judge Mr Justice Raymond Gauci, found that the works"
            " had been carried out without a permit.",
            "The inquiry",
        ),
    ],
)
def test_roles_titles_and_retired_before_a_name_are_no_part_of_it(sentence, speaker):
    assert _said(f"Hall plan\n\n{sentence}")[sentence] == speaker


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Vice-President for Finance Mary Jones", "Mary Jones"),
        ("Pro-Rector Abena Owusu", "Abena Owusu"),
        ("a spokesperson for Kestrel Buses", ""),
    ],
)
def test_a_rank_either_side_of_its_hyphen_holds_its_portfolio(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Minutes of the board's March meeting record that two of its seven members were"
            " absent.",
            "Minutes of the board's March meeting",
        ),
        (
            "The council's 2026 annual report lists 1,940 licensed stalls, up from 1,610 in 2022.",
            "The council's 2026 annual report",
        ),
        ("Fans list their favourite players on the club's website.", ""),
        ("Study participants record their symptoms in a diary for six weeks.", ""),
        ("Audit staff list the missing items in a ledger.", ""),
        (
            "The minister has told the Record that the funds were returned in full.",
            "The minister",
        ),
        ("Hospital waiting list hits record 71,412 in January", ""),
        (
            "The ferry firm's director, Aoife Quill, told the Record that it lost €96,000 last"
            " winter.",
            "Aoife Quill",
        ),
        ("The new line will be added to the rail review's priority list.", ""),
    ],
)
def test_a_documents_record_and_list_report_it_and_nothing_else_does(sentence, speaker):
    assert _said(f"Stalls and ferries\n\n{sentence}")[sentence] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A neighbour who did not want to be named said the family had kept to themselves.",
            "A neighbour who did not want to be named",
        ),
        (
            "Two officials who asked not to be named said the grant had arrived on March 9.",
            "Two officials who asked not to be named",
        ),
        # (a reason given at length: the source without it)
        (
            "A lineman who asked not to be named because he was not authorized to speak to the"
            " media said crews had worked through the night.",
            "A lineman",
        ),
    ],
)
def test_an_unnamed_source_keeps_the_clause_that_says_why(sentence, speaker):
    assert _said(f"Outage\n\n{sentence}")[sentence] == speaker


@pytest.mark.parametrize(
    ("question", "call", "hidden"),
    [
        ("Were you on the train?", "Email newsdesk@ashby.example or call 0161 555 0100.", True),
        ("Have you been affected by the flooding?", "Contact us at tips@ashby.example.", True),
        ("Spotted a claim that doesn't look right?", "Tell us at newsdesk@ashby.example.", True),
        ("Were you on the train?", "The line reopened at noon.", False),
        ("Do you expect more layoffs this year?", "The firm cut 40 jobs in March.", False),
    ],
)
def test_a_question_to_the_reader_over_its_call_is_the_calls(question, call, hidden):
    page = f"The council voted 7-2 to close the pool.\n\n{question}\n\n{call}\n\nThe pool shut in 2019."
    assert analyze(page)[1].is_boilerplate is hidden


def test_questions_to_the_reader_over_a_call_go_with_it_up_to_three():
    page = (
        "The line reopened at noon.\n\nWere you on one of the delayed trains?\n\nDid you have"
        " to walk along the track?\n\nEmail newsdesk@ashby.example or call 0161 555 0100.\n\n"
        "The operator apologised."
    )
    hidden = [s.is_boilerplate for s in analyze(page)]
    assert hidden == [False, True, True, True, False]


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("Get in touch: newsdesk@ashby.example", True),
        ("Story ideas? tips@ashby.example", True),
        ("The ransom note came from darkmoon@proton.example.", False),
        ("He wrote: ask@me.example", False),
    ],
)
def test_a_call_with_an_email_address_is_a_contact_line(line, hidden):
    assert _between_story_lines(line).is_boilerplate is hidden


def test_people_of_a_kind_opening_a_sentence_are_not_a_bodys_name():
    body = (
        "Tea prices fall\n\nThe average was $2.31 a week earlier, according to data from Tembo"
        " Tea Brokers, one of nine brokers at the auction.\n\nBrokers expect prices to stay"
        " below $2.30 until April.\n\nTraders said they had lost stock, the Kariuki Market"
        " Traders association said, and traders were angry."
    )
    said = _said(body)
    assert said["Brokers expect prices to stay below $2.30 until April."] == "Brokers"


def test_a_surname_that_ends_like_a_group_still_finds_its_person():
    body = (
        "Pool to close\n\nCouncillor Tom Masters said the pool would shut in May.\n\n"
        "Masters said the council had no money left."
    )
    assert _said(body)["Masters said the council had no money left."] == "Tom Masters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commuters on the 6.40 a.m. Ashby–Fenton train said the rise would hurt. One agreed.",
            [
                "Commuters on the 6.40 a.m. Ashby–Fenton train said the rise would hurt.",
                "One agreed.",
            ],
        ),
        (
            "The crossing closed at 9 a.m. Crews reopened it at noon.",
            ["The crossing closed at 9 a.m.", "Crews reopened it at noon."],
        ),
        (
            "Registered under the Societies Act, Reg. No. CSR/SP/4471. Plot 88, Station Road.",
            ["Registered under the Societies Act, Reg. No. CSR/SP/4471.", "Plot 88, Station Road."],
        ),
        ("Reg. No. PV 00219841. Call us.", ["Reg. No. PV 00219841.", "Call us."]),
        (
            "Members must bring their share certificates and N.R.C.s. Transport leaves at 07:00.",
            [
                "Members must bring their share certificates and N.R.C.s.",
                "Transport leaves at 07:00.",
            ],
        ),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
        ("I asked Reg. No one answered.", ["I asked Reg.", "No one answered."]),
    ],
)
def test_a_time_naming_a_service_a_registrations_code_and_plural_initials(text, expected):
    assert split_text(text) == expected


def test_queries_unanswered_then_an_officials_words_are_the_officials():
    sentence = (
        "The ministry did not reply to queries, but an official, who asked not to be named,"
        " said prices would rise in October."
    )
    assert _said(f"Cocoa prices\n\n{sentence}")[sentence] != "The ministry"


# --- round forty-seven -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE | Harbour ferry fares to rise 25 cents in April",
        "Also read: Toll charges in Brenmark go up on 1 April – here is what you will pay",
        "Reading Time: 3 mins read",
        "($1 = Dh3.6725)",
        "($1 = KSh 129.40)",
    ],
)
def test_a_links_label_a_reading_time_and_a_rate_note_in_letters_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # (a bare "Read:" or a turn word may open the story's own line, long; so may a sentence)
        "Next: the council will vote on the plan to close the pool, the third such vote since the"
        " board was formed in 2019",
        (
            "Related: the report, which runs to 212 pages and came out on Monday, says the pool"
            " lost $1.2m last year and will lose more."
        ),
    ],
)
def test_a_long_line_after_a_label_is_furniture_only_behind_a_links_own_label(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_pitchs_paragraph_goes_with_it_but_not_a_line_with_a_figure():
    story = "The council voted 7-2 to close the pool.\n\nThe pool shut in 2019."
    pitch = (
        "Listen to The Harbour Hour, our weekly podcast. New episodes every Friday, wherever"
        " you get your podcasts."
    )
    guard = "Download our app. Our reporters found that 212 pools have closed since 2019."
    hidden = _hidden(f"{story}\n\n{pitch}\n\n{guard}\n\nThe board meets in May.")
    assert hidden["New episodes every Friday, wherever you get your podcasts."]
    assert not hidden["Our reporters found that 212 pools have closed since 2019."]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Ch. Tariq Mehmood Ranjhawal", "Tariq Mehmood Ranjhawal"),
        ("Mian Tariq Kasurwal", "Tariq Kasurwal"),
        ("Publisher Everett Mallowby", "Everett Mallowby"),
        # (a surname, a name's first word, an initial: kept)
        ("Rafiq Mian", "Rafiq Mian"),
        ("Mian Weilong", "Mian Weilong"),
        ("Ch. Venkata Raodu", "Ch. Venkata Raodu"),
    ],
)
def test_pakistani_styles_before_a_full_name_and_a_publisher_are_not_the_name(span, expected):
    assert naming.person_name(span) == expected


def test_a_surname_mian_keeps_its_pronouns_and_its_later_surname():
    body = (
        "Debt\n\nRafiq Mian, an economist at Corrowby University, said the debt was too"
        " high.\n\nMian said the programme had failed.\n\nHe added that two banks were"
        " close to collapse."
    )
    said = _said(body)
    assert said["Mian said the programme had failed."] == "Rafiq Mian"
    assert said["He added that two banks were close to collapse."] == "Rafiq Mian"


@pytest.mark.parametrize(
    "paragraph",
    [
        "We asked the council why the pool was chosen. Follow us on Twitter for updates.",
        "Share on WhatsApp. Our correspondent reported that the ferry was overloaded.",
        "Download our app. You can book your slot through it.",
        "Follow us on Facebook. Readers can drop off blankets at the church hall.",
    ],
)
def test_a_pitch_does_not_carry_the_newsrooms_own_news_or_what_readers_can_do(paragraph):
    page = f"The council voted 7-2 to close the pool.\n\n{paragraph}\n\nThe pool shut in 2019."
    kept = [s.text for s in analyze(page) if not s.is_boilerplate]
    assert len(kept) == 3


@pytest.mark.parametrize(
    "line",
    [
        "What we know so far",
        "What we don't know yet",
        "Here is what we know so far.",
    ],
)
def test_an_explainers_subheads_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "What we know about the fire is limited.",
        # (a place's "Also on …:" is the story's as often as a link's: not taken)
        "Also on Capitol Hill: Senators voted 52-48 to confirm the secretary",
    ],
)
def test_a_sentence_about_what_is_known_and_a_places_also_on_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_phone_and_email_messages_unanswered_are_no_comment():
    sentence = "The alliance's lawyer, Bryce Tolliby, did not respond to phone and email messages."
    assert _said(f"Ferry cut\n\nThe ferry will stop in May.\n\n{sentence}")[sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union did not respond to questions sent by the Ombudsman about the strike.",
        "The school did not respond to phone and email messages from parents.",
    ],
)
def test_questions_or_messages_from_others_unanswered_are_no_comment_to_the_paper(sentence):
    assert not _said(f"Ferry cut\n\nThe ferry will stop in May.\n\n{sentence}")[sentence]


def test_a_laws_part_by_its_number_does_not_end_a_sentence():
    assert split_text("Under Pt. 4 of the Act, the Treasurer must publish it. He did.") == [
        "Under Pt. 4 of the Act, the Treasurer must publish it.",
        "He did.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“You want a coffee?” he asked a passing plow driver.",
        "“Who will teach 31 pupils in one room?” he asked the board.",
    ],
)
def test_a_quoted_question_he_asked_of_someone_is_his(sentence):
    body = (
        f"Storm\n\nGordon Pettmore, 78, said he lost power at 2:15 a.m.\n\n{sentence}"
        "\n\nThe storm cut power to 50,000 homes."
    )
    assert _said(body)[sentence] == "Gordon Pettmore"


@pytest.mark.parametrize(
    "sentence",
    [
        "“You want a coffee,” he asked a neighbour to bring.",
        "He asked residents at the meeting to leave early.",
        "He asked Ms Strathby at the meeting if he could help.",
    ],
)
def test_a_request_is_no_question_asked(sentence):
    body = f"Storm\n\nGordon Pettmore, 78, said he lost power at 2:15 a.m.\n\n{sentence}"
    assert not _said(body)[sentence]


@pytest.mark.parametrize(
    "line",
    [
        "Join editors, founders and advertisers at the Harbour Convention Hall on April 22.",
        "Join judges, editors and barristers in Sydney on 20 May for a day of practical sessions.",
        "Registration is free, but places are limited to 300.",
        "Entry is free, but seats are limited to 120; register at events.example.com.",
        "Free entry.",
    ],
)
def test_an_events_invitation_and_its_small_print_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Entry is free, organisers said.",
        "Join Labour, the Greens and the Liberals in voting for the bill, the mayor urged.",
        "Attendance is free, but slots fell from 300 to 120 after the council cut its grant.",
        # (the second read's: a clause of news after the small print, a rule of a ministry's,
        # a call to mourn)
        "Entry is free, but places are limited to 300; critics say the ballot was rigged.",
        "Early-bird registration closes Friday, and the organisers expect 10,000 delegates.",
        "Places are limited to 40.",
        "Admission is free.",
        "Join parents, teachers and pupils in mourning the six children killed in the collapse.",
    ],
)
def test_an_events_terms_reported_or_a_call_to_vote_are_not_its_small_print(line):
    assert not _between_story_lines(line).is_boilerplate


def test_the_one_asked_by_name_answers_the_next_pronoun():
    body = (
        "Bridge\n\nMinister Halvard Strand visited the site.\n\n“Is the bridge safe?” a"
        " reporter asked Minister Halvard Strand.\n\nHe said it was."
    )
    assert _said(body)["He said it was."] == "Halvard Strand"


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("DPO Mian Adeel Raufwal", "Adeel Raufwal"),
        ("Interior minister Ch. Nisar Ali Khanzwal", "Nisar Ali Khanzwal"),
    ],
)
def test_a_role_before_a_pakistani_style_goes_with_it(span, expected):
    assert naming.person_name(span) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Della Strouthby in Walla Walla, Wash., and Ocran Pellby in Boise, Idaho;"
        " additional reporting by Yusrah Kettleby in New York; editing by Corbin Tessby",
        "— Reporting by Dyah Kusumaby in Jakarta; additional reporting by Kheor Liat in Singapore"
        " and Faizul Mazlanby in Kuala Lumpur; writing by Tom Hale",
        "Journal reference: Vorstrom A., Mbeleby T., et al. Two decades of ice loss in the Tarna"
        " basin. Alp. Hydrol. Rep. 2027;9(2):114–131.",
        "All content © 2027.",
        "Permission required for reproduction.",
    ],
)
def test_long_wire_credits_a_papers_reference_and_short_copyright_notices_are_furniture(line):
    assert all(s.is_boilerplate for s in analyze(f"The pool shut.\n\n{line}\n\nIt reopened.")[1:-1])


@pytest.mark.parametrize(
    "line",
    [
        "All rights © reserved by the court, the judge said.",
        "Permission is required for reuse of the land, the council said.",
    ],
)
def test_a_sentence_that_names_rights_or_permission_is_not_a_copyright_line(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    [
        "Kilindo Press declined to comment.",
        "Tanga Media did not respond to a request for comment on Wednesday.",
        "Dr Stephen Rotichby did not pick up calls or respond to text messages.",
    ],
)
def test_an_outlet_named_as_a_company_and_unanswered_calls_say_nothing(sentence):
    said = _said(f"Ferry\n\nThe ferry stops.\n\n{sentence}")[sentence]
    assert said and said.split()[0] in ("Kilindo", "Tanga", "Stephen")


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver did not pick up the phone before the crash.",
        "The council did not pick up the rubbish for three weeks.",
    ],
)
def test_what_was_not_picked_up_is_no_reply(sentence):
    assert not _said(f"Ferry\n\nThe ferry stops.\n\n{sentence}")[sentence]


def test_a_quoted_question_she_asked_at_a_briefing_is_not_the_speaker_befores():
    sentence = "“How many civilians died?” she asked at the briefing in Rawalby."
    body = (
        f"Army\n\nJournalist Sana Mirby attended the briefing.\n\nArmy spokeswoman Gen. Tahira"
        f" Azby spoke first.\n\n{sentence}\n\nShe said no civilians had been harmed."
    )
    assert _said(body)[sentence] != "Tahira Azby"


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Coastline Tribune last year revealed that the dam had cracks in its"
        " foundation, yet the government certified it as safe for another three years.",
        "Reference: the court relied on a 2011 ruling which held that the state may not detain"
        " asylum seekers for more than 90 days without a hearing.",
    ],
)
def test_a_long_story_sentence_opening_with_reporting_by_or_reference_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Kowalby did not pick up her phone.",
        "Rosa Mendby did not pick up calls or respond to text messages from her mother.",
    ],
)
def test_a_missing_persons_phone_unanswered_is_no_comment(sentence):
    assert not _said(f"Search\n\nThe search began on Friday.\n\n{sentence}")[sentence]


def test_phone_messages_from_the_paper_unanswered_are_no_comment():
    sentence = "The minister did not respond to phone messages from the Herald."
    assert _said(f"Search\n\nThe search began on Friday.\n\n{sentence}")[sentence]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Skipper Stevan Harrowby", "Stevan Harrowby"),
        ("Jo Skipper", "Jo Skipper"),  # (a surname last)
    ],
)
def test_a_skipper_before_a_name_is_a_role_and_after_one_a_surname(span, expected):
    assert naming.person_name(span) == expected


@pytest.mark.parametrize(
    "line",
    [
        "To read also: Scallop season opens on the east coast",
        "(1 US dollar = 3.6725 UAE dirhams)",
    ],
)
def test_a_link_to_read_also_and_a_rate_note_in_words_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_calls_from_the_paper_not_picked_up_are_no_comment():
    body = (
        "Board\n\nTrustee Mark Quaidby chairs the board.\n\nQuaidby did not pick up calls"
        " from the Herald."
    )
    assert _said(body)["Quaidby did not pick up calls from the Herald."] == "Mark Quaidby"


def test_a_citation_boxs_lines_under_its_heading_are_furniture():
    story = "Lake sediments show six megadroughts, the team said.\n\nThe work took nine years."
    box = (
        "Journal Reference:\nAmani Wekby, Henrike Stollby. A 30,000-year rainfall record from"
        " Lake Murby reveals repeated megadroughts. Quaternary Climate Letters, 2024; 18 (3): 211"
        " DOI: 10.1234/qcl.2024.0311\n\nCite This Page:\n\nMLA APA Chicago\n\nUniversity of"
        ' Karaby.\n\n"Ancient lake sediments reveal record of past droughts."\n\nScience Daily'
        " Wire, 14 May 2024.\n\nRELATED STORIES"
    )
    hidden = _hidden(f"{story}\n\n{box}")
    assert hidden["A 30,000-year rainfall record from Lake Murby reveals repeated megadroughts."]
    assert hidden["University of Karaby."]
    assert hidden["Science Daily Wire, 14 May 2024."]
    assert not hidden["The work took nine years."]


def test_lines_under_a_references_heading_that_report_or_cite_nothing_stay_news():
    page = (
        "The court ruled on Monday.\n\nCitation:\n\nThe judge said the 2019 law did not apply.\n\n"
        "References\n\nThe council spent $1.2m on the scheme in 2024."
    )
    hidden = _hidden(page)
    assert not hidden["The judge said the 2019 law did not apply."]
    assert not hidden["The council spent $1.2m on the scheme in 2024."]


# --- round forty-eight --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Why would anyone film an accountant?” Velmarin asked at a press screening in"
            " Andheri on Wednesday. She answered it herself.",
            [
                "“Why would anyone film an accountant?” Velmarin asked at a press screening in"
                " Andheri on Wednesday.",
                "She answered it herself.",
            ],
        ),
        (
            "“We did it!” Gosselby told about 60 supporters at the Legion hall after 10:30 p.m."
            " “Now the hard part starts.”",
            [
                "“We did it!” Gosselby told about 60 supporters at the Legion hall after 10:30"
                " p.m.",
                "“Now the hard part starts.”",
            ],
        ),
        # (a finite verb after the place reports something new)
        (
            "“What happened?” Police said on Monday the driver lost control.",
            ["“What happened?”", "Police said on Monday the driver lost control."],
        ),
    ],
)
def test_a_quoted_question_and_its_attribution_with_where_and_when_are_one_sentence(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Aparna Velmarin directed the film.\n\n“Why would anyone film an accountant?” Velmarin"
        " asked at a press screening in Andheri on Wednesday.",
        "Aparna Velmarin directed the film.\n\n“Why did it take cracks?” Velmarin asked in a"
        " post on social media.",
    ],
)
def test_a_quoted_question_a_named_asker_put_somewhere_is_the_askers(body):
    assert analyze(body)[1].speaker == "Aparna Velmarin"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Residents wade through floodwater after the river rose by… Show more",
            ["Residents wade through floodwater after the river rose by…", "Show more"],
        ),
        (
            "Women queue at a water kiosk in the estate on Monday, where a can now costs… more",
            [
                "Women queue at a water kiosk in the estate on Monday, where a can now costs…",
                "more",
            ],
        ),
        (
            "Operator to retire its oldest buses before the… Expand",
            ["Operator to retire its oldest buses before the…", "Expand"],
        ),
        # (an ellipsis before words that go on is the sentence's, and a short line's "more"
        # may be its punchline)
        ("It was more… more than we thought.", ["It was more… more than we thought."]),
        ("Less is… more", ["Less is… more"]),
    ],
)
def test_a_phones_toggle_after_a_cut_off_line_is_a_sentence_of_its_own(line, expected):
    assert split_text(line) == expected


def test_a_phones_toggle_is_furniture_and_the_cut_off_caption_is_not():
    hidden = _hidden("Buses to retire before the… Expand\n\nThe council voted 7-2 on Monday.")
    assert hidden["Expand"]
    assert not hidden["Buses to retire before the…"]
    assert not hidden["The council voted 7-2 on Monday."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“That I can't promise,” Mr. St. Rosby said.",
            ["“That I can't promise,” Mr. St. Rosby said."],
        ),
        # (a street's "St." still ends its sentence before a speaker; the Northern Territory's
        # "NT" after a clock opens one; letter grades' "Ds." end one)
        (
            "The crash happened about 9 a.m. NT Police are investigating.",
            ["The crash happened about 9 a.m.", "NT Police are investigating."],
        ),
        (
            "Students earned mostly Cs and Ds. The school board said results would improve.",
            ["Students earned mostly Cs and Ds.", "The school board said results would improve."],
        ),
        (
            "The march ended on Main St. Organisers said it was calm.",
            ["The march ended on Main St.", "Organisers said it was calm."],
        ),
    ],
)
def test_a_surnames_saint_does_not_end_a_sentence_nor_a_clocks_place_open_one(text, expected):
    assert split_text(text) == expected


def test_it_never_names_one_of_several_people_or_a_thing_of_someones():
    body = (
        "Minera Corby Sur said in a statement that its offer was full.\n\nOne of the people said"
        " it was likely to return.\n\nIt declined to comment further.\n\nThe miner listed the"
        " figures on its website, according to its website.\n\nIt said it had not decided."
    )
    said = _said(body)
    assert said["It declined to comment further."] == ""
    assert said["It said it had not decided."] == ""


def test_it_names_a_body_of_someones():
    said = _said("Its board said the chief executive had resigned. It did not say why.")
    assert said["It did not say why."] == "Its board"


def test_a_bodys_name_keeps_its_joined_particle():
    assert naming.organisation("Sawahil al-Bahr Marine Products") == (
        "Sawahil al-Bahr Marine Products"
    )


def test_a_style_and_a_surname_name_the_person_given_in_full_before():
    body = (
        "Mian Ghulam Fareed Sukherby, a farmer, said wheat cost more.\n\n“The mills buy first,”"
        " Mian Sukherby said.\n\nMian Wei, a student, said fees rose. Mian Wei said it was unfair."
    )
    said = _said(body)
    assert said["“The mills buy first,” Mian Sukherby said."] == "Ghulam Fareed Sukherby"
    assert said["Mian Wei said it was unfair."] == "Mian Wei"


def test_a_style_and_a_surname_are_not_another_of_the_surname():
    body = (
        "Junaid Bangashby said the family would sue.\n\nMian Bangashby, the minister, declined"
        " to comment."
    )
    assert _said(body)["Mian Bangashby, the minister, declined to comment."] != "Junaid Bangashby"


@pytest.mark.parametrize(
    "line",
    [
        "Sentinel file photo",
        "—Photo: Roshan Deonaby",
        "Odds correct at time of publication.",
        "From the archive: The silk that still comes out of a Kanchipuram backyard",
        "Full coverage: Jeepney fares",
        "Photo gallery: Stakeholder engagement in Elmina (12 photos)",
        "Interactive map: Check if your address is under the advisory",
    ],
)
def test_file_photos_odds_and_results_labels_and_archive_links_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Provisional results show Labour won 14 of the 20 seats.",
        "Full coverage: the council said the fares will rise 20%.",
        "Council file photo shows the bridge in 2019.",
        "—The council voted 5-4 on Tuesday.",
        "From the archive: In 1974, the river peaked at 6.7 metres and 14 people died.",
    ],
)
def test_results_news_and_a_dashed_sentence_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Theresa Gosselby | 2,418 | 51.2% | ELECTED",
        "Colleen Marrowby | 3,102 | ELECTED",
    ],
)
def test_a_results_tables_row_with_its_outcome_last_is_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_strip_of_words_ending_in_an_outcome_is_still_a_strip():
    assert _between_story_lines("Home | News | Elected").is_boilerplate


def test_a_results_pages_label_never_hides_the_counts_under_it():
    hidden = _hidden("Unofficial results.\n\nKirby 4,512\n\nOrtby 4,200\n\nThe count ended.")
    assert not hidden["Kirby 4,512"]
    assert not hidden["Ortby 4,200"]


@pytest.mark.parametrize(
    "line",
    [
        "FIRST ALERT WEATHER: Heat advisory for Tusby and Holmby counties until 8 p.m.",
        "First Alert Forecast: light snow Wednesday night, bitter wind chills by the weekend",
    ],
)
def test_a_stations_forecast_bar_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "$20 can buy a week of groceries in Caracas.",
        "£50m will fund 400 homes by 2028.",
        "First alert: the council said it will close the bridge.",
        "FIRST ALERT WEATHER: A tornado touched down in Harby County on Tuesday, killing two.",
        "FIRST ALERT TRAFFIC: I-40 westbound closed at mile marker 12 after a fatal crash.",
        "If you sign up through them, Barclby may earn a referral fee, the bank admitted.",
        "When you buy tickets through them, Ticketby may earn service fees of up to 30 per cent.",
    ],
)
def test_prices_news_after_an_alerts_label_and_fees_reported_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“He could hear a baritone,” said his son, Rhodri Prysby, a GP in Cardiff.",
            "Rhodri Prysby",
        ),
        ("“He was kind,” said his son, Dr Rhys Prysby, a surgeon.", "Rhys Prysby"),
        # (a name between commas that the sentence goes on from is no relative's)
        (
            "“He was kind,” said his son, Manchester United, the club he loved, paid tribute.",
            "his son",
        ),
    ],
)
def test_a_relation_named_after_the_cue_with_an_apposition_is_the_speaker(sentence, expected):
    assert analyze(f"Emrys Prysby died on Monday.\n\n{sentence}")[1].speaker == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The Ohio Department of Natural Resources closed the park.",
            "Ohio Department of Natural Resources",
        ),
        ("The Justice Department of Abraham Lincoln's era was small.", "Justice Department"),
    ],
)
def test_it_after_the_department_takes_all_of_its_name_or_none(lead, expected):
    body = f"{lead}\n\nThe files were lost, the department said.\n\nIt said nobody was hurt."
    assert _said(body)["It said nobody was hurt."] == expected


def test_it_after_the_department_names_the_body_with_what_it_is_of():
    body = (
        "The Alaska Department of Fish and Game closed the river.\n\nChum returns were low, the"
        " department said.\n\nIt said it expected the sockeye run to be above average."
    )
    assert _said(body)["It said it expected the sockeye run to be above average."] == (
        "Alaska Department of Fish and Game"
    )


def test_it_after_the_company_is_the_firm_without_its_town():
    body = (
        "Brellby Student Transit Inc. of Wauseby runs the buses.\n\nThe routes merged, the"
        " company said.\n\nIt said it would take back two routes."
    )
    assert _said(body)["It said it would take back two routes."] == "Brellby Student Transit Inc."


@pytest.mark.parametrize("line", ["Line-ups", "Kick-off", "Pre-match", "Teams"])
def test_a_match_pages_section_label_alone_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("label", "fact"), [("Verdict", "Guilty of murder"), ("Half-time", "Harlow 1-0 Mendip")]
)
def test_a_label_over_a_short_fact_never_carries_it_into_furniture(label, fact):
    page = f"The jury returned on Monday.\n\n{label}\n\n{fact}\n\nThe judge adjourned sentencing."
    assert not _hidden(page)[fact]


@pytest.mark.parametrize(
    "line",
    ["Team news", "Verdict: guilty on all counts.", "Teams from both clubs trained on Monday."],
)
def test_a_stories_subhead_and_sentences_opening_with_a_label_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "If you buy through the links in this box, The Lanternby may earn a commission.",
        "If you buy through them, Deuce Daily may earn a commission.",
        "When you buy through links on our site, we may earn an affiliate commission at no extra"
        " cost to you.",
    ],
)
def test_an_affiliates_note_by_a_sites_name_or_after_when_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_banks_own_offer_through_them_stays_news():
    line = "If you buy shares through them, investors may earn 5% a year, the bank said."
    assert not _between_story_lines(line).is_boilerplate


def test_a_bodys_name_with_a_joined_particle_before_a_relative_clause_is_whole():
    sentence = "Sawahil al-Bahby Marine Products, which owns 11 trawlers, declined to comment."
    assert _said(f"Trawlers\n\n{sentence}")[sentence] == "Sawahil al-Bahby Marine Products"


# --- round forty-nine ---------------------------------------------------------------------------
def test_a_headline_of_counts_is_no_run_of_ranked_links():
    # (a list's ranked items open with a capital each: "1 Background 2 Timeline 3 Reactions")
    line = "3 dead, 5 missing as landslide buries 9 homes in Bevanside mining village"
    assert not _between_story_lines(line).is_boilerplate
    assert _between_story_lines("1 Background 2 Timeline 3 Reactions 4 See also").is_boilerplate


def test_a_line_above_the_menu_beside_the_weather_widget_is_the_sites():
    page = (
        "The Valley Lantern\n\nStoddingfield, Ont. -4°C Light snow\n\nLocal   Ontario   Canada"
        "   Sports   Obituaries   Contests\n\nOntario passes law raising penalties for stunt"
        " driving on rural roads\n\nBy Tesla Corvanni\n\nThe law passed 61-12 on Monday."
    )
    out = analyze(page)
    assert out[1].text == "Stoddingfield, Ont."
    assert out[1].is_boilerplate
    assert not out[4].is_boilerplate


@pytest.mark.parametrize("line", ["Tap for the map.", "Tap for details", "Click for updates"])
def test_a_strips_tap_link_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_tap_for_minutes_stays_news():
    line = "Run the tap for two minutes before drinking, the water board said."
    assert not _between_story_lines(line).is_boilerplate


def test_what_a_gift_buys_beside_the_appeals_heading_or_button_is_the_appeal():
    page = (
        "The charity said 14 clinics had run out of food.\n\nHow your donation helps\n\n£15 buys"
        " a week of therapeutic food for a child.\n\n£50 pays for 5,000 litres of water trucked"
        " to a village.\n\nDonate now\n\n© 2027 Orbelle Relief"
    )
    hidden = _hidden(page)
    assert hidden["How your donation helps"]
    assert hidden["£15 buys a week of therapeutic food for a child."]
    assert hidden["£50 pays for 5,000 litres of water trucked to a village."]
    assert not hidden["The charity said 14 clinics had run out of food."]


def test_what_a_gift_buys_before_please_give_is_the_appeal():
    page = (
        "Families have sold their goats, the charity said.\n\n£30 could provide a family with"
        " clean water for a month.\n\nPlease give what you can.\n\nHalima Orbuyo said she had"
        " lost 40 goats."
    )
    hidden = _hidden(page)
    assert hidden["£30 could provide a family with clean water for a month."]
    assert hidden["Please give what you can."]


@pytest.mark.parametrize(
    "line",
    [
        "R20 buys a loaf of bread.",
        "$20 can buy a week of groceries in Caracas.",
        "£50 pays for a week of school meals, the head teacher said.",
    ],
)
def test_a_sum_and_what_it_buys_in_a_story_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "neighbour",
    ["Subscribe to the Nation", "Join our WhatsApp channel", "Sign up to our newsletter"],
)
def test_a_price_beside_a_subscribe_or_follow_prompt_stays_news(neighbour):
    page = (
        f"Prices rose again in March.\n\nKSh 1,000 buys 20 litres of cooking oil in Eldoret"
        f" today.\n\n{neighbour}\n\nThe bureau said food inflation was 7.1%."
    )
    assert not _hidden(page)["KSh 1,000 buys 20 litres of cooking oil in Eldoret today."]


def test_two_sums_in_a_story_without_an_appeal_stay_news():
    page = (
        "Prices rose again in March.\n\nR20 buys a loaf of bread.\n\nR45 buys a litre of"
        " cooking oil.\n\nThe bureau said food inflation was 7.1%."
    )
    hidden = _hidden(page)
    assert not hidden["R20 buys a loaf of bread."]
    assert not hidden["R45 buys a litre of cooking oil."]


@pytest.mark.parametrize(
    "line",
    [
        "Today's Quaywell is brought to you by Tidemore Credit Union.",
        "This week's Dispatch is brought to you by Ledgemoor Hardware, on Cooper Street since"
        " 1961.",
        "Today's match sponsor: Brackmoor Marine Engineering Ltd.",
        "Match ball sponsored by The Anchor Inn, Ferry Street.",
    ],
)
def test_a_newsletters_sponsor_and_a_clubs_match_sponsors_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Today's Budget is brought to you by the Treasury, the minister said.",
        "Today's Opening Ceremony was brought to you by Harlow Council and the Lions Club.",
        "The match ball was sponsored by a firm that later went bust, court papers show.",
        "Match sponsor Kelvey Motors has pulled out.",
        "Match day sponsor Arlow Homes withdrew its support on Friday.",
        "We chose the flats to match the national mix of block ages and floor levels.",
    ],
)
def test_a_sponsor_in_the_story_and_a_match_of_words_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize("line", ["Learn more", "Find out more", "Learn more →"])
def test_a_buttons_more_alone_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_finding_out_more_in_a_sentence_stays_news():
    line = "Find out more about the scheme at the library on Monday, the council said."
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The photograph was taken by Kwabera Nkansu for the Herald.",
        "The photographs in this article were taken by Eamon Coolrine.",
        "The photographs in this story were taken by the reporter.",
    ],
)
def test_a_credit_in_a_sentence_for_the_page_or_the_paper_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The video was recorded by a neighbour on Tuesday.",
        "The photo was taken by a passer-by minutes after the crash, police said.",
        "The video was filmed by a passer-by for TikTok.",
        "The photo was taken by Sgt Arthur Lowby for the Army.",
        "The video is not available in Myanmar.",
    ],
)
def test_a_picture_taken_in_the_story_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "These key points were drafted with the help of AI and checked by the reporter.",
        "AI-generated audio.",
        "Some names may not be pronounced correctly.",
    ],
)
def test_a_players_and_a_summarys_ai_notes_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "AI-generated images of the mayor spread online on Tuesday.",
        "The band admitted the song was written with the help of AI.",
        "Nearly a third of the applications were written with the help of AI, the ministry found.",
    ],
)
def test_ai_in_the_story_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_the_reverend_is_a_style_not_a_name():
    body = (
        "The Reverend Clive Ashmarde, pastor of the chapel, said 38 members had no water.\n\n"
        "Rev Ashmarde said the trucks had stopped at the main road."
    )
    assert list(_said(body).values()) == ["Clive Ashmarde", "Clive Ashmarde"]


def test_a_surname_that_is_a_word_for_a_reader_stays_the_name():
    body = "Professor Tomasz Reader said 14 wells had dried up.\n\nMr Reader told the court so."
    assert list(_said(body).values()) == ["Tomasz Reader", "Tomasz Reader"]


def test_a_possessives_answer_or_plea_put_a_longer_way_before_a_colon_is_theirs():
    body = (
        "Councillor Rowena Tiongmar said the pump had failed twice.\n\nHer answer to residents'"
        " calls for her resignation was short: “I will not resign over one engine.”\n\nThe Rev."
        " Clive Ashmarde said 12 people had no water.\n\nHis plea to the congregation had been"
        " simple: “Give us water first.”\n\nHis plan for the town was simple: more buses."
    )
    said = list(_said(body).values())
    assert said == ["Rowena Tiongmar"] * 2 + ["Clive Ashmarde"] * 2 + [""]


def test_an_answer_from_someone_else_before_a_colon_is_not_the_owners():
    body = (
        "Tomas Eklundby, 58, said he had ignored the pains for a year.\n\nHis warning from the"
        " cardiologist had been blunt: “Stop now or you will not see 60.”"
    )
    assert (
        _said(body)[
            "His warning from the cardiologist had been blunt: “Stop now or you will not see 60.”"
        ]
        != "Tomas Eklundby"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Some quotes in this report have been translated from Urdu.",
        "Here is part of Wednesday afternoon's news conference at City Hall, edited for length and"
        " clarity.",
        "Summaries are written by software and may contain errors.",
        "This content is provided by YouTube, which may be using cookies and other technologies.",
        "Stay up to date with the Korimoa Times newsletter.",
    ],
)
def test_notes_on_the_copy_embeds_and_newsletters_in_prose_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Here is part of the problem, edited for clarity by the minister, she said.",
        "The summary was written by the auditor and sent to 14 councils.",
        "Some quotes from the 1998 inquiry were never translated, the archive said.",
    ],
)
def test_the_storys_own_summaries_excerpts_and_translations_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_the_funders_hands_off_line_beside_this_storys_funding_note_is_the_notes():
    page = (
        "The council approved the bridge on Monday.\n\nThis story is funded by the Puhirua Public"
        " Interest Fund.\n\nThe fund has no role in editorial decisions.\n\nThe bridge opens in"
        " 2029."
    )
    assert _hidden(page)["The fund has no role in editorial decisions."]


def test_a_readers_question_sharing_its_paragraph_with_the_call_is_the_calls():
    page = (
        "The tolls rose by 40 per cent on Monday.\n\nAre you a trader affected by the new tolls?"
        " We want to hear from you. Send a WhatsApp message to 024 118 6630.\n\nThe assembly"
        " meets on Friday."
    )
    hidden = _hidden(page)
    assert hidden["Are you a trader affected by the new tolls?"]
    assert hidden["We want to hear from you."]
    assert not hidden["The tolls rose by 40 per cent on Monday."]


def test_an_interviewers_question_in_a_paragraph_of_story_stays_the_storys():
    page = (
        "The tolls rose by 40 per cent on Monday.\n\nAre you worried about the tolls? Mrs Adoma"
        " said she was. Send a WhatsApp message to 024 118 6630.\n\nThe assembly meets on Friday."
    )
    assert not _hidden(page)["Are you worried about the tolls?"]


def test_a_button_glued_to_its_strip_in_one_paragraph_is_furniture():
    page = (
        "The ferry fare rose to $4.10 on Monday, the council said.\n\nMember already? Sign in"
        "\n\nThe new timetable starts on June 2."
    )
    hidden = _hidden(page)
    assert hidden["Member already?"]
    assert not hidden["The new timetable starts on June 2."]


@pytest.mark.parametrize(
    "line",
    [
        "Source: PWHA Tropical Cyclone Bulletin No. 9, 11 a.m.",
        "Source: Audimetrix overnight data, individuals aged 4+, live and same-day viewing",
        "Source: constituency elections officer",
    ],
)
def test_a_charts_source_line_with_abbreviations_or_in_lower_case_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_source_line_that_reports_words_stays_news():
    line = "Source: the minister told us the plan had failed."
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Pupils slept 41 minutes less a night, researchers at Te Awarua University have found.",
            "researchers at Te Awarua University",
        ),
        (
            "Pupils slept 41 minutes less a night, scientists from Kellerbay University found.",
            "scientists from Kellerbay University",
        ),
        ("Arriving at the ground, the team at Kellerbay found the pitch flooded.", ""),
    ],
)
def test_a_team_named_with_where_it_works_finds_after_a_comma(sentence, speaker):
    assert _said(sentence)[sentence] == speaker


@pytest.mark.parametrize(
    ("paragraph", "news"),
    [
        ("Stop the mine. Photograph: Kwame Asanto/Reuters", "Stop the mine."),
        ("Ask any farmer in Kilcorry. Advertisement", "Ask any farmer in Kilcorry."),
        ("Share. Let them eat cake.", "Let them eat cake."),
        ("Published 3 May 2026. Among the dead:", "Among the dead:"),
    ],
)
def test_a_line_beside_a_credit_an_ad_label_a_date_or_a_button_is_no_page_furniture(
    paragraph, news
):
    page = f"The protest began on Monday, police said.\n\n{paragraph}\n\nThe mine employs 900."
    assert not _hidden(page)[news]


@pytest.mark.parametrize(
    ("paragraph", "news"),
    [
        (
            "Here is part of his answer, edited for length and clarity. The water is safe to"
            " drink, and the lead levels are below the legal limit.",
            "The water is safe to drink, and the lead levels are below the legal limit.",
        ),
        (
            "We want to hear from you. That is what Mayor Pilar Ocampa told 300 residents.",
            "That is what Mayor Pilar Ocampa told 300 residents.",
        ),
        (
            "This article was funded by Korvale Energy. The company does not approve coverage,"
            " the outlet claims, but its logo appears on every page.",
            "The company does not approve coverage, the outlet claims, but its logo appears on"
            " every page.",
        ),
    ],
)
def test_a_note_never_carries_into_an_excerpt_or_someones_words(paragraph, news):
    page = f"The regulator spoke on Monday.\n\n{paragraph}\n\nThe council meets in June."
    assert not _hidden(page)[news]


@pytest.mark.parametrize(
    "line",
    [
        "We want to hear from you if you lost money.",
        "This video is provided by YouTube user Kamal Hossein.",
        "This summary was written by a computer scientist at the University of Kelvedale.",
        "Stay up to date with the emergency app.",
    ],
)
def test_call_outs_embeds_summaries_and_sign_ups_in_a_storys_words_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["We'd love to hear from you.", "The summary is produced by automated tools."],
)
def test_a_call_out_and_a_summarys_note_in_other_words_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Match sponsor was Kestrel Bett, a gambling firm fined £2m last year.",
        "This translation was produced using artificial intelligence software bought from Lexorra"
        " for £180,000.",
    ],
)
def test_a_sponsor_or_an_ai_tool_with_news_about_it_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_price_beside_a_news_sites_own_donate_button_stays_news():
    page = (
        "Prices doubled in a year.\n\n$20 can buy a week of groceries in Caracas.\n\nDonate"
        " today to support our reporting.\n\nThe bank said inflation was 190%."
    )
    assert not _hidden(page)["$20 can buy a week of groceries in Caracas."]


def test_a_possessives_plea_after_a_time_is_left_unnamed():
    # (the pronoun's person is hard to find there: a wrong name is worse than none)
    body = (
        "Maria Lopella, 71, queues for bread.\n\nPhotographer Hugo Brandby took the picture."
        "\n\nHer plea on Sunday had been simple: “Just let us eat.”"
    )
    assert _said(body)["Her plea on Sunday had been simple: “Just let us eat.”"] == ""


def test_a_price_that_economists_say_beside_a_donate_button_stays_news():
    page = (
        "Prices rose again.\n\n€10 buys less than half what it bought in 2021, economists say."
        "\n\nDonate now\n\nThe bank meets in June."
    )
    assert not _hidden(page)["€10 buys less than half what it bought in 2021, economists say."]


# --- round fifty ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(File photo: Harbour News Service)",
        "(Photo courtesy: 9 Send It viewer Ada Quellane)",
        "Your browser does not support the audio element.",
        "Your browser doesn't support HTML5 video.",
        "This article is for the personal use of subscribers.",
        "To share it, use the gift button; copying, forwarding or reselling the text is not"
        " allowed.",
        "Never miss a feature: four print issues a year, delivered free, from $96.",
        "Text the studio on 53964 — texts cost 30c plus your standard network rate.",
        "Texts cost £10 plus one message at your standard network rate.",
        "Registered under the Co-operative Societies Act (Cap. 490).",
        "Registered under the Co-operative Societies Act, Reg. No. CSR/SP/4471.",
        "It is published as received from a syndicated wire feed.)",
        "(Except for the headline and the summary, this story has not been edited by Quillport"
        " staff.",
        "This feature was supported by the Korimako local journalism fund.",
        "The fund had no say in its content.",
        "OFFICIAL KITCHEN PARTNER | Save 15% at Harlow & Vane Kitchens with code OCHIL15",
        "PROPERTY OF THE WEEK | Frigiliana: three-bed villa with sea views, €489,000 | View listing",
        "In today's Mudlark: the ferry timetable fight, a 214-lot question mark in Kingston and why"
        " your recycling might be rejected.",
        "Q2 2027 trade at a glance (US$ million)",
        "PUMP PRICE CHANGES EFFECTIVE SEPT. 21 (per liter)",
    ],
)
def test_round_fifty_furniture_worded_a_sites_own_way(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The fund had no say in the decision to close the mill.",
        "Copying answers from a phone is not allowed in the exam, the board said.",
        "The regulator said texts to the helpline cost nothing.",
        "The union was registered under the Trade Unions Act in 1998 and has 4,000 members.",
        "In today's ruling, the court said the law was void, the appeal failed and costs were"
        " awarded.",
        "The study was published as received from the authors, the journal said.",
        "Prices rose 4% (per litre, not per gallon) over the year.",
    ],
)
def test_round_fifty_news_in_the_same_words_stays_news(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_year_and_its_rank_is_a_tables_row_not_a_date_line():
    page = (
        "The university fell 19 places.\n\nHow the university has ranked\n\n2025: No. 117"
        "\n\n2026: No. 124\n\n2027: No. 143\n\nThe senate meets on Thursday."
    )
    hidden = _hidden(page)
    assert not hidden["2025: No. 117"]
    assert not hidden["2027: No. 143"]


def test_a_storys_lead_in_keeps_its_list_and_its_quoted_sign():
    page = (
        "Wirraway Media will stop printing nine of its 14 papers from Monday.\n\n"
        "The titles going digital-only include:\n\n• Narromine Plainsman\n\n• Gilgandra"
        " Wheatgrower\n\n• Coonabarra Times\n\nThe company said print revenue fell 14%."
        "\n\nThe fridge stands on the corner of Kirinyaga Road.\n\nSomeone has painted a"
        " message on its door in blue letters:\n\n“TAKE WHAT YOU NEED. LEAVE WHAT YOU CAN.”"
        "\n\nBy 7 a.m. on a Tuesday in October, there is a queue."
    )
    hidden = _hidden(page)
    for line in (
        "The titles going digital-only include:",
        "• Narromine Plainsman",
        "• Gilgandra Wheatgrower",
        "“TAKE WHAT YOU NEED.",
        "LEAVE WHAT YOU CAN.”",
    ):
        assert not hidden[line], line


def test_a_cue_with_a_phrase_before_its_that_clause_finds_its_speaker():
    body = (
        "Crystal Sandqvist managed the building for eight years.\n\n"
        "Sandqvist conceded under questioning that she had not checked the voicemail.\n\n"
        "Tomas Ferrow-Adey, who ran the depot until May, testified later Tuesday that the"
        " vans were never serviced."
    )
    said = _said(body)
    assert (
        said["Sandqvist conceded under questioning that she had not checked the voicemail."]
        == "Crystal Sandqvist"
    )
    assert said[
        "Tomas Ferrow-Adey, who ran the depot until May, testified later Tuesday that the vans"
        " were never serviced."
    ] == ("Tomas Ferrow-Adey")


@pytest.mark.parametrize(
    "line",
    [
        "⚡ Is your power out?",
        "📷 Got a photo of the storm?",
        "NOTICE: Annual General Meeting, Saturday 26 June 2027, 9.00 a.m., Ol Kalou Stadium.",
        "TENDER: Supply and delivery of 400 aluminium milk cans (Tender No. KDFC/T/07/2027),"
        " closing 25 June 2027 at 10.00 a.m.",
        "VACANCY: Field officer, Kinyaga collection centre. Apply by 30 June.",
    ],
)
def test_a_bodys_notices_and_a_strips_question_behind_its_symbol_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Is your power out?",
        "Notice: the council said the road would close on Friday.",
        "The tender for 400 milk cans closes on 25 June, the society said.",
    ],
)
def test_a_question_without_a_symbol_and_a_notice_in_small_letters_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The study was funded by a S$2.4 million grant from the National Medical Research Council.",
        "The research was funded by a Sh94 million grant from the National Research Fund.",
        "The study was funded by a ₹1.8 crore grant from the National Earth Sciences Fund.",
    ],
)
def test_a_studys_grant_with_its_sum_is_the_storys_fact(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_studys_funder_without_a_sum_is_still_the_pages_note():
    assert _between_story_lines(
        "The study was funded by the Halvergate Trust and the Morrow Foundation."
    ).is_boilerplate


def test_a_gift_list_is_still_an_appeal_beside_its_heading():
    page = (
        "The appeal has raised £1.9 million.\n\nHow your donation helps\n\n£15 buys a week of"
        " therapeutic food for a child.\n\n£50 pays for 5,000 litres of water trucked to a"
        " village.\n\nThe charity has worked in Marsabit since 2011."
    )
    hidden = _hidden(page)
    assert hidden["£15 buys a week of therapeutic food for a child."]
    assert hidden["£50 pays for 5,000 litres of water trucked to a village."]


def test_an_apps_pitch_ending_in_its_button_is_furniture_but_a_storys_app_is_not():
    assert _between_story_lines(
        "Track Veloxa and 4,800 other listed companies on the Quillport app — download now."
    ).is_boilerplate
    assert not _between_story_lines(
        "Residents can report potholes through the FixIt app — download it from the council"
        " website."
    ).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "In today's Budget: a 2p cut in fuel duty, a freeze on income tax thresholds until 2030"
        " and £4.1bn more for hospitals.",
        "The documentary was funded by Screen Scotland and a crowdfunding campaign that raised"
        " £38,000.",
        "The fund had no role in the reporting of the losses, the auditor found.",
        "Texts cost 10p each plus standard network rates under the charity's appeal.",
        "Council tax has risen faster than wages since 2015 (%)",
        "• Diesel: up ₱1.45 (per liter)",
        "This newsletter is for the personal use of members, the union reminded staff after"
        " extracts were leaked.",
        "Your browser does not support the player, the broadcaster admitted.",
        "It was published as received from a news agency feed.",
        "DAY ONE | Arrive in Funchal and check in at the Quinta | Explore the old town on foot",
    ],
)
def test_round_fifty_second_read_near_misses_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize("line", ["Ways to follow us:", "Our free newsletters include:"])
def test_a_lead_in_to_the_sites_own_list_is_still_a_label(line):
    assert _between_story_lines(line).is_boilerplate


def test_the_sites_own_lead_in_does_not_shield_its_list_and_a_found_line_ends_a_run():
    sentences = [
        "Other stories you may have missed include:",
        "• Fly-tipping fines double in Ochil",
        "The sites open this weekend include:",
        "- Kellin Road depot",
        "- Related: Where to take your garden waste",
        "- Advertise with us",
    ]
    reasons = ["", "", "", "", "related links", ""]
    led = boilerplate._lines_led_in(sentences, reasons, list(range(len(sentences))))
    assert led == {3}


@pytest.mark.parametrize(
    "body",
    [
        "The hospital admitted under emergency powers three patients that had been turned away.",
        "Kellin General admitted later that night a second patient with severe burns.",
        "Divers revealed through sonar images a wreck that had lain undisturbed since 1917.",
    ],
)
def test_a_phrase_then_a_relative_that_finds_no_speaker(body):
    assert _speakers_of(body) == [""]


def test_a_cue_through_an_interpreter_finds_its_speaker():
    body = "Peter Kamau told the court through an interpreter that he had been beaten."
    assert _speakers_of(body) == ["Peter Kamau"]


@pytest.mark.parametrize(
    "line",
    [
        "VACANCIES: 841,000, down 26,000 on the quarter.",
        "AGM: Members voted 412 to 96 to approve the merger.",
        "NOTICE: This branch will close permanently on 30 April.",
        "In today's Budget: a 2p cut in fuel duty, a freeze on income tax thresholds until 2028,"
        " plus £2bn for potholes.",
        "This documentary was funded by Quizzly Ltd, the company that runs the same quiz line,"
        " the programme's credits state.",
        "Kerosene up 8 cents (per litre)",
    ],
)
def test_round_fifty_last_read_near_misses_stay_news(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This reporting was supported by a $25,000 grant from the Pulitzer Center.",
        "Other headlines today include:",
        "Today's top headlines include:",
    ],
)
def test_the_pages_own_grant_and_its_own_headlines_lead_in_stay_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_the_last_item_of_a_storys_list_stays_beside_a_credit():
    page = (
        "FIJI ISLAND TIMES\n\nNews | Business | Sport\n\nFuel prices rise again\n\nBy Mere Tiko"
        "\n\nPrices rose on Monday, the commission said.\n\nThe FCCC says households can save"
        " fuel by:\n\n• checking tyre pressure weekly\n\n• avoiding idling\n\n(Photo courtesy:"
        " Island Times reader Mere Tikoisuva)\n\nMinibus operators in Nadi said they would raise"
        " fares.\n\nMore stories\n\n© 2027 Island Times"
    )
    hidden = _hidden(page)
    assert not hidden["• avoiding idling"]
    assert hidden["(Photo courtesy: Island Times reader Mere Tikoisuva)"]


def test_a_quotations_lead_in_ends_at_a_dash_marker():
    sentences = [
        "The mayor, Ada Tenbrook, said in a statement:",
        "“The fare cap has done what we said.",
        "- more -",
    ]
    led = boilerplate._lines_led_in(sentences, ["", "", ""], [0, 1, 2])
    assert led == {1}


def test_a_storys_lead_in_with_follow_keeps_its_items():
    sentences = [
        "The steps the council will take are as follows:",
        "• Close the road",
        "• Reopen it",
    ]
    assert boilerplate._lines_led_in(sentences, ["", "", ""], [0, 1, 2]) == {1, 2}


# --- round fifty-one -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "CLOSINGS & DELAYS (23) ▸ Ardley Schools: 2 hours late ▸ Tessford Academy: closed",
        "TRAFFIC ▸ US-151 NB at Elm Rd: crash, right lane blocked ▸ I-380 SB: 8 min delay",
        "▶ Drivers face long detour after bridge closure (1:54)",
        "1x    −15s    +30s",
        "f   𝕏   in   🔗",
        "f   X   ✆",
        "NEWS  SPORT  SHOWBIZ  LIFE  MONEY  IRISH N…",
        "214 Likes∙19 Restacks",
        "LAST RESULT: Carrow Dale 1-3 Thornby Town (FT)",
        "NEXT MATCH: Thornby Town v Elmsworth, Sat 3pm",
        "⚠ 2 WEATHER ALERTS IN EFFECT",
        "Go to the full site ›",
        "Shared from GoalPlek – Malaysia's football app",
        "ORBIT & BENCH · The weekly science letter from the Kita Meridian · Friday, November 26, 2027",
        "This week: a university satellite reaches orbit · a new eel survey · your letters",
    ],
)
def test_a_pages_strips_widgets_and_mastheads_as_phones_and_sites_paste_them(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "► Council approves bond",
        "TRAFFIC: The bridge will stay shut until May, the county said.",
        "f and g were the only two variables left in the model.",
        "The list ran: news, sport, money.",
        "Hospital staff",
        "The council will host a live webcast of the meeting on Thursday.",
        "Adjusted EBITDA rose 12% to $88.1 million, the company said in a release.",
        "Music: the festival's line-up grows to 40 acts.",
        "Go to the hospital if symptoms worsen.",
    ],
)
def test_story_lines_beside_those_strips_stay_the_storys(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Illustrations by Jasper Nakano-Brandt",
        "Music in this episode: “Red Gum Morning” by A Fetherston, licensed through Westgale Music.",
        "This is an edited excerpt from an automatically generated transcript, and it may contain errors.",
        "Gulf Trade Journal staff",
        "ADVERTISE WITH THE LANTERN — reach 9,000 readers every week.",
        "Advertise with us",
        "Make a tax-deductible gift today and it will be matched, up to $25,000.",
        "Reporting like this depends on readers.",
        "Sponsored by Kwezo Business Bank — open an account in 10 minutes",
        "This is the web version of The Morning Note.",
        "Enjoying The Catch-up?",
        "Forward it to a friend, or hit reply and tell us what you think.",
        "FUNERAL NOTICE: The Gabotla family announces the passing of Mma Dikeledi Gabotla, aged 84.",
        "PUBLIC NOTICE: Notice is hereby given that the district council will hold a meeting on 19 November.",
        "LOST: brown cow with a white patch on the left ear, last seen near the borehole.",
    ],
)
def test_a_sites_credits_notes_asks_and_notices_in_its_own_words(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Non-GAAP Financial Measures",
        "This press release includes adjusted EBITDA, a non-GAAP financial measure.",
        "A reconciliation to the most directly comparable GAAP measure is provided in the tables below.",
        "The webcast can be accessed at investors.corvaldx.example.",
        "The content above is a press release provided by NewsPulse Wire.",
        "MarketLeger did not write or edit it and makes no representation about its accuracy.",
    ],
)
def test_a_companys_release_on_a_portal_keeps_its_notes_and_the_portals_disclaimer_apart(line):
    assert _between_story_lines(line).is_boilerplate


def test_the_wording_pass_leaves_a_story_sentence_whose_subject_says_something():
    # An address or a number in a sentence of reporting is the story's, however much it reads
    # like a contact line.
    said = "Brissett-Oglen said community groups can write to heartcheck@uwi-study.example."
    advised = "It advised the public to check levels at banjir.example.my and to call 09-748 2210."
    assert boilerplate._ITS_SUBJECT_SAYS.match(said)
    assert boilerplate._ITS_SUBJECT_SAYS.match(advised)
    assert not boilerplate._ITS_SUBJECT_SAYS.match("Questions can be sent to team@kit.example.")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Defence counsel Kolawole Ibikun-Ware, SAN, said his client would appeal.",
            "Kolawole Ibikun-Ware",
        ),
        ("Barnaby Crook, KC, said his client would appeal.", "Barnaby Crook"),
        ("Ana Leesworth, M.D., said the test was safe.", "Ana Leesworth"),
        (
            "Postmistress Nuala Breathnach-Kiel said the office would close.",
            "Nuala Breathnach-Kiel",
        ),
    ],
)
def test_letters_after_a_name_and_a_role_before_it_are_not_the_speaker(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_a_surname_that_is_also_a_verb_never_breaks_the_engine():
    # "Meet Read, the new vicar": the surname alone after a word that is no first name.
    body = (
        'Mr Read said the roof leaked.\n\nMeet Read, the new vicar.\n\n"We need funds," Read said.'
    )
    assert [s.speaker for s in analyze(body)] == ["Read", "", "Read"]


@pytest.mark.parametrize("body", ["►", "▸", "He said. ►", "Hello.\n\n► ▸"])
def test_arrows_alone_never_break_the_engine(body):
    # (round fifty-one's fuzzing: a ticker's arrows with no label or items left no cells)
    assert [s.text for s in analyze(body)]


def test_a_long_token_is_read_once_from_its_start():
    # The figures of a table's row and the word before a turn's name, found from a word's
    # start only: from each letter of a 20 KB token they took seconds.
    assert checkworthy._FIGURE.findall("5 " + "x" * 50 + " 7y") == ["5", "7y"]
    body = "JOHN SMITH: Hello.\nJANE DOE: Hi.\n" + "x" * 20_000
    assert analyze(body)[-1].text.endswith("x")


@pytest.mark.parametrize(
    "line",
    [
        "Available on iOS and Android.",
        "Your gift today can reach a family in Marsaba within days.",
        "Forward this to a friend who'd like it.",
        "Monday 22 March 2027 10:47 FJT",
    ],
)
def test_a_videos_length_an_apps_stores_a_gift_and_a_stamp_in_another_zone(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_page_that_ends_among_its_furniture_weighs_its_last_line_as_the_tail():
    sentences = ["Rates rose.", "It rained.", "Related", "A line left", "© 2026 The Post"]
    reasons = ["", "", "related links", "", "copyright line"]
    page = boilerplate.ShapedPage(sentences, reasons, None)
    assert page.in_the_tail(3)
    assert not page.in_the_tail(1)  # (no furniture before it)
    reasons[4] = ""
    assert not boilerplate.ShapedPage(sentences, reasons, None).in_the_tail(3)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The managing director, Sheikh Adnan Rafiq, was blunt when asked in March: “They are on a ship.”",
            "Adnan Rafiq",
        ),
        ("The mayor, Ama Owusu, put it simply: “We are broke.”", "Ama Owusu"),
        (
            "The chairman, Rasheed Olaniyan-Bakare, on Tuesday told the court that the shops were pulled down.",
            "Rasheed Olaniyan-Bakare",
        ),
    ],
)
def test_how_a_person_put_it_and_a_time_before_the_cue_keep_the_speaker(body, speaker):
    assert analyze(body)[-1].speaker == speaker


def test_her_advice_after_a_colon_is_hers_and_a_message_is_nobodys():
    body = "Dr Ama Owusu spoke first.\n\nHer advice is simple: “Check it once a year.”"
    assert analyze(body)[-1].speaker == "Ama Owusu"
    assert analyze("The message was clear: “Go home.”")[0].speaker == ""


@pytest.mark.parametrize(
    "line", ["Net profit | F$48.2m | vs. F$31.7m", "Revenue | NZ$1.02bn | vs. NZ$894m"]
)
def test_a_results_tables_row_with_its_comparison_is_the_storys(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Food rose 6.3% year on year, up from 4.4% in Jan. Bread and cereals were up 9.1%.",
            [
                "Food rose 6.3% year on year, up from 4.4% in Jan.",
                "Bread and cereals were up 9.1%.",
            ],
        ),
        ("The sale ends Jan. 5 at noon.", ["The sale ends Jan. 5 at noon."]),
        ("The vote in Jan. 2025 was close.", ["The vote in Jan. 2025 was close."]),
        (
            "00:00 Intro · 03:12 Nine days of water · 19:05 Who loses? · 25:30 What next",
            ["00:00 Intro · 03:12 Nine days of water · 19:05 Who loses? · 25:30 What next"],
        ),
        (
            "“Short time hurts, but it is better than the street.” — Zolani Mtshem, AAWU",
            ["“Short time hurts, but it is better than the street.” — Zolani Mtshem, AAWU"],
        ),
        (
            "“We will fight.” — The union said it would strike. It did.",
            ["“We will fight.”", "— The union said it would strike.", "It did."],
        ),
    ],
)
def test_a_month_as_a_time_a_strips_question_and_a_pull_quotes_credit(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Arrears tracker ▸ Reported this month: Tk 9.6 crore unpaid ▸ Grade 7 wage: Tk 12,500",
        "Turn on alerts from KQDW 5?",
        "Find out how →",
        "Create account     Log in",
        "No credit card is needed for the trial.",
        "Signing up takes 30 seconds.",
    ],
)
def test_a_pages_asks_above_its_headline(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Prices rise →",
        "No one was hurt.",
        "Turn on the lights, the mayor urged.",
        "Find out more at the library.",
    ],
)
def test_story_lines_like_those_asks_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Unauthorized reproduction and redistribution prohibited.",
        "The Company does not undertake to update forward-looking information except as required by law.",
        "Views of the brokerages quoted here are their own.",
        "Live coverage by Ravi Oosterbaan and Callista Ngaramba.",
        "Live text may contain language some readers find offensive.",
        "Charities number CC58214.",
        "We welcome comments that add to the conversation.",
        "Our journalists work hard to bring you local news from Warrabee and the district.",
        "Our reviewer paid for her meal, and the restaurant did not know she was coming.",
    ],
)
def test_a_pages_own_notes_at_its_tail_in_its_own_words(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Reproduction of the fossil was prohibited by the museum until 2024.",
        "Coverage by local TV stations was limited to the first hour.",
        "The film may contain scenes some viewers find distressing, the censor board said.",
        "We welcome the ruling, the union said.",
    ],
)
def test_story_lines_worded_like_those_notes_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # (round fifty-one's second read: story lines worded like this round's furniture)
        "The minister told MPs the scheme had cost £4bn (1:27)",
        "Unemployment fell to 3.9% in June (1:12)",
        "Your gift will be taxed at 40% if you die within seven years, HMRC rules state.",
        "Your donation can be claimed against income tax under the new rules.",
        "FOUND: Nearly half of adults have never made a will",
        "LOST: Almost 2,000 jobs in the steel industry this year",
        "Sponsored by Exxon — the study found climate change was overstated",
        "Forward it to a friend and the virus spreads, experts warn",
        "Music: Streaming revenue rose 10% to $20bn, led by Spotify",
        "Make a tax-deductible donation and the government will match it, the minister claimed.",
        "The government makes no representations about the accuracy of the figures, the judge noted.",
        "The court heard that the transcript may contain errors.",
        "A reconciliation of the GAAP and non-GAAP figures shows a $2bn gap",
        "The webcast will be available to shareholders, who voted 60% against the pay deal",
        "FUNERAL NOTICE: Police seek witnesses after mourners attacked",
        "LAST RESULT: Labour won the seat with 52% of the vote",
        "KEY POINTS ► The PM has resigned ► An election will be held in May ► Markets fell 3%",
        "WHAT WE KNOW ▸ 14 people died ▸ 40 were injured ▸ the driver was arrested",
        "Times staff",
        "Royal Mail staff",
        "Our reporters work hard, but 40% of local papers have closed since 2005.",
        "We welcome contributions from the government of £40m towards the scheme.",
        "Match sponsor was Kestrel Bet, a gambling firm fined £2m last year.",
        "Turn on notifications",
    ],
)
def test_story_lines_worded_like_this_rounds_furniture_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_she_put_it_simply_is_hers_and_a_list_before_a_time_is_no_apposition():
    assert analyze("Ann Lee spoke.\n\nShe put it simply: “We are broke.”")[-1].speaker == "Ann Lee"
    listed = "Residents of Leeds, Bradford and York, on Monday said the plan was bad."
    assert analyze(listed)[0].speaker != "Residents of Leeds"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why now? | Inflation hit 11% in October", ["Why now?", "| Inflation hit 11% in October"]),
        (
            "Is a lie-in good for you? What sleep scientists say",
            ["Is a lie-in good for you? What sleep scientists say"],
        ),
    ],
)
def test_a_question_before_one_separator_still_ends_its_sentence(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        # (round fifty-one's last read)
        "Signing up is free for residents over 65.",
        "Video may contain scenes that members of the panel found upsetting.",
    ],
)
def test_a_schemes_fact_and_a_hearings_video_stay_the_storys(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "body",
    [
        "The mayor said so.\n" + "A" * 3_000,
        "?" * 3_000 + "b",
        'adding "' + "word " * 600,
        "A" * 3_000 + "\nThe city says so.",
        "union says\n" + "Ab" * 1_500,
        "x" * 3_000 + " https://www.x.com",
    ],
)
def test_the_second_fuzzings_inputs_are_read_whole(body):
    # (each was read from every letter of its long run by one pattern; the benchmark times them)
    assert "".join(s.text for s in analyze(body)).replace(" ", "").replace("\n", "")


# --- round fifty-two -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # (what the tool a page was pasted from adds: a feed reader, an archive, a mail client,
        # a translator, a search engine, a site's text-only version)
        "The post Ferry fares to rise by 8% from April appeared first on Harbour Lantern.",
        "Mark all as read   ⟳ Refresh",
        "Feed updated 12 min ago",
        "Tollbridge Gazette – Local News   31 unread",
        "Snapshotter — archived 3 Feb 2027 11:02:45 UTC",
        "14 captures · 2 Jan 2026 – 9 Mar 2027",
        "◄ Previous capture    Next capture ►",
        "This is an archived copy of a web page as it appeared on the date above.",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "This page has been translated automatically.",
        "This article was machine-translated from Portuguese.",
        "Some content may not be translated accurately.",
        "Original language: Spanish",
        "About 2,310 results (0.41 seconds)",
        "People also ask",
        "This text-only version of the site is provided for slow connections.",
        # (a phone's reading buttons, a search box with its query)
        "Aa    🔖    ⤴",
        "ferry fares harbour   ✕   🔍",
        # (a release's letterhead and its label over a minister's quotes)
        "Unit 4, Dockside Park, Tema · P.O. Box TM 2210 · Tel: +233 30 221 4410 · www.example.com.gh",
        "Quotes attributable to Minister for Transport A Name:",
        # (asks, gifts, vouchers, greetings and promos a site or a newsletter words its own way)
        "You have 7 gift articles left this month.",
        "Gift this subscriber-only story to a friend.",
        "Stay ahead of the headlines.",
        "Show this email at the counter for 10% off.",
        "FROM OUR SPONSOR",
        "Enjoying the digest?",
        "Trouble reading this?",
        "Morning all, and welcome to this week's Bulletin.",
        "Good morning, and happy Friday.",
        "Watch Harbour 7 News at Six live in the app, weeknights at 6 p.m.",
        # (credits: a file photo's in brackets, a reader's picture)
        "(File photo courtesy of the Provincial Disaster Risk Reduction and Management Office)",
        "Picture sent in by Moira Stenhouse-Blair, Killin",
        # (a crumb trail ending in a place's initials)
        "LOCAL  ›  NORTHWEST N.B.",
        # (a release's letterhead, a newsletter's sponsor, a quote widget, a glued link label,
        # an advertisement's label abroad)
        "Tollbridge Foods Limited – Press Release – 3 March 2027",
        "This week's Bulletin comes to you thanks to Harbour Cycles on Quay Street.",
        "Today's Letter comes to you courtesy of Marram Books.",
        "Kestrel Steel Ltd.  ₹842.10  ▲ 12.30 (1.48%)  NSE  ·  Add to watchlist",
        "RelatedFerry fares to rise by 8% from April",
        "Read moreCouncil approves the harbour budget",
        "Continúa después de la publicidad",
        "La suite après la publicité",
    ],
)
def test_round_fifty_twos_furniture_from_pasting_tools_and_sites(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The post office in Tollbridge will close at 5pm on Saturday.",
        "People also asked the council to reopen the library.",
        "The files were archived in 2019 and lost in the flood.",
        "Photo supplied by police shows the suspect leaving the shop.",
        "Picture sent in by a reader shows the flooded road.",
        "From our correspondent's notes, the ferry left at 6am.",
        "Watch the debate again: the council voted 7-2 to close the pool.",
        "Some residents may not be told until Friday.",
        "Prices rose 3% · more than in the U.S.",
        "MoreThan words: the council's plan, in numbers.",
        "This week's fair comes to you from the same people who ran it in 1987.",
    ],
)
def test_story_lines_worded_like_round_fifty_twos_furniture_stay(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_count_rows_after_the_story_are_its_data_not_links():
    page = (
        "Ann Lee won the by-election by 40 votes, the returning officer said.\n\n"
        "Turnout was 31%.\n\nRESULT: NORTHGATE\n\nAnn Lee (Greens) 1,204\n\n"
        "Tom Hale (Labour) 1,164\n\nSara Pike (Reform UK) 718\n\n© 2027 Northgate Post"
    )
    rows = [s for s in analyze(page) if "(" in s.text and s.text[-1].isdigit()]
    assert len(rows) == 3 and not any(s.is_boilerplate for s in rows)
    # (a table's data, not a claim of its own: the story's sentence states the result)
    assert not any(s.is_checkworthy for s in rows)


def test_a_joined_particle_capitalised_at_a_sentences_start_is_the_name_given_in_full():
    page = (
        "The authority's spokesman, Hisham al-Qudsi, read the statement.\n\n"
        "Al-Qudsi said 40 tankers would be sent.\n\n"
        "Asked about the capital, al-Qudsi said: “Not yet.”"
    )
    assert [s.speaker for s in analyze(page)[1:]] == ["Hisham al-Qudsi", "Hisham al-Qudsi"]


def test_ewe_titles_before_a_name_are_no_part_of_it():
    page = "The family head, Efo Kodzo Ablorh, said the land was theirs.\n\nHe said so twice."
    assert analyze(page)[0].speaker == "Kodzo Ablorh"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister for Health and Ageing Ann Lee said the plan would cost $4m.", "Ann Lee"),
        (
            "Minister for Roads and Road Safety Mei Tan-Oduya said the road would reopen.",
            "Mei Tan-Oduya",
        ),
        (
            "Director of Parks and Winter Operations Kofi Rennard said 40 staff would be hired.",
            "Kofi Rennard",
        ),
        (
            "Minister for Power and Energy Sumeth Ranjan Walpola said prices fell.",
            "Sumeth Ranjan Walpola",
        ),
        ("Minister for Health Ann Marie Lee said so.", "Ann Marie Lee"),
    ],
)
def test_a_portfolio_of_two_fields_joined_is_no_part_of_the_name_after_it(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_a_releases_label_over_its_quotes_gives_them_the_person_it_names():
    page = (
        "State to rebuild 23 timber bridges\n\n"
        "The state will spend $120 million on 23 bridges, the government said.\n\n"
        "Quotes attributable to Minister for Roads and Road Safety Mei Tan-Oduya:\n\n"
        "“Families have spent eight months driving the long way round.”\n\n"
        "“This money gets those bridges rebuilt properly.”\n\n"
        "Quotes attributable to Member for Morwell Ann Lee:\n\n"
        "“Farmers have waited long enough.”"
    )
    got = [(s.speaker, s.is_boilerplate) for s in analyze(page)[2:]]
    assert got == [
        ("", True),
        ("Mei Tan-Oduya", False),
        ("Mei Tan-Oduya", False),
        ("", True),
        ("Ann Lee", False),
    ]


@pytest.mark.parametrize(
    "head",
    [
        # (a headline with a date in its prose under the site's name and menu)
        "Tollbridge Weekly – Harbour and the Vale\n\nHome | News | Sport | Opinion\n\n"
        "Ferry to stop overnight sailings from May 3",
        # (a site's note going on in its own paragraph above the site's name and the headline)
        "This text-only version of the site is provided for slow connections. It carries the same "
        "stories as the standard site.\n\nTollbridge Weekly – Harbour and the Vale\n\n"
        "Home | News | Sport | Opinion\n\nFerry to stop overnight sailings from the spring",
    ],
)
def test_the_sites_name_above_a_headline_is_furniture_when_the_headline_holds_a_date(head):
    page = f"{head}\n\nThe ferry company said it had lost two of its six masters since July."
    kept = [s.text for s in analyze(page) if not s.is_boilerplate]
    assert kept[0].startswith("Ferry to stop overnight sailings")


def test_a_date_line_is_still_no_headline_above_a_menu():
    from claimreview.text.boilerplate import _shaped_as_a_headline

    assert not _shaped_as_a_headline("Tuesday, May 3, 2026 at 4 p.m. in the town hall")
    assert _shaped_as_a_headline("Clinic to close overnight from May 3")


@pytest.mark.parametrize(
    "sentence",
    [
        "The county is seeking $2.1 million, which it says is what the repair will cost.",
        "The firm is planning 40 job cuts, which it says will save $3m.",
    ],
)
def test_a_verbs_phrase_after_its_helper_is_never_the_source(sentence):
    speaker = analyze(sentence)[0].speaker
    assert not speaker.startswith(("seeking", "planning"))


def test_a_source_after_a_helper_in_inverted_order_is_still_found():
    assert analyze("This has the district office announced on Tuesday.")[0].speaker


@pytest.mark.parametrize(
    "body",
    [
        "Home" + " › a" * 14 + " /",
        "Lee said" + " " * 3_000 + "Home",
        "J. " * 3_000,
        "WASA said the main had burst. It said repairs would take two days.\n\n" + "A" * 3_000,
        "according to " * 400 + ".",
    ],
)
def test_round_fifty_twos_fuzzing_inputs_are_read_whole(body):
    # (each was read by a pattern tried every way it could split or from every letter; the
    # crumb trail's time grew fourfold a crumb: the benchmark times them)
    assert "".join(s.text for s in analyze(body)).replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(
    "line",
    [
        # (round fifty-two's second read: story lines worded like this round's furniture)
        "The post by the MP appeared first on Facebook and was later deleted.",
        "The post claiming the vaccine was unsafe appeared first on Telegram.",
        "Watch Commander Ian Bell was on the site within minutes.",
        "Watch Hill Road residents on the website forum complained of noise for months.",
        "Gift horse story ends in court",
        "Gift card story prompts refunds",
        "Pictures submitted by Mrs Hale identified the driver as Tom Reid.",
        "Photos submitted by Ms Rowe reveal the extent of the damage to the Old Mill.",
        "Trade war | Tariffs hit the U.S.",
        "Washington · Crowds gather in D.C.",
        "This accessible version of the website cost the council £40,000.",
        "Netflix subscribers can now add to watchlist",
        "Over 2,000 letters to the council sat 300 unread",
        "Records department — archived 3 May 2021",
    ],
)
def test_story_lines_the_second_read_wrote_against_round_fifty_twos_rules_stay(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # (and furniture worded otherwise that the same rules now take)
        "The post Ferry fares to rise first appeared on Harbour Lantern.",
        "Mark as read",
        "-----Original Message-----",
        "Machine translated from Spanish",
        "About 1,240,000 results",
        "Related searches",
        "Wayback Machine · archived on 3 May 2021, 14:02 UTC",
        "Morning all, and welcome back to the Letter.",
        "Hello, and welcome to issue 212 of the Harbour Letter.",
        "Today's newsletter comes to you thanks to Harbour Cycles.",
        "From this week's sponsor: Harbour Cycles",
        "Stay ahead of the news with our daily briefing.",
        "You've got 5 gifts left",
        "Email not displaying correctly?",
        "Can't see this email?",
        "Listen to Morning Call on BBC Sounds.",
        "Stream Harbour 7 News at Six live on the Harbour 7 app.",
        "Picture provided by Jane Doe",
        "Reader photo by Jane Doe, Killin",
        "READ MOREFerry fares rise again",
        "Related storiesCouncil approves budget",
        "Comments attributable to Dr Ann Lee, Chief Health Officer:",
    ],
)
def test_round_fifty_twos_furniture_worded_otherwise(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan has critics who say it will cost $2m more.", "critics"),
        ("There are residents who say the road is unsafe.", "residents"),
        ("Cabinet Secretary for Health and Social Care Neil Gray said so.", "Neil Gray"),
        ("Minister for Health and Aged Care Mark Butler said so.", "Mark Butler"),
        ("Commissioner for Children and Young People Ann Lee said so.", "Ann Lee"),
    ],
)
def test_the_second_reads_speakers_after_a_helper_and_a_joined_portfolio(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_a_claims_graphic_with_a_year_or_a_long_acronym_in_brackets_is_no_count_row():
    from claimreview.text.checkworthy import _is_table_row

    assert _is_table_row("Ann Lee (SNP) 1,204")
    assert not _is_table_row("Vaccine Deaths (VAERS) 37,231")
    assert not _is_table_row("Migrants Released (2023) 2,400,000")


@pytest.mark.parametrize(
    "line",
    [
        "The Hon. Mei Tan-Oduya MP",
        "The Honourable Dr Ravi Pillai MP, Minister for Health and Ambulance Services",
        "Minister for Roads and Road Safety",
        "Assistant Minister for Regional Development",
    ],
)
def test_a_government_releases_issuers_at_its_head_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_a_sentence_naming_the_minister_stays_the_storys():
    line = "The Hon. Mei Tan-Oduya MP said the bridges would reopen in March."
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # (round fifty-two's last read)
        "SEE MORE: Eight new housing projects to be launched in February",
        "MORE: Parents pack meeting as district weighs school closures",
        "Good morning, it's Tuesday.",
        "Hi friends — thanks for reading.",
        "Saturday 8 February 2025 17:12, UK",
        "Category: Research, Business School",
        "All News Images Videos Maps More Tools",
    ],
)
def test_the_last_reads_link_labels_and_greetings_are_furniture(line):
    assert _between_story_lines(line).is_boilerplate


def test_more_with_its_colon_in_a_sentence_stays_the_storys():
    assert not _between_story_lines("More: the council said it would act.").is_boilerplate


def test_the_pages_headline_under_a_list_label_and_a_menu_is_no_link():
    page = (
        "THE HARBOUR POST\n\nTop stories\n\nHome / News / Transport\n\n"
        "Ferry strike strands 2,800 passengers as talks collapse\n\nBy Ann Lee\n\n"
        "12 March 2026\n\nFerry crews walked out on Tuesday, the union said."
    )
    kept = [s.text for s in analyze(page) if not s.is_boilerplate]
    assert kept[0] == "Ferry strike strands 2,800 passengers as talks collapse"


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter sent to parents on Friday said the school would close.",
        "The message forwarded to members on Monday said the deal would cost $210 million.",
    ],
)
def test_whom_a_letter_went_to_is_never_its_writer(sentence):
    speaker = analyze(sentence)[0].speaker
    assert speaker.startswith("The ") and speaker not in ("parents", "members")


# --- round fifty-three -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # (a byline glued to its date, a read time glued to a comment count)
        "Temperance Okonkwo-ReidApril 14, 2027",
        "6 min read31 Comments",
        # (what a mail client, a cache and a site's editor add around a pasted page)
        "Sent from my Galaxy",
        "Snapshot as of 4 Mar 2027 10:41:07 GMT.",
        "The current page may have changed since.",
        "This is a preview.",
        "Status: Draft · Last saved by a.subeditor 6 minutes ago",
        "Slug: ferry-fares-rise-eight-per-cent",
        "SEO title: Ferry fares rise 8% | The Harbour Lantern",
        "Meta description: The island ferry will cost more from April.",
        "[NOTE TO SUBS: figures checked with the operator]",
        "Related posts will appear here once published.",
        # (a newsletter's sponsor in its own words; a box's prices and their time)
        "Today's Digest is made possible by Quayside Credit Union.",
        "This week's Letter is brought to you by Marram Books.",
        "Prices correct at 09:15 and may change.",
        # (a contact box's heading; a browser's print header)
        "Media enquiries",
        "4/3/27, 10:02 AM Ferry fares rise 8% from April | The Harbour Lantern",
    ],
)
def test_round_fifty_threes_furniture_glued_and_added_by_pasting_tools(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Join the WhatsApp group of the residents' association, the chair urged.",
        "McAllister said the iPhone app had been downloaded 40,000 times.",
        "This month's podcast is presented by Ama Owusu, who joined the station in 2019.",
        "Prices rose 4% in March, the statistics office said.",
        "Status reports are due by 5 p.m. on Friday, the council said.",
    ],
)
def test_story_lines_like_round_fifty_threes_furniture_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_ranked_list_under_its_label_with_ranks_on_lines_of_their_own():
    page = (
        "Harbour pool to close for a year of repairs\n\n"
        "The council voted 7-2 on Tuesday to close the pool.\n\n"
        "What Tollbridge is reading\n\n1\n\nLibrary hours cut at three branches from May\n\n"
        "2\n\nBakery on Quay Street closes after 40 years\n\n"
        "The pool reopens in 2028, the council said."
    )
    hidden = {s.text for s in analyze(page) if s.is_boilerplate}
    assert {
        "What Tollbridge is reading",
        "Library hours cut at three branches from May",
        "Bakery on Quay Street closes after 40 years",
    } <= hidden
    assert "The pool reopens in 2028, the council said." not in hidden


def test_earlier_coverage_and_its_headlines_are_links():
    page = (
        "The council voted 7-2 on Tuesday to close the pool.\n\nEarlier coverage\n\n"
        "Pool users petition the council to delay the closure\n\n"
        "Swimming clubs look for lanes in neighbouring towns\n\n"
        "The pool reopens in 2028, the council said."
    )
    hidden = [s.text for s in analyze(page) if s.is_boilerplate]
    assert hidden == [
        "Earlier coverage",
        "Pool users petition the council to delay the closure",
        "Swimming clubs look for lanes in neighbouring towns",
    ]


def test_the_writers_note_under_a_lower_case_byline_and_over_it_no_note():
    page = (
        "Clinic to stop night shifts in June\n\nby Marisol Quenby-Adair\n\nApril 7, 2027\n\n"
        "The clinic will close at 8 p.m. from June 1, its board said.\n\n"
        "Marisol Quenby-Adair covers health care in the valley for the Current.\n\n"
        "She grew up in Tollbridge."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Marisol Quenby-Adair covers health care in the valley for the Current."]
    assert reasons["She grew up in Tollbridge."]
    caption = (
        "Bridge to close for seven months\n\n"
        "Marisol Quenby-Adair reports from the bridge in Tollbridge.\n\n"
        "By: Marisol Quenby-Adair\n\nThe bridge will close on Jan. 5, the state said."
    )
    assert not analyze(caption)[1].is_boilerplate


def test_a_site_that_says_what_kind_of_medium_it_is_at_its_foot():
    page = (
        "KERERŪ NEWS\n\nClinic to stop night shifts in June\n\n"
        "The clinic will close at 8 p.m. from June 1, its board said.\n\n"
        "It saw 2,400 patients at night last year.\n\n"
        "Got a story for us? Send it to tips@kereru.example\n\n"
        "Kererū News is a public media organisation.\n\n"
        "The Valley Current is a 501(c)(3) nonprofit newsroom.\n\n"
        "Copyright © Kererū News 2027"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Kererū News is a public media organisation."] == "about the publisher"
    # (another medium, not the page's own by its furniture: news about it)
    assert not reasons["The Valley Current is a 501(c)(3) nonprofit newsroom."]
    appeal = (
        "It saw 2,400 patients at night last year.\n\nDonate today to keep local news free.\n\n"
        "Gifts are tax-deductible to the extent allowed by law.\n\nCopyright © Kererū News 2027"
    )
    assert analyze(appeal)[2].boilerplate_reason == "call for support"


def test_a_barred_tables_rows_under_an_empty_corner_stay_data():
    page = (
        "The No. 7 bus will run less often from March 1.\n\n| Now | From March 1\n\n"
        "Daytime frequency | every 15 min | every 30 min\n\n"
        "Last bus from the depot | 11.10pm | 9.40pm\n\n"
        "Journey time | approx. 25 min | approx. 28 min\n\nThe operator said drivers were short."
    )
    sentences = analyze(page)
    rows = [s for s in sentences if s.text.count("|") == 2 and not s.text.startswith("|")]
    assert len(rows) == 3 and not any(s.is_boilerplate for s in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KISUMU. The county has closed two markets after a cholera outbreak.",
            ["KISUMU. The county has closed two markets after a cholera outbreak."],
        ),
        (
            "NOTE. The figures are provisional.",
            ["NOTE.", "The figures are provisional."],
        ),
        ("Model No. | Wattage | Barcode", ["Model No. | Wattage | Barcode"]),
        (
            "She buys rice at the market on Old Sta. Mesa. Prices rose again.",
            ["She buys rice at the market on Old Sta. Mesa.", "Prices rose again."],
        ),
        (
            "The train terminates at Union Sta. Passengers must change.",
            ["The train terminates at Union Sta.", "Passengers must change."],
        ),
    ],
)
def test_round_fifty_threes_sentence_ends(text, expected):
    assert split_text(text) == expected


def test_a_datelines_place_in_capitals_is_not_the_speaker():
    sentence = analyze(
        "KISUMU. The Kisumu Traders' Association has told the court that the closure is unlawful."
    )[0]
    assert sentence.speaker == "Kisumu Traders' Association"


def test_a_qa_answered_by_the_person_we_spoke_to_with_an_accented_name():
    page = (
        "Cllr Brendan Tallis said the ferry was the island's lifeline.\n\n"
        "We spoke to the trust's chairperson, Éabha Nic Lochlainn, on the pier.\n\n"
        "Q: What does the trust need?\n\nA: Certainty, more than money.\n\n"
        "We get a grant letter every March.\n\nQ: Is the evening boat at risk?\n\n"
        "A: We cancelled 23 sailings last winter."
    )
    answers = [s for s in analyze(page) if s.text.startswith(("A:", "We get"))]
    assert [s.speaker for s in answers] == ["Éabha Nic Lochlainn"] * 3


def test_a_hawker_is_a_role_not_a_name():
    sentence = analyze("Hawker Lim Siew Mei, 58, said she would raise her prices.")[0]
    assert sentence.speaker == "Lim Siew Mei"


@pytest.mark.parametrize(
    "line",
    [
        "This is Google's cache of https://www.harbourlantern.example/news/ferry-fares.html.",
        "It is a snapshot of the page as it appeared on 4 Mar 2027 14:02:11 GMT.",
        "The current page could have changed in the meantime.",
        "Full version   Text-only version   View source",
    ],
)
def test_a_search_caches_banner_is_furniture(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('4. Health Minister Ms Adaeze Korley-Mensah said: "Every school will have a nurse."',
         "Adaeze Korley-Mensah"),
        ("The Ledger first reported the cost estimate in January.", "Ledger"),
        ("The traders' group Thrumwick First says footfall is down 12%.", "Thrumwick First"),
    ],
)  # fmt: skip
def test_a_numbered_paragraph_and_an_adverb_are_not_the_speakers(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        # (the second read's story lines near round fifty-three's rules)
        "Excerpt: The pool will close in June and staff will be redeployed.",
        "Status: unpublished findings show 40% of wells are contaminated.",
        "Snapshot on inflation: prices rose 4% in March.",
        "[Note: The figures exclude Scotland, where rates rose 12%.]",
        "[Ed Davey has promised to cut energy bills by 20%.]",
        "This Bill is sponsored by Senator Ana Ruiz and would cap rents at 3%.",
        "Today's Festival is sponsored by Heineken, which paid for the stage.",
        "Prices correct at launch have since doubled.",
    ],
)
def test_the_second_reads_story_lines_near_round_fifty_threes_rules_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_subheads_over_headline_shaped_lines_are_no_list_labels():
    page = (
        "The council voted 7-2 to close the pool.\n\nAlso on the ballot\n\n"
        "Measure A would raise the sales tax to fund the school bond\n\n"
        "Measure B would cap rents at 3% a year for tenants\n\nThe pool shut in 2019."
    )
    assert not any(s.is_boilerplate for s in analyze(page))


def test_a_table_whose_lines_open_with_a_bar_keeps_its_rows():
    page = "| Ward | Party | Votes\n\n| Abbey | Labour | 412\n\n| Castle | Green | 388\n\n| Docks | Reform | 291"
    assert [s.is_boilerplate for s in analyze(page)] == [True, False, False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the referendum, voters said no. | Photo: Ana Ruiz",
         ["In the referendum, voters said no.", "| Photo: Ana Ruiz"]),
        ("FALSE. The photo was taken in 2015, not last week.",
         ["FALSE.", "The photo was taken in 2015, not last week."]),
    ],
)  # fmt: skip
def test_the_second_reads_sentence_ends(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('NAIROBI. "We will not pay," said Governor Ann Wairimu.', "Ann Wairimu"),
        ("SEN. WARREN said the bill would cut costs by 10%.", "SEN. WARREN"),
    ],
)
def test_a_dateline_stop_neither_takes_a_quotations_speaker_nor_a_title(text, speaker):
    assert [s.speaker for s in analyze(text) if s.speaker] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    ["1. Avoid the hill roads between 7 p.m. and 7 a.m.", "2. Contact the operator for a refund."],
)
def test_numbered_orders_are_advice(sentence):
    assert "advice to readers" in analyze(sentence)[0].checkworthy_reasons


def test_the_writers_note_under_a_byline_with_its_role_glued_on():
    page = (
        "Park and ride fares to rise 70p\n\nOrla Brannigan-TuiteCity Hall Reporter\n\n"
        "06:00, 12 Feb 2027\n\nFares will rise from £4.50 to £5.20 in April, the council said.\n\n"
        "Orla Brannigan-Tuite joined the Gazette in 2021 and covers City Hall.\n\n"
        "She previously reported for a weekly paper in Cromer."
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[-2:] == ["author note", "author note"]


@pytest.mark.parametrize(
    "line",
    [
        "Return to the top ↑",
        "Swipe for more photos",
        "Live updates are paused.",
        "Resume",
        "QUOTE OF THE DAY",
        "What readers are saying",
        "Mehr zum Thema",
        "Count me in",
        "Conditions apply.",
        "Reklaam",
        "Registered at the GPO as a newspaper.",
        "Copying or redistribution without a licence is prohibited.",
    ],
)
def test_round_fifty_threes_page_controls_and_labels(line):
    assert _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "line",
    ["Resume talks, the union urged.", "Return to the top division is the club's aim."],
)
def test_story_lines_opening_like_page_controls_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    ["She doesn't believe the council's figures.", "Ann Lee never said the plant would close."],
)
def test_a_cue_denied_by_a_glued_not_names_no_one(sentence):
    # (the last read: "doesn't believe X" had named X, the object after the cue)
    assert analyze(sentence)[0].speaker == ""


def test_a_byline_with_its_role_on_the_next_line_of_a_single_break_paste():
    # (the last read: a paste with single line breaks had joined the byline to the headline)
    page = (
        "Ice storm to bring power cuts across the valley on Wednesday\n"
        "by Marisol Quenby, Chief Meteorologist\nPublished 6:02 a.m.\n"
        "Freezing rain will coat roads overnight, forecasters said."
    )
    sentences = analyze(normalize(page))
    assert sentences[0].text == "Ice storm to bring power cuts across the valley on Wednesday"
    assert sentences[1].is_boilerplate


# --- round fifty-four ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a release's letterhead and the reference atop each of its pages
        "For immediate release – 13 May 2026",
        "FOR IMMEDIATE RELEASE: March 3, 2026",
        "Ref: HAF/PR/07/2026",
        "HAF/PR/07/2026 – 2",
        # a sign-up form's other states
        "Sorry, there seem to be some issues.",
        "Please try again later.",
        "Submitting...",
        # a phone page's controls
        "Swipe up to keep reading",
        "Tap to view gallery (4 photos)",
        # a link's label glued to its headline by the paste
        "READ ALSO:Tanker drivers threaten strike over new axle-load rules",
        # what a chat export leaves of a message, and a message's header alone
        "image omitted",
        "<This message was deleted>",
        "[13/05/26, 6:47 am] Sailosi Delaimoala:",
    ],
)
def test_round_fifty_fours_furniture_lines_are_furniture(line):
    assert boilerplate.classify(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ref: the council's letter of 3 May",
        "For immediate release, the mayor said, the council will publish the report.",
        "Submitting a form takes ten minutes.",
        "Sorry, there seem to be some issues with the new bus timetable, the operator admitted.",
        "Mayor:We will fix it.",
    ],
)
def test_story_lines_near_round_fifty_fours_furniture_stay_story(line):
    assert not boilerplate.classify(line)
    assert not _between_story_lines(line).is_boilerplate


def test_a_chat_exports_header_is_furniture_and_its_message_a_sentence_of_its_own():
    page = (
        "The minister's claim spread on a messaging app this week.\n\n"
        "[3/12/26, 9:14 AM] Minister Okello: The vaccine causes infertility.\n\n"
        "13/12/2026, 18:47 - Josefa K: Carriers at Nausori are charging $10 already\n\n"
        "The claim is false."
    )
    sentences = analyze(page)
    texts = [s.text for s in sentences]
    assert texts[1:5] == [
        "[3/12/26, 9:14 AM] Minister Okello:",
        "The vaccine causes infertility.",
        "13/12/2026, 18:47 - Josefa K:",
        "Carriers at Nausori are charging $10 already",
    ]
    assert [s.is_boilerplate for s in sentences[1:5]] == [True, False, True, False]
    # (a page's date line with a dash is no chat header)
    assert split_text("01/15/2027 19:42 - Updated 01/15/2027 21:10") == [
        "01/15/2027 19:42 - Updated 01/15/2027 21:10"
    ]


def test_a_mountains_second_name_after_a_slash_keeps_its_abbreviation():
    assert split_text("She climbed Aoraki/Mt. Cook at 22. The mountains were her home.") == [
        "She climbed Aoraki/Mt. Cook at 22.",
        "The mountains were her home.",
    ]


def test_a_barred_tables_rows_under_a_header_with_a_years_label_are_data():
    page = (
        "Kestrel Ridge topped the table for the third year.\n\n"
        "Rank | School | Band 6 rate | 2025 rank\n\n"
        "1 | Kestrel Ridge High School | 71.4% | 1\n\n"
        "2 | Mt. Corrie Girls High School | 66.9% | 5\n\n"
        "3 | Ashgrove Selective High School | 61.8% | 3\n\n"
        "The results were released on Friday."
    )
    sentences = analyze(page)
    assert sentences[1].is_boilerplate  # the header
    assert not any(s.is_boilerplate for s in sentences[2:5])


def test_a_fixture_list_at_the_stories_end_is_data_not_links():
    page = (
        "Inverbrae drew 1-1 with Kilbride on Saturday.\n\n"
        "Rovers still have to go to Dunmarnock, where they have not won since 2019.\n\n"
        "Inverbrae's next three league fixtures\n\n"
        "Apr 11: Inverbrae vs. Carsebank Utd\n\n"
        "Apr 18: St. Colm's vs. Inverbrae\n\n"
        "Apr 25: Dunmarnock vs. Inverbrae"
    )
    sentences = analyze(page)
    assert [s.is_boilerplate for s in sentences[3:]] == [False, False, False]


def test_according_to_an_outlet_a_person_said_is_the_persons():
    said = _said(
        "According to Sauti ya Ziwa FM, Nyando deputy county commissioner Josphat Kiprono Langat "
        "said on Monday night that 1,140 households had been displaced.\n\n"
        "According to court papers, the county issued the notice under a by-law that the sacco "
        "says was void."
    )
    assert list(said.values()) == ["Josphat Kiprono Langat", "court papers"]


def test_a_count_confirmed_is_a_claim_of_the_one_who_confirms_it():
    said = _said(
        "Kisumu County director of education Everlyne Odhiambo-Rakewa has confirmed 112 schools "
        "are closed.\n\n"
        "The provincial health office has confirmed 1,204 dengue cases and nine deaths.\n\n"
        "The club confirmed on Monday that the stand would close."
    )
    assert list(said.values()) == [
        "Everlyne Odhiambo-Rakewa",
        "The provincial health office",
        "The club",
    ]


def test_people_briefed_on_a_matter_are_the_source_as_written():
    said = _said("Two people briefed on the matter said the firm had hired advisers in July.")
    assert list(said.values()) == ["Two people briefed on the matter"]


def test_a_brother_by_his_given_name_is_not_a_dean():
    said = _said(
        "Ray Hazelgrove said he signed the petition in February.\n\n"
        "Dean Hazelgrove said he had not been told about the petition.\n\n"
        "Ray said he had tried to raise it three times."
    )
    assert list(said.values()) == ["Ray Hazelgrove", "Dean Hazelgrove", "Ray Hazelgrove"]


def test_a_first_name_alone_is_the_one_person_the_text_named_in_full_with_it():
    said = _said(
        "Trudy Rempel has worked at the centre as a nurse since 1998.\n\n"
        "Trudy said the department had closed overnight only a handful of times.\n\n"
        "Kestane Markets, the broker, said revenue rose 4%.\n\n"
        "Kestane says it earned 84 cents per share."
    )
    assert list(said.values())[1:] == ["Trudy Rempel", "Kestane Markets", "Kestane"]


def test_translated_copys_office_and_place_are_no_part_of_the_name():
    said = _said(
        "“We cannot take the risk,” the deputy mayor of Rotterdam Marloes van der Hulst-Brink "
        "said at a press conference.\n\n"
        "Van der Hulst-Brink said repairs would take at least 14 months.\n\n"
        "The chairman of Rosslyn Farm Holdings said profits fell."
    )
    assert list(said.values()) == [
        "Marloes van der Hulst-Brink",
        "Marloes van der Hulst-Brink",
        "The chairman of Rosslyn Farm Holdings",
    ]


def test_declining_to_respond_and_questions_sent_on_a_date_name_who_said_nothing():
    said = _said(
        "Annelot de Waard-Pijnacker runs the ferry.\n\n"
        "De Waard-Pijnacker declined to respond to that.\n\n"
        "The town's mayor, Ramil Dungca-Lansangan, did not respond to questions sent on March 9."
    )
    assert list(said.values())[1:] == ["Annelot de Waard-Pijnacker", "Ramil Dungca-Lansangan"]


def test_an_explainers_questions_and_whom_it_spoke_to_give_no_answers_a_speaker():
    said = _said(
        "How will the new levy work?\n\n"
        "What happens next?\n\n"
        "Can you appeal?\n\n"
        "The Herald spoke to residents on Monday.\n\n"
        "Most residents pay the levy by direct debit.\n\n"
        "Do you need to apply?\n\n"
        "Most do not."
    )
    assert said["Most residents pay the levy by direct debit."] == ""
    assert said["Most do not."] == ""


def test_ranked_barred_rows_without_a_header_are_a_results_table():
    page = (
        "Gellizeau-Boochoon broke the national record in the 50m freestyle.\n\n"
        "Men's 50m freestyle\n\n"
        "1 | T. Gellizeau-Boochoon | Mt. Hope Tarpons | 21.47 NR\n\n"
        "2 | J. Harricharan | Mt. Hope Tarpons | 21.93\n\n"
        "3 | S. Maingot | Pt. Fortin Flying Fish | 22.08\n\n"
        "The meet ends on Sunday."
    )
    sentences = analyze(page)
    assert not any(s.is_boilerplate for s in sentences[2:5])
    # (a strip of links has no rank before a figure)
    assert boilerplate.classify("Home | News | Sport | Business")


@pytest.mark.parametrize(
    "line",
    [
        "Feeder waiting times at JBCT (hours)",
        "Vaitarna Tyres: Q4 at a glance (₹ crore)",
        "WHERE THE MONEY GOES (Sh billion)",
    ],
)
def test_a_tables_title_with_its_unit_in_brackets_is_furniture(line):
    assert boilerplate.classify(line)


def test_a_tables_unit_after_a_claim_keeps_the_claim():
    assert not boilerplate.classify("The wait rose to 40 (hours)")


def test_a_browsers_page_title_over_the_pages_own_headline_is_furniture():
    page = (
        "Seven killed as bus, fuel tanker collide near Nsutapong - Kente Courier\n\n"
        "https://www.kentecourier.com.gh/regional/seven-killed/\n\n"
        "Seven killed as bus, fuel tanker collide near Nsutapong on Accra–Kumasi highway\n\n"
        "Seven people died on Sunday when a bus collided head-on with a fuel tanker.\n\n"
        "© 2026 Kente Courier."
    )
    sentences = analyze(page)
    assert sentences[0].is_boilerplate
    assert not sentences[2].is_boilerplate
    # (with no headline of its own below, the title is the story's headline)
    alone = page.replace(
        "Seven killed as bus, fuel tanker collide near Nsutapong on Accra–Kumasi highway\n\n", ""
    )
    assert not analyze(alone)[0].is_boilerplate


def test_an_ordinal_with_consecutive_counts_as_a_comparison():
    sentence = analyze("It was the third consecutive quarter in which murders declined.")[0]
    assert "comparison" in sentence.checkworthy_reasons


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By: Ramoncito D. Cabarrubias Jr.", "byline"),
        ("By A. Name Sr.", "byline"),
        ("Candidate | Votes | Pct.", "navigation or share strip"),
        ("P W D L Pts", "table header"),
        ("Pos Team Pld W D L GD Pts", "table header"),
        ("EC Observer pic by Azlan Hafiz-Rahim", "credit"),
        ("— Lembah Post pic by Eddie Loh Kah Meng", "credit"),
    ],
)
def test_bylines_ending_in_a_suffix_headers_and_outlets_picture_credits(line, reason):
    assert boilerplate.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "By then it was too late for Team B.",
        "By Tuesday the river had risen to 4 m.",
        "Readers Pics By Night Show Storm Damage",
        "Smith | Labour | 4,120 | 51 Pct.",
    ],
)
def test_lines_like_bylines_headers_and_credits_stay_story(line):
    assert not boilerplate.classify(line)


def test_which_it_said_is_the_bodys_own_clause_not_its_antecedent():
    said = _said(
        "The company said the January letter had asked only for drain maintenance, which it "
        "said was carried out in March.\n\n"
        "It said it would pay for temporary accommodation."
    )
    assert list(said.values()) == ["The company", "The company"]


# (the second read's cases against this round's rules)


def test_a_count_confirmed_by_a_test_or_a_tally_is_no_ones_claim_but_the_source_after_it():
    said = _said(
        "Blood tests confirmed 14 children had been exposed to lead, the health board said.\n\n"
        "Scans confirmed two fractures in his left leg, the club said.\n\n"
        "Genome sequencing has confirmed 12 cases.\n\n"
        "The final count confirmed 62 seats for the party."
    )
    assert list(said.values()) == ["the health board", "the club", "", ""]


def test_according_to_someone_who_relays_it_stays_their_account():
    said = _said(
        "According to witnesses, the officer said nothing before he fired twice.\n\n"
        "According to Ana Folau, Tom Reti said the money had been spent on flights.\n\n"
        "According to Awaz-e-Punjab TV, minister Faiza Kasuri said a ban was being considered."
    )
    assert list(said.values()) == ["witnesses", "Ana Folau", "Faiza Kasuri"]


def test_a_first_name_that_the_text_gives_someone_else_resolves_to_nobody_in_full():
    said = _said(
        "Mia Tupou, the school's principal, said the roof leaked.\n\n"
        "Mia, 9, said water dripped onto her desk most days.\n\n"
        "Tom Reti was killed when his car left the road.\n\n"
        "His son, also named Tom, said the bend had no barrier.\n\n"
        "Tom said the family would sue."
    )
    assert said["Mia, 9, said water dripped onto her desk most days."] == "Mia"
    assert said["Tom said the family would sue."] != "Tom Reti"


def test_an_office_the_text_writes_in_small_letters_is_a_title_before_the_surname():
    said = _said(
        "Tom Reti, a retired army major who chairs the veterans' association, spoke first.\n\n"
        "Major Reti said the waiting list had doubled since 2022."
    )
    assert said["Major Reti said the waiting list had doubled since 2022."] == "Tom Reti"


def test_a_person_of_two_given_names_after_of_is_no_place_and_a_name():
    said = _said("The lawyer of Juan Carlos Pérez said his client had paid all taxes.")
    assert list(said.values()) == ["The lawyer of Juan Carlos Pérez"]


def test_a_timed_entry_whose_sender_is_a_clause_is_no_chat_header():
    page = (
        "Live: the hospital under pressure\n\n"
        '14/05/2026, 09:30 - Health minister Ana Folau said: "We have 42 patients in intensive'
        ' care."\n\n'
        "[13/05/26, 6:47 am] +64 21 555 0134: The bridge is shut.\n\n"
        "\u200e[13/05/26, 6:48 am] Josefa K: \u200eimage omitted"
    )
    sentences = analyze(page)
    assert sentences[1].speaker == "Ana Folau"
    assert not sentences[1].is_boilerplate
    assert [s.text for s in sentences[2:4]] == [
        "[13/05/26, 6:47 am] +64 21 555 0134:",
        "The bridge is shut.",
    ]
    assert sentences[2].is_boilerplate and not sentences[3].is_boilerplate
    assert all(s.is_boilerplate for s in sentences[4:])


def test_an_explainers_subheads_over_its_own_paragraphs_are_no_interview():
    said = _said(
        "Rates are rising again. Here's what it means for you\n\n"
        "Our reporter sat down with Dr Hana Kealoha, chief economist at Kente Bank, to answer "
        "your questions.\n\n"
        "Should you fix your mortgage now?\n\n"
        "Most banks now offer one-year rates of 6.9%, up from 6.1% in January.\n\n"
        "Will your rent go up?\n\n"
        "The Reserve Bank meets again on July 9.\n\n"
        "Can you still get a loan?\n\n"
        "Lenders approved 4,100 loans in May."
    )
    assert said["Most banks now offer one-year rates of 6.9%, up from 6.1% in January."] == ""
    assert said["The Reserve Bank meets again on July 9."] == ""


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, there were problems with the rollout.",
        "Sorry, there was an error with the vote count.",
        "Ref: HIV/AIDS/TB",
    ],
)
def test_news_shaped_like_a_forms_message_or_a_reference_stays_story(line):
    assert not boilerplate.classify(line)


def test_a_gaelic_surname_with_its_article_and_a_regular_before_a_name():
    said = _said(
        "Cllr Calum Mac an Tàilleir, who leads the opposition, said the closures would hurt.\n\n"
        "“Visitors don’t stop where they can’t stop,” Mac an Tàilleir said.\n\n"
        "Regular Brenda Walmsley, 74, told the Klaxon the chips were the best in town.\n\n"
        "The council said an Inverness firm won the contract."
    )
    assert list(said.values()) == [
        "Calum Mac an Tàilleir",
        "Calum Mac an Tàilleir",
        "Brenda Walmsley",
        "The council",
    ]


def test_what_a_sign_tells_people_to_do_is_no_advice_of_the_pages():
    assert not _between_story_lines(
        "The doors are locked at 8 p.m. and a sign tells people to call 911."
    ).is_boilerplate


@pytest.mark.parametrize(
    "line", ["The closures:", "Under the ordinance:", "The committee's findings:", "The result:"]
)
def test_a_lead_in_to_the_storys_own_list_by_its_noun_is_story(line):
    assert not _between_story_lines(line).is_boilerplate


@pytest.mark.parametrize("line", ["Share this:", "In this article:", "Read more on:"])
def test_a_pages_labels_with_a_colon_stay_furniture(line):
    assert boilerplate.classify(line) or _between_story_lines(line).is_boilerplate


# (the last read's cases)


def test_a_chat_header_on_a_line_of_its_own_starts_a_sentence_and_a_chats_notes_are_furniture():
    page = (
        "13/05/2026, 18:40 - Messages and calls are end-to-end encrypted. No one outside of "
        "this chat, not even WhatsApp, can read or listen to them.\n"
        '13/05/2026, 18:41 - Kelly Bright created group "Hillside Primary Parents"\n'
        "[13/05/26, 6:49 am] Dawn Okafor-Reyes: Where did you see that\n"
        "[13/05/26, 6:50 am] Marek Zielinski: Local radio said the school is shut."
    )
    sentences = analyze(page)
    texts = [s.text for s in sentences]
    assert "Where did you see that" in texts
    assert "Local radio said the school is shut." in texts
    assert all(s.is_boilerplate for s in sentences[:4])
    # (a live page's timed line of news is no note of a chat's)
    assert not boilerplate.classify("13/05/2026, 18:45 - The council added 40 beds to the ward")


def test_added_with_a_thing_counted_in_words_is_no_saying():
    said = _said(
        "The city has added three bus routes.\n\n"
        "The minister added three of the projects would be delayed."
    )
    assert list(said.values()) == ["", "The minister"]


def test_a_pronoun_after_an_unnamed_persons_words_and_their_quotation_is_theirs():
    said = _said(
        "Police commissioner Johan Pretorius-Mabuza said two people had died in the blast.\n\n"
        "A local business owner, who asked not to be named, said residents heard two loud "
        "explosions.\n\n"
        '"The whole house shook. We thought it was a gas tanker," he said.'
    )
    assert said['We thought it was a gas tanker," he said.'] == "A local business owner"


# --- round fifty-five ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "el" and "ben" between a name's words are the name's, as "van" and "bin" are
        ("“We will appeal,” said Karim el Idrissi, a lawyer for the family.", "Karim el Idrissi"),
        ("Omar ben Salah, the mayor, said 40 homes flooded.", "Omar ben Salah"),
    ],
)
def test_el_and_ben_are_particles_of_a_name(sentence, speaker):
    assert _said(sentence)[sentence] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar bensalah, the mayor, said 40 homes flooded.",
        "The mayor, a former teacher, said 40 homes flooded.",
    ],
)
def test_a_count_after_the_cue_is_what_was_said_never_its_speaker(sentence):
    assert "40" not in _said(sentence)[sentence]


def test_one_row_under_a_barred_header_is_data():
    page = (
        "Mariam Odhiambo-Kerr won the Ward 3 by-election on Thursday.\n\n"
        "Turnout rose to 41%, the council said.\n\n"
        "Candidate | Party | Votes\n\n"
        "Mariam Odhiambo-Kerr | Labour | 1,412\n\n"
        "The result will be formally declared on Monday."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Candidate | Party | Votes"]
    assert not reasons["Mariam Odhiambo-Kerr | Labour | 1,412"]
    # (a strip of links with a figure under a strip of links stays furniture)
    strips = (
        "Home | News | Sport\n\nLive | Page 2 | Login\n\nMariam Odhiambo-Kerr won the by-election."
    )
    assert all(s.is_boilerplate for s in analyze(strips)[:2])


@pytest.mark.parametrize(
    "line",
    [
        # a strand's sponsor, the sponsor named with its article or the strand a newsletter's
        "This election coverage is supported by the Ogbomoso Civic Media Fund.",
        # a reader greeted in their own language
        "Bula vinaka and good morning.",
        # a print view's head, a web archive's banner, a text-only page's note and menu
        "Printed from salonestandard.sl on 19/02/2026 at 11:42",
        "This page was captured on 22 Oct 2026 08:14:07 UTC.",
        "Some images and ads may be missing from this capture.",
        "You are viewing the text-only version.",
        "[Home] [Local] [Business] [Sport] [Tenders] [Notices]",
        # a release's letterhead: its private bag and its phone
        "Private Bag 326, Lilongwe 3  |  Tel: (265) 1 775 409",
    ],
)
def test_round_fifty_fives_furniture_lines_are_furniture(line):
    assert boilerplate.classify(line)


@pytest.mark.parametrize(
    "line",
    [
        "The festival is sponsored by Pellmoor Bank.",
        "The festival is supported by the Arts Council.",
        # (a second read's: a briefing's presenter, a sponsor in the story, a festival's own)
        "Today's briefing was presented by Chief Medical Officer Lela Pinto.",
        "Both schools' sports are sponsored by the Tawa Dairy Cooperative, which pays for kits.",
        "The festival's weather forecasts are supported by the Met Office.",
        "Bus services on the island are supported by the Transport Fund.",
        "Rain and good morning tea sold out at the fair.",
        "The image was captured on Monday by a drone.",
        "He said [the plan] [was] [dead].",
        "Call (555) 123 4567 to book a seat, the council said.",
    ],
)
def test_story_lines_near_round_fifty_fives_furniture_stay_story(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_sponsors_line_takes_its_hands_off_line_with_it():
    page = (
        "The council voted 7-2 to close the pool.\n\n"
        "This election coverage is supported by the Ogbomoso Civic Media Fund. "
        "The fund has no say over what we report.\n\n"
        "The pool shut in 2019."
    )
    reasons = [s.boilerplate_reason for s in analyze(page)]
    assert reasons[0] == "" and reasons[-1] == ""
    assert all(reasons[1:3])


def test_a_comment_policy_in_prose_is_furniture_under_its_heading():
    page = (
        "The council voted 7-2 to close the pool, the mayor said on Monday.\n\n"
        "Comments\n\n"
        "Our comment section is for debate about the story, not about each other. "
        "Posts that are abusive or off-topic are removed, and repeat offenders are blocked.\n\n"
        "© Mercury Media Ltd 2026"
    )
    assert all(s.is_boilerplate for s in analyze(page)[1:])
    # (a story's sentences of the same words stay, beside a share strip too)
    story = (
        "The platform changed its rules on Monday, its chief said.\n\n"
        "Comments that break its rules are removed.\n\n"
        "Posts that are abusive are removed, and repeat offenders are blocked.\n\n"
        "Share this article"
    )
    assert not any(s.is_boilerplate for s in analyze(story)[:3])


def test_a_newsletters_sender_with_its_address_is_furniture_on_its_own():
    page = (
        "From: Pacific Morning Brief <hello@pacificmorningbrief.fj>\n\n"
        "Water cut to 38,000 Suva homes\n\n"
        "The utility said 38,000 homes lost water on Tuesday."
    )
    sentences = analyze(page)
    assert sentences[0].boilerplate_reason == "email header"
    assert not sentences[1].is_boilerplate


def test_a_banner_under_a_phones_folded_menu_is_furniture_and_the_headline_stays():
    page = (
        "☰   THE KINGSTON ENQUIRER   🔍\n\n"
        "Subscribe  |  Open in app\n\n"
        "STORM ALERT: Tropical storm warning in effect for St Thomas, Portland and St Mary\n\n"
        "News › Weather\n\n"
        "Odessa: 64 shelters open in St Thomas and Portland as storm nears\n\n"
        "By A. Reporter\n\n"
        "Sixty-four shelters opened on Sunday, the disaster office said."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons[
        "STORM ALERT: Tropical storm warning in effect for St Thomas, Portland and St Mary"
    ]
    assert not reasons["Odessa: 64 shelters open in St Thomas and Portland as storm nears"]


def test_data_under_a_header_of_years_and_fixtures_with_their_day_stay():
    page = (
        "The inspectors rated the school unsatisfactory, the report said on Monday.\n\n"
        "Area | 2022 | 2026\n\n"
        "Leadership and management | Unsatisfactory | Good\n\n"
        "Teaching support for learning | Unsatisfactory | Satisfactory\n\n"
        "The school will be inspected again in 2028.\n\n"
        "UPL FIXTURES THIS WEEKEND\n\n"
        "Kireka United vs. Busoga Stars — Saturday, 4pm\n\n"
        "Nsambya City FC vs. Lira Eagles — Sunday, 3pm\n\n"
        "The league resumes after the break."
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert reasons["Area | 2022 | 2026"]
    for row in (
        "Leadership and management | Unsatisfactory | Good",
        "Kireka United vs. Busoga Stars — Saturday, 4pm",
        "Nsambya City FC vs. Lira Eagles — Sunday, 3pm",
    ):
        assert not reasons[row], row


def test_bullets_under_an_explainers_heading_at_the_foot_are_the_storys():
    page = (
        "The council voted 7-2 to fine drivers in the bus lanes, the minister said on Monday.\n\n"
        "HOW THE FINES WORK\n\n"
        "• €85 for each offence, 7am–7pm, Monday to Friday\n\n"
        "• Buses and ambulances are exempt\n\n"
        "Tags: Nicosia, transport"
    )
    reasons = {s.text: s.boilerplate_reason for s in analyze(page)}
    assert not reasons["• €85 for each offence, 7am–7pm, Monday to Friday"]
    assert not reasons["• Buses and ambulances are exempt"]
    links = page.replace("HOW THE FINES WORK", "What to read next").replace(
        "• €85 for each offence, 7am–7pm, Monday to Friday", "• Man jailed for arson attack"
    )
    assert {s.text: s.boilerplate_reason for s in analyze(links)}["• Man jailed for arson attack"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            # (a second read's: words left out of a quotation, not its end)
            "The minister said the plan was “ambitious … Perhaps too ambitious” for the budget.",
            ["The minister said the plan was “ambitious … Perhaps too ambitious” for the budget."],
        ),
        (
            "“This is a dream for me and my mother!” Wasswa-Kizito said in a video posted by Atlas Agadir.",
            [
                "“This is a dream for me and my mother!” Wasswa-Kizito said in a video posted by Atlas Agadir."
            ],
        ),
        ("Ref. No. MTCW/PR/2026/41", ["Ref. No. MTCW/PR/2026/41"]),
        ("Ref. No one came.", ["Ref.", "No one came."]),
    ],
)
def test_round_fifty_fives_sentence_ends(text, sentences):
    assert split_text(text) == sentences


def test_an_adjective_before_a_cue_word_makes_it_a_noun():
    sentence = "The council dropped the plan after a new estimate put the cost at $26.7 million."
    assert _said(sentence)[sentence] != "a new"
    assert _said("Analysts estimate the cost at $4m.")["Analysts estimate the cost at $4m."] == (
        "Analysts"
    )


def test_one_who_declined_and_went_on_to_say_is_named_in_full():
    sentence = "A spokesman for the department declined to comment, saying the matter was before the court."
    assert _said(sentence)[sentence] == "A spokesman for the department"


def test_another_of_a_first_name_and_surname_is_not_the_one_with_a_middle_name():
    # (a second read's: a rule that took them for one person was dropped)
    body = (
        "Opposition leader Maria Elena Cruz said the vote was rigged.\n\n"
        "Electoral commissioner Maria Cruz said the count was fair."
    )
    assert _said(body)["Electoral commissioner Maria Cruz said the count was fair."] == (
        "Maria Cruz"
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (a second read's: an age or a name with a figure after the cue is the speaker's)
        (
            "The bridge will stay closed until March, said 34-year-old site engineer Tomas Varga.",
            "Tomas Varga",
        ),
        ("The store will close, said 7-Eleven spokeswoman Mia Tran.", "Mia Tran"),
        # (a name ending in an adjective's word is still a name)
        ("Ardmore Fresh says it will close two stores.", "Ardmore Fresh"),
    ],
)
def test_round_fifty_fives_speakers_a_second_read_kept(sentence, speaker):
    assert _said(sentence)[sentence] == speaker


def test_a_labelled_headline_under_a_masthead_and_a_date_stays():
    page = (
        "THE KELBY COURANT\n\n12 March 2026\n\n"
        "Breaking news: Factory fire forces evacuation of 300 homes\n\n"
        "Residents told to keep windows shut as smoke drifts over town\n\n"
        "A fire at a chemical plant forced 300 households to leave on Thursday, police said."
    )
    assert not analyze(page)[2].is_boilerplate


def test_a_pages_footer_under_a_header_of_years_and_links_under_a_heading_stay_furniture():
    footer = (
        "The council voted 7-2 to close the pool, the mayor said on Monday.\n\n"
        "Archive | 2025 | 2026\n\nPrivacy policy | Terms of use | Cookie settings\n\n"
        "About us | Contact | Advertise\n\n© Kelby Media 2026"
    )
    assert all(s.is_boilerplate for s in analyze(footer)[1:])
    links = (
        "The council voted 7-2 to fine drivers, the minister said on Monday.\n\n"
        "What people are talking about\n\n• Man jailed for arson attack\n\n"
        "• Bus fares rise again\n\nTags: Nicosia"
    )
    assert all(s.is_boilerplate for s in analyze(links)[1:])


def test_the_storys_data_under_its_lead_in_stays_and_a_pages_list_does_not():
    page = (
        "Tickets for the Eid trains go on sale ten days ahead, the railway said on Monday.\n\n"
        "Sale dates for outbound journeys:\n\n"
        "March 4 → journeys on March 14\n\n"
        "March 5 → journeys on March 15\n\n"
        "March 6 → journeys on March 16\n\n"
        "No tickets will be sold at station counters, the railway said."
    )
    sentences = analyze(page)
    assert not any(s.is_boilerplate for s in sentences[1:5])
    sources = page.replace("Sale dates for outbound journeys:", "Sources:")
    assert all(s.is_boilerplate for s in analyze(sources)[1:5])


@pytest.mark.parametrize(
    ("span", "name"),
    [
        # a seat or an area of several words after a rank's "for", and a coroner's
        ("Senior coroner for North West Wales Katrin Pryce-Ellis", "Katrin Pryce-Ellis"),
        ("Member for North West Durham Jane Doe", "Jane Doe"),
        ("Member for North Antrim Jane Doe", "Jane Doe"),
        # a portfolio of several words, its field last
        ("Minister of Economic Development Saman Dissanayake-Gray", "Saman Dissanayake-Gray"),
        ("Director of Meteorology ʻOfa Taumoepeau-Hufanga", "ʻOfa Taumoepeau-Hufanga"),
        ("Minister of State for National Development Mary Ann Jones", "Mary Ann Jones"),
    ],
)
def test_round_fifty_fives_names_after_their_offices(span, name):
    assert naming.person_name(span) == name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kayak guide Petrus !Gâseb-Mutota said the birds came close.", "Petrus !Gâseb-Mutota"),
        ("ʻOfa Taumoepeau-Hufanga said the rain had failed.", "ʻOfa Taumoepeau-Hufanga"),
        (
            "The Alkalo of Sintet, Alhagie Ebrima Jatta-Colley, said his village lost 37 cattle.",
            "Ebrima Jatta-Colley",
        ),
        ("Supporter Mele Tauiliili-Fong said she hoped the side would win.", "Mele Tauiliili-Fong"),
    ],
)
def test_names_with_their_glottal_stops_and_clicks_and_titles_dropped(sentence, speaker):
    assert _said(sentence)[sentence] == speaker


def test_a_shared_posts_page_name_over_its_stamp_is_furniture_and_its_headline_stays():
    page = (
        "Lubombo Times\n\n"
        "14 May at 18:20 · 🌍\n\n"
        "📢 EDUCATION | Govt pays E87 million in late free primary education grants\n\n"
        "MBABANE – The Ministry of Education has paid E87 million in grants, it said."
    )
    sentences = analyze(page)
    assert sentences[0].boilerplate_reason == "masthead"
    assert not sentences[2].is_boilerplate
    # (a channel's prompt under the same sign has its own words)
    assert boilerplate.classify("📢 Join the Rift Observer WhatsApp channel for breaking news")
    # (a title-case headline over a page's date is no post's page name)
    headline = "Storm Closes Coast Roads\n\n14 May 2026\n\nThe storm closed six roads on Monday."
    assert not analyze(headline)[0].is_boilerplate


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Morning from Walvis Bay.", True),
        ("Evening from London.", True),
        ("Morning from Walvis Bay brought rain to the port.", False),
        ("Morning from the coast brought fog.", False),
    ],
)
def test_a_newsletters_greeting_from_its_town(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_a_sentences_own_cue_before_a_quotation_is_no_transcripts_turn():
    # (the last read's: a page with "MORE: …" lines read as a transcript's turns)
    page = (
        "MORE: Mum who lied about cancer jailed\n"
        "Prosecutor Anthony Greaves said the couple had debts of more than £210,000.\n"
        "Sentencing, Judge Miriam Okonjo told Pennock: 'You put rescuers' lives at risk.'\n"
        "MORE: Ex-soldier who stole from a charity walks free\n"
        "MORE: Woman who claimed to be a nurse jailed"
    )
    said = _said(page)
    line = "Sentencing, Judge Miriam Okonjo told Pennock: 'You put rescuers' lives at risk.'"
    assert said[line] == "Miriam Okonjo"


@pytest.mark.parametrize(
    ("page", "furniture"),
    [
        ("To: you@example.com\n\nWater cut to 38,000 homes\n\nThe utility said so.", True),
        ("To: the point, the board rejected it.\n\nIt did so on Monday.", False),
    ],
)
def test_a_readers_address_line_is_an_email_header(page, furniture):
    assert analyze(page)[0].is_boilerplate is furniture


def test_an_archived_copys_note_is_furniture():
    assert boilerplate.classify("This is an archived copy.")
    line = "This is an archived copy of a 1998 letter, the court heard."
    assert not _between_story_lines(line).is_boilerplate


# --- round fifty-six ------------------------------------------------------------------------------


def _thread_at_foot(comments: str) -> list:
    """A story of ten lines, then a thread of readers' comments at the page's foot."""
    story = "\n\n".join(f"The council spent £{n}m on roads in {2010 + n}." for n in range(10))
    return analyze(f"Roads budget rises again\n\n{story}\n\n{comments}")


@pytest.mark.parametrize(
    "thread",
    [
        # a phone's short stamps, two readers, no Reply buttons
        "Comments (27)\n\nReynaldo C. · 2h\n\nSame on our street, three kids got sick.\n\n"
        "The council only fogged once.\n\nLea M. · 1h\n\nStay safe everyone",
        # a reader from a town under the thread's rules
        "Comments\n\nComments are moderated and may take up to a day to appear.\n\n"
        "Greg from Curlewis · 3h\n\nTypical.\n\nThey let it rot for 20 years.",
        # under the rules, a reader's name and how long ago
        "14 Comments\n\nComments are moderated.\n\nKeep it civil and on topic.\n\n"
        "Tate Haipinge • 2 hours ago\n\nEvery year the same story.\n\n"
        "The quota goes down but the rights go to the same five families.",
    ],
)
def test_readers_comments_at_the_foot_are_furniture_with_short_stamps_or_rules(thread):
    lines = _thread_at_foot(thread)
    assert not any(s.is_boilerplate for s in lines[1:11])  # the story
    assert all(s.is_boilerplate for s in lines[11:]), [
        s.text for s in lines[11:] if not s.is_boilerplate
    ]


def test_a_name_and_a_short_stamp_over_the_story_make_no_thread():
    # (a "Comments (3)" button at the head, a byline with "2h", the story under it)
    lines = analyze(
        "Comments (3)\n\nAma Boateng · 2h\n\nThe council voted 7-2 to close the pool.\n\n"
        "The pool shut in 2019.\n\nIts roof had leaked since 2015."
    )
    assert not any(s.is_boilerplate for s in lines[2:])


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Crime fell in 2025.\n\nSelected offences, Winnipeg, 2024 vs. 2025\n\n"
            "Offence | 2024 | 2025 | Change\n\nHomicide | 44 | 29 | -34.1%\n\n"
            "Robbery | 1,544 | 1,677 | +8.6%",
            "Selected offences, Winnipeg, 2024 vs. 2025",
        ),
        (
            "Food prices rose for a fifth week, the bureau said.\n\nSPI: selected items, week ended March 5\n\n"
            "Item | Unit | Avg price (Rs) | Weekly change\n\nTomatoes | kg | 214.60 | +31.4%\n\n"
            "Onions | kg | 187.35 | +12.6%",
            "SPI: selected items, week ended March 5",
        ),
        (
            "Storage stood at 7.86 TMC.\n\nStorage on May 12 (in TMC)\n\nKhadakwasla: 0.61\n\n"
            "Panshet: 2.84\n\nVarasgaon: 3.72",
            "Storage on May 12 (in TMC)",
        ),
    ],
)
def test_a_tables_title_over_its_header_or_its_labelled_figures_is_furniture(page, title):
    lines = analyze(page)
    assert [s.text for s in lines if s.is_boilerplate and "|" not in s.text] == [title]


@pytest.mark.parametrize(
    "page",
    [
        # a question and a lead-in over a list are the story's
        "So what does a tanker cost?\n\n1,000 gallons: Rs 2,310\n\n3,000 gallons: Rs 4,130\n\n"
        "6,000 gallons: Rs 6,400",
        "Its members are:\n\nChair: 4 years\n\nTreasurer: 3 years\n\nSecretary: 2 years",
        # a sentence without its stop over such lines
        "The gap widened in 2025\n\nKhadakwasla: 0.61\n\nPanshet: 2.84\n\nVarasgaon: 3.72",
        # a row over rows
        "Majority: 495\n\nElectorate: 6,148\n\nTurnout: 41%\n\nSpoilt: 12",
    ],
)
def test_a_question_a_lead_in_or_a_row_over_a_list_is_no_tables_title(page):
    assert not analyze(page)[0].is_boilerplate


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("(With a report from Kristel Anne Pedregosa-Lim)", True),
        ("With reports from Ana Cruz in Iloilo", True),
        ("With a report from the ministry, the council acted.", False),
        ("With reports from residents pouring in, police closed the road.", False),
    ],
)
def test_a_colleagues_report_credited_at_the_foot_is_furniture(line, furniture):
    assert _between_story_lines(line).is_boilerplate is furniture


def test_a_mail_clients_sender_without_its_label_is_an_email_header():
    page = (
        "Inbox\n\nCedi & Cocoa <briefing@harmattanmedia.com.gh>\n\nThu, 14 May, 06:02\n\n"
        "Cocoa farmers are still waiting for their money.\n\nThe board paid 41% of them in April."
    )
    lines = analyze(page)
    assert lines[1].is_boilerplate
    assert not lines[3].is_boilerplate
    # (an address in the story's own line is no header)
    story = analyze("The mayor wrote to Ama Mensah <ama@example.gh> on Monday.")
    assert not story[0].is_boilerplate


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The owner of the cattle, Rre Mothusi Baitsile, 67, told the court he had found the hides.",
            "Mothusi Baitsile",
        ),
        ("Mma Kelebogile Sechele said the clinic had run out of insulin.", "Kelebogile Sechele"),
        (
            "Pemagatshel Dzongdag Dasho Ugyen Namgyel said every school would buy local vegetables.",
            "Ugyen Namgyel",
        ),
    ],
)
def test_setswana_and_bhutanese_titles_are_dropped_before_a_name(body, speaker):
    assert analyze(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Share: f X in ✉", True),
        ("Share it", False),
        ("(Screengrab from Board Member Ma. Rosario dela Peña-Sornito's Facebook video)", True),
        ("Screenshot from a video posted by the club", True),
        ("Screenshots of the messages show the mayor agreed.", False),
        ("From p. 6: Boarding stipend", True),
        ("From Monday: buses run hourly", False),
        ("Kinara is an independent, reader-funded magazine.", True),
        ("Kinara is an independent magazine.", False),
    ],
)
def test_icons_screengrabs_jumps_and_a_magazines_own_money(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Cookies on the Perth & Kinross Council website", True),
        ("Cookies on the Isle of Man Government website", True),
        ("Cookies on the rise at the bakery", False),
    ],
)
def test_a_cookie_notices_heading_names_its_site_with_its_joiners(line, furniture):
    assert bool(boilerplate.classify(line)) is furniture


def test_ngultrum_and_taka_before_a_figure_end_no_sentence():
    assert split_text("Boarding stipend raised to Nu. 1,800 a month. It was Tk. 650 before.") == [
        "Boarding stipend raised to Nu. 1,800 a month.",
        "It was Tk. 650 before.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spokesperson Asst. Comm. Tinashe Marufu-Chigumba confirmed the deaths.",
            ["Spokesperson Asst. Comm. Tinashe Marufu-Chigumba confirmed the deaths."],
        ),
        (
            "The case, Vunivesi v. Coral Sands Resorts (Fiji) Ltd., No. HBC 114 of 2023, was filed.",
            [
                "The case, Vunivesi v. Coral Sands Resorts (Fiji) Ltd., No. HBC 114 of 2023, was filed."
            ],
        ),
        # (an answer, then a sentence that opens with a case's letters)
        (
            "Is it over? No. HBC 114 of 2023 is still open.",
            ["Is it over?", "No.", "HBC 114 of 2023 is still open."],
        ),
    ],
)
def test_a_commissioners_title_and_a_cases_letters_and_year_end_no_sentence(text, expected):
    assert split_text(text) == expected


def test_a_comments_button_under_the_headline_over_a_byline_with_a_short_stamp_hides_no_story():
    # (the second read's: a phone's byline "A Name · 45m" under a "12 comments" button)
    menu = "\n\n".join(["Balita", "Probinsya", "Negosyo", "Isport", "Showbiz", "Opinyon", "Video"])
    page = (
        f"{menu}\n\nFlooding in Iloilo City leaves 3,000 families in evacuation centres\n\n"
        "12 comments\n\nReynaldo Cruz · 45m\n\n"
        "More than 3,000 families were in evacuation centres in Iloilo City on Tuesday.\n\n"
        "The Jaro River overflowed at 4am.\n\nClasses in all levels were suspended.\n\n"
        "The city has 41 evacuation centres."
    )
    lines = analyze(page)
    assert not any(s.is_boilerplate for s in lines[-4:])


@pytest.mark.parametrize(
    "page",
    [
        "Ghana's inflation falls to 21.5% in April\n\nFood: 25.1%\n\nNon-food: 18.2%\n\n"
        "Imported: 19.9%",
        "Prices rose again this week.\n\nTomato prices double in a week in Lahore\n\n"
        "Tomatoes: Rs 214\n\nOnions: Rs 187\n\nPotatoes: Rs 96",
        "Crime fell in 2025.\n\nHomicides fall by a third in Winnipeg\n\n"
        "Ward | 2019 | 2024 | Change\n\nNorth | 12 | 8 | -4\n\nSouth | 9 | 6 | -3",
    ],
)
def test_a_headline_over_a_table_or_a_list_is_no_tables_title(page):
    lines = analyze(page)
    title = next(s for s in lines if s.text.startswith(("Ghana", "Tomato", "Homicides")))
    assert not title.is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "From the first issue of the bond in 2019, Ghana has paid 9% a year.",
        "From the May issue, the magazine will cost R45.",
        "From page 3: Revenue fell by 12% in 2024",
        "Screenshot from CCTV footage shows the suspect entering the bank.",
        "Screenshot from the Electoral Commission website showing turnout at 103% in Ayawaso",
        "With a report from Parliament expected next week",
    ],
)
def test_a_storys_line_that_opens_like_a_jump_a_screengrab_or_a_credit_is_kept(line):
    assert not _between_story_lines(line).is_boilerplate


def test_a_senders_address_quoted_by_a_fact_check_is_the_storys():
    page = (
        "A message claiming to offer tax refunds is a scam.\n\n"
        "The email comes from this address:\n\nSARS eFiling <refunds@sars-efiling-za.com>\n\n"
        "The real service never emails refund links."
    )
    assert not analyze(page)[2].is_boilerplate


def test_she_after_a_question_put_to_her_is_the_one_asked_not_the_asker():
    body = (
        "Depute head Siobhan Auld-Rae said she had found 11 scripts written in pencil.\n\n"
        "She said the cabinet was locked.\n\n"
        "Presenting officer Kirsteen Drummond-Keir asked her whether any other teacher had a key.\n\n"
        "She said two did, but neither taught that year."
    )
    said = _said(body)
    assert said["She said two did, but neither taught that year."] == "Siobhan Auld-Rae"
    # (a "she" after a question put to "him" is still the asker's)
    body = body.replace("asked her whether", "asked him whether")
    assert (
        _said(body)["She said two did, but neither taught that year."] == "Kirsteen Drummond-Keir"
    )


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Ma. Cristina Dela Cruz - 5h ago", True),
        ("Ama Boateng – 2 hours ago", True),
        ("Arsenal - 2 hours", False),
        ("The vote was 12 - 3 ago", False),
    ],
)
def test_a_writers_name_and_how_long_ago_is_a_phones_byline(line, furniture):
    page = f"Typhoon toll rises to 23\n\n{line}\n\nThe death toll rose to 23 on Monday."
    assert analyze(page)[1].is_boilerplate is furniture


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Finance Minister Lyonpo Sonam Dorji said the shortfall was Nu. 2 billion.",
            "Sonam Dorji",
        ),
        ("Comedian Callum Fraser, who performed 26 shows, said sales were up.", "Callum Fraser"),
        # (a style only from the front of a name of three words or more)
        ("Lyonpo Dorji said the road was open.", "Lyonpo Dorji"),
    ],
)
def test_lyonpo_is_a_style_and_a_comedian_a_role_before_a_name(body, speaker):
    assert analyze(body)[0].speaker == speaker


def test_a_two_column_table_with_its_title_keeps_its_rows_as_data():
    page = (
        "Deaths on Nakuru roads have risen every year since 2020.\n\n"
        "Road deaths in Nakuru, 2020–2024\n\nYear | Deaths\n\n2020 | 97\n\n2021 | 104\n\n"
        "2022 | 118\n\nSource: National Police Service\n\nThe authority said it would add barriers."
    )
    lines = analyze(page)
    assert [s.is_boilerplate for s in lines] == [
        False, True, True, False, False, False, True, False,
    ]  # fmt: skip
    # (a strip of links two by two has no figures under it)
    strip = analyze("Home | World\n\nSport | Business\n\nOpinion | Video\n\nThe council voted 7-2.")
    assert [s.is_boilerplate for s in strip] == [True, True, True, False]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Namma Metro logs record 9.2 lakh riders on single day", ""),
        ("The flight logs record that the plane left at 9.", "The flight logs"),
        ("Police logs record 41 calls that night.", "Police logs"),
    ],
)
def test_a_names_verb_that_heads_a_document_elsewhere_cites_none(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_a_title_before_a_token_of_capitals_and_dots_and_a_price_after_a_digit_run():
    # (both as before, at any length: bounded, not read again from each capital or digit)
    assert analyze("A." * 200 + "\n\nThe mayor said it.")[-1].speaker == "The mayor"
    page = "\n\n".join(["The council met on Tuesday."] * 8 + ["1" * 300 + " dollars"])
    assert analyze(page)[-1].text.endswith("dollars")


def test_a_page_of_many_short_title_like_lines_is_read_once_for_its_headline():
    # (the headline is found once: each line had read the page above it again)
    page = "\n\n".join(f"Rainfall, ward {k}" for k in range(2000))
    assert len(analyze(page)) == 2000


# --- round fifty-seven ----------------------------------------------------------------------------


def test_the_page_words_name_the_lines_a_scan_of_every_line_does():
    # (the index only narrows: the pattern still reads each line it names, case and hyphens too)
    lines = [
        "By Amara Okonkwo-Reyes",
        "Amara Okonkwo is a reporter.",
        "O'Brien said the Okonkwo family left.",
        "okonkwo, in lower case",
        "Okonkwos are many; non-Okonkwo too.",
        "",
    ]
    words = boilerplate._PageWords(lines)
    for word in ("Okonkwo", "Amara Okonkwo", "O'Brien", "Okonkwo-Reyes", "'", "Nobody"):
        for flags in (0, re.IGNORECASE):
            found = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flags)
            for i in range(len(lines)):
                scan = [j for j, text in enumerate(lines) if j != i and found.search(text)]
                assert words.naming(i, word, flags) == scan, (word, flags, i)


def test_a_writers_note_is_still_found_on_a_page_of_lines_opening_with_full_names():
    lines = [
        "By Amara Okonkwo",
        "Council approves new bus lanes",
        "The council voted 7-2 on Tuesday.",
        "Amara Okonkwo is a reporter at the Ledger.",
    ]
    reasons = ["byline", "", "", ""]

    def note(lines):
        words = boilerplate._PageWords(lines)
        return boilerplate._the_writers_own_note(words, list(reasons), 3, lines[3])

    assert note(lines)
    # (a story naming her is about her: no note; nor with no byline of hers)
    assert not note([*lines[:2], "Okonkwo said the council voted 7-2.", lines[3]])
    assert not note(["By Femi Adeyemi", *lines[1:]])
    # (and a page of such lines is read once, not each line against every line)
    many = "\n\n".join(f"Amara Okonkwo{k} is a reporter at the Ledger." for k in range(400))
    assert len(analyze(many)) == 400


@pytest.mark.parametrize(
    "line",
    [
        "Already an Insider?",
        "Not yet a member?",
        "If someone forwarded you this, you can get your own copy, free.",
        "Members' area: sign in with your payroll number",
        "Morning Call on Telegram: the market before 8.30am, every trading day",
        "Read this on Eko Chronicle: https://ekochronicle.example/s/8kQ2Lr",
        "Provided by The Kololo Chronicle",
        "This is a stored copy of https://www.example.com/culture/altarpiece/.",
        "It shows the page as it appeared on 4 Oct 2026 07:52:10 GMT.",
        "◀ Previous page   3 / 48   Next page ▶",
        "Stock: SPP (5324) RM6.84 ▲0.12 (+1.79%)",
        "Resale Radar is not financial or property advice.",
        "Open in app for the full experience",
        "Already a Harbour Friend?",
        "This is where the free preview ends.",
    ],
)
def test_furniture_worded_by_its_own_site(line):
    page = f"The council met on Tuesday.\n\nIt voted 7-2 to close the pool.\n\n{line}"
    assert analyze(page)[-1].is_boilerplate, line


@pytest.mark.parametrize(
    "line",
    [
        "Not yet a member of the club, he trained alone.",
        "Provided by the council, the buses run every hour.",
        "Housing allowance (underground): K1,500 → K3,000 a month",
        "Minister on TikTok: the video was posted at 9pm.",
    ],
)
def test_story_lines_beside_those_shapes_stay(line):
    page = f"The council met on Tuesday.\n\nIt voted 7-2 to close the pool.\n\n{line}"
    assert not analyze(page)[-1].is_boilerplate, line


def test_a_comment_thread_under_its_icon_heading_and_not_under_the_count_button():
    thread = (
        "💬 38 Comments\n\nSort by: Newest\n\nRealPortmoreYute · 5h\n\n"
        "Man pay fi permit till one and play till half two.\n\nPolice did right.\n\n"
        "Reply · 41 likes\n\nMiss_Kitty · 4h\n\nEvery weekend di same thing.\n\nReply · 17 likes"
    )
    story = "\n\n".join(
        [
            "Police stop street dance at 2:30 a.m.",
            "The party ran 90 minutes past its permit, police said.",
            "The promoter was charged on Sunday.",
            "He will appear in court on May 3.",
            "Residents had complained for months.",
        ]
    )
    marked = analyze(f"{story}\n\n{thread}")
    assert [s.is_boilerplate for s in marked[5:]] == [True] * 9
    assert not any(s.is_boilerplate for s in marked[:5])
    # (a count with its icon under the byline is a button; the thread's heading is its own)
    button = analyze(
        "Pool to close\n\nBy A Writer\n\n💬 14 comments\n\n" + story + "\n\nComments\n\n"
        "Greg from Curlewis · 3h\n\nTypical.\n\nReply"
    )
    assert [s.is_boilerplate for s in button[-3:]] == [True, True, True]
    assert not button[3].is_boilerplate


def test_a_newsletters_slogan_of_how_often_is_furniture_over_its_headline():
    page = (
        "Resale Radar\n\nHDB prices, data and the odd grumble, every other Thursday\n\n"
        "Subscribe\n\nSign in\n\nResale prices rose 1.1% in Q1, and 287 flats crossed S$1 million"
        "\n\nHello again, Radar readers.\n\nThe index rose 1.1% in the first quarter."
    )
    marked = analyze(page)
    assert marked[1].is_boilerplate
    assert not marked[4].is_boilerplate  # the headline, the page's title
    # (a greeting to its readers names the site only as the one writing, not as the news)
    lines = ["Resale Radar", "Hello again, Radar readers.", "Radar is reader-supported."]
    words = boilerplate._PageWords(lines)
    assert boilerplate._only_as_the_reporter(words, ["masthead", "", ""], 2, ["Radar"])
    lines[1] = "Radar readers lost a court case."
    assert not boilerplate._only_as_the_reporter(words.__class__(lines), ["", "", ""], 2, ["Radar"])


def test_a_notice_banner_and_a_name_over_its_menu_above_a_releases_labels():
    page = (
        "SAN FERNANDO CITY CORPORATION\n\nHome | The Corporation | Council | Services | Newsroom"
        "\n\nNOTICE: Corporation offices at City Hall will close at 12 noon on Friday for staff "
        "training.\n\nNewsroom » Media Releases\n\nMEDIA RELEASE\n\nFOR IMMEDIATE RELEASE\n\n"
        "Tuesday 10th March, 2026\n\n"
        "Council approves TT$14.6 million drainage programme for six districts\n\n"
        "The council approved the programme on Monday."
    )
    marked = analyze(page)
    assert marked[0].is_boilerplate and marked[2].is_boilerplate
    assert not marked[7].is_boilerplate


def test_two_writers_named_alone_over_the_date_line_are_the_byline():
    page = (
        "Labour leads first count with 50.9%\n\nKristina Vella Bonnici and Matthew Pisani Grech"
        "\n\nSunday, 6 June 2027, 21:48\n\nLabour leads the count, the commission said."
        "\n\nMORE ON THE ELECTION\n\nGozo turnout falls below 80% for the first time"
    )
    marked = analyze(page)
    assert marked[1].boilerplate_reason == "byline"
    assert marked[-2].is_boilerplate and marked[-1].is_boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flash flood warning remains in effect for St. Catherine, St. Andrew and St. Thomas "
            "until 6 p.m. Wednesday.",
            1,
        ),
        ("The parishes of St. Ann, St. Mary and St. Andrew were hit.", 1),
        ("The nursery run by Gebr. Koppelaar in Maasland will close.", 1),
        ("He cited s. 12 of the Act (Cap. 74:02) in his opinion.", 1),
        ("Men: 1. Joshua Mukasa (UGA) 59:48; 2. Felix Kiprono (KEN) 60:12.", 1),
        # (a rating's figure, a street's kind and a cap end theirs)
        ("Fraser Ng-Cuthbert: 8. Commanding all season.", 2),
        ("It happened near its corner with Bosbok St. Traffic was diverted for an hour.", 2),
        ("He wore a cap. 14 people came.", 2),
    ],
)
def test_saints_firms_chapters_and_list_numbers_inside_a_sentence(text, expected):
    assert len(split_text(text)) == expected


def test_a_second_surname_named_in_full_without_a_quote_is_that_person():
    text = (
        "Labour won on Saturday, with Prime Minister Joseph Azzopardi Frendo securing a third "
        "term.\n\nAzzopardi Frendo told supporters that the result was a clear mandate."
        "\n\nCommissioner General of Examinations S.M. Pathiranage spoke.\n\n"
        "S.M. Pathiranage said the paper stands.\n\nMember for Wandoberra Dominic Stramondale "
        "spoke.\n\nDominic Stramondale said he had written to the minister."
    )
    marked = analyze(text)
    assert marked[1].speaker == "Joseph Azzopardi Frendo"
    assert marked[3].speaker == "S.M. Pathiranage"
    assert marked[5].speaker == "Dominic Stramondale"


def test_she_is_never_a_shop_or_a_mall_named_before_the_shopper():
    text = (
        "At a Protea Crest store in Soweto's Maponya Mall, Refilwe Motaung-Khoza, 39, pushed a "
        "trolley.\n\n“Chicken feet and beans, that's the menu until the 25th,” she said."
    )
    assert analyze(text)[-1].speaker == "Refilwe Motaung-Khoza"


@pytest.mark.parametrize(
    "line",
    [
        "EVENT · HortiMeet Venlo · 16–18 September 2026 · Early-bird tickets 20% off · Book now",
        "Next at home: Anchors v Bidnija Hawks · Sat 14 March · 15:00 · Centenary Stadium",
        "🔥 HOT RIGHT NOW: Portmore party shut down · Taxi man's lotto win · Rain again?",
        "More on Umoya: Bhisho hospital fire inquiry to report in April",
        "The Markets section is supported by Van Ooijen Screens, Maasdijk",
    ],
)
def test_promotions_strips_and_pointers_of_the_site(line):
    page = f"The council met on Tuesday.\n\nIt voted 7-2 to close the pool.\n\n{line}"
    assert analyze(page)[-1].is_boilerplate, line


def test_a_sites_own_funder_at_its_foot_and_its_word_that_it_is_independent():
    page = (
        "LATITUDE NORTH\n\nNews | Climate | Oceans | About\n\nCod spawn 200 km further north\n\n"
        "Skrei now spawn north of Lofoten, a study found.\n\nThe shift began in the 1990s.\n\n"
        "Fishermen said the season had moved north.\n\n"
        "Latitude North is funded by Norway's universities and research institutes.\n\n"
        "Our journalists work independently of them.\n\nAlso read: Why reindeer are lighter"
    )
    marked = analyze(page)
    assert marked[-3].is_boilerplate and marked[-2].is_boilerplate
    # (a body the story is about, funded so, is news)
    story = page.replace("Fishermen said", "Latitude North lost its grant; fishermen said")
    assert not analyze(story)[-3].is_boilerplate
    # (nor a section's sponsor, nor a name's strand)
    assert boilerplate.classify("The Markets section is supported by Van Ooijen Screens") != (
        "site's own funding"
    )


def test_a_print_pages_jump_head_under_its_jump_line():
    page = (
        "Teacher beaten in home invasion\n\nA retired teacher died on Sunday, police said.\n\n"
        "SEE PAGE 6\n\nFROM PAGE 3\n\nPensioner killed in home invasion\n\n"
        "Police said a phone taken from the house had been traced."
    )
    marked = analyze(page)
    assert marked[4].is_boilerplate
    assert not marked[5].is_boilerplate


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "About 48,000 customers were without power, according to the light and power "
            "company, Jamaica Public Service.",
            "Jamaica Public Service",
        ),
        ("Sales rose 5%, according to the oil and gas regulator.", "the oil and gas regulator"),
        ("Sales rose 5%, according to the mayor and the council.", "the mayor"),
        (
            "In findings released on Thursday, Coroner Janet Hoult-Tipene found the river was "
            "flowing at 212 cumecs.",
            "Janet Hoult-Tipene",
        ),
        (
            "Magistrate Nokuthula Ferreira found that he was a flight risk.",
            "Nokuthula Ferreira",
        ),
        ("Divers from the port authority found the car had sunk.", ""),
    ],
)
def test_two_trades_of_one_body_and_a_judge_by_name_who_finds(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_an_age_and_a_titled_surname_are_read_once_and_still_found():
    # (each age's mentions and each title's places are read once for the whole text)
    text = (
        "Manaia Kereama, 23, was hurt. Rescuers reached her at noon.\n\n"
        "“I was lucky,” the 23-year-old said.\n\n"
        "Rep. Marcy Kettleborough and Rep. Dale Kettleborough voted.\n\n"
        "Rep. Kettleborough said the bill was fine."
    )
    marked = analyze(text)
    assert marked[2].speaker == "Manaia Kereama"
    assert marked[4].speaker == "Marcy Kettleborough"
    many = " ".join(f"“We won,” the {20 + k % 60}-year-old said." for k in range(300))
    assert all(s.speaker.endswith("-year-old") for s in analyze(many))  # (as written)


def test_a_diocese_is_no_he_and_the_monsignor_is_the_one_titled_so():
    text = (
        "The Vicar General of Masaka Diocese, Msgr. Deogratias Ssenfuma-Kato, led prayers on "
        "Monday.\n\nHe said the diocese would give UGX 50 million.\n\n"
        "“God has spared these children,” the monsignor said."
    )
    marked = analyze(text)
    assert marked[1].speaker == marked[2].speaker == "Deogratias Ssenfuma-Kato"


def test_a_person_named_in_a_sentence_a_document_reports_is_her_after_it():
    text = (
        "Nethmi Abeykoon of Sudharma Vidyalaya was placed first in the island, the "
        "department's merit list shows.\n\n“I didn't believe it until my teacher phoned!” she "
        "said."
    )
    assert analyze(text)[-1].speaker == "Nethmi Abeykoon"


def test_the_hints_everyday_words_are_no_furniture_words():
    # (a line's furniture words for the shape pass are the hints' rare words: "What happens
    # next" is a subhead, whatever rule looks for "read next")
    assert not boilerplate._HINT_TOKENS & {"in", "as", "next", "read", "provided", "funded", "to"}
    assert {"login", "sign-in"} <= boilerplate._HINT_TOKENS


@pytest.mark.parametrize(
    "line",
    [
        "This is a cached copy of the ministry page, which claimed 98% of homes had water.",
        "It shows the page as it appeared on 3 March, before the council removed the claim.",
        "Zelensky on Telegram: the enemy launched 40 drones overnight",
        "Videos of the attack are on YouTube.",
        "Update: Log in problems hit 2 million EcoCash customers on Monday",
        "The Climate section is sponsored by Shell, which the paper did not disclose.",
        "The Kigali Innovation Hub is supported by World Bank grants worth $40 million.",
        "Already a millionaire?",
    ],
)
def test_story_lines_shaped_like_this_rounds_furniture_stay(line):
    page = f"The council met on Tuesday.\n\nIt voted 7-2 to close the pool.\n\n{line}\n\nIt ends."
    assert not analyze(page)[2].is_boilerplate, line


def test_a_bodys_funder_at_a_storys_foot_is_the_storys_unless_the_site_is_that_body():
    page = (
        "Harare Mirror\n\nNews | Sport | Business | Opinion\n\nVaccines arrive in Harare\n\n"
        "The first doses arrived on Monday.\n\nThe ministry said 40,000 children would be "
        "vaccinated.\n\nGavi is funded by governments and private donors.\n\n"
        "© 2026 Harare Mirror. All rights reserved."
    )
    assert not analyze(page)[-3].is_boilerplate


def test_an_icon_count_under_the_byline_is_no_heading_for_a_thread_below():
    page = (
        "Pool to close in June\n\nBy Ruth Banda\n\n💬 14 comments\n\n"
        "The council voted 7-2 to close the pool.\n\nIt costs $40,000 a year to run.\n\n"
        "Swimmers will use the school pool.\n\nThe vote was on Tuesday.\n\n"
        "JaneD\n\nThis is outrageous.\n\nReply"
    )
    marked = analyze(page)
    assert not any(s.is_boilerplate for s in marked[3:7])


def test_a_name_at_a_lines_end_gives_the_age_to_the_cue_below():
    text = (
        "Tributes paid to 54-year-old Kiri Waititi\n"
        "Speaking outside court, the 54-year-old said the road was unsafe."
    )
    assert analyze(text)[-1].speaker == "Kiri Waititi"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Justice Mensah found the tap had been dry for 40 days.", ""),
        ("Justice Minister Ziyambi Ziyambi found the report was incomplete.", ""),
        ("Mr Justice Carrivick found the council had acted unlawfully.", "Carrivick"),
    ],
)
def test_justice_is_a_judges_title_only_after_an_honorific(sentence, speaker):
    assert analyze(sentence)[0].speaker == speaker


def test_a_streets_kind_after_two_spaces_still_ends_its_sentence():
    text = "It happened near its corner with Bosbok  St. Traffic on Mohlware Road was diverted."
    assert len(split_text(text)) == 2


def test_the_page_words_fold_marks_and_dotted_capitals():
    words = boilerplate._PageWords(["İstanbul is big", "x"])
    assert words.naming(1, "istanbul", re.IGNORECASE) == [0]


def test_two_given_names_before_two_surnames_and_a_coroner_who_is_a_doctor():
    text = (
        "The council met, with deputy mayor María Teresa Ruiz Salcedo in the chair.\n\n"
        "Ruiz Salcedo said the budget was balanced.\n\n"
        "Coroner Dr. Alison Mbeki-Grant found the crash was avoidable."
    )
    marked = analyze(text)
    assert marked[1].speaker == "María Teresa Ruiz Salcedo"
    assert marked[2].speaker == "Alison Mbeki-Grant"


# --- round fifty-eight ----------------------------------------------------------------------------

_A_STORY = (
    "Farmer dies after loader accident\n\n"
    "A 67-year-old farmer died of crush injuries after he was pinned in his yard, an inquest "
    "heard on Tuesday.\n\n"
    "He was found by his son at about 7.40pm, the coroner said."
)


@pytest.mark.parametrize(
    "line",
    [
        "4   THE SUIR VALLEY CHRONICLE   Thursday, April 15, 2027",
        "ERONGO HERALD   Thursday 12 March 2026   5",
    ],
)
def test_a_print_pages_running_head_is_furniture_anywhere(line):
    body = f"{_A_STORY}\n\n{line}\n\nThe coroner returned a verdict of accidental death."
    hidden = _hidden(body)
    assert hidden[line]
    assert not hidden["The coroner returned a verdict of accidental death."]
    # (three columns apart that are a table's row, not a running head, stay)
    assert not boilerplate._is_folio("4   THE SUIR VALLEY CHRONICLE   Cork")
    assert not boilerplate._is_folio("2021   2,310   2,480")
    for row in ("412   NEW CASES   Monday, April 6, 2026", "7   HAWTHORN V CARLTON   May 2, 2026"):
        assert not boilerplate._is_folio(row)
        assert not _hidden(f"{_A_STORY}\n\n{row}")[row]


@pytest.mark.parametrize(
    "line",
    [
        "View the original post on X",
        "View this post on Instagram",
        "This is a paid press release.",
        "Its content has not been verified by Margalla Business Post, which is not responsible "
        "for its accuracy.",
    ],
)
def test_an_embedded_posts_link_and_a_paid_releases_disclaimer_are_furniture(line):
    body = f"{_A_STORY}\n\n{line}\n\nIts revenue rose 12% to Rs 4bn in the year, the firm said."
    hidden = _hidden(body)
    assert hidden[line]
    assert not hidden["Its revenue rose 12% to Rs 4bn in the year, the firm said."]


@pytest.mark.parametrize(
    "line",
    [
        # (the second read's: a story's own report of what was not checked, and a post's claim)
        "Its content was not checked by Ofcom before broadcast, the report found.",
        "Its content was not reviewed by NHS England before 40,000 copies went out.",
        "This content was not verified by BBC Verify, which found the video was from 2019.",
        "View the original post on X: the MP claimed 40% of migrants commit crime.",
        "BY ELECTION DAY, TURNOUT FELL",
    ],
)
def test_a_storys_report_of_what_went_unchecked_and_a_posts_claim_stay(line):
    assert not _hidden(f"{_A_STORY}\n\n{line}")[line]


def test_a_live_pages_entry_bylines_under_a_stamps_label_and_headline_are_furniture():
    entries = []
    for stamp, name, head in [
        ("6.20pm", "Tamsin Whitlock", "Residents told to shelter"),
        ("5.55pm", "Rory Pendergast", "23 homes confirmed lost"),
        ("5.12pm", "Tamsin Whitlock", "Gusts of 87km/h at East Sale"),
        ("4.40pm", "Rory Pendergast", "Relief centre opens in Maffra"),
    ]:
        entries.append(
            f"{stamp}\n\nKey event\n\n{head}\n\n{name}\n\n"
            f"The fire had burnt 14,800 hectares by {stamp}, the CFA said."
        )
    body = "Live: Fire jumps containment lines\n\nBy Tamsin Whitlock and Rory Pendergast\n\n"
    marked = analyze(body + "\n\n".join(entries))
    names = [s for s in marked if s.text in ("Tamsin Whitlock", "Rory Pendergast")]
    assert len(names) == 4 and all(s.is_boilerplate for s in names)
    # (a name alone on its line once, a subhead, stays; so does a recap's player a few lines
    # under a day's date, where an entry's writer is under a clock's)
    once = analyze(f"{_A_STORY}\n\nTamsin Whitlock\n\nShe has run the farm since 1998.")
    assert not next(s for s in once if s.text == "Tamsin Whitlock").is_boilerplate
    for stamps, marked in ((("6.20pm", "5.55pm"), "byline"), (("Friday 15 August",) * 2, "")):
        lines = [stamps[0], "Round 1", "Lee Jones", "He scored twice."]
        lines += [stamps[1], "Round 2", "Lee Jones", "He scored once."]
        reasons = ["date line", "", "", "", "date line", "", "", ""]
        boilerplate._mark_entry_bylines(lines, reasons, [True] * 8)
        assert reasons[2] == reasons[6] == marked


def test_the_fijian_adi_before_two_names_and_the_philippine_asec_are_titles():
    text = (
        "Adi Losana Tuimavana, a student, said the hostels had no water for three days.\n\n"
        "“It is hard,” she said."
    )
    assert [s.speaker for s in analyze(text)] == ["Losana Tuimavana"] * 2
    assert naming.person_name("Asec. Corazon Villaflor-Dimaandal") == "Corazon Villaflor-Dimaandal"
    # (a given name "Adi" before one surname is the person's own, and so is one inside a name)
    assert naming.person_name("Adi Godrej") == "Adi Godrej"
    assert naming.person_name("Kofi Adi Boateng Mensah") == "Kofi Adi Boateng Mensah"


@pytest.mark.parametrize(
    ("line", "worth_checking"),
    [
        ("Mereoni Naivalu, 46, market vendor, Valelevu", False),
        ("Priya Lata Chand, 33, nurse, Nasinu", False),
        # (a verb makes it a statement: a claim to check)
        ("Mair Pritchelle-Odulanwo, 78, has run the village post office since 1979", True),
        ("Ana Lopez, 38, mother of three, among 14 dead in the Valencia floods", True),
    ],
)
def test_a_vox_pops_tag_of_name_age_and_trade_is_no_claim(line, worth_checking):
    body = f"Water cuts: what Nasinu told us\n\n{line}\n\nThe taps have been dry since Monday."
    marked = {s.text: s for s in analyze(body)}
    assert marked[line].is_checkworthy is worth_checking


# --- round fifty-nine -----------------------------------------------------------------------------


def test_a_barred_tables_rows_of_prices_in_a_currencys_letters_or_ranges_are_data():
    body = (
        "Bus fares on the inner routes will rise from May 1, the transport agency said.\n\n"
        "Route | Now | From May 1\n\n"
        "Inner ring | RM1.20 to RM1.50 | RM1.60\n\n"
        "Up to 5km | Rp 4,000 | Rp 4,500\n\n"
        "Adult card | 99 cents to $2.37 | $1.07 to $2.45\n\n"
        "Home | World | Sport | Business"
    )
    marked = {s.text: s for s in analyze(body)}
    assert marked["Route | Now | From May 1"].is_boilerplate
    assert marked["Home | World | Sport | Business"].is_boilerplate
    for row in (
        "Inner ring | RM1.20 to RM1.50 | RM1.60",
        "Up to 5km | Rp 4,000 | Rp 4,500",
        "Adult card | 99 cents to $2.37 | $1.07 to $2.45",
    ):
        # (a row of data: not furniture, and no claim to queue either)
        assert not marked[row].is_boilerplate
        assert not marked[row].is_checkworthy


def test_a_league_tables_rows_with_the_rank_run_into_the_club_are_data_and_one_sentence():
    body = (
        "Harbour City beat Lakeside 2-1 on Saturday to stay top, the league said.\n\n"
        "Pos | Club | P | Pts\n\n"
        "1. Harbour City | 22 | 48\n\n"
        "2. Rovers | 22 | 44\n\n"
        "3. Lakeside Utd. | 22 | 41\n\n"
        "The next round is on May 3."
    )
    hidden = _hidden(body)
    assert hidden["Pos | Club | P | Pts"]
    for row in ("1. Harbour City | 22 | 48", "2. Rovers | 22 | 44", "3. Lakeside Utd. | 22 | 41"):
        assert hidden[row] is False
    # (a bar before a figure goes on the row; a caption's credit after a bar is its own line)
    assert split_text("3. Lakeside Utd. | 22 | 41") == ["3. Lakeside Utd. | 22 | 41"]
    assert split_text("Workers repair the bund on Monday. | Photo Credit: A. Kumar") == [
        "Workers repair the bund on Monday.",
        "| Photo Credit: A. Kumar",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("≡   The Harbour Ledger   🔔", True),
        ("≡   ORCHARD GAZETTE", True),
        ("NZX 50 Gross Index  12,841.07  ▲ 0.41%", True),
        ("NZ$1 = A$0.9112  ▼ 0.08%", True),
        # (a headline after a menu's icon is no masthead)
        ("≡   Police arrest two   🔔", False),
    ],
)
def test_a_masthead_after_its_menus_icon_and_a_tickers_index_or_rate_are_furniture(line, furniture):
    body = (
        f"{line}\n\n{_A_STORY}\n\nThe NZX 50 rose 0.41% to 12,841.07 on Friday, the exchange said."
    )
    hidden = _hidden(body)
    assert hidden[line] is furniture
    assert not hidden["The NZX 50 rose 0.41% to 12,841.07 on Friday, the exchange said."]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        (
            "The Kelp Coast Voice is published by students of the polytechnic and is editorially "
            "independent of its council.",
            True,
        ),
        ("The Harbour Examiner is a publication of Tern Media Ltd.", True),
        (
            "The Sentinel subscribes to the Code of Conduct of the Press Council of Tonga.",
            True,
        ),
        # (a story's body keeping a code, and a book's publisher, are the story's)
        (
            "The council subscribes to the national code of conduct for councillors, the mayor said.",
            False,
        ),
        ("The book is published by Penguin and sells for $30.", False),
    ],
)
def test_a_sites_line_on_its_publisher_or_its_press_code_is_furniture(line, furniture):
    assert _hidden(f"{_A_STORY}\n\n{line}")[line] is furniture


def test_a_surname_is_not_the_first_part_of_a_hyphened_given_name():
    body = (
        "Photo: Samuel Ho Chun-wai\n\n"
        "Waiting times for cataract surgery fell to 30 weeks, Dr Grace Chun Mei-ling, the "
        "authority's chief, said on Monday.\n\n"
        "Chun said the authority had hired 40 more surgeons."
    )
    assert _speakers_of(body)[1:] == ["Grace Chun Mei-ling"] * 2


# (the second read's)


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Gazette is a publication of Tamarind Holdings, the company that received "
        "$4.5 million in state advertising last year.",
        "The Valley Times is a publication of the ruling party and is funded by party donations, "
        "documents show.",
        "The Weekly Sentinel subscribes to the Editors' Code of Practice yet published the "
        "photographs without the family's consent.",
        "The Daily Clarion adheres to the standards of the Media Council of Kenya and denies every "
        "allegation in the complaint.",
        "The Eastern Herald adheres to its own internal standards rather than the national code.",
        "Fuel Prices Hit Record $4.85 ▲ 12 cents in a week",
        "Kenya Power Tokens Cost Sh25.50 Per Unit ▲ 18% This Month",
        "≡   Prime Minister Resigns",
    ],
)
def test_a_storys_line_on_a_paper_a_headlines_price_and_a_headline_after_a_menu_icon_stay(line):
    assert not _hidden(f"{_A_STORY}\n\n{line}")[line]


@pytest.mark.parametrize(
    "line",
    [
        "CLAIM | 40% of graduates are unemployed | 2 million jobs lost in 2024",
        "The minister claimed that 3 million jobs were created | 40% of them in farming | 1.2 "
        "million in the cities.",
        "A family of four needs Sh45,000 a month | 2 adults earn Sh30,000 | the gap is Sh15,000, "
        "the survey says.",
    ],
)
def test_claims_set_out_between_bars_are_no_table_rows(line):
    assert not checkworthy._is_table_row(line)


def test_a_stop_before_a_bar_ends_the_sentence_unless_bare_figures_end_the_line():
    assert split_text("The governor signed the bill on Monday. | 24 shares | 5 comments") == [
        "The governor signed the bill on Monday.",
        "| 24 shares | 5 comments",
    ]
    assert split_text("Unemployment fell to 4.1% in May. | 2,000 jobs were added.") == [
        "Unemployment fell to 4.1% in May.",
        "| 2,000 jobs were added.",
    ]


def test_a_double_barrelled_surnames_first_part_is_the_person_and_mma_stays_as_written():
    body = (
        "Anne Whately-Smith, the council's treasurer, said the budget was balanced.\n\n"
        "Whately said reserves stood at $4m."
    )
    assert _speakers_of(body) == ["Anne Whately-Smith"] * 2
    # (a Setswana "Mma" or "Rra" before a surname may be a wife, a father or a namesake: the
    # name as written, not the one the text gave in full)
    body = (
        "Kabelo Molefe, a taxi driver, said fares had doubled.\n\n"
        "“We have never seen prices like this,” Mma Molefe, his wife, said."
    )
    assert _speakers_of(body) == ["Kabelo Molefe", "Mma Molefe"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("UPL   FT   Kawala Rovers 2–1 Entebbe Marine", True),
        ("Women's Super League   67'   Lugazi Queens 1–3 Masaka Lionesses", True),
        # (a story's result, and a result's line without the widget's wide spaces)
        ("Kawala Rovers beat Entebbe Marine 2–1 on Saturday.", False),
        ("FT: Rovers 2-1 Marine", False),
    ],
)
def test_a_live_score_widgets_line_is_furniture(line, furniture):
    assert _hidden(f"{_A_STORY}\n\n{line}")[line] is furniture
