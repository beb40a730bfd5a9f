"""Invented news snippets for source attribution, the way a reader takes them: which
words attribute a claim (the cue), to whom (the source as written, its kind, its
actor where it matters) and through which chain (the cue of the attribution that
relays it). Everything here was written for this test; officials, outlets, parties
and companies are fictional.

The snippets were written in blind batches of ten, each before the round of fixes it
prompted (see README, Attribution). Each lists every attribution a reader finds, as
(cue, source, kind, relayed by) with the actor as a fifth item where it matters; an
attribution without a source has source None and kind "none". A snippet with no
attribution at all lists none.

Decisions a reader could make either way, written down:
- "announced" a measure is an attribution (the measure is what was announced), but
  "removed", "voted to", "approved" are deeds, never cues;
- a document cited "by" or "from" its author joins the cue ("according to a report
  by"), and the author is the source, as for "according to figures from";
- a subject document ("A statement from the ministry said") is the source as written,
  with the kind of its author;
- a speaker who "told" a medium is relayed by it: two attributions on the one cue;
- "They" and "We" take the source named before them; an unnamed one stays unnamed;
- a sentence that reads a fact ("the narrow scope of the ruling highlights ...") is
  the writer's view, not a cited source.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from spacy.tokens import Doc

from presswatch.nlp import actors, attribution, pipeline
from presswatch.nlp.attribution import cues, learned

BATCH_1 = [
    # a named person after a quote
    ('"The dam will hold," Ionela Radu said on Tuesday.',
     [("said", "Ionela Radu", "person", None, "Ionela Radu")]),
    # X, citing Y, said
    ("Nordlys Freight, citing its captain, said the ship was safe.",
     [("citing", "its captain", "person", "said"),
      ("said", "Nordlys Freight", "organisation", None)]),
    # according to X citing Y
    ("Two bridges were damaged, according to the Vostok Herald citing regional "
     "officials.",
     [("according to", "the Vostok Herald", "media", None),
      ("citing", "regional officials", "unnamed", "according to")]),
    # X told Y (not a medium)
    ("Lina Ortiz told reporters that the water was safe to drink.",
     [("told", "Lina Ortiz", "person", None)]),
    # X told a medium: the medium relays X
    ("Lina Ortiz told the Daily Meridian that the water was safe to drink.",
     [("told", "Lina Ortiz", "person", "told"),
      ("told", "the Daily Meridian", "media", None)]),
    # X reported, quoting Z
    ("Radio Kestrel reported, quoting a police spokesman, that the road was closed.",
     [("reported", "Radio Kestrel", "media", None),
      ("quoting", "a police spokesman", "unnamed", "reported")]),
    # agentless "it was reported"
    ("It was reported on Monday that the border crossing had reopened.",
     [("reported", None, "none", None)]),
    # officials said
    ("Health officials said the outbreak was contained.",
     [("said", "Health officials", "unnamed", None)]),
    # a source familiar with
    ("A source familiar with the talks said a deal was close.",
     [("said", "A source familiar with the talks", "unnamed", None)]),
    # reportedly (amended after the first run: "offered to" is a promise, as
    # "vowed to" and "pledged to" are, and an attribution of its own)
    ("The minister reportedly offered to resign.",
     [("reportedly", None, "none", None), ("offered", "The minister", "person", None)]),
]  # fmt: skip

BATCH_2 = [
    # "They" after an unnamed source stays unnamed
    ("Rescue workers said the tunnel had collapsed. They said four miners were "
     "trapped.",
     [("said", "Rescue workers", "unnamed", None),
      ("said", "They", "unnamed", None)]),
    # "We" of an organisation, in its own release
    ("Nordlys Freight published its annual report on Monday. We said in March that "
     "margins would improve.",
     [("said", "We", "organisation", None, "Nordlys Freight")]),
    # an outlet speaking for itself
    ("The Baltic Courier said on Sunday that its website had been hacked.",
     [("said", "The Baltic Courier", "media", None)]),
    # a document by its author
    ("Stocks of grain are low, according to a report by the Nordic Institute for "
     "Strategic Studies.",
     [("according to a report by", "the Nordic Institute for Strategic Studies",
       "organisation", None)]),
    # a party's denial
    ("The Kestrel Party denied that it had taken money from abroad.",
     [("denied", "The Kestrel Party", "organisation", None)]),
    # a minister's denial of a report
    ("Defence Minister Arvo Kask denied the report on Tuesday.",
     [("denied", "Defence Minister Arvo Kask", "person", None, "Arvo Kask")]),
    # deeds, not attributions
    ("Lawmakers removed Diego Salas from office on Thursday.", []),
    ("Congress voted to remove the chief justice.", []),
    # an announcement of a measure
    ("The government announced a 10% tariff on steel imports.",
     [("announced", "The government", "government", None)]),
    # sentence-initial "Quoting"
    ("Quoting officials in Khartoum, Al Jazeera reported that the airport had been "
     "shelled.",
     [("Quoting", "officials in Khartoum", "unnamed", "reported"),
      ("reported", "Al Jazeera", "media", None)]),
]  # fmt: skip

BATCH_3 = [
    # the writer's reading of a fact
    ("However, the narrow scope of the ruling highlights the limits of the court's "
     "power.", []),
    # a participle of speaking is no cue of its own
    ("Speaking to reporters in Riga, Foreign Minister Ilze Ozola said the border "
     "would stay closed.",
     [("said", "Foreign Minister Ilze Ozola", "person", None, "Ilze Ozola")]),
    # according to a ministry
    ("Floods forced 300 people from their homes, according to Poland's Interior "
     "Ministry.",
     [("according to", "Poland's Interior Ministry", "government", None)]),
    # a pronoun speaker after a quote
    ('Maria Kowal runs a bakery in Kherson. "We are not leaving," she said.',
     [("said", "she", "person", None, "Maria Kowal")]),
    # "reported ..., citing" at the end
    ("Interfax reported that the plant had been shut, citing a source in the "
     "company.",
     [("reported", "Interfax", "media", None),
      ("citing", "a source in the company", "unnamed", "reported")]),
    # quoted by a medium
    ("The Kremlin, quoted by TASS, said the talks were over.",
     [("quoted by", "TASS", "media", None),
      ("said", "The Kremlin", "government", "quoted by")]),
    # said in a statement
    ("The United Nations said in a statement that aid convoys had been blocked.",
     [("said in a statement", "The United Nations", "organisation", None)]),
    # a subject document with its author
    ("A statement from the Interior Ministry said the curfew would end on Friday.",
     [("said", "A statement from the Interior Ministry", "government", None)]),
    # a forecast after the clause
    ("Prices will rise by 5%, the central bank of Ostland predicted on Thursday.",
     [("predicted", "the central bank of Ostland", "organisation", None)]),
    # an unnamed speaker who told a medium
    ("The strike was carried out by drones, a military spokesman told the state "
     "broadcaster.",
     [("told", "a military spokesman", "unnamed", "told"),
      ("told", "the state broadcaster", "media", None)]),
]  # fmt: skip

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"
# written after the first round of fixes
BATCH_4 = [
    # the anonymity participle is no cue
    ("Officials, speaking on condition of anonymity, said the convoy had been "
     "attacked.",
     [("said", "Officials", "unnamed", None)]),
    # unnamed people who told a newspaper
    ("People familiar with the matter told the Harbour Ledger that the sale had been "
     "delayed.",
     [("told", "People familiar with the matter", "unnamed", "told"),
      ("told", "the Harbour Ledger", "media", None)]),
    # an unnamed spokeswoman of a named body
    ("A spokeswoman for the Interior Ministry said the curfew would be lifted.",
     [("said", "A spokeswoman for the Interior Ministry", "unnamed", None)]),
    # a rejection of allegations
    ("Vostok Bank rejected the allegations on Friday.",
     [("rejected", "Vostok Bank", "organisation", None)]),
    # a forecast in a report, after the clause
    ("Grain exports will fall by a fifth, the ministry predicts in a report "
     "published on Monday.",
     [("predicts", "the ministry", "government", None)]),
    # agentless belief
    ("The ceasefire is believed to have collapsed.",
     [("believed", None, "none", None)]),
    # "They" after an unnamed plural
    ("Hospital staff said they had treated 40 people. They said most had burns.",
     [("said", "Hospital staff", "unnamed", None),
      ("said", "They", "unnamed", None)]),
    # a channel before the subject
    ("In a post on social media, the Kestrel Party said the election had been "
     "rigged.",
     [("said", "the Kestrel Party", "organisation", None)]),
    # a medium quoting a named official
    ("Interfax quoted port director Ivan Sorokin as saying that no ships had been "
     "hit.",
     [("quoted", "Interfax", "media", None),
      ("saying", "port director Ivan Sorokin", "person", "quoted", "Ivan Sorokin")]),
    # an organisation's quote, said in a statement
    ('"We have not been paid since March," the dockers\' union said in a statement.',
     [("said in a statement", "the dockers' union", "organisation", None)]),
]  # fmt: skip

# written blind after the fourth round of fixes (kinds the first four do not have)
BATCH_5 = [
    # a quote, then a participle that adds to it
    ('"We will appeal," said lawyer Tomas Berg, adding that the verdict was unfair.',
     [("said", "lawyer Tomas Berg", "person", None, "Tomas Berg"),
      ("adding", "lawyer Tomas Berg", "person", None, "Tomas Berg")]),
    # a passive with its agent
    ("The claim was denied by the Defence Ministry on Sunday.",
     [("denied", "the Defence Ministry", "government", None)]),
    # a quote split by its speaker
    ('"The port is closed," Captain Erik Holm said, "and will stay closed until '
     'Friday."',
     [("said", "Captain Erik Holm", "person", None, "Erik Holm")]),
    # a belief
    ("Prime Minister Jana Novak believes the treaty will pass.",
     [("believes", "Prime Minister Jana Novak", "person", None, "Jana Novak")]),
    # a named spokesman with his office in apposition
    ("Piotr Zielinski, a spokesman for the Foreign Ministry, said the ambassador had "
     "been summoned.",
     [("said", "Piotr Zielinski", "person", None, "Piotr Zielinski")]),
    # a possessor's claim, disputed by others
    ("The mayor's claim that the water was safe was disputed by residents.",
     [("claim", "The mayor", "person", None),
      ("disputed", "residents", "unnamed", None)]),
    # a post on social media as the channel
    ("Senator Ada Lindgren wrote in a tweet that the vote was a disgrace.",
     [("wrote in a tweet", "Senator Ada Lindgren", "person", None, "Ada Lindgren")]),
    # unnamed sources with a number
    ("Two diplomatic sources said the envoy would resign.",
     [("said", "Two diplomatic sources", "unnamed", None)]),
    # insisting
    ("Union leader Marta Gil insisted the strike would go ahead.",
     [("insisted", "Union leader Marta Gil", "person", None, "Marta Gil")]),
    # the police of a city
    ("Police in Tartu said two men had been arrested.",
     [("said", "Police in Tartu", "government", None)]),
]  # fmt: skip

# written blind after the fifth round of fixes (12: the kinds the issue names)
BATCH_6 = [
    # a quote, its titled speaker after it, told a non-medium
    ('"Nobody will be left behind," Deputy Mayor Lars Eklund told residents on '
     'Friday.',
     [("told", "Deputy Mayor Lars Eklund", "person", None, "Lars Eklund")]),
    # a ministry with its country, warning
    ("Estonia's Foreign Ministry warned that the drills could raise tensions in the "
     "region.",
     [("warned", "Estonia's Foreign Ministry", "government", None)]),
    # according to unnamed people of a named body
    ("Fuel prices will climb again in March, according to analysts at Norvik Bank.",
     [("according to", "analysts at Norvik Bank", "unnamed", None)]),
    # a news agency, citing an unnamed officer, said
    ("The Ostland News Agency, citing a senior army officer, said three villages had "
     "been retaken.",
     [("citing", "a senior army officer", "unnamed", "said"),
      ("said", "The Ostland News Agency", "media", None)]),
    # sources familiar with, and a belief verb
    ("Sources familiar with the negotiations expect the merger to close next week.",
     [("expect", "Sources familiar with the negotiations", "unnamed", None)]),
    # reportedly
    ("The rebels have reportedly seized the airport in Valdia.",
     [("reportedly", None, "none", None)]),
    # an agentless passive with "it"
    ("It has been widely reported that the coach will step down at the end of the "
     "season.",
     [("reported", None, "none", None)]),
    # "They" for two organisations named before
    ("Nordlys Freight and Vesta Motors signed the deal on Monday. They said the joint "
     "venture would employ 500 people.",
     [("said", "They", "organisation", None)]),
    # "the company" for the company named before
    ("Vesta Motors cut 300 jobs in May. The company acknowledged in June that it "
     "would need new funding.",
     [("acknowledged", "The company", "organisation", None, "Vesta Motors")]),
    # a pronoun speaker after a quote, told a news conference
    ('Economy Minister Tomas Berzins presented the budget on Monday. "The figures '
     'are sound," he told a news conference.',
     [("told", "he", "person", None, "Tomas Berzins")]),
    # a ministry's statement relayed by a news agency named after it
    ("Latvia's Defence Ministry said in a statement that a drone had crashed near "
     "Rezekne, the LETA news agency reported.",
     [("said in a statement", "Latvia's Defence Ministry", "government", "reported"),
      ("reported", "the LETA news agency", "media", None)]),
    # a titled speaker after the clause
    ("Germany will send two more air-defence units, Defence Minister Anna Keller said "
     "on Wednesday.",
     [("said", "Defence Minister Anna Keller", "person", None, "Anna Keller")]),
]  # fmt: skip

# written blind after the sixth round of fixes: 9 of 10 (the statistics office an
# organisation)
BATCH_7 = [
    # an unnamed resident who told a newspaper, after a quote
    ('"The tanks are already here," a resident of Kramatorsk told the Northern '
     'Ledger by phone.',
     [("told", "a resident of Kramatorsk", "unnamed", "told"),
      ("told", "the Northern Ledger", "media", None)]),
    # a ministry with its country announces
    ("Finland's Interior Ministry announced on Thursday that the border would stay "
     "shut until March.",
     [("announced", "Finland's Interior Ministry", "government", None)]),
    # according to a state body
    ("According to the Ostland Statistics Office, inflation fell to 3.1% in October.",
     [("According to", "the Ostland Statistics Office", "government", None)]),
    # a newspaper citing unnamed people, reporting
    ("The Valdia Gazette, citing two people close to the mayor, reported that she "
     "would resign.",
     [("citing", "two people close to the mayor", "unnamed", "reported"),
      ("reported", "The Valdia Gazette", "media", None)]),
    # a present-tense speaker after a quote, with title and employer
    ('"Prices will not fall before spring," says economist Lena Dahl of Norvik Bank.',
     [("says", "economist Lena Dahl of Norvik Bank", "person", None, "Lena Dahl")]),
    # allegedly
    ("The two men allegedly smuggled cigarettes across the border.",
     [("allegedly", None, "none", None)]),
    # an agentless belief with "it"
    ("It is widely believed that the election will be held in May.",
     [("believed", None, "none", None)]),
    # "they" after unnamed people stays unnamed
    ('Union leaders met the prime minister on Friday. "We got nothing," they told '
     'reporters afterwards.',
     [("told", "they", "unnamed", None)]),
    # a country's president named in apposition
    ("Lithuania's president, Gitanas Vilkas, said the drills were a provocation.",
     [("said", "Lithuania's president", "person", None, "Gitanas Vilkas")]),
    # a ministry "of" its country accuses
    ("The Defence Ministry of Ostland accused Valdia of violating the ceasefire.",
     [("accused", "The Defence Ministry of Ostland", "government", None)]),
]  # fmt: skip

# written blind by blind8, session 8 (without reading the extraction code): 11 of
# 12 passed (the miss is in KNOWN_FAILURES)
BATCH_8 = [
    # according to a medium, which cited unnamed people
    ("The ceasefire had collapsed by nightfall, according to Radio Kestrel, which "
     "cited two militia commanders.",
     [("according to", "Radio Kestrel", "media", None),
      ("cited", "two militia commanders", "unnamed", "according to")]),
    # a quote, then its titled speaker after the verb
    ('"We have enough fuel for three days," said hospital director Amina Juma.',
     [("said", "hospital director Amina Juma", "person", None, "Amina Juma")]),
    # a quote, then its speaker by surname, named in full before
    ('Port director Ivo Rask toured the docks on Monday. "The cranes are working '
     'again," Rask said.',
     [("said", "Rask", "person", None, "Ivo Rask")]),
    # unnamed people of a named body
    ("Officials at the Interior Ministry said privately that the curfew would be "
     "extended.",
     [("said", "Officials at the Interior Ministry", "unnamed", None)]),
    # reportedly
    ("The rebel commander has reportedly fled across the border with his family.",
     [("reportedly", None, "none", None)]),
    # an agentless "are said to"
    ("The prisoners are said to have been moved to a camp near the coast.",
     [("said", None, "none", None)]),
    # an agentless "it was announced"
    ("It was announced on Friday that the summit would be postponed until June.",
     [("announced", None, "none", None)]),
    # according to a titled person
    ("According to Finance Minister Lotta Berg, the deficit will fall below 3% next "
     "year.",
     [("According to", "Finance Minister Lotta Berg", "person", None, "Lotta Berg")]),
    # state media citing a ministry with its country
    ("RIA Novosti, citing Japan's Defense Ministry, reported that the naval drills "
     "had ended.",
     [("citing", "Japan's Defense Ministry", "government", "reported"),
      ("reported", "RIA Novosti", "media", None)]),
    # a quote, then the speaker with her office in apposition
    ('"The vote was free and fair," said Petra Holm, head of the observer mission.',
     [("said", "Petra Holm", "person", None, "Petra Holm")]),
    # a speaker who was asked, then said: the cue is "said"
    ("Marta Kovacs, asked about the leaked letter, said the documents were old.",
     [("said", "Marta Kovacs", "person", None, "Marta Kovacs")]),
    # unnamed officials after the clause
    ("The bridge will reopen to traffic next week, city officials said.",
     [("said", "city officials", "unnamed", None)]),
]  # fmt: skip

# written blind by blind9, session 9 (without reading the extraction code): 8 of
# 12 passed (the four misses are in KNOWN_FAILURES)
BATCH_9 = [
    # a pronoun speaker after a curly-quoted quote, named in the sentence before
    ("Surgeon Amal Haddad has worked at the burns unit for 20 years. “We have never "
     "seen injuries like these,” she said.",
     [("said", "she", "person", None, "Amal Haddad")]),
    # a newspaper reported, citing an unnamed official, that ...
    ("The Harbin Evening Post reported, citing a local fire official, that 17 people "
     "had died in the blaze.",
     [("reported", "The Harbin Evening Post", "media", None),
      ("citing", "a local fire official", "unnamed", "reported")]),
    # officials of a nationality
    ("Ethiopian officials said on Sunday that the dam's third turbine had started "
     "producing power.",
     [("said", "Ethiopian officials", "unnamed", None)]),
    # an acronym defined in an earlier sentence, then the acronym speaks
    ("Inspectors from the Coastal Fisheries Authority (CFA) boarded 40 trawlers in "
     "May. The CFA said a third of them had broken the rules.",
     [("said", "The CFA", "government", None, "Coastal Fisheries Authority")]),
    # a minister by title with the name in apposition, telling a non-medium
    ("Nigeria’s oil minister, Bala Yusuf, told parliament that output would reach "
     "1.8 million barrels a day by June.",
     [("told", "Nigeria’s oil minister", "person", None, "Bala Yusuf")]),
    # "the ministry" for the ministry named before, whose deed is no cue
    ("Peru’s Energy Ministry ordered the refinery shut on Monday. The ministry said "
     "the leak had been contained.",
     [("said", "The ministry", "government", None, "Peru's Energy Ministry")]),
    # according to a journal described before its name, citing unnamed people
    ("Three tankers were turned back at the strait, according to the shipping "
     "journal Lloyd’s Ledger, citing port agents.",
     [("according to", "the shipping journal Lloyd’s Ledger", "media", None),
      ("citing", "port agents", "unnamed", "according to")]),
    # an armed group's statement on a channel
    ("The Red Hand Brigade said in a statement on Telegram that it had fired rockets "
     "at the base.",
     [("said in a statement", "The Red Hand Brigade", "organisation", None)]),
    # an unnamed spokeswoman of a company who told a newspaper
    ("A spokeswoman for Kestrel Rail told the Morning Ledger that services would "
     "resume on Friday.",
     [("told", "A spokeswoman for Kestrel Rail", "unnamed", "told"),
      ("told", "the Morning Ledger", "media", None)]),
    # a company's economist by a curly possessive, named in apposition, expecting
    ("Norvik Bank’s chief economist, Sara Lind, expects two more rate cuts this "
     "year.",
     [("expects", "Norvik Bank’s chief economist", "person", None, "Sara Lind")]),
    # a curly-quoted quote, then the verb, then a spokesman with rank and name
    ("“The ceasefire is holding,” said army spokesman Colonel Idris Bello.",
     [("said", "army spokesman Colonel Idris Bello", "person", None, "Idris Bello")]),
    # an agentless "it is understood"
    ("It is understood that the two leaders will meet in Geneva next month.",
     [("understood", None, "none", None)]),
]  # fmt: skip

# written blind by blind11, session 11 (without reading the extraction code): 9 of
# 16 passed (the misses are in KNOWN_FAILURES); the last four have no attribution
BATCH_10 = [
    # the speaker after a quote of two sentences
    ('"We lost the harvest in a week. Nobody came to help," Tomas Vreel said on '
     "Thursday.",
     [("said", "Tomas Vreel", "person", None, "Tomas Vreel")]),
    # a company's spokesperson by a possessive
    ("Galdor Mining's spokesperson said the shaft would stay closed until March.",
     [("said", "Galdor Mining's spokesperson", "unnamed", None)]),
    # people familiar with the matter
    ("The merger talks have stalled, according to people familiar with the matter.",
     [("according to", "people familiar with the matter", "unnamed", None)]),
    # sources close to a person
    ("Sources close to the governor said she would not seek a second term.",
     [("said", "Sources close to the governor", "unnamed", None)]),
    # officials speaking on condition of anonymity
    ("Two defence officials, speaking on condition of anonymity, said the convoy "
     "had been hit by a drone.",
     [("said", "Two defence officials", "unnamed", None)]),
    # warned, with the speaker first and a date line
    ("ORLANE, March 3 (Tidewire) - Finance Minister Petra Voss warned on Monday that "
     "the deficit would double.",
     [("warned", "Finance Minister Petra Voss", "person", None, "Petra Voss")]),
    # conceded, after a dash (session 13: the source without its comma-set
    # apposition, as for "The ministry's spokeswoman, Anna Berg, said"; the name is
    # the actor)
    ("The plan had flaws — the mayor, Iker Salas, conceded on Wednesday.",
     [("conceded", "the mayor", "person", None, "Iker Salas")]),
    # a report published by a body found
    ("The report, published by the Halden Institute, found that 40 percent of "
     "clinics lacked staff.",
     [("found", "The report, published by the Halden Institute", "organisation",
       None)]),
    # a denial of a report
    ("Vessor Telecom denied the report on Friday.",
     [("denied", "Vessor Telecom", "organisation", None)]),
    # told a wire, citing a document
    ("A union leader told the Brenner Wire, citing an internal memo, that 300 jobs "
     "would go.",
     [("told", "A union leader", "unnamed", "told"),
      ("told", "the Brenner Wire", "media", None),
      ("citing", "an internal memo", "unnamed", "told")]),
    # acknowledged, with curly quotes around a short quote
    ("The coach acknowledged that the team had “played scared” in the "
     "second half.",
     [("acknowledged", "The coach", "person", None)]),
    # insisted, with the name after the verb
    ("“The money was never missing,” insisted treasurer Dalia Ferro.",
     [("insisted", "treasurer Dalia Ferro", "person", None, "Dalia Ferro")]),
    # look-alike: said goodbye
    ("The players said goodbye to their fans after the final whistle.", []),
    # look-alike: the so-called
    ("The so-called green corridor runs for 80 kilometres along the river.", []),
    # look-alike: claims for compensation
    ("Claims for compensation rose by a third in the second quarter.", []),
    # look-alike: told to leave
    ("Residents were told to leave their homes before dawn.", []),
]  # fmt: skip

# look-alikes of batch 10's fixes (session 13), each beside what must stay a cue
BATCH_10_LOOKALIKES = [
    # a rite said is no account ...
    ("The coach said a prayer before the match.", []),
    # ... but a clause said still is, with a greeting inside it
    ("The coach said the players would say goodbye on Sunday.",
     [("said", "The coach", "person", None)]),
    ("Fans said the farewell was moving.", [("said", "Fans", "unnamed", None)]),
    # a claim for money is a demand ...
    ("Claims for asylum fell sharply in the spring.", []),
    # ... claims of a thing are still reported claims
    ("Claims of fraud spread quickly online.", [("Claims", None, "none", None)]),
    # told that, passive, is an agentless account; told by someone to, an account
    ("Residents were told that the water was unsafe.",
     [("told", None, "none", None)]),
    ("Residents were told the bridge would stay closed.",
     [("told", None, "none", None)]),
    ("Police told residents to leave their homes.",
     [("told", "Police", "government", None)]),
    # a name after a role noun joins it only when it is a person's, right after it
    ("“The money was never missing,” said the treasurer on Monday.",
     [("said", "the treasurer", "person", None, None)]),
    ("The treasurer told Dalia Ferro that the money was safe.",
     [("told", "The treasurer", "person", None, None)]),
    # a body's spokesperson named in apposition is that person; an office with
    # one holder by a possessive stays a person
    ("The ministry's spokeswoman, Anna Berg, said the talks had failed.",
     [("said", "The ministry's spokeswoman", "person", None, "Anna Berg")]),
    ("Connecticut's tax commissioner said revenue had fallen.",
     [("said", "Connecticut's tax commissioner", "person", None)]),
    # a document's participle without an author, or one that is no authorship
    ("The report, published on Monday, found that 40 percent of clinics lacked "
     "staff.",
     [("found", "The report", "unnamed", None)]),
    ("The report, criticised by the Halden Institute, found that 40 percent of "
     "clinics lacked staff.",
     [("found", "The report", "unnamed", None)]),
    # held from earlier rounds (session 13's brief): a surname after a quote is a
    # person; "they" after an organisation is the organisation
    ('"The border will stay open," Petraitis said.',
     [("said", "Petraitis", "person", None, "Petraitis")]),
    ("The Halden Institute said costs had doubled. They said the clinics would "
     "close.",
     [("said", "The Halden Institute", "organisation", None),
      ("said", "They", "organisation", None, "Halden Institute")]),
]  # fmt: skip

# what attrib13 left of batch 10 (session 13), each with look-alikes
BATCH_10_LEFT = [
    # a description after the quote and the verb, parsed as its object, with a date
    ("“The money was never missing,” insisted the treasurer on Monday.",
     [("insisted", "the treasurer", "person", None, None)]),
    ('"The talks will resume," said the minister on Tuesday.',
     [("said", "the minister", "person", None, None)]),
    ('"The talks will resume," said a spokesman for the ministry late on Friday.',
     [("said", "a spokesman for the ministry", "unnamed", None)]),
    # a description before a name after the quote stays with the name, as before it
    ('"The bridge is safe," said engineer Ionela Radu.',
     [("said", "engineer Ionela Radu", "person", None, "Ionela Radu")]),
    ('"The bridge is safe," engineer Ionela Radu said.',
     [("said", "engineer Ionela Radu", "person", None, "Ionela Radu")]),
    # a verb after a dash and an apposed name ends the clause: the noun's verb;
    # with an object it was parsed as one and stays a cue (a concession)
    ("The plan had flaws — the mayor, Iker Salas, conceded.",
     [("conceded", "the mayor", "person", None, "Iker Salas")]),
    ("The plan had flaws — the mayor, Iker Salas, conceded defeat.",
     [("conceded", "the mayor", "person", None, "Iker Salas")]),
    # ... a participle naming a noun is none, and a passive one with its agent is
    # the agent's, not the apposed name's
    ("The party said it would back a group called Green Future.",
     [("said", "The party", "organisation", None)]),
    ("The plan had flaws — the deputy, Iker Salas, criticised by the council.",
     [("criticised", "the council", "organisation", None)]),
    # a noun compound "X claims for" a thing is a demand ...
    ("Insurance claims for flood damage doubled.", []),
    ("Insurance claims for flood damage doubled in the first quarter.", []),
    # ... a subject that claims a clause is still an account
    ("The insurer claims that the damage was caused by the storm.",
     [("claims", "The insurer", "organisation", None)]),
    ("Farmers claim the flood damage doubled.",
     [("claim", "Farmers", "unnamed", None)]),
]  # fmt: skip

# written blind by blind13, session 13 (without reading the extraction code):
# 4 of 8 passed (the misses are in KNOWN_FAILURES); the last two have no attribution
BATCH_11 = [
    # according to an unnamed person briefed on talks
    ("The two sides are close to a deal on grain exports, according to a person "
     "briefed on the talks.",
     [("according to", "a person briefed on the talks", "unnamed", None)]),
    # unnamed diplomats who told a wire
    ("Two Western diplomats told Tidewire that the sanctions package would be "
     "delayed until June.",
     [("told", "Two Western diplomats", "unnamed", "told"),
      ("told", "Tidewire", "media", None)]),
    # quoted as saying by a newspaper
    ("Deputy Energy Minister Oren Lazar was quoted as saying by the Haldor Herald "
     "that gas tariffs would rise in the autumn.",
     [("quoted as saying", "Deputy Energy Minister Oren Lazar", "person",
       "quoted as saying", "Oren Lazar"),
      ("quoted as saying", "the Haldor Herald", "media", None)]),
    # in an interview with a medium, fronted before the speaker
    ("In an interview with the Sentinel Weekly, central bank governor Mira Okafor "
     "said inflation had peaked.",
     [("said", "central bank governor Mira Okafor", "person", "said", "Mira Okafor"),
      ("said", "the Sentinel Weekly", "media", None)]),
    # wrote on a platform named with its old name in brackets
    ("Opposition leader Tamar Gviria wrote on X (formerly Twitter) that the election "
     "had been rigged.",
     [("wrote", "Opposition leader Tamar Gviria", "person", None, "Tamar Gviria")]),
    # a medium citing a report by a body: the body is the source the medium relays
    ("The Marlow Gazette, citing a report by the Fenwick Institute, said rents in "
     "the capital had risen 14 percent.",
     [("said", "The Marlow Gazette", "media", None),
      ("citing a report by", "the Fenwick Institute", "organisation", "said")]),
    # look-alike: statements of account
    ("Customers will receive their statements of account by post from next month.",
     []),
    # look-alike: the report card
    ("Pupils will take their report cards home on the last day of term.", []),
]  # fmt: skip

# look-alikes of batch 11's fixes (session 14), each beside what must stay as it is
BATCH_11_LOOKALIKES = [
    # an unnamed source keeps the participle that says who it is ...
    ("Officials involved in the search said the wreck had been found.",
     [("said", "Officials involved in the search", "unnamed", None)]),
    ("The vote will be delayed, according to a diplomat based in Vienna.",
     [("according to", "a diplomat based in Vienna", "unnamed", None)]),
    ("People briefed on the plan said it would be delayed.",
     [("said", "People briefed on the plan", "unnamed", None)]),
    # ... but not one set off by commas, a relative clause, or a relaying "quoted by"
    ("An official, briefed on the talks, said a deal was close.",
     [("said", "An official", "unnamed", None)]),
    ("Officials who were briefed on the talks said a deal was close.",
     [("said", "Officials", "unnamed", None)]),
    ("Officials quoted by the Orlane Courier said the port was shut.",
     [("quoted by", "the Orlane Courier", "media", None),
      ("said", "Officials", "unnamed", "quoted by")]),
    # a wire named by one word glued to "wire" (or "herald", "gazette") is media ...
    ("A union leader told Newswire that 300 jobs would go.",
     [("told", "A union leader", "unnamed", "told"),
      ("told", "Newswire", "media", None)]),
    ("Tidewire reported that the talks had failed.",
     [("reported", "Tidewire", "media", None)]),
    # ... a one-word firm or a parliament told is no medium
    ("Two diplomats told Tidewater that the sanctions would be delayed.",
     [("told", "Two diplomats", "unnamed", None)]),
    ("Two diplomats told Parliament that the sanctions would be delayed.",
     [("told", "Two diplomats", "unnamed", None)]),
    # "quoted as saying" is one cue; a "by" after it is the medium relaying the
    # speaker ...
    ("The finance minister was quoted as saying by Radio Kestrel that the budget "
     "was balanced.",
     [("quoted as saying", "The finance minister", "person", "quoted as saying"),
      ("quoted as saying", "Radio Kestrel", "media", None)]),
    ("Police chief Anna Berg was quoted as saying by local media that two men had "
     "been arrested.",
     [("quoted as saying", "Police chief Anna Berg", "person", "quoted as saying",
       "Anna Berg"),
      ("quoted as saying", "local media", "media", None)]),
    ("Tom Hale was quoted as saying that the port would stay shut.",
     [("quoted as saying", "Tom Hale", "person", None)]),
    # ... but a "by" that names no one is none, and "quoted by Y as saying" and
    # "Y quoted X as saying" keep their cues
    ("Tom Hale was quoted as saying by way of explanation that the port would stay "
     "shut.",
     [("quoted as saying", "Tom Hale", "person", None)]),
    ("Tom Hale was quoted by Radio Kestrel as saying that the port would stay shut.",
     [("quoted by", "Radio Kestrel", "media", None),
      ("saying", "Tom Hale", "person", "quoted by")]),
    ("Radio Kestrel quoted Tom Hale as saying that the port would stay shut.",
     [("quoted", "Radio Kestrel", "media", None),
      ("saying", "Tom Hale", "person", "quoted")]),
    # an interviewer relays the speaker on the speaker's cue, and an organisation
    # interviewing is a medium, whatever its name's shape ...
    ("In an interview with Kestrel Broadcasting, the mayor said the bridge would "
     "reopen.",
     [("said", "Kestrel Broadcasting", "media", None),
      ("said", "the mayor", "person", "said")]),
    ("Port director Maria Olsen said in an interview with the Harbour Times that the "
     "dock would close.",
     [("said in an interview", "Port director Maria Olsen", "person",
       "said in an interview"),
      ("said in an interview", "the Harbour Times", "media", None)]),
    # ... a periodical named by its frequency is media wherever it stands ...
    ("The Sentinel Weekly reported that inflation had peaked.",
     [("reported", "The Sentinel Weekly", "media", None)]),
    ("Mira Okafor told the Harbour Daily that inflation had peaked.",
     [("told", "Mira Okafor", "person", "told"),
      ("told", "the Harbour Daily", "media", None)]),
    # ... and the police interviewing stay the police
    ("In an interview with police, the driver said he had not seen the cyclist.",
     [("said", "police", "government", None),
      ("said", "the driver", "person", "said")]),
    # the interviewer named in the speaker's clause is not the role or the pronoun
    # that speaks; a person named in a sentence before still is
    ("In an interview with Tom Hale, the mayor said the bridge would reopen.",
     [("said", "Tom Hale", "person", None, "Tom Hale"),
      ("said", "the mayor", "person", "said", None)]),
    ("In an interview with Tom Hale, he said the bridge would reopen.",
     [("said", "Tom Hale", "person", None, "Tom Hale"),
      ("said", "he", "person", "said", None)]),
    ("Tom Hale arrived on Monday. In an interview with the Sentinel Weekly, the "
     "mayor said the bridge would reopen.",
     [("said", "the Sentinel Weekly", "media", None),
      ("said", "the mayor", "person", "said", "Tom Hale")]),
    ("Tom Hale said he would resign.",
     [("said", "Tom Hale", "person", None, "Tom Hale")]),
    # the media as a whole are a source a hop can cite, as a newspaper is
    ("The port was closed, the ministry said, citing local media.",
     [("said", "the ministry", "government", None),
      ("citing", "local media", "media", "said")]),
]  # fmt: skip

# The owner of a report noun (issue 10, the no-source row): who made the claim,
# asked the question or voiced the criticism, where the parse gives it another way
# than a possessor; and look-alikes that stay without a source.
BATCH_NOSOURCE = [
    # the tagger's noun for a verb, with a subject
    ("But Ms. Varga claims that the toll should be scrapped.",
     [("claims", "Ms. Varga", "person", None)]),
    ("But the union claims that the toll should be scrapped.",
     [("claims", "the union", "organisation", None)]),
    # a "from" agent that can speak
    ("The ministry faced criticism from critics that the dam plan was too costly.",
     [("criticism", "critics", "unnamed", None)]),
    ("The senator will face sharper criticism from Governor Piet Lund about the "
     "deficit.",
     [("criticism", "Governor Piet Lund", "person", None, "Piet Lund")]),
    # a party adjective
    ("Republican criticism that the tax plan favours the rich has grown.",
     [("criticism", "Republican", "unnamed", None)]),
    ("Democratic allegations of bias in the inquiry gained ground on Monday.",
     [("allegations", "Democratic", "unnamed", None)]),
    # look-alikes: no owner
    ("Claims that the dam had cracked spread quickly on Monday.",
     [("Claims", None, "none", None)]),
    ("The harsh criticism that the plan was rushed did not stop the vote.",
     [("criticism", None, "none", None)]),
    ("Economic criticism of the plan came from several quarters.",
     [("criticism", None, "none", None)]),
    ("The project faced criticism from the start over its cost.",
     [("criticism", None, "none", None)]),
    ("Rumours from abroad that the minister had resigned were denied.",
     [("Rumours", None, "none", None)]),
]  # fmt: skip

# written blind by blind14, session 14 (without reading the extraction code;
# expectations written before the first run): 8 of 14 passed (the misses are in
# KNOWN_FAILURES); the last three have no attribution
BATCH_12 = [
    # said in a post on a channel, as "said in a statement"
    ("Governor Rasa Milne said in a post on Telegram that the power station had been "
     "hit overnight.",
     [("said in a post", "Governor Rasa Milne", "person", None, "Rasa Milne")]),
    # a subject document issued by its author
    ("A statement issued by the Transport Ministry said the rail strike was illegal.",
     [("said", "A statement issued by the Transport Ministry", "government", None)]),
    # an office of a head of government
    ("The prime minister's office said on Friday that the visit had been postponed.",
     [("said", "The prime minister's office", "government", None)]),
    # state media citing a ministry, fronted
    ("State broadcaster KTV reported, citing the Foreign Ministry, that the "
     "ambassador had been recalled.",
     [("reported", "State broadcaster KTV", "media", None),
      ("citing", "the Foreign Ministry", "government", "reported")]),
    # a newspaper quoting unnamed officials, in commas
    ("The Lindholm Post, quoting unnamed officials, said the tender would be "
     "cancelled.",
     [("quoting", "unnamed officials", "unnamed", "said"),
      ("said", "The Lindholm Post", "media", None)]),
    # anonymity in a relative clause stays out of the source
    ("Three officials who spoke on condition of anonymity said the minister would be "
     "replaced within a week.",
     [("said", "Three officials", "unnamed", None)]),
    # an op-ed: her own words, the paper only prints them
    ("Former central bank governor Ilse Marten wrote in an op-ed for the Harbour "
     "Ledger that rates should rise.",
     [("wrote in an op-ed", "Former central bank governor Ilse Marten", "person",
       None, "Ilse Marten")]),
    # documents seen by a newspaper: the participle says which documents
    ("The firm paid two million euros to a consultant in Cyprus, according to "
     "documents seen by the Harbour Ledger.",
     [("according to", "documents seen by the Harbour Ledger", "unnamed", None)]),
    # a request for anonymity is no account
    ("A senior official, who asked not to be named, said the talks had broken down.",
     [("said", "A senior official", "unnamed", None)]),
    # remarks broadcast by a medium: it relays the speaker on the speaker's cue, as
    # "in an interview with"
    ("Defence Minister Oskar Lind, in remarks broadcast by state television, said the "
     "drills would continue.",
     [("said", "state television", "media", None),
      ("said", "Defence Minister Oskar Lind", "person", "said", "Oskar Lind")]),
    # data published by a state body, which showed
    ("The data, published by the Ostland Statistics Office, showed that exports fell "
     "8 percent in March.",
     [("showed", "The data, published by the Ostland Statistics Office",
       "government", None)]),
    # look-alike: the sayings of a poet
    ("The sayings of the late poet were collected in a slim volume this spring.", []),
    # look-alike: a telling sign
    ("In a telling sign of the mood, only 40 people turned up at the rally.", []),
    # look-alike: tells apart
    ("The machine tells real banknotes apart from forgeries in under a second.", []),
]  # fmt: skip

# look-alikes of batch 12's fixes (session 14), each beside what must stay as it is
BATCH_12_LOOKALIKES = [
    # "tell" as "distinguish" is no account ...
    ("Few people can tell the twins apart.", []),
    ("The inspector could not tell apart the two signatures.", []),
    ("Most shoppers cannot tell the difference between the two brands.", []),
    # ... an "apart" of the reported clause, or a "difference" in it, is not
    ("The minister told reporters that the coalition was falling apart.",
     [("told", "The minister", "person", None)]),
    ("Ana Lucic told the panel the difference in cost was small.",
     [("told", "Ana Lucic", "person", None, "Ana Lucic")]),
    # a written or posted channel joins the cue, as "in a statement" does ...
    ("The senator wrote in an email to supporters that the bill was dead.",
     [("wrote in an email", "The senator", "person", None)]),
    ("Mayor Tom Hale said in a video message that the curfew would end.",
     [("said in a video message", "Mayor Tom Hale", "person", None, "Tom Hale")]),
    ("Economist Rui Dantas argued in an op-ed that the tax was unfair.",
     [("argued in an op-ed", "Economist Rui Dantas", "person", None)]),
    # ... a speech does not (PolNeAR never marks it), nor an email after the
    # medium told (PolNeAR's cue is "told")
    ("The minister said in a speech that taxes would rise.",
     [("said", "The minister", "person", None)]),
    ("Tom Hale told the Harbour Times in an email that the dock would close.",
     [("told", "Tom Hale", "person", "told"),
      ("told", "the Harbour Times", "media", None)]),
    # a person's role right before a name the tagger typed an organisation ...
    ("Central bank governor Ilse Marten wrote that rates should rise.",
     [("wrote", "Central bank governor Ilse Marten", "person", None, "Ilse Marten")]),
    # ... but a firm's descriptor leaves it a firm
    ("Defence contractor Valtek Systems said the order had been cancelled.",
     [("said", "Defence contractor Valtek Systems", "organisation", None)]),
    # a document keeps the participle that says which it is; its author's kind
    # decides the source's, one who saw it does not ...
    ("According to figures released by the Labour Ministry, unemployment rose.",
     [("According to", "figures released by the Labour Ministry", "government",
       None)]),
    ("The plant leaked for years, according to a memo seen by Radio Kestrel.",
     [("according to", "a memo seen by Radio Kestrel", "unnamed", None)]),
    ("The figures, released by the Ostland Statistics Office, showed that wages "
     "rose.",
     [("showed", "The figures, released by the Ostland Statistics Office",
       "government", None)]),
    # ... but the data alone are nobody's, a criticising participle stays out, and a
    # relaying "cited by" keeps its cue
    ("The data showed that exports fell.",
     [("showed", "The data", "unnamed", None)]),
    ("The report, criticised by the opposition, found that rents rose.",
     [("found", "The report", "unnamed", None)]),
    ("A memo cited by the Vostok Herald said the plant would close.",
     [("cited by", "the Vostok Herald", "media", None),
      ("said", "A memo", "unnamed", "cited by")]),
    # a medium broadcasting the speaker's words relays them on the speaker's cue,
    # wherever the phrase stands ...
    ("In a speech televised by Kestrel TV, the mayor said the bridge would reopen.",
     [("said", "Kestrel TV", "media", None),
      ("said", "the mayor", "person", "said")]),
    ("The mayor said in remarks broadcast by Kestrel TV that the bridge would "
     "reopen.",
     [("said", "The mayor", "person", "said"),
      ("said", "Kestrel TV", "media", None)]),
    ("In an interview aired by local media, the general said the town had fallen.",
     [("said", "local media", "media", None),
      ("said", "the general", "person", "said")]),
    # ... not one that only reported the remarks, nor a match it broadcast
    ("In remarks reported by Kestrel TV, the mayor said the bridge would reopen.",
     [("said", "the mayor", "person", None)]),
    ("In a match broadcast by Kestrel TV, the striker scored twice.", []),
]  # fmt: skip

# Session 14, cues (issue 10): the cue model's added cues
BATCH_CUES14 = [
    # a copula whose "it" stands for the clause after it is no one's account
    ("It's hard to imagine a ferry timetable more confusing than this one.", []),
    ("It is hard to figure out how much the harbour board spent on the pier.", []),
    # look-alikes: a person's stance on a copula stays the model's cue ...
    ("The mayor is sure that the ferry will sail on Monday.",
     [("is", "The mayor", "person", None)]),
    ("Fishermen are afraid that the new quota will ruin them.",
     [("are", "Fishermen", "unnamed", None)]),
    # ... and an "it is clear that" the rules' own cue without a source
    ("It is unclear whether the ferry will sail on Monday.",
     [("is unclear", None, "none", None)]),
    # a phase or an attempt of a deed is no account
    ("Harbour officials attempted to reopen the pier on Friday.", []),
    ("Farmers keep voting for the same party.", []),
    ("Campaign aides scanned the crowd, trying to spot protesters.", []),
    # look-alikes: "continued to call for" stays a cue, and an account tried is one
    ("The mayor has continued to call for a new bridge.",
     [("continued", "The mayor", "person", None)]),
    ("The mayor tried to argue that the bridge was safe.",
     [("argue", "The mayor", "person", None)]),
]  # fmt: skip

# written blind by blind15, session 15 (without reading the extraction code;
# expectations written before the first run): 9 of 14 passed (6 of 11
# attributions, the 3 look-alikes; the misses are in KNOWN_FAILURES); the last three
# have no attribution
BATCH_13 = [
    # told reporters on the sidelines of a meeting: reporters are no medium
    ("Finance Minister Jonas Ekberg told reporters on the sidelines of a summit in "
     "Varro that the budget would be cut.",
     [("told", "Finance Minister Jonas Ekberg", "person", None, "Jonas Ekberg")]),
    # a statement carried by a medium: it relays the speaker on the speaker's cue,
    # as "remarks broadcast by"
    ("The Interior Ministry said in a statement carried by the state news agency "
     "that the border would reopen on Sunday.",
     [("said in a statement", "The Interior Ministry", "government",
       "said in a statement"),
      ("said in a statement", "the state news agency", "media", None)]),
    # cited as saying, one cue as "quoted as saying"
    ("Port director Elin Sova was cited as saying that the terminal would close for "
     "a month.",
     [("cited as saying", "Port director Elin Sova", "person", None, "Elin Sova")]),
    # unnamed sources after the clause
    ("The airline will cut 900 jobs, sources familiar with the matter said.",
     [("said", "sources familiar with the matter", "unnamed", None)]),
    # a person close to someone
    ("A person close to the prime minister said she would not seek a third term.",
     [("said", "A person close to the prime minister", "unnamed", None)]),
    # conceded after the clause, the speaker's office in apposition
    ("The repairs will take longer than planned, conceded Tomas Reyn, the city's "
     "chief engineer.",
     [("conceded", "Tomas Reyn", "person", None, "Tomas Reyn")]),
    # according to a draft seen by a newspaper: the draft is nobody's named account
    ("The bloc will phase out coal subsidies by 2034, according to a draft of the "
     "summit communique seen by the Harbour Ledger.",
     [("according to", "a draft of the summit communique seen by the Harbour Ledger",
       "unnamed", None)]),
    # a medium that gave no source of its own
    ("Twelve soldiers were killed in the ambush, the Alvar News Agency said, without "
     "giving a source.",
     [("said", "the Alvar News Agency", "media", None)]),
    # a headline: speaker, colon, words
    ("Mayor Ines Karo: we will rebuild the bridge by spring",
     [(":", "Mayor Ines Karo", "person", None, "Ines Karo")]),
    # maintained, a role with the name in apposition
    ("The defendant, Ole Brisk, has maintained throughout the trial that he was "
     "abroad at the time.",
     [("maintained", "The defendant", "person", None, "Ole Brisk")]),
    # a transcript released by a ministry relays the speaker
    ("The general said the town had fallen, according to a transcript released by "
     "the Defence Ministry.",
     [("said", "The general", "person", "according to"),
      ("according to", "a transcript released by the Defence Ministry",
       "government", None)]),
    # look-alike: carried by the current
    ("The ferry was carried by the current onto the rocks near the harbour wall.",
     []),
    # look-alike: on the sidelines, saying nothing
    ("Three ministers stood on the sidelines as the protesters marched past the "
     "palace.",
     []),
    # look-alike: a person close to a place
    ("A person close to the finish line was hit by a falling banner.", []),
]  # fmt: skip

# Session 15, attribution rules (issues 10, 11): a medium a talk was given to relays
# the speaker's cue and is no account of its own, with no cue of the speaker nothing
# (PolNeAR never makes the medium a source)
BATCH_ATTR15 = [
    ("In an interview with Radio Kestrel, the harbour master toured the new quay.",
     []),
    ("In an interview with the Lisvane Post on Sunday, the coach smiled and shook "
     "hands.", []),
    ("The senator, in remarks broadcast by Kestrel TV, wept.", []),
    # near-misses: a cue of the speaker keeps its relay, wherever the phrase stands,
    # and the channel of a verb is the speaker's own cue
    ("In an interview with the Lisvane Post, the coach denied that the team was for "
     "sale.",
     [("denied", "the Lisvane Post", "media", None),
      ("denied", "the coach", "person", "denied")]),
    ("The coach, in an interview with Radio Kestrel, warned that the stadium would "
     "close.",
     [("warned", "Radio Kestrel", "media", None),
      ("warned", "The coach", "person", "warned")]),
    ("The senator, in remarks broadcast by Kestrel TV, said the vote was rigged.",
     [("said", "Kestrel TV", "media", None),
      ("said", "The senator", "person", "said")]),
    ('"The pier is safe," the harbour master said in an interview.',
     [("said in an interview", "the harbour master", "person", None)]),
    # a medium citing a body a common noun names, or a message, relays it (it was
    # taken for a reason the medium gave, "citing" its own cue) ...
    ("Corran FM, citing the health office, said 340 people had caught measles.",
     [("citing", "the health office", "organisation", "said"),
      ("said", "Corran FM", "media", None)]),
    ("The Lisvane Post, citing the auction house, said the painting had sold.",
     [("citing", "the auction house", "organisation", "said"),
      ("said", "The Lisvane Post", "media", None)]),
    ("Kestrel News, citing the town hospital, reported that four people were hurt.",
     [("citing", "the town hospital", "organisation", "reported"),
      ("reported", "Kestrel News", "media", None)]),
    ("Screen Weekly, citing an email sent to customers, reported that prices would "
     "rise.",
     [("citing", "an email sent to customers", "unnamed", "reported"),
      ("reported", "Screen Weekly", "media", None)]),
    # ... an outlet's kind from its shape: a broadcaster's "FM", a periodical
    # described by its frequency
    ("The business daily Ledger, citing the statistics office, said the jobless "
     "rate had dropped.",
     [("citing", "the statistics office", "government", "said"),
      ("said", "The business daily Ledger", "media", None)]),
    ("The ministry holds daily briefings, the weekly Harbour Voice reported.",
     [("reported", "the weekly Harbour Voice", "media", None)]),
    # near-misses: a reason cited stays the citer's own account
    ("The court ruled, citing a threat to public health, that the plant must close.",
     [("citing", "The court", "organisation", None)]),
    ("The club cancelled the match, citing the poor state of the pitch.",
     [("citing", "The club", "organisation", None)]),
    # "cited as saying" is the cue "quoted as saying" is: the speaker its subject, a
    # "by" after it the medium relaying them, "Y cited X as saying" / "X was cited by
    # Y as saying" Y relaying X
    ("Finance chief Oda Lind was cited as saying by the Varna Courier that wages "
     "would rise.",
     [("cited as saying", "Finance chief Oda Lind", "person", "cited as saying",
       "Oda Lind"),
      ("cited as saying", "the Varna Courier", "media", None)]),
    ("The minister was cited as saying the talks had failed.",
     [("cited as saying", "The minister", "person", None)]),
    ("Radio Kestrel cited the mayor as saying the bridge would reopen.",
     [("cited", "Radio Kestrel", "media", None),
      ("saying", "the mayor", "person", "cited")]),
    ("Oda Lind was cited by the Varna Courier as saying that wages would rise.",
     [("cited by", "the Varna Courier", "media", None),
      ("saying", "Oda Lind", "person", "cited by", "Oda Lind")]),
    # records (a transcript, a draft, a memorandum, a dossier, a filing) are documents:
    # nobody's named account unless a participle names their author; a sports draft
    # is no source
    ("The port will close in May, according to a memorandum seen by the Corran "
     "Herald.",
     [("according to", "a memorandum seen by the Corran Herald", "unnamed", None)]),
    ("Rents rose 9 percent, according to a dossier compiled by the Halden Institute.",
     [("according to", "a dossier compiled by the Halden Institute", "organisation",
       None)]),
    ("A court filing showed the company owed 40 million dollars.",
     [("showed", "A court filing", "unnamed", None)]),
    ("The first pick of the draft was made by the Kestrels on Thursday.", []),
]  # fmt: skip

BATCH_CUES15 = [
    # a held stance (PolNeAR: "internal states - beliefs, intentions - ascribed to
    # someone"): a copula with a state adjective and its clause or "of"/"whether"
    ("The harbour master is confident that the ferry will sail on Monday.",
     [("is", "The harbour master", "person", None)]),
    ("Several councillors were skeptical of the budget plan.",
     [("were skeptical", "Several councillors", "unnamed", None)]),
    ("The coach was unsure whether the striker would play.",
     [("was", "The coach", "person", None)]),
    # ... and "have" with a state noun, its holder the subject
    ("The mayor has doubts about the bridge contract.",
     [("has", "The mayor", "person", None)]),
    ("The union has questions about the pension offer.",
     [("has", "The union", "organisation", None)]),
    ("Local farmers have serious reservations about the dam.",
     [("have", "Local farmers", "unnamed", None)]),
    ("The mayor was adamant that the bells would ring again.",
     [("was", "The mayor", "person", None)]),
    ("Two councillors remain doubtful that the tunnel will open on time.",
     [("remain", "Two councillors", "unnamed", None)]),
    # near-misses: no one holds the state (a thing, a raising "certain to", a
    # forecast), a thing "has" questions, a question put to someone
    ("The pier is open to visitors on Sundays.", []),
    ("Tickets are certain to sell out.", []),
    ("The forecast is positive for the weekend.", []),
    ("The quiz has ten questions about rivers.", []),
    ("The museum has a question box near the door.", []),
    ("The ferry captain had a question for the harbour master.", []),
]  # fmt: skip

# written blind by blind16, session 16 (without reading the extraction code;
# expectations written before the first run): chains, agentless accounts, unnamed
# sources, a speaker named after a quote, titles and appositions, media, government
# and person kinds, "they" and "we" speakers, over courts, sport, business, health,
# climate, local government and conflict: 10 of 14 passed (the misses are in
# KNOWN_FAILURES)
BATCH_14 = [
    # a newspaper citing unnamed prosecutors, reporting
    ("The Valmora Herald, citing two prosecutors in the case, reported that the "
     "judge had been taken off the trial.",
     [("citing", "two prosecutors in the case", "unnamed", "reported"),
      ("reported", "The Valmora Herald", "media", None)]),
    # an agentless "it is understood" without "that"
    ("It is understood the club has agreed a fee with the player's agent.",
     [("understood", None, "none", None)]),
    # an agentless "is said to"
    ("The striker is said to be unhappy with his new contract.",
     [("said", None, "none", None)]),
    # a person familiar with a company's plans
    ("A person familiar with the company's plans said the factory near Porto would "
     "close in 2033.",
     [("said", "A person familiar with the company's plans", "unnamed", None)]),
    # a titled speaker named after a quote, the office in apposition
    ('"We have run out of beds," said Dr Amara Osei, the director of Kumasi General '
     'Hospital.',
     [("said", "Dr Amara Osei", "person", None, "Amara Osei")]),
    # a title before the name, announcing
    ("Tournament director Hiroshi Tanaka announced that the final would be moved to "
     "Osaka because of the typhoon.",
     [("announced", "Tournament director Hiroshi Tanaka", "person", None,
       "Hiroshi Tanaka")]),
    # a ministry with its country, quoted by a newspaper described before its name
    ("Chile's environment ministry, quoted by the newspaper El Faro del Sur, said "
     "the oil spill had reached two beaches.",
     [("quoted by", "the newspaper El Faro del Sur", "media", None),
      ("said", "Chile's environment ministry", "government", "quoted by")]),
    # "They" for the police named before, whose arrest is a deed
    ("Police in Lyon arrested four climate activists on Tuesday. They said the group "
     "had glued itself to a runway.",
     [("said", "They", "government", None)]),
    # "We" of a company named before, in its own words
    ("Dunmore Water has run the city's pipes since 1998. We warned the council in "
     "2029 that the mains needed replacing.",
     [("warned", "We", "organisation", None, "Dunmore Water")]),
    # state television citing a ministry
    ("State television, citing the Interior Ministry, said 40 people had been "
     "detained in Tbilisi overnight.",
     [("citing", "the Interior Ministry", "government", "said"),
      ("said", "State television", "media", None)]),
    # an unnamed official of a ministry, unauthorised, in a relative clause
    ("A senior official at Peru's health ministry, who was not authorised to speak "
     "publicly, said the vaccine order had been cancelled.",
     [("said", "A senior official at Peru's health ministry", "unnamed", None)]),
    # a scientist with her institution, named after a quote
    ('"The glacier has lost a fifth of its ice in ten years," said glaciologist '
     'Ingrid Solberg of the University of Tromsø.',
     [("said", "glaciologist Ingrid Solberg of the University of Tromsø", "person",
       None, "Ingrid Solberg")]),
    # an agentless "it has been confirmed"
    ("It has been confirmed that the mayor of Gdańsk will not stand for a third "
     "term.",
     [("confirmed", None, "none", None)]),
    # unnamed bankers who told a newspaper, then "They" for them
    ("Two bankers involved in the deal told the Financial Courier that the bid "
     "would be raised. They said a decision was due on Monday.",
     [("told", "Two bankers involved in the deal", "unnamed", "told"),
      ("told", "the Financial Courier", "media", None),
      ("said", "They", "unnamed", None)]),
]  # fmt: skip

# Session 16, attribution rules (issue 10): a news agency of the state is media; one
# authority of a state (its remit or its owner before it) is a government body, and
# "authorities" or an expert "authority on" stay unnamed; a person's noun with a name
# in apposition the tagger typed an organisation is the person, a company's name there
# is not
BATCH_ATTR16 = [
    ("The state news agency reported that the border would reopen.",
     [("reported", "The state news agency", "media", None)]),
    ("The national press agency said the talks had failed.",
     [("said", "The national press agency", "media", None)]),
    # near-misses: the state's own services and press office
    ("The State Emergency Service said two people had drowned.",
     [("said", "The State Emergency Service", "government", None)]),
    ("The federal press service said the president was ill.",
     [("said", "The federal press service", "government", None)]),
    ("The city's transport authority said the trams would run again on Monday.",
     [("said", "The city's transport authority", "government", None)]),
    ("The port authority said the ship had docked.",
     [("said", "The port authority", "government", None)]),
    ("The regional health authority said 40 people were ill.",
     [("said", "The regional health authority", "government", None)]),
    ("Local authorities said the road was closed.",
     [("said", "Local authorities", "unnamed", None)]),
    ("A leading authority on whales said the species was recovering.",
     [("said", "A leading authority on whales", "unnamed", None)]),
    ("The defendant, Ada Brisk, said she was abroad.",
     [("said", "The defendant", "person", None, "Ada Brisk")]),
    ("The witness, Ole Brisk, said he was abroad.",
     [("said", "The witness", "person", None, "Ole Brisk")]),
    ("The buyer, Kestrel Holdings, said the deal would close in May.",
     [("said", "The buyer", "organisation", None, "Kestrel Holdings")]),
    ("The plaintiff, Harbour Shipping, said it had lost 9 million.",
     [("said", "The plaintiff", "organisation", None, "Harbour Shipping")]),
    ("The regulator, Ofcom, said the licence was revoked.",
     [("said", "The regulator", "organisation", None)]),
    # a reason "cited as" the cause by nobody is no account; by someone, theirs (the
    # "as" the parse hung on the agent is the verb's, not the source's)
    ("The storm was cited as the cause of the blackout.", []),
    ("Poor pitch conditions were cited as the reason for the cancellation.", []),
    ("The storm was cited by engineers as the cause of the blackout.",
     [("cited", "engineers", "unnamed", None)]),
    ("Engineers cited the storm as the cause of the blackout.",
     [("cited", "Engineers", "unnamed", None)]),
    ("The plan was described by officials as a failure.",
     [("described", "officials", "unnamed", None)]),
    # the agentless raising "is understood to", "it is understood that", as "is
    # believed to"; "understood" of a thing, or with a clause, no cue of the rules
    ("The minister is understood to have resigned.",
     [("understood", None, "none", None)]),
    ("It is understood that the minister has resigned.",
     [("understood", None, "none", None)]),
    ("The talks are believed to have stalled.",
     [("believed", None, "none", None)]),
    ("The rules of the tender are poorly understood.", []),
    # batch 14's misses by kind: broadcasting is media ("State television", "state
    # radio", "Local TV"); a cited source keeps its place the parse hung on "citing",
    # not a document they spoke in; "They" is not the medium spoken to, and with no
    # source before, a body that was the sentence before's subject (people not cited
    # stay unresolved, as in test_sources_v2)
    ("State radio said the president had left the country.",
     [("said", "State radio", "media", None)]),
    ("The ministry, citing state television, said the vote was delayed.",
     [("citing", "state television", "media", "said"),
      ("said", "The ministry", "government", None)]),
    ("Local TV reported that the bridge had collapsed.",
     [("reported", "Local TV", "media", None)]),
    ("Al Jazeera, citing officials in Kabul, reported that the airport had closed.",
     [("citing", "officials in Kabul", "unnamed", "reported"),
      ("reported", "Al Jazeera", "media", None)]),
    ("The Sentinel Weekly, citing witnesses in a report on Sunday, said the dam had "
     "burst.",
     [("citing", "witnesses", "unnamed", "said"),
      ("said", "The Sentinel Weekly", "media", None)]),
    ("Two engineers told Radio Kestrel that the dam was cracked. They said repairs "
     "would take a year.",
     [("told", "Two engineers", "unnamed", "told"),
      ("told", "Radio Kestrel", "media", None),
      ("said", "They", "unnamed", None, "two engineers")]),
    ("The army shelled the town overnight. They said the rebels had fled.",
     [("said", "They", "government", None)]),
    ("Residents fled the fire on Sunday. They said the alarm had not sounded.",
     [("said", "They", "unnamed", None, None)]),
    ("The talks dragged on for hours. They said the deal was close.",
     [("said", "They", "unnamed", None, None)]),
    # a belief, a doubt or talk a "there is" says is held: nobody's, or theirs
    # "among" whom it is; evidence or an event is no one's account
    ("There is widespread agreement that the bridge must be rebuilt.",
     [("agreement", None, "none", None)]),
    ("There are fears that the dam will burst.",
     [("fears", None, "none", None)]),
    ("There have been calls to close the border.",
     [("calls", None, "none", None)]),
    ("There is broad agreement among farmers that the tax is too high.",
     [("agreement", "farmers", "unnamed", None)]),
    ("There is evidence that the dam was cracked.", []),
    ("There was a debate on Saturday.", []),
    ("Agreement on the deal came late on Friday.", []),
    # a connective of concession is nobody's words; "said" with words of its own is
    ("That said, the ferry will sail on Monday.", []),
    ("Having said that, the club will not sell the striker.", []),
    ("That being said, prices will rise.", []),
    ("The mayor arrived late. That, she said, was the plan.",
     [("said", "she", "person", None)]),
]  # fmt: skip

# A perfect tense coordinated after another verb ("has visited ... and has said")
# shares its subject, as any finite verb does (session 16, cues16: dev +3 cues);
# a bare participle ("pressed for details", "published on Monday") still has none.
BATCH_CUES16 = [
    ("The mayor has visited the pier twice and has said the repairs will take a "
     "year.",
     [("said", "The mayor", "person", None)]),
    ("Harbour officials had inspected the crane and had told reporters it was safe.",
     [("told", "Harbour officials", "unnamed", None)]),
    ("The ferry company has cancelled two sailings and has warned that more may "
     "follow.",
     [("warned", "The ferry company", "organisation", None)]),
    ("Lina Ortiz had toured the site and had argued that the tunnel costs too much.",
     [("argued", "Lina Ortiz", "person", None)]),
    ("The council has met twice since May and has insisted the budget is balanced.",
     [("insisted", "The council", "organisation", None)]),
    # near-misses: coordinated bare participles, a perfect passive
    ("Asked about the delay and pressed for details, the mayor said the work would "
     "resume.",
     [("Asked", None, "none", None), ("said", "the mayor", "person", None)]),
    ("The report, drafted by the council and published on Monday, said the dam was "
     "sound.",
     [("said", "The report", "unnamed", None)]),
    ("The statement was issued on Monday and signed by three ministers.", []),
    ("The ministers have visited the dam and have been told it is safe.",
     [("told", None, "none", None)]),
    # a speech act with its own participle cue is an account of its own when the
    # cue model is sure of it (learned.OWN_ACCOUNT_AT); a deed or a plain
    # "highlighted" before "stating" stays the participle's
    ("Mayor Lina Ortiz spoke out on Tuesday about the closure of the pier, arguing "
     "that the town needed it.",
     [("spoke out", "Mayor Lina Ortiz", "person", None),
      ("arguing", "Mayor Lina Ortiz", "person", None)]),
    ("The harbour master highlighted the hurdles, stating that the crane was too "
     "old.",
     [("stating", "The harbour master", "person", None)]),
    ("Ana Ruiz repaired the boat on Monday, saying it would sail again soon.",
     [("saying", "Ana Ruiz", "person", None)]),
    ("The ministry declined to say whether the bridge would reopen.",
     [("declined", "The ministry", "government", None)]),
]  # fmt: skip

# A speaker who "told" broadcasting or the media of a state or a place is relayed by
# it, as by a named outlet (session 16, attr16b); the press at large ("the media",
# like "reporters") and people of a medium ("the radio operator", "the TV crew") are
# no medium.
BATCH_ATTR16B = [
    ("The mayor told state radio that the bridge would reopen.",
     [("told", "The mayor", "person", "told"),
      ("told", "state radio", "media", None)]),
    ("The minister told local TV that the vote was delayed.",
     [("told", "The minister", "person", "told"),
      ("told", "local TV", "media", None)]),
    ("Two engineers told public television that the dam was cracked.",
     [("told", "Two engineers", "unnamed", "told"),
      ("told", "public television", "media", None)]),
    ("The minister told Radio Kestrel that the vote was delayed.",
     [("told", "The minister", "person", "told"),
      ("told", "Radio Kestrel", "media", None)]),
    ("The mayor told state media that the bridge would reopen.",
     [("told", "The mayor", "person", "told"),
      ("told", "state media", "media", None)]),
    # near-misses: the press at large, people of a medium
    ("The mayor told the media that the bridge would reopen.",
     [("told", "The mayor", "person", None)]),
    ("The mayor told reporters that the bridge would reopen.",
     [("told", "The mayor", "person", None)]),
    ("The mayor told the radio operator that the bridge would reopen.",
     [("told", "The mayor", "person", None)]),
    ("The mayor told the TV crew that the bridge would reopen.",
     [("told", "The mayor", "person", None)]),
    ("The mayor told television viewers that the bridge would reopen.",
     [("told", "The mayor", "person", None)]),
]  # fmt: skip

# A naming participle set off after its noun ("His charity, called the X Trust,")
# names the noun, whatever verb the parse made of it: the noun is no source of the
# naming, and the rules read no cue there, as in "a group called X" (session 16,
# attr16b). A stance "called" with an object, "called for", a finite or relative
# "called" keep their speaker.
BATCH_ATTR16B_NAMING = [
    ("His charity, called the Northern Marsh Wildlife Legacy Trust, will still run "
     "the reserve.", []),
    ("Their company, called the Tidewater Harbour Investment Group, will still own "
     "the port.", []),
    ("His new party, called the Coastal Renewal Alliance, will still contest the "
     "election.", []),
    ("The new levy, dubbed the harbour tax, will start in May.", []),
    ("The charity, named the Kestrel Trust, will run the pier.", []),
    # near-misses: a stance, a call for, a finite and a relative "called", "so-called"
    ("Officials called the plan reckless.",
     [("called", "Officials", "unnamed", None)]),
    ("The union called for a strike.",
     [("called", "The union", "organisation", None)]),
    ("The mayor has called the plan reckless.",
     [("called", "The mayor", "person", None)]),
    ("Critics, who have long called the pier unsafe, were proved right.",
     [("called", "who", "unnamed", None)]),
    ("The so-called reform was dropped, the minister said.",
     [("said", "the minister", "person", None)]),
]  # fmt: skip

# Two sentences joined by a semicolon, which the parse may hang one on the other as
# its complement: the first is no account of the second's verb ("He said A; his
# agents found B" is his account of A only), and neither is nested in the other
# ("Critics said A; the mayor said B": both stand). A semicolon inside the reported
# words ("We tried; we failed," she said; "said that A; that B") changes nothing
# (session 17, attr17).
BATCH_ATTR17_SEMICOLON = [
    ("He said the raid was legal; his agents found nothing in the house.",
     [("said", "He", "person", None)]),
    ("The mayor said the raid was legal; police found nothing in the house.",
     [("said", "The mayor", "person", None)]),
    ("Critics said the plan was flawed; the mayor said it would work.",
     [("said", "Critics", "unnamed", None), ("said", "the mayor", "person", None)]),
    ("The mayor said that the raid was legal; she added that nothing was found.",
     [("said", "The mayor", "person", None), ("added", "she", "person", None)]),
    ("The union said the strike would go ahead; the company said it would sue.",
     [("said", "The union", "organisation", None),
      ("said", "the company", "organisation", None)]),
    ("The mayor denied the report; she said the figures were old.",
     [("denied", "The mayor", "person", None), ("said", "she", "person", None)]),
    # near-misses: the semicolon is inside what is reported, or after the account
    ("His agents found nothing; he said the raid was legal.",
     [("said", "he", "person", None)]),
    ('"We tried; we failed," she said.', [("said", "she", "person", None)]),
    ("The mayor said that the pier was closed; that the ferry had stopped; and that "
     "the road was flooded.",
     [("said", "The mayor", "person", None)]),
    ("Police said the road was closed; it reopened on Monday.",
     [("said", "Police", "government", None)]),
]  # fmt: skip

# written blind by blind17, session 17 (without reading the extraction code;
# expectations written before the first run): a speaker quoted by a newspaper, an
# agentless "it was claimed", unnamed officials who declined to be named, a chief
# executive named after a quote, headline labels ("..., analyst says", "Health
# minister: ..."), a commander's parenthetical to a newspaper, a named person with an
# office in apposition, a state news agency beside a ministry, a coroner to an inquest,
# "They" of a union and "We" of a company named before, and nouns of warning and
# report with no source, over courts, sport, business, health, climate, local
# government and conflict: 8 of 14 passed (the misses are in KNOWN_FAILURES)
BATCH_15 = [
    # a court official quoted by a newspaper
    ("A court clerk, quoted by the Valdez Chronicle, said the verdict would be read "
     "on Friday.",
     [("quoted by", "the Valdez Chronicle", "media", None),
      ("said", "A court clerk", "unnamed", "quoted by")]),
    # an agentless "it was claimed", in court
    ("It was claimed in court on Tuesday that the striker had been paid in cash.",
     [("claimed", None, "none", None)]),
    # unnamed officials of a utility who declined to be named
    ("Officials at the city's water utility, who declined to be named, said the pipes "
     "had not been checked since 2019.",
     [("said", "Officials at the city's water utility", "unnamed", None)]),
    # a chief executive named after a quote, her company in apposition
    ('"Our orders have halved since the summer," said Kerstin Aalto, chief executive '
     'of the shipbuilder Merivaara.',
     [("said", "Kerstin Aalto", "person", None, "Kerstin Aalto")]),
    # a headline label after the claim, with no article
    ("Interest rates will stay high until 2034, analyst says",
     [("says", "analyst", "unnamed", None)]),
    # a headline label before a colon, a title alone
    ("Health minister: hospital queues will be gone by June",
     [(":", "Health minister", "person", None)]),
    # a parenthetical speaker who told a newspaper
    ("The rebels, a militia commander told the Ndola Times, had withdrawn from the "
     "copper mine.",
     [("told", "a militia commander", "unnamed", "told"),
      ("told", "the Ndola Times", "media", None)]),
    # a named official, her office in apposition, admitting
    ("Marta Ilves, the federation's head of refereeing, admitted that the goal should "
     "not have been allowed.",
     [("admitted", "Marta Ilves", "person", None, "Marta Ilves")]),
    # a state news agency beside a ministry, in one sentence
    ("Peru's state news agency Kuntur reported that the highway had been cleared, "
     "while the transport ministry said it would stay closed.",
     [("reported", "Peru's state news agency Kuntur", "media", None),
      ("said", "the transport ministry", "government", None)]),
    # a coroner who told an inquest (no medium)
    ("Coroner Beatrix Holm told the inquest that the diver had died of the cold.",
     [("told", "Coroner Beatrix Holm", "person", None, "Beatrix Holm")]),
    # "They" for a union named before, whose strike is a deed
    ("The Brno Transport Union began a strike on Monday. They said pay talks had "
     "collapsed.",
     [("said", "They", "organisation", None, "Brno Transport Union")]),
    # "We" of a company named before, in its own release
    ("Solano Pharma recalled two million inhalers last year. We believe the new "
     "supplier has solved the problem.",
     [("believe", "We", "organisation", None, "Solano Pharma")]),
    # a noun of warning with a that-clause and no source
    ("Warnings that the Sava would burst its banks went unheeded.",
     [("Warnings", None, "none", None)]),
    # a noun of report with no source
    ("Reports of gunfire near the border post alarmed villagers overnight.",
     [("Reports", None, "none", None)]),
]  # fmt: skip

# A date after a preposition with no comma ("On Monday Mayor Ortiz said") is glued
# onto the subject by the parse: it is the preposition's, not part of the source. A
# name that starts with a day ("Monday Motors said") keeps it (session 17, attr17).
BATCH_ATTR17_DATE = [
    ("On Monday Mayor Lina Ortiz said the water was safe.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    ("On Monday Finance Minister Lotta Berg said the deficit would fall.",
     [("said", "Finance Minister Lotta Berg", "person", None, "Lotta Berg")]),
    ("On Tuesday evening Mayor Lina Ortiz said the water was safe.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    ("Since Monday Mayor Lina Ortiz has said the water was safe.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    ("Early on Monday Mayor Lina Ortiz told reporters the water was safe.",
     [("told", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    # near-misses: a name with a day in it, a date set off, a common noun
    ("Monday Motors said its sales rose.",
     [("said", "Monday Motors", "organisation", None)]),
    ("On Monday, Mayor Lina Ortiz said the water was safe.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    ("On Monday the mayor said the water was safe.",
     [("said", "the mayor", "person", None)]),
    ("Last week Mayor Lina Ortiz said the water was safe.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
]  # fmt: skip

# A relative clause set off by commas says something of the source, wherever the
# parse hangs it ("Officials at the utility, who declined to be named," hung on
# "utility"): no part of the source; one with no comma defines it and stays (session
# 17, attr17).
BATCH_ATTR17_RELATIVE = [
    ("Two officials at the port authority, who asked not to be identified, said the "
     "pier was unsafe.",
     [("said", "Two officials at the port authority", "unnamed", None)]),
    ("A spokeswoman for the Kestrel Rail company, which runs the line, said services "
     "would resume.",
     [("said", "A spokeswoman for the Kestrel Rail company", "unnamed", None)]),
    ("Residents of the village, which lies near the border, said they heard gunfire.",
     [("said", "Residents of the village", "unnamed", None)]),
    # near-misses: a defining clause, with no comma
    ("A spokesman for the company that owns the mine said the shaft was safe.",
     [("said", "A spokesman for the company that owns the mine", "unnamed", None)]),
]  # fmt: skip

# A participle between commas after the subject is interposed whatever adverb opens
# it ("The mayor, long called a liar by critics, said"; "repeatedly asked about"):
# the subject speaks the verb after it, and the participle, its agent or its
# question are no account of their own (session 17, attr17).
BATCH_ATTR17_INTERPOSED = [
    ("The mayor, long called a liar by critics, said the budget was balanced.",
     [("said", "The mayor", "person", None)]),
    ("The minister, repeatedly asked about the leak, said the documents were old.",
     [("said", "The minister", "person", None)]),
    ("Mayor Lina Ortiz, twice asked about the audit, said the figures were right.",
     [("said", "Mayor Lina Ortiz", "person", None, "Lina Ortiz")]),
    # near-misses: no adverb, a negated participle, no participle
    ("The mayor, called a liar by critics, said the budget was balanced.",
     [("said", "The mayor", "person", None)]),
    ("Officials, not speaking on the record, said the talks had stalled.",
     [("said", "Officials", "unnamed", None)]),
    ("The mayor, long a critic of the plan, said it would fail.",
     [("said", "The mayor", "person", None)]),
]  # fmt: skip

# A passive's agent is who speaks, wherever the parse hangs the "by" ("was called a
# liar by critics": on "liar"), and the verb's "of" after it is no part of the agent
# ("accused by critics of lying", "of hiding the report"); "by nature" is nobody, and
# an "of" naming whose people they are stays (session 17, attr17).
BATCH_ATTR17_AGENT = [
    ("The mayor was called a liar by critics.",
     [("called", "critics", "unnamed", None)]),
    ("The harbour plan was called a failure by two port officials.",
     [("called", "two port officials", "unnamed", None)]),
    ("The mayor was accused by critics of lying about the budget.",
     [("accused", "critics", "unnamed", None)]),
    ("The mayor was accused by the Kestrel Party of hiding the audit.",
     [("accused", "the Kestrel Party", "organisation", None)]),
    ("The mayor was accused by officials of the ministry of corruption.",
     [("accused", "officials of the ministry", "unnamed", None)]),
    # near-misses: a "by" of manner, an "of" of the agent's own, no "of"
    ("The mayor was called a liar by nature.", [("called", None, "none", None)]),
    ("The mayor was praised by officials of the ministry.",
     [("praised", "officials of the ministry", "unnamed", None)]),
    ("The mayor was described by aides as furious.",
     [("described", "aides", "unnamed", None)]),
]  # fmt: skip

# A headline label whose words close on their own account ("Ukraine: Ceasefire
# holding, UN says") names the story's topic: the speaker is who says it, and the
# label is no source (it made the account nested in its own and dropped an unnamed
# one). A label whose words are quoted, first-person or tell of others' words is
# still the speaker (session 17, attr17).
BATCH_ATTR17_TOPIC = [
    ("Ostland: Ceasefire holding, UN says",
     [("says", "UN", "organisation", None)]),
    ("Markets: Rates to stay high into 2027, analysts say",
     [("say", "analysts", "unnamed", None)]),
    ("Markets: Rates to stay high, says analyst",
     [("says", "analyst", "unnamed", None)]),
    ("Kestrel Rail: Services to resume on Monday, company says",
     [("says", "company", "organisation", None)]),
    # near-misses: the label speaks
    ('Ortiz: "I will not resign"', [(":", "Ortiz", "person", None)]),
    ("Ortiz: Critics said I would fail, but I won", [(":", "Ortiz", "person", None)]),
    ("Ortiz: The plan will fail, I say", [(":", "Ortiz", "person", None)]),
    ("Poll: Ortiz leads by six points", [(":", "Poll", "unnamed", None)]),
]  # fmt: skip

# A headline's closing "reports" the tagger reads as the noun of "media reports"
# ("Three killed in blast, state media reports") is the verb: its compounds report
# the words before the comma. "The media reports were wrong", "according to media
# reports" stay nouns (session 17, attr17).
BATCH_ATTR17_REPORTS = [
    ("Three killed in blast, state media reports",
     [("reports", "state media", "media", None)]),
    ("Ferry sinks off the coast, local media reports",
     [("reports", "local media", "media", None)]),
    ("Three killed in blast, Interior Ministry reports",
     [("reports", "Interior Ministry", "government", None)]),
    # near-misses: the noun, and the verb the tagger reads right
    ("The media reports were wrong.", []),
    ("Three were killed, according to media reports.",
     [("according to", "media reports", "media", None)]),
    ("Ceasefire collapses, Kestrel Herald reports",
     [("reports", "Kestrel Herald", "media", None)]),
]  # fmt: skip

# "'s" before a past participle is "has" when the verb has an object, a clause or a
# "for" of its own, which a passive "is said" has not: "he's said he will fight" is
# his account, not an agentless passive (PolNeAR train: "he's said", "who's argued",
# "who's called for", "he's predicted" given no source where gold has the subject).
# A passive stays agentless: "he's said to be", "it's said that", "she's told that"
# (an addressee's verb), "he's been asked", "the plan's called a gamble"
# (session 17, nosource17).
BATCH_NS17_PERFECT = [
    ("While he's said he will fight on, the senator must decide soon.",
     [("said", "he", "person", None)]),
    ("The mayor, who's argued for years that the pier is unsafe, won the vote.",
     [("argued", "who", "person", None)]),
    ("She's predicted a narrow win in the runoff.",
     [("predicted", "She", "person", None)]),
    ("Senator Voss, who's called for a ceasefire, met the envoy.",
     [("called", "who", "person", None)]),
    ("The minister's claimed that the figures are wrong.",
     [("claimed", "The minister", "person", None)]),
    # near-misses: passives, no source
    ("He's said to be ill.", [("said", None, "none", None)]),
    ("It's said that the mine will close.", [("said", None, "none", None)]),
    ("She's told that the flight is cancelled.", [("told", None, "none", None)]),
    ("The deal's expected to pass.", [("expected", None, "none", None)]),
    ("He's been asked about the leak.", [("asked", None, "none", None)]),
    ("The plan's called a gamble.", [("called", None, "none", None)]),
]  # fmt: skip

BATCHES = {
    "b1": BATCH_1, "b2": BATCH_2, "b3": BATCH_3, "b4": BATCH_4, "b5": BATCH_5,
    "b6": BATCH_6, "b7": BATCH_7, "b8": BATCH_8, "b9": BATCH_9,
    "b10": BATCH_10, "b10x": BATCH_10_LOOKALIKES, "b10y": BATCH_10_LEFT,
    "b11": BATCH_11, "b11x": BATCH_11_LOOKALIKES, "ns": BATCH_NOSOURCE,
    "b12": BATCH_12, "b12x": BATCH_12_LOOKALIKES, "c14": BATCH_CUES14,
    "b13": BATCH_13,
    "a15": BATCH_ATTR15,
    "a16": BATCH_ATTR16,
    "c15": BATCH_CUES15,
    "b14": BATCH_14,
    "c16": BATCH_CUES16,
    "a16b": BATCH_ATTR16B,
    "a16bn": BATCH_ATTR16B_NAMING,
    "a17s": BATCH_ATTR17_SEMICOLON,
    "b15": BATCH_15,
    "a17d": BATCH_ATTR17_DATE,
    "a17r": BATCH_ATTR17_RELATIVE,
    "a17i": BATCH_ATTR17_INTERPOSED,
    "a17a": BATCH_ATTR17_AGENT,
    "a17t": BATCH_ATTR17_TOPIC,
    "a17p": BATCH_ATTR17_REPORTS,
    "n17p": BATCH_NS17_PERFECT,
}  # fmt: skip


# Where the reader and PolNeAR disagree, and PolNeAR dev would lose by the reader's
# reading (see README, Attribution): left failing, on purpose, until a reader's
# option exists.
KNOWN_FAILURES = {
    # PolNeAR counts "published" with a document as the author's account
    # (dev: 2 cues lost, 1 false one saved without the row)
    "b2-02": "'published its annual report' is a cue",
    # the cue model adds deeds PolNeAR marks ("appointed", "imposed", "approved")
    "b2-07": "'removed' is a cue of the cue model",
    # PolNeAR counts "voted to" as a stance (dev: 4 cues, none false)
    "b2-08": "'voted to' is a cue",
    # the same for "signed a bill" (PolNeAR train: "signed" and "presented" are cues
    # 28 times of 82); an object-taking verb the model adds is right 113 times of 199
    # on dev, so deeds with an object are not vetoed
    "b6-08": "'signed the deal' is a cue of the cue model",
    "b6-10": "'presented the budget' is a cue of the cue model",
    # held stances the cue model misses (session 15, cues15): a "have" + state noun
    # it gives no holder or does not add, a state adjective after "remain"; a retrain with state features adds the first two but
    # also "The pier is open", "Tickets are certain to", "The quiz has questions"
    "c15-05": "'has questions about': the cue is the noun 'questions' with no source",
    "c15-06": "'have serious reservations about' is no cue",
    "c15-08": "'remain doubtful that' is no cue",
    # written blind in session 17 (blind17), scored once before any change
    "b15-06": "of batch 15 (blind, session 17): a headline label of a title alone "
    "('Health minister: ...') is unnamed; expected kind 'person', got 'unnamed'",
    "b15-10": "of batch 15 (blind, session 17): the actor of 'Coroner Beatrix Holm' "
    "keeps the title; expected actor 'Beatrix Holm', got 'Coroner Beatrix Holm'",
    "b15-12": "of batch 15 (blind, session 17): the deed 'recalled two million "
    "inhalers' is a cue; expected only 'believe' (We, Solano Pharma), got also "
    "('recalled', 'Solano Pharma', 'organisation')",
    "b15-13": "of batch 15 (blind, session 17): the noun 'Warnings that ...' with no "
    "source is no cue; expected ('Warnings', None, 'none'), got no attribution",
    "b15-14": "of batch 15 (blind, session 17): the noun 'Reports of gunfire' with no "
    "source is no cue; expected ('Reports', None, 'none'), got no attribution",
}


def _cases():
    for name, batch in BATCHES.items():
        for i, case in enumerate(batch):
            id_ = f"{name}-{i + 1:02d}"
            marks = (
                [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[id_])]
                if id_ in KNOWN_FAILURES
                else []
            )
            yield pytest.param(*case, id=id_, marks=marks)


def extract(nlp, text):
    doc = next(pipeline.parse(nlp, [text]))
    return attribution.attributions(doc, actors.mentions(doc))


def rows(records):
    """(cue, source, kind, the cue of the account citing it) per attribution."""
    by_id = {a.id: a for a in records}
    return [
        (a.cue_text, a.source_text, a.source_kind,
         by_id[a.cited_by].cue_text if a.cited_by is not None else None)
        for a in records
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), list(_cases()))
def test_snippet(nlp, text, expected):
    records = extract(nlp, text)
    for a in records:
        assert text[a.cue_start : a.cue_end] == a.cue_text
        if a.source_start is not None:
            assert text[a.source_start : a.source_end] == a.source_text
    got = rows(records)
    assert Counter(got) == Counter(e[:4] for e in expected), got
    for cue, source, *_, actor in (e for e in expected if len(e) == 5):
        (a,) = [r for r in records if (r.cue_text, r.source_text) == (cue, source)]
        assert a.actor == actor, (cue, source, a.actor)


def test_the_seed_articles_non_agents_cite_nobody(nlp):
    """ "the conditional nature of the approval highlights ...": the writer's view."""
    records = extract(nlp, SEED.read_text(encoding="utf-8"))
    assert not [a.source_text for a in records if a.cue_text == "highlights"]
    # "While Trump's remarks were not immediately acted upon, they signaled": the
    # remarks, Trump's, not the United States named before
    signaled = [(a.actor, a.source_kind) for a in records if a.cue_text == "signaled"]
    assert signaled in ([], [("Donald Trump", "person")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relaying participle inside the reported clause
        ("The ministry said, as quoted by Interfax, that the talks were over.",
         [("said", "The ministry", "government", "quoted by"),
          ("quoted by", "Interfax", "media", None)]),
        # a person of a medium is no medium
        ("Tom Hale told Vera Lind of Capital News that the vote was rigged.",
         [("told", "Tom Hale", "person", None)]),
        # a broadcaster by its name's shape
        ("Kestrel TV reported that the port was shut.",
         [("reported", "Kestrel TV", "media", None)]),
        # speaking anonymously, in a relative clause
        ("Two officials, who spoke anonymously, said the convoy was hit.",
         [("said", "Two officials", "unnamed", None)]),
        # a document's author, by "by"
        ("A report by the Danube Monitoring Group found that two dams were unsafe.",
         [("found", "A report by the Danube Monitoring Group", "organisation",
           None, "Danube Monitoring Group")]),
        # an opening participle the tagger took for a past tense has no source
        ("Asked a direct question about the leak, Vera Lind said she knew nothing.",
         [("Asked", None, "none", None), ("said", "Vera Lind", "person", None)]),
        # "reportedly" inside another's account is still no one's
        ("Tom Hale said the minister had reportedly resigned.",
         [("said", "Tom Hale", "person", None), ("reportedly", None, "none", None)]),
        # a speaker label after a dash, in a roundup line
        ("The race is open again - Maria Lopez: “Two weeks ago, it was over.”",
         [(":", "Maria Lopez", "person", None)]),
        # a claim read in a poll; a standing "in the polls" is none
        ("In a new Harbour Ledger poll, the mayor leads by nine points.",
         [("In", "a new Harbour Ledger poll", "unnamed", None)]),
        ("The mayor is ahead in the polls.", []),
        # an abstract subject is no source, a plain one still is
        ("The scope of the ruling underscores the limits of the court's power.", []),
        ("Greenpeace underscored that the dam was unsafe.",
         [("underscored", "Greenpeace", "organisation", None)]),
    ],
)  # fmt: skip
def test_rules_of_the_first_round(nlp, text, expected):
    test_snippet(nlp, text, expected)


def _misparsed(nlp, words, heads, deps, pos, ents):
    """A Doc with the parse a news text once got (heads as absolute indices)."""
    return Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
        tags=[{"PROPN": "NNP", "VERB": "VBD", "PUNCT": ",", "NOUN": "NN",
               "DET": "DT", "ADJ": "JJ", "ADP": "IN", "PRON": "PRP"}[p] for p in pos],
        ents=ents,
        lemmas=[{"said": "say", "heads": "head", "won": "win"}.get(w, w.lower())
                for w in words],
    )  # fmt: skip


def test_a_speaker_the_parse_gave_to_another_verb(nlp):
    # '"...," said Tomas Berg, who heads ...': the parse made Berg the subject of
    # "heads", leaving "said" without one
    words = [
        '"',
        "We",
        "won",
        ",",
        '"',
        "said",
        "Tomas",
        "Berg",
        ",",
        "who",
        "heads",
        "it",
    ]
    doc = _misparsed(
        nlp, words,
        heads=[2, 2, 5, 5, 5, 5, 7, 10, 7, 10, 5, 10],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound",
              "nsubj", "punct", "nsubj", "ccomp", "dobj"],
        pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN",
             "PUNCT", "PRON", "VERB", "PRON"],
        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O",
              "O"],
    )  # fmt: skip
    (said,) = cues.verb_cue(doc[5], attribution.reporting_verbs())
    assert doc[slice(*said.source)].text == "Tomas Berg"


def test_a_speaker_apposed_to_the_date_before_the_verb(nlp):
    # "On Dec. 2, Col. Ivo Kask, a spokesman in Tartu, said, ...": Kask apposed to
    # the date by the parse
    words = [
        "On",
        "Dec.",
        ",",
        "Ivo",
        "Kask",
        ",",
        "a",
        "spokesman",
        "in",
        "Tartu",
        ",",
        "said",
        ",",
        "yes",
    ]
    doc = _misparsed(
        nlp, words,
        heads=[11, 0, 1, 4, 1, 4, 7, 4, 7, 8, 11, 11, 11, 11],
        deps=["prep", "pobj", "punct", "compound", "appos", "punct", "det", "appos",
              "prep", "pobj", "punct", "ROOT", "punct", "ccomp"],
        pos=["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP",
             "PROPN", "PUNCT", "VERB", "PUNCT", "PRON"],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE",
              "O", "O", "O", "O"],
    )  # fmt: skip
    (said,) = cues.verb_cue(doc[11], attribution.reporting_verbs())
    assert doc[slice(*said.source)].text == "Ivo Kask"


@pytest.mark.parametrize(
    ("text", "verb", "sourced"),
    [
        # an impression has no source, whatever the subject
        ("The idea seems fair to most voters.", "seems", False),
        ("By August the mayor looked increasingly vulnerable.", "looked", False),
        ("It sure looks like the talks have failed.", "looks", False),
        # but an object or a purpose makes it an act of the subject
        ("Obama sounded a call for calm on Monday.", "sounded", True),
        ("Voters are looking for change.", "looking", True),
    ],
)
def test_the_cue_models_impressions_have_no_source(nlp, text, verb, sourced):
    doc = next(pipeline.parse(nlp, [text]))
    tok = next(t for t in doc if t.text == verb)
    assert (learned.new_cue(tok).source is not None) is sourced


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a finding of polls, of research, of a part of the polls
        ("Polling averages show the mayor ahead by six points.", "show",
         "Polling averages"),
        ("New research finds a link between the spill and the fish deaths.", "finds",
         "New research"),
        ("Most of the polls show Vera Lind with a narrow lead.", "show",
         "Most of the polls"),
        # a country "shows" no finding
        ("Ostland has shown an interest in the port.", None, None),
        # "it" standing for the clause after it is nobody
        ("It is important to note that the dam has held for a century.", "note", None),
        # an "it" that names a body keeps it
        ("Nordlys Freight denied the report. It said the ship was safe.", "said", "It"),
    ],
)  # fmt: skip
def test_findings_and_the_it_of_a_clause(nlp, text, cue, source):
    records = [a for a in extract(nlp, text) if a.cue_text not in {"denied"}]
    if cue is None:
        assert records == []
    else:
        assert [(a.cue_text, a.source_text) for a in records] == [(cue, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper the tagger took for a person: "the" before it says otherwise
        ('"We will rebuild," Olsen told the Marven Gazette.',
         [("told", "Olsen", "person", "told"),
          ("told", "the Marven Gazette", "media", None)]),
        # the passive of "quoted X as saying", with its medium
        ("Governor Ana Ruiz was quoted by Radio Kestrel as saying the fire was out.",
         [("quoted by", "Radio Kestrel", "media", None),
          ("saying", "Governor Ana Ruiz", "person", "quoted by")]),
        # the media as a whole, and a document of theirs
        ("State media said the president had arrived in Minsk.",
         [("said", "State media", "media", None)]),
        ("Media reports said the plane had been diverted to Riga.",
         [("said", "Media reports", "media", None)]),
    ],
)  # fmt: skip
def test_media_unnamed_or_misread(nlp, text, expected):
    assert rows(extract(nlp, text)) == expected


def test_a_spokesmans_name_after_the_body_is_the_actor(nlp):
    """ "The spokesman for the Kestrel Party, Jonas Berg, said": the parse hangs the
    name on the party; the actor is the spokesman named."""
    [a] = extract(
        nlp, "The spokesman for the Kestrel Party, Jonas Berg, said the vote was lost."
    )
    assert (a.actor, a.source_kind) == ("Jonas Berg", "person")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the office of a holder of state power, and not of another
        ("The prime minister's office said the visit had been postponed.",
         "government"),
        ("The governor's office said the road would reopen.", "government"),
        ("The director's office said the museum would reopen.", "organisation"),
        # an office or service marked as the state's
        ("The State Emergency Service said 12 people were rescued.", "government"),
        ("The national statistics office reported a fall in output.", "government"),
        ("The National Rifle Association said the law was unconstitutional.",
         "organisation"),
    ],
)  # fmt: skip
def test_bodies_of_the_state(nlp, text, kind):
    [a] = extract(nlp, text)
    assert a.source_kind == kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"This is a disgrace," tweeted opposition leader Marta Gil.',
         "opposition leader Marta Gil"),
        ('"The port is closed," added harbour master Jonas Lind.',
         "harbour master Jonas Lind"),
    ],
)  # fmt: skip
def test_a_speaker_after_a_quote_and_its_verb_is_only_the_speaker(nlp, text, source):
    """The parse may make the verb after a quote the speaker's modifier; the source
    is the speaker after the verb, never the quote and the cue."""
    [a] = extract(nlp, text)
    assert (a.source_text, a.source_kind) == (source, "person")
