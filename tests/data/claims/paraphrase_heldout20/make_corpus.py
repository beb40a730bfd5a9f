"""Writes articles.jsonl: the twentieth paraphrase held-out corpus, written blind by
a test-writing helper in session 16 (without reading the claims code or the rule
files) and scored once before any change: a former mayor's prison sentence (courts),
a striker's transfer fee (sport), a steel plant's closure (business), a rise in
measles cases told without a doer (health), a national heat record (climate), a
bridge closed for six weeks (local government), a town seized by rebels (conflict)
and a wire story about a ferry aground, each through three to six of five invented
outlets over four weeks (named, "X, citing Y, reported", "according to" in a
background line, "reportedly", "is said to", "is reported to", "are believed to",
bare in a later article; three denied later), the claim sentence mostly not first;
light and heavy rewordings (sentenced to seven years / had been jailed for 7 years /
received a seven-year prison term / will spend the next seven years behind bars,
signed for 35 million pounds / moved in a £35m deal / reportedly cost £35 million,
will close cutting 1,400 jobs / would shut the works with fourteen hundred jobs lost
/ is reported to be planning to close / all 1,400 workers will lose their jobs, rose
by 40 percent / had grown by two-fifths / reportedly jumped 40%, reached 41.2 degrees
/ is said to have hit 41.2C / never before has a thermometer climbed as high as,
close for six weeks / be shut for 42 days / be closed for a month and a half, seized
/ had fallen to the rebels / are believed to have taken control of), nominal forms
("Dolek's seven-year sentence", "The 40 percent rise in", "After last week's record
of 41.2 degrees", "The six-week closure of", "Since the rebels' capture of"),
numbers written differently (seven / 7 / seven-year, 35 million pounds / £35m /
£35 million, 1,400 / fourteen hundred, 40 percent / 40% / two-fifths, 41.2 degrees
Celsius / 41.2C, six weeks / 42 days / a month and a half), people by surname alone
and by role; hard negatives (the deputy's shorter sentence for the same scheme, the
ten years the prosecutors asked for, the same man's seven months for another
offence, a defender sold the other way for the same fee, another club's lower
offer, the same company hiring at another site, its earlier closure of another plant,
mumps falling by the same share, a neighbouring region's same rise in another year,
the earlier record elsewhere, another town's lower heat the same day, another
bridge's shorter closure, the same bridge's same closure in another year, the army
retaking another town, the rebels' earlier hold on the same town); a same-topic
independent report; an article republished by a sister paper (a new headline, its
first sentence dropped, a sentence added); a wire story with two edited copies (a new
headline, the dateline stripped or changed, a sentence added, a sentence dropped) and
its main fact restated by an independent report. Every outlet, person, company,
place and event is invented.

Blind score (bench/claims.py --corpus, session 16, before any change):
claims P 1.00 R 0.34 F1 0.51 (no hard negative joined; the sentence found four of
five, without "is said to have received a seven-year prison term"; the plant closure
named + relay + free, its "is reported to be planning to close" taken for a denial;
the measles rise named + reportedly + nominal, not the relay's "grown by two-fifths";
the heat record and the bridge closure only named + nominal (not "41.2C", "Never
before has a thermometer ... climbed as high as", "shut for 42 days", "for a month and
a half"); the wire fact with its restatement; the transfer and the seized town not
found at all); copies 1.00 / 1.00 / 1.00; denials P 0.67 R 0.67 (the town's denial
missed, the closure's "is reported to be planning" a false one); attribution 0.47.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a court sentenced the former mayor of Tresko, Ivan Dolek, to seven years for bribes
art(
    "c1-named",
    "Tallon Gazette",
    "2032-06-01",
    "Former Tresko mayor jailed",
    "Dozens of protesters waited outside the regional court in Tresko from early morning.",
    "The court sentenced Ivan Dolek, the former mayor of Tresko, to seven years in prison for taking bribes from building firms, the prosecutor's office said on Tuesday.",
    "His former deputy, Marek Hovan, was given three years for his part in the same scheme.",
    "Dolek has 15 days to appeal.",
)
art(
    "c1-relay",
    "Ravensholt Tribune",
    "2032-06-02",
    "Tresko's bribery scandal",
    "The scandal forced the whole Tresko city council to resign in 2030.",
    "The news agency Presa, citing the court's press office, reported that Dolek had been jailed for 7 years over bribes paid by construction companies.",
    "Prosecutors had asked the judges for ten years.",
)
art(
    "c1-vague",
    "Ostby Mercury",
    "2032-06-03",
    "The fall of a city boss",
    "Dolek ran Tresko for twelve years before his arrest.",
    "The former mayor is said to have received a seven-year prison term for accepting bribes.",
    "In 2026 the same court gave Dolek seven months for drink-driving.",
)
art(
    "c1-heavy",
    "Fennick Observer",
    "2032-06-04",
    "Dolek's lawyer: we will appeal",
    "Sara Menk has represented Dolek since his arrest in 2030.",
    "Dolek will spend the next seven years behind bars for the bribes he took, his lawyer Sara Menk said, adding that he would appeal.",
    "Menk said the judges had ignored two witnesses.",
)
art(
    "c1-bare",
    "Tallon Gazette",
    "2032-06-19",
    "Tresko votes on Sunday",
    "Voters in Tresko choose a new mayor on Sunday.",
    "Dolek's seven-year sentence for bribery hangs over the campaign, and every candidate has promised to publish the city's contracts.",
    "Turnout at the last election was 38 percent.",
)

# C2: Kesh United signed the striker Leon Abrey from Portvale City for 35 million pounds
art(
    "c2-named",
    "Ravensholt Tribune",
    "2032-06-05",
    "Kesh sign Abrey",
    "Kesh United have not won the league since 2011.",
    "Kesh United signed the striker Leon Abrey from Portvale City for 35 million pounds, the club said on Friday.",
    "Abrey scored 22 goals for Portvale last season.",
    "Kesh sold the defender Tom Garrow to Portvale City for 35 million pounds in 2030.",
)
# republished by a sister paper: a new headline, the first sentence dropped, one added
art(
    "c2-copy",
    "Ostby Mercury",
    "2032-06-05",
    "Abrey joins Kesh United",
    "Kesh United signed the striker Leon Abrey from Portvale City for 35 million pounds, the club said on Friday.",
    "Abrey scored 22 goals for Portvale last season.",
    "Kesh sold the defender Tom Garrow to Portvale City for 35 million pounds in 2030.",
    "Abrey will wear the number nine shirt.",
)
art(
    "c2-relay",
    "Fennick Observer",
    "2032-06-06",
    "Portvale fans angry",
    "Portvale supporters protested outside the stadium on Saturday.",
    "The sports daily Goal Line, citing people at both clubs, said Abrey had moved to Kesh in a £35m deal.",
    "Portvale's manager said he had not been consulted.",
)
art(
    "c2-vague",
    "Tallon Gazette",
    "2032-06-08",
    "A record fee for Kesh",
    "Abrey, 24, grew up in a village outside Portvale.",
    "Abrey reportedly cost Kesh United £35 million, the most the club has ever paid for a player.",
    "Portvale turned down an offer of 30 million pounds for Abrey from Dunmore Athletic in January.",
)

# C3: Orvik Steel will close its Harlsby plant, cutting 1,400 jobs; denied later
art(
    "c3-named",
    "Ostby Mercury",
    "2032-06-07",
    "Orvik to close Harlsby steelworks",
    "Steel prices have fallen by a fifth since the summer.",
    "Orvik Steel will close its plant in Harlsby by the end of the year, cutting 1,400 jobs, chief executive Anneli Rauta said on Monday.",
    "The company will hire 300 workers at its new recycling site in Brenmouth.",
)
art(
    "c3-relay",
    "Tallon Gazette",
    "2032-06-08",
    "A steel town in shock",
    "Harlsby has made steel since 1887.",
    "The radio station Harlsby FM, citing union officials, reported that Orvik would shut the Harlsby works, with fourteen hundred jobs lost.",
    "Orvik closed its plant in Selbourne in 2027, cutting 900 jobs.",
)
art(
    "c3-vague",
    "Ravensholt Tribune",
    "2032-06-09",
    "Union calls crisis meeting",
    "The steelworkers' union has called a meeting for Thursday.",
    "Orvik Steel is reported to be planning to close its Harlsby plant and lay off all 1,400 staff.",
    "The union wants the government to buy the site.",
)
art(
    "c3-free",
    "Fennick Observer",
    "2032-06-10",
    "Rauta defends the closure",
    "Anneli Rauta became Orvik's chief executive in 2029.",
    "All 1,400 workers in Harlsby will lose their jobs when the plant shuts in December, Rauta told a news conference.",
    "She said the plant had lost money for five years.",
)
art(
    "c3-deny",
    "Ostby Mercury",
    "2032-06-15",
    "Orvik: Harlsby may be saved",
    "Shares in Orvik rose by 6 percent on Monday.",
    "Orvik Steel denied that it would close the Harlsby plant this year, saying talks with a buyer had begun.",
    "The company did not name the buyer.",
)

# C4: measles cases in the Lusk region rose by 40 percent in May, no doer; denied later
art(
    "c4-named",
    "Fennick Observer",
    "2032-06-02",
    "Measles spreads in Lusk",
    "Lusk's hospitals have opened two isolation wards.",
    "Measles cases in the Lusk region rose by 40 percent in May, the regional health office said on Thursday.",
    "Cases of mumps fell by 40 percent over the same month.",
)
art(
    "c4-relay",
    "Ostby Mercury",
    "2032-06-03",
    "Parents urged to vaccinate",
    "Only 81 percent of children in Lusk have had both doses of the vaccine.",
    "Lusk Radio, citing the health office, said the number of measles infections in the region had grown by two-fifths in May.",
    "Family doctors have extended their opening hours.",
)
art(
    "c4-vague",
    "Ravensholt Tribune",
    "2032-06-04",
    "Schools send pupils home",
    "Schools in Lusk have sent unvaccinated pupils home for three weeks.",
    "Measles cases in Lusk reportedly jumped 40% last month.",
    "In the neighbouring Brav region, measles cases rose by 40 percent in 2029.",
)
art(
    "c4-deny",
    "Tallon Gazette",
    "2032-06-09",
    "Health office corrects measles figures",
    "The office apologised on Tuesday for what it called a counting error.",
    "The regional health office denied that measles cases in Lusk had risen by 40 percent, saying some cases had been counted twice.",
    "It said the true rise was closer to 15 percent.",
)
art(
    "c4-bare",
    "Fennick Observer",
    "2032-06-18",
    "Lusk checks vaccine records",
    "Lusk has hired 40 extra school nurses.",
    "The 40 percent rise in measles cases in Lusk has led schools to check every pupil's vaccination record.",
    "Parents have until September to show the records.",
)

# C5: Corrin reached 41.2 degrees Celsius on Saturday, a national record
art(
    "c5-named",
    "Tallon Gazette",
    "2032-06-14",
    "Corrin sets heat record",
    "Firefighters were called to 60 grass fires around Corrin.",
    "The temperature in Corrin reached 41.2 degrees Celsius on Saturday, the highest ever recorded in the country, the national weather service said.",
    "The previous record of 40.3 degrees was set in Vessa in 2028.",
)
art(
    "c5-vague",
    "Ravensholt Tribune",
    "2032-06-14",
    "Trains slowed in the heat",
    "The railway slowed its trains because of buckling tracks.",
    "Corrin is said to have hit 41.2C on Saturday, a national record.",
    "Vessa reached 39.8C the same afternoon.",
)
art(
    "c5-heavy",
    "Fennick Observer",
    "2032-06-15",
    "Heatstroke cases double",
    "Hospitals in Corrin treated 200 people for heatstroke over the weekend.",
    "Never before has a thermometer in the country climbed as high as the 41.2 degrees measured in Corrin on Saturday, said Lina Haro, a forecaster at the weather service.",
    "Haro said the heat would ease by Wednesday.",
)
art(
    "c5-bare",
    "Ostby Mercury",
    "2032-06-22",
    "Exams moved to the mornings",
    "Corrin's council has opened cooling centres in ten libraries.",
    "After last week's record of 41.2 degrees, Corrin has also moved school exams to the mornings.",
    "The city's hottest night, 28.1 degrees, was recorded in 2030.",
)

# C6: Marlo will close its Stone Bridge to traffic for six weeks from July 1
art(
    "c6-named",
    "Ostby Mercury",
    "2032-06-10",
    "Stone Bridge to close for repairs",
    "The Stone Bridge carries 30,000 cars a day across the river Tam.",
    "Marlo city council will close the Stone Bridge to traffic for six weeks from July 1 for repairs, deputy mayor Teodor Vask said on Wednesday.",
    "The council closed the Iron Bridge for two weeks last August.",
)
art(
    "c6-relay",
    "Fennick Observer",
    "2032-06-11",
    "Buses to be rerouted",
    "Bus routes across the river will be changed for the summer.",
    "Marlo Today, citing the council's roads department, reported that the Stone Bridge would be shut for 42 days starting in July.",
    "The bridge was also closed for six weeks in 2019, when its deck was replaced.",
)
art(
    "c6-vague",
    "Tallon Gazette",
    "2032-06-13",
    "East bank shops fear a quiet summer",
    "Shopkeepers on the east bank say July is their busiest month.",
    "The Stone Bridge in Marlo will reportedly be closed to cars for a month and a half from July.",
    "Cyclists and pedestrians will still be able to cross.",
)
art(
    "c6-bare",
    "Ravensholt Tribune",
    "2032-06-26",
    "Marlo adds river ferries",
    "Two extra ferries will run every ten minutes at rush hour.",
    "The six-week closure of Marlo's Stone Bridge starts on Thursday, and the council has asked drivers to use the ring road.",
    "Parking on the west bank will be free in July.",
)

# C7: fighters of the Northern Liberation Army seized the town of Kavar; denied later
art(
    "c7-named",
    "Ravensholt Tribune",
    "2032-06-15",
    "Rebels take Kavar",
    "Fighting has spread along the Sarn valley since April.",
    "Fighters of the Northern Liberation Army seized the town of Kavar on Sunday, the group's spokesman Amon Dresh said.",
    "Government troops retook the town of Dosso from the rebels on Saturday.",
)
art(
    "c7-relay",
    "Tallon Gazette",
    "2032-06-16",
    "Aid agencies leave the valley",
    "Aid agencies have pulled their foreign staff out of the valley.",
    "The broadcaster Sarn TV, citing local officials, said Kavar had fallen to the rebels.",
    "The rebels held Kavar for three weeks in 2029 before the army drove them out.",
)
art(
    "c7-vague",
    "Ostby Mercury",
    "2032-06-16",
    "Kavar cut off",
    "About 20,000 people lived in Kavar before the war.",
    "Rebels of the Northern Liberation Army are believed to have taken control of Kavar.",
    "Telephone lines to the town have been down since Sunday.",
)
art(
    "c7-deny",
    "Fennick Observer",
    "2032-06-17",
    "Ministry: Kavar still ours",
    "The defence ministry held its first news conference in a month on Tuesday.",
    "The defence ministry denied that Kavar had been captured by the rebels, saying troops still held the town centre.",
    "It showed reporters a video it said was filmed in the main square on Monday.",
)
art(
    "c7-topic",
    "Fennick Observer",
    "2032-06-20",
    "Thousands flee the Sarn valley",
    "Queues of cars stretched for ten kilometres at the Tobria border on Friday.",
    "The United Nations refugee agency said 8,000 people had crossed into Tobria in a week.",
    "Most of them are women and children.",
)
art(
    "c7-bare",
    "Ravensholt Tribune",
    "2032-06-28",
    "Food prices soar in the valley",
    "A sack of flour in the valley now costs three times what it did in May.",
    "Since the rebels' capture of Kavar, the road from the valley to the border has been closed to lorries.",
    "Traders carry goods on foot over the hills.",
)

# C8: a wire story with two edited copies, its main fact restated independently
WIRE = [
    "SORRA, June 20 (Larchmont Wire) - A ferry carrying 312 passengers ran aground off the island of Sorra on Sunday, and all of them were taken off safely, the coast guard said.",
    "The ferry Nordic Star was on its way from Brill when it struck a sandbank in thick fog.",
    "Three passengers were treated for minor injuries.",
    "A tug will try to pull the ship free at high tide on Monday.",
    "Larchmont Wire. All rights reserved.",
]
art("c8-orig", "Larchmont Wire", "2032-06-20", "Ferry aground off Sorra", *WIRE)
art(
    "c8-copy1",
    "Ostby Mercury",
    "2032-06-20",
    "Sorra ferry runs aground",
    WIRE[0].replace("SORRA, June 20 (Larchmont Wire)", "SORRA"),
    *WIRE[1:4],
    "The ferry company has cancelled Monday's crossings.",
)
art(
    "c8-copy2",
    "Tallon Gazette",
    "2032-06-21",
    "312 rescued from stranded ferry",
    WIRE[0].replace("June 20", "June 21"),
    WIRE[1],
    WIRE[3],
    "Tallon Gazette with Larchmont Wire.",
)
art(
    "c8-indep",
    "Ravensholt Tribune",
    "2032-06-25",
    "Stranded ferry towed home",
    "The ferry company says the hull was only lightly damaged.",
    "The ferry that ran aground off Sorra last weekend with 312 passengers on board was towed back to port on Thursday.",
    "Divers will inspect it next week.",
)

write(__file__)
