"""Writes articles.jsonl: the fifteenth paraphrase held-out corpus, written blind by
blind8 in session 8 (without reading the claims code or the rule files) and scored
once before any change: rural schools to close (education), a ransom demand (a cyber
incident), a measles outbreak (health), a cod quota cut (fisheries) and a bridge
closed for repairs (transport), each through four to six invented outlets over two to
four weeks (named, "X reported, citing Y" or "X, citing Y, said", "according to X",
"reportedly", "reports say" or "is understood to", bare in a later article's
background paragraph; three denied later), the claim sentence mostly not first;
rewordings with other verbs and from the other side (will close / would shut / are to
lose, demanded from / had been asked to pay / want / are asking for, have risen to /
had caught / has reached / has recorded, cut by / allowed to land a fifth less /
reduced by / will fall by, will remain closed / would not reopen / is going to be
shut / will not be able to use), nominal forms ("the closure of", "the ransom
demand", "the outbreak of", "the cut in", "with the bridge closed"), numbers written
differently (38 / thirty-eight, 2 million dollars / $2m / two million dollars, 20
percent / a fifth / 20%, 18 months / a year and a half), people by surname alone and
by role ("the minister", "the council's chief executive"); hard negatives that share
actors and numbers (38 new city schools opened, another victim of the same gang for
the same sum, the council paying the same sum for computers, another disease with the
same count, a neighbour with a tenth, another species raised by the same share,
another fishing ground, another bridge after 18 months); same-topic independent
reports; a wire story with two edited copies (a dateline and a boilerplate line
changed, a sentence dropped, a sentence added) and one of its facts restated by an
independent report. Every outlet, person, company, place and event is invented.

Blind score (bench/claims.py --corpus, session 8, before any change):
claims P 1.00 R 0.04 F1 0.08 (2 predicted claims of two members each: schools
named + vague, cod quota named + vague; the ransom, measles, bridge and wire fact found
nothing); copies 1.00 / 1.00 / 1.00; denials 1 of 3 (the quota's; P 1.00 R 0.33 F1
0.50); attribution 0.11 ("is understood to" read as bare)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: rural schools to close
art(
    "c1-named",
    "Ashford Mercury",
    "2028-05-02",
    "Norland to shut village schools",
    "The number of children in Norland's countryside has fallen by a quarter in ten years.",
    "Norland's education ministry will close 38 rural primary schools by September 2029, Education Minister Katrin Solberg told parliament on Tuesday.",
    "Solberg said the money saved would go on teachers' pay.",
    "The ministry will open 38 new schools in the cities by 2030.",
    "In 2024 the ministry closed 12 rural schools.",
)
art(
    "c1-relay",
    "Greyfield Record",
    "2028-05-03",
    "Parents angry over school plan",
    "Parents in the north say their children will have to travel much further.",
    "The Fjordby Herald reported, citing a ministry document, that 38 village schools would shut by the autumn of 2029.",
    "The document lists the schools by name, the paper said.",
)
art(
    "c1-vague",
    "Pinebrook Tribune",
    "2028-05-05",
    "Rural Norland feels forgotten",
    "Bus services in the valleys were cut last year, and two clinics have closed.",
    "Norland is reportedly set to shut thirty-eight of its rural primary schools by 2029.",
    "Teachers' unions have called a meeting for next week.",
)
art(
    "c1-according",
    "Otterham Bulletin",
    "2028-05-08",
    "Opposition attacks schools plan",
    "Opposition lawmakers walked out of a committee hearing on Thursday.",
    "According to the minister, 38 rural primary schools will have closed their doors by September 2029.",
    "The opposition says small schools give better results.",
)
art(
    "c1-deny",
    "Casterby Voice",
    "2028-05-12",
    "Ministry says list is only a draft",
    "A ministry spokeswoman, Hanne Lid, answered questions from parents online on Monday.",
    "Lid denied that 38 schools would close, saying the list was a draft that could still change.",
    "She said every village would be consulted.",
)
art(
    "c1-bare",
    "Ashford Mercury",
    "2028-05-24",
    "Bus firms bid for school routes",
    "The ministry has invited bus companies to bid for new school routes.",
    "The closure of 38 rural schools will leave some children with a bus ride of an hour each way.",
    "The contracts are worth 14 million crowns a year.",
)
# same topic, independent: one village's school, no claim shared
art(
    "c1-indep",
    "Pinebrook Tribune",
    "2028-05-15",
    "Hollin's school turns 150",
    "The primary school in Hollin celebrated its 150th birthday on Saturday with a concert.",
    "Head teacher Sigrid Moe said the school had 23 pupils, down from 60 in 1990.",
    "Former pupils came from as far away as Canada.",
)

# C2: a ransom demand (a cyber incident)
art(
    "c2-named",
    "Greyfield Record",
    "2028-05-04",
    "Dunmere council hit by hackers",
    "Dunmere residents have been unable to pay bills or book bin collections online since Sunday.",
    "A ransomware gang has demanded 2 million dollars from Dunmere City Council to unlock its computer systems, the council's chief executive Rhys Calloway said on Wednesday.",
    "The same gang demanded 2 million dollars from the Corran hospital group last year.",
    "Dunmere City Council paid 2 million dollars for a new computer system in 2026.",
)
art(
    "c2-relay",
    "Casterby Voice",
    "2028-05-05",
    "What the Dunmere hackers want",
    "Security experts say councils are an easy target.",
    "The technology site ByteWatch, citing two council officials, said the council had been asked to pay $2m to get its files back.",
    "The council refused to say whether it would pay.",
)
art(
    "c2-vague",
    "Ashford Mercury",
    "2028-05-07",
    "Councils told to check backups",
    "The government has written to every council about the risk of attacks.",
    "Hackers reportedly want two million dollars to restore Dunmere's systems.",
    "Three other councils were attacked this year, but none lost data.",
)
art(
    "c2-according",
    "Otterham Bulletin",
    "2028-05-10",
    "Dunmere: no payment yet",
    "Calloway appeared before the council's audit committee on Friday.",
    "According to Calloway, the attackers are asking for 2 million dollars in bitcoin.",
    "He said the police had advised the council not to pay.",
)
art(
    "c2-bare",
    "Pinebrook Tribune",
    "2028-05-25",
    "Dunmere back online",
    "Most of Dunmere's online services were working again on Wednesday.",
    "The council never paid the 2 million dollar ransom the gang had demanded, and rebuilt its systems from backups.",
    "The rebuild cost about 600,000 dollars.",
)
# same topic, independent: an expert's view, no claim shared
art(
    "c2-indep",
    "Greyfield Record",
    "2028-05-14",
    "Why councils get hacked",
    "Many councils still run software that is twenty years old.",
    "Maya Quist, who teaches computer security at Greyfield University, said councils should test their backups every month.",
    "She said paying a ransom only encouraged more attacks.",
)

# C3: a measles outbreak
art(
    "c3-named",
    "Otterham Bulletin",
    "2028-05-06",
    "Measles spreads in Corran",
    "Doctors in Corran have been asked to look out for rashes and high fevers.",
    "Measles cases in the Corran region have risen to 340 this year, from 12 in the whole of last year, the regional health office said on Thursday.",
    "Mumps cases in Corran rose to 340 in 2026.",
    "Measles cases in neighbouring Bray fell to 34 this year.",
)
art(
    "c3-relay",
    "Ashford Mercury",
    "2028-05-07",
    "Vaccine queues in Corran",
    "Queues formed outside clinics in Corran on Friday morning.",
    "Corran FM, citing the health office, said 340 people in the region had caught measles since January.",
    "Clinics will stay open late all next week.",
)
art(
    "c3-vague",
    "Casterby Voice",
    "2028-05-09",
    "Why measles is back",
    "Vaccination rates among young children have fallen across the country.",
    "Reports say the number of measles infections in Corran has reached 340 this year.",
    "Fewer than 85 percent of two-year-olds in the region have had both doses.",
)
art(
    "c3-according",
    "Greyfield Record",
    "2028-05-13",
    "Corran schools check vaccinations",
    "Schools in Corran sent letters to parents on Monday.",
    "According to chief medical officer Aoife Brennan, Corran has recorded 340 measles cases so far this year.",
    "Brennan said most of the children who fell ill had not been vaccinated.",
)
art(
    "c3-bare",
    "Pinebrook Tribune",
    "2028-05-28",
    "Corran hires more nurses",
    "The Corran health office is hiring 20 nurses for the summer.",
    "The outbreak, with 340 measles cases in Corran this year, has stretched its clinics.",
    "The nurses will visit schools and nurseries.",
)

# C4: a cod quota cut
art(
    "c4-named",
    "Pinebrook Tribune",
    "2028-05-09",
    "Fishermen face cod cut",
    "Cod stocks on the Skerry Bank have fallen for four years in a row.",
    "The Northern Fisheries Council has cut next year's cod quota for the Skerry Bank by 20 percent, fisheries commissioner Lars Hovde said on Tuesday.",
    "The council raised the haddock quota for the Skerry Bank by 20 percent.",
    "It cut the cod quota for the Dogger Ridge by 12 percent.",
)
art(
    "c4-relay",
    "Otterham Bulletin",
    "2028-05-10",
    "Harbour towns fear for jobs",
    "Otterham has the biggest fishing fleet on the coast.",
    "Fishing News Today, citing the council, reported that boats would be allowed to land a fifth less cod from the Skerry Bank next year.",
    "Skippers met in the harbour office on Wednesday evening.",
)
art(
    "c4-vague",
    "Greyfield Record",
    "2028-05-12",
    "Fish prices set to rise",
    "Restaurants say the price of fish has already gone up this spring.",
    "The Skerry Bank cod quota is understood to have been reduced by 20%.",
    "Imports from Iceland may fill the gap, traders said.",
)
art(
    "c4-according",
    "Casterby Voice",
    "2028-05-16",
    "Scientists wanted a bigger cut",
    "Marine scientists had advised closing the fishery for a year.",
    "According to Hovde, the Skerry Bank cod limit will fall by a fifth in 2029.",
    "He said a full closure would have ruined the harbour towns.",
)
art(
    "c4-deny",
    "Ashford Mercury",
    "2028-05-18",
    "Council: quota not yet set",
    "The Northern Fisheries Council issued a statement on Thursday.",
    "The council denied that the Skerry Bank cod quota had been cut, saying the 20 percent figure was only a scientists' recommendation.",
    "It said member states would vote in June.",
)
art(
    "c4-bare",
    "Otterham Bulletin",
    "2028-06-01",
    "Otterham asks for aid",
    "Otterham's mayor wrote to the government on Monday.",
    "The 20 percent cut in the Skerry Bank cod quota could cost 300 jobs in the harbour towns.",
    "The mayor asked for money to retrain fishermen.",
)

# C5: a bridge closed for repairs
art(
    "c5-named",
    "Casterby Voice",
    "2028-05-15",
    "Tarnford bridge shut",
    "Drivers in Tarnford faced long queues on Monday morning.",
    "The Old Mill Bridge in Tarnford will remain closed to all traffic for at least 18 months after engineers found corrosion in its cables, the county's highways director Nadia Fenn said on Monday.",
    "The New Mill Bridge reopened in March after 18 months of repairs.",
    "Engineers found corrosion in the cables of the Tarnford railway bridge in 2025.",
)
art(
    "c5-relay",
    "Ashford Mercury",
    "2028-05-16",
    "Tarnford shops count the cost",
    "The bridge carries 20,000 vehicles a day.",
    "Radio Tarn, citing the county council, said the Old Mill Bridge would not reopen for a year and a half at the earliest.",
    "A free bus will run between the two banks.",
)
art(
    "c5-vague",
    "Greyfield Record",
    "2028-05-19",
    "Ageing bridges under scrutiny",
    "Engineers are checking 40 bridges in the county.",
    "The Old Mill Bridge in Tarnford is reportedly going to be shut for 18 months or more.",
    "Pedestrians will still be able to use the Old Mill Bridge's footpath.",
)
art(
    "c5-according",
    "Pinebrook Tribune",
    "2028-05-22",
    "Long detour for Tarnford drivers",
    "The detour adds 12 kilometres to the trip into town.",
    "According to Fenn, drivers will not be able to use the Old Mill Bridge for at least 18 months.",
    "Fenn said the repairs would cost 9 million pounds.",
)
art(
    "c5-deny",
    "Otterham Bulletin",
    "2028-05-26",
    "Council hopes for quicker repair",
    "The county council leader, Brian Tull, visited the bridge on Thursday.",
    "Tull denied that the Old Mill Bridge would stay closed for 18 months, saying the repairs could be done in six.",
    "He said a second team of engineers had been hired.",
)
art(
    "c5-bare",
    "Casterby Voice",
    "2028-06-05",
    "Tarnford market moves",
    "The Saturday market will move to the west bank from next week.",
    "With the Old Mill Bridge closed for at least 18 months, traders on the east bank have lost half their customers.",
    "The market will return when the bridge reopens.",
)

# C6: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "MERROW, May 21 (Beacon Wire Service) - An earthquake of magnitude 5.8 struck off the coast of Merrow island on Sunday, damaging 120 houses, the island's civil protection agency said.",
    "No one was killed, but four people were hurt by falling roof tiles.",
    "The ferry to the mainland was suspended while the harbour wall was checked.",
    "Merrow was last hit by a strong earthquake in 1962.",
    "Copyright Beacon Wire Service. All rights reserved.",
]
art("c6-orig", "Beacon Wire Service", "2028-05-21", "Quake damages 120 homes on Merrow", *WIRE)
art(
    "c6-copy1",
    "Greyfield Record",
    "2028-05-21",
    "Earthquake shakes Merrow island",
    WIRE[0].replace("MERROW, May 21 (Beacon Wire Service)", "MERROW -"),
    *WIRE[1:4],
    "Greyfield has many families with relatives on the island.",
)
art(
    "c6-copy2",
    "Otterham Bulletin",
    "2028-05-22",
    "Merrow quake: four hurt",
    WIRE[0],
    WIRE[1],
    WIRE[3],
    "Otterham Bulletin with Beacon Wire Service.",
)
art(
    "c6-indep",
    "Pinebrook Tribune",
    "2028-05-27",
    "Merrow rebuilds",
    "Builders from the mainland arrived on Merrow on Thursday.",
    "Sunday's 5.8 quake left 120 homes on the island damaged, some of them beyond repair.",
    "The island's council has asked for help with the cost.",
)

write(__file__)
