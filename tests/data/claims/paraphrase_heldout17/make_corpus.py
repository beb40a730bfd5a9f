"""Writes articles.jsonl: the seventeenth paraphrase held-out corpus, written blind
by blind9 in session 9 (without reading the claims code or the rule files) and
scored once before any change: a hosepipe ban (water supply), a vote for a Winter
Games host (sport), an assisted-dying law passed (parliament) and a warship's wreck
found (archaeology), each through five to seven invented outlets over three to four
weeks (named, "X, citing Y, said" or "X, citing Y, reported", "according to X",
"reportedly", "is reported to", "is said to", "reports say", bare in a later
article's background; two denied later), the claim sentence mostly not first;
rewordings with other verbs and from the other side (will ban / would be banned /
will no longer be allowed to, chose to host / had won the vote / lost out to / has
been awarded, voted to legalise / had passed / 212 voted for and 148 against, found /
had been located / lies on the seabed), nominal forms ("the hosepipe ban on", "the
51-38 win", "the 212-148 vote", "the discovery of"), numbers written differently
(1.3 million / 1,300,000, 51 votes to 38 / 51 to 38 / 38 against 51, 60 metres / a
depth of 60 metres), people by surname alone and by role; hard negatives that share
actors, numbers or both (the same company lifting an earlier ban for as many
customers, a neighbour's ban for fewer, the losing city beating the winner for
another event by the same score, the same parliament rejecting an earlier bill by
another margin, a neighbour's parliament rejecting a bill by the same score, the same
institute's earlier wreck at the same depth); same-topic independent reports; an
article republished by a sister paper (a new headline, its first sentence dropped, a
sentence added); a wire story with two edited copies (a new headline, the dateline
stripped or changed, a sentence added, a sentence dropped) and one of its facts
restated by an independent report. Every outlet, person, company, place and event is
invented.

Blind score (bench/claims.py --corpus, session 9, before any change):
claims P 1.00 R 0.44 F1 0.61 (4 predicted claims: the host vote whole, the hosepipe ban
but its free paraphrase, the assisted-dying relay + vague, the wire fact; no hard
negative joined); copies 1.00 / 1.00 / 1.00; denials 1 of 2 (the ban's; P 1.00 R 0.50
F1 0.67); attribution 0.41. As first written, copy1's stripped dateline read "HAVNER -
- A" (a typo), which made its wire fact a false pair: claims P 0.94 R 0.41 F1 0.58;
the typo was fixed and nothing else changed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a hosepipe ban
art(
    "c1-named",
    "Northgate Times",
    "2029-09-01",
    "Hosepipe ban from Friday",
    "Hollesley has had less than half its usual summer rain.",
    "Ardent Water will ban the use of hosepipes by its 1.3 million customers in the Hollesley region from Friday, the company's operations director Priya Sandhu said on Monday.",
    "Ardent Water lifted a hosepipe ban for 1.3 million customers in October 2027.",
    "Neighbouring Brackmoor Water has banned hosepipes for its 400,000 customers.",
)
art(
    "c1-relay",
    "The Wrenfield Gazette",
    "2029-09-02",
    "Gardeners told to put hoses away",
    "Garden centres reported a rush on watering cans.",
    "The Hollesley Advertiser, citing a letter to customers, said hosepipes would be banned for 1,300,000 households from Friday.",
    "The letter warned of fines for anyone caught using one.",
)
art(
    "c1-vague",
    "Coldharbour Echo",
    "2029-09-04",
    "Dry summer takes its toll",
    "Farmers in the east have started selling cattle early.",
    "A hosepipe ban covering some 1.3 million Ardent Water customers is reportedly due to start on Friday.",
    "Rivers in the region are at their lowest since 1976.",
)
art(
    "c1-free",
    "Saltmarsh Herald",
    "2029-09-06",
    "What you can and cannot do",
    "Watering cans and buckets are still allowed.",
    "From Friday, the 1.3 million people who get their water from Ardent will no longer be allowed to water their gardens or wash their cars with a hose, Sandhu said.",
    "Sandhu said leaks were being fixed faster than ever.",
)
art(
    "c1-deny",
    "Brightwater News",
    "2029-09-08",
    "Coast exempt from ban",
    "Hotels on the coast had asked to be left out of the restrictions.",
    "Ardent Water denied that the ban would apply to all 1.3 million customers, saying homes on the coast would be exempt.",
    "The company did not say how many homes that was.",
)
art(
    "c1-bare",
    "The Ivel Recorder",
    "2029-09-20",
    "Sprinklers gather dust",
    "One garden centre in Ivel has cut its staff for the autumn.",
    "The hosepipe ban on Ardent's 1.3 million customers has left shops with unsold sprinklers.",
    "Sales of water butts have tripled.",
)
# same topic, independent: reservoir levels, no claim shared
art(
    "c1-indep",
    "Northgate Times",
    "2029-09-12",
    "Reservoirs at record low",
    "Walkers can see the old village church at the bottom of Thorne reservoir again.",
    "Reservoirs in Hollesley were 38 percent full on Monday, the regional environment office said.",
    "The office said it would take a wet winter to refill them.",
)

# C2: a vote for a Winter Games host
art(
    "c2-named",
    "The Wrenfield Gazette",
    "2029-09-03",
    "Aranza wins the 2040 Games",
    "Delegates from 89 countries met in a hotel by the lake.",
    "The International Winter Sports Federation chose Aranza to host the 2040 Winter Games, beating Tolva by 51 votes to 38, the federation's president Elke Brandt told reporters in Lausanne on Tuesday.",
    "Tolva beat Aranza to host the 2036 Youth Winter Games.",
    "Aranza hosted the World Ski Championships in 2021.",
)
art(
    "c2-relay",
    "Saltmarsh Herald",
    "2029-09-04",
    "Celebrations in the valley",
    "Church bells rang across the valley when the news arrived.",
    "SnowSport Weekly, citing federation members, reported that Aranza had won the vote for the 2040 Games by 51 to 38.",
    "Aranza's mayor, Nuria Valls, promised games without new debts.",
)
art(
    "c2-free",
    "Coldharbour Echo",
    "2029-09-05",
    "Tolva licks its wounds",
    "Tolva had spent 20 million euros on its bid.",
    "Tolva lost out to Aranza in the race for the 2040 Winter Games, taking 38 votes against its rival's 51, Brandt said.",
    "Tolva's bid leaders said they might try again for 2044.",
)
art(
    "c2-vague",
    "The Ivel Recorder",
    "2029-09-09",
    "Ski resorts rub their hands",
    "Hotel bookings in the mountains are already up for next winter.",
    "Aranza is reported to have been awarded the 2040 Winter Games.",
    "Resort owners expect a decade of building work.",
)
art(
    "c2-bare",
    "Northgate Times",
    "2029-09-21",
    "Cranes over Aranza",
    "Work on a new ski jump began on Monday.",
    "Aranza's 51-38 win over Tolva in the vote for the 2040 Games has set off a building boom in the valley.",
    "House prices in the town have risen by a tenth since the vote.",
)
# reversed roles, another event, the same score: no claim shared
art(
    "c2-reversed",
    "Brightwater News",
    "2029-09-11",
    "Tolva's student games",
    "Tolva's organisers say they are ready for thousands of students.",
    "Tolva beat Aranza by 51 votes to 38 to host the 2031 Winter Universiade, the student sports federation said.",
    "The event will use the town's existing slopes.",
)

# C3: an assisted-dying law passed; the first article is republished by a sister paper
C3 = [
    "The debate lasted fourteen hours and ended after midnight.",
    "Lawmakers in Sereth voted 212 to 148 to legalise assisted dying for terminally ill adults, the parliament's press office said on Thursday.",
    "A year ago the same parliament rejected a similar bill by 190 votes to 170.",
    "In neighbouring Darva, lawmakers rejected an assisted dying bill by 212 votes to 148 in May.",
]
art("c3-named", "Coldharbour Echo", "2029-09-07", "Sereth passes assisted dying law", *C3)
art(
    "c3-copy",
    "Saltmarsh Herald",
    "2029-09-07",
    "A historic night in Sereth's parliament",
    *C3[1:],
    "The law will take effect next spring.",
)
art(
    "c3-relay",
    "The Ivel Recorder",
    "2029-09-08",
    "Doctors split over new law",
    "Two doctors' associations issued statements within an hour of the vote.",
    "Radio Sereth, citing the parliament's press office, reported that the bill had passed by 212 votes to 148.",
    "The bishops called the vote a dark day.",
)
art(
    "c3-vague",
    "Northgate Times",
    "2029-09-09",
    "Sereth joins a small club",
    "Only a handful of countries allow doctors to help patients die.",
    "The bill is said to have passed with 212 votes in favour and 148 against.",
    "Patients will need the approval of two doctors.",
)
art(
    "c3-according",
    "The Wrenfield Gazette",
    "2029-09-12",
    "Minister promises safeguards",
    "Sereth's health minister met patients' groups on Tuesday.",
    "According to Health Minister Sorina Lupu, 212 deputies voted for the assisted dying law and 148 against it.",
    "Lupu said a review board would check every case.",
)
art(
    "c3-deny",
    "Saltmarsh Herald",
    "2029-09-15",
    "Law not yet passed, lawyers say",
    "Parliament's legal office published a note on its website on Friday.",
    "The legal office denied that the assisted dying law had been passed, saying Thursday's vote was only its first reading.",
    "A second reading is due in October.",
)
art(
    "c3-bare",
    "Brightwater News",
    "2029-09-25",
    "Clinics apply for licences",
    "The health ministry has received its first applications.",
    "Since the 212-148 vote to legalise assisted dying, three clinics have asked for licences.",
    "The ministry will decide by the end of the year.",
)

# C4: a warship's wreck found
art(
    "c4-named",
    "Saltmarsh Herald",
    "2029-09-10",
    "Lost warship found",
    "The search used an underwater robot and took three summers.",
    "Divers from the Malvern Maritime Institute found the wreck of the 17th-century warship Santa Ines 60 metres below the surface off Capo Brisa, the institute said on Wednesday.",
    "The institute found the wreck of a Roman cargo ship 60 metres down off Corsa in 2022.",
    "Its divers also mapped two wartime submarines off Capo Brisa last year.",
)
art(
    "c4-relay",
    "Northgate Times",
    "2029-09-11",
    "The Santa Ines, at last",
    "Historians had searched for the ship since the 1950s.",
    "Heritage Digest, citing the institute's chief diver Marco Ferri, said the Santa Ines had been located at a depth of 60 metres off Capo Brisa.",
    "The magazine said the ship's bell had been seen.",
)
art(
    "c4-vague",
    "The Wrenfield Gazette",
    "2029-09-13",
    "Wreck hunters head south",
    "Boats have been seen anchored over the site at night.",
    "Reports say the wreck of the Santa Ines has been found 60 metres down off Capo Brisa.",
    "The coastguard has closed the area to divers.",
)
art(
    "c4-according",
    "Brightwater News",
    "2029-09-14",
    "A ship standing upright",
    "The hull is covered in coral.",
    "According to Ferri, the warship lies upright on the seabed at 60 metres, about two miles off Capo Brisa.",
    "Ferri said the cannon were still on deck.",
)
art(
    "c4-bare",
    "Coldharbour Echo",
    "2029-09-26",
    "Treasure hunters warned off",
    "The Capo Brisa police have two new patrol boats.",
    "The discovery of the Santa Ines off Capo Brisa has drawn treasure hunters to the coast.",
    "Taking anything from the wreck carries a prison sentence.",
)
# same topic, independent: the ship's history, no claim shared
art(
    "c4-indep",
    "The Ivel Recorder",
    "2029-09-17",
    "Why the Santa Ines sank",
    "The naval archive in Cartagena holds the ship's logbooks.",
    "The archivist Lucia Mora said the ship sank in a storm in 1641 with 300 sailors on board.",
    "Only eleven survived, she said.",
)

# C5: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "HAVNER, Sept 16 (Lodestar Wire) - A 14-metre fin whale washed up on Brill beach near Havner on Tuesday, the town's coastguard said.",
    "The whale was already dead when walkers found it at dawn.",
    "Scientists from Havner University will examine it to learn how it died.",
    "The beach will be closed until the carcass is removed.",
    "Lodestar Wire. All rights reserved.",
]
art("c5-orig", "Lodestar Wire", "2029-09-16", "Fin whale stranded near Havner", *WIRE)
art(
    "c5-copy1",
    "Brightwater News",
    "2029-09-16",
    "Dead whale found on Brill beach",
    WIRE[0].replace("HAVNER, Sept 16 (Lodestar Wire)", "HAVNER"),
    *WIRE[1:4],
    "It is the third whale to be found on the coast this year.",
)
art(
    "c5-copy2",
    "The Ivel Recorder",
    "2029-09-17",
    "Whale on the beach",
    WIRE[0].replace("Sept 16", "Sept 17"),
    WIRE[1],
    WIRE[3],
    "The Ivel Recorder with Lodestar Wire.",
)
art(
    "c5-indep",
    "Northgate Times",
    "2029-09-23",
    "Whale moved from Brill beach",
    "A crane lifted the carcass onto a lorry on Saturday.",
    "The fin whale stranded on Brill beach on Tuesday measured 14 metres from head to tail.",
    "It will be buried in a quarry inland.",
)

write(__file__)
