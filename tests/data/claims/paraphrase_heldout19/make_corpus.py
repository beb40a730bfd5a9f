"""Writes articles.jsonl: the nineteenth paraphrase held-out corpus, written blind
by a test-writing helper in session 15 (without reading the claims code or the rule
files) and scored once before any change: a telecom's lost subscribers (business), a
fall in bus ridership told without a doer (transport), a ban on energy drinks for
children (health), a bakery chain's takeover (business), a nurses' strike (labour), a
national running record (sport), a reservoir's level told without a doer
(environment) and a wire story about a sawmill fire, each through four to six of five
invented outlets over three weeks (named, "X, citing Y, said" or "X, citing Y,
reported", "according to X", "reportedly", "is said to", "is reported to", bare in a
later article's background; three denied later), the claim sentence mostly not
first; light and heavy rewordings (lost / shrank by / walked away from, fell by a
third / 33% fewer passengers had used / dropped by 33 percent, will ban the sale /
would be barred from selling / no one under 16 will be able to buy, agreed to buy /
was being sold to / is said to be paying, will strike for 48 hours / would walk out
for two days / a two-day walkout, broke the record running / clocked / the fastest
ever, has fallen to / was only eighteen percent full / is down to), nominal forms
("The loss of 1.2 million subscribers", "The one-third fall in", "Vasko's ban on",
"The €410m takeover of", "The 48-hour nurses' strike", "a national 400 metres record
of", "With Lorn at 18 percent"), numbers written differently (1.2 million /
1,200,000, a third / 33% / one third, 410 million euros / €410 million / €410m, 48
hours / two days, 18 percent / eighteen percent / 18%), people by surname alone and
by role; hard negatives (the same company's loss of broadband customers, a rival
losing as many subscribers, trams rising by a third, the same fall in another year,
another city's same fall, the same minister's earlier ban on something else, the
ministry not banning drinks for adults, a neighbour's same ban, the same buyer's
earlier purchase, another bidder's same offer for the same chain, doctors' earlier
48-hour strike, another hospital's shorter strike, another runner's same time, the
same runner's other record, another reservoir at the same level, the same reservoir
in another year); same-topic independent reports; an article republished by a sister
paper (a new headline, its first sentence dropped, a sentence added); a wire story
with two edited copies (a new headline, the dateline stripped or changed, a sentence
added, a sentence dropped) and one of its facts restated by an independent report.
Every outlet, person, company, place and event is invented.

Blind score (bench/claims.py --corpus, session 15, before any change):
claims P 0.96 R 0.41 F1 0.57 (one hard negative joined: Orlin's same fall "once
before, in 2020" with the named fall, while the "according to" sentence of that year
was left out; the lost subscribers and the takeover found whole, the reservoir only
named + free (not "eighteen percent", "18%" or "With Lorn at"), the energy-drink ban
without its relay and free rewording, the record without "reportedly clocked" and the
coach's rewording, the strike split in two halves (48 hours + bare, two days relay +
vague), the wire fact with its restatement; the bus fall's relay, vague and nominal
not found); copies 1.00 / 1.00 / 1.00; denials 3 of 3 (P 1.00 R 1.00); attribution
0.38 ("the city's transport authority said" and the copy's "the two companies said"
read as vague)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: Halden Telecom lost 1.2 million mobile subscribers in 2030, denied later
art(
    "c1-named",
    "Northgate Ledger",
    "2031-05-04",
    "Halden shareholders grill the board",
    "Shareholders queued for an hour to get into Halden Telecom's annual meeting in Pellam.",
    "Halden Telecom lost 1.2 million mobile subscribers last year, its chief executive Marta Ilves told shareholders on Monday.",
    "Halden also lost 300,000 broadband customers over the same period.",
    "Ilves said the company would launch a cheaper tariff in the autumn.",
)
art(
    "c1-relay",
    "Calder Times",
    "2031-05-05",
    "A hard year for Halden",
    "Halden's shares have fallen by a quarter since January.",
    "The trade weekly Signal, citing the company's annual report, said Halden's mobile customer base had shrunk by 1,200,000 in 2030.",
    "Analysts expect the company to cut its dividend.",
)
art(
    "c1-vague",
    "Varro Evening Star",
    "2031-05-07",
    "The price war on mobile plans",
    "Discount operators now sell a month of unlimited data for less than a cinema ticket.",
    "Halden Telecom reportedly lost about 1.2 million subscribers last year, mostly to cheaper rivals.",
    "Its rival Brista Mobile lost 1.2 million subscribers in 2028, when it raised its prices.",
)
art(
    "c1-heavy",
    "Brightwater Courier",
    "2031-05-09",
    "Ilves: we took our customers for granted",
    "Marta Ilves has run Halden since 2027.",
    "Some 1.2 million people walked away from Halden's mobile network in 2030, Ilves said in an interview.",
    "She said the company had been too slow to drop roaming charges.",
)
art(
    "c1-deny",
    "Northgate Ledger",
    "2031-05-12",
    "Halden disputes customer figures",
    "The company issued a two-page statement on Sunday evening.",
    "Halden Telecom denied that it had lost 1.2 million subscribers, saying most of the closed lines were unused prepaid cards.",
    "It said paying customers had fallen by fewer than 200,000.",
)
art(
    "c1-bare",
    "Calder Times",
    "2031-05-22",
    "Halden cuts prices",
    "Halden's new tariffs go on sale on Monday.",
    "The loss of 1.2 million subscribers last year has pushed Halden into the deepest price cuts in its history.",
    "Brista Mobile said it would not follow.",
)

# C2: bus ridership in Orlin fell by a third in the first half of 2031, no doer
art(
    "c2-named",
    "Brightwater Courier",
    "2031-05-05",
    "Empty seats on Orlin's buses",
    "Orlin introduced a new bus timetable in January.",
    "Bus ridership in Orlin fell by a third in the first half of the year, the city's transport authority said on Tuesday.",
    "Tram ridership rose by a third over the same period.",
)
art(
    "c2-relay",
    "Northgate Ledger",
    "2031-05-06",
    "Orlin's bus operator in trouble",
    "The operator has withdrawn 40 buses from service.",
    "Radio Orlin, citing the transport authority, reported that 33% fewer passengers had used the city's buses between January and June.",
    "In Pellam, bus ridership fell by a third in the first half of 2029 after a fare rise.",
)
art(
    "c2-vague",
    "Calder Times",
    "2031-05-08",
    "Drivers fear for their jobs",
    "The drivers' union met the operator's managers on Thursday.",
    "The number of people taking buses in Orlin is said to have dropped by 33 percent in the first half of the year.",
    "Drivers say overtime has already been cut.",
)
art(
    "c2-according",
    "Varro Evening Star",
    "2031-05-11",
    "Why Orlin stopped taking the bus",
    "Cycle lanes now run along every main road into the centre.",
    "According to Orlin's transport authority, bus journeys in the city fell by one third in the first six months of 2031.",
    "Orlin's bus ridership had fallen by a third once before, in 2020.",
)
art(
    "c2-bare",
    "Brightwater Courier",
    "2031-05-24",
    "Orlin bus fares to rise",
    "Single tickets will cost three crowns from July.",
    "The one-third fall in Orlin's bus ridership has left the operator 40 million crowns short.",
    "Season tickets will keep their current price.",
)

# C3: Health Minister Petra Vasko will ban energy drinks for under-16s from January
art(
    "c3-named",
    "Calder Times",
    "2031-05-06",
    "Energy drinks to be banned for children",
    "Doctors have warned for years about caffeine and sugar in school lunch boxes.",
    "Health Minister Petra Vasko will ban the sale of energy drinks to children under 16 from January, she told reporters on Wednesday.",
    "Vasko banned the sale of e-cigarettes to under-18s in 2029.",
)
art(
    "c3-relay",
    "Varro Evening Star",
    "2031-05-07",
    "Shops brace for drinks ban",
    "Corner shops sell most of the country's energy drinks.",
    "The Pellam Wire, citing a ministry official, said shops would be barred from selling energy drinks to under-16s from January.",
    "The ministry will not ban energy drinks for adults, the official said.",
)
art(
    "c3-vague",
    "Northgate Ledger",
    "2031-05-08",
    "Drink makers push back",
    "The drinks industry spends millions on advertising aimed at teenagers.",
    "Vasko is reportedly planning to outlaw energy drink sales to under-16s.",
    "Neighbouring Marovia will ban the sale of energy drinks to children under 16 from March, its health ministry said.",
)
art(
    "c3-free",
    "Brightwater Courier",
    "2031-05-12",
    "Vasko defends drinks ban",
    "Vasko visited a school in Brightwater on Monday.",
    "From January, no one under 16 will be able to buy an energy drink in a shop, Vasko said.",
    "She said teachers had asked for the ban.",
)
art(
    "c3-bare",
    "Calder Times",
    "2031-05-26",
    "How will shops check ages?",
    "Shop workers already ask for identity cards when they sell alcohol.",
    "Vasko's ban on energy drinks for under-16s starts in January, but shops say they have not been told how to check ages.",
    "The ministry will publish guidance in the autumn.",
)

# C4: Mirela Foods agreed to buy the bakery chain Kovac Bread for 410 million euros
art(
    "c4-named",
    "Northgate Ledger",
    "2031-05-13",
    "Mirela to buy Kovac Bread",
    "Kovac Bread was founded by the Kovac family in 1961.",
    "Mirela Foods has agreed to buy the bakery chain Kovac Bread for 410 million euros, the two companies said on Tuesday.",
    "Mirela bought the dairy Lunden for 95 million euros in 2028.",
    "The deal needs the approval of the competition authority.",
)
# republished by a sister paper: a new headline, the first sentence dropped, one added
art(
    "c4-copy",
    "Brightwater Courier",
    "2031-05-13",
    "Bakery chain sold to Mirela",
    "Mirela Foods has agreed to buy the bakery chain Kovac Bread for 410 million euros, the two companies said on Tuesday.",
    "Mirela bought the dairy Lunden for 95 million euros in 2028.",
    "The deal needs the approval of the competition authority.",
    "Kovac has two bakeries in Brightwater.",
)
art(
    "c4-relay",
    "Calder Times",
    "2031-05-14",
    "Bakers wait for news",
    "Kovac employs 3,100 people.",
    "The business daily Finans, citing people close to the deal, reported that Kovac Bread was being sold to Mirela for €410 million.",
    "Finans said Mirela would keep the Kovac name.",
)
art(
    "c4-vague",
    "Varro Evening Star",
    "2031-05-15",
    "A family business changes hands",
    "The Kovac family still owns every share in the chain.",
    "Mirela is said to be paying 410 million euros for Kovac, which runs 220 bakeries.",
    "Granvel Group offered 410 million euros for Kovac Bread in 2029, but the family turned it down.",
)
art(
    "c4-bare",
    "Calder Times",
    "2031-05-23",
    "Competition watchdog opens inquiry",
    "The watchdog has 90 days to decide.",
    "The €410m takeover of Kovac Bread by Mirela Foods would give Mirela a fifth of the country's bread market.",
    "Smaller bakers have asked to be heard.",
)

# C5: nurses at Stellan General Hospital will strike for 48 hours from Monday, denied
art(
    "c5-named",
    "Varro Evening Star",
    "2031-05-16",
    "Stellan nurses to strike",
    "Talks between the union and the hospital broke down on Thursday night.",
    "Nurses at Stellan General Hospital will strike for 48 hours from Monday, their union's leader Oskar Brenn said on Friday.",
    "Doctors at the hospital struck for 48 hours in March.",
)
art(
    "c5-relay",
    "Calder Times",
    "2031-05-17",
    "Patients told to expect delays",
    "The hospital has asked patients with routine appointments to stay away.",
    "Radio Stellan, citing union officials, said nurses at Stellan General would walk out for two days starting on Monday.",
    "Nurses at Orlin Royal Infirmary will strike for 24 hours on Thursday, the union said.",
)
art(
    "c5-vague",
    "Northgate Ledger",
    "2031-05-17",
    "Pay gap widens for nurses",
    "A nurse in Stellan earns less than a bus driver.",
    "Stellan General's nurses reportedly plan a two-day walkout from Monday.",
    "The hospital says it cannot afford the rise the union wants.",
)
art(
    "c5-deny",
    "Brightwater Courier",
    "2031-05-18",
    "Union: no strike yet",
    "The union's office in Stellan was closed on Saturday.",
    "The Nurses' Union denied that a strike at Stellan General had been called, saying its members were still voting.",
    "The result of the vote is due on Wednesday.",
)
art(
    "c5-bare",
    "Varro Evening Star",
    "2031-05-27",
    "Stellan talks resume",
    "Both sides met again at the labour court on Tuesday.",
    "The 48-hour nurses' strike at Stellan General has been put off while the talks go on.",
    "Brenn said progress had been made.",
)

# C6: Aria Lenz broke the national 400 metres record, running 49.87 seconds
art(
    "c6-named",
    "Brightwater Courier",
    "2031-05-10",
    "Lenz smashes 400m record",
    "A crowd of 8,000 watched the meeting at the Pellam stadium.",
    "Aria Lenz broke the national 400 metres record in Pellam on Saturday, running 49.87 seconds, the athletics federation said.",
    "Mila Ostra ran 49.87 seconds over 400 metres in 2027 to set a junior record.",
)
art(
    "c6-vague",
    "Northgate Ledger",
    "2031-05-11",
    "Lenz on course for the championships",
    "Lenz has been training in the mountains since February.",
    "Lenz reportedly clocked 49.87 seconds in the 400 metres, the fastest time ever run by a woman from the country.",
    "She will run again in Kessling in June.",
)
art(
    "c6-free",
    "Varro Evening Star",
    "2031-05-12",
    "Coach: Lenz can go faster",
    "Lenz is 22 and studies engineering in Varro.",
    "No runner from the country has ever covered 400 metres faster than the 49.87 seconds Lenz ran on Saturday, her coach Ivo Marek said.",
    "Lenz also set a national 200 metres record of 22.41 seconds last year.",
)
art(
    "c6-bare",
    "Calder Times",
    "2031-05-25",
    "Lenz picked for the relay team",
    "The federation named its team for the championships on Sunday.",
    "Lenz, who set a national 400 metres record of 49.87 seconds this month, will also run the relay.",
    "The team travels to Kessling on Friday.",
)

# C7: the Lorn reservoir has fallen to 18 percent of capacity, no doer; denied later
art(
    "c7-named",
    "Calder Times",
    "2031-05-09",
    "Varro's reservoir running dry",
    "It has not rained in the Varro hills for seven weeks.",
    "The Lorn reservoir, which supplies Varro, has fallen to 18 percent of its capacity, the regional water company said on Friday.",
    "The Marl reservoir, twenty kilometres to the north, is at 18 percent too.",
)
art(
    "c7-relay",
    "Brightwater Courier",
    "2031-05-10",
    "Hosepipe ban likely",
    "Garden centres report a run on water butts.",
    "Varro FM, citing water company engineers, reported that the reservoir at Lorn was only eighteen percent full.",
    "Lorn was 64 percent full a year ago.",
)
art(
    "c7-vague",
    "Northgate Ledger",
    "2031-05-13",
    "Drought hits the hills",
    "Sheep farmers are carting water to their fields.",
    "Lorn is reported to be down to 18% of capacity, the lowest level since records began.",
    "Lorn was also at 18 percent in the summer of 2022, according to the water company.",
)
art(
    "c7-free",
    "Varro Evening Star",
    "2031-05-14",
    "Engineers watch the water line",
    "A ring of cracked mud now circles the old church tower in the reservoir.",
    "Only 18 percent of the Lorn reservoir's capacity is now filled, said Dana Holt, an engineer at the water company.",
    "Holt said the level was falling by half a percent a day.",
)
art(
    "c7-deny",
    "Calder Times",
    "2031-05-18",
    "Water company: the gauge was wrong",
    "The company apologised for the confusion on Sunday.",
    "The regional water company denied that Lorn had fallen to 18 percent of capacity, saying a faulty gauge had given the wrong reading.",
    "It said the reservoir was about a third full.",
)
art(
    "c7-bare",
    "Varro Evening Star",
    "2031-05-28",
    "Varro bans hosepipes",
    "The ban starts on Saturday and will last until at least September.",
    "With Lorn at 18 percent of capacity, the city has also closed its public fountains.",
    "Farmers near Varro have been told to cut irrigation by a quarter.",
)

# C8: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "SKALD, May 19 (Pellam Wire) - A fire destroyed two warehouses at the Tornby sawmill outside Skald on Monday night, causing damage estimated at 12 million crowns, the fire brigade said.",
    "About 60 firefighters fought the blaze for six hours.",
    "A fire at the same sawmill destroyed one warehouse in 2029.",
    "The cause of the fire is not yet known.",
    "Pellam Wire. All rights reserved.",
]
art("c8-orig", "Pellam Wire", "2031-05-19", "Fire destroys sawmill warehouses", *WIRE)
art(
    "c8-copy1",
    "Northgate Ledger",
    "2031-05-19",
    "Skald sawmill fire",
    WIRE[0].replace("SKALD, May 19 (Pellam Wire)", "SKALD"),
    *WIRE[1:4],
    "Smoke could be seen from the motorway.",
)
art(
    "c8-copy2",
    "Calder Times",
    "2031-05-20",
    "Blaze at Tornby",
    WIRE[0].replace("May 19", "May 20"),
    WIRE[1],
    WIRE[3],
    "Calder Times with Pellam Wire.",
)
art(
    "c8-indep",
    "Brightwater Courier",
    "2031-05-24",
    "Tornby will rebuild",
    "The sawmill employs 140 people.",
    "The two warehouses lost in last week's fire, which did an estimated 12 million crowns of damage, will be rebuilt by the autumn.",
    "Work at the sawmill has restarted in the buildings that survived.",
)

write(__file__)
